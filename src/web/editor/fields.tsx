// Form fields of the course editor. Each field is named by its path in the description
// (the path the API's field errors use): its id is `field-<path>`, its error `error-<path>`.
import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import { focusField } from '../components/common.js';
import { type Bilingual, useI18n } from '../i18n.js';
import { type CourseForm, errorId, fieldId, getAt } from './form-state.js';

export interface EditorApi {
  form: CourseForm;
  update: (path: string, value: unknown) => void;
  /** The messages of the errors shown beside the element with this path. */
  errorsAt: (path: string) => string[];
  readOnly: boolean;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside EditorContext');
  return value;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length > 0 ? list.join(' ') : undefined;
}

export function ErrorText({ path, errors }: { path: string; errors: string[] }) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <p className="error-message" id={errorId(path)}>
      <span className="visually-hidden">{t('errorSummary.title')}: </span>
      {errors.join(' ')}
    </p>
  );
}

interface TextFieldProps {
  path: string;
  label: ReactNode;
  hint?: string;
  width?: 'xs' | 's' | 'm' | 'full';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'url';
  type?: 'text' | 'email' | 'url';
  maxLength?: number;
  multiline?: boolean;
  lang?: string;
  autoComplete?: string;
  spellCheck?: boolean;
}

export function TextField({ path, label, hint, width = 'full', inputMode, type = 'text', maxLength, multiline, lang, autoComplete, spellCheck }: TextFieldProps) {
  const { form, update, errorsAt, readOnly } = useEditor();
  const value = (getAt(form, path) as string | undefined) ?? '';
  const errors = errorsAt(path);
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name: path,
    value,
    'data-path': path,
    readOnly,
    lang,
    maxLength,
    spellCheck,
    'aria-invalid': errors.length > 0 ? true : undefined,
    'aria-describedby': describedBy(hintId, errors.length > 0 && errorId(path)),
  };
  return (
    <div className={`form-group${errors.length > 0 ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <ErrorText path={path} errors={errors} />
      {multiline ? (
        <textarea
          {...common}
          className={`textarea${errors.length > 0 ? ' textarea--error' : ''}`}
          rows={3}
          onChange={(event) => update(path, event.target.value)}
        />
      ) : (
        <input
          {...common}
          className={`input input--${width}${errors.length > 0 ? ' input--error' : ''}`}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          onChange={(event) => update(path, event.target.value)}
        />
      )}
    </div>
  );
}

/** A text in Georgian and English, side by side. */
export function BilingualField({
  path,
  label,
  hint,
  multiline = false,
  optional = false,
  maxLength = 20_000,
  headingLevel,
}: {
  path: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  optional?: boolean;
  maxLength?: number;
  headingLevel?: 'small';
}) {
  const { t } = useI18n();
  const { errorsAt } = useEditor();
  const errors = errorsAt(path);
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset
      className={`fieldset bilingual${errors.length > 0 ? ' form-group--error' : ''}`}
      id={id}
      data-path={path}
      aria-describedby={describedBy(hintId, errors.length > 0 && errorId(path))}
    >
      <legend className={`fieldset__legend${headingLevel === 'small' ? ' fieldset__legend--s' : ''}`}>
        {label}
        {optional ? <span className="optional"> {t('editor.optional')}</span> : null}
      </legend>
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <ErrorText path={path} errors={errors} />
      <div className="bilingual__pair">
        <TextField path={`${path}.ka`} label={t('editor.ka')} multiline={multiline} lang="ka" maxLength={maxLength} />
        <TextField path={`${path}.en`} label={t('editor.en')} multiline={multiline} lang="en" maxLength={maxLength} />
      </div>
    </fieldset>
  );
}

export function SelectField({
  path,
  label,
  hint,
  options,
  groups,
  onChange,
}: {
  path: string;
  label: string;
  hint?: string;
  options?: { value: string; label: string }[];
  groups?: { label: string; options: { value: string; label: string }[] }[];
  onChange?: (value: string) => void;
}) {
  const { form, update, errorsAt, readOnly } = useEditor();
  const value = (getAt(form, path) as string | undefined) ?? '';
  const errors = errorsAt(path);
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`form-group${errors.length > 0 ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <ErrorText path={path} errors={errors} />
      <select
        className={`select${errors.length > 0 ? ' select--error' : ''}`}
        id={id}
        name={path}
        data-path={path}
        value={value}
        disabled={readOnly}
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={describedBy(hintId, errors.length > 0 && errorId(path))}
        onChange={(event) => (onChange ? onChange(event.target.value) : update(path, event.target.value))}
      >
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function RadioField({ path, legend, options }: { path: string; legend: string; options: { value: string; label: string }[] }) {
  const { form, update, errorsAt, readOnly } = useEditor();
  const value = (getAt(form, path) as string | undefined) ?? '';
  const errors = errorsAt(path);
  const id = fieldId(path);
  return (
    <fieldset
      className={`fieldset form-group${errors.length > 0 ? ' form-group--error' : ''}`}
      id={id}
      data-path={path}
      aria-describedby={errors.length > 0 ? errorId(path) : undefined}
    >
      <legend className="fieldset__legend">{legend}</legend>
      <ErrorText path={path} errors={errors} />
      <div className="radios radios--inline">
        {options.map((option) => (
          <div className="radios__item" key={option.value}>
            <input
              className="radios__input"
              type="radio"
              id={`${id}-${option.value}`}
              name={path}
              value={option.value}
              checked={value === option.value}
              disabled={readOnly}
              onChange={() => update(path, option.value)}
            />
            <label className="radios__label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A repeatable list: each item with a Remove button, and an Add button below. */
export function ListField<T>({
  path,
  legend,
  hint,
  addLabel,
  itemName,
  makeItem,
  max,
  children,
}: {
  path: string;
  legend: string;
  hint?: string;
  addLabel: string;
  itemName: (index: number) => string;
  makeItem: () => T;
  max: number;
  children: (index: number, itemPath: string) => ReactNode;
}) {
  const { t } = useI18n();
  const { form, update, errorsAt, readOnly } = useEditor();
  const items = (getAt(form, path) as T[] | undefined) ?? [];
  const errors = errorsAt(path);
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (pendingFocus.current) {
      focusField(pendingFocus.current);
      pendingFocus.current = null;
    }
  }, [items.length]);

  return (
    <fieldset
      className={`fieldset list-field${errors.length > 0 ? ' form-group--error' : ''}`}
      id={id}
      data-path={path}
      aria-describedby={describedBy(hintId, errors.length > 0 && errorId(path))}
    >
      <legend className="fieldset__legend fieldset__legend--m">{legend}</legend>
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <ErrorText path={path} errors={errors} />
      {items.map((_, index) => (
        <div className="list-field__item" key={index}>
          {children(index, `${path}.${index}`)}
          {!readOnly ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                pendingFocus.current = `${id}-add`;
                update(
                  path,
                  items.filter((__, other) => other !== index),
                );
              }}
            >
              {t('editor.remove')}
              <span className="visually-hidden"> {itemName(index)}</span>
            </button>
          ) : null}
        </div>
      ))}
      {!readOnly && items.length < max ? (
        <button
          type="button"
          id={`${id}-add`}
          className="button button--secondary"
          onClick={() => {
            pendingFocus.current = fieldId(`${path}.${items.length}`);
            update(path, [...items, makeItem()]);
          }}
        >
          {addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}

export type { Bilingual };
