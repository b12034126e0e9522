// Where an application stands, seen at a glance: the steps done (with their dates), what is due
// now (overdue in red, said in words), the steps still to come, and the 60 working days.
import { formatDate, formatDateTime, formatInstantDate, type Translate, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { type Application, type Deadline, type DeadlineStatus, mainPath, type TimelineEvent } from './types.js';
import { DataTable } from '../components/data-table.js';

type ItemStatus = 'done' | 'due' | 'overdue' | 'todo';

interface Item {
  key: string;
  status: ItemStatus;
  title: string;
  when: string;
  detail?: string | undefined;
}

const statusTag: Record<ItemStatus, string> = {
  done: 'tag--green',
  due: 'tag--blue',
  overdue: 'tag--red',
  todo: 'tag--grey',
};

const finishedStates = ['published', 'without-review', 'withdrawn', 'registered', 'registration-rejected'];

/** 'Guide VIII' in the interface's language; the clause itself is the guide's numbering. */
export function legalBasis(basis: string, t: Translate): string {
  const match = /^Guide ([IVXLC]+)\b(.*)$/.exec(basis);
  return match ? `${t('ap.guide', { part: match[1]! })}${match[2] ?? ''}` : basis;
}

function eventDetail(event: TimelineEvent, t: Translate): string | undefined {
  const details = event.details;
  if (event.action === 'set-deficiencies' && Array.isArray(details.deficiencies)) return (details.deficiencies as string[]).join('; ');
  if (event.action === 'decide-recusal' && typeof details.decision === 'string') return t(`ap.recusal.${details.decision}` as MessageKey);
  if (event.action === 'decide-appeal' && typeof details.outcome === 'string') return t(`ap.appeal.${details.outcome}` as MessageKey);
  if ((event.action === 'record-decision' || event.action === 'publish-decision') && typeof details.decision === 'string') {
    return t(`decision.${details.decision}` as MessageKey);
  }
  if (event.action === 'sign-minutes' && typeof details.signedAs === 'string') return t(`cpos.${details.signedAs}` as MessageKey);
  if (typeof details.reasons === 'string') return details.reasons;
  return undefined;
}

function deadlineWhen(deadline: Deadline, t: Translate, lang: 'ka' | 'en'): string {
  const due = formatDate(deadline.dueDate, lang);
  if (deadline.status === 'overdue') return t('ap.tl.overdueSince', { date: due });
  if (deadline.workingDaysLeft !== null && deadline.unit === 'working') {
    return t('ap.tl.dueWorking', { date: due, n: deadline.workingDaysLeft });
  }
  return t('ap.tl.due', { date: due });
}

export function buildTimeline(app: Application, t: Translate, lang: 'ka' | 'en'): Item[] {
  const done: Item[] = app.timeline.map((event, index) => ({
    key: `done-${index}`,
    status: 'done',
    title: t(`ev.${event.action}` as MessageKey),
    when: formatDateTime(event.at, lang),
    detail: [event.actor ? event.actor.name : null, eventDetail(event, t)].filter(Boolean).join(' · ') || undefined,
  }));
  const current: Item[] = app.deadlines
    .filter((deadline) => deadline.status === 'open' || deadline.status === 'overdue')
    .filter((deadline) => deadline.kind !== 'center.decision')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((deadline) => ({
      key: `due-${deadline.kind}`,
      status: deadline.status === 'overdue' ? 'overdue' : 'due',
      title: t(`dl.${deadline.kind}` as MessageKey),
      when: deadlineWhen(deadline, t, lang),
      detail: t('ap.tl.basis', { basis: legalBasis(deadline.legalBasis, t) }),
    }));
  const { visitFrom, visitTo } = app.procedure;
  if (visitFrom && visitTo && app.state === 'expert-group') {
    current.push({
      key: 'visit',
      status: 'due',
      title: t('ap.tl.visit'),
      when:
        visitFrom === visitTo
          ? formatDate(visitFrom, lang)
          : t('ap.range', { from: formatDate(visitFrom, lang), to: formatDate(visitTo, lang) }),
    });
  }
  if (app.hearing && !app.hearing.decision) {
    current.push({
      key: 'hearing',
      status: 'due',
      title: t('ap.tl.hearing'),
      when: formatDateTime(app.hearing.meetingAt, lang),
      detail: app.hearing.place,
    });
  }
  const path = mainPath[app.route];
  const reached = app.timeline.reduce((last, event) => Math.max(last, path.indexOf(event.action)), -1);
  const todo: Item[] = finishedStates.includes(app.state)
    ? []
    : path
        .slice(reached + 1)
        .map((action) => ({ key: `todo-${action}`, status: 'todo', title: t(`act.${action}` as MessageKey), when: '' }));
  return [...done, ...current, ...todo];
}

const statusLabel: Record<ItemStatus, MessageKey> = {
  done: 'ap.tl.done',
  due: 'ap.tl.current',
  overdue: 'ap.tl.overdue',
  todo: 'ap.tl.toCome',
};

export function Timeline({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  const items = buildTimeline(app, t, lang);
  return (
    <ol className="timeline">
      {items.map((item) => (
        <li key={item.key} className={`timeline__item timeline__item--${item.status}`}>
          <span className="timeline__marker" aria-hidden="true" />
          <div className="timeline__body">
            <p className="timeline__title">
              <strong className={`tag tag--small ${statusTag[item.status]}`}>{t(statusLabel[item.status])}</strong> {item.title}
            </p>
            {item.when ? (
              <p className={`timeline__when${item.status === 'overdue' ? ' timeline__when--overdue' : ''}`}>{item.when}</p>
            ) : null}
            {item.detail ? <p className="timeline__detail">{item.detail}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** The 60 working days of the whole procedure: used, left, and the last day. */
export function WorkingDays({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  const days = app.workingDays;
  if (!days) return <p className="muted">{t('ap.wd.notStarted')}</p>;
  const left = Math.max(days.limit - days.used, 0);
  const over = days.used > days.limit;
  const percent = Math.min(100, Math.round((days.used / days.limit) * 100));
  return (
    <div className={`working-days${over ? ' working-days--over' : ''}`}>
      <p className="working-days__text">
        {days.met
          ? t('ap.wd.met', { used: days.used, limit: days.limit })
          : over
            ? t('ap.wd.over', { used: days.used, limit: days.limit, date: formatDate(days.dueDate, lang) })
            : t('ap.wd.open', { used: days.used, limit: days.limit, left, date: formatDate(days.dueDate, lang) })}
      </p>
      <div className="working-days__bar" aria-hidden="true">
        <span className="working-days__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

const deadlineTag: Record<DeadlineStatus, string> = { open: 'tag--blue', met: 'tag--green', cancelled: 'tag--grey', overdue: 'tag--red' };

export function DeadlineTable({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  if (app.deadlines.length === 0) return null;
  return (
    <DataTable
      captionId="deadlines-caption"
      caption={t('ap.dl.caption')}
      head={
        <>
          <th scope="col">{t('ap.dl.what')}</th>
          <th scope="col">{t('ap.dl.basis')}</th>
          <th scope="col">{t('ap.dl.counted')}</th>
          <th scope="col">{t('ap.dl.due')}</th>
          <th scope="col">{t('ap.dl.status')}</th>
        </>
      }
    >
      {app.deadlines.map((deadline) => (
        <tr key={`${deadline.kind}-${deadline.startDate}`}>
          <td>{t(`dl.${deadline.kind}` as MessageKey)}</td>
          <td>{legalBasis(deadline.legalBasis, t)}</td>
          <td>
            {t(deadline.unit === 'working' ? 'ap.dl.workingDaysFrom' : 'ap.dl.calendarDaysFrom', {
              n: deadline.length,
              date: formatDate(deadline.startDate, lang),
            })}
          </td>
          <td>{formatDate(deadline.dueDate, lang)}</td>
          <td>
            <strong className={`tag tag--small ${deadlineTag[deadline.status]}`}>{t(`ap.dls.${deadline.status}` as MessageKey)}</strong>
            {deadline.closedAt ? <span className="muted"> {formatInstantDate(deadline.closedAt, lang)}</span> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
