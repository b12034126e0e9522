// The recognition officer's pages (guide, section XVI). /workspace/recognition: upload a credential
// with the target programme and its level, and the list of earlier reports. /workspace/recognition/:id:
// the report — verification, each of the twelve elements and seven E-valuate criteria on its own
// line, the level, the recommendation — its PDF, and the decision (recorded once).
import { type FormEvent, useState } from 'react';
import { api, ApiError, sendRaw } from '../api.js';
import { ErrorSummary, LoadError, Loading, SummaryList, SummaryRow, Text, usePageTitle } from '../components/common.js';
import { type Bilingual, formatDate, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session.js';
import { useApi } from '../use-api.js';
import { guideElementLabels, type GuideElement } from '../../domain/recognition/elements.js';
import { criterionLabels, type EvaluateCriterion } from '../../domain/recognition/report.js';

type TextValue = string | Bilingual;
type Source = 'json' | 'pdf' | 'png' | 'svg';
type Status = 'met' | 'not-met' | 'unknown';

interface Report {
  id: string;
  createdAt: string;
  createdBy: string;
  fileName: string | null;
  source: Source;
  format: 'platform' | 'open-badges' | 'elm';
  university: Bilingual;
  facts: { title: TextValue | null; learner: { name: string | null; identifier: string | null }; issuer: { id: string | null; name: TextValue | null } };
  verification: { outcome: 'verified' | 'not-verified' | 'not-verifiable'; checks: Array<{ check: string; outcome: 'passed' | 'failed' | 'not-checked'; reason: Bilingual }>; reason: Bilingual | null };
  elements: Array<{ element: GuideElement; found: boolean; value: TextValue | null; note: Bilingual | null }>;
  criteria: Array<{ criterion: EvaluateCriterion; status: Status; evidence: Bilingual }>;
  level: { target: { programme: string; framework: 'nqf' | 'eqf'; level: number }; outcome: string; explanation: Bilingual };
  recommendation: { route: 'lisbon' | 'rpl'; reasons: Bilingual[] };
  decision: { outcome: 'recognised' | 'refused'; credits: number | null; programme: string; component: string | null; reason: string; decidedAt: string; decidedBy: string } | null;
}

interface ReportListItem {
  id: string;
  createdAt: string;
  fileName: string | null;
  route: 'lisbon' | 'rpl';
  targetProgramme: string;
  title: TextValue | null;
  decision: 'recognised' | 'refused' | null;
}

const MAX_BYTES = 10 * 1024 * 1024;
const mediaTypes: Record<Source, string> = { json: 'application/json', pdf: 'application/pdf', png: 'image/png', svg: 'image/svg+xml' };

function sourceOf(file: File): Source | null {
  const extension = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'jsonld') return 'json';
  if (extension === 'pdf' || extension === 'png' || extension === 'svg') return extension;
  return (Object.entries(mediaTypes) as Array<[Source, string]>).find(([, type]) => type === file.type)?.[0] ?? null;
}

/** A value as the credential gives it: both languages (shown in the interface's), or one. */
function Value({ value }: { value: TextValue | null }) {
  if (value === null) return <span className="muted">—</span>;
  if (typeof value === 'string') return <span className="pre-line">{value}</span>;
  return <Text value={value} className="pre-line" />;
}

const statusTag: Record<Status | 'passed' | 'failed' | 'not-checked', string> = {
  met: 'tag--green',
  passed: 'tag--green',
  'not-met': 'tag--red',
  failed: 'tag--red',
  unknown: 'tag--grey',
  'not-checked': 'tag--grey',
};

function problemText(error: unknown, t: (key: MessageKey) => string): string {
  if (error instanceof ApiError) return error.problem?.detail ?? error.problem?.title ?? t('error.generic');
  return t('error.network');
}

/** Only an administrator of a higher education institution makes reports; the server decides. */
function useOfficer(): 'loading' | 'anonymous' | 'other' | 'officer' {
  const { ready, user } = useSession();
  if (!ready) return 'loading';
  if (!user) return 'anonymous';
  return user.role === 'provider-admin' ? 'officer' : 'other';
}

