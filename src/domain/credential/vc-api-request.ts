// The VC-API issue request (POST /credentials/issue): `{ credential, options }`. What makes a
// request well formed, and what an OpenBadgeCredential request must say for the platform to
// complete it from the registry. Pure; the paths name the request's fields.
import { fieldError, type FieldError } from '../field-error.js';
import { VC_V2_CONTEXT_URL } from './contexts.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The checks VC 2.0 asks of any credential to be issued; the issuer is never filled in. */
export function checkIssueRequest(body: unknown): FieldError[] {
  if (!isObject(body)) return [fieldError('', 'type', 'The body is a JSON object { "credential": { … }, "options": { … } }.')];
  const errors: FieldError[] = [];
  const unknown = Object.keys(body).filter((key) => key !== 'credential' && key !== 'options');
  for (const key of unknown) errors.push(fieldError(key, 'unknown', `Unknown property "${key}"; the body has "credential" and "options".`));
  if (body.options !== undefined && !isObject(body.options)) errors.push(fieldError('options', 'type', '"options" is an object.'));
  const { credential } = body;
  if (credential === undefined) return [...errors, fieldError('credential', 'required', 'Give the "credential" to issue.')];
  if (!isObject(credential)) return [...errors, fieldError('credential', 'type', '"credential" is a JSON object.')];
  const context = credential['@context'];
  if (context === undefined) errors.push(fieldError('credential.@context', 'required', 'A credential has an "@context".'));
  else if (!Array.isArray(context) || context[0] !== VC_V2_CONTEXT_URL) {
    errors.push(fieldError('credential.@context', 'type', `"@context" is an array whose first item is "${VC_V2_CONTEXT_URL}".`));
  } else if (!context.every((item) => typeof item === 'string' || isObject(item))) {
    errors.push(fieldError('credential.@context', 'type', 'Each "@context" item is a URL or an object.'));
  }
  const type = credential.type;
  if (type === undefined) errors.push(fieldError('credential.type', 'required', 'A credential has a "type".'));
  else if (!(Array.isArray(type) ? type : [type]).includes('VerifiableCredential') || !(Array.isArray(type) ? type : [type]).every((t) => typeof t === 'string')) {
    errors.push(fieldError('credential.type', 'type', '"type" is a list of strings that includes "VerifiableCredential".'));
  }
  const issuer = credential.issuer;
  if (issuer === undefined) errors.push(fieldError('credential.issuer', 'required', 'A credential names its "issuer"; it is never filled in.'));
  else if (!(typeof issuer === 'string' && issuer.includes(':')) && !(isObject(issuer) && typeof issuer.id === 'string' && issuer.id.includes(':'))) {
    errors.push(fieldError('credential.issuer', 'type', '"issuer" is a URL (the DID) or an object with such an "id".'));
  }
  const subject = credential.credentialSubject;
  if (subject === undefined) errors.push(fieldError('credential.credentialSubject', 'required', 'A credential has a "credentialSubject".'));
  else if (!isObject(subject) && !(Array.isArray(subject) && subject.length > 0 && subject.every(isObject))) {
    errors.push(fieldError('credential.credentialSubject', 'type', '"credentialSubject" is an object (or a list of objects).'));
  }
  if (credential.proof !== undefined) errors.push(fieldError('credential.proof', 'not_allowed', 'Send the credential without a proof; the issuer adds it.'));
  for (const field of ['validFrom', 'validUntil'] as const) {
    const value = credential[field];
    if (value !== undefined && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value))) {
      errors.push(fieldError(`credential.${field}`, 'format', `"${field}" is a date and time with a time zone, e.g. 2026-06-30T00:00:00Z.`));
    }
  }
  if (credential.id !== undefined && (typeof credential.id !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(credential.id))) {
    errors.push(fieldError('credential.id', 'format', '"id" is a URL.'));
  }
  return errors;
}

export function issuerIdOf(credential: Json): string {
  const { issuer } = credential;
  return typeof issuer === 'string' ? issuer : String((issuer as Json).id);
}

export interface OpenBadgeAward {
  /** From `achievement.humanCode` or the course part of `achievement.id` (a registry URL). */
  courseCode: string;
  /** The version named by a versioned registry URL, if any. */
  versionNo: number | null;
  learnerName: string;
  learnerEmail: string;
  awardDate: string | null;
}

/** Top-level properties a client may send; the platform writes the rest. */
const allowedTopLevel = new Set(['@context', 'type', 'issuer', 'credentialSubject', 'awardedDate', 'validFrom', 'name', 'id']);

/**
 * Reads the award out of an OpenBadgeCredential request: the course (by its registry URL or
 * public code) and the learner (an IdentityObject name, and the e-mail in the clear, which the
 * platform hashes with a fresh salt).
 */
