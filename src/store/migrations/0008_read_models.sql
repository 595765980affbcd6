-- Read models: the figures, people, instruments, timeline and review queue the edges page through, kept as
-- rows so that a page is a WHERE, an ORDER BY and a LIMIT instead of a reconciliation of every stored fact.
-- Each model is rebuilt whole from the reconciled facts, and only when what it was built from has changed.
-- Written for PostgreSQL 15 and PGlite alike.

-- One row per committed transaction that changed what the models are built from. A model records the
-- snapshot it was read in; it is stale once a change committed outside that snapshot is here. A change is
-- seen only when its transaction commits, so a reader never takes a write still in flight for one it has
-- seen, and writers never wait on each other: each adds its own row, keyed by its own transaction id.
CREATE TABLE knowledge_changes (
  xid        xid8 PRIMARY KEY,
  changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION note_knowledge_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO knowledge_changes (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

-- A statement that touched no row changes nothing: storing a document a second time inserts none.
CREATE FUNCTION note_knowledge_rows() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed) THEN
    INSERT INTO knowledge_changes (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;

-- Once per statement, whatever the number of rows, on every table the models are built from. A trigger with
-- the rows it saw serves one kind of statement only, hence three of them per table, and one for TRUNCATE.
DO $$
DECLARE
  watched text;
BEGIN
  FOREACH watched IN ARRAY ARRAY['documents', 'facts', 'document_knowledge', 'curation_decisions', 'plans',
                                 'plan_links', 'plan_link_reviews'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION note_knowledge_rows()', watched || '_inserted', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION note_knowledge_rows()', watched || '_updated', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION note_knowledge_rows()', watched || '_deleted', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I
                    FOR EACH STATEMENT EXECUTE FUNCTION note_knowledge_change()', watched || '_truncated', watched);
  END LOOP;
END;
$$;

-- When each model was last built, and the snapshot it read the stored facts in.
CREATE TABLE read_model_state (
  name       text PRIMARY KEY,
  snapshot   pg_snapshot NOT NULL,
  built_at   timestamptz NOT NULL DEFAULT now(),
  item_count integer NOT NULL
);

-- In every model `data` is the item exactly as the API answers it (json, so that its keys keep their order);
-- the other columns are copies of what the API filters and orders by. Positions are the order of the whole
-- list, so a filtered page comes out in that order too. Ids are not keys: a curator's correction may give
-- two items one id, and the models must still be written.

CREATE TABLE figure_rows (
  -- Oldest period first: the order of an indicator's series.
  series_position   integer PRIMARY KEY,
  key               text NOT NULL,
  indicator         text NOT NULL,
  pair              text,
  unit              text NOT NULL,
  -- Latest period first, among figures whose sources disagree; null for the others.
  conflict_position integer,
  data              json NOT NULL
);

CREATE INDEX figure_rows_series_idx ON figure_rows (indicator, pair, series_position);
CREATE INDEX figure_rows_conflict_idx ON figure_rows (conflict_position) WHERE conflict_position IS NOT NULL;

CREATE TABLE person_rows (
  position  integer PRIMARY KEY,
  id        text NOT NULL,
  -- Every spelling, in lower case, for the name filter.
  names     text[] NOT NULL,
  -- Country codes without subdivisions (RU for RU-AST).
  countries text[] NOT NULL,
  data      json NOT NULL,
  -- The item as a list shows it: its newest sources only, with their count (a person may be cited thousands of times).
  listed    json NOT NULL
);

CREATE INDEX person_rows_id_idx ON person_rows (id);
CREATE INDEX person_rows_countries_idx ON person_rows USING gin (countries);

CREATE TABLE instrument_rows (
  position    integer PRIMARY KEY,
  id          text NOT NULL,
  type        text NOT NULL,
  -- Country codes of the parties without subdivisions.
  parties     text[] NOT NULL,
  signed_year integer,
  data        json NOT NULL,
  -- The item as a list shows it: its newest sources only, with their count.
  listed      json NOT NULL
);

CREATE INDEX instrument_rows_id_idx ON instrument_rows (id);
CREATE INDEX instrument_rows_parties_idx ON instrument_rows USING gin (parties);

CREATE TABLE timeline_rows (
  position integer PRIMARY KEY,
  id       text NOT NULL,
  type     text NOT NULL,
  -- "AZ-RU" style pairs, and the countries in them.
  pairs    text[] NOT NULL,
  parties  text[] NOT NULL,
  -- Areas of cooperation its title and quotes speak of (trade, energy…).
  areas    text[] NOT NULL,
  -- At the precision the sources give (2024, 2024-06 or 2024-06-28), compared as text.
  date     text COLLATE "C",
  data     json NOT NULL
);

CREATE INDEX timeline_rows_type_idx ON timeline_rows (type, position);
CREATE INDEX timeline_rows_pairs_idx ON timeline_rows USING gin (pairs);
CREATE INDEX timeline_rows_parties_idx ON timeline_rows USING gin (parties);
CREATE INDEX timeline_rows_areas_idx ON timeline_rows USING gin (areas);

CREATE TABLE review_rows (
  position integer PRIMARY KEY,
  kind     text NOT NULL CHECK (kind IN ('conflict', 'fact', 'link')),
  id       text NOT NULL,
  data     json NOT NULL
);

CREATE INDEX review_rows_kind_idx ON review_rows (kind, position);
