// The learner's own credentials: the list, one credential with its downloads and its share
// links (create, copy, withdraw, views), and the claim page's "keep it in my account" panel.
import { WalletOfferSection } from '../credentials/wallet-offer.js';
import { LearnerRecognitionDecisions } from '../recognition/decisions.js';
import { RecognitionProgress } from '../recognition/progress.js';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError, api, type CredentialElements, type CredentialState, type FieldError } from '../api.js';
import { ErrorSummary, fieldAria, FormGroup, LoadError, Loading, type SummaryError, TextField, usePageTitle } from '../components/common.js';
import { DataTable } from '../components/data-table.js';
import { PersonalDataSection } from '../personal-data.js';
import { CredentialDownloads, CredentialElementsView, CredentialStateNotice, CredentialStateTag } from '../credentials/view.js';
import { type Bilingual, formatDate, formatDateTime, otherLang, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import { useApi } from '../use-api.js';

interface MyCredentialSummary {
  id: string;
  state: CredentialState;
  awardDate: string | null;
  issuedAt: string;
  course: { code: string; versionNo: number | null; title: Bilingual } | null;
  provider: { slug: string; name: Bilingual } | null;
}

interface MyCredential extends MyCredentialSummary {
  verifyUrl: string;
  elements: CredentialElements;
}

type ShareStatus = 'active' | 'expired' | 'withdrawn';

interface ShareLink {
  id: string;
  label: string | null;
  createdAt: string;
  expiresAt: string;
  withdrawnAt: string | null;
  status: ShareStatus;
  views: number;
  lastViewedAt: string | null;
}

interface CreatedShareLink extends ShareLink {
  url: string;
}

const shareStatusTag: Record<ShareStatus, string> = { active: 'tag--green', expired: 'tag--grey', withdrawn: 'tag--red' };

/** How long a share link works: the choices offered (the API takes 1 hour to 1 year). */
const expiryChoices: Array<{ hours: number; label: MessageKey }> = [
  { hours: 1, label: 'ln.share.expiry.1h' },
  { hours: 24, label: 'ln.share.expiry.1d' },
  { hours: 7 * 24, label: 'ln.share.expiry.7d' },
  { hours: 30 * 24, label: 'ln.share.expiry.30d' },
  { hours: 90 * 24, label: 'ln.share.expiry.90d' },
  { hours: 365 * 24, label: 'ln.share.expiry.1y' },
];

/** Shown instead of a page that only a learner may use. */
function LearnerOnly({ here, children }: { here: string; children: ReactNode }) {
  const { t } = useI18n();
  const { ready, user } = useSession();
  usePageTitle(t('ln.title'));
  if (!ready) return <Loading />;
  if (!user || user.role !== 'learner') {
    return (
      <>
        <h1 className="heading-xl">{t('ln.title')}</h1>
        {user ? (
          <p>{t('ln.learnerOnly')}</p>
        ) : (
          <p>
            <Link to={`/login?next=${encodeURIComponent(here)}`} className="link">
              {t('ln.signIn')}
            </Link>
          </p>
        )}
      </>
    );
  }
  return <>{children}</>;
}

// ---------------------------------------------------------------------------------------
// The list

export function MyCredentialsPage() {
  return (
    <LearnerOnly here="/my/credentials">
      <MyCredentialsList />
    </LearnerOnly>
  );
}

function MyCredentialsList() {
  const { t, lang } = useI18n();
  const list = useApi<{ items: MyCredentialSummary[] }>('/api/me/credentials');
  return (
    <>
      <h1 className="heading-xl">{t('ln.title')}</h1>
      <p className="lead">{t('ln.lead')}</p>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <LoadError error={list.error} /> : null}
      {list.status === 'ready' && list.data.items.length === 0 ? <p>{t('ln.empty')}</p> : null}
      {list.status === 'ready' && list.data.items.length > 0 ? (
        <DataTable
          captionId="my-credentials-caption"
          caption={t('ln.caption')}
          head={
            <>
              <th scope="col">{t('ln.course')}</th>
              <th scope="col">{t('ln.provider')}</th>
              <th scope="col">{t('ln.awardDate')}</th>
              <th scope="col">{t('cr.state')}</th>
            </>
          }
        >
          {list.data.items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={`/my/credentials/${item.id}`} className="link">
                  {item.course ? item.course.title[lang] : item.id}
                </Link>
                {item.course ? <span className="hint"> {item.course.code}</span> : null}
              </td>
              <td>{item.provider ? item.provider.name[lang] : '—'}</td>
              <td>{formatDate(item.awardDate, lang)}</td>
              <td>
                <CredentialStateTag state={item.state} small />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <RecognitionProgress />
      <LearnerRecognitionDecisions />
      <PersonalDataSection />
    </>
  );
}

// ---------------------------------------------------------------------------------------
// One credential

export function MyCredentialPage({ id }: { id: string }) {
  return (
    <LearnerOnly here={`/my/credentials/${id}`}>
      <MyCredentialView id={id} />
    </LearnerOnly>
  );
}

function MyCredentialView({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const loaded = useApi<MyCredential>(`/api/me/credentials/${encodeURIComponent(id)}`);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') {
    const notFound = loaded.error instanceof ApiError && (loaded.error.status === 404 || loaded.error.status === 422);
    return (
      <>
        <h1 className="heading-xl">{notFound ? t('ln.notFound') : t('ln.title')}</h1>
        {notFound ? <p>{t('ln.notFoundBody')}</p> : <LoadError error={loaded.error} />}
        <p>
          <Link to="/my/credentials" className="link">
            {t('ln.back')}
          </Link>
        </p>
      </>
    );
  }
  const credential = loaded.data;
  const title = credential.elements.title ?? credential.course?.title ?? null;
  return (
    <>
      <p>
        <Link to="/my/credentials" className="link">
          {t('ln.back')}
        </Link>
      </p>
      <p className="caption">{t('claim.caption')}</p>
      <h1 className="heading-xl">{title ? title[lang] : credential.id}</h1>
      {title ? (
        <p className="title-alt">
          <span lang={otherLang(lang)}>{title[otherLang(lang)]}</span>
        </p>
      ) : null}
      <CredentialStateNotice state={credential.state} />
      <ShareLinks credentialId={credential.id} />
      <CredentialDownloads base={`/api/me/credentials/${encodeURIComponent(credential.id)}/download`} verifyUrl={credential.verifyUrl} />
      <WalletOfferSection offerPath={`/api/me/credentials/${encodeURIComponent(credential.id)}/wallet-offer`} state={credential.state} />
      <CredentialElementsView elements={credential.elements} issuedAt={credential.issuedAt} credentialId={credential.id} />
    </>
  );
}

function ShareLinks({ credentialId }: { credentialId: string }) {
  const { t, lang } = useI18n();
  const [reloadKey, setReloadKey] = useState(0);
  const links = useApi<{ items: ShareLink[] }>(`/api/me/credentials/${encodeURIComponent(credentialId)}/share-links`, { reloadKey });
  const [created, setCreated] = useState<CreatedShareLink | null>(null);
  const [withdrawnNotice, setWithdrawnNotice] = useState(false);
  const [withdrawError, setWithdrawError] = useState<string | null>(null);

  async function withdraw(link: ShareLink) {
    setWithdrawError(null);
    try {
      await api(`/api/me/share-links/${encodeURIComponent(link.id)}`, { method: 'DELETE' });
      if (created?.id === link.id) setCreated(null);
      setWithdrawnNotice(true);
      setReloadKey((key) => key + 1);
    } catch (error) {
      setWithdrawError(error instanceof ApiError ? (error.problem?.detail ?? t('error.generic')) : t('error.network'));
    }
  }

  return (
    <section aria-labelledby="share-heading">
      <h2 className="heading-l" id="share-heading">
        {t('ln.share.heading')}
      </h2>
      <p>{t('ln.share.lead')}</p>
      <ShareForm
        credentialId={credentialId}
        onCreated={(link) => {
          setCreated(link);
          setWithdrawnNotice(false);
          setReloadKey((key) => key + 1);
        }}
      />
      {created ? <CreatedLink link={created} /> : null}
      {withdrawnNotice ? (
        <div className="notice notice--success" role="status">
          <p>{t('ln.share.withdrawn')}</p>
        </div>
      ) : null}
      {withdrawError ? (
        <div className="notice notice--error" role="alert">
          <p>{withdrawError}</p>
        </div>
      ) : null}
      {links.status === 'loading' ? <Loading /> : null}
      {links.status === 'error' ? <LoadError error={links.error} /> : null}
      {links.status === 'ready' && links.data.items.length === 0 ? <p>{t('ln.share.none')}</p> : null}
      {links.status === 'ready' && links.data.items.length > 0 ? (
        <DataTable
          captionId="share-links-caption"
          caption={t('ln.share.listCaption')}
          head={
            <>
              <th scope="col">{t('ln.share.col.label')}</th>
              <th scope="col">{t('ln.share.col.created')}</th>
              <th scope="col">{t('ln.share.col.expires')}</th>
              <th scope="col">{t('ln.share.col.status')}</th>
              <th scope="col">{t('ln.share.col.views')}</th>
              <th scope="col">{t('ln.share.col.lastViewed')}</th>
              <th scope="col">{t('ln.share.col.action')}</th>
            </>
          }
        >
          {links.data.items.map((link) => (
            <tr key={link.id} data-share-link={link.id} data-status={link.status}>
              <td>{link.label ?? <span className="hint">{t('ln.share.noLabel')}</span>}</td>
              <td>{formatDateTime(link.createdAt, lang)}</td>
              <td>{formatDateTime(link.expiresAt, lang)}</td>
              <td>
                <strong className={`tag tag--small ${shareStatusTag[link.status]}`}>{t(`ln.share.status.${link.status}`)}</strong>
              </td>
              <td data-views>{link.views}</td>
              <td>{link.lastViewedAt ? formatDateTime(link.lastViewedAt, lang) : t('ln.share.never')}</td>
              <td>
                {link.status === 'active' ? (
                  <button
                    type="button"
                    className="button button--warning button--small"
                    aria-label={t('ln.share.withdrawLabel', { date: formatDateTime(link.createdAt, lang) })}
                    onClick={() => void withdraw(link)}
                  >
                    {t('ln.share.withdraw')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}

const shareFieldIds: Record<string, string> = { expiresInHours: 'share-expiry', label: 'share-label' };

function ShareForm({ credentialId, onCreated }: { credentialId: string; onCreated: (link: CreatedShareLink) => void }) {
  const { t } = useI18n();
  const [hours, setHours] = useState(String(30 * 24));
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [sending, setSending] = useState(false);

  function fieldText(error: FieldError): string {
    return error.path === 'label' ? t('ln.share.err.label') : error.path === 'expiresInHours' ? t('ln.share.err.expiresInHours') : error.message;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setProblem(null);
    if (label.length > 200) {
      setErrors({ label: t('ln.share.err.label') });
      setFocusKey((key) => key + 1);
      return;
    }
    setSending(true);
    try {
      const link = await api<CreatedShareLink>(`/api/me/credentials/${encodeURIComponent(credentialId)}/share-links`, {
        method: 'POST',
        body: { expiresInHours: Number(hours), label: label.trim() === '' ? null : label.trim() },
      });
      setLabel('');
      onCreated(link);
    } catch (error) {
      if (error instanceof ApiError && error.problem?.errors?.length) {
        setErrors(Object.fromEntries(error.problem.errors.map((fieldError) => [fieldError.path, fieldText(fieldError)])));
      } else {
        setProblem(error instanceof ApiError ? (error.problem?.detail ?? t('error.generic')) : t('error.network'));
      }
      setFocusKey((key) => key + 1);
    } finally {
      setSending(false);
    }
  }

  const summary: SummaryError[] = [
    ...Object.entries(errors).map(([path, text]) => ({ target: shareFieldIds[path] ?? null, text })),
    ...(problem ? [{ target: null, text: problem }] : []),
  ];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={summary} focusKey={focusKey} id="share-errors" />
      <FormGroup id="share-expiry" label={t('ln.share.expiry')} error={errors.expiresInHours}>
        <select
          className="select"
          id="share-expiry"
          value={hours}
          onChange={(event) => setHours(event.target.value)}
          aria-describedby={fieldAria('share-expiry', { error: errors.expiresInHours })['aria-describedby']}
        >
          {expiryChoices.map((choice) => (
            <option key={choice.hours} value={choice.hours}>
              {t(choice.label)}
            </option>
          ))}
        </select>
      </FormGroup>
      <TextField id="share-label" label={t('ln.share.label')} hint={t('ln.share.labelHint')} error={errors.label} autoComplete="off" value={label} onChange={setLabel} />
      <button type="submit" className="button" disabled={sending}>
        {t('ln.share.create')}
      </button>
    </form>
  );
}

function CreatedLink({ link }: { link: CreatedShareLink }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [link.id]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="notice notice--success" role="status" tabIndex={-1} ref={ref}>
      <h3 className="heading-m">{t('ln.share.created')}</h3>
      <p>{t('ln.share.createdBody')}</p>
      <div className="form-group">
        <label className="label" htmlFor="share-url">
          {t('ln.share.url')}
        </label>
        <input className="input input--full code--break" id="share-url" type="text" readOnly value={link.url} onFocus={(event) => event.target.select()} />
      </div>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('ln.share.copy')}
      </button>
      {copied ? <p role="status">{t(copied === 'yes' ? 'ln.share.copied' : 'ln.share.copyFailed')}</p> : null}
    </div>
  );
}

// ---------------------------------------------------------------------------------------
// The claim page's panel: keep the credential in a learner account

interface ClaimAccountState {
  learnerEmail: string | null;
  kept: boolean;
  inYourAccount: boolean;
}

/** On the claim page: keep the credential in the signed-in learner's account, or create one. */
export function KeepInAccount({ token, credentialId }: { token: string; credentialId: string }) {
  const { ready, user } = useSession();
  if (!ready) return null;
  // A new session (signed in, or a new account) asks again where the credential stands.
  return <KeepInAccountPanel key={user?.id ?? 'anonymous'} token={token} credentialId={credentialId} />;
}

function KeepInAccountPanel({ token, credentialId }: { token: string; credentialId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [reloadKey, setReloadKey] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const state = useApi<ClaimAccountState>(`/api/claims/${encodeURIComponent(token)}/account`, { reloadKey });
  if (state.status !== 'ready') return state.status === 'error' ? <LoadError error={state.error} /> : null;
  const { kept, inYourAccount, learnerEmail } = state.data;

  async function keep() {
    setError(null);
    try {
      await api(`/api/claims/${encodeURIComponent(token)}/keep`, { method: 'POST' });
      setReloadKey((key) => key + 1);
    } catch (caught) {
      setError(caught instanceof ApiError ? (caught.problem?.detail ?? t('error.generic')) : t('error.network'));
    }
  }

  let body: ReactNode;
  if (inYourAccount) {
    body = (
      <div className="notice notice--success" role="status">
        <p>{t('ln.keep.done')}</p>
        <p>
          <Link to={`/my/credentials/${credentialId}`} className="link">
            {t('ln.keep.open')}
          </Link>
        </p>
      </div>
    );
  } else if (kept) {
    body = <p>{t('ln.keep.otherAccount')}</p>;
  } else if (user && user.role !== 'learner') {
    body = <p>{t('ln.keep.notLearner')}</p>;
  } else if (user) {
    body = (
      <>
        <p>{t('ln.keep.lead')}</p>
        <button type="button" className="button" onClick={() => void keep()}>
          {t('ln.keep.button')}
        </button>
      </>
    );
  } else {
    body = (
      <>
        <p>{t('ln.keep.lead')}</p>
        <p>
          <Link to={`/login?next=${encodeURIComponent(`/claim/${token}`)}`} className="link">
            {t('ln.keep.signIn')}
          </Link>
        </p>
        <CreateAccountForm token={token} email={learnerEmail ?? ''} />
      </>
    );
  }
  return (
    <section className="keep-in-account" aria-labelledby="keep-heading">
      <h2 className="heading-l" id="keep-heading">
        {t('ln.keep.heading')}
      </h2>
      {error ? (
        <div className="notice notice--error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      {body}
    </section>
  );
}

function CreateAccountForm({ token, email }: { token: string; email: string }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ name?: string; password?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const found: { name?: string; password?: string } = {};
    if (name.trim() === '') found.name = t('ln.keep.err.name');
    if (password.length < 10) found.password = t('ln.keep.err.password');
    setErrors(found);
    if (found.name || found.password) {
      setFocusKey((key) => key + 1);
      return;
    }
    setSending(true);
    try {
      await api(`/api/claims/${encodeURIComponent(token)}/account`, { method: 'POST', body: { name: name.trim(), password } });
      // Signing in changes the session, which re-renders the panel as "in your account".
      await signIn(email, password);
    } catch (error) {
      if (error instanceof ApiError && error.problem?.errors?.length) {
        const byPath = Object.fromEntries(error.problem.errors.map((fieldError) => [fieldError.path, fieldError.path === 'password' ? t('ln.keep.err.password') : t('ln.keep.err.name')]));
        setErrors({ ...(byPath.name ? { name: byPath.name } : {}), ...(byPath.password ? { password: byPath.password } : {}) });
      } else {
        setProblem(error instanceof ApiError ? (error.problem?.detail ?? t('error.generic')) : t('error.network'));
      }
      setFocusKey((key) => key + 1);
    } finally {
      setSending(false);
    }
  }

  const summary: SummaryError[] = [
    ...(errors.name ? [{ target: 'account-name', text: errors.name }] : []),
    ...(errors.password ? [{ target: 'account-password', text: errors.password }] : []),
    ...(problem ? [{ target: null, text: problem }] : []),
  ];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="create-account-heading">
      <h3 className="heading-m" id="create-account-heading">
        {t('ln.keep.create')}
      </h3>
      <ErrorSummary errors={summary} focusKey={focusKey} id="account-errors" />
      <div className="form-group">
        <label className="label" htmlFor="account-email">
          {t('ln.keep.email')}
        </label>
        <div className="hint" id="account-email-hint">
          {t('ln.keep.createLead')}
        </div>
        <input className="input input--m" id="account-email" type="email" readOnly value={email} autoComplete="username" aria-describedby="account-email-hint" />
      </div>
      <TextField id="account-name" label={t('ln.keep.name')} error={errors.name} autoComplete="name" value={name} onChange={setName} />
      <TextField
        id="account-password"
        label={t('ln.keep.password')}
        hint={t('ln.keep.passwordHint')}
        error={errors.password}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
      />
      <button type="submit" className="button" disabled={sending}>
        {t('ln.keep.createButton')}
      </button>
    </form>
  );
}