export function readOpenBadgeAward(credential: Json, publicUrl: string): { award?: OpenBadgeAward; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const types = [credential.type].flat();
  if (!types.includes('OpenBadgeCredential')) {
    return { errors: [fieldError('credential.type', 'not_open_badge', 'This issuer signs OpenBadgeCredentials about its registered courses; add "OpenBadgeCredential" to "type".')] };
  }
  for (const key of Object.keys(credential)) {
    if (!allowedTopLevel.has(key)) {
      errors.push(fieldError(`credential.${key}`, 'not_allowed', `The platform writes "${key}" itself (status entry, course elements); leave it out.`));
    }
  }
  const subject = credential.credentialSubject;
  if (!isObject(subject)) return { errors: [...errors, fieldError('credential.credentialSubject', 'type', 'An OpenBadgeCredential has one credentialSubject object.')] };
  const achievement = subject.achievement;
  let courseCode: string | undefined;
  let versionNo: number | null = null;
  if (!isObject(achievement)) {
    errors.push(fieldError('credential.credentialSubject.achievement', 'required', 'Name the course: "achievement" with its registry URL as "id" or its code as "humanCode".'));
  } else {
    const coursePath = `${publicUrl}/courses/`;
    if (typeof achievement.id === 'string') {
      const match = achievement.id.startsWith(coursePath) ? /^([A-Z]{2,4}-\d{4}-\d{4})(?:\/versions\/(\d+))?$/.exec(achievement.id.slice(coursePath.length)) : null;
      if (!match) errors.push(fieldError('credential.credentialSubject.achievement.id', 'unknown_course', `"${achievement.id}" is not a course of this registry (${coursePath}CODE).`));
      else {
        courseCode = match[1];
        versionNo = match[2] ? Number(match[2]) : null;
      }
    }
    if (typeof achievement.humanCode === 'string') {
      if (courseCode && courseCode !== achievement.humanCode) {
        errors.push(fieldError('credential.credentialSubject.achievement.humanCode', 'contradiction', `"humanCode" ${achievement.humanCode} is not the course of "id" (${courseCode}).`));
      }
      courseCode ??= achievement.humanCode;
    }
    if (!courseCode && errors.length === 0) {
      errors.push(fieldError('credential.credentialSubject.achievement', 'required', 'Name the course: "achievement.id" (its registry URL) or "achievement.humanCode".'));
    }
  }
  const identifiers = Array.isArray(subject.identifier) ? subject.identifier.filter(isObject) : [];
  const name = identifiers.find((item) => item.identityType === 'name' && item.hashed === false)?.identityHash;
  const email = identifiers.find((item) => item.identityType === 'emailAddress')?.identityHash;
  const emailHashed = identifiers.find((item) => item.identityType === 'emailAddress')?.hashed;
  if (typeof name !== 'string' || name.trim() === '') {
    errors.push(fieldError('credential.credentialSubject.identifier', 'learner_name', 'Identify the learner by name: an IdentityObject with identityType "name", hashed false.'));
  }
  if (typeof email !== 'string' || emailHashed !== false) {
    errors.push(
      fieldError('credential.credentialSubject.identifier', 'learner_email', 'Give the learner\'s e-mail: an IdentityObject with identityType "emailAddress", hashed false; the platform hashes it with a fresh salt.'),
    );
  }
  const awardedDate = credential.awardedDate;
  if (awardedDate !== undefined && (typeof awardedDate !== 'string' || !/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(awardedDate))) {
    errors.push(fieldError('credential.awardedDate', 'format', '"awardedDate" is a date, e.g. 2026-06-30T00:00:00Z.'));
  }
  if (errors.length > 0 || !courseCode) return { errors };
  return {
    award: {
      courseCode,
      versionNo,
      learnerName: String(name),
      learnerEmail: String(email),
      awardDate: typeof awardedDate === 'string' ? awardedDate.slice(0, 10) : null,
    },
    errors,
  };
}

/**
 * Where the request's achievement says something other than the registry's: each property it
 * sends must equal the registry's (`id`, `type` and the course reference aside).
 */
export function achievementContradictions(requested: Json, registry: Json): FieldError[] {
  return Object.entries(requested)
    .filter(([key]) => !['id', 'type', 'humanCode'].includes(key))
    .filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(registry[key]))
    .map(([key]) =>
      fieldError(
        `credential.credentialSubject.achievement.${key}`,
        'contradiction',
        key in registry ? `"${key}" differs from the registry's description of the course; leave it out to take the registry's.` : `The registry's description of the course has no "${key}".`,
      ),
    );
}
