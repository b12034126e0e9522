// Recognition reports (guide, section XVI): a recognition officer of a higher education
// institution uploads a credential — the platform's, another issuer's Open Badges 3.0, or a
// European Learning Model document — and gets the verification result, the twelve mandatory
// elements, the seven E-valuate criteria, the level against the target programme and the
// recommended route. The report is kept as computed; the officer records a decision on it,
// which the learner sees when the credential is one of the platform's claimed into their account.
//
// Who is a recognition officer: a provider administrator of a provider registered as a higher
// education institution (providers.kind = 'hei'); see docs/recognition-reports.md for why no new role.
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import { appendAudit } from '../db/queries/audit.js';
import { findProviderById } from '../db/queries/courses.js';
import { findCredential } from '../db/queries/credentials.js';
import * as queries from '../db/queries/recognition-reports.js';
import type { Actor } from '../domain/accounts/roles.js';
import type { Clock } from '../domain/calendar/tbilisi.js';
import type { Bilingual } from '../domain/course/description.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import type { CredentialFormat } from '../domain/recognition/elements.js';
import { assessCredential, detectFormat, mapCredential, type RecognitionAssessment, type TargetProgramme, type VerificationSummary } from '../domain/recognition/report.js';
import { unverifiableReason, type JsonObject } from '../trust/credentials.js';
import type { TrustServices } from './credentials/trust-services.js';
import { verifyCredentialFully } from './verification.js';

export type UploadSource = 'json' | 'pdf' | 'png' | 'svg';

export interface RecognitionDecision {
  outcome: 'recognised' | 'refused';
  credits: number | null;
  programme: string;
  component: string | null;
  reason: string;
  decidedAt: string;
  decidedBy: string;
}

/** A report as the page, the PDF and the API show it. */
export interface RecognitionReport extends RecognitionAssessment {
  id: string;
  createdAt: string;
  createdBy: string;
  fileName: string | null;
  source: UploadSource;
  university: Bilingual;
  /** The platform's stored credential, when the upload is one of its own (proven by its signature). */
  credentialId: string | null;
  verification: VerificationSummary;
  decision: RecognitionDecision | null;
}

/** What is stored in recognition_reports.report: everything computed at upload. */
type StoredReport = RecognitionAssessment & { verification: VerificationSummary };

const say = (en: string, ka: string): Bilingual => ({ en, ka });

/** Refuses anyone but a provider administrator of a higher education institution (the provider's kind decides). */
export async function requireRecognitionOfficer(db: Db, actor: Actor): Promise<{ providerId: string }> {
  const provider = actor.role === 'provider-admin' && actor.providerId ? await findProviderById(db, actor.providerId) : undefined;
  if (!provider || provider.kind !== 'hei') {
    throw new DomainError('forbidden', 'Recognition reports are made by the administrators of higher education institutions.');
  }
  return { providerId: provider.id };
}

function notACredential(fileName: string | null, detail: string): ValidationError {
  const message = `${fileName ? `“${fileName}”` : 'The file'} is not a credential a recognition report can read: ${detail}`;
  return new ValidationError([{ path: 'file', code: 'not_a_credential', message }], message);
}

/** The verification result, or why this platform cannot check the credential's proof. */
async function verificationOf(db: Db, trust: TrustServices, clock: Clock, credential: JsonObject, format: CredentialFormat): Promise<VerificationSummary> {
  const unverifiable = unverifiableReason(credential);
  if (unverifiable) {
    const reason =
      format === 'elm'
        ? say(
            `Not verifiable here: this European Learning Model credential carries no proof this platform checks (EDCs are sealed with an eIDAS e-seal by EDC software). ${unverifiable.message}`,
            'აქ ვერ მოწმდება: ევროპული სწავლის მოდელის ამ კრედენციალს არ აქვს ამ პლატფორმისთვის შესამოწმებელი მტკიცებულება (EDC-ს eIDAS ელექტრონული ბეჭდით ბეჭდავს EDC პროგრამა).',
          )
        : say(`Not verifiable here: ${unverifiable.message}`, 'აქ ვერ მოწმდება: კრედენციალის მტკიცებულება ან კონტექსტი ამ პლატფორმისთვის შესამოწმებელი არ არის.');
    return { outcome: 'not-verifiable', checks: [], issuer: { id: null, inRegistry: false }, reason };
  }
  const result = await verifyCredentialFully(db, trust, credential, { clock });
  return { outcome: result.verified ? 'verified' : 'not-verified', checks: result.checks, issuer: result.issuer, reason: null };
}

