// The guide's twelve elements in a European Learning Model 3 credential (a European Digital
// Credential, JSON-LD), at the paths of reference/field-mapping.md (7b, 7c) and of the
// Commission's sample micro-credential — the paths the platform's own export writes
// (docs/elm.md). ELM lets most properties be one node or a list, and texts be language maps:
// every reader here takes either. The Georgian NQF level travels as a note (no EU vocabulary
// holds it), so it is read from a note headed "NQF" when there is no `nqfLevel`.
import type { Bilingual } from '../course/description.js';
import { asArray, finding, firstObject, isObject, joinTexts, nonEmpty, readDate, readText, type Json, type MappedCredential, type Text } from './elements.js';

/** Whether a JSON-LD document is an ELM credential (an EDC, or a credential whose subject has ELM claims). */
export function isElmDocument(document: unknown): boolean {
  if (!isObject(document)) return false;
  const types = asArray(document.type).map(String);
  const contexts = asArray(document['@context']).map((context) => (typeof context === 'string' ? context : ''));
  return (
    types.includes('EuropeanDigitalCredential') ||
    contexts.some((context) => context.startsWith('http://data.europa.eu/snb/model/context/')) ||
    (isObject(document.credentialSubject) && 'hasClaim' in document.credentialSubject)
  );
}

/** The label of a concept ({ prefLabel }) or the text of a note ({ noteLiteral }), or a plain text. */
function label(value: unknown): Text | null {
  const node = firstObject(value);
  return readText(node.prefLabel) ?? readText(node.noteLiteral) ?? readText(node.title) ?? readText(value);
}

const organisationNames = (value: unknown): Text[] =>
  asArray(value)
    .filter(isObject)
    .map((organisation) => readText(organisation.legalName) ?? readText(organisation.altLabel))
    .filter((text): text is Text => text !== null);

/** The country of a Location: the EU country concept's code (…/country/GEO) or its label, and the region's name. */
function locationText(value: unknown): Text | null {
  const location = firstObject(value);
  const address = firstObject(location.address);
  const country = firstObject(address.countryCode);
  const code = nonEmpty(country.id)?.split('/').pop() ?? null;
  const countryText = code ?? readText(country.prefLabel);
  const region = readText(location.geographicName) ?? label(location.spatialCode);
  return joinTexts([countryText, region].filter((text): text is Text => text !== null), ', ');
}

function levelFromConcept(value: unknown): number | null {
  const node = firstObject(value);
  const id = nonEmpty(node.id) ?? nonEmpty(value);
  const digit = id ? /\/(\d)$/.exec(id)?.[1] : undefined;
  return digit === undefined ? null : Number(digit);
}

/** The NQF level from a note headed as the export writes it ("… (NQF) level: 6"). */
function nqfFromNotes(notes: unknown): number | null {
  for (const note of asArray(notes).filter(isObject)) {
    const text = readText(note.noteLiteral);
    const english = typeof text === 'string' ? text : text?.en;
    const match = english ? /\bNQF\b[^:]*:\s*(\d)/.exec(english) : null;
    if (match) return Number(match[1]);
  }
  return null;
}

/** Hours from an ISO 8601 duration such as PT100H. */
function hoursOf(duration: unknown): number | null {
  const match = typeof duration === 'string' ? /^P(?:(\d+)D)?T?(?:(\d+)H)?/.exec(duration) : null;
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  return Number(match[1] ?? 0) * 24 + Number(match[2] ?? 0);
}

