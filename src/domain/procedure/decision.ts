import type { Bilingual } from '../course/description.js';

export const councilDecisions = ['grant', 'grant-with-monitoring', 'refuse'] as const;
export type CouncilDecision = (typeof councilDecisions)[number];

export const councilDecisionLabels: Record<CouncilDecision, Bilingual> = {
  grant: { en: 'Grant the right', ka: 'უფლების მინიჭება' },
  'grant-with-monitoring': { en: 'Grant the right subject to monitoring', ka: 'უფლების მინიჭება მონიტორინგის პირობით' },
  refuse: { en: 'Refuse the right', ka: 'უფლების მინიჭებაზე უარი' },
};

