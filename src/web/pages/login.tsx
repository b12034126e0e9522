// Sign in with email and password. Errors follow the GOV.UK pattern: a summary at the top
// and the message beside the field.
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api.js';
import { ErrorSummary, type SummaryError, usePageTitle } from '../components/common.js';
import { useI18n } from '../i18n.js';
import { navigate, useLocation } from '../router.js';
import { useSession } from '../session.js';

interface LoginErrors {
  email?: string;
  password?: string;
  form?: string;
}

export function LoginPage() {
  const { t } = useI18n();
  const { user, signIn } = useSession();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<LoginErrors>({});
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t('login.title'));

  const next = params.get('next');
  const safeNext = next && next.startsWith('/') && !next.startsWith('//') ? next : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: LoginErrors = {};
    if (!email.trim()) found.email = t('login.emailRequired');
    if (!password) found.password = t('login.passwordRequired');
    setErrors(found);
    if (found.email || found.password) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const signedIn = await signIn(email.trim(), password);
      // Without a page to return to: experts and Council members work from their applications.
      navigate(safeNext ?? (signedIn.role === 'expert' || signedIn.role === 'council-member' ? '/applications' : '/workspace'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) setErrors({ form: t('login.rateLimited') });
      else if (error instanceof ApiError && (error.status === 401 || error.status === 422)) setErrors({ form: t('login.invalid') });
      else if (error instanceof ApiError) setErrors({ form: error.problem?.detail ?? error.problem?.title ?? t('error.generic') });
      else setErrors({ form: t('error.network') });
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const summary: SummaryError[] = [];
  if (errors.form) summary.push({ target: 'login-email', text: errors.form });
  if (errors.email) summary.push({ target: 'login-email', text: errors.email });
  if (errors.password) summary.push({ target: 'login-password', text: errors.password });

  return (
    <div className="narrow">
      {params.get('signedOut') && !user ? (
        <div className="notice notice--success" role="status">
          <p>{t('login.signedOut')}</p>
        </div>
      ) : null}
      <ErrorSummary errors={summary} focusKey={attempt} />
      <h1 className="heading-xl">{t('login.title')}</h1>
      {user ? <p className="inset">{t('login.already', { name: user.name })}</p> : null}
      <p className="lead">{t('login.lead')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className={`form-group${errors.email || errors.form ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="login-email">
            {t('login.email')}
          </label>
          {errors.email ? (
            <p className="error-message" id="login-email-error">
              {errors.email}
            </p>
          ) : null}
          <input
            className={`input input--m${errors.email ? ' input--error' : ''}`}
            id="login-email"
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-describedby={errors.email ? 'login-email-error' : undefined}
            aria-invalid={errors.email ? true : undefined}
          />
        </div>
        <div className={`form-group${errors.password ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="login-password">
            {t('login.password')}
          </label>
          {errors.password ? (
            <p className="error-message" id="login-password-error">
              {errors.password}
            </p>
          ) : null}
          <input
            className={`input input--m${errors.password ? ' input--error' : ''}`}
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-describedby={errors.password ? 'login-password-error' : undefined}
            aria-invalid={errors.password ? true : undefined}
          />
        </div>
        <button className="button" type="submit" disabled={busy} aria-disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </div>
  );
}
