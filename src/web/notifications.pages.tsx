import type { Hono, MiddlewareHandler } from 'hono';
import { currentAuth, type AppEnv } from '../auth/auth.middleware.js';
import type { AppDatabase } from '../db/database.js';
import { createNotificationsRepository } from '../notifications/notifications.repository.js';
import { notificationsQuerySchema } from '../notifications/notifications.schemas.js';
import { listNotifications, unreadNotifications, type ComputedNotices } from '../notifications/notifications.usecases.js';
import { validate } from '../shared/validation.js';
import { NotificationsPage } from './notifications.page.js';
import { viewerOf } from './viewer.js';

/**
 * Counts the signed-in user's unread notifications for the bell in the header of every page (not for the
 * API or static files); the deadline notices are brought up to date first.
 */
export function countUnreadNotifications({ db, computedNotices }: { db: AppDatabase; computedNotices: ComputedNotices }): MiddlewareHandler<AppEnv> {
  const notificationsRepository = createNotificationsRepository({ db });
  return async function countUnread(c, next) {
    const auth = c.get('auth');
    if (auth && c.req.method === 'GET' && !c.req.path.startsWith('/api/') && !c.req.path.startsWith('/static/')) {
      c.set('unreadNotifications', unreadNotifications({ recipient: auth.user, computedNotices, notificationsRepository }).total);
    }
    return next();
  };
}

/** The notifications page: one's own, filtered by kind and read state, paged. */
export function registerNotificationsPages(app: Hono<AppEnv>, { db, computedNotices }: { db: AppDatabase; computedNotices: ComputedNotices }) {
  const notificationsRepository = createNotificationsRepository({ db });

  app.get('/notifications', validate('query', notificationsQuerySchema), (c) => {
    const query = c.req.valid('query');
    const result = listNotifications({
      recipient: currentAuth(c).user, filters: { kind: query.kind, unread: query.unread }, before: query.before, limit: query.limit, computedNotices, notificationsRepository,
    });
    return c.html(<NotificationsPage {...result} query={query} viewer={viewerOf(c)} />);
  });
}
