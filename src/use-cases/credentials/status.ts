// Revoking, suspending and reinstating a credential: the bits of its status list entry change,
// the list is signed again, and the change is recorded with who, when and why. Revocation is
// final; a suspension can be lifted.
import type { Db } from '../../db/database.js';
import { appendAudit } from '../../db/queries/audit.js';
import * as credentials from '../../db/queries/credentials.js';
import { findIssuerById, lockStatusList, saveStatusListDocument } from '../../db/queries/issuers.js';
import type { CredentialStateColumn } from '../../db/schema.js';
import type { Clock } from '../../domain/calendar/tbilisi.js';
import { DomainError, ValidationError } from '../../domain/errors.js';
import { fieldError } from '../../domain/field-error.js';
import { credentialStateBits, type JsonObject, updateStatusList } from '../../trust/credentials.js';
import { appendToLedger, credentialStatusEvent, credentialStatusEventOfHash } from '../ledger.js';
import type { TrustServices } from './trust-services.js';

export type CredentialState = CredentialStateColumn;

/** Which state changes are allowed, and what each is called. */
const allowed: Record<CredentialState, CredentialState[]> = {
  valid: ['revoked', 'suspended'],
  suspended: ['valid', 'revoked'],
  revoked: [],
};

export function stateChangeName(from: CredentialState, to: CredentialState): string {
  if (to === 'revoked') return 'revoke';
  if (to === 'suspended') return 'suspend';
  return from === 'suspended' ? 'reinstate' : 'set valid';
}

export async function changeCredentialState(
  db: Db,
  trust: TrustServices,
  options: { credentialId: string; providerId: string | null; to: CredentialState; reason: string; actorId: string | null; clock: Clock },
) {
  const reason = options.reason.trim();
  if (reason.length === 0) throw new ValidationError([fieldError('reason', 'required', 'Give the reason; it is recorded with the change.')]);
  if (reason.length > 2000) throw new ValidationError([fieldError('reason', 'too_long', 'At most 2,000 characters.')]);
  const found = await credentials.findCredential(db, options.credentialId);
  if (!found || (options.providerId !== null && found.provider_id !== options.providerId)) {
    throw new DomainError('not_found', `There is no credential ${options.credentialId} of your provider.`);
  }
  // The key is read before the transaction: the key store uses its own connection, and the
  // embedded database has only one.
  const issuer = await findIssuerById(db, found.issuer_id);
  const key = issuer ? await trust.keyStore.getActiveKey(issuer.did) : undefined;
  if (!issuer || !key) throw new Error(`The issuer of credential ${found.id} has no active key.`);
  return db.transaction().execute(async (trx) => {
    const credential = (await credentials.findCredential(trx, options.credentialId, { forUpdate: true }))!;
    const from = credential.state;
    if (from === options.to) throw new DomainError('conflict', `The credential is already ${from}.`);
    if (!allowed[from].includes(options.to)) {
      throw new DomainError('conflict', from === 'revoked' ? 'A revoked credential stays revoked.' : `A ${from} credential cannot become ${options.to}.`);
    }
    const now = options.clock.now();
    const list = await lockStatusList(trx, credential.status_list_id);
    const signed = await updateStatusList(JSON.parse(list.document) as JsonObject, credentialStateBits(credential.status_index, options.to), {
      key,
      documentLoader: trust.documentLoader,
      date: now,
    });
    await saveStatusListDocument(trx, list.id, JSON.stringify(signed), now);
    await credentials.setCredentialState(trx, credential.id, options.to);
    await credentials.insertStatusEvent(trx, { credentialId: credential.id, from, to: options.to, reason, actorId: options.actorId, at: now });
    // An erased credential (the learner's request) kept only its document's hash, which the entry names.
    const event = credential.erased_document_sha256
      ? credentialStatusEventOfHash(from, options.to, credential.erased_document_sha256, now)
      : credentialStatusEvent(from, options.to, credential.document, now);
    await appendToLedger(trx, [event]);
    await appendAudit(trx, {
      actorId: options.actorId,
      action: 'credential.status-changed',
      entityType: 'credential',
      entityId: credential.id,
      before: { state: from },
      after: { state: options.to, reason },
    });
    return { id: credential.id, from, to: options.to, reason, at: now.toISOString() };
  });
}
