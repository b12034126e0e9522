// Sessions at the HTTP edge: the cookie, the signed-in actor, and CSRF. Every
// state-changing request from a signed-in browser must echo the session's CSRF token
// in the X-CSRF-Token header (the cookie alone is not enough).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor, Role } from '../../domain/accounts/roles.js';
import type { Bilingual } from '../../domain/course/description.js';
import { DomainError } from '../../domain/errors.js';
import { findSessionWithUser } from '../../db/queries/accounts.js';
import type { AppContext } from '../context.js';
import { hashSecretToken } from '../../use-cases/secret-tokens.js';

export const SESSION_COOKIE = 'mc_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface SignedInUser extends Actor {
  email: string;
  name: string;
  provider: { slug: string; name: Bilingual } | null;
  csrfToken: string;
  sessionToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SignedInUser | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export const sessionPlugin = fp(async (app: FastifyInstance, options: { context: AppContext }) => {
  const { context } = options;
  app.decorateRequest('user', null);
  app.addHook('preHandler', async (request: FastifyRequest) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const row = await findSessionWithUser(context.db, hashSecretToken(token), context.clock.now());
    if (!row) return;
    request.user = {
      id: row.user_id,
      role: row.role,
      providerId: row.provider_id,
      email: row.email,
      name: row.name,
      provider: row.provider_slug && row.provider_name ? { slug: row.provider_slug, name: row.provider_name } : null,
      csrfToken: row.csrf_token,
      sessionToken: token,
    };
    if (!safeMethods.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, row.csrf_token)) {
        throw new DomainError('csrf', 'Send the X-CSRF-Token header you received when you signed in.');
      }
    }
  });
});

/** The signed-in actor, refusing anyone else; with roles, refusing other roles too. */
export function requireUser(request: FastifyRequest, roles?: readonly Role[]): SignedInUser {
  const user = request.user;
  if (!user) throw new DomainError('unauthenticated');
  if (roles && !roles.includes(user.role)) throw new DomainError('forbidden', 'Your role may not do this.');
  return user;
}

// Max-Age rather than Expires: the browser counts it from receipt, whatever its clock says.
export function setSessionCookie(reply: FastifyReply, token: string, lifetimeMs: number, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: Math.floor(lifetimeMs / 1000) });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
