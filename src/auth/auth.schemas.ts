import { NON_EMPTY_PATCH_MESSAGE, nonEmptyPatch, z } from '../shared/zod.js';
import { safeNextPath } from './next-path.js';
import { ROLES } from './roles.js';

export const signInSchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(200),
}).strict();

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().max(200),
}).strict();

const username = z.string().trim().regex(/^[A-Za-z0-9_.-]{2,32}$/, '用户名为 2–32 位字母、数字、下划线、点或连字符');
/** An account's unit: its id in the unit list, or a name the list matches (the command line's --unit 市财政局). */
const unitId = z.coerce.number().int().positive('请从单位列表中选择所属单位');
const unit = z.string().trim().min(1, '请从单位列表中选择所属单位').max(60);
const displayName = z.string().trim().min(1, '请填写姓名').max(60);

export const newUserSchema = z.object({ username, displayName, unitId: unitId.optional(), unit: unit.optional(), role: z.enum(ROLES) }).strict()
  .refine((user) => user.unitId !== undefined || user.unit !== undefined, { message: '请从单位列表中选择所属单位', path: ['unitId'] });

export const userUpdateSchema = z.object({
  displayName, unitId, unit, role: z.enum(ROLES), disabled: z.boolean(),
}).partial().strict().refine(nonEmptyPatch, NON_EMPTY_PATCH_MESSAGE);

export const userIdParamSchema = z.object({ id: z.coerce.number().int().positive() });

export const auditQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Only a path on this site is followed after signing in, never another host. */
export const signInPageQuerySchema = z.object({ next: z.string().max(500).catch('/').default('/').transform(safeNextPath) });
