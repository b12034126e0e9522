// The public verification page: anyone drops a credential file (JSON, the PDF certificate or a
// PNG/SVG badge) or pastes its JSON, and sees the verdict, each of the five checks with its reason
// in the interface's language, the credential's EU elements and its ledger record. /verify/:id is
// where a certificate's QR code leads: it verifies the stored credential with that id.
import { type DragEvent, type FormEvent, useRef, useState } from 'react';
import { ERASED_CREDENTIAL_MESSAGE } from '../../domain/credential/erasure.js';
import { ApiError, type CredentialElements, sendRaw } from '../api.js';
import { ErrorSummary, LoadError, Loading, SummaryList, SummaryRow, Text, usePageTitle } from '../components/common.js';
import { CredentialElementsView } from '../credentials/view.js';
import { type Bilingual, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { Link } from '../router.js';
import { useApi } from '../use-api.js';

type CheckName = 'proof' | 'status' | 'right' | 'elements' | 'ledger';
type Outcome = 'passed' | 'failed' | 'not-checked';
type Source = 'json' | 'pdf' | 'png' | 'svg';

export interface VerificationResult {
  verified: boolean;
  checks: Array<{ check: CheckName; outcome: Outcome; reason: Bilingual }>;
  issuer: { id: string | null; inRegistry: boolean };
  elements: CredentialElements;
  issuedAt: string | null;
  ledger: { leafIndex: number; treeSize: number; rootHash: string; anchor: { chainId: number; transactionHash: string } | null } | null;
}

const MAX_BYTES = 10 * 1024 * 1024;
const mediaTypes: Record<Source, string> = { json: 'application/json', pdf: 'application/pdf', png: 'image/png', svg: 'image/svg+xml' };

function sourceOf(file: File): Source | null {
  const extension = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'jsonld') return 'json';
  if (extension === 'pdf' || extension === 'png' || extension === 'svg') return extension;
  const byType = (Object.entries(mediaTypes) as Array<[Source, string]>).find(([, type]) => type === file.type);
  return byType?.[0] ?? null;
}

const outcomeTag: Record<Outcome, string> = { passed: 'tag--green', failed: 'tag--red', 'not-checked': 'tag--grey' };

/** The verdict, the checks, the ledger record and the elements of one verification. */
export function VerificationReport({ result, source }: { result: VerificationResult; source?: Source }) {
  const { t } = useI18n();
  return (
    <section className="verification" aria-labelledby="verification-result-heading">
      <h2 className="heading-l" id="verification-result-heading">
        {t('verify.resultHeading')}
      </h2>
      <div className={`notice verification__verdict ${result.verified ? 'notice--success' : 'notice--error'}`} role="status" data-verdict={result.verified ? 'valid' : 'invalid'}>
        <p className="verification__verdict-title">
          <strong>{t(result.verified ? 'verify.valid' : 'verify.invalid')}</strong>
        </p>
        <p>{t(result.verified ? 'verify.validDetail' : 'verify.invalidDetail')}</p>
        {source ? <p className="caption">{t('verify.source', { source: t(`verify.source.${source}` as MessageKey) })}</p> : null}
      </div>

      <h3 className="heading-m" id="verification-checks-heading">
        {t('verify.checksHeading')}
      </h3>
      <ul className="verification__checks" aria-labelledby="verification-checks-heading">
        {result.checks.map((check) => (
          <li key={check.check} className="verification__check" data-check={check.check} data-outcome={check.outcome}>
            <span className="verification__check-name">{t(`verify.check.${check.check}` as MessageKey)}</span>{' '}
            <strong className={`tag tag--small ${outcomeTag[check.outcome]}`}>{t(`verify.outcome.${check.outcome}` as MessageKey)}</strong>
            <Text value={check.reason} as="p" className="verification__reason" />
          </li>
        ))}
      </ul>

      <h3 className="heading-m">{t('verify.ledgerHeading')}</h3>
      {result.ledger ? (
        <SummaryList>
          <SummaryRow label={t('verify.issuer')}>
            <span className="break-anywhere">{result.issuer.id ?? '—'}</span> ({t(result.issuer.inRegistry ? 'verify.issuer.inRegistry' : 'verify.issuer.notInRegistry')})
          </SummaryRow>
          <SummaryRow label={t('verify.ledger.leaf')}>{result.ledger.leafIndex}</SummaryRow>
          <SummaryRow label={t('verify.ledger.treeSize')}>{result.ledger.treeSize}</SummaryRow>
          <SummaryRow label={t('verify.ledger.root')}>
            <code className="break-anywhere">{result.ledger.rootHash}</code>
          </SummaryRow>
          <SummaryRow label={t('verify.ledger.anchor')}>
            {result.ledger.anchor ? (
              <code className="break-anywhere">
                {result.ledger.anchor.chainId}: {result.ledger.anchor.transactionHash}
              </code>
            ) : (
              t('verify.ledger.noAnchor')
            )}
          </SummaryRow>
        </SummaryList>
      ) : (
        <p>{t('verify.ledger.none')}</p>
      )}

      <CredentialElementsView elements={result.elements} issuedAt={result.issuedAt ?? undefined} />
    </section>
  );
}

