import { describe, expect, it } from 'vitest';
import { validDescription, workloadOf } from '../../../test/factories/course.js';
import type { CourseDescription } from './description.js';
import { isIscedCode } from './isced.js';
import { validateCourseDescription } from './validate.js';

const check = (description: CourseDescription) => validateCourseDescription(description, { isIscedCode });
const paths = (description: CourseDescription) => check(description).map((error) => error.path);

describe('a course description', () => {
  it('that is complete has no errors', () => {
    expect(check(validDescription())).toEqual([]);
  });

  describe('ECTS credits', () => {
    it.each([1, 30])('accepts %i ECTS (the bounds)', (ects) => {
      expect(check(validDescription({ workload: workloadOf(ects, 25) }))).toEqual([]);
    });
    it.each([0, 31])('refuses %i ECTS, naming workload.ects', (ects) => {
      const errors = check(validDescription({ workload: workloadOf(ects, 25) }));
      expect(errors.map((error) => error.path)).toContain('workload.ects');
      expect(errors.find((error) => error.path === 'workload.ects')?.code).toBe('ects_range');
    });
    it('refuses a fraction of a credit', () => {
      expect(paths(validDescription({ workload: workloadOf(2.5, 26) }))).toContain('workload.ects');
    });
  });

  describe('hours per ECTS', () => {
    it.each([25, 30])('accepts %i hours (the bounds)', (hours) => {
      expect(check(validDescription({ workload: workloadOf(4, hours) }))).toEqual([]);
    });
    it.each([24, 31])('refuses %i hours, naming workload.hoursPerEcts', (hours) => {
      expect(paths(validDescription({ workload: workloadOf(4, hours) }))).toEqual(['workload.hoursPerEcts']);
    });
  });

  describe('the hours breakdown', () => {
    it('must add up to ECTS × hours per ECTS: one hour short is refused', () => {
      const workload = workloadOf(4, 25);
      workload.breakdown[0]!.hours -= 1;
      const errors = check(validDescription({ workload }));
      expect(errors).toEqual([expect.objectContaining({ path: 'workload.breakdown', code: 'hours_sum' })]);
      expect(errors[0]!.message).toContain('99');
      expect(errors[0]!.message).toContain('100');
    });
    it('one hour over is refused too', () => {
      const workload = workloadOf(4, 25);
      workload.breakdown[1]!.hours += 1;
      expect(paths(validDescription({ workload }))).toEqual(['workload.breakdown']);
    });
    it('must list at least one activity', () => {
      expect(paths(validDescription({ workload: { ects: 4, hoursPerEcts: 25, breakdown: [] } }))).toContain('workload.breakdown');
    });
    it('refuses an activity of zero hours, naming its row', () => {
      const workload = workloadOf(4, 25);
      workload.breakdown.push({ activity: { en: 'Nothing', ka: 'არაფერი' }, hours: 0 });
      expect(paths(validDescription({ workload }))).toContain('workload.breakdown.2.hours');
    });
    it("accepts the guide's sample: 7 ECTS × 25 h = 50 + 15 + 100 + 6 + 4", () => {
      const hours = [50, 15, 100, 6, 4];
      const breakdown = hours.map((h, i) => ({ activity: { en: `Activity ${i}`, ka: `აქტივობა ${i}` }, hours: h }));
      expect(check(validDescription({ workload: { ects: 7, hoursPerEcts: 25, breakdown }, level: { nqf: 7, eqf: 7, qfEheaCycle: 'second' } }))).toEqual([]);
    });
  });

  describe('levels', () => {
    it('accepts NQF 6 with EQF 6 and the first cycle, and NQF 7 with EQF 7 and the second cycle', () => {
      expect(check(validDescription({ level: { nqf: 6, eqf: 6, qfEheaCycle: 'first' } }))).toEqual([]);
      expect(check(validDescription({ level: { nqf: 7, eqf: 7, qfEheaCycle: 'second' } }))).toEqual([]);
    });
    it.each([5, 8])('refuses NQF level %i', (nqf) => {
      expect(paths(validDescription({ level: { nqf: nqf as 6, eqf: nqf as 6, qfEheaCycle: 'first' } }))).toEqual(['level.nqf']);
    });
    it('refuses an EQF level that differs from the NQF level', () => {
      expect(paths(validDescription({ level: { nqf: 7, eqf: 6, qfEheaCycle: 'second' } }))).toEqual(['level.eqf']);
    });
    it('refuses the second cycle at level 6 and the first cycle at level 7', () => {
      expect(paths(validDescription({ level: { nqf: 6, eqf: 6, qfEheaCycle: 'second' } }))).toEqual(['level.qfEheaCycle']);
      expect(paths(validDescription({ level: { nqf: 7, eqf: 7, qfEheaCycle: 'first' } }))).toEqual(['level.qfEheaCycle']);
    });
  });

  describe('learning outcomes', () => {
    it.each(['knowledge', 'skills', 'responsibilityAutonomy'] as const)('need at least one in %s', (domain) => {
      const description = validDescription();
      description.learningOutcomes[domain] = [];
      expect(paths(description)).toEqual([`learningOutcomes.${domain}`]);
    });
    it('need both languages, naming the missing one', () => {
      const description = validDescription();
      description.learningOutcomes.skills.push({ en: 'Designs a survey.', ka: '  ' });
      expect(paths(description)).toEqual(['learningOutcomes.skills.1.ka']);
    });
  });

  describe('mandatory elements', () => {
    it('need both titles', () => {
      expect(paths(validDescription({ title: { en: '', ka: 'სათაური' } }))).toEqual(['title.en']);
      expect(paths(validDescription({ title: { en: 'Title', ka: '' } }))).toEqual(['title.ka']);
    });
    it('need a delivering institution and an awarding body', () => {
      expect(paths(validDescription({ deliveringInstitutions: [], awardingBodies: [] }))).toEqual(['deliveringInstitutions', 'awardingBodies']);
    });
    it.each(['assessmentType', 'participationDetails', 'region'] as const)('need %s in both languages', (key) => {
      expect(paths(validDescription({ [key]: { en: '', ka: '' } }))).toEqual([`${key}.ka`, `${key}.en`]);
    });
    it('need both kinds of quality assurance', () => {
      const description = validDescription();
      description.qualityAssurance.external = { en: '', ka: 'გარე' };
      expect(paths(description)).toEqual(['qualityAssurance.external.en']);
    });
    it('need a two-letter country code', () => {
      expect(paths(validDescription({ country: 'Georgia' }))).toEqual(['country']);
    });
  });

  describe('optional elements', () => {
    it('may be left out entirely', () => {
      expect(check(validDescription({ stackability: null, rationale: null, fee: null, lmsUrl: null, durationWeeks: null, contacts: [] }))).toEqual([]);
    });
    it('when given in one language, need the other', () => {
      expect(paths(validDescription({ stackability: { en: 'Stacks toward an MA', ka: '' } }))).toEqual(['stackability.ka']);
    });
    it('check the ISCED-F code against the classification', () => {
      expect(check(validDescription({ iscedField: '0111' }))).toEqual([]);
      expect(check(validDescription({ iscedField: '01' }))).toEqual([]);
      expect(paths(validDescription({ iscedField: '0777' }))).toEqual(['iscedField']);
    });
    it('check languages, contacts, fee and link', () => {
      expect(paths(validDescription({ languages: [] }))).toEqual(['languages']);
      expect(paths(validDescription({ languages: ['ka', 'ka'] }))).toEqual(['languages']);
      expect(paths(validDescription({ languages: ['Georgian'] }))).toEqual(['languages.0']);
      expect(paths(validDescription({ contacts: [{ name: 'A', position: { en: 'x', ka: 'y' }, email: 'not-an-email' }] }))).toEqual(['contacts.0.email']);
      expect(paths(validDescription({ fee: { amountMinor: -1, currency: 'GEL' } }))).toEqual(['fee.amountMinor']);
      expect(paths(validDescription({ fee: { amountMinor: 100, currency: 'lari' } }))).toEqual(['fee.currency']);
      expect(paths(validDescription({ lmsUrl: 'javascript:alert(1)' }))).toEqual(['lmsUrl']);
      expect(paths(validDescription({ durationWeeks: 0 }))).toEqual(['durationWeeks']);
    });
  });
});
