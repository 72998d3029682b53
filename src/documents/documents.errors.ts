import { createErrorFactory } from '../shared/errors.js';

export const createDocumentNotFoundError = createErrorFactory({ code: 'document.not_found', message: '文件不存在或已被删除', status: 404 });
export const createInvalidCursorError = createErrorFactory({ code: 'document.invalid_cursor', message: '分页参数无效，请回到第一页', status: 400 });
export const createCompareSameDocumentError = createErrorFactory({ code: 'document.compare_same', message: '请选择两个不同的文件进行对照', status: 400 });
export const createRevisionSelfError = createErrorFactory({ code: 'document.revision_self', message: '不能把文件本身链接为它的修订版本', status: 400 });
export const createRevisionCycleError = createErrorFactory({ code: 'document.revision_cycle', message: '所选文件已被本文件修订，不能互为修订版本', status: 409 });
