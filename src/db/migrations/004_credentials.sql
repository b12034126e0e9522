-- Issuing credentials: issuers and their keys, API tokens, status lists, the credentials
-- themselves, their status changes, and bulk issuance batches.

-- An issuer signs credentials: one did:web issuer per provider, and test issuers (did:key,
-- no provider) that an operator creates to check the signing service against conformance suites.
CREATE TABLE issuers (
  id           uuid PRIMARY KEY,
  did          text NOT NULL UNIQUE,
  provider_id  uuid UNIQUE REFERENCES providers(id),
  is_test      boolean NOT NULL DEFAULT false,
  name         text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (is_test = (provider_id IS NULL))
);

-- Ed25519 keys, encrypted at rest (src/trust/keys.ts EncryptedKey); retired keys stay so that
-- earlier credentials keep verifying. At most one active key per issuer.
CREATE TABLE issuer_keys (
  key_id      text PRIMARY KEY,              -- did#publicKeyMultibase
  issuer_id   uuid NOT NULL REFERENCES issuers(id),
  encrypted   jsonb NOT NULL,
  created_at  timestamptz NOT NULL,
  retired_at  timestamptz
);
CREATE UNIQUE INDEX issuer_keys_one_active ON issuer_keys (issuer_id) WHERE retired_at IS NULL;

-- Bearer tokens of machine clients (VC-API); only the SHA-256 of a token is kept.
CREATE TABLE api_tokens (
  id          uuid PRIMARY KEY,
  issuer_id   uuid NOT NULL REFERENCES issuers(id),
  token_hash  text NOT NULL UNIQUE,
  label       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

-- A signed Bitstring Status List credential of one issuer, with the allocator of its entries.
-- Entries are handed out in the order of a fixed permutation of the list (index = (offset +
-- n * stride) mod length, stride odd), so neighbours in time are not neighbours in the list.
CREATE TABLE status_lists (
  id            uuid PRIMARY KEY,
  slug          text NOT NULL UNIQUE,        -- the path segment of /status-lists/{slug}
  issuer_id     uuid NOT NULL REFERENCES issuers(id),
  purpose       text NOT NULL CHECK (purpose IN ('message')),
  length        integer NOT NULL CHECK (length > 0),
  stride        integer NOT NULL CHECK (stride % 2 = 1),
  start_offset  integer NOT NULL,
  allocated     integer NOT NULL DEFAULT 0,
  document      text NOT NULL,               -- the signed list, as served
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (allocated <= length)
);
CREATE INDEX status_lists_issuer_idx ON status_lists (issuer_id);

-- Bulk issuance: the checked rows of an upload (or API call or CLI run), issued one by one.
-- Rerunning a batch, or the same rows in another one, never issues twice: see credentials_award_once.
CREATE TABLE issuance_batches (
  id           uuid PRIMARY KEY,
  provider_id  uuid NOT NULL REFERENCES providers(id),
  source       text NOT NULL CHECK (source IN ('csv', 'json', 'cli')),
  rows         jsonb NOT NULL,
  total        integer NOT NULL,
  state        text NOT NULL CHECK (state IN ('issuing', 'done')),
  created_by   uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  finished_at  timestamptz
);

CREATE TABLE credentials (
  id                 uuid PRIMARY KEY,
  issuer_id          uuid NOT NULL REFERENCES issuers(id),
  provider_id        uuid REFERENCES providers(id),
  course_version_id  uuid REFERENCES course_versions(id),  -- NULL only for a test issuer's credential
  learner_name       text,
  learner_email      text,                    -- lower case; for delivery, never in the credential
  award_date         date,
  status_list_id     uuid NOT NULL REFERENCES status_lists(id),
  status_index       integer NOT NULL,
  state              text NOT NULL DEFAULT 'valid' CHECK (state IN ('valid', 'revoked', 'suspended')),
  document           text NOT NULL,           -- the signed credential, byte for byte as issued
  claim_token_hash   text UNIQUE,
  batch_id           uuid REFERENCES issuance_batches(id),
  issued_by          uuid REFERENCES users(id),
  issued_at          timestamptz NOT NULL,
  UNIQUE (status_list_id, status_index),
  CHECK ((course_version_id IS NULL) = (provider_id IS NULL))
);
-- The same learner, course version and award date never yield two credentials.
CREATE UNIQUE INDEX credentials_award_once ON credentials (course_version_id, learner_email, award_date)
  WHERE course_version_id IS NOT NULL;
CREATE INDEX credentials_provider_idx ON credentials (provider_id, issued_at DESC);
CREATE INDEX credentials_batch_idx ON credentials (batch_id);
CREATE INDEX credentials_learner_idx ON credentials (learner_email);

-- Revocations, suspensions and reinstatements: who, when, why. Never updated or deleted.
CREATE TABLE credential_status_events (
  id             bigserial PRIMARY KEY,
  credential_id  uuid NOT NULL REFERENCES credentials(id),
  from_state     text NOT NULL,
  to_state       text NOT NULL,
  reason         text NOT NULL,
  actor_id       uuid REFERENCES users(id),
  at             timestamptz NOT NULL
);
CREATE INDEX credential_status_events_credential_idx ON credential_status_events (credential_id, id);
-- One refusal for every append-only table (the audit log has its own, older one).
CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER credential_status_events_append_only BEFORE UPDATE OR DELETE ON credential_status_events
  FOR EACH ROW EXECUTE FUNCTION append_only();
