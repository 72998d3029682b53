import { createErrorFactory } from '../shared/errors.js';

export const createExportTooLargeError = createErrorFactory({ code: 'search.export_too_large', message: '符合条件的文件过多，请缩小范围后再导出', status: 413 });
export const createSavedSearchNotFoundError = createErrorFactory({ code: 'search.saved_not_found', message: '没有这条保存的检索', status: 404 });
export const createSavedSearchNameTakenError = createErrorFactory({ code: 'search.saved_name_taken', message: '已有同名的检索，请换一个名称', status: 409 });
export const createTooManySavedSearchesError = createErrorFactory({ code: 'search.saved_too_many', message: '保存的检索已达上限，请先删除不用的', status: 422 });
