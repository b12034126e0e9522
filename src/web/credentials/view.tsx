// Pieces of the credential screens shared by the learner's claim page and the provider's pages:
// the state (tag and notice), every EU element of a credential, and the downloads.
import type { ReactNode } from 'react';
import { credentialFormats, type CredentialElements, type CredentialFormat, type CredentialState } from '../api.js';
import { BilingualList, SummaryList, SummaryRow, Text } from '../components/common.js';
import { type Bilingual, countryName, formatDate, formatDateTime, formatNumber, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';

const stateTagClass: Record<CredentialState, string> = {
  valid: 'tag--green',
  suspended: 'tag--orange',
  revoked: 'tag--red',
};

export function CredentialStateTag({ state, small = false }: { state: CredentialState; small?: boolean }) {
  const { t } = useI18n();
  return <strong className={`tag ${stateTagClass[state]}${small ? ' tag--small' : ''}`}>{t(`cr.state.${state}` as MessageKey)}</strong>;
}

/** The state said in words and colour: a valid credential calmly, a suspended or revoked one loudly. */
export function CredentialStateNotice({ state }: { state: CredentialState }) {
  const { t } = useI18n();
  const kind = state === 'valid' ? 'notice--success' : state === 'suspended' ? 'notice--important credential-state--suspended' : 'notice--error';
  return (
    <div className={`notice credential-state ${kind}`} role={state === 'valid' ? 'note' : 'alert'}>
      <p className="credential-state__title">
        <span className="visually-hidden">{t('cr.state')}: </span>
        <CredentialStateTag state={state} /> <strong>{t(`cr.stateNotice.${state}` as MessageKey)}</strong>
      </p>
      <p>{t(`cr.stateNotice.${state}Detail` as MessageKey)}</p>
    </div>
  );
}

function Absent() {
  const { t } = useI18n();
  return <span className="muted">{t('cr.el.absent')}</span>;
}

function Value({ value }: { value: Bilingual | null }) {
  return value ? <Text value={value} as="div" className="prose" /> : <Absent />;
}

function Items({ items }: { items: Bilingual[] }) {
  return items.length === 0 ? <Absent /> : <BilingualList items={items} />;
}

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="credential-group" aria-labelledby={`${id}-heading`}>
      <h3 className="heading-m" id={`${id}-heading`}>
        {title}
      </h3>
      <SummaryList>{children}</SummaryList>
    </section>
  );
}

