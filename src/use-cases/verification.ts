// Verifying a credential, for anyone: the five checks of DESIGN.md's "Verification", each
// reported on its own as passed, failed or not checked, with the reason in Georgian and English.
// The verdict is valid only when every check asked for passed.
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Db } from '../db/database.js';
import { findCourseByCode, listRightRecords } from '../db/queries/courses.js';
import { findIssuerByDid } from '../db/queries/issuers.js';
import * as ledgerQueries from '../db/queries/ledger.js';
import { tbilisiDate, type Clock } from '../domain/calendar/tbilisi.js';
import type { Bilingual } from '../domain/course/description.js';
import { credentialElements, elementLabels } from '../domain/credential/elements.js';
import { rightToIssue } from '../domain/rights/right-to-issue.js';
import { checkCredentialStatus, credentialIssuerId, type JsonObject, verifyCredential } from '../trust/credentials.js';
import { findTrustError } from '../trust/errors.js';
import { keyWasActiveAt } from '../trust/keys.js';
import { ledgerLeafHash, sha256Hex } from '../trust/ledger/entry.js';
import { inclusionProof, verifyInclusion } from '../trust/ledger/merkle.js';
import { encodeBase64, verifyTreeHead } from '../trust/ledger/signed-tree-head.js';
import type { TrustServices } from './credentials/trust-services.js';

export const verificationChecks = ['proof', 'status', 'right', 'elements', 'ledger'] as const;
export type VerificationCheck = (typeof verificationChecks)[number];
export type CheckOutcome = 'passed' | 'failed' | 'not-checked';

export interface CheckReport {
  check: VerificationCheck;
  outcome: CheckOutcome;
  reason: Bilingual;
}

const say = (en: string, ka: string): Bilingual => ({ en, ka });

/** The ledger's record of a credential: the entry of its exact JSON text, if any. */
async function ledgerRecord(db: Db, text: string) {
  const hash = sha256Hex(text);
  const entries = await ledgerQueries.findEntriesByDocumentHash(db, Buffer.from(hash, 'hex'));
  return { hash, entry: entries.find((entry) => entry.event_type === 'credential.issued') };
}

export interface VerificationResult {
  verified: boolean;
  checks: CheckReport[];
  issuer: { id: string | null; inRegistry: boolean };
  elements: ReturnType<typeof credentialElements>;
  issuedAt: string | null;
  ledger: { leafIndex: number; treeSize: number; rootHash: string; anchor: { chainId: number; transactionHash: string } | null } | null;
}

