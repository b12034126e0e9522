// Monitoring for the Center's officers: every monitoring, soonest due first with the overdue
// marked, a form to schedule one, and for each open one a form to end it with its findings,
// which keeps, suspends or terminates the right and publishes the result as a document.
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api.js';
import { ErrorSummary, LoadError, Loading, usePageTitle } from '../components/common.js';
import { PdfLink } from '../components/document-link.js';
import { type Bilingual, formatDate, formatInstantDate, todayInTbilisi, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { useFormErrors } from '../procedure/form-errors.js';
import { Radios, TextArea, TextInput } from '../procedure/form-kit.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import { useApi } from '../use-api.js';
import { DataTable } from '../components/data-table.js';

type Outcome = 'keep' | 'suspend' | 'terminate';

interface Monitoring {
  code: string;
  kind: 'scheduled' | 'unscheduled';
  courseCode: string;
  openedAt: string;
  dueDate: string | null;
  outcome: Outcome | null;
  findings: Bilingual | null;
  publishedAt: string | null;
  complaint: { code: string; violations: string[] } | null;
}

interface Notice {
  text: string;
  document: string | null;
}

const outcomeTag: Record<Outcome, string> = { keep: 'tag--green', suspend: 'tag--orange', terminate: 'tag--red' };
const monitoringResultTitle: Bilingual = { ka: 'მონიტორინგის შედეგი', en: 'Monitoring result' };

/** Open ones first, soonest due first (no due date last); then the ended ones, latest first. */
function byDue(a: Monitoring, b: Monitoring): number {
  if ((a.outcome === null) !== (b.outcome === null)) return a.outcome === null ? -1 : 1;
  if (a.outcome === null) {
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null) return 1;
      if (b.dueDate === null) return -1;
      return a.dueDate < b.dueDate ? -1 : 1;
    }
    return a.openedAt < b.openedAt ? -1 : 1;
  }
  return (b.publishedAt ?? '') < (a.publishedAt ?? '') ? -1 : 1;
}

export function MonitoringPage() {
  const { t } = useI18n();
  const { ready, user } = useSession();
  usePageTitle(t('mon.title'));
  if (!ready) return <Loading />;
  if (!user) {
    return (
      <>
        <h1 className="heading-xl">{t('mon.title')}</h1>
        <p>
          <Link to={`/login?next=${encodeURIComponent('/monitoring')}`} className="link">
            {t('workspace.signInFirst')}
          </Link>
        </p>
      </>
    );
  }
  if (user.role !== 'center-officer') {
    return (
      <>
        <h1 className="heading-xl">{t('mon.title')}</h1>
        <p>{t('mon.officerOnly')}</p>
      </>
    );
  }
  return <MonitoringWork />;
}

