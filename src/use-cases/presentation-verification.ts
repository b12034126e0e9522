// Verifying a presentation (W3C VC-API `POST /presentations/verify`): the holder's proof over
// the whole presentation, bound to the verifier's challenge and domain, and then every
// credential inside with the platform's five checks (verification.ts). The verdict is valid
// only when the presentation passes and it carries at least one credential, each verified.
//
// A presentation without a proof: refused (a validation error on `verifiablePresentation.proof`)
// when a challenge is asked, since only a signed proof can answer one; otherwise it is verified
// as an unsigned presentation: its proof is "not checked", said in a warning, and its
// credentials are still fully checked. It then proves nothing about who presented them.
import type { Db } from '../db/database.js';
import type { Clock } from '../domain/calendar/tbilisi.js';
import type { Bilingual } from '../domain/course/description.js';
import { credentialElements } from '../domain/credential/elements.js';
import { ValidationError } from '../domain/errors.js';
import type { JsonObject } from '../trust/credentials.js';
import { presentationHolderId, presentationProof, verifyPresentationProof } from '../trust/presentations.js';
import type { TrustServices } from './credentials/trust-services.js';
import { type CheckOutcome, verificationChecks, type VerificationCheck, type VerificationResult, verifyCredentialFully } from './verification.js';

export const presentationChecks = ['proof', 'challenge', 'domain'] as const;
export type PresentationCheck = (typeof presentationChecks)[number];

export interface PresentationCheckReport {
  check: PresentationCheck;
  outcome: CheckOutcome;
  reason: Bilingual;
}

export interface PresentationResult {
  verified: boolean;
  /** The presentation carries a proof. */
  signed: boolean;
  holder: string | null;
  checks: PresentationCheckReport[];
}

export interface CredentialInPresentationResult extends VerificationResult {
  /** The credential's `id`, when it has one. */
  credentialId: string | null;
}

export interface PresentationVerificationResult {
  verified: boolean;
  presentationResult: PresentationResult;
  credentialResults: CredentialInPresentationResult[];
  /** Each failure in English, prefixed by where it is: `presentation proof: …`, `credential 1 status: …`. */
  errors: string[];
  /** What was not checked, in the same form. */
  warnings: string[];
}

export interface PresentationVerifyOptions {
  clock: Clock;
  challenge?: string;
  domain?: string;
  /** The credential checks that decide (all five without it), as for `POST /credentials/verify`. */
  checks?: readonly VerificationCheck[];
}

const say = (en: string, ka: string): Bilingual => ({ en, ka });

function domainMatches(proofDomain: unknown, asked: string): boolean {
  return proofDomain === asked || (Array.isArray(proofDomain) && proofDomain.includes(asked));
}

