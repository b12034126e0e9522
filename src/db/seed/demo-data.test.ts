import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { totalHours, type CourseDescription } from '../../domain/course/description.js';
import { validateCourseDescription } from '../../domain/course/validate.js';
import { rightStatusOn, type RightStatus } from '../../domain/rights/status.js';
import { demoCourses, demoProviders } from './demo-data.js';

const TODAY = '2026-11-28';

const iscedCodes = new Set(
  (JSON.parse(readFileSync(new URL('../../domain/course/isced-f-2013.json', import.meta.url), 'utf8')) as { code: string }[]).map(
    (entry) => entry.code,
  ),
);
const rules = { isIscedCode: (code: string) => iscedCodes.has(code) };

function latest(versions: CourseDescription[]): CourseDescription {
  const last = versions[versions.length - 1];
  if (!last) throw new Error('a course without versions');
  return last;
}

const allDescriptions = demoCourses.flatMap((course) => [
  ...course.versions.map((description, index) => ({ label: `${course.key} v${index + 1}`, description })),
  ...(course.draft ? [{ label: `${course.key} draft`, description: course.draft }] : []),
]);

describe('ISCED-F code list', () => {
  it('holds all 220 codes, each with English and Georgian labels', () => {
    const list = JSON.parse(
      readFileSync(new URL('../../domain/course/isced-f-2013.json', import.meta.url), 'utf8'),
    ) as { code: string; level: string; label: { en: string; ka: string } }[];
    expect(list).toHaveLength(220);
    expect(iscedCodes.size).toBe(220);
    for (const entry of list) {
      expect(['broad', 'narrow', 'detailed']).toContain(entry.level);
      expect(entry.label.en.trim()).not.toBe('');
      expect(entry.label.ka).toMatch(/[\u10D0-\u10FF]/);
    }
  });
});

describe('demo data', () => {
  it.each(allDescriptions)('$label passes the course description rules', ({ description }) => {
    expect(validateCourseDescription(description, rules)).toEqual([]);
  });

  it('has at least 18 courses with unique keys, each with at least one published version', () => {
    expect(demoCourses.length).toBeGreaterThanOrEqual(18);
    expect(new Set(demoCourses.map((course) => course.key)).size).toBe(demoCourses.length);
    for (const course of demoCourses) expect(course.versions.length).toBeGreaterThanOrEqual(1);
  });

  it('has at least 6 providers, at least 3 universities and 3 other providers, all with courses', () => {
    expect(demoProviders.length).toBeGreaterThanOrEqual(6);
    expect(demoProviders.filter((provider) => provider.kind === 'hei').length).toBeGreaterThanOrEqual(3);
    expect(demoProviders.filter((provider) => provider.kind === 'other').length).toBeGreaterThanOrEqual(3);
    const slugs = new Set(demoProviders.map((provider) => provider.slug));
    expect(slugs.size).toBe(demoProviders.length);
    for (const course of demoCourses) expect(slugs).toContain(course.providerSlug);
    for (const provider of demoProviders) {
      expect(demoCourses.some((course) => course.providerSlug === provider.slug)).toBe(true);
    }
  });

  it('names the provider as delivering institution and awarding body', () => {
    for (const course of demoCourses) {
      const provider = demoProviders.find((p) => p.slug === course.providerSlug);
      for (const description of [...course.versions, ...(course.draft ? [course.draft] : [])]) {
        expect(description.deliveringInstitutions).toContainEqual(provider?.name);
        expect(description.awardingBodies).toContainEqual(provider?.name);
      }
    }
  });

  it('spreads levels, credits, hours per credit, modes and languages', () => {
    const current = demoCourses.map((course) => latest(course.versions));
    expect(new Set(current.map((d) => d.level.nqf))).toEqual(new Set([6, 7]));
    expect(current.filter((d) => d.level.nqf === 6).length).toBeGreaterThanOrEqual(5);
    expect(current.filter((d) => d.level.nqf === 7).length).toBeGreaterThanOrEqual(5);
    const ects = current.map((d) => d.workload.ects);
    expect(ects).toContain(1);
    expect(ects).toContain(30);
    const hoursPerEcts = new Set(current.map((d) => d.workload.hoursPerEcts));
    for (const h of [25, 27, 30]) expect(hoursPerEcts).toContain(h);
    expect(new Set(current.map((d) => d.participationMode))).toEqual(new Set(['online', 'onsite', 'blended']));
    const languages = new Set(current.flatMap((d) => d.languages));
    for (const language of ['ka', 'en', 'ru']) expect(languages).toContain(language);
    expect(new Set(current.map((d) => d.iscedField)).size).toBeGreaterThanOrEqual(8);
  });

  it('shows version history on some courses and one draft', () => {
    expect(demoCourses.filter((course) => course.versions.length === 2).length).toBeGreaterThanOrEqual(2);
    expect(demoCourses.filter((course) => course.draft !== undefined).length).toBeGreaterThanOrEqual(1);
  });

  it('covers every right status and both kinds of right on 2026-11-28', () => {
    const statuses = demoCourses.map((course) => rightStatusOn(course.right, TODAY));
    const count = (status: RightStatus): number => statuses.filter((s) => s === status).length;
    expect(count('valid')).toBeGreaterThan(demoCourses.length / 2);
    expect(count('expired')).toBeGreaterThanOrEqual(2);
    expect(count('suspended')).toBeGreaterThanOrEqual(2);
    expect(count('terminated')).toBeGreaterThanOrEqual(1);
    expect(demoCourses.filter((course) => course.right === null).length).toBeGreaterThanOrEqual(2);

    const registrations = demoCourses.filter((course) => course.right?.kind === 'hei-registration');
    expect(registrations.length).toBeGreaterThanOrEqual(2);
    for (const course of registrations) {
      expect(course.right?.validUntil).toBeNull();
      expect(demoProviders.find((p) => p.slug === course.providerSlug)?.kind).toBe('hei');
    }
    expect(demoCourses.some((course) => course.right?.subjectToMonitoring === true)).toBe(true);
  });

  it('gives each time-limited right two years less one day, and dates in order', () => {
    for (const course of demoCourses) {
      const r = course.right;
      if (!r || r.kind !== 'right') continue;
      const from = new Date(`${r.effectiveFrom}T00:00:00Z`);
      from.setUTCFullYear(from.getUTCFullYear() + 2);
      from.setUTCDate(from.getUTCDate() - 1);
      expect(r.validUntil, course.key).toBe(from.toISOString().slice(0, 10));
      for (const date of [r.suspendedFrom, r.terminatedFrom]) {
        if (date !== null) {
          expect(date > r.effectiveFrom).toBe(true);
          expect(date < TODAY).toBe(true);
        }
      }
    }
  });
});

