import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { fixedClock } from '../../src/domain/calendar/tbilisi.js';
import { MAX_FILE_BYTES } from '../../src/domain/files/file-types.js';
import type { Db } from '../../src/db/database.js';
import { loadDemoData } from '../../src/db/seed/load-demo.js';
import { buildApp } from '../../src/http/app.js';
import { contentPath } from '../../src/files/store.js';
import {
  type MultipartPart,
  multipartBody,
  sampleDocx,
  sampleJpeg,
  sampleOdt,
  samplePdf,
  samplePlainZip,
  samplePng,
  samplePptx,
  sampleXlsx,
} from '../factories/evidence-files.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { DEMO_PASSWORD, PUBLIC_URL, TEST_NOW } from '../helpers/platform.js';

// The shared test platform keeps no data directory, so this file builds its own app with one.
interface Agent {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

let database: TestDatabase;
let db: Db;
let app: FastifyInstance;
let dataDir: string;
let admin: Agent;
let officer: Agent;
let expert: Agent;
let learner: Agent;
let signIns = 0;

async function signIn(email: string): Promise<Agent> {
  signIns += 1;
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password: DEMO_PASSWORD }, remoteAddress: `10.251.0.${signIns}` });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = `mc_session=${response.cookies.find((item) => item.name === 'mc_session')!.value}`;
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return { request: (options) => app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) } }) };
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'microcred-files-'));
  database = await createTestDatabase();
  db = database.db;
  const clock = fixedClock(TEST_NOW);
  const config = loadConfig({ PUBLIC_URL, DEMO: '1', DEMO_PASSWORD, DATA_DIR: dataDir });
  await loadDemoData(db, { password: DEMO_PASSWORD, now: clock.now() });
  app = await buildApp({ db, clock, config }, { loginRateLimit: { max: 1000, timeWindow: 60_000 } });
  await app.ready();
  admin = await signIn('admin@university.demo');
  officer = await signIn('officer@eqe.demo');
  expert = await signIn('expert@eqe.demo');
  learner = await signIn('learner@example.demo');
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

/** Every regular file under <dataDir>/files, relative to it. */
async function filesOnDisk(): Promise<string[]> {
  const root = path.join(dataDir, 'files');
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))).sort();
}

async function fileRows() {
  return db.selectFrom('files').selectAll().orderBy('uploaded_at').execute();
}

async function snapshot() {
  return { disk: await filesOnDisk(), rows: (await fileRows()).length };
}

function upload(agent: Agent, parts: MultipartPart[]) {
  const { payload, headers } = multipartBody(parts);
  return agent.request({ method: 'POST', url: '/api/files', payload, headers });
}

const uploadFile = (agent: Agent, content: Buffer, filename: string, contentType: string) =>
  upload(agent, [{ name: 'file', filename, contentType, content }]);

const problemCodes = (response: LightMyRequestResponse) =>
  ((response.json() as { errors?: Array<{ path: string; code: string }> }).errors ?? []).map((error) => `${error.path}:${error.code}`);

async function clearStore() {
  await sql`DELETE FROM files`.execute(db);
  await fs.rm(path.join(dataDir, 'files'), { recursive: true, force: true });
}

beforeEach(clearStore);

