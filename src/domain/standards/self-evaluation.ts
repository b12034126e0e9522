// The institution's self-evaluation: one answer per standard component, with text and
// the evidence files it relies on. Pure: the caller passes the catalogue the
// application is judged against.
import { fieldError, type FieldError } from '../field-error.js';
import { type StandardsCatalogue, listComponents } from './catalogue.js';

export interface SelfEvaluationAnswer {
  /** The component's id (its number, or e.g. `1.1-objectives` where the draft numbers twice). */
  componentNumber: string;
  text: string;
  /** Content addresses (or ids) of uploaded evidence files. */
  evidenceFileIds: string[];
}

export interface SelfEvaluationCompleteness {
  answered: number;
  total: number;
  /** Ids of the components without a non-empty answer, in the catalogue's order. */
  missing: string[];
  complete: boolean;
}

function blank(text: string): boolean {
  return text.trim().length === 0;
}

/** One blank answer per component, in order: the form a provider starts from. */
export function emptySelfEvaluation(catalogue: StandardsCatalogue): SelfEvaluationAnswer[] {
  return listComponents(catalogue).map((component) => ({ componentNumber: component.id, text: '', evidenceFileIds: [] }));
}

/**
 * Everything wrong with a self-evaluation, each error at `selfEvaluation.<component id>`:
 * answers to unknown or ambiguous components and second answers to a component, then,
 * in the catalogue's order, components left unanswered or answered with empty text, and
 * blank evidence file ids. An empty list means the self-evaluation is complete.
 */
export function checkSelfEvaluation(catalogue: StandardsCatalogue, answers: readonly SelfEvaluationAnswer[]): FieldError[] {
  const components = listComponents(catalogue);
  const ids = new Set(components.map((component) => component.id));
  const errors: FieldError[] = [];
  const answerById = new Map<string, SelfEvaluationAnswer>();

  for (const answer of answers) {
    const key = answer.componentNumber;
    const path = `selfEvaluation.${key}`;
    if (!ids.has(key)) {
      const sharing = components.filter((component) => component.number === key);
      if (sharing.length > 1) {
        errors.push(
          fieldError(
            path,
            'ambiguous_component',
            `The ${catalogue.version} standards number ${sharing.length} components ${key}; answer each by its id (${sharing
              .map((component) => component.id)
              .join(', ')}).`,
          ),
        );
      } else {
        errors.push(
          fieldError(path, 'unknown_component', `There is no component ${key} in the ${catalogue.version} standards.`),
        );
      }
      continue;
    }
    if (answerById.has(key)) {
      errors.push(fieldError(path, 'duplicate_component', `Component ${key} is answered more than once; give one answer.`));
      continue;
    }
    answerById.set(key, answer);
  }

  for (const component of components) {
    const path = `selfEvaluation.${component.id}`;
    const answer = answerById.get(component.id);
    if (!answer) {
      errors.push(
        fieldError(path, 'missing_answer', `Answer component ${component.number} (${component.title.en}).`),
      );
      continue;
    }
    if (blank(answer.text)) {
      errors.push(
        fieldError(
          path,
          'empty_answer',
          `The answer to component ${component.number} (${component.title.en}) is empty; describe how the institution meets it.`,
        ),
      );
    }
    answer.evidenceFileIds.forEach((fileId, index) => {
      if (blank(fileId)) {
        errors.push(fieldError(`${path}.evidenceFileIds.${index}`, 'required', 'An evidence file id is empty.'));
      }
    });
  }
  return errors;
}

/** How far a self-evaluation has got: components with a non-empty answer out of all. */
export function selfEvaluationCompleteness(
  catalogue: StandardsCatalogue,
  answers: readonly SelfEvaluationAnswer[],
): SelfEvaluationCompleteness {
  const answeredIds = new Set(answers.filter((answer) => !blank(answer.text)).map((answer) => answer.componentNumber));
  const components = listComponents(catalogue);
  const missing = components.filter((component) => !answeredIds.has(component.id)).map((component) => component.id);
  const total = components.length;
  return { answered: total - missing.length, total, missing, complete: missing.length === 0 };
}
