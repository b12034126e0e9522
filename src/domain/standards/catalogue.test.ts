import { describe, expect, it } from 'vitest';
import type { Bilingual } from '../course/description.js';
import { DomainError } from '../errors.js';
import {
  catalogueVersions,
  complianceRatingLabels,
  complianceRatings,
  componentsNumbered,
  currentCatalogueVersion,
  findComponent,
  isComplianceRating,
  listComponents,
  standardsCatalogue,
} from './catalogue.js';

const catalogue = standardsCatalogue('2025-draft');
const components = listComponents(catalogue);

// The components of section XIII in the guide's order, with the guide's numbers.
const expected: [id: string, number: string, title: string][] = [
  ['1.1-objectives', '1.1', 'Objective(s) of the Micro-Credential'],
  ['1.1-learning-outcomes', '1.1', 'Learning Outcomes of the Micro-Credential'],
  ['1.2', '1.2', 'Evaluation Mechanism of the Programme Learning Outcomes'],
  ['1.3', '1.3', 'Ensuring Employer Involvement in the Elaboration of the Micro-Credential'],
  ['1.4', '1.4', 'Justification of the Need for the Micro-Credential and Its Connection to Labour Market Demands'],
  ['1.5', '1.5', 'Connection of the Micro-Credential Learning Outcomes to Higher Education Programme(s) and/or to Labour Market Demands'],
  ['1.6', '1.6', 'Structure and Content of Micro-Credential'],
  ['2.1', '2.1', 'Micro-Credential Admission Preconditions'],
  ['2.2', '2.2', 'Portability of Micro-Credential'],
  ['2.3', '2.3', 'Form(s) of Micro-Credential Delivery and Electronic Platforms'],
  ['2.4', '2.4', 'Teaching and Learning Methods'],
  ['2.5', '2.5', 'Learner Evaluation'],
  ['3.1', '3.1', 'Learner Consulting and Support Services'],
  ['4.1', '4.1', 'Human Resources'],
  ['4.2', '4.2', 'Material Resources'],
  ['4.5', '4.5', 'Budget of Programme/Faculty/School and Programme Financial Sustainability'],
  ['5.1', '5.1', 'Internal Quality Assessment'],
  ['5.2', '5.2', 'External Quality Assurance Assessment'],
];

const GEORGIAN = /[\u10D0-\u10FF]/;
const LATIN_WORD = /[A-Za-z]{4,}/g;

/** Every { ka, en } in a value, with its path. */
function bilinguals(value: unknown, path = ''): [string, Bilingual][] {
  if (value === null || typeof value !== 'object') return [];
  if ('ka' in value && 'en' in value) return [[path, value as Bilingual]];
  return Object.entries(value).flatMap(([key, child]) => bilinguals(child, path ? `${path}.${key}` : key));
}

