-- Every fact-set revision a server has served, so any replica can rebuild
-- a question id or a stored quiz issued under an older one.
CREATE TABLE revisions (
    -- FactBase::fingerprint, the revision question ids carry (a u32).
    revision BIGINT PRIMARY KEY,
    registered_ms BIGINT NOT NULL,
    -- JSON of facts::Revision: the fact-set JSON and its article texts.
    content TEXT NOT NULL
);
