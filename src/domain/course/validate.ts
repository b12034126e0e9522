// The rules a course description must meet before it is saved. Pure: the caller
// passes in what the rules need to look up (the ISCED-F code list).
import { fieldError, type FieldError } from '../field-error.js';
import {
  type Bilingual,
  type CourseDescription,
  ECTS_MAX,
  ECTS_MIN,
  HOURS_PER_ECTS_MAX,
  HOURS_PER_ECTS_MIN,
  cycleForLevel,
  outcomeDomains,
  totalHours,
} from './description.js';

export interface CourseRules {
  isIscedCode: (code: string) => boolean;
}

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim().length === 0;
}

function requireBilingual(errors: FieldError[], path: string, value: Bilingual | null | undefined): void {
  if (!value) {
    errors.push(fieldError(path, 'required', 'This element is required in Georgian and English.'));
    return;
  }
  if (blank(value.ka)) errors.push(fieldError(`${path}.ka`, 'required', 'The Georgian text is required.'));
  if (blank(value.en)) errors.push(fieldError(`${path}.en`, 'required', 'The English text is required.'));
}

/** An optional bilingual element, when given, must be given in both languages. */
function optionalBilingual(errors: FieldError[], path: string, value: Bilingual | null): void {
  if (value === null) return;
  if (blank(value.ka) && blank(value.en)) return;
  requireBilingual(errors, path, value);
}

function requireBilingualList(errors: FieldError[], path: string, values: Bilingual[], what: string): void {
  if (values.length === 0) {
    errors.push(fieldError(path, 'required', `At least one ${what} is required.`));
    return;
  }
  values.forEach((value, index) => requireBilingual(errors, `${path}.${index}`, value));
}

function validateWorkload(errors: FieldError[], description: CourseDescription): void {
  const { ects, hoursPerEcts, breakdown } = description.workload;
  if (!Number.isInteger(ects) || ects < ECTS_MIN || ects > ECTS_MAX) {
    errors.push(
      fieldError('workload.ects', 'ects_range', `A micro-credential has from ${ECTS_MIN} to ${ECTS_MAX} whole ECTS credits.`),
    );
  }
  if (!Number.isInteger(hoursPerEcts) || hoursPerEcts < HOURS_PER_ECTS_MIN || hoursPerEcts > HOURS_PER_ECTS_MAX) {
    errors.push(
      fieldError(
        'workload.hoursPerEcts',
        'hours_per_ects_range',
        `One ECTS credit stands for ${HOURS_PER_ECTS_MIN} to ${HOURS_PER_ECTS_MAX} hours of work.`,
      ),
    );
  }
  if (breakdown.length === 0) {
    errors.push(fieldError('workload.breakdown', 'required', 'List the activities and their hours.'));
    return;
  }
  breakdown.forEach((item, index) => {
    requireBilingual(errors, `workload.breakdown.${index}.activity`, item.activity);
    if (!(item.hours > 0)) {
      errors.push(fieldError(`workload.breakdown.${index}.hours`, 'positive', 'Hours must be more than zero.'));
    }
  });
  const expected = ects * hoursPerEcts;
  const actual = totalHours(description.workload);
  if (Math.abs(actual - expected) > 1e-9) {
    errors.push(
      fieldError(
        'workload.breakdown',
        'hours_sum',
        `The activities add up to ${actual} hours; ${ects} ECTS × ${hoursPerEcts} hours is ${expected}.`,
      ),
    );
  }
}

