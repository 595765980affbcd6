-- Documents stored once by content, their mentions, and their cited facts.
-- Written for PostgreSQL 15 and PGlite alike.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Stemming where snowball knows the language; plain words otherwise (there is no Azerbaijani config).
CREATE FUNCTION search_config(lang text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE lang
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'ru' THEN 'russian'::regconfig
    ELSE 'simple'::regconfig
  END;

CREATE TABLE documents (
  id           text PRIMARY KEY,
  content_hash text NOT NULL UNIQUE,
  file         text NOT NULL,
  source       text NOT NULL,
  title        text,
  url          text,
  outlet       text,
  published    date,
  lang         text NOT NULL,
  format       text NOT NULL,
  text         text NOT NULL,
  ingested_at  timestamptz NOT NULL DEFAULT now(),
  tsv          tsvector GENERATED ALWAYS AS (
                 setweight(to_tsvector(search_config(lang), coalesce(title, '')), 'A') ||
                 setweight(to_tsvector(search_config(lang), text), 'B')
               ) STORED
);

CREATE INDEX documents_tsv_idx ON documents USING gin (tsv);
CREATE INDEX documents_published_idx ON documents (published);
CREATE INDEX documents_title_trgm_idx ON documents USING gin (title gin_trgm_ops);

-- Every date, amount, percentage and number of a document, as extraction gave them.
CREATE TABLE mentions (
  document_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  items       jsonb NOT NULL
);

-- One row per fact. `data` holds the fact as extracted (without quote and span, which have columns);
-- indicator, period and parties are copied out of it so that the common filters use indexes.
CREATE TABLE facts (
  id           text PRIMARY KEY,
  document_id  text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind         text NOT NULL CHECK (kind IN ('measurement', 'instrument', 'event', 'person')),
  ordinal      integer NOT NULL,
  data         jsonb NOT NULL,
  quote        text,
  span_start   integer,
  span_end     integer,
  indicator    text,
  period_start date,
  period_end   date,
  parties      text[] NOT NULL DEFAULT '{}',
  UNIQUE (document_id, kind, ordinal),
  CHECK ((span_start IS NULL) = (span_end IS NULL)),
  CHECK (span_start >= 0 AND span_end >= span_start),
  CHECK (period_start <= period_end)
);

CREATE INDEX facts_indicator_idx ON facts (indicator, period_start) WHERE indicator IS NOT NULL;
CREATE INDEX facts_period_idx ON facts (period_start, period_end);
CREATE INDEX facts_parties_idx ON facts USING gin (parties);
