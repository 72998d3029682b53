-- Indexes for keyset pagination of the document list: each sortable column, with NULL folded to '' so
-- the cursor comparison is a plain row-value comparison, then the id as tiebreaker. Filtered lists
-- (type, issuer, level) sorted by date get their own.
CREATE INDEX `documents_issued_on_idx` ON `documents` (coalesce(`issued_on`, ''), `id`);--> statement-breakpoint
CREATE INDEX `documents_title_idx` ON `documents` (`title`, `id`);--> statement-breakpoint
CREATE INDEX `documents_doc_number_idx` ON `documents` (coalesce(`doc_number`, ''), `id`);--> statement-breakpoint
CREATE INDEX `documents_issuer_sort_idx` ON `documents` (coalesce(`issuer`, ''), `id`);--> statement-breakpoint
CREATE INDEX `documents_doc_type_issued_on_idx` ON `documents` (`doc_type`, coalesce(`issued_on`, ''), `id`);--> statement-breakpoint
CREATE INDEX `documents_issuer_issued_on_idx` ON `documents` (`issuer`, coalesce(`issued_on`, ''), `id`);--> statement-breakpoint
CREATE INDEX `documents_level_issued_on_idx` ON `documents` (`level`, coalesce(`issued_on`, ''), `id`);
