import { describe, expect, it } from 'vitest';
import { fontChain, splitRuns, UnsupportedCharacterError, woffToSfnt } from './fonts.js';
import { PdfBuilder, type PdfOptions } from './pdf.js';
import { containsText, extractPdfText, squash } from './pdf-text.js';

const options = (date = '2026-04-16'): PdfOptions => ({
  metadata: { title: 'Test – ORD-2026-0012', date },
  frame: {
    headerLeft: ['სსიპ – განათლების ხარისხის განვითარების ეროვნული ცენტრი', 'LEPL – National Center for Educational Quality Enhancement'],
    headerRight: ['ORD-2026-0012', date],
    footerLeft: 'ORD-2026-0012',
  },
});

const mkhedruli = Array.from({ length: 0x10fa - 0x10d0 + 1 }, (_, i) => String.fromCodePoint(0x10d0 + i)).join('');
const mtavruli = Array.from({ length: 0x1cba - 0x1c90 + 1 }, (_, i) => String.fromCodePoint(0x1c90 + i)).join('');
const asomtavruli = Array.from({ length: 0x10c5 - 0x10a0 + 1 }, (_, i) => String.fromCodePoint(0x10a0 + i)).join('');

describe('fonts', () => {
  it('unpacks WOFF into a TrueType font', () => {
    const [latin] = fontChain('regular');
    expect(latin).toBeDefined();
    const view = new DataView(latin!.bytes.buffer, latin!.bytes.byteOffset);
    expect(view.getUint32(0)).toBe(0x00010000);
    expect(() => woffToSfnt(latin!.bytes)).toThrow('not a WOFF file');
  });

  it('gives Georgian letters the Georgian font and everything else Noto Sans', () => {
    const runs = splitRuns('სსიპ – LEPL 2026-0012 „ცენტრი“', fontChain('regular'));
    expect(runs.map((run) => [run.text, run.font.key])).toEqual([
      ['სსიპ', 'NotoSansGeorgian-Regular'],
      [' – LEPL 2026-0012 „', 'NotoSans-Regular'],
      ['ცენტრი', 'NotoSansGeorgian-Regular'],
      ['“', 'NotoSans-Regular'],
    ]);
    expect(splitRuns('Mtavruli ᲛᲗᲐᲕᲠᲣᲚᲘ', fontChain('bold')).map((run) => run.font.key)).toEqual(['NotoSans-Bold', 'NotoSansGeorgian-Bold']);
  });

  it('refuses a character no font has, naming it', () => {
    expect(() => splitRuns('ok 漢 😀', fontChain('regular'))).toThrow(UnsupportedCharacterError);
    expect(() => splitRuns('ok 漢', fontChain('regular'))).toThrow('U+6F22');
  });
});

