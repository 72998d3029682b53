import { parseArgs } from 'node:util';
import { createAuditRepository } from './audit.repository.js';
import type { AppDatabase } from '../db/database.js';
import { isAppError } from '../shared/errors.js';
import { createUserNotFoundError } from './auth.errors.js';
import type { UnitDirectory } from './auth.models.js';
import { createAuthRepository } from './auth.repository.js';
import { newUserSchema } from './auth.schemas.js';
import { createUser, resetPassword, updateUser } from './auth.usecases.js';
import { ROLE_LABELS, ROLES, type Role } from './roles.js';

export const USER_USAGE = `  user list                                  列出账号
  user add 用户名 --role 角色 --unit 单位 [--name 姓名]   新建账号（单位须在单位列表中），显示一次性密码
  user reset 用户名                          重置密码，显示新的一次性密码
  user role 用户名 角色                      修改角色（${ROLES.join(' / ')}）
  user disable 用户名 | user enable 用户名   停用或启用账号`;

/** `zhidu user …`: account administration on the server itself, e.g. when the admin password is lost. */
export async function runUserCommand(args: string[], db: AppDatabase, unitDirectory: UnitDirectory): Promise<number> {
  const authRepository = createAuthRepository({ db });
  const dependencies = { authRepository, auditRepository: createAuditRepository({ db }), unitDirectory, actor: null, origin: { ip: 'cli', userAgent: 'zhidu cli' } };
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { role: { type: 'string' }, unit: { type: 'string' }, name: { type: 'string' } },
  });
  const [action, username, extra] = positionals;
  const find = () => {
    const user = username ? authRepository.findUserByUsername(username) : undefined;
    if (!user) throw createUserNotFoundError({ message: `用户不存在：${username ?? ''}` });
    return user;
  };

  try {
    switch (action) {
      case 'list': {
        const users = authRepository.listUsers();
        if (users.length === 0) console.log('还没有账号。首次运行 npm start 时会创建管理员 admin，也可用 user add 新建。');
        for (const user of users) {
          console.log([user.username, user.displayName, user.unit, ROLE_LABELS[user.role], user.disabled ? '已停用' : '正常'].join('\t'));
        }
        return 0;
      }
      case 'add': {
        const parsed = newUserSchema.safeParse({ username, displayName: values.name ?? username, unit: values.unit, role: values.role });
        if (!parsed.success) {
          console.error(`参数不正确：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}\n${USER_USAGE}`);
          return 2;
        }
        const { user, password } = await createUser({ ...dependencies, user: parsed.data });
        console.log(`已创建账号 ${user.username}（${ROLE_LABELS[user.role]}，${user.unit}），一次性密码：${password}`);
        return 0;
      }
      case 'reset': {
        const { user, password } = await resetPassword({ ...dependencies, userId: find().id });
        console.log(`已重置 ${user.username} 的密码，一次性密码：${password}`);
        return 0;
      }
      case 'role': {
        if (!ROLES.includes(extra as Role)) {
          console.error(`角色应为：${ROLES.join(' / ')}`);
          return 2;
        }
        updateUser({ ...dependencies, userId: find().id, changes: { role: extra as Role } });
        console.log(`已将 ${username} 的角色改为 ${ROLE_LABELS[extra as Role]}`);
        return 0;
      }
      case 'disable':
      case 'enable':
        updateUser({ ...dependencies, userId: find().id, changes: { disabled: action === 'disable' } });
        console.log(`已${action === 'disable' ? '停用' : '启用'}账号 ${username}`);
        return 0;
      default:
        console.error(`用法：\n${USER_USAGE}`);
        return 2;
    }
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(`${error.message}（${error.code}）`);
    return 1;
  }
}
