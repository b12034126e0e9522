// A provider administrator's credentials: the list (filters in the URL, so a filtered list is a
// link), and one credential with every element, its history, the downloads, and suspending,
// reinstating or revoking it with a reason.
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import {
  api,
  ApiError,
  type CredentialList,
  type CredentialState,
  credentialStates,
  type WorkspaceCourse,
  type WorkspaceCredential,
} from '../api.js';
import { ErrorSummary, LoadError, Loading, SummaryList, SummaryRow, Text, usePageTitle } from '../components/common.js';
import { DataTable } from '../components/data-table.js';
import { Pagination } from '../components/pagination.js';
import { useCredentialErrors } from '../credentials/errors.js';
import { CredentialDownloads, CredentialElementsView, CredentialStateNotice, CredentialStateTag } from '../credentials/view.js';
import { formatDate, formatDateTime, formatInstantDate, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { TextArea } from '../procedure/form-kit.js';
import { Link, navigate, useLocation } from '../router.js';
import { queryFilters } from '../query-filters.js';
import { useSession } from '../session.js';
import { useApi } from '../use-api.js';
import { NotFoundPage } from './not-found.js';

/** Shown instead of a page that only a provider administrator may use. */
export function ProviderAdminOnly({ title, here, children }: { title: string; here: string; children: ReactNode }) {
  const { t } = useI18n();
  const { ready, user } = useSession();
  if (!ready) return <Loading />;
  if (!user) {
    return (
      <>
        <h1 className="heading-xl">{title}</h1>
        <p>
          <Link to={`/login?next=${encodeURIComponent(here)}`} className="link">
            {t('crl.signIn')}
          </Link>
        </p>
      </>
    );
  }
  if (user.role !== 'provider-admin') {
    return (
      <>
        <h1 className="heading-xl">{title}</h1>
        <p>{t('crl.providerOnly')}</p>
      </>
    );
  }
  return <>{children}</>;
}

// ---------------------------------------------------------------------------------------
// The list

const filterKeys = ['course', 'state', 'q', 'page'] as const;
type Filters = Record<(typeof filterKeys)[number], string>;

const { parse: parseFilters, toQuery } = queryFilters(filterKeys);

export function CredentialsPage() {
  const { t } = useI18n();
  usePageTitle(t('crl.title'));
  return (
    <ProviderAdminOnly title={t('crl.title')} here="/workspace/credentials">
      <CredentialList />
    </ProviderAdminOnly>
  );
}

function CredentialList() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const { search } = useLocation();
  const filters = useMemo(() => parseFilters(search), [search]);
  const list = useApi<CredentialList>(`/api/workspace/credentials${toQuery(filters)}`);
  const courses = useApi<{ items: WorkspaceCourse[] }>('/api/workspace/courses');
  const published = courses.status === 'ready' ? courses.data.items.filter((course) => course.current) : [];
  const filtered = Boolean(filters.course || filters.state || filters.q);

  return (
    <>
      <h1 className="heading-xl">{t('crl.title')}</h1>
      <p className="lead">{t('crl.lead', { provider: user?.provider?.name[lang] ?? '' })}</p>
      <p>
        <Link to="/workspace/credentials/bulk" className="button">
          {t('crl.bulk')}
        </Link>
      </p>
      <p className="hint">{t('crl.awardHint')}</p>

      <Filters initial={filters} courses={published} />

      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <LoadError error={list.error} /> : null}
      {list.status === 'ready' ? (
        <>
          <p className="results-count" role="status">
            {list.data.total === 1 ? t('crl.count.one') : t('crl.count.other', { n: list.data.total })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{filtered ? t('crl.none') : t('crl.empty')}</p>
          ) : (
            <DataTable
              captionId="credentials-caption"
              caption={t('crl.caption')}
              head={
                <>
                  <th scope="col">{t('crl.learner')}</th>
                  <th scope="col">{t('crl.email')}</th>
                  <th scope="col">{t('crl.course')}</th>
                  <th scope="col">{t('crl.awardDate')}</th>
                  <th scope="col">{t('cr.state')}</th>
                  <th scope="col">{t('crl.issuedAt')}</th>
                </>
              }
            >
              {list.data.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link to={`/workspace/credentials/${item.id}`} className="link">
                      {item.learnerName}
                    </Link>
                  </td>
                  <td className="code--break">{item.learnerEmail}</td>
                  <td>
                    <Text value={item.course.title} />{' '}
                    <span className="muted">
                      <span className="code">{item.course.code}</span>, {t('crl.version', { n: item.course.versionNo })}
                    </span>
                  </td>
                  <td>{formatDate(item.awardDate, lang)}</td>
                  <td>
                    <CredentialStateTag state={item.state} small />
                  </td>
                  <td>{formatInstantDate(item.issuedAt, lang)}</td>
                </tr>
              ))}
            </DataTable>
          )}
          <Pagination page={list.data.page} pages={Math.max(1, Math.ceil(list.data.total / list.data.pageSize))} href={(n) => `/workspace/credentials${toQuery({ ...filters, page: String(n) })}`} />
        </>
      ) : null}
    </>
  );
}

