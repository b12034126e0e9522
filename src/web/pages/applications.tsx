// The applications a signed-in person works on, soonest due first: a provider's own, the
// Center's queue, an expert's assignments, the Council's hearing agenda. A provider starts a
// new application here too.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api, type FieldError, type Provider, type WorkspaceCourse } from '../api.js';
import { ErrorSummary, LoadError, Loading, type SummaryError, Text, usePageTitle } from '../components/common.js';
import { formatDate, formatInstantDate, todayInTbilisi, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { useFormErrors } from '../procedure/form-errors.js';
import { fieldMessage, problemMessage, Radios, Select, TextArea } from '../procedure/form-kit.js';
import { StateTag } from '../procedure/state-tag.js';
import type { ApplicationRoute, QueueItem } from '../procedure/types.js';
import { Link, navigate, useLocation } from '../router.js';
import { useSession } from '../session.js';
import { useApi } from '../use-api.js';
import { DataTable } from '../components/data-table.js';

const procedureRoles = ['provider-admin', 'center-officer', 'expert', 'council-member'];

function SignInFirst({ title, here }: { title: string; here: string }) {
  const { t } = useI18n();
  return (
    <>
      <h1 className="heading-xl">{title}</h1>
      <p>
        <Link to={`/login?next=${encodeURIComponent(here)}`} className="link">
          {t('workspace.signInFirst')}
        </Link>
      </p>
    </>
  );
}

export function ApplicationsPage() {
  const { t } = useI18n();
  const { ready, user } = useSession();
  const titleKey: MessageKey =
    user?.role === 'center-officer'
      ? 'ap.list.officer'
      : user?.role === 'expert'
        ? 'ap.list.expert'
        : user?.role === 'council-member'
          ? 'ap.list.council'
          : 'ap.list.provider';
  usePageTitle(t(titleKey));
  if (!ready) return <Loading />;
  if (!user) return <SignInFirst title={t('ap.list.provider')} here="/applications" />;
  if (!procedureRoles.includes(user.role)) {
    return (
      <>
        <h1 className="heading-xl">{t(titleKey)}</h1>
        <p>{t('workspace.notForRole')}</p>
      </>
    );
  }
  return <Queue title={t(titleKey)} />;
}

function Queue({ title }: { title: string }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const list = useApi<{ items: QueueItem[] }>('/api/applications');
  const today = todayInTbilisi();
  const leadKey: MessageKey =
    user?.role === 'center-officer'
      ? 'ap.list.officerLead'
      : user?.role === 'expert'
        ? 'ap.list.expertLead'
        : user?.role === 'council-member'
          ? 'ap.list.councilLead'
          : 'ap.list.providerLead';
  return (
    <>
      <h1 className="heading-xl">{title}</h1>
      <p className="lead">{t(leadKey)}</p>
      {user?.role === 'provider-admin' ? (
        <p>
          <Link to="/applications/new" className="button">
            {t('ap.new.title')}
          </Link>
        </p>
      ) : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <LoadError error={list.error} /> : null}
      {list.status === 'ready' && list.data.items.length === 0 ? <p>{t('ap.list.empty')}</p> : null}
      {list.status === 'ready' && list.data.items.length > 0 ? (
        <DataTable
          captionId="queue-caption"
          className="table queue"
          caption={t('ap.list.caption')}
          head={
            <>
              <th scope="col">{t('ap.list.application')}</th>
              <th scope="col">{t('ap.course')}</th>
              {user?.role === 'provider-admin' ? null : <th scope="col">{t('course.provider')}</th>}
              <th scope="col">{t('ap.state')}</th>
              <th scope="col">{t('ap.submittedAt')}</th>
              <th scope="col">{t('ap.list.nextDue')}</th>
            </>
          }
        >
          {list.data.items.map((item) => {
            const overdue = item.nextDue !== null && item.nextDue < today;
            return (
              <tr key={item.code} className={overdue ? 'queue__row--overdue' : undefined}>
                <td>
                  <Link to={`/applications/${item.code}`} className="link code">
                    {item.code}
                  </Link>
                </td>
                <td>
                  <Text value={item.course.title} /> <span className="muted code">{item.course.code}</span>
                </td>
                {user?.role === 'provider-admin' ? null : (
                  <td>
                    <Text value={item.provider} />
                  </td>
                )}
                <td>
                  <StateTag state={item.state} />
                </td>
                <td>
                  {item.submittedAt ? formatInstantDate(item.submittedAt, lang) : <span className="muted">{t('ap.notSubmitted')}</span>}
                </td>
                <td>
                  {item.nextDue ? (
                    <>
                      {formatDate(item.nextDue, lang)}
                      {overdue ? <strong className="tag tag--small tag--red tag--inline">{t('ap.tl.overdue')}</strong> : null}
                    </>
                  ) : (
                    <span className="muted">{t('ap.list.nothingDue')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : null}
      {user?.role === 'expert' ? <ConflictForm /> : null}
    </>
  );
}

/** An expert declares a conflict of interest with a provider, who then cannot have them in its expert group. */
function ConflictForm() {
  const { t, lang } = useI18n();
  const providers = useApi<{ items: Provider[] }>('/api/providers', { cached: true });
  const form = useFormErrors('coi');
  const [providerSlug, setProviderSlug] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [declared, setDeclared] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (declared) doneRef.current?.focus();
  }, [declared]);

  const nameOf = (slug: string) => {
    const provider = providers.status === 'ready' ? providers.data.items.find((item) => item.slug === slug) : undefined;
    return provider ? provider.name[lang] || provider.name.en : slug;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems: { path: string; message: string }[] = [];
    if (!providerSlug) problems.push({ path: 'providerSlug', message: t('coi.err.provider') });
    if (reason.trim() === '') problems.push({ path: 'reason', message: t('coi.err.reason') });
    if (problems.length > 0) {
      form.failClient(problems);
      return;
    }
    setBusy(true);
    try {
      await api('/api/experts/me/conflicts', { method: 'POST', body: { providerSlug, reason: reason.trim() } });
      form.clear();
      setDeclared(nameOf(providerSlug));
      setProviderSlug('');
      setReason('');
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="action-panel" aria-labelledby="coi-heading">
      <h2 className="heading-m" id="coi-heading">
        {t('coi.title')}
      </h2>
      {declared ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={doneRef}>
          <p>{t('coi.done', { provider: declared })}</p>
        </div>
      ) : null}
      <ErrorSummary errors={form.summary} focusKey={form.failures} id="coi-errors" />
      <p className="action-panel__lead">{t('coi.lead')}</p>
      {providers.status === 'error' ? <LoadError error={providers.error} /> : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Select
          id={form.id('providerSlug')}
          label={t('coi.provider')}
          error={form.error('providerSlug')}
          value={providerSlug}
          onChange={setProviderSlug}
          options={[
            { value: '', label: t('coi.choose') },
            ...(providers.status === 'ready'
              ? providers.data.items.map((provider) => ({ value: provider.slug, label: provider.name[lang] || provider.name.en }))
              : []),
          ]}
        />
        <TextArea
          id={form.id('reason')}
          label={t('coi.reason')}
          error={form.error('reason')}
          value={reason}
          onChange={setReason}
          rows={3}
        />
        <button className="button button--secondary" type="submit" disabled={busy} aria-disabled={busy}>
          {busy ? t('ap.sending') : t('coi.submit')}
        </button>
      </form>
    </section>
  );
}

export function NewApplicationPage() {
  const { t } = useI18n();
  const { ready, user } = useSession();
  usePageTitle(t('ap.new.title'));
  if (!ready) return <Loading />;
  if (!user) return <SignInFirst title={t('ap.new.title')} here="/applications/new" />;
  if (user.role !== 'provider-admin') {
    return (
      <>
        <h1 className="heading-xl">{t('ap.new.title')}</h1>
        <p>{t('workspace.notForRole')}</p>
      </>
    );
  }
  return <NewApplicationForm />;
}

function NewApplicationForm() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const courses = useApi<{ items: WorkspaceCourse[] }>('/api/workspace/courses');
  const [courseCode, setCourseCode] = useState(() => new URLSearchParams(search).get('course') ?? '');
  const [route, setRoute] = useState<ApplicationRoute>('right');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    if (!courseCode) {
      setErrors([{ path: 'courseCode', code: 'client', message: t('ap.new.chooseCourse') }]);
      setFailures((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const created = await api<{ code: string }>('/api/applications', { method: 'POST', body: { courseCode, route } });
      navigate(`/applications/${created.code}`);
    } catch (error) {
      const list = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      setErrors(list);
      if (list.length === 0) setFormError(problemMessage(error, t));
      setFailures((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  if (courses.status === 'loading') return <Loading />;
  if (courses.status === 'error') return <LoadError error={courses.error} />;
  const published = courses.data.items.filter((course) => course.current !== null);
  const errorAt = (path: string) =>
    errors
      .filter((error) => error.path === path)
      .map((error) => fieldMessage(error, lang, t))
      .join(' ') || undefined;
  const summary: SummaryError[] = [
    ...(formError ? [{ target: null, text: formError }] : []),
    ...errors.map((error) => ({ target: error.path === 'route' ? 'new-route' : 'new-course', text: fieldMessage(error, lang, t) })),
  ];
  return (
    <div className="narrow">
      <ErrorSummary errors={summary} focusKey={failures} />
      <p className="caption">
        <Link to="/applications" className="link">
          {t('ap.backToList')}
        </Link>
      </p>
      <h1 className="heading-xl">{t('ap.new.title')}</h1>
      <p className="lead">{t('ap.new.lead')}</p>
      {published.length === 0 ? (
        <p>{t('ap.new.noCourses')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Select
            id="new-course"
            label={t('ap.new.course')}
            hint={t('ap.new.courseHint')}
            error={errorAt('courseCode')}
            value={courseCode}
            onChange={setCourseCode}
            options={[
              { value: '', label: t('editor.choose') },
              ...published.map((course) => ({
                value: course.code,
                label: `${course.code} — ${course.current!.title[lang] || course.current!.title.en}`,
              })),
            ]}
          />
          <Radios
            id="new-route"
            label={t('ap.route')}
            error={errorAt('route')}
            value={route}
            onChange={(value) => setRoute(value as ApplicationRoute)}
            options={[
              { value: 'right', label: t('ap.route.right') },
              { value: 'hei-registration', label: t('ap.route.hei-registration') },
            ]}
          />
          <button className="button" type="submit" disabled={busy}>
            {busy ? t('ap.sending') : t('ap.new.start')}
          </button>
        </form>
      )}
    </div>
  );
}
