// Reads the learning outcomes as the provider writes them: each outcome's descriptor domain
// and level (POST /api/outcomes/analyse, debounced), shown beside the outcome, and the
// course verdict with its bilingual justification in a polite live region.
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { outcomeDomains as formGroups } from '../../domain/course/description.js';
import { ApiError, api } from '../api.js';
import { formatNumber, type Lang, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import type { CourseForm } from './form-state.js';

type FormGroup = (typeof formGroups)[number];
type Domain = 'knowledge' | 'skills' | 'responsibility';

interface AnalysedOutcome {
  domain: Domain | null;
  level: number | null;
  confidence: number;
  reasons: string[];
  measurable: boolean;
  suggestions?: string[];
  verb?: { text: string; bloom: string };
}

interface Report {
  outcomes: AnalysedOutcome[];
  course: {
    level: number | null;
    claimedLevel: number | null;
    domainsPresent: Domain[];
    missingDomains: Domain[];
    aboveClaimed: number[];
    belowClaimed: number[];
    notMeasurable: number[];
    justification: { ka: string; en: string };
  };
}

/** One outcome text sent to the analyser: where it was entered. */
interface Entry {
  group: FormGroup;
  index: number;
  lang: Lang;
  text: string;
}

const groupDomain: Record<FormGroup, Domain> = { knowledge: 'knowledge', skills: 'skills', responsibilityAutonomy: 'responsibility' };
const DEBOUNCE_MS = 500;

interface AnalysisState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  entries: Entry[];
  report: Report | null;
  error: string | null;
  claimed: 6 | 7 | null;
}

const OutcomeAnalysisContext = createContext<AnalysisState | null>(null);
export const OutcomeAnalysisProvider = OutcomeAnalysisContext.Provider;

function entriesOf(form: CourseForm): Entry[] {
  const entries: Entry[] = [];
  for (const group of formGroups) {
    form.learningOutcomes[group].forEach((outcome, index) => {
      for (const lang of ['ka', 'en'] as const) {
        const text = outcome[lang].trim();
        if (text) entries.push({ group, index, lang, text });
      }
    });
  }
  return entries;
}

/** The analysis of the form's outcomes, refreshed 500 ms after the last change. */
export function useOutcomeAnalysis(form: CourseForm): AnalysisState {
  const entries = useMemo(() => entriesOf(form), [form]);
  const claimed = form.level.nqf === '6' ? 6 : form.level.nqf === '7' ? 7 : null;
  const key = JSON.stringify([entries, claimed]);
  const [state, setState] = useState<AnalysisState>({ status: 'idle', entries: [], report: null, error: null, claimed });

  useEffect(() => {
    const [sent, claimedLevel] = JSON.parse(key) as [Entry[], 6 | 7 | null];
    const controller = { cancelled: false };
    const timer = setTimeout(() => {
      if (sent.length === 0) {
        setState({ status: 'idle', entries: [], report: null, error: null, claimed: claimedLevel });
        return;
      }
      setState((current) => ({ ...current, status: 'loading' }));
      api<Report>('/api/outcomes/analyse', {
        method: 'POST',
        body: { outcomes: sent.map((entry) => ({ text: entry.text, lang: entry.lang })), ...(claimedLevel ? { claimedLevel } : {}) },
      })
        .then((report) => {
          if (!controller.cancelled) setState({ status: 'ready', entries: sent, report, error: null, claimed: claimedLevel });
        })
        .catch((error: unknown) => {
          if (controller.cancelled) return;
          const reason =
            error instanceof ApiError
              ? (error.problem?.errors?.map((item) => item.message).join(' ') || error.problem?.detail || error.problem?.title || error.message)
              : String(error);
          setState({ status: 'error', entries: sent, report: null, error: reason, claimed: claimedLevel });
        });
    }, DEBOUNCE_MS);
    return () => {
      controller.cancelled = true;
      clearTimeout(timer);
    };
  }, [key]);
  return state;
}

function useAnalysis(): AnalysisState {
  const value = useContext(OutcomeAnalysisContext);
  if (!value) throw new Error('useAnalysis outside OutcomeAnalysisProvider');
  return value;
}

