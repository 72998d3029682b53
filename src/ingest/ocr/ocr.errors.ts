import { createErrorFactory } from '../../shared/errors.js';

export const createNotScanError = createErrorFactory({ code: 'ocr.not_scan', message: '该文件不是扫描件，其文字来自原文件，不能在此修改', status: 409 });
export const createOcrNotDoneError = createErrorFactory({ code: 'ocr.not_done', message: '文字识别尚未完成，完成后才能修改识别文字', status: 409 });
