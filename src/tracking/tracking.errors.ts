import { createErrorFactory } from '../shared/errors.js';

export const createItemNotFoundError = createErrorFactory({ code: 'tracking.item_not_found', message: '制度或机制事项不存在', status: 404 });
export const createNotOwnUnitError = createErrorFactory({ code: 'tracking.not_own_unit', message: '只能报送本单位负责事项的进展', status: 403 });
export const createStageSkipError = createErrorFactory({ code: 'tracking.stage_skip', message: '进展只能推进到下一阶段', status: 409 });
export const createItemInUseError = createErrorFactory({ code: 'tracking.item_in_use', message: '该事项已有进展记录，不能删除', status: 409 });
export const createAttachmentNotFoundError = createErrorFactory({ code: 'tracking.attachment_not_found', message: '附件不存在', status: 404 });
export const createAttachmentTooLargeError = createErrorFactory({ code: 'tracking.attachment_too_large', message: '附件超过大小上限', status: 413 });
export const createDocumentNotFoundForLinkError = createErrorFactory({ code: 'tracking.document_not_found', message: '要关联的文件不存在', status: 400 });
export const createBriefingNotFoundError = createErrorFactory({ code: 'tracking.briefing_not_found', message: '简报不存在', status: 404 });
export const createBriefingConflictError = createErrorFactory({ code: 'tracking.briefing_conflict', message: '同时有人印发了简报，请刷新后重试', status: 409 });
