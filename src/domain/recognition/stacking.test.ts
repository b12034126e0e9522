import { describe, expect, it } from 'vitest';
import { type AgreementForProgress, type AgreementInput, computeProgress, type LearnerCredential, validateAgreement } from './stacking.js';

const bi = (en: string, ka = `ka:${en}`) => ({ ka, en });

// The guide's sample: three micro-credentials combine for up to 25 ECTS in the research component.
const registry = new Map([
  ['MC-2026-0001', { ects: 7 }], // AI in research
  ['MC-2026-0002', { ects: 6 }], // research methods
  ['MC-2026-0005', { ects: 15 }], // inclusive education
  ['MC-2026-0009', { ects: 5 }],
]);

function sampleInput(overrides: Partial<AgreementInput> = {}): AgreementInput {
  return {
    programme: { name: bi("Master's in Education Policy"), nqfLevel: 7, totalEcts: 120 },
    validFrom: '2026-01-01',
    validUntil: '2028-12-31',
    components: [
      {
        name: bi('research component'),
        capEcts: 25,
        courses: [
          { courseCode: 'MC-2026-0001', ects: 7 },
          { courseCode: 'MC-2026-0002', ects: 6 },
          { courseCode: 'MC-2026-0005', ects: 12 },
        ],
      },
    ],
    ...overrides,
  };
}

const codesOf = (errors: { path: string; code: string }[]) => errors.map((error) => `${error.path}:${error.code}`);

describe('validateAgreement', () => {
  it("accepts the guide's sample agreement", () => {
    expect(validateAgreement(sampleInput(), registry)).toEqual([]);
  });

  it('refuses a course counting more ECTS than it carries, naming the field', () => {
    const input = sampleInput();
    input.components[0]!.courses[1]!.ects = 7;
    const errors = validateAgreement(input, registry);
    expect(codesOf(errors)).toEqual(['components.0.courses.1.ects:exceeds_course_ects']);
    expect(errors[0]!.message).toContain('carries 6 ECTS');
  });

  it('refuses a cap below 1 and, without a programme total, above 120', () => {
    const input = sampleInput({ programme: { name: bi('P'), nqfLevel: 7, totalEcts: null } });
    input.components[0]!.capEcts = 0;
    expect(codesOf(validateAgreement(input, registry))).toContain('components.0.capEcts:range');
    input.components[0]!.capEcts = 121;
    expect(codesOf(validateAgreement(input, registry))).toEqual(['components.0.capEcts:range']);
    input.components[0]!.capEcts = 120;
    expect(validateAgreement(input, registry)).toEqual([]);
  });

  it('refuses a component cap larger than the programme total, and caps that add up to more', () => {
    const input = sampleInput({ programme: { name: bi('P'), nqfLevel: 7, totalEcts: 20 } });
    expect(codesOf(validateAgreement(input, registry))).toEqual(['components.0.capEcts:exceeds_programme_total']);
    const two = sampleInput({ programme: { name: bi('P'), nqfLevel: 7, totalEcts: 30 } });
    two.components.push({ name: bi('electives'), capEcts: 10, courses: [{ courseCode: 'MC-2026-0009', ects: 5 }] });
    const errors = validateAgreement(two, registry);
    expect(codesOf(errors)).toEqual(['programme.totalEcts:caps_exceed_total']);
    expect(errors[0]!.message).toContain('35 ECTS');
  });

  it('refuses an end date before the start date', () => {
    expect(codesOf(validateAgreement(sampleInput({ validUntil: '2025-12-31' }), registry))).toEqual(['validUntil:before_valid_from']);
    expect(codesOf(validateAgreement(sampleInput({ validUntil: '2026-01-01' }), registry))).toEqual([]);
    expect(codesOf(validateAgreement(sampleInput({ validUntil: null }), registry))).toEqual([]);
    expect(codesOf(validateAgreement(sampleInput({ validFrom: '2026-02-30' }), registry))).toEqual(['validFrom:date_format']);
  });

  it('refuses a course listed twice in one component, an unknown course, an empty component and no components', () => {
    const input = sampleInput();
    input.components[0]!.courses.push({ courseCode: 'MC-2026-0001', ects: 3 }, { courseCode: 'MC-2026-0404', ects: 3 });
    input.components.push({ name: bi('empty'), capEcts: 5, courses: [] });
    expect(codesOf(validateAgreement(input, registry))).toEqual([
      'components.0.courses.3.courseCode:duplicate_course',
      'components.0.courses.4.courseCode:unknown_course',
      'components.1.courses:empty',
    ]);
    expect(codesOf(validateAgreement(sampleInput({ components: [] }), registry))).toEqual(['components:empty']);
  });

  it('refuses a course counting for more than its component cap, and missing names', () => {
    const input = sampleInput();
    input.components[0]!.capEcts = 10;
    input.components[0]!.courses[2]!.ects = 11;
    input.programme.name.ka = ' ';
    expect(codesOf(validateAgreement(input, registry))).toEqual(['programme.name.ka:required', 'components.0.courses.2.ects:exceeds_cap']);
  });
});

