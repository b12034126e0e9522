// A complaint from a learner, employer or association naming specific violations (public): it opens
// unscheduled monitoring of the course, which must end within 30 calendar days with published results.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api, type CourseVersion } from '../api.js';
import { ErrorSummary, SummaryList, SummaryRow, Text, usePageTitle } from '../components/common.js';
import { formatDate, useI18n } from '../i18n.js';
import { formFieldId, useFormErrors } from '../procedure/form-errors.js';
import { Radios, TextArea, TextInput } from '../procedure/form-kit.js';
import { Link, useLocation } from '../router.js';
import { useApi } from '../use-api.js';

type ComplainantKind = 'learner' | 'employer' | 'association';

interface ComplaintReceipt {
  complaintCode: string;
  monitoringCode: string;
  dueDate: string;
}

const MIN_LENGTH = 20;

export function ComplaintPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const fromQuery = new URLSearchParams(search).get('course') ?? '';
  usePageTitle(t('cp.title'));
  const [receipt, setReceipt] = useState<ComplaintReceipt | null>(null);
  const [courseCode, setCourseCode] = useState(fromQuery);
  if (receipt) return <Receipt receipt={receipt} courseCode={courseCode} />;
  return <ComplaintForm fixedCourse={fromQuery} courseCode={courseCode} setCourseCode={setCourseCode} onDone={setReceipt} />;
}

