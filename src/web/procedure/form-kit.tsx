// Labelled form controls for the procedure's forms, each with its hint and its error beside it
// (the GOV.UK pattern the course editor uses), and the panel that sends one step of the procedure.
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError, api, type FieldError } from '../api.js';
import { ErrorSummary, type SummaryError } from '../components/common.js';
import { fill, type Lang, type Translate, useI18n } from '../i18n.js';
import { procedureErrorKa } from '../messages-procedure.js';
import type { MessageKey } from '../messages.js';
import type { Application, ApplicationAction } from './types.js';

function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length > 0 ? list.join(' ') : undefined;
}

interface BaseProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  lang?: string;
}

function ErrorLine({ id, error }: { id: string; error?: string | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p className="error-message" id={`${id}-error`}>
      <span className="visually-hidden">{t('errorSummary.title')}: </span>
      {error}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <div className="hint" id={`${id}-hint`}>
      {hint}
    </div>
  );
}

export function TextInput({
  id,
  label,
  hint,
  error,
  lang,
  value,
  onChange,
  type = 'text',
  width = 'm',
  inputMode,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'datetime-local' | 'number';
  width?: 'xs' | 's' | 'm' | 'full';
  inputMode?: 'numeric' | 'text';
}) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorLine id={id} error={error} />
      <input
        className={`input input--${width}${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        type={type}
        lang={lang}
        inputMode={inputMode}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
      />
    </div>
  );
}

export function TextArea({ id, label, hint, error, lang, value, onChange, rows = 4 }: BaseProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorLine id={id} error={error} />
      <textarea
        className={`textarea${error ? ' textarea--error' : ''}`}
        id={id}
        name={id}
        lang={lang}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

export function Select({ id, label, hint, error, value, onChange, options }: BaseProps & { value: string; onChange: (value: string) => void; options: Option[] }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorLine id={id} error={error} />
      <select
        className={`select${error ? ' select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Radios({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  options,
  inline = false,
}: BaseProps & { value: string; onChange: (value: string) => void; options: Option[]; inline?: boolean }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" id={id} aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}>
        <legend className="fieldset__legend fieldset__legend--s">{label}</legend>
        <Hint id={id} hint={hint} />
        <ErrorLine id={id} error={error} />
        <div className={inline ? 'radios--inline' : undefined}>
          {options.map((option) => (
            <div className="radios__item" key={option.value}>
              <input
                className="radios__input"
                type="radio"
                id={`${id}-${option.value}`}
                name={id}
                value={option.value}
                checked={value === option.value}
                disabled={option.disabled}
                onChange={() => onChange(option.value)}
              />
              <label className="radios__label" htmlFor={`${id}-${option.value}`}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkboxes({
  id,
  label,
  hint,
  error,
  values,
  onChange,
  options,
}: BaseProps & { values: readonly string[]; onChange: (values: string[]) => void; options: Option[] }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" id={id} aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}>
        <legend className="fieldset__legend fieldset__legend--s">{label}</legend>
        <Hint id={id} hint={hint} />
        <ErrorLine id={id} error={error} />
        {options.map((option) => (
          <div className="radios__item" key={option.value}>
            <input
              className="radios__input"
              type="checkbox"
              id={`${id}-${option.value}`}
              name={id}
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) =>
                onChange(event.target.checked ? [...values, option.value] : values.filter((value) => value !== option.value))
              }
            />
            <label className="radios__label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

/** A field error in the interface's language: Georgian by its code where we know it, else the server's words. */
export function fieldMessage(error: FieldError, lang: Lang, t: Translate): string {
  // Errors the form finds itself are written in the interface's language already.
  if (error.code === 'client') return error.message;
  if (error.code === 'invalid_type' || error.code === 'too_small' || error.code === 'too_big') return t('ap.err.value');
  if (lang === 'en') return error.message;
  const template = procedureErrorKa[error.code];
  return template ? fill(template) : error.message;
}

/** The message of a refused request, for the top of a form. */
export function problemMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) return error.problem?.detail ?? error.problem?.title ?? t('error.generic');
  return t('error.network');
}

export interface PlacedError extends FieldError {
  /** The id of the element it is shown beside, or null when only the summary shows it. */
  target: string | null;
}

/** Places each error beside the element of its path, or of the nearest shown ancestor path. */
export function placeErrors(errors: FieldError[], idFor: (path: string) => string): PlacedError[] {
  return errors.map((error) => {
    const segments = error.path.split('.');
    for (let length = segments.length; length > 0; length -= 1) {
      const id = idFor(segments.slice(0, length).join('.'));
      if (document.getElementById(id)) return { ...error, target: id };
    }
    return { ...error, target: null };
  });
}

export interface FormApi {
  /** The id of the control for a path of the step's input. */
  id: (path: string) => string;
  /** The error messages shown beside that control. */
  error: (path: string) => string | undefined;
}

export interface ActionResult {
  code: string;
  state: string;
  version: number;
  documents: string[];
}

export function actionFieldId(action: string, path: string): string {
  return `act-${action}-${path.replace(/\./g, '-')}`;
}

/**
 * One step of the procedure as a form: its fields, a button, and the server's answer. The
 * application's version goes with the step, so a step taken on a stale view is refused.
 */
export function ActionPanel({
  app,
  action,
  lead,
  submitLabel,
  body,
  validate,
  mapPath,
  onDone,
  secondary = false,
  children,
}: {
  app: Application;
  action: ApplicationAction;
  lead?: ReactNode;
  submitLabel?: string;
  body: () => Record<string, unknown>;
  /** Checks before sending (for what the server cannot read, such as a number that is not one). */
  validate?: () => FieldError[];
  /** Where the server's error path is shown, when the form lays it out differently. */
  mapPath?: (path: string) => string;
  onDone: (action: ApplicationAction, result: ActionResult) => void;
  secondary?: boolean;
  children?: (form: FormApi) => ReactNode;
}) {
  const { t, lang } = useI18n();
  const [errors, setErrors] = useState<PlacedError[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState(0);
  const idFor = (path: string) => actionFieldId(action, path);
  const headingId = `act-${action}-heading`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const place = (list: FieldError[]) => placeErrors(list.map((error) => ({ ...error, path: mapPath ? mapPath(error.path) : error.path })), idFor);
    const clientErrors = validate?.() ?? [];
    if (clientErrors.length > 0) {
      setErrors(place(clientErrors));
      setFailures((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const result = await api<ActionResult>(`/api/applications/${app.code}/actions/${action}`, {
        method: 'POST',
        body: { version: app.version, ...body() },
      });
      setErrors([]);
      onDone(action, result);
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      setErrors(place(fieldErrors));
      if (fieldErrors.length === 0) setFormError(problemMessage(error, t));
      setFailures((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const form: FormApi = {
    id: idFor,
    error: (path) => {
      const here = errors.filter((error) => error.target === idFor(path)).map((error) => fieldMessage(error, lang, t));
      return here.length > 0 ? here.join(' ') : undefined;
    },
  };
  const summary: SummaryError[] = [
    ...(formError ? [{ target: null, text: formError }] : []),
    ...errors.map((error) => ({ target: error.target, text: fieldMessage(error, lang, t) })),
  ];

  return (
    <section className="action-panel" aria-labelledby={headingId}>
      <h3 className="heading-m" id={headingId}>
        {t(`act.${action}` as MessageKey)}
      </h3>
      <ErrorSummary errors={summary} focusKey={failures} id={`act-${action}-errors`} />
      {lead ? <div className="action-panel__lead">{lead}</div> : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {children?.(form)}
        <button className={`button${secondary ? ' button--secondary' : ''}`} type="submit" disabled={busy} aria-disabled={busy}>
          {busy ? t('ap.sending') : (submitLabel ?? t(`act.${action}` as MessageKey))}
        </button>
      </form>
    </section>
  );
}
