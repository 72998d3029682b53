import type { Hono } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import { createAuditRepository } from '../auth/audit.repository.js';
import { toPublicUser } from '../auth/auth.models.js';
import { createAuthRepository } from '../auth/auth.repository.js';
import { auditQuerySchema, signInPageQuerySchema } from '../auth/auth.schemas.js';
import { listAuditEvents } from '../auth/auth.usecases.js';
import type { AppDatabase } from '../db/database.js';
import { validate } from '../shared/validation.js';
import { createUnitsRepository } from '../units/units.repository.js';
import { AuditPage } from './audit.page.js';
import { PasswordPage } from './password.page.js';
import { SignInPage } from './sign-in.page.js';
import { UsersPage } from './users.page.js';
import { viewerOf } from './viewer.js';

/** Signing in, one's password, and the administrator's accounts and access log. */
export function registerAuthPages(app: Hono<AppEnv>, { db }: { db: AppDatabase }) {
  const authRepository = createAuthRepository({ db });
  const auditRepository = createAuditRepository({ db });
  const unitsRepository = createUnitsRepository({ db });

  app.get('/sign-in', validate('query', signInPageQuerySchema), (c) => c.html(<SignInPage next={c.req.valid('query').next} />));
  app.get('/account/password', (c) => c.html(<PasswordPage viewer={viewerOf(c)} />));
  app.get('/admin/users', (c) => c.html(<UsersPage users={authRepository.listUsers().map(toPublicUser)} units={unitsRepository.list()} viewer={viewerOf(c)} />));
  app.get('/admin/audit', validate('query', auditQuerySchema), (c) => {
    const { events, nextBefore } = listAuditEvents({ ...c.req.valid('query'), auditRepository });
    return c.html(<AuditPage events={events} nextBefore={nextBefore} viewer={viewerOf(c)} />);
  });
}
