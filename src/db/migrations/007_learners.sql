-- Learners keep their credentials: a learner account is linked to a credential through the claim
-- link of its issuing e-mail (whoever holds the link controls that mailbox), and shares a
-- credential through links that expire and can be withdrawn.
ALTER TABLE credentials ADD COLUMN learner_user_id uuid REFERENCES users(id);
CREATE INDEX credentials_learner_user_idx ON credentials (learner_user_id) WHERE learner_user_id IS NOT NULL;

CREATE TABLE share_links (
  id              uuid PRIMARY KEY,
  credential_id   uuid NOT NULL REFERENCES credentials(id),
  user_id         uuid NOT NULL REFERENCES users(id),
  token_hash      text NOT NULL UNIQUE,        -- SHA-256 of the link's token; the token itself is never stored
  label           text,                        -- the learner's note of whom it was for
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  withdrawn_at    timestamptz,
  views           integer NOT NULL DEFAULT 0,
  last_viewed_at  timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX share_links_credential_idx ON share_links (credential_id);
CREATE INDEX share_links_user_idx ON share_links (user_id, created_at DESC);