/** The problem of a refused file, in the interface's language when its code is known. */
function refusalText(error: unknown, t: (key: MessageKey) => string): string {
  if (error instanceof ApiError) {
    if (error.status === 413) return t('verify.tooLarge');
    if (error.status === 415) return t('verify.unknownType');
    const field = error.problem?.errors?.[0];
    if (field) {
      const key = `verify.err.${field.code}` as MessageKey;
      const text = t(key);
      return text === key ? field.message : text;
    }
    return error.problem?.detail ?? error.problem?.title ?? t('error.generic');
  }
  return t('error.network');
}

export function VerifyPage() {
  const { t } = useI18n();
  usePageTitle(t('verify.title'));
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [pasteError, setPasteError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ result: VerificationResult; source: Source } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  async function send(body: Blob | string, source: Source, onError: (text: string) => void) {
    setBusy(true);
    setAnswer(null);
    try {
      const data = await sendRaw<{ result: VerificationResult; source: Source }>('/api/verify', body, mediaTypes[source]);
      setAnswer(data);
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      onError(refusalText(error, t));
      setFailures((count) => count + 1);
    } finally {
      setBusy(false);
    }
  }

  function chooseFile(chosen: File | null) {
    setFile(chosen);
    setFileError(null);
    setAnswer(null);
  }

  async function verifyFile(event: FormEvent) {
    event.preventDefault();
    setPasteError(null);
    const fail = (text: string) => {
      setFileError(text);
      setFailures((count) => count + 1);
    };
    if (!file) return fail(t('verify.chooseFile'));
    const source = sourceOf(file);
    if (!source) return fail(t('verify.unknownType'));
    if (file.size > MAX_BYTES) return fail(t('verify.tooLarge'));
    setFileError(null);
    await send(file, source, setFileError);
  }

  async function verifyPasted(event: FormEvent) {
    event.preventDefault();
    setFileError(null);
    if (pasted.trim() === '') {
      setPasteError(t('verify.pasteEmpty'));
      setFailures((count) => count + 1);
      return;
    }
    setPasteError(null);
    await send(pasted, 'json', setPasteError);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) chooseFile(dropped);
  }

  const summary = [
    ...(fileError ? [{ target: 'verify-file', text: fileError }] : []),
    ...(pasteError ? [{ target: 'verify-json', text: pasteError }] : []),
  ];

  return (
    <>
      <h1 className="heading-xl">{t('verify.title')}</h1>
      <p className="lead">{t('verify.lead')}</p>
      <ErrorSummary errors={summary} focusKey={failures} id="verify-errors" />

      <section aria-labelledby="verify-file-heading">
        <h2 className="heading-m" id="verify-file-heading">
          {t('verify.fileHeading')}
        </h2>
        <form onSubmit={(event) => void verifyFile(event)} noValidate>
          <div
            className={`form-group verify-drop${dragging ? ' verify-drop--active' : ''}${fileError ? ' form-group--error' : ''}`}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <label className="label label--bold" htmlFor="verify-file">
              {t('verify.fileLabel')}
            </label>
            <div className="hint" id="verify-file-hint">
              {t('verify.fileHint')}
            </div>
            {fileError ? (
              <p className="error-message" id="verify-file-error">
                <span className="visually-hidden">{t('errorSummary.title')}: </span>
                {fileError}
              </p>
            ) : null}
            <input
              className="file-input"
              id="verify-file"
              name="file"
              type="file"
              accept=".json,.jsonld,.pdf,.png,.svg,application/json,application/pdf,image/png,image/svg+xml"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? 'verify-file-hint verify-file-error' : 'verify-file-hint'}
              onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
            />
            {file ? <p className="caption verify-drop__name">{file.name}</p> : null}
          </div>
          <button className="button" type="submit" disabled={busy}>
            {busy ? t('verify.checking') : t('verify.fileButton')}
          </button>
        </form>
      </section>

      <section aria-labelledby="verify-json-heading">
        <h2 className="heading-m" id="verify-json-heading">
          {t('verify.pasteHeading')}
        </h2>
        <form onSubmit={(event) => void verifyPasted(event)} noValidate>
          <div className={`form-group${pasteError ? ' form-group--error' : ''}`}>
            <label className="label label--bold" htmlFor="verify-json">
              {t('verify.pasteLabel')}
            </label>
            <div className="hint" id="verify-json-hint">
              {t('verify.pasteHint')}
            </div>
            {pasteError ? (
              <p className="error-message" id="verify-json-error">
                <span className="visually-hidden">{t('errorSummary.title')}: </span>
                {pasteError}
              </p>
            ) : null}
            <textarea
              className={`textarea${pasteError ? ' textarea--error' : ''}`}
              id="verify-json"
              name="json"
              rows={8}
              spellCheck={false}
              value={pasted}
              aria-invalid={pasteError ? true : undefined}
              aria-describedby={pasteError ? 'verify-json-hint verify-json-error' : 'verify-json-hint'}
              onChange={(event) => {
                setPasted(event.target.value);
                setPasteError(null);
              }}
            />
          </div>
          <button className="button button--secondary" type="submit" disabled={busy}>
            {busy ? t('verify.checking') : t('verify.pasteButton')}
          </button>
        </form>
      </section>

      <div ref={resultRef} tabIndex={-1} className="verify-result" aria-live="polite">
        {answer ? <VerificationReport result={answer.result} source={answer.source} /> : null}
      </div>
    </>
  );
}

