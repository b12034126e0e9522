import { describe, expect, it } from 'vitest';
import { applicationActions, applicationStates, availableActions, decide, deadlineRules, terminalStates, transitions } from './transitions.js';

const roles = ['provider-admin', 'center-officer', 'expert', 'council-member', 'learner', null] as const;

describe('the transition table', () => {
  it('answers every state × action × role: a step the table lists for that role, else a refusal with a reason', () => {
    let allowed = 0;
    for (const state of applicationStates) {
      for (const action of applicationActions) {
        for (const role of roles) {
          const verdict = decide(state, action, role);
          const row = transitions.find((transition) => transition.from === state && transition.action === action);
          if (!row) {
            expect(verdict).toMatchObject({ ok: false, reason: 'wrong-state' });
          } else if (role === null || role === 'learner' || !row.roles.includes(role)) {
            expect(verdict).toMatchObject({ ok: false, reason: 'wrong-role' });
          } else {
            expect(verdict).toEqual({ ok: true, transition: row });
            allowed += 1;
          }
          if (!verdict.ok) expect(verdict.message.length).toBeGreaterThan(10);
        }
      }
    }
    expect(allowed).toBe(transitions.reduce((sum, transition) => sum + transition.roles.length, 0));
  });

  it('has one row per (state, action) and only known states', () => {
    const keys = transitions.map((transition) => `${transition.from}:${transition.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const transition of transitions) {
      expect(applicationStates).toContain(transition.from);
      expect(applicationStates).toContain(transition.to);
    }
  });

  it('lets nothing leave a terminal state', () => {
    for (const state of terminalStates) expect(transitions.filter((transition) => transition.from === state)).toEqual([]);
  });

  it('reaches every state from a draft', () => {
    const reached = new Set<string>(['draft']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const transition of transitions) {
        if (reached.has(transition.from) && !reached.has(transition.to)) {
          reached.add(transition.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...applicationStates].sort());
  });

  it('gives each deadline its legal basis and the lengths of the guide', () => {
    expect(deadlineRules['center.admissibility']).toMatchObject({ length: 3, unit: 'working' });
    expect(deadlineRules['center.decision']).toMatchObject({ length: 60, unit: 'working' });
    expect(deadlineRules['center.seeker-order']).toMatchObject({ length: 10, unit: 'calendar' });
    expect(deadlineRules['center.seeker-order-after-correction']).toMatchObject({ length: 15, unit: 'working' });
    expect(deadlineRules['center.expert-group-order']).toMatchObject({ length: 10, unit: 'working' });
    expect(deadlineRules['provider.recusal-window']).toMatchObject({ length: 2, unit: 'working' });
    expect(deadlineRules['center.recusal-decision']).toMatchObject({ length: 3, unit: 'working' });
    expect(deadlineRules['provider.position-window']).toMatchObject({ length: 5, unit: 'calendar' });
    expect(deadlineRules['council.minutes']).toMatchObject({ length: 10, unit: 'working' });
    for (const rule of Object.values(deadlineRules)) expect(rule.legalBasis).toMatch(/^Guide [IVX]+/);
  });

  it('shows each role only its own steps', () => {
    expect(availableActions('submitted', 'center-officer').sort()).toEqual(['recognise-seeker', 'set-deficiencies']);
    expect(availableActions('submitted', 'provider-admin')).toEqual(['withdraw']);
    expect(availableActions('hearing-scheduled', 'council-member')).toEqual(['record-decision']);
    expect(availableActions('draft', 'learner')).toEqual([]);
  });
});
