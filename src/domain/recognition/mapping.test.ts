// The guide's twelve elements read from each format a recognition officer may upload: the
// platform's own credentials, another issuer's Open Badges 3.0, and ELM documents.
import { describe, expect, it } from 'vitest';
import { openBadgeCredential } from '../../../test/trust/fixtures.js';
import { toEuropeanLearningModel, type ElmSourceCredential } from '../credential/elm.js';
import { guideElements, missingElements, readText } from './elements.js';
import { mapElmCredential } from './elm.js';
import { mapOpenBadgeCredential } from './open-badge.js';
import { mapPlatformCredential } from './platform.js';
import { detectFormat } from './report.js';

type Json = Record<string, unknown>;
/** The object at a dotted path, to change one part of a credential. */
const at = (value: unknown, path: string): Json => path.split('.').reduce<Json>((node, key) => node[key] as Json, value as Json);
const platformCredential = (): Json => openBadgeCredential() as Json;

/** Another issuer's OB 3.0 credential with every element the core fields and common practice can carry. */
function externalOpenBadge(): Json {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'did:key:z6MkExample', type: ['Profile'], name: 'Tartu Open University', address: { type: ['Address'], addressCountryCode: 'EE', addressRegion: 'Tartumaa' }, endorsement: [{ issuer: { name: 'Estonian Quality Agency for Education' } }] },
    validFrom: '2026-03-01T10:00:00Z',
    awardedDate: '2026-02-27T00:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Eva Tamm' }],
      achievement: {
        id: 'https://example.ee/achievements/data-ethics',
        type: ['Achievement'],
        name: 'Data Ethics',
        description: 'A 5 ECTS course on data ethics.',
        criteria: { narrative: 'Pass a written exam.' },
        creator: { id: 'https://example.ee', type: ['Profile'], name: 'Institute of Computer Science' },
        creditsAvailable: 5,
        tag: ['online', 'ECTS'],
        alignment: [
          { type: ['Alignment'], targetName: 'Level 6', targetUrl: 'http://data.europa.eu/snb/eqf/6', targetType: 'ext:EQFLevel', targetFramework: 'European Qualifications Framework', targetCode: '6' },
          { type: ['Alignment'], targetName: 'Apply ethical principles to data processing', targetUrl: 'http://data.europa.eu/esco/skill/abc', targetType: 'ceasn:Competency' },
        ],
        resultDescription: [{ type: ['ResultDescription'], name: 'Written exam', resultType: 'Status' }],
      },
    },
  };
}

describe('the platform’s own credentials', () => {
  it('finds all twelve elements in a complete credential, in the guide’s order', () => {
    const mapped = mapPlatformCredential(platformCredential());
    expect(mapped.elements.map((item) => item.element)).toEqual([...guideElements]);
    expect(missingElements(mapped)).toEqual([]);
    expect(mapped.facts.learner.name).toBe('Nino Beridze');
    expect(mapped.facts.credits?.unit).toBe('ects');
    expect(mapped.elements.find((item) => item.element === 'title')?.value).toMatchObject({ en: expect.any(String), ka: expect.any(String) });
  });

  it('reports an element missing when one of its parts is missing, and names the part', () => {
    const credential = platformCredential();
    delete at(credential, 'credentialSubject.achievement.microCredential.qualityAssurance').external;
    delete at(credential, 'credentialSubject.achievement.microCredential').assessmentType;
    const mapped = mapPlatformCredential(credential);
    expect(missingElements(mapped)).toEqual(['assessment', 'qualityAssurance']);
    const qa = mapped.elements.find((item) => item.element === 'qualityAssurance')!;
    expect(qa.note?.en).toContain('External quality assurance');
    expect(qa.value).not.toBeNull(); // the internal part is still shown
  });

  it('is recognised as the platform’s format by its microCredential extension', () => {
    expect(detectFormat(platformCredential())).toBe('platform');
    expect(detectFormat(externalOpenBadge())).toBe('open-badges');
    expect(detectFormat({ type: ['VerifiableCredential'], credentialSubject: { id: 'did:example:1' } })).toBeNull();
  });
});

