import { describe, expect, it } from 'vitest';
import { councilDecisionLabels, councilDecisions } from '../domain/procedure/decision.js';
import { complianceRatingLabels, complianceRatings } from '../domain/standards/catalogue.js';
import { center } from './compose.js';
import { UnsupportedCharacterError } from './fonts.js';
import { groupRoleLabels } from './labels.js';
import { containsText, extractPdfText, type PdfText } from './pdf-text.js';
import { sampleDocuments } from './samples.js';
import {
  type DocumentInput,
  documentKinds,
  documentTitle,
  renderCouncilDecision,
  renderDocument,
  renderExpertReport,
  renderSeekerStatusOrder,
} from './templates.js';

const georgian = /[\u10a0-\u10ff\u1c90-\u1cbf]/;

/**
 * Every text of the input that should be printed: both sides of each { ka, en } pair, and
 * every string with a digit in it (codes, dates, times). Enumerations such as 'qa-expert'
 * are shown through their labels, so they are left out.
 */
function printedStrings(value: unknown): string[] {
  if (typeof value === 'string') return /\d/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(printedStrings);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const keys = entries.map(([key]) => key).sort();
    if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'ka') return entries.map(([, text]) => String(text));
    return entries.flatMap(([, inner]) => printedStrings(inner));
  }
  return [];
}

function missing(text: PdfText, expected: readonly string[]): string[] {
  return expected.filter((wanted) => !containsText(text, wanted));
}

async function renderAndRead(input: DocumentInput): Promise<{ bytes: Uint8Array; text: PdfText }> {
  const bytes = await renderDocument(input);
  return { bytes, text: await extractPdfText(bytes) };
}

describe('document templates', () => {
  it('has a sample and a bilingual title for every kind', () => {
    expect(Object.keys(sampleDocuments).sort()).toEqual([...documentKinds].sort());
    for (const input of Object.values(sampleDocuments)) {
      const title = documentTitle(input);
      expect(georgian.test(title.ka)).toBe(true);
      expect(georgian.test(title.en)).toBe(false);
    }
  });

  it.each(documentKinds)('%s: every text of the data reads back from the PDF, in Georgian and English', async (kind) => {
    const input = sampleDocuments[kind];
    const { text } = await renderAndRead(input);
    const title = documentTitle(input);
    const { documentCode, issueDate } = input.data;

    expect(missing(text, [title.ka, title.en, center.ka, center.en])).toEqual([]);
    expect(missing(text, printedStrings(input.data))).toEqual([]);
    expect(text.info.Title).toBe(`${title.en} – ${documentCode}`);

    const total = text.pages.length;
    text.pages.forEach((page, index) => {
      expect(page.lines[0]).toBe(`${center.ka} ${documentCode}`);
      expect(page.lines[1]).toBe(`${center.en} ${issueDate}`);
      expect(page.lines.at(-1)).toMatch(new RegExp(`${index + 1} / ${total}$`));
    });
    const all = text.pages.flatMap((page) => page.lines).join('\n');
    expect(all).not.toContain('\ufffd');
    expect(georgian.test(all)).toBe(true);
  });

  it.each(documentKinds)('%s: the same data gives the same bytes', async (kind) => {
    const first = await renderDocument(sampleDocuments[kind]);
    const second = await renderDocument(sampleDocuments[kind]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('renders the same document through its own function and through renderDocument', async () => {
    const input = sampleDocuments['order-seeker-status'];
    const direct = await renderSeekerStatusOrder(input.data);
    expect(Buffer.from(direct).equals(Buffer.from(await renderDocument(input)))).toBe(true);
  });

  it('names the six roles of the expert group in both languages', async () => {
    const { text } = await renderAndRead(sampleDocuments['order-expert-group']);
    const labels = Object.values(groupRoleLabels);
    expect(labels).toHaveLength(6);
    expect(missing(text, labels.flatMap((label) => [label.ka, label.en]))).toEqual([]);
    expect(missing(text, ['თავმჯდომარე / chair', '2026-05-11 – 2026-05-12', 'no later than 2026-04-24'])).toEqual([]);
  });

  it('rates each component of the expert report and counts the ratings', async () => {
    const { text } = await renderAndRead(sampleDocuments['expert-report']);
    const labels = complianceRatings.map((rating) => complianceRatingLabels[rating]);
    expect(missing(text, labels.flatMap((label) => [label.ka, label.en]))).toEqual([]);
    expect(missing(text, ['Final report of the expert group', 'Accreditation Council for Higher Education Programmes'])).toEqual([]);

    const draftData = { ...sampleDocuments['expert-report'].data, stage: 'draft' as const };
    delete draftData.providerPosition;
    const draft = await extractPdfText(await renderExpertReport(draftData));
    expect(missing(draft, ['საექსპერტო ჯგუფის დასკვნის პროექტი', 'Draft report of the expert group', 'Within 5 calendar days'])).toEqual([]);
    expect(containsText(draft, 'reasoned position on 2026-05-20')).toBe(false);
  });

  it.each(councilDecisions)('council decision "%s": decision, votes, validity and both signatures', async (decision) => {
    const data = { ...sampleDocuments['council-decision'].data, decision };
    const text = await extractPdfText(await renderCouncilDecision(data));
    const label = councilDecisionLabels[decision];
    expect(missing(text, [label.ka, label.en])).toEqual([]);
    expect(missing(text, ['სულ / Total 5', '2026-06-16 – 2028-06-15', 'საბჭოს თავმჯდომარე / Chair of the Council', 'საბჭოს მდივანი / Secretary of the Council'])).toEqual([]);
    expect(missing(text, ['ირაკლი ჩხეიძე / Irakli Chkheidze', 'მაია ნოზაძე / Maia Nozadze', '5 members of the Council attended the meeting; 1 did not attend.'])).toEqual([]);
    const operative = {
      grant: 'is granted the right to implement',
      'grant-with-monitoring': 'subject to monitoring.',
      refuse: 'is refused the right to implement',
    }[decision];
    expect(containsText(text, operative)).toBe(true);
  });

  it('counts the hearing notice period in calendar days', async () => {
    const { text } = await renderAndRead(sampleDocuments['hearing-notice']);
    expect(missing(text, ['დღეები სხდომამდე / Days before the hearing', '2026-06-05, 11:00', 'The meeting is public.'])).toEqual([]);
    // 2026-05-27 to 2026-06-05: the value sits on the label's first line.
    const row = text.pages[0]?.lines.find((line) => line.startsWith('დღეები სხდომამდე'));
    expect(row).toMatch(/ 9$/);
  });

  it('refuses to print a character no embedded font has, rather than drop it', async () => {
    const input = sampleDocuments['order-seeker-status'];
    const data = { ...input.data, provider: { ...input.data.provider, name: { ka: 'შპს „漢字“', en: 'Kanji LLC' } } };
    await expect(renderSeekerStatusOrder(data)).rejects.toBeInstanceOf(UnsupportedCharacterError);
  });
});
