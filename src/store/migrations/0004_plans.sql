-- Plans (action plans, programs, road maps) as curated files, the evidence linking stored facts to
-- their measures and indicators, curators' verdicts on links, and the history of measure statuses.
-- Written for PostgreSQL 15 and PGlite alike.

CREATE TABLE plans (
  id          text PRIMARY KEY,
  title       text NOT NULL,
  parties     text[] NOT NULL,
  period_start date NOT NULL,
  period_end  date NOT NULL,
  -- The plan file as validated: road maps, measures, indicators, commission, area additions.
  body        jsonb NOT NULL,
  source_file text,
  imported_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_start <= period_end)
);

-- A fact found to speak of a plan, one of its measures, or an indicator of a measure. The id is stable
-- (plan, target, fact), so that re-linking finds the same link and its verdict again.
CREATE TABLE plan_links (
  id           text PRIMARY KEY,
  plan_id      text NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  target       text NOT NULL CHECK (target IN ('plan', 'measure', 'indicator')),
  measure_id   text,
  indicator_id text,
  fact_id      text NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
  score        real NOT NULL CHECK (score >= 0 AND score <= 1),
  reasons      jsonb NOT NULL DEFAULT '[]',
  fact_date    date,
  linked_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((target = 'plan') = (measure_id IS NULL)),
  CHECK ((target = 'indicator') = (indicator_id IS NOT NULL))
);

CREATE INDEX plan_links_plan_idx ON plan_links (plan_id, measure_id);
CREATE INDEX plan_links_fact_idx ON plan_links (fact_id);

-- A curator's verdict, kept apart from the links so that it outlives re-linking; the latest one counts.
CREATE TABLE plan_link_reviews (
  id          bigserial PRIMARY KEY,
  link_id     text NOT NULL,
  plan_id     text NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  verdict     text NOT NULL CHECK (verdict IN ('confirmed', 'rejected')),
  reviewer    text NOT NULL,
  why         text NOT NULL,
  reviewed_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX plan_link_reviews_link_idx ON plan_link_reviews (link_id, reviewed_at DESC);

-- Every change of a measure's status, with the day it was computed for and what decided it.
CREATE TABLE plan_measure_statuses (
  id          bigserial PRIMARY KEY,
  plan_id     text NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  measure_id  text NOT NULL,
  status      text NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'overdue', 'dropped')),
  as_of       date NOT NULL,
  source      text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX plan_measure_statuses_idx ON plan_measure_statuses (plan_id, measure_id, id DESC);