function Gate({ children }: { children: React.ReactNode }) {
  const { t } = useI18n();
  const who = useOfficer();
  if (who === 'loading') return <Loading />;
  if (who === 'anonymous') {
    return (
      <>
        <h1 className="heading-xl">{t('rr.title')}</h1>
        <p>
          <Link to={`/login?next=${encodeURIComponent(window.location.pathname)}`} className="link">
            {t('workspace.signInFirst')}
          </Link>
        </p>
      </>
    );
  }
  if (who === 'other') {
    return (
      <>
        <h1 className="heading-xl">{t('rr.title')}</h1>
        <p>{t('rr.notForRole')}</p>
      </>
    );
  }
  return <>{children}</>;
}

export function RecognitionReportsPage() {
  const { t } = useI18n();
  usePageTitle(t('rr.title'));
  return (
    <Gate>
      <h1 className="heading-xl">{t('rr.title')}</h1>
      <p className="lead">{t('rr.lead')}</p>
      <p>
        <Link to="/workspace/recognition-agreements" className="link">
          {t('rec.title')}
        </Link>
      </p>
      <UploadForm />
      <ReportList />
    </Gate>
  );
}

function UploadForm() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [programme, setProgramme] = useState('');
  const [framework, setFramework] = useState<'nqf' | 'eqf'>('nqf');
  const [level, setLevel] = useState('7');
  const [errors, setErrors] = useState<Array<{ target: string; text: string }>>([]);
  const [failures, setFailures] = useState(0);
  const [busy, setBusy] = useState(false);
  const errorOf = (target: string) => errors.find((error) => error.target === target)?.text;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Array<{ target: string; text: string }> = [];
    const source = file ? sourceOf(file) : null;
    if (!file) found.push({ target: 'rr-file', text: t('rr.chooseFile') });
    else if (!source) found.push({ target: 'rr-file', text: t('rr.unknownType') });
    else if (file.size > MAX_BYTES) found.push({ target: 'rr-file', text: t('rr.tooLarge') });
    if (programme.trim() === '') found.push({ target: 'rr-programme', text: t('rr.needProgramme') });
    const levelNumber = Number(level);
    if (!Number.isInteger(levelNumber) || levelNumber < 1 || levelNumber > 8) found.push({ target: 'rr-level', text: t('rr.needLevel') });
    setErrors(found);
    if (found.length > 0 || !file || !source) {
      setFailures((count) => count + 1);
      return;
    }
    setBusy(true);
    try {
      const query = new URLSearchParams({ programme: programme.trim(), framework, level: String(levelNumber), fileName: file.name });
      const report = await sendRaw<Report>(`/api/recognition/reports?${query.toString()}`, file, mediaTypes[source]);
      navigate(`/workspace/recognition/${report.id}`);
    } catch (error) {
      setErrors([{ target: 'rr-file', text: problemText(error, t) }]);
      setFailures((count) => count + 1);
    } finally {
      setBusy(false);
    }
  }

  const field = (target: string) => `form-group${errorOf(target) ? ' form-group--error' : ''}`;
  const message = (target: string) =>
    errorOf(target) ? (
      <p className="error-message" id={`${target}-error`}>
        <span className="visually-hidden">{t('errorSummary.title')}: </span>
        {errorOf(target)}
      </p>
    ) : null;

  return (
    <section aria-labelledby="rr-upload-heading">
      <h2 className="heading-m" id="rr-upload-heading">
        {t('rr.uploadHeading')}
      </h2>
      <ErrorSummary errors={errors} focusKey={failures} id="rr-errors" />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className={field('rr-file')}>
          <label className="label label--bold" htmlFor="rr-file">
            {t('rr.file')}
          </label>
          <div className="hint" id="rr-file-hint">
            {t('rr.fileHint')}
          </div>
          {message('rr-file')}
          <input
            className="file-input"
            id="rr-file"
            name="file"
            type="file"
            accept=".json,.jsonld,.pdf,.png,.svg,application/json,application/ld+json,application/pdf,image/png,image/svg+xml"
            aria-describedby="rr-file-hint"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <div className={field('rr-programme')}>
          <label className="label label--bold" htmlFor="rr-programme">
            {t('rr.programme')}
          </label>
          <div className="hint" id="rr-programme-hint">
            {t('rr.programmeHint')}
          </div>
          {message('rr-programme')}
          <input className="input" id="rr-programme" name="programme" value={programme} aria-describedby="rr-programme-hint" onChange={(event) => setProgramme(event.target.value)} />
        </div>
        <div className="form-group">
          <label className="label label--bold" htmlFor="rr-framework">
            {t('rr.framework')}
          </label>
          <select className="select" id="rr-framework" name="framework" value={framework} onChange={(event) => setFramework(event.target.value === 'eqf' ? 'eqf' : 'nqf')}>
            <option value="nqf">{t('rr.framework.nqf')}</option>
            <option value="eqf">{t('rr.framework.eqf')}</option>
          </select>
        </div>
        <div className={field('rr-level')}>
          <label className="label label--bold" htmlFor="rr-level">
            {t('rr.level')}
          </label>
          {message('rr-level')}
          <input className="input input--s" id="rr-level" name="level" inputMode="numeric" value={level} onChange={(event) => setLevel(event.target.value)} />
        </div>
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('rr.working') : t('rr.submit')}
        </button>
      </form>
    </section>
  );
}

