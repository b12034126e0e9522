// Recognition agreements and stacking (guide IV "Stackable credit", XVI; the sample syllabus'
// "Stackability" row: three micro-credentials combine for up to 25 ECTS in the research component
// of a Master's programme). An agreement is data: a receiving institution's programme, its
// components with an ECTS cap each, the registry courses that count toward each component and for
// how many ECTS, and the award dates it covers. This module checks an agreement for contradictions
// and computes a learner's progress from their credentials. No I/O.
import type { Bilingual } from '../course/description.js';
import { type FieldError, fieldError } from '../field-error.js';

/** Without a programme total, no component may be larger than this (two years of full-time study). */
export const MAX_COMPONENT_ECTS = 120;
/** The largest programme total accepted (a long integrated programme). */
export const MAX_PROGRAMME_ECTS = 360;
export const NQF_LEVELS = [5, 6, 7, 8] as const;

export interface AgreementCourseInput {
  courseCode: string;
  /** ECTS this course counts toward the component. */
  ects: number;
}

export interface AgreementComponentInput {
  name: Bilingual;
  capEcts: number;
  courses: AgreementCourseInput[];
}

export interface AgreementInput {
  programme: { name: Bilingual; nqfLevel: number; totalEcts: number | null };
  /** Award dates covered, 'YYYY-MM-DD', both ends included; `validUntil` null means open-ended. */
  validFrom: string;
  validUntil: string | null;
  components: AgreementComponentInput[];
}