describe('uploading and downloading evidence', () => {
  it('stores a PDF under its SHA-256 and gives the same bytes back as an attachment', async () => {
    const bytes = samplePdf('self-evaluation');
    const response = await uploadFile(admin, bytes, 'თვითშეფასება 2026.pdf', 'application/pdf');
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    const sha256 = (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
    expect(body).toEqual({ sha256, mediaType: 'application/pdf', sizeBytes: bytes.length, originalName: 'თვითშეფასება 2026.pdf' });

    expect(await filesOnDisk()).toEqual([`${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`]);
    expect(await fs.readFile(contentPath(dataDir, sha256))).toEqual(bytes);
    const rows = await fileRows();
    expect(rows).toHaveLength(1);
    const adminUser = await db.selectFrom('users').select('id').where('email', '=', 'admin@university.demo').executeTakeFirstOrThrow();
    expect(rows[0]).toMatchObject({ sha256, media_type: 'application/pdf', size_bytes: bytes.length, original_name: 'თვითშეფასება 2026.pdf', uploaded_by: adminUser.id });

    for (const reader of [officer, expert, admin]) {
      const download = await reader.request({ method: 'GET', url: `/api/files/${sha256}` });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload).toEqual(bytes);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-length']).toBe(String(bytes.length));
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="____________ 2026.pdf"; filename*=UTF-8''${encodeURIComponent('თვითშეფასება 2026.pdf')}`,
      );
    }
  });

  it.each([
    ['docx', sampleDocx(), 'syllabus.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', sampleXlsx(), 'budget.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['pptx', samplePptx(), 'slides.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['odt', sampleOdt(), 'agreement.odt', 'application/vnd.oasis.opendocument.text'],
    ['png', samplePng(), 'diagram.png', 'image/png'],
    ['jpeg', sampleJpeg(), 'photo.jpg', 'image/jpeg'],
  ])('accepts %s', async (_id, bytes, name, mediaType) => {
    const response = await uploadFile(officer, bytes, name, mediaType);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ mediaType, sizeBytes: bytes.length, originalName: name });
    const download = await expert.request({ method: 'GET', url: `/api/files/${response.json().sha256}` });
    expect(download.headers['content-type']).toBe(mediaType);
    expect(download.rawPayload).toEqual(bytes);
  });

  it('takes the media type from the bytes when the client declares application/octet-stream, and ignores other fields', async () => {
    const response = await upload(expert, [
      { name: 'purpose', content: 'evidence for 2.1' },
      { name: 'file', filename: 'report.pdf', contentType: 'application/octet-stream', content: samplePdf() },
    ]);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().mediaType).toBe('application/pdf');
  });

  it('keeps the same bytes once: one file on disk and one row, the first uploader recorded', async () => {
    const bytes = samplePdf('twice');
    const first = await uploadFile(admin, bytes, 'first.pdf', 'application/pdf');
    const second = await uploadFile(officer, bytes, 'second name.pdf', 'application/pdf');
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().sha256).toBe(first.json().sha256);
    expect(second.json().originalName).toBe('second name.pdf');
    expect(await filesOnDisk()).toHaveLength(1);
    const rows = await fileRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.original_name).toBe('first.pdf');
  });

  it('keeps one copy when the same bytes arrive at the same time', async () => {
    const bytes = sampleDocx('concurrent');
    const responses = await Promise.all(
      [admin, officer, expert, admin].map((agent) => uploadFile(agent, bytes, 'same.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    );
    expect(responses.map((response) => response.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(responses.map((response) => response.json().sha256)).size).toBe(1);
    expect(await filesOnDisk()).toHaveLength(1);
    expect(await fileRows()).toHaveLength(1);
  });

  it('stores the file under its hash whatever name the client gives', async () => {
    const response = await uploadFile(admin, samplePdf('traversal'), '../../../etc/cron.d/evil.pdf', 'application/pdf');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().originalName).toBe('evil.pdf');
    const sha256 = response.json().sha256 as string;
    expect(await filesOnDisk()).toEqual([`${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`]);
  });

  it('answers 404 for a hash it does not hold and 422 for something that is not a hash', async () => {
    const missing = await officer.request({ method: 'GET', url: `/api/files/${'0'.repeat(64)}` });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const bad = await officer.request({ method: 'GET', url: '/api/files/..%2F..%2Fetc%2Fpasswd' });
    expect(bad.statusCode).toBe(422);
  });
});

describe('refusals leave nothing on disk or in the database', () => {
  async function expectRefusal(response: LightMyRequestResponse, status: number, codes: string[], before: { disk: string[]; rows: number }) {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    if (codes.length > 0) expect(problemCodes(response)).toEqual(codes);
    expect(await snapshot()).toEqual(before);
  }

  it('no file part: 422 naming file', async () => {
    const before = await snapshot();
    await expectRefusal(await upload(admin, [{ name: 'note', content: 'no file here' }]), 422, ['file:required'], before);
    await expectRefusal(await upload(admin, [{ name: 'document', filename: 'a.pdf', contentType: 'application/pdf', content: samplePdf() }]), 422, ['file:required'], before);
    await expectRefusal(await upload(admin, []), 422, ['file:required'], before);
  });

  it('a body that is not multipart: 415', async () => {
    const before = await snapshot();
    const response = await admin.request({ method: 'POST', url: '/api/files', payload: { file: 'JVBERi0=' } });
    await expectRefusal(response, 415, [], before);
  });

  it('too large: 413 problem, stopped on the fly', async () => {
    const before = await snapshot();
    const big = Buffer.concat([samplePdf(), Buffer.alloc(MAX_FILE_BYTES + 1 - samplePdf().length, 0x20)]);
    expect(big.length).toBe(MAX_FILE_BYTES + 1);
    const response = await uploadFile(admin, big, 'big.pdf', 'application/pdf');
    await expectRefusal(response, 413, ['file:file_too_large'], before);
    expect(response.json().type).toMatch(/payload-too-large$/);
  });

  it('exactly 20 MiB is accepted', async () => {
    const exact = Buffer.concat([samplePdf(), Buffer.alloc(MAX_FILE_BYTES - samplePdf().length, 0x20)]);
    const response = await uploadFile(admin, exact, 'exact.pdf', 'application/pdf');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().sizeBytes).toBe(MAX_FILE_BYTES);
  });

  it('empty: 422 file_empty', async () => {
    const before = await snapshot();
    await expectRefusal(await uploadFile(admin, Buffer.alloc(0), 'empty.pdf', 'application/pdf'), 422, ['file:file_empty'], before);
  });

  it('a type we do not accept: 422 file_type', async () => {
    const before = await snapshot();
    await expectRefusal(await uploadFile(admin, Buffer.from('<!doctype html><script>alert(1)</script>'), 'page.pdf', 'application/pdf'), 422, ['file:file_type'], before);
    await expectRefusal(await uploadFile(admin, Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), 'setup.exe', 'application/octet-stream'), 422, ['file:file_type'], before);
    await expectRefusal(await uploadFile(admin, samplePlainZip(), 'evidence.zip', 'application/zip'), 422, ['file:file_type'], before);
  });

  it('a declared type or extension that disagrees with the bytes: 422 type_mismatch', async () => {
    const before = await snapshot();
    await expectRefusal(await uploadFile(admin, samplePng(), 'diagram.png', 'application/pdf'), 422, ['file:type_mismatch'], before);
    await expectRefusal(await uploadFile(admin, samplePdf(), 'report.docx', 'application/pdf'), 422, ['file:type_mismatch'], before);
  });

  it('two files: 422, and the first is not kept either', async () => {
    const before = await snapshot();
    const response = await upload(admin, [
      { name: 'file', filename: 'a.pdf', contentType: 'application/pdf', content: samplePdf('a') },
      { name: 'file', filename: 'b.pdf', contentType: 'application/pdf', content: samplePdf('b') },
    ]);
    await expectRefusal(response, 422, ['file:too_many_files'], before);
  });

  it('a malformed multipart body: 422, never a 500', async () => {
    const before = await snapshot();
    const response = await admin.request({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      payload: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 and then the body just stops',
    });
    await expectRefusal(response, 422, ['body:invalid_multipart'], before);
  });
});

describe('who may upload and read', () => {
  it('signed out: 401 for both', async () => {
    const before = await snapshot();
    const { payload, headers } = multipartBody([{ name: 'file', filename: 'a.pdf', contentType: 'application/pdf', content: samplePdf() }]);
    const post = await app.inject({ method: 'POST', url: '/api/files', payload, headers });
    expect(post.statusCode).toBe(401);
    // refused before the body was read: the connection is not reused
    expect(post.headers.connection).toBe('close');
    expect(await snapshot()).toEqual(before);
    const get = await app.inject({ method: 'GET', url: `/api/files/${'a'.repeat(64)}` });
    expect(get.statusCode).toBe(401);
  });

  it('a learner: 403 for both', async () => {
    const stored = await uploadFile(officer, samplePdf('for learner'), 'a.pdf', 'application/pdf');
    const before = await snapshot();
    const post = await uploadFile(learner, samplePdf('by learner'), 'b.pdf', 'application/pdf');
    expect(post.statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
    const get = await learner.request({ method: 'GET', url: `/api/files/${stored.json().sha256}` });
    expect(get.statusCode).toBe(403);
  });

  it('an upload without the CSRF header is refused', async () => {
    const before = await snapshot();
    const { payload, headers } = multipartBody([{ name: 'file', filename: 'a.pdf', contentType: 'application/pdf', content: samplePdf() }]);
    const response = await admin.request({ method: 'POST', url: '/api/files', payload, headers: { ...headers, 'x-csrf-token': 'wrong' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().type).toMatch(/csrf$/);
    expect(await snapshot()).toEqual(before);
  });

  it('other routes still refuse multipart bodies', async () => {
    const { payload, headers } = multipartBody([{ name: 'email', content: 'admin@university.demo' }]);
    const response = await app.inject({ method: 'POST', url: '/api/session', payload, headers });
    expect(response.statusCode).toBe(415);
  });
});

describe('the API document', () => {
  it('describes both routes, the upload as multipart', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths;
    expect(paths['/api/files'].post.requestBody.content['multipart/form-data'].schema).toMatchObject({
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    });
    expect(paths['/api/files/{sha256}'].get).toBeDefined();
  });
});
