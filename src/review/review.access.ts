import type { Context } from 'hono';
import type { AppEnv } from '../auth/auth.middleware.js';
import { createForbiddenError } from '../auth/auth.errors.js';
import { can } from '../auth/roles.js';

/**
 * Filtering documents by review category or tracked item reveals review decisions, so the document list
 * and search accept those filters only from someone who may read the review.
 */
export function assertMayFilterByReview(c: Context<AppEnv>, filters: { category?: string; item?: number }) {
  if ((filters.category || filters.item) && !can(c.get('auth')?.user.role, 'review:read')) {
    throw createForbiddenError({ message: '您的账号不能按清理类别或制度机制筛选' });
  }
}