describe('the Guide sample course (ai-research)', () => {
  const course = demoCourses[0];
  const description = course ? latest(course.versions) : undefined;

  it('is the first course, from a university, with a valid right', () => {
    expect(course?.key).toBe('ai-research');
    expect(demoProviders.find((p) => p.slug === course?.providerSlug)?.kind).toBe('hei');
    expect(course?.right?.kind).toBe('right');
    expect(rightStatusOn(course?.right ?? null, TODAY)).toBe('valid');
  });

  it('has the title, place, credits and workload of the sample syllabus', () => {
    expect(description?.title).toEqual({
      en: 'AI for Enhancing Research Skills in Higher Education',
      ka: 'ხელოვნური ინტელექტის გამოყენება უმაღლეს განათლებაში კვლევითი უნარების განვითარებისთვის',
    });
    expect(description?.country).toBe('GE');
    expect(description?.region.en).toBe('Tbilisi');
    expect(description?.workload.ects).toBe(7);
    expect(description?.workload.hoursPerEcts).toBe(25);
    expect(description?.workload.breakdown.map((item) => item.hours)).toEqual([50, 15, 100, 6, 4]);
    expect(description ? totalHours(description.workload) : 0).toBe(175);
  });

  it('has the level, outcomes, mode, language and field of the sample syllabus', () => {
    expect(description?.level).toEqual({ nqf: 7, eqf: 7, qfEheaCycle: 'second' });
    expect(description?.learningOutcomes.knowledge).toHaveLength(4);
    expect(description?.learningOutcomes.skills).toHaveLength(5);
    expect(description?.learningOutcomes.responsibilityAutonomy).toHaveLength(3);
    expect(description?.participationMode).toBe('online');
    expect(description?.participationDetails.en).toBe(
      'Fully online (asynchronous + synchronous), delivered via the Moodle LMS platform',
    );
    expect(description?.languages).toEqual(['ka']);
    expect(description?.iscedField).toBe('0111');
    expect(description?.identityCheck).toBe('supervised-with-id');
    expect(description?.qualityAssurance.external.en).toContain('National Center for Educational Quality Enhancement');
    expect(description?.stackability?.en).toContain('25 ECTS');
  });
});
