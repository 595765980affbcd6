-- Document rows keep their long values (text, search vector) out of line, so that a row in the table itself is a
-- few hundred bytes. Full-text search finds its matches in the index and then reads the rows for their dates: a
-- common word matches tens of thousands of documents, and narrow rows make that a few thousand pages instead of
-- tens of thousands. Applies to rows written from now on (VACUUM FULL documents rewrites the older ones).
-- Written for PostgreSQL 15 and PGlite alike.

ALTER TABLE documents SET (toast_tuple_target = 128);

-- Newest first, as documents and facts are listed: a page of the newest facts walks this index and stops, instead
-- of sorting every fact of the store (the index on published alone gives NULLS FIRST when read backwards).
CREATE INDEX documents_newest_idx ON documents (published DESC NULLS LAST, id);