async function checkPresentation(trust: TrustServices, presentation: JsonObject, options: PresentationVerifyOptions): Promise<PresentationResult> {
  const proof = presentationProof(presentation);
  const signed = presentation.proof !== undefined;
  if (!signed && options.challenge !== undefined) {
    throw new ValidationError(
      [{ path: 'verifiablePresentation.proof', code: 'required', message: 'A challenge was asked, so the presentation must be signed by its holder with that challenge.' }],
      'The presentation has no proof to answer the challenge.',
    );
  }
  const holder = presentationHolderId(presentation) ?? null;
  const reports: PresentationCheckReport[] = [];
  const report = (check: PresentationCheck, outcome: CheckOutcome, reason: Bilingual) => reports.push({ check, outcome, reason });

  // The challenge and domain are read here to say which one is wrong; the library checks them again with the signature.
  const challengeMatches = options.challenge === undefined || proof?.challenge === options.challenge;
  const domainOk = options.domain === undefined || domainMatches(proof?.domain, options.domain);
  const result = await verifyPresentationProof(presentation, {
    documentLoader: trust.documentLoader,
    ...(options.challenge !== undefined ? { challenge: options.challenge } : {}),
    ...(options.domain !== undefined ? { domain: options.domain } : {}),
  });

  if (!signed) {
    if (result.verified) {
      report('proof', 'not-checked', say('The presentation is not signed: it does not show who presented the credentials; each credential is still checked.', 'პრეზენტაცია ხელმოწერილი არ არის: არ ჩანს, ვინ წარადგინა კრედენციალები; თითოეული კრედენციალი მაინც მოწმდება.'));
    } else {
      report('proof', 'failed', say(`The presentation is not well formed: ${result.error?.message ?? 'unknown error'}`, 'პრეზენტაცია არასწორად არის შედგენილი.'));
    }
  } else if (result.noChallenge) {
    report('proof', 'failed', say('The proof answers no challenge, so it could be a replay of an earlier presentation.', 'მტკიცებულება არცერთ გამოწვევას არ პასუხობს, ამიტომ შეიძლება ადრინდელი პრეზენტაციის გამეორება იყოს.'));
  } else if (!challengeMatches || !domainOk) {
    report('proof', 'failed', say('The proof was made for another challenge or domain than the ones asked.', 'მტკიცებულება სხვა გამოწვევისთვის ან დომენისთვის არის შექმნილი.'));
  } else if (!result.verified) {
    report(
      'proof',
      'failed',
      result.unresolved
        ? say(`The holder's signature could not be checked: ${result.unresolved.message}`, 'მფლობელის ხელმოწერის შემოწმება ვერ მოხერხდა.')
        : say(
            `The holder's signature does not match the presentation: it was changed after signing, or signed by another key (${result.error?.message ?? 'invalid signature'}).`,
            'მფლობელის ხელმოწერა არ შეესაბამება პრეზენტაციას: ის ხელმოწერის შემდეგ შეიცვალა ან სხვა გასაღებით არის ხელმოწერილი.',
          ),
    );
  } else if (holder !== null && result.signedBy !== undefined && result.signedBy !== holder) {
    report('proof', 'failed', say(`Signed by ${result.signedBy}, not by the holder it names (${holder}).`, `ხელმოწერილია ${result.signedBy}-ის მიერ და არა დასახელებული მფლობელის (${holder}) მიერ.`));
  } else {
    const signer = result.signedBy ?? holder ?? 'the holder';
    report('proof', 'passed', say(`Signed by ${signer}.`, `ხელმოწერილია ${signer}-ის მიერ.`));
  }

  if (options.challenge === undefined) {
    report('challenge', 'not-checked', say('No challenge was asked, so the presentation may be a replay of an earlier one.', 'გამოწვევა არ მოთხოვნილა, ამიტომ პრეზენტაცია შეიძლება ადრინდელის გამეორება იყოს.'));
  } else if (challengeMatches) {
    report('challenge', 'passed', say('The proof answers the challenge asked.', 'მტკიცებულება მოთხოვნილ გამოწვევას პასუხობს.'));
  } else {
    report('challenge', 'failed', say(`The proof answers another challenge (${String(proof?.challenge ?? 'none')}), not the one asked.`, 'მტკიცებულება სხვა გამოწვევას პასუხობს და არა მოთხოვნილს.'));
  }

  if (options.domain === undefined) {
    report('domain', 'not-checked', say('No domain was asked.', 'დომენი არ მოთხოვნილა.'));
  } else if (domainOk) {
    report('domain', 'passed', say(`The proof is for ${options.domain}.`, `მტკიცებულება ${options.domain}-ისთვის არის.`));
  } else {
    report('domain', 'failed', say(`The proof is for another domain (${JSON.stringify(proof?.domain ?? null)}), not ${options.domain}.`, `მტკიცებულება სხვა დომენისთვის არის და არა ${options.domain}-ისთვის.`));
  }

  return { verified: reports.every((item) => item.outcome !== 'failed'), signed, holder, checks: reports };
}

/** The result for an entry of `verifiableCredential` that is not a JSON object (a JWT, say): nothing could be checked. */
function notAnEmbeddedCredential(entry: unknown): CredentialInPresentationResult {
  const reason = say('This entry is not a credential as a JSON object, so it could not be checked.', 'ეს ჩანაწერი JSON ობიექტის სახით კრედენციალი არ არის და ვერ შემოწმდა.');
  return {
    verified: false,
    checks: verificationChecks.map((check) => ({ check, outcome: 'not-checked' as const, reason })),
    issuer: { id: null, inRegistry: false },
    elements: credentialElements(entry),
    issuedAt: null,
    ledger: null,
    credentialId: null,
  };
}

export async function verifyPresentation(db: Db, trust: TrustServices, presentation: JsonObject, options: PresentationVerifyOptions): Promise<PresentationVerificationResult> {
  const presentationResult = await checkPresentation(trust, presentation, options);
  const entries = presentation.verifiableCredential === undefined ? [] : [presentation.verifiableCredential].flat();
  const credentialResults = await Promise.all(
    entries.map(async (entry): Promise<CredentialInPresentationResult> => {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return notAnEmbeddedCredential(entry);
      const credential = entry as JsonObject;
      const result = await verifyCredentialFully(db, trust, credential, { clock: options.clock, ...(options.checks ? { checks: options.checks } : {}) });
      return { ...result, credentialId: typeof credential.id === 'string' ? credential.id : null };
    }),
  );

  const errors: string[] = [];
  const warnings: string[] = [];
  for (const item of presentationResult.checks) {
    if (item.outcome === 'failed') errors.push(`presentation ${item.check}: ${item.reason.en}`);
    if (item.outcome === 'not-checked') warnings.push(`presentation ${item.check}: ${item.reason.en}`);
  }
  if (entries.length === 0) errors.push('verifiablePresentation.verifiableCredential: The presentation carries no credential to verify.');
  credentialResults.forEach((result, index) => {
    for (const item of result.checks) {
      if (item.outcome === 'failed') errors.push(`credential ${index} ${item.check}: ${item.reason.en}`);
      if (item.outcome === 'not-checked') warnings.push(`credential ${index} ${item.check}: ${item.reason.en}`);
    }
    if (!result.verified && result.checks.every((item) => item.outcome !== 'failed')) {
      // Nothing failed outright, yet a deciding check was not made: say so among the errors too.
      errors.push(`credential ${index}: Not every check that decides could be made.`);
    }
  });

  return {
    verified: presentationResult.verified && credentialResults.length > 0 && credentialResults.every((result) => result.verified),
    presentationResult,
    credentialResults,
    errors,
    warnings,
  };
}
