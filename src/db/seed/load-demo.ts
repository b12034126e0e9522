// Loads the demo data into an empty database: providers, one account per role, the
// registry's courses with their versions and rights. Dates in the data are written as
// of DEMO_AS_OF and shifted to the day of loading, so every status shows on any day.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Role } from '../../domain/accounts/roles.js';
import { tbilisiDate } from '../../domain/calendar/tbilisi.js';
import { hashPassword } from '../../trust/passwords.js';
import type { Db } from '../database.js';
import { insertUser } from '../queries/accounts.js';
import * as courses from '../queries/courses.js';
import { nextPublicCode } from '../queries/public-codes.js';
import { demoCourses, demoProviders } from './demo-data.js';
import { loadDemoRecognition } from './demo-recognition.js';

export const DEMO_AS_OF = '2026-11-28';

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  /** For a provider administrator: 'sample' is the provider of the guide's sample course. */
  provider: 'sample' | 'other-non-hei' | null;
  councilPosition?: 'chair' | 'secretary' | 'member';
}

/** The demo accounts, one per role; README.md lists them. */
export const demoAccounts: readonly DemoAccount[] = [
  { email: 'officer@eqe.demo', name: 'Nino Beridze', role: 'center-officer', provider: null },
  { email: 'admin@university.demo', name: 'Giorgi Kapanadze', role: 'provider-admin', provider: 'sample' },
  { email: 'admin@academy.demo', name: 'Tamar Lomidze', role: 'provider-admin', provider: 'other-non-hei' },
  { email: 'expert@eqe.demo', name: 'Levan Tsiklauri', role: 'expert', provider: null },
  // Enough experts for a group of six roles and a replacement after a recusal.
  { email: 'expert2@eqe.demo', name: 'Salome Jgerenaia', role: 'expert', provider: null },
  { email: 'expert3@eqe.demo', name: 'Davit Maisuradze', role: 'expert', provider: null },
  { email: 'expert4@eqe.demo', name: 'Eka Tsereteli', role: 'expert', provider: null },
  { email: 'expert5@eqe.demo', name: 'Irakli Chkheidze', role: 'expert', provider: null },
  { email: 'expert6@eqe.demo', name: 'Ana Kvaratskhelia', role: 'expert', provider: null },
  { email: 'expert7@eqe.demo', name: 'Zurab Gogua', role: 'expert', provider: null },
  { email: 'council@eqe.demo', name: 'Ketevan Gelashvili', role: 'council-member', provider: null, councilPosition: 'chair' },
  { email: 'secretary@eqe.demo', name: 'Mikheil Japaridze', role: 'council-member', provider: null, councilPosition: 'secretary' },
  { email: 'council2@eqe.demo', name: 'Natia Kobakhidze', role: 'council-member', provider: null, councilPosition: 'member' },
  { email: 'council3@eqe.demo', name: 'Giorgi Berishvili', role: 'council-member', provider: null, councilPosition: 'member' },
  { email: 'learner@example.demo', name: 'Mariam Abashidze', role: 'learner', provider: null },
];

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('providers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

export interface DemoLoadResult {
  providers: number;
  courses: number;
  /** The demo courses' public codes by their key in demo-data.ts. */
  codes: Record<string, string>;
  accounts: { email: string; role: Role; providerSlug: string | null }[];
}

export async function loadDemoData(db: Db, options: { password: string; now: Date }): Promise<DemoLoadResult> {
  const today = tbilisiDate(options.now);
  const shift = daysBetween(DEMO_AS_OF, today);
  const shifted = (date: string | null) => (date === null ? null : addDays(date, shift));
  const passwordHash = await hashPassword(options.password);
  const sampleProvider = demoCourses[0]!.providerSlug;
  const otherProvider = demoProviders.find((provider) => provider.kind === 'other')!.slug;
  const accounts = demoAccounts.map((account) => ({
    email: account.email,
    name: account.name,
    role: account.role,
    councilPosition: account.councilPosition ?? null,
    providerSlug: account.provider === 'sample' ? sampleProvider : account.provider === 'other-non-hei' ? otherProvider : null,
  }));
  const codes: Record<string, string> = {};

  await db.transaction().execute(async (trx) => {
    const providerIds = new Map<string, string>();
    for (const provider of demoProviders) {
      const id = randomUUID();
      providerIds.set(provider.slug, id);
      await trx
        .insertInto('providers')
        .values({
          id,
          slug: provider.slug,
          name: JSON.stringify(provider.name),
          kind: provider.kind,
          country: provider.country,
          region: JSON.stringify(provider.region),
          website: provider.website,
        })
        .execute();
    }
    for (const account of accounts) {
      await insertUser(trx, {
        id: randomUUID(),
        email: account.email,
        name: account.name,
        passwordHash,
        role: account.role,
        providerId: account.providerSlug ? providerIds.get(account.providerSlug)! : null,
        councilPosition: account.councilPosition,
      });
    }
    let decisionNo = 0;
    for (const demo of demoCourses) {
      const providerId = providerIds.get(demo.providerSlug);
      if (!providerId) throw new Error(`demo course ${demo.key} names an unknown provider ${demo.providerSlug}`);
      const code = await nextPublicCode(trx, 'MC', Number(today.slice(0, 4)));
      codes[demo.key] = code;
      const courseId = randomUUID();
      await courses.insertCourse(trx, { id: courseId, code, providerId });
      for (const [index, description] of demo.versions.entries()) {
        const versionId = randomUUID();
        await courses.insertDraftVersion(trx, { id: versionId, courseId, versionNo: index + 1, description, createdBy: null });
        const publishedAt = new Date(options.now.getTime() - (demo.versions.length - index) * 120 * 86_400_000);
        await sql`UPDATE course_versions SET status = 'published', published_at = ${publishedAt} WHERE id = ${versionId}`.execute(trx);
        await trx.updateTable('courses').set({ current_version_id: versionId }).where('id', '=', courseId).execute();
      }
      if (demo.draft) {
        await courses.insertDraftVersion(trx, {
          id: randomUUID(),
          courseId,
          versionNo: demo.versions.length + 1,
          description: demo.draft,
          createdBy: null,
        });
      }
      if (demo.right) {
        decisionNo += 1;
        const effectiveFrom = shifted(demo.right.effectiveFrom)!;
        await trx
          .insertInto('rights')
          .values({
            id: randomUUID(),
            course_id: courseId,
            provider_id: providerId,
            kind: demo.right.kind,
            decision_code: `${demo.right.kind === 'right' ? 'AC' : 'REG'}-${effectiveFrom.slice(0, 4)}-${String(decisionNo).padStart(4, '0')}`,
            effective_from: effectiveFrom,
            valid_until: shifted(demo.right.validUntil),
            subject_to_monitoring: demo.right.subjectToMonitoring,
            suspended_from: shifted(demo.right.suspendedFrom),
            terminated_from: shifted(demo.right.terminatedFrom),
          })
          .execute();
      }
    }
    await courses.refreshRegistryEntries(trx);
    await loadDemoRecognition(trx, { codes, now: options.now });
  });
  return { providers: demoProviders.length, courses: demoCourses.length, codes, accounts };
}
