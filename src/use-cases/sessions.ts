// Signing in and out. The session token lives only in the person's cookie; the
// database keeps its SHA-256, so a leaked table cannot be replayed.
import { DomainError } from '../domain/errors.js';
import { appendAudit } from '../db/queries/audit.js';
import * as accounts from '../db/queries/accounts.js';
import { decoyPasswordHash, verifyPassword } from '../trust/passwords.js';
import type { UseCaseContext } from './courses.js';
import { hashSecretToken, newSecretToken } from './secret-tokens.js';

export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

export async function logIn(
  context: UseCaseContext,
  options: { email: string; password: string },
): Promise<{ token: string; csrfToken: string; userId: string; expiresAt: Date }> {
  const user = await accounts.findUserByEmail(context.db, options.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), options.password);
  if (!user || !passwordOk) {
    await appendAudit(context.db, {
      actorId: user?.id ?? null,
      action: 'session.login-failed',
      entityType: 'session',
      entityId: user?.id ?? 'unknown',
    });
    throw new DomainError('invalid_credentials');
  }
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  const expiresAt = new Date(context.clock.now().getTime() + SESSION_LIFETIME_MS);
  await context.db.transaction().execute(async (trx) => {
    await accounts.deleteExpiredSessions(trx, context.clock.now());
    await accounts.insertSession(trx, { id: hashSecretToken(token), userId: user.id, csrfToken, expiresAt });
    await appendAudit(trx, { actorId: user.id, action: 'session.login', entityType: 'session', entityId: user.id });
  });
  return { token, csrfToken, userId: user.id, expiresAt };
}

export async function logOut(context: UseCaseContext, options: { token: string; userId: string }): Promise<void> {
  await context.db.transaction().execute(async (trx) => {
    await accounts.deleteSession(trx, hashSecretToken(options.token));
    await appendAudit(trx, { actorId: options.userId, action: 'session.logout', entityType: 'session', entityId: options.userId });
  });
}
