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
/** What a file is: a 公文 (the default), or a page that only talks about documents. */
export const DOCUMENT_KINDS = ['official', 'statistics', 'news', 'guide', 'qa'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Where a field's value was found, so staff can judge whether to trust it. */
export const EVIDENCE_SOURCES = [
  'header', 'title', 'signature', 'colophon', 'gazette', 'body', 'meta', 'page_box', 'database_header', 'inferred', 'file_name',
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];
export type FieldEvidence = { source: EvidenceSource; detail?: string };
export const EVIDENCED_FIELDS = ['title', 'wrapperTitle', 'docNumber', 'issuer', 'issuedOn', 'effectiveOn', 'expiresOn', 'docType', 'kind'] as const;
export type EvidencedField = (typeof EVIDENCED_FIELDS)[number];
export type DocumentEvidence = Partial<Record<EvidencedField, FieldEvidence>>;

/**
 * What a file states about itself outside its text: a portal page's meta tags and 信息公开 box, a legal
 * database's field block. The document's own text wins; these fill what it leaves out.
 */
export type HintField = 'title' | 'docNumber' | 'issuer' | 'issuedOn' | 'effectiveOn' | 'expiresOn' | 'docType';
export type MetadataHints = {
  fields: Partial<Record<HintField, { value: string } & FieldEvidence>>;
  /** The portal column's type (ColumnType / ColumnName), which tells news from documents. */
  column?: string;
  /** The file is a web page: a headline without a 文种 means it is not a 公文. */
  isWebPage?: boolean;
};

/**
 * What the clean-up made of a document, written by the review when a decision is approved or reopened, or
 * when a newer version is linked or imported: 已废止 (an approved 废止), 待修订 (an approved 完善, until its
 * revision is linked), 已被修订 (a newer version links to it or is in the inventory).
 */
export const CLEANUP_STATUSES = ['abolished', 'to_revise', 'revised'] as const;
export type CleanupStatus = (typeof CLEANUP_STATUSES)[number];

/** What a clean-up status rests on: the approved decision (its round and date), and the newer version. */
export type CleanupDetail = {
  roundId?: number;
  roundName?: string;
  /** The day the decision was approved (YYYY-MM-DD, China Standard Time). */
  decidedOn?: string;
  dispositionId?: number;
  revisedById?: number;
  /** `linked` by staff, or found as the newer version of the same title (`newer_version`). */
  revisedHow?: 'linked' | 'newer_version';
};
