// Evidence files on disk, stored once under the SHA-256 of their bytes:
// <dataDir>/files/ab/cd/<sha256>. An upload streams into <dataDir>/files/tmp while it is
// hashed, counted and sniffed; it moves to its content address only once every check has
// passed, so a refused upload leaves nothing behind. The client's file name is kept as
// data and never used to build a path.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../db/database.js';
import { findFileRecord, recordFile } from '../db/queries/files.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import {
  checkFile,
  cleanFileName,
  fileTypeError,
  HEAD_BYTES,
  MAX_FILE_BYTES,
  SIGNATURE_BYTES,
  sniffFamily,
  TAIL_BYTES,
  tooLargeError,
} from '../domain/files/file-types.js';

export interface FileStoreDeps {
  db: Db;
  dataDir: string;
}

export interface FileUpload {
  /** The bytes, whole; or `stream`. */
  bytes?: Uint8Array;
  stream?: Readable;
  /** As the client named it; kept (cleaned) for display only. */
  originalName: string;
  /** The media type the client declared; null or application/octet-stream when it did not say. */
  declaredType: string | null;
  uploadedBy: string | null;
  /** Overrides MAX_FILE_BYTES (tests). */
  maxBytes?: number;
}

export interface StoredFile {
  sha256: string;
  mediaType: string;
  sizeBytes: number;
  /** The cleaned name this upload carried. */
  originalName: string;
}

/** A checked upload waiting in the temporary folder: commit it, or discard it. */
export interface StagedFile extends StoredFile {
  commit(): Promise<StoredFile>;
  discard(): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

export function filesRoot(dataDir: string): string {
  return path.join(dataDir, 'files');
}

/** Where the bytes with this hash live. Only ever built from a checked hash. */
export function contentPath(dataDir: string, sha256: string): string {
  if (!isSha256(sha256)) throw new DomainError('not_found', 'There is no such file.');
  return path.join(filesRoot(dataDir), sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export function tooLarge(maxBytes = MAX_FILE_BYTES): DomainError {
  return new DomainError('payload_too_large', tooLargeError(maxBytes).message, [tooLargeError(maxBytes)]);
}

/** Hashes and counts what passes through; refuses past the limit and, early, bytes that can be no accepted type. */
class Inspector extends Transform {
  readonly hash = createHash('sha256');
  sizeBytes = 0;
  private headChunks: Buffer[] = [];
  private headLength = 0;
  private signatureChecked = false;

  constructor(private readonly maxBytes: number) {
    super();
  }

  get head(): Buffer {
    return Buffer.concat(this.headChunks, this.headLength);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.sizeBytes += chunk.length;
    if (this.sizeBytes > this.maxBytes) return callback(tooLarge(this.maxBytes));
    if (this.headLength < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.headLength);
      this.headChunks.push(part);
      this.headLength += part.length;
    }
    if (!this.signatureChecked && this.headLength >= SIGNATURE_BYTES) {
      this.signatureChecked = true;
      if (sniffFamily(this.head) === null) return callback(new ValidationError([fileTypeError()], 'The file was not accepted.'));
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }
}

async function removeQuietly(file: string): Promise<void> {
  await fs.rm(file, { force: true });
}

async function readTail(file: string, sizeBytes: number): Promise<Buffer> {
  const length = Math.min(sizeBytes, TAIL_BYTES);
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, sizeBytes - length);
    // The bytes are about to become the record: make sure they reached the disk.
    await handle.sync();
    return buffer;
  } finally {
    await handle.close();
  }
}

/**
 * Streams an upload into the temporary folder, checking it on the way, and returns it
 * staged. Throws (and leaves nothing) when it is empty, too large, of a type we do not
 * accept, or when its declared type or extension disagrees with its bytes.
 */
export async function stageFile({ db, dataDir }: FileStoreDeps, upload: FileUpload): Promise<StagedFile> {
  const maxBytes = upload.maxBytes ?? MAX_FILE_BYTES;
  const source = upload.stream ?? (upload.bytes ? Readable.from([Buffer.from(upload.bytes)]) : null);
  if (!source) throw new Error('stageFile needs bytes or a stream');
  const originalName = cleanFileName(upload.originalName);

  const tmpDir = path.join(filesRoot(dataDir), 'tmp');
  await fs.mkdir(tmpDir, { recursive: true });
  const temp = path.join(tmpDir, `${randomUUID()}.part`);
  const inspector = new Inspector(maxBytes);
  const sink = createWriteStream(temp, { flags: 'wx' });
  try {
    await pipeline(source, inspector, sink);
    const tail = await readTail(temp, inspector.sizeBytes);
    const check = checkFile({ head: inspector.head, tail, sizeBytes: inspector.sizeBytes, originalName, declaredType: upload.declaredType, maxBytes });
    if (!check.ok) throw new ValidationError(check.errors, 'The file was not accepted.');

    const stored: StoredFile = { sha256: inspector.hash.digest('hex'), mediaType: check.type.mediaType, sizeBytes: inspector.sizeBytes, originalName };
    let settled = false;
    return {
      ...stored,
      async commit() {
        if (settled) throw new Error('this staged file was already committed or discarded');
        settled = true;
        try {
          const target = contentPath(dataDir, stored.sha256);
          await fs.mkdir(path.dirname(target), { recursive: true });
          // Same bytes, same name: if another upload got there first, keep its copy. rename()
          // is atomic, so even a race between two such uploads leaves one whole file.
          if (await fileExistsAt(target)) await removeQuietly(temp);
          else await fs.rename(temp, target);
        } catch (error) {
          await removeQuietly(temp);
          throw error;
        }
        await recordFile(db, { ...stored, originalName, uploadedBy: upload.uploadedBy });
        return stored;
      },
      async discard() {
        if (settled) return;
        settled = true;
        await removeQuietly(temp);
      },
    };
  } catch (error) {
    // Let the half-written file close before removing it, so nothing can recreate it.
    if (!sink.closed) {
      const closed = new Promise<void>((resolve) => sink.once('close', () => resolve()));
      sink.destroy();
      await closed;
    }
    await removeQuietly(temp);
    throw error;
  }
}

/** Stores an upload by its content hash and records it; the same bytes twice are kept once. */
export async function storeFile(deps: FileStoreDeps, upload: FileUpload): Promise<StoredFile> {
  const staged = await stageFile(deps, upload);
  try {
    return await staged.commit();
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

async function fileExistsAt(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

export async function fileExists(dataDir: string, sha256: string): Promise<boolean> {
  return isSha256(sha256) && fileExistsAt(contentPath(dataDir, sha256));
}

/** The stored bytes as a stream; not_found when there are none under this hash. */
export async function readFile(dataDir: string, sha256: string): Promise<Readable> {
  const file = contentPath(dataDir, sha256);
  try {
    const handle = await fs.open(file, 'r');
    return handle.createReadStream();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new DomainError('not_found', 'There is no such file.');
    throw error;
  }
}

/** The recorded facts about a stored file, or undefined. */
export async function findFile(db: Db, sha256: string) {
  if (!isSha256(sha256)) return undefined;
  return findFileRecord(db, sha256);
}
