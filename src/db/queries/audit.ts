import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Event types of the audit log; each fires in the same transaction as its change. */
export type AuditAction =
  | 'course.created' // a provider administrator created a course with its first draft
  | 'course.draft-updated' // a draft's description was saved
  | 'course.draft-started' // an edit of a published course opened a new draft version
  | 'course.published' // a Center officer published a draft, freezing it
  | 'session.login' // a person signed in
  | 'session.login-failed' // a sign-in was refused (no user id is recorded for unknown e-mails)
  | 'session.logout' // a person signed out
  | 'application.created' // a provider administrator started an application for the right
  | 'application.content-updated' // the application's content was saved before submission or during a correction
  | 'application.transition' // a step of the procedure was taken (before and after state, the step's details)
  | 'monitoring.opened' // a Center officer scheduled monitoring of a course
  | 'monitoring.closed' // a monitoring ended with its findings and outcome (keep, suspend, terminate)
  | 'complaint.received' // a learner, employer or association filed a complaint, opening unscheduled monitoring
  | 'course.design-step-recorded' // a provider administrator recorded who took part in a design step (guide XV) and its evidence
  | 'credential.issued' // a credential was signed and stored (by a provider administrator, a batch or the VC-API)
  | 'credential.status-changed' // a credential was revoked, suspended or reinstated, with the reason
  | 'issuer.key-rotated' // an issuer got a new signing key; the old one stays in its DID document
  | 'issuer.test-created' // an operator created a test issuer (did:key) for conformance checks
  | 'recognition.report-created' // a recognition officer uploaded a credential and got a recognition report
  | 'recognition.decision-recorded' // a recognition officer recorded credits recognised (or refused) on a report
  | 'recognition-agreement.created' // a university or the Center recorded a recognition agreement
  | 'recognition-agreement.updated' // an agreement's programme, components, courses or dates changed
  | 'recognition-agreement.withdrawn' // an agreement was withdrawn, with the reason
  | 'learner.account-created' // a learner created an account from a credential's claim link (no e-mail recorded)
  | 'learner.credential-claimed' // a credential was kept in a learner's account (claim link)
  | 'share-link.created' // a learner made a share link for one of their credentials
  | 'share-link.withdrawn' // a learner withdrew a share link
  | 'personal-data.exported' // a learner downloaded everything held about them
  | 'personal-data.erased'; // a learner's personal data was erased at their request (ids and counts only)

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export async function appendAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/** Appends entries in one statement, in their order. */
export async function appendAuditEntries(db: Kysely<Database>, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((entry) => ({
        actor_id: entry.actorId,
        action: entry.action,
        entity_type: entry.entityType,
        entity_id: entry.entityId,
        before: entry.before === undefined ? null : JSON.stringify(entry.before),
        after: entry.after === undefined ? null : JSON.stringify(entry.after),
      })),
    )
    .execute();
}

export async function listAudit(db: Kysely<Database>, filter: { entityType?: string; entityId?: string; limit: number }) {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(filter.limit);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  return query.execute();
}
