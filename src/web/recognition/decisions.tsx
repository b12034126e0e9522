// The recognition decisions universities recorded on the signed-in learner's credentials: what was
// recognised (how many ECTS, toward which programme and component) or refused, and why.
import { Loading, LoadError } from '../components/common.js';
import { type Bilingual, formatDate, useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useApi } from '../use-api.js';

interface LearnerDecision {
  id: string;
  credentialId: string | null;
  credentialTitle: string | Bilingual | null;
  university: Bilingual;
  outcome: 'recognised' | 'refused';
  credits: number | null;
  programme: string;
  component: string | null;
  reason: string | null;
  decidedAt: string;
}

export function LearnerRecognitionDecisions() {
  const { t, lang } = useI18n();
  const decisions = useApi<{ items: LearnerDecision[] }>('/api/me/recognition-decisions');
  const text = (value: string | Bilingual | null) => (value === null ? '—' : typeof value === 'string' ? value : value[lang] || value.en || value.ka);
  return (
    <section aria-labelledby="recognition-decisions-heading">
      <h2 id="recognition-decisions-heading" className="heading-l">
        {t('rr.my.title')}
      </h2>
      {decisions.status === 'loading' ? <Loading /> : null}
      {decisions.status === 'error' ? <LoadError error={decisions.error} /> : null}
      {decisions.status === 'ready' && decisions.data.items.length === 0 ? <p>{t('rr.my.none')}</p> : null}
      {decisions.status === 'ready' && decisions.data.items.length > 0 ? (
        <ul className="list">
          {decisions.data.items.map((decision) => (
            <li key={decision.id} data-testid="recognition-decision">
              <p>
                <strong>{text(decision.university)}</strong> · {formatDate(decision.decidedAt.slice(0, 10), lang)}
                {decision.credentialId ? (
                  <>
                    {' · '}
                    <Link to={`/my/credentials/${decision.credentialId}`} className="link">
                      {text(decision.credentialTitle)}
                    </Link>
                  </>
                ) : null}
              </p>
              <p>
                {decision.outcome === 'recognised'
                  ? t('rr.my.recognised').replace('{credits}', String(decision.credits)).replace('{programme}', [decision.programme, decision.component].filter(Boolean).join(' — '))
                  : t('rr.my.refused').replace('{programme}', decision.programme)}
              </p>
              {decision.reason ? <p className="hint">{decision.reason}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
