-- Export to wallets through OpenID for Verifiable Credential Issuance (OID4VCI 1.0), pre-authorized
-- code flow. One row per credential offer: the learner asks for it (through the claim link, or
-- signed in), a wallet exchanges its pre-authorized code once for an access token, and fetches
-- the credential with that token. Only SHA-256 hashes of the code, the PIN and the token are
-- kept, so a copy of the table lets no one take a credential.
CREATE TABLE oid4vci_offers (
  id                        uuid PRIMARY KEY,
  credential_id             uuid NOT NULL REFERENCES credentials(id),
  created_by                uuid REFERENCES users(id),     -- NULL when asked through the claim link
  pre_authorized_code_hash  text NOT NULL UNIQUE,
  tx_code_hash              text,                          -- SHA-256 of code and PIN together; NULL: no PIN asked
  failed_tx_codes           integer NOT NULL DEFAULT 0,    -- wrong PINs; the offer dies at the limit
  created_at                timestamptz NOT NULL,
  expires_at                timestamptz NOT NULL,          -- of the pre-authorized code
  redeemed_at               timestamptz,                   -- the code was exchanged: it never works again
  access_token_hash         text UNIQUE,
  access_token_expires_at   timestamptz,
  credential_sent_at        timestamptz,
  CHECK (expires_at > created_at),
  CHECK ((access_token_hash IS NULL) = (access_token_expires_at IS NULL))
);
CREATE INDEX oid4vci_offers_credential_idx ON oid4vci_offers (credential_id);
