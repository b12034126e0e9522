// The documents' own vocabulary in both languages: the expert group's roles, outcomes of
// recusals, monitoring and appeals. Council decision types and compliance ratings have
// their labels in the domain (procedure/decision.ts, standards/catalogue.ts).
import type { Bilingual } from '../domain/course/description.js';
import type { GroupRole } from '../domain/procedure/guards.js';

/** The six roles of the expert group, in the guide's order (section IX). */
export const groupRoleLabels: Readonly<Record<GroupRole, Bilingual>> = {
  'qa-expert': { ka: 'უმაღლესი განათლების ხარისხის უზრუნველყოფის ექსპერტი', en: 'Higher education quality assurance expert' },
  'course-expert': { ka: 'მიკროკრედენციალის კურსის (სასწავლო კურსის) ექსპერტი', en: 'Micro-credential course (curriculum) expert' },
  'field-expert': { ka: 'დარგის ექსპერტი', en: 'Field expert' },
  'resources-expert': { ka: 'მატერიალური რესურსებისა და ინფრასტრუქტურის ექსპერტი', en: 'Material resources and infrastructure expert' },
  'learner-expert': { ka: 'მსმენელი ექსპერტი', en: 'Learner expert' },
  employer: { ka: 'დამსაქმებელი', en: 'Employer' },
};

export type RecusalOutcome = 'granted' | 'refused';
export const recusalOutcomeLabels: Readonly<Record<RecusalOutcome, Bilingual>> = {
  granted: { ka: 'აცილება დაკმაყოფილდა', en: 'Recusal granted' },
  refused: { ka: 'აცილებაზე უარი', en: 'Recusal refused' },
};

export type MonitoringKind = 'scheduled' | 'unscheduled';
export const monitoringKindLabels: Readonly<Record<MonitoringKind, Bilingual>> = {
  scheduled: { ka: 'გეგმიური მონიტორინგი', en: 'Scheduled monitoring' },
  unscheduled: { ka: 'არაგეგმიური მონიტორინგი', en: 'Unscheduled monitoring' },
};

export type MonitoringOutcome = 'keep' | 'suspend' | 'terminate';
export const monitoringOutcomeLabels: Readonly<Record<MonitoringOutcome, Bilingual>> = {
  keep: { ka: 'უფლება ძალაში რჩება', en: 'The right remains in force' },
  suspend: { ka: 'უფლება შეჩერდეს', en: 'The right is suspended' },
  terminate: { ka: 'უფლება შეწყდეს', en: 'The right is terminated' },
};

export type AppealOutcome = 'upheld' | 'dismissed';
export const appealOutcomeLabels: Readonly<Record<AppealOutcome, Bilingual>> = {
  upheld: { ka: 'საჩივარი დაკმაყოფილდა', en: 'The appeal is upheld' },
  dismissed: { ka: 'საჩივარი არ დაკმაყოფილდა', en: 'The appeal is dismissed' },
};

export type ReportStage = 'draft' | 'final';
