import { createErrorFactory } from '../shared/errors.js';

export const createNotCampaignError = createErrorFactory({ code: 'campaign.not_campaign', message: '该清理批次不是部门清理（谁制定、谁清理）批次', status: 409 });
export const createAlreadyCampaignError = createErrorFactory({ code: 'campaign.already_launched', message: '该清理批次已经启动部门清理', status: 409 });
export const createNoUnitError = createErrorFactory({ code: 'campaign.no_unit', message: '您的账号未指定单位，请联系系统管理员', status: 403 });
export const createReportedError = createErrorFactory({ code: 'campaign.reported', message: '本单位已报送该项，法制机构退回后才能修改', status: 409 });
export const createNothingToReportError = createErrorFactory({ code: 'campaign.nothing_to_report', message: '本单位没有待报送的清理意见', status: 409 });
export const createReportIncompleteError = createErrorFactory({ code: 'campaign.incomplete', message: '清理意见尚未填写完整，不能报送', status: 400 });
export const createNotProposedError = createErrorFactory({ code: 'campaign.not_proposed', message: '只有部门已报送、待法制机构审核的清理意见可以同意、修改或退回', status: 409 });
export const createNothingOutstandingError = createErrorFactory({ code: 'campaign.nothing_outstanding', message: '该单位没有未报送的清理意见，无需催报', status: 409 });
