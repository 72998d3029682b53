import { emptyToUndefined, z } from '../shared/zod.js';
import { NOTIFICATION_KINDS } from './notifications.table.js';

/** The list of one's notifications: by kind, unread only, a page before an id. */
export const notificationsQuerySchema = z.object({
  kind: z.preprocess(emptyToUndefined, z.enum(NOTIFICATION_KINDS).optional()),
  unread: z.preprocess(emptyToUndefined, z.enum(['1']).optional()).transform((v) => v === '1'),
  before: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional()),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type NotificationsQuery = z.output<typeof notificationsQuerySchema>;

/** Mark some notifications read, or all of them. */
export const markReadSchema = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1, '请至少选择一条').max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