describe('another issuer’s Open Badges 3.0 credential', () => {
  it('reads the twelve elements from core fields, EQF alignments, tags and endorsements', () => {
    const mapped = mapOpenBadgeCredential(externalOpenBadge());
    expect(missingElements(mapped)).toEqual([]);
    expect(mapped.facts).toMatchObject({ eqfLevel: 6, credits: { value: 5, unit: 'ects' }, learner: { name: 'Eva Tamm' }, awardedDate: '2026-02-27' });
    expect(mapped.elements.find((item) => item.element === 'country')?.value).toBe('EE, Tartumaa');
    expect(mapped.elements.find((item) => item.element === 'deliveringInstitutions')?.value).toBe('Institute of Computer Science');
    expect(mapped.elements.find((item) => item.element === 'participation')?.value).toMatchObject({ en: 'Online' });
    expect(mapped.facts.qualityAssurance).toContain('Estonian Quality Agency');
  });

  it('reports what a bare badge lacks instead of guessing it, and flags credits without a unit', () => {
    const bare = externalOpenBadge();
    delete at(bare, 'issuer').address;
    delete at(bare, 'issuer').endorsement;
    Object.assign(at(bare, 'credentialSubject.achievement'), { tag: [], alignment: [], description: 'A course on data ethics.' });
    Object.assign(at(bare, 'credentialSubject'), { identifier: undefined, id: 'did:example:learner' });
    const mapped = mapOpenBadgeCredential(bare);
    expect(missingElements(mapped)).toEqual(['country', 'learningOutcomes', 'level', 'participation', 'qualityAssurance']);
    expect(mapped.facts.credits).toEqual({ value: 5, unit: 'unstated' });
    expect(mapped.facts.learner).toEqual({ name: null, identifier: 'did:example:learner' });
    expect(mapped.elements.find((item) => item.element === 'workload')?.note?.en).toMatch(/unit is not stated/);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 42, 'text', [], { credentialSubject: 'x', issuer: 7 }]) {
      expect(missingElements(mapOpenBadgeCredential(junk))).toHaveLength(12);
    }
  });
});

describe('a European Learning Model credential', () => {
  it('finds all twelve elements in the platform’s own ELM export, with NQF from its note', () => {
    const elm = toEuropeanLearningModel(platformCredential() as unknown as ElmSourceCredential);
    expect(detectFormat(elm)).toBe('elm');
    const mapped = mapElmCredential(elm);
    expect(missingElements(mapped)).toEqual([]);
    expect(mapped.facts).toMatchObject({ eqfLevel: 6, nqfLevel: 6, learner: { name: 'Nino Beridze' }, credits: { unit: 'ects' } });
    expect(mapped.facts.learningOutcomes.length).toBeGreaterThan(2);
    expect(mapped.elements.find((item) => item.element === 'country')?.value).toMatch(/^GEO, /);
  });

  it('reads the Commission’s shape (single nodes, English-only maps) and reports removed elements', () => {
    const document: Json = {
      type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
      issued: '2024-01-15T10:00:00Z',
      issuer: { type: 'Organisation', legalName: { en: 'Research Alliance University' }, location: { address: { countryCode: { id: 'http://publications.europa.eu/resource/authority/country/IRL' } } } },
      credentialSubject: {
        type: 'Person',
        fullName: { en: 'Ana Andromeda' },
        hasClaim: {
          type: 'LearningAchievement',
          title: { en: 'Digital Skills' },
          awardedBy: { awardingBody: { type: 'Organisation', legalName: { en: 'Research Alliance University' } }, awardingDate: '2024-01-10T00:00:00Z' },
          influencedBy: { directedBy: { legalName: { en: 'School of Computing' } } },
          provenBy: { title: { en: 'Project assessment' } },
          specifiedBy: {
            type: 'Qualification',
            eqfLevel: { id: 'http://data.europa.eu/snb/eqf/5' },
            creditPoint: { framework: { id: 'http://data.europa.eu/snb/education-credit/6fcec5c5af' }, point: '3' },
            learningOutcome: [{ title: { en: 'Builds a website' } }],
            mode: { prefLabel: { en: 'Blended' } },
          },
        },
      },
    };
    const mapped = mapElmCredential(document);
    expect(missingElements(mapped)).toEqual(['qualityAssurance']);
    expect(mapped.facts).toMatchObject({ eqfLevel: 5, nqfLevel: null, credits: { value: 3, unit: 'ects' }, awardedDate: '2024-01-10' });
    delete at(document, 'credentialSubject.hasClaim.specifiedBy').creditPoint;
    at(document, 'credentialSubject.hasClaim.specifiedBy').volumeOfLearning = 'PT75H';
    const hoursOnly = mapElmCredential(document);
    expect(hoursOnly.facts).toMatchObject({ credits: null, workloadHours: 75 });
    expect(hoursOnly.elements.find((item) => item.element === 'workload')?.note?.en).toMatch(/no ECTS/);
  });
});

describe('reading texts', () => {
  it('keeps both languages when both are there, else the English or the only one', () => {
    expect(readText({ ka: 'ა', en: 'a' })).toEqual({ ka: 'ა', en: 'a' });
    expect(readText({ de: 'x', en: 'a' })).toBe('a');
    expect(readText([{ '@value': 'v' }])).toBe('v');
    expect(readText({ de: 'x' })).toBe('x');
    expect(readText('  ')).toBeNull();
  });
});
