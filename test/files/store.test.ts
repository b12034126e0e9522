import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { contentPath, fileExists, readFile, stageFile, storeFile } from '../../src/files/store.js';
import { samplePdf, samplePng } from '../factories/evidence-files.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'microcred-store-'));
});
afterAll(async () => {
  await database?.drop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await sql`DELETE FROM files`.execute(database.db);
  await fs.rm(path.join(dataDir, 'files'), { recursive: true, force: true });
});

const deps = () => ({ db: database.db, dataDir });
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function regularFiles(): Promise<string[]> {
  const root = path.join(dataDir, 'files');
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** A stream that yields `chunks` pieces and counts how many were pulled. */
function countingStream(first: Buffer, chunks: number, chunkSize: number) {
  let pulled = 0;
  const stream = Readable.from(
    (function* () {
      pulled += 1;
      yield first;
      for (let index = 0; index < chunks; index += 1) {
        pulled += 1;
        yield Buffer.alloc(chunkSize, 0x20);
      }
    })(),
  );
  return { stream, pulled: () => pulled };
}

describe('the content-addressed store', () => {
  it('stores bytes at files/ab/cd/<sha256>, records them, and reads them back', async () => {
    const bytes = samplePdf('store');
    const stored = await storeFile(deps(), { bytes, originalName: 'report.pdf', declaredType: 'application/pdf', uploadedBy: null });
    expect(stored).toEqual({ sha256: sha256(bytes), mediaType: 'application/pdf', sizeBytes: bytes.length, originalName: 'report.pdf' });
    expect(contentPath(dataDir, stored.sha256)).toBe(path.join(dataDir, 'files', stored.sha256.slice(0, 2), stored.sha256.slice(2, 4), stored.sha256));
    expect(await regularFiles()).toEqual([path.relative(path.join(dataDir, 'files'), contentPath(dataDir, stored.sha256))]);
    expect(await fileExists(dataDir, stored.sha256)).toBe(true);
    expect(await text(await readFile(dataDir, stored.sha256))).toBe(bytes.toString());
    const row = await database.db.selectFrom('files').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ sha256: stored.sha256, media_type: 'application/pdf', size_bytes: bytes.length, original_name: 'report.pdf', uploaded_by: null });
  });

  it('streams, and stops reading as soon as the limit is passed', async () => {
    const source = countingStream(samplePdf(), 1000, 1024);
    await expect(
      storeFile(deps(), { stream: source.stream, originalName: 'big.pdf', declaredType: 'application/pdf', uploadedBy: null, maxBytes: 10 * 1024 }),
    ).rejects.toMatchObject({ code: 'payload_too_large', errors: [{ path: 'file', code: 'file_too_large' }] });
    expect(source.pulled()).toBeLessThan(20);
    expect(await regularFiles()).toEqual([]);
  });

  it('refuses bytes that can be no accepted type after the first few bytes, without reading the rest', async () => {
    const source = countingStream(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 1000, 1024);
    await expect(storeFile(deps(), { stream: source.stream, originalName: 'setup.pdf', declaredType: null, uploadedBy: null })).rejects.toMatchObject({
      code: 'validation',
      errors: [{ path: 'file', code: 'file_type' }],
    });
    expect(source.pulled()).toBeLessThan(20);
    expect(await regularFiles()).toEqual([]);
  });

  it('keeps one copy of the same bytes, and a staged file that is discarded leaves nothing', async () => {
    const bytes = samplePng();
    await storeFile(deps(), { bytes, originalName: 'a.png', declaredType: 'image/png', uploadedBy: null });
    await storeFile(deps(), { bytes, originalName: 'b.png', declaredType: 'image/png', uploadedBy: null });
    expect(await regularFiles()).toHaveLength(1);

    const staged = await stageFile(deps(), { bytes: samplePdf('staged'), originalName: 'c.pdf', declaredType: null, uploadedBy: null });
    expect(await regularFiles()).toHaveLength(2); // the temporary file
    await staged.discard();
    expect(await regularFiles()).toHaveLength(1);
    const rows = await database.db.selectFrom('files').select(['original_name']).execute();
    expect(rows).toEqual([{ original_name: 'a.png' }]);
  });

  it('never builds a path from anything but a hash', async () => {
    expect(await fileExists(dataDir, '../../etc/passwd')).toBe(false);
    await expect(readFile(dataDir, '../../etc/passwd')).rejects.toBeInstanceOf(DomainError);
    await expect(readFile(dataDir, 'f'.repeat(64))).rejects.toMatchObject({ code: 'not_found' });
    expect(() => contentPath(dataDir, 'F'.repeat(64))).toThrow(DomainError);
  });
});
