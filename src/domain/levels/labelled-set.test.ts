// Runs the analyser over published learning outcomes (test/fixtures/outcomes, see its
// README for how they were collected) and checks accuracy for domain and level against
// the published labels. An abstention (null) counts as wrong.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignCourse } from './align-course.js';
import { analyseOutcome } from './analyse-outcome.js';

interface LabelledOutcome {
  id: string;
  text: string;
  lang: 'en' | 'ka';
  domain: 'knowledge' | 'skills' | 'responsibility';
  level: 5 | 6 | 7 | 8;
  publishedGroup: string | null;
  domainDecision: 'heading' | 'relabelled' | 'project';
  source: { title: string; url: string };
}

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/outcomes');
const readSet = (name: string) => (JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8')) as { outcomes: LabelledOutcome[] }).outcomes;
const set = readSet('labelled-outcomes.json');
/**
 * Outcomes from other institutions, labelled by people who had not seen how the analyser reads
 * them: what the analyser does on programmes it was not written against. Reported, not held to a
 * threshold (a threshold would make it one more set to tune to). One rule was changed after its
 * first run (a stem ending in a colon); the README gives the first run's figures.
 */
const heldOut = readSet('held-out-outcomes.json');

/**
 * Issue 8 asks for 85% on domain. Met on the first 205 outcomes (0.941), lost when 193 outcomes
 * from 24 more sources were added (0.794), met again (0.892 on all 398) after general rules for
 * responsibility content without an autonomy word and for stems that name a result ("will have
 * acquired"); the test enforces it.
 */
export const DOMAIN_THRESHOLD = 0.85;
/** Issue 8 asks for 70% on level; the analyser does not reach it yet (see the notes). */
export const LEVEL_TARGET = 0.7;
/**
 * What the test holds the analyser to meanwhile: the accuracy last measured, less a little,
 * so that a change that makes level reading worse fails here. Measured 0.427 on the 398
 * outcomes after the set was broadened with 193 outcomes from 24 more sources (0.512 on the
 * first 205), 0.495 after the general rules added for the broadened set (EQF 8 frontier and
 * international standard, "forefront" at EQF 8 unless only some of it, "scientific" and other
 * fields at EQF 7, "basic" scaling a marker down, marker phrases in either number). The README of the fixture says why 0.70 is out of reach for a reading of
 * single outcomes on this set.
 */
export const LEVEL_FLOOR = 0.49;

function confusion<T extends string | number>(rows: readonly T[], actual: (T | null)[], expected: T[]): string {
  const columns = [...rows.map(String), 'null'];
  const header = ['published \\ read', ...columns].map((c) => c.padStart(16)).join('');
  const lines = rows.map((row) => {
    const cells = columns.map((column) => {
      let n = 0;
      expected.forEach((e, i) => {
        if (String(e) === String(row) && String(actual[i]) === column) n++;
      });
      return String(n).padStart(16);
    });
    return `${String(row).padStart(16)}${cells.join('')}`;
  });
  return [header, ...lines].join('\n');
}

const readOne = (item: LabelledOutcome) => ({ item, analysis: analyseOutcome({ text: item.text, lang: item.lang }) });
const results = set.map(readOne);

describe('labelled set of published outcomes', () => {
  const domainRight = results.filter((r) => r.analysis.domain === r.item.domain).length;
  const levelRight = results.filter((r) => r.analysis.level === r.item.level).length;
  const domainAccuracy = domainRight / set.length;
  const levelAccuracy = levelRight / set.length;

  it('has at least 150 outcomes at levels 5 to 8, each with a source', () => {
    expect(set.length).toBeGreaterThanOrEqual(150);
    for (const level of [5, 6, 7, 8]) expect(set.some((o) => o.level === level)).toBe(true);
    for (const o of set) expect(o.source.url).toMatch(/^https?:\/\//);
    expect(new Set(set.map((o) => o.id)).size).toBe(set.length);
  });

  it('reports the confusion matrices and meets the domain threshold and does not fall below the level floor', () => {
    const domains = ['knowledge', 'skills', 'responsibility'] as const;
    const byLang = (lang: 'en' | 'ka') => {
      const subset = results.filter((r) => r.item.lang === lang);
      const d = subset.filter((r) => r.analysis.domain === r.item.domain).length;
      const l = subset.filter((r) => r.analysis.level === r.item.level).length;
      return `${lang}: n=${subset.length}, domain ${(d / subset.length).toFixed(3)}, level ${(l / subset.length).toFixed(3)}`;
    };
    const asPublished = results.filter((r) => r.item.domainDecision !== 'project');
    console.log(
      [
        `Labelled set: ${set.length} outcomes`,
        `Domain accuracy ${domainAccuracy.toFixed(3)} (threshold ${DOMAIN_THRESHOLD}); level accuracy ${levelAccuracy.toFixed(3)} (target ${LEVEL_TARGET}, not yet met; floor ${LEVEL_FLOOR})`,
        byLang('en'),
        byLang('ka'),
        `Domain against the published heading only (no relabelling; ${asPublished.length} outcomes that had one): ${(
          asPublished.filter((r) => r.analysis.domain === headingDomain(r.item)).length / asPublished.length
        ).toFixed(3)}`,
        '',
        'Domain (rows: published, columns: read by the analyser)',
        confusion(domains, results.map((r) => r.analysis.domain), results.map((r) => r.item.domain)),
        '',
        'Level (EQF)',
        confusion([5, 6, 7, 8] as const, results.map((r) => r.analysis.level), results.map((r) => r.item.level)),
        '',
        confidenceReport(),
        '',
        courseReport(),
        '',
        learnedBaselineReport(),
      ].join('\n'),
    );
    expect(domainAccuracy).toBeGreaterThanOrEqual(DOMAIN_THRESHOLD);
    expect(levelAccuracy).toBeGreaterThanOrEqual(LEVEL_FLOOR);
  });

  it('is right more often where it says it is more confident (on this set; not on the held-out set, see the README)', () => {
    // The issue: the analyser "never claims certainty it does not have". Its confidence must at
    // least rank its readings: those at 0.5 or more are right on level more often than the rest.
    const accuracy = (subset: typeof results) => subset.filter((r) => r.analysis.level === r.item.level).length / subset.length;
    const confident = results.filter((r) => r.analysis.confidence >= 0.5);
    const unsure = results.filter((r) => r.analysis.confidence < 0.5);
    expect(confident.length).toBeGreaterThan(0);
    expect(unsure.length).toBeGreaterThan(0);
    expect(accuracy(confident)).toBeGreaterThan(accuracy(unsure) + 0.1);
  });
});

/** Accuracy by the confidence the analyser gave (a reliability table): how far its confidence can be taken at its word. */
function confidenceReport(): string {
  const bands = [0, 0.3, 0.5, 0.7, 0.9, 1.01];
  const lines = ['Accuracy by the analyser\'s confidence (for information): band, outcomes, mean confidence, level right, domain right'];
  for (let b = 0; b < bands.length - 1; b++) {
    const inBand = results.filter((r) => r.analysis.confidence >= bands[b]! && r.analysis.confidence < bands[b + 1]!);
    if (inBand.length === 0) continue;
    const share = (n: number) => (n / inBand.length).toFixed(2);
    lines.push(
      `  ${bands[b]!.toFixed(1)}-${Math.min(1, bands[b + 1]!).toFixed(1)}  n=${String(inBand.length).padStart(3)}  confidence ${share(inBand.reduce((sum, r) => sum + r.analysis.confidence, 0))}  level ${share(
        inBand.filter((r) => r.analysis.level === r.item.level).length,
      )}  domain ${share(inBand.filter((r) => r.analysis.domain === r.item.domain).length)}`,
    );
  }
  return lines.join('\n');
}

/**
 * The published level belongs to a programme or module, not to each of its outcomes. For
 * information, the same outcomes read together as one course per source and language, and
 * the course's best-fit level (section XIV) compared with the published one.
 */
function courseReport(items: LabelledOutcome[] = set): string {
  const courses = new Map<string, LabelledOutcome[]>();
  for (const item of items) {
    const key = `${item.source.title} [${item.lang}]`;
    courses.set(key, [...(courses.get(key) ?? []), item]);
  }
  const lines: string[] = [];
  let right = 0;
  for (const [key, items] of courses) {
    const inputs = items.map((i) => ({ text: i.text, lang: i.lang }));
    const verdict = alignCourse(inputs, inputs.map(analyseOutcome)).level;
    const published = items[0]?.level;
    if (verdict === published) right++;
    lines.push(`  ${verdict === published ? 'ok ' : 'off'} published ${published}, best fit ${verdict ?? 'null'}  (${items.length}) ${key.slice(0, 90)}`);
  }
  return [`Course best fit against the published level (for information, not enforced): ${right} of ${courses.size} courses`, ...lines].join('\n');
}

/** The domain the published heading alone would give (before any relabelling). */
function headingDomain(item: LabelledOutcome): string | null {
  if (item.domainDecision === 'heading') return item.domain;
  const heading = (item.publishedGroup ?? '').toLowerCase();
  if (/knowledge|ცოდნა/.test(heading) && !/application/.test(heading)) return 'knowledge';
  if (/skill|უნარ/.test(heading)) return 'skills';
  if (/compet|autonomy|responsib|application|ავტონომ|პასუხისმგ/.test(heading)) return 'responsibility';
  return null;
}

/** The institution a source belongs to ("Aalborg University, MSc in Software, module ..." -> "Aalborg University"). */
function institutionOf(item: LabelledOutcome): string {
  return item.source.title.split(/[,(:]/)[0]!.trim();
}

/** Words and adjacent word pairs; Georgian words cut to their first five letters, a crude stem. */
function wordFeatures(item: LabelledOutcome): Set<string> {
  const words = (item.text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []).map((w) => (item.lang === 'ka' ? w.slice(0, 5) : w));
  return new Set([...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)]);
}

/**
 * For information, not enforced: whether the level can be learned from the words of these outcomes at
 * all. A naive Bayes classifier over words and word pairs is trained on every institution but one and
 * reads the held-out institution's outcomes (leave one institution out, so that no programme's own
 * wording is learned). If it does no better than the rules, the ceiling is in the labels (a programme's
 * level given to each of its outcomes), not in the rules.
 */
function learnedBaselineReport(): string {
  const levels = [5, 6, 7, 8] as const;
  const institutions = [...new Set(set.map(institutionOf))];
  const read: (number | null)[] = set.map(() => null);
  for (const heldOut of institutions) {
    const training = set.filter((o) => institutionOf(o) !== heldOut);
    const counts = new Map(levels.map((l) => [l, new Map<string, number>()]));
    const vocabulary = new Set<string>();
    for (const o of training) {
      const perLevel = counts.get(o.level)!;
      for (const f of wordFeatures(o)) {
        perLevel.set(f, (perLevel.get(f) ?? 0) + 1);
        vocabulary.add(f);
      }
    }
    const totals = new Map(levels.map((l) => [l, [...counts.get(l)!.values()].reduce((a, b) => a + b, 0)]));
    set.forEach((o, i) => {
      if (institutionOf(o) !== heldOut) return;
      let best: { level: number; score: number } | null = null;
      for (const level of levels) {
        let score = Math.log(training.filter((t) => t.level === level).length + 1);
        for (const f of wordFeatures(o)) {
          if (vocabulary.has(f)) score += Math.log(((counts.get(level)!.get(f) ?? 0) + 0.5) / (totals.get(level)! + 0.5 * vocabulary.size));
        }
        if (!best || score > best.score) best = { level, score };
      }
      read[i] = best!.level;
    });
  }
  const right = set.filter((o, i) => read[i] === o.level).length;
  return [
    `Learned baseline (for information, not enforced): naive Bayes over words and word pairs, leave one institution out (${institutions.length} institutions): level ${(right / set.length).toFixed(3)}`,
    confusion(levels, read as (5 | 6 | 7 | 8 | null)[], set.map((o) => o.level)),
  ].join('\n');
}

describe('held-out set of published outcomes', () => {
  it('has outcomes from sources of its own, each with a source and a published level, and reports how they read', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(50);
    const ids = new Set(set.map((o) => o.id));
    for (const o of heldOut) {
      expect(o.source.url).toMatch(/^https?:\/\//);
      expect([5, 6, 7, 8]).toContain(o.level);
      expect(ids.has(o.id), o.id).toBe(false);
      ids.add(o.id);
    }
    const labelledInstitutions = new Set(set.map(institutionOf));
    expect(heldOut.filter((o) => labelledInstitutions.has(institutionOf(o))).map((o) => o.id)).toEqual([]);

    const heldOutResults = heldOut.map(readOne);
    const right = (key: 'domain' | 'level') => heldOutResults.filter((r) => r.analysis[key] === r.item[key]).length / heldOutResults.length;
    console.log(
      [
        `Held-out set: ${heldOut.length} outcomes from ${new Set(heldOut.map(institutionOf)).size} institutions (for information, not enforced)`,
        `Domain accuracy ${right('domain').toFixed(3)}; level accuracy ${right('level').toFixed(3)}`,
        '',
        'Domain (rows: label, columns: read by the analyser)',
        confusion(['knowledge', 'skills', 'responsibility'] as const, heldOutResults.map((r) => r.analysis.domain), heldOutResults.map((r) => r.item.domain)),
        '',
        'Level (EQF)',
        confusion([5, 6, 7, 8] as const, heldOutResults.map((r) => r.analysis.level), heldOutResults.map((r) => r.item.level)),
        `Level within one of the published level: ${(heldOutResults.filter((r) => r.analysis.level !== null && Math.abs(r.analysis.level - r.item.level) <= 1).length / heldOutResults.length).toFixed(3)}`,
        '',
        courseReport(heldOut),
      ].join('\n'),
    );
  });
});
