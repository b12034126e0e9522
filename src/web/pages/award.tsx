// Awarding a published course of the provider to one learner: name, e-mail address and date of
// award, the server's errors beside their fields; once issued, the learner's claim link (shown
// this once) and the downloads.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type AwardedCredential, ApiError, api, type CourseVersion, type WorkspaceCourse } from '../api.js';
import { ErrorSummary, LoadError, Loading, StatusTag, Text, usePageTitle } from '../components/common.js';
import { useCredentialErrors } from '../credentials/errors.js';
import { CredentialDownloads } from '../credentials/view.js';
import { todayInTbilisi, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { TextInput } from '../procedure/form-kit.js';
import { Link } from '../router.js';
import { useApi } from '../use-api.js';
import { ProviderAdminOnly } from './credentials.js';

export function AwardPage({ code }: { code: string }) {
  const { t } = useI18n();
  usePageTitle(`${t('aw.title')} (${code})`);
  return (
    <ProviderAdminOnly title={t('aw.title')} here={`/workspace/courses/${code}/award`}>
      <Award code={code} />
    </ProviderAdminOnly>
  );
}

function Award({ code }: { code: string }) {
  const { t } = useI18n();
  const courses = useApi<{ items: WorkspaceCourse[] }>('/api/workspace/courses');
  if (courses.status === 'loading') return <Loading />;
  if (courses.status === 'error') return <LoadError error={courses.error} />;
  const course = courses.data.items.find((item) => item.code === code);
  const title = (
    <>
      <nav className="breadcrumbs" aria-label={t('coursePage.breadcrumb')}>
        <ol>
          <li>
            <Link to="/workspace">{t('workspace.title')}</Link>
          </li>
          <li aria-current="page">{t('aw.title')}</li>
        </ol>
      </nav>
      <p className="caption">
        <span className="code">{code}</span>
        {course?.current ? (
          <>
            {' · '}
            <Text value={course.current.title} />
          </>
        ) : null}
      </p>
      <h1 className="heading-xl">{t('aw.title')}</h1>
    </>
  );
  if (!course || !course.current) {
    return (
      <>
        {title}
        <p>{t(course ? 'aw.notPublished' : 'aw.notFound')}</p>
        <p>
          <Link to="/workspace" className="link">
            {t('workspace.title')}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      {title}
      <AwardForm code={code} />
    </>
  );
}

const fromServer = (path: string) => path.replace(/^rows\.0\./, '');

function AwardForm({ code }: { code: string }) {
  const { t } = useI18n();
  const course = useApi<CourseVersion>(`/api/courses/${encodeURIComponent(code)}`);
  const form = useCredentialErrors('award', fromServer);
  const [learnerName, setLearnerName] = useState('');
  const [learnerEmail, setLearnerEmail] = useState('');
  const [awardDate, setAwardDate] = useState(todayInTbilisi);
  const [busy, setBusy] = useState(false);
  const [awarded, setAwarded] = useState<AwardedCredential | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (awarded) doneRef.current?.focus();
  }, [awarded]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems: { path: string; message: string }[] = [];
    if (learnerName.trim() === '') problems.push({ path: 'learnerName', message: t('aw.err.name') });
    if (!/^[^\s@]+@[^\s@]+$/.test(learnerEmail.trim())) problems.push({ path: 'learnerEmail', message: t('aw.err.email') });
    if (awardDate === '') problems.push({ path: 'awardDate', message: t('aw.err.date') });
    if (problems.length > 0) {
      form.failClient(problems);
      return;
    }
    setBusy(true);
    try {
      const result = await api<AwardedCredential>('/api/workspace/credentials', {
        method: 'POST',
        body: { courseCode: code, learnerName: learnerName.trim(), learnerEmail: learnerEmail.trim(), awardDate },
      });
      form.clear();
      setAwarded(result);
    } catch (error) {
      form.fail(error, error instanceof ApiError && error.status === 409 ? t('aw.conflict') : undefined);
    } finally {
      setBusy(false);
    }
  }

  if (awarded) {
    return (
      <section className="award-done" aria-labelledby="award-done-heading">
        <div className="notice notice--success" role="status" tabIndex={-1} ref={doneRef}>
          <h2 className="heading-m" id="award-done-heading">
            {t('aw.done')}
          </h2>
          <p>{t('aw.doneBody', { email: learnerEmail.trim() })}</p>
        </div>
        <h3 className="heading-m">{t('aw.claimLink')}</h3>
        <p className="claim-link">
          <a className="link code--break" href={awarded.claimUrl} id="claim-link">
            {awarded.claimUrl}
          </a>
        </p>
        <p className="hint">{t('aw.claimNote')}</p>
        <CredentialDownloads base={`/api/workspace/credentials/${encodeURIComponent(awarded.id)}/download`} idPrefix="award-dl" headingLevel={3} />
        <div className="button-group">
          <Link to={`/workspace/credentials/${awarded.id}`} className="button">
            {t('aw.view')}
          </Link>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setAwarded(null);
              setLearnerName('');
              setLearnerEmail('');
            }}
          >
            {t('aw.another')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.failures} id="award-errors" />
      <p className="lead">{t('aw.lead')}</p>
      {course.status === 'ready' && course.data.rightStatus !== 'valid' ? (
        <div className="notice notice--important" role="note">
          <p>
            {t('aw.rightWarning', { status: t(`status.${course.data.rightStatus}` as MessageKey) })} <StatusTag status={course.data.rightStatus} />
          </p>
        </div>
      ) : null}
      <form className="narrow" onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          id={form.id('learnerName')}
          label={t('aw.learnerName')}
          hint={t('aw.learnerNameHint')}
          error={form.error('learnerName')}
          value={learnerName}
          onChange={setLearnerName}
        />
        <EmailInput id={form.id('learnerEmail')} error={form.error('learnerEmail')} value={learnerEmail} onChange={setLearnerEmail} />
        <TextInput
          id={form.id('awardDate')}
          type="date"
          width="m"
          label={t('aw.awardDate')}
          hint={t('aw.awardDateHint')}
          error={form.error('awardDate')}
          value={awardDate}
          onChange={setAwardDate}
        />
        <div className="button-group">
          <button className="button" type="submit" disabled={busy} aria-disabled={busy}>
            {busy ? t('aw.sending') : t('aw.submit')}
          </button>
          <Link to={`/workspace/credentials/bulk?course=${encodeURIComponent(code)}`} className="link">
            {t('aw.bulk')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** The e-mail field: as TextInput, with the e-mail keyboard and autocomplete off (it is someone else's address). */
function EmailInput({ id, error, value, onChange }: { id: string; error: string | undefined; value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {t('aw.learnerEmail')}
      </label>
      <div className="hint" id={`${id}-hint`}>
        {t('aw.learnerEmailHint')}
      </div>
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">{t('errorSummary.title')}: </span>
          {error}
        </p>
      ) : null}
      <input
        className={`input input--m${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        type="email"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
