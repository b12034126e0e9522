// The verification page's API: a stored credential by id, and a credential sent as JSON, as the
// PDF certificate or as a baked badge (PNG, SVG); every unreadable input is a 4xx naming the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestPlatform, signLedgerHead, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;
let admin: Agent;
let id: string;
const files: Record<'json' | 'pdf' | 'png' | 'svg', Buffer> = {} as never;

type Json = Record<string, unknown>;
interface Answer {
  result: { verified: boolean; checks: Array<{ check: string; outcome: string; reason: { en: string; ka: string } }>; elements: Json; ledger: unknown };
  source?: string;
  credentialId?: string;
}
interface ProblemBody {
  status: number;
  errors?: Array<{ path: string; code: string; message: string }>;
}

const contentTypes = { json: 'application/json', pdf: 'application/pdf', png: 'image/png', svg: 'image/svg+xml' } as const;

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await platform.signIn('admin@university.demo');
  const response = await admin.request({
    method: 'POST',
    url: '/api/workspace/credentials',
    payload: { courseCode: platform.demo!.codes['ai-research'], learnerName: 'Nino Verifier', learnerEmail: 'nino.verifier@example.ge', awardDate: '2026-11-20' },
  });
  expect(response.statusCode, response.body).toBe(201);
  id = (response.json() as { id: string }).id;
  for (const format of ['json', 'pdf', 'png', 'svg'] as const) {
    const download = await admin.request({ method: 'GET', url: `/api/workspace/credentials/${id}/download/${format}` });
    expect(download.statusCode, download.body).toBe(200);
    files[format] = download.rawPayload;
  }
  await signLedgerHead(platform);
});
afterAll(async () => platform.close());

async function post(body: Buffer | string, contentType: string) {
  return platform.app.inject({ method: 'POST', url: '/api/verify', headers: { 'content-type': contentType }, payload: body });
}

function outcomes(answer: Answer) {
  return Object.fromEntries(answer.result.checks.map((check) => [check.check, check.outcome]));
}

describe('POST /api/verify', () => {
  for (const format of ['json', 'pdf', 'png', 'svg'] as const) {
    it(`verifies the ${format} download as valid`, async () => {
      const response = await post(files[format], contentTypes[format]);
      expect(response.statusCode, response.body).toBe(200);
      const answer = response.json() as Answer;
      expect(answer.source).toBe(format);
      expect(answer.result.verified).toBe(true);
      expect(outcomes(answer)).toEqual({ proof: 'passed', status: 'passed', right: 'passed', elements: 'passed', ledger: 'passed' });
      expect(answer.result.ledger).not.toBeNull();
    });
  }

  it('answers 200 with verified false for a tampered JSON, the proof failed', async () => {
    const credential = JSON.parse(files.json.toString('utf8')) as Json;
    ((credential.credentialSubject as Json).achievement as Json).creditsAvailable = 29;
    const response = await post(JSON.stringify(credential), 'application/json');
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json() as Answer;
    expect(answer.result.verified).toBe(false);
    expect(outcomes(answer).proof).toBe('failed');
  });

  const refusals: Array<[string, () => Buffer | string, string, number, string | null]> = [
    ['garbage instead of JSON', () => 'this is { not json', 'application/json', 422, 'invalid_json'],
    ['JSON that is not an object', () => '[1, 2, 3]', 'application/json', 422, 'not_an_object'],
    ['an empty body', () => '', 'application/json', 422, 'required'],
    ['a PDF without a verification link', () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1'), 'application/pdf', 422, null],
    ['something that is not a PDF', () => 'hello', 'application/pdf', 422, 'not_a_pdf'],
    ['a PNG without a credential', () => pngWithoutCredential(), 'image/png', 422, 'no_baked_credential'],
    ['a damaged PNG', () => Buffer.from('not a png at all'), 'image/png', 422, 'unreadable_image'],
    ['an SVG without a credential', () => '<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'image/svg+xml', 422, 'no_baked_credential'],
  ];
  for (const [label, body, contentType, status, code] of refusals) {
    it(`refuses ${label} with ${status} naming the file`, async () => {
      const response = await post(body(), contentType);
      expect(response.statusCode, response.body).toBe(status);
      const problem = response.json() as ProblemBody;
      expect(problem.errors?.[0]?.path).toBe('file');
      if (code) expect(problem.errors?.[0]?.code).toBe(code);
    });
  }

  it('refuses an unknown content type with 415', async () => {
    const response = await post('hello', 'text/plain');
    expect(response.statusCode, response.body).toBe(415);
    const other = await post('a,b', 'application/octet-stream');
    expect(other.statusCode, other.body).toBe(415);
  });

  it('refuses a body over 10 MB with 413', async () => {
    const response = await post(Buffer.alloc(10 * 1024 * 1024 + 10, 0x20), 'application/pdf');
    expect(response.statusCode, response.body).toBe(413);
  });

  it('accepts a body over the app-wide limit but under 10 MB', async () => {
    const padded = Buffer.concat([files.pdf, Buffer.alloc(2 * 1024 * 1024, 0x0a)]);
    const response = await post(padded, 'application/pdf');
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe('GET /api/verify/:id', () => {
  it('verifies the stored credential', async () => {
    const response = await platform.app.inject({ method: 'GET', url: `/api/verify/${id}` });
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json() as Answer;
    expect(answer.credentialId).toBe(id);
    expect(answer.result.verified).toBe(true);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await platform.app.inject({ method: 'GET', url: '/api/verify/00000000-0000-4000-8000-000000000000' });
    expect(response.statusCode).toBe(404);
  });
});

/** The badge PNG with its credential chunk dropped: a valid image that carries nothing. */
function pngWithoutCredential(): Buffer {
  const png = files.png;
  const parts: Buffer[] = [png.subarray(0, 8)];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('latin1');
    const end = offset + 12 + length;
    if (type !== 'iTXt') parts.push(png.subarray(offset, end));
    offset = end;
  }
  return Buffer.concat(parts);
}
