// The receiving institution's recognition agreements: the list (withdrawn ones too), a form to
// record or change one (programme, components with their caps, courses and their ECTS, dates)
// with the server's errors beside their fields, and withdrawal with a reason.
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError, api } from '../api.js';
import { ErrorSummary, LoadError, Loading, Text, usePageTitle } from '../components/common.js';
import { formatDate, formatDateTime, type Lang, type Translate, useI18n } from '../i18n.js';
import { recognitionErrorKa } from '../messages-recognition.js';
import { type PlacedError, placeErrors, problemMessage, TextInput } from '../procedure/form-kit.js';
import type { Agreement } from '../recognition/types.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session.js';
import { useApi } from '../use-api.js';

const LIST = '/workspace/recognition-agreements';

function ManagersOnly({ title, here, children }: { title: string; here: string; children: ReactNode }) {
  const { t } = useI18n();
  const { ready, user } = useSession();
  if (!ready) return <Loading />;
  if (!user || (user.role !== 'provider-admin' && user.role !== 'center-officer')) {
    return (
      <>
        <h1 className="heading-xl">{title}</h1>
        {user ? (
          <p>{t('rec.managersOnly')}</p>
        ) : (
          <p>
            <Link to={`/login?next=${encodeURIComponent(here)}`} className="link">
              {t('rec.signIn')}
            </Link>
          </p>
        )}
      </>
    );
  }
  return <>{children}</>;
}