function validateLevel(errors: FieldError[], description: CourseDescription): void {
  const { nqf, eqf, qfEheaCycle } = description.level;
  if (nqf !== 6 && nqf !== 7) {
    errors.push(fieldError('level.nqf', 'nqf_level', 'Micro-credentials are at NQF level 6 or 7.'));
    return;
  }
  if (eqf !== nqf) {
    errors.push(fieldError('level.eqf', 'eqf_matches_nqf', `The EQF level must equal the NQF level (${nqf}).`));
  }
  const cycle = cycleForLevel[nqf];
  if (qfEheaCycle !== cycle) {
    errors.push(
      fieldError('level.qfEheaCycle', 'cycle_matches_level', `NQF level ${nqf} is the QF-EHEA ${cycle} cycle.`),
    );
  }
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const languagePattern = /^[a-z]{2}$/;
const countryPattern = /^[A-Z]{2}$/;

export function validateCourseDescription(description: CourseDescription, rules: CourseRules): FieldError[] {
  const errors: FieldError[] = [];
  requireBilingual(errors, 'title', description.title);
  requireBilingualList(errors, 'deliveringInstitutions', description.deliveringInstitutions, 'delivering institution');
  if (!countryPattern.test(description.country)) {
    errors.push(fieldError('country', 'country_code', 'Give the country as a two-letter ISO 3166 code, e.g. GE.'));
  }
  requireBilingual(errors, 'region', description.region);
  requireBilingualList(errors, 'awardingBodies', description.awardingBodies, 'awarding body');
  for (const domain of outcomeDomains) {
    requireBilingualList(
      errors,
      `learningOutcomes.${domain}`,
      description.learningOutcomes[domain],
      'learning outcome in this domain',
    );
  }
  validateWorkload(errors, description);
  validateLevel(errors, description);
  requireBilingual(errors, 'assessmentType', description.assessmentType);
  requireBilingual(errors, 'participationDetails', description.participationDetails);
  requireBilingual(errors, 'qualityAssurance.internal', description.qualityAssurance.internal);
  requireBilingual(errors, 'qualityAssurance.external', description.qualityAssurance.external);

  for (const key of [
    'entryRequirements',
    'grading',
    'stackability',
    'recognitionOpportunities',
    'targetAudience',
    'targetAudienceJustification',
    'rationale',
    'location',
  ] as const) {
    optionalBilingual(errors, key, description[key]);
  }
  if (description.languages.length === 0) {
    errors.push(fieldError('languages', 'required', 'Name at least one language of delivery.'));
  }
  description.languages.forEach((language, index) => {
    if (!languagePattern.test(language)) {
      errors.push(fieldError(`languages.${index}`, 'language_code', 'Use a two-letter ISO 639-1 code, e.g. ka or en.'));
    }
  });
  if (new Set(description.languages).size !== description.languages.length) {
    errors.push(fieldError('languages', 'duplicate', 'A language is listed twice.'));
  }
  description.contacts.forEach((contact, index) => {
    if (blank(contact.name)) errors.push(fieldError(`contacts.${index}.name`, 'required', 'The name is required.'));
    optionalBilingual(errors, `contacts.${index}.position`, contact.position);
    if (!emailPattern.test(contact.email)) {
      errors.push(fieldError(`contacts.${index}.email`, 'email', 'This is not an e-mail address.'));
    }
  });
  if (!rules.isIscedCode(description.iscedField)) {
    errors.push(fieldError('iscedField', 'isced_code', 'This is not an ISCED-F 2013 field code.'));
  }
  if (description.durationWeeks !== null && !(Number.isInteger(description.durationWeeks) && description.durationWeeks > 0)) {
    errors.push(fieldError('durationWeeks', 'positive', 'The duration is a whole number of weeks, at least one.'));
  }
  if (description.fee !== null) {
    if (!Number.isInteger(description.fee.amountMinor) || description.fee.amountMinor < 0) {
      errors.push(fieldError('fee.amountMinor', 'money', 'The fee is a whole, non-negative amount in minor units.'));
    }
    if (!/^[A-Z]{3}$/.test(description.fee.currency)) {
      errors.push(fieldError('fee.currency', 'currency', 'Use a three-letter ISO 4217 currency code, e.g. GEL.'));
    }
  }
  if (description.lmsUrl !== null && !/^https?:\/\/\S+$/.test(description.lmsUrl)) {
    errors.push(fieldError('lmsUrl', 'url', 'The learning platform link must be an http(s) address.'));
  }
  return errors;
}
