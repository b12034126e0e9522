import { describe, expect, it } from 'vitest';
import {
  sampleDocx,
  sampleJpeg,
  sampleOdt,
  samplePdf,
  samplePlainZip,
  samplePng,
  samplePptx,
  sampleXlsx,
  zipArchive,
} from '../../../test/factories/evidence-files.js';
import {
  checkFile,
  cleanFileName,
  type FileTypeId,
  fileTypes,
  HEAD_BYTES,
  identifyFile,
  MAX_FILE_BYTES,
  normaliseMediaType,
  sniffFamily,
  TAIL_BYTES,
  zipEntryNames,
} from './file-types.js';

const sample = (bytes: Buffer) => ({ head: bytes.subarray(0, HEAD_BYTES), tail: bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)), sizeBytes: bytes.length });
const check = (bytes: Buffer, originalName: string, declaredType: string | null) => checkFile({ ...sample(bytes), originalName, declaredType });
const codes = (result: ReturnType<typeof checkFile>) => (result.ok ? [] : result.errors.map((error) => `${error.path}:${error.code}`));

const samples: Record<FileTypeId, { bytes: Buffer; name: string }> = {
  pdf: { bytes: samplePdf(), name: 'self-evaluation.pdf' },
  docx: { bytes: sampleDocx(), name: 'syllabus.docx' },
  xlsx: { bytes: sampleXlsx(), name: 'budget.xlsx' },
  pptx: { bytes: samplePptx(), name: 'slides.pptx' },
  odt: { bytes: sampleOdt(), name: 'agreement.odt' },
  png: { bytes: samplePng(), name: 'diagram.png' },
  jpeg: { bytes: sampleJpeg(), name: 'photo.jpg' },
};

