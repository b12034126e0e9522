// The evidence files we accept, told apart by their bytes rather than by what the client
// says. A type is accepted only when the bytes, the declared media type and the file's
// extension all name the same type. Pure: callers hand in the first and last bytes.
import { type FieldError, fieldError } from '../field-error.js';

/** The largest accepted evidence file: 20 MiB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** How many leading bytes the sniffer looks at. */
export const HEAD_BYTES = 4096;
/** How many trailing bytes a ZIP-based document is searched for its central directory. */
export const TAIL_BYTES = 256 * 1024;
/** Enough leading bytes to tell whether a file can be one of ours at all. */
export const SIGNATURE_BYTES = 8;

export const FILE_FIELD = 'file';

export type FileTypeId = 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'png' | 'jpeg';
type Family = 'pdf' | 'zip' | 'png' | 'jpeg';

export interface FileType {
  id: FileTypeId;
  label: string;
  mediaType: string;
  /** Other names clients use for the same media type. */
  aliases: readonly string[];
  extensions: readonly string[];
  family: Family;
}

export const fileTypes: readonly FileType[] = [
  { id: 'pdf', label: 'PDF', mediaType: 'application/pdf', aliases: [], extensions: ['pdf'], family: 'pdf' },
  {
    id: 'docx',
    label: 'Word (DOCX)',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    aliases: [],
    extensions: ['docx'],
    family: 'zip',
  },
  {
    id: 'xlsx',
    label: 'Excel (XLSX)',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    aliases: [],
    extensions: ['xlsx'],
    family: 'zip',
  },
  {
    id: 'pptx',
    label: 'PowerPoint (PPTX)',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    aliases: [],
    extensions: ['pptx'],
    family: 'zip',
  },
  { id: 'odt', label: 'OpenDocument text (ODT)', mediaType: 'application/vnd.oasis.opendocument.text', aliases: [], extensions: ['odt'], family: 'zip' },
  { id: 'png', label: 'PNG image', mediaType: 'image/png', aliases: [], extensions: ['png'], family: 'png' },
  { id: 'jpeg', label: 'JPEG image', mediaType: 'image/jpeg', aliases: ['image/jpg', 'image/pjpeg'], extensions: ['jpg', 'jpeg'], family: 'jpeg' },
];

const typesById = new Map(fileTypes.map((type) => [type.id, type]));
export function fileType(id: FileTypeId): FileType {
  return typesById.get(id)!;
}

const acceptedList = fileTypes.map((type) => type.label).join(', ');

// ---- signatures -------------------------------------------------------------------------

