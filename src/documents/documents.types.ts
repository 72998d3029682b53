export const DOCUMENT_LEVELS = ['法律', '行政法规', '地方性法规', '规章', '规范性文件', '内部制度'] as const;
export type DocumentLevel = (typeof DOCUMENT_LEVELS)[number];

export const PROVISIONAL_KINDS = ['interim', 'trial'] as const;
/** `interim` for 暂行, `trial` for 试行. */
export type Provisional = (typeof PROVISIONAL_KINDS)[number];

/** What the parser extracts from a document's text; every field can be corrected by a user. */
export type DocumentMetadata = {
  title: string;
  wrapperTitle: string | null;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  docType: string | null;
  provisional: Provisional | null;
  level: DocumentLevel | null;
  articleCount: number;
  citations: string[];
  repeals: string[];
};

/** Parts, chapters, sections and articles of a document, found at the start of its lines. */
export type StructureKind = 'part' | 'chapter' | 'section' | 'article';

export type StructureNode = {
  kind: StructureKind;
  number: number;
  /** As written: "第十二条". */
  label: string;
  /** The heading of a part, chapter or section ("总则"); the start of an article's text. */
  heading: string;
  /** Index of the line (in `toLines` order) where the node starts. */
  line: number;
};

export type DocumentStructure = { nodes: StructureNode[] };