function Filters({ initial, courses }: { initial: Filters; courses: WorkspaceCourse[] }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<Filters>(initial);
  // A new URL (a search, Back, Forward) sets the fields.
  const [shown, setShown] = useState(initial);
  if (shown !== initial) {
    setShown(initial);
    setForm(initial);
  }
  const set = (key: keyof Filters) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const courseOptions = form.course && !courses.some((course) => course.code === form.course) ? [form.course] : [];

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(`/workspace/credentials${toQuery({ ...form, page: '' })}`);
  }

  return (
    <form className="credential-filters" role="search" aria-labelledby="credential-filters-heading" onSubmit={submit} noValidate>
      <h2 className="heading-m" id="credential-filters-heading">
        {t('crl.filters')}
      </h2>
      <div className="credential-filters__fields">
        <div className="form-group">
          <label className="label" htmlFor="filter-course">
            {t('crl.course')}
          </label>
          <select className="select" id="filter-course" name="course" value={form.course} onChange={set('course')}>
            <option value="">{t('crl.allCourses')}</option>
            {courses.map((course) => (
              <option key={course.code} value={course.code}>
                {course.code} {course.current ? `– ${course.current.title[lang] || course.current.title.en}` : ''}
              </option>
            ))}
            {courseOptions.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-state">
            {t('cr.state')}
          </label>
          <select className="select" id="filter-state" name="state" value={form.state} onChange={set('state')}>
            <option value="">{t('crl.anyState')}</option>
            {credentialStates.map((state) => (
              <option key={state} value={state}>
                {t(`cr.state.${state}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-q">
            {t('crl.q')}
          </label>
          <div className="hint" id="filter-q-hint">
            {t('crl.qHint')}
          </div>
          <input
            className="input input--m"
            id="filter-q"
            name="q"
            type="search"
            value={form.q}
            onChange={set('q')}
            aria-describedby="filter-q-hint"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </div>
      <div className="button-group">
        <button className="button" type="submit">
          {t('crl.apply')}
        </button>
        <Link to="/workspace/credentials" className="link">
          {t('crl.clear')}
        </Link>
      </div>
    </form>
  );
}

// ---------------------------------------------------------------------------------------
// One credential

export function CredentialPage({ id }: { id: string }) {
  const { t } = useI18n();
  usePageTitle(t('crl.title'));
  return (
    <ProviderAdminOnly title={t('crl.title')} here={`/workspace/credentials/${id}`}>
      <CredentialDetail id={id} />
    </ProviderAdminOnly>
  );
}

function CredentialDetail({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [reloadKey, setReloadKey] = useState(0);
  const [changed, setChanged] = useState<CredentialState | null>(null);
  const loaded = useApi<WorkspaceCredential>(`/api/workspace/credentials/${encodeURIComponent(id)}`, { reloadKey });
  const noticeRef = useRef<HTMLDivElement>(null);
  const ready = loaded.status === 'ready';
  useEffect(() => {
    if (changed && ready) noticeRef.current?.focus();
  }, [changed, ready]);
  const learner = loaded.status === 'ready' ? loaded.data.elements.learnerName : null;
  usePageTitle(learner ? `${learner} – ${t('crl.title')}` : t('crl.title'));

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') {
    if (loaded.error instanceof ApiError && (loaded.error.status === 404 || loaded.error.status === 400 || loaded.error.status === 422)) return <NotFoundPage />;
    return <LoadError error={loaded.error} />;
  }
  const credential = loaded.data;
  const e = credential.elements;
  const courseTitle = e.title ? e.title[lang] : (e.courseCode ?? '');

  return (
    <>
      <nav className="breadcrumbs" aria-label={t('coursePage.breadcrumb')}>
        <ol>
          <li>
            <Link to="/workspace/credentials">{t('crd.back')}</Link>
          </li>
          <li aria-current="page">{e.learnerName ?? credential.id}</li>
        </ol>
      </nav>
      {changed ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={noticeRef}>
          <p>{t(`crd.done.${changed}` as MessageKey)}</p>
        </div>
      ) : null}
      <p className="caption">{t('crd.caption', { course: courseTitle })}</p>
      <h1 className="heading-xl">{e.learnerName ?? credential.id}</h1>
      <CredentialStateNotice state={credential.state} />

      <section aria-labelledby="summary-heading">
        <h2 className="heading-l" id="summary-heading">
          {t('crd.summary')}
        </h2>
        <SummaryList>
          <SummaryRow label={t('cr.state')}>
            <CredentialStateTag state={credential.state} />
          </SummaryRow>
          <SummaryRow label={t('crd.learnerEmail')}>{credential.learnerEmail}</SummaryRow>
          <SummaryRow label={t('crl.course')}>
            {e.courseCode ? (
              <Link to={`/courses/${e.courseCode}${e.courseVersion ? `/versions/${e.courseVersion}` : ''}`} className="link">
                {courseTitle} ({e.courseCode}, {t('crl.version', { n: e.courseVersion ?? '' })})
              </Link>
            ) : (
              courseTitle
            )}
          </SummaryRow>
          <SummaryRow label={t('crl.awardDate')}>{formatDate(credential.awardDate, lang)}</SummaryRow>
          <SummaryRow label={t('crl.issuedAt')}>{formatDateTime(credential.issuedAt, lang)}</SummaryRow>
        </SummaryList>
        <p className="hint">{t('crd.claimNote')}</p>
      </section>

      <StatusPanel
        key={`${credential.state}-${reloadKey}`}
        credential={credential}
        onChanged={(state) => {
          setChanged(state);
          setReloadKey((key) => key + 1);
        }}
      />

      <section aria-labelledby="history-heading">
        <h2 className="heading-l" id="history-heading">
          {t('crd.history')}
        </h2>
        {credential.history.length === 0 ? (
          <p>{t('crd.historyNone')}</p>
        ) : (
          <DataTable
            captionId="history-caption"
            caption={<span className="visually-hidden">{t('crd.history')}</span>}
            head={
              <>
                <th scope="col">{t('crd.h.when')}</th>
                <th scope="col">{t('crd.h.change')}</th>
                <th scope="col">{t('crd.h.reason')}</th>
                <th scope="col">{t('crd.h.by')}</th>
              </>
            }
          >
            {credential.history.map((entry, index) => (
              <tr key={index}>
                <td>{formatDateTime(entry.at, lang)}</td>
                <td>
                  {t('crd.h.changeText', { from: t(`cr.state.${entry.from}` as MessageKey), to: t(`cr.state.${entry.to}` as MessageKey) })}
                </td>
                <td>{entry.reason}</td>
                <td>{entry.by ?? '—'}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <CredentialDownloads base={`/api/workspace/credentials/${encodeURIComponent(credential.id)}/download`} verifyUrl={credential.verifyUrl} />
      <CredentialElementsView elements={e} issuedAt={credential.issuedAt} credentialId={credential.id} />
    </>
  );
}

/** Suspend, reinstate or revoke, with the reason; revoking asks once more, as it is final. */
function StatusPanel({ credential, onChanged }: { credential: WorkspaceCredential; onChanged: (state: CredentialState) => void }) {
  const { t } = useI18n();
  const form = useCredentialErrors('status');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (credential.state === 'revoked') {
    return (
      <section className="action-panel" aria-labelledby="status-heading">
        <h2 className="heading-m" id="status-heading">
          {t('crd.status.heading')}
        </h2>
        <p>{t('crd.status.revokedFinal')}</p>
      </section>
    );
  }

  function needsReason(): boolean {
    if (reason.trim() !== '') return true;
    form.failClient([{ path: 'reason', message: t('crd.err.reason') }]);
    return false;
  }

  async function change(to: CredentialState) {
    if (busy || !needsReason()) return;
    setBusy(true);
    try {
      await api(`/api/workspace/credentials/${encodeURIComponent(credential.id)}/status`, { method: 'POST', body: { state: to, reason: reason.trim() } });
      form.clear();
      onChanged(to);
    } catch (error) {
      setConfirming(false);
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="action-panel" aria-labelledby="status-heading">
      <h2 className="heading-m" id="status-heading">
        {t('crd.status.heading')}
      </h2>
      <ErrorSummary errors={form.summary} focusKey={form.failures} id="status-errors" />
      <p className="action-panel__lead">{t(credential.state === 'valid' ? 'crd.status.lead.valid' : 'crd.status.lead.suspended')}</p>
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <TextArea
          id={form.id('reason')}
          label={t('crd.reason')}
          hint={t('crd.reasonHint')}
          error={form.error('reason')}
          value={reason}
          onChange={setReason}
          rows={3}
        />
        {confirming ? (
          <div className="notice notice--error confirm" role="alert" tabIndex={-1} ref={confirmRef} aria-labelledby="confirm-revoke-heading">
            <h3 className="heading-s" id="confirm-revoke-heading">
              {t('crd.confirm.title')}
            </h3>
            <p>{t('crd.confirm.body')}</p>
            <div className="button-group">
              <button type="button" className="button button--warning" disabled={busy} onClick={() => void change('revoked')}>
                {busy ? t('crd.sending') : t('crd.confirm.yes')}
              </button>
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirming(false)}>
                {t('crd.confirm.no')}
              </button>
            </div>
          </div>
        ) : (
          <div className="button-group">
            {credential.state === 'valid' ? (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void change('suspended')}>
                {t('crd.suspend')}
              </button>
            ) : (
              <button type="button" className="button" disabled={busy} onClick={() => void change('valid')}>
                {t('crd.reinstate')}
              </button>
            )}
            <button
              type="button"
              className="button button--warning"
              disabled={busy}
              onClick={() => {
                if (needsReason()) {
                  form.clear();
                  setConfirming(true);
                }
              }}
            >
              {t('crd.revoke')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