export async function verifyCredentialFully(
  db: Db,
  trust: TrustServices,
  credential: JsonObject,
  options: { clock: Clock; checks?: readonly VerificationCheck[] },
): Promise<VerificationResult> {
  const reports = new Map<VerificationCheck, CheckReport>();
  const report = (check: VerificationCheck, outcome: CheckOutcome, reason: Bilingual) => reports.set(check, { check, outcome, reason });
  const issuerId = credentialIssuerId(credential) ?? null;
  const issuer = issuerId ? await findIssuerByDid(db, issuerId) : undefined;
  const inRegistry = Boolean(issuer && !issuer.is_test);
  const record = await ledgerRecord(db, JSON.stringify(credential));
  const issuedAt = record.entry ? new Date(record.entry.occurred_at) : null;
  const elements = credentialElements(credential);

  // 1. The proof, for the issuer's key, and the key was the active one when the credential was logged.
  const proofResult = await verifyCredential(credential, { documentLoader: trust.documentLoader, now: options.clock.now() });
  if (!proofResult.verified) {
    const cause = findTrustError(proofResult.error);
    report('proof', 'failed', cause ? say(`The signature could not be checked: ${cause.message}`, 'ხელმოწერის შემოწმება ვერ მოხერხდა.') : say('The signature does not match the credential: it was changed after signing, or signed by another key.', 'ხელმოწერა არ შეესაბამება კრედენციალს: ის ხელმოწერის შემდეგ შეიცვალა ან სხვა გასაღებით არის ხელმოწერილი.'));
  } else {
    const methodId = (credential.proof as JsonObject | undefined)?.verificationMethod;
    const key = typeof methodId === 'string' && inRegistry ? await trust.keyStore.getKey(methodId) : undefined;
    const signedAt = issuedAt ?? new Date(String((credential.proof as JsonObject).created ?? 0));
    if (key && !keyWasActiveAt(key, signedAt)) {
      report('proof', 'failed', say(`The key that signed it was retired on ${key.retiredAt}, before the credential was issued.`, 'ხელმომწერი გასაღები კრედენციალის გაცემამდე იყო გაუქმებული.'));
    } else {
      report('proof', 'passed', say(`Signed by ${issuerId}.`, `ხელმოწერილია ${issuerId}-ის მიერ.`));
    }
  }

  // 2. Status.
  if (credential.credentialStatus === undefined) {
    report('status', inRegistry ? 'failed' : 'not-checked', inRegistry ? say('The credential has no status entry.', 'კრედენციალს სტატუსის ჩანაწერი არ აქვს.') : say('The credential has no status entry to check.', 'კრედენციალს შესამოწმებელი სტატუსი არ აქვს.'));
  } else {
    const status = await checkCredentialStatus(credential, { documentLoader: trust.documentLoader });
    if (!status.checked) report('status', 'not-checked', say(`The status list could not be read: ${status.error?.message ?? 'unknown error'}.`, 'სტატუსის სიის წაკითხვა ვერ მოხერხდა.'));
    else if (status.revoked) report('status', 'failed', say('The issuer has revoked this credential.', 'გამცემმა ეს კრედენციალი გააუქმა.'));
    else if (status.suspended) report('status', 'failed', say('The issuer has suspended this credential.', 'გამცემმა ეს კრედენციალი შეაჩერა.'));
    else report('status', 'passed', say('Neither revoked nor suspended.', 'არც გაუქმებულია და არც შეჩერებული.'));
  }

  // 3. The right on the date of award, and on the day the ledger recorded the issuance.
  if (!inRegistry || !issuer?.provider_id) {
    report('right', 'not-checked', say('The issuer is not in this registry.', 'გამცემი ამ რეესტრში არ არის.'));
  } else {
    const course = elements.courseCode ? await findCourseByCode(db, elements.courseCode) : undefined;
    if (!course || course.provider_id !== issuer.provider_id || !elements.awardedDate) {
      report('right', 'failed', say('The credential names no course of this issuer in the registry, or no date of award.', 'კრედენციალში არ არის ამ გამცემის რეესტრის კურსი ან მინიჭების თარიღი.'));
    } else {
      const rights = await listRightRecords(db, course.id, issuer.provider_id);
      const onAward = rightToIssue(rights, elements.awardedDate);
      const loggedOn = issuedAt ? tbilisiDate(issuedAt) : null;
      const onIssue = loggedOn ? rightToIssue(rights, loggedOn) : null;
      if (!onAward.allowed) report('right', 'failed', onAward.reason);
      else if (onIssue && !onIssue.allowed) report('right', 'failed', say(`It was issued on ${loggedOn}, when the provider no longer held the right: ${onIssue.reason.en}`, `ის გაცემულია ${loggedOn}-ს, როცა დაწესებულებას უფლება აღარ ჰქონდა.`));
      else report('right', 'passed', say(`The provider held a valid ${onAward.right.kind === 'right' ? 'right' : 'registration'} on ${elements.awardedDate}.`, `${elements.awardedDate}-ისთვის დაწესებულებას ჰქონდა მოქმედი უფლება.`));
    }
  }

  // 4. The EU elements.
  if (elements.missing.length === 0) report('elements', 'passed', say('Every mandatory EU element is present.', 'ევროკავშირის ყველა სავალდებულო ელემენტი არის.'));
  else {
    report(
      'elements',
      'failed',
      say(`Missing: ${elements.missing.map((key) => elementLabels[key].en).join(', ')}.`, `აკლია: ${elements.missing.map((key) => elementLabels[key].ka).join(', ')}.`),
    );
  }

  // 5. The ledger: an inclusion proof to a signed tree head whose signature verifies.
  let ledger: VerificationResult['ledger'] = null;
  if (!record.entry) {
    report('ledger', inRegistry ? 'failed' : 'not-checked', inRegistry ? say('The ledger has no record of this credential.', 'ლეჯერში ამ კრედენციალის ჩანაწერი არ არის.') : say('The issuer is not in this registry.', 'გამცემი ამ რეესტრში არ არის.'));
  } else {
    const head = await ledgerQueries.latestHead(db);
    const index = Number(record.entry.idx);
    if (!head || Number(head.tree_size) <= index) {
      report('ledger', 'not-checked', say('The issuance is recorded but not yet under a signed tree head; one follows within a minute.', 'გაცემა ჩაწერილია, ხელმოწერილი თავი ერთ წუთში დაემატება.'));
    } else {
      const size = Number(head.tree_size);
      const proof = await inclusionProof(index, size, ledgerQueries.ledgerNodeReader(db));
      const leaf = ledgerLeafHash({ type: 'credential.issued', time: new Date(record.entry.occurred_at).toISOString(), documentHash: record.hash });
      const included = verifyInclusion(leaf, index, size, proof, new Uint8Array(head.root_hash));
      const key = await trust.ledgerKey();
      const verifier = (await Ed25519Multikey.from(key.verificationMethod())).verifier();
      const headSigned = await verifyTreeHead(
        { treeSize: size, rootHash: encodeBase64(head.root_hash), timestamp: Number(head.timestamp), signature: encodeBase64(head.signature) },
        (data, signature) => verifier.verify({ data, signature }),
      );
      const anchor = await ledgerQueries.findAnchor(db, size);
      ledger = {
        leafIndex: index,
        treeSize: size,
        rootHash: encodeBase64(head.root_hash),
        anchor: anchor ? { chainId: anchor.chain_id, transactionHash: anchor.tx_hash } : null,
      };
      if (included && headSigned) {
        report('ledger', 'passed', say(`Entry ${index} of the ledger, proven to the signed tree head of size ${size}.`, `ლეჯერის ჩანაწერი ${index}, დადასტურებული ${size} ზომის ხელმოწერილ თავთან.`));
      } else {
        report('ledger', 'failed', say('The ledger proof does not verify against its signed tree head.', 'ლეჯერის მტკიცებულება ხელმოწერილ თავს არ ემთხვევა.'));
      }
    }
  }

  const checks = verificationChecks.map((check) => reports.get(check)!);
  const deciding = options.checks && options.checks.length > 0 ? checks.filter((item) => options.checks!.includes(item.check)) : checks;
  return {
    verified: deciding.every((item) => item.outcome === 'passed'),
    checks,
    issuer: { id: issuerId, inRegistry },
    elements,
    issuedAt: issuedAt?.toISOString() ?? null,
    ledger,
  };
}
