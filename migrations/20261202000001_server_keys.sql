-- Secrets every replica sharing this database must agree on. The first
-- server to start writes a random one; the rest read it.
CREATE TABLE server_keys (
    -- What the key is for, e.g. "quiz" (sealing quiz question ids).
    name TEXT PRIMARY KEY,
    -- The key as hex.
    value TEXT NOT NULL
);
