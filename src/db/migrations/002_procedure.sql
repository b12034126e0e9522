-- The procedure for the right to implement a micro-credential (guide sections VI to XII),
-- its documents, deadlines, e-mail, monitoring, complaints and appeals.

-- Council members hold a position; the chair and the secretary sign minutes and orders.
ALTER TABLE users ADD COLUMN council_position text CHECK (council_position IN ('chair', 'secretary', 'member'));

-- Uploaded evidence, stored once by the SHA-256 of its bytes (DATA_DIR/files/ab/cd/<sha256>).
CREATE TABLE files (
  sha256        text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  media_type    text NOT NULL,
  size_bytes    integer NOT NULL CHECK (size_bytes > 0),
  original_name text NOT NULL,
  uploaded_by   uuid REFERENCES users(id),
  uploaded_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE applications (
  id                 uuid PRIMARY KEY,
  code               text NOT NULL UNIQUE,           -- e.g. AP-2026-0003
  provider_id        uuid NOT NULL REFERENCES providers(id),
  course_id          uuid NOT NULL REFERENCES courses(id),
  course_version_id  uuid NOT NULL REFERENCES course_versions(id),  -- frozen: a published version
  catalogue_version  text NOT NULL,                  -- the standards catalogue it is judged against
  route              text NOT NULL DEFAULT 'right' CHECK (route IN ('right', 'hei-registration')),
  state              text NOT NULL,
  -- The application's content: letter, self-evaluation, justification of need, alignment
  -- statement, agreement with an HEI; frozen at submission.
  content            jsonb NOT NULL,
  -- What the procedure has gathered along the way: deficiencies, visit dates, agenda, oral findings.
  procedure          jsonb NOT NULL DEFAULT '{}'::jsonb,
  submitted_at       timestamptz,
  -- Optimistic concurrency: each transition names the version it saw and bumps it.
  lock_version       integer NOT NULL DEFAULT 0,
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX applications_provider_idx ON applications (provider_id);
CREATE INDEX applications_state_idx ON applications (state);

-- Every step taken, in order: the timeline and the legal record of the procedure.
CREATE TABLE application_events (
  id              bigserial PRIMARY KEY,
  application_id  uuid NOT NULL REFERENCES applications(id),
  at              timestamptz NOT NULL DEFAULT now(),
  actor_id        uuid REFERENCES users(id),
  action          text NOT NULL,
  from_state      text NOT NULL,
  to_state        text NOT NULL,
  details         jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX application_events_application_idx ON application_events (application_id, id);

-- Deadlines of the guide, each with its legal basis, start event, length, unit and due date.
CREATE TABLE deadlines (
  id              uuid PRIMARY KEY,
  application_id  uuid REFERENCES applications(id),
  monitoring_id   uuid,
  kind            text NOT NULL,
  legal_basis     text NOT NULL,
  start_event     text NOT NULL,
  start_date      date NOT NULL,
  length          integer NOT NULL,
  unit            text NOT NULL CHECK (unit IN ('working', 'calendar')),
  due_date        date NOT NULL,
  met_at          timestamptz,
  cancelled_at    timestamptz,
  reminded_on     date,                             -- the last day a reminder was sent (idempotent sweep)
  overdue_notified_at timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deadlines_open_idx ON deadlines (due_date) WHERE met_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX deadlines_application_idx ON deadlines (application_id);

-- Documents the procedure produces (orders, reports, decisions, minutes), rendered as PDF.
CREATE TABLE documents (
  id              uuid PRIMARY KEY,
  code            text NOT NULL UNIQUE,              -- e.g. ORD-2026-0012
  application_id  uuid REFERENCES applications(id),
  monitoring_id   uuid,
  kind            text NOT NULL,
  title           jsonb NOT NULL,                    -- { ka, en }
  data            jsonb NOT NULL,
  pdf_sha256      text REFERENCES files(sha256),
  is_public       boolean NOT NULL DEFAULT false,
  issued_at       timestamptz NOT NULL DEFAULT now(),
  issued_by       uuid REFERENCES users(id)
);
CREATE INDEX documents_application_idx ON documents (application_id);

-- Experts: declared conflicts of interest keep them from a provider's applications.
CREATE TABLE expert_conflicts (
  expert_id    uuid NOT NULL REFERENCES users(id),
  provider_id  uuid NOT NULL REFERENCES providers(id),
  reason       text NOT NULL,
  declared_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (expert_id, provider_id)
);

CREATE TABLE expert_assignments (
  id              uuid PRIMARY KEY,
  application_id  uuid NOT NULL REFERENCES applications(id),
  expert_id       uuid NOT NULL REFERENCES users(id),
  group_role      text NOT NULL CHECK (group_role IN ('qa-expert', 'course-expert', 'field-expert', 'resources-expert', 'learner-expert', 'employer')),
  is_chair        boolean NOT NULL DEFAULT false,
  assigned_at     timestamptz NOT NULL DEFAULT now(),
  removed_at      timestamptz,
  removed_reason  text
);
CREATE UNIQUE INDEX expert_assignments_active_role ON expert_assignments (application_id, group_role) WHERE removed_at IS NULL;
CREATE UNIQUE INDEX expert_assignments_active_expert ON expert_assignments (application_id, expert_id) WHERE removed_at IS NULL;

CREATE TABLE recusal_motions (
  id              uuid PRIMARY KEY,
  application_id  uuid NOT NULL REFERENCES applications(id),
  assignment_id   uuid NOT NULL REFERENCES expert_assignments(id),
  reasons         text NOT NULL,
  filed_at        timestamptz NOT NULL DEFAULT now(),
  filed_by        uuid REFERENCES users(id),
  decision        text CHECK (decision IN ('granted', 'refused')),
  decision_reasons text,
  decided_at      timestamptz,
  decided_by      uuid REFERENCES users(id),
  replacement_assignment_id uuid REFERENCES expert_assignments(id)
);

-- Expert reports: draft, then final; one rating with reasons per standard component.
CREATE TABLE expert_reports (
  id              uuid PRIMARY KEY,
  application_id  uuid NOT NULL REFERENCES applications(id),
  stage           text NOT NULL CHECK (stage IN ('draft', 'final')),
  ratings         jsonb NOT NULL,                    -- [{ componentId, rating, reasons }]
  summary         jsonb NOT NULL,                    -- { ka, en }
  submitted_by    uuid REFERENCES users(id),
  submitted_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (application_id, stage)
);

-- The Accreditation Council's hearing, who attended, how each voted, and the decision.
CREATE TABLE hearings (
  id              uuid PRIMARY KEY,
  application_id  uuid NOT NULL UNIQUE REFERENCES applications(id),
  meeting_at      timestamptz NOT NULL,
  place           text NOT NULL,
  notified_at     timestamptz NOT NULL,
  attendees       uuid[] NOT NULL DEFAULT '{}',
  votes           jsonb NOT NULL DEFAULT '[]'::jsonb,  -- [{ memberId, vote: decision type }]
  decision        text CHECK (decision IN ('grant', 'grant-with-monitoring', 'refuse')),
  reasons         jsonb,                             -- { ka, en }
  implementation_months integer,
  decided_at      timestamptz,
  minutes_signed_at timestamptz,
  signed_by_chair uuid REFERENCES users(id),
  signed_by_secretary uuid REFERENCES users(id),
  published_at    timestamptz
);

ALTER TABLE rights ADD COLUMN application_id uuid REFERENCES applications(id);
ALTER TABLE rights ADD COLUMN reasons jsonb;

-- Scheduled and unscheduled monitoring (a complaint opens an unscheduled one).
CREATE TABLE monitorings (
  id              uuid PRIMARY KEY,
  code            text NOT NULL UNIQUE,
  course_id       uuid NOT NULL REFERENCES courses(id),
  right_id        uuid REFERENCES rights(id),
  kind            text NOT NULL CHECK (kind IN ('scheduled', 'unscheduled')),
  complaint_id    uuid,
  opened_at       timestamptz NOT NULL DEFAULT now(),
  opened_by       uuid REFERENCES users(id),
  due_date        date,
  outcome         text CHECK (outcome IN ('keep', 'suspend', 'terminate')),
  findings        jsonb,
  closed_at       timestamptz,
  published_at    timestamptz
);

CREATE TABLE complaints (
  id              uuid PRIMARY KEY,
  code            text NOT NULL UNIQUE,
  course_id       uuid NOT NULL REFERENCES courses(id),
  complainant_kind text NOT NULL CHECK (complainant_kind IN ('learner', 'employer', 'association')),
  complainant_name text NOT NULL,
  complainant_email text NOT NULL,
  violations      jsonb NOT NULL,                    -- [text], each a specific violation
  received_at     timestamptz NOT NULL DEFAULT now(),
  monitoring_id   uuid REFERENCES monitorings(id)
);

CREATE TABLE appeals (
  id              uuid PRIMARY KEY,
  application_id  uuid NOT NULL REFERENCES applications(id),
  grounds         text NOT NULL,
  filed_at        timestamptz NOT NULL DEFAULT now(),
  filed_by        uuid REFERENCES users(id),
  outcome         text CHECK (outcome IN ('upheld', 'dismissed')),
  outcome_reasons text,
  decided_at      timestamptz,
  published_at    timestamptz
);

-- E-mail waiting to be sent, and sent: a sweep claims each row once, so a retry never sends twice.
CREATE TABLE email_outbox (
  id              uuid PRIMARY KEY,
  to_address      text NOT NULL,
  subject         text NOT NULL,
  body_text       text NOT NULL,
  dedupe_key      text NOT NULL UNIQUE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  claimed_at      timestamptz,
  sent_at         timestamptz,
  attempts        integer NOT NULL DEFAULT 0,
  last_error      text
);
CREATE INDEX email_outbox_pending_idx ON email_outbox (created_at) WHERE sent_at IS NULL;
