// The editor's form state: a CourseDescription whose numbers are still the text the person
// typed. Conversion both ways, path helpers (paths are those of the API's field errors,
// e.g. `learningOutcomes.skills.0.ka`), and a readable label for every path.
import {
  type CourseDescription,
  type IdentityCheck,
  type ParticipationMode,
  type QfEheaCycle,
  cycleForLevel,
} from '../../domain/course/description.js';
import type { FieldError } from '../api.js';
import type { Bilingual, Translate } from '../i18n.js';
import type { MessageKey } from '../messages.js';

export interface CourseForm {
  title: Bilingual;
  deliveringInstitutions: Bilingual[];
  country: string;
  region: Bilingual;
  awardingBodies: Bilingual[];
  learningOutcomes: { knowledge: Bilingual[]; skills: Bilingual[]; responsibilityAutonomy: Bilingual[] };
  workload: { ects: string; hoursPerEcts: string; breakdown: { activity: Bilingual; hours: string }[] };
  level: { nqf: string; eqf: string; qfEheaCycle: QfEheaCycle };
  assessmentType: Bilingual;
  participationMode: ParticipationMode | '';
  participationDetails: Bilingual;
  qualityAssurance: { internal: Bilingual; external: Bilingual };
  entryRequirements: Bilingual;
  identityCheck: IdentityCheck | '';
  grading: Bilingual;
  stackability: Bilingual;
  recognitionOpportunities: Bilingual;
  languages: string[];
  contacts: { name: string; position: Bilingual; email: string }[];
  targetAudience: Bilingual;
  targetAudienceJustification: Bilingual;
  rationale: Bilingual;
  iscedField: string;
  durationWeeks: string;
  location: Bilingual;
  /** `amountMinor` holds the amount as typed in whole units (e.g. "450.00"); the path is the API's. */
  fee: { amountMinor: string; currency: string };
  lmsUrl: string;
}

export const blankText = (): Bilingual => ({ ka: '', en: '' });

export function blankForm(providerName?: Bilingual): CourseForm {
  return {
    title: blankText(),
    deliveringInstitutions: [providerName ? { ...providerName } : blankText()],
    country: 'GE',
    region: blankText(),
    awardingBodies: [providerName ? { ...providerName } : blankText()],
    learningOutcomes: { knowledge: [blankText()], skills: [blankText()], responsibilityAutonomy: [blankText()] },
    workload: { ects: '', hoursPerEcts: '25', breakdown: [{ activity: blankText(), hours: '' }] },
    level: { nqf: '', eqf: '', qfEheaCycle: 'first' },
    assessmentType: blankText(),
    participationMode: '',
    participationDetails: blankText(),
    qualityAssurance: { internal: blankText(), external: blankText() },
    entryRequirements: blankText(),
    identityCheck: '',
    grading: blankText(),
    stackability: blankText(),
    recognitionOpportunities: blankText(),
    languages: ['ka'],
    contacts: [],
    targetAudience: blankText(),
    targetAudienceJustification: blankText(),
    rationale: blankText(),
    iscedField: '',
    durationWeeks: '',
    location: blankText(),
    fee: { amountMinor: '', currency: 'GEL' },
    lmsUrl: '',
  };
}

const copy = (value: Bilingual | null): Bilingual => (value ? { ka: value.ka, en: value.en } : blankText());
const num = (value: number | null): string => (value === null || Number.isNaN(value) ? '' : String(value));

export function formFromDescription(d: CourseDescription): CourseForm {
  return {
    title: copy(d.title),
    deliveringInstitutions: d.deliveringInstitutions.map(copy),
    country: d.country,
    region: copy(d.region),
    awardingBodies: d.awardingBodies.map(copy),
    learningOutcomes: {
      knowledge: d.learningOutcomes.knowledge.map(copy),
      skills: d.learningOutcomes.skills.map(copy),
      responsibilityAutonomy: d.learningOutcomes.responsibilityAutonomy.map(copy),
    },
    workload: {
      ects: num(d.workload.ects),
      hoursPerEcts: num(d.workload.hoursPerEcts),
      breakdown: d.workload.breakdown.map((row) => ({ activity: copy(row.activity), hours: num(row.hours) })),
    },
    level: { nqf: num(d.level.nqf), eqf: num(d.level.eqf), qfEheaCycle: d.level.qfEheaCycle },
    assessmentType: copy(d.assessmentType),
    participationMode: d.participationMode,
    participationDetails: copy(d.participationDetails),
    qualityAssurance: { internal: copy(d.qualityAssurance.internal), external: copy(d.qualityAssurance.external) },
    entryRequirements: copy(d.entryRequirements),
    identityCheck: d.identityCheck ?? '',
    grading: copy(d.grading),
    stackability: copy(d.stackability),
    recognitionOpportunities: copy(d.recognitionOpportunities),
    languages: [...d.languages],
    contacts: d.contacts.map((contact) => ({ name: contact.name, position: copy(contact.position), email: contact.email })),
    targetAudience: copy(d.targetAudience),
    targetAudienceJustification: copy(d.targetAudienceJustification),
    rationale: copy(d.rationale),
    iscedField: d.iscedField,
    durationWeeks: num(d.durationWeeks),
    location: copy(d.location),
    fee: d.fee ? { amountMinor: (d.fee.amountMinor / 100).toFixed(2), currency: d.fee.currency } : { amountMinor: '', currency: 'GEL' },
    lmsUrl: d.lmsUrl ?? '',
  };
}

