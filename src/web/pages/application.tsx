// One application, for everyone who works on it: where it stands (timeline, due dates, the 60
// working days), the steps open to the reader, and everything the procedure has produced so far.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api.js';
import { PdfLink } from '../components/document-link.js';
import { LoadError, Loading, SummaryList, SummaryRow, Text, usePageTitle } from '../components/common.js';
import { formatDate, formatDateTime, formatInstantDate, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { ActionForms, AgendaTable } from '../procedure/actions.js';
import { componentsOf, ContentForm, ContentView, Prose } from '../procedure/content-form.js';
import type { ActionResult } from '../procedure/form-kit.js';
import { DeadlineTable, Timeline, WorkingDays } from '../procedure/timeline.js';
import { StateTag } from '../procedure/state-tag.js';
import type { Application, ApplicationAction } from '../procedure/types.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import { DataTable } from '../components/data-table.js';

export function ApplicationPage({ code }: { code: string }) {
  const { t } = useI18n();
  const { ready, user } = useSession();
  usePageTitle(t('ap.title', { code }));
  if (!ready) return <Loading />;
  if (!user) {
    return (
      <>
        <h1 className="heading-xl">{t('ap.title', { code })}</h1>
        <p>
          <Link to={`/login?next=${encodeURIComponent(`/applications/${code}`)}`} className="link">
            {t('workspace.signInFirst')}
          </Link>
        </p>
      </>
    );
  }
  return <LoadedApplication code={code} />;
}

function LoadedApplication({ code }: { code: string }) {
  const { t } = useI18n();
  const [app, setApp] = useState<Application | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<{ key: MessageKey; documents: string[] } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      setApp(await api<Application>(`/api/applications/${encodeURIComponent(code)}`));
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  }, [code]);

  useEffect(() => {
    let live = true;
    api<Application>(`/api/applications/${encodeURIComponent(code)}`).then(
      (data) => live && setApp(data),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [code]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const done = useCallback(
    (key: MessageKey | null, result?: ActionResult) => {
      // The notice comes with the page as the step left it, not before.
      void load().then(() => {
        if (key) setNotice({ key, documents: result?.documents ?? [] });
      });
    },
    [load],
  );
  const onAction = useCallback((action: ApplicationAction, result: ActionResult) => done(`ev.${action}` as MessageKey, result), [done]);

  if (error && !app) return <LoadError error={error} />;
  if (!app) return <Loading />;
  return (
    <>
      {notice ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={noticeRef}>
          <p>
            <strong>{t(notice.key)}</strong>
          </p>
          {notice.documents.length > 0 ? <p>{t('ap.documentsIssued', { codes: notice.documents.join(', ') })}</p> : null}
        </div>
      ) : null}
      {error ? <LoadError error={error} /> : null}
      <ApplicationView app={app} onChanged={done} onAction={onAction} />
    </>
  );
}

function ApplicationView({
  app,
  onChanged,
  onAction,
}: {
  app: Application;
  onChanged: (key: MessageKey | null, result?: ActionResult) => void;
  onAction: (action: ApplicationAction, result: ActionResult) => void;
}) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const editing = user?.role === 'provider-admin' && (app.state === 'draft' || app.state === 'deficiencies');
  const correction = app.deadlines.find(
    (deadline) => deadline.kind === 'provider.correction' && (deadline.status === 'open' || deadline.status === 'overdue'),
  );
  return (
    <>
      <p className="caption">
        <Link to="/applications" className="link">
          {t('ap.backToList')}
        </Link>
      </p>
      <p className="caption">{t('ap.title', { code: app.code })}</p>
      <h1 className="heading-xl">
        <Text value={app.course.title} />
      </h1>
      <div className="key-facts">
        <div className="key-facts__item">
          <span className="key-facts__label">{t('ap.state')}</span>
          <span className="key-facts__value">
            <StateTag state={app.state} />
          </span>
        </div>
        <div className="key-facts__item">
          <span className="key-facts__label">{t('course.provider')}</span>
          <span className="key-facts__value">
            <Text value={app.provider.name} />
          </span>
        </div>
        <div className="key-facts__item">
          <span className="key-facts__label">{t('ap.course')}</span>
          <span className="key-facts__value">
            <Link to={`/courses/${app.course.code}/versions/${app.course.versionNo}`} className="link">
              {app.course.code}, {t('workspace.versionN', { n: app.course.versionNo })}
            </Link>
          </span>
        </div>
        <div className="key-facts__item">
          <span className="key-facts__label">{t('ap.route')}</span>
          <span className="key-facts__value">{t(`ap.route.${app.route}` as MessageKey)}</span>
        </div>
        <div className="key-facts__item">
          <span className="key-facts__label">{t('ap.submittedAt')}</span>
          <span className="key-facts__value">{app.submittedAt ? formatDateTime(app.submittedAt, lang) : t('ap.notSubmitted')}</span>
        </div>
      </div>

      {app.state === 'deficiencies' && app.procedure.deficiencies ? (
        <div className="notice notice--important">
          <h2 className="heading-m">{t('ap.deficiencies.title')}</h2>
          <ul className="list list--bullet">
            {app.procedure.deficiencies.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
          {correction ? (
            <p>
              <strong>
                {correction.status === 'overdue'
                  ? t('ap.deficiencies.overdue', { date: formatDate(correction.dueDate, lang) })
                  : t('ap.deficiencies.until', { date: formatDate(correction.dueDate, lang) })}
              </strong>
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="app-layout">
        <section className="app-layout__aside" aria-labelledby="where-title">
          <h2 className="heading-l" id="where-title">
            {t('ap.where')}
          </h2>
          <WorkingDays app={app} />
          <Timeline app={app} />
        </section>
        <div className="app-layout__main">
          <ActionForms app={app} onDone={onAction} />
          {editing ? <ContentForm key={app.code} app={app} onChanged={onChanged} /> : null}
          <DeadlineTable app={app} />
          <GroupSection app={app} />
          <VisitSection app={app} />
          <ReportsSection app={app} />
          <PositionSection app={app} />
          <HearingSection app={app} />
          <AppealsSection app={app} />
          <DocumentsSection app={app} />
          {editing ? null : <ContentView app={app} />}
        </div>
      </div>
    </>
  );
}

function GroupSection({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  if (app.expertGroup.length === 0 && app.recusalMotions.length === 0) return null;
  return (
    <section className="app-section" aria-labelledby="group-title">
      <h2 className="heading-l" id="group-title">
        {t('ap.group.title')}
      </h2>
      {app.expertGroup.length > 0 ? (
        <DataTable
          captionId="group-caption"
          captionClassName="visually-hidden"
          caption={t('ap.group.title')}
          head={
            <>
              <th scope="col">{t('ap.group.role')}</th>
              <th scope="col">{t('ap.group.name')}</th>
            </>
          }
        >
          {app.expertGroup.map((member) => (
            <tr key={member.assignmentId}>
              <td>{t(`grole.${member.role}` as MessageKey)}</td>
              <td>
                {member.name}
                {member.isChair ? <strong className="tag tag--small tag--blue tag--inline">{t('ap.group.chair')}</strong> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {app.recusalMotions.map((motion, index) => (
        <div className="inset" key={index}>
          <p>
            <strong>{t('ap.recusal.motion', { date: formatInstantDate(motion.filedAt, lang) })}</strong>
          </p>
          <Prose text={motion.reasons} />
          <p>
            {motion.decision ? t(`ap.recusal.${motion.decision}` as MessageKey) : t('ap.recusal.pending')}
            {motion.decisionReasons ? `: ${motion.decisionReasons}` : ''}
          </p>
        </div>
      ))}
    </section>
  );
}

function VisitSection({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  const { visitFrom, visitTo, agenda, agendaSentAt, oralFindings } = app.procedure;
  if (!visitFrom) return null;
  return (
    <section className="app-section" aria-labelledby="visit-title">
      <h2 className="heading-l" id="visit-title">
        {t('ap.visit.title')}
      </h2>
      <SummaryList>
        <SummaryRow label={t('ap.visit.dates')}>
          {visitFrom === visitTo
            ? formatDate(visitFrom, lang)
            : t('ap.range', { from: formatDate(visitFrom, lang), to: formatDate(visitTo, lang) })}
        </SummaryRow>
        <SummaryRow label={t('ap.visit.agendaSent')}>
          {agendaSentAt ? formatInstantDate(agendaSentAt, lang) : t('ap.visit.notYet')}
        </SummaryRow>
      </SummaryList>
      {agenda && agenda.length > 0 ? <AgendaTable agenda={agenda} /> : null}
      {oralFindings ? (
        <>
          <h3 className="heading-m">{t('ap.visit.findings')}</h3>
          <Prose text={oralFindings} />
        </>
      ) : null}
    </section>
  );
}

function ReportsSection({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  if (app.reports.length === 0) return null;
  const components = componentsOf(app);
  return (
    <section className="app-section" aria-labelledby="reports-title">
      <h2 className="heading-l" id="reports-title">
        {t('ap.reports.title')}
      </h2>
      {app.reports.map((report) => (
        <div key={report.stage} className="report">
          <h3 className="heading-m">
            {t(report.stage === 'final' ? 'ap.reports.final' : 'ap.reports.draft')}{' '}
            <span className="muted">{formatInstantDate(report.submittedAt, lang)}</span>
          </h3>
          <Text value={report.summary} as="p" />
          <DataTable
            captionId={`report-${report.stage}`}
            captionClassName="visually-hidden"
            caption={t(report.stage === 'final' ? 'ap.reports.final' : 'ap.reports.draft')}
            head={
              <>
                <th scope="col">{t('ap.reports.component')}</th>
                <th scope="col">{t('ap.f.rating')}</th>
                <th scope="col">{t('ap.f.ratingReasons')}</th>
              </>
            }
          >
            {components.map((component) => {
              const rating = report.ratings.find((item) => item.componentId === component.id);
              return (
                <tr key={component.id}>
                  <td>
                    {component.number} <Text value={component.title} />
                  </td>
                  <td>{rating ? t(`rating.${rating.rating}` as MessageKey) : ''}</td>
                  <td>{rating?.reasons}</td>
                </tr>
              );
            })}
          </DataTable>
        </div>
      ))}
    </section>
  );
}

function PositionSection({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  const { position, positionReceivedAt } = app.procedure;
  if (!position) return null;
  return (
    <section className="app-section" aria-labelledby="position-title">
      <h2 className="heading-l" id="position-title">
        {t('ap.position.title')}
      </h2>
      <p className="muted">{formatDateTime(positionReceivedAt, lang)}</p>
      <Prose text={position} />
    </section>
  );
}

function HearingSection({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  const hearing = app.hearing;
  if (!hearing) return null;
  const tally = hearing.votes.reduce<Record<string, number>>((sum, vote) => ({ ...sum, [vote.vote]: (sum[vote.vote] ?? 0) + 1 }), {});
  return (
    <section className="app-section" aria-labelledby="hearing-title">
      <h2 className="heading-l" id="hearing-title">
        {t('ap.hearing.title')}
      </h2>
      <SummaryList>
        <SummaryRow label={t('ap.hearing.when')}>{formatDateTime(hearing.meetingAt, lang)}</SummaryRow>
        <SummaryRow label={t('ap.f.place')}>{hearing.place}</SummaryRow>
        {hearing.decision ? (
          <>
            <SummaryRow label={t('ap.hearing.attendance')}>{t('ap.hearing.attended', { n: hearing.attendees.length })}</SummaryRow>
            <SummaryRow label={t('ap.f.votes')}>
              {Object.entries(tally)
                .map(([vote, count]) => `${t(`decision.${vote}` as MessageKey)}: ${count}`)
                .join('; ')}
            </SummaryRow>
            <SummaryRow label={t('ap.hearing.decision')}>
              <strong>{t(`decision.${hearing.decision}` as MessageKey)}</strong>
            </SummaryRow>
            {hearing.reasons ? (
              <SummaryRow label={t('ap.f.decisionReasons')}>
                <Text value={hearing.reasons} />
              </SummaryRow>
            ) : null}
            {hearing.implementationMonths ? <SummaryRow label={t('ap.f.months')}>{hearing.implementationMonths}</SummaryRow> : null}
            <SummaryRow label={t('ap.hearing.signatures')}>
              {[
                hearing.signedByChair ? t('ap.f.signedChair') : t('ap.f.unsignedChair'),
                hearing.signedBySecretary ? t('ap.f.signedSecretary') : t('ap.f.unsignedSecretary'),
              ].join('; ')}
            </SummaryRow>
            <SummaryRow label={t('ap.hearing.published')}>
              {hearing.publishedAt ? formatInstantDate(hearing.publishedAt, lang) : t('ap.visit.notYet')}
            </SummaryRow>
          </>
        ) : null}
      </SummaryList>
    </section>
  );
}

function AppealsSection({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  if (app.appeals.length === 0) return null;
  return (
    <section className="app-section" aria-labelledby="appeals-title">
      <h2 className="heading-l" id="appeals-title">
        {t('ap.appeals.title')}
      </h2>
      {app.appeals.map((appeal, index) => (
        <div className="inset" key={index}>
          <p>
            <strong>{t('ap.appeals.filed', { date: formatInstantDate(appeal.filedAt, lang) })}</strong>
          </p>
          <Prose text={appeal.grounds} />
          <p>
            {appeal.outcome ? t(`ap.appeal.${appeal.outcome}` as MessageKey) : t('ap.appeals.pending')}
            {appeal.outcomeReasons ? `: ${appeal.outcomeReasons}` : ''}
          </p>
        </div>
      ))}
    </section>
  );
}

function DocumentsSection({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  if (app.documents.length === 0) return null;
  return (
    <section className="app-section" aria-labelledby="documents-title">
      <h2 className="heading-l" id="documents-title">
        {t('ap.documents.title')}
      </h2>
      <DataTable
        captionId="documents-caption"
        captionClassName="visually-hidden"
        caption={t('ap.documents.title')}
        head={
          <>
            <th scope="col">{t('workspace.code')}</th>
            <th scope="col">{t('ap.documents.what')}</th>
            <th scope="col">{t('ap.documents.issued')}</th>
            <th scope="col">{t('ap.documents.public')}</th>
            <th scope="col">{t('doc.file')}</th>
          </>
        }
      >
        {app.documents.map((document) => (
          <tr key={document.code}>
            <td className="code">{document.code}</td>
            <td>
              <Text value={document.title} />
            </td>
            <td>{formatInstantDate(document.issuedAt, lang)}</td>
            <td>{document.isPublic ? t('yes') : t('no')}</td>
            <td>{document.hasPdf ? <PdfLink code={document.code} title={document.title} /> : <span className="muted">—</span>}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
