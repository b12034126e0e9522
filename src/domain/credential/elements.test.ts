import { beforeAll, describe, expect, it } from 'vitest';
import { signCredential } from '../../trust/credentials.js';
import { ISSUER_DID, openBadgeCredential, PLATFORM_URL, trustSetup } from '../../../test/trust/fixtures.js';
import { completeElements, credentialElements, elementLabels, IncompleteCredentialError, mandatoryElements } from './elements.js';

type Json = Record<string, unknown>;

let signed: Json;

beforeAll(async () => {
  const { store, documentLoader } = await trustSetup();
  const key = await store.getActiveKey(ISSUER_DID);
  signed = await signCredential(openBadgeCredential(), { key: key!, documentLoader, date: new Date('2025-06-30T10:00:00Z') });
});

/** A copy of the signed credential with `change` applied to its microCredential object. */
function withMicroCredential(change: (mc: Json) => void): Json {
  const copy = structuredClone(signed);
  const mc = ((copy.credentialSubject as Json).achievement as Json).microCredential as Json;
  change(mc);
  return copy;
}

describe('credentialElements', () => {
  it('reads every EU element of a signed credential, in both languages', () => {
    const elements = credentialElements(signed);
    expect(elements.missing).toEqual([]);
    expect(elements).toEqual({
      learnerName: 'Nino Beridze',
      title: { en: 'Applied Data Analysis for Public Policy', ka: 'მონაცემთა გამოყენებითი ანალიზი საჯარო პოლიტიკისთვის' },
      deliveringInstitutions: [{ en: 'Test University', ka: 'სატესტო უნივერსიტეტი' }],
      awardingBodies: [{ en: 'Test University', ka: 'სატესტო უნივერსიტეტი' }],
      country: 'GE',
      region: { en: 'Tbilisi', ka: 'თბილისი' },
      awardedDate: '2025-06-30',
      learningOutcomes: {
        knowledge: [{ en: 'Explains the principles of statistical inference.', ka: 'ხსნის სტატისტიკური დასკვნის პრინციპებს.' }],
        skills: [{ en: 'Analyses public datasets with open-source tools.', ka: 'აანალიზებს საჯარო მონაცემებს ღია კოდის ინსტრუმენტებით.' }],
        responsibilityAutonomy: [
          { en: 'Takes responsibility for the integrity of an analysis.', ka: 'იღებს პასუხისმგებლობას ანალიზის კეთილსინდისიერებაზე.' },
        ],
      },
      ectsCredits: 4,
      notionalWorkloadHours: 100,
      nqfLevel: 6,
      eqfLevel: 6,
      qfEheaCycle: { code: 'first', label: { ka: 'პირველი საფეხური', en: 'First cycle' } },
      assessmentType: { en: 'Project and written examination', ka: 'პროექტი და წერითი გამოცდა' },
      participationMode: { code: 'blended', label: { ka: 'შერეული', en: 'Blended' } },
      participationDetails: { en: 'Blended: weekly seminars and online tasks', ka: 'შერეული: ყოველკვირეული სემინარები და ონლაინ დავალებები' },
      qualityAssurance: {
        internal: { en: 'Internal QA regulations of the university', ka: 'უნივერსიტეტის ხარისხის შიდა უზრუნველყოფის დებულება' },
        external: { en: 'Right granted by NCEQE', ka: 'ეროვნული ცენტრის მიერ მინიჭებული უფლება' },
      },
      courseCode: 'MC-0001',
      courseVersion: 1,
      registryUrl: `${PLATFORM_URL}/courses/MC-0001/versions/1`,
      issuer: { id: ISSUER_DID, name: 'Mtkvari University' },
      missing: [],
    });
  });

  it('reports the elements removed from a credential by key, instead of throwing', () => {
    const partial = withMicroCredential((mc) => {
      delete mc.titleTranslations;
      delete mc.ectsCredits;
      (mc.learningOutcomes as Json).skills = [];
      mc.participationMode = 'hybrid';
      (mc.qualityAssurance as Json).external = { en: 'Right granted by NCEQE' };
    });
    delete partial.awardedDate;
    delete partial.validFrom;
    (partial.credentialSubject as Json).identifier = [];
    const elements = credentialElements(partial);
    expect(elements.missing).toEqual([
      'learnerName',
      'title',
      'awardedDate',
      'learningOutcomes.skills',
      'ectsCredits',
      'participationMode',
      'qualityAssurance.external',
    ]);
    expect(elements).toMatchObject({
      learnerName: null,
      title: null,
      awardedDate: null,
      ectsCredits: null,
      participationMode: null,
      qualityAssurance: { external: null, internal: { en: 'Internal QA regulations of the university' } },
      learningOutcomes: { skills: [] },
      nqfLevel: 6,
    });
  });

  it('keeps the well-formed items of a list with a malformed one, and reports the list', () => {
    const elements = credentialElements(
      withMicroCredential((mc) => {
        mc.awardingBodies = [{ en: 'Test University', ka: 'სატესტო უნივერსიტეტი' }, { en: 'No Georgian name' }];
      }),
    );
    expect(elements.awardingBodies).toEqual([{ en: 'Test University', ka: 'სატესტო უნივერსიტეტი' }]);
    expect(elements.missing).toEqual(['awardingBodies']);
  });

  it('reports every element of something that is not a credential', () => {
    for (const value of [null, undefined, 'credential', 42, [], {}]) {
      const elements = credentialElements(value);
      expect(elements.missing).toEqual([...mandatoryElements]);
      expect(elements.deliveringInstitutions).toEqual([]);
    }
  });

  it('dates the award in Tbilisi, from validFrom when awardedDate is absent', () => {
    expect(credentialElements({ ...signed, awardedDate: '2025-06-30T22:30:00Z' }).awardedDate).toBe('2025-07-01');
    const { awardedDate: _awarded, ...withoutAwarded } = signed;
    expect(credentialElements({ ...withoutAwarded, validFrom: '2025-07-02T00:00:00Z' }).awardedDate).toBe('2025-07-02');
    expect(credentialElements({ ...signed, awardedDate: 'yesterday' }).missing).toEqual(['awardedDate']);
  });

  it('reads an issuer given as a bare IRI, and never a hashed name', () => {
    expect(credentialElements({ ...signed, issuer: ISSUER_DID }).issuer).toEqual({ id: ISSUER_DID, name: null });
    const hashedName = structuredClone(signed);
    (hashedName.credentialSubject as Json).identifier = [
      { type: 'IdentityObject', identityType: 'name', hashed: true, identityHash: 'sha256$00', salt: 's' },
    ];
    expect(credentialElements(hashedName).learnerName).toBeNull();
  });

  it('has a label in both languages for every element', () => {
    for (const key of mandatoryElements) {
      expect(elementLabels[key].ka).toMatch(/\p{Script=Georgian}/u);
      expect(elementLabels[key].en).toMatch(/^[A-Z]/);
    }
  });
});

describe('completeElements', () => {
  it('gives the elements of a complete credential and refuses a partial one, naming what is missing', () => {
    expect(completeElements(signed).title.en).toBe('Applied Data Analysis for Public Policy');
    const partial = withMicroCredential((mc) => {
      delete mc.assessmentType;
      delete mc.region;
    });
    expect(() => completeElements(partial)).toThrow(IncompleteCredentialError);
    expect(() => completeElements(partial)).toThrow('The credential lacks mandatory elements: region, assessmentType');
  });
});
