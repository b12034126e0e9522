// The EU mandatory elements of a signed OpenBadgeCredential (Council Recommendation
// 2022/C 243/02, Annex I, as docs/course-description.md lists them), read into one typed,
// bilingual view. This is the one place that knows where each element sits in a
// credential (achievement.ts writes them there): the certificate, the badge and the
// verifier's completeness check all read credentials through it.
//
// A credential comes from outside (a learner's wallet, another issuer), so nothing here
// throws: an element that is absent or malformed is left empty (null, or an empty list)
// and its key is listed in `missing`. A text counts only when it is there in both
// Georgian and English, as the platform issues every text.
import type { Bilingual, ParticipationMode, QfEheaCycle } from '../course/description.js';
import { tbilisiDate } from '../calendar/tbilisi.js';

/** The mandatory elements, by stable key (also used as the key of `missing`), in reading order. */
export const mandatoryElements = [
  'learnerName',
  'title',
  'deliveringInstitutions',
  'awardingBodies',
  'country',
  'region',
  'awardedDate',
  'learningOutcomes.knowledge',
  'learningOutcomes.skills',
  'learningOutcomes.responsibilityAutonomy',
  'ectsCredits',
  'nqfLevel',
  'eqfLevel',
  'qfEheaCycle',
  'assessmentType',
  'participationMode',
  'participationDetails',
  'qualityAssurance.internal',
  'qualityAssurance.external',
  'issuer',
] as const;
export type ElementKey = (typeof mandatoryElements)[number];

/** Keys of the other facts the view carries (not EU mandatory, but shown on a certificate). */
export type FactKey = 'courseCode' | 'courseVersion' | 'registryUrl' | 'issuerName';

/** Names of the elements and facts in both languages, in the wording of the course pages. */
export const elementLabels: Readonly<Record<ElementKey | FactKey, Bilingual>> = {
  learnerName: { ka: 'მსმენელი', en: 'Learner' },
  title: { ka: 'მიკროკრედენციალის სათაური', en: 'Title of the micro-credential' },
  deliveringInstitutions: { ka: 'განმახორციელებელი დაწესებულებები', en: 'Delivering institutions' },
  awardingBodies: { ka: 'მიმნიჭებელი ორგანიზაციები', en: 'Awarding bodies' },
  country: { ka: 'ქვეყანა', en: 'Country' },
  region: { ka: 'რეგიონი', en: 'Region' },
  awardedDate: { ka: 'მინიჭების თარიღი', en: 'Date of award' },
  'learningOutcomes.knowledge': { ka: 'ცოდნა და გაცნობიერება', en: 'Knowledge and understanding' },
  'learningOutcomes.skills': { ka: 'უნარები', en: 'Skills' },
  'learningOutcomes.responsibilityAutonomy': { ka: 'პასუხისმგებლობა და ავტონომიურობა', en: 'Responsibility and autonomy' },
  ectsCredits: { ka: 'ECTS კრედიტები', en: 'ECTS credits' },
  nqfLevel: { ka: 'ეკჩ-ის დონე', en: 'NQF level' },
  eqfLevel: { ka: 'EQF-ის დონე', en: 'EQF level' },
  qfEheaCycle: { ka: 'QF-EHEA საფეხური', en: 'QF-EHEA cycle' },
  assessmentType: { ka: 'შეფასების ფორმა', en: 'Type of assessment' },
  participationMode: { ka: 'მონაწილეობის ფორმა', en: 'Mode of participation' },
  participationDetails: { ka: 'როგორ მონაწილეობენ მსმენელები', en: 'How learners take part' },
  'qualityAssurance.internal': { ka: 'ხარისხის შიდა უზრუნველყოფა', en: 'Internal quality assurance' },
  'qualityAssurance.external': { ka: 'ხარისხის გარე უზრუნველყოფა', en: 'External quality assurance' },
  issuer: { ka: 'გამცემი (DID)', en: 'Issuer (DID)' },
  courseCode: { ka: 'კურსის კოდი', en: 'Course code' },
  courseVersion: { ka: 'კურსის აღწერის ვერსია', en: 'Version of the course description' },
  registryUrl: { ka: 'კურსი რეესტრში', en: 'Course in the registry' },
  issuerName: { ka: 'გამცემი', en: 'Issuer' },
};

