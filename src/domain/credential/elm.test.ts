import { beforeAll, describe, expect, it } from 'vitest';
import { validateElm, elmToQuads } from '../../../test/helpers/elm-shapes.js';
import { ISSUER_DID, openBadgeCredential, trustSetup } from '../../../test/trust/fixtures.js';
import { signCredential, type SignedCredential } from '../../trust/credentials.js';
import { EDC_CONTEXT_URL, elmContexts, toEuropeanLearningModel, type ElmDocument } from './elm.js';

type Node = Record<string, unknown>;

/** The value at a dotted path of the export (array items by index). */
function at(document: object, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Node | undefined)?.[key], document);
}

let signed: SignedCredential<ReturnType<typeof openBadgeCredential>>;
let exported: ElmDocument;

beforeAll(async () => {
  const { store, documentLoader } = await trustSetup();
  const key = await store.getActiveKey(ISSUER_DID);
  signed = await signCredential(openBadgeCredential(), { key: key!, documentLoader, date: new Date('2025-06-30T10:00:00Z') });
  exported = toEuropeanLearningModel(signed, { credentialUrl: 'http://localhost:8080/credentials/verify/abc' });
});

describe('the ELM export of a signed OpenBadgeCredential', () => {
  it('is a European Digital Credential using the EDC context, served from the local copy', () => {
    expect(exported['@context']).toEqual(['https://www.w3.org/2018/credentials/v1', EDC_CONTEXT_URL]);
    expect(exported.type).toEqual(['VerifiableCredential', 'EuropeanDigitalCredential']);
    expect(at(elmContexts()[EDC_CONTEXT_URL]!, '@context.elm')).toBe('http://data.europa.eu/snb/model/elm/');
  });

  it('conforms to the EDC SHACL shapes with controlled vocabularies (EDC-generic-full)', async () => {
    // The full shapes only need each concept's scheme, which the export carries: no vocabulary download.
    const report = await validateElm(exported);
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('conforms with optional elements present and the issuer also awarding', async () => {
    const credential = structuredClone(signed);
    const mc = credential.credentialSubject.achievement.microCredential as Node;
    mc.awardingBodies = [{ en: 'Mtkvari University', ka: 'მტკვრის უნივერსიტეტი' }];
    mc.identityCheck = 'unsupervised-no-id';
    mc.entryRequirements = { en: 'A bachelor’s degree', ka: 'ბაკალავრის ხარისხი' };
    mc.stackability = { en: 'Stackable towards the MA in Public Policy', ka: 'დაგროვებადია' };
    const document = toEuropeanLearningModel(credential, { displayImage: { mediaType: 'image/png', base64: 'iVBORw0KGgo=' } });

    expect(at(document, 'issuer.id')).toBe(at(document, 'credentialSubject.hasClaim.awardedBy.awardingBody.0.id'));
    expect(at(document, 'issuer.legalName')).toEqual({ en: 'Mtkvari University', ka: 'მტკვრის უნივერსიტეტი' });
    expect(at(document, 'credentialSubject.hasClaim.provenBy.idVerification.id')).toBe(
      'http://data.europa.eu/snb/supervision-verification/c598449d64',
    );
    expect(at(document, 'displayParameter.individualDisplay.0.displayDetail.image.contentType.id')).toBe(
      'http://publications.europa.eu/resource/authority/file-type/PNG',
    );
    expect((await validateElm(document)).results).toEqual([]);
  });

  it('carries every EU element of the credential', async () => {
    const mc = signed.credentialSubject.achievement.microCredential;
    const claim = 'credentialSubject.hasClaim';
    const spec = `${claim}.specifiedBy`;
    expect(at(exported, `${claim}.title`)).toEqual({ ka: mc.titleTranslations.ka, en: mc.titleTranslations.en });
    expect(at(exported, `${spec}.title`)).toEqual(mc.titleTranslations);
    expect(at(exported, 'credentialSubject.fullName')).toEqual({ en: 'Nino Beridze' });
    expect(at(exported, `${spec}.creditPoint.point`)).toBe(String(mc.ectsCredits));
    expect(at(exported, `${spec}.creditPoint.framework.id`)).toBe('http://data.europa.eu/snb/education-credit/6fcec5c5af');
    expect(at(exported, `${spec}.volumeOfLearning`)).toBe(`PT${mc.notionalWorkloadHours}H`);
    expect(at(exported, `${spec}.eqfLevel.id`)).toBe(`http://data.europa.eu/snb/eqf/${mc.eqfLevel}`);
    const outcomes = (at(exported, `${spec}.learningOutcome`) as Node[]).map((outcome) => outcome.title);
    const expected = [...mc.learningOutcomes.knowledge, ...mc.learningOutcomes.skills, ...mc.learningOutcomes.responsibilityAutonomy];
    expect(outcomes).toEqual(expected);
    expect(at(exported, `${claim}.awardedBy.awardingBody.0.legalName`)).toEqual(mc.awardingBodies[0]);
    expect(at(exported, `${claim}.awardedBy.awardingDate`)).toBe(signed.awardedDate);
    expect(at(exported, `${claim}.influencedBy.directedBy.0.legalName`)).toEqual(mc.deliveringInstitutions[0]);
    expect(at(exported, `${claim}.provenBy.title`)).toEqual(mc.assessmentType);
    expect(at(exported, `${claim}.provenBy.specifiedBy.title`)).toEqual(mc.assessmentType);
    expect(at(exported, `${spec}.mode.id`)).toBe('http://data.europa.eu/snb/learning-assessment/e92d221e4d'); // blended
    expect(at(exported, `${claim}.influencedBy.specifiedBy.description`)).toEqual(mc.participationDetails);
    expect(at(exported, `${spec}.accreditation.title`)).toEqual(mc.qualityAssurance.external);
    expect(at(exported, `${spec}.accreditation.dcType.inScheme.id`)).toBe('http://data.europa.eu/snb/accreditation/25831c2');
    const notes = (at(exported, `${spec}.additionalNote`) as Node[]).map((note) => note.noteLiteral as { en: string; ka: string });
    expect(notes).toContainEqual({
      en: `Internal quality assurance: ${mc.qualityAssurance.internal.en}`,
      ka: `ხარისხის შიდა უზრუნველყოფა: ${mc.qualityAssurance.internal.ka}`,
    });
    expect(notes).toContainEqual({ en: `National Qualifications Framework (NQF) level: ${mc.nqfLevel}`, ka: expect.any(String) });
    expect(notes).toContainEqual({ en: 'QF-EHEA cycle: First cycle', ka: 'QF-EHEA საფეხური: პირველი საფეხური' });
    expect(at(exported, 'issuer.location.address.countryCode.id')).toBe('http://publications.europa.eu/resource/authority/country/GEO');
    expect(at(exported, 'issuer.location.geographicName')).toEqual(mc.region);
    expect(at(exported, 'issuer.eIDASIdentifier.notation')).toBe(ISSUER_DID);
    expect(at(exported, `${spec}.identifier.0.notation`)).toBe(mc.courseCode);
    expect(at(exported, `${spec}.homepage.contentURL`)).toBe(mc.registryUrl);
    expect(at(exported, `${spec}.thematicArea.id`)).toBe('http://data.europa.eu/snb/isced-f/0542');
    expect(at(exported, `${claim}.supplementaryDocument.contentURL`)).toBe('http://localhost:8080/credentials/verify/abc');
    expect(at(exported, 'issued')).toBe(signed.proof.created);
    expect(at(exported, 'validFrom')).toBe(signed.validFrom);

    // The same values survive JSON-LD processing (safe mode would have thrown on an undefined term).
    const quads = await elmToQuads(exported);
    const literals = new Set(
      quads.getQuads(null, null, null, null).map((quad) => `${quad.object.value}@${'language' in quad.object ? quad.object.language : ''}`),
    );
    const texts = [mc.titleTranslations, mc.assessmentType, mc.participationDetails, mc.qualityAssurance.external, ...expected, ...mc.awardingBodies];
    for (const text of texts) {
      expect(literals).toContain(`${text.en}@en`);
      expect(literals).toContain(`${text.ka}@ka`);
    }
    expect(literals).toContain('Nino Beridze@en');
  });

  const ELM = 'http://data.europa.eu/snb/model/elm/';
  it.each([
    // [what, the node it is removed from, the property, the path the report names]
    ['the claim’s title', 'credentialSubject.hasClaim', 'title', 'http://purl.org/dc/terms/title'],
    ['the date of issue', '', 'issued', 'https://www.w3.org/2018/credentials#issued'],
    ['the awarding body', 'credentialSubject.hasClaim.awardedBy', 'awardingBody', `${ELM}awardingBody`],
    ['the ECTS points', 'credentialSubject.hasClaim.specifiedBy.creditPoint', 'point', `${ELM}point`],
    // only the full (controlled-vocabulary) shapes check a concept's scheme
    ['the EQF level’s scheme', 'credentialSubject.hasClaim.specifiedBy.eqfLevel', 'inScheme', `${ELM}EQFLevel`],
  ])('fails validation naming the path when %s is removed', async (_what, node, property, path) => {
    const document = structuredClone(exported);
    delete (node ? (at(document, node) as Node) : document)[property];
    const report = await validateElm(document);
    expect(report.conforms).toBe(false);
    expect(report.results.map((result) => result.path)).toContain(path);
  });

  it('is deterministic: the same credential exports the same document, another credential other ids', () => {
    expect(toEuropeanLearningModel(structuredClone(signed), { credentialUrl: 'http://localhost:8080/credentials/verify/abc' })).toEqual(exported);
    const other = toEuropeanLearningModel({ ...signed, id: 'urn:uuid:00000000-0000-4000-8000-000000000000' });
    expect(other.id).not.toBe(exported.id);
  });

  it('gives every node of its own a distinct urn:uuid id', () => {
    const ids = new Map<string, string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (typeof value !== 'object' || value === null) return;
      const node = value as Node;
      if (typeof node.type === 'string' && !['Concept', 'ConceptScheme', 'ShaclValidator2017'].includes(node.type)) {
        expect(node.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        // the same id is the same node (e.g. the location shared by organisations)
        const seen = ids.get(node.id as string);
        if (seen) expect(seen).toBe(JSON.stringify(node));
        ids.set(node.id as string, JSON.stringify(node));
      }
      Object.values(node).forEach(walk);
    };
    walk(exported);
    expect(ids.size).toBeGreaterThan(20);
  });
});
