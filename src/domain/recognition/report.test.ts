// The E-valuate criteria, the level comparison and the recommendation (Lisbon or RPL).
import { describe, expect, it } from 'vitest';
import { openBadgeCredential } from '../../../test/trust/fixtures.js';
import type { RecognitionFacts } from './elements.js';
import { mapPlatformCredential } from './platform.js';
import { assessCredential, assessCriteria, compareLevel, evaluateCriteria, recommend, type VerificationSummary } from './report.js';

const say = (en: string) => ({ en, ka: `ka:${en}` });
const verified: VerificationSummary = {
  outcome: 'verified',
  checks: [
    { check: 'proof', outcome: 'passed', reason: say('Signed by did:web:x.') },
    { check: 'status', outcome: 'passed', reason: say('Neither revoked nor suspended.') },
    { check: 'right', outcome: 'passed', reason: say('The provider held a valid right on 2026-11-20.') },
  ],
  issuer: { id: 'did:web:x', inRegistry: true },
  reason: null,
};
const external: VerificationSummary = {
  outcome: 'not-verified',
  checks: [
    { check: 'proof', outcome: 'passed', reason: say('Signed by did:key:z.') },
    { check: 'status', outcome: 'not-checked', reason: say('No status entry.') },
    { check: 'right', outcome: 'not-checked', reason: say('The issuer is not in this registry.') },
  ],
  issuer: { id: 'did:key:z', inRegistry: false },
  reason: null,
};
const tampered: VerificationSummary = { ...verified, outcome: 'not-verified', checks: [{ check: 'proof', outcome: 'failed', reason: say('The signature does not match the credential.') }, ...verified.checks.slice(1)] };
const unverifiable: VerificationSummary = { outcome: 'not-verifiable', checks: [], issuer: { id: null, inRegistry: false }, reason: say('An ELM credential without a proof this platform checks.') };
const target = { programme: 'MA Education Policy, research component', framework: 'nqf' as const, level: 7 };

const facts = (): RecognitionFacts => ({
  title: 'Data Ethics',
  learner: { name: 'Eva Tamm', identifier: null },
  issuer: { id: 'did:key:z', name: 'Tartu' },
  awardedDate: '2026-02-27',
  credits: { value: 5, unit: 'ects' },
  workloadHours: 125,
  eqfLevel: 6,
  nqfLevel: null,
  learningOutcomes: ['Applies ethics'],
  assessment: 'Written exam',
  qualityAssurance: null,
});
const statusOf = (results: ReturnType<typeof assessCriteria>) => Object.fromEntries(results.map((item) => [item.criterion, item.status]));

describe('the seven E-valuate criteria', () => {
  it('are all met for a complete credential of an issuer in the registry, each with evidence in both languages', () => {
    const results = assessCriteria(mapPlatformCredential(openBadgeCredential()).facts, verified);
    expect(results.map((item) => item.criterion)).toEqual([...evaluateCriteria]);
    expect(results.every((item) => item.status === 'met')).toBe(true);
    for (const item of results) expect(item.evidence.en.length * item.evidence.ka.length).toBeGreaterThan(0);
    expect(results[0]!.evidence.en).toContain('registry');
  });

  it('say unknown where the credential cannot tell, and not met where it says nothing', () => {
    const bare = { ...facts(), credits: { value: 5, unit: 'unstated' as const }, learner: { name: null, identifier: 'did:example:1' }, assessment: null, learningOutcomes: [], eqfLevel: null };
    expect(statusOf(assessCriteria(bare, external))).toEqual({
      courseQuality: 'unknown',
      certificateVerification: 'met',
      courseLevel: 'not-met',
      learningOutcomes: 'not-met',
      workload: 'unknown',
      assessmentMethods: 'not-met',
      learnerIdentification: 'unknown',
    });
  });

  it('fail certificate verification when the signature does not match, and course quality when the registry refuses the right', () => {
    const refused = { ...tampered, checks: tampered.checks.map((item) => (item.check === 'right' ? { ...item, outcome: 'failed' as const } : item)) };
    const status = statusOf(assessCriteria(facts(), refused));
    expect(status.certificateVerification).toBe('not-met');
    expect(status.courseQuality).toBe('not-met');
    expect(assessCriteria(facts(), unverifiable)[1]).toMatchObject({ status: 'unknown', evidence: { en: expect.stringContaining('ELM') } });
  });
});

describe('the level against the target programme', () => {
  it('compares in the programme’s framework', () => {
    expect(compareLevel({ nqfLevel: 7, eqfLevel: 7 }, target).outcome).toBe('same');
    expect(compareLevel({ nqfLevel: 6, eqfLevel: 6 }, target)).toMatchObject({ outcome: 'below', credential: { framework: 'nqf', level: 6 } });
    expect(compareLevel({ nqfLevel: 8, eqfLevel: null }, { ...target, framework: 'eqf', level: 7 }).outcome).toBe('above');
  });

  it('falls back to the other framework and says so, or says it cannot compare', () => {
    const viaEqf = compareLevel({ nqfLevel: null, eqfLevel: 6 }, target);
    expect(viaEqf).toMatchObject({ outcome: 'below', credential: { framework: 'eqf', level: 6 } });
    expect(viaEqf.explanation.en).toContain('states only its EQF level');
    expect(compareLevel({ nqfLevel: null, eqfLevel: null }, target)).toMatchObject({ outcome: 'unknown', credential: null });
  });
});

describe('the recommendation', () => {
  const same = compareLevel({ nqfLevel: 7, eqfLevel: 7 }, target);

  it('is the Lisbon Recognition Convention when every element is there and the credential is authentic', () => {
    const recommendation = recommend([], verified, same);
    expect(recommendation.route).toBe('lisbon');
    expect(recommendation.reasons[0]!.en).toBe('All twelve mandatory elements are present.');
  });

  it('is recognition of prior learning when elements are missing, naming each', () => {
    const recommendation = recommend(['assessment', 'qualityAssurance'], verified, same);
    expect(recommendation.route).toBe('rpl');
    expect(recommendation.reasons[0]!.en).toContain('2 of the twelve mandatory elements are missing: Type of assessment; Type of quality assurance');
    expect(recommendation.reasons[0]!.ka).toContain('შეფასების ფორმა');
  });

  it('is RPL for a complete credential whose signature fails, and Lisbon with a caveat when it cannot be checked here', () => {
    expect(recommend([], tampered, same)).toMatchObject({ route: 'rpl', reasons: [expect.anything(), { en: expect.stringContaining('authenticity is not established') }] });
    const elm = recommend([], unverifiable, same);
    expect(elm.route).toBe('lisbon');
    expect(elm.reasons[1]!.en).toContain('confirm it with the issuer');
  });

  it('adds the level to the reasons when the credential is below the programme', () => {
    const below = compareLevel({ nqfLevel: 6, eqfLevel: 6 }, target);
    expect(recommend([], verified, below).reasons.at(-1)!.en).toContain('below the level of the programme (NQF 7)');
  });

  it('assembles a report: elements, missing, criteria, level and route together', () => {
    const credential = openBadgeCredential();
    delete (credential.credentialSubject.achievement.microCredential as Partial<typeof credential.credentialSubject.achievement.microCredential>).assessmentType;
    const report = assessCredential(mapPlatformCredential(credential), verified, target);
    expect(report).toMatchObject({ format: 'platform', missing: ['assessment'], recommendation: { route: 'rpl' }, level: { outcome: 'below' } });
    expect(report.criteria.find((item) => item.criterion === 'assessmentMethods')?.status).toBe('not-met');
  });
});
