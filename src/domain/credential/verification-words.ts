// The words of a verification's verdict, checks and outcomes, in Georgian and English: one home
// for the verification page (web/messages-verification.ts), `microcred verify`, and the recognition
// report (its page and its PDF).
import type { Bilingual } from '../course/description.js';

export const verdictWords: Record<'valid' | 'invalid', Bilingual> = {
  valid: { en: 'This micro-credential is valid.', ka: 'ეს მიკროკრედენციალი ნამდვილია.' },
  invalid: { en: 'This micro-credential is not valid.', ka: 'ეს მიკროკრედენციალი არ არის ნამდვილი.' },
};

export const checkWords: Record<'proof' | 'status' | 'right' | 'elements' | 'ledger', Bilingual> = {
  proof: { en: 'Signature', ka: 'ხელმოწერა' },
  status: { en: 'Status', ka: 'სტატუსი' },
  right: { en: 'Right to issue', ka: 'გაცემის უფლება' },
  elements: { en: 'EU elements', ka: 'ევროკავშირის ელემენტები' },
  ledger: { en: 'Public ledger', ka: 'საჯარო რეესტრი' },
};

export const outcomeWords: Record<'passed' | 'failed' | 'not-checked', Bilingual> = {
  passed: { en: 'Passed', ka: 'გაიარა' },
  failed: { en: 'Failed', ka: 'ვერ გაიარა' },
  'not-checked': { en: 'Not checked', ka: 'არ შემოწმებულა' },
};
