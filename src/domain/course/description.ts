// The description of a micro-credential course: every element of the EU Council
// Recommendation 2022/C 243/02 that belongs to a course, plus the optional elements
// and the fields the Center's guide asks for (sample syllabus, section XV).
// See docs/course-description.md for the element-by-element list with sources.

export interface Bilingual {
  ka: string;
  en: string;
}

export type NqfLevel = 6 | 7;
export type QfEheaCycle = 'first' | 'second';
export type ParticipationMode = 'online' | 'onsite' | 'blended';
export type IdentityCheck = 'unsupervised-no-id' | 'supervised-no-id' | 'supervised-with-id';
export const participationModes: readonly ParticipationMode[] = ['online', 'onsite', 'blended'];
export const identityChecks: readonly IdentityCheck[] = ['unsupervised-no-id', 'supervised-no-id', 'supervised-with-id'];

/** Outcomes grouped by the three descriptor domains of the NQF and the EQF. */
export interface LearningOutcomes {
  knowledge: Bilingual[];
  skills: Bilingual[];
  responsibilityAutonomy: Bilingual[];
}
export const outcomeDomains = ['knowledge', 'skills', 'responsibilityAutonomy'] as const;
export type OutcomeDomain = (typeof outcomeDomains)[number];

export interface WorkloadActivity {
  activity: Bilingual;
  hours: number;
}

export interface Workload {
  ects: number;
  /** The hours one ECTS credit stands for at this provider (25 to 30, ECTS Users' Guide 2015). */
  hoursPerEcts: number;
  breakdown: WorkloadActivity[];
}

export interface Level {
  nqf: NqfLevel;
  eqf: NqfLevel;
  qfEheaCycle: QfEheaCycle;
}

export interface ContactPerson {
  name: string;
  position: Bilingual;
  email: string;
}

export interface Fee {
  /** Integer minor units (tetri for GEL). */
  amountMinor: number;
  currency: string;
}

export interface CourseDescription {
  // Mandatory elements (EU Annex I, as the guide lists them).
  title: Bilingual;
  deliveringInstitutions: Bilingual[];
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  region: Bilingual;
  awardingBodies: Bilingual[];
  learningOutcomes: LearningOutcomes;
  workload: Workload;
  level: Level;
  assessmentType: Bilingual;
  participationMode: ParticipationMode;
  participationDetails: Bilingual;
  qualityAssurance: { internal: Bilingual; external: Bilingual };
  // Optional elements (Annex I) and the guide's syllabus fields.
  entryRequirements: Bilingual | null;
  identityCheck: IdentityCheck | null;
  grading: Bilingual | null;
  stackability: Bilingual | null;
  recognitionOpportunities: Bilingual | null;
  /** ISO 639-1 codes of the languages of delivery. */
  languages: string[];
  contacts: ContactPerson[];
  targetAudience: Bilingual | null;
  targetAudienceJustification: Bilingual | null;
  rationale: Bilingual | null;
  /** ISCED-F 2013 field code (broad, narrow or detailed). */
  iscedField: string;
  durationWeeks: number | null;
  location: Bilingual | null;
  fee: Fee | null;
  lmsUrl: string | null;
}

export const ECTS_MIN = 1;
export const ECTS_MAX = 30;
export const HOURS_PER_ECTS_MIN = 25;
export const HOURS_PER_ECTS_MAX = 30;

export const cycleForLevel: Record<NqfLevel, QfEheaCycle> = { 6: 'first', 7: 'second' };

export function totalHours(workload: Workload): number {
  return workload.breakdown.reduce((sum, item) => sum + item.hours, 0);
}
