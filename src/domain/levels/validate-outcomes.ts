// Checks the outcomes handed to the analyser before any reading is done: each must be
// non-empty, written in the language it claims (Georgian script for ka, English for en),
// and short enough to be one outcome. Errors name the outcome by its index.
import { ValidationError } from '../errors.js';
import { type FieldError, fieldError } from '../field-error.js';
import type { OutcomeInput } from './analyse-outcome.js';

export const MAX_OUTCOMES = 100;
export const MAX_OUTCOME_WORDS = 150;

const georgianLetter = /[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]/u;
const latinLetter = /[A-Za-z\u00C0-\u024F]/u;
const anyLetter = /\p{L}/u;
/** Short, common English words; an English outcome of four words or more has at least one. */
const englishFunctionWords = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'for', 'with', 'on', 'at', 'by', 'from', 'as', 'their', 'its', 'be',
  'able', 'will', 'can', 'is', 'are', 'that', 'which', 'using', 'use', 'within', 'into', 'own', 'how', 'what', 'new',
]);

interface ScriptCounts {
  georgian: number;
  latin: number;
  other: number;
}

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { georgian: 0, latin: 0, other: 0 };
  for (const char of text) {
    if (georgianLetter.test(char)) counts.georgian++;
    else if (latinLetter.test(char)) counts.latin++;
    else if (anyLetter.test(char)) counts.other++;
  }
  return counts;
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** The problems with one outcome, or none. */
export function outcomeProblems(outcome: OutcomeInput, index: number): FieldError[] {
  const path = `outcomes.${index}.text`;
  const text = outcome.text.trim();
  if (text.length === 0) return [fieldError(path, 'required', `Outcome ${index + 1} is empty.`)];
  const words = wordCount(text);
  if (words > MAX_OUTCOME_WORDS) {
    return [fieldError(path, 'too_long', `Outcome ${index + 1} has ${words} words; one learning outcome is at most ${MAX_OUTCOME_WORDS} words. Split it into separate outcomes.`)];
  }
  const scripts = countScripts(text);
  const letters = scripts.georgian + scripts.latin + scripts.other;
  if (letters === 0) return [fieldError(path, 'no_text', `Outcome ${index + 1} has no words.`)];
  if (outcome.lang === 'ka') {
    if (scripts.georgian / letters < 0.5) {
      const what = scripts.latin > scripts.other ? 'Latin script' : 'a script other than Georgian or Latin';
      return [fieldError(path, 'wrong_language', `Outcome ${index + 1} is marked as Georgian (ka) but is written in ${what}.`)];
    }
    return [];
  }
  if (scripts.georgian / letters >= 0.5) {
    return [fieldError(path, 'wrong_language', `Outcome ${index + 1} is marked as English (en) but is written in Georgian; send it with "lang": "ka".`)];
  }
  if (scripts.latin / letters < 0.5) {
    return [fieldError(path, 'unsupported_language', `Outcome ${index + 1} is in neither English nor Georgian; the analyser reads only these two languages.`)];
  }
  const tokens = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (tokens.length >= 4 && !tokens.some((token) => englishFunctionWords.has(token))) {
    return [fieldError(path, 'unsupported_language', `Outcome ${index + 1} does not read as English; the analyser reads only English and Georgian.`)];
  }
  return [];
}

/** Throws a ValidationError naming every bad outcome by its index. */
export function validateOutcomes(outcomes: readonly OutcomeInput[]): void {
  if (outcomes.length === 0) throw new ValidationError([fieldError('outcomes', 'required', 'Send at least one learning outcome.')]);
  if (outcomes.length > MAX_OUTCOMES) {
    throw new ValidationError([fieldError('outcomes', 'too_many', `Send at most ${MAX_OUTCOMES} outcomes at once.`)]);
  }
  const errors = outcomes.flatMap((outcome, index) => outcomeProblems(outcome, index));
  if (errors.length > 0) throw new ValidationError(errors, 'Some outcomes cannot be analysed.');
}
