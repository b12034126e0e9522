// A recognition report (guide, section XVI): the twelve mandatory elements found or missing,
// the seven E-valuate completeness criteria, the credential's level against the target
// programme's, and the route the guide gives — assessment under the Lisbon Recognition
// Convention when every element is there, recognition of prior learning (RPL) when not.
// Pure: the verification result comes in already summarised (the use case runs it).
import type { Bilingual } from '../course/description.js';
import { guideElementLabels, missingElements, type CredentialFormat, type ElementFinding, type GuideElement, type MappedCredential, type RecognitionFacts, type Text } from './elements.js';
import { isElmDocument, mapElmCredential } from './elm.js';
import { mapOpenBadgeCredential } from './open-badge.js';
import { hasMicroCredentialExtension, mapPlatformCredential } from './platform.js';

const say = (en: string, ka: string): Bilingual => ({ en, ka });
const inLang = (text: Text, lang: 'ka' | 'en'): string => (typeof text === 'string' ? text : text[lang]);

// ---- formats ----

const openBadgeTypes = ['OpenBadgeCredential', 'AchievementCredential'];

/** Which reader a document needs, or null when it is none of the formats a report reads. */
export function detectFormat(document: Record<string, unknown>): CredentialFormat | null {
  if (isElmDocument(document)) return 'elm';
  const types = [document.type ?? []].flat().map(String);
  if (!types.some((type) => openBadgeTypes.includes(type))) return null;
  return hasMicroCredentialExtension(document) ? 'platform' : 'open-badges';
}

/** Reads a credential of a known format into the twelve elements. */
export function mapCredential(document: unknown, format: CredentialFormat): MappedCredential {
  if (format === 'elm') return mapElmCredential(document);
  if (format === 'platform') return mapPlatformCredential(document);
  return mapOpenBadgeCredential(document);
}

// ---- verification, as the report needs it ----

export type CheckOutcome = 'passed' | 'failed' | 'not-checked';

export interface VerificationSummary {
  /** verified: every check passed; not-verified: a check ran and did not pass; not-verifiable: no proof this platform can check. */
  outcome: 'verified' | 'not-verified' | 'not-verifiable';
  /** The checks of DESIGN.md's "Verification" (empty when not verifiable here). */
  checks: Array<{ check: string; outcome: CheckOutcome; reason: Bilingual }>;
  issuer: { id: string | null; inRegistry: boolean };
  /** Why it could not be verified here, when not verifiable. */
  reason: Bilingual | null;
}

const checkOutcome = (verification: VerificationSummary, check: string): CheckOutcome | null => verification.checks.find((item) => item.check === check)?.outcome ?? null;
const checkReason = (verification: VerificationSummary, check: string): Bilingual | null => verification.checks.find((item) => item.check === check)?.reason ?? null;

/** Authentic: the signature verifies and the issuer has neither revoked nor suspended it. */
function authenticity(verification: VerificationSummary): 'authentic' | 'not-authentic' | 'unknown' {
  if (verification.outcome === 'not-verifiable') return 'unknown';
  const proof = checkOutcome(verification, 'proof');
  const status = checkOutcome(verification, 'status');
  if (proof === 'failed' || status === 'failed') return 'not-authentic';
  return proof === 'passed' ? 'authentic' : 'unknown';
}

// ---- the seven E-valuate criteria ----

export const evaluateCriteria = ['courseQuality', 'certificateVerification', 'courseLevel', 'learningOutcomes', 'workload', 'assessmentMethods', 'learnerIdentification'] as const;
export type EvaluateCriterion = (typeof evaluateCriteria)[number];
export type CriterionStatus = 'met' | 'not-met' | 'unknown';

export const criterionLabels: Readonly<Record<EvaluateCriterion, Bilingual>> = {
  courseQuality: say('Course quality', 'კურსის ხარისხი'),
  certificateVerification: say('Certificate verification', 'სერტიფიკატის გადამოწმება'),
  courseLevel: say('Course level', 'კურსის დონე'),
  learningOutcomes: say('Learning outcomes', 'სწავლის შედეგები'),
  workload: say('Workload', 'დატვირთვა'),
  assessmentMethods: say('Methods of assessing learning outcomes', 'სწავლის შედეგების შეფასების მეთოდები'),
  learnerIdentification: say('Identification of the learner', 'მსმენელის იდენტიფიკაცია'),
};

