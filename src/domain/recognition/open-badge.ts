// The guide's twelve elements in another issuer's Open Badges 3.0 credential, read from the
// core OB 3.0 fields as reference/field-mapping.md (7c) places them. Open Badges has no native
// field for some elements (mode of participation, quality assurance, a credit unit); where the
// mapping names a common practice (an EQF alignment, a tag, an endorsement), that is read, and
// otherwise the element is reported missing rather than guessed.
import type { Bilingual } from '../course/description.js';
import { asArray, finding, firstObject, isObject, joinTexts, nonEmpty, readDate, readText, type Json, type MappedCredential, type Text } from './elements.js';

const modeWords: ReadonlyArray<{ pattern: RegExp; label: Bilingual }> = [
  { pattern: /\bblended\b|\bhybrid\b/i, label: { ka: 'შერეული', en: 'Blended' } },
  { pattern: /\bonline\b|\bdistance\b|\bremote\b/i, label: { ka: 'დისტანციური', en: 'Online' } },
  { pattern: /\bon-?site\b|\bin[- ]person\b|\bpresential\b|\bface[- ]to[- ]face\b/i, label: { ka: 'პირისპირ', en: 'On site' } },
];

/** Alignments that state a level, and which framework: EQF by type, framework name or EU URI. */
function levelOf(alignment: Json, framework: 'eqf' | 'nqf'): number | null {
  const type = String(alignment.targetType ?? '');
  const name = String(alignment.targetFramework ?? '');
  const url = String(alignment.targetUrl ?? '');
  const matches =
    framework === 'eqf'
      ? /EQFLevel/i.test(type) || /European Qualifications Framework/i.test(name) || /\/snb\/eqf\/\d/.test(url)
      : /NQFLevel/i.test(type) || /National Qualifications? Framework|\bNQF\b/i.test(name);
  if (!matches) return null;
  const code = nonEmpty(alignment.targetCode) ?? /\/(\d)$/.exec(url)?.[1] ?? /(\d)/.exec(String(alignment.targetName ?? ''))?.[1] ?? null;
  const level = code === null ? NaN : Number.parseInt(code, 10);
  return Number.isInteger(level) && level >= 1 && level <= 8 ? level : null;
}

/** An alignment to a skill or competence (ESCO, CTDL, a competency framework): a learning outcome. */
function isOutcomeAlignment(alignment: Json): boolean {
  const type = String(alignment.targetType ?? '');
  const url = String(alignment.targetUrl ?? '');
  return /Competency|Skill|ceasn:|esco/i.test(type) || /data\.europa\.eu\/esco\/skill/.test(url);
}

const positive = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null);

