import { createErrorFactory } from '../shared/errors.js';

// Each message names the file, so a summary of a bulk import says which file failed and why. A hint for
// the user (in Chinese) joins the message; a library's own wording goes to `details`, for support staff.
const forFile = (code: string, status: 413 | 415 | 422, reason: string) => {
  const create = createErrorFactory({ code, status, message: reason });
  return (fileName: string, hint?: string, technical?: string) =>
    create({ message: `${fileName}：${reason}${hint ? `（${hint}）` : ''}`, details: technical ? { reason: technical } : undefined });
};

export const createEmptyFileError = forFile('ingest.empty_file', 422, '文件为空');
export const createFileTooLargeError = forFile('ingest.file_too_large', 413, '文件超过大小上限');
export const createExpandedTooLargeError = forFile('ingest.expanded_too_large', 413, '压缩内容展开后超过上限，已拒绝');
export const createUnsupportedFormatError = forFile('ingest.unsupported_format', 415, '无法识别的文件格式，支持 docx、doc、pdf、txt、html、md、ofd 及扫描图片 jpg、png、tif');
export const createUnsupportedEncodingError = forFile('ingest.unsupported_encoding', 415, '无法识别的文字编码');
export const createUnreadableFileError = forFile('ingest.unreadable', 422, '文件已损坏或内容无法读取');
export const createNoTextError = forFile('ingest.no_text', 422, '文件中没有可提取的文字（可能是扫描件或空白文档）');
export const createParseTimeoutError = forFile('ingest.parse_timeout', 422, '解析超时，文件可能过于复杂或已损坏');
export const createParseTooLargeError = forFile('ingest.parse_too_large', 422, '解析所需内存超过上限，文件可能过于复杂或已损坏');
export const createEncryptedError = forFile('ingest.encrypted', 422, '文件已加密，请先解除密码保护再导入');
export const createTooManyPagesError = forFile('ingest.too_many_pages', 413, '扫描件页数超过识别上限');
export const createCorruptImageError = forFile('ingest.corrupt_image', 422, '图片已损坏或无法解码');
