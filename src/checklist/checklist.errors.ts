import { createErrorFactory } from '../shared/errors.js';

export const createVersionNotFoundError = createErrorFactory({ code: 'checklist.version_not_found', message: '清单版本不存在', status: 404 });
export const createVersionRoundMismatchError = createErrorFactory({ code: 'checklist.version_mismatch', message: '只能比较同一清理批次的清单版本', status: 400 });