// ---------------------------------------------------------------------------

const agreement: AgreementForProgress = {
  id: 'agreement-1',
  provider: { slug: 'mtkvari-university', name: bi('Mtkvari University') },
  programme: { name: bi("Master's in Education Policy"), nqfLevel: 7, totalEcts: 120 },
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  components: [
    {
      name: bi('research component'),
      capEcts: 25,
      courses: [
        { courseCode: 'MC-2026-0001', ects: 7 },
        { courseCode: 'MC-2026-0002', ects: 6 },
        { courseCode: 'MC-2026-0005', ects: 12 },
      ],
    },
  ],
};

let serial = 0;
function credential(courseCode: string, overrides: Partial<LearnerCredential> = {}): LearnerCredential {
  serial += 1;
  return {
    id: `credential-${String(serial).padStart(3, '0')}`,
    courseCode,
    courseTitle: bi(`Course ${courseCode}`),
    ects: registry.get(courseCode)?.ects ?? 5,
    awardDate: '2026-06-01',
    state: 'valid',
    ...overrides,
  };
}

describe('computeProgress', () => {
  it('adds valid credentials toward the component and says so in both languages', () => {
    const progress = computeProgress(agreement, [credential('MC-2026-0001'), credential('MC-2026-0002')]);
    expect(progress.earnedEcts).toBe(13);
    expect(progress.capEcts).toBe(25);
    expect(progress.components[0]!.summary.en).toBe("13 of 25 ECTS toward the research component of the Master's in Education Policy at Mtkvari University");
    expect(progress.components[0]!.summary.ka).toContain('25-დან 13 ECTS');
    expect(progress.notCounted).toEqual([]);
  });

  it('reaches the cap exactly with all three courses, and never exceeds it', () => {
    const exactly = computeProgress(agreement, [credential('MC-2026-0001'), credential('MC-2026-0002'), credential('MC-2026-0005')]);
    expect(exactly.components[0]!.earnedEcts).toBe(25);
    expect(exactly.components[0]!.counted.map((item) => [item.ects, item.capped])).toEqual([
      [7, false],
      [6, false],
      [12, false],
    ]);

    const smallCap = { ...agreement, components: [{ ...agreement.components[0]!, capEcts: 15 }] };
    const capped = computeProgress(smallCap, [credential('MC-2026-0001', { awardDate: '2026-02-01' }), credential('MC-2026-0005', { awardDate: '2026-03-01' }), credential('MC-2026-0002', { awardDate: '2026-04-01' })]);
    expect(capped.earnedEcts).toBe(15);
    expect(capped.components[0]!.counted.map((item) => [item.courseCode, item.ects, item.capped])).toEqual([
      ['MC-2026-0001', 7, false],
      ['MC-2026-0005', 8, true],
    ]);
    expect(capped.notCounted.map((item) => [item.courseCode, item.reason])).toEqual([['MC-2026-0002', 'component_full']]);
  });

  it('does not count revoked or suspended credentials, and says why', () => {
    const progress = computeProgress(agreement, [
      credential('MC-2026-0001', { state: 'revoked' }),
      credential('MC-2026-0002', { state: 'suspended' }),
      credential('MC-2026-0005'),
    ]);
    expect(progress.earnedEcts).toBe(12);
    expect(progress.notCounted.map((item) => [item.courseCode, item.reason])).toEqual([
      ['MC-2026-0001', 'revoked'],
      ['MC-2026-0002', 'suspended'],
    ]);
    expect(progress.notCounted[1]!.explanation.en).toContain('suspended');
  });

  it('counts only credentials awarded within the agreement dates, both ends included', () => {
    const progress = computeProgress(agreement, [
      credential('MC-2026-0001', { awardDate: '2025-12-31' }),
      credential('MC-2026-0002', { awardDate: '2026-01-01' }),
      credential('MC-2026-0005', { awardDate: '2027-01-01' }),
    ]);
    expect(progress.earnedEcts).toBe(6);
    expect(progress.notCounted.map((item) => [item.courseCode, item.reason])).toEqual([
      ['MC-2026-0001', 'outside_validity'],
      ['MC-2026-0005', 'outside_validity'],
    ]);
    expect(progress.notCounted[0]!.explanation.en).toBe('The agreement covers credentials awarded from 2026-01-01 to 2026-12-31.');
    const lastDay = computeProgress(agreement, [credential('MC-2026-0005', { awardDate: '2026-12-31' })]);
    expect(lastDay.earnedEcts).toBe(12);
  });

  it('counts one course once: a second credential for the same course does not add', () => {
    const first = credential('MC-2026-0001', { awardDate: '2026-02-01' });
    const again = credential('MC-2026-0001', { awardDate: '2026-05-01' });
    const progress = computeProgress(agreement, [again, first]);
    expect(progress.earnedEcts).toBe(7);
    expect(progress.components[0]!.counted.map((item) => item.credentialId)).toEqual([first.id]);
    expect(progress.notCounted.map((item) => [item.credentialId, item.reason])).toEqual([[again.id, 'same_course_counted']]);
  });

  it('counts a credential whose course is in two components toward one only: the first with room', () => {
    const twoComponents: AgreementForProgress = {
      ...agreement,
      components: [
        { name: bi('research component'), capEcts: 10, courses: [{ courseCode: 'MC-2026-0001', ects: 7 }, { courseCode: 'MC-2026-0002', ects: 6 }] },
        { name: bi('electives'), capEcts: 10, courses: [{ courseCode: 'MC-2026-0002', ects: 6 }, { courseCode: 'MC-2026-0009', ects: 5 }] },
      ],
    };
    const both = computeProgress(twoComponents, [credential('MC-2026-0002')]);
    expect(both.components.map((component) => component.earnedEcts)).toEqual([6, 0]);
    expect(both.earnedEcts).toBe(6);

    // The first component is full: the credential goes to the second, whole.
    const firstAtCap = computeProgress({ ...twoComponents, components: [{ ...twoComponents.components[0]!, capEcts: 7 }, twoComponents.components[1]!] }, [
      credential('MC-2026-0001', { awardDate: '2026-02-01' }),
      credential('MC-2026-0002', { awardDate: '2026-03-01' }),
    ]);
    expect(firstAtCap.components.map((component) => component.earnedEcts)).toEqual([7, 6]);
    expect(firstAtCap.earnedEcts).toBe(13);

    // The first component has some room left: the credential goes there, cut to the room.
    const fullFirst = computeProgress(twoComponents, [
      credential('MC-2026-0001', { awardDate: '2026-02-01' }),
      credential('MC-2026-0005', { awardDate: '2026-02-15' }), // not listed: not mentioned at all
      credential('MC-2026-0009', { awardDate: '2026-03-01' }),
      credential('MC-2026-0002', { awardDate: '2026-04-01' }),
    ]);
    // research: 7, then 0002 finds 3 of room there first and is cut to 3 (the first component with room).
    expect(fullFirst.components.map((component) => component.earnedEcts)).toEqual([10, 5]);
    expect(fullFirst.components[0]!.counted.map((item) => [item.courseCode, item.ects, item.capped])).toEqual([
      ['MC-2026-0001', 7, false],
      ['MC-2026-0002', 3, true],
    ]);
    expect(fullFirst.earnedEcts).toBe(15);
    expect(fullFirst.notCounted).toEqual([]);
  });

  it("counts no more than the credential's own ECTS when its version carried fewer", () => {
    const progress = computeProgress(agreement, [credential('MC-2026-0005', { ects: 10 })]);
    expect(progress.earnedEcts).toBe(10);
  });

  it('gives the same answer whatever order the credentials come in', () => {
    const list = [credential('MC-2026-0005', { awardDate: '2026-03-01' }), credential('MC-2026-0001', { awardDate: '2026-01-05' }), credential('MC-2026-0002', { awardDate: '2026-02-01' })];
    const smallCap = { ...agreement, components: [{ ...agreement.components[0]!, capEcts: 14 }] };
    expect(computeProgress(smallCap, list)).toEqual(computeProgress(smallCap, [...list].reverse()));
    expect(computeProgress(smallCap, list).components[0]!.counted.map((item) => item.ects)).toEqual([7, 6, 1]);
  });
});
