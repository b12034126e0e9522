// The parts every procedure document shares, built on the layout engine: the Center's
// header, the title block, the table of facts, sections written Georgian first and then
// English, and signature blocks.
import type { Bilingual } from '../domain/course/description.js';
import { PdfBuilder, type KeyValueRow, type Span } from './pdf.js';

/** A text that is the same in both languages (a code, a name in Latin letters), or one per language. */
export type Text = string | Bilingual;

export const kaOf = (text: Text): string => (typeof text === 'string' ? text : text.ka);
export const enOf = (text: Text): string => (typeof text === 'string' ? text : text.en);

/** Both languages, Georgian first, one per line; once when they are the same. */
export function bothLines(text: Text): string {
  const ka = kaOf(text);
  const en = enOf(text);
  return ka === en ? ka : `${ka}\n${en}`;
}

/**
 * A label in both languages: "ქართული / English". No-break spaces keep "ქართული /" and
 * the English words together, so a label too long for one line breaks between the languages.
 */
export const pair = (text: Bilingual): string => `${text.ka}\u00a0/ ${text.en.replace(/ /g, '\u00a0')}`;

export const center: Bilingual = {
  ka: 'სსიპ – განათლების ხარისხის განვითარების ეროვნული ცენტრი',
  en: 'LEPL – National Center for Educational Quality Enhancement',
};

export const council: Bilingual = {
  ka: 'უმაღლესი საგანმანათლებლო პროგრამების აკრედიტაციის საბჭო',
  en: 'Accreditation Council for Higher Education Programmes',
};

export interface Signatory {
  name: Text;
  position: Bilingual;
}

export const positions = {
  director: { ka: 'ცენტრის დირექტორი', en: 'Director of the Center' },
  chair: { ka: 'საბჭოს თავმჯდომარე', en: 'Chair of the Council' },
  secretary: { ka: 'საბჭოს მდივანი', en: 'Secretary of the Council' },
  groupChair: { ka: 'საექსპერტო ჯგუფის თავმჯდომარე', en: 'Chair of the expert group' },
} as const satisfies Record<string, Bilingual>;

/** Fields every procedure document carries. */
export interface DocumentBase {
  /** The document's public code, e.g. ORD-2026-0012. */
  documentCode: string;
  /** Issue date, YYYY-MM-DD (a calendar date in Tbilisi). */
  issueDate: string;
  /** The application's public code, e.g. APP-2026-0031. */
  applicationCode: string;
  provider: { name: Bilingual; identificationCode?: string };
  course: { code: string; title: Bilingual; version?: number };
  /** The guide's clause the document rests on, e.g. "Guide VIII". */
  legalBasis: Text;
}

/** A reference to an earlier document: its code and date. */
export interface DocumentRef {
  code: string;
  date: string;
}

export const label = {
  documentCode: { ka: 'დოკუმენტის ნომერი', en: 'Document No.' },
  issueDate: { ka: 'თარიღი', en: 'Date' },
  applicationCode: { ka: 'განაცხადის ნომერი', en: 'Application No.' },
  provider: { ka: 'განმცხადებელი დაწესებულება', en: 'Applicant institution' },
  identificationCode: { ka: 'საიდენტიფიკაციო კოდი', en: 'Identification code' },
  course: { ka: 'მიკროკრედენციალის კურსი', en: 'Micro-credential course' },
  legalBasis: { ka: 'სამართლებრივი საფუძველი', en: 'Legal basis' },
  submittedOn: { ka: 'განაცხადის წარდგენის თარიღი', en: 'Application submitted on' },
  place: { ka: 'ქ. თბილისი', en: 'Tbilisi' },
} as const satisfies Record<string, Bilingual>;

export interface StartOptions {
  kind: string;
  title: Bilingual;
  /** Extra rows for the table of facts, after the common ones. */
  facts?: KeyValueRow[];
  /** Leave the application row out (e.g. a monitoring of a right with no application at hand). */
  withoutApplication?: boolean;
}

export const factRow = (name: Bilingual, value: Text): KeyValueRow => ({ label: pair(name), value: bothLines(value) });

