import type { Hono } from 'hono';
import { currentAuth, type AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { validate } from '../shared/validation.js';
import { createNotificationsRepository } from './notifications.repository.js';
import { markReadSchema, notificationsQuerySchema } from './notifications.schemas.js';
import { listNotifications, type ComputedNotices } from './notifications.usecases.js';

/** One's own notifications: list them, mark some or all read. Nobody reads or marks another's. */
export function registerNotificationsRoutes(app: Hono<AppEnv>, { db, computedNotices }: { db: AppDatabase; computedNotices: ComputedNotices }) {
  const notificationsRepository = createNotificationsRepository({ db });

  app.get('/api/notifications', validate('query', notificationsQuerySchema), (c) => {
    const { kind, unread, before, limit } = c.req.valid('query');
    return c.json(listNotifications({ recipient: currentAuth(c).user, filters: { kind, unread }, before, limit, computedNotices, notificationsRepository }));
  });

  app.post('/api/notifications/read', validate('json', markReadSchema), (c) => {
    const { user } = currentAuth(c);
    const body = c.req.valid('json');
    const marked = notificationsRepository.markRead(user.id, 'ids' in body ? body.ids : 'all', new Date());
    return c.json({ marked, unread: notificationsRepository.unreadByKind(user.id) });
  });
}
