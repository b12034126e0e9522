-- Providers, accounts, the course registry with its versions, rights and the audit log.

CREATE TABLE providers (
  id          uuid PRIMARY KEY,
  slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
  name        jsonb NOT NULL,            -- { "ka": ..., "en": ... }
  kind        text NOT NULL CHECK (kind IN ('hei', 'other')),
  country     text NOT NULL,
  region      jsonb NOT NULL,
  website     text,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id             uuid PRIMARY KEY,
  email          text NOT NULL,
  name           text NOT NULL,
  password_hash  text NOT NULL,
  role           text NOT NULL CHECK (role IN ('center-officer', 'provider-admin', 'expert', 'council-member', 'learner')),
  provider_id    uuid REFERENCES providers(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'provider-admin') = (provider_id IS NOT NULL))
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE sessions (
  id          text PRIMARY KEY,          -- SHA-256 of the cookie token; the token itself is never stored
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Readable public codes such as MC-2026-0007, one counter per prefix and year.
CREATE TABLE public_code_counters (
  prefix  text NOT NULL,
  year    integer NOT NULL,
  last    integer NOT NULL,
  PRIMARY KEY (prefix, year)
);

CREATE TABLE courses (
  id                  uuid PRIMARY KEY,
  code                text NOT NULL UNIQUE,
  provider_id         uuid NOT NULL REFERENCES providers(id),
  current_version_id  uuid,                -- the latest published version; NULL until first published
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX courses_provider_idx ON courses (provider_id);

CREATE TABLE course_versions (
  id                  uuid PRIMARY KEY,
  course_id           uuid NOT NULL REFERENCES courses(id),
  version_no          integer NOT NULL CHECK (version_no >= 1),
  status              text NOT NULL CHECK (status IN ('draft', 'published')),
  description         jsonb NOT NULL,
  -- Copies of description fields the registry filters on, kept in step by the data layer.
  title_ka            text NOT NULL,
  title_en            text NOT NULL,
  ects                integer NOT NULL,
  nqf_level           integer NOT NULL,
  isced_field         text NOT NULL,
  participation_mode  text NOT NULL,
  languages           text[] NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  created_by          uuid REFERENCES users(id),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  published_at        timestamptz,
  published_by        uuid REFERENCES users(id),
  UNIQUE (course_id, version_no),
  CHECK ((status = 'published') = (published_at IS NOT NULL))
);
-- At most one draft per course.
CREATE UNIQUE INDEX course_versions_one_draft ON course_versions (course_id) WHERE status = 'draft';

ALTER TABLE courses ADD CONSTRAINT courses_current_version_fk
  FOREIGN KEY (current_version_id) REFERENCES course_versions(id) DEFERRABLE INITIALLY DEFERRED;

-- The public registry's read model: one row per published course, its current version's
-- searchable fields. Rewritten whenever a version is published; searches read only this.
CREATE TABLE registry_entries (
  course_id           uuid PRIMARY KEY REFERENCES courses(id),
  code                text NOT NULL UNIQUE,
  provider_id         uuid NOT NULL REFERENCES providers(id),
  version_id          uuid NOT NULL REFERENCES course_versions(id),
  version_no          integer NOT NULL,
  published_at        timestamptz NOT NULL,
  title_ka            text NOT NULL,
  title_en            text NOT NULL,
  ects                integer NOT NULL,
  nqf_level           integer NOT NULL,
  isced_field         text NOT NULL,
  participation_mode  text NOT NULL,
  languages           text[] NOT NULL,
  -- Titles (weight A) and every text of the description (weight B), in both languages. The
  -- 'simple' configuration treats Georgian and English alike: PostgreSQL has no Georgian stemmer.
  search              tsvector NOT NULL,
  -- Titles alone: small, so ranking the matches stays cheap.
  title_search        tsvector NOT NULL
);
-- Without a pending list: the registry is read far more than written, and a long pending list
-- makes every search scan it.
CREATE INDEX registry_entries_search_idx ON registry_entries USING gin (search) WITH (fastupdate = off);
CREATE INDEX registry_entries_filters_idx ON registry_entries (nqf_level, ects);
CREATE INDEX registry_entries_provider_idx ON registry_entries (provider_id);

-- Matching a query against a whole description's vector costs far more than the planner's
-- default for the @@ operator, which makes it scan every row instead of using the GIN index.
-- Telling it the true order of cost needs the owner of the function (a superuser); where the
-- server's role is not one, searches stay correct and only get slower.
DO $$
BEGIN
  ALTER FUNCTION ts_match_vq(tsvector, tsquery) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'ts_match_vq keeps its default cost: registry searches may not use the GIN index';
END $$;

-- A published version is frozen: its content can never change.
CREATE FUNCTION course_versions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'published course version % is immutable', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER course_versions_freeze BEFORE UPDATE OR DELETE ON course_versions
  FOR EACH ROW EXECUTE FUNCTION course_versions_freeze();

-- A right to implement a course (granted by the Accreditation Council) or a higher
-- education institution's registration of a course based on an accredited programme.
CREATE TABLE rights (
  id                     uuid PRIMARY KEY,
  course_id              uuid NOT NULL REFERENCES courses(id),
  provider_id            uuid NOT NULL REFERENCES providers(id),
  kind                   text NOT NULL CHECK (kind IN ('right', 'hei-registration')),
  decision_code          text NOT NULL UNIQUE,
  effective_from         date NOT NULL,
  valid_until            date,              -- NULL for a registration, which does not lapse
  subject_to_monitoring  boolean NOT NULL DEFAULT false,
  suspended_from         date,
  terminated_from        date,
  created_at             timestamptz NOT NULL DEFAULT now(),
  CHECK (kind = 'hei-registration' OR valid_until IS NOT NULL),
  CHECK (valid_until IS NULL OR valid_until > effective_from)
);
CREATE INDEX rights_course_idx ON rights (course_id, effective_from DESC);

-- Append-only record of every change: who, when, what, before and after.
CREATE TABLE audit_log (
  id           bigserial PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  actor_id     uuid REFERENCES users(id),
  action       text NOT NULL,
  entity_type  text NOT NULL,
  entity_id    text NOT NULL,
  before       jsonb,
  after        jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
