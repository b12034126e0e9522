// Verifying a credential, for anyone: the five checks of DESIGN.md's "Verification", each
// reported on its own as passed, failed or not checked, with the reason in Georgian and English.
// The verdict is valid only when every check asked for passed.
import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../db/database.js';
import { tbilisiDate, type Clock } from '../domain/calendar/tbilisi.js';
import type { Bilingual } from '../domain/course/description.js';
import { credentialElements, elementLabels } from '../domain/credential/elements.js';
import { rightToIssue } from '../domain/rights/right-to-issue.js';
import { credentialIssuerId, type JsonObject } from '../trust/credentials.js';
import { findTrustError } from '../trust/errors.js';
import { keyWasActiveAt } from '../trust/keys.js';
import { ledgerLeafHash, sha256Hex } from '../trust/ledger/entry.js';
import { verifyInclusion } from '../trust/ledger/merkle.js';
import { encodeBase64, verifyTreeHead } from '../trust/ledger/signed-tree-head.js';
import type { TrustServices } from './credentials/trust-services.js';
import { databaseVerificationSources } from './db-verification-sources.js';
import type { VerificationSources } from './verification-sources.js';

export const verificationChecks = ['proof', 'status', 'right', 'elements', 'ledger'] as const;
export type VerificationCheck = (typeof verificationChecks)[number];
export type CheckOutcome = 'passed' | 'failed' | 'not-checked';

export interface CheckReport {
  check: VerificationCheck;
  outcome: CheckOutcome;
  reason: Bilingual;
}

const say = (en: string, ka: string): Bilingual => ({ en, ka });

/**
 * The ledger's record of a credential. The ledger holds the hash of the JSON text as issued; a
 * wallet may have re-serialised it (another key order, other spacing), so when the text's own hash
 * is unknown, the issued text of the same credential id is used if it is the same JSON value.
 */
async function ledgerRecord(sources: VerificationSources, credential: JsonObject) {
  const documentHash = sha256Hex(JSON.stringify(credential));
  const entry = await sources.ledgerEntry(documentHash);
  if (entry || typeof credential.id !== 'string' || !sources.issuedText) return { documentHash, entry };
  const issued = await sources.issuedText(credential.id);
  if (issued === undefined || !isDeepStrictEqual(JSON.parse(issued), credential)) return { documentHash, entry };
  const issuedHash = sha256Hex(issued);
  return { documentHash: issuedHash, entry: await sources.ledgerEntry(issuedHash) };
}

export interface VerificationResult {
  verified: boolean;
  checks: CheckReport[];
  issuer: { id: string | null; inRegistry: boolean };
  elements: ReturnType<typeof credentialElements>;
  issuedAt: string | null;
  ledger: { leafIndex: number; treeSize: number; rootHash: string; anchor: { chainId: number; transactionHash: string } | null } | null;
}

/** Verifies a credential against this server's database (through its cached sources). */
export async function verifyCredentialFully(
  db: Db,
  trust: TrustServices,
  credential: JsonObject,
  options: { clock: Clock; checks?: readonly VerificationCheck[] },
): Promise<VerificationResult> {
  const sources = databaseVerificationSources(db, trust);
  await sources.refresh();
  return verifyCredentialWith(sources, credential, { now: options.clock.now(), ...(options.checks ? { checks: options.checks } : {}) });
}

