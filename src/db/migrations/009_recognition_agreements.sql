-- Recognition agreements (guide IV "Stackable credit", XVI): a receiving institution's programme,
-- its components with an ECTS cap each, and the registry courses that count toward each
-- component and for how many ECTS, for credentials awarded between two dates. Agreements are
-- edited in place (the audit log keeps every before and after) and withdrawn, never deleted.
CREATE TABLE recognition_agreements (
  id                   uuid PRIMARY KEY,
  provider_id          uuid NOT NULL REFERENCES providers(id),   -- the receiving institution
  programme_name       jsonb NOT NULL,                           -- { "ka": ..., "en": ... }
  programme_nqf_level  integer NOT NULL CHECK (programme_nqf_level BETWEEN 5 AND 8),
  programme_total_ects integer CHECK (programme_total_ects BETWEEN 1 AND 360),
  valid_from           date NOT NULL,                            -- award dates covered, both ends included
  valid_until          date,                                     -- NULL: open-ended
  created_by           uuid REFERENCES users(id),
  created_at           timestamptz NOT NULL,
  updated_by           uuid REFERENCES users(id),
  updated_at           timestamptz NOT NULL,
  withdrawn_at         timestamptz,
  withdrawn_by         uuid REFERENCES users(id),
  withdrawal_reason    text,
  CHECK (valid_until IS NULL OR valid_until >= valid_from),
  CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);
CREATE INDEX recognition_agreements_provider_idx ON recognition_agreements (provider_id, created_at DESC);

-- A component of the programme (e.g. its research component) and the most it recognises.
CREATE TABLE recognition_components (
  id            uuid PRIMARY KEY,
  agreement_id  uuid NOT NULL REFERENCES recognition_agreements(id) ON DELETE CASCADE,
  position      integer NOT NULL CHECK (position >= 0),             -- the agreement's order: credentials fill the first component with room
  name          jsonb NOT NULL,
  cap_ects      integer NOT NULL CHECK (cap_ects BETWEEN 1 AND 360),
  UNIQUE (agreement_id, position)
);

-- A registry course counting toward a component, for this many ECTS (never more than the course carries).
CREATE TABLE recognition_component_courses (
  component_id  uuid NOT NULL REFERENCES recognition_components(id) ON DELETE CASCADE,
  course_id     uuid NOT NULL REFERENCES courses(id),
  position      integer NOT NULL CHECK (position >= 0),
  ects          integer NOT NULL CHECK (ects >= 1),
  PRIMARY KEY (component_id, course_id)
);
CREATE INDEX recognition_component_courses_course_idx ON recognition_component_courses (course_id);
