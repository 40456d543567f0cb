-- Every save slides its quiz's expiry, and an index keyed on expires_at_ms
-- turned each save into two more B-tree writes per index (the old entry
-- out, the new one in) and more pages per commit. Neither index needs it:
-- the sweep that deletes expired quizzes runs once a minute over a table
-- bounded by --max-quizzes, and a learner's open quizzes are found by
-- learner alone (at most a few dozen rows each; the anonymous count scans
-- its unexpired rows either way).
DROP INDEX quizzes_by_expiry;
DROP INDEX quizzes_by_learner;
CREATE INDEX quizzes_by_learner_name ON quizzes (learner);
