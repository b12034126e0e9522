// A learner's personal data (Georgia's Law on Personal Data Protection, aligned with the GDPR):
// the export of everything the platform holds about them, and erasure at their request.
//
// Erasure removes the learner's personal data and keeps what others rely on: each credential's
// row with its status list entry and state (so the status list keeps answering and the provider
// can still revoke it), and the ledger, which never held more than the SHA-256 of each signed
// document. The copy the learner holds therefore still verifies: its proof, status, right,
// elements and ledger entry need nothing that erasure removes. docs/personal-data.md has the whole
// inventory.
import { appendAudit } from '../db/queries/audit.js';
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import * as personalData from '../db/queries/personal-data.js';
import type { Clock } from '../domain/calendar/tbilisi.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import { fieldError } from '../domain/field-error.js';
import { sha256Hex } from '../trust/ledger/entry.js';
import { hashPassword, verifyPassword } from '../trust/passwords.js';
import { verificationPageUrl } from './credentials/renderings.js';

/** Tables of areas built alongside this one, covered when they exist (each has a credential_id). */
const CREDENTIAL_TABLES_OF_OTHER_AREAS = ['oid4vci_offers', 'recognition_reports'] as const;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

async function learnerAccount(db: Db, userId: string) {
  const account = await personalData.findAccount(db, userId);
  if (!account || account.role !== 'learner') throw new DomainError('forbidden', 'Only a learner account has personal data to download or erase here.');
  if (account.erased_at) throw new DomainError('not_found', 'This account was erased.');
  return account;
}

/** Every address the learner's messages went to: the account's and their credentials'. */
function addressesOf(account: { email: string }, credentials: ReadonlyArray<{ learner_email: string | null }>): string[] {
  return [...new Set([account.email, ...credentials.flatMap((row) => (row.learner_email ? [row.learner_email] : []))].map((address) => address.toLowerCase()))];
}

export async function exportPersonalData(db: Db, options: { userId: string; clock: Clock; publicUrl: string }) {
  const account = await learnerAccount(db, options.userId);
  const credentials = await personalData.learnerCredentials(db, account);
  const ids = credentials.map((row) => row.id);
  const [events, shareLinks, emails, audit, complaints] = await Promise.all([
    personalData.statusEventsOf(db, ids),
    personalData.shareLinksOf(db, account.id, ids),
    personalData.emailsTo(db, addressesOf(account, credentials)),
    personalData.auditRowsOf(db, account.id, ids),
    personalData.complaintsFrom(db, account.email),
  ]);
  const otherAreas: Record<string, unknown[]> = {};
  for (const table of CREDENTIAL_TABLES_OF_OTHER_AREAS) {
    if (await personalData.tableExists(db, table)) otherAreas[table] = await personalData.rowsNamingCredentials(db, table, ids);
  }
  if (otherAreas.recognition_reports) {
    const reportIds = otherAreas.recognition_reports.map((row) => String((row as { id: string }).id));
    otherAreas.recognition_decisions = await personalData.recognitionDecisionsOf(db, reportIds);
  }
  const exportedAt = options.clock.now();
  await appendAudit(db, { actorId: account.id, action: 'personal-data.exported', entityType: 'user', entityId: account.id });
  return {
    exportedAt: exportedAt.toISOString(),
    about:
      'Everything this platform holds about you. The public ledger holds, for each credential, only the type of event, its time and the SHA-256 of the signed credential: nothing that names you.',
    account: { id: account.id, email: account.email, name: account.name, role: account.role, createdAt: iso(account.created_at) },
    credentials: credentials.map((row) => ({
      id: row.id,
      course: row.course_code ? { code: row.course_code, versionNo: row.version_no } : null,
      learnerName: row.learner_name,
      learnerEmail: row.learner_email,
      awardDate: row.award_date,
      issuedAt: iso(row.issued_at),
      state: row.state,
      keptInAccount: row.learner_user_id === account.id,
      verifyUrl: verificationPageUrl(options.publicUrl, row.id),
      // The signed credential exactly as issued (a JSON text): saved as a file, it verifies.
      document: row.document,
      statusEvents: events.filter((event) => event.credential_id === row.id).map((event) => ({ from: event.from_state, to: event.to_state, reason: event.reason, at: iso(event.at) })),
    })),
    shareLinks: shareLinks.map((link) => ({
      id: link.id,
      credentialId: link.credential_id,
      label: link.label,
      createdAt: iso(link.created_at),
      expiresAt: iso(link.expires_at),
      withdrawnAt: iso(link.withdrawn_at),
      views: link.views,
      lastViewedAt: iso(link.last_viewed_at),
    })),
    emails: emails.map((email) => ({ to: email.to_address, subject: email.subject, body: email.body_text, createdAt: iso(email.created_at), sentAt: iso(email.sent_at) })),
    complaints: complaints.map((complaint) => ({ ...complaint, received_at: iso(complaint.received_at) })),
    activity: audit.map((row) => ({ at: iso(row.at), action: row.action, entityType: row.entity_type, entityId: row.entity_id, details: row.after })),
    ...otherAreas,
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;

export interface ErasureResult {
  erasedAt: string;
  credentials: number;
  shareLinks: number;
  emails: number;
}

/**
 * Erases the learner's personal data in one transaction, after the password confirms that the
 * account's owner asks. A wrong password changes nothing.
 */
export async function erasePersonalData(db: Db, options: { userId: string; password: string; clock: Clock }): Promise<ErasureResult> {
  const account = await learnerAccount(db, options.userId);
  if (!(await verifyPassword(account.password_hash, options.password))) {
    throw new ValidationError([fieldError('password', 'incorrect', 'The password is not correct; nothing was erased.')], 'The password is not correct; nothing was erased.');
  }
  // Hashed before the transaction (slow on purpose); a password no one knows, so the row cannot sign in.
  const unusablePassword = await hashPassword(randomBytes(32).toString('base64url'));
  const at = options.clock.now();
  return db.transaction().execute(async (trx) => {
    const credentials = await personalData.learnerCredentials(trx, account, { forUpdate: true });
    const ids = credentials.map((row) => row.id);
    const addresses = addressesOf(account, credentials);
    // The hash of the exact text as issued: the ledger's entry names it, and so will a later revocation's.
    await personalData.eraseCredentials(
      trx,
      credentials.filter((row) => row.erased_at === null).map((row) => ({ id: row.id, documentSha256: sha256Hex(row.document) })),
      at,
    );
    const shareLinks = await personalData.deleteShareLinks(trx, account.id, ids);
    // Wallet offers would hand out a document that no longer exists.
    await personalData.deleteRowsNamingCredentials(trx, 'oid4vci_offers', ids);
    // A university's recognition report and decision are its record and stay, without the learner's name or e-mail.
    await personalData.redactRecognitionReports(trx, ids, [
      ...new Set([account.name, ...credentials.flatMap((row) => (row.learner_name ? [row.learner_name] : [])), ...addresses]),
    ]);
    const emails = await personalData.deleteEmailsTo(trx, addresses);
    await personalData.dropBatchRowsOf(trx, addresses);
    await personalData.deleteSessionsOf(trx, account.id);
    await personalData.anonymiseAccount(trx, account.id, { passwordHash: unusablePassword, at });
    const result: ErasureResult = { erasedAt: at.toISOString(), credentials: ids.length, shareLinks, emails };
    await appendAudit(trx, { actorId: account.id, action: 'personal-data.erased', entityType: 'user', entityId: account.id, after: { credentials: ids, shareLinks, emails } });
    return result;
  });
}
