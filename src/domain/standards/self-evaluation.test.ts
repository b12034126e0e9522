import { describe, expect, it } from 'vitest';
import { listComponents, standardsCatalogue } from './catalogue.js';
import {
  type SelfEvaluationAnswer,
  checkSelfEvaluation,
  emptySelfEvaluation,
  selfEvaluationCompleteness,
} from './self-evaluation.js';

const catalogue = standardsCatalogue('2025-draft');
const ids = listComponents(catalogue).map((component) => component.id);

function complete(): SelfEvaluationAnswer[] {
  return ids.map((id) => ({ componentNumber: id, text: `How we meet ${id}.`, evidenceFileIds: [`sha256-${id}`] }));
}
const without = (id: string) => complete().filter((answer) => answer.componentNumber !== id);
const withText = (id: string, text: string) =>
  complete().map((answer) => (answer.componentNumber === id ? { ...answer, text } : answer));

describe('checking a self-evaluation', () => {
  it('accepts an answer to every component', () => {
    expect(checkSelfEvaluation(catalogue, complete())).toEqual([]);
  });

  it('accepts answers in any order and without evidence files', () => {
    const answers = complete()
      .reverse()
      .map((answer) => ({ ...answer, evidenceFileIds: [] }));
    expect(checkSelfEvaluation(catalogue, answers)).toEqual([]);
  });

  it('names a missing component by its path', () => {
    const errors = checkSelfEvaluation(catalogue, without('2.4'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'selfEvaluation.2.4', code: 'missing_answer' });
    expect(errors[0]?.message).toContain('Teaching and Learning Methods');
  });

  it('names each of the two components numbered 1.1 on its own', () => {
    const errors = checkSelfEvaluation(catalogue, without('1.1-learning-outcomes'));
    expect(errors.map((error) => error.path)).toEqual(['selfEvaluation.1.1-learning-outcomes']);
  });

  it('names every missing component, in the catalogue order', () => {
    const errors = checkSelfEvaluation(catalogue, []);
    expect(errors.map((error) => error.path)).toEqual(ids.map((id) => `selfEvaluation.${id}`));
    expect(new Set(errors.map((error) => error.code))).toEqual(new Set(['missing_answer']));
  });

  it.each(['', '   \n\t '])('refuses an empty answer (%j)', (text) => {
    expect(checkSelfEvaluation(catalogue, withText('4.5', text))).toEqual([
      expect.objectContaining({ path: 'selfEvaluation.4.5', code: 'empty_answer' }),
    ]);
  });

  it('refuses an answer to a component the catalogue does not have', () => {
    const errors = checkSelfEvaluation(catalogue, [
      ...complete(),
      { componentNumber: '4.3', text: 'x', evidenceFileIds: [] },
    ]);
    expect(errors).toEqual([expect.objectContaining({ path: 'selfEvaluation.4.3', code: 'unknown_component' })]);
  });

  it('refuses a second answer to the same component', () => {
    const errors = checkSelfEvaluation(catalogue, [
      ...complete(),
      { componentNumber: '3.1', text: 'again', evidenceFileIds: [] },
    ]);
    expect(errors).toEqual([expect.objectContaining({ path: 'selfEvaluation.3.1', code: 'duplicate_component' })]);
  });

  it('refuses an answer to "1.1", which the draft numbers twice, and says which ids to use', () => {
    const answers = [
      ...without('1.1-objectives').filter((answer) => answer.componentNumber !== '1.1-learning-outcomes'),
      { componentNumber: '1.1', text: 'objectives and outcomes', evidenceFileIds: [] },
    ];
    const errors = checkSelfEvaluation(catalogue, answers);
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['selfEvaluation.1.1', 'ambiguous_component'],
      ['selfEvaluation.1.1-objectives', 'missing_answer'],
      ['selfEvaluation.1.1-learning-outcomes', 'missing_answer'],
    ]);
    expect(errors[0]?.message).toContain('1.1-objectives, 1.1-learning-outcomes');
  });

  it('refuses a blank evidence file id', () => {
    const answers = complete().map((answer) =>
      answer.componentNumber === '1.3' ? { ...answer, evidenceFileIds: ['sha256-a', ' '] } : answer,
    );
    expect(checkSelfEvaluation(catalogue, answers)).toEqual([
      expect.objectContaining({ path: 'selfEvaluation.1.3.evidenceFileIds.1', code: 'required' }),
    ]);
  });

  it('starts from a blank answer per component, which is incomplete', () => {
    const blank = emptySelfEvaluation(catalogue);
    expect(blank.map((answer) => answer.componentNumber)).toEqual(ids);
    expect(checkSelfEvaluation(catalogue, blank).every((error) => error.code === 'empty_answer')).toBe(true);
  });
});

describe('self-evaluation completeness', () => {
  it('counts a complete self-evaluation', () => {
    expect(selfEvaluationCompleteness(catalogue, complete())).toEqual({
      answered: 18,
      total: 18,
      missing: [],
      complete: true,
    });
  });

  it('lists missing and empty answers in the catalogue order', () => {
    const answers = withText('5.1', ' ').filter((answer) => answer.componentNumber !== '1.2');
    expect(selfEvaluationCompleteness(catalogue, answers)).toEqual({
      answered: 16,
      total: 18,
      missing: ['1.2', '5.1'],
      complete: false,
    });
  });

  it('ignores answers to unknown components', () => {
    const answers = [{ componentNumber: '9.9', text: 'x', evidenceFileIds: [] }];
    expect(selfEvaluationCompleteness(catalogue, answers)).toMatchObject({ answered: 0, total: 18 });
  });
});
