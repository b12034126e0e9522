// The application's content, as the provider writes it (before submission and while correcting
// deficiencies) and as everyone else reads it: the letter, the self-evaluation per standard
// component, the justification of need with minutes, the NQF alignment, the HEI agreement.
import { type FormEvent, useId, useMemo, useState } from 'react';
import { type CatalogueComponent, listComponents, standardsCatalogue } from '../../domain/standards/catalogue.js';
import { ApiError, api, type FieldError, upload } from '../api.js';
import { ErrorSummary, type SummaryError, Text } from '../components/common.js';
import { type Translate, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { fieldMessage, placeErrors, type PlacedError, problemMessage, TextArea, TextInput } from './form-kit.js';
import type { ActionResult } from './form-kit.js';
import type { Application, ApplicationAction, ApplicationContent } from './types.js';

const SHA256 = /^[0-9a-f]{64}$/;
/** Names of the files uploaded in this page's life (the API keeps them, but has no lookup by address). */
const uploadedNames = new Map<string, string>();

export function contentFieldId(path: string): string {
  return `ap-${path}`;
}

export function componentsOf(app: Application): CatalogueComponent[] {
  try {
    return listComponents(standardsCatalogue(app.catalogueVersion));
  } catch {
    return [];
  }
}

/** What is still needed at a path, in the interface's language. */
export function missingMessage(error: FieldError, lang: 'ka' | 'en', t: Translate, components: readonly CatalogueComponent[] = []): string {
  const byPath: Record<string, MessageKey> = {
    'letter.text': 'ap.missing.letterText',
    'letter.fileSha256': 'ap.missing.letterFile',
    'needJustification.text': 'ap.missing.needText',
    'needJustification.minutesFileSha256s': 'ap.missing.needMinutes',
    'alignmentStatement.text': 'ap.missing.alignment',
    heiAgreement: 'ap.missing.hei',
    'heiAgreement.heiName': 'ap.missing.heiName',
    'heiAgreement.fileSha256': 'ap.missing.heiFile',
  };
  const key = byPath[error.path];
  if (key && error.code === 'required') return t(key);
  if (error.path.startsWith('selfEvaluation.') && ['required', 'missing_answer', 'empty_answer'].includes(error.code)) {
    const component = components.find((item) => `selfEvaluation.${item.id}` === error.path);
    return component ? t('ap.missing.selfEvaluationN', { n: component.number, title: component.title[lang] }) : t('ap.missing.selfEvaluation');
  }
  return fieldMessage(error, lang, t);
}

function FileLink({ sha }: { sha: string }) {
  const { t } = useI18n();
  const name = uploadedNames.get(sha);
  return (
    <a href={`/api/files/${sha}`} className="link" download>
      {name ?? t('ap.file.unnamed')} <span className="code">{sha.slice(0, 12)}…</span>
    </a>
  );
}

/**
 * Files attached to one field: upload one (POST /api/files) or name one already uploaded by its
 * address (SHA-256). A single-file field replaces its file; a list adds to it.
 */
export function FileAttach({
  id,
  label,
  hint,
  files,
  multiple,
  onChange,
  error,
  note,
}: {
  id: string;
  label: string;
  hint?: string;
  files: string[];
  multiple: boolean;
  onChange: (files: string[]) => void;
  error?: string | undefined;
  note?: string | undefined;
}) {
  const { t } = useI18n();
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = (sha: string) => onChange(multiple ? [...files.filter((file) => file !== sha), sha] : [sha]);
  const shown = problem ?? error;

  async function send(file: File) {
    setBusy(true);
    setProblem(null);
    try {
      const stored = await upload<{ sha256: string; originalName: string }>('/api/files', file);
      uploadedNames.set(stored.sha256, stored.originalName);
      add(stored.sha256);
    } catch (failure) {
      setProblem(failure instanceof ApiError && failure.status === 404 ? t('ap.file.noUpload') : problemMessage(failure, t));
    } finally {
      setBusy(false);
    }
  }

  function attachAddress() {
    const sha = address.trim().toLowerCase();
    if (!SHA256.test(sha)) {
      setProblem(t('ap.file.badAddress'));
      return;
    }
    setProblem(null);
    setAddress('');
    add(sha);
  }

  return (
    <div className={`form-group file-attach${shown ? ' form-group--error' : ''}`} id={id}>
      <fieldset className="fieldset" aria-describedby={[hint ? `${id}-hint` : '', shown ? `${id}-error` : '', note ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined}>
        <legend className="fieldset__legend fieldset__legend--s">{label}</legend>
        {hint ? (
          <div className="hint" id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {note && !shown ? (
          <p className="missing-note" id={`${id}-note`}>
            {note}
          </p>
        ) : null}
        {shown ? (
          <p className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">{t('errorSummary.title')}: </span>
            {shown}
          </p>
        ) : null}
        {files.length > 0 ? (
          <ul className="list file-attach__list">
            {files.map((sha) => (
              <li key={sha}>
                <FileLink sha={sha} />{' '}
                <button type="button" className="button button--secondary button--small" onClick={() => onChange(files.filter((file) => file !== sha))}>
                  {t('ap.file.remove')}
                  <span className="visually-hidden"> {sha.slice(0, 12)}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('ap.file.none')}</p>
        )}
        <div className="form-group file-attach__upload">
          <label className="label" htmlFor={`${id}-upload`}>
            {multiple || files.length === 0 ? t('ap.file.upload') : t('ap.file.replace')}
          </label>
          <input
            className="file-input"
            type="file"
            id={`${id}-upload`}
            disabled={busy}
            accept=".pdf,.docx,.xlsx,.pptx,.odt,.png,.jpg,.jpeg"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void send(file);
            }}
          />
          {busy ? (
            <p role="status" className="muted">
              {t('ap.file.uploading')}
            </p>
          ) : null}
        </div>
        <details className="details">
          <summary className="details__summary">{t('ap.file.byAddress')}</summary>
          <div className="details__text">
            <label className="label" htmlFor={`${id}-address`}>
              {t('ap.file.address')}
            </label>
            <div className="inline-fields">
              <input
                className="input input--m code"
                id={`${id}-address`}
                spellCheck={false}
                autoComplete="off"
                value={address}
                onChange={(event) => setAddress(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    attachAddress();
                  }
                }}
              />
              <button type="button" className="button button--secondary" onClick={attachAddress}>
                {t('ap.file.attach')}
              </button>
            </div>
          </div>
        </details>
      </fieldset>
    </div>
  );
}

function submitActionOf(app: Application): ApplicationAction | null {
  for (const action of ['submit', 'submit-correction', 'submit-registration'] as const) {
    if (app.availableActions.includes(action)) return action;
  }
  return null;
}

/** The provider's form. Saving keeps the content; the submit button saves, then takes the step. */
export function ContentForm({ app, onChanged }: { app: Application; onChanged: (notice: MessageKey | null, result?: ActionResult) => void }) {
  const { t, lang } = useI18n();
  const components = useMemo(() => componentsOf(app), [app]);
  const [content, setContent] = useState<ApplicationContent>(() => ({
    ...app.content,
    selfEvaluation: components.map(
      (component) =>
        app.content.selfEvaluation.find((answer) => answer.componentNumber === component.id) ?? { componentNumber: component.id, text: '', evidenceFileIds: [] },
    ),
  }));
  const [saved, setSaved] = useState<{ version: number; missing: FieldError[] }>({ version: app.version, missing: app.missing });
  const version = Math.max(saved.version, app.version);
  const missing = saved.version >= app.version ? saved.missing : app.missing;
  const [errors, setErrors] = useState<PlacedError[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [failures, setFailures] = useState(0);
  const [savedNote, setSavedNote] = useState(false);
  const submitAction = submitActionOf(app);
  const needsHei = app.provider.kind !== 'hei';
  const headingId = useId();

  const update = (change: (current: ApplicationContent) => ApplicationContent) => setContent((current) => change(current));
  const errorAt = (path: string) => {
    const list = errors.filter((error) => error.target === contentFieldId(path)).map((error) => missingMessage(error, lang, t));
    return list.length > 0 ? list.join(' ') : undefined;
  };
  const missingAt = (path: string) => {
    if (errorAt(path)) return undefined;
    const list = missing.filter((error) => error.path === path).map((error) => missingMessage(error, lang, t));
    return list.length > 0 ? t('ap.stillNeeded', { what: list.join(' ') }) : undefined;
  };

  async function save(thenSubmit: boolean) {
    if (busy) return;
    setFormError(null);
    setSavedNote(false);
    if (content.heiAgreement && !content.heiAgreement.fileSha256 && content.heiAgreement.heiName.trim() !== '') {
      setErrors(placeErrors([{ path: 'heiAgreement.fileSha256', code: 'required', message: '' }], contentFieldId));
      setFailures((n) => n + 1);
      return;
    }
    const heiAgreement = content.heiAgreement && content.heiAgreement.fileSha256 ? content.heiAgreement : null;
    setBusy(thenSubmit ? 'submit' : 'save');
    let currentVersion = version;
    try {
      const result = await api<{ version: number; missing: FieldError[] }>(`/api/applications/${app.code}/content`, {
        method: 'PUT',
        body: { version: currentVersion, content: { ...content, heiAgreement } },
      });
      currentVersion = result.version;
      setSaved({ version: result.version, missing: result.missing });
      if (!thenSubmit || !submitAction) {
        setErrors([]);
        setSavedNote(true);
        onChanged(null);
        return;
      }
      const step = await api<ActionResult>(`/api/applications/${app.code}/actions/${submitAction}`, { method: 'POST', body: { version: currentVersion } });
      setErrors([]);
      onChanged(`ev.${submitAction}` as MessageKey, step);
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      setErrors(placeErrors(fieldErrors, contentFieldId));
      if (fieldErrors.length === 0 || fieldErrors.every((fieldError) => fieldError.path === 'content')) setFormError(problemMessage(error, t));
      setFailures((n) => n + 1);
    } finally {
      setBusy(null);
    }
  }

  const summary: SummaryError[] = [
    ...(formError ? [{ target: null, text: formError }] : []),
    ...errors.map((error) => ({ target: error.target, text: missingMessage(error, lang, t, components) })),
  ];
  const submitLabel = submitAction ? t(`ap.saveAnd.${submitAction}` as MessageKey) : null;

  return (
    <section className="app-section" aria-labelledby={headingId}>
      <h2 className="heading-l" id={headingId}>
        {t('ap.content.title')}
      </h2>
      <ErrorSummary errors={summary} focusKey={failures} id="content-errors">
        <p>{t('ap.content.notSubmitted')}</p>
      </ErrorSummary>
      {missing.length > 0 ? (
        <div className="notice notice--important">
          <p>{t('ap.content.missingCount', { n: missing.length })}</p>
        </div>
      ) : (
        <div className="notice notice--success">
          <p>{t('ap.content.complete')}</p>
        </div>
      )}
      <form
        className="content-form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void save(true);
        }}
      >
        <h3 className="heading-m">{t('ap.content.letter')}</h3>
        <TextArea
          id={contentFieldId('letter.text')}
          label={t('ap.content.letterText')}
          hint={missingAt('letter.text')}
          error={errorAt('letter.text')}
          value={content.letter.text}
          rows={6}
          onChange={(text) => update((current) => ({ ...current, letter: { ...current.letter, text } }))}
        />
        <FileAttach
          id={contentFieldId('letter.fileSha256')}
          label={t('ap.content.letterFile')}
          hint={t('ap.content.letterFileHint')}
          note={missingAt('letter.fileSha256')}
          error={errorAt('letter.fileSha256')}
          files={content.letter.fileSha256 ? [content.letter.fileSha256] : []}
          multiple={false}
          onChange={(files) => update((current) => ({ ...current, letter: { ...current.letter, fileSha256: files[0] ?? null } }))}
        />

        <h3 className="heading-m">{t('ap.content.selfEvaluation')}</h3>
        <p className="hint">{t('ap.content.selfEvaluationHint')}</p>
        {components.map((component, index) => {
          const path = `selfEvaluation.${component.id}`;
          const answer = content.selfEvaluation[index]!;
          const setAnswer = (change: Partial<typeof answer>) =>
            update((current) => ({
              ...current,
              selfEvaluation: current.selfEvaluation.map((item, at) => (at === index ? { ...item, ...change } : item)),
            }));
          return (
            <div className="component-answer" key={component.id}>
              <TextArea
                id={contentFieldId(path)}
                label={
                  <>
                    <span className="component-answer__number">{component.number}</span> <Text value={component.title} />
                  </>
                }
                hint={missingAt(path)}
                error={errorAt(path)}
                value={answer.text}
                onChange={(text) => setAnswer({ text })}
              />
              <details className="details">
                <summary className="details__summary">{t('ap.content.criteria')}</summary>
                <div className="details__text">
                  <ul className="list list--bullet">
                    {component.criteria.map((criterion, at) => (
                      <li key={at}>
                        <Text value={criterion} />
                      </li>
                    ))}
                  </ul>
                </div>
              </details>
              <FileAttach
                id={contentFieldId(`${path}.evidence`)}
                label={t('ap.content.evidence', { n: component.number })}
                files={answer.evidenceFileIds}
                multiple
                onChange={(evidenceFileIds) => setAnswer({ evidenceFileIds })}
              />
            </div>
          );
        })}

        <h3 className="heading-m">{t('ap.content.need')}</h3>
        <TextArea
          id={contentFieldId('needJustification.text')}
          label={t('ap.content.needText')}
          hint={missingAt('needJustification.text') ?? t('ap.content.needHint')}
          error={errorAt('needJustification.text')}
          value={content.needJustification.text}
          rows={6}
          onChange={(text) => update((current) => ({ ...current, needJustification: { ...current.needJustification, text } }))}
        />
        <FileAttach
          id={contentFieldId('needJustification.minutesFileSha256s')}
          label={t('ap.content.minutes')}
          hint={t('ap.content.minutesHint')}
          note={missingAt('needJustification.minutesFileSha256s')}
          error={errorAt('needJustification.minutesFileSha256s')}
          files={content.needJustification.minutesFileSha256s}
          multiple
          onChange={(minutesFileSha256s) => update((current) => ({ ...current, needJustification: { ...current.needJustification, minutesFileSha256s } }))}
        />

        <h3 className="heading-m">{t('ap.content.alignment')}</h3>
        <TextArea
          id={contentFieldId('alignmentStatement.text')}
          label={t('ap.content.alignmentText')}
          hint={missingAt('alignmentStatement.text') ?? t('ap.content.alignmentHint')}
          error={errorAt('alignmentStatement.text')}
          value={content.alignmentStatement.text}
          rows={5}
          onChange={(text) => update((current) => ({ ...current, alignmentStatement: { text } }))}
        />

        {needsHei || content.heiAgreement ? (
          <div className={`hei-agreement${errorAt('heiAgreement') ? ' form-group form-group--error' : ''}`} id={contentFieldId('heiAgreement')}>
            <h3 className="heading-m">{t('ap.content.hei')}</h3>
            <p className="hint">{t('ap.content.heiHint')}</p>
            {missingAt('heiAgreement') ? <p className="missing-note">{missingAt('heiAgreement')}</p> : null}
            {errorAt('heiAgreement') ? <p className="error-message">{errorAt('heiAgreement')}</p> : null}
            <TextInput
              id={contentFieldId('heiAgreement.heiName')}
              label={t('ap.content.heiName')}
              error={errorAt('heiAgreement.heiName')}
              value={content.heiAgreement?.heiName ?? ''}
              onChange={(heiName) => update((current) => ({ ...current, heiAgreement: { heiName, fileSha256: current.heiAgreement?.fileSha256 ?? '' } }))}
            />
            <FileAttach
              id={contentFieldId('heiAgreement.fileSha256')}
              label={t('ap.content.heiFile')}
              error={errorAt('heiAgreement.fileSha256')}
              files={content.heiAgreement?.fileSha256 ? [content.heiAgreement.fileSha256] : []}
              multiple={false}
              onChange={(files) => update((current) => ({ ...current, heiAgreement: { heiName: current.heiAgreement?.heiName ?? '', fileSha256: files[0] ?? '' } }))}
            />
          </div>
        ) : null}

        <div className="button-group">
          {submitLabel ? (
            <button className="button" type="submit" disabled={busy !== null}>
              {busy === 'submit' ? t('ap.sending') : submitLabel}
            </button>
          ) : null}
          <button className="button button--secondary" type="button" disabled={busy !== null} onClick={() => void save(false)}>
            {busy === 'save' ? t('ap.saving') : t('ap.save')}
          </button>
          <p className="content-form__status" role="status">
            {savedNote ? t('ap.saved') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}

/** A person's own text, paragraph by paragraph (its language is the writer's, so it is not marked). */
export function Prose({ text }: { text: string }) {
  const parts = text.split(/\n\s*\n/).filter((part) => part.trim().length > 0);
  return (
    <div className="prose prose--own">
      {parts.map((part, index) => (
        <p key={index}>{part}</p>
      ))}
    </div>
  );
}

/** The content as the Center, the experts and the Council read it. */
export function ContentView({ app }: { app: Application }) {
  const { t } = useI18n();
  const components = componentsOf(app);
  const content = app.content;
  return (
    <section className="app-section" aria-labelledby="content-view-title">
      <h2 className="heading-l" id="content-view-title">
        {t('ap.content.title')}
      </h2>
      <h3 className="heading-m">{t('ap.content.letter')}</h3>
      {content.letter.text ? <Prose text={content.letter.text} /> : <p className="muted">{t('notStated')}</p>}
      {content.letter.fileSha256 ? (
        <p>
          <FileLink sha={content.letter.fileSha256} />
        </p>
      ) : null}
      <h3 className="heading-m">{t('ap.content.selfEvaluation')}</h3>
      <dl className="summary-list">
        {components.map((component) => {
          const answer = content.selfEvaluation.find((item) => item.componentNumber === component.id);
          return (
            <div className="summary-list__row" key={component.id}>
              <dt className="summary-list__key">
                {component.number} <Text value={component.title} />
              </dt>
              <dd className="summary-list__value">
                {answer?.text ? <Prose text={answer.text} /> : <span className="muted">{t('notStated')}</span>}
                {answer && answer.evidenceFileIds.length > 0 ? (
                  <ul className="list">
                    {answer.evidenceFileIds.map((sha) => (
                      <li key={sha}>
                        <FileLink sha={sha} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <h3 className="heading-m">{t('ap.content.need')}</h3>
      {content.needJustification.text ? <Prose text={content.needJustification.text} /> : <p className="muted">{t('notStated')}</p>}
      {content.needJustification.minutesFileSha256s.length > 0 ? (
        <ul className="list">
          {content.needJustification.minutesFileSha256s.map((sha) => (
            <li key={sha}>
              <FileLink sha={sha} />
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="heading-m">{t('ap.content.alignment')}</h3>
      {content.alignmentStatement.text ? <Prose text={content.alignmentStatement.text} /> : <p className="muted">{t('notStated')}</p>}
      {content.heiAgreement ? (
        <>
          <h3 className="heading-m">{t('ap.content.hei')}</h3>
          <p>
            {content.heiAgreement.heiName} · <FileLink sha={content.heiAgreement.fileSha256} />
          </p>
        </>
      ) : null}
    </section>
  );
}
