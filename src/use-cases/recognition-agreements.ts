// Recognition agreements (docs/recognition.md): a receiving institution's provider administrators,
// and Center officers, record, change and withdraw them, each change audited in its transaction;
// anyone reads those in force; a learner's progress is computed from their valid credentials.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import { appendAudit } from '../db/queries/audit.js';
import { findProviderById, findProviderBySlug } from '../db/queries/courses.js';
import * as agreements from '../db/queries/recognition-agreements.js';
import type { AgreementRecord } from '../db/queries/recognition-agreements.js';
import type { Actor } from '../domain/accounts/roles.js';
import type { Clock } from '../domain/calendar/tbilisi.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import { fieldError } from '../domain/field-error.js';
import { type AgreementForProgress, type AgreementInput, agreementConcerns, computeProgress, validateAgreement } from '../domain/recognition/stacking.js';

/** Not withdrawn, and `today` lies within its dates. */
export function inForceOn(record: AgreementRecord, today: string): boolean {
  return record.withdrawnAt === null && record.validFrom <= today && (record.validUntil === null || today <= record.validUntil);
}

/** The agreement as its audit rows record it: what was agreed, by course code. */
function auditView(record: AgreementRecord) {
  return {
    provider: record.provider.slug,
    programme: record.programme,
    validFrom: record.validFrom,
    validUntil: record.validUntil,
    components: record.components.map((component) => ({
      name: component.name,
      capEcts: component.capEcts,
      courses: component.courses.map((course) => ({ courseCode: course.courseCode, ects: course.ects })),
    })),
    withdrawnAt: record.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: record.withdrawalReason,
  };
}

function forProgress(record: AgreementRecord): AgreementForProgress {
  return {
    id: record.id,
    provider: { slug: record.provider.slug, name: record.provider.name },
    programme: record.programme,
    validFrom: record.validFrom,
    validUntil: record.validUntil,
    components: record.components.map((component) => ({
      name: component.name,
      capEcts: component.capEcts,
      courses: component.courses.map((course) => ({ courseCode: course.courseCode, ects: course.ects })),
    })),
  };
}

/** Checks an agreement against the registry; throws a ValidationError naming every bad field. */
async function checkedCourseIds(db: Db, input: AgreementInput): Promise<Map<string, string>> {
  const codes = input.components.flatMap((component) => component.courses.map((course) => course.courseCode));
  const published = await agreements.publishedCoursesByCode(db, codes);
  const errors = validateAgreement(input, published);
  if (errors.length > 0) throw new ValidationError(errors, 'The agreement is not consistent; see each field.');
  return new Map([...published.values()].map((course) => [course.code, course.courseId]));
}

/** The receiving institution of a new agreement: the administrator's own provider, or the one an officer names. */
async function receivingProvider(db: Db, actor: Actor, providerSlug: string | undefined) {
  if (actor.role !== 'provider-admin' && !providerSlug) {
    throw new ValidationError([fieldError('providerSlug', 'required', 'Name the receiving institution (its slug).')]);
  }
  const provider = actor.role === 'provider-admin' ? await findProviderById(db, actor.providerId!) : await findProviderBySlug(db, providerSlug!);
  if (actor.role === 'provider-admin' && providerSlug !== undefined && providerSlug !== provider?.slug) {
    throw new DomainError('forbidden', "You may record agreements only for your own institution's programmes.");
  }
  if (!provider) throw new ValidationError([fieldError('providerSlug', 'unknown_provider', `There is no provider ${providerSlug}.`)]);
  if (provider.kind !== 'hei') {
    throw new ValidationError([fieldError('providerSlug', 'not_hei', 'Only a higher education institution awards the programmes that recognise credits.')]);
  }
  return provider;
}