function Breadcrumbs({ current }: { current: string }) {
  const { t } = useI18n();
  return (
    <nav className="breadcrumbs" aria-label={t('coursePage.breadcrumb')}>
      <ol>
        <li>
          <Link to="/workspace">{t('workspace.title')}</Link>
        </li>
        {current !== t('rec.title') ? (
          <li>
            <Link to={LIST}>{t('rec.title')}</Link>
          </li>
        ) : null}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

// ---------------------------------------------------------------------------
// The list

export function RecognitionAgreementsPage() {
  const { t } = useI18n();
  usePageTitle(t('rec.title'));
  return (
    <ManagersOnly title={t('rec.title')} here={LIST}>
      <Breadcrumbs current={t('rec.title')} />
      <h1 className="heading-xl">{t('rec.title')}</h1>
      <p className="lead">{t('rec.lead')}</p>
      <p>
        <Link to={`${LIST}/new`} className="button">
          {t('rec.new')}
        </Link>
      </p>
      <AgreementList />
    </ManagersOnly>
  );
}

function AgreementList() {
  const { t } = useI18n();
  const list = useApi<{ items: Agreement[] }>('/api/workspace/recognition-agreements');
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <LoadError error={list.error} />;
  if (list.data.items.length === 0) return <p>{t('rec.none')}</p>;
  return (
    <ul className="list">
      {list.data.items.map((agreement) => (
        <li key={agreement.id}>
          <AgreementSummary agreement={agreement} />
        </li>
      ))}
    </ul>
  );
}

function AgreementSummary({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useI18n();
  return (
    <article className="recognition-agreement" data-agreement={agreement.id}>
      <h2 className="heading-m">
        <Text value={agreement.programme.name} /> · <Text value={agreement.provider.name} />
      </h2>
      <p>
        {agreement.withdrawnAt ? (
          <strong className="tag tag--grey">{t('rec.withdrawn', { date: formatDateTime(agreement.withdrawnAt, lang) })}</strong>
        ) : (
          <strong className={`tag ${agreement.current ? 'tag--green' : 'tag--grey'}`}>{t(agreement.current ? 'rec.current' : 'rec.notCurrent')}</strong>
        )}{' '}
        {t('rec.nqf', { level: agreement.programme.nqfLevel })}
        {agreement.programme.totalEcts ? ` · ${t('rec.programmeTotal', { total: agreement.programme.totalEcts })}` : ''} ·{' '}
        {t('rec.validity', { from: formatDate(agreement.validFrom, lang), until: agreement.validUntil ? formatDate(agreement.validUntil, lang) : t('rec.openEnded') })}
      </p>
      {agreement.components.map((component, index) => (
        <div key={index}>
          <p>
            <strong>
              <Text value={component.name} />
            </strong>
            : {t('rec.capOf', { cap: component.capEcts })}
          </p>
          <ul className="list list--bullet">
            {component.courses.map((course) => (
              <li key={course.code}>
                <Link to={`/courses/${encodeURIComponent(course.code)}`} className="link">
                  <span className="code">{course.code}</span> <Text value={course.title} />
                </Link>{' '}
                — {t('rec.courseCounts', { ects: course.ects, courseEcts: course.courseEcts })}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {agreement.withdrawnAt ? null : (
        <p>
          <Link to={`${LIST}/${agreement.id}`} className="link">
            {t('rec.edit')}
          </Link>
        </p>
      )}
    </article>
  );
}

// ---------------------------------------------------------------------------
// The form

interface CourseRow {
  courseCode: string;
  ects: string;
}
interface ComponentRow {
  nameKa: string;
  nameEn: string;
  capEcts: string;
  courses: CourseRow[];
}
interface FormState {
  providerSlug: string;
  programmeKa: string;
  programmeEn: string;
  nqfLevel: string;
  totalEcts: string;
  validFrom: string;
  validUntil: string;
  components: ComponentRow[];
}

const emptyCourse = (): CourseRow => ({ courseCode: '', ects: '' });
const emptyComponent = (): ComponentRow => ({ nameKa: '', nameEn: '', capEcts: '', courses: [emptyCourse()] });

function stateOf(agreement: Agreement | null): FormState {
  if (!agreement) {
    return { providerSlug: '', programmeKa: '', programmeEn: '', nqfLevel: '7', totalEcts: '', validFrom: '', validUntil: '', components: [emptyComponent()] };
  }
  return {
    providerSlug: agreement.provider.slug,
    programmeKa: agreement.programme.name.ka,
    programmeEn: agreement.programme.name.en,
    nqfLevel: String(agreement.programme.nqfLevel),
    totalEcts: agreement.programme.totalEcts === null ? '' : String(agreement.programme.totalEcts),
    validFrom: agreement.validFrom,
    validUntil: agreement.validUntil ?? '',
    components: agreement.components.map((component) => ({
      nameKa: component.name.ka,
      nameEn: component.name.en,
      capEcts: String(component.capEcts),
      courses: component.courses.map((course) => ({ courseCode: course.code, ects: String(course.ects) })),
    })),
  };
}

const fieldId = (path: string) => `rec-${path.replace(/\./g, '-')}`;

function errorText(error: PlacedError, lang: Lang): string {
  if (error.code === 'client' || lang === 'en') return error.message;
  return recognitionErrorKa[error.code] ?? error.message;
}

/** The body the API takes, or the fields whose numbers are not whole numbers. */
function toBody(state: FormState, t: Translate, withProvider: boolean): { body: object } | { problems: { path: string; message: string }[] } {
  const problems: { path: string; message: string }[] = [];
  const whole = (value: string, path: string, optional = false): number | null => {
    if (optional && value.trim() === '') return null;
    if (!/^\d+$/.test(value.trim())) {
      problems.push({ path, message: t('rec.form.notNumber') });
      return 0;
    }
    return Number(value.trim());
  };
  const body = {
    ...(withProvider && state.providerSlug.trim() ? { providerSlug: state.providerSlug.trim() } : {}),
    programme: {
      name: { ka: state.programmeKa.trim(), en: state.programmeEn.trim() },
      nqfLevel: whole(state.nqfLevel, 'programme.nqfLevel'),
      totalEcts: whole(state.totalEcts, 'programme.totalEcts', true),
    },
    validFrom: state.validFrom,
    validUntil: state.validUntil === '' ? null : state.validUntil,
    components: state.components.map((component, c) => ({
      name: { ka: component.nameKa.trim(), en: component.nameEn.trim() },
      capEcts: whole(component.capEcts, `components.${c}.capEcts`),
      courses: component.courses.map((course, k) => ({ courseCode: course.courseCode.trim().toUpperCase(), ects: whole(course.ects, `components.${c}.courses.${k}.ects`) })),
    })),
  };
  return problems.length > 0 ? { problems } : { body };
}

export function RecognitionAgreementFormPage({ id }: { id: string | null }) {
  const { t } = useI18n();
  const title = t(id ? 'rec.form.editTitle' : 'rec.form.newTitle');
  usePageTitle(title);
  return (
    <ManagersOnly title={title} here={id ? `${LIST}/${id}` : `${LIST}/new`}>
      <Breadcrumbs current={title} />
      <h1 className="heading-xl">{title}</h1>
      {id ? <EditAgreement id={id} /> : <AgreementForm agreement={null} />}
    </ManagersOnly>
  );
}

function EditAgreement({ id }: { id: string }) {
  const agreement = useApi<Agreement>(`/api/workspace/recognition-agreements/${encodeURIComponent(id)}`);
  if (agreement.status === 'loading') return <Loading />;
  if (agreement.status === 'error') return <LoadError error={agreement.error} />;
  return (
    <>
      <AgreementForm agreement={agreement.data} />
      {agreement.data.withdrawnAt ? null : <WithdrawForm id={id} />}
    </>
  );
}

function AgreementForm({ agreement }: { agreement: Agreement | null }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [state, setState] = useState<FormState>(() => stateOf(agreement));
  const [errors, setErrors] = useState<PlacedError[]>([]);
  const [topError, setTopError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [busy, setBusy] = useState(false);
  const isOfficer = user?.role === 'center-officer';

  const error = (path: string) => {
    const here = errors.filter((item) => item.target === fieldId(path)).map((item) => errorText(item, lang));
    return here.length > 0 ? here.join(' ') : undefined;
  };
  const set = (change: Partial<FormState>) => setState((current) => ({ ...current, ...change }));
  const setComponent = (c: number, change: Partial<ComponentRow>) =>
    setState((current) => ({ ...current, components: current.components.map((component, index) => (index === c ? { ...component, ...change } : component)) }));
  const setCourse = (c: number, k: number, change: Partial<CourseRow>) =>
    setState((current) => ({
      ...current,
      components: current.components.map((component, index) =>
        index === c ? { ...component, courses: component.courses.map((course, position) => (position === k ? { ...course, ...change } : course)) } : component,
      ),
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const built = toBody(state, t, !agreement && isOfficer);
    if ('problems' in built) {
      setTopError(null);
      setErrors(placeErrors(built.problems.map((problem) => ({ ...problem, code: 'client' })), fieldId));
      setFailures((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await api<Agreement>(agreement ? `/api/workspace/recognition-agreements/${agreement.id}` : '/api/workspace/recognition-agreements', {
        method: agreement ? 'PUT' : 'POST',
        body: built.body,
      });
      navigate(LIST);
    } catch (caught) {
      const fieldErrors = caught instanceof ApiError ? (caught.problem?.errors ?? []) : [];
      setErrors(placeErrors(fieldErrors, fieldId));
      setTopError(fieldErrors.length === 0 ? problemMessage(caught, t) : null);
      setFailures((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const summary = [...(topError ? [{ target: null, text: topError }] : []), ...errors.map((item) => ({ target: item.target, text: errorText(item, lang) }))];
  return (
    <>
      <ErrorSummary errors={summary} focusKey={failures} id="rec-errors" />
      <form onSubmit={(event) => void submit(event)} noValidate className="recognition-form">
        {!agreement && isOfficer ? (
          <TextInput id={fieldId('providerSlug')} label={t('rec.form.provider')} hint={t('rec.form.providerHint')} error={error('providerSlug')} value={state.providerSlug} onChange={(value) => set({ providerSlug: value })} />
        ) : null}
        <fieldset className="fieldset" id={fieldId('programme')}>
          <legend className="fieldset__legend fieldset__legend--m">{t('rec.form.programme')}</legend>
          <TextInput id={fieldId('programme.name.ka')} lang="ka" width="full" label={t('rec.form.programmeKa')} error={error('programme.name.ka')} value={state.programmeKa} onChange={(value) => set({ programmeKa: value })} />
          <TextInput id={fieldId('programme.name.en')} lang="en" width="full" label={t('rec.form.programmeEn')} hint={t('rec.form.programmeEnHint')} error={error('programme.name.en')} value={state.programmeEn} onChange={(value) => set({ programmeEn: value })} />
          <TextInput id={fieldId('programme.nqfLevel')} width="xs" inputMode="numeric" label={t('rec.form.nqfLevel')} error={error('programme.nqfLevel')} value={state.nqfLevel} onChange={(value) => set({ nqfLevel: value })} />
          <TextInput id={fieldId('programme.totalEcts')} width="xs" inputMode="numeric" label={t('rec.form.totalEcts')} hint={t('rec.form.totalEctsHint')} error={error('programme.totalEcts')} value={state.totalEcts} onChange={(value) => set({ totalEcts: value })} />
        </fieldset>
        <TextInput id={fieldId('validFrom')} type="date" label={t('rec.form.validFrom')} error={error('validFrom')} value={state.validFrom} onChange={(value) => set({ validFrom: value })} />
        <TextInput id={fieldId('validUntil')} type="date" label={t('rec.form.validUntil')} error={error('validUntil')} value={state.validUntil} onChange={(value) => set({ validUntil: value })} />
        <div id={fieldId('components')} tabIndex={-1}>
          {error('components') ? <p className="error-message">{error('components')}</p> : null}
          {state.components.map((component, c) => (
            <fieldset className="fieldset" key={c} id={fieldId(`components.${c}`)}>
              <legend className="fieldset__legend fieldset__legend--m">{t('rec.form.component', { n: c + 1 })}</legend>
              <TextInput id={fieldId(`components.${c}.name.ka`)} lang="ka" width="full" label={t('rec.form.componentKa')} error={error(`components.${c}.name.ka`)} value={component.nameKa} onChange={(value) => setComponent(c, { nameKa: value })} />
              <TextInput id={fieldId(`components.${c}.name.en`)} lang="en" width="full" label={t('rec.form.componentEn')} hint={t('rec.form.componentEnHint')} error={error(`components.${c}.name.en`)} value={component.nameEn} onChange={(value) => setComponent(c, { nameEn: value })} />
              <TextInput id={fieldId(`components.${c}.capEcts`)} width="xs" inputMode="numeric" label={t('rec.form.cap')} error={error(`components.${c}.capEcts`)} value={component.capEcts} onChange={(value) => setComponent(c, { capEcts: value })} />
              <div id={fieldId(`components.${c}.courses`)} tabIndex={-1}>
                <p className="label">{t('rec.form.courses')}</p>
                {error(`components.${c}.courses`) ? <p className="error-message">{error(`components.${c}.courses`)}</p> : null}
                {component.courses.map((course, k) => (
                  <div className="recognition-form__course" key={k}>
                    <TextInput id={fieldId(`components.${c}.courses.${k}.courseCode`)} width="m" label={`${t('rec.form.courseCode')} (${k + 1})`} error={error(`components.${c}.courses.${k}.courseCode`)} value={course.courseCode} onChange={(value) => setCourse(c, k, { courseCode: value })} />
                    <TextInput id={fieldId(`components.${c}.courses.${k}.ects`)} width="xs" inputMode="numeric" label={t('rec.form.courseEcts')} error={error(`components.${c}.courses.${k}.ects`)} value={course.ects} onChange={(value) => setCourse(c, k, { ects: value })} />
                    <button type="button" className="button button--secondary" onClick={() => setComponent(c, { courses: component.courses.filter((_, position) => position !== k) })}>
                      {t('rec.form.removeCourse', { n: k + 1 })}
                    </button>
                  </div>
                ))}
                <button type="button" className="button button--secondary" onClick={() => setComponent(c, { courses: [...component.courses, emptyCourse()] })}>
                  {t('rec.form.addCourse')}
                </button>
              </div>
              {state.components.length > 1 ? (
                <button type="button" className="button button--warning" onClick={() => set({ components: state.components.filter((_, index) => index !== c) })}>
                  {t('rec.form.removeComponent')}
                </button>
              ) : null}
            </fieldset>
          ))}
        </div>
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => set({ components: [...state.components, emptyComponent()] })}>
            {t('rec.form.addComponent')}
          </button>
        </div>
        <div className="button-group">
          <button className="button" type="submit" disabled={busy} aria-disabled={busy}>
            {busy ? t('rec.form.saving') : t('rec.form.save')}
          </button>
          <Link to={LIST} className="link">
            {t('rec.form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

function WithdrawForm({ id }: { id: string }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<PlacedError[]>([]);
  const [topError, setTopError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [busy, setBusy] = useState(false);
  const reasonId = 'rec-withdraw-reason';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await api<Agreement>(`/api/workspace/recognition-agreements/${encodeURIComponent(id)}/withdraw`, { method: 'POST', body: { reason: reason.trim() } });
      navigate(LIST);
    } catch (caught) {
      const fieldErrors = caught instanceof ApiError ? (caught.problem?.errors ?? []) : [];
      setErrors(placeErrors(fieldErrors.map((item) => ({ ...item, path: 'withdraw.reason' })), (path) => (path === 'withdraw.reason' ? reasonId : path)));
      setTopError(fieldErrors.length === 0 ? problemMessage(caught, t) : null);
      setFailures((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }
  // The one field has one rule (1 to 2 000 characters): say it in the interface's language.
  const reasonError = errors.length > 0 ? t('rec.withdraw.reasonRequired') : undefined;
  const summary = [...(topError ? [{ target: null, text: topError }] : []), ...errors.slice(0, 1).map((item) => ({ target: item.target, text: t('rec.withdraw.reasonRequired') }))];
  return (
    <section aria-labelledby="rec-withdraw-heading">
      <h2 className="heading-l" id="rec-withdraw-heading">
        {t('rec.withdraw.confirm')}
      </h2>
      <ErrorSummary errors={summary} focusKey={failures} id="rec-withdraw-errors" />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput id={reasonId} width="full" label={t('rec.withdraw.reason')} error={reasonError} value={reason} onChange={setReason} />
        <button className="button button--warning" type="submit" disabled={busy} aria-disabled={busy}>
          {t('rec.withdraw.confirm')}
        </button>
      </form>
    </section>
  );
}
