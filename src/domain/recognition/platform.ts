// The guide's twelve elements of a credential in the platform's own shape: an
// OpenBadgeCredential whose achievement carries the `microCredential` extension (ours, or
// another platform's that uses the extension). domain/credential/elements.ts reads the
// finer keys; here they are grouped into the twelve. An element counts as found only when
// every part of it is there (e.g. the level needs NQF, EQF and the QF-EHEA cycle).
import { credentialElements, elementLabels, type ElementKey } from '../credential/elements.js';
import type { Bilingual } from '../course/description.js';
import { finding, joinTexts, type GuideElement, type MappedCredential, type Text } from './elements.js';

/** Which keys of domain/credential/elements.ts make up each of the guide's elements. */
export const platformParts: Readonly<Record<GuideElement, readonly ElementKey[]>> = {
  learner: ['learnerName'],
  title: ['title'],
  deliveringInstitutions: ['deliveringInstitutions'],
  country: ['country', 'region'],
  awardingInstitutions: ['awardingBodies', 'issuer'],
  awardDate: ['awardedDate'],
  learningOutcomes: ['learningOutcomes.knowledge', 'learningOutcomes.skills', 'learningOutcomes.responsibilityAutonomy'],
  workload: ['ectsCredits'],
  level: ['nqfLevel', 'eqfLevel', 'qfEheaCycle'],
  assessment: ['assessmentType'],
  participation: ['participationMode', 'participationDetails'],
  qualityAssurance: ['qualityAssurance.internal', 'qualityAssurance.external'],
};

/** Whether a credential carries the platform's `microCredential` extension on its achievement. */
export function hasMicroCredentialExtension(credential: unknown): boolean {
  const subject = (credential as { credentialSubject?: { achievement?: { microCredential?: unknown } } } | null)?.credentialSubject;
  const extension = subject?.achievement?.microCredential;
  return typeof extension === 'object' && extension !== null;
}

const both = (ka: string, en: string): Bilingual => ({ ka, en });

export function mapPlatformCredential(credential: unknown): MappedCredential {
  const e = credentialElements(credential);
  const missing = new Set(e.missing);
  const outcomes = [...e.learningOutcomes.knowledge, ...e.learningOutcomes.skills, ...e.learningOutcomes.responsibilityAutonomy];
  const levelParts = [e.nqfLevel === null ? null : `NQF ${e.nqfLevel}`, e.eqfLevel === null ? null : `EQF ${e.eqfLevel}`].filter((part): part is string => part !== null);
  const level: Text | null =
    levelParts.length === 0 && e.qfEheaCycle === null
      ? null
      : both([...levelParts, ...(e.qfEheaCycle ? [e.qfEheaCycle.label.ka] : [])].join(' · '), [...levelParts, ...(e.qfEheaCycle ? [e.qfEheaCycle.label.en] : [])].join(' · '));
  const country = e.country === null ? e.region : e.region === null ? e.country : both(`${e.country}, ${e.region.ka}`, `${e.country}, ${e.region.en}`);
  const awarding = joinTexts(e.awardingBodies);
  const participation = e.participationMode === null ? e.participationDetails : e.participationDetails === null ? e.participationMode.label : joinTexts([e.participationMode.label, e.participationDetails], ' — ');
  const qa = joinTexts([e.qualityAssurance.external, e.qualityAssurance.internal].filter((text): text is Bilingual => text !== null), ' ');
  const workload = e.ectsCredits === null ? null : e.notionalWorkloadHours === null ? `${e.ectsCredits} ECTS` : both(`${e.ectsCredits} ECTS (${e.notionalWorkloadHours} სთ)`, `${e.ectsCredits} ECTS (${e.notionalWorkloadHours} h)`);

  const values: Record<GuideElement, Text | null> = {
    learner: e.learnerName,
    title: e.title,
    deliveringInstitutions: joinTexts(e.deliveringInstitutions),
    country,
    awardingInstitutions: awarding ?? e.issuer.name,
    awardDate: e.awardedDate,
    learningOutcomes: outcomes.length === 0 ? null : joinTexts(outcomes, '\n'),
    workload,
    level,
    assessment: e.assessmentType,
    participation,
    qualityAssurance: qa,
  };

  const elements = (Object.keys(platformParts) as GuideElement[]).map((element) => {
    const absent = platformParts[element].filter((key) => missing.has(key));
    const note =
      absent.length === 0 || platformParts[element].length === 1
        ? null
        : both(`აკლია: ${absent.map((key) => elementLabels[key].ka).join(', ')}.`, `Missing: ${absent.map((key) => elementLabels[key].en).join(', ')}.`);
    return finding(element, values[element], { found: absent.length === 0, note });
  });

  return {
    format: 'platform',
    elements,
    facts: {
      title: e.title,
      learner: { name: e.learnerName, identifier: null },
      issuer: { id: e.issuer.id, name: e.issuer.name },
      awardedDate: e.awardedDate,
      credits: e.ectsCredits === null ? null : { value: e.ectsCredits, unit: 'ects' },
      workloadHours: e.notionalWorkloadHours,
      eqfLevel: e.eqfLevel,
      nqfLevel: e.nqfLevel,
      learningOutcomes: outcomes,
      assessment: e.assessmentType,
      qualityAssurance: qa,
    },
  };
}
