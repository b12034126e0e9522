import { deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { IncompleteCredentialError } from '../domain/credential/elements.js';
import { signCredential } from '../trust/credentials.js';
import { ISSUER_DID, openBadgeCredential, trustSetup } from '../../test/trust/fixtures.js';
import { BadgeImageError, badgePng, badgeSvg, bakePng, bakeSvg, crc32, extractFromPng, extractFromSvg } from './badge.js';

type Json = Record<string, unknown>;

let signed: Json;
let json: string;
let svg: string;
let png: Uint8Array;

beforeAll(async () => {
  const { store, documentLoader } = await trustSetup();
  const key = await store.getActiveKey(ISSUER_DID);
  signed = await signCredential(openBadgeCredential(), { key: key!, documentLoader, date: new Date('2025-06-30T10:00:00Z') });
  json = JSON.stringify(signed, null, 2);
  svg = badgeSvg(signed);
  png = badgePng(signed);
});

/** The PNG's chunks as the test reads them, independently of badge.ts. */
function chunks(file: Uint8Array): { type: string; data: Buffer }[] {
  const buffer = Buffer.from(file);
  const out = [];
  for (let offset = 8; offset < buffer.length; ) {
    const length = buffer.readUInt32BE(offset);
    out.push({ type: buffer.toString('latin1', offset + 4, offset + 8), data: buffer.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  return out;
}

/** The RGBA pixels resvg decodes from a PNG, drawn 1:1 into an SVG of its size. */
function decode(file: Uint8Array): { width: number; height: number; pixels: Buffer } {
  const ihdr = chunks(file)[0]!.data;
  const [width, height] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)];
  const wrapper = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(file).toString('base64')}"/></svg>`;
  const rendered = new Resvg(wrapper, { font: { loadSystemFonts: false } }).render();
  return { width: rendered.width, height: rendered.height, pixels: rendered.pixels };
}

/** A credential whose JSON holds a CDATA terminator, markup and Georgian text. */
function trickyJson(): string {
  const copy = structuredClone(signed);
  copy.description = 'ends a CDATA section: ]]> and ]]]]> and closes the element: </openbadges:credential> — ქართული ტექსტი „ბეჯი“ ✓';
  return JSON.stringify(copy);
}

describe('badgeSvg and badgePng', () => {
  it('draws the title in both languages, level and credits, and the issuer, as text', () => {
    expect(svg).toContain('Applied Data Analysis');
    expect(svg).toContain('for Public Policy');
    expect(svg).toContain('მონაცემთა გამოყენებითი');
    expect(svg).toContain('EQF 6 · 4 ECTS');
    expect(svg).toContain('Mtkvari University');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"')).toBe(true);
    // resvg parses strict XML: a stray "&" or "<" in a title would fail here.
    expect(new Resvg(svg, { font: { loadSystemFonts: false } }).width).toBe(400);
  });

  it('escapes markup in the texts it draws', () => {
    const copy = structuredClone(signed);
    const mc = ((copy.credentialSubject as Json).achievement as Json).microCredential as Json;
    mc.titleTranslations = { en: 'R&D <Basics> "one"', ka: 'კვლევა & განვითარება' };
    const escaped = badgeSvg(copy);
    expect(escaped).toContain('R&amp;D &lt;Basics&gt; &quot;one&quot;');
    expect(new Resvg(escaped, { font: { loadSystemFonts: false } }).width).toBe(400);
  });

  it('rasterises the badge to an 800×800 PNG that decodes', () => {
    const types = chunks(png).map((chunk) => chunk.type);
    expect(types[0]).toBe('IHDR');
    expect(types.at(-1)).toBe('IEND');
    const { width, height, pixels } = decode(png);
    expect([width, height]).toEqual([800, 800]);
    // Not blank: the shield's colour fills the middle of the image.
    const middle = (400 * 800 + 400) * 4;
    expect([...pixels.subarray(middle, middle + 4)]).toEqual([0x1f, 0x3a, 0x68, 0xff]);
  });

  it('refuses a credential that lacks a mandatory element', () => {
    const partial = structuredClone(signed);
    delete (((partial.credentialSubject as Json).achievement as Json).microCredential as Json).titleTranslations;
    expect(() => badgeSvg(partial)).toThrow(IncompleteCredentialError);
  });
});

describe('baking a PNG', () => {
  it('computes the CRC-32 that PNG uses', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('adds one uncompressed iTXt chunk "openbadgecredential" before IEND, and gives the same bytes back', () => {
    const baked = bakePng(png, json);
    const list = chunks(baked);
    expect(list.map((chunk) => chunk.type).slice(-2)).toEqual(['iTXt', 'IEND']);
    const itxt = list.at(-2)!.data;
    const header = Buffer.from('openbadgecredential\0\0\0\0\0', 'latin1');
    expect(itxt.subarray(0, header.length).equals(header)).toBe(true);
    expect(itxt.subarray(header.length).equals(Buffer.from(json, 'utf8'))).toBe(true);
    expect(extractFromPng(baked)).toBe(json);
    // The other chunks are untouched, and every CRC checks out: the image decodes to the same pixels.
    expect(list.filter((chunk) => chunk.type !== 'iTXt')).toEqual(chunks(png));
    expect(decode(baked).pixels.equals(decode(png).pixels)).toBe(true);
  });

  it('round-trips a credential holding "]]>", markup and Georgian text, byte for byte', () => {
    const tricky = trickyJson();
    const extracted = extractFromPng(bakePng(png, tricky));
    expect(extracted).toBe(tricky);
    expect(Buffer.from(extracted!, 'utf8').equals(Buffer.from(tricky, 'utf8'))).toBe(true);
  });

  it('replaces the credential when an image is baked again', () => {
    const twice = bakePng(bakePng(png, json), trickyJson());
    expect(chunks(twice).filter((chunk) => chunk.type === 'iTXt')).toHaveLength(1);
    expect(extractFromPng(twice)).toBe(trickyJson());
  });

  it('finds nothing in an unbaked PNG', () => {
    expect(extractFromPng(png)).toBeNull();
  });

  it('reads a compressed chunk written by another tool', () => {
    const baked = Buffer.from(bakePng(png, json));
    const list = chunks(baked);
    const compressed = Buffer.concat([Buffer.from('openbadgecredential\0\x01\0\0\0', 'latin1'), deflateSync(Buffer.from(json))]);
    const rebuilt = [
      Buffer.from(png.subarray(0, 8)),
      ...list.map(({ type, data }) => {
        const body = type === 'iTXt' ? compressed : data;
        const head = Buffer.alloc(8);
        head.writeUInt32BE(body.length, 0);
        head.write(type, 4, 'latin1');
        const crc = Buffer.alloc(4);
        crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
        return Buffer.concat([head, body, crc]);
      }),
    ];
    expect(extractFromPng(Buffer.concat(rebuilt))).toBe(json);
  });

  it('refuses a file that is not a PNG, or is damaged, with a clear error', () => {
    const baked = bakePng(png, json);
    expect(() => bakePng(new TextEncoder().encode(svg), json)).toThrow('Not a PNG image');
    expect(() => extractFromPng(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toThrow(BadgeImageError);
    const flipped = baked.slice();
    flipped[100] = flipped[100]! ^ 0x01; // inside the image data
    expect(() => extractFromPng(flipped)).toThrow(/Corrupt PNG: the IDAT chunk at byte \d+ fails its CRC check/);
    expect(() => bakePng(flipped, json)).toThrow(BadgeImageError);
    expect(() => extractFromPng(baked.subarray(0, baked.length - 20))).toThrow(/Corrupt PNG: a chunk at byte \d+ runs past the end/);
    expect(() => extractFromPng(baked.subarray(0, baked.length - 12))).toThrow('Corrupt PNG: the file has no IEND chunk.');
  });

  it('bakes only JSON objects', () => {
    expect(() => bakePng(png, 'not json')).toThrow('not JSON');
    expect(() => bakePng(png, '[1, 2]')).toThrow('not a JSON object');
  });
});

describe('baking an SVG', () => {
  it('declares the namespace on the root and puts the credential in CDATA right after it', () => {
    const baked = bakeSvg(svg, json);
    expect(baked).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]* xmlns:openbadges="https:\/\/purl\.imsglobal\.org\/ob\/v3p0"><openbadges:credential><!\[CDATA\[\{/);
    expect(baked.match(/<openbadges:credential>/g)).toHaveLength(1);
    expect(extractFromSvg(baked)).toBe(json);
    // Still a well-formed SVG (resvg's XML parser checks namespaces) that draws the same.
    const draw = (source: string) => new Resvg(source, { font: { loadSystemFonts: false } }).render().pixels;
    expect(draw(baked).equals(draw(svg))).toBe(true);
  });

  it('round-trips a credential holding "]]>", markup and Georgian text, byte for byte', () => {
    const tricky = trickyJson();
    const baked = bakeSvg(svg, tricky);
    expect(baked).toContain(']]]]><![CDATA[>');
    expect(extractFromSvg(baked)).toBe(tricky);
    expect(new Resvg(baked, { font: { loadSystemFonts: false } }).width).toBe(400);
  });

  it('replaces the credential when an image is baked again', () => {
    const twice = bakeSvg(bakeSvg(svg, json), trickyJson());
    expect(twice.match(/<openbadges:credential/g)).toHaveLength(1);
    expect(twice.match(/xmlns:openbadges=/g)).toHaveLength(1);
    expect(extractFromSvg(twice)).toBe(trickyJson());
  });

  it('bakes another SVG: XML declaration, attributes holding ">", an empty root', () => {
    const other = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a badge -->\n<svg xmlns="http://www.w3.org/2000/svg" data-note="a > b" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n';
    const baked = bakeSvg(other, json);
    expect(baked.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!-- a badge -->\n<svg xmlns="http://www.w3.org/2000/svg" data-note="a > b" viewBox="0 0 10 10" xmlns:openbadges=')).toBe(true);
    expect(baked.endsWith('<rect width="10" height="10"/></svg>\n')).toBe(true);
    expect(extractFromSvg(baked)).toBe(json);
    const empty = bakeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', json);
    expect(empty.endsWith(']]></openbadges:credential></svg>')).toBe(true);
    expect(extractFromSvg(empty)).toBe(json);
  });

  it('extracts the shapes the specification shows: CDATA with whitespace around it, and a VC-JWT in `verify`', () => {
    const embedded = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" viewBox="0 0 512 512">\n  <openbadges:credential>\n    <![CDATA[{"id":"urn:uuid:1"}]]>\n  </openbadges:credential>\n</svg>`;
    expect(extractFromSvg(embedded)).toBe('{"id":"urn:uuid:1"}');
    const jwt = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential verify="header.payload.signature"/></svg>`;
    expect(extractFromSvg(jwt)).toBe('header.payload.signature');
  });

  it('finds nothing in an unbaked SVG', () => {
    expect(extractFromSvg(svg)).toBeNull();
  });

  it('refuses what is not an SVG, or is damaged, with a clear error', () => {
    expect(() => bakeSvg('<html><body/></html>', json)).toThrow('Not an SVG image: it has no <svg> element.');
    expect(() => extractFromSvg('{"not":"svg"}')).toThrow(BadgeImageError);
    expect(() => bakeSvg(svg.slice(0, 200), json)).toThrow('Corrupt SVG: the <svg> element is not closed.');
    const baked = bakeSvg(svg, json);
    const cut = baked.slice(0, baked.indexOf(']]>'));
    expect(() => extractFromSvg(cut)).toThrow('Corrupt SVG: a CDATA section in openbadges:credential is not closed.');
    expect(() => extractFromSvg(baked.replace('</openbadges:credential>', '<g>'))).toThrow('Corrupt SVG: the openbadges:credential element is not closed.');
  });
});
