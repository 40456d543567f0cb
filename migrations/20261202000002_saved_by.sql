-- Which group-commit statement last moved a quiz on: a random token per
-- statement, set by its version-checked UPDATE, so the INSERT of the
-- answers that follows in the same transaction records exactly the saves
-- that UPDATE applied (it joins on the token) without reading the UPDATE's
-- result first. That lets SQLite run a batch's statements as one command.
-- 0 for a quiz never saved.
ALTER TABLE quizzes ADD COLUMN saved_by BIGINT NOT NULL DEFAULT 0;