/** Every element of a credential, in the interface's language, grouped as on the certificate. */
export function CredentialElementsView({ elements, issuedAt, credentialId }: { elements: CredentialElements; issuedAt?: string; credentialId?: string }) {
  const { t, lang } = useI18n();
  const e = elements;
  const number = (value: number | null) => (value === null ? <Absent /> : formatNumber(value, lang));
  return (
    <section className="credential-elements" aria-labelledby="elements-heading">
      <h2 className="heading-l" id="elements-heading">
        {t('cr.el.heading')}
      </h2>
      <p>{t('cr.el.lead')}</p>
      {e.missing.length > 0 ? (
        <div className="notice notice--error" role="note">
          <p>{t('cr.el.missing', { n: e.missing.length })}</p>
        </div>
      ) : null}

      <Group id="el-award" title={t('cr.sec.award')}>
        <SummaryRow label={t('cr.el.learnerName')}>{e.learnerName ?? <Absent />}</SummaryRow>
        <SummaryRow label={t('cr.el.title')}>
          <Value value={e.title} />
        </SummaryRow>
        <SummaryRow label={t('cr.el.awardedDate')}>{e.awardedDate ? formatDate(e.awardedDate, lang) : <Absent />}</SummaryRow>
        {issuedAt ? <SummaryRow label={t('cr.el.issuedAt')}>{formatDateTime(issuedAt, lang)}</SummaryRow> : null}
      </Group>

      <Group id="el-providers" title={t('cr.sec.providers')}>
        <SummaryRow label={t('cr.el.awardingBodies')}>
          <Items items={e.awardingBodies} />
        </SummaryRow>
        <SummaryRow label={t('cr.el.deliveringInstitutions')}>
          <Items items={e.deliveringInstitutions} />
        </SummaryRow>
        <SummaryRow label={t('cr.el.country')}>{e.country ? countryName(e.country, lang) : <Absent />}</SummaryRow>
        <SummaryRow label={t('cr.el.region')}>
          <Value value={e.region} />
        </SummaryRow>
      </Group>

      <Group id="el-outcomes" title={t('cr.sec.outcomes')}>
        <SummaryRow label={t('cr.el.knowledge')}>
          <Items items={e.learningOutcomes.knowledge} />
        </SummaryRow>
        <SummaryRow label={t('cr.el.skills')}>
          <Items items={e.learningOutcomes.skills} />
        </SummaryRow>
        <SummaryRow label={t('cr.el.responsibilityAutonomy')}>
          <Items items={e.learningOutcomes.responsibilityAutonomy} />
        </SummaryRow>
      </Group>

      <Group id="el-level" title={t('cr.sec.level')}>
        <SummaryRow label={t('cr.el.ectsCredits')}>{number(e.ectsCredits)}</SummaryRow>
        {e.notionalWorkloadHours !== null ? (
          <SummaryRow label={t('cr.el.workloadHours')}>{t('cr.el.hours', { n: formatNumber(e.notionalWorkloadHours, lang) })}</SummaryRow>
        ) : null}
        <SummaryRow label={t('cr.el.nqfLevel')}>{number(e.nqfLevel)}</SummaryRow>
        <SummaryRow label={t('cr.el.eqfLevel')}>{number(e.eqfLevel)}</SummaryRow>
        <SummaryRow label={t('cr.el.qfEheaCycle')}>{e.qfEheaCycle ? <Text value={e.qfEheaCycle.label} /> : <Absent />}</SummaryRow>
      </Group>

      <Group id="el-assessment" title={t('cr.sec.assessment')}>
        <SummaryRow label={t('cr.el.assessmentType')}>
          <Value value={e.assessmentType} />
        </SummaryRow>
        <SummaryRow label={t('cr.el.participationMode')}>
          {e.participationMode ? <Text value={e.participationMode.label} /> : <Absent />}
        </SummaryRow>
        <SummaryRow label={t('cr.el.participationDetails')}>
          <Value value={e.participationDetails} />
        </SummaryRow>
      </Group>

      <Group id="el-qa" title={t('cr.sec.qa')}>
        <SummaryRow label={t('cr.el.qaInternal')}>
          <Value value={e.qualityAssurance.internal} />
        </SummaryRow>
        <SummaryRow label={t('cr.el.qaExternal')}>
          <Value value={e.qualityAssurance.external} />
        </SummaryRow>
      </Group>

      <Group id="el-issuer" title={t('cr.sec.issuer')}>
        {e.issuer.name ? <SummaryRow label={t('cr.el.issuerName')}>{e.issuer.name}</SummaryRow> : null}
        <SummaryRow label={t('cr.el.issuer')}>{e.issuer.id ? <code className="code code--break">{e.issuer.id}</code> : <Absent />}</SummaryRow>
        <SummaryRow label={t('cr.el.courseCode')}>{e.courseCode ? <span className="code">{e.courseCode}</span> : <Absent />}</SummaryRow>
        <SummaryRow label={t('cr.el.courseVersion')}>{e.courseVersion ?? <Absent />}</SummaryRow>
        {e.registryUrl ? (
          <SummaryRow label={t('cr.el.registryUrl')}>
            <a className="link code--break" href={e.registryUrl}>
              {e.registryUrl}
            </a>
          </SummaryRow>
        ) : null}
        {credentialId ? (
          <SummaryRow label={t('cr.el.id')}>
            <code className="code code--break">{credentialId}</code>
          </SummaryRow>
        ) : null}
      </Group>
    </section>
  );
}

const formatLabels: Record<CredentialFormat, { name: MessageKey; hint: MessageKey }> = {
  json: { name: 'cr.dl.json', hint: 'cr.dl.jsonHint' },
  pdf: { name: 'cr.dl.pdf', hint: 'cr.dl.pdfHint' },
  png: { name: 'cr.dl.png', hint: 'cr.dl.pngHint' },
  svg: { name: 'cr.dl.svg', hint: 'cr.dl.svgHint' },
  elm: { name: 'cr.dl.elm', hint: 'cr.dl.elmHint' },
};

/**
 * The five files of a credential. `base` is the download address without the format
 * (`/api/claims/<token>/download`); the server names each file (Content-Disposition).
 */
export function CredentialDownloads({ base, idPrefix = 'dl', headingLevel = 2, verifyUrl }: { base: string; idPrefix?: string; headingLevel?: 2 | 3; verifyUrl?: string }) {
  const { t } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="credential-downloads" aria-labelledby={`${idPrefix}-heading`}>
      <Heading className={headingLevel === 2 ? 'heading-l' : 'heading-m'} id={`${idPrefix}-heading`}>
        {t('cr.dl.heading')}
      </Heading>
      <p>{t('cr.dl.lead')}</p>
      <ul className="downloads">
        {credentialFormats.map((format) => (
          <li key={format} className="downloads__item">
            <a
              className="button button--secondary downloads__link"
              href={`${base}/${format}`}
              download
              aria-describedby={`${idPrefix}-${format}-hint`}
            >
              {t(formatLabels[format].name)}
            </a>
            <span className="hint downloads__hint" id={`${idPrefix}-${format}-hint`}>
              {t(formatLabels[format].hint)}
            </span>
          </li>
        ))}
      </ul>
      {verifyUrl ? (
        <p>
          <a className="link code--break" href={verifyUrl} aria-describedby={`${idPrefix}-verify-hint`}>
            {t('cr.verify')}
          </a>
          <span className="hint" id={`${idPrefix}-verify-hint`}>
            {' '}
            {t('cr.verifyHint')}
          </span>
        </p>
      ) : null}
    </section>
  );
}
