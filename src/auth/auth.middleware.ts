import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { matchedRoutes } from 'hono/route';
import type { RequestOrigin } from './audit.repository.js';
import type { AppDatabase } from '../db/database.js';
import type { SessionRow, UserRow } from './auth.table.js';
import { createCsrfError, createForbiddenError, createPasswordChangeRequiredError, createUnauthenticatedError } from './auth.errors.js';
import { createAuthRepository } from './auth.repository.js';
import { hashToken } from './auth.usecases.js';
import { can } from './roles.js';
import { ROUTE_POLICIES, type RoutePolicy } from './route-policies.js';

/** What the middleware puts on the context for the routes after it. */
export type AppEnv = {
  Variables: {
    /** The signed-in user and their session, or null for an anonymous request. */
    auth: { user: UserRow; session: SessionRow } | null;
    /** The signed-in user's unread notifications, counted for the header of pages (src/web/notifications.pages.tsx). */
    unreadNotifications?: number;
  };
};

/** The signed-in user; only called on routes whose policy already demands a sign-in. */
export function currentAuth(c: Context<AppEnv>) {
  const auth = c.get('auth');
  if (!auth) throw createUnauthenticatedError();
  return auth;
}

export const SESSION_COOKIE = 'zhidu_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The policy of the route that will answer this request, or undefined when no route (but middleware) matches. */
export function policyOf(c: Context): RoutePolicy | 'none' | undefined {
  const route = matchedRoutes(c).filter((r) => r.method !== 'ALL').at(-1);
  if (!route) return undefined;
  const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
  return ROUTE_POLICIES[`${method} ${route.path}`] ?? 'none';
}

export function requestOrigin(c: Context): RequestOrigin {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return { ip: incoming?.socket?.remoteAddress ?? null, userAgent: c.req.header('user-agent') ?? null };
}

/**
 * Loads the session from its cookie, then applies the route's policy: sign-in, password change, role,
 * and CSRF (state-changing requests must echo the session's token in a header, which a cross-site form
 * cannot send; the anonymous sign-in must be JSON, which a cross-site form cannot send either).
 */
export function authorize({ db }: { db: AppDatabase }): MiddlewareHandler<AppEnv> {
  const authRepository = createAuthRepository({ db });
  return async function authorizeRequest(c, next) {
    const token = getCookie(c, SESSION_COOKIE);
    const auth = token ? authRepository.findSession(hashToken(token), new Date()) ?? null : null;
    c.set('auth', auth);

    const policy = policyOf(c);
    if (policy === undefined) return next(); // nothing but middleware matches: the not-found handler answers
    if (policy === 'none') throw createForbiddenError({ message: '该接口尚未配置访问权限' });

    const changesState = !SAFE_METHODS.has(c.req.method);
    if (policy === 'public') {
      if (changesState && !c.req.header('content-type')?.startsWith('application/json')) throw createCsrfError();
      return next();
    }
    if (!auth) throw createUnauthenticatedError();
    if (changesState && c.req.header(CSRF_HEADER) !== auth.session.csrfToken) throw createCsrfError();
    if (policy === 'signedIn') return next();
    if (auth.user.mustChangePassword) throw createPasswordChangeRequiredError();
    if (!can(auth.user.role, policy)) throw createForbiddenError();
    return next();
  };
}
