// The badge image of a signed OpenBadgeCredential, as SVG and PNG, and "baking": carrying
// the credential inside the image file as Open Badges 3.0 specifies (section "Baked
// Badge"). PNG: one iTXt chunk with keyword `openbadgecredential`, compression flag 0,
// empty language tag and translated keyword, and the credential's JSON as its text. SVG:
// `xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"` on the root and, directly after
// its start tag, one `<openbadges:credential>` element with the JSON in a CDATA section.
// Baking an image that already carries a credential replaces it (the specification lets
// the implementer choose between that and an error). Baking takes the credential's exact
// JSON text, so what is extracted is byte for byte what was signed and stored.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { completeElements } from '../domain/credential/elements.js';
import { fontChain } from './fonts.js';
import { layoutLines } from './pdf.js';

export class BadgeImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadgeImageError';
  }
}

// ---------------------------------------------------------------- the image

const size = 400;
const colours = { shield: '#1f3a68', rim: '#c9a227', text: '#ffffff', soft: '#d5deee', ribbonText: '#1f2533' };
const fontFamily = "'Noto Sans', 'Noto Sans Georgian', sans-serif";

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * Wraps a text into at most `maxLines` lines no wider than `width`, at the largest size
 * from `sizes` that fits; at the smallest size a text still too long ends in "…". Widths
 * come from the same Noto fonts the PNG is drawn with (pdf.ts measures them).
 */
function fit(text: string, width: number, maxLines: number, sizes: readonly number[], bold: boolean): { size: number; lines: string[] } {
  const lineTexts = (fontSize: number): string[] =>
    layoutLines(text, fontSize, width, bold).map((line) => line.runs.map((run) => run.text).join(''));
  for (const fontSize of sizes) {
    const lines = lineTexts(fontSize);
    if (lines.length <= maxLines) return { size: fontSize, lines };
  }
  const smallest = sizes[sizes.length - 1]!;
  const lines = lineTexts(smallest).slice(0, maxLines);
  lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/\s+\S+$/, '')}…`;
  return { size: smallest, lines };
}

/** Centred lines of text, the first baseline at `y`. */
function textBlock(block: { size: number; lines: string[] }, y: number, attributes: string): string {
  const spans = block.lines
    .map((line, index) => `<tspan x="${size / 2}" dy="${index === 0 ? 0 : (block.size * 1.25).toFixed(1)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text x="${size / 2}" y="${y}" font-size="${block.size}" text-anchor="middle" ${attributes}>${spans}</text>`;
}

/**
 * The badge of a credential: a shield with the course title in English and Georgian, the
 * levels and credits on a ribbon, and the issuer's name. Text stays text (searchable, and
 * readable by screen readers); the PNG is drawn from this same SVG.
 */
export function badgeSvg(credential: unknown): string {
  const e = completeElements(credential);
  const issuer = e.issuer.name ?? e.awardingBodies[0]!.en;
  const en = fit(e.title.en, 250, 3, [22, 20, 18, 16], true);
  const ka = fit(e.title.ka, 250, 3, [15, 14, 13, 12], false);
  const enTop = 132;
  const kaTop = enTop + (en.lines.length - 1) * en.size * 1.25 + 14 + ka.size * 1.2;
  const issuerBlock = fit(issuer, 190, 2, [13, 12, 11], false);
  const ribbon = `EQF ${e.eqfLevel} · ${e.ectsCredits} ECTS`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(`${e.title.en} – ${ribbon} – ${issuer}`)}">`,
    `<title>${escapeXml(`${e.title.en} / ${e.title.ka}`)}</title>`,
    `<path d="M200 10 L372 56 V196 C372 292 304 356 200 392 C96 356 28 292 28 196 V56 Z" fill="${colours.shield}" stroke="${colours.rim}" stroke-width="8" stroke-linejoin="round"/>`,
    `<path d="M200 28 L356 70 V196 C356 282 294 340 200 373 C106 340 44 282 44 196 V70 Z" fill="none" stroke="${colours.rim}" stroke-width="1.5" opacity="0.8"/>`,
    `<text x="200" y="96" font-size="10.5" font-weight="700" letter-spacing="1" text-anchor="middle" fill="${colours.rim}" font-family="${fontFamily}">MICRO-CREDENTIAL · მიკროკრედენციალი</text>`,
    textBlock(en, enTop, `font-weight="700" fill="${colours.text}" font-family="${fontFamily}"`),
    textBlock(ka, Math.round(kaTop), `fill="${colours.soft}" font-family="${fontFamily}"`),
    `<path d="M8 270 H392 L380 290 L392 310 H8 L20 290 Z" fill="${colours.rim}"/>`,
    `<text x="200" y="297" font-size="19" font-weight="700" text-anchor="middle" fill="${colours.ribbonText}" font-family="${fontFamily}">${escapeXml(ribbon)}</text>`,
    textBlock(issuerBlock, 336, `fill="${colours.text}" font-family="${fontFamily}"`),
    '</svg>',
  ].join('\n');
}

