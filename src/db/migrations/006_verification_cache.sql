-- Verification caches what it reads about issuers, keys, courses, rights, status lists and the
-- ledger's signed heads (see src/use-cases/db-verification-sources.ts). Any committed change to
-- those tables increments this one counter, whichever process made it; a verifier reads the
-- counter first and drops its caches when it moved, so a revocation counts at the very next
-- verification. The triggers are deferred to commit, so the counter row is locked only for the
-- instant of a commit (no deadlock with the writers' other locks), and a reader that sees the new
-- value also sees the change.
CREATE TABLE verification_sources_version (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version    bigint NOT NULL
);
INSERT INTO verification_sources_version (singleton, version) VALUES (true, 0);

CREATE FUNCTION bump_verification_sources_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE verification_sources_version SET version = version + 1;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER issuers_verification_version AFTER INSERT OR UPDATE OR DELETE ON issuers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_verification_sources_version();
CREATE CONSTRAINT TRIGGER issuer_keys_verification_version AFTER INSERT OR UPDATE OR DELETE ON issuer_keys
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_verification_sources_version();
CREATE CONSTRAINT TRIGGER courses_verification_version AFTER INSERT OR UPDATE OR DELETE ON courses
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_verification_sources_version();
CREATE CONSTRAINT TRIGGER rights_verification_version AFTER INSERT OR UPDATE OR DELETE ON rights
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_verification_sources_version();
-- Allocating entries (the `allocated` column) changes no status: only the signed list counts.
CREATE CONSTRAINT TRIGGER status_lists_verification_version AFTER INSERT OR DELETE OR UPDATE OF document ON status_lists
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_verification_sources_version();
CREATE CONSTRAINT TRIGGER ledger_heads_verification_version AFTER INSERT ON ledger_heads
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_verification_sources_version();
CREATE CONSTRAINT TRIGGER ledger_anchors_verification_version AFTER INSERT ON ledger_anchors
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_verification_sources_version();
CREATE CONSTRAINT TRIGGER ledger_keys_verification_version AFTER INSERT OR UPDATE ON ledger_keys
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_verification_sources_version();
