// A small layout engine on pdf-lib for the procedure's documents: A4 pages with margins,
// a running header and page numbers, headings, paragraphs that wrap mixed Georgian and
// Latin text, key-value tables, bordered tables whose rows wrap and break across pages,
// lists and signature blocks.
//
// Layout happens first, synchronously, into a display list per page (so the page count
// is known when "1 / 3" is written); `render()` then embeds only the fonts the list uses
// and paints it. The same input gives the same bytes: the PDF's dates come from the
// document's own date, never from the clock, and font names are fixed.
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { fontChain, runWidth, splitRuns, type FontWeight, type LoadedFont } from './fonts.js';

/** A piece of inline text; `bold` picks the bold fonts. */
export interface Span {
  text: string;
  bold?: boolean;
}

/** Inline content: a plain string, or spans of regular and bold text. `\n` breaks the line. */
export type Inline = string | readonly Span[];

export type Tone = 'normal' | 'muted';

export interface PdfMetadata {
  title: string;
  subject?: string;
  author?: string;
  keywords?: string[];
  /** BCP 47 language of the document (the Catalog's /Lang). */
  language?: string;
  /** The document's date, YYYY-MM-DD: written as the PDF's creation and modification date. */
  date: string;
}

export interface PdfFrame {
  /** Lines at the top left of every page (e.g. the Center's name in ka and en). */
  headerLeft: string[];
  /** Lines at the top right of every page (e.g. the document code and date). */
  headerRight: string[];
  /** Text at the bottom left of every page; the page number "n / N" is always centred. */
  footerLeft?: string;
}

export interface PdfOptions {
  metadata: PdfMetadata;
  frame: PdfFrame;
}

export interface TableColumn {
  /** Share of the table's width; shares are normalised to sum to 1. */
  width: number;
  header?: Inline;
  bold?: boolean;
  shaded?: boolean;
}

export interface TableOptions {
  columns: readonly TableColumn[];
  rows: readonly (readonly Inline[])[];
  size?: number;
}

export interface KeyValueRow {
  label: Inline;
  value: Inline;
}

export interface SignatureBlock {
  /** The signatory's role, e.g. "თავმჯდომარე / Chair". */
  role: Inline;
  name: string;
  /** Date line under the name; omitted when absent. */
  date?: string;
}

export interface ParagraphOptions {
  size?: number;
  tone?: Tone;
  align?: 'left' | 'center';
  /** Extra space under the paragraph, in points. */
  spaceAfter?: number;
  indent?: number;
}

// A4 in points, and the page's furniture.
export const A4 = { width: 595.28, height: 841.89 } as const;
const margin = { top: 36, bottom: 34, left: 56, right: 56 };
const headerSize = 8;
const footerSize = 8;
const bodySize = 10;
const lineFactor = 1.38;
const baselineFactor = 1.08;
const cellPadding = 3.5;

const colours: Record<Tone | 'rule' | 'shade' | 'border', RGB> = {
  normal: rgb(0.07, 0.07, 0.09),
  muted: rgb(0.3, 0.32, 0.38),
  rule: rgb(0.55, 0.57, 0.62),
  border: rgb(0.6, 0.62, 0.66),
  shade: rgb(0.93, 0.94, 0.96),
};

interface TextOp {
  kind: 'text';
  x: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  size: number;
  font: LoadedFont;
  text: string;
  tone: Tone;
}

interface LineOp {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  thickness: number;
}

interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
}

type Op = TextOp | LineOp | RectOp;

interface PlacedRun {
  text: string;
  font: LoadedFont;
  width: number;
}

/** One laid-out line: runs of one font each, left to right. */
interface Line {
  runs: PlacedRun[];
  width: number;
}

interface Piece {
  text: string;
  bold: boolean;
}

type Token = { kind: 'word'; pieces: Piece[] } | { kind: 'space'; bold: boolean } | { kind: 'newline' };

const chains: Record<FontWeight, () => LoadedFont[]> = {
  regular: () => fontChain('regular'),
  bold: () => fontChain('bold'),
};

function normalise(text: string): string {
  // A no-break space (U+00A0) stays: it joins words that should not be split across lines.
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[\t\v\f]/g, ' ');
}

