import { describe, expect, it } from 'vitest';
import { governingRight, type RightRecord, rightStatusOn } from './status.js';

const right = (overrides: Partial<RightRecord> = {}): RightRecord => ({
  kind: 'right',
  effectiveFrom: '2025-03-01',
  validUntil: '2027-02-28',
  suspendedFrom: null,
  terminatedFrom: null,
  ...overrides,
});

describe('the status of a right on a date', () => {
  it('is "not granted" with no right, and before the decision takes effect', () => {
    expect(rightStatusOn(null, '2026-01-01')).toBe('not-granted');
    expect(rightStatusOn(right(), '2025-02-28')).toBe('not-granted');
  });
  it('is valid from the day it takes effect to its last day', () => {
    expect(rightStatusOn(right(), '2025-03-01')).toBe('valid');
    expect(rightStatusOn(right(), '2027-02-28')).toBe('valid');
  });
  it('has expired the day after its last day', () => {
    expect(rightStatusOn(right(), '2027-03-01')).toBe('expired');
  });
  it('is suspended from the suspension date, and terminated from the termination date', () => {
    expect(rightStatusOn(right({ suspendedFrom: '2026-01-10' }), '2026-01-09')).toBe('valid');
    expect(rightStatusOn(right({ suspendedFrom: '2026-01-10' }), '2026-01-10')).toBe('suspended');
    expect(rightStatusOn(right({ suspendedFrom: '2026-01-10', terminatedFrom: '2026-02-01' }), '2026-02-01')).toBe('terminated');
  });
  it('never lapses for a registration of a higher education institution', () => {
    expect(rightStatusOn(right({ kind: 'hei-registration', validUntil: null }), '2040-01-01')).toBe('valid');
  });
  it('is governed by the latest right that has taken effect', () => {
    const old = right({ effectiveFrom: '2023-01-01', validUntil: '2024-12-31' });
    const renewed = right({ effectiveFrom: '2025-03-01' });
    expect(governingRight([old, renewed], '2024-06-01')).toBe(old);
    expect(governingRight([old, renewed], '2025-06-01')).toBe(renewed);
    expect(governingRight([renewed], '2025-01-01')).toBeNull();
  });
});