export const participationModeLabels: Readonly<Record<ParticipationMode, Bilingual>> = {
  online: { ka: 'დისტანციური', en: 'Online' },
  onsite: { ka: 'პირისპირ', en: 'On site' },
  blended: { ka: 'შერეული', en: 'Blended' },
};

export const cycleLabels: Readonly<Record<QfEheaCycle, Bilingual>> = {
  first: { ka: 'პირველი საფეხური', en: 'First cycle' },
  second: { ka: 'მეორე საფეხური', en: 'Second cycle' },
};

/** A coded value with its name in both languages. */
export interface Labelled<T extends string> {
  code: T;
  label: Bilingual;
}

export interface CredentialElements {
  learnerName: string | null;
  title: Bilingual | null;
  deliveringInstitutions: Bilingual[];
  awardingBodies: Bilingual[];
  /** ISO 3166-1 alpha-2 code of the provider's country, e.g. "GE". */
  country: string | null;
  region: Bilingual | null;
  /** Calendar date of the award in Tbilisi, YYYY-MM-DD: `awardedDate`, else `validFrom`. */
  awardedDate: string | null;
  learningOutcomes: { knowledge: Bilingual[]; skills: Bilingual[]; responsibilityAutonomy: Bilingual[] };
  ectsCredits: number | null;
  notionalWorkloadHours: number | null;
  nqfLevel: number | null;
  eqfLevel: number | null;
  qfEheaCycle: Labelled<QfEheaCycle> | null;
  assessmentType: Bilingual | null;
  participationMode: Labelled<ParticipationMode> | null;
  participationDetails: Bilingual | null;
  qualityAssurance: { internal: Bilingual | null; external: Bilingual | null };
  courseCode: string | null;
  courseVersion: number | null;
  registryUrl: string | null;
  issuer: { id: string | null; name: string | null };
  /** Keys of the mandatory elements that are absent or malformed, in `mandatoryElements` order. */
  missing: ElementKey[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const objectAt = (value: unknown, key: string): Json => (isObject(value) && isObject(value[key]) ? value[key] : {});
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const positive = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null);

function bilingual(value: unknown): Bilingual | null {
  if (!isObject(value)) return null;
  const ka = text(value.ka);
  const en = text(value.en);
  return ka !== null && en !== null ? { ka, en } : null;
}

/** The list's well-formed items, and whether it is complete (non-empty, every item well-formed). */
function bilingualList(value: unknown): { items: Bilingual[]; complete: boolean } {
  if (!Array.isArray(value)) return { items: [], complete: false };
  const items = value.map(bilingual).filter((item): item is Bilingual => item !== null);
  return { items, complete: items.length > 0 && items.length === value.length };
}

function labelled<T extends string>(value: unknown, labels: Readonly<Record<T, Bilingual>>): Labelled<T> | null {
  return typeof value === 'string' && Object.hasOwn(labels, value) ? { code: value as T, label: labels[value as T] } : null;
}

function calendarDate(value: unknown): string | null {
  const instant = typeof value === 'string' ? new Date(value) : undefined;
  return instant && !Number.isNaN(instant.getTime()) ? tbilisiDate(instant) : null;
}

/** The learner's name: the unhashed IdentityObject of identityType "name" (as the platform issues it). */
function learnerName(subject: Json): string | null {
  const identifiers = Array.isArray(subject.identifier) ? subject.identifier : [];
  const entry = identifiers.find((item): item is Json => isObject(item) && item.identityType === 'name' && item.hashed !== true);
  return entry ? text(entry.identityHash) : null;
}

/** Reads the EU mandatory elements of a credential. Never throws; see `missing`. */
export function credentialElements(credential: unknown): CredentialElements {
  const subject = objectAt(credential, 'credentialSubject');
  const mc = objectAt(objectAt(subject, 'achievement'), 'microCredential');
  const outcomes = objectAt(mc, 'learningOutcomes');
  const qa = objectAt(mc, 'qualityAssurance');
  const root = isObject(credential) ? credential : {};
  const issuer = objectAt(root, 'issuer');

  const delivering = bilingualList(mc.deliveringInstitutions);
  const awarding = bilingualList(mc.awardingBodies);
  const knowledge = bilingualList(outcomes.knowledge);
  const skills = bilingualList(outcomes.skills);
  const responsibility = bilingualList(outcomes.responsibilityAutonomy);
  const country = typeof mc.country === 'string' && /^[A-Z]{2}$/.test(mc.country) ? mc.country : null;

  const view: Omit<CredentialElements, 'missing'> = {
    learnerName: learnerName(subject),
    title: bilingual(mc.titleTranslations),
    deliveringInstitutions: delivering.items,
    awardingBodies: awarding.items,
    country,
    region: bilingual(mc.region),
    awardedDate: calendarDate(root.awardedDate ?? root.validFrom),
    learningOutcomes: { knowledge: knowledge.items, skills: skills.items, responsibilityAutonomy: responsibility.items },
    ectsCredits: positive(mc.ectsCredits),
    notionalWorkloadHours: positive(mc.notionalWorkloadHours),
    nqfLevel: positive(mc.nqfLevel),
    eqfLevel: positive(mc.eqfLevel),
    qfEheaCycle: labelled(mc.qfEheaCycle, cycleLabels),
    assessmentType: bilingual(mc.assessmentType),
    participationMode: labelled(mc.participationMode, participationModeLabels),
    participationDetails: bilingual(mc.participationDetails),
    qualityAssurance: { internal: bilingual(qa.internal), external: bilingual(qa.external) },
    courseCode: text(mc.courseCode),
    courseVersion: positive(mc.courseVersion),
    registryUrl: text(mc.registryUrl),
    // VC 2.0 allows the issuer as a bare IRI or as an object with an id.
    issuer: typeof root.issuer === 'string' ? { id: text(root.issuer), name: null } : { id: text(issuer.id), name: text(issuer.name) },
  };

  const present: Record<ElementKey, boolean> = {
    learnerName: view.learnerName !== null,
    title: view.title !== null,
    deliveringInstitutions: delivering.complete,
    awardingBodies: awarding.complete,
    country: view.country !== null,
    region: view.region !== null,
    awardedDate: view.awardedDate !== null,
    'learningOutcomes.knowledge': knowledge.complete,
    'learningOutcomes.skills': skills.complete,
    'learningOutcomes.responsibilityAutonomy': responsibility.complete,
    ectsCredits: view.ectsCredits !== null,
    nqfLevel: view.nqfLevel !== null,
    eqfLevel: view.eqfLevel !== null,
    qfEheaCycle: view.qfEheaCycle !== null,
    assessmentType: view.assessmentType !== null,
    participationMode: view.participationMode !== null,
    participationDetails: view.participationDetails !== null,
    'qualityAssurance.internal': view.qualityAssurance.internal !== null,
    'qualityAssurance.external': view.qualityAssurance.external !== null,
    issuer: view.issuer.id !== null,
  };
  return { ...view, missing: mandatoryElements.filter((key) => !present[key]) };
}

/** The view of a credential that has every mandatory element. */
export interface CompleteElements extends CredentialElements {
  learnerName: string;
  title: Bilingual;
  country: string;
  region: Bilingual;
  awardedDate: string;
  ectsCredits: number;
  nqfLevel: number;
  eqfLevel: number;
  qfEheaCycle: Labelled<QfEheaCycle>;
  assessmentType: Bilingual;
  participationMode: Labelled<ParticipationMode>;
  participationDetails: Bilingual;
  qualityAssurance: { internal: Bilingual; external: Bilingual };
  issuer: { id: string; name: string | null };
  missing: [];
}

export class IncompleteCredentialError extends Error {
  constructor(readonly missing: readonly ElementKey[]) {
    super(`The credential lacks mandatory elements: ${missing.join(', ')}`);
    this.name = 'IncompleteCredentialError';
  }
}

/**
 * The elements of a credential that has all of them; throws IncompleteCredentialError
 * otherwise. For renderings: a certificate must not quietly leave out an EU element.
 */
export function completeElements(credential: unknown): CompleteElements {
  const elements = credentialElements(credential);
  if (elements.missing.length > 0) throw new IncompleteCredentialError(elements.missing);
  return elements as CompleteElements;
}
