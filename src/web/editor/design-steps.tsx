// The nine design steps of the course (guide section XV) as a checklist: each step completed
// or not, who took part and the evidence; provider administrators record a step here.
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { LoadError, Loading } from '../components/common.js';
import { type Bilingual, useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { useApi } from '../use-api.js';

type Kind = 'employer' | 'association' | 'regulator' | 'other';
const kinds: Kind[] = ['employer', 'association', 'regulator', 'other'];

interface StepItem {
  step: number;
  title: Bilingual;
  asks: Bilingual;
  completed: boolean;
  participants: { kind: Kind; name: string }[];
  evidence: string | null;
  fileSha256: string | null;
}

interface StepsResponse {
  completed: number;
  total: number;
  items: StepItem[];
}

export function DesignSteps({ code, canEdit }: { code: string | null; canEdit: boolean }) {
  const { t } = useI18n();
  return (
    <section className="editor__section" aria-labelledby="ed-design-steps">
      <h2 className="heading-l" id="ed-design-steps">
        {t('ds.title')}
      </h2>
      <p className="hint">{t('ds.lead')}</p>
      {code ? <StepList code={code} canEdit={canEdit} /> : <p>{t('ds.saveFirst')}</p>}
    </section>
  );
}

function StepList({ code, canEdit }: { code: string; canEdit: boolean }) {
  const { t } = useI18n();
  const path = `/api/workspace/courses/${encodeURIComponent(code)}/design-steps`;
  const loaded = useApi<StepsResponse>(path);
  const [saved, setSaved] = useState<Record<number, StepItem>>({});
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadError error={loaded.error} />;
  const items = loaded.data.items.map((item) => saved[item.step] ?? item);
  const done = items.filter((item) => item.completed).length;
  return (
    <>
      <p aria-live="polite">
        <strong>{t('ds.progress', { done, total: items.length })}</strong>
      </p>
      <ol className="design-steps">
        {items.map((item) => (
          <StepRow key={item.step} path={path} item={item} canEdit={canEdit} onSaved={(next) => setSaved((current) => ({ ...current, [next.step]: next }))} />
        ))}
      </ol>
    </>
  );
}

function StepRow({ path, item, canEdit, onSaved }: { path: string; item: StepItem; canEdit: boolean; onSaved: (item: StepItem) => void }) {
  const { t, lang } = useI18n();
  const [participants, setParticipants] = useState(item.participants);
  const [evidence, setEvidence] = useState(item.evidence ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const id = `ds-${item.step}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setMessage(null);
    try {
      const next = await api<StepItem>(`${path}/${item.step}`, { method: 'PUT', body: { participants, evidence, fileSha256: item.fileSha256 } });
      onSaved(next);
      setMessage({ ok: true, text: t('ds.saved', { n: item.step }) });
    } catch (error) {
      const text =
        error instanceof ApiError ? (error.problem?.errors?.map((e) => `${e.path}: ${e.message}`).join(' ') || error.problem?.detail || error.message) : t('error.network');
      setMessage({ ok: false, text });
    } finally {
      setSaving(false);
    }
  }

  return (
    <li className="design-steps__item" id={id}>
      <h3 className="heading-s">
        {t('ds.stepN', { n: item.step, title: item.title[lang] })}{' '}
        <span className={`tag tag--small ${item.completed ? 'tag--green' : 'tag--grey'}`}>{item.completed ? t('ds.completed') : t('ds.notCompleted')}</span>
      </h3>
      <p className="hint">{item.asks[lang]}</p>
      {!canEdit ? (
        <>
          <p>
            {t('ds.participants')}:{' '}
            {item.participants.length > 0 ? item.participants.map((p) => `${p.name} (${t(`ds.kind.${p.kind}` as MessageKey)})`).join('; ') : t('ds.none')}
          </p>
          {item.evidence ? (
            <p>
              {t('ds.evidence')}: {item.evidence}
            </p>
          ) : null}
        </>
      ) : (
        <form onSubmit={(event) => void save(event)} noValidate aria-labelledby={`${id}-legend`}>
          <fieldset className="fieldset">
            <legend className="fieldset__legend fieldset__legend--s" id={`${id}-legend`}>
              {t('ds.participants')}, {t('ds.stepN', { n: item.step, title: item.title[lang] })}
            </legend>
            {participants.length === 0 ? <p>{t('ds.none')}</p> : null}
            {participants.map((participant, n) => (
              <div className="inline-fields" key={n}>
                <div className="form-group">
                  <label className="label" htmlFor={`${id}-kind-${n}`}>
                    {t('ds.participantKind', { n: n + 1 })}
                  </label>
                  <select
                    className="select"
                    id={`${id}-kind-${n}`}
                    value={participant.kind}
                    onChange={(event) => setParticipants((list) => list.map((p, m) => (m === n ? { ...p, kind: event.target.value as Kind } : p)))}
                  >
                    {kinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`ds.kind.${kind}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="form-group">
                  <label className="label" htmlFor={`${id}-name-${n}`}>
                    {t('ds.participantName', { n: n + 1 })}
                  </label>
                  <input
                    className="input input--m"
                    id={`${id}-name-${n}`}
                    value={participant.name}
                    onChange={(event) => setParticipants((list) => list.map((p, m) => (m === n ? { ...p, name: event.target.value } : p)))}
                  />
                </div>
                <button type="button" className="button button--secondary button--small" onClick={() => setParticipants((list) => list.filter((_, m) => m !== n))}>
                  {t('ds.removeParticipant', { n: n + 1 })}
                </button>
              </div>
            ))}
            <button type="button" className="button button--secondary" onClick={() => setParticipants((list) => [...list, { kind: 'employer', name: '' }])}>
              {t('ds.addParticipant')}
            </button>
          </fieldset>
          <div className="form-group">
            <label className="label" htmlFor={`${id}-evidence`}>
              {t('ds.evidence')}
            </label>
            <div className="hint" id={`${id}-evidence-hint`}>
              {t('ds.evidenceHint')}
            </div>
            <textarea className="textarea" id={`${id}-evidence`} rows={3} value={evidence} aria-describedby={`${id}-evidence-hint`} onChange={(event) => setEvidence(event.target.value)} />
          </div>
          <button type="submit" className="button" disabled={saving}>
            {t('ds.save', { n: item.step })}
          </button>
          <div aria-live="polite">{message ? <p className={message.ok ? '' : 'error-message'}>{message.text}</p> : null}</div>
        </form>
      )}
    </li>
  );
}
