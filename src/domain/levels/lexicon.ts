// The word lists of verbs.json compiled into matchers. English entries are words or
// phrases whose inflected forms are generated; Georgian entries are stems matched inside
// a word, so preverbs and endings (ა-, გა-, შე-; -ს, -ენ, -ავს, -ოს, -ონ) are covered.
import verbData from './verbs.json' with { type: 'json' };
import type { EqfLevel, OutcomeDomain } from './descriptors.js';

export type Lang = 'en' | 'ka';
export const bloomCategories = ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'] as const;
export type BloomCategory = (typeof bloomCategories)[number];

interface KaEntry {
  label?: string;
  stems: string[];
  notIn?: string[];
}

interface VerbEntry {
  id: string;
  bloom: BloomCategory;
  domains: OutcomeDomain[];
  en: string[];
  ka: KaEntry;
}

interface NotMeasurableEntry {
  id: string;
  en: string[];
  ka: string[];
  suggest: { en: string[]; ka: string[] };
  note?: string;
}

interface MarkerEntry {
  id: string;
  level: EqfLevel;
  kind?: string;
  weight?: number;
  /** Responsibility content even as the object of a knowledge or skills verb ("evaluate own work"). */
  asObject?: boolean;
  en: string[];
  ka: string[];
}

interface VerbFile {
  bloom: Record<BloomCategory, { rank: number; en: string; ka: string }>;
  verbs: VerbEntry[];
  notMeasurable: NotMeasurableEntry[];
  qualifiers: MarkerEntry[];
  autonomy: MarkerEntry[];
}

const data = verbData as VerbFile;

export const bloomInfo = data.bloom;

export type MatchKind = 'verb' | 'notMeasurable' | 'qualifier' | 'autonomy';

export interface Match {
  kind: MatchKind;
  entryId: string;
  /** The words as they appear in the text. */
  found: string;
  start: number;
  end: number;
  bloom?: BloomCategory;
  domains?: OutcomeDomain[];
  level?: EqfLevel;
  weight?: number;
  markerKind?: string;
  asObject?: boolean;
  suggest?: { en: string[]; ka: string[] };
}

// ---------- English ----------

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Inflected forms of one English word: analyse → analyses, analysed, analysing. */
function inflect(word: string): string[] {
  const forms = new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`]);
  if (word.endsWith('e')) forms.add(`${word.slice(0, -1)}ing`);
  if (word.endsWith('y') && !/[aeiou]y$/.test(word)) {
    forms.add(`${word.slice(0, -1)}ies`);
    forms.add(`${word.slice(0, -1)}ied`);
  }
  if (/[^aeiou][aeiou][bdgmnpt]$/.test(word)) {
    forms.add(`${word}${word.slice(-1)}ed`);
    forms.add(`${word}${word.slice(-1)}ing`);
  }
  return [...forms];
}

function englishPattern(phrases: string[], inflectFirst: boolean): RegExp {
  const alternatives = phrases.flatMap((phrase) => {
    const words = phrase.toLowerCase().split(/\s+/);
    const [first = '', ...rest] = words;
    const firstForms = inflectFirst ? inflect(first) : [first, `${first}s`];
    // The last word of a marker phrase may be plural or singular ("theoretical framework(s)").
    const tailWords = rest.map(escapeRegExp);
    const last = tailWords.length - 1;
    if (!inflectFirst && last >= 0 && /\p{L}$/u.test(rest[last] ?? '')) tailWords[last] = `${(tailWords[last] ?? '').replace(/s$/, '')}(?:s|es)?`;
    const tail = tailWords.join('\\s+');
    return firstForms.map((form) => (tail ? `${escapeRegExp(form)}\\s+${tail}` : escapeRegExp(form)));
  });
  alternatives.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\-])(?:${alternatives.join('|')})(?![\\p{L}\\-])`, 'giu');
}

interface Compiled<T> {
  entry: T;
  en: RegExp;
  ka: KaEntry;
}

const compiledVerbs: Compiled<VerbEntry>[] = data.verbs.map((entry) => ({ entry, en: englishPattern(entry.en, true), ka: entry.ka }));
const compiledNotMeasurable: Compiled<NotMeasurableEntry>[] = data.notMeasurable.map((entry) => ({
  entry,
  en: englishPattern(entry.en, true),
  ka: { stems: entry.ka },
}));
const compiledQualifiers: Compiled<MarkerEntry>[] = data.qualifiers.map((entry) => ({ entry, en: englishPattern(entry.en, false), ka: { stems: entry.ka } }));
const compiledAutonomy: Compiled<MarkerEntry>[] = data.autonomy.map((entry) => ({ entry, en: englishPattern(entry.en, false), ka: { stems: entry.ka } }));

