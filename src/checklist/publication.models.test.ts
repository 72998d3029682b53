import { describe, expect, test } from 'vitest';
import { attachmentsOf, completeDetails, defaultBody, listCells, listOf, missingForIssue, type PublicationDetails, type PublishedRow } from './publication.models.js';

const row = (title: string): PublishedRow => ({ title, docNumber: '平政发〔2015〕3号', issuer: '平凉市人民政府', issuedOn: '2015-03-01', note: '适用期已过' });
const details: PublicationDetails = { kind: 'decision', issuer: '平凉市人民政府', docNumber: '', issuedOn: null, subject: '规范性文件', title: '', addressee: '', body: '', copyTo: '' };

describe('which published list a decision goes in', () => {
  test.each([
    ['keep', '继续有效', 'continued'],
    ['improve', '修改', 'amended'],
    ['abolish', '废止', 'repealed'],
    ['abolish', '宣布失效', 'invalidated'],
    ['abolish', null, 'repealed'],
    ['create', '新建', null],
  ] as const)('%s with the action %s → %s', (category, action, list) => {
    expect(listOf(category, action)).toBe(list);
  });
});

describe('the publishing document', () => {
  test('numbers only the lists that have rows, in the published order', () => {
    const attachments = attachmentsOf({ continued: [row('甲')], amended: [], repealed: [], invalidated: [row('乙'), row('丙')] }, '规范性文件');
    expect(attachments.map((a) => [a.number, a.title, a.rows.length])).toEqual([
      [1, '继续有效的规范性文件目录', 1], [2, '宣布失效的规范性文件目录', 2],
    ]);
  });

  test('drafts the title, the addressees and a body that counts each list with its attachment', () => {
    const attachments = attachmentsOf({ continued: [row('甲'), row('乙')], amended: [], repealed: [row('丙')], invalidated: [] }, '规范性文件');
    const complete = completeDetails(details, attachments);
    expect(complete.title).toBe('平凉市人民政府关于公布规范性文件清理结果的决定');
    expect(complete.addressee).toMatch(/^各县（市、区）人民政府/);
    expect(complete.body).toContain('经清理，决定：2件继续有效（见附件1）；1件予以废止（见附件2）。');
    expect(complete.body).toContain('自本决定公布之日起停止执行');
    expect(complete.body).not.toContain('修改');
    expect(defaultBody({ ...details, kind: 'notice' }, attachments)).toContain('自本通知公布之日起停止执行');
  });

  test('keeps what the office wrote', () => {
    const written = completeDetails({ ...details, title: '关于公布清理结果的通知', body: '第一段\n第二段' }, []);
    expect([written.title, written.body]).toEqual(['关于公布清理结果的通知', '第一段\n第二段']);
  });

  test('cannot be issued without issuer, number and date', () => {
    expect(missingForIssue({ issuer: ' ', docNumber: '', issuedOn: null })).toEqual(['发文机关', '发文字号', '成文日期']);
    expect(missingForIssue({ issuer: '平凉市人民政府', docNumber: '平政发〔2026〕1号', issuedOn: '2026-12-01' })).toEqual([]);
  });

  test('lists print numbered, with dates written out and the reason except for what stays in force', () => {
    expect(listCells('invalidated', [row('甲')])).toEqual([['1', '甲', '平政发〔2015〕3号', '平凉市人民政府', '2015年3月1日', '适用期已过']]);
    expect(listCells('continued', [row('甲')])[0]).toHaveLength(5);
  });
});
