// Signing in and out. The login route is rate-limited per client address.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { abilities } from '../../domain/accounts/roles.js';
import { logIn, logOut, SESSION_LIFETIME_MS } from '../../use-cases/sessions.js';
import { clearSessionCookie, requireUser, setSessionCookie, type SignedInUser } from '../auth/session.js';
import type { AppContext } from '../context.js';

export interface LoginRateLimit {
  max: number;
  timeWindow: number;
}

function presentUser(user: Pick<SignedInUser, 'id' | 'email' | 'name' | 'role' | 'provider' | 'providerId'>) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    provider: user.provider,
    abilities: abilities({ id: user.id, role: user.role, providerId: user.providerId }),
  };
}

export function sessionRoutes(context: AppContext, rateLimit: LoginRateLimit): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/session',
      {
        config: { rateLimit: { max: rateLimit.max, timeWindow: rateLimit.timeWindow } },
        schema: {
          tags: ['accounts'],
          summary: 'Sign in; sets the HttpOnly session cookie and returns the CSRF token',
          body: z.strictObject({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) }),
        },
      },
      async (request, reply) => {
        const session = await logIn(context, request.body);
        setSessionCookie(reply, session.token, SESSION_LIFETIME_MS, context.config.secureCookies);
        const user = await context.db
          .selectFrom('users as u')
          .leftJoin('providers as p', 'p.id', 'u.provider_id')
          .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.provider_id', 'p.slug', 'p.name as provider_name'])
          .where('u.id', '=', session.userId)
          .executeTakeFirstOrThrow();
        return {
          user: presentUser({
            id: user.id,
            email: user.email,
            name: user.name,
            role: user.role,
            providerId: user.provider_id,
            provider: user.slug && user.provider_name ? { slug: user.slug, name: user.provider_name } : null,
          }),
          csrfToken: session.csrfToken,
        };
      },
    );

    app.get('/api/session', { schema: { tags: ['accounts'], summary: 'Who is signed in' } }, async (request) => {
      const user = requireUser(request);
      return { user: presentUser(user), csrfToken: user.csrfToken };
    });

    app.delete('/api/session', { schema: { tags: ['accounts'], summary: 'Sign out' } }, async (request, reply) => {
      const user = requireUser(request);
      await logOut(context, { token: user.sessionToken, userId: user.id });
      clearSessionCookie(reply, context.config.secureCookies);
      return reply.status(204).send();
    });
  };
}