/** The platform's stored credential this upload is, when its signature proves it (an issuer in the registry). */
async function ownCredentialId(db: Db, credential: JsonObject, verification: VerificationSummary): Promise<string | null> {
  const proof = verification.checks.find((item) => item.check === 'proof');
  if (!verification.issuer.inRegistry || proof?.outcome !== 'passed' || typeof credential.id !== 'string') return null;
  const id = /\/credentials\/([0-9a-f-]{36})$/i.exec(credential.id)?.[1]?.toLowerCase();
  if (!id) return null;
  return (await findCredential(db, id)) ? id : null;
}

export interface CreateReportInput {
  credential: JsonObject;
  source: UploadSource;
  fileName: string | null;
  target: TargetProgramme;
}

export async function createRecognitionReport(db: Db, trust: TrustServices, clock: Clock, actor: Actor, input: CreateReportInput): Promise<RecognitionReport> {
  const { providerId } = await requireRecognitionOfficer(db, actor);
  const format = detectFormat(input.credential);
  if (!format) {
    throw notACredential(input.fileName, 'its "type" names neither an Open Badges 3.0 credential (OpenBadgeCredential, AchievementCredential) nor a European Learning Model credential (EuropeanDigitalCredential).');
  }
  const verification = await verificationOf(db, trust, clock, input.credential, format);
  const assessment = assessCredential(mapCredential(input.credential, format), verification, input.target);
  const credentialId = format === 'platform' ? await ownCredentialId(db, input.credential, verification) : null;
  const id = randomUUID();
  const now = clock.now();
  const stored: StoredReport = { ...assessment, verification };
  await db.transaction().execute(async (trx) => {
    await queries.insertRecognitionReport(trx, {
      id,
      provider_id: providerId,
      created_by: actor.id,
      created_at: now,
      file_name: input.fileName,
      source: input.source,
      format,
      document_sha256: createHash('sha256').update(JSON.stringify(input.credential)).digest('hex'),
      credential_id: credentialId,
      target_programme: input.target.programme,
      target_framework: input.target.framework,
      target_level: input.target.level,
      route: assessment.recommendation.route,
      report: stored,
    });
    // The audit keeps what was decided on, not the learner's personal data (that stays in the report).
    await appendAudit(trx, {
      actorId: actor.id,
      action: 'recognition.report-created',
      entityType: 'recognition-report',
      entityId: id,
      after: { format, source: input.source, fileName: input.fileName, credentialId, verification: verification.outcome, missing: assessment.missing, route: assessment.recommendation.route, target: input.target },
    });
  });
  return getRecognitionReport(db, actor, id);
}

function present(row: queries.RecognitionReportRow): RecognitionReport {
  const stored = row.report as unknown as StoredReport;
  return {
    ...stored,
    id: row.id,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by_name,
    fileName: row.file_name,
    source: row.source,
    university: row.provider_name,
    credentialId: row.credential_id,
    decision:
      row.decision_id === null || row.decision_outcome === null || row.decision_at === null
        ? null
        : {
            outcome: row.decision_outcome,
            credits: row.decision_credits === null ? null : Number(row.decision_credits),
            programme: row.decision_programme ?? '',
            component: row.decision_component,
            reason: row.decision_reason ?? '',
            decidedAt: row.decision_at.toISOString(),
            decidedBy: row.decided_by_name ?? '',
          },
  };
}

