// ISCED-F 2013 fields of education and training (see isced-f-2013.md for sources).
import iscedFields from './isced-f-2013.json' with { type: 'json' };
import type { Bilingual } from './description.js';

export interface IscedField {
  code: string;
  level: 'broad' | 'narrow' | 'detailed';
  label: Bilingual;
}

export const iscedFieldList: readonly IscedField[] = iscedFields as IscedField[];
const byCode = new Map(iscedFieldList.map((field) => [field.code, field]));

export function isIscedCode(code: string): boolean {
  return byCode.has(code);
}

export function iscedField(code: string): IscedField | undefined {
  return byCode.get(code);
}

/** The ELM URI of a field, e.g. http://data.europa.eu/snb/isced-f/0111. */
export function iscedUri(code: string): string {
  return `http://data.europa.eu/snb/isced-f/${code}`;
}