/** Opens a document: page frame, metadata, title block and the table of facts. */
export function startDocument(base: Omit<DocumentBase, 'applicationCode'> & { applicationCode?: string }, options: StartOptions): PdfBuilder {
  const references = [base.documentCode, base.applicationCode, base.course.code].filter((code): code is string => code !== undefined);
  const doc = new PdfBuilder({
    metadata: {
      title: `${options.title.en} – ${base.documentCode}`,
      subject: `${options.title.ka} – ${base.documentCode}`,
      author: `${center.en} / ${center.ka}`,
      keywords: [options.kind, ...references],
      language: 'ka',
      date: base.issueDate,
    },
    frame: {
      headerLeft: [center.ka, center.en],
      headerRight: [base.documentCode, base.issueDate],
      footerLeft: references.join(' · '),
    },
  });
  doc.heading(options.title.ka, { level: 1, align: 'center' });
  doc.heading(options.title.en, { level: 1, align: 'center', tone: 'muted' });
  doc.paragraph(`${pair(label.place)} · ${base.issueDate} · № ${base.documentCode}`, { align: 'center', tone: 'muted', size: 9, spaceAfter: 10 });

  const course = base.course;
  const courseLine: Bilingual = {
    ka: `${course.code}${course.version === undefined ? '' : ` (ვერსია ${course.version})`} – „${course.title.ka}“`,
    en: `${course.code}${course.version === undefined ? '' : ` (version ${course.version})`} – “${course.title.en}”`,
  };
  const rows: KeyValueRow[] = [];
  if (!options.withoutApplication && base.applicationCode !== undefined) rows.push(factRow(label.applicationCode, base.applicationCode));
  const id = base.provider.identificationCode;
  rows.push({
    label: pair(label.provider),
    value: bothLines(base.provider.name) + (id === undefined ? '' : `\n${pair(label.identificationCode)}: ${id}`),
  });
  rows.push(factRow(label.course, courseLine));
  rows.push(...(options.facts ?? []));
  rows.push(factRow(label.legalBasis, base.legalBasis));
  doc.keyValues(rows);
  return doc;
}

/** A section heading in both languages. */
export function section(doc: PdfBuilder, heading: Bilingual): void {
  doc.heading(pair(heading), { level: 2 });
}

/** The same text in Georgian, then in English (muted). */
export function paragraphs(doc: PdfBuilder, text: Text): void {
  doc.group(() => {
    doc.paragraph(kaOf(text));
    if (typeof text !== 'string' && text.en !== text.ka) doc.paragraph(text.en, { tone: 'muted', spaceAfter: 6 });
  });
}

/** A list in Georgian, then the same list in English (muted). */
export function lists(doc: PdfBuilder, items: readonly Text[], ordered = false): void {
  doc.group(() => {
    doc.list(items.map(kaOf), { ordered });
    if (items.some((item) => typeof item !== 'string' && item.en !== item.ka)) doc.list(items.map(enOf), { ordered, tone: 'muted' });
  });
}

/** "ვბრძანებ: / I order:" followed by the operative items, Georgian then English. */
export function operative(doc: PdfBuilder, lead: Bilingual, items: readonly Bilingual[]): void {
  const bold = (text: string): Span[] => [{ text, bold: true }];
  doc.paragraph(bold(lead.ka));
  doc.list(items.map((item) => item.ka), { ordered: true });
  // The English part is one block: if the signatures after it need a new page, it moves too.
  doc.group(() => {
    doc.paragraph(bold(lead.en), { tone: 'muted' });
    doc.list(
      items.map((item) => item.en),
      { ordered: true, tone: 'muted' },
    );
  });
}

/** Signature blocks: position in both languages, the name, and the date. */
export function sign(doc: PdfBuilder, signatories: readonly Signatory[], date: string): void {
  doc.signatures(
    signatories.map((signatory) => ({
      role: pair(signatory.position),
      name: kaOf(signatory.name) === enOf(signatory.name) ? kaOf(signatory.name) : `${kaOf(signatory.name)} / ${enOf(signatory.name)}`,
      date,
    })),
  );
}

/** "2026-05-04 – 2026-05-05", or one date when the period is a single day. */
export const period = (from: string, to: string): string => (from === to ? from : `${from} – ${to}`);