/** Beside one outcome: how each of its texts reads. */
export function OutcomeFeedback({ group, index }: { group: FormGroup; index: number }) {
  const { t, lang: uiLang } = useI18n();
  const { entries, report, claimed } = useAnalysis();
  if (!report) return null;
  const found = entries
    .map((entry, at) => ({ entry, at, result: report.outcomes[at] }))
    .filter((item): item is { entry: Entry; at: number; result: AnalysedOutcome } => item.entry.group === group && item.entry.index === index && item.result !== undefined);
  if (found.length === 0) return null;
  const domainName = (domain: Domain | null) => (domain ? t(`oa.domain.${domain}` as MessageKey) : t('oa.domainUnknown'));
  const langName = (lang: Lang) => t(lang === 'ka' ? 'editor.ka' : 'editor.en');
  return (
    <div className="outcome-feedback" data-outcome={`${group}.${index}`} role="group" aria-label={t('oa.feedback', { n: index + 1 })}>
      {found.map(({ entry, at, result }) => (
        <div className="outcome-feedback__lang" key={entry.lang} data-lang={entry.lang}>
          <p className="outcome-feedback__reading">
            <strong>
              {t('oa.line', {
                lang: langName(entry.lang),
                domain: domainName(result.domain),
                level: result.level === null ? t('oa.levelUnknown') : t('oa.level', { level: result.level }),
                confidence: `${formatNumber(Math.round(result.confidence * 100), uiLang)}%`,
              })}
            </strong>
          </p>
          {result.domain && result.domain !== groupDomain[group] ? (
            <p className="outcome-feedback__warning">
              <span className="tag tag--orange tag--small">!</span> {t('oa.mismatch', { group: domainName(groupDomain[group]), domain: domainName(result.domain) })}
            </p>
          ) : null}
          {claimed && report.course.aboveClaimed.includes(at) ? (
            <p className="outcome-feedback__warning">
              <span className="tag tag--red tag--small">!</span> {t('oa.above', { claimed })}
            </p>
          ) : null}
          {claimed && report.course.belowClaimed.includes(at) ? <p>{t('oa.below', { claimed })}</p> : null}
          {!result.measurable ? (
            <div className="outcome-feedback__warning">
              <p>
                <strong className="tag tag--red tag--small">{t('oa.notMeasurable')}</strong>
              </p>
              {result.suggestions && result.suggestions.length > 0 ? <p>{t('oa.suggest', { verbs: result.suggestions.join(', ') })}</p> : null}
            </div>
          ) : null}
          {result.verb ? <p>{t('oa.verb', { verb: result.verb.text, bloom: t(`oa.bloom.${result.verb.bloom}` as MessageKey) })}</p> : null}
          {result.reasons.length > 0 ? (
            <details className="details">
              <summary className="details__summary">{t('oa.reasons', { lang: langName(entry.lang) })}</summary>
              <ul className="details__text" lang="en">
                {result.reasons.map((reason, n) => (
                  <li key={n}>{reason}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ))}
    </div>
  );
}

/** The course verdict: best fit against the claim, the domains, flagged outcomes, the justification. */
export function CourseVerdict() {
  const { t } = useI18n();
  const { status, entries, report, error, claimed } = useAnalysis();
  const domainName = (domain: Domain) => t(`oa.domain.${domain}` as MessageKey);
  const refs = (indexes: number[]) =>
    indexes
      .map((at) => entries[at])
      .filter((entry): entry is Entry => entry !== undefined)
      .map((entry) => t('oa.outcomeRef', { group: domainName(groupDomain[entry.group]), n: entry.index + 1, lang: t(entry.lang === 'ka' ? 'editor.ka' : 'editor.en') }))
      .join('; ');
  return (
    <section className="verdict inset" aria-labelledby="oa-verdict-title" id="outcome-verdict">
      <h3 className="heading-m" id="oa-verdict-title">
        {t('oa.verdict')}
      </h3>
      <div aria-live="polite" aria-atomic="false" id="outcome-verdict-live">
        {status === 'idle' ? <p>{t('oa.waiting')}</p> : null}
        {status === 'loading' && !report ? <p>{t('oa.analysing')}</p> : null}
        {status === 'error' ? <p className="error-message">{t('oa.failed', { reason: error ?? '' })}</p> : null}
        {report && status !== 'error' && status !== 'idle' ? (
          <>
            <p>
              <strong>{report.course.level === null ? t('oa.bestFitUnknown') : t('oa.bestFit', { level: report.course.level })}</strong>
            </p>
            <p>{claimed ? t('oa.claimed', { level: claimed }) : t('oa.claimedNone')}</p>
            {claimed && report.course.level !== null ? <p>{report.course.level === claimed ? t('oa.aligned') : t('oa.notAligned')}</p> : null}
            <p>{t('oa.domainsPresent', { list: report.course.domainsPresent.map(domainName).join(', ') || t('oa.none') })}</p>
            {report.course.missingDomains.length > 0 ? (
              <p className="outcome-feedback__warning">
                <strong>{t('oa.domainsMissing', { list: report.course.missingDomains.map(domainName).join(', ') })}</strong>
              </p>
            ) : (
              <p>{t('oa.allDomains')}</p>
            )}
            {report.course.aboveClaimed.length > 0 ? (
              <p className="outcome-feedback__warning">
                <strong>{t('oa.aboveList', { list: refs(report.course.aboveClaimed) })}</strong>
              </p>
            ) : null}
            {report.course.belowClaimed.length > 0 ? <p>{t('oa.belowList', { list: refs(report.course.belowClaimed) })}</p> : null}
            {report.course.notMeasurable.length > 0 ? (
              <p className="outcome-feedback__warning">{t('oa.notMeasurableList', { list: refs(report.course.notMeasurable) })}</p>
            ) : null}
          </>
        ) : null}
      </div>
      {report && status !== 'error' && status !== 'idle' ? (
        <details className="details">
          <summary className="details__summary">{t('oa.justification')}</summary>
          <div className="details__text">
            <p className="hint">{t('oa.justificationNote')}</p>
            <h4 className="heading-s">{t('oa.justificationKa')}</h4>
            <p className="justification" lang="ka">
              {report.course.justification.ka}
            </p>
            <h4 className="heading-s">{t('oa.justificationEn')}</h4>
            <p className="justification" lang="en">
              {report.course.justification.en}
            </p>
          </div>
        </details>
      ) : null}
    </section>
  );
}
