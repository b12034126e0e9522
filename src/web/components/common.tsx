// Small pieces shared by the pages.
import { type ReactNode, useEffect, useRef } from 'react';
import { ApiError, type RightStatus } from '../api.js';
import { type Bilingual, otherLang, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';

export function usePageTitle(title: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} – ${t('service.name')}`;
  }, [title, t]);
}

/** The text in the interface's language, marked with its language. */
export function Text({ value, as: Tag = 'span', className }: { value: Bilingual; as?: 'span' | 'p' | 'div'; className?: string }) {
  const { lang } = useI18n();
  const shown = value[lang] || value[otherLang(lang)];
  const shownLang = value[lang] ? lang : otherLang(lang);
  return (
    <Tag lang={shownLang} className={className}>
      {shown}
    </Tag>
  );
}

/** A bulleted list of texts, each in the interface's language. */
export function BilingualList({ items }: { items: Bilingual[] }) {
  return (
    <ul className="list list--bullet">
      {items.map((item, index) => (
        <li key={index}>
          <Text value={item} />
        </li>
      ))}
    </ul>
  );
}

/** Long texts keep their paragraphs. */
export function Paragraphs({ value }: { value: Bilingual }) {
  const { lang } = useI18n();
  const shownLang = value[lang] ? lang : otherLang(lang);
  const parts = (value[shownLang] ?? '').split(/\n\s*\n/).filter((part) => part.trim().length > 0);
  return (
    <div lang={shownLang} className="prose">
      {parts.map((part, index) => (
        <p key={index}>{part}</p>
      ))}
    </div>
  );
}

const statusClass: Record<RightStatus, string> = {
  valid: 'tag--green',
  expired: 'tag--grey',
  suspended: 'tag--orange',
  terminated: 'tag--red',
  'not-granted': 'tag--blue',
};

export function StatusTag({ status }: { status: RightStatus }) {
  const { t } = useI18n();
  return <strong className={`tag ${statusClass[status]}`}>{t(`status.${status}` as MessageKey)}</strong>;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

/** A failed load, said plainly. */
export function LoadError({ error }: { error: unknown }) {
  const { t } = useI18n();
  const message =
    error instanceof ApiError ? (error.problem?.detail ?? error.problem?.title ?? t('error.generic')) : t('error.network');
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
    </div>
  );
}

export interface SummaryError {
  /** The id of the field to move to, without '#'. */
  target: string | null;
  text: string;
}

/**
 * GOV.UK error summary: shown at the top, each error a link to its field. It takes the focus
 * when `focusKey` changes (once per failed submission), not while the person types.
 */
export function ErrorSummary({
  errors,
  focusKey,
  children,
  id = 'error-summary',
}: {
  errors: SummaryError[];
  focusKey: number;
  children?: ReactNode;
  /** Needed only where a page can show more than one summary. */
  id?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`}>
      <h2 className="error-summary__title" id={`${id}-title`}>
        {t('errorSummary.title')}
      </h2>
      {children}
      <ul className="error-summary__list">
        {errors.map((error, index) => (
          <li key={`${error.target ?? ''}-${index}`}>
            {error.target ? (
              <a
                href={`#${error.target}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(error.target!);
                }}
              >
                {error.text}
              </a>
            ) : (
              error.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Moves to a field by id; a group (fieldset) hands focus to its first control. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const focusable = element.matches('input, select, textarea, button')
    ? element
    : element.querySelector<HTMLElement>('input, select, textarea, button');
  element.scrollIntoView({ block: 'center' });
  (focusable ?? element).focus({ preventScroll: true });
}

export function SummaryList({ children }: { children: ReactNode }) {
  return <dl className="summary-list">{children}</dl>;
}

export function SummaryRow({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{children}</dd>
    </div>
  );
}

/**
 * A form group: its label, an optional hint and error (ids `{id}-hint`, `{id}-error`), then the
 * control, which takes `fieldAria(id, { hint, error })` so that readers hear both.
 */
export function FormGroup({ id, label, hint, error, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: string | undefined; children: ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** A text input in a FormGroup, its hint and error announced with it. */
export function TextField(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'email';
  autoComplete: string;
}) {
  const { id, hint, error } = props;
  return (
    <FormGroup id={id} label={props.label} hint={hint} error={error}>
      <input
        className={`input input--m${error ? ' input--error' : ''}`}
        id={id}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        {...fieldAria(id, { hint: Boolean(hint), error })}
      />
    </FormGroup>
  );
}

/** The `aria-invalid` and `aria-describedby` of a FormGroup's control. */
export function fieldAria(id: string, field: { hint?: boolean; error?: string | undefined }) {
  const describedBy = [field.hint ? `${id}-hint` : null, field.error ? `${id}-error` : null].filter(Boolean).join(' ');
  return { 'aria-invalid': field.error ? true : undefined, 'aria-describedby': describedBy || undefined };
}
