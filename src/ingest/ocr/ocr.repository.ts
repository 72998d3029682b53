import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { AppDatabase } from '../../db/database.js';
import { createDocumentNotFoundError } from '../../documents/documents.errors.js';
import { effectiveMetadata } from '../../documents/documents.models.js';
import type { DocumentsRepository } from '../../documents/documents.repository.js';
import { documentContentsTable, documentPagesTable, documentsTable, type DocumentRow } from '../../documents/documents.table.js';
import type { ReadText } from '../read-document.js';

export type RecognisedPage = { text: string; confidence: number | null; image: Uint8Array; width: number; height: number };

/** The OCR state of scans and their pages; a document's text, metadata and index change together. */
export function createOcrRepository({ db, documentsRepository }: { db: AppDatabase; documentsRepository: DocumentsRepository }) {
  const setState = (id: number, values: Partial<DocumentRow>) => db.update(documentsTable).set(values).where(eq(documentsTable.id, id)).run();

  /** Stores what was read into the document: text, metadata (the user's corrections stay on top) and index, in one transaction. */
  function storeText(id: number, text: string, read: ReadText, state: Partial<DocumentRow>, now: Date): DocumentRow {
    return db.transaction(() => {
      const row = documentsRepository.getById(id);
      documentsRepository.updateMetadata(
        id,
        { extracted: read.metadata, overrides: row.overrides, effective: effectiveMetadata(read.metadata, row.overrides), updatedAt: now },
        { content: { text, searchText: read.searchText, html: null, structure: read.structure }, derived: read.derived },
      );
      return db.update(documentsTable).set(state).where(eq(documentsTable.id, id)).returning().get()!;
    });
  }

  return {
    /** The next scan waiting for OCR: a running one first (the server stopped while reading it), then by age. */
    nextToRead(): number | null {
      const row = db.select({ id: documentsTable.id }).from(documentsTable)
        .where(inArray(documentsTable.ocrState, ['running', 'pending'])).orderBy(asc(documentsTable.id)).limit(1).get();
      return row?.id ?? null;
    },

    markRunning: (id: number) => setState(id, { ocrState: 'running', ocrError: null }),

    markFailed: (id: number, message: string) => setState(id, { ocrState: 'failed', ocrError: message.slice(0, 500) }),

    /** A failed scan goes back to the queue; pages already read are kept. */
    retry(id: number): DocumentRow {
      const row = db.update(documentsTable).set({ ocrState: 'pending', ocrError: null })
        .where(and(eq(documentsTable.id, id), eq(documentsTable.ocrState, 'failed'))).returning().get();
      return row ?? documentsRepository.getById(id);
    },

    pageNumbersRead(id: number): Set<number> {
      return new Set(db.select({ page: documentPagesTable.pageNumber }).from(documentPagesTable).where(eq(documentPagesTable.documentId, id)).all().map((row) => row.page));
    },

    /** One page read; the document's progress counts it in the same transaction, so a restart resumes after it. */
    savePage(id: number, pageNumber: number, page: RecognisedPage) {
      db.transaction((tx) => {
        tx.insert(documentPagesTable).values({ documentId: id, pageNumber, ...page, image: Buffer.from(page.image) })
          .onConflictDoUpdate({ target: [documentPagesTable.documentId, documentPagesTable.pageNumber], set: { ...page, image: Buffer.from(page.image) } }).run();
        const done = tx.select({ value: count() }).from(documentPagesTable).where(eq(documentPagesTable.documentId, id)).get()?.value ?? 0;
        tx.update(documentsTable).set({ ocrPagesDone: done }).where(eq(documentsTable.id, id)).run();
      });
    },

    /** The pages' text (one page after another) and the confidence over all their characters. */
    recognisedText(id: number): { text: string; confidence: number | null } {
      const pages = db.select({ text: documentPagesTable.text, confidence: documentPagesTable.confidence }).from(documentPagesTable)
        .where(eq(documentPagesTable.documentId, id)).orderBy(asc(documentPagesTable.pageNumber)).all();
      const weighed = pages.filter((page) => page.confidence !== null && page.text.length > 0);
      const characters = weighed.reduce((sum, page) => sum + page.text.length, 0);
      return {
        text: pages.map((page) => page.text).join('\n'),
        confidence: characters === 0 ? null : weighed.reduce((sum, page) => sum + page.confidence! * page.text.length, 0) / characters,
      };
    },

    finish(id: number, text: string, read: ReadText, confidence: number | null, now = new Date()): DocumentRow {
      return storeText(id, text, read, { ocrState: 'done', ocrConfidence: confidence, ocrError: null }, now);
    },

    /** Staff's correction of the recognised text replaces it; metadata is read again from it. */
    correctText(id: number, text: string, read: ReadText, now = new Date()): DocumentRow {
      return storeText(id, text, read, { textCorrectedAt: now }, now);
    },

    /** The pages of a scan without their pictures. */
    listPages(id: number) {
      return db.select({ pageNumber: documentPagesTable.pageNumber, width: documentPagesTable.width, height: documentPagesTable.height, text: documentPagesTable.text, confidence: documentPagesTable.confidence })
        .from(documentPagesTable).where(eq(documentPagesTable.documentId, id)).orderBy(asc(documentPagesTable.pageNumber)).all();
    },

    pageImage(id: number, pageNumber: number): Buffer {
      const page = db.select({ image: documentPagesTable.image }).from(documentPagesTable)
        .where(and(eq(documentPagesTable.documentId, id), eq(documentPagesTable.pageNumber, pageNumber))).get();
      if (!page) throw createDocumentNotFoundError();
      return page.image;
    },

    currentText(id: number): string {
      const content = db.select({ text: documentContentsTable.text }).from(documentContentsTable).where(eq(documentContentsTable.documentId, id)).get();
      if (!content) throw createDocumentNotFoundError();
      return content.text;
    },
  };
}

export type OcrRepository = ReturnType<typeof createOcrRepository>;
