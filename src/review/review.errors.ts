import { createErrorFactory } from '../shared/errors.js';

export const createDocumentInReviewError = createErrorFactory({ code: 'document.in_review', message: '该文件已有清理意见，不能删除', status: 409 });
export const createRoundNotFoundError = createErrorFactory({ code: 'review.round_not_found', message: '清理批次不存在', status: 404 });
export const createRoundNameTakenError = createErrorFactory({ code: 'review.round_name_taken', message: '已有同名的清理批次', status: 409 });
export const createDispositionNotFoundError = createErrorFactory({ code: 'review.disposition_not_found', message: '清理意见不存在', status: 404 });
export const createGroundNotFoundError = createErrorFactory({ code: 'review.ground_not_found', message: '清理依据不存在或已停用', status: 400 });
export const createGroundCodeTakenError = createErrorFactory({ code: 'review.ground_code_taken', message: '已有相同编码的清理依据', status: 409 });
export const createGroundMismatchError = createErrorFactory({ code: 'review.ground_mismatch', message: '清理依据与所选类别不符', status: 400 });
export const createNotEditableError = createErrorFactory({ code: 'review.not_editable', message: '只有草稿或已退回的清理意见可以修改；已批准的需领导重新打开', status: 409 });
export const createTransitionError = createErrorFactory({ code: 'review.invalid_transition', message: '清理意见当前状态不允许此操作', status: 409 });
export const createIncompleteError = createErrorFactory({ code: 'review.incomplete', message: '清理意见不完整，不能提交', status: 400 });
export const createCategoryError = createErrorFactory({ code: 'review.invalid_category', message: '新建类只能用于新建制度的提议；文件的清理意见不能设为新建', status: 400 });
export const createNoSuggestionError = createErrorFactory({ code: 'review.no_suggestion', message: '该项没有可采纳的建议', status: 409 });
export const createItemNotFoundError = createErrorFactory({ code: 'review.item_not_found', message: '所选的制度或机制不存在', status: 400 });
export const createBasisNotFoundError = createErrorFactory({ code: 'review.basis_not_found', message: '依据中引用的文件不存在', status: 400 });
export const createOwnedByUnitError = createErrorFactory({ code: 'review.owned_by_unit', message: '该项由承办单位提出清理意见，法制机构在部门报送后审核', status: 409 });
export const createRoundPublishedError = createErrorFactory({ code: 'review.round_published', message: '该批次的清理结果已经公布，清理意见不能再修改', status: 409 });
