// The standards for obtaining the right to implement a micro-credential (the guide's
// section XIII), as versioned data. Each catalogue is a JSON file beside this one; an
// application records the version it is judged against, so a later catalogue never
// changes how an earlier application reads.
//
// The draft numbers two components 1.1 and skips 4.3 and 4.4. Components keep the
// guide's number; `id` is unique and equals the number except for the two 1.1s
// (see `numberingNotes` in the data).
import type { Bilingual } from '../course/description.js';
import { DomainError } from '../errors.js';
import draft2025 from './catalogue-2025-draft.json' with { type: 'json' };

export interface StandardComponent {
  /** Unique within a catalogue: the guide's number, or e.g. `1.1-objectives` where the draft numbers twice. */
  id: string;
  /** The number as the guide prints it (without a trailing full stop); not unique in the 2025 draft. */
  number: string;
  title: Bilingual;
  description: Bilingual;
  /** The assessment criteria: what the institution ensures. */
  criteria: Bilingual[];
  /** The indicators and evidence the institution submits or the experts examine. */
  evidence: Bilingual[];
  /** Present where the draft numbers this component twice or after a gap. */
  numberingNote?: string;
}

export interface Standard {
  number: string;
  /** The heading in section XIII. */
  title: Bilingual;
  /** The name in section VI's list of the five standards (it differs for standards 1, 2 and 5). */
  sectionVITitle: Bilingual;
  /** The 2025 draft describes components only, so this is null there. */
  description: Bilingual | null;
  components: StandardComponent[];
}

export interface StandardsCatalogue {
  version: string;
  source: string;
  enSource: string;
  kaSource: string;
  numberingNotes: string[];
  editorialNotes: string[];
  standards: Standard[];
}

/** A component as `listComponents` gives it: with its standard and its place in the catalogue. */
export interface CatalogueComponent extends StandardComponent {
  standardNumber: string;
  /** 0-based position in the catalogue's order. */
  position: number;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const catalogues: Readonly<Record<string, StandardsCatalogue>> = {
  '2025-draft': deepFreeze(draft2025 satisfies StandardsCatalogue),
};

/** The catalogue new applications are judged against. */
export const currentCatalogueVersion = '2025-draft';

export const catalogueVersions: readonly string[] = Object.keys(catalogues);

export function isCatalogueVersion(version: string): boolean {
  return Object.hasOwn(catalogues, version);
}

/** The catalogue of a version (the current one by default); frozen, shared by every caller. */
export function standardsCatalogue(version: string = currentCatalogueVersion): StandardsCatalogue {
  if (!isCatalogueVersion(version)) {
    throw new DomainError('not_found', `There is no standards catalogue of version "${version}".`);
  }
  return catalogues[version] as StandardsCatalogue;
}

/** Every component of every standard, in the guide's order. */
export function listComponents(catalogue: StandardsCatalogue): CatalogueComponent[] {
  return catalogue.standards
    .flatMap((standard) => standard.components.map((component) => ({ ...component, standardNumber: standard.number })))
    .map((component, position) => ({ ...component, position }));
}

/** The components the guide prints with this number (two for "1.1" in the 2025 draft). */
export function componentsNumbered(catalogue: StandardsCatalogue, number: string): CatalogueComponent[] {
  return listComponents(catalogue).filter((component) => component.number === number);
}

/**
 * A component by its id, or by its number where that number is unique. A number the
 * draft uses twice ("1.1") finds nothing: name the component by its id instead.
 */
export function findComponent(catalogue: StandardsCatalogue, idOrNumber: string): CatalogueComponent | undefined {
  const components = listComponents(catalogue);
  const byId = components.find((component) => component.id === idOrNumber);
  if (byId) return byId;
  const byNumber = components.filter((component) => component.number === idOrNumber);
  return byNumber.length === 1 ? byNumber[0] : undefined;
}

export const complianceRatings = ['complies', 'substantially-complies', 'partially-complies', 'does-not-comply'] as const;
export type ComplianceRating = (typeof complianceRatings)[number];

/** The four ratings an expert gives each component, worded as the Center's expert reports word them. */
export const complianceRatingLabels: Readonly<Record<ComplianceRating, Bilingual>> = {
  complies: { en: 'Complies with requirements', ka: 'შეესაბამება მოთხოვნებს' },
  'substantially-complies': { en: 'Substantially complies with requirements', ka: 'მეტწილად შეესაბამება მოთხოვნებს' },
  'partially-complies': { en: 'Partially complies with requirements', ka: 'ნაწილობრივ შეესაბამება მოთხოვნებს' },
  'does-not-comply': { en: 'Does not comply with requirements', ka: 'არ შეესაბამება მოთხოვნებს' },
};

export function isComplianceRating(value: string): value is ComplianceRating {
  return (complianceRatings as readonly string[]).includes(value);
}