/** What the registry says about a listed course: its code is published, with this many ECTS. */
export interface RegistryCourseFacts {
  ects: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isWholeNumber(value: number): boolean {
  return Number.isInteger(value);
}

/**
 * Every contradiction in an agreement, each naming its field; empty when it may be stored.
 * `registry` maps the course codes the agreement lists to their published facts (absent: unknown).
 */
export function validateAgreement(input: AgreementInput, registry: ReadonlyMap<string, RegistryCourseFacts>): FieldError[] {
  const errors: FieldError[] = [];
  const { programme } = input;
  for (const lang of ['ka', 'en'] as const) {
    if (!programme.name[lang]?.trim()) errors.push(fieldError(`programme.name.${lang}`, 'required', `Name the programme in ${lang === 'ka' ? 'Georgian' : 'English'}.`));
  }
  if (!(NQF_LEVELS as readonly number[]).includes(programme.nqfLevel)) {
    errors.push(fieldError('programme.nqfLevel', 'nqf_level', 'The programme is at NQF level 5, 6, 7 or 8.'));
  }
  const total = programme.totalEcts;
  if (total !== null && (!isWholeNumber(total) || total < 1 || total > MAX_PROGRAMME_ECTS)) {
    errors.push(fieldError('programme.totalEcts', 'range', `A programme total is a whole number of ECTS from 1 to ${MAX_PROGRAMME_ECTS}.`));
  }
  const totalUsable = total !== null && isWholeNumber(total) && total >= 1 && total <= MAX_PROGRAMME_ECTS;

  const fromValid = isCalendarDate(input.validFrom);
  if (!fromValid) errors.push(fieldError('validFrom', 'date_format', 'A real date written YYYY-MM-DD.'));
  if (input.validUntil !== null) {
    if (!isCalendarDate(input.validUntil)) errors.push(fieldError('validUntil', 'date_format', 'A real date written YYYY-MM-DD.'));
    else if (fromValid && input.validUntil < input.validFrom) {
      errors.push(fieldError('validUntil', 'before_valid_from', `The agreement cannot end (${input.validUntil}) before it starts (${input.validFrom}).`));
    }
  }

  if (input.components.length === 0) errors.push(fieldError('components', 'empty', 'An agreement names at least one component of the programme.'));
  const componentNames = new Set<string>();
  let capSum = 0;
  input.components.forEach((component, c) => {
    const at = `components.${c}`;
    for (const lang of ['ka', 'en'] as const) {
      if (!component.name[lang]?.trim()) errors.push(fieldError(`${at}.name.${lang}`, 'required', `Name the component in ${lang === 'ka' ? 'Georgian' : 'English'}.`));
    }
    const nameKey = component.name.en?.trim().toLowerCase();
    if (nameKey) {
      if (componentNames.has(nameKey)) errors.push(fieldError(`${at}.name.en`, 'duplicate_component', 'Another component of this agreement has the same name.'));
      componentNames.add(nameKey);
    }
    const cap = component.capEcts;
    const largest = totalUsable ? total : MAX_COMPONENT_ECTS;
    const capUsable = isWholeNumber(cap) && cap >= 1 && cap <= largest;
    if (!isWholeNumber(cap) || cap < 1) {
      errors.push(fieldError(`${at}.capEcts`, 'range', 'A component recognises at least 1 ECTS, in whole credits.'));
    } else if (totalUsable && cap > total) {
      errors.push(fieldError(`${at}.capEcts`, 'exceeds_programme_total', `The component's cap (${cap} ECTS) is larger than the programme's total (${total} ECTS).`));
    } else if (cap > MAX_COMPONENT_ECTS && !totalUsable) {
      errors.push(fieldError(`${at}.capEcts`, 'range', `A component recognises at most ${MAX_COMPONENT_ECTS} ECTS; give the programme's total for a larger one.`));
    }
    if (capUsable) capSum += cap;

    if (component.courses.length === 0) errors.push(fieldError(`${at}.courses`, 'empty', 'List at least one course that counts toward this component.'));
    const seen = new Set<string>();
    component.courses.forEach((course, k) => {
      const where = `${at}.courses.${k}`;
      if (seen.has(course.courseCode)) {
        errors.push(fieldError(`${where}.courseCode`, 'duplicate_course', `${course.courseCode} is already listed in this component.`));
        return;
      }
      seen.add(course.courseCode);
      const facts = registry.get(course.courseCode);
      if (!facts) {
        errors.push(fieldError(`${where}.courseCode`, 'unknown_course', `There is no published course ${course.courseCode} in the registry.`));
      }
      if (!isWholeNumber(course.ects) || course.ects < 1) {
        errors.push(fieldError(`${where}.ects`, 'range', 'A course counts for at least 1 ECTS, in whole credits.'));
      } else if (facts && course.ects > facts.ects) {
        errors.push(fieldError(`${where}.ects`, 'exceeds_course_ects', `The course carries ${facts.ects} ECTS; it cannot count for ${course.ects}.`));
      } else if (capUsable && course.ects > cap) {
        errors.push(fieldError(`${where}.ects`, 'exceeds_cap', `The course would count for ${course.ects} ECTS, more than the component's cap of ${cap}.`));
      }
    });
  });
  if (totalUsable && capSum > total && !errors.some((error) => error.code === 'exceeds_programme_total')) {
    errors.push(fieldError('programme.totalEcts', 'caps_exceed_total', `The components' caps add up to ${capSum} ECTS, more than the programme's total of ${total} ECTS.`));
  }
  return errors;
}

// ---------------------------------------------------------------------------
// Progress

export type CredentialState = 'valid' | 'revoked' | 'suspended';

/** One of the learner's credentials, as the progress rules need it. */
export interface LearnerCredential {
  id: string;
  courseCode: string;
  courseTitle: Bilingual;
  /** ECTS of the course version the credential was awarded for. */
  ects: number;
  awardDate: string | null;
  state: CredentialState;
}

export interface AgreementForProgress {
  id: string;
  provider: { slug: string; name: Bilingual };
  programme: { name: Bilingual; nqfLevel: number; totalEcts: number | null };
  validFrom: string;
  validUntil: string | null;
  components: { name: Bilingual; capEcts: number; courses: AgreementCourseInput[] }[];
}

export type NotCountedReason = 'revoked' | 'suspended' | 'no_award_date' | 'outside_validity' | 'same_course_counted' | 'component_full';

export interface CountedCredential {
  credentialId: string;
  courseCode: string;
  courseTitle: Bilingual;
  awardDate: string;
  /** ECTS counted: the agreement's figure for the course, no more than the credential's own ECTS, cut to the room left under the cap. */
  ects: number;
  /** True when the cap cut it short. */
  capped: boolean;
}

export interface NotCountedCredential {
  credentialId: string;
  courseCode: string;
  courseTitle: Bilingual;
  awardDate: string | null;
  reason: NotCountedReason;
  explanation: Bilingual;
}

export interface ComponentProgress {
  name: Bilingual;
  capEcts: number;
  earnedEcts: number;
  summary: Bilingual;
  counted: CountedCredential[];
}

export interface AgreementProgress {
  agreementId: string;
  provider: { slug: string; name: Bilingual };
  programme: { name: Bilingual; nqfLevel: number; totalEcts: number | null };
  validFrom: string;
  validUntil: string | null;
  earnedEcts: number;
  /** The most this agreement can recognise: the sum of its components' caps. */
  capEcts: number;
  components: ComponentProgress[];
  notCounted: NotCountedCredential[];
}

/** "14 of 25 ECTS toward the research component of the Master's in Education Policy at University X", in ka and en. */
export function progressSummary(earned: number, cap: number, component: Bilingual, programme: Bilingual, provider: Bilingual): Bilingual {
  return {
    en: `${earned} of ${cap} ECTS toward the ${component.en} of the ${programme.en} at ${provider.en}`,
    ka: `${cap}-დან ${earned} ECTS კრედიტი: ${provider.ka}, პროგრამა „${programme.ka}“, კომპონენტი „${component.ka}“`,
  };
}

function explain(reason: NotCountedReason, agreement: AgreementForProgress): Bilingual {
  const until = agreement.validUntil ?? '…';
  switch (reason) {
    case 'revoked':
      return { en: 'The credential has been revoked.', ka: 'კრედენციალი გაუქმებულია.' };
    case 'suspended':
      return { en: 'The credential is suspended; it counts again once its issuer reinstates it.', ka: 'კრედენციალი შეჩერებულია; ის კვლავ ჩაითვლება, როცა გამცემი აღადგენს.' };
    case 'no_award_date':
      return { en: 'The credential has no date of award.', ka: 'კრედენციალს მინიჭების თარიღი არ აქვს.' };
    case 'outside_validity':
      return {
        en: `The agreement covers credentials awarded from ${agreement.validFrom} to ${until}.`,
        ka: `შეთანხმება მოიცავს ${agreement.validFrom}-დან ${until}-მდე მინიჭებულ კრედენციალებს.`,
      };
    case 'same_course_counted':
      return { en: 'Another credential for the same course already counts toward this programme.', ka: 'იმავე კურსის სხვა კრედენციალი ამ პროგრამაში უკვე ჩაითვალა.' };
    case 'component_full':
      return { en: 'The component it counts toward has reached its cap.', ka: 'კომპონენტმა, რომელშიც ის ითვლება, ზღვარს უკვე მიაღწია.' };
  }
}

function compareCredentials(a: LearnerCredential, b: LearnerCredential): number {
  const byDate = (a.awardDate ?? '9999-99-99').localeCompare(b.awardDate ?? '9999-99-99');
  return byDate !== 0 ? byDate : a.id.localeCompare(b.id);
}

/**
 * A learner's progress under one agreement. The rules, in order:
 * - only credentials whose course the agreement lists take part (others are not mentioned);
 * - a revoked or suspended credential does not count, nor one awarded outside the agreement's dates;
 * - credentials are taken earliest award first (then by id), so the answer does not depend on order;
 * - one course counts once per programme: a second credential for a course already counted does not count;
 * - a credential counts toward one component only: the first component, in the agreement's order,
 *   that lists its course and still has room; it counts the agreement's ECTS for the course, no more
 *   than the credential's own ECTS, cut to the room left under that component's cap. When every
 *   component listing its course is full, it does not count ('component_full').
 */
export function computeProgress(agreement: AgreementForProgress, credentials: readonly LearnerCredential[]): AgreementProgress {
  const listed = new Set(agreement.components.flatMap((component) => component.courses.map((course) => course.courseCode)));
  const earned = agreement.components.map(() => 0);
  const counted: CountedCredential[][] = agreement.components.map(() => []);
  const notCounted: NotCountedCredential[] = [];
  const coursesCounted = new Set<string>();

  const skip = (credential: LearnerCredential, reason: NotCountedReason) =>
    notCounted.push({
      credentialId: credential.id,
      courseCode: credential.courseCode,
      courseTitle: credential.courseTitle,
      awardDate: credential.awardDate,
      reason,
      explanation: explain(reason, agreement),
    });

  for (const credential of [...credentials].filter((item) => listed.has(item.courseCode)).sort(compareCredentials)) {
    if (credential.state !== 'valid') {
      skip(credential, credential.state);
      continue;
    }
    const awardDate = credential.awardDate;
    if (awardDate === null) {
      skip(credential, 'no_award_date');
      continue;
    }
    if (awardDate < agreement.validFrom || (agreement.validUntil !== null && awardDate > agreement.validUntil)) {
      skip(credential, 'outside_validity');
      continue;
    }
    if (coursesCounted.has(credential.courseCode)) {
      skip(credential, 'same_course_counted');
      continue;
    }
    const index = agreement.components.findIndex(
      (component, c) => earned[c]! < component.capEcts && component.courses.some((course) => course.courseCode === credential.courseCode),
    );
    if (index === -1) {
      skip(credential, 'component_full');
      continue;
    }
    const component = agreement.components[index]!;
    const listedEcts = component.courses.find((course) => course.courseCode === credential.courseCode)!.ects;
    const wanted = Math.min(listedEcts, credential.ects);
    const ects = Math.min(wanted, component.capEcts - earned[index]!);
    earned[index]! += ects;
    coursesCounted.add(credential.courseCode);
    counted[index]!.push({ credentialId: credential.id, courseCode: credential.courseCode, courseTitle: credential.courseTitle, awardDate, ects, capped: ects < wanted });
  }

  const components = agreement.components.map((component, c) => ({
    name: component.name,
    capEcts: component.capEcts,
    earnedEcts: earned[c]!,
    summary: progressSummary(earned[c]!, component.capEcts, component.name, agreement.programme.name, agreement.provider.name),
    counted: counted[c]!,
  }));
  return {
    agreementId: agreement.id,
    provider: agreement.provider,
    programme: agreement.programme,
    validFrom: agreement.validFrom,
    validUntil: agreement.validUntil,
    earnedEcts: earned.reduce((sum, value) => sum + value, 0),
    capEcts: agreement.components.reduce((sum, component) => sum + component.capEcts, 0),
    components,
    notCounted,
  };
}

/** Whether an agreement lists any of these courses: the learner sees only agreements that concern them. */
export function agreementConcerns(agreement: AgreementForProgress, courseCodes: ReadonlySet<string>): boolean {
  return agreement.components.some((component) => component.courses.some((course) => courseCodes.has(course.courseCode)));
}
