// The learner's progress toward qualifications: under each recognition agreement that lists a
// course of their credentials, how many ECTS count toward each component, which credentials
// counted and which did not, and why. Mount it on a signed-in learner's page.
import { Loading, LoadError, Text } from '../components/common.js';
import { formatDate, useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useApi } from '../use-api.js';
import type { AgreementProgress, ProgressAnswer } from './types.js';

export function RecognitionProgress({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const progress = useApi<ProgressAnswer>('/api/me/progress');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="recognition-progress" aria-labelledby="recognition-progress-heading">
      <Heading className="heading-l" id="recognition-progress-heading">
        {t('rec.progress.heading')}
      </Heading>
      {progress.status === 'loading' ? <Loading /> : null}
      {progress.status === 'error' ? <LoadError error={progress.error} /> : null}
      {progress.status === 'ready' && progress.data.items.length === 0 ? <p>{t('rec.progress.none')}</p> : null}
      {progress.status === 'ready'
        ? progress.data.items.map((item) => <AgreementProgressView key={item.agreementId} item={item} headingLevel={headingLevel} />)
        : null}
    </section>
  );
}

function AgreementProgressView({ item, headingLevel }: { item: AgreementProgress; headingLevel: 2 | 3 }) {
  const { t, lang } = useI18n();
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <article className="recognition-progress__agreement" data-agreement={item.agreementId}>
      <Heading className="heading-m">
        <Text value={item.programme.name} /> · <Text value={item.provider.name} />
      </Heading>
      {item.components.map((component, index) => (
        <div key={index} className="batch-progress">
          <p className="batch-progress__text" lang={lang}>
            {component.summary[lang]}
          </p>
          <progress className="batch-progress__bar" max={component.capEcts} value={component.earnedEcts} aria-label={component.summary[lang]} />
          {component.counted.length > 0 ? (
            <>
              <p className="caption">{t('rec.progress.counted')}</p>
              <ul className="list list--bullet">
                {component.counted.map((counted) => (
                  <li key={counted.credentialId}>
                    <Link to={`/courses/${encodeURIComponent(counted.courseCode)}`} className="link">
                      <Text value={counted.courseTitle} />
                    </Link>{' '}
                    ({formatDate(counted.awardDate, lang)}): {t('rec.progress.countedItem', { ects: counted.ects })}
                    {counted.capped ? ` ${t('rec.progress.cappedNote')}` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ))}
      {item.notCounted.length > 0 ? (
        <>
          <p className="caption">{t('rec.progress.notCounted')}</p>
          <ul className="list list--bullet">
            {item.notCounted.map((skipped) => (
              <li key={skipped.credentialId} data-reason={skipped.reason}>
                <Text value={skipped.courseTitle} />
                {skipped.awardDate ? ` (${formatDate(skipped.awardDate, lang)})` : ''}: <Text value={skipped.explanation} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="hint">{t('rec.progress.validity', { from: formatDate(item.validFrom, lang), until: item.validUntil ? formatDate(item.validUntil, lang) : t('rec.openEnded') })}</p>
    </article>
  );
}