export function mapElmCredential(document: unknown): MappedCredential {
  const root: Json = isObject(document) ? document : {};
  const person = firstObject(root.credentialSubject);
  const claim = firstObject(person.hasClaim);
  const spec = firstObject(claim.specifiedBy);
  const awardedBy = firstObject(claim.awardedBy);
  const activity = firstObject(claim.influencedBy);
  const assessmentNode = firstObject(claim.provenBy);
  const issuer = firstObject(root.issuer);

  const given = readText(person.givenName);
  const family = readText(person.familyName);
  const splitName = given !== null && family !== null ? `${typeof given === 'string' ? given : given.en} ${typeof family === 'string' ? family : family.en}` : null;
  const fullName = readText(person.fullName);
  const learnerName = (typeof fullName === 'string' ? fullName : fullName?.en) ?? splitName;
  const nationalId = nonEmpty(firstObject(person.nationalId).notation) ?? nonEmpty(person.nationalId);

  const title = readText(claim.title) ?? readText(spec.title);
  const delivering = organisationNames(firstObject(activity).directedBy);
  const awarding = organisationNames(awardedBy.awardingBody);
  const country = locationText(awardedBy.location) ?? locationText(issuer.location) ?? locationText(firstObject(awardedBy.awardingBody).location);
  const awardedDate = readDate(awardedBy.awardingDate) ?? readDate(root.issued) ?? readDate(root.issuanceDate) ?? readDate(root.validFrom);

  const outcomes = asArray(spec.learningOutcome)
    .filter(isObject)
    .map((outcome) => readText(outcome.title))
    .filter((text): text is Text => text !== null);
  const outcomeSummary = outcomes.length === 0 ? label(spec.learningOutcomeSummary) : null;

  const ectsPoint = asArray(spec.creditPoint)
    .filter(isObject)
    .map((point) => ({ value: Number.parseFloat(String(point.point ?? '')), ects: /education-credit\/6fcec5c5af|ECTS/i.test(JSON.stringify(point.framework ?? '')) }))
    .find((point) => Number.isFinite(point.value) && point.value > 0);
  const credits = ectsPoint ? { value: ectsPoint.value, unit: ectsPoint.ects ? ('ects' as const) : ('unstated' as const) } : null;
  const hours = hoursOf(spec.volumeOfLearning) ?? hoursOf(firstObject(activity.specifiedBy).volumeOfLearning);
  const workload = credits ? `${credits.value}${credits.unit === 'ects' ? ' ECTS' : ''}${hours === null ? '' : ` (${hours} h)`}` : hours === null ? null : `${hours} h`;

  const eqfLevel = levelFromConcept(spec.eqfLevel);
  const nqfLevel = levelFromConcept(spec.nqfLevel) ?? nqfFromNotes(spec.additionalNote);
  const level = [nqfLevel === null ? null : `NQF ${nqfLevel}`, eqfLevel === null ? null : `EQF ${eqfLevel}`].filter((part) => part !== null).join(' · ');

  const assessmentSpec = firstObject(assessmentNode.specifiedBy);
  const assessment = readText(assessmentNode.title) ?? readText(assessmentSpec.title) ?? label(assessmentSpec.dcType) ?? label(assessmentNode.dcType);
  const mode = label(spec.mode) ?? label(firstObject(activity.specifiedBy).mode) ?? label(spec.learningSetting);
  const accreditations = [...asArray(spec.accreditation), ...asArray(issuer.accreditation)].filter(isObject);
  const qa = joinTexts(accreditations.map((item) => readText(item.title) ?? label(item.dcType)).filter((text): text is Text => text !== null));

  const workloadNote: Bilingual | null =
    credits === null && hours !== null ? { ka: 'მხოლოდ საათები, ECTS კრედიტები არა.', en: 'Hours only, no ECTS credits.' } : null;

  return {
    format: 'elm',
    elements: [
      finding('learner', learnerName ?? nationalId),
      finding('title', title),
      finding('deliveringInstitutions', joinTexts(delivering)),
      finding('country', country),
      finding('awardingInstitutions', joinTexts(awarding)),
      finding('awardDate', awardedDate),
      finding('learningOutcomes', outcomes.length > 0 ? joinTexts(outcomes, '\n') : outcomeSummary),
      finding('workload', workload, { note: workloadNote }),
      finding('level', level === '' ? null : level),
      finding('assessment', assessment),
      finding('participation', mode),
      finding('qualityAssurance', qa),
    ],
    facts: {
      title,
      learner: { name: learnerName, identifier: nationalId },
      issuer: { id: nonEmpty(firstObject(issuer.eIDASIdentifier).notation) ?? nonEmpty(issuer.id), name: readText(issuer.legalName) },
      awardedDate,
      credits,
      workloadHours: hours,
      eqfLevel,
      nqfLevel,
      learningOutcomes: outcomes,
      assessment,
      qualityAssurance: qa,
    },
  };
}
