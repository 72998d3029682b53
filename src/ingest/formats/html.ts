import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'blockquote',
  'pre', 'ul', 'ol', 'title', 'header', 'footer', 'dd', 'dt', 'hr',
]);
const CELL_TAGS = new Set(['td', 'th']);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** The text of an HTML document, one block per line; scripts and styles left out. */
export function htmlToText(html: string): string {
  let text = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_TAGS.has(name)) skipping++;
        if (BLOCK_TAGS.has(name)) text += '\n';
        if (CELL_TAGS.has(name)) text += '\t';
      },
      ontext(data) {
        if (skipping === 0) text += data.replace(/[\r\n]+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED_TAGS.has(name)) skipping--;
        if (BLOCK_TAGS.has(name)) text += '\n';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text.replace(/[ \t]*\n[ \t\n]*/g, '\n').trim();
}

/**
 * HTML safe to put into a page: structure, tables and images kept; scripts, event handlers, styles and
 * `javascript:` links removed.
 */
export function sanitizeDocumentHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img'],
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'template'],
    allowedSchemesByTag: { img: ['data'] },
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  });
}

export function parseHtml(source: string) {
  const html = sanitizeDocumentHtml(source);
  return { text: htmlToText(html), html };
}
