import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../helpers/platform.js';

interface Item {
  code: string;
  title: { ka: string; en: string };
  ects: number;
  nqfLevel: number;
  iscedField: string;
  participationMode: string;
  languages: string[];
  provider: { slug: string };
  rightStatus: string;
  validUntil: string | null;
}
interface Page {
  items: Item[];
  total: number;
}

let platform: TestPlatform;
let sampleCode: string;

async function search(query: string): Promise<Page> {
  const response = await platform.app.inject({ method: 'GET', url: `/api/courses?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
}

async function everything(): Promise<Page> {
  return search('pageSize=100');
}

beforeAll(async () => {
  platform = await createTestPlatform();
  sampleCode = platform.demo!.codes['ai-research']!;
});
afterAll(async () => platform.close());

describe('the public registry search', () => {
  it('lists every published course, with the contract fields', async () => {
    const page = await everything();
    expect(page.total).toBeGreaterThanOrEqual(16);
    expect(page.items).toHaveLength(page.total);
    for (const item of page.items) {
      expect(item).toMatchObject({ code: expect.stringMatching(/^MC-\d{4}-\d{4}$/), title: { ka: expect.any(String), en: expect.any(String) } });
      expect(item.ects).toBeGreaterThanOrEqual(1);
      expect([6, 7]).toContain(item.nqfLevel);
    }
  });

  it('finds the sample course by a partial Georgian word', async () => {
    const page = await search(`q=${encodeURIComponent('ხელოვნურ')}`);
    expect(page.items.map((item) => item.code)).toContain(sampleCode);
  });

  it('finds the sample course by partial English words, in any case', async () => {
    const page = await search('q=ENHANC%20resear');
    expect(page.items[0]?.code).toBe(sampleCode);
  });

  it('finds words inside the description, not only the title (a learning outcome)', async () => {
    const page = await search('q=Research%20Rabbit');
    expect(page.items.map((item) => item.code)).toContain(sampleCode);
  });

  it('returns nothing, not an error, for a word no course has, or for punctuation only', async () => {
    expect((await search('q=zzxqvw')).total).toBe(0);
    expect((await search(`q=${encodeURIComponent("'&|!:*()")}`)).total).toBeGreaterThan(0);
  });

  const filterCases: [string, string, (item: Item) => boolean][] = [
    ['level 6', 'level=6', (item) => item.nqfLevel === 6],
    ['level 7', 'level=7', (item) => item.nqfLevel === 7],
    ['ECTS from 5', 'minEcts=5', (item) => item.ects >= 5],
    ['ECTS up to 6', 'maxEcts=6', (item) => item.ects <= 6],
    ['ECTS 3 to 10', 'minEcts=3&maxEcts=10', (item) => item.ects >= 3 && item.ects <= 10],
    ['mode online', 'mode=online', (item) => item.participationMode === 'online'],
    ['mode onsite', 'mode=onsite', (item) => item.participationMode === 'onsite'],
    ['mode blended', 'mode=blended', (item) => item.participationMode === 'blended'],
    ['language en', 'language=en', (item) => item.languages.includes('en')],
    ['language ka', 'language=ka', (item) => item.languages.includes('ka')],
    ['status valid', 'status=valid', (item) => item.rightStatus === 'valid'],
    ['status expired', 'status=expired', (item) => item.rightStatus === 'expired'],
    ['status suspended', 'status=suspended', (item) => item.rightStatus === 'suspended'],
    ['status not granted', 'status=not-granted', (item) => item.rightStatus === 'not-granted'],
  ];

  it.each(filterCases)('filters by %s: every result matches, and some courses are left out', async (_name, query, matches) => {
    const all = await everything();
    const page = await search(`${query}&pageSize=100`);
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThan(all.total);
    expect(page.items.every(matches)).toBe(true);
    expect(page.total).toBe(all.items.filter(matches).length);
  });

  it('filters by field: a broad ISCED-F code finds the detailed fields below it', async () => {
    const all = await everything();
    const broad = all.items[0]!.iscedField.slice(0, 2);
    const page = await search(`field=${broad}&pageSize=100`);
    expect(page.items.every((item) => item.iscedField.startsWith(broad))).toBe(true);
    expect(page.total).toBe(all.items.filter((item) => item.iscedField.startsWith(broad)).length);
  });

  it('filters by provider', async () => {
    const all = await everything();
    const slug = all.items[0]!.provider.slug;
    const page = await search(`provider=${slug}&pageSize=100`);
    expect(page.total).toBe(all.items.filter((item) => item.provider.slug === slug).length);
    expect(page.items.every((item) => item.provider.slug === slug)).toBe(true);
  });

  it('combines words and filters', async () => {
    const page = await search(`q=${encodeURIComponent('ხელოვნურ')}&level=7&mode=online`);
    expect(page.items.map((item) => item.code)).toContain(sampleCode);
    expect((await search(`q=${encodeURIComponent('ხელოვნურ')}&level=6`)).items.map((item) => item.code)).not.toContain(sampleCode);
  });

  it('pages through results without repeating or losing any', async () => {
    const all = await everything();
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 5); page += 1) {
      const result = await search(`pageSize=5&page=${page}`);
      expect(result.total).toBe(all.total);
      seen.push(...result.items.map((item) => item.code));
    }
    expect(new Set(seen).size).toBe(all.total);
    expect((await search(`pageSize=5&page=${Math.ceil(all.total / 5) + 1}`))).toEqual({ items: [], total: all.total, page: Math.ceil(all.total / 5) + 1, pageSize: 5 });
  });

  it.each([
    ['level=5', 'querystring.level'],
    ['minEcts=0', 'querystring.minEcts'],
    ['maxEcts=31', 'querystring.maxEcts'],
    ['mode=correspondence', 'querystring.mode'],
    ['status=granted', 'querystring.status'],
    ['page=0', 'querystring.page'],
    ['minEcts=10&maxEcts=5', 'querystring.minEcts'],
    ['colour=blue', 'querystring.colour'],
  ])('refuses %s with a problem naming %s', async (query, path) => {
    const response = await platform.app.inject({ method: 'GET', url: `/api/courses?${query}` });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((response.json() as { errors: { path: string }[] }).errors.map((error) => error.path)).toContain(path);
  });
});

describe('a course in the registry', () => {
  it('shows every element of its current version, its provider with its DID, and its right', async () => {
    const response = await platform.app.inject({ method: 'GET', url: `/api/courses/${sampleCode}` });
    expect(response.statusCode).toBe(200);
    const course = response.json();
    expect(course.description.title.en).toBe('AI for Enhancing Research Skills in Higher Education');
    expect(course.description.workload).toMatchObject({ ects: 7, hoursPerEcts: 25 });
    expect(course.description.workload.breakdown.map((row: { hours: number }) => row.hours)).toEqual([50, 15, 100, 6, 4]);
    expect(course.description.level).toEqual({ nqf: 7, eqf: 7, qfEheaCycle: 'second' });
    expect(course.provider.did).toMatch(/^did:web:localhost%3A8080:issuers:/);
    expect(course.rightStatus).toBe('valid');
    expect(course.right.validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(course.isCurrent).toBe(true);
  });

  it('answers 404 as a problem for an unknown course, and 422 for a malformed code', async () => {
    const missing = await platform.app.inject({ method: 'GET', url: '/api/courses/MC-1999-0001' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const malformed = await platform.app.inject({ method: 'GET', url: '/api/courses/robert%27);DROP%20TABLE%20courses' });
    expect(malformed.statusCode).toBe(422);
  });

  it('serves the course as an Open Badges 3.0 Achievement', async () => {
    const response = await platform.app.inject({ method: 'GET', url: `/api/courses/${sampleCode}/achievement` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/ld+json');
    const achievement = response.json();
    expect(achievement['@context']).toContain('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    expect(achievement.type).toContain('Achievement');
    expect(achievement.achievementType).toBe('MicroCredential');
    expect(achievement.humanCode).toBe(sampleCode);
    expect(achievement.creditsAvailable).toBe(7);
    expect(achievement.criteria.narrative).toContain('Describes the main artificial intelligence');
    expect(achievement.alignment).toContainEqual(expect.objectContaining({ targetUrl: 'http://data.europa.eu/snb/eqf/7', targetCode: '7' }));
    expect(achievement.microCredential).toMatchObject({ qfEheaCycle: 'second', notionalWorkloadHours: 175, participationMode: 'online' });
  });
});

describe('the registry exports', () => {
  it('exports the whole registry as JSON with every description', async () => {
    const response = await platform.app.inject({ method: 'GET', url: '/api/registry/export?format=json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="microcred-registry-\d{4}-\d{2}-\d{2}\.json"/);
    const body = response.json();
    const all = await everything();
    expect(body.total).toBe(all.total);
    const sample = body.courses.find((course: { code: string }) => course.code === sampleCode);
    expect(sample.description.learningOutcomes.knowledge.length).toBe(4);
    expect(sample.provider.did).toMatch(/^did:web:/);
  });

  it('exports the registry as CSV, one row per course, Georgian intact', async () => {
    const response = await platform.app.inject({ method: 'GET', url: '/api/registry/export?format=csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe(
      'code,version,title_ka,title_en,provider,provider_name_en,ects,hours_per_ects,total_hours,nqf_level,eqf_level,qf_ehea_cycle,isced_field,participation_mode,languages,right_status,right_kind,valid_until,url',
    );
    const all = await everything();
    expect(lines).toHaveLength(all.total + 1);
    const sampleLine = lines.find((line) => line.startsWith(`${sampleCode},`))!;
    expect(sampleLine).toContain('ხელოვნური ინტელექტის');
    expect(sampleLine).toContain(',7,25,175,7,7,second,');
  });

  it('refuses an unknown format', async () => {
    const response = await platform.app.inject({ method: 'GET', url: '/api/registry/export?format=xml' });
    expect(response.statusCode).toBe(422);
  });
});

describe('the OpenAPI document', () => {
  it('is served and describes the registry routes', async () => {
    const response = await platform.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/courses', '/api/courses/{code}', '/api/courses/{code}/achievement', '/api/registry/export', '/api/session']));
  });
  it('reports health', async () => {
    const response = await platform.app.inject({ method: 'GET', url: '/health' });
    expect(response.json()).toEqual({ status: 'ok' });
  });
});