function ReportList() {
  const { t, lang } = useI18n();
  const list = useApi<{ items: ReportListItem[] }>('/api/recognition/reports');
  return (
    <section aria-labelledby="rr-list-heading">
      <h2 className="heading-m" id="rr-list-heading">
        {t('rr.listHeading')}
      </h2>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <LoadError error={list.error} /> : null}
      {list.status === 'ready' && list.data.items.length === 0 ? <p>{t('rr.listEmpty')}</p> : null}
      {list.status === 'ready' && list.data.items.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('rr.col.date')}</th>
              <th scope="col">{t('rr.col.credential')}</th>
              <th scope="col">{t('rr.col.programme')}</th>
              <th scope="col">{t('rr.col.route')}</th>
              <th scope="col">{t('rr.col.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => (
              <tr key={item.id}>
                <td>{formatDate(item.createdAt.slice(0, 10), lang)}</td>
                <td>
                  <Link to={`/workspace/recognition/${item.id}`} className="link">
                    {item.title === null ? (item.fileName ?? item.id.slice(0, 8)) : typeof item.title === 'string' ? item.title : item.title[lang]}
                  </Link>
                </td>
                <td>{item.targetProgramme}</td>
                <td>{t(`rr.route.${item.route}`)}</td>
                <td>{item.decision ? t(`rr.decision.${item.decision}`) : <span className="muted">{t('rr.decision.none')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function RecognitionReportPage({ id }: { id: string }) {
  const { t } = useI18n();
  usePageTitle(t('rr.reportTitle'));
  const [reloadKey, setReloadKey] = useState(0);
  const loaded = useApi<Report>(`/api/recognition/reports/${encodeURIComponent(id)}`, { reloadKey });
  return (
    <Gate>
      <p>
        <Link to="/workspace/recognition" className="link">
          {t('rr.back')}
        </Link>
      </p>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'error' ? <LoadError error={loaded.error} /> : null}
      {loaded.status === 'ready' ? <ReportView report={loaded.data} onDecided={() => setReloadKey((key) => key + 1)} /> : null}
    </Gate>
  );
}

function ReportView({ report, onDecided }: { report: Report; onDecided: () => void }) {
  const { t, lang } = useI18n();
  const found = report.elements.filter((item) => item.found).length;
  const target = report.level.target;
  return (
    <article className="recognition-report" data-route={report.recommendation.route}>
      <h1 className="heading-xl">{t('rr.reportTitle')}</h1>
      <p>
        <a className="button button--secondary" href={`/api/recognition/reports/${report.id}/pdf`} download>
          {t('rr.pdf')}
        </a>
      </p>

      <h2 className="heading-m">{t('rr.facts')}</h2>
      <SummaryList>
        <SummaryRow label={t('rr.fact.credential')}>
          <Value value={report.facts.title} />
        </SummaryRow>
        <SummaryRow label={t('rr.fact.learner')}>{report.facts.learner.name ?? report.facts.learner.identifier ?? '—'}</SummaryRow>
        <SummaryRow label={t('rr.fact.issuer')}>
          <Value value={report.facts.issuer.name} /> <span className="break-anywhere caption">{report.facts.issuer.id ?? ''}</span>
        </SummaryRow>
        <SummaryRow label={t('rr.fact.format')}>{t(`rr.format.${report.format}`)}</SummaryRow>
        <SummaryRow label={t('rr.fact.file')}>{report.fileName ?? report.source.toUpperCase()}</SummaryRow>
        <SummaryRow label={t('rr.fact.target')}>
          {target.programme} ({t(`rr.framework.${target.framework}`)} {target.level})
        </SummaryRow>
        <SummaryRow label={t('rr.fact.officer')}>
          {report.createdBy}, {formatDate(report.createdAt.slice(0, 10), lang)}
        </SummaryRow>
      </SummaryList>

      <section aria-labelledby="rr-verification-heading">
        <h2 className="heading-m" id="rr-verification-heading">
          {t('rr.verification')}
        </h2>
        <p data-verification={report.verification.outcome}>
          <strong>{t(`rr.verification.${report.verification.outcome}`)}</strong>
        </p>
        {report.verification.reason ? <Text value={report.verification.reason} as="p" /> : null}
        {report.verification.checks.length > 0 ? (
          <ul className="recognition-report__lines">
            {report.verification.checks.map((check) => (
              <li key={check.check} data-check={check.check} data-outcome={check.outcome}>
                <strong>{t(`verify.check.${check.check}` as MessageKey)}</strong> <span className={`tag tag--small ${statusTag[check.outcome]}`}>{t(`verify.outcome.${check.outcome}`)}</span>
                <Text value={check.reason} as="p" className="caption" />
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="rr-elements-heading">
        <h2 className="heading-m" id="rr-elements-heading">
          {t('rr.elements')} <span className="caption">({t('rr.elementsSummary', { found })})</span>
        </h2>
        <ol className="recognition-report__lines">
          {report.elements.map((item) => (
            <li key={item.element} data-element={item.element} data-found={item.found ? 'yes' : 'no'}>
              <strong>
                <Text value={guideElementLabels[item.element]} />
              </strong>{' '}
              <span className={`tag tag--small ${item.found ? 'tag--green' : 'tag--red'}`}>{t(item.found ? 'rr.found' : 'rr.missing')}</span>
              {item.value !== null ? (
                <div className="caption">
                  <Value value={item.value} />
                </div>
              ) : null}
              {item.note ? <Text value={item.note} as="p" className="caption" /> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="rr-criteria-heading">
        <h2 className="heading-m" id="rr-criteria-heading">
          {t('rr.criteria')}
        </h2>
        <ol className="recognition-report__lines">
          {report.criteria.map((item) => (
            <li key={item.criterion} data-criterion={item.criterion} data-status={item.status}>
              <strong>
                <Text value={criterionLabels[item.criterion]} />
              </strong>{' '}
              <span className={`tag tag--small ${statusTag[item.status]}`}>{t(`rr.status.${item.status}`)}</span>
              <Text value={item.evidence} as="p" className="caption" />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="rr-level-heading">
        <h2 className="heading-m" id="rr-level-heading">
          {t('rr.levelHeading')}
        </h2>
        <Text value={report.level.explanation} as="p" />
      </section>

      <section aria-labelledby="rr-recommendation-heading">
        <h2 className="heading-m" id="rr-recommendation-heading">
          {t('rr.recommendation')}
        </h2>
        <div className={`notice ${report.recommendation.route === 'lisbon' ? 'notice--success' : 'notice--warning'}`} data-recommendation={report.recommendation.route}>
          <p>
            <strong>{t(`rr.route.${report.recommendation.route}`)}</strong>
          </p>
          <ul>
            {report.recommendation.reasons.map((reason, index) => (
              <li key={index}>
                <Text value={reason} />
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="rr-decision-heading">
        <h2 className="heading-m" id="rr-decision-heading">
          {t('rr.decision')}
        </h2>
        {report.decision ? <DecisionView decision={report.decision} /> : <DecisionForm report={report} onDecided={onDecided} />}
      </section>
    </article>
  );
}

function DecisionView({ decision }: { decision: NonNullable<Report['decision']> }) {
  const { t, lang } = useI18n();
  return (
    <SummaryList>
      <SummaryRow label={t('rr.decision.outcome')}>
        <strong data-decision={decision.outcome}>{t(`rr.decision.${decision.outcome}`)}</strong>
      </SummaryRow>
      {decision.credits !== null ? <SummaryRow label={t('rr.decision.credits')}>{decision.credits} ECTS</SummaryRow> : null}
      <SummaryRow label={t('rr.decision.programme')}>{decision.component ? `${decision.programme} — ${decision.component}` : decision.programme}</SummaryRow>
      <SummaryRow label={t('rr.decision.reason')}>{decision.reason}</SummaryRow>
      <SummaryRow label={t('rr.decision')}>{t('rr.decision.by', { name: decision.decidedBy, date: formatDate(decision.decidedAt.slice(0, 10), lang) })}</SummaryRow>
    </SummaryList>
  );
}

function DecisionForm({ report, onDecided }: { report: Report; onDecided: () => void }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<'recognised' | 'refused'>('recognised');
  const [credits, setCredits] = useState('');
  const [programme, setProgramme] = useState(report.level.target.programme);
  const [component, setComponent] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Array<{ target: string; text: string }>>([]);
  const [failures, setFailures] = useState(0);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Array<{ target: string; text: string }> = [];
    const creditNumber = Number(credits.replace(',', '.'));
    if (outcome === 'recognised' && !(creditNumber > 0)) found.push({ target: 'rr-credits', text: t('rr.decision.needCredits') });
    if (programme.trim() === '') found.push({ target: 'rr-decision-programme', text: t('rr.decision.needProgramme') });
    if (reason.trim() === '') found.push({ target: 'rr-reason', text: t('rr.decision.needReason') });
    setErrors(found);
    if (found.length > 0) {
      setFailures((count) => count + 1);
      return;
    }
    setBusy(true);
    try {
      await api(`/api/recognition/reports/${report.id}/decision`, {
        method: 'POST',
        body: { outcome, ...(outcome === 'recognised' ? { credits: creditNumber } : {}), programme: programme.trim(), ...(component.trim() ? { component: component.trim() } : {}), reason: reason.trim() },
      });
      onDecided();
    } catch (error) {
      setErrors([{ target: 'rr-reason', text: problemText(error, t) }]);
      setFailures((count) => count + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors} focusKey={failures} id="rr-decision-errors" />
      <p className="hint">{t('rr.decision.final')}</p>
      <fieldset className="form-group" id="rr-outcome">
        <legend className="label label--bold">{t('rr.decision.outcome')}</legend>
        {(['recognised', 'refused'] as const).map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} /> {t(value === 'recognised' ? 'rr.decision.recognise' : 'rr.decision.refuse')}
          </label>
        ))}
      </fieldset>
      {outcome === 'recognised' ? (
        <div className="form-group">
          <label className="label label--bold" htmlFor="rr-credits">
            {t('rr.decision.credits')}
          </label>
          <input className="input input--s" id="rr-credits" name="credits" inputMode="decimal" value={credits} onChange={(event) => setCredits(event.target.value)} />
        </div>
      ) : null}
      <div className="form-group">
        <label className="label label--bold" htmlFor="rr-decision-programme">
          {t('rr.decision.programme')}
        </label>
        <input className="input" id="rr-decision-programme" name="programme" value={programme} onChange={(event) => setProgramme(event.target.value)} />
      </div>
      <div className="form-group">
        <label className="label label--bold" htmlFor="rr-component">
          {t('rr.decision.component')}
        </label>
        <input className="input" id="rr-component" name="component" value={component} onChange={(event) => setComponent(event.target.value)} />
      </div>
      <div className="form-group">
        <label className="label label--bold" htmlFor="rr-reason">
          {t('rr.decision.reason')}
        </label>
        <textarea className="textarea" id="rr-reason" name="reason" rows={4} value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <button className="button" type="submit" disabled={busy}>
        {t('rr.decision.submit')}
      </button>
    </form>
  );
}