/** A report of the officer's own institution; another's is "not found", so that ids reveal nothing. */
export async function getRecognitionReport(db: Db, actor: Actor, id: string): Promise<RecognitionReport> {
  const { providerId } = await requireRecognitionOfficer(db, actor);
  const row = await queries.findRecognitionReport(db, id);
  if (!row || row.provider_id !== providerId) throw new DomainError('not_found', `There is no recognition report ${id}.`);
  return present(row);
}

export async function listRecognitionReports(db: Db, actor: Actor) {
  const { providerId } = await requireRecognitionOfficer(db, actor);
  const rows = await queries.listRecognitionReports(db, providerId, 50);
  return rows.map((row) => {
    const stored = row.report as unknown as StoredReport;
    return { id: row.id, createdAt: row.created_at.toISOString(), fileName: row.file_name, format: row.format, route: row.route, targetProgramme: row.target_programme, title: stored.facts.title, learner: stored.facts.learner.name, decision: row.decision_outcome };
  });
}

export interface DecisionInput {
  outcome: 'recognised' | 'refused';
  credits?: number | undefined;
  programme: string;
  component?: string | undefined;
  reason: string;
}

export async function recordRecognitionDecision(db: Db, clock: Clock, actor: Actor, reportId: string, input: DecisionInput): Promise<RecognitionReport> {
  const report = await getRecognitionReport(db, actor, reportId);
  if (input.outcome === 'recognised' && (input.credits === undefined || input.credits <= 0)) {
    throw new ValidationError([{ path: 'credits', code: 'required', message: 'Say how many ECTS credits are recognised.' }]);
  }
  if (input.outcome === 'refused' && input.credits !== undefined) {
    throw new ValidationError([{ path: 'credits', code: 'not_allowed', message: 'A refusal recognises no credits.' }]);
  }
  const offered = report.facts.credits?.value;
  if (input.credits !== undefined && offered !== undefined && input.credits > offered) {
    throw new ValidationError([{ path: 'credits', code: 'too_many', message: `The credential carries ${offered} credits; no more can be recognised.` }]);
  }
  await db.transaction().execute(async (trx) => {
    if (await queries.decisionExists(trx, reportId)) throw new DomainError('conflict', 'A decision is already recorded on this report; upload the credential again for a new report.');
    const decision = {
      id: randomUUID(),
      report_id: reportId,
      decided_by: actor.id,
      decided_at: clock.now(),
      outcome: input.outcome,
      credits: input.credits ?? null,
      programme: input.programme,
      component: input.component ?? null,
      reason: input.reason,
    };
    await queries.insertRecognitionDecision(trx, decision);
    await appendAudit(trx, {
      actorId: actor.id,
      action: 'recognition.decision-recorded',
      entityType: 'recognition-report',
      entityId: reportId,
      before: { decision: null, route: report.recommendation.route },
      after: { decision: { outcome: decision.outcome, credits: decision.credits, programme: decision.programme, component: decision.component, reason: decision.reason } },
    });
  });
  return getRecognitionReport(db, actor, reportId);
}

/** The decisions a learner may see: on reports about credentials claimed into their account. */
export async function learnerRecognitionDecisions(db: Db, actor: Actor) {
  if (actor.role !== 'learner') throw new DomainError('forbidden', 'Only learners have recognition decisions to see.');
  const rows = await queries.listDecisionsForLearner(db, actor.id);
  return rows.map((row) => {
    const stored = row.report as unknown as StoredReport;
    return {
      id: row.id,
      reportId: row.report_id,
      credentialId: row.credential_id,
      credentialTitle: stored.facts.title,
      university: row.university,
      outcome: row.outcome,
      credits: row.credits === null ? null : Number(row.credits),
      programme: row.programme,
      component: row.component,
      reason: row.reason,
      decidedAt: row.decided_at.toISOString(),
    };
  });
}