const signatures: ReadonlyArray<{ family: Family; bytes: readonly number[] }> = [
  { family: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { family: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { family: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { family: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // PK\x03\x04, a local file header
];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((byte, index) => bytes[at + index] === byte);
}

/**
 * The family the leading bytes belong to, or null when they cannot be any accepted type.
 * Decidable from the first SIGNATURE_BYTES bytes, so an upload can be refused early.
 */
export function sniffFamily(head: Uint8Array): Family | null {
  return signatures.find((signature) => startsWith(head, signature.bytes))?.family ?? null;
}

// ---- ZIP-based documents ----------------------------------------------------------------

const latin1 = new TextDecoder('latin1');
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}
function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** The name of the first entry, from the local file header at offset 0. */
export function firstZipEntry(head: Uint8Array): { name: string; dataOffset: number; stored: boolean } | null {
  if (!startsWith(head, signatures[3]!.bytes) || head.length < 30) return null;
  const nameLength = u16(head, 26);
  const extraLength = u16(head, 28);
  if (head.length < 30 + nameLength) return null;
  return { name: latin1.decode(head.subarray(30, 30 + nameLength)), dataOffset: 30 + nameLength + extraLength, stored: u16(head, 8) === 0 };
}

/**
 * Every entry name in the ZIP's central directory, read from the file's last bytes
 * (`tail`, the final `tail.length` bytes of a file of `sizeBytes`). Null when the
 * directory is not there (not a whole ZIP, ZIP64, or a directory larger than the tail).
 */
export function zipEntryNames(tail: Uint8Array, sizeBytes: number): string[] | null {
  const EOCD = 0x06054b50;
  const CDH = 0x02014b50;
  const lowest = Math.max(0, tail.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = tail.length - 22; at >= lowest; at -= 1) {
    if (u32(tail, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = u16(tail, eocd + 10);
  const directorySize = u32(tail, eocd + 12);
  const directoryOffset = u32(tail, eocd + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) return null; // ZIP64: not for evidence this small
  const tailStart = sizeBytes - tail.length;
  let at = directoryOffset - tailStart;
  if (at < 0 || at + directorySize > eocd) return null;
  const names: string[] = [];
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > eocd || u32(tail, at) !== CDH) return null;
    const nameLength = u16(tail, at + 28);
    const next = at + 46 + nameLength + u16(tail, at + 30) + u16(tail, at + 32);
    if (next > eocd) return null;
    names.push(latin1.decode(tail.subarray(at + 46, at + 46 + nameLength)));
    at = next;
  }
  return names;
}

type Identified = { type: FileType } | { type: null; reason: string };

function identifyZip(head: Uint8Array, tail: Uint8Array, sizeBytes: number): Identified {
  const first = firstZipEntry(head);
  // ODF: the first entry is `mimetype`, stored uncompressed, holding the media type.
  if (first?.name === 'mimetype') {
    if (first.stored && startsWith(head, ascii(ODT_MIMETYPE), first.dataOffset)) return { type: fileType('odt') };
    return { type: null, reason: 'This OpenDocument file is not a text document (ODT).' };
  }
  const names = zipEntryNames(tail, sizeBytes);
  if (!names) return { type: null, reason: 'The file looks like a ZIP archive but its directory cannot be read.' };
  // OOXML: a [Content_Types].xml part and the main part's folder.
  if (!names.includes('[Content_Types].xml')) return { type: null, reason: 'A plain ZIP archive is not accepted; send the documents themselves.' };
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) {
    return { type: null, reason: 'Office files with macros are not accepted; save the document without macros.' };
  }
  const main = (folder: string) => names.some((name) => name.startsWith(`${folder}/`));
  if (main('word')) return { type: fileType('docx') };
  if (main('xl')) return { type: fileType('xlsx') };
  if (main('ppt')) return { type: fileType('pptx') };
  return { type: null, reason: 'This Office file is not a Word, Excel or PowerPoint document.' };
}

export interface FileSample {
  /** The first bytes of the file (up to HEAD_BYTES). */
  head: Uint8Array;
  /** The last bytes of the file (up to TAIL_BYTES); needed for ZIP-based documents. */
  tail: Uint8Array;
  sizeBytes: number;
}

/** Which accepted type the bytes are, or why they are none. */
export function identifyFile(sample: FileSample): Identified {
  switch (sniffFamily(sample.head)) {
    case 'pdf':
      return { type: fileType('pdf') };
    case 'png':
      return { type: fileType('png') };
    case 'jpeg':
      return { type: fileType('jpeg') };
    case 'zip':
      return identifyZip(sample.head, sample.tail, sample.sizeBytes);
    case null:
      return { type: null, reason: `The file is not one of the accepted types: ${acceptedList}.` };
  }
}

// ---- names and declared types -----------------------------------------------------------

/**
 * The client's file name made safe to keep and show: the last path segment, without
 * control characters, at most 255 characters. Never used to build a path.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return Array.from(clean).slice(0, 255).join('');
}

export function fileExtension(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return match ? match[1]!.toLowerCase() : null;
}

/** The bare, lower-cased media type; null for none or for "I don't know" (application/octet-stream). */
export function normaliseMediaType(declared: string | null | undefined): string | null {
  const bare = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  return bare === '' || bare === 'application/octet-stream' ? null : bare;
}

export function tooLargeError(maxBytes = MAX_FILE_BYTES): FieldError {
  return fieldError(FILE_FIELD, 'file_too_large', `The file is larger than ${formatBytes(maxBytes)}.`);
}

export function emptyFileError(): FieldError {
  return fieldError(FILE_FIELD, 'file_empty', 'The file is empty.');
}

export function fileTypeError(reason = `The file is not one of the accepted types: ${acceptedList}.`): FieldError {
  return fieldError(FILE_FIELD, 'file_type', reason);
}

function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

export interface FileCheckInput extends FileSample {
  originalName: string;
  declaredType: string | null;
  maxBytes?: number;
}

export type FileCheck = { ok: true; type: FileType } | { ok: false; errors: FieldError[] };

/**
 * Checks a whole file: not empty, not too large, an accepted type by its bytes, and a
 * declared media type (when one is given) and extension that agree with the bytes.
 */
export function checkFile(input: FileCheckInput): FileCheck {
  const maxBytes = input.maxBytes ?? MAX_FILE_BYTES;
  if (input.sizeBytes === 0) return { ok: false, errors: [emptyFileError()] };
  if (input.sizeBytes > maxBytes) return { ok: false, errors: [tooLargeError(maxBytes)] };
  const identified = identifyFile(input);
  if (!identified.type) return { ok: false, errors: [fileTypeError(identified.reason)] };
  const type = identified.type;
  const errors: FieldError[] = [];
  const declared = normaliseMediaType(input.declaredType);
  if (declared !== null && declared !== type.mediaType && !type.aliases.includes(declared)) {
    errors.push(fieldError(FILE_FIELD, 'type_mismatch', `The file was sent as ${declared} but its content is ${type.label} (${type.mediaType}).`));
  }
  const extension = fileExtension(cleanFileName(input.originalName));
  if (extension === null || !type.extensions.includes(extension)) {
    const expected = type.extensions.map((candidate) => `.${candidate}`).join(' or ');
    const found = extension === null ? 'has no extension' : `ends in .${extension}`;
    errors.push(fieldError(FILE_FIELD, 'type_mismatch', `The file's content is ${type.label}, but its name ${found}; name it with ${expected}.`));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, type };
}