export interface CriterionResult {
  criterion: EvaluateCriterion;
  status: CriterionStatus;
  evidence: Bilingual;
}

const quoted = (text: Text): Bilingual => say(`“${inLang(text, 'en')}”`, `„${inLang(text, 'ka')}“`);

export function assessCriteria(facts: RecognitionFacts, verification: VerificationSummary): CriterionResult[] {
  const result = (criterion: EvaluateCriterion, status: CriterionStatus, evidence: Bilingual): CriterionResult => ({ criterion, status, evidence });
  const right = checkOutcome(verification, 'right');
  const rightReason = checkReason(verification, 'right');

  let quality: CriterionResult;
  if (right === 'passed') {
    quality = result('courseQuality', 'met', say(`The issuer's right to implement the course is in the national registry: ${rightReason?.en ?? ''}`.trim(), `კურსის განხორციელების უფლება ეროვნულ რეესტრშია: ${rightReason?.ka ?? ''}`.trim()));
  } else if (right === 'failed') {
    quality = result('courseQuality', 'not-met', say(`The registry does not confirm the right to implement the course: ${rightReason?.en ?? ''}`.trim(), `რეესტრი არ ადასტურებს კურსის განხორციელების უფლებას: ${rightReason?.ka ?? ''}`.trim()));
  } else if (facts.qualityAssurance !== null) {
    const qa = quoted(facts.qualityAssurance);
    quality = result('courseQuality', 'met', say(`The credential states its quality assurance: ${qa.en} (not checked against a register here).`, `კრედენციალში მითითებულია ხარისხის უზრუნველყოფა: ${qa.ka} (რეესტრთან აქ არ შემოწმებულა).`));
  } else {
    quality = result('courseQuality', 'unknown', say('The credential names no quality assurance, and its issuer is not in this registry.', 'კრედენციალში ხარისხის უზრუნველყოფა არ არის მითითებული და გამცემი ამ რეესტრში არ არის.'));
  }

  const authentic = authenticity(verification);
  const proofReason = checkReason(verification, 'proof');
  const verificationCriterion =
    authentic === 'authentic'
      ? result('certificateVerification', 'met', say(`The signature is valid and the credential is neither revoked nor suspended. ${proofReason?.en ?? ''}`.trim(), `ხელმოწერა სწორია, კრედენციალი არც გაუქმებულია და არც შეჩერებული. ${proofReason?.ka ?? ''}`.trim()))
      : authentic === 'not-authentic'
        ? result('certificateVerification', 'not-met', failedChecks(verification))
        : result('certificateVerification', 'unknown', verification.reason ?? say('The signature could not be checked.', 'ხელმოწერის შემოწმება ვერ მოხერხდა.'));

  const levels = [facts.nqfLevel === null ? null : `NQF ${facts.nqfLevel}`, facts.eqfLevel === null ? null : `EQF ${facts.eqfLevel}`].filter((part) => part !== null).join(' · ');
  const level = levels === '' ? result('courseLevel', 'not-met', say('No NQF or EQF level is stated.', 'ეკჩ-ის ან EQF-ის დონე მითითებული არ არის.')) : result('courseLevel', 'met', say(levels, levels.replace('NQF', 'ეკჩ')));

  const count = facts.learningOutcomes.length;
  const outcomes =
    count === 0
      ? result('learningOutcomes', 'not-met', say('No learning outcomes are stated.', 'სწავლის შედეგები მითითებული არ არის.'))
      : result('learningOutcomes', 'met', say(`${count} learning outcome${count === 1 ? '' : 's'} stated, e.g. ${quoted(facts.learningOutcomes[0]!).en}.`, `მითითებულია ${count} სწავლის შედეგი, მაგ. ${quoted(facts.learningOutcomes[0]!).ka}.`));

  const hours = facts.workloadHours === null ? '' : ` (${facts.workloadHours} h)`;
  const workload =
    facts.credits === null
      ? facts.workloadHours === null
        ? result('workload', 'not-met', say('No workload is stated.', 'დატვირთვა მითითებული არ არის.'))
        : result('workload', 'unknown', say(`${facts.workloadHours} hours, but no ECTS credits.`, `${facts.workloadHours} საათი, ECTS კრედიტების გარეშე.`))
      : facts.credits.unit === 'ects'
        ? result('workload', 'met', say(`${facts.credits.value} ECTS${hours}.`, `${facts.credits.value} ECTS${hours.replace(' h', ' სთ')}.`))
        : result('workload', 'unknown', say(`${facts.credits.value} credits, but the credential does not say they are ECTS.`, `${facts.credits.value} კრედიტი, მაგრამ არ არის მითითებული, რომ ისინი ECTS-ია.`));

  const assessment =
    facts.assessment === null
      ? result('assessmentMethods', 'not-met', say('No type of assessment is stated.', 'შეფასების ფორმა მითითებული არ არის.'))
      : result('assessmentMethods', 'met', quoted(facts.assessment));

  const learner =
    facts.learner.name !== null
      ? result('learnerIdentification', 'met', say(`Awarded to ${facts.learner.name}; compare with the applicant's identity document.`, `მინიჭებულია: ${facts.learner.name}; შეადარეთ განმცხადებლის პირადობის დამადასტურებელ დოკუმენტს.`))
      : facts.learner.identifier !== null
        ? result('learnerIdentification', 'unknown', say(`Only an identifier (${facts.learner.identifier}): ask the applicant to prove it is theirs.`, `მხოლოდ იდენტიფიკატორი (${facts.learner.identifier}): სთხოვეთ განმცხადებელს დაამტკიცოს, რომ ის მისია.`))
        : result('learnerIdentification', 'not-met', say('The credential does not identify the learner.', 'კრედენციალი მსმენელს არ აიდენტიფიცირებს.'));

  return [quality, verificationCriterion, level, outcomes, workload, assessment, learner];
}