export function VerifyStoredPage({ id }: { id: string }) {
  const { t } = useI18n();
  const loaded = useApi<{ result: VerificationResult; credentialId: string }>(`/api/verify/${encodeURIComponent(id)}`);
  const notFound = loaded.status === 'error' && loaded.error instanceof ApiError && (loaded.error.status === 404 || loaded.error.status === 422 || loaded.error.status === 400);
  // The stored copy was erased at the learner's request: say so, and that their own file still verifies.
  const erased = notFound && loaded.error instanceof ApiError && loaded.error.problem?.detail === ERASED_CREDENTIAL_MESSAGE;
  usePageTitle(notFound ? t('verify.notFound') : t('verify.title'));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') {
    return (
      <>
        <h1 className="heading-xl">{notFound ? t('verify.notFound') : t('verify.title')}</h1>
        {notFound ? <p>{t(erased ? 'verify.erasedBody' : 'verify.notFoundBody')}</p> : <LoadError error={loaded.error} />}
        <p>
          <Link to="/verify" className="link">
            {t('verify.another')}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="heading-xl">{t('verify.title')}</h1>
      <VerificationReport result={loaded.data.result} />
      <p>
        <Link to="/verify" className="link">
          {t('verify.another')}
        </Link>
      </p>
    </>
  );
}
