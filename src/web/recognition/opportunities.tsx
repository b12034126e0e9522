// The course page's "Recognition opportunities": each agreement in force that lists the course,
// what it counts for, toward which component of which programme, and what it combines with.
import { Text } from '../components/common.js';
import { formatDate, useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useApi } from '../use-api.js';
import type { CourseOpportunity } from './types.js';

export function RecognitionOpportunities({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const answer = useApi<{ items: CourseOpportunity[] }>(`/api/courses/${encodeURIComponent(code)}/recognition-agreements`);
  // The rest of the page stands without this section: say nothing while it loads or if it fails.
  if (answer.status !== 'ready') return null;
  return (
    <section className="course-section" aria-labelledby="recognition-opportunities-heading" id="recognition-opportunities">
      <h2 className="heading-l" id="recognition-opportunities-heading">
        {t('rec.opp.heading')}
      </h2>
      {answer.data.items.length === 0 ? <p>{t('rec.opp.none')}</p> : null}
      <ul className="list">
        {answer.data.items.flatMap((item) =>
          item.components.map((component, index) => (
            <li key={`${item.id}-${index}`} className="recognition-opportunity">
              <p>
                {t('rec.opp.item', {
                  ects: component.ects,
                  cap: component.capEcts,
                  component: component.name[lang],
                  programme: item.programme.name[lang],
                  provider: item.provider.name[lang],
                })}
              </p>
              {component.otherCourses.length > 0 ? (
                <p>
                  {t('rec.opp.with')}{' '}
                  {component.otherCourses.map((other, position) => (
                    <span key={other.code}>
                      {position > 0 ? ', ' : ''}
                      <Link to={`/courses/${encodeURIComponent(other.code)}`} className="link">
                        <Text value={other.title} />
                      </Link>{' '}
                      ({other.ects} ECTS)
                    </span>
                  ))}
                </p>
              ) : null}
              <p className="hint">
                {t('rec.validity', { from: formatDate(item.validFrom, lang), until: item.validUntil ? formatDate(item.validUntil, lang) : t('rec.openEnded') })}
              </p>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