describe('PdfBuilder', () => {
  it('writes mixed Georgian and Latin text on one line that reads back exactly', async () => {
    const line = 'სსიპ – განათლების ცენტრი / LEPL – NCEQE № ORD-2026-0012, 2026-04-16: „ხარისხი“';
    const more = '“quality” 0123456789 Āčš Жё Ωλ fi ffl — ქართული';
    const doc = new PdfBuilder(options());
    doc.paragraph(line);
    doc.paragraph(more);
    doc.paragraph([{ text: 'მუქი ', bold: true }, { text: 'ჩვეულებრივი bold-' }, { text: 'BOLD', bold: true }]);
    const text = await extractPdfText(await doc.render());
    expect(text.pages).toHaveLength(1);
    expect(text.pages[0]?.lines).toContain(line);
    expect(text.pages[0]?.lines).toContain(more);
    expect(text.pages[0]?.lines).toContain('მუქი ჩვეულებრივი bold-BOLD');
  });

  it('has a glyph for every Georgian letter: Mkhedruli, Mtavruli and Asomtavruli', async () => {
    const letters = `${mkhedruli} ${mtavruli} ${asomtavruli}`;
    const doc = new PdfBuilder(options());
    doc.paragraph(letters);
    doc.heading(letters);
    const text = await extractPdfText(await doc.render());
    const body = text.pages[0]?.lines.slice(2, -1) ?? [];
    expect(squash(body.join(' '))).toBe(`${letters} ${letters}`);
  });

  it('wraps long mixed paragraphs without losing or changing a character', async () => {
    const sentence =
      'მიკროკრედენციალის კურსის „მონაცემთა ანალიტიკა“ (MC-2026-0007) განხორციელების უფლება — the right to implement the course, 2026-06-16 – 2028-06-15. ';
    const paragraph = sentence.repeat(12).trim();
    const doc = new PdfBuilder(options());
    doc.paragraph(paragraph);
    const text = await extractPdfText(await doc.render());
    const lines = text.pages[0]?.lines ?? [];
    const body = lines.slice(2, -1); // without the header's two lines and the footer
    expect(body.length).toBeGreaterThan(8);
    expect(body.join(' ')).toBe(paragraph);
  });

  it('breaks pages, repeats the header, and numbers pages "n / N"', async () => {
    const doc = new PdfBuilder(options());
    for (let i = 1; i <= 90; i++) doc.paragraph(`${i}. აბზაცი – paragraph ${i}`);
    expect(doc.pageCount).toBeGreaterThan(2);
    const text = await extractPdfText(await doc.render());
    const total = text.pages.length;
    expect(total).toBe(doc.pageCount);
    text.pages.forEach((page, index) => {
      expect(page.lines[0]).toBe('სსიპ – განათლების ხარისხის განვითარების ეროვნული ცენტრი ORD-2026-0012');
      expect(page.lines[1]).toBe('LEPL – National Center for Educational Quality Enhancement 2026-04-16');
      expect(page.lines.at(-1)).toBe(`ORD-2026-0012 ${index + 1} / ${total}`);
    });
    const paragraphs = text.pages.flatMap((page) => page.lines.slice(2, -1));
    expect(paragraphs).toEqual(Array.from({ length: 90 }, (_, i) => `${i + 1}. აბზაცი – paragraph ${i + 1}`));
  });

  it('splits a table row taller than a page across pages and keeps every word in order', async () => {
    const words = Array.from({ length: 700 }, (_, i) => (i % 2 === 0 ? `სიტყვა${i}` : `word${i}`));
    const doc = new PdfBuilder(options());
    doc.table({
      columns: [
        { width: 1, header: '№' },
        { width: 6, header: 'დასაბუთება / Reasons' },
      ],
      rows: [
        ['1.1', words.join(' ')],
        ['1.2', 'მოკლე / short'],
      ],
    });
    const text = await extractPdfText(await doc.render());
    expect(text.pages.length).toBeGreaterThan(1);
    const found = text.pages.flatMap((page) => page.lines.flatMap((line) => line.split(' '))).filter((w) => /^(სიტყვა|word)\d+$/.test(w));
    expect(found).toEqual(words);
    // The header row is repeated on every page the table runs onto.
    for (const page of text.pages) expect(page.lines.some((line) => line.startsWith('№ დასაბუთება / Reasons'))).toBe(true);
    expect(containsText(text, 'მოკლე / short')).toBe(true);
  });

  it('never leaves signatures alone on a page: the block before them moves along', async () => {
    const doc = new PdfBuilder(options());
    doc.paragraph('შესავალი / Introduction');
    doc.space(620);
    doc.group(() => {
      doc.paragraph('ბოლო აბზაცი');
      doc.paragraph('Last paragraph');
    });
    doc.signatures([{ role: 'თავმჯდომარე / Chair', name: 'ნინო ბერიძე / Nino Beridze', date: '2026-04-16' }]);
    const text = await extractPdfText(await doc.render());
    expect(text.pages).toHaveLength(2);
    expect(text.pages[0]?.lines.slice(2, -1)).toEqual(['შესავალი / Introduction']);
    expect(text.pages[1]?.lines.slice(2, -1)).toEqual(['ბოლო აბზაცი', 'Last paragraph', 'თავმჯდომარე / Chair', 'ნინო ბერიძე / Nino Beridze', '2026-04-16']);
  });

  it('breaks a word wider than the line instead of letting it overflow', async () => {
    const long = 'ა'.repeat(150) + 'B'.repeat(150);
    const doc = new PdfBuilder(options());
    doc.paragraph(long);
    const text = await extractPdfText(await doc.render());
    const body = text.pages[0]?.lines.slice(2, -1) ?? [];
    expect(body.length).toBeGreaterThan(1);
    expect(body.join('')).toBe(long);
  });

  it('is deterministic: the same input gives the same bytes, dated from the document', async () => {
    const build = async (date: string): Promise<Uint8Array> => {
      const doc = new PdfBuilder(options(date));
      doc.heading('სათაური / Title');
      doc.keyValues([{ label: 'კოდი / Code', value: 'ORD-2026-0012' }]);
      doc.list(['ერთი', 'two'], { ordered: true });
      doc.signatures([{ role: 'თავმჯდომარე / Chair', name: 'ნინო ბერიძე / Nino Beridze', date }]);
      return doc.render();
    };
    const first = await build('2026-04-16');
    const second = await build('2026-04-16');
    const once = new PdfBuilder(options());
    once.paragraph('ერთხელ / once');
    expect(Buffer.from(await once.render()).equals(Buffer.from(await once.render()))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const other = await build('2026-04-17');
    expect(Buffer.from(first).equals(Buffer.from(other))).toBe(false);
    const text = await extractPdfText(first);
    // Midnight in Tbilisi (UTC+4) is 20:00 UTC the day before.
    expect(text.info.CreationDate).toBe('D:20260415200000Z');
    expect(text.info.ModDate).toBe('D:20260415200000Z');
    expect(text.info.Title).toBe('Test – ORD-2026-0012');
    expect(text.info.Language).toBe('ka');
  });
});