function ComplaintForm({
  fixedCourse,
  courseCode,
  setCourseCode,
  onDone,
}: {
  fixedCourse: string;
  courseCode: string;
  setCourseCode: (value: string) => void;
  onDone: (receipt: ComplaintReceipt) => void;
}) {
  const { t } = useI18n();
  const course = useApi<CourseVersion>(fixedCourse ? `/api/courses/${encodeURIComponent(fixedCourse)}` : null);
  const form = useFormErrors('cp');
  const [kind, setKind] = useState<ComplainantKind | ''>('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [violations, setViolations] = useState<string[]>(['']);
  const [busy, setBusy] = useState(false);
  const focusAfterChange = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfterChange.current) {
      document.getElementById(focusAfterChange.current)?.focus();
      focusAfterChange.current = null;
    }
  }, [violations.length]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems: { path: string; message: string }[] = [];
    if (!fixedCourse && !/^[A-Z]{2,4}-\d{4}-\d{4}$/.test(courseCode.trim().toUpperCase())) problems.push({ path: 'courseCode', message: t('cp.err.course') });
    if (!kind) problems.push({ path: 'complainantKind', message: t('cp.err.chooseKind') });
    if (name.trim() === '') problems.push({ path: 'complainantName', message: t('cp.err.name') });
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) problems.push({ path: 'complainantEmail', message: t('cp.err.email') });
    violations.forEach((violation, index) => {
      if (violation.trim().length < MIN_LENGTH) problems.push({ path: `violations.${index}`, message: t('cp.err.short') });
    });
    if (problems.length > 0) {
      form.failClient(problems);
      return;
    }
    setBusy(true);
    try {
      const receipt = await api<ComplaintReceipt>('/api/complaints', {
        method: 'POST',
        body: {
          courseCode: courseCode.trim().toUpperCase(),
          complainantKind: kind,
          complainantName: name.trim(),
          complainantEmail: email.trim(),
          violations: violations.map((violation) => violation.trim()),
        },
      });
      form.clear();
      onDone(receipt);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) form.failClient([{ path: 'courseCode', message: t('cp.err.noCourse') }]);
      else form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1 className="heading-xl">{t('cp.title')}</h1>
      <ErrorSummary errors={form.summary} focusKey={form.failures} id="cp-errors" />
      <p className="lead">{t('cp.lead')}</p>
      {fixedCourse ? (
        <SummaryList>
          <SummaryRow label={t('cp.course')}>
            {course.status === 'ready' ? (
              <>
                <Link to={`/courses/${course.data.code}`} className="link">
                  <Text value={course.data.description.title} />
                </Link>{' '}
                <span className="muted code">{course.data.code}</span>
              </>
            ) : (
              <span className="code">{fixedCourse}</span>
            )}
          </SummaryRow>
        </SummaryList>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate className="complaint-form">
        {fixedCourse ? (
          // A course code the form cannot send is still said beside something the person can see.
          <div id={form.id('courseCode')} tabIndex={-1}>
            {form.error('courseCode') ? <p className="error-message">{form.error('courseCode')}</p> : null}
          </div>
        ) : (
          <TextInput
            id={form.id('courseCode')}
            label={t('cp.courseCode')}
            hint={t('cp.courseCodeHint')}
            error={form.error('courseCode')}
            value={courseCode}
            onChange={setCourseCode}
            width="s"
          />
        )}
        <Radios
          id={form.id('complainantKind')}
          label={t('cp.kind')}
          error={form.error('complainantKind')}
          value={kind}
          onChange={(value) => setKind(value as ComplainantKind)}
          options={(['learner', 'employer', 'association'] as const).map((value) => ({ value, label: t(`cp.kind.${value}`) }))}
        />
        <TextInput id={form.id('complainantName')} label={t('cp.name')} error={form.error('complainantName')} value={name} onChange={setName} />
        <TextInput id={form.id('complainantEmail')} label={t('cp.email')} hint={t('cp.emailHint')} error={form.error('complainantEmail')} value={email} onChange={setEmail} />
        <div className={`form-group${form.error('violations') ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" id={form.id('violations')} aria-describedby={`${form.id('violations')}-hint`}>
            <legend className="fieldset__legend fieldset__legend--m">{t('cp.violations')}</legend>
            <div className="hint" id={`${form.id('violations')}-hint`}>
              {t('cp.violationsHint')}
            </div>
            {form.error('violations') ? (
              <p className="error-message" id={`${form.id('violations')}-error`}>
                <span className="visually-hidden">{t('errorSummary.title')}: </span>
                {form.error('violations')}
              </p>
            ) : null}
            {violations.map((violation, index) => (
              <div key={index} className="complaint-form__violation">
                <TextArea
                  id={form.id(`violations.${index}`)}
                  label={t('cp.violation', { n: index + 1 })}
                  error={form.error(`violations.${index}`)}
                  value={violation}
                  rows={4}
                  onChange={(value) => setViolations((list) => list.map((item, at) => (at === index ? value : item)))}
                />
                {violations.length > 1 ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => {
                      focusAfterChange.current = formFieldId('cp', `violations.${Math.max(0, index - 1)}`);
                      setViolations((list) => list.filter((_, at) => at !== index));
                    }}
                  >
                    {t('cp.removeViolation', { n: index + 1 })}
                  </button>
                ) : null}
              </div>
            ))}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                focusAfterChange.current = formFieldId('cp', `violations.${violations.length}`);
                setViolations((list) => [...list, '']);
              }}
            >
              {t('cp.addViolation')}
            </button>
          </fieldset>
        </div>
        <button className="button" type="submit" disabled={busy} aria-disabled={busy}>
          {busy ? t('ap.sending') : t('cp.submit')}
        </button>
      </form>
    </>
  );
}

function Receipt({ receipt, courseCode }: { receipt: ComplaintReceipt; courseCode: string }) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <>
      <div className="notice notice--success complaint-receipt" role="status" ref={ref} tabIndex={-1}>
        <h1 className="heading-xl">{t('cp.done.title')}</h1>
      </div>
      <SummaryList>
        <SummaryRow label={t('cp.done.complaint')}>
          <span className="code">{receipt.complaintCode}</span>
        </SummaryRow>
        <SummaryRow label={t('cp.done.monitoring')}>
          <span className="code">{receipt.monitoringCode}</span>
        </SummaryRow>
        <SummaryRow label={t('cp.done.due')}>{formatDate(receipt.dueDate, lang)}</SummaryRow>
      </SummaryList>
      <p>{t('cp.done.body')}</p>
      <ul className="list">
        <li>
          <Link to="/decisions" className="link">
            {t('cp.done.results')}
          </Link>
        </li>
        {courseCode ? (
          <li>
            <Link to={`/courses/${encodeURIComponent(courseCode)}`} className="link">
              {t('cp.done.back')}
            </Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}
