// The page a share link opens, for an employer or anyone the learner gave it to: the credential's
// elements and its verification, done live on each visit, and nothing else about the learner. An
// expired, withdrawn or unknown link gets one plain "no longer shared" page (the API answers 404
// for all three, so the page cannot tell them apart either).
import { ApiError } from '../api.js';
import { LoadError, Loading, usePageTitle } from '../components/common.js';
import { formatDateTime, useI18n } from '../i18n.js';
import { useApi } from '../use-api.js';
import { type VerificationResult, VerificationReport } from './verify.js';

interface SharedCredential {
  credentialId: string;
  sharedUntil: string;
  result: VerificationResult;
}

export function SharedPage({ token }: { token: string }) {
  const { t, lang } = useI18n();
  const shared = useApi<SharedCredential>(`/api/shared/${encodeURIComponent(token)}`);
  const gone = shared.status === 'error' && shared.error instanceof ApiError && [400, 404, 410, 422].includes(shared.error.status);
  usePageTitle(gone ? t('shared.gone') : t('shared.title'));
  if (shared.status === 'loading') return <Loading />;
  if (shared.status === 'error') {
    return (
      <>
        <h1 className="heading-xl">{gone ? t('shared.gone') : t('shared.title')}</h1>
        {gone ? <p>{t('shared.goneBody')}</p> : <LoadError error={shared.error} />}
      </>
    );
  }
  return (
    <>
      <h1 className="heading-xl">{t('shared.title')}</h1>
      <p className="lead">{t('shared.lead')}</p>
      <p className="hint">{t('shared.until', { date: formatDateTime(shared.data.sharedUntil, lang) })}</p>
      <VerificationReport result={shared.data.result} />
    </>
  );
}