describe('the 2025 draft standards catalogue', () => {
  it('is the current version, found by default', () => {
    expect(currentCatalogueVersion).toBe('2025-draft');
    expect(catalogueVersions).toContain('2025-draft');
    expect(standardsCatalogue()).toBe(catalogue);
    expect(catalogue.version).toBe('2025-draft');
    expect(catalogue.source).toContain('section XIII');
  });

  it('refuses an unknown version', () => {
    expect(() => standardsCatalogue('1999')).toThrow(DomainError);
    try {
      standardsCatalogue('1999');
    } catch (error) {
      expect((error as DomainError).code).toBe('not_found');
    }
  });

  it('has exactly the five standards, in order, named as sections XIII and VI name them', () => {
    expect(catalogue.standards.map((standard) => [standard.number, standard.title.en, standard.sectionVITitle.en])).toEqual([
      ['1', 'Design and Development of a Micro-Credential Course', 'Design and Development of Micro-Credentials'],
      [
        '2',
        'Teaching Methodology and Organisation, Evaluation of the Adequacy of the Programme Mastering',
        'Methodology and Organisation of Teaching, Adequacy of Evaluation of the Micro-credential Course Mastering',
      ],
      ['3', 'Application of Learner-Centered Approaches', 'Application of Learner-Centered Approaches'],
      ['4', 'Providing Teaching Resources', 'Providing Teaching Resources'],
      ['5', 'Teaching Quality Enhancement Opportunities', 'Quality Assurance'],
    ]);
  });

  it('lists every component of section XIII in the guide order, with the guide numbers', () => {
    expect(components.map((component) => [component.id, component.number, component.title.en])).toEqual(expected);
    expect(components.map((component) => component.position)).toEqual(expected.map((_, index) => index));
  });

  it('puts each component under the standard its number names', () => {
    for (const component of components) {
      expect(component.number.startsWith(`${component.standardNumber}.`)).toBe(true);
    }
  });

  it('gives each component a unique id', () => {
    expect(new Set(components.map((component) => component.id)).size).toBe(components.length);
  });

  it('gives each component a description, criteria and evidence', () => {
    for (const component of components) {
      expect(component.description.en.length, component.id).toBeGreaterThan(40);
      expect(component.criteria.length, component.id).toBeGreaterThan(0);
      expect(component.evidence.length, component.id).toBeGreaterThan(0);
    }
  });

  it('has every text in Georgian (Mkhedruli) and English', () => {
    const texts = bilinguals(catalogue.standards);
    // titles, section VI titles, component titles, descriptions, criteria and evidence
    expect(texts.length).toBeGreaterThan(200);
    for (const [path, text] of texts) {
      expect(text.en.trim(), `${path}.en`).not.toBe('');
      expect(text.ka.trim(), `${path}.ka`).not.toBe('');
      expect(GEORGIAN.test(text.en), `${path}.en has Georgian`).toBe(false);
      expect(GEORGIAN.test(text.ka), `${path}.ka has no Georgian`).toBe(true);
      // Latin words in the Georgian text are only the acronyms and terms the guide keeps in Latin.
      const latin = (text.ka.match(LATIN_WORD) ?? []).filter((word) => !['peer', 'review'].includes(word));
      expect(latin, `${path}.ka`).toEqual([]);
    }
  });

  it('marks the Georgian text as the project translation', () => {
    expect(catalogue.kaSource).toBe("project translation pending the Center's official Georgian text");
  });

  it('says where the draft numbers 1.1 twice and skips 4.3 and 4.4', () => {
    const noted = components.filter((component) => component.numberingNote !== undefined).map((component) => component.id);
    expect(noted).toEqual(['1.1-objectives', '1.1-learning-outcomes', '4.5']);
    expect(catalogue.numberingNotes.some((note) => note.includes('1.1') && note.includes('two'))).toBe(true);
    expect(catalogue.numberingNotes.some((note) => note.includes('4.3') && note.includes('4.4'))).toBe(true);
    expect(findComponent(catalogue, '4.5')?.numberingNote).toMatch(/no 4\.3 or 4\.4/);
  });
});

describe('finding a component', () => {
  it('by a unique number or by id', () => {
    expect(findComponent(catalogue, '2.3')?.title.en).toBe('Form(s) of Micro-Credential Delivery and Electronic Platforms');
    expect(findComponent(catalogue, '1.1-learning-outcomes')?.number).toBe('1.1');
    expect(findComponent(catalogue, '5.2')?.standardNumber).toBe('5');
  });

  it('not by a number the draft uses twice, which names both', () => {
    expect(findComponent(catalogue, '1.1')).toBeUndefined();
    expect(componentsNumbered(catalogue, '1.1').map((component) => component.id)).toEqual([
      '1.1-objectives',
      '1.1-learning-outcomes',
    ]);
  });

  it('not by a number the draft skips or never has', () => {
    expect(findComponent(catalogue, '4.3')).toBeUndefined();
    expect(findComponent(catalogue, '4.4')).toBeUndefined();
    expect(findComponent(catalogue, '6.1')).toBeUndefined();
  });
});

describe('the catalogue data', () => {
  it('cannot be changed by a caller', () => {
    const component = catalogue.standards[0]?.components[0];
    expect(Object.isFrozen(catalogue)).toBe(true);
    expect(Object.isFrozen(component?.criteria)).toBe(true);
    expect(() => {
      (component as { number: string }).number = '9.9';
    }).toThrow(TypeError);
  });
});

describe('compliance ratings', () => {
  it('are the four of the guide, each labelled in both languages', () => {
    expect(complianceRatings).toEqual(['complies', 'substantially-complies', 'partially-complies', 'does-not-comply']);
    for (const rating of complianceRatings) {
      expect(complianceRatingLabels[rating].en).not.toBe('');
      expect(GEORGIAN.test(complianceRatingLabels[rating].ka)).toBe(true);
    }
    expect(isComplianceRating('partially-complies')).toBe(true);
    expect(isComplianceRating('complete')).toBe(false);
  });
});
