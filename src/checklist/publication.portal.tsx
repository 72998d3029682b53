import { chineseDate } from '../shared/official-layout.js';
import { listCells, listColumns } from './publication.models.js';
import type { Publication } from './publication.usecases.js';

/**
 * The published result as a page for the portal's 政府信息公开 column: plain HTML that a CMS accepts as it is
 * pasted or uploaded (no scripts, no classes, no outside files; borders and widths as attributes), with the
 * document's text first and each list as a numbered table.
 */
export function publicationToPortalHtml(publication: Publication): string {
  const { details, attachments } = publication;
  const page = (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <title>{details.title}</title>
      </head>
      <body>
        <h1 style="text-align:center">{details.title}</h1>
        <p style="text-align:center">{details.docNumber}</p>
        <p>{details.addressee}</p>
        {details.body.split('\n').filter((line) => line.trim()).map((line) => <p style="text-indent:2em">{line.trim()}</p>)}
        {attachments.length > 0 && (
          <p style="text-indent:2em">附件：{attachments.map((a, i) => <>{i > 0 && <br />}{a.number}．{a.title}</>)}</p>
        )}
        <p style="text-align:right">{details.issuer}<br />{chineseDate(details.issuedOn)}</p>
        {attachments.map((attachment) => {
          const columns = listColumns(attachment.list);
          return (
            <>
              <h2>附件{attachment.number}　{attachment.title}</h2>
              <table border={1} cellpadding={4} cellspacing={0} width="100%">
                <thead><tr>{columns.map((c) => <th>{c.label}</th>)}</tr></thead>
                <tbody>{listCells(attachment.list, attachment.rows).map((row) => <tr>{row.map((cell) => <td>{cell}</td>)}</tr>)}</tbody>
              </table>
            </>
          );
        })}
      </body>
    </html>
  );
  return `<!DOCTYPE html>\n${page.toString()}`;
}
