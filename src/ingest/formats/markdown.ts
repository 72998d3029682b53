import MarkdownIt from 'markdown-it';
import { htmlToText, sanitizeDocumentHtml } from './html.js';
import type { ParsedContent } from './formats.types.js';

// Raw HTML in Markdown is not rendered: it is shown as text, so it cannot carry scripts.
const markdown = new MarkdownIt({ html: false, linkify: false, breaks: true });

export function parseMarkdown(source: string): ParsedContent {
  const html = sanitizeDocumentHtml(markdown.render(source.replace(/<!--[\s\S]*?-->/g, '')));
  return { text: htmlToText(html), html };
}
