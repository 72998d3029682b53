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
