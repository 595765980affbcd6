-- Access to the HTTP API: tokens (only their sha256 is kept) and the audit log of writes and refused attempts.
-- Written for PostgreSQL 15 and PGlite alike.

CREATE TABLE api_tokens (
  id           text PRIMARY KEY,
  name         text NOT NULL,
  role         text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  token_hash   text NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);

CREATE TABLE audit_log (
  id         bigserial PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  token_id   text REFERENCES api_tokens (id),
  actor      text NOT NULL,
  action     text NOT NULL,
  target     text,
  reason     text,
  ip         text,
  details    jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_log_at_idx ON audit_log (at DESC);

-- The log is append-only: rows can be added, never changed or removed.
CREATE FUNCTION audit_log_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
