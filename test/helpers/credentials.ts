// Awarding a demo course through the workspace API, as a provider administrator would, and
// reading back the signed credential exactly as issued: what most credential tests start from.
import { expect } from 'vitest';
import type { Agent, TestPlatform } from './platform.js';

export type Json = Record<string, unknown>;

let awarded = 0;

/**
 * Awards `courseKey` (a demo course, the sample course by default) to a new learner named
 * "`learner` N", with an e-mail made from that name, and returns the credential's id and its
 * signed JSON.
 */
export async function awardCredential(
  platform: TestPlatform,
  admin: Agent,
  options: { learner?: string; courseKey?: string; awardDate?: string } = {},
): Promise<{ id: string; credential: Json; text: string }> {
  awarded += 1;
  const learnerName = `${options.learner ?? 'Test Learner'} ${awarded}`;
  const response = await admin.request({
    method: 'POST',
    url: '/api/workspace/credentials',
    payload: {
      courseCode: platform.demo!.codes[options.courseKey ?? 'ai-research'],
      learnerName,
      learnerEmail: `${learnerName.replace(/\W+/g, '.').toLowerCase()}@example.ge`,
      awardDate: options.awardDate ?? '2026-11-20',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const { id } = response.json() as { id: string };
  const download = await admin.request({ method: 'GET', url: `/api/workspace/credentials/${id}/download/json` });
  return { id, credential: JSON.parse(download.body) as Json, text: download.body };
}
