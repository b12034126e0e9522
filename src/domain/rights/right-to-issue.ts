// Whether a provider may award a course on a date: it must hold a valid right to implement
// the course, or be registered for it as a higher education institution, on that date. The
// issuing path and the verifier both ask this one function.
import type { Bilingual } from '../course/description.js';
import { governingRight, type RightRecord, type RightStatus, rightStatusOn } from './status.js';

export type RightToIssue<R extends RightRecord> =
  | { allowed: true; right: R }
  | { allowed: false; status: Exclude<RightStatus, 'valid'>; right: R | null; reason: Bilingual };

const reasons: Record<Exclude<RightStatus, 'valid'>, (date: string) => Bilingual> = {
  'not-granted': (date) => ({
    en: `The provider held no right to implement this course (nor a registration) on ${date}.`,
    ka: `${date}-ისთვის დაწესებულებას არ ჰქონდა ამ კურსის განხორციელების უფლება (არც რეგისტრაცია).`,
  }),
  expired: (date) => ({
    en: `The provider's right to implement this course had expired by ${date}.`,
    ka: `${date}-ისთვის დაწესებულების ამ კურსის განხორციელების უფლებას ვადა გასული ჰქონდა.`,
  }),
  suspended: (date) => ({
    en: `The provider's right to implement this course was suspended on ${date}.`,
    ka: `${date}-ისთვის დაწესებულების ამ კურსის განხორციელების უფლება შეჩერებული იყო.`,
  }),
  terminated: (date) => ({
    en: `The provider's right to implement this course had been terminated by ${date}.`,
    ka: `${date}-ისთვის დაწესებულების ამ კურსის განხორციელების უფლება შეწყვეტილი იყო.`,
  }),
};

/** `rights`: every right and registration of the provider for the course; `date`: 'YYYY-MM-DD'. */
export function rightToIssue<R extends RightRecord>(rights: readonly R[], date: string): RightToIssue<R> {
  const right = governingRight(rights, date);
  const status = rightStatusOn(right, date);
  if (status === 'valid' && right) return { allowed: true, right };
  const refused = status === 'valid' ? 'not-granted' : status;
  return { allowed: false, status: refused, right, reason: reasons[refused](date) };
}
