// Awarding many learners from a CSV file: the expected columns and a template (made here, in
// the browser), "Check" (a dry run: a preview of the rows, or every error by line of the file),
// then "Issue", which starts the batch on the server and follows its progress until done.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  type AwardPreview,
  ApiError,
  api,
  type BatchProgress,
  type BatchStarted,
  type FieldError,
  sendRaw,
  type WorkspaceCourse,
} from '../api.js';
import { ErrorSummary, LoadError, usePageTitle } from '../components/common.js';
import { DataTable } from '../components/data-table.js';
import { credentialErrorText } from '../credentials/errors.js';
import { formatDate, formatNumber, todayInTbilisi, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { problemMessage } from '../procedure/form-kit.js';
import { Link, useLocation } from '../router.js';
import { useApi } from '../use-api.js';
import { ProviderAdminOnly } from './credentials.js';

/** The award list is UTF-8 CSV. */
const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

const CSV_COLUMNS = ['course_code', 'learner_name', 'learner_email', 'award_date'] as const;
const columnOfField: Record<string, (typeof CSV_COLUMNS)[number]> = {
  courseCode: 'course_code',
  learnerName: 'learner_name',
  learnerEmail: 'learner_email',
  awardDate: 'award_date',
};
const POLL_MS = 800;

export function BulkAwardPage() {
  const { t } = useI18n();
  usePageTitle(t('bulk.title'));
  return (
    <ProviderAdminOnly title={t('bulk.title')} here="/workspace/credentials/bulk">
      <BulkAward />
    </ProviderAdminOnly>
  );
}

/** The template: the header and one example row, for the course asked for (or the first published one). */
function templateHref(courseCode: string): string {
  const example = [courseCode, 'Nino Beridze', 'nino.beridze@example.ge', todayInTbilisi()];
  const text = `${CSV_COLUMNS.join(',')}\r\n${example.join(',')}\r\n`;
  // A data: address keeps the template in the page (no server round trip); the BOM tells
  // spreadsheet programs that the file is UTF-8, which Georgian names need.
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${text}`)}`;
}

interface RowError {
  /** The line of the file (1 is the header), or null for the whole file. */
  line: number | null;
  column: string | null;
  error: FieldError;
}

/** Server paths `rows.N.field` name CSV line N + 2 (line 1 is the header). */
function rowErrors(errors: FieldError[]): RowError[] {
  return errors
    .map((error): RowError => {
      const match = /^rows\.(\d+)(?:\.(\w+))?/.exec(error.path);
      if (match) return { line: Number(match[1]) + 2, column: match[2] ? (columnOfField[match[2]] ?? match[2]) : null, error };
      if (error.path === 'header') return { line: 1, column: null, error };
      return { line: null, column: null, error };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

type Phase =
  | { kind: 'choose' }
  | { kind: 'errors'; errors: RowError[] }
  | { kind: 'preview'; preview: AwardPreview; text: string }
  | { kind: 'issuing'; batch: BatchProgress };

function BulkAward() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const courses = useApi<{ items: WorkspaceCourse[] }>('/api/workspace/courses');
  const asked = new URLSearchParams(search).get('course');
  const firstPublished = courses.status === 'ready' ? courses.data.items.find((course) => course.current)?.code : undefined;
  const exampleCode = asked ?? firstPublished ?? 'MC-2026-0001';

  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [topError, setTopError] = useState<unknown>(null);
  const [failures, setFailures] = useState(0);
  const [pollFailed, setPollFailed] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const batchId = phase.kind === 'issuing' ? phase.batch.id : null;
  const batchDone = phase.kind === 'issuing' && phase.batch.state === 'done';

  // Follow the batch until it is done; a failed reading is said, and the next one tried.
  useEffect(() => {
    if (!batchId || batchDone) return;
    let live = true;
    const timer = window.setTimeout(() => {
      api<BatchProgress>(`/api/workspace/credential-batches/${encodeURIComponent(batchId)}`).then(
        (batch) => {
          if (!live) return;
          setPollFailed(false);
          setPhase({ kind: 'issuing', batch });
        },
        () => {
          if (!live) return;
          setPollFailed(true);
          setPhase((current) => (current.kind === 'issuing' ? { kind: 'issuing', batch: { ...current.batch } } : current));
        },
      );
    }, POLL_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [batchId, batchDone, phase]);

  useEffect(() => {
    // Only when a new result arrives, not on each progress reading.
    if (phase.kind !== 'choose') resultRef.current?.focus();
  }, [phase.kind]);

  async function check(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setTopError(null);
    if (!file) {
      setFileError(t('bulk.err.noFile'));
      setFailures((n) => n + 1);
      return;
    }
    setFileError(null);
    setBusy(true);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        setFileError(t('bulk.err.unreadable'));
        setFailures((n) => n + 1);
        return;
      }
      const preview = await sendRaw<AwardPreview>('/api/workspace/credential-batches?dryRun=true', text, CSV_MEDIA_TYPE);
      setPhase({ kind: 'preview', preview, text });
    } catch (error) {
      const errors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      if (errors.length > 0) setPhase({ kind: 'errors', errors: rowErrors(errors) });
      else {
        setPhase({ kind: 'choose' });
        setTopError(error);
        setFailures((n) => n + 1);
      }
    } finally {
      setBusy(false);
    }
  }

  async function issue() {
    if (busy || phase.kind !== 'preview') return;
    setBusy(true);
    setTopError(null);
    try {
      const started = await sendRaw<BatchStarted>('/api/workspace/credential-batches?dryRun=false', phase.text, CSV_MEDIA_TYPE);
      setPhase({ kind: 'issuing', batch: { id: started.id, total: started.total, done: 0, state: started.total === 0 ? 'done' : 'issuing' } });
    } catch (error) {
      const errors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      if (errors.length > 0) setPhase({ kind: 'errors', errors: rowErrors(errors) });
      else {
        setTopError(error);
        setFailures((n) => n + 1);
      }
    } finally {
      setBusy(false);
    }
  }

  function startAgain() {
    setFile(null);
    setPhase({ kind: 'choose' });
    setPollFailed(false);
    if (inputRef.current) {
      inputRef.current.value = '';
      inputRef.current.focus();
    }
  }

  const summary = [
    ...(topError ? [{ target: null, text: problemMessage(topError, t) }] : []),
    ...(fileError ? [{ target: 'bulk-file', text: fileError }] : []),
  ];
  const locked = phase.kind === 'issuing';

  return (
    <>
      <nav className="breadcrumbs" aria-label={t('coursePage.breadcrumb')}>
        <ol>
          <li>
            <Link to="/workspace/credentials">{t('crd.back')}</Link>
          </li>
          <li aria-current="page">{t('bulk.title')}</li>
        </ol>
      </nav>
      <h1 className="heading-xl">{t('bulk.title')}</h1>
      <ErrorSummary errors={summary} focusKey={failures} id="bulk-errors" />
      <p className="lead">{t('bulk.lead')}</p>

      <section aria-labelledby="bulk-file-heading" className="bulk-file">
        <h2 className="heading-l" id="bulk-file-heading">
          {t('bulk.fileHeading')}
        </h2>
        <p>{t('bulk.columnsLead')}</p>
        <dl className="csv-columns">
          {CSV_COLUMNS.map((column) => (
            <div key={column} className="csv-columns__row">
              <dt>
                <code className="code">{column}</code>
              </dt>
              <dd>{t(`bulk.col.${column}` as MessageKey)}</dd>
            </div>
          ))}
        </dl>
        <p>
          <a className="link" href={templateHref(exampleCode)} download="award-template.csv" type="text/csv">
            {t('bulk.template')}
          </a>
        </p>

        <form onSubmit={(event) => void check(event)} noValidate>
          <div className={`form-group${fileError ? ' form-group--error' : ''}`}>
            <label className="label label--bold" htmlFor="bulk-file">
              {t('bulk.file')}
            </label>
            <div className="hint" id="bulk-file-hint">
              {t('bulk.fileHint')}
            </div>
            {fileError ? (
              <p className="error-message" id="bulk-file-error">
                <span className="visually-hidden">{t('errorSummary.title')}: </span>
                {fileError}
              </p>
            ) : null}
            <input
              ref={inputRef}
              className="file-input"
              id="bulk-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              disabled={locked && !batchDone}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? 'bulk-file-hint bulk-file-error' : 'bulk-file-hint'}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setFileError(null);
                setTopError(null);
                setPollFailed(false);
                setPhase({ kind: 'choose' });
              }}
            />
          </div>
          <button className="button button--secondary" type="submit" disabled={busy || (locked && !batchDone)}>
            {busy && phase.kind !== 'preview' ? t('bulk.checking') : t('bulk.check')}
          </button>
        </form>
      </section>

      {phase.kind === 'errors' ? (
        <section aria-labelledby="bulk-result-heading" className="bulk-result">
          <div className="error-summary" tabIndex={-1} ref={resultRef} role="alert" aria-labelledby="bulk-result-heading">
            <h2 className="error-summary__title" id="bulk-result-heading">
              {t('bulk.errorsTitle')}
            </h2>
            <p>{t('bulk.errorsLead')}</p>
          </div>
          <DataTable
            captionId="bulk-errors-caption"
            caption={t('bulk.errorsCaption')}
            head={
              <>
                <th scope="col">{t('bulk.line')}</th>
                <th scope="col">{t('bulk.column')}</th>
                <th scope="col">{t('bulk.problem')}</th>
              </>
            }
          >
            {phase.errors.map((row, index) => (
              <tr key={index}>
                <td>{row.line === null ? t('bulk.wholeFile') : row.line}</td>
                <td>{row.column ? <code className="code">{row.column}</code> : t(row.line === null ? 'bulk.wholeFile' : 'bulk.wholeRow')}</td>
                <td>{credentialErrorText(row.error, lang, t)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}

      {phase.kind === 'preview' ? (
        <section aria-labelledby="bulk-result-heading" className="bulk-result">
          <div className="notice notice--success" tabIndex={-1} ref={resultRef} role="status">
            <h2 className="heading-m" id="bulk-result-heading">
              {t('bulk.previewTitle')}
            </h2>
            <p>{t('bulk.previewLead', { total: phase.preview.total, skip: phase.preview.alreadyIssued })}</p>
          </div>
          <DataTable
            captionId="bulk-preview-caption"
            caption={t('bulk.previewCaption')}
            head={
              <>
                <th scope="col">{t('bulk.line')}</th>
                <th scope="col">{t('crl.learner')}</th>
                <th scope="col">{t('crl.email')}</th>
                <th scope="col">{t('crl.course')}</th>
                <th scope="col">{t('bulk.version')}</th>
                <th scope="col">{t('crl.awardDate')}</th>
                <th scope="col">{t('bulk.rowState')}</th>
              </>
            }
          >
            {phase.preview.rows.map((row, index) => (
              <tr key={index}>
                <td>{index + 2}</td>
                <td>{row.learnerName}</td>
                <td className="code--break">{row.learnerEmail}</td>
                <td className="code">{row.courseCode}</td>
                <td>{row.versionNo}</td>
                <td>{formatDate(row.awardDate, lang)}</td>
                <td>
                  {row.alreadyIssued ? (
                    <strong className="tag tag--small tag--grey">{t('bulk.already')}</strong>
                  ) : (
                    <strong className="tag tag--small tag--blue">{t('bulk.new')}</strong>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
          <button className="button" type="button" disabled={busy} aria-disabled={busy} onClick={() => void issue()}>
            {busy ? t('bulk.starting') : t('bulk.issue')}
          </button>
        </section>
      ) : null}

      {phase.kind === 'issuing' ? (
        <section aria-labelledby="bulk-result-heading" className="bulk-result">
          <div className="batch-progress" tabIndex={-1} ref={resultRef}>
            <h2 className="heading-m" id="bulk-result-heading">
              {t('bulk.progressTitle')}
            </h2>
            <label className="label" htmlFor="batch-progress">
              {t('bulk.progressLabel')}
            </label>
            <progress className="batch-progress__bar" id="batch-progress" max={Math.max(phase.batch.total, 1)} value={batchDone ? Math.max(phase.batch.total, 1) : phase.batch.done} />
            <p className="batch-progress__text" role="status">
              {t('bulk.progress', { done: formatNumber(batchDone ? phase.batch.total : phase.batch.done, lang), total: formatNumber(phase.batch.total, lang) })}
            </p>
            {pollFailed ? <p className="muted">{t('bulk.pollFailed')}</p> : null}
          </div>
          {batchDone ? (
            <div className="notice notice--success" role="status">
              <p>{t('bulk.done', { total: phase.batch.total })}</p>
            </div>
          ) : null}
          {batchDone ? (
            <div className="button-group">
              <Link to="/workspace/credentials" className="button">
                {t('bulk.toList')}
              </Link>
              <button type="button" className="button button--secondary" onClick={startAgain}>
                {t('bulk.again')}
              </button>
            </div>
          ) : null}
        </section>
      ) : null}
      {courses.status === 'error' ? <LoadError error={courses.error} /> : null}
    </>
  );
}
