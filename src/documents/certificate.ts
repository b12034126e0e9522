// The PDF certificate of a signed OpenBadgeCredential: page 1 is the certificate itself
// (learner, course, the main facts, and a QR code to the verification page); the pages
// after it list every EU mandatory element, Georgian first and then English. Everything
// is read through domain/credential/elements.ts; a credential that lacks an element is
// refused rather than printed incomplete.
//
// The layout engine (pdf.ts) has no operation for graphics, so the QR code is painted
// onto the rendered PDF afterwards: the certificate keeps room free at the bottom of
// page 1's text area, and the QR code and the address under it are drawn there.
import { PDFDocument, fill, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingRgbColor, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import QRCode, { type BitMatrix } from 'qrcode';
import type { Bilingual } from '../domain/course/description.js';
import { completeElements, elementLabels, type CompleteElements } from '../domain/credential/elements.js';
import { bothLines, factRow, lists, pair, section } from './compose.js';
import type { LoadedFont } from './fonts.js';
import { A4, layoutLines, PdfBuilder, type KeyValueRow } from './pdf.js';

export interface CertificateOptions {
  /** The public verification page of this credential: the QR code opens it. */
  verifyUrl: string;
}

const words = {
  certificate: { ka: 'სერტიფიკატი', en: 'Certificate' },
  lead: { ka: 'მიკროკრედენციალის კურსის წარმატებით დასრულების შესახებ', en: 'of successful completion of a micro-credential course' },
  course: { ka: 'მიკროკრედენციალის კურსი', en: 'Micro-credential course' },
  level: { ka: 'დონე', en: 'Level' },
  hours: { ka: 'საათი', en: 'hours' },
  elements: { ka: 'მიკროკრედენციალის ელემენტები', en: 'Elements of the micro-credential' },
  outcomes: { ka: 'სწავლის შედეგები', en: 'Learning outcomes' },
  scan: { ka: 'დაასკანერეთ კოდი სერტიფიკატის გადასამოწმებლად', en: 'Scan the code to verify this certificate' },
} as const satisfies Record<string, Bilingual>;

// The QR block, in points. pdf.ts ends its text area 58 pt above the bottom edge of the
// page (margin and footer); the block sits just above that, in room the text leaves free.
const textAreaBottom = 58;
const qr = { side: 100, bottom: 64, urlSize: 8, captionSize: 7, leading: 1.4 };

/** Georgian lines first, then English, one item a line. */
const listLines = (items: readonly Bilingual[]): string => [...items.map((item) => item.ka), ...items.map((item) => item.en)].join('\n');

/** The country's name in both languages, from the runtime's CLDR data (Node ships full ICU). */
function countryName(code: string): Bilingual {
  const name = (lang: string): string => new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code;
  return { ka: `${name('ka')} (${code})`, en: `${name('en')} (${code})` };
}

function workload(e: CompleteElements): Bilingual {
  const hours = e.notionalWorkloadHours;
  return hours === null
    ? { ka: `${e.ectsCredits} ECTS`, en: `${e.ectsCredits} ECTS` }
    : { ka: `${e.ectsCredits} ECTS (${hours} ${words.hours.ka})`, en: `${e.ectsCredits} ECTS (${hours} ${words.hours.en})` };
}

function levelLine(e: CompleteElements): Bilingual {
  return {
    ka: `ეკჩ ${e.nqfLevel} · EQF ${e.eqfLevel} · ${e.qfEheaCycle.label.ka}`,
    en: `NQF ${e.nqfLevel} · EQF ${e.eqfLevel} · ${e.qfEheaCycle.label.en}`,
  };
}

const issuerText = (e: CompleteElements): string => (e.issuer.name === null ? e.issuer.id : `${e.issuer.name}\n${e.issuer.id}`);

/** Every element except the learning outcomes, which get a section of their own. */
function elementRows(e: CompleteElements): KeyValueRow[] {
  const rows: KeyValueRow[] = [
    factRow(elementLabels.learnerName, e.learnerName),
    factRow(elementLabels.title, e.title),
    { label: pair(elementLabels.deliveringInstitutions), value: listLines(e.deliveringInstitutions) },
    { label: pair(elementLabels.awardingBodies), value: listLines(e.awardingBodies) },
    factRow(elementLabels.country, countryName(e.country)),
    factRow(elementLabels.region, e.region),
    factRow(elementLabels.awardedDate, e.awardedDate),
    factRow(elementLabels.ectsCredits, workload(e)),
    factRow(elementLabels.nqfLevel, String(e.nqfLevel)),
    factRow(elementLabels.eqfLevel, String(e.eqfLevel)),
    factRow(elementLabels.qfEheaCycle, e.qfEheaCycle.label),
    factRow(elementLabels.assessmentType, e.assessmentType),
    factRow(elementLabels.participationMode, e.participationMode.label),
    factRow(elementLabels.participationDetails, e.participationDetails),
    factRow(elementLabels['qualityAssurance.internal'], e.qualityAssurance.internal),
    factRow(elementLabels['qualityAssurance.external'], e.qualityAssurance.external),
  ];
  if (e.courseCode !== null) rows.push(factRow(elementLabels.courseCode, e.courseCode));
  if (e.courseVersion !== null) rows.push(factRow(elementLabels.courseVersion, String(e.courseVersion)));
  if (e.registryUrl !== null) rows.push(factRow(elementLabels.registryUrl, e.registryUrl));
  if (e.issuer.name !== null) rows.push(factRow(elementLabels.issuerName, e.issuer.name));
  rows.push(factRow(elementLabels.issuer, e.issuer.id));
  return rows;
}

/** Renders the A4 certificate of a signed credential, in Georgian and English. */
export async function renderCertificatePdf(credential: unknown, options: CertificateOptions): Promise<Uint8Array> {
  const verifyUrl = checkedUrl(options.verifyUrl);
  const e = completeElements(credential);
  const awarding = e.awardingBodies.map((body) => body.ka).join(' · ');
  const doc = new PdfBuilder({
    metadata: {
      title: `${words.certificate.en} – ${e.title.en} – ${e.learnerName}`,
      subject: `${words.certificate.ka} – ${e.title.ka}`,
      author: e.issuer.name ?? e.issuer.id,
      keywords: ['micro-credential', ...(e.courseCode === null ? [] : [e.courseCode])],
      language: 'ka',
      date: e.awardedDate,
    },
    frame: {
      headerLeft: [awarding, e.awardingBodies.map((body) => body.en).join(' · ')],
      headerRight: [e.courseCode ?? '', e.awardedDate],
      footerLeft: e.issuer.name ?? e.issuer.id,
    },
  });

  // Page 1: the certificate. Names stand alone or in tables, never bent into Georgian cases.
  doc.space(16);
  doc.heading(words.certificate.ka, { level: 1, align: 'center' });
  doc.heading(words.certificate.en, { level: 1, align: 'center', tone: 'muted' });
  doc.paragraph(bothLines(words.lead), { align: 'center', tone: 'muted', spaceAfter: 18 });
  doc.paragraph(pair(elementLabels.learnerName), { align: 'center', tone: 'muted', size: 9 });
  doc.heading(e.learnerName, { level: 1, align: 'center' });
  doc.space(10);
  doc.paragraph(pair(words.course), { align: 'center', tone: 'muted', size: 9 });
  doc.heading(e.title.ka, { level: 1, align: 'center' });
  doc.heading(e.title.en, { level: 1, align: 'center', tone: 'muted' });
  doc.space(12);
  doc.keyValues([
    { label: pair(elementLabels.awardingBodies), value: listLines(e.awardingBodies) },
    factRow(elementLabels.awardedDate, e.awardedDate),
    factRow(elementLabels.ectsCredits, workload(e)),
    factRow(words.level, levelLine(e)),
    { label: pair(elementLabels.issuerName), value: issuerText(e) },
  ]);
  // Keep the QR block's room free (on the next page if this one is too full) and use it
  // up, so that what follows starts on a page of its own.
  const block = qrBlock(verifyUrl, doc.width);
  const room = qr.bottom - textAreaBottom + block.height + 8;
  doc.ensure(room);
  const qrPage = doc.pageCount - 1;
  doc.space(room);

  // The following pages: every element.
  doc.pageBreak();
  doc.heading(pair(words.elements), { level: 1 });
  doc.keyValues(elementRows(e));
  section(doc, words.outcomes);
  for (const domain of ['knowledge', 'skills', 'responsibilityAutonomy'] as const) {
    doc.heading(pair(elementLabels[`learningOutcomes.${domain}`]), { level: 3 });
    lists(doc, e.learningOutcomes[domain]);
  }

  const pdf = await PDFDocument.load(await doc.render(), { updateMetadata: false });
  pdf.registerFontkit(fontkit);
  await drawQrBlock(pdf, pdf.getPage(qrPage), block);
  return pdf.save({ useObjectStreams: true });
}

function checkedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`verifyUrl is not a URL: ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError(`verifyUrl is not an http(s) URL: ${url}`);
  return url;
}

type Line = ReturnType<typeof layoutLines>[number];

interface QrBlock {
  modules: BitMatrix;
  /** The side of one module, in points. */
  cell: number;
  /** The address, then the caption in Georgian and English: each with its size, top to bottom. */
  lines: { line: Line; size: number; grey: number }[];
  height: number;
}

/** Lays out the QR block: the symbol, its quiet zone, and the lines under it. */
function qrBlock(verifyUrl: string, width: number): QrBlock {
  const modules = QRCode.create(verifyUrl, { errorCorrectionLevel: 'M' }).modules;
  const cell = qr.side / modules.size;
  const lines = [
    ...layoutLines(verifyUrl, qr.urlSize, width).map((line) => ({ line, size: qr.urlSize, grey: 0.07 })),
    ...[words.scan.ka, words.scan.en].flatMap((text) => layoutLines(text, qr.captionSize, width).map((line) => ({ line, size: qr.captionSize, grey: 0.3 }))),
  ];
  // Four modules of light margin under the symbol, as a scanner needs (ISO/IEC 18004 quiet zone).
  const height = qr.side + 4 * cell + lines.reduce((sum, { size }) => sum + size * qr.leading, 0);
  return { modules, cell, lines, height };
}

/** Paints the QR block, centred, bottom up from `qr.bottom`: caption, address, then the symbol. */
async function drawQrBlock(pdf: PDFDocument, page: PDFPage, block: QrBlock): Promise<void> {
  const fonts = new Map<LoadedFont, PDFFont>();
  let y = qr.bottom;
  for (const { line, size, grey } of [...block.lines].reverse()) {
    let x = (A4.width - line.width) / 2;
    for (const run of line.runs) {
      let font = fonts.get(run.font);
      if (!font) {
        // Named apart from the body's subset of the same file, so readers never mix the two up.
        font = await pdf.embedFont(run.font.bytes, { subset: true, customName: `${run.font.key}-Verify` });
        fonts.set(run.font, font);
      }
      page.drawText(run.text, { x, y: y + size * 0.35, size, font, color: rgb(grey, grey, grey) });
      x += run.width;
    }
    y += size * qr.leading;
  }

  // One filled path of squares for the dark modules; row 0 is the top row of the symbol.
  const { modules, cell } = block;
  const left = (A4.width - qr.side) / 2;
  const top = y + 4 * cell + qr.side;
  const squares = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) squares.push(rectangle(left + col * cell, top - (row + 1) * cell, cell, cell));
    }
  }
  page.pushOperators(pushGraphicsState(), setFillingRgbColor(0, 0, 0), ...squares, fill(), popGraphicsState());
}
