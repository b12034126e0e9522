// A course version as an Open Badges 3.0 Achievement (JSON-LD). The EU elements that
// Open Badges has no field for travel in the platform's extension (contexts/microcred-v1.json);
// reference/field-mapping.md lists where each element goes.
import type { Bilingual, CourseDescription } from '../course/description.js';
import { totalHours } from '../course/description.js';
import { iscedField, iscedUri } from '../course/isced.js';
import { MICROCRED_CONTEXT_URL, OB_V3_CONTEXT_URL, VC_V2_CONTEXT_URL } from './contexts.js';

export interface AchievementSource {
  code: string;
  versionNo: number;
  /** The registry URL of this version: the achievement's id. */
  url: string;
  description: CourseDescription;
  provider: { name: Bilingual; did: string; website: string | null; country: string; region: Bilingual };
}

const cycleNames = { first: 'First cycle', second: 'Second cycle' } as const;

function outcomeList(description: CourseDescription, lang: 'en' | 'ka'): string {
  const { knowledge, skills, responsibilityAutonomy } = description.learningOutcomes;
  const heading =
    lang === 'en'
      ? ['Knowledge and understanding', 'Skills', 'Responsibility and autonomy']
      : ['ცოდნა და გაცნობიერება', 'უნარები', 'პასუხისმგებლობა და ავტონომიურობა'];
  return [knowledge, skills, responsibilityAutonomy]
    .map((items, index) => `**${heading[index]}**\n${items.map((item) => `- ${item[lang]}`).join('\n')}`)
    .join('\n\n');
}

export function courseAchievement(source: AchievementSource) {
  const { description } = source;
  const field = iscedField(description.iscedField);
  return {
    '@context': [VC_V2_CONTEXT_URL, OB_V3_CONTEXT_URL, MICROCRED_CONTEXT_URL],
    id: source.url,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: description.title.en,
    description: `${description.title.en} (${description.title.ka}). ${description.workload.ects} ECTS, NQF/EQF level ${description.level.nqf}.`,
    criteria: { narrative: outcomeList(description, 'en') },
    creator: {
      id: source.provider.did,
      type: ['Profile'],
      name: source.provider.name.en,
      ...(source.provider.website ? { url: source.provider.website } : {}),
      address: { type: ['Address'], addressCountryCode: source.provider.country, addressRegion: source.provider.region.en },
    },
    creditsAvailable: description.workload.ects,
    fieldOfStudy: field ? field.label.en : description.iscedField,
    humanCode: source.code,
    inLanguage: description.languages[0],
    version: String(source.versionNo),
    alignment: [
      {
        type: ['Alignment'],
        targetType: 'ext:EQFLevel',
        targetFramework: 'European Qualifications Framework',
        targetCode: String(description.level.eqf),
        targetName: `EQF level ${description.level.eqf}`,
        targetUrl: `http://data.europa.eu/snb/eqf/${description.level.eqf}`,
      },
      {
        type: ['Alignment'],
        targetType: 'ext:NQFLevel',
        targetFramework: 'National Qualifications Framework of Georgia',
        targetCode: String(description.level.nqf),
        targetName: `NQF level ${description.level.nqf}`,
        targetUrl: 'https://eqe.ge/en/page/parent/787',
      },
      {
        type: ['Alignment'],
        targetType: 'ext:QFEHEACycle',
        targetFramework: 'Qualifications Framework of the European Higher Education Area',
        targetCode: description.level.qfEheaCycle,
        targetName: cycleNames[description.level.qfEheaCycle],
        targetUrl: 'https://www.ehea.info/page-qualification-frameworks',
      },
      {
        type: ['Alignment'],
        targetType: 'ext:ISCEDF',
        targetFramework: 'ISCED-F 2013',
        targetCode: description.iscedField,
        targetName: field ? field.label.en : description.iscedField,
        targetUrl: iscedUri(description.iscedField),
      },
    ],
    tag: ['micro-credential', `ECTS ${description.workload.ects}`, `EQF ${description.level.eqf}`],
    microCredential: {
      type: ['MicroCredentialExtension'],
      courseCode: source.code,
      courseVersion: source.versionNo,
      registryUrl: source.url,
      titleTranslations: description.title,
      deliveringInstitutions: description.deliveringInstitutions,
      awardingBodies: description.awardingBodies,
      country: description.country,
      region: description.region,
      learningOutcomes: description.learningOutcomes,
      ectsCredits: description.workload.ects,
      hoursPerEcts: description.workload.hoursPerEcts,
      notionalWorkloadHours: totalHours(description.workload),
      nqfLevel: description.level.nqf,
      eqfLevel: description.level.eqf,
      qfEheaCycle: description.level.qfEheaCycle,
      assessmentType: description.assessmentType,
      participationMode: description.participationMode,
      participationDetails: description.participationDetails,
      qualityAssurance: description.qualityAssurance,
      ...(description.entryRequirements ? { entryRequirements: description.entryRequirements } : {}),
      ...(description.identityCheck ? { identityCheck: description.identityCheck } : {}),
      ...(description.stackability ? { stackability: description.stackability } : {}),
    },
  };
}