describe('identifying a file by its bytes', () => {
  it.each(fileTypes.map((type) => [type.id, type] as const))('%s is recognised from a real minimal sample', (id, type) => {
    const { bytes, name } = samples[id];
    expect(identifyFile(sample(bytes)).type?.id).toBe(id);
    const result = check(bytes, name, type.mediaType);
    expect(result).toEqual({ ok: true, type });
  });

  it('decides from the first 8 bytes whether a file can be one of ours', () => {
    expect(sniffFamily(samplePdf().subarray(0, 8))).toBe('pdf');
    expect(sniffFamily(samplePng().subarray(0, 8))).toBe('png');
    expect(sniffFamily(sampleJpeg().subarray(0, 8))).toBe('jpeg');
    expect(sniffFamily(sampleDocx().subarray(0, 8))).toBe('zip');
    expect(sniffFamily(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'))).toBeNull(); // a Windows program
    expect(sniffFamily(Buffer.from('<html><b'))).toBeNull();
    expect(sniffFamily(Buffer.from(' %PDF-1.4'))).toBeNull(); // the signature must be at the start
    expect(sniffFamily(new Uint8Array())).toBeNull();
  });

  it('refuses a plain ZIP archive, naming why', () => {
    const result = check(samplePlainZip(), 'evidence.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(codes(result)).toEqual(['file:file_type']);
    expect(result.ok ? '' : result.errors[0]!.message).toMatch(/plain ZIP/);
  });

  it('refuses a ZIP with [Content_Types].xml but no Word, Excel or PowerPoint part', () => {
    const bytes = zipArchive([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'visio/document.xml', content: '<x/>' },
    ]);
    expect(codes(check(bytes, 'drawing.docx', null))).toEqual(['file:file_type']);
  });

  it('refuses a macro-enabled Office document even when it is named .docx', () => {
    const bytes = zipArchive([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/document.xml', content: '<w:document/>' },
      { name: 'word/vbaProject.bin', content: 'macro' },
    ]);
    const result = check(bytes, 'report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(codes(result)).toEqual(['file:file_type']);
    expect(result.ok ? '' : result.errors[0]!.message).toMatch(/macros/);
  });

  it('tells OpenDocument text from other OpenDocument files by the stored mimetype entry', () => {
    expect(identifyFile(sample(sampleOdt())).type?.id).toBe('odt');
    expect(identifyFile(sample(sampleOdt('application/vnd.oasis.opendocument.spreadsheet'))).type).toBeNull();
  });

  it('finds the OOXML parts through the central directory even when [Content_Types].xml is not the first entry', () => {
    const bytes = zipArchive([
      { name: '_rels/.rels', content: '<Relationships/>' },
      { name: 'xl/workbook.xml', content: '<workbook/>' },
      { name: '[Content_Types].xml', content: '<Types/>' },
    ]);
    expect(identifyFile(sample(bytes)).type?.id).toBe('xlsx');
  });

  it('reads the central directory from the tail of a file longer than the tail window', () => {
    const bytes = zipArchive([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/media/big.bin', content: Buffer.alloc(TAIL_BYTES + 10_000, 7) },
      { name: 'word/document.xml', content: '<w:document/>' },
    ]);
    const { tail, sizeBytes } = sample(bytes);
    expect(tail.length).toBe(TAIL_BYTES);
    expect(zipEntryNames(tail, sizeBytes)).toEqual(['[Content_Types].xml', 'word/media/big.bin', 'word/document.xml']);
    expect(identifyFile(sample(bytes)).type?.id).toBe('docx');
  });

  it('refuses a ZIP whose directory is missing (a truncated file)', () => {
    const bytes = sampleDocx();
    const truncated = bytes.subarray(0, bytes.length - 40);
    expect(zipEntryNames(truncated, truncated.length)).toBeNull();
    expect(codes(check(truncated, 'syllabus.docx', null))).toEqual(['file:file_type']);
  });
});

describe('checking a file', () => {
  it('refuses an empty file and one over the limit', () => {
    expect(codes(check(Buffer.alloc(0), 'empty.pdf', 'application/pdf'))).toEqual(['file:file_empty']);
    const pdf = samplePdf();
    expect(codes(checkFile({ ...sample(pdf), sizeBytes: MAX_FILE_BYTES + 1, originalName: 'big.pdf', declaredType: 'application/pdf' }))).toEqual([
      'file:file_too_large',
    ]);
    expect(checkFile({ ...sample(pdf), sizeBytes: MAX_FILE_BYTES, originalName: 'big.pdf', declaredType: 'application/pdf' }).ok).toBe(true);
    expect(codes(checkFile({ ...sample(pdf), originalName: 'a.pdf', declaredType: null, maxBytes: 10 }))).toEqual(['file:file_too_large']);
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
  });

  it('refuses bytes of a type we do not accept, whatever the name and declared type say', () => {
    const html = Buffer.from('<!doctype html><script>alert(1)</script>');
    expect(codes(check(html, 'report.pdf', 'application/pdf'))).toEqual(['file:file_type']);
  });

  it('refuses a declared media type that disagrees with the bytes', () => {
    expect(codes(check(samplePng(), 'diagram.png', 'application/pdf'))).toEqual(['file:type_mismatch']);
    expect(codes(check(sampleDocx(), 'syllabus.docx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))).toEqual([
      'file:type_mismatch',
    ]);
  });

  it('refuses an extension that disagrees with the bytes, or none', () => {
    expect(codes(check(samplePdf(), 'report.docx', null))).toEqual(['file:type_mismatch']);
    expect(codes(check(samplePdf(), 'report', 'application/pdf'))).toEqual(['file:type_mismatch']);
    expect(codes(check(sampleXlsx(), 'budget.docx', null))).toEqual(['file:type_mismatch']);
    // both wrong: both named
    expect(codes(check(samplePng(), 'diagram.jpg', 'image/jpeg'))).toEqual(['file:type_mismatch', 'file:type_mismatch']);
  });

  it('accepts no declaration (application/octet-stream), media type parameters, case, and the JPEG aliases', () => {
    expect(check(samplePdf(), 'report.pdf', 'application/octet-stream').ok).toBe(true);
    expect(check(samplePdf(), 'report.pdf', null).ok).toBe(true);
    expect(check(samplePdf(), 'REPORT.PDF', 'Application/PDF; charset=binary').ok).toBe(true);
    expect(check(sampleJpeg(), 'photo.jpeg', 'image/jpg').ok).toBe(true);
    expect(check(sampleJpeg(), 'photo.JPG', 'image/pjpeg').ok).toBe(true);
    expect(normaliseMediaType(' Image/PNG ; q=1')).toBe('image/png');
    expect(normaliseMediaType('')).toBeNull();
  });
});

describe('file names', () => {
  it('keep only the last path segment, without control characters, at most 255 characters', () => {
    expect(cleanFileName('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(cleanFileName('C:\\Users\\nino\\Desktop\\თვითშეფასება.docx')).toBe('თვითშეფასება.docx');
    expect(cleanFileName('re\u0000port\n.pdf')).toBe('report.pdf');
    expect(cleanFileName('..')).toBe('..');
    expect(Array.from(cleanFileName(`${'ა'.repeat(300)}.pdf`))).toHaveLength(255);
  });
});