/** The agreement, if `actor` may manage it: its institution's administrator or a Center officer. */
export async function manageableAgreement(db: Db, actor: Actor, id: string): Promise<AgreementRecord> {
  const record = await agreements.findAgreement(db, id);
  if (!record) throw new DomainError('not_found', 'There is no such recognition agreement.');
  if (actor.role === 'provider-admin' && record.provider.id !== actor.providerId) {
    throw new DomainError('forbidden', "This agreement is another institution's.");
  }
  return record;
}

/** The agreements an actor manages: their institution's, or all for a Center officer; withdrawn ones included. */
export function listManagedAgreements(db: Db, actor: Actor): Promise<AgreementRecord[]> {
  return agreements.listAgreementsOf(db, actor.role === 'provider-admin' ? actor.providerId : null);
}

export async function createAgreement(db: Db, clock: Clock, actor: Actor, providerSlug: string | undefined, input: AgreementInput): Promise<AgreementRecord> {
  const provider = await receivingProvider(db, actor, providerSlug);
  const courseIds = await checkedCourseIds(db, input);
  const id = randomUUID();
  return db.transaction().execute(async (trx) => {
    await agreements.insertAgreement(trx, { id, providerId: provider.id, input, courseIds, actorId: actor.id, at: clock.now() });
    const saved = (await agreements.findAgreement(trx, id))!;
    await appendAudit(trx, { actorId: actor.id, action: 'recognition-agreement.created', entityType: 'recognition-agreement', entityId: id, after: auditView(saved) });
    return saved;
  });
}

export async function updateAgreement(db: Db, clock: Clock, actor: Actor, id: string, input: AgreementInput): Promise<AgreementRecord> {
  const before = await manageableAgreement(db, actor, id);
  if (before.withdrawnAt) throw new DomainError('conflict', 'This agreement has been withdrawn; record a new one instead.');
  const courseIds = await checkedCourseIds(db, input);
  return db.transaction().execute(async (trx) => {
    await agreements.replaceAgreement(trx, { id: before.id, input, courseIds, actorId: actor.id, at: clock.now() });
    const saved = (await agreements.findAgreement(trx, before.id))!;
    await appendAudit(trx, { actorId: actor.id, action: 'recognition-agreement.updated', entityType: 'recognition-agreement', entityId: before.id, before: auditView(before), after: auditView(saved) });
    return saved;
  });
}

export async function withdrawAgreement(db: Db, clock: Clock, actor: Actor, id: string, reason: string): Promise<AgreementRecord> {
  const before = await manageableAgreement(db, actor, id);
  if (before.withdrawnAt) throw new DomainError('conflict', 'This agreement has already been withdrawn.');
  return db.transaction().execute(async (trx) => {
    await agreements.withdrawAgreement(trx, { id: before.id, reason, actorId: actor.id, at: clock.now() });
    const saved = (await agreements.findAgreement(trx, before.id))!;
    await appendAudit(trx, { actorId: actor.id, action: 'recognition-agreement.withdrawn', entityType: 'recognition-agreement', entityId: before.id, before: auditView(before), after: auditView(saved) });
    return saved;
  });
}

/** The agreements not withdrawn, of one receiving institution (by slug) or of all; none for an unknown slug. */
export async function agreementsInForce(db: Db, providerSlug?: string): Promise<AgreementRecord[]> {
  if (providerSlug === undefined) return agreements.listAgreementsInForce(db, {});
  const provider = await findProviderBySlug(db, providerSlug);
  return provider ? agreements.listAgreementsInForce(db, { providerId: provider.id }) : [];
}

/** A learner's progress under each agreement that lists a course of their credentials. */
export async function learnerProgress(db: Db, learnerId: string) {
  const held = await agreements.learnerCredentials(db, learnerId);
  const codes = new Set(held.map((credential) => credential.courseCode));
  const rows = codes.size === 0 ? [] : await agreements.listAgreementsInForce(db);
  const items = rows
    .map(forProgress)
    .filter((agreement) => agreementConcerns(agreement, codes))
    .map((agreement) => computeProgress(agreement, held));
  return { credentials: held.length, items };
}
