// Reads the text back out of a PDF, line by line, with pdf.js (the legacy build, which
// runs on Node 20). The tests use it to prove that what was written is what a reader
// gets: a glyph missing from the embedded fonts would drop its character here; the
// verification route uses it to find the verification link printed on a certificate
// (the text lives only in the embedded fonts' encoding, so the raw bytes do not show it).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPageText {
  /** Lines top to bottom; pieces on one baseline are joined, with a space across a gap. */
  lines: string[];
  /**
   * The page read column by column: text is cut at horizontal gaps, each piece filed under
   * the x where it starts, and each column read top to bottom. A phrase wrapped inside a
   * table cell reads whole here, where `lines` interleaves it with the cells beside it.
   */
  columns: string[];
}

export interface PdfText {
  pages: PdfPageText[];
  info: Record<string, unknown>;
}

interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, isEvalSupported: false });
  const pdf = await task.promise;
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        // pdf.js fills a wide horizontal gap with a made-up space item; drop it, so the gap shows.
        if (item.str.trim() === '' && item.width > fakeSpaceWidth) continue;
        pieces.push({ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width });
      }
      pages.push(readPage(pieces));
    }
    const metadata = await pdf.getMetadata();
    return { pages, info: (metadata.info ?? {}) as Record<string, unknown> };
  } finally {
    await task.destroy();
  }
}

const gap = 1.5;
const fakeSpaceWidth = 6;

function readPage(pieces: Piece[]): PdfPageText {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Piece[][] = [];
  for (const piece of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(first.y - piece.y) <= 1) row.push(piece);
    else rows.push([piece]);
  }
  const lines: string[] = [];
  const columns = new Map<number, string[]>();
  for (const row of rows) {
    const ordered = [...row].sort((a, b) => a.x - b.x);
    // Segments: runs of pieces with no horizontal gap between them.
    const segments: { x: number; text: string }[] = [];
    let end: number | undefined;
    for (const piece of ordered) {
      const last = segments[segments.length - 1];
      if (last && end !== undefined && piece.x - end <= gap) last.text += piece.text;
      else segments.push({ x: piece.x, text: piece.text });
      end = piece.x + piece.width;
    }
    lines.push(segments.map((segment) => segment.text).join(' '));
    for (const segment of segments) {
      const key = Math.round(segment.x);
      const column = columns.get(key) ?? [];
      column.push(segment.text);
      columns.set(key, column);
    }
  }
  return { lines, columns: [...columns.entries()].sort((a, b) => a[0] - b[0]).map(([, texts]) => texts.join(' ')) };
}

/** Collapses runs of whitespace (no-break spaces included), so texts compare equal however they were wrapped. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether the text holds `expected`, read either line by line or column by column. */
export function containsText(text: PdfText, expected: string): boolean {
  const wanted = squash(expected);
  const allLines = squash(text.pages.flatMap((page) => page.lines).join(' '));
  if (allLines.includes(wanted)) return true;
  return text.pages.some((page) => page.columns.some((column) => squash(column).includes(wanted)));
}