function MonitoringWork() {
  const { t, lang } = useI18n();
  const [reloadKey, setReloadKey] = useState(0);
  const list = useApi<{ items: Monitoring[] }>('/api/monitorings', { reloadKey });
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const today = todayInTbilisi();

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const done = useCallback((next: Notice) => {
    setNotice(next);
    setReloadKey((key) => key + 1);
  }, []);

  const items = list.status === 'ready' ? [...list.data.items].sort(byDue) : [];
  const open = items.filter((item) => item.outcome === null);

  return (
    <>
      {notice ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={noticeRef}>
          <p>
            <strong>{notice.text}</strong>
          </p>
          {notice.document ? (
            <p>
              {t('mon.close.document', { code: notice.document })} <PdfLink code={notice.document} title={monitoringResultTitle} />
            </p>
          ) : null}
        </div>
      ) : null}
      <h1 className="heading-xl">{t('mon.title')}</h1>
      <p className="lead">{t('mon.lead')}</p>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <LoadError error={list.error} /> : null}
      {list.status === 'ready' && items.length === 0 ? <p>{t('mon.none')}</p> : null}
      {items.length > 0 ? (
        <DataTable
          captionId="monitoring-caption"
          className="table monitoring-list"
          caption={t('mon.caption')}
          head={
            <>
              <th scope="col">{t('mon.code')}</th>
              <th scope="col">{t('mon.course')}</th>
              <th scope="col">{t('mon.kind')}</th>
              <th scope="col">{t('mon.opened')}</th>
              <th scope="col">{t('mon.due')}</th>
              <th scope="col">{t('mon.status')}</th>
            </>
          }
        >
          {items.map((item) => {
            const overdue = item.outcome === null && item.dueDate !== null && item.dueDate < today;
            return (
              <tr key={item.code} className={overdue ? 'monitoring-list__row--overdue' : undefined}>
                <td className="code">{item.code}</td>
                <td>
                  <Link to={`/courses/${item.courseCode}`} className="link code">
                    {item.courseCode}
                  </Link>
                </td>
                <td>
                  {t(`mon.kind.${item.kind}` as MessageKey)}
                  {item.complaint ? (
                    <>
                      <br />
                      <span className="muted">{t('mon.complaint', { code: item.complaint.code })}</span>
                    </>
                  ) : null}
                </td>
                <td>{formatInstantDate(item.openedAt, lang)}</td>
                <td className={overdue ? 'monitoring-list__due--overdue' : undefined}>
                  {item.dueDate ? formatDate(item.dueDate, lang) : <span className="muted">{t('mon.noDue')}</span>}
                  {overdue ? <strong className="tag tag--small tag--red tag--inline">{t('mon.overdue')}</strong> : null}
                </td>
                <td>
                  {item.outcome ? (
                    <strong className={`tag tag--small ${outcomeTag[item.outcome]}`}>
                      {t(`mon.outcome.${item.outcome}` as MessageKey)}
                    </strong>
                  ) : (
                    <strong className="tag tag--small tag--blue">{t('mon.open')}</strong>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : null}
      {open.map((item) => (
        <CloseForm key={item.code} monitoring={item} overdue={item.dueDate !== null && item.dueDate < today} onDone={done} />
      ))}
      <ScheduleForm onDone={done} />
    </>
  );
}

function ScheduleForm({ onDone }: { onDone: (notice: Notice) => void }) {
  const { t } = useI18n();
  const form = useFormErrors('mon-schedule');
  const [courseCode, setCourseCode] = useState('');
  const [kind, setKind] = useState<'scheduled' | 'unscheduled' | ''>('');
  const [dueDate, setDueDate] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems: { path: string; message: string }[] = [];
    if (!/^[A-Z]{2,4}-\d{4}-\d{4}$/.test(courseCode.trim().toUpperCase()))
      problems.push({ path: 'courseCode', message: t('cp.err.course') });
    if (!kind) problems.push({ path: 'kind', message: t('mon.err.chooseKind') });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) problems.push({ path: 'dueDate', message: t('mon.err.date') });
    if (problems.length > 0) {
      form.failClient(problems);
      return;
    }
    setBusy(true);
    try {
      const created = await api<{ code: string }>('/api/monitorings', {
        method: 'POST',
        body: { courseCode: courseCode.trim().toUpperCase(), kind, dueDate },
      });
      form.clear();
      setCourseCode('');
      setKind('');
      setDueDate('');
      onDone({ text: t('mon.schedule.done', { code: created.code }), document: null });
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="action-panel" aria-labelledby="mon-schedule-heading">
      <h2 className="heading-m" id="mon-schedule-heading">
        {t('mon.schedule.title')}
      </h2>
      <ErrorSummary errors={form.summary} focusKey={form.failures} id="mon-schedule-errors" />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          id={form.id('courseCode')}
          label={t('mon.schedule.courseCode')}
          hint={t('mon.schedule.courseCodeHint')}
          error={form.error('courseCode')}
          value={courseCode}
          onChange={setCourseCode}
          width="s"
        />
        <Radios
          id={form.id('kind')}
          label={t('mon.schedule.kind')}
          error={form.error('kind')}
          value={kind}
          onChange={(value) => setKind(value as 'scheduled' | 'unscheduled')}
          inline
          options={(['scheduled', 'unscheduled'] as const).map((value) => ({ value, label: t(`mon.kind.${value}`) }))}
        />
        <TextInput
          id={form.id('dueDate')}
          label={t('mon.schedule.dueDate')}
          error={form.error('dueDate')}
          value={dueDate}
          onChange={setDueDate}
          type="date"
          width="s"
        />
        <button className="button" type="submit" disabled={busy} aria-disabled={busy}>
          {busy ? t('ap.sending') : t('mon.schedule.submit')}
        </button>
      </form>
    </section>
  );
}

function CloseForm({ monitoring, overdue, onDone }: { monitoring: Monitoring; overdue: boolean; onDone: (notice: Notice) => void }) {
  const { t, lang } = useI18n();
  const prefix = `mon-close-${monitoring.code}`;
  const form = useFormErrors(prefix);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [findingsKa, setFindingsKa] = useState('');
  const [findingsEn, setFindingsEn] = useState('');
  const [busy, setBusy] = useState(false);
  const headingId = `${prefix}-heading`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems: { path: string; message: string }[] = [];
    if (!outcome) problems.push({ path: 'outcome', message: t('mon.err.chooseOutcome') });
    if (findingsKa.trim() === '') problems.push({ path: 'findings.ka', message: t('mon.err.findingsKa') });
    if (findingsEn.trim() === '') problems.push({ path: 'findings.en', message: t('mon.err.findingsEn') });
    if (problems.length > 0 || !outcome) {
      form.failClient(problems);
      return;
    }
    setBusy(true);
    try {
      const result = await api<{ code: string; outcome: Outcome; publishedAt: string; document: string }>(
        `/api/monitorings/${encodeURIComponent(monitoring.code)}/close`,
        { method: 'POST', body: { outcome, findings: { ka: findingsKa.trim(), en: findingsEn.trim() } } },
      );
      form.clear();
      onDone({ text: t('mon.close.done', { code: result.code }), document: result.document });
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="action-panel" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        {t('mon.close.title', { code: monitoring.code })}
      </h2>
      <ErrorSummary errors={form.summary} focusKey={form.failures} id={`${prefix}-errors`} />
      <div className="action-panel__lead">
        <p>
          {monitoring.dueDate
            ? t('mon.close.lead', { course: monitoring.courseCode, date: formatDate(monitoring.dueDate, lang) })
            : t('mon.close.leadNoDue', { course: monitoring.courseCode })}
          {overdue ? <strong className="tag tag--small tag--red tag--inline">{t('mon.overdue')}</strong> : null}
        </p>
        {monitoring.complaint ? (
          <>
            <p>
              <strong>{t('mon.complaint', { code: monitoring.complaint.code })}.</strong> {t('mon.violations')}:
            </p>
            <ul className="list list--bullet">
              {monitoring.complaint.violations.map((violation, index) => (
                <li key={index}>{violation}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Radios
          id={form.id('outcome')}
          label={t('mon.close.outcome')}
          error={form.error('outcome')}
          value={outcome}
          onChange={(value) => setOutcome(value as Outcome)}
          options={(['keep', 'suspend', 'terminate'] as const).map((value) => ({ value, label: t(`mon.close.outcome.${value}`) }))}
        />
        <TextArea
          id={form.id('findings.ka')}
          label={t('mon.close.findingsKa')}
          hint={t('mon.close.findingsHint')}
          error={form.error('findings.ka')}
          value={findingsKa}
          onChange={setFindingsKa}
          lang="ka"
        />
        <TextArea
          id={form.id('findings.en')}
          label={t('mon.close.findingsEn')}
          hint={t('mon.close.findingsHint')}
          error={form.error('findings.en')}
          value={findingsEn}
          onChange={setFindingsEn}
          lang="en"
        />
        <button className="button" type="submit" disabled={busy} aria-disabled={busy}>
          {busy ? t('ap.sending') : t('mon.close.submit')}
        </button>
      </form>
    </section>
  );
}
