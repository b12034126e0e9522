// POST /api/outcomes/analyse and `microcred outcomes analyse FILE`: one report for one request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerOutcomeCommands } from '../../src/cli/commands/outcomes.js';
import { createTestPlatform, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform({ demo: false });
});
afterAll(async () => platform.close());

const request = {
  claimedLevel: 7,
  outcomes: [
    { text: 'Explains ethical challenges of AI, such as data privacy and plagiarism, in the context of higher education.', lang: 'en' },
    { text: 'კრიტიკულად აანალიზებს ხელოვნური ინტელექტის ღირებულებას კვლევასა და საგანმანათლებლო ინოვაციების განვითარებაში.', lang: 'ka' },
    { text: 'Manages their own research process using AI, making independent decisions regarding ethical issues in higher education.', lang: 'en' },
    { text: 'Understands the principles of machine learning.', lang: 'en' },
  ],
};

async function analyse(payload: unknown) {
  return platform.app.inject({ method: 'POST', url: '/api/outcomes/analyse', payload: payload as object });
}

async function runCli(args: string[], file: string): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  const program = new Command().exitOverride();
  registerOutcomeCommands(program, { readFile: (p) => fs.readFileSync(p, 'utf8'), out: (t) => (out += t), err: (t) => (err += t) });
  await program.parseAsync(['node', 'microcred', 'outcomes', 'analyse', file, ...args]);
  return { out, err };
}

describe('POST /api/outcomes/analyse', () => {
  it('answers without a session, in the documented shape and in request order', async () => {
    const response = await analyse(request);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as {
      outcomes: { domain: string | null; level: number | null; confidence: number; reasons: string[] }[];
      course: Record<string, unknown> & { justification: { ka: string; en: string } };
    };
    expect(body.outcomes).toHaveLength(4);
    for (const outcome of body.outcomes) {
      expect(['knowledge', 'skills', 'responsibility', null]).toContain(outcome.domain);
      expect([5, 6, 7, 8, null]).toContain(outcome.level);
      expect(outcome.confidence).toBeGreaterThanOrEqual(0);
      expect(outcome.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(outcome.reasons)).toBe(true);
    }
    expect(body.outcomes.map((o) => o.domain)).toEqual(['knowledge', 'skills', 'responsibility', 'knowledge']);
    expect([5, 6, 7, 8]).toContain(body.course.level);
    expect(body.course).toMatchObject({
      domainsPresent: ['knowledge', 'skills', 'responsibility'],
      aboveClaimed: [],
      notMeasurable: [3],
    });
    expect(Array.isArray(body.course.belowClaimed)).toBe(true);
    expect(body.course.justification.en).toMatch(/eqf7\.skills\.1/);
    expect(body.course.justification.ka).toMatch(/საუკეთესო თანხვედრა/);
  });

  it('accepts a request without claimedLevel', async () => {
    const response = await analyse({ outcomes: request.outcomes });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as { course: { claimedLevel: unknown } }).course.claimedLevel).toBeNull();
  });

  it('answers 422 problems naming outcomes.N.text', async () => {
    const cases: [unknown, string, string][] = [
      [{ outcomes: [request.outcomes[0], { text: '  ', lang: 'en' }] }, 'outcomes.1.text', 'required'],
      [{ outcomes: [{ text: 'Описывает основные инструменты искусственного интеллекта.', lang: 'en' }] }, 'outcomes.0.text', 'unsupported_language'],
      [{ outcomes: [{ text: 'Describes AI tools.', lang: 'ka' }] }, 'outcomes.0.text', 'wrong_language'],
      [{ outcomes: [{ text: Array.from({ length: 400 }, () => 'analyses').join(' '), lang: 'en' }] }, 'outcomes.0.text', 'too_long'],
    ];
    for (const [payload, path, code] of cases) {
      const response = await analyse(payload);
      expect(response.statusCode, response.body).toBe(422);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      const problem = response.json() as { type: string; errors: { path: string; code: string }[] };
      expect(problem.type).toMatch(/validation/);
      expect(problem.errors).toEqual([expect.objectContaining({ path, code })]);
    }
  });

  it('answers 422 for a malformed request: unknown language, too many outcomes, bad claimed level', async () => {
    const unknownLang = await analyse({ outcomes: [{ text: 'Describes AI tools.', lang: 'ru' }] });
    expect(unknownLang.statusCode).toBe(422);
    expect((unknownLang.json() as { errors: { path: string }[] }).errors[0]?.path).toBe('outcomes.0.lang');
    const tooMany = await analyse({ outcomes: Array.from({ length: 101 }, () => request.outcomes[0]) });
    expect(tooMany.statusCode).toBe(422);
    const badLevel = await analyse({ outcomes: request.outcomes, claimedLevel: 8 });
    expect(badLevel.statusCode).toBe(422);
    const thousands = await analyse({ outcomes: [{ text: 'analyse '.repeat(5000), lang: 'en' }] });
    expect(thousands.statusCode).toBe(422);
    expect((thousands.json() as { errors: { path: string }[] }).errors[0]?.path).toBe('outcomes.0.text');
  });
});

describe('microcred outcomes analyse FILE', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-outcomes-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the same report as the API', async () => {
    const file = path.join(dir, 'request.json');
    fs.writeFileSync(file, JSON.stringify(request));
    const cli = await runCli([], file);
    expect(cli.err).toBe('');
    const api = await analyse(request);
    expect(JSON.parse(cli.out)).toEqual(api.json());
  });

  it('takes the claimed level from --level', async () => {
    const file = path.join(dir, 'no-level.json');
    fs.writeFileSync(file, JSON.stringify({ outcomes: request.outcomes }));
    const cli = await runCli(['--level', '6'], file);
    const api = await analyse({ outcomes: request.outcomes, claimedLevel: 6 });
    expect(JSON.parse(cli.out)).toEqual(api.json());
  });

  it('names the bad outcome like the API does', async () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ outcomes: [{ text: '', lang: 'en' }] }));
    const previous = process.exitCode;
    const cli = await runCli([], file);
    expect(cli.out).toBe('');
    expect(cli.err).toMatch(/outcomes\.0\.text/);
    expect(process.exitCode).toBe(1);
    process.exitCode = previous;
  });
});