/**
 * resvg reads TrueType/OpenType files from disk only (its Node binding has no font
 * buffers), and not WOFF: so the fonts that fonts.ts unpacks from fontsource's WOFF
 * files are written once, under names derived from their content, to a directory in
 * the system's temporary space. System fonts are never loaded, so a badge looks the
 * same on every machine.
 */
let fontFiles: string[] | undefined;
function badgeFontFiles(): string[] {
  if (fontFiles) return fontFiles;
  const dir = join(tmpdir(), 'microcred-fonts');
  mkdirSync(dir, { recursive: true });
  fontFiles = [...fontChain('regular'), ...fontChain('bold')].map((font) => {
    const file = join(dir, `${font.key}-${createHash('sha256').update(font.bytes).digest('hex').slice(0, 16)}.ttf`);
    if (!statSync(file, { throwIfNoEntry: false })) {
      // Written aside and renamed, so a process running at the same time never reads half a file.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, font.bytes);
      renameSync(partial, file);
    }
    return file;
  });
  return fontFiles;
}

/** The badge as PNG, drawn from `badgeSvg` at twice its size (for high-density screens). */
export function badgePng(credential: unknown): Uint8Array {
  const resvg = new Resvg(badgeSvg(credential), {
    font: { loadSystemFonts: false, fontFiles: badgeFontFiles(), defaultFontFamily: 'Noto Sans' },
    fitTo: { mode: 'width', value: 2 * size },
  });
  return new Uint8Array(resvg.render().asPng());
}

// ---------------------------------------------------------------- baking: PNG

const pngSignature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const keyword = 'openbadgecredential';

const crcTable = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309, as PNG uses it); Node 20's zlib has no crc32 yet. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Chunk {
  type: string;
  data: Uint8Array;
}

/** The chunks of a PNG file, each checked: signature, lengths, CRCs, IHDR first, IEND last. */
function readPng(png: Uint8Array): Chunk[] {
  if (png.length < 8 || !pngSignature.every((byte, index) => png[index] === byte)) {
    throw new BadgeImageError('Not a PNG image: the file does not start with the PNG signature.');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw new BadgeImageError(`Corrupt PNG: the file ends inside a chunk header at byte ${offset}.`);
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw new BadgeImageError(`Corrupt PNG: a chunk at byte ${offset} runs past the end of the file.`);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    if (crc32(typeAndData) !== view.getUint32(offset + 8 + length)) {
      throw new BadgeImageError(`Corrupt PNG: the ${type} chunk at byte ${offset} fails its CRC check.`);
    }
    chunks.push({ type, data: typeAndData.subarray(4) });
    offset = end;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new BadgeImageError('Corrupt PNG: the first chunk is not IHDR.');
  if (chunks[chunks.length - 1]?.type !== 'IEND') throw new BadgeImageError('Corrupt PNG: the file has no IEND chunk.');
  return chunks;
}

function writePng(chunks: readonly Chunk[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + 12 + chunk.data.length, 8));
  const view = new DataView(out.buffer);
  out.set(pngSignature);
  let offset = 8;
  for (const chunk of chunks) {
    view.setUint32(offset, chunk.data.length);
    for (let i = 0; i < 4; i++) out[offset + 4 + i] = chunk.type.charCodeAt(i);
    out.set(chunk.data, offset + 8);
    view.setUint32(offset + 8 + chunk.data.length, crc32(out.subarray(offset + 4, offset + 8 + chunk.data.length)));
    offset += 12 + chunk.data.length;
  }
  return out;
}

/** An iTXt chunk's fields (PNG specification 11.3.4.5): keyword, flags, tags, then the text. */
function parseItxt(data: Uint8Array): { keyword: string; compressed: boolean; text: Uint8Array } | null {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 0 || keywordEnd + 3 > data.length) return null;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return null;
  return {
    keyword: String.fromCharCode(...data.subarray(0, keywordEnd)),
    compressed: data[keywordEnd + 1] === 1,
    text: data.subarray(translatedEnd + 1),
  };
}

const isCredentialChunk = (chunk: Chunk): boolean => chunk.type === 'iTXt' && parseItxt(chunk.data)?.keyword === keyword;

