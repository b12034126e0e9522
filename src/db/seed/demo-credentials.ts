// The demo's issuing side: a VC-API token for the sample course's provider (DEMO_API_TOKEN, or
// the default the README lists) and one credential for the demo learner, so that the learner's
// page, the downloads and the verification have something to show on a fresh start.
import type { Db } from '../database.js';
import { fixedClock, tbilisiDate } from '../../domain/calendar/tbilisi.js';
import { checkAwards, issueAwards } from '../../use-cases/credentials/award.js';
import { createProviderToken } from '../../use-cases/credentials/issuers.js';
import type { TrustServices } from '../../use-cases/credentials/trust-services.js';
import { demoAccounts } from './load-demo.js';

export const DEMO_ISSUING_PROVIDER = 'mtkvari-university';

export async function loadDemoCredentials(db: Db, trust: TrustServices, options: { apiToken: string; now: Date; codes: Record<string, string> }) {
  const provider = await db.selectFrom('providers').select('id').where('slug', '=', DEMO_ISSUING_PROVIDER).executeTakeFirstOrThrow();
  await createProviderToken(db, trust, { providerId: provider.id, label: 'demo token (DEMO_API_TOKEN)', token: options.apiToken, at: options.now });
  const learner = demoAccounts.find((account) => account.role === 'learner')!;
  const awardDay = new Date(options.now.getTime() - 7 * 86_400_000);
  const today = tbilisiDate(options.now);
  const awards = await checkAwards(db, {
    providerId: provider.id,
    rows: [{ courseCode: options.codes['ai-research']!, learnerName: learner.name, learnerEmail: learner.email, awardDate: tbilisiDate(awardDay) }],
    today,
  });
  await issueAwards(db, trust, { providerId: provider.id, awards, actorId: null, batchId: null, clock: fixedClock(options.now) });
  // The demo learner has kept it in their account (as the claim link would), so that signing in
  // as learner@example.demo shows "My credentials" with something in it.
  const learnerAccount = await db.selectFrom('users').select('id').where('email', '=', learner.email).executeTakeFirstOrThrow();
  await db.updateTable('credentials').set({ learner_user_id: learnerAccount.id }).where('learner_email', '=', learner.email).where('learner_user_id', 'is', null).execute();
}
