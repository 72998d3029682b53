-- How many documents hold each token of the full-text index: the rarer a token, the more it says about a
-- document, which is how "similar documents" picks what to look for.
CREATE VIRTUAL TABLE `search_vocabulary` USING fts5vocab('search_index', 'row');
