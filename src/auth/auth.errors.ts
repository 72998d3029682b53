import { createErrorFactory } from '../shared/errors.js';

export const createUnauthenticatedError = createErrorFactory({ code: 'auth.unauthenticated', message: '请先登录', status: 401 });
export const createForbiddenError = createErrorFactory({ code: 'auth.forbidden', message: '您的账号没有此项操作的权限', status: 403 });
export const createInvalidCredentialsError = createErrorFactory({ code: 'auth.invalid_credentials', message: '用户名或密码不正确', status: 401 });
export const createAccountLockedError = createErrorFactory({ code: 'auth.locked', message: '登录失败次数过多，账号已暂时锁定，请稍后再试', status: 429 });
export const createCsrfError = createErrorFactory({ code: 'auth.csrf', message: '页面已过期，请刷新页面后重试', status: 403 });
export const createPasswordChangeRequiredError = createErrorFactory({ code: 'auth.password_change_required', message: '请先修改初始密码', status: 403 });
export const createWeakPasswordError = createErrorFactory({ code: 'auth.weak_password', message: '密码不符合要求', status: 400 });
export const createUserNotFoundError = createErrorFactory({ code: 'user.not_found', message: '用户不存在', status: 404 });
export const createUsernameTakenError = createErrorFactory({ code: 'user.username_taken', message: '用户名已被使用', status: 409 });
export const createLastAdminError = createErrorFactory({ code: 'user.last_admin', message: '不能停用或降级最后一个管理员账号', status: 409 });
export const createSamePasswordError = createErrorFactory({ code: 'auth.same_password', message: '新密码不能与当前密码相同', status: 400 });
