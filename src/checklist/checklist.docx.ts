import { Document, Packer } from 'docx';
import { CATEGORY_LABELS } from '../review/review.models.js';
import { body, heading, officialSection, table, title } from '../shared/official-docx.js';
import { columnsOf, type Checklist } from './checklist.models.js';

/** The checklist as a Word document laid out after GB/T 9704-2012: a summary page, then the four tables. */
export async function checklistToDocx(checklist: Checklist): Promise<Buffer> {
  const { byCategory, byIssuer, leftOut } = checklist.summary;
  const total = Object.values(byCategory).reduce((a, b) => a + b, 0);
  const cover = [
    title(`${checklist.roundName}制度清单${checklist.draft ? '（征求意见稿）' : ''}`),
    body(`本次清理共列入清单 ${total} 项，其中坚持（继续有效）${byCategory.keep} 项，完善（修改）${byCategory.improve} 项，废止（宣布失效）${byCategory.abolish} 项，新建 ${byCategory.create} 项。`),
    ...(leftOut > 0 ? [body(checklist.draft ? `另有 ${leftOut} 项尚未定类，未列入。` : `另有 ${leftOut} 项尚未定类或尚未批准，未列入。`)] : []),
    heading('按发文机关统计'),
    ...byIssuer.map((entry) => body(`${entry.issuer}：${entry.total} 项（${(['keep', 'improve', 'abolish', 'create'] as const)
      .filter((c) => entry.counts[c] > 0).map((c) => `${CATEGORY_LABELS[c]} ${entry.counts[c]}`).join('，')}）`)),
  ];
  const tables = checklist.sections.flatMap((section, index) => {
    const columns = columnsOf(section.category);
    const rows = section.rows.map((row, i) => columns.map((c) => (c.key === 'no' ? String(i + 1) : String(row[c.key] ?? ''))));
    return [heading(section.title, { newPage: index > 0 }), rows.length > 0 ? table(columns, rows) : body('（无）')];
  });
  const document = new Document({
    creator: '制度清理工作平台',
    title: `${checklist.roundName}制度清单`,
    sections: [officialSection(cover, { draft: checklist.draft }), officialSection(tables, { landscape: true, draft: checklist.draft })],
  });
  return Packer.toBuffer(document);
}