function spansOf(inline: Inline, bold = false): Span[] {
  if (typeof inline === 'string') return [{ text: inline, bold }];
  return inline.map((span) => ({ text: span.text, bold: bold || span.bold === true }));
}

function tokenize(spans: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let word: Piece[] | undefined;
  const flush = (): void => {
    if (word && word.length > 0) tokens.push({ kind: 'word', pieces: word });
    word = undefined;
  };
  for (const span of spans) {
    const bold = span.bold === true;
    for (const char of normalise(span.text)) {
      if (char === '\n') {
        flush();
        tokens.push({ kind: 'newline' });
      } else if (char === ' ') {
        flush();
        tokens.push({ kind: 'space', bold });
      } else {
        word ??= [];
        const last = word[word.length - 1];
        if (last && last.bold === bold) last.text += char;
        else word.push({ text: char, bold });
      }
    }
  }
  flush();
  return tokens;
}

function shape(pieces: readonly Piece[], size: number): PlacedRun[] {
  const placed: PlacedRun[] = [];
  for (const piece of pieces) {
    for (const run of splitRuns(piece.text, chains[piece.bold ? 'bold' : 'regular']())) {
      const last = placed[placed.length - 1];
      const width = runWidth(run, size);
      if (last && last.font === run.font) {
        last.text += run.text;
        last.width += width;
      } else {
        placed.push({ text: run.text, font: run.font, width });
      }
    }
  }
  return placed;
}

function widthOf(runs: readonly PlacedRun[]): number {
  return runs.reduce((sum, run) => sum + run.width, 0);
}

