// Fonts for the procedure's PDFs, and the split of a text into runs by font.
//
// Fontsource ships each Noto family as one file per script subset: the Georgian file of
// Noto Sans Georgian has no Latin letters, digits or dashes, and the Latin file of Noto
// Sans has no Georgian. So every text is split into runs, and each run gets the first
// font of a fallback chain that has a glyph for each of its characters: Noto Sans Latin
// first (it also holds the space, digits and punctuation such as the en dash), then
// Latin Extended, then Noto Sans Georgian (Mkhedruli, Mtavruli, Asomtavruli), then
// Cyrillic and Greek for the odd name. The chain is read from the fonts' own character
// maps, so what decides is the glyph really being there, not a table of ranges.
//
// We read the `.woff` files, unpack them once per process into plain TrueType (with
// node:zlib; fontkit's own pure-JS inflate would take most of a document's render time),
// and pdf-lib embeds a TrueType subset of the glyphs used. The `.woff2` files embed
// without an error but render blank with @pdf-lib/fontkit 1.1.1, and pdf-lib without
// `subset: true` writes the WOFF bytes as-is, which readers reject.
// Nothing is downloaded at run time: the files come from node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import fontkit, { type Font } from '@pdf-lib/fontkit';

export type FontWeight = 'regular' | 'bold';

interface FontSource {
  /** Stable key, also the font's name inside the PDF. */
  key: string;
  /** Module path, resolved from node_modules. */
  module: string;
}

const weightNumber: Record<FontWeight, number> = { regular: 400, bold: 700 };

function sources(weight: FontWeight): FontSource[] {
  const w = weightNumber[weight];
  const suffix = weight === 'bold' ? 'Bold' : 'Regular';
  return [
    { key: `NotoSans-${suffix}`, module: `@fontsource/noto-sans/files/noto-sans-latin-${w}-normal.woff` },
    { key: `NotoSansLatinExt-${suffix}`, module: `@fontsource/noto-sans/files/noto-sans-latin-ext-${w}-normal.woff` },
    {
      key: `NotoSansGeorgian-${suffix}`,
      module: `@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-${w}-normal.woff`,
    },
    { key: `NotoSansCyrillic-${suffix}`, module: `@fontsource/noto-sans/files/noto-sans-cyrillic-${w}-normal.woff` },
    { key: `NotoSansGreek-${suffix}`, module: `@fontsource/noto-sans/files/noto-sans-greek-${w}-normal.woff` },
  ];
}

/** One font file: its bytes (for pdf-lib) and its parsed form (for coverage and widths). */
export interface LoadedFont {
  key: string;
  bytes: Uint8Array;
  font: Font;
}

const require = createRequire(import.meta.url);
const loaded = new Map<string, LoadedFont>();

function load(source: FontSource): LoadedFont {
  const cached = loaded.get(source.key);
  if (cached) return cached;
  const bytes = woffToSfnt(new Uint8Array(readFileSync(require.resolve(source.module))));
  const entry = { key: source.key, bytes, font: fontkit.create(bytes) };
  loaded.set(source.key, entry);
  return entry;
}

/**
 * Unpacks a WOFF 1.0 file into the TrueType/OpenType font it wraps: the same tables,
 * inflated where compressed, behind a fresh table directory (W3C WOFF 1.0, section 5).
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const flavor = input.getUint32(4);
  const numTables = input.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = input.getUint32(entry + 4);
    const compLength = input.getUint32(entry + 8);
    const origLength = input.getUint32(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.length !== origLength) throw new Error('corrupt WOFF table');
    return { tag: input.getUint32(entry), checksum: input.getUint32(entry + 16), data };
  });
  const align = (n: number): number => (n + 3) & ~3;
  const headerLength = 12 + 16 * numTables;
  const total = tables.reduce((sum, table) => sum + align(table.data.length), headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(numTables));
  view.setUint32(0, flavor);
  view.setUint16(4, numTables);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, numTables * 16 - power * 16);
  let offset = headerLength;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    view.setUint32(record, table.tag);
    view.setUint32(record + 4, table.checksum);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.length);
    out.set(table.data, offset);
    offset += align(table.data.length);
  });
  return out;
}

/** The fallback chain for a weight, in order of preference. Files are read once per process. */
export function fontChain(weight: FontWeight): LoadedFont[] {
  return sources(weight).map(load);
}

/** A stretch of text drawn with one font. */
export interface FontRun {
  text: string;
  font: LoadedFont;
}

export class UnsupportedCharacterError extends Error {
  constructor(readonly characters: string[]) {
    super(
      `No embedded font has a glyph for ${characters
        .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
        .join(', ')}`,
    );
    this.name = 'UnsupportedCharacterError';
  }
}

const combiningMark = /^\p{M}$/u;

/**
 * Splits a text into runs, each with the first font of the chain that covers its
 * characters. A combining mark stays with the run before it when that font has it.
 * Throws UnsupportedCharacterError when no font covers a character: a legal document
 * must not silently lose a letter.
 */
export function splitRuns(text: string, chain: readonly LoadedFont[]): FontRun[] {
  const runs: FontRun[] = [];
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const last = runs[runs.length - 1];
    if (last && combiningMark.test(char) && last.font.font.hasGlyphForCodePoint(codePoint)) {
      last.text += char;
      continue;
    }
    const font = chain.find((candidate) => candidate.font.hasGlyphForCodePoint(codePoint));
    if (!font) {
      missing.add(char);
      continue;
    }
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  if (missing.size > 0) throw new UnsupportedCharacterError([...missing]);
  return runs;
}

/**
 * Width of a run in points, as pdf-lib will draw it: the sum of the glyphs' advance
 * widths after fontkit's shaping (ligatures included), without kerning, which pdf-lib
 * does not apply either. Shaping is slow next to everything else, and documents repeat
 * their words, so widths in font units are remembered per font (a bounded cache).
 */
export function runWidth(run: FontRun, size: number): number {
  let widths = unitWidths.get(run.font);
  if (!widths) {
    widths = new Map();
    unitWidths.set(run.font, widths);
  }
  let units = widths.get(run.text);
  if (units === undefined) {
    units = 0;
    for (const glyph of run.font.font.layout(run.text).glyphs) units += glyph.advanceWidth;
    if (widths.size >= maxCachedWidths) widths.clear();
    widths.set(run.text, units);
  }
  return (units * size) / run.font.font.unitsPerEm;
}

const maxCachedWidths = 50_000;
const unitWidths = new Map<LoadedFont, Map<string, number>>();