function checkJson(credentialJson: string): void {
  let value: unknown;
  try {
    value = JSON.parse(credentialJson);
  } catch {
    throw new TypeError('The credential to bake is not JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError('The credential to bake is not a JSON object.');
}

/** The PNG with the credential baked in: an uncompressed iTXt chunk just before IEND. */
export function bakePng(png: Uint8Array, credentialJson: string): Uint8Array {
  checkJson(credentialJson);
  const chunks = readPng(png).filter((chunk) => !isCredentialChunk(chunk));
  const header = new TextEncoder().encode(keyword);
  const text = new TextEncoder().encode(credentialJson);
  // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translated keyword + NUL.
  const data = new Uint8Array(header.length + 5 + text.length);
  data.set(header);
  data.set(text, header.length + 5);
  chunks.splice(chunks.length - 1, 0, { type: 'iTXt', data });
  return writePng(chunks);
}

/** The credential baked into a PNG, or null when it carries none. Refuses a damaged file. */
export function extractFromPng(png: Uint8Array): string | null {
  const chunk = readPng(png).find(isCredentialChunk);
  if (!chunk) return null;
  const { compressed, text } = parseItxt(chunk.data)!;
  // Open Badges forbids compression, but iTXt allows it: read it rather than return garbage.
  const bytes = compressed ? inflateSync(text) : text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadgeImageError('Corrupt PNG: the baked credential is not UTF-8 text.');
  }
}

// ---------------------------------------------------------------- baking: SVG

const namespace = 'https://purl.imsglobal.org/ob/v3p0';
// A start tag, its attribute values quoted with either quote (and so free to hold ">").
const attributes = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const svgStart = new RegExp(`<svg(?=[\\s/>])${attributes}>`);
const credentialStart = new RegExp(`<openbadges:credential(?=[\\s/>])(${attributes})>`);

const unescapeXml = (text: string): string =>
  text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex: string, dec: string, name: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()]!,
  );

/** The first <openbadges:credential> element: where it is, and its content (CDATA and text, unescaped). */
function findCredentialElement(svg: string): { start: number; end: number; content: string } | null {
  const open = credentialStart.exec(svg);
  if (!open) return null;
  const start = open.index;
  const attrs = open[1]!;
  if (attrs.endsWith('/')) {
    // An empty element: a VC-JWT credential sits in its `verify` attribute.
    const verify = /\sverify\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs);
    return { start, end: start + open[0].length, content: unescapeXml(verify?.[1] ?? verify?.[2] ?? '') };
  }
  let content = '';
  let at = start + open[0].length;
  for (;;) {
    if (svg.startsWith('<![CDATA[', at)) {
      const close = svg.indexOf(']]>', at);
      if (close < 0) throw new BadgeImageError('Corrupt SVG: a CDATA section in openbadges:credential is not closed.');
      content += svg.slice(at + 9, close);
      at = close + 3;
    } else if (svg.startsWith('<!--', at)) {
      const close = svg.indexOf('-->', at);
      if (close < 0) throw new BadgeImageError('Corrupt SVG: a comment in openbadges:credential is not closed.');
      at = close + 3;
    } else if (svg.startsWith('<', at)) {
      const close = /^<\/openbadges:credential\s*>/.exec(svg.slice(at));
      if (!close) throw new BadgeImageError('Corrupt SVG: the openbadges:credential element is not closed.');
      return { start, end: at + close[0].length, content };
    } else {
      const next = svg.indexOf('<', at);
      if (next < 0) throw new BadgeImageError('Corrupt SVG: the openbadges:credential element is not closed.');
      const text = svg.slice(at, next);
      // Whitespace around a CDATA section is layout, not part of the credential.
      if (text.trim() !== '') content += unescapeXml(text);
      at = next;
    }
  }
}

/** The SVG with the credential baked in, as the first child of its root element. */
export function bakeSvg(svg: string, credentialJson: string): string {
  checkJson(credentialJson);
  const existing = findCredentialElement(svg);
  const source = existing ? svg.slice(0, existing.start) + svg.slice(existing.end) : svg;
  const root = svgStart.exec(source);
  if (!root) throw new BadgeImageError('Not an SVG image: it has no <svg> element.');
  const selfClosing = root[0].endsWith('/>');
  if (!selfClosing && !/<\/svg\s*>/.test(source.slice(root.index))) throw new BadgeImageError('Corrupt SVG: the <svg> element is not closed.');
  let tag = selfClosing ? root[0].slice(0, -2).trimEnd() : root[0].slice(0, -1);
  if (!/\sxmlns:openbadges\s*=/.test(tag)) tag += ` xmlns:openbadges="${namespace}"`;
  // "]]>" would end the CDATA section early: split it across two sections.
  const element = `<openbadges:credential><![CDATA[${credentialJson.replaceAll(']]>', ']]]]><![CDATA[>')}]]></openbadges:credential>`;
  const rest = source.slice(root.index + root[0].length);
  return `${source.slice(0, root.index)}${tag}>${element}${selfClosing ? '</svg>' : ''}${rest}`;
}

/** The credential baked into an SVG, or null when it carries none. */
export function extractFromSvg(svg: string): string | null {
  if (!svgStart.test(svg)) throw new BadgeImageError('Not an SVG image: it has no <svg> element.');
  return findCredentialElement(svg)?.content ?? null;
}