/** Text to a number: '' is null, anything else not a number is NaN. Accepts a decimal comma. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export interface BuiltDescription {
  description: CourseDescription;
  /** Errors found before sending. */
  clientErrors: FieldError[];
  /** Client errors that stop the request (the value cannot be sent at all). */
  blocking: boolean;
}

const trimmed = (value: Bilingual): Bilingual => ({ ka: value.ka.trim(), en: value.en.trim() });
const optional = (value: Bilingual): Bilingual | null => (value.ka.trim() || value.en.trim() ? trimmed(value) : null);

/**
 * The description to send. A number that is not a number cannot be sent: it is sent as a
 * value the course rules always refuse (0, or -1 for money), and the client's own message
 * replaces the server's for that path. A missing mode of participation stops the request.
 */
export function buildDescription(form: CourseForm): BuiltDescription {
  const clientErrors: FieldError[] = [];
  let blocking = false;
  const required = (path: string, text: string, fallback: number): number => {
    const value = parseNumber(text);
    if (value === null) return fallback;
    if (Number.isNaN(value)) {
      clientErrors.push({ path, code: 'number', message: 'Enter a number.' });
      return fallback;
    }
    return value;
  };
  const nullable = (path: string, text: string, invalid: number): number | null => {
    const value = parseNumber(text);
    if (value === null) return null;
    if (Number.isNaN(value)) {
      clientErrors.push({ path, code: 'number', message: 'Enter a number.' });
      return invalid;
    }
    return value;
  };
  if (form.participationMode === '') {
    clientErrors.push({ path: 'participationMode', code: 'choose', message: 'Choose the mode of participation.' });
    blocking = true;
  }
  const amount = nullable('fee.amountMinor', form.fee.amountMinor, -1);
  const description: CourseDescription = {
    title: trimmed(form.title),
    deliveringInstitutions: form.deliveringInstitutions.map(trimmed),
    country: form.country.trim().toUpperCase(),
    region: trimmed(form.region),
    awardingBodies: form.awardingBodies.map(trimmed),
    learningOutcomes: {
      knowledge: form.learningOutcomes.knowledge.map(trimmed),
      skills: form.learningOutcomes.skills.map(trimmed),
      responsibilityAutonomy: form.learningOutcomes.responsibilityAutonomy.map(trimmed),
    },
    workload: {
      ects: required('workload.ects', form.workload.ects, 0),
      hoursPerEcts: required('workload.hoursPerEcts', form.workload.hoursPerEcts, 0),
      breakdown: form.workload.breakdown.map((row, index) => ({
        activity: trimmed(row.activity),
        hours: required(`workload.breakdown.${index}.hours`, row.hours, 0),
      })),
    },
    level: {
      nqf: required('level.nqf', form.level.nqf, 0) as 6 | 7,
      eqf: required('level.eqf', form.level.eqf, 0) as 6 | 7,
      qfEheaCycle: form.level.qfEheaCycle,
    },
    assessmentType: trimmed(form.assessmentType),
    participationMode: form.participationMode === '' ? 'online' : form.participationMode,
    participationDetails: trimmed(form.participationDetails),
    qualityAssurance: { internal: trimmed(form.qualityAssurance.internal), external: trimmed(form.qualityAssurance.external) },
    entryRequirements: optional(form.entryRequirements),
    identityCheck: form.identityCheck === '' ? null : form.identityCheck,
    grading: optional(form.grading),
    stackability: optional(form.stackability),
    recognitionOpportunities: optional(form.recognitionOpportunities),
    languages: form.languages.map((code) => code.trim().toLowerCase()),
    contacts: form.contacts.map((contact) => ({ name: contact.name.trim(), position: trimmed(contact.position), email: contact.email.trim() })),
    targetAudience: optional(form.targetAudience),
    targetAudienceJustification: optional(form.targetAudienceJustification),
    rationale: optional(form.rationale),
    iscedField: form.iscedField,
    durationWeeks: nullable('durationWeeks', form.durationWeeks, 0),
    location: optional(form.location),
    fee:
      amount === null
        ? null
        : { amountMinor: Number.isNaN(amount) || amount < 0 ? -1 : Math.round(amount * 100), currency: form.fee.currency.trim().toUpperCase() },
    lmsUrl: form.lmsUrl.trim() === '' ? null : form.lmsUrl.trim(),
  };
  return { description, clientErrors, blocking };
}