/** Breaks a word wider than the line into chunks that fit, character by character. */
function breakWord(pieces: readonly Piece[], size: number, maxWidth: number): Piece[][] {
  const chunks: Piece[][] = [];
  let current: Piece[] = [];
  for (const piece of pieces) {
    for (const char of piece.text) {
      const candidate = appendChar(current, char, piece.bold);
      if (current.length > 0 && widthOf(shape(candidate, size)) > maxWidth) {
        chunks.push(current);
        current = appendChar([], char, piece.bold);
      } else {
        current = candidate;
      }
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function appendChar(pieces: readonly Piece[], char: string, bold: boolean): Piece[] {
  const copy = pieces.map((piece) => ({ ...piece }));
  const last = copy[copy.length - 1];
  if (last && last.bold === bold) last.text += char;
  else copy.push({ text: char, bold });
  return copy;
}

/** Lays out inline text into lines no wider than maxWidth. Spaces at a break are dropped. */
export function layoutLines(inline: Inline, size: number, maxWidth: number, bold = false): Line[] {
  const lines: Line[] = [];
  let current: PlacedRun[] = [];
  let pendingSpace: boolean | undefined;
  const pushLine = (): void => {
    lines.push({ runs: current, width: widthOf(current) });
    current = [];
    pendingSpace = undefined;
  };
  const append = (runs: readonly PlacedRun[]): void => {
    for (const run of runs) {
      const last = current[current.length - 1];
      if (last && last.font === run.font) {
        last.text += run.text;
        last.width += run.width;
      } else {
        current.push({ ...run });
      }
    }
  };
  for (const token of tokenize(spansOf(inline, bold))) {
    if (token.kind === 'newline') {
      pushLine();
    } else if (token.kind === 'space') {
      if (current.length > 0 && pendingSpace === undefined) pendingSpace = token.bold;
    } else {
      const word = shape(token.pieces, size);
      const space = pendingSpace === undefined ? [] : shape([{ text: ' ', bold: pendingSpace }], size);
      if (current.length > 0 && widthOf(current) + widthOf(space) + widthOf(word) <= maxWidth) {
        append(space);
        append(word);
        pendingSpace = undefined;
        continue;
      }
      if (current.length > 0) pushLine();
      pendingSpace = undefined;
      if (widthOf(word) <= maxWidth) {
        append(word);
      } else {
        const chunks = breakWord(token.pieces, size, maxWidth);
        chunks.forEach((chunk, index) => {
          if (index > 0) pushLine();
          append(shape(chunk, size));
        });
      }
    }
  }
  if (current.length > 0 || lines.length === 0) pushLine();
  return lines;
}

const lineHeight = (size: number): number => size * lineFactor;

interface Page {
  ops: Op[];
}

/**
 * Builds one document. Call the block methods in reading order, then `render()`.
 * Coordinates inside are measured from the top-left corner of the page.
 */
export class PdfBuilder {
  private readonly pages: Page[] = [];
  private y = 0;
  private blockStart = { page: 0, y: 0 };
  private grouping = false;
  private readonly contentTop: number;
  private readonly contentBottom = A4.height - margin.bottom - footerSize * 3;
  readonly left = margin.left;
  readonly width = A4.width - margin.left - margin.right;

  constructor(private readonly options: PdfOptions) {
    const headerLines = Math.max(options.frame.headerLeft.length, options.frame.headerRight.length);
    this.contentTop = margin.top + headerLines * lineHeight(headerSize) + 14;
    this.newPage();
  }

  get pageCount(): number {
    return this.pages.length;
  }

  private get page(): Page {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('no page');
    return page;
  }

  private newPage(): void {
    this.pages.push({ ops: [] });
    this.y = this.contentTop;
  }

  private remaining(): number {
    return this.contentBottom - this.y;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (height > this.remaining() && this.y > this.contentTop) this.newPage();
  }

  pageBreak(): void {
    if (this.y > this.contentTop) this.newPage();
  }

  /**
   * Treats what `draw` lays out as one block, for `keepWithPrevious` (e.g. an order's
   * operative part with its lead-in, so a signature never stands alone on a page).
   */
  group(draw: () => void): void {
    this.startBlock();
    this.grouping = true;
    try {
      draw();
    } finally {
      this.grouping = false;
    }
  }

  private startBlock(): void {
    if (!this.grouping) this.blockStart = { page: this.pages.length - 1, y: this.y };
  }

  /**
   * Makes room for `height` points; when they do not fit, the block just drawn moves to the
   * next page too (if it began on this page and is at most half a page), so what follows
   * does not start a page alone.
   */
  private keepWithPrevious(height: number): void {
    if (height <= this.remaining() || this.y <= this.contentTop) return;
    const { page, y: cut } = this.blockStart;
    const halfPage = (this.contentBottom - this.contentTop) / 2;
    if (page !== this.pages.length - 1 || cut <= this.contentTop || this.y - cut > halfPage) {
      this.newPage();
      return;
    }
    const source = this.page;
    const moved = source.ops.filter((op) => topOf(op) >= cut - 0.01);
    source.ops = source.ops.filter((op) => topOf(op) < cut - 0.01);
    const end = this.y;
    this.newPage();
    const delta = this.contentTop - cut;
    for (const op of moved) this.page.ops.push(shifted(op, delta));
    this.y = end + delta;
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, this.contentBottom);
  }

  private drawLine(line: Line, x: number, top: number, size: number, tone: Tone): void {
    let cursor = x;
    const baseline = top + size * baselineFactor;
    for (const run of line.runs) {
      this.page.ops.push({ kind: 'text', x: cursor, y: baseline, size, font: run.font, text: run.text, tone });
      cursor += run.width;
    }
  }

  /** Paragraph of wrapped text; lines flow onto the next page as needed. */
  paragraph(inline: Inline, options: ParagraphOptions = {}): void {
    this.startBlock();
    const size = options.size ?? bodySize;
    const indent = options.indent ?? 0;
    const width = this.width - indent;
    const lh = lineHeight(size);
    for (const line of layoutLines(inline, size, width)) {
      this.ensure(lh);
      const x = this.left + indent + (options.align === 'center' ? (width - line.width) / 2 : 0);
      this.drawLine(line, x, this.y, size, options.tone ?? 'normal');
      this.y += lh;
    }
    this.space(options.spaceAfter ?? 4);
  }

  /** A bold heading, kept on the same page as the start of what follows it. */
  heading(inline: Inline, options: { level?: 1 | 2 | 3; tone?: Tone; align?: 'left' | 'center' } = {}): void {
    this.startBlock();
    const level = options.level ?? 2;
    const size = level === 1 ? 13 : level === 2 ? 11 : 10;
    const lh = lineHeight(size);
    const lines = layoutLines(inline, size, this.width, true);
    if (this.y > this.contentTop) this.space(level === 1 ? 4 : 8);
    this.ensure(lines.length * lh + 3 * lineHeight(bodySize));
    for (const line of lines) {
      const x = this.left + (options.align === 'center' ? (this.width - line.width) / 2 : 0);
      this.drawLine(line, x, this.y, size, options.tone ?? 'normal');
      this.y += lh;
    }
    this.space(2);
  }

  /** A thin horizontal rule across the text width. */
  rule(): void {
    this.startBlock();
    this.ensure(8);
    this.y += 4;
    this.page.ops.push({ kind: 'line', x1: this.left, y1: this.y, x2: this.left + this.width, y2: this.y, thickness: 0.6 });
    this.y += 6;
  }

  /** A bulleted or numbered list; each item wraps under its own text. */
  list(items: readonly Inline[], options: { ordered?: boolean; size?: number; tone?: Tone } = {}): void {
    this.startBlock();
    const size = options.size ?? bodySize;
    const lh = lineHeight(size);
    const indent = 16;
    items.forEach((item, index) => {
      const marker = options.ordered ? `${index + 1}.` : '•';
      const lines = layoutLines(item, size, this.width - indent);
      lines.forEach((line, lineIndex) => {
        this.ensure(lh);
        if (lineIndex === 0) {
          const markerLine = layoutLines(marker, size, indent)[0];
          if (markerLine) this.drawLine(markerLine, this.left + 2, this.y, size, options.tone ?? 'normal');
        }
        this.drawLine(line, this.left + indent, this.y, size, options.tone ?? 'normal');
        this.y += lh;
      });
    });
    this.space(4);
  }

  /** A two-column table of labels (shaded, bold) and values. */
  keyValues(rows: readonly KeyValueRow[], options: { labelShare?: number; size?: number } = {}): void {
    const share = options.labelShare ?? 0.4;
    this.table({
      columns: [
        { width: share, bold: true, shaded: true },
        { width: 1 - share },
      ],
      rows: rows.map((row) => [row.label, row.value]),
      size: options.size ?? 8.5,
    });
  }

  /**
   * A bordered table. Cells wrap; a row that does not fit moves to the next page, and a
   * row taller than a page is split between pages. The header row repeats on each page.
   */
  table(options: TableOptions): void {
    this.startBlock();
    const size = options.size ?? 9;
    const lh = lineHeight(size);
    const total = options.columns.reduce((sum, column) => sum + column.width, 0);
    const widths = options.columns.map((column) => (column.width / total) * this.width);
    const xs = widths.map((_, index) => this.left + widths.slice(0, index).reduce((a, b) => a + b, 0));
    const cellLines = (row: readonly Inline[], header: boolean): Line[][] =>
      options.columns.map((column, index) =>
        layoutLines(row[index] ?? '', size, (widths[index] ?? 0) - 2 * cellPadding, header || column.bold === true),
      );
    const hasHeader = options.columns.some((column) => column.header !== undefined);
    const headerLines = hasHeader
      ? cellLines(
          options.columns.map((column) => column.header ?? ''),
          true,
        )
      : undefined;
    const heightOf = (cells: Line[][]): number => Math.max(...cells.map((lines) => lines.length)) * lh + 2 * cellPadding;

    const drawSegment = (cells: Line[][], from: number, count: number, shadedRow: boolean): void => {
      const height = count * lh + 2 * cellPadding;
      const top = this.y;
      options.columns.forEach((column, index) => {
        const x = xs[index] ?? this.left;
        const w = widths[index] ?? 0;
        if (shadedRow || column.shaded) this.page.ops.push({ kind: 'rect', x, y: top, width: w, height });
        const lines = cells[index] ?? [];
        lines.slice(from, from + count).forEach((line, lineIndex) => {
          this.drawLine(line, x + cellPadding, top + cellPadding + lineIndex * lh, size, 'normal');
        });
      });
      const right = this.left + this.width;
      const ops = this.page.ops;
      ops.push({ kind: 'line', x1: this.left, y1: top, x2: right, y2: top, thickness: 0.5 });
      ops.push({ kind: 'line', x1: this.left, y1: top + height, x2: right, y2: top + height, thickness: 0.5 });
      for (const x of [...xs, right]) ops.push({ kind: 'line', x1: x, y1: top, x2: x, y2: top + height, thickness: 0.5 });
      this.y += height;
    };

    const drawHeader = (): void => {
      if (!headerLines) return;
      const lines = Math.max(...headerLines.map((cell) => cell.length));
      drawSegment(headerLines, 0, lines, true);
    };

    const headerHeight = headerLines ? heightOf(headerLines) : 0;
    const firstRow = options.rows[0];
    this.ensure(headerHeight + (firstRow ? heightOf(cellLines(firstRow, false)) : 0));
    if (this.remaining() < headerHeight + lh + 2 * cellPadding) this.newPage();
    drawHeader();

    for (const row of options.rows) {
      const cells = cellLines(row, false);
      const rowLines = Math.max(...cells.map((lines) => lines.length));
      const fullPage = this.contentBottom - this.contentTop - headerHeight;
      if (heightOf(cells) > this.remaining() && heightOf(cells) <= fullPage) {
        this.newPage();
        drawHeader();
      }
      let done = 0;
      while (done < rowLines) {
        const fit = Math.floor((this.remaining() - 2 * cellPadding) / lh);
        if (fit < 1) {
          this.newPage();
          drawHeader();
          continue;
        }
        const count = Math.min(fit, rowLines - done);
        drawSegment(cells, done, count, false);
        done += count;
      }
    }
    this.space(8);
  }

  /** Signature blocks, two to a row: role, room to sign, a line, then name and date. */
  signatures(blocks: readonly SignatureBlock[]): void {
    const size = bodySize;
    const lh = lineHeight(size);
    const gap = 24;
    const columnWidth = blocks.length === 1 ? this.width : (this.width - gap) / 2;
    for (let start = 0; start < blocks.length; start += 2) {
      const row = blocks.slice(start, start + 2);
      const laid = row.map((block) => ({
        role: layoutLines(block.role, size, columnWidth, true),
        name: layoutLines(block.name, size, columnWidth),
        date: block.date === undefined ? [] : layoutLines(block.date, size - 1, columnWidth),
      }));
      const signingRoom = 24;
      const height = Math.max(...laid.map((b) => (b.role.length + b.name.length) * lh + b.date.length * lineHeight(size - 1) + signingRoom + 4));
      if (start === 0) this.keepWithPrevious(height + 10);
      else this.ensure(height + 10);
      this.space(10);
      const top = this.y;
      laid.forEach((block, index) => {
        const x = this.left + index * (columnWidth + gap);
        let y = top;
        for (const line of block.role) {
          this.drawLine(line, x, y, size, 'normal');
          y += lh;
        }
        y += signingRoom;
        this.page.ops.push({ kind: 'line', x1: x, y1: y, x2: x + Math.min(200, columnWidth), y2: y, thickness: 0.6 });
        y += 4;
        for (const line of block.name) {
          this.drawLine(line, x, y, size, 'normal');
          y += lh;
        }
        for (const line of block.date) {
          this.drawLine(line, x, y, size - 1, 'muted');
          y += lineHeight(size - 1);
        }
      });
      this.y = top + height;
    }
    this.space(6);
  }

  /** The header, rule and footer of page `index` of `total`, as operations of their own. */
  private frame(index: number, total: number): Op[] {
    const page: Page = { ops: [] };
    const { frame } = this.options;
    const lh = lineHeight(headerSize);
    frame.headerLeft.forEach((text, row) => {
      const line = layoutLines(text, headerSize, this.width * 0.72, true)[0];
      if (line) this.pushLine(page, line, this.left, margin.top + row * lh, headerSize, 'normal');
    });
    frame.headerRight.forEach((text, row) => {
      const line = layoutLines(text, headerSize, this.width * 0.28)[0];
      if (line) this.pushLine(page, line, this.left + this.width - line.width, margin.top + row * lh, headerSize, 'muted');
    });
    const ruleY = this.contentTop - 8;
    page.ops.push({ kind: 'line', x1: this.left, y1: ruleY, x2: this.left + this.width, y2: ruleY, thickness: 0.8 });

    const footerTop = A4.height - margin.bottom - footerSize * 1.2;
    const number = layoutLines(`${index + 1} / ${total}`, footerSize, this.width)[0];
    if (number) this.pushLine(page, number, this.left + (this.width - number.width) / 2, footerTop, footerSize, 'muted');
    if (frame.footerLeft !== undefined) {
      const left = layoutLines(frame.footerLeft, footerSize, this.width * 0.4)[0];
      if (left) this.pushLine(page, left, this.left, footerTop, footerSize, 'muted');
    }
    return page.ops;
  }

  private pushLine(page: Page, line: Line, x: number, top: number, size: number, tone: Tone): void {
    let cursor = x;
    for (const run of line.runs) {
      page.ops.push({ kind: 'text', x: cursor, y: top + size * baselineFactor, size, font: run.font, text: run.text, tone });
      cursor += run.width;
    }
  }

  /** Paints the display list into a PDF and returns its bytes. It can be called more than once. */
  async render(): Promise<Uint8Array> {
    const total = this.pages.length;
    const pages = this.pages.map((page, index) => [...page.ops, ...this.frame(index, total)]);

    const pdf = await PDFDocument.create({ updateMetadata: false });
    pdf.registerFontkit(fontkit);
    const embedded = new Map<LoadedFont, PDFFont>();
    for (const ops of pages) {
      for (const op of ops) {
        if (op.kind === 'text' && !embedded.has(op.font)) {
          embedded.set(op.font, await pdf.embedFont(op.font.bytes, { subset: true, customName: op.font.key }));
        }
      }
    }

    for (const ops of pages) paint(pdf.addPage([A4.width, A4.height]), ops, embedded);

    const { metadata } = this.options;
    const date = new Date(`${metadata.date}T00:00:00+04:00`);
    if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${metadata.date}`);
    pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
    if (metadata.subject !== undefined) pdf.setSubject(metadata.subject);
    if (metadata.author !== undefined) pdf.setAuthor(metadata.author);
    if (metadata.keywords !== undefined) pdf.setKeywords(metadata.keywords);
    pdf.setLanguage(metadata.language ?? 'ka');
    pdf.setCreator('microcred');
    pdf.setProducer('microcred (pdf-lib)');
    pdf.setCreationDate(date);
    pdf.setModificationDate(date);
    return pdf.save({ useObjectStreams: true });
  }
}

/** The top edge of what an operation paints, measured from the top of the page. */
function topOf(op: Op): number {
  switch (op.kind) {
    case 'text':
      return op.y - op.size * baselineFactor;
    case 'line':
      return Math.min(op.y1, op.y2);
    case 'rect':
      return op.y;
  }
}

function shifted(op: Op, delta: number): Op {
  switch (op.kind) {
    case 'text':
      return { ...op, y: op.y + delta };
    case 'line':
      return { ...op, y1: op.y1 + delta, y2: op.y2 + delta };
    case 'rect':
      return { ...op, y: op.y + delta };
  }
}

function paint(page: PDFPage, ops: readonly Op[], fonts: ReadonlyMap<LoadedFont, PDFFont>): void {
  const height = page.getHeight();
  // Fills first, so borders and text lie on top of shading.
  for (const op of ops) {
    if (op.kind === 'rect') {
      page.drawRectangle({ x: op.x, y: height - op.y - op.height, width: op.width, height: op.height, color: colours.shade });
    }
  }
  for (const op of ops) {
    switch (op.kind) {
      case 'rect':
        break;
      case 'line':
        page.drawLine({
          start: { x: op.x1, y: height - op.y1 },
          end: { x: op.x2, y: height - op.y2 },
          thickness: op.thickness,
          color: op.thickness >= 0.8 ? colours.rule : colours.border,
        });
        break;
      case 'text': {
        const font = fonts.get(op.font);
        if (!font) throw new Error(`font not embedded: ${op.font.key}`);
        page.drawText(op.text, { x: op.x, y: height - op.y, size: op.size, font, color: colours[op.tone] });
        break;
      }
    }
  }
}
