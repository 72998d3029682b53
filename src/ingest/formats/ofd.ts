import path from 'node:path/posix';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ParsedContent } from './formats.types.js';
import { inflateZipEntries } from './zip.js';

/** Elements that can repeat; the parser must give arrays for them even when there is one. */
const REPEATED = new Set(['DocBody', 'Layer', 'TextObject', 'TextCode', 'PageBlock', 'CompositeObject']);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  textNodeName: '#text',
  parseTagValue: false,
  // A page reference repeats under Pages; the root element of a page file is also called Page.
  isArray: (name, jpath) => REPEATED.has(name) || String(jpath).endsWith('Pages.Page'),
});

type XmlNode = Record<string, unknown>;
type Glyph = { x: number; y: number; text: string };

/**
 * Bounds on the work one OFD may cause, however small it is on disk (a page can be referenced any number of
 * times, text objects repeat cheaply in a zip); real documents stay far below them.
 */
export const OFD_LIMITS = { pageReferences: 10_000, glyphs: 2_000_000 };

/** The file asks for more work than `OFD_LIMITS` allow. */
export class PageLimitError extends Error {
  constructor(what: string) {
    super(`OFD ${what} past the limit`);
  }
}

/**
 * OFD (GB/T 33190): a zip of XML. Text objects carry absolute positions, so the reading order is
 * rebuilt from them: page by page, top to bottom, then left to right within a line.
 */
export function parseOfd(bytes: Uint8Array, maxExpandedBytes: number): ParsedContent {
  const files = inflateZipEntries(bytes, (name) => name.endsWith('.xml'), maxExpandedBytes);
  const read = (name: string): XmlNode => {
    const data = files.get(name.replace(/^\//, ''));
    if (!data) throw new Error(`missing ${name}`);
    const text = new TextDecoder().decode(data);
    const valid = XMLValidator.validate(text);
    if (valid !== true) throw new Error(`${name}: ${valid.err.msg}`); // the parser itself would accept broken XML
    return xml.parse(text) as XmlNode;
  };

  const root = read('OFD.xml').OFD as XmlNode;
  // Each page file is read once and its text taken once, however often it is referenced.
  const pages = new Map<string, string>();
  const budget = { pageReferences: OFD_LIMITS.pageReferences, glyphs: OFD_LIMITS.glyphs };
  for (const body of (root.DocBody as XmlNode[]) ?? []) {
    const docRoot = String(body.DocRoot ?? '').trim();
    const documentDir = path.dirname(docRoot);
    const document = read(docRoot).Document as XmlNode;
    const pageRefs = ((document.Pages as XmlNode)?.Page as XmlNode[]) ?? [];
    for (const ref of pageRefs) {
      if (--budget.pageReferences < 0) throw new PageLimitError('page references');
      const location = String(ref['@BaseLoc']);
      const pagePath = path.normalize(location.startsWith('/') ? location : path.join(documentDir, location)).replace(/^\//, '');
      if (!pages.has(pagePath)) pages.set(pagePath, pageText(read(pagePath).Page as XmlNode, budget));
    }
  }
  return { text: [...pages.values()].join('\n'), html: null };
}

function pageText(page: XmlNode, budget: { glyphs: number }): string {
  const glyphs: Glyph[] = [];
  collectText(page.Content, glyphs);
  budget.glyphs -= glyphs.length;
  if (budget.glyphs < 0) throw new PageLimitError('text objects');
  glyphs.sort((a, b) => a.y - b.y || a.x - b.x);

  const lines: Glyph[][] = [];
  for (const glyph of glyphs) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - glyph.y) < 1.5) line.push(glyph);
    else lines.push([glyph]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x).map((g) => g.text).join('')).join('\n');
}

/** Walks layers, page blocks and composite objects for text objects, at any depth. */
function collectText(node: unknown, into: Glyph[]): void {
  if (Array.isArray(node)) return node.forEach((child) => collectText(child, into));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as XmlNode)) {
    if (key === 'TextObject') for (const object of value as XmlNode[]) collectTextObject(object, into);
    else if (!key.startsWith('@')) collectText(value, into);
  }
}

function collectTextObject(object: XmlNode, into: Glyph[]): void {
  const [bx = 0, by = 0] = String(object['@Boundary'] ?? '0 0 0 0').trim().split(/\s+/).map(Number);
  for (const code of (object.TextCode as (XmlNode | string)[]) ?? []) {
    const text = typeof code === 'string' ? code : String(code['#text'] ?? '');
    const x = typeof code === 'string' ? 0 : Number(code['@X'] ?? 0);
    const y = typeof code === 'string' ? 0 : Number(code['@Y'] ?? 0);
    if (text) into.push({ x: bx + x, y: by + y, text });
  }
}
