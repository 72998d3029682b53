import type { Context } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import type { Viewer } from './layout.js';

export function viewerOf(c: Context<AppEnv>): Viewer {
  const auth = c.get('auth');
  return auth ? { user: auth.user, csrfToken: auth.session.csrfToken, unreadNotifications: c.get('unreadNotifications') } : null;
}
