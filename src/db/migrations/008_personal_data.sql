-- Erasure of a learner's personal data at their request (Georgia's Law on Personal Data
-- Protection, GDPR art. 17). The credential's row stays, so that its status list entry keeps
-- working and the copy the learner holds still verifies; its personal columns and the stored
-- signed document (which carries the learner's name) are removed. The ledger is not touched: it
-- never held more than the document's SHA-256, which is kept here so that a later revocation's
-- ledger entry can still name the credential.
ALTER TABLE credentials ALTER COLUMN document DROP NOT NULL;
ALTER TABLE credentials ADD COLUMN erased_at timestamptz;
ALTER TABLE credentials ADD COLUMN erased_document_sha256 text CHECK (erased_document_sha256 ~ '^[0-9a-f]{64}$');
ALTER TABLE credentials ADD CONSTRAINT credentials_erased_document CHECK (
  (erased_at IS NULL AND document IS NOT NULL AND erased_document_sha256 IS NULL)
  OR (erased_at IS NOT NULL AND document IS NULL AND erased_document_sha256 IS NOT NULL
      AND learner_name IS NULL AND learner_email IS NULL AND claim_token_hash IS NULL)
);

-- An erased learner account: the row stays (the append-only audit log refers to it by id), with
-- its e-mail, name and password replaced.
ALTER TABLE users ADD COLUMN erased_at timestamptz;