/** The five checks, reading what they need from `sources` (the database, or an offline snapshot). */
export async function verifyCredentialWith(
  sources: VerificationSources,
  credential: JsonObject,
  options: { now: Date; checks?: readonly VerificationCheck[] },
): Promise<VerificationResult> {
  const reports = new Map<VerificationCheck, CheckReport>();
  const report = (check: VerificationCheck, outcome: CheckOutcome, reason: Bilingual) => reports.set(check, { check, outcome, reason });
  const issuerId = credentialIssuerId(credential) ?? null;
  const [issuer, { documentHash, entry }, checked] = await Promise.all([
    issuerId ? sources.issuer(issuerId) : undefined,
    ledgerRecord(sources, credential),
    sources.checkProofAndStatus(credential, { now: options.now }),
  ]);
  const inRegistry = Boolean(issuer && !issuer.isTest);
  const issuedAt = entry?.occurredAt ?? null;
  const elements = credentialElements(credential);

  // 1. The proof, for the issuer's key, and the key was the active one when the credential was logged.
  if (!checked.proof.verified) {
    const cause = findTrustError(checked.proof.error);
    report('proof', 'failed', cause ? say(`The signature could not be checked: ${cause.message}`, 'ხელმოწერის შემოწმება ვერ მოხერხდა.') : say('The signature does not match the credential: it was changed after signing, or signed by another key.', 'ხელმოწერა არ შეესაბამება კრედენციალს: ის ხელმოწერის შემდეგ შეიცვალა ან სხვა გასაღებით არის ხელმოწერილი.'));
  } else {
    const methodId = (credential.proof as JsonObject | undefined)?.verificationMethod;
    const key = typeof methodId === 'string' && inRegistry ? await sources.key(methodId) : undefined;
    const signedAt = issuedAt ?? new Date(String((credential.proof as JsonObject).created ?? 0));
    if (key && !keyWasActiveAt(key, signedAt)) {
      report('proof', 'failed', say(`The key that signed it was retired on ${key.retiredAt}, before the credential was issued.`, 'ხელმომწერი გასაღები კრედენციალის გაცემამდე იყო გაუქმებული.'));
    } else {
      report('proof', 'passed', say(`Signed by ${issuerId}.`, `ხელმოწერილია ${issuerId}-ის მიერ.`));
    }
  }

  // 2. Status.
  const status = checked.status;
  if (!status) {
    report('status', inRegistry ? 'failed' : 'not-checked', inRegistry ? say('The credential has no status entry.', 'კრედენციალს სტატუსის ჩანაწერი არ აქვს.') : say('The credential has no status entry to check.', 'კრედენციალს შესამოწმებელი სტატუსი არ აქვს.'));
  } else {
    if (!status.checked) report('status', 'not-checked', say(`The status list could not be read: ${status.error?.message ?? 'unknown error'}.`, 'სტატუსის სიის წაკითხვა ვერ მოხერხდა.'));
    else if (status.revoked) report('status', 'failed', say('The issuer has revoked this credential.', 'გამცემმა ეს კრედენციალი გააუქმა.'));
    else if (status.suspended) report('status', 'failed', say('The issuer has suspended this credential.', 'გამცემმა ეს კრედენციალი შეაჩერა.'));
    else report('status', 'passed', say('Neither revoked nor suspended.', 'არც გაუქმებულია და არც შეჩერებული.'));
  }

  // 3. The right on the date of award, and on the day the ledger recorded the issuance.
  if (!inRegistry || !issuer?.providerId) {
    report('right', 'not-checked', say('The issuer is not in this registry.', 'გამცემი ამ რეესტრში არ არის.'));
  } else {
    const course = elements.courseCode ? await sources.course(elements.courseCode) : undefined;
    if (!course || course.providerId !== issuer.providerId || !elements.awardedDate) {
      report('right', 'failed', say('The credential names no course of this issuer in the registry, or no date of award.', 'კრედენციალში არ არის ამ გამცემის რეესტრის კურსი ან მინიჭების თარიღი.'));
    } else {
      const rights = await sources.rights(course.id, issuer.providerId);
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
  if (!entry) {
    report('ledger', inRegistry ? 'failed' : 'not-checked', inRegistry ? say('The ledger has no record of this credential.', 'ლეჯერში ამ კრედენციალის ჩანაწერი არ არის.') : say('The issuer is not in this registry.', 'გამცემი ამ რეესტრში არ არის.'));
  } else {
    const head = await sources.latestHead();
    const { index } = entry;
    if (!head || head.treeSize <= index) {
      report('ledger', 'not-checked', say('The issuance is recorded but not yet under a signed tree head; one follows within a minute.', 'გაცემა ჩაწერილია, ხელმოწერილი თავი ერთ წუთში დაემატება.'));
    } else {
      const size = head.treeSize;
      // A head claiming more entries than the ledger holds has no proof to give: that is a failure, not an error.
      const [proof, anchor] = await Promise.all([sources.inclusionProof(index, size).catch(() => undefined), sources.anchor(size)]);
      const leaf = ledgerLeafHash({ type: 'credential.issued', time: entry.occurredAt.toISOString(), documentHash });
      const included = proof !== undefined && verifyInclusion(leaf, index, size, proof, head.rootHash);
      const rootHash = encodeBase64(head.rootHash);
      const headSigned = await verifyTreeHead(
        { treeSize: size, rootHash, timestamp: head.timestamp, signature: encodeBase64(head.signature) },
        (data, signature) => sources.verifyLedgerSignature(data, signature),
      );
      ledger = { leafIndex: index, treeSize: size, rootHash, anchor: anchor ?? null };
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