function failedChecks(verification: VerificationSummary): Bilingual {
  const failed = verification.checks.filter((item) => (item.check === 'proof' || item.check === 'status') && item.outcome === 'failed');
  return say(failed.map((item) => item.reason.en).join(' '), failed.map((item) => item.reason.ka).join(' '));
}

// ---- the level against the target programme ----

export type Framework = 'nqf' | 'eqf';
export interface TargetProgramme {
  /** The programme (and component) the credits would count toward, as the officer names it. */
  programme: string;
  framework: Framework;
  level: number;
}

export interface LevelComparison {
  target: TargetProgramme;
  /** The credential's level in the target's framework (or, when it states only the other, that one). */
  credential: { framework: Framework; level: number } | null;
  outcome: 'same' | 'below' | 'above' | 'unknown';
  explanation: Bilingual;
}

const frameworkName = (framework: Framework): Bilingual => (framework === 'nqf' ? say('NQF', 'ეკჩ') : say('EQF', 'EQF'));

/**
 * The Georgian NQF's higher-education levels 5 to 8 are read as EQF 5 to 8 (short cycle,
 * bachelor, master, doctorate; reference/level-descriptors.md): when the credential states
 * only the other framework's level, that one is compared, and the report says so.
 */
export function compareLevel(facts: Pick<RecognitionFacts, 'nqfLevel' | 'eqfLevel'>, target: TargetProgramme): LevelComparison {
  const own = target.framework === 'nqf' ? facts.nqfLevel : facts.eqfLevel;
  const otherFramework: Framework = target.framework === 'nqf' ? 'eqf' : 'nqf';
  const other = target.framework === 'nqf' ? facts.eqfLevel : facts.nqfLevel;
  const t = frameworkName(target.framework);
  if (own === null && other === null) {
    return { target, credential: null, outcome: 'unknown', explanation: say('The credential states no level to compare.', 'კრედენციალში შესადარებელი დონე არ არის.') };
  }
  const framework = own === null ? otherFramework : target.framework;
  const level = own ?? other!;
  const f = frameworkName(framework);
  const outcome = level === target.level ? 'same' : level < target.level ? 'below' : 'above';
  const viaOther =
    framework === target.framework
      ? say('', '')
      : say(` (the credential states only its ${f.en} level, read as the same ${t.en} level)`, ` (კრედენციალში მხოლოდ ${f.ka}-ის დონეა, წაკითხული როგორც ${t.ka}-ის იგივე დონე)`);
  const words: Record<typeof outcome, Bilingual> = {
    same: say('the same level as', 'იგივე დონე, რაც'),
    below: say('below the level of', 'უფრო დაბალი დონე, ვიდრე'),
    above: say('above the level of', 'უფრო მაღალი დონე, ვიდრე'),
  };
  return {
    target,
    credential: { framework, level },
    outcome,
    explanation: say(
      `${f.en} ${level}${viaOther.en}: ${words[outcome].en} the programme (${t.en} ${target.level}).`,
      `${f.ka} ${level}${viaOther.ka}: ${words[outcome].ka} პროგრამა (${t.ka} ${target.level}).`,
    ),
  };
}