/** The server's errors, with the client's message in place of the server's where the client knows better. */
export function mergeErrors(server: FieldError[], client: FieldError[]): FieldError[] {
  const clientPaths = new Set(client.map((error) => error.path));
  const fromServer = server
    .map((error) => ({ ...error, path: error.path.replace(/^description\./, '') }))
    .filter((error) => !clientPaths.has(error.path));
  return [...client, ...fromServer];
}

export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** A copy of `root` with the value at `path` replaced; arrays stay arrays. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return root;
  const container = root as unknown as Record<string, unknown> | unknown[];
  const next = rest.length === 0 ? value : setAt((container as Record<string, unknown>)[head], rest.join('.'), value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(head)] = next;
    return copy as unknown as T;
  }
  return { ...container, [head]: next } as T;
}

export function fieldId(path: string): string {
  return `field-${path}`;
}

export function errorId(path: string): string {
  return `error-${path}`;
}

const pathNames: Record<string, MessageKey> = {
  title: 'field.title',
  deliveringInstitutions: 'provider.delivering',
  'deliveringInstitutions.#': 'editor.institutionN',
  country: 'field.country',
  region: 'field.region',
  awardingBodies: 'provider.awarding',
  'awardingBodies.#': 'editor.bodyN',
  'learningOutcomes.knowledge': 'outcomes.knowledge',
  'learningOutcomes.skills': 'outcomes.skills',
  'learningOutcomes.responsibilityAutonomy': 'outcomes.responsibilityAutonomy',
  'learningOutcomes.knowledge.#': 'editor.outcomeN',
  'learningOutcomes.skills.#': 'editor.outcomeN',
  'learningOutcomes.responsibilityAutonomy.#': 'editor.outcomeN',
  'workload.ects': 'field.ects',
  'workload.hoursPerEcts': 'field.hoursPerEcts',
  'workload.breakdown': 'field.breakdown',
  'workload.breakdown.#': 'editor.activityN',
  'workload.breakdown.#.activity': 'field.activityText',
  'workload.breakdown.#.hours': 'field.hours',
  'level.nqf': 'field.nqf',
  'level.eqf': 'field.eqf',
  'level.qfEheaCycle': 'field.cycle',
  assessmentType: 'field.assessmentType',
  participationMode: 'field.participationMode',
  participationDetails: 'field.participationDetails',
  'qualityAssurance.internal': 'field.qaInternal',
  'qualityAssurance.external': 'field.qaExternal',
  entryRequirements: 'field.entryRequirements',
  identityCheck: 'field.identityCheck',
  grading: 'field.grading',
  stackability: 'field.stackability',
  recognitionOpportunities: 'field.recognition',
  languages: 'field.languages',
  'languages.#': 'editor.languageN',
  contacts: 'section.contacts',
  'contacts.#': 'editor.contactN',
  'contacts.#.name': 'field.contactName',
  'contacts.#.position': 'field.contactPosition',
  'contacts.#.email': 'field.contactEmail',
  targetAudience: 'field.targetAudience',
  targetAudienceJustification: 'field.justification',
  rationale: 'field.rationale',
  iscedField: 'field.iscedField',
  durationWeeks: 'field.durationWeeks',
  location: 'field.location',
  fee: 'field.fee',
  'fee.amountMinor': 'field.feeAmount',
  'fee.currency': 'field.feeCurrency',
  lmsUrl: 'field.lmsUrl',
};

/** "Skills, Outcome 2, Georgian" for `learningOutcomes.skills.1.ka`. */
export function labelForPath(path: string, t: Translate): string {
  const segments = path.replace(/^description\./, '').split('.');
  const parts: string[] = [];
  let key = '';
  let lastIndex = 0;
  for (const segment of segments) {
    const isIndex = /^\d+$/.test(segment);
    if (isIndex) lastIndex = Number(segment);
    key = key ? `${key}.${isIndex ? '#' : segment}` : segment;
    const name = pathNames[key];
    if (name) parts.push(t(name, { n: lastIndex + 1 }));
    else if (segment === 'ka' || segment === 'en') parts.push(t(segment === 'ka' ? 'editor.ka' : 'editor.en'));
  }
  return parts.length > 0 ? parts.join(', ') : path;
}

export function cycleFor(nqf: string): QfEheaCycle | null {
  return nqf === '6' || nqf === '7' ? cycleForLevel[Number(nqf) as 6 | 7] : null;
}
