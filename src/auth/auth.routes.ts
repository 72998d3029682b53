import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createAuditRepository } from './audit.repository.js';
import type { AppConfig } from '../config.js';
import type { AppDatabase } from '../db/database.js';
import { validate } from '../shared/validation.js';
import { currentAuth, requestOrigin, SESSION_COOKIE, type AppEnv } from './auth.middleware.js';
import { toPublicUser, type UnitDirectory } from './auth.models.js';
import { createAuthRepository } from './auth.repository.js';
import { auditQuerySchema, changePasswordSchema, newUserSchema, signInSchema, userIdParamSchema, userUpdateSchema } from './auth.schemas.js';
import { changePassword, createUser, listAuditEvents, resetPassword, signIn, signOut, updateUser } from './auth.usecases.js';

function isHttps(c: Context) {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function registerAuthRoutes(app: Hono<AppEnv>, { db, config, unitDirectory }: { db: AppDatabase; config: AppConfig; unitDirectory: UnitDirectory }) {
  const authRepository = createAuthRepository({ db });
  const auditRepository = createAuditRepository({ db });
  const dependencies = { authRepository, auditRepository };
  const accountDependencies = { ...dependencies, unitDirectory };

  app.post('/api/auth/sign-in', validate('json', signInSchema), async (c) => {
    const { username, password } = c.req.valid('json');
    const { token, session, user } = await signIn({ username, password, origin: requestOrigin(c), config, ...dependencies });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', expires: session.expiresAt,
    });
    return c.json({ user: toPublicUser(user), csrfToken: session.csrfToken });
  });

  app.post('/api/auth/sign-out', (c) => {
    const { user } = currentAuth(c);
    signOut({ token: getCookie(c, SESSION_COOKIE)!, user, origin: requestOrigin(c), ...dependencies });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.get('/api/auth/me', (c) => {
    const { user, session } = currentAuth(c);
    return c.json({ user: toPublicUser(user), csrfToken: session.csrfToken });
  });

  app.post('/api/auth/password', validate('json', changePasswordSchema), async (c) => {
    const { currentPassword, newPassword } = c.req.valid('json');
    const { user, session } = currentAuth(c);
    await changePassword({ user, sessionTokenHash: session.tokenHash, currentPassword, newPassword, origin: requestOrigin(c), ...dependencies });
    return c.body(null, 204);
  });

  app.get('/api/users', (c) => c.json({ users: authRepository.listUsers().map(toPublicUser) }));

  app.post('/api/users', validate('json', newUserSchema), async (c) => {
    const { user, password } = await createUser({ user: c.req.valid('json'), actor: currentAuth(c).user, origin: requestOrigin(c), ...accountDependencies });
    return c.json({ user: toPublicUser(user), password }, 201);
  });

  app.patch('/api/users/:id', validate('param', userIdParamSchema), validate('json', userUpdateSchema), (c) => {
    const user = updateUser({ userId: c.req.valid('param').id, changes: c.req.valid('json'), actor: currentAuth(c).user, origin: requestOrigin(c), ...accountDependencies });
    return c.json({ user: toPublicUser(user) });
  });

  app.post('/api/users/:id/reset-password', validate('param', userIdParamSchema), async (c) => {
    const { user, password } = await resetPassword({ userId: c.req.valid('param').id, actor: currentAuth(c).user, origin: requestOrigin(c), ...dependencies });
    return c.json({ user: toPublicUser(user), password });
  });

  app.get('/api/audit', validate('query', auditQuerySchema), (c) => c.json(listAuditEvents({ ...c.req.valid('query'), auditRepository })));
}
