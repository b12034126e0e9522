// The twelve mandatory elements of a micro-credential as the guide (section XVI) lists them,
// and how a recognition report finds them in a credential. The guide splits Annex I's
// awarding body into the delivering and the awarding institution and adds the date of
// award (see reference/eu-elements.md). Each credential format has its own pure mapping
// to these twelve: the platform's own credentials (platform.ts, through
// domain/credential/elements.ts), other issuers' Open Badges 3.0 (open-badge.ts) and
// European Learning Model documents (elm.ts).
import type { Bilingual } from '../course/description.js';

export const guideElements = [
  'learner',
  'title',
  'deliveringInstitutions',
  'country',
  'awardingInstitutions',
  'awardDate',
  'learningOutcomes',
  'workload',
  'level',
  'assessment',
  'participation',
  'qualityAssurance',
] as const;
export type GuideElement = (typeof guideElements)[number];

/** The guide's wording of each element (section XVI), in both languages. */
export const guideElementLabels: Readonly<Record<GuideElement, Bilingual>> = {
  learner: { ka: 'მსმენელის იდენტიფიკაცია', en: 'Identification of the learner' },
  title: { ka: 'მიკროკრედენციალის სათაური', en: 'Title of the micro-credential' },
  deliveringInstitutions: { ka: 'განმახორციელებელი დაწესებულება(ები)', en: 'Name of the delivering institution(s)' },
  country: { ka: 'ქვეყანა/ქვეყნები ან რეგიონი/რეგიონები', en: 'Country/countries or region(s)' },
  awardingInstitutions: { ka: 'მიმნიჭებელი დაწესებულება(ები)', en: 'Name of the awarding institution(s)' },
  awardDate: { ka: 'მინიჭების თარიღი', en: 'Date of award' },
  learningOutcomes: { ka: 'სწავლის შედეგები', en: 'Learning outcomes' },
  workload: { ka: 'სავარაუდო დატვირთვა (ECTS კრედიტებში)', en: 'Estimated workload (ECTS credits where possible)' },
  level: { ka: 'დონე (და საფეხური) — EQF, QF-EHEA', en: 'Level (and cycle) — EQF, QF-EHEA' },
  assessment: { ka: 'შეფასების ფორმა', en: 'Type of assessment' },
  participation: { ka: 'სწავლის პროცესში მონაწილეობის ფორმა', en: 'Mode of participation' },
  qualityAssurance: { ka: 'ხარისხის უზრუნველყოფის ტიპი', en: 'Type of quality assurance' },
};

/** A text as the credential gives it: in both languages (the platform's), or in one (another issuer's). */
export type Text = string | Bilingual;

export interface ElementFinding {
  element: GuideElement;
  found: boolean;
  /** What the credential says, as text; null when nothing was found. */
  value: Text | null;
  /** Why it counts as missing (a part is absent), or a caveat on what was found. */
  note: Bilingual | null;
}

export type CredentialFormat = 'platform' | 'open-badges' | 'elm';

/** The facts the E-valuate criteria and the level comparison read, whatever the format. */
export interface RecognitionFacts {
  title: Text | null;
  learner: { name: string | null; identifier: string | null };
  issuer: { id: string | null; name: Text | null };
  awardedDate: string | null;
  /** Credits, and whether the credential says they are ECTS. */
  credits: { value: number; unit: 'ects' | 'unstated' } | null;
  workloadHours: number | null;
  eqfLevel: number | null;
  nqfLevel: number | null;
  learningOutcomes: Text[];
  assessment: Text | null;
  qualityAssurance: Text | null;
}

/** A credential of any supported format, read into the guide's twelve elements. */
export interface MappedCredential {
  format: CredentialFormat;
  /** The twelve elements, in the guide's order. */
  elements: ElementFinding[];
  facts: RecognitionFacts;
}

export const missingElements = (mapped: MappedCredential): GuideElement[] => mapped.elements.filter((item) => !item.found).map((item) => item.element);

/** One finding; `value` null or empty means not found unless `found` says otherwise. */
export function finding(element: GuideElement, value: Text | null, options: { found?: boolean; note?: Bilingual | null } = {}): ElementFinding {
  const present = value !== null && (typeof value !== 'string' || value.trim() !== '');
  return { element, found: options.found ?? present, value: present ? value : null, note: options.note ?? null };
}

// ---- small readers for JSON from outside: nothing here throws ----

export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const asArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
export const firstObject = (value: unknown): Json => asArray(value).find(isObject) ?? {};
export const nonEmpty = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * A text from a plain string, a JSON-LD language map ({ en, ka, … }), a value object
 * ({ "@value" }) or a list of those: both languages when ka and en are there, else the
 * English or the first language given.
 */
export function readText(value: unknown): Text | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = readText(item);
      if (text !== null) return text;
    }
    return null;
  }
  const plain = nonEmpty(value);
  if (plain !== null) return plain;
  if (!isObject(value)) return null;
  if ('@value' in value) return nonEmpty(value['@value']);
  const ka = readText(value.ka);
  const en = readText(value.en);
  if (typeof ka === 'string' && typeof en === 'string') return { ka, en };
  if (en !== null) return en;
  for (const entry of Object.values(value)) {
    const text = readText(entry);
    if (text !== null) return text;
  }
  return null;
}

/** Joins texts: Georgian with Georgian and English with English when all are bilingual. */
export function joinTexts(texts: readonly Text[], separator = '; '): Text | null {
  if (texts.length === 0) return null;
  if (texts.every((text) => typeof text !== 'string')) {
    const bilingual = texts as Bilingual[];
    return { ka: bilingual.map((text) => text.ka).join(separator), en: bilingual.map((text) => text.en).join(separator) };
  }
  return texts.map((text) => (typeof text === 'string' ? text : text.en)).join(separator);
}

/** A calendar date (YYYY-MM-DD) from a date or date-time string, as written (no time-zone shift for a bare date). */
export function readDate(value: unknown): string | null {
  const text = nonEmpty(value);
  if (text === null) return null;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (!match || Number.isNaN(new Date(text).getTime())) return null;
  return match[1]!;
}
