-- The full-text index: one row per document (rowid = documents.id), its title block and its body as
-- space-separated tokens: overlapping character pairs and run-end marks like "法$"
-- (src/search/search.tokenizer.ts). Contentless: the text itself stays in document_contents. Written in
-- the same transactions as the documents, so the two always agree.
CREATE VIRTUAL TABLE `search_index` USING fts5(`title`, `body`, tokenize = "unicode61 remove_diacritics 0 tokenchars '$'", content = '', contentless_delete = 1);
