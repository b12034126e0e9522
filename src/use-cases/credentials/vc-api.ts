// POST /credentials/issue (W3C VC-API) for machine clients with a bearer token. A provider's
// issuer signs OpenBadgeCredentials about its own registered courses: the platform completes the
// request from the registry (the course elements it left out, the status entry) and refuses a
// contradiction. A test issuer signs any well-formed VC 2.0 credential as it is.
import type { Db } from '../../db/database.js';
import * as credentialQueries from '../../db/queries/credentials.js';
import type { Clock } from '../../domain/calendar/tbilisi.js';
import { courseAchievement } from '../../domain/credential/achievement.js';
import { achievementContradictions, checkIssueRequest, issuerIdOf, readOpenBadgeAward } from '../../domain/credential/vc-api-request.js';
import { DomainError, ValidationError } from '../../domain/errors.js';
import type { FieldError } from '../../domain/field-error.js';
import type { IssuerRow } from '../../db/queries/issuers.js';
import { courseUrl } from '../../http/presenters/courses.js';
import { findTrustError } from '../../trust/errors.js';
import { awardToday, checkAwards, issueAwards } from './award.js';
import type { TrustServices } from './trust-services.js';

type Json = Record<string, unknown>;

const rowFieldPaths: Record<string, string> = {
  courseCode: 'credential.credentialSubject.achievement',
  learnerName: 'credential.credentialSubject.identifier',
  learnerEmail: 'credential.credentialSubject.identifier',
  awardDate: 'credential.awardedDate',
};

/** The award checks name rows of a list; here there is one credential, so name its fields. */
function asRequestErrors(error: ValidationError): ValidationError {
  const errors: FieldError[] = error.errors.map((item) => ({ ...item, path: rowFieldPaths[item.path.split('.')[2] ?? ''] ?? 'credential' }));
  return new ValidationError(errors, 'The credential cannot be issued.');
}

export async function issueThroughVcApi(db: Db, trust: TrustServices, options: { issuer: IssuerRow; body: unknown; clock: Clock }) {
  const errors = checkIssueRequest(options.body);
  if (errors.length > 0) throw new ValidationError(errors, 'The request is not a well-formed VC-API issue request.');
  const credential = (options.body as { credential: Json }).credential;
  if (issuerIdOf(credential) !== options.issuer.did) {
    throw new DomainError('forbidden', `This token issues as ${options.issuer.did}, not as ${issuerIdOf(credential)}.`, [
      { path: 'credential.issuer', code: 'not_token_issuer', message: `The issuer must be ${options.issuer.did}, the issuer of this token.` },
    ]);
  }
  if (options.issuer.is_test) return signAsGiven(trust, options.issuer, credential, options.clock);

  const { award, errors: awardErrors } = readOpenBadgeAward(credential, trust.publicUrl);
  if (!award) throw new ValidationError(awardErrors, 'The credential cannot be issued.');
  const providerId = options.issuer.provider_id!;
  let checked;
  try {
    [checked] = await checkAwards(db, {
      providerId,
      rows: [{ courseCode: award.courseCode, learnerName: award.learnerName, learnerEmail: award.learnerEmail, awardDate: award.awardDate ?? awardToday(options.clock) }],
      today: awardToday(options.clock),
    });
  } catch (error) {
    throw error instanceof ValidationError ? asRequestErrors(error) : error;
  }
  if (!checked) throw new Error('The award check returned nothing.');
  if (award.versionNo !== null && award.versionNo !== checked.versionNo) {
    throw new ValidationError([
      {
        path: 'credential.credentialSubject.achievement.id',
        code: 'contradiction',
        message: `On ${checked.awardDate} the current version of ${checked.courseCode} was ${checked.versionNo}, not ${award.versionNo}.`,
      },
    ]);
  }
  const [version] = await credentialQueries.versionsForIssue(db, [checked.courseVersionId]);
  if (!version) throw new Error('The checked course version is gone.');
  const registryAchievement = courseAchievement({
    code: version.code,
    versionNo: version.version_no,
    url: courseUrl(trust.publicUrl, version.code, version.version_no),
    description: version.description,
    provider: {
      name: version.provider_name,
      did: options.issuer.did,
      website: version.provider_website,
      country: version.provider_country,
      region: version.provider_region,
    },
  });
  const contradictions = [
    ...achievementContradictions((credential.credentialSubject as Json).achievement as Json, registryAchievement as unknown as Json),
    ...topLevelContradictions(credential, { name: registryAchievement.name, issuerName: options.issuer.name }),
  ];
  if (contradictions.length > 0) throw new ValidationError(contradictions, 'The credential contradicts the registry.');

  const result = await issueAwards(db, trust, { providerId, awards: [checked], actorId: null, batchId: null, clock: options.clock });
  const id = result.issued[0]?.id ?? (await credentialQueries.findCredentialIdOfAward(db, checked));
  const stored = id ? await credentialQueries.findCredential(db, id) : undefined;
  if (!stored) throw new Error('The issued credential is not stored.');
  return { verifiableCredential: JSON.parse(stored.document) as Json, created: result.issued.length > 0 };
}

async function signAsGiven(trust: TrustServices, issuer: IssuerRow, credential: Json, clock: Clock) {
  const key = await trust.keyStore.getActiveEncryptedKey(issuer.did);
  if (!key) throw new Error(`The test issuer ${issuer.did} has no active key.`);
  try {
    const signed = await trust.signingPool.sign({ credential, key, date: clock.now() });
    return { verifiableCredential: signed as Json, created: true };
  } catch (error) {
    // The libraries refuse what VC 2.0 refuses (a term no context defines, a bad date, a
    // context that is not held locally); that is the client's input, not our failure.
    const trustError = findTrustError(error);
    const message = trustError?.message ?? (error instanceof Error ? error.message : String(error));
    throw new ValidationError([{ path: 'credential', code: trustError?.code ?? 'not_signable', message }], 'The credential cannot be signed as it is.');
  }
}

/** The credential's name is the course title, and the issuer's name the provider's: a client may repeat them, not change them. */
function topLevelContradictions(credential: Json, registry: { name: string; issuerName: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (credential.name !== undefined && credential.name !== registry.name) {
    errors.push({ path: 'credential.name', code: 'contradiction', message: `The name is the course's title in the registry ("${registry.name}"); leave it out to take it.` });
  }
  const issuer = credential.issuer;
  if (typeof issuer === 'object' && issuer !== null && (issuer as Json).name !== undefined && (issuer as Json).name !== registry.issuerName) {
    errors.push({ path: 'credential.issuer.name', code: 'contradiction', message: `The issuer's name is "${registry.issuerName}" in the registry; leave it out to take it.` });
  }
  return errors;
}

