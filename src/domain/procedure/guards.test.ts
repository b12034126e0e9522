import { describe, expect, it } from 'vitest';
import { checkCorrectionPeriod, checkExpertGroup, checkHearingNotice, councilMajority, rightValidUntil } from './guards.js';

describe('procedure guards', () => {
  it('accept a correction period of 5 to 15 working days and nothing else', () => {
    expect(checkCorrectionPeriod(5)).toEqual([]);
    expect(checkCorrectionPeriod(15)).toEqual([]);
    expect(checkCorrectionPeriod(4)[0]?.code).toBe('correction_period_range');
    expect(checkCorrectionPeriod(16)[0]?.code).toBe('correction_period_range');
    expect(checkCorrectionPeriod(7.5)[0]?.code).toBe('correction_period_range');
  });

  it('need at least 7 calendar days between the notice and the hearing', () => {
    expect(checkHearingNotice('2026-05-08', '2026-05-15')).toEqual([]);
    expect(checkHearingNotice('2026-05-08', '2026-05-14')[0]).toMatchObject({ path: 'meetingAt', code: 'hearing_notice' });
  });

  it('need all six roles, each once, and no conflicted expert', () => {
    const members = ['qa-expert', 'course-expert', 'field-expert', 'resources-expert', 'learner-expert', 'employer'].map((role, i) => ({ expertId: `e${i}`, role }));
    expect(checkExpertGroup(members, new Set())).toEqual([]);
    expect(checkExpertGroup(members.slice(1), new Set()).map((error) => error.path)).toEqual(['members.qa-expert']);
    expect(checkExpertGroup(members, new Set(['e2'])).map((error) => error.code)).toEqual(['conflict_of_interest']);
    expect(checkExpertGroup([...members, { expertId: 'e0', role: 'employer' }], new Set()).map((error) => error.code)).toEqual(['role_twice', 'expert_twice']);
  });

  it('decide by a majority of the members attending; a tie decides nothing', () => {
    expect(councilMajority(['a', 'b', 'c'], [{ memberId: 'a', vote: 'grant' }, { memberId: 'b', vote: 'grant' }, { memberId: 'c', vote: 'refuse' }])).toBe('grant');
    expect(councilMajority(['a', 'b'], [{ memberId: 'a', vote: 'grant' }, { memberId: 'b', vote: 'refuse' }])).toBeNull();
    // Abstentions count against: 2 of 5 attending is not a majority.
    expect(councilMajority(['a', 'b', 'c', 'd', 'e'], [{ memberId: 'a', vote: 'refuse' }, { memberId: 'b', vote: 'refuse' }])).toBeNull();
    // A vote from someone not attending does not count.
    expect(councilMajority(['a'], [{ memberId: 'z', vote: 'grant' }])).toBeNull();
  });

  it('make a right valid for two years from taking effect', () => {
    expect(rightValidUntil('2026-05-20')).toBe('2028-05-19');
    expect(rightValidUntil('2028-02-29')).toBe('2030-02-28');
  });
});
