-- The full-text index: one row per search_chunks row (same rowid), holding the chunk's character pairs
-- as space-separated tokens (src/search/search.tokenizer.ts). Contentless: the text itself stays in
-- document_contents. Written in the same transactions as the documents, so the two always agree.
CREATE VIRTUAL TABLE `search_index` USING fts5(`body`, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);
