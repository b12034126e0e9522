// The stage of an application as a tag: colour and words, never colour alone.
import { useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import type { ApplicationState } from './types.js';

const stateTag: Partial<Record<ApplicationState, string>> = {
  draft: 'tag--grey',
  deficiencies: 'tag--orange',
  'without-review': 'tag--red',
  withdrawn: 'tag--grey',
  published: 'tag--green',
  registered: 'tag--green',
  'registration-rejected': 'tag--red',
  appealed: 'tag--orange',
};

export function StateTag({ state }: { state: ApplicationState }) {
  const { t } = useI18n();
  return <strong className={`tag ${stateTag[state] ?? 'tag--blue'}`}>{t(`state.${state}` as MessageKey)}</strong>;
}
