import { Document, Packer } from 'docx';
import {
  addressee, attachmentLabel, attachmentsNote, body, closingNotes, documentMasthead, officialSection, signature, table, title,
} from '../shared/official-docx.js';
import { chineseDate, fitColumnWidths, TABLE_FONT_PT, TEXT_WIDTH_PT } from '../shared/official-layout.js';
import { listCells, listColumns } from './publication.models.js';
import type { Publication } from './publication.usecases.js';

/**
 * The publishing document (公布清理结果的决定/通知) after GB/T 9704-2012: the issuer's masthead and number, the
 * title, the addressees, the body, the attachments note, the signature and date, 此件公开发布 and the closing
 * notes; then each list as an attachment on its own pages. Until published it carries 送审稿 at the top.
 */
export async function publicationToDocx(publication: Publication): Promise<Buffer> {
  const { details, attachments } = publication;
  const draft = !publication.published;
  const date = details.issuedOn ? chineseDate(details.issuedOn) : '　　年　月　日';
  const main = [
    ...documentMasthead({ issuer: details.issuer || '（发文机关）', docNumber: details.docNumber || '（发文字号）' }),
    title(details.title),
    addressee(details.addressee),
    ...details.body.split('\n').filter((line) => line.trim()).map((line) => body(line.trim())),
    ...attachmentsNote(attachments.map((a) => a.title)),
    ...signature(details.issuer || '（发文机关）', date),
    body('（此件公开发布）'),
    ...closingNotes(details.copyTo.trim() ? [`抄送：${details.copyTo.trim()}`] : [], { office: `${details.issuer}办公室`, date: `${date}印发` }),
  ];
  const lists = attachments.flatMap((attachment) => {
    const columns = listColumns(attachment.list);
    const cells = listCells(attachment.list, attachment.rows);
    return [
      attachmentLabel(`附件${attachment.number}`),
      title(attachment.title),
      table(columns, cells, fitColumnWidths(columns, cells, { totalPt: TEXT_WIDTH_PT.portrait, fontPt: TABLE_FONT_PT })),
    ];
  });
  const document = new Document({
    creator: '制度清理工作平台',
    title: details.title,
    sections: [officialSection([...main, ...lists], { draft, draftMark: '送审稿' })],
  });
  return Packer.toBuffer(document);
}
