// The nine steps of designing a micro-credential course (guide section XV), as data
// (design-steps.json), and who may take part in a step. Recorded per course; they feed
// standard 1.3 of the application.
import stepData from './design-steps.json' with { type: 'json' };
import type { Bilingual } from './description.js';

export interface DesignStep {
  number: number;
  title: Bilingual;
  asks: Bilingual;
}

export const designSteps: readonly DesignStep[] = stepData.steps;
export const DESIGN_STEP_COUNT = 9;
export const participantKinds = ['employer', 'association', 'regulator', 'other'] as const;
export type ParticipantKind = (typeof participantKinds)[number];

export interface DesignStepParticipant {
  kind: ParticipantKind;
  name: string;
}
