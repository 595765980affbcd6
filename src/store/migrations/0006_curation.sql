-- Curators' decisions: confirm, reject, correct or merge facts, figures, people, instruments and timeline
-- entries. Targets are stable keys derived from what a thing says (a fact's key is its document's content
-- hash, its kind and its normalised fields), not row ids, so a decision outlives re-ingestion; there is no
-- foreign key to facts for that reason. Decisions are only added: the latest on a target counts.
-- Written for PostgreSQL 15 and PGlite alike.

CREATE TABLE curation_decisions (
  id         bigserial PRIMARY KEY,
  action     text NOT NULL CHECK (action IN ('confirm', 'reject', 'correct', 'merge')),
  targets    text[] NOT NULL CHECK (cardinality(targets) >= 1),
  -- For a correction: the fields and their new values.
  fields     jsonb NOT NULL DEFAULT '{}',
  -- What each target said when the decision was made, so that the list reads without the facts.
  subjects   jsonb NOT NULL DEFAULT '[]',
  why        text NOT NULL CHECK (why <> ''),
  decided_by text NOT NULL CHECK (decided_by <> ''),
  decided_at timestamptz NOT NULL DEFAULT now(),
  CHECK (action <> 'merge' OR cardinality(targets) >= 2),
  CHECK (action <> 'correct' OR fields <> '{}'::jsonb)
);

CREATE INDEX curation_decisions_targets_idx ON curation_decisions USING gin (targets);
CREATE INDEX curation_decisions_order_idx ON curation_decisions (decided_at, id);
