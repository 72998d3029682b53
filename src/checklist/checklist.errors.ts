import { createErrorFactory } from '../shared/errors.js';

export const createVersionNotFoundError = createErrorFactory({ code: 'checklist.version_not_found', message: '清单版本不存在', status: 404 });
export const createVersionRoundMismatchError = createErrorFactory({ code: 'checklist.version_mismatch', message: '只能比较同一清理批次的清单版本', status: 400 });
export const createAlreadyPublishedError = createErrorFactory({ code: 'publication.published', message: '该批次的清理结果已经公布，不能再修改', status: 409 });
export const createNotReadyError = createErrorFactory({ code: 'publication.not_ready', message: '该批次还不能公布', status: 409 });
