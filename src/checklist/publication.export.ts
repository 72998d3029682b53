import { publicationToDocx } from './publication.docx.js';
import { publicationToPortalHtml } from './publication.portal.js';
import type { PublicationFormat } from './publication.schemas.js';
import type { Publication } from './publication.usecases.js';
import { publicationToXlsx } from './publication.xlsx.js';

export const PUBLICATION_CONTENT_TYPES: Record<PublicationFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The publishing document, its portal page or its lists, named as the office would name them. */
export async function exportPublication(publication: Publication, format: PublicationFormat): Promise<{ bytes: Buffer; fileName: string }> {
  const name = publication.details.title + (publication.published ? '' : '（送审稿）');
  if (format === 'docx') return { bytes: await publicationToDocx(publication), fileName: `${name}.docx` };
  if (format === 'html') return { bytes: Buffer.from(publicationToPortalHtml(publication)), fileName: `${name}（网站公开）.html` };
  return { bytes: await publicationToXlsx(publication), fileName: `${name}（附件目录）.xlsx` };
}
