// A course's page: every element of its description, its right to implement, its versions.
import type { ReactNode } from 'react';
import { outcomeDomains } from '../../domain/course/description.js';
import { ApiError, type CourseVersion, type IscedField, type Right } from '../api.js';
import { BilingualList, Loading, LoadError, Paragraphs, StatusTag, SummaryList, SummaryRow, Text, usePageTitle } from '../components/common.js';
import { type Bilingual, countryName, formatDate, formatMoney, formatNumber, languageName, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import { useApi } from '../use-api.js';
import { NotFoundPage } from './not-found.js';
import { DataTable } from '../components/data-table.js';
import { RecognitionOpportunities } from '../recognition/opportunities.js';

export function CoursePage({ code, versionNo }: { code: string; versionNo: string | null }) {
  const path =
    versionNo === null
      ? `/api/courses/${encodeURIComponent(code)}`
      : `/api/courses/${encodeURIComponent(code)}/versions/${encodeURIComponent(versionNo)}`;
  const course = useApi<CourseVersion>(path);
  if (course.status === 'loading') return <Loading />;
  if (course.status === 'error') {
    if (course.error instanceof ApiError && (course.error.status === 404 || course.error.status === 400 || course.error.status === 422)) {
      return <NotFoundPage />;
    }
    return <LoadError error={course.error} />;
  }
  return <CourseView course={course.data} />;
}

function Optional({ value }: { value: Bilingual | null }) {
  const { t } = useI18n();
  if (!value || (!value.ka.trim() && !value.en.trim())) return <span className="muted">{t('notStated')}</span>;
  return <Paragraphs value={value} />;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="course-section" aria-labelledby={`${id}-heading`}>
      <h2 className="heading-l" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function CourseView({ course }: { course: CourseVersion }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const ownCourse = user?.role === 'provider-admin' && user.provider?.slug === course.provider.slug;
  const d = course.description;
  const current = course.versions.reduce((max, version) => Math.max(max, version.versionNo), 0);
  const isced = useApi<{ items: IscedField[] }>('/api/reference/isced-f', { cached: true });
  const field = isced.status === 'ready' ? isced.data.items.find((item) => item.code === d.iscedField) : undefined;
  const totalHours = d.workload.breakdown.reduce((sum, row) => sum + row.hours, 0);
  usePageTitle(`${d.title[lang]} (${course.code})`);

  const sections: { id: string; title: string }[] = [
    { id: 'general', title: t('section.general') },
    { id: 'providers', title: t('section.providers') },
    { id: 'outcomes', title: t('section.outcomes') },
    { id: 'workload', title: t('section.workload') },
    { id: 'level', title: t('section.level') },
    { id: 'assessment', title: t('section.assessment') },
    { id: 'participation', title: t('section.participation') },
    { id: 'qa', title: t('section.qa') },
    { id: 'right', title: t('section.right') },
    { id: 'access', title: t('section.access') },
    { id: 'audience', title: t('section.audience') },
    { id: 'practical', title: t('section.practical') },
    { id: 'contacts', title: t('section.contacts') },
    { id: 'versions', title: t('section.versions') },
  ];

  return (
    <>
      <nav className="breadcrumbs" aria-label={t('coursePage.breadcrumb')}>
        <ol>
          <li>
            <Link to="/courses">{t('nav.registry')}</Link>
          </li>
          <li>
            <Link to={`/courses/${course.code}`} aria-current={course.isCurrent ? 'page' : undefined}>
              {course.code}
            </Link>
          </li>
          {!course.isCurrent ? <li aria-current="page">{t('coursePage.version', { n: course.versionNo })}</li> : null}
        </ol>
      </nav>

      {!course.isCurrent ? (
        <div className="notice notice--important" role="note">
          <p>
            <strong>{t('versions.notice', { n: course.versionNo, m: current })}</strong>{' '}
            <Link to={`/courses/${course.code}`} className="link">
              {t('versions.goCurrent')}
            </Link>
          </p>
        </div>
      ) : null}

      <p className="caption">
        <span className="code">{course.code}</span> · {t('coursePage.version', { n: course.versionNo })} ·{' '}
        {t('coursePage.published', { date: formatDate(course.publishedAt, lang) })}
      </p>
      <h1 className="heading-xl" lang={lang}>
        {d.title[lang]}
      </h1>
      <p className="title-alt">
        <span className="title-alt__label">{lang === 'ka' ? t('coursePage.inEn') : t('coursePage.inKa')}: </span>
        <span lang={lang === 'ka' ? 'en' : 'ka'}>{d.title[lang === 'ka' ? 'en' : 'ka']}</span>
      </p>

      <div className="key-facts">
        <div className="key-facts__item">
          <span className="key-facts__label">{t('course.status')}</span>
          <StatusTag status={course.rightStatus} />
        </div>
        <div className="key-facts__item">
          <span className="key-facts__label">{t('course.ects')}</span>
          <span className="key-facts__value">{formatNumber(d.workload.ects, lang)}</span>
        </div>
        <div className="key-facts__item">
          <span className="key-facts__label">{t('course.nqf')}</span>
          <span className="key-facts__value">{d.level.nqf}</span>
        </div>
        <div className="key-facts__item">
          <span className="key-facts__label">{t('course.mode')}</span>
          <span className="key-facts__value">{t(`mode.${d.participationMode}` as MessageKey)}</span>
        </div>
        {course.right?.validUntil ? (
          <div className="key-facts__item">
            <span className="key-facts__label">{t('course.validUntil')}</span>
            <span className="key-facts__value">{formatDate(course.right.validUntil, lang)}</span>
          </div>
        ) : null}
      </div>

      {ownCourse ? (
        <p>
          <Link to={`/workspace/courses/${encodeURIComponent(course.code)}/award`} className="button">
            {t('coursePage.award')}
          </Link>
        </p>
      ) : null}

      <div className="course-layout">
        <nav className="contents" aria-labelledby="contents-heading">
          <h2 className="heading-s" id="contents-heading">
            {t('coursePage.contents')}
          </h2>
          <ol className="contents__list">
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}-heading`}>{section.title}</a>
              </li>
            ))}
          </ol>
        </nav>

        <div className="course-body">
          <Section id="general" title={t('section.general')}>
            <SummaryList>
              <SummaryRow label={`${t('field.title')} (${t('editor.ka')})`}>
                <span lang="ka">{d.title.ka}</span>
              </SummaryRow>
              <SummaryRow label={`${t('field.title')} (${t('editor.en')})`}>
                <span lang="en">{d.title.en}</span>
              </SummaryRow>
              <SummaryRow label={t('practical.country')}>{countryName(d.country, lang)}</SummaryRow>
              <SummaryRow label={t('practical.region')}>
                <Text value={d.region} />
              </SummaryRow>
            </SummaryList>
          </Section>

          <Section id="providers" title={t('section.providers')}>
            <SummaryList>
              <SummaryRow label={t('provider.name')}>
                <Text value={course.provider.name} />
              </SummaryRow>
              <SummaryRow label={t('provider.kind')}>{t(`provider.kind.${course.provider.kind}` as MessageKey)}</SummaryRow>
              <SummaryRow label={t('provider.did')}>
                <code className="code code--break">{course.provider.did}</code>
              </SummaryRow>
              {course.provider.website ? (
                <SummaryRow label={t('provider.website')}>
                  <a href={course.provider.website} className="link code--break">
                    {course.provider.website}
                  </a>
                </SummaryRow>
              ) : null}
              <SummaryRow label={t('provider.delivering')}>
                <BilingualList items={d.deliveringInstitutions} />
              </SummaryRow>
              <SummaryRow label={t('provider.awarding')}>
                <BilingualList items={d.awardingBodies} />
              </SummaryRow>
            </SummaryList>
          </Section>

          <Section id="outcomes" title={t('section.outcomes')}>
            <p>{t('outcomes.lead')}</p>
            {outcomeDomains.map((domain) => (
              <div key={domain} className="outcome-group">
                <h3 className="heading-m">{t(`outcomes.${domain}` as MessageKey)}</h3>
                <ul className="list list--bullet outcomes">
                  {d.learningOutcomes[domain].map((outcome, index) => (
                    <li key={index}>
                      <Text value={outcome} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </Section>

          <Section id="workload" title={t('section.workload')}>
            <SummaryList>
              <SummaryRow label={t('workload.ects')}>{formatNumber(d.workload.ects, lang)}</SummaryRow>
              <SummaryRow label={t('workload.hoursPerEcts')}>{formatNumber(d.workload.hoursPerEcts, lang)}</SummaryRow>
            </SummaryList>
            <table className="table">
              <caption className="table__caption">{t('workload.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workload.activity')}</th>
                  <th scope="col" className="numeric">
                    {t('workload.hours')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.workload.breakdown.map((row, index) => (
                  <tr key={index}>
                    <td>
                      <Text value={row.activity} />
                    </td>
                    <td className="numeric">{formatNumber(row.hours, lang)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('workload.total')}</th>
                  <td className="numeric">
                    <strong>{formatNumber(totalHours, lang)}</strong>
                  </td>
                </tr>
              </tfoot>
            </table>
          </Section>

          <Section id="level" title={t('section.level')}>
            <SummaryList>
              <SummaryRow label={t('level.nqf')}>{d.level.nqf}</SummaryRow>
              <SummaryRow label={t('level.eqf')}>{d.level.eqf}</SummaryRow>
              <SummaryRow label={t('level.cycle')}>{t(`cycle.${d.level.qfEheaCycle}` as MessageKey)}</SummaryRow>
            </SummaryList>
          </Section>

          <Section id="assessment" title={t('section.assessment')}>
            <SummaryList>
              <SummaryRow label={t('assessment.type')}>
                <Paragraphs value={d.assessmentType} />
              </SummaryRow>
              <SummaryRow label={t('assessment.identityCheck')}>
                {d.identityCheck ? t(`identity.${d.identityCheck}` as MessageKey) : <span className="muted">{t('notStated')}</span>}
              </SummaryRow>
              <SummaryRow label={t('assessment.grading')}>
                <Optional value={d.grading} />
              </SummaryRow>
            </SummaryList>
          </Section>

          <Section id="participation" title={t('section.participation')}>
            <SummaryList>
              <SummaryRow label={t('participation.mode')}>{t(`mode.${d.participationMode}` as MessageKey)}</SummaryRow>
              <SummaryRow label={t('participation.details')}>
                <Paragraphs value={d.participationDetails} />
              </SummaryRow>
            </SummaryList>
          </Section>

          <Section id="qa" title={t('section.qa')}>
            <SummaryList>
              <SummaryRow label={t('qa.internal')}>
                <Paragraphs value={d.qualityAssurance.internal} />
              </SummaryRow>
              <SummaryRow label={t('qa.external')}>
                <Paragraphs value={d.qualityAssurance.external} />
              </SummaryRow>
            </SummaryList>
          </Section>

          <Section id="right" title={t('section.right')}>
            <SummaryList>
              <SummaryRow label={t('right.status')}>
                <StatusTag status={course.rightStatus} />
              </SummaryRow>
              {course.right ? <RightDetails right={course.right} /> : null}
            </SummaryList>
            {course.right ? null : <p>{t('right.none')}</p>}
            {course.rights.length > 0 ? <RightHistory rights={course.rights} /> : null}
            <p>
              <Link to={`/complaints/new?course=${encodeURIComponent(course.code)}`} className="link">
                {t('cp.link')}
              </Link>
            </p>
          </Section>

          <Section id="access" title={t('section.access')}>
            <SummaryList>
              <SummaryRow label={t('access.entry')}>
                <Optional value={d.entryRequirements} />
              </SummaryRow>
              <SummaryRow label={t('access.stackability')}>
                <Optional value={d.stackability} />
              </SummaryRow>
              <SummaryRow label={t('access.recognition')}>
                <Optional value={d.recognitionOpportunities} />
              </SummaryRow>
            </SummaryList>
          </Section>

          <RecognitionOpportunities code={course.code} />

          <Section id="audience" title={t('section.audience')}>
            <SummaryList>
              <SummaryRow label={t('audience.target')}>
                <Optional value={d.targetAudience} />
              </SummaryRow>
              <SummaryRow label={t('audience.justification')}>
                <Optional value={d.targetAudienceJustification} />
              </SummaryRow>
              <SummaryRow label={t('audience.rationale')}>
                <Optional value={d.rationale} />
              </SummaryRow>
            </SummaryList>
          </Section>

          <Section id="practical" title={t('section.practical')}>
            <SummaryList>
              <SummaryRow label={t('practical.languages')}>
                {d.languages.map((code) => languageName(code, lang)).join(', ') || <span className="muted">{t('notStated')}</span>}
              </SummaryRow>
              <SummaryRow label={t('practical.field')}>
                <span className="code">{d.iscedField}</span>
                {field ? <> {field.label[lang]}</> : null}
              </SummaryRow>
              <SummaryRow label={t('practical.duration')}>
                {d.durationWeeks === null ? (
                  <span className="muted">{t('notStated')}</span>
                ) : d.durationWeeks === 1 ? (
                  t('practical.week')
                ) : (
                  t('practical.weeks', { n: d.durationWeeks })
                )}
              </SummaryRow>
              <SummaryRow label={t('practical.location')}>
                <Optional value={d.location} />
              </SummaryRow>
              <SummaryRow label={t('practical.fee')}>
                {d.fee ? formatMoney(d.fee.amountMinor, d.fee.currency, lang) : <span className="muted">{t('notStated')}</span>}
              </SummaryRow>
              <SummaryRow label={t('practical.lms')}>
                {d.lmsUrl ? (
                  <a href={d.lmsUrl} className="link code--break" rel="noopener noreferrer">
                    {d.lmsUrl}
                  </a>
                ) : (
                  <span className="muted">{t('notStated')}</span>
                )}
              </SummaryRow>
            </SummaryList>
          </Section>

          <Section id="contacts" title={t('section.contacts')}>
            {d.contacts.length === 0 ? (
              <p>{t('contacts.none')}</p>
            ) : (
              <ul className="contacts">
                {d.contacts.map((contact, index) => (
                  <li key={index} className="contact">
                    <p className="contact__name">{contact.name}</p>
                    {contact.position.ka || contact.position.en ? (
                      <p>
                        <Text value={contact.position} />
                      </p>
                    ) : null}
                    <p>
                      <span className="visually-hidden">{t('contacts.email')}: </span>
                      <a className="link" href={`mailto:${contact.email}`}>
                        {contact.email}
                      </a>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="versions" title={t('section.versions')}>
            <ol className="versions">
              {course.versions.map((version) => (
                <li key={version.versionNo}>
                  <Link
                    to={`/courses/${course.code}/versions/${version.versionNo}`}
                    className="link"
                    aria-current={version.versionNo === course.versionNo ? 'page' : undefined}
                  >
                    {t('versions.item', { n: version.versionNo, date: formatDate(version.publishedAt, lang) })}
                  </Link>
                  {version.versionNo === current ? <strong className="tag tag--green tag--inline">{t('versions.current')}</strong> : null}
                  {version.versionNo === course.versionNo ? <span className="muted"> ({t('versions.viewing')})</span> : null}
                </li>
              ))}
            </ol>
            <h3 className="heading-s">{t('coursePage.machineReadable')}</h3>
            <ul className="list">
              <li>
                <a className="link" href={`/api/courses/${course.code}/achievement`}>
                  {t('coursePage.achievement')}
                </a>
              </li>
            </ul>
          </Section>
        </div>
      </div>
    </>
  );
}

function RightDetails({ right }: { right: Right }) {
  const { t, lang } = useI18n();
  return (
    <>
      <SummaryRow label={t('right.kind')}>{t(`rightKind.${right.kind}` as MessageKey)}</SummaryRow>
      <SummaryRow label={t('right.decisionCode')}>
        <span className="code">{right.decisionCode}</span>
      </SummaryRow>
      <SummaryRow label={t('right.effectiveFrom')}>{formatDate(right.effectiveFrom, lang)}</SummaryRow>
      <SummaryRow label={t('right.validUntil')}>{right.validUntil ? formatDate(right.validUntil, lang) : t('right.noEnd')}</SummaryRow>
      <SummaryRow label={t('right.monitoring')}>{right.subjectToMonitoring ? t('yes') : t('no')}</SummaryRow>
      {right.suspendedFrom ? <SummaryRow label={t('right.suspendedFrom')}>{formatDate(right.suspendedFrom, lang)}</SummaryRow> : null}
      {right.terminatedFrom ? <SummaryRow label={t('right.terminatedFrom')}>{formatDate(right.terminatedFrom, lang)}</SummaryRow> : null}
    </>
  );
}

function RightHistory({ rights }: { rights: Right[] }) {
  const { t, lang } = useI18n();
  return (
    <DataTable
      captionId="right-history-caption"
      caption={t('right.history')}
      head={
        <>
          <th scope="col">{t('right.decisionCode')}</th>
          <th scope="col">{t('right.kind')}</th>
          <th scope="col">{t('right.effectiveFrom')}</th>
          <th scope="col">{t('right.validUntil')}</th>
          <th scope="col">{t('right.monitoring')}</th>
          <th scope="col">{t('right.suspendedFrom')}</th>
          <th scope="col">{t('right.terminatedFrom')}</th>
        </>
      }
    >
      {rights.map((right) => (
        <tr key={right.decisionCode}>
          <td className="code">{right.decisionCode}</td>
          <td>{t(`rightKind.${right.kind}` as MessageKey)}</td>
          <td>{formatDate(right.effectiveFrom, lang)}</td>
          <td>{right.validUntil ? formatDate(right.validUntil, lang) : t('right.noEnd')}</td>
          <td>{right.subjectToMonitoring ? t('yes') : t('no')}</td>
          <td>{right.suspendedFrom ? formatDate(right.suspendedFrom, lang) : '—'}</td>
          <td>{right.terminatedFrom ? formatDate(right.terminatedFrom, lang) : '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
