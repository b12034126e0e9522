// What an application for the right holds (guide VII), and when it is complete enough to submit.
import { fieldError, type FieldError } from '../field-error.js';
import type { StandardsCatalogue } from '../standards/catalogue.js';
import { checkSelfEvaluation, type SelfEvaluationAnswer } from '../standards/self-evaluation.js';

export interface ApplicationContent {
  /** The application letter on the institution's letterhead: its text and the signed scan. */
  letter: { text: string; fileSha256: string | null };
  selfEvaluation: SelfEvaluationAnswer[];
  /** Justification of the needs of employers, industry or society, with minutes of the consultations. */
  needJustification: { text: string; minutesFileSha256s: string[] };
  /** The statement of alignment of the outcomes with NQF level 6 or 7 (guide XIV). */
  alignmentStatement: { text: string };
  /** For a provider that is not a higher education institution: its agreement with one on recognising outcomes and credits. */
  heiAgreement: { heiName: string; fileSha256: string } | null;
}

export function emptyApplicationContent(selfEvaluation: SelfEvaluationAnswer[]): ApplicationContent {
  return {
    letter: { text: '', fileSha256: null },
    selfEvaluation,
    needJustification: { text: '', minutesFileSha256s: [] },
    alignmentStatement: { text: '' },
    heiAgreement: null,
  };
}

const blank = (text: string) => text.trim().length === 0;

/** Everything that keeps an application from being submitted; empty when it is complete. */
export function checkApplicationContent(
  content: ApplicationContent,
  options: { providerIsHei: boolean; catalogue: StandardsCatalogue; route: 'right' | 'hei-registration' },
): FieldError[] {
  const errors: FieldError[] = [];
  if (blank(content.letter.text)) errors.push(fieldError('letter.text', 'required', 'Write the application letter.'));
  if (!content.letter.fileSha256) errors.push(fieldError('letter.fileSha256', 'required', 'Attach the signed letter on the institution\'s letterhead.'));
  errors.push(...checkSelfEvaluation(options.catalogue, content.selfEvaluation));
  if (options.route === 'right') {
    if (blank(content.needJustification.text)) {
      errors.push(fieldError('needJustification.text', 'required', 'Justify the need of employers, industry or society.'));
    }
    if (content.needJustification.minutesFileSha256s.length === 0) {
      errors.push(fieldError('needJustification.minutesFileSha256s', 'required', 'Attach the minutes of the consultations with employers, associations or regulators.'));
    }
    if (blank(content.alignmentStatement.text)) {
      errors.push(fieldError('alignmentStatement.text', 'required', 'State how the learning outcomes align with NQF level 6 or 7.'));
    }
    if (!options.providerIsHei && !content.heiAgreement) {
      errors.push(fieldError('heiAgreement', 'required', 'A provider that is not a higher education institution attaches its agreement with one on recognising outcomes and credits.'));
    }
  }
  if (content.heiAgreement && blank(content.heiAgreement.heiName)) {
    errors.push(fieldError('heiAgreement.heiName', 'required', 'Name the higher education institution.'));
  }
  return errors;
}
