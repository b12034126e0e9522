// Turns a procedure document's data into the PDF templates' input (src/documents), renders it in
// Georgian and English, and stores the PDF by content address, inside the step's transaction.
import type { Bilingual } from '../../domain/course/description.js';
import type { CouncilDecision } from '../../domain/procedure/decision.js';
import type { GroupRole } from '../../domain/procedure/guards.js';
import { findComponent, standardsCatalogue, type ComplianceRating } from '../../domain/standards/catalogue.js';
import type { Db } from '../../db/database.js';
import type { ApplicationRow } from '../../db/queries/applications.js';
import { type DocumentBase, type DocumentInput, renderDocument, type Signatory } from '../../documents/templates.js';
import { storeFile } from '../../files/store.js';
import type { DocumentKind } from './documents.js';

const same = (text: string): Bilingual => ({ ka: text, en: text });
const officerPosition: Bilingual = { ka: 'ცენტრის უფლებამოსილი პირი', en: 'Authorised officer of the Center' };

async function latestDocument(trx: Db, applicationId: string, kind: string) {
  const row = await trx.selectFrom('documents').select(['code', 'issued_at']).where('application_id', '=', applicationId).where('kind', '=', kind).orderBy('issued_at', 'desc').executeTakeFirst();
  return row ? { code: row.code, date: row.issued_at.toISOString().slice(0, 10) } : undefined;
}

