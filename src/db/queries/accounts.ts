import type { Kysely } from 'kysely';
import type { Database, Role } from '../schema.js';

type Executor = Kysely<Database>;

export async function findUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export async function insertUser(
  db: Executor,
  user: { id: string; email: string; name: string; passwordHash: string; role: Role; providerId: string | null; councilPosition?: 'chair' | 'secretary' | 'member' | null },
) {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      role: user.role,
      provider_id: user.providerId,
      council_position: user.councilPosition ?? null,
    })
    .execute();
}

export async function insertSession(db: Executor, session: { id: string; userId: string; csrfToken: string; expiresAt: Date }) {
  await db
    .insertInto('sessions')
    .values({ id: session.id, user_id: session.userId, csrf_token: session.csrfToken, expires_at: session.expiresAt })
    .execute();
}

export async function findSessionWithUser(db: Executor, sessionId: string, now: Date) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('providers as p', 'p.id', 'u.provider_id')
    .select([
      's.id as session_id',
      's.csrf_token',
      'u.id as user_id',
      'u.email',
      'u.name',
      'u.role',
      'u.provider_id',
      'p.slug as provider_slug',
      'p.name as provider_name',
    ])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(db: Executor, sessionId: string) {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date) {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
