-- Quiz sessions and every graded answer. Written in the SQL both SQLite and
-- PostgreSQL accept (sqlx::Any runs the same statements on either): times are
-- BIGINT milliseconds since the Unix epoch, flags are BIGINT 0/1.

-- One row per open quiz. The answers are the quiz's rows in `attempts`; the
-- row itself holds what never changes plus the optimistic-concurrency
-- version and the expiry the background sweep uses.
CREATE TABLE quizzes (
    id TEXT PRIMARY KEY,
    -- "" for an anonymous learner.
    learner TEXT NOT NULL,
    -- The u64 seed's bits as a signed 64-bit integer.
    seed BIGINT NOT NULL,
    -- JSON array of question ids, in quiz order.
    question_ids TEXT NOT NULL,
    total BIGINT NOT NULL,
    retry_of TEXT,
    created_ms BIGINT NOT NULL,
    -- How many questions are answered; equals the quiz's rows in attempts.
    answered BIGINT NOT NULL,
    -- Bumped by every save; a save names the version it read.
    version BIGINT NOT NULL,
    -- Microseconds, so the least recently used quiz is told apart even when
    -- several were used within one millisecond.
    last_used_us BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL
);
CREATE INDEX quizzes_by_expiry ON quizzes (expires_at_ms);
CREATE INDEX quizzes_by_learner ON quizzes (learner, expires_at_ms);

-- One row per graded answer, kept after its quiz expires: a learner's
-- history. (quiz_id, position) is the key, so an answer is recorded once.
CREATE TABLE attempts (
    quiz_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    learner TEXT NOT NULL,
    question_id TEXT NOT NULL,
    -- The fact asked about (the first, for a question over several facts).
    fact_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    topic TEXT NOT NULL,
    skipped BIGINT NOT NULL,
    answer TEXT NOT NULL,
    correct BIGINT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    feedback TEXT NOT NULL,
    answered_ms BIGINT NOT NULL,
    PRIMARY KEY (quiz_id, position)
);
CREATE INDEX attempts_by_learner ON attempts (learner, answered_ms);