async function names(trx: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await trx.selectFrom('users').select(['id', 'name']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function groupMembers(trx: Db, applicationId: string) {
  const rows = await trx
    .selectFrom('expert_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.expert_id')
    .select(['a.group_role', 'a.is_chair', 'u.name'])
    .where('a.application_id', '=', applicationId)
    .where('a.removed_at', 'is', null)
    .execute();
  return rows.map((row) => ({ role: row.group_role as GroupRole, name: row.name, chair: row.is_chair }));
}

type Data = Record<string, unknown>;

/** The templates' input for one document, from the data the procedure step recorded. */
export async function documentInput(
  trx: Db,
  params: { kind: DocumentKind; code: string; issuedOn: string; data: Data; app: ApplicationRow; actorId: string },
): Promise<DocumentInput> {
  const { kind, data, app } = params;
  const [actorName] = [(await names(trx, [params.actorId])).get(params.actorId) ?? 'NCEQE'];
  const signatory: Signatory = { name: actorName, position: officerPosition };
  const base: DocumentBase = {
    documentCode: params.code,
    issueDate: params.issuedOn,
    applicationCode: app.code,
    provider: { name: app.provider_name },
    course: { code: app.course_code, title: { ka: app.title_ka, en: app.title_en }, version: app.course_version_no },
    legalBasis: kind === 'council-decision' || kind === 'hearing-notice' ? 'Guide XII' : kind === 'expert-report' ? 'Guide XI' : kind.startsWith('order-expert') || kind === 'recusal-decision' ? 'Guide IX' : 'Guide VIII',
  };
  const submittedOn = (app.submitted_at ?? new Date()).toISOString().slice(0, 10);
  const procedure = app.procedure as { visitFrom?: string; visitTo?: string };
  const visit = { from: procedure.visitFrom ?? params.issuedOn, to: procedure.visitTo ?? params.issuedOn };
  switch (kind) {
    case 'order-seeker-status':
      return { kind, data: { ...base, submittedOn, signatory } };
    case 'order-without-review':
      return { kind, data: { ...base, submittedOn, ground: 'not-corrected', reasons: [same(String(data.reasons))], signatory } };
    case 'order-deficiencies':
      return {
        kind,
        data: {
          ...base,
          submittedOn,
          deficiencies: (data.deficiencies as string[]).map((description) => ({ description: same(description) })),
          correction: { workingDays: Number(data.correctionWorkingDays), dueDate: String(data.dueDate) },
          signatory,
        },
      };
    case 'order-expert-group':
      return { kind, data: { ...base, members: await groupMembers(trx, app.id), visit, signatory } };
    case 'recusal-decision': {
      const replaced = data.replaced as { role: GroupRole; removedExpertId: string; replacementExpertId: string } | null;
      const people = replaced ? await names(trx, [replaced.removedExpertId, replaced.replacementExpertId]) : new Map<string, string>();
      return {
        kind,
        data: {
          ...base,
          expertGroupOrder: (await latestDocument(trx, app.id, 'order-expert-group')) ?? { code: '-', date: params.issuedOn },
          motion: { filedOn: params.issuedOn, grounds: same(String(data.motionReasons)) },
          rulings: replaced
            ? [{ name: people.get(replaced.removedExpertId) ?? '', role: replaced.role, outcome: 'granted', replacement: people.get(replaced.replacementExpertId) ?? '' }]
            : [],
          reasons: same(String(data.reasons)),
          signatory,
        },
      };
    }
    case 'expert-report': {
      const catalogue = standardsCatalogue(app.catalogue_version);
      const ratings = data.ratings as { componentId: string; rating: ComplianceRating; reasons: string }[];
      return {
        kind,
        data: {
          ...base,
          stage: data.stage as 'draft' | 'final',
          visit,
          members: await groupMembers(trx, app.id),
          catalogueVersion: app.catalogue_version,
          components: ratings.map((rating) => {
            const component = findComponent(catalogue, rating.componentId);
            return { number: component?.number ?? rating.componentId, title: component?.title ?? same(rating.componentId), rating: rating.rating, reasons: same(rating.reasons) };
          }),
          summary: data.summary as Bilingual,
        },
      };
    }
    case 'hearing-notice': {
      const meetingAt = new Date(String(data.meetingAt));
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tbilisi', hour: '2-digit', minute: '2-digit' }).format(meetingAt);
      return { kind, data: { ...base, meeting: { date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tbilisi' }).format(meetingAt), time: local, place: String(data.place) }, signatory } };
    }
    case 'council-decision': {
      const hearing = await trx.selectFrom('hearings').selectAll().where('application_id', '=', app.id).executeTakeFirstOrThrow();
      const people = await names(trx, [...hearing.attendees, hearing.signed_by_chair ?? '', hearing.signed_by_secretary ?? ''].filter(Boolean));
      const votes: Partial<Record<CouncilDecision, number>> = {};
      for (const vote of hearing.votes) votes[vote.vote] = (votes[vote.vote] ?? 0) + 1;
      const right = data.right as { effectiveFrom: string; validUntil: string } | null;
      return {
        kind,
        data: {
          ...base,
          decision: hearing.decision!,
          reasons: hearing.reasons ?? same('-'),
          ...(hearing.implementation_months ? { implementationTimeframe: { ka: `${hearing.implementation_months} თვე`, en: `${hearing.implementation_months} months` } } : {}),
          meeting: { date: hearing.meeting_at.toISOString().slice(0, 10), place: hearing.place },
          attendance: { present: hearing.attendees.map((id) => people.get(id) ?? id) },
          votes,
          ...(right ? { right: { validFrom: right.effectiveFrom, validUntil: right.validUntil } } : {}),
          chair: people.get(hearing.signed_by_chair ?? '') ?? '',
          secretary: people.get(hearing.signed_by_secretary ?? '') ?? '',
        },
      };
    }
    case 'appeal-outcome':
      return {
        kind,
        data: {
          ...base,
          appealedDecision: (await latestDocument(trx, app.id, 'council-decision')) ?? { code: '-', date: params.issuedOn },
          appeal: { filedOn: params.issuedOn, grounds: same(String(data.grounds)) },
          outcome: data.outcome as 'upheld' | 'dismissed',
          reasons: same(String(data.reasons)),
          signatory,
        },
      };
    case 'monitoring-result':
      throw new Error('monitoring results are rendered by the monitoring use case');
  }
}

/** Renders and stores the PDF; returns its content address. */
export async function renderAndStore(
  trx: Db,
  dataDir: string,
  params: { kind: DocumentKind; code: string; issuedOn: string; data: Data; app: ApplicationRow; actorId: string },
): Promise<{ sha256: string }> {
  const bytes = await renderDocument(await documentInput(trx, params));
  const stored = await storeFile({ db: trx, dataDir }, { bytes, originalName: `${params.code}.pdf`, declaredType: 'application/pdf', uploadedBy: params.actorId });
  return { sha256: stored.sha256 };
}
