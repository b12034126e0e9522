// The errors of a form that is not a step of an application (monitoring, complaints, conflicts of
// interest): each beside its field, all in the GOV.UK error summary, a refusal (409) at the top.
import { useState } from 'react';
import { ApiError, type FieldError, type Problem } from '../api.js';
import type { SummaryError } from '../components/common.js';
import { type Lang, type Translate, useI18n } from '../i18n.js';
import { monitoringErrorKa } from '../messages-monitoring.js';
import { fieldMessage, type PlacedError, placeErrors, problemMessage } from './form-kit.js';

export function formFieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\./g, '-')}`;
}

function message(error: FieldError, lang: Lang, t: Translate): string {
  if (error.code === 'client') return error.message;
  if (lang === 'ka') {
    const generalPath = error.path.replace(/\.\d+$/, '');
    const known = monitoringErrorKa[`${error.path}:${error.code}`] ?? monitoringErrorKa[`${generalPath}:${error.code}`] ?? monitoringErrorKa[`${generalPath}:*`] ?? monitoringErrorKa[error.code];
    if (known) return known;
  }
  return fieldMessage(error, lang, t);
}

export interface FormErrors {
  id: (path: string) => string;
  error: (path: string) => string | undefined;
  summary: SummaryError[];
  failures: number;
  /** Errors found before sending, already in the interface's language. */
  failClient: (errors: { path: string; message: string }[]) => void;
  /** A refused request: field errors beside their fields, anything else at the top. */
  fail: (error: unknown) => void;
  clear: () => void;
}

export function useFormErrors(prefix: string): FormErrors {
  const { t, lang } = useI18n();
  const [errors, setErrors] = useState<PlacedError[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const id = (path: string) => formFieldId(prefix, path);

  return {
    id,
    error: (path) => {
      const here = errors.filter((error) => error.target === id(path)).map((error) => message(error, lang, t));
      return here.length > 0 ? here.join(' ') : undefined;
    },
    summary: [
      ...(formError ? [{ target: null, text: formError }] : []),
      ...errors.map((error) => ({ target: error.target, text: message(error, lang, t) })),
    ],
    failures,
    failClient: (list) => {
      setFormError(null);
      setErrors(placeErrors(list.map((item) => ({ ...item, code: 'client' })), id));
      setFailures((n) => n + 1);
    },
    fail: (error) => {
      const problem: Problem | null = error instanceof ApiError ? error.problem : null;
      const fieldErrors = problem?.errors ?? [];
      setErrors(placeErrors(fieldErrors, id));
      setFormError(fieldErrors.length === 0 ? problemMessage(error, t) : null);
      setFailures((n) => n + 1);
    },
    clear: () => {
      setErrors([]);
      setFormError(null);
    },
  };
}