// ---------- Georgian ----------

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const result: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}-]+/gu)) {
    result.push({ text: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return result;
}

/** Where a Georgian stem (one word, or several words) matches; longest stems are tried by the caller. */
function georgianStemMatches(text: string, tokens: Word[], stem: string, notIn: string[] = []): { start: number; end: number; found: string }[] {
  const anchoredStart = stem.startsWith('^');
  const anchoredEnd = stem.endsWith('$');
  const bare = stem.replace(/^\^/, '').replace(/\$$/, '');
  const parts = bare.split(/\s+/);
  const result: { start: number; end: number; found: string }[] = [];
  for (let i = 0; i + parts.length <= tokens.length; i++) {
    const span = tokens.slice(i, i + parts.length);
    const ok = span.every((token, j) => {
      const part = parts[j] ?? '';
      const isFirst = j === 0;
      const isLast = j === parts.length - 1;
      if (parts.length > 1) {
        // In a phrase, inner words must match whole (the last may carry an ending).
        if (isFirst && !isLast) return token.text.endsWith(part) && (!anchoredStart || token.text === part);
        if (isLast) return token.text.startsWith(part) && (!anchoredEnd || token.text === part);
        return token.text === part;
      }
      if (anchoredStart && anchoredEnd) return token.text === part;
      if (anchoredStart) return token.text.startsWith(part);
      if (anchoredEnd) return token.text.endsWith(part);
      return token.text.includes(part);
    });
    if (!ok) continue;
    const first = span[0];
    const last = span[span.length - 1];
    if (!first || !last) continue;
    const found = text.slice(first.start, last.end);
    if (notIn.some((excluded) => found.toLowerCase().includes(excluded))) continue;
    result.push({ start: first.start, end: last.end, found });
  }
  return result;
}

// ---------- Matching ----------

interface Candidate extends Match {
  specificity: number;
}

function collect<T extends { id: string }>(
  text: string,
  lang: Lang,
  tokens: Word[],
  compiled: Compiled<T>[],
  make: (entry: T, found: string, start: number, end: number) => Match,
): Candidate[] {
  const out: Candidate[] = [];
  for (const item of compiled) {
    if (lang === 'en') {
      for (const m of text.matchAll(item.en)) {
        out.push({ ...make(item.entry, m[0], m.index, m.index + m[0].length), specificity: m[0].length });
      }
    } else {
      for (const stem of item.ka.stems) {
        for (const m of georgianStemMatches(text, tokens, stem, item.ka.notIn)) {
          out.push({ ...make(item.entry, m.found, m.start, m.end), specificity: stem.replace(/[\^$]/g, '').length });
        }
      }
    }
  }
  return out;
}

/**
 * Every verb, non-measurable verb, qualifier and autonomy marker in a text. Where two
 * matches overlap, the more specific one (the longer stem or phrase) wins, so that
 * ამოხსნის (solves) is not read as ხსნის (explains), nor "under supervision" as "supervise".
 */
export function findMatches(text: string, lang: Lang): Match[] {
  const tokens = lang === 'ka' ? words(text) : [];
  const candidates: Candidate[] = [
    ...collect(text, lang, tokens, compiledNotMeasurable, (entry, found, start, end) => ({
      kind: 'notMeasurable', entryId: entry.id, found, start, end, suggest: entry.suggest,
    })),
    ...collect(text, lang, tokens, compiledAutonomy, (entry, found, start, end) => ({
      kind: 'autonomy', entryId: entry.id, found, start, end, level: entry.level, weight: entry.weight ?? 2,
      ...(entry.asObject ? { asObject: true } : {}),
    })),
    ...collect(text, lang, tokens, compiledQualifiers, (entry, found, start, end) => ({
      kind: 'qualifier', entryId: entry.id, found, start, end, level: entry.level, weight: entry.weight ?? 2, markerKind: entry.kind,
    })),
    ...collect(text, lang, tokens, compiledVerbs, (entry, found, start, end) => ({
      kind: 'verb', entryId: entry.id, found, start, end, bloom: entry.bloom, domains: entry.domains,
    })),
  ];
  // Within each group (verbs; markers), the most specific match wins where two overlap; on
  // equal specificity the list order above decides. A marker may sit inside a verb phrase
  // ("take responsibility") and counts for both.
  const order: Record<MatchKind, number> = { notMeasurable: 0, autonomy: 1, qualifier: 2, verb: 3 };
  const resolve = (group: Candidate[]): Candidate[] => {
    group.sort((a, b) => b.specificity - a.specificity || order[a.kind] - order[b.kind] || a.start - b.start);
    const kept: Candidate[] = [];
    for (const candidate of group) {
      if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
    }
    return kept;
  };
  const isVerb = (c: Candidate) => c.kind === 'verb' || c.kind === 'notMeasurable';
  const kept = [...resolve(candidates.filter(isVerb)), ...resolve(candidates.filter((c) => !isVerb(c)))];
  kept.sort((a, b) => a.start - b.start);
  return kept.map(({ specificity: _specificity, ...match }) => match);
}

export function bloomRank(category: BloomCategory): number {
  return data.bloom[category].rank;
}
