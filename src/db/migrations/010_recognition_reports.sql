-- Recognition reports and decisions (guide, section XVI). A recognition officer of a higher
-- education institution uploads a credential; the report (its elements, the E-valuate criteria,
-- the level against the target programme and the recommendation) is computed once and kept as
-- it was read on that day, so that the decision recorded on it can always be shown with it.
CREATE TABLE recognition_reports (
  id                 uuid PRIMARY KEY,
  provider_id        uuid NOT NULL REFERENCES providers(id),   -- the university whose officer asked
  created_by         uuid NOT NULL REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  file_name          text,                                     -- as the officer's browser named the upload
  source             text NOT NULL CHECK (source IN ('json', 'pdf', 'png', 'svg')),
  format             text NOT NULL CHECK (format IN ('platform', 'open-badges', 'elm')),
  document_sha256    text NOT NULL,                            -- of the credential read from the upload
  credential_id      uuid REFERENCES credentials(id),          -- when it is one of this platform's, proven by its signature
  target_programme   text NOT NULL,
  target_framework   text NOT NULL CHECK (target_framework IN ('nqf', 'eqf')),
  target_level       integer NOT NULL CHECK (target_level BETWEEN 1 AND 8),
  route              text NOT NULL CHECK (route IN ('lisbon', 'rpl')),
  report             jsonb NOT NULL                            -- the whole report as shown (verification, elements, criteria, level, recommendation)
);
CREATE INDEX recognition_reports_provider_idx ON recognition_reports (provider_id, created_at DESC);
CREATE INDEX recognition_reports_credential_idx ON recognition_reports (credential_id) WHERE credential_id IS NOT NULL;

-- One decision per report: recorded once and audited, never edited (a new upload makes a new report).
CREATE TABLE recognition_decisions (
  id               uuid PRIMARY KEY,
  report_id        uuid NOT NULL UNIQUE REFERENCES recognition_reports(id),
  decided_by       uuid NOT NULL REFERENCES users(id),
  decided_at       timestamptz NOT NULL DEFAULT now(),
  outcome          text NOT NULL CHECK (outcome IN ('recognised', 'refused')),
  credits          numeric(5, 1),                              -- ECTS recognised
  programme        text NOT NULL,                              -- toward which programme …
  component        text,                                       -- … and which component of it
  reason           text NOT NULL,
  CHECK ((outcome = 'recognised' AND credits IS NOT NULL AND credits > 0) OR (outcome = 'refused' AND credits IS NULL))
);
