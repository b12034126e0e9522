import { describe, expect, it } from 'vitest';
import { rightToIssue } from './right-to-issue.js';
import type { RightRecord } from './status.js';

const right: RightRecord = { kind: 'right', effectiveFrom: '2025-03-01', validUntil: '2027-02-28', suspendedFrom: null, terminatedFrom: null };

describe('the right to issue on a date of award', () => {
  it('allows an award within the right, on its first and last day', () => {
    expect(rightToIssue([right], '2025-03-01')).toMatchObject({ allowed: true, right });
    expect(rightToIssue([right], '2027-02-28').allowed).toBe(true);
  });

  it('refuses before the right, after it expired, while suspended and after termination, with reasons in both languages', () => {
    expect(rightToIssue([right], '2025-02-28')).toMatchObject({ allowed: false, status: 'not-granted', right: null });
    const expired = rightToIssue([right], '2027-03-01');
    expect(expired).toMatchObject({ allowed: false, status: 'expired', reason: { en: expect.stringContaining('expired by 2027-03-01') } });
    expect(expired.allowed ? '' : expired.reason.ka).toContain('ვადა');
    expect(rightToIssue([{ ...right, suspendedFrom: '2026-01-10' }], '2026-01-10')).toMatchObject({ allowed: false, status: 'suspended' });
    expect(rightToIssue([{ ...right, suspendedFrom: '2026-01-10' }], '2026-01-09').allowed).toBe(true);
    expect(rightToIssue([{ ...right, terminatedFrom: '2026-05-01' }], '2026-06-01')).toMatchObject({ allowed: false, status: 'terminated' });
  });

  it('refuses with no rights at all, and follows a renewed right', () => {
    expect(rightToIssue([], '2026-01-01')).toMatchObject({ allowed: false, status: 'not-granted' });
    const renewed: RightRecord = { ...right, effectiveFrom: '2027-03-05', validUntil: '2029-03-04' };
    expect(rightToIssue([right, renewed], '2027-03-03').allowed).toBe(false);
    expect(rightToIssue([right, renewed], '2027-03-05')).toMatchObject({ allowed: true, right: renewed });
  });

  it('allows a registered higher education institution without an end date', () => {
    const registration: RightRecord = { kind: 'hei-registration', effectiveFrom: '2024-09-01', validUntil: null, suspendedFrom: null, terminatedFrom: null };
    expect(rightToIssue([registration], '2030-01-01').allowed).toBe(true);
  });
});
