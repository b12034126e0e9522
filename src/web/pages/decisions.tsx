// The Accreditation Council's published decisions on the right to implement, with the right's
// validity and the outcome of any appeal (public).
import { LoadError, Loading, Text, usePageTitle } from '../components/common.js';
import { PdfLink } from '../components/document-link.js';
import { type Bilingual, formatDate, formatInstantDate, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import type { DecisionsResponse } from '../procedure/types.js';
import { Link } from '../router.js';
import { useApi } from '../use-api.js';
import { DataTable } from '../components/data-table.js';

const decisionTag: Record<string, string> = { grant: 'tag--green', 'grant-with-monitoring': 'tag--blue', refuse: 'tag--red' };

export function DecisionsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('dec.title'));
  const decisions = useApi<DecisionsResponse>('/api/decisions');
  return (
    <>
      <h1 className="heading-xl">{t('dec.title')}</h1>
      <p className="lead">{t('dec.lead')}</p>
      {decisions.status === 'loading' ? <Loading /> : null}
      {decisions.status === 'error' ? <LoadError error={decisions.error} /> : null}
      {decisions.status === 'ready' && decisions.data.items.length === 0 ? <p>{t('dec.none')}</p> : null}
      {decisions.status === 'ready' && decisions.data.items.length > 0 ? (
        <ol className="decisions">
          {decisions.data.items.map((item) => (
            <li className="decision" key={item.applicationCode}>
              <h2 className="heading-m decision__title">
                <Link to={`/courses/${item.course.code}`} className="link">
                  <Text value={item.course.title} />
                </Link>
              </h2>
              <p className="decision__provider">
                <Text value={item.provider} /> · <span className="code">{item.course.code}</span>
              </p>
              <dl className="summary-list">
                <div className="summary-list__row">
                  <dt className="summary-list__key">{t('dec.decision')}</dt>
                  <dd className="summary-list__value">
                    <strong className={`tag ${decisionTag[item.decision] ?? 'tag--grey'}`}>
                      {t(`decision.${item.decision}` as MessageKey)}
                    </strong>
                  </dd>
                </div>
                <div className="summary-list__row">
                  <dt className="summary-list__key">{t('dec.published')}</dt>
                  <dd className="summary-list__value">{formatInstantDate(item.publishedAt, lang)}</dd>
                </div>
                {item.right ? (
                  <>
                    <div className="summary-list__row">
                      <dt className="summary-list__key">{t('dec.code')}</dt>
                      <dd className="summary-list__value code">{item.right.decisionCode}</dd>
                    </div>
                    <div className="summary-list__row">
                      <dt className="summary-list__key">{t('dec.validity')}</dt>
                      <dd className="summary-list__value">
                        {item.right.validUntil
                          ? t('ap.range', { from: formatDate(item.right.effectiveFrom, lang), to: formatDate(item.right.validUntil, lang) })
                          : formatDate(item.right.effectiveFrom, lang)}
                      </dd>
                    </div>
                  </>
                ) : null}
                {item.implementationMonths ? (
                  <div className="summary-list__row">
                    <dt className="summary-list__key">{t('ap.f.months')}</dt>
                    <dd className="summary-list__value">{item.implementationMonths}</dd>
                  </div>
                ) : null}
                {item.reasons ? (
                  <div className="summary-list__row">
                    <dt className="summary-list__key">{t('ap.f.decisionReasons')}</dt>
                    <dd className="summary-list__value">
                      <Text value={item.reasons} />
                    </dd>
                  </div>
                ) : null}
                {item.appeals.length > 0 ? (
                  <div className="summary-list__row">
                    <dt className="summary-list__key">{t('ap.appeals.title')}</dt>
                    <dd className="summary-list__value">
                      <ul className="list">
                        {item.appeals.map((appeal, index) => (
                          <li key={index}>
                            {appeal.outcome ? t(`ap.appeal.${appeal.outcome}` as MessageKey) : t('ap.appeals.pending')}
                            {appeal.reasons ? `: ${appeal.reasons}` : ''}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                ) : null}
              </dl>
            </li>
          ))}
        </ol>
      ) : null}
      {decisions.status === 'ready' && decisions.data.documents.length > 0 ? (
        <DataTable
          captionId="public-documents"
          caption={t('dec.documents')}
          head={
            <>
              <th scope="col">{t('workspace.code')}</th>
              <th scope="col">{t('ap.documents.what')}</th>
              <th scope="col">{t('ap.documents.issued')}</th>
              <th scope="col">{t('doc.file')}</th>
            </>
          }
        >
          {decisions.data.documents.map((document) => (
            <tr key={document.code}>
              <td className="code">{document.code}</td>
              <td>
                <Text value={document.title} />
              </td>
              <td>{formatInstantDate(document.issuedAt, lang)}</td>
              <td>
                <PdfLink code={document.code} title={document.title} />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <MonitoringResults documents={decisions.status === 'ready' ? decisions.data.documents : []} />
    </>
  );
}

interface MonitoringResult {
  code: string;
  kind: 'scheduled' | 'unscheduled';
  courseCode: string;
  outcome: 'keep' | 'suspend' | 'terminate' | null;
  findings: Bilingual | null;
  publishedAt: string | null;
  complaint: { code: string } | null;
}

const outcomeTag: Record<string, string> = { keep: 'tag--green', suspend: 'tag--orange', terminate: 'tag--red' };

/**
 * Published monitoring results. The list does not name its document; the result's document is
 * issued at the instant the result is published, so it is linked when exactly one public
 * monitoring-result document carries that instant.
 */
function MonitoringResults({ documents }: { documents: DecisionsResponse['documents'] }) {
  const { t, lang } = useI18n();
  const results = useApi<{ items: MonitoringResult[] }>('/api/monitorings/results');
  const documentOf = (publishedAt: string | null) => {
    const matches = documents.filter(
      (document) => document.kind === 'monitoring-result' && publishedAt !== null && document.issuedAt === publishedAt,
    );
    return matches.length === 1 ? matches[0] : undefined;
  };
  return (
    <section className="app-section" aria-labelledby="monitoring-results-title">
      <h2 className="heading-l" id="monitoring-results-title">
        {t('dec.monitoring.title')}
      </h2>
      {results.status === 'loading' ? <Loading /> : null}
      {results.status === 'error' ? <LoadError error={results.error} /> : null}
      {results.status === 'ready' && results.data.items.length === 0 ? <p>{t('dec.monitoring.none')}</p> : null}
      {results.status === 'ready' && results.data.items.length > 0 ? (
        <ol className="decisions monitoring-results">
          {results.data.items.map((item) => {
            const document = documentOf(item.publishedAt);
            return (
              <li className="decision" key={item.code}>
                <h3 className="heading-m decision__title">
                  <Link to={`/courses/${item.courseCode}`} className="link code">
                    {item.courseCode}
                  </Link>{' '}
                  · <span className="code">{item.code}</span>
                </h3>
                <dl className="summary-list">
                  <div className="summary-list__row">
                    <dt className="summary-list__key">{t('mon.kind')}</dt>
                    <dd className="summary-list__value">
                      {item.complaint
                        ? t('dec.monitoring.onComplaint', { code: item.complaint.code })
                        : t(`mon.kind.${item.kind}` as MessageKey)}
                    </dd>
                  </div>
                  {item.outcome ? (
                    <div className="summary-list__row">
                      <dt className="summary-list__key">{t('dec.monitoring.outcome')}</dt>
                      <dd className="summary-list__value">
                        <strong className={`tag ${outcomeTag[item.outcome] ?? 'tag--grey'}`}>
                          {t(`mon.outcome.${item.outcome}` as MessageKey)}
                        </strong>
                      </dd>
                    </div>
                  ) : null}
                  {item.findings ? (
                    <div className="summary-list__row">
                      <dt className="summary-list__key">{t('dec.monitoring.findings')}</dt>
                      <dd className="summary-list__value">
                        <Text value={item.findings} />
                      </dd>
                    </div>
                  ) : null}
                  <div className="summary-list__row">
                    <dt className="summary-list__key">{t('dec.monitoring.published')}</dt>
                    <dd className="summary-list__value">{formatInstantDate(item.publishedAt, lang)}</dd>
                  </div>
                  {document ? (
                    <div className="summary-list__row">
                      <dt className="summary-list__key">{t('dec.monitoring.document')}</dt>
                      <dd className="summary-list__value">
                        <span className="code">{document.code}</span> <PdfLink code={document.code} title={document.title} />
                      </dd>
                    </div>
                  ) : null}
                </dl>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
