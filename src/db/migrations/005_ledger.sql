-- The public tamper-evident ledger (RFC 9162 Merkle tree): entries in order, the tree's
-- perfect subtrees (so nothing is recomputed from the leaves), signed tree heads, and chain
-- anchors. Entries, nodes, heads and anchors are append-only.

CREATE TABLE ledger_entries (
  idx            bigint PRIMARY KEY CHECK (idx >= 0),
  event_type     text NOT NULL,
  occurred_at    timestamptz NOT NULL,
  document_hash  bytea NOT NULL CHECK (length(document_hash) = 32),
  leaf_hash      bytea NOT NULL CHECK (length(leaf_hash) = 32),
  -- The public thing the event is about (a course version, a decision); NULL for a credential,
  -- which appears only as its hash: no personal data in the log.
  subject        text,
  -- The public event document whose hash is document_hash (NULL for a credential).
  document       jsonb
);
CREATE INDEX ledger_entries_document_idx ON ledger_entries (document_hash);
-- A right expires once.
CREATE UNIQUE INDEX ledger_entries_expiry_once ON ledger_entries (subject) WHERE event_type = 'right.expired';

CREATE TABLE ledger_nodes (
  level  smallint NOT NULL CHECK (level >= 0),
  index  bigint NOT NULL CHECK (index >= 0),
  hash   bytea NOT NULL CHECK (length(hash) = 32),
  PRIMARY KEY (level, index)
);

-- The size of the tree: the one row every append locks, so appends are serialised and gapless.
CREATE TABLE ledger_state (
  id    smallint PRIMARY KEY CHECK (id = 1),
  size  bigint NOT NULL
);
INSERT INTO ledger_state (id, size) VALUES (1, 0);

-- The key that signs tree heads: the Center's, encrypted at rest like issuers' keys.
CREATE TABLE ledger_keys (
  key_id      text PRIMARY KEY,
  encrypted   jsonb NOT NULL,
  created_at  timestamptz NOT NULL,
  retired_at  timestamptz
);
CREATE UNIQUE INDEX ledger_keys_one_active ON ledger_keys ((true)) WHERE retired_at IS NULL;

CREATE TABLE ledger_heads (
  tree_size   bigint PRIMARY KEY CHECK (tree_size >= 0),
  root_hash   bytea NOT NULL CHECK (length(root_hash) = 32),
  timestamp   bigint NOT NULL,            -- milliseconds since the epoch, as signed
  signature   bytea NOT NULL,
  key_id      text NOT NULL REFERENCES ledger_keys(key_id)
);

CREATE TABLE ledger_anchors (
  tree_size    bigint PRIMARY KEY REFERENCES ledger_heads(tree_size),
  chain_id     integer NOT NULL,
  tx_hash      text NOT NULL,
  anchored_at  timestamptz NOT NULL
);

CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
  FOR EACH STATEMENT EXECUTE FUNCTION append_only();
CREATE TRIGGER ledger_nodes_append_only BEFORE UPDATE OR DELETE ON ledger_nodes
  FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER ledger_nodes_no_truncate BEFORE TRUNCATE ON ledger_nodes
  FOR EACH STATEMENT EXECUTE FUNCTION append_only();
CREATE TRIGGER ledger_heads_append_only BEFORE UPDATE OR DELETE ON ledger_heads
  FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER ledger_heads_no_truncate BEFORE TRUNCATE ON ledger_heads
  FOR EACH STATEMENT EXECUTE FUNCTION append_only();
CREATE TRIGGER ledger_anchors_append_only BEFORE UPDATE OR DELETE ON ledger_anchors
  FOR EACH ROW EXECUTE FUNCTION append_only();
