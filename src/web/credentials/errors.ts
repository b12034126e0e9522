// The errors of the credential forms: each beside its field and all in the error summary (as
// useFormErrors does for the procedure), in Georgian by the error's code where we know it.
import { useState } from 'react';
import { ApiError, type FieldError } from '../api.js';
import type { SummaryError } from '../components/common.js';
import { type Lang, type Translate, useI18n } from '../i18n.js';
import { credentialErrorKa } from '../messages-credentials.js';
import { fieldMessage, type PlacedError, placeErrors, problemMessage } from '../procedure/form-kit.js';

/** A field error in the interface's language. */
export function credentialErrorText(error: FieldError, lang: Lang, t: Translate): string {
  if (error.code === 'client') return error.message;
  if (lang === 'ka') {
    const field = error.path.split('.').pop() ?? '';
    const known = credentialErrorKa[`${field}:${error.code}`] ?? credentialErrorKa[error.code];
    if (known) return known;
  }
  return fieldMessage(error, lang, t);
}

export interface CredentialFormErrors {
  id: (path: string) => string;
  error: (path: string) => string | undefined;
  summary: SummaryError[];
  failures: number;
  failClient: (errors: { path: string; message: string }[]) => void;
  /** A refused request: field errors beside their fields; anything else (or `topMessage`) at the top. */
  fail: (error: unknown, topMessage?: string) => void;
  clear: () => void;
}

/** `mapPath` turns the server's path (`rows.0.learnerEmail`) into the form's (`learnerEmail`). */
export function useCredentialErrors(prefix: string, mapPath: (path: string) => string = (path) => path): CredentialFormErrors {
  const { t, lang } = useI18n();
  const [errors, setErrors] = useState<PlacedError[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const id = (path: string) => `${prefix}-${path.replace(/\./g, '-')}`;

  return {
    id,
    error: (path) => {
      const here = errors.filter((error) => error.target === id(path)).map((error) => credentialErrorText(error, lang, t));
      return here.length > 0 ? here.join(' ') : undefined;
    },
    summary: [
      ...(formError ? [{ target: null, text: formError }] : []),
      ...errors.map((error) => ({ target: error.target, text: credentialErrorText(error, lang, t) })),
    ],
    failures,
    failClient: (list) => {
      setFormError(null);
      setErrors(placeErrors(list.map((item) => ({ ...item, code: 'client' })), id));
      setFailures((n) => n + 1);
    },
    fail: (error, topMessage) => {
      const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      setErrors(placeErrors(fieldErrors.map((item) => ({ ...item, path: mapPath(item.path) })), id));
      setFormError(fieldErrors.length === 0 ? (topMessage ?? problemMessage(error, t)) : null);
      setFailures((n) => n + 1);
    },
    clear: () => {
      setErrors([]);
      setFormError(null);
    },
  };
}
