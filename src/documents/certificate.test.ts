import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { completeElements, elementLabels, IncompleteCredentialError, mandatoryElements } from '../domain/credential/elements.js';
import { signCredential } from '../trust/credentials.js';
import { ISSUER_DID, openBadgeCredential, trustSetup } from '../../test/trust/fixtures.js';
import { renderCertificatePdf } from './certificate.js';
import { containsText, extractPdfText, squash, type PdfText } from './pdf-text.js';

type Json = Record<string, unknown>;

let signed: Json;
let verifyUrl: string;
let pdf: Uint8Array;
let text: PdfText;

beforeAll(async () => {
  const { store, documentLoader } = await trustSetup();
  const key = await store.getActiveKey(ISSUER_DID);
  signed = await signCredential(openBadgeCredential(), { key: key!, documentLoader, date: new Date('2025-06-30T10:00:00Z') });
  verifyUrl = `https://microcred.ge/verify/${String(signed.id)}`;
  pdf = await renderCertificatePdf(signed, { verifyUrl });
  text = await extractPdfText(pdf);
});

/** The rectangles painted on a page (the QR modules are the only `re` operators), in PDF units. */
async function rectangles(bytes: Uint8Array, pageIndex: number): Promise<{ x: number; y: number; size: number }[]> {
  const doc = await PDFDocument.load(bytes);
  const contents = doc.getPage(pageIndex).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  const source = streams
    .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
    .map((stream) => new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()))
    .join('\n');
  return [...source.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\b/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), size: Number(m[3]) }));
}

describe('renderCertificatePdf', () => {
  it('prints every EU element, in Georgian and in English', () => {
    const e = completeElements(signed);
    const expected = [
      e.learnerName,
      e.title.ka,
      e.title.en,
      ...[...e.deliveringInstitutions, ...e.awardingBodies, e.region, e.assessmentType, e.participationDetails].flatMap((b) => [b.ka, b.en]),
      ...Object.values(e.learningOutcomes).flatMap((items) => items.flatMap((b) => [b.ka, b.en])),
      e.qualityAssurance.internal.ka,
      e.qualityAssurance.internal.en,
      e.qualityAssurance.external.ka,
      e.qualityAssurance.external.en,
      'საქართველო (GE)',
      'Georgia (GE)',
      '2025-06-30',
      '4 ECTS (100 საათი)',
      '4 ECTS (100 hours)',
      'ეკჩ 6 · EQF 6 · პირველი საფეხური',
      'NQF 6 · EQF 6 · First cycle',
      'შერეული',
      'Blended',
      'MC-0001',
      'http://localhost:8080/courses/MC-0001/versions/1',
      'Mtkvari University',
      ISSUER_DID,
      // Each element's row or heading, named in both languages.
      ...mandatoryElements.flatMap((key) => [elementLabels[key].ka, elementLabels[key].en]),
    ];
    const absent = expected.filter((value) => !containsText(text, value));
    expect(absent).toEqual([]);
  });

  it('puts the certificate on page 1, with the verification address under the QR code', () => {
    const page = text.pages[0]!;
    const lines = page.lines.map(squash);
    expect(lines).toContain('სერტიფიკატი');
    expect(lines).toContain('Nino Beridze');
    const url = lines.indexOf(verifyUrl);
    expect(url).toBeGreaterThan(0);
    expect(lines.slice(url + 1, url + 3)).toEqual(['დაასკანერეთ კოდი სერტიფიკატის გადასამოწმებლად', 'Scan the code to verify this certificate']);
    expect(text.info.Title).toBe('Certificate – Applied Data Analysis for Public Policy – Nino Beridze');
  });

  it('draws a QR code whose modules are exactly those of the verification address', async () => {
    const symbol = QRCode.create(verifyUrl, { errorCorrectionLevel: 'M' }).modules;
    const expected = new Set<string>();
    for (let row = 0; row < symbol.size; row++) {
      for (let col = 0; col < symbol.size; col++) if (symbol.get(row, col)) expected.add(`${row},${col}`);
    }
    const squares = await rectangles(pdf, 0);
    const cell = squares[0]!.size;
    const left = Math.min(...squares.map((s) => s.x));
    const top = Math.max(...squares.map((s) => s.y + s.size));
    const drawn = new Set(squares.map((s) => `${Math.round((top - s.y - s.size) / cell)},${Math.round((s.x - left) / cell)}`));
    expect(drawn).toEqual(expected);
    expect(cell * symbol.size).toBeCloseTo(100, 5);
    expect(await rectangles(pdf, 1)).toEqual([]);
  });

  it('moves the QR code to a page of its own when the certificate fills page 1', async () => {
    const crowded = structuredClone(signed);
    const mc = ((crowded.credentialSubject as Json).achievement as { microCredential: Json }).microCredential;
    mc.awardingBodies = Array.from({ length: 14 }, (_, i) => ({ ka: `უნივერსიტეტი ${i + 1}`, en: `University ${i + 1}` }));
    const bytes = await renderCertificatePdf(crowded, { verifyUrl });
    const pages = (await extractPdfText(bytes)).pages.map((page) => page.lines.map(squash));
    const qrPage = pages.findIndex((lines) => lines.includes(verifyUrl));
    expect(qrPage).toBe(1);
    expect((await rectangles(bytes, 1)).length).toBeGreaterThan(100);
    // Nothing else shares the page with it but the running header (two lines) and footer.
    expect(pages[1]!.slice(2)).toEqual([
      verifyUrl,
      'დაასკანერეთ კოდი სერტიფიკატის გადასამოწმებლად',
      'Scan the code to verify this certificate',
      'Mtkvari University 2 / 4',
    ]);
    expect(pages[2]![2]).toBe(squash('მიკროკრედენციალის ელემენტები / Elements of the micro-credential'));
  });

  it('writes a Georgian learner name, and the same bytes for the same credential', async () => {
    const georgian = structuredClone(signed);
    (georgian.credentialSubject as Json).identifier = [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'ნინო ბერიძე' }];
    const first = await renderCertificatePdf(georgian, { verifyUrl });
    expect((await extractPdfText(first)).pages[0]!.lines).toContain('ნინო ბერიძე');
    expect(Buffer.from(await renderCertificatePdf(georgian, { verifyUrl })).equals(Buffer.from(first))).toBe(true);
  });

  it('refuses a credential that lacks an element, and an address that is not http(s)', async () => {
    const partial = structuredClone(signed);
    delete ((partial.credentialSubject as Json).achievement as { microCredential: Json }).microCredential.qualityAssurance;
    await expect(renderCertificatePdf(partial, { verifyUrl })).rejects.toThrow(IncompleteCredentialError);
    await expect(renderCertificatePdf(partial, { verifyUrl })).rejects.toThrow('qualityAssurance.internal, qualityAssurance.external');
    await expect(renderCertificatePdf(signed, { verifyUrl: 'javascript:alert(1)' })).rejects.toThrow('not an http(s) URL');
    await expect(renderCertificatePdf(signed, { verifyUrl: 'verify me' })).rejects.toThrow('not a URL');
  });
});
