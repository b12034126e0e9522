// The demo registry's decisions in the ledger: every published course version and every right
// or registration (with its suspension or termination), as if they had been logged when made.
import type { Db } from '../database.js';
import { appendToLedger, coursePublishedEvent, type LedgerEvent, rightEvent } from '../../use-cases/ledger.js';

export async function loadDemoLedger(db: Db, options: { now: Date }) {
  const versions = await db
    .selectFrom('course_versions as v')
    .innerJoin('courses as c', 'c.id', 'v.course_id')
    .select(['c.code', 'v.version_no', 'v.description', 'v.published_at'])
    .where('v.status', '=', 'published')
    .orderBy('v.published_at')
    .orderBy('c.code')
    .execute();
  const rights = await db
    .selectFrom('rights as r')
    .innerJoin('courses as c', 'c.id', 'r.course_id')
    .select(['r.decision_code', 'r.kind', 'r.effective_from', 'r.valid_until', 'r.suspended_from', 'r.terminated_from', 'c.code'])
    .orderBy('r.effective_from')
    .execute();
  const events: LedgerEvent[] = versions.map((version) =>
    coursePublishedEvent({ code: version.code, versionNo: version.version_no, description: version.description }, version.published_at ?? options.now),
  );
  for (const right of rights) {
    const base = { decisionCode: right.decision_code, courseCode: right.code, kind: right.kind };
    events.push(rightEvent('right.granted', { ...base, effectiveFrom: right.effective_from, validUntil: right.valid_until }, new Date(`${right.effective_from}T08:00:00Z`)));
    if (right.suspended_from) events.push(rightEvent('right.suspended', { ...base, from: right.suspended_from }, new Date(`${right.suspended_from}T08:00:00Z`)));
    if (right.terminated_from) events.push(rightEvent('right.terminated', { ...base, from: right.terminated_from }, new Date(`${right.terminated_from}T08:00:00Z`)));
  }
  await db.transaction().execute((trx) => appendToLedger(trx, events));
}
