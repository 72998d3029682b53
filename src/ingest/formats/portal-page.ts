import { DomUtils, parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type { MetadataHints } from '../../documents/documents.types.js';
import { readLabelledFields } from '../metadata/labelled-fields.js';
import { htmlToText, sanitizeDocumentHtml } from './html.js';

/** Meta tags the national rules for government websites (政府网站发展指引) require on every article page. */
const ARTICLE_META = ['ArticleTitle', 'PubDate', 'ContentSource', 'ColumnName', 'ColumnType', 'SiteName'] as const;
type ArticleMeta = Partial<Record<(typeof ARTICLE_META)[number], string>>;

// Not <head> itself: a saved page that never closes it holds its whole body inside.
const INVISIBLE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'title', 'iframe', 'select', 'textarea', 'button', 'svg', 'option']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const BLOCK_TAGS = new Set(['p', 'div', 'td', 'th', 'li', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'blockquote', 'pre', 'center', 'tr', 'table', 'tbody']);

const SERIALIZE = { encodeEntities: 'utf8' } as const;

export type PortalPage = { text: string; html: string; hints: MetadataHints };

/** Whether an HTML page is a saved government-portal article: it carries the ArticleTitle meta tag. */
export function isPortalPage(source: string): boolean {
  return /<meta[^>]+name\s*=\s*["']?ArticleTitle/i.test(source);
}

/**
 * A saved portal article: the document's own content (the block holding most of the prose, without
 * navigation, footers, hidden copies and 相关链接), headed by the page's headline, with the meta tags and
 * the 信息公开 box as hints.
 */
export function parsePortalPage(source: string): PortalPage {
  const dom = parseDocument(source, { decodeEntities: true, lowerCaseTags: true });
  const meta = readArticleMeta(dom.children);
  removeInvisible(dom);
  const main = findMainContent(dom.children);
  const contentHtml = sanitizeDocumentHtml(main ? DomUtils.getOuterHTML(main, SERIALIZE) : DomUtils.getOuterHTML(dom, SERIALIZE));
  let text = htmlToText(contentHtml);

  const headline = meta.ArticleTitle?.trim() || DomUtils.textContent(DomUtils.findOne((e) => e.name === 'h1', dom.children) ?? []).trim();
  const compact = (s: string) => s.replace(/\s+/g, '');
  const opening = compact(text.split('\n').slice(0, 6).join(''));
  if (headline && !opening.includes(compact(headline))) text = `${headline}\n${text}`;

  if (main) DomUtils.removeElement(main);
  const boxText = htmlToText(sanitizeDocumentHtml(DomUtils.getOuterHTML(dom, SERIALIZE)));
  return { text, html: contentHtml, hints: { fields: { ...readLabelledFields(boxText, 'page_box'), ...(headline ? { title: { value: headline, source: 'meta', detail: 'ArticleTitle' } } : {}) }, column: meta.ColumnType ?? meta.ColumnName, isWebPage: true } };
}

function readArticleMeta(nodes: AnyNode[]): ArticleMeta {
  const meta: ArticleMeta = {};
  for (const element of DomUtils.findAll((e) => e.name === 'meta', nodes)) {
    const name = ARTICLE_META.find((key) => key.toLowerCase() === element.attribs.name?.toLowerCase());
    if (name && meta[name] === undefined && element.attribs.content?.trim()) meta[name] = element.attribs.content.trim();
  }
  return meta;
}

function removeInvisible(dom: ReturnType<typeof parseDocument>) {
  // A page hidden as a whole until its scripts have run is visible to its readers: only hidden parts count.
  const hidden = DomUtils.findAll((e) => INVISIBLE_TAGS.has(e.name) || (!['html', 'body'].includes(e.name)
    && ('hidden' in e.attribs || HIDDEN_STYLE.test(e.attribs.style ?? '') || e.attribs['aria-hidden'] === 'true')), dom.children);
  for (const element of hidden) DomUtils.removeElement(element);
}

/**
 * The element holding the article, after the way reader views find it: each block's own prose (not
 * link text) counts for its parent in full and its grandparent by half, with a bonus per Chinese comma
 * and full stop; the best-scoring element wins. Menus and link lists score nothing, a footer little.
 */
export function findMainContent(nodes: AnyNode[]): Element | null {
  const scores = new Map<Element, number>();
  for (const block of DomUtils.findAll((e) => BLOCK_TAGS.has(e.name), nodes)) {
    const own = ownProse(block);
    if (own.length < 20) continue;
    const score = own.length + 10 * (own.match(/[，。；]/g)?.length ?? 0);
    const parent = block.parent as Element | null;
    if (parent?.type === 'tag') scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grandparent = parent?.parent as Element | null;
    if (grandparent?.type === 'tag') scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
  }
  let best: Element | null = null;
  for (const [element, score] of scores) if (!best || score > scores.get(best)!) best = element;
  return best;
}

/** The text of a block outside its nested blocks and links. */
function ownProse(block: Element): string {
  let text = '';
  const visit = (node: AnyNode) => {
    if (node.type === 'text') text += (node as unknown as { data: string }).data;
    else if (node.type === 'tag' && (node as Element).name !== 'a' && !BLOCK_TAGS.has((node as Element).name)) (node as Element).children.forEach(visit);
  };
  block.children.forEach(visit);
  return text.replace(/\s+/g, '');
}
