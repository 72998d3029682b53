import { createErrorFactory } from '../shared/errors.js';

export const createUnitNotFoundError = createErrorFactory({ code: 'unit.not_found', message: '单位不存在', status: 404 });
/** A unit named (by id or by name) that the managed list does not hold: units are chosen from the list, not typed. */
export const createUnknownUnitError = createErrorFactory({ code: 'unit.unknown', message: '单位不在单位列表中，请从列表中选择；如确需新增，请联系系统管理员', status: 400 });
export const createInactiveUnitError = createErrorFactory({ code: 'unit.inactive', message: '该单位已停用，不能再选择', status: 400 });
export const createUnitNameTakenError = createErrorFactory({ code: 'unit.name_taken', message: '已有同名单位（名称、简称或别名相同）', status: 409 });
export const createDocumentUnitsInvalidError = createErrorFactory({ code: 'unit.document_units_invalid', message: '牵头单位不能同时列为联合发文单位', status: 400 });
