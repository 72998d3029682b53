import { and } from 'drizzle-orm';
import type { AppConfig } from './config.js';
import type { AppDatabase } from './db/database.js';
import { createDocumentsRepository } from './documents/documents.repository.js';
import type { ParsePool } from './ingest/formats/parse-pool.js';
import { createOcrQueue } from './ingest/ocr/ocr.queue.js';
import { reviewDocumentFilter } from './review/review.document-filter.js';
import { createReviewDocumentHooks } from './review/review.document-hooks.js';
import { createItemsInReview } from './review/review.items-in-review.js';
import { createSuggestionService } from './review/suggestions/suggestions.usecases.js';
import { createSearchIndexHooks } from './search/search.index.js';
import type { TitleIndex } from './search/title-index.js';
import type { DocumentFilterContributor } from './documents/documents.filters.js';
import { reviewUnitRenamed } from './review/review.unit-hooks.js';
import { trackingUnitRenamed } from './tracking/tracking.unit-hooks.js';
import { createUnitDirectory } from './units/units.directory.js';
import { unitsDocumentFilter } from './units/units.document-filter.js';
import { createUnitsDocumentHooks } from './units/units.document-hooks.js';

/**
 * The documents repository with every feature's hooks attached: the search index and the review's
 * fingerprints are written in each document's own transaction, and the review may refuse a deletion.
 * Everything that writes documents (the app, the command line, the benchmarks) goes through this one.
 */
export function createInventory(db: AppDatabase) {
  return createDocumentsRepository({ db, hooks: [createSearchIndexHooks({ db }), createReviewDocumentHooks(), createUnitsDocumentHooks()] });
}

/**
 * What the app is built from: the database, the settings and the long-lived services, and the pieces the
 * features above pass down to those below (the inventory with its hooks, the review's document filter and
 * its view of the tracked items). Built once by the server, the command line and each test app.
 */
export function createAppDependencies({ db, config, parser, titleIndex }: { db: AppDatabase; config: AppConfig; parser: ParsePool; titleIndex: TitleIndex }) {
  const documentsRepository = createInventory(db);
  return {
    db,
    config,
    parser,
    titleIndex,
    documentsRepository,
    /** Reads the scans in the background, through the parse pool; an upload of a scan wakes it. */
    ocrQueue: createOcrQueue({ db, parser, documentsRepository }),
    documentFilter: ((query, viewer) => and(unitsDocumentFilter(query, viewer), reviewDocumentFilter(query, viewer))) satisfies DocumentFilterContributor,
    /** The managed unit list as accounts (auth, below units) use it. */
    unitDirectory: createUnitDirectory({ db }),
    /** Rows that show a unit's name beside its id follow a rename. */
    unitRenamedHooks: [reviewUnitRenamed, trackingUnitRenamed],
    itemsInReview: createItemsInReview({ db }),
    suggestionService: createSuggestionService({ db, config }),
  };
}

export type AppDependencies = ReturnType<typeof createAppDependencies>;
