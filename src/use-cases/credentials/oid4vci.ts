// Handing a stored credential to a wallet through OID4VCI's pre-authorized code flow: the learner
// asks for an offer (a random code, single use, ten minutes, optionally with a PIN), the wallet
// exchanges the code once for a short-lived access token, and fetches the credential with it.
// Codes, PINs and tokens are random; only their SHA-256 is stored.
import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { CredentialRow } from '../../db/queries/credentials.js';
import type { Clock } from '../../domain/calendar/tbilisi.js';
import {
  ACCESS_TOKEN_LIFETIME_MS,
  buildCredentialOffer,
  type CredentialOffer,
  MAX_FAILED_TX_CODES,
  Oid4vciError,
  PRE_AUTHORIZED_CODE_LIFETIME_MS,
  TX_CODE_LENGTH,
} from '../../domain/credential/oid4vci.js';
import { DomainError } from '../../domain/errors.js';
import { hashSecretToken, newSecretToken } from '../secret-tokens.js';

/** The PIN is hashed with its code: without the code (never stored) the hash cannot be tried against a million PINs. */
function txCodeHash(preAuthorizedCode: string, txCode: string): string {
  return hashSecretToken(`${preAuthorizedCode}\u0000${txCode}`);
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export interface CreatedOffer {
  offer: CredentialOffer;
  /** openid-credential-offer://?credential_offer=… for a link or a QR code. */
  offerUri: string;
  /** The PIN to show the learner (never in the offer), or null when none was asked. */
  txCode: string | null;
  expiresAt: Date;
}

/** A new offer for one stored credential. Only a valid credential goes to a wallet. */
export async function createCredentialOffer(
  db: Db,
  input: { credential: CredentialRow; createdBy: string | null; withTxCode: boolean; publicUrl: string; clock: Clock },
): Promise<CreatedOffer> {
  if (input.credential.state !== 'valid') {
    throw new DomainError('conflict', `This credential is ${input.credential.state}; only a valid credential can be added to a wallet.`);
  }
  const code = newSecretToken();
  const txCode = input.withTxCode ? String(randomInt(0, 10 ** TX_CODE_LENGTH)).padStart(TX_CODE_LENGTH, '0') : null;
  const now = input.clock.now();
  const expiresAt = new Date(now.getTime() + PRE_AUTHORIZED_CODE_LIFETIME_MS);
  await db
    .insertInto('oid4vci_offers')
    .values({
      id: randomUUID(),
      credential_id: input.credential.id,
      created_by: input.createdBy,
      pre_authorized_code_hash: hashSecretToken(code),
      tx_code_hash: txCode === null ? null : txCodeHash(code, txCode),
      created_at: now,
      expires_at: expiresAt,
    })
    .execute();
  const { offer, uri } = buildCredentialOffer(input.publicUrl, code, txCode !== null);
  return { offer, offerUri: uri, txCode, expiresAt };
}

/**
 * The token endpoint's work: exchanges a pre-authorized code (and its PIN) for an access token.
 * A code works once; an unknown, used, expired or exhausted code is `invalid_grant`, a wrong PIN
 * too (counted; the offer dies after MAX_FAILED_TX_CODES), a missing or unexpected PIN `invalid_request`.
 */
export async function redeemPreAuthorizedCode(
  db: Db,
  input: { preAuthorizedCode: string; txCode: string | undefined; clock: Clock },
): Promise<{ accessToken: string; expiresIn: number }> {
  const now = input.clock.now();
  const outcome = await db.transaction().execute(async (trx) => {
    const offer = await trx
      .selectFrom('oid4vci_offers')
      .selectAll()
      .where('pre_authorized_code_hash', '=', hashSecretToken(input.preAuthorizedCode))
      .forUpdate()
      .executeTakeFirst();
    if (!offer) return { error: new Oid4vciError('invalid_grant', 'The pre-authorized code is not known.') };
    if (offer.redeemed_at) return { error: new Oid4vciError('invalid_grant', 'The pre-authorized code was already used.') };
    if (offer.expires_at.getTime() <= now.getTime()) return { error: new Oid4vciError('invalid_grant', 'The pre-authorized code has expired; ask the learner for a new offer.') };
    if (offer.failed_tx_codes >= MAX_FAILED_TX_CODES) return { error: new Oid4vciError('invalid_grant', 'Too many wrong PINs; ask the learner for a new offer.') };
    if (offer.tx_code_hash === null && input.txCode !== undefined) return { error: new Oid4vciError('invalid_request', 'This offer has no tx_code; do not send one.') };
    if (offer.tx_code_hash !== null) {
      if (input.txCode === undefined) return { error: new Oid4vciError('invalid_request', 'This offer needs the tx_code (the PIN shown to the learner).') };
      if (!sameHash(txCodeHash(input.preAuthorizedCode, input.txCode), offer.tx_code_hash)) {
        // Counted in this transaction, which commits: the refusal is returned, not thrown.
        await trx.updateTable('oid4vci_offers').set({ failed_tx_codes: offer.failed_tx_codes + 1 }).where('id', '=', offer.id).execute();
        return { error: new Oid4vciError('invalid_grant', 'The tx_code is wrong.') };
      }
    }
    const accessToken = newSecretToken();
    await trx
      .updateTable('oid4vci_offers')
      .set({ redeemed_at: now, access_token_hash: hashSecretToken(accessToken), access_token_expires_at: new Date(now.getTime() + ACCESS_TOKEN_LIFETIME_MS) })
      .where('id', '=', offer.id)
      .execute();
    return { accessToken };
  });
  if ('error' in outcome) throw outcome.error;
  return { accessToken: outcome.accessToken, expiresIn: ACCESS_TOKEN_LIFETIME_MS / 1000 };
}

/**
 * The credential endpoint's work: the stored credential an access token was issued for, as
 * signed (the document's text, byte for byte). Undefined for an unknown or expired token; a
 * credential revoked or suspended since the offer is refused.
 */
export async function credentialForAccessToken(db: Db, input: { accessToken: string; clock: Clock }): Promise<{ offerId: string; document: string } | undefined> {
  const now = input.clock.now();
  const row = await db
    .selectFrom('oid4vci_offers')
    .innerJoin('credentials', 'credentials.id', 'oid4vci_offers.credential_id')
    .select(['oid4vci_offers.id as offer_id', 'oid4vci_offers.access_token_expires_at', 'credentials.state', 'credentials.document'])
    .where('oid4vci_offers.access_token_hash', '=', hashSecretToken(input.accessToken))
    .executeTakeFirst();
  if (!row || !row.access_token_expires_at || row.access_token_expires_at.getTime() <= now.getTime()) return undefined;
  if (row.state !== 'valid') throw new Oid4vciError('credential_request_denied', `The credential is ${row.state}; its issuer no longer hands it out.`);
  return { offerId: row.offer_id, document: row.document };
}

/** Records that the wallet got the credential (the last time, if it asked again with the same token). */
export async function markCredentialSent(db: Db, offerId: string, clock: Clock): Promise<void> {
  await db.updateTable('oid4vci_offers').set({ credential_sent_at: clock.now() }).where('id', '=', offerId).execute();
}
