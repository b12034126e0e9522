// The learner's page: the link in the e-mail opens the credential (no sign-in; the token in the
// address is the key), with its state, every EU element in the interface's language, and the
// downloads.
import { ApiError, type ClaimedCredential } from '../api.js';
import { LoadError, Loading, usePageTitle } from '../components/common.js';
import { CredentialDownloads, CredentialElementsView, CredentialStateNotice } from '../credentials/view.js';
import { formatDate, otherLang, useI18n } from '../i18n.js';
import { useApi } from '../use-api.js';
import { WalletOfferSection } from '../credentials/wallet-offer.js';
import { KeepInAccount } from './my-credentials.js';

export function ClaimPage({ token }: { token: string }) {
  const { t } = useI18n();
  const claimed = useApi<ClaimedCredential>(`/api/claims/${encodeURIComponent(token)}`);
  usePageTitle(claimed.status === 'error' ? t('claim.notFound') : t('claim.title'));
  if (claimed.status === 'loading') return <Loading />;
  if (claimed.status === 'error') {
    const error = claimed.error;
    if (error instanceof ApiError && (error.status === 404 || error.status === 400 || error.status === 422)) {
      return (
        <>
          <h1 className="heading-xl">{t('claim.notFound')}</h1>
          <p>{t('claim.notFoundBody')}</p>
        </>
      );
    }
    return (
      <>
        <h1 className="heading-xl">{t('claim.title')}</h1>
        <LoadError error={error} />
      </>
    );
  }
  return <ClaimView token={token} credential={claimed.data} />;
}

function ClaimView({ token, credential }: { token: string; credential: ClaimedCredential }) {
  const { t, lang } = useI18n();
  const { elements } = credential;
  const title = elements.title;
  return (
    <>
      <p className="caption">{t('claim.caption')}</p>
      <h1 className="heading-xl" lang={title ? lang : undefined}>
        {title ? title[lang] : t('claim.title')}
      </h1>
      {title ? (
        <p className="title-alt">
          <span lang={otherLang(lang)}>{title[otherLang(lang)]}</span>
        </p>
      ) : null}
      <p className="lead">
        {t('claim.lead', {
          name: elements.learnerName ?? '',
          date: formatDate(elements.awardedDate ?? credential.awardDate, lang),
          issuer: elements.issuer.name ?? elements.issuer.id ?? '',
        })}
      </p>
      <CredentialStateNotice state={credential.state} />
      <CredentialDownloads base={`/api/claims/${encodeURIComponent(token)}/download`} verifyUrl={credential.verifyUrl} />
      <KeepInAccount token={token} credentialId={credential.id} />
      <WalletOfferSection offerPath={`/api/claims/${encodeURIComponent(token)}/wallet-offer`} state={credential.state} />
      <CredentialElementsView elements={elements} issuedAt={credential.issuedAt} credentialId={credential.id} />
    </>
  );
}
