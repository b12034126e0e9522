// The documents the procedure issues: each a row with its data and a public code, and a PDF in
// Georgian and English rendered from that data and stored by content address.
import { randomUUID } from 'node:crypto';
import type { Bilingual } from '../../domain/course/description.js';
import type { Db } from '../../db/database.js';
import type { ApplicationRow } from '../../db/queries/applications.js';
import { nextPublicCode } from '../../db/queries/public-codes.js';
import { renderAndStore } from './render-document.js';

export type DocumentKind =
  | 'order-deficiencies'
  | 'order-seeker-status'
  | 'order-without-review'
  | 'order-expert-group'
  | 'recusal-decision'
  | 'expert-report'
  | 'hearing-notice'
  | 'council-decision'
  | 'appeal-outcome'
  | 'monitoring-result';

export const documentTitles: Record<DocumentKind, Bilingual> = {
  'order-deficiencies': { en: 'Notice of deficiencies', ka: 'შეტყობინება ხარვეზის შესახებ' },
  'order-seeker-status': { en: 'Order recognising the applicant as a seeker of the right', ka: 'ბრძანება განმცხადებლის უფლების მაძიებლად ცნობის შესახებ' },
  'order-without-review': { en: 'Order leaving the application without review', ka: 'ბრძანება განცხადების განუხილველად დატოვების შესახებ' },
  'order-expert-group': { en: 'Order forming the expert group', ka: 'ბრძანება ექსპერტთა ჯგუფის შექმნის შესახებ' },
  'recusal-decision': { en: 'Decision on the motion for recusal', ka: 'გადაწყვეტილება აცილების შუამდგომლობაზე' },
  'expert-report': { en: 'Expert group report', ka: 'ექსპერტთა ჯგუფის დასკვნა' },
  'hearing-notice': { en: 'Notice of the Accreditation Council hearing', ka: 'შეტყობინება აკრედიტაციის საბჭოს სხდომის შესახებ' },
  'council-decision': { en: 'Decision of the Accreditation Council', ka: 'აკრედიტაციის საბჭოს გადაწყვეტილება' },
  'appeal-outcome': { en: 'Outcome of the appeal', ka: 'საჩივრის განხილვის შედეგი' },
  'monitoring-result': { en: 'Monitoring result', ka: 'მონიტორინგის შედეგი' },
};

const prefixes: Record<DocumentKind, string> = {
  'order-deficiencies': 'ORD',
  'order-seeker-status': 'ORD',
  'order-without-review': 'ORD',
  'order-expert-group': 'ORD',
  'recusal-decision': 'ORD',
  'expert-report': 'REP',
  'hearing-notice': 'NOT',
  'council-decision': 'DEC',
  'appeal-outcome': 'DEC',
  'monitoring-result': 'MON',
};

export async function issueDocument(
  trx: Db,
  params: { app: ApplicationRow; kind: DocumentKind; isPublic: boolean; data: Record<string, unknown>; actorId: string; now: Date; today: string; dataDir: string },
): Promise<string> {
  const { app, kind } = params;
  const code = await nextPublicCode(trx, prefixes[kind], Number(params.today.slice(0, 4)));
  const data = {
    ...params.data,
    applicationCode: app.code,
    provider: app.provider_name,
    course: { code: app.course_code, versionNo: app.course_version_no, title: { ka: app.title_ka, en: app.title_en } },
  };
  const rendered = await renderAndStore(trx, params.dataDir, { kind, code, issuedOn: params.today, data: params.data, app, actorId: params.actorId });
  await trx
    .insertInto('documents')
    .values({
      id: randomUUID(),
      code,
      application_id: app.id,
      kind,
      title: JSON.stringify(documentTitles[kind]),
      data: JSON.stringify(data),
      pdf_sha256: rendered.sha256,
      is_public: params.isPublic,
      issued_at: params.now,
      issued_by: params.actorId,
    })
    .execute();
  return code;
}
