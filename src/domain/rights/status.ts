// Where a provider's right to implement a course (or its registration as a higher
// education institution) stands on a given calendar date in Tbilisi.

export type RightKind = 'right' | 'hei-registration';
export type RightStatus = 'valid' | 'expired' | 'suspended' | 'terminated' | 'not-granted';
export const rightStatuses: readonly RightStatus[] = ['valid', 'expired', 'suspended', 'terminated', 'not-granted'];

export interface RightRecord {
  kind: RightKind;
  /** The date the decision took effect (its publication), 'YYYY-MM-DD'. */
  effectiveFrom: string;
  /** The last day of validity; null for a registration, which does not lapse. */
  validUntil: string | null;
  suspendedFrom: string | null;
  terminatedFrom: string | null;
}

/** Dates are ISO 'YYYY-MM-DD' strings, which compare correctly as text. */
export function rightStatusOn(right: RightRecord | null, date: string): RightStatus {
  if (!right || date < right.effectiveFrom) return 'not-granted';
  if (right.terminatedFrom !== null && date >= right.terminatedFrom) return 'terminated';
  if (right.suspendedFrom !== null && date >= right.suspendedFrom) return 'suspended';
  if (right.validUntil !== null && date > right.validUntil) return 'expired';
  return 'valid';
}

/** The right that governs a date: the latest one that had taken effect by then, else the earliest pending. */
export function governingRight<R extends RightRecord>(rights: readonly R[], date: string): R | null {
  const started = rights.filter((right) => right.effectiveFrom <= date);
  if (started.length > 0) return started.reduce((a, b) => (b.effectiveFrom > a.effectiveFrom ? b : a));
  return null;
}
