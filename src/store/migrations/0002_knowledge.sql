-- What the knowledge stage adds to a stored document: the two countries it is about, its story signature,
-- and the story it belongs to.
-- Written for PostgreSQL 15 and PGlite alike.

CREATE TABLE document_knowledge (
  document_id       text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  -- The two countries named most often, sorted; null when the text names fewer than two.
  country_pair      text[],
  signature_version integer NOT NULL,
  signature         jsonb NOT NULL,
  -- Length of the text, so that the canonical copy is found without reading the texts.
  text_length       integer NOT NULL,
  story_id          text NOT NULL,
  -- How much of the shorter text this copy shares with its story's canonical (1 for the canonical itself).
  story_similarity  real NOT NULL,
  CHECK (country_pair IS NULL OR cardinality(country_pair) = 2)
);

CREATE INDEX document_knowledge_story_idx ON document_knowledge (story_id);

-- The LSH band keys of each signature: documents sharing a key are candidate copies, found by equality.
CREATE TABLE story_keys (
  key         text NOT NULL,
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (key, document_id)
);

CREATE INDEX story_keys_document_idx ON story_keys (document_id);