// ---- the recommendation ----

export type RecognitionRoute = 'lisbon' | 'rpl';

export interface Recommendation {
  route: RecognitionRoute;
  reasons: Bilingual[];
}

export function recommend(missing: readonly GuideElement[], verification: VerificationSummary, level: LevelComparison): Recommendation {
  const reasons: Bilingual[] = [];
  const authentic = authenticity(verification);
  if (missing.length > 0) {
    reasons.push(
      say(
        `${missing.length} of the twelve mandatory elements ${missing.length === 1 ? 'is' : 'are'} missing: ${missing.map((key) => guideElementLabels[key].en).join('; ')}. Without them the credential cannot be assessed under the Lisbon Recognition Convention; its learning outcomes can be validated through recognition of prior learning.`,
        `თორმეტი სავალდებულო ელემენტიდან აკლია ${missing.length}: ${missing.map((key) => guideElementLabels[key].ka).join('; ')}. მათ გარეშე კრედენციალი ლისაბონის აღიარების კონვენციით ვერ შეფასდება; სწავლის შედეგები შეიძლება დადასტურდეს წინარე სწავლის აღიარებით.`,
      ),
    );
  } else {
    reasons.push(say('All twelve mandatory elements are present.', 'თორმეტივე სავალდებულო ელემენტი არის.'));
  }
  if (authentic === 'not-authentic') {
    reasons.push(
      say(
        `Its authenticity is not established: ${failedChecks(verification).en} Only the learning outcomes themselves can be validated, through recognition of prior learning.`,
        `ნამდვილობა დადასტურებული არ არის: ${failedChecks(verification).ka} შესაძლებელია მხოლოდ სწავლის შედეგების დადასტურება წინარე სწავლის აღიარებით.`,
      ),
    );
  } else if (authentic === 'unknown') {
    reasons.push(say('Its authenticity could not be checked here: confirm it with the issuer before deciding.', 'ნამდვილობის შემოწმება აქ ვერ მოხერხდა: გადაწყვეტილებამდე დაადასტურეთ გამცემთან.'));
  } else {
    reasons.push(say('Its signature is valid and it is neither revoked nor suspended.', 'ხელმოწერა სწორია, არც გაუქმებულია და არც შეჩერებული.'));
  }
  if (level.outcome === 'below' || level.outcome === 'unknown') reasons.push(level.explanation);
  const route: RecognitionRoute = missing.length === 0 && authentic !== 'not-authentic' ? 'lisbon' : 'rpl';
  return { route, reasons };
}

// ---- the report ----

export interface RecognitionAssessment {
  format: CredentialFormat;
  facts: RecognitionFacts;
  elements: ElementFinding[];
  missing: GuideElement[];
  criteria: CriterionResult[];
  level: LevelComparison;
  recommendation: Recommendation;
}

export function assessCredential(mapped: MappedCredential, verification: VerificationSummary, target: TargetProgramme): RecognitionAssessment {
  const missing = missingElements(mapped);
  const level = compareLevel(mapped.facts, target);
  return {
    format: mapped.format,
    facts: mapped.facts,
    elements: mapped.elements,
    missing,
    criteria: assessCriteria(mapped.facts, verification),
    level,
    recommendation: recommend(missing, verification, level),
  };
}
