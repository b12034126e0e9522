// The steps of the procedure as forms, one per action of the transition table. The page shows
// only the steps the server lists in `availableActions`; the server checks everything again.
import { type ReactNode, useMemo, useState } from 'react';
import { councilDecisions } from '../../domain/procedure/decision.js';
import { complianceRatings } from '../../domain/standards/catalogue.js';
import { type FieldError } from '../api.js';
import { LoadError, Loading, Text } from '../components/common.js';
import { formatDate, formatDateTime, type Translate, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { useSession } from '../session.js';
import { useApi } from '../use-api.js';
import { componentsOf, Prose } from './content-form.js';
import { ActionPanel, type ActionResult, Checkboxes, type Option, Radios, Select, TextArea, TextInput } from './form-kit.js';
import { type Application, type ApplicationAction, type CouncilMember, type Expert, groupRoles, type Rating } from './types.js';

export interface ActionProps {
  app: Application;
  onDone: (action: ApplicationAction, result: ActionResult) => void;
}

const clientError = (path: string, message: string): FieldError => ({ path, code: 'client', message });

function blankIfEmpty(t: Translate, path: string, value: string): FieldError[] {
  return value.trim() === '' ? [clientError(path, t('ap.err.required'))] : [];
}

function memberName(app: Application, assignmentId: string): string {
  return app.expertGroup.find((member) => member.assignmentId === assignmentId)?.name ?? assignmentId;
}

function ReasonsOnly({ app, onDone, action, label, hint, lead, optional = false, secondary = false }: ActionProps & {
  action: ApplicationAction;
  label: string;
  hint?: string;
  lead?: ReactNode;
  optional?: boolean;
  secondary?: boolean;
}) {
  const { t } = useI18n();
  const [reasons, setReasons] = useState('');
  const field = action === 'submit-position' ? 'text' : action === 'file-appeal' ? 'grounds' : action === 'record-visit' ? 'oralFindings' : 'reasons';
  return (
    <ActionPanel
      app={app}
      action={action}
      onDone={onDone}
      lead={lead}
      secondary={secondary}
      validate={() => (optional ? [] : blankIfEmpty(t, field, reasons))}
      body={() => (optional && reasons.trim() === '' ? {} : { [field]: reasons })}
    >
      {(form) => <TextArea id={form.id(field)} label={label} hint={hint} error={form.error(field)} value={reasons} onChange={setReasons} rows={5} />}
    </ActionPanel>
  );
}

function SetDeficiencies({ app, onDone }: ActionProps) {
  const { t } = useI18n();
  const [list, setList] = useState('');
  const [days, setDays] = useState('10');
  const items = () => list.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return (
    <ActionPanel
      app={app}
      action="set-deficiencies"
      onDone={onDone}
      lead={<p>{t('ap.f.deficienciesLead')}</p>}
      validate={() => [
        ...(items().length === 0 ? [clientError('deficiencies', t('ap.err.deficiencies'))] : []),
        ...(/^\d+$/.test(days.trim()) ? [] : [clientError('correctionWorkingDays', t('ap.err.wholeNumber'))]),
      ]}
      body={() => ({ deficiencies: items(), correctionWorkingDays: Number(days.trim()) })}
    >
      {(form) => (
        <>
          <TextArea id={form.id('deficiencies')} label={t('ap.f.deficiencies')} hint={t('ap.f.deficienciesHint')} error={form.error('deficiencies')} value={list} onChange={setList} rows={5} />
          <TextInput
            id={form.id('correctionWorkingDays')}
            label={t('ap.f.correctionDays')}
            hint={t('ap.f.correctionDaysHint')}
            error={form.error('correctionWorkingDays')}
            value={days}
            onChange={setDays}
            width="xs"
            inputMode="numeric"
          />
        </>
      )}
    </ActionPanel>
  );
}

function Confirm({ app, onDone, action, lead, secondary }: ActionProps & { action: ApplicationAction; lead?: ReactNode; secondary?: boolean }) {
  return <ActionPanel app={app} action={action} onDone={onDone} lead={lead} secondary={secondary ?? false} body={() => ({})} />;
}

function expertOptions(t: Translate, experts: Expert[], exclude: readonly string[] = []): Option[] {
  return [{ value: '', label: t('ap.f.chooseExpert') }, ...experts.filter((expert) => !exclude.includes(expert.id)).map((expert) => ({ value: expert.id, label: expert.name }))];
}

function FormExpertGroup({ app, onDone }: ActionProps) {
  const { t } = useI18n();
  const experts = useApi<{ items: Expert[] }>('/api/experts', { cached: true });
  const [chosen, setChosen] = useState<string[]>(() => groupRoles.map(() => ''));
  const [chair, setChair] = useState('');
  const [visitFrom, setVisitFrom] = useState('');
  const [visitTo, setVisitTo] = useState('');
  if (experts.status === 'loading') return <Loading />;
  if (experts.status === 'error') return <LoadError error={experts.error} />;
  const list = experts.data.items;
  const sent = () => groupRoles.map((role, index) => ({ role, index, expertId: chosen[index] ?? '' })).filter((member) => member.expertId !== '');
  const mapPath = (path: string) => {
    const byRole = /^members\.([a-z-]+)$/.exec(path);
    if (byRole) return `members.${groupRoles.indexOf(byRole[1] as (typeof groupRoles)[number])}.expertId`;
    const byIndex = /^members\.(\d+)(\..*)?$/.exec(path);
    if (byIndex) return `members.${sent()[Number(byIndex[1])]?.index ?? 0}.expertId`;
    return path;
  };
  return (
    <ActionPanel
      app={app}
      action="form-expert-group"
      onDone={onDone}
      lead={<p>{t('ap.f.groupLead')}</p>}
      mapPath={mapPath}
      validate={() => [
        ...groupRoles.flatMap((_, index) => (chosen[index] ? [] : [clientError(`members.${index}.expertId`, t('ap.err.chooseExpert'))])),
        ...(chair ? [] : [clientError('chairExpertId', t('ap.err.chooseChair'))]),
        ...(visitFrom ? [] : [clientError('visitFrom', t('ap.err.date'))]),
        ...(visitTo ? [] : [clientError('visitTo', t('ap.err.date'))]),
      ]}
      body={() => ({ members: sent().map(({ role, expertId }) => ({ role, expertId })), chairExpertId: chair, visitFrom, visitTo })}
    >
      {(form) => (
        <>
          <fieldset className="fieldset" id={form.id('members')}>
            <legend className="fieldset__legend fieldset__legend--s">{t('ap.f.members')}</legend>
            <div className="grid-2">
              {groupRoles.map((role, index) => (
                <Select
                  key={role}
                  id={form.id(`members.${index}.expertId`)}
                  label={t(`grole.${role}` as MessageKey)}
                  error={form.error(`members.${index}.expertId`)}
                  value={chosen[index] ?? ''}
                  onChange={(value) => setChosen((current) => current.map((item, at) => (at === index ? value : item)))}
                  options={expertOptions(t, list, chosen.filter((id, at) => id !== '' && at !== index))}
                />
              ))}
            </div>
          </fieldset>
          <Select
            id={form.id('chairExpertId')}
            label={t('ap.f.chair')}
            error={form.error('chairExpertId')}
            value={chair}
            onChange={setChair}
            options={[
              { value: '', label: t('ap.f.chooseExpert') },
              ...chosen.filter((id) => id !== '').map((id) => ({ value: id, label: list.find((expert) => expert.id === id)?.name ?? id })),
            ]}
          />
          <div className="inline-fields">
            <TextInput id={form.id('visitFrom')} type="date" width="s" label={t('ap.f.visitFrom')} error={form.error('visitFrom')} value={visitFrom} onChange={setVisitFrom} />
            <TextInput id={form.id('visitTo')} type="date" width="s" label={t('ap.f.visitTo')} error={form.error('visitTo')} value={visitTo} onChange={setVisitTo} />
          </div>
        </>
      )}
    </ActionPanel>
  );
}

function MoveRecusal({ app, onDone }: ActionProps) {
  const { t, lang } = useI18n();
  const [assignmentId, setAssignmentId] = useState('');
  const [reasons, setReasons] = useState('');
  const recusalWindow = app.deadlines.find((deadline) => deadline.kind === 'provider.recusal-window' && (deadline.status === 'open' || deadline.status === 'overdue'));
  return (
    <ActionPanel
      app={app}
      action="move-recusal"
      onDone={onDone}
      secondary
      lead={<p>{recusalWindow ? t('ap.f.recusalLeadUntil', { date: formatDate(recusalWindow.dueDate, lang) }) : t('ap.f.recusalLead')}</p>}
      validate={() => [...(assignmentId ? [] : [clientError('assignmentId', t('ap.err.chooseMember'))]), ...blankIfEmpty(t, 'reasons', reasons)]}
      body={() => ({ assignmentId, reasons })}
    >
      {(form) => (
        <>
          <Select
            id={form.id('assignmentId')}
            label={t('ap.f.recuseWho')}
            error={form.error('assignmentId')}
            value={assignmentId}
            onChange={setAssignmentId}
            options={[
              { value: '', label: t('ap.f.chooseMember') },
              ...app.expertGroup.map((member) => ({ value: member.assignmentId, label: `${member.name} — ${t(`grole.${member.role}` as MessageKey)}` })),
            ]}
          />
          <TextArea id={form.id('reasons')} label={t('ap.f.recusalReasons')} hint={t('ap.f.recusalReasonsHint')} error={form.error('reasons')} value={reasons} onChange={setReasons} />
        </>
      )}
    </ActionPanel>
  );
}

function DecideRecusal({ app, onDone }: ActionProps) {
  const { t } = useI18n();
  const experts = useApi<{ items: Expert[] }>('/api/experts', { cached: true });
  const [decision, setDecision] = useState('');
  const [replacement, setReplacement] = useState('');
  const [reasons, setReasons] = useState('');
  const motion = app.recusalMotions.find((item) => item.decision === null);
  if (experts.status === 'loading') return <Loading />;
  if (experts.status === 'error') return <LoadError error={experts.error} />;
  const inGroup = app.expertGroup.map((member) => member.expertId);
  return (
    <ActionPanel
      app={app}
      action="decide-recusal"
      onDone={onDone}
      lead={
        motion ? (
          <div className="inset">
            <p>
              <strong>{t('ap.f.motionAgainst', { name: memberName(app, motion.assignmentId) })}</strong>
            </p>
            <Prose text={motion.reasons} />
          </div>
        ) : null
      }
      validate={() => [
        ...(decision ? [] : [clientError('decision', t('ap.err.choose'))]),
        ...(decision === 'granted' && !replacement ? [clientError('replacementExpertId', t('ap.err.chooseExpert'))] : []),
        ...blankIfEmpty(t, 'reasons', reasons),
      ]}
      body={() => ({ decision, reasons, ...(decision === 'granted' ? { replacementExpertId: replacement } : {}) })}
    >
      {(form) => (
        <>
          <Radios
            id={form.id('decision')}
            label={t('ap.f.recusalDecision')}
            error={form.error('decision')}
            value={decision}
            onChange={setDecision}
            options={[
              { value: 'granted', label: t('ap.recusal.granted') },
              { value: 'refused', label: t('ap.recusal.refused') },
            ]}
          />
          {decision === 'granted' ? (
            <Select
              id={form.id('replacementExpertId')}
              label={t('ap.f.replacement')}
              hint={t('ap.f.replacementHint')}
              error={form.error('replacementExpertId')}
              value={replacement}
              onChange={setReplacement}
              options={expertOptions(t, experts.data.items, inGroup)}
            />
          ) : null}
          <TextArea id={form.id('reasons')} label={t('ap.f.reasons')} error={form.error('reasons')} value={reasons} onChange={setReasons} />
        </>
      )}
    </ActionPanel>
  );
}

function daysOf(from: string | undefined, to: string | undefined): string[] {
  if (!from || !to) return [''];
  const days: string[] = [];
  for (let date = new Date(`${from}T00:00:00Z`); days.length < 10; date.setUTCDate(date.getUTCDate() + 1)) {
    const day = date.toISOString().slice(0, 10);
    if (day > to) break;
    days.push(day);
  }
  return days.length > 0 ? days : [from];
}

function SubmitAgenda({ app, onDone }: ActionProps) {
  const { t, lang } = useI18n();
  const [rows, setRows] = useState(() =>
    app.procedure.agenda && app.procedure.agenda.length > 0 ? app.procedure.agenda : daysOf(app.procedure.visitFrom, app.procedure.visitTo).map((date) => ({ date, topic: '' })),
  );
  const { visitFrom, visitTo } = app.procedure;
  return (
    <ActionPanel
      app={app}
      action="submit-agenda"
      onDone={onDone}
      lead={visitFrom && visitTo ? <p>{t('ap.f.agendaLead', { from: formatDate(visitFrom, lang), to: formatDate(visitTo, lang) })}</p> : null}
      validate={() => rows.flatMap((row, index) => [...(row.date ? [] : [clientError(`agenda.${index}.date`, t('ap.err.date'))]), ...blankIfEmpty(t, `agenda.${index}.topic`, row.topic)])}
      body={() => ({ agenda: rows })}
    >
      {(form) => (
        <fieldset className="fieldset" id={form.id('agenda')}>
          <legend className="fieldset__legend fieldset__legend--s">{t('ap.f.agenda')}</legend>
          {rows.map((row, index) => (
            <div className="agenda-row" key={index}>
              <TextInput
                id={form.id(`agenda.${index}.date`)}
                type="date"
                width="s"
                label={t('ap.f.agendaDate', { n: index + 1 })}
                error={form.error(`agenda.${index}.date`)}
                value={row.date}
                onChange={(date) => setRows((current) => current.map((item, at) => (at === index ? { ...item, date } : item)))}
              />
              <TextInput
                id={form.id(`agenda.${index}.topic`)}
                width="full"
                label={t('ap.f.agendaTopic', { n: index + 1 })}
                error={form.error(`agenda.${index}.topic`)}
                value={row.topic}
                onChange={(topic) => setRows((current) => current.map((item, at) => (at === index ? { ...item, topic } : item)))}
              />
              {rows.length > 1 ? (
                <button type="button" className="button button--secondary button--small agenda-row__remove" onClick={() => setRows((current) => current.filter((_, at) => at !== index))}>
                  {t('ap.f.removeRow', { n: index + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          <button type="button" className="button button--secondary" onClick={() => setRows((current) => [...current, { date: current[current.length - 1]?.date ?? '', topic: '' }])}>
            {t('ap.f.addRow')}
          </button>
        </fieldset>
      )}
    </ActionPanel>
  );
}

export function AgendaTable({ agenda }: { agenda: { date: string; topic: string }[] }) {
  const { t, lang } = useI18n();
  return (
    <table className="table">
      <caption className="visually-hidden">{t('ap.f.agenda')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ap.f.date')}</th>
          <th scope="col">{t('ap.f.topic')}</th>
        </tr>
      </thead>
      <tbody>
        {agenda.map((row, index) => (
          <tr key={index}>
            <td>{formatDate(row.date, lang)}</td>
            <td>{row.topic}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReportForm({ app, onDone, action }: ActionProps & { action: 'submit-draft-report' | 'submit-final-report' }) {
  const { t } = useI18n();
  const components = useMemo(() => componentsOf(app), [app]);
  const start = app.reports.find((report) => report.stage === (action === 'submit-final-report' ? 'final' : 'draft')) ?? app.reports.find((report) => report.stage === 'draft');
  const [ratings, setRatings] = useState<Rating[]>(() =>
    components.map((component) => start?.ratings.find((rating) => rating.componentId === component.id) ?? { componentId: component.id, rating: '', reasons: '' }),
  );
  const [summaryKa, setSummaryKa] = useState(start?.summary.ka ?? '');
  const [summaryEn, setSummaryEn] = useState(start?.summary.en ?? '');
  const ratingOptions: Option[] = [{ value: '', label: t('editor.choose') }, ...complianceRatings.map((rating) => ({ value: rating, label: t(`rating.${rating}` as MessageKey) }))];
  const set = (index: number, change: Partial<Rating>) => setRatings((current) => current.map((item, at) => (at === index ? { ...item, ...change } : item)));
  return (
    <ActionPanel
      app={app}
      action={action}
      onDone={onDone}
      lead={<p>{t(action === 'submit-final-report' ? 'ap.f.finalLead' : 'ap.f.draftLead')}</p>}
      validate={() => [
        ...ratings.flatMap((rating) => [
          ...(rating.rating ? [] : [clientError(`ratings.${rating.componentId}.rating`, t('ap.err.rating'))]),
          ...blankIfEmpty(t, `ratings.${rating.componentId}.reasons`, rating.reasons),
        ]),
        ...blankIfEmpty(t, 'summary.ka', summaryKa),
        ...blankIfEmpty(t, 'summary.en', summaryEn),
      ]}
      body={() => ({ ratings, summary: { ka: summaryKa, en: summaryEn } })}
    >
      {(form) => (
        <>
          {components.map((component, index) => {
            const rating = ratings[index]!;
            return (
              <fieldset className="fieldset component-rating" key={component.id} id={form.id(`ratings.${component.id}`)}>
                <legend className="fieldset__legend fieldset__legend--s">
                  {component.number} <Text value={component.title} />
                </legend>
                <Select
                  id={form.id(`ratings.${component.id}.rating`)}
                  label={t('ap.f.rating')}
                  error={form.error(`ratings.${component.id}.rating`)}
                  value={rating.rating}
                  onChange={(value) => set(index, { rating: value })}
                  options={ratingOptions}
                />
                <TextArea
                  id={form.id(`ratings.${component.id}.reasons`)}
                  label={t('ap.f.ratingReasons')}
                  error={form.error(`ratings.${component.id}.reasons`)}
                  value={rating.reasons}
                  onChange={(reasons) => set(index, { reasons })}
                  rows={3}
                />
              </fieldset>
            );
          })}
          <fieldset className="fieldset" id={form.id('summary')}>
            <legend className="fieldset__legend fieldset__legend--s">{t('ap.f.summary')}</legend>
            <div className="bilingual__pair">
              <TextArea id={form.id('summary.ka')} lang="ka" label={t('ap.f.inKa')} error={form.error('summary.ka')} value={summaryKa} onChange={setSummaryKa} />
              <TextArea id={form.id('summary.en')} lang="en" label={t('ap.f.inEn')} error={form.error('summary.en')} value={summaryEn} onChange={setSummaryEn} />
            </div>
          </fieldset>
        </>
      )}
    </ActionPanel>
  );
}

function ScheduleHearing({ app, onDone }: ActionProps) {
  const { t } = useI18n();
  const [meetingAt, setMeetingAt] = useState('');
  const [place, setPlace] = useState('');
  return (
    <ActionPanel
      app={app}
      action="schedule-hearing"
      onDone={onDone}
      lead={<p>{t('ap.f.hearingLead')}</p>}
      validate={() => [...(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(meetingAt) ? [] : [clientError('meetingAt', t('ap.err.dateTime'))]), ...blankIfEmpty(t, 'place', place)]}
      // Georgia keeps +04:00 all year.
      body={() => ({ meetingAt: `${meetingAt}:00+04:00`, place })}
    >
      {(form) => (
        <>
          <TextInput id={form.id('meetingAt')} type="datetime-local" width="m" label={t('ap.f.meetingAt')} hint={t('ap.f.meetingAtHint')} error={form.error('meetingAt')} value={meetingAt} onChange={setMeetingAt} />
          <TextInput id={form.id('place')} width="full" label={t('ap.f.place')} error={form.error('place')} value={place} onChange={setPlace} />
        </>
      )}
    </ActionPanel>
  );
}

function RecordDecision({ app, onDone }: ActionProps) {
  const { t, lang } = useI18n();
  const members = useApi<{ items: CouncilMember[] }>('/api/council-members', { cached: true });
  const [attendees, setAttendees] = useState<string[]>([]);
  const [votes, setVotes] = useState<Record<string, string>>({});
  const [reasonsKa, setReasonsKa] = useState('');
  const [reasonsEn, setReasonsEn] = useState('');
  const [months, setMonths] = useState('24');
  if (members.status === 'loading') return <Loading />;
  if (members.status === 'error') return <LoadError error={members.error} />;
  const list = members.data.items;
  const sentVotes = () => attendees.filter((id) => votes[id]).map((id) => ({ memberId: id, vote: votes[id]! }));
  const granting = Object.values(votes).some((vote) => vote !== 'refuse');
  const label = (member: CouncilMember) => (member.position && member.position !== 'member' ? `${member.name} (${t(`cpos.${member.position}` as MessageKey)})` : member.name);
  return (
    <ActionPanel
      app={app}
      action="record-decision"
      onDone={onDone}
      lead={app.hearing ? <p>{t('ap.f.decisionLead', { when: formatDateTime(app.hearing.meetingAt, lang), place: app.hearing.place })}</p> : null}
      mapPath={(path) => {
        const match = /^votes\.(\d+)/.exec(path);
        if (match) return `vote.${sentVotes()[Number(match[1])]?.memberId ?? ''}`;
        return /^attendees\.\d+$/.test(path) ? 'attendees' : path;
      }}
      validate={() => [
        ...(attendees.length === 0 ? [clientError('attendees', t('ap.err.attendees'))] : []),
        ...attendees.flatMap((id) => (votes[id] ? [] : [clientError(`vote.${id}`, t('ap.err.vote'))])),
        ...blankIfEmpty(t, 'reasons.ka', reasonsKa),
        ...blankIfEmpty(t, 'reasons.en', reasonsEn),
        ...(granting && !/^\d+$/.test(months.trim()) ? [clientError('implementationMonths', t('ap.err.wholeNumber'))] : []),
      ]}
      body={() => ({
        attendees,
        votes: sentVotes(),
        reasons: { ka: reasonsKa, en: reasonsEn },
        ...(/^\d+$/.test(months.trim()) ? { implementationMonths: Number(months.trim()) } : {}),
      })}
    >
      {(form) => (
        <>
          <Checkboxes
            id={form.id('attendees')}
            label={t('ap.f.attendance')}
            hint={t('ap.f.attendanceHint')}
            error={form.error('attendees')}
            values={attendees}
            onChange={setAttendees}
            options={list.map((member) => ({ value: member.id, label: label(member) }))}
          />
          {attendees.length > 0 ? (
            <fieldset className="fieldset" id={form.id('votes')}>
              <legend className="fieldset__legend fieldset__legend--s">{t('ap.f.votes')}</legend>
              {form.error('votes') ? <p className="error-message">{form.error('votes')}</p> : null}
              <div className="grid-2">
                {list
                  .filter((member) => attendees.includes(member.id))
                  .map((member) => (
                    <Select
                      key={member.id}
                      id={form.id(`vote.${member.id}`)}
                      label={t('ap.f.voteOf', { name: label(member) })}
                      error={form.error(`vote.${member.id}`)}
                      value={votes[member.id] ?? ''}
                      onChange={(value) => setVotes((current) => ({ ...current, [member.id]: value }))}
                      options={[{ value: '', label: t('editor.choose') }, ...councilDecisions.map((decision) => ({ value: decision, label: t(`decision.${decision}` as MessageKey) }))]}
                    />
                  ))}
              </div>
            </fieldset>
          ) : null}
          <fieldset className="fieldset" id={form.id('reasons')}>
            <legend className="fieldset__legend fieldset__legend--s">{t('ap.f.decisionReasons')}</legend>
            {form.error('reasons') ? <p className="error-message">{form.error('reasons')}</p> : null}
            <div className="bilingual__pair">
              <TextArea id={form.id('reasons.ka')} lang="ka" label={t('ap.f.inKa')} error={form.error('reasons.ka')} value={reasonsKa} onChange={setReasonsKa} />
              <TextArea id={form.id('reasons.en')} lang="en" label={t('ap.f.inEn')} error={form.error('reasons.en')} value={reasonsEn} onChange={setReasonsEn} />
            </div>
          </fieldset>
          <TextInput
            id={form.id('implementationMonths')}
            label={t('ap.f.months')}
            hint={t('ap.f.monthsHint')}
            error={form.error('implementationMonths')}
            value={months}
            onChange={setMonths}
            width="xs"
            inputMode="numeric"
          />
        </>
      )}
    </ActionPanel>
  );
}

function SignMinutes({ app, onDone }: ActionProps) {
  const { t } = useI18n();
  const hearing = app.hearing;
  return (
    <Confirm
      app={app}
      onDone={onDone}
      action="sign-minutes"
      lead={
        hearing ? (
          <ul className="list">
            <li>{hearing.signedByChair ? t('ap.f.signedChair') : t('ap.f.unsignedChair')}</li>
            <li>{hearing.signedBySecretary ? t('ap.f.signedSecretary') : t('ap.f.unsignedSecretary')}</li>
          </ul>
        ) : null
      }
    />
  );
}

function DecideAppeal({ app, onDone }: ActionProps) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState('');
  const [reasons, setReasons] = useState('');
  const appeal = app.appeals.find((item) => item.outcome === null);
  return (
    <ActionPanel
      app={app}
      action="decide-appeal"
      onDone={onDone}
      lead={appeal ? <Prose text={appeal.grounds} /> : null}
      validate={() => [...(outcome ? [] : [clientError('outcome', t('ap.err.choose'))]), ...blankIfEmpty(t, 'reasons', reasons)]}
      body={() => ({ outcome, reasons })}
    >
      {(form) => (
        <>
          <Radios
            id={form.id('outcome')}
            label={t('ap.f.appealOutcome')}
            error={form.error('outcome')}
            value={outcome}
            onChange={setOutcome}
            options={[
              { value: 'upheld', label: t('ap.appeal.upheld') },
              { value: 'dismissed', label: t('ap.appeal.dismissed') },
            ]}
          />
          <TextArea id={form.id('reasons')} label={t('ap.f.reasons')} error={form.error('reasons')} value={reasons} onChange={setReasons} />
        </>
      )}
    </ActionPanel>
  );
}

/** Steps the content form takes itself (save, then submit). */
export const contentActions: readonly ApplicationAction[] = ['submit', 'submit-correction', 'submit-registration'];

/** Whether a step applies now, beyond the table's state and role (so that a button is not offered in vain). */
function applies(app: Application, action: ApplicationAction, councilPosition: string | null): boolean {
  const { procedure, hearing } = app;
  const extra: Partial<Record<ApplicationAction, boolean>> = {
    'send-agenda': Boolean(procedure.agendaSubmittedAt) && !procedure.agendaSentAt,
    'record-visit': Boolean(procedure.agendaSentAt),
    'submit-agenda': !procedure.agendaSentAt,
    'publish-decision': Boolean(hearing?.signedByChair && hearing.signedBySecretary),
    'sign-minutes': (councilPosition === 'chair' && !hearing?.signedByChair) || (councilPosition === 'secretary' && !hearing?.signedBySecretary),
    'record-decision': councilPosition === 'chair' || councilPosition === 'secretary',
  };
  return !contentActions.includes(action) && (extra[action] ?? true);
}

export function ActionForms({ app, onDone }: ActionProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const needsPosition = user?.role === 'council-member';
  const members = useApi<{ items: CouncilMember[] }>(needsPosition ? '/api/council-members' : null, { cached: true });
  const position = members.status === 'ready' ? (members.data.items.find((member) => member.id === user?.id)?.position ?? null) : null;
  const props = { app, onDone };
  const actions = app.availableActions.filter((action) => applies(app, action, position));
  if (needsPosition && members.status === 'loading') return <Loading />;
  if (actions.length === 0) return null;
  const forms: Record<ApplicationAction, () => ReactNode> = {
    submit: () => null,
    'submit-correction': () => null,
    'submit-registration': () => null,
    'set-deficiencies': () => <SetDeficiencies {...props} />,
    'recognise-seeker': () => <Confirm {...props} action="recognise-seeker" lead={<p>{t('ap.f.seekerLead')}</p>} />,
    'leave-without-review': () => <ReasonsOnly {...props} action="leave-without-review" label={t('ap.f.reasons')} lead={<p>{t('ap.f.withoutReviewLead')}</p>} secondary />,
    'form-expert-group': () => <FormExpertGroup {...props} />,
    'move-recusal': () => <MoveRecusal {...props} />,
    'decide-recusal': () => <DecideRecusal {...props} />,
    'submit-agenda': () => <SubmitAgenda {...props} />,
    'send-agenda': () => <Confirm {...props} action="send-agenda" lead={app.procedure.agenda ? <AgendaTable agenda={app.procedure.agenda} /> : null} />,
    'record-visit': () => <ReasonsOnly {...props} action="record-visit" label={t('ap.f.oralFindings')} hint={t('ap.f.oralFindingsHint')} />,
    'submit-draft-report': () => <ReportForm {...props} action="submit-draft-report" />,
    'return-draft-report': () => <ReasonsOnly {...props} action="return-draft-report" label={t('ap.f.returnReasons')} secondary />,
    'send-draft-report': () => <Confirm {...props} action="send-draft-report" lead={<p>{t('ap.f.sendDraftLead')}</p>} />,
    'submit-position': () => <ReasonsOnly {...props} action="submit-position" label={t('ap.f.position')} hint={t('ap.f.positionHint')} />,
    'submit-final-report': () => <ReportForm {...props} action="submit-final-report" />,
    'schedule-hearing': () => <ScheduleHearing {...props} />,
    'record-decision': () => <RecordDecision {...props} />,
    'sign-minutes': () => <SignMinutes {...props} />,
    'publish-decision': () => <Confirm {...props} action="publish-decision" lead={<p>{t('ap.f.publishLead')}</p>} />,
    'file-appeal': () => <ReasonsOnly {...props} action="file-appeal" label={t('ap.f.grounds')} lead={<p>{t('ap.f.appealLead')}</p>} secondary />,
    'decide-appeal': () => <DecideAppeal {...props} />,
    withdraw: () => <ReasonsOnly {...props} action="withdraw" label={t('ap.f.withdrawReasons')} lead={<p>{t('ap.f.withdrawLead')}</p>} optional secondary />,
    'acknowledge-registration': () => <Confirm {...props} action="acknowledge-registration" />,
    'reject-registration': () => <ReasonsOnly {...props} action="reject-registration" label={t('ap.f.reasons')} secondary />,
  };
  return (
    <section className="app-section actions-section" aria-labelledby="actions-title">
      <h2 className="heading-l" id="actions-title">
        {t('ap.actions.title')}
      </h2>
      {actions.map((action) => (
        <div key={`${action}-${app.version}`}>{forms[action]()}</div>
      ))}
    </section>
  );
}