export function mapOpenBadgeCredential(credential: unknown): MappedCredential {
  const root: Json = isObject(credential) ? credential : {};
  const subject = firstObject(root.credentialSubject);
  const achievement = firstObject(subject.achievement);
  const issuer: Json = isObject(root.issuer) ? root.issuer : {};
  const issuerId = typeof root.issuer === 'string' ? nonEmpty(root.issuer) : nonEmpty(issuer.id);
  const issuerName = readText(issuer.name);
  const alignments = asArray(achievement.alignment).filter(isObject);

  // Learner: a name identity, else any identifier (a DID, an e-mail hash) — which identifies only by matching.
  const identities = asArray(subject.identifier).filter(isObject);
  const nameIdentity = identities.find((item) => item.identityType === 'name' && item.hashed !== true);
  const learnerName = nonEmpty(nameIdentity?.identityHash) ?? nonEmpty(subject.name);
  const learnerIdentifier = nonEmpty(subject.id) ?? (identities.length > 0 ? `${String(identities[0]!.identityType ?? 'identifier')}: ${String(identities[0]!.identityHash ?? '')}` : null);

  const title = readText(achievement.name) ?? readText(root.name);
  const creator = isObject(achievement.creator) ? readText(achievement.creator.name) : null;
  const address: Json = isObject(issuer.address) ? issuer.address : {};
  const country = joinTexts([nonEmpty(address.addressCountryCode) ?? readText(address.addressCountry), readText(address.addressRegion)].filter((text): text is Text => text !== null), ', ');
  const parent = isObject(issuer.parentOrg) ? readText(issuer.parentOrg.name) : null;
  const awarding = joinTexts([issuerName, parent].filter((text): text is Text => text !== null));
  const awardedDate = readDate(root.awardedDate) ?? readDate(root.validFrom) ?? readDate(root.issuanceDate);

  const outcomes = alignments.filter(isOutcomeAlignment).map((item) => readText(item.targetName) ?? readText(item.targetDescription)).filter((text): text is Text => text !== null);

  const creditValue = positive(achievement.creditsAvailable) ?? positive(subject.creditsEarned);
  const statesEcts = [achievement.description, ...asArray(achievement.tag)].some((text) => typeof text === 'string' && /\bECTS\b/.test(text));
  const credits = creditValue === null ? null : { value: creditValue, unit: statesEcts ? ('ects' as const) : ('unstated' as const) };

  const eqfLevel = alignments.map((item) => levelOf(item, 'eqf')).find((level) => level !== null) ?? null;
  const nqfLevel = alignments.map((item) => levelOf(item, 'nqf')).find((level) => level !== null) ?? null;
  const level = [nqfLevel === null ? null : `NQF ${nqfLevel}`, eqfLevel === null ? null : `EQF ${eqfLevel}`].filter((part) => part !== null).join(' · ');

  // Assessment: the Assessment Extension's type, the result descriptions, else the criteria's narrative.
  const results = asArray(achievement.resultDescription).filter(isObject);
  const assessment =
    joinTexts(results.map((item) => readText(item.assessmentType) ?? readText(item.name)).filter((text): text is Text => text !== null)) ??
    (isObject(achievement.criteria) ? readText(achievement.criteria.narrative) : null);

  const tags = asArray(achievement.tag).filter((tag): tag is string => typeof tag === 'string');
  const mode = modeWords.find(({ pattern }) => tags.some((tag) => pattern.test(tag)))?.label ?? null;

  // Quality assurance: an endorsement (e.g. by a QA agency) or an accreditation on the issuer's profile.
  const endorsers = [...asArray(root.endorsement), ...asArray(achievement.endorsement), ...asArray(issuer.endorsement)]
    .filter(isObject)
    .map((item) => (isObject(item.issuer) ? readText(item.issuer.name) ?? nonEmpty(item.issuer.id) : nonEmpty(item.issuer)) ?? 'endorsement')
    .filter((text): text is Text => text !== null);
  const accreditation = asArray(issuer.accreditation).filter(isObject).length > 0 ? 'Issuer accreditation' : null;
  const qa = joinTexts([...endorsers.map((name) => (typeof name === 'string' ? `Endorsed by ${name}` : name)), ...(accreditation ? [accreditation] : [])]);

  const unitNote: Bilingual | null =
    credits?.unit === 'unstated' ? { ka: 'კრედიტების ერთეული მითითებული არ არის (Open Badges-ის creditsAvailable-ს ერთეული არ აქვს).', en: 'The credit unit is not stated (Open Badges creditsAvailable has no unit).' } : null;
  const learnerNote: Bilingual | null =
    learnerName === null && learnerIdentifier !== null ? { ka: 'მხოლოდ იდენტიფიკატორია, სახელი არა.', en: 'Only an identifier, no name.' } : null;

  return {
    format: 'open-badges',
    elements: [
      finding('learner', learnerName ?? learnerIdentifier, { note: learnerNote }),
      finding('title', title),
      finding('deliveringInstitutions', creator ?? issuerName, {
        note: creator === null && issuerName !== null ? { ka: 'გამცემი (Open Badges-ში განმახორციელებელი ცალკე არ არის).', en: 'The issuer (Open Badges has no separate delivering institution).' } : null,
      }),
      finding('country', country),
      finding('awardingInstitutions', awarding),
      finding('awardDate', awardedDate),
      finding('learningOutcomes', outcomes.length === 0 ? null : joinTexts(outcomes, '\n')),
      finding('workload', credits === null ? null : `${credits.value}${credits.unit === 'ects' ? ' ECTS' : ''}`, { note: unitNote }),
      finding('level', level === '' ? null : level),
      finding('assessment', assessment),
      finding('participation', mode),
      finding('qualityAssurance', qa),
    ],
    facts: {
      title,
      learner: { name: learnerName, identifier: learnerIdentifier },
      issuer: { id: issuerId, name: issuerName },
      awardedDate,
      credits,
      workloadHours: null,
      eqfLevel,
      nqfLevel,
      learningOutcomes: outcomes,
      assessment,
      qualityAssurance: qa,
    },
  };
}
