// "Add to a wallet (OID4VCI)": asks the server for a credential offer (pre-authorized code, single
// use, ten minutes) and shows what a wallet app takes: the QR code, the openid-credential-offer://
// link, and the PIN the wallet will ask for. Used on the claim page; `offerPath` is the POST that
// makes the offer (/api/claims/{token}/wallet-offer, or /api/me/credentials/{id}/wallet-offer).
import { useState } from 'react';
import { api } from '../api.js';
import { LoadError } from '../components/common.js';
import { formatDateTime, useI18n } from '../i18n.js';

interface WalletOffer {
  offerUri: string;
  txCode: string | null;
  qrCode: string;
  expiresAt: string;
}

export function WalletOfferSection({ offerPath, state }: { offerPath: string; state: 'valid' | 'revoked' | 'suspended' }) {
  const { t, lang } = useI18n();
  const [offer, setOffer] = useState<WalletOffer | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function makeOffer() {
    setBusy(true);
    setError(null);
    try {
      setOffer(await api<WalletOffer>(offerPath, { method: 'POST', body: {} }));
    } catch (caught) {
      setOffer(null);
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="wallet-offer" aria-labelledby="wallet-heading">
      <h2 className="heading-l" id="wallet-heading">
        {t('wallet.heading')}
      </h2>
      <p>{t('wallet.lead')}</p>
      {state !== 'valid' ? (
        <p className="hint">{t('wallet.notValid')}</p>
      ) : (
        <>
          {error ? <LoadError error={error} /> : null}
          {offer ? (
            <div className="inset" aria-live="polite">
              <p>{t('wallet.scan')}</p>
              <img src={offer.qrCode} alt={t('wallet.qrAlt')} width={240} height={240} />
              <p>
                <a className="button" href={offer.offerUri}>
                  {t('wallet.link')}
                </a>
              </p>
              <p className="hint">{t('wallet.copyHint')}</p>
              <p>
                <code className="code code--break" data-testid="wallet-offer-uri">
                  {offer.offerUri}
                </code>
              </p>
              {offer.txCode ? (
                <>
                  <p className="heading-m" id="wallet-pin-label">
                    {t('wallet.pin')}: <strong data-testid="wallet-pin">{offer.txCode}</strong>
                  </p>
                  <p className="hint">{t('wallet.pinHint')}</p>
                </>
              ) : null}
              <p>{t('wallet.expires', { time: formatDateTime(offer.expiresAt, lang) })}</p>
            </div>
          ) : null}
          <button type="button" className={offer ? 'button button--secondary' : 'button'} onClick={() => void makeOffer()} disabled={busy}>
            {busy ? t('wallet.creating') : offer ? t('wallet.again') : t('wallet.button')}
          </button>
        </>
      )}
    </section>
  );
}
