//! [`SqlStore`]: quiz sessions in SQLite or PostgreSQL through sqlx.
//!
//! One code path serves both databases: `sqlx::Any` picks the driver from
//! the URL at run time, and every statement is written in the SQL both
//! accept, with `$1` placeholders (SQLite reads `$N` as the N-th argument).
//! The price is Any's small type set (integers, floats, text), so times are
//! stored as milliseconds and flags as 0/1; the gain is that the replica
//! test on PostgreSQL exercises the very statements a laptop runs on
//! SQLite, and no query is written twice.
//!
//! Migrations (`migrations/`) are embedded with `sqlx::migrate!` and run
//! when the store opens. On PostgreSQL sqlx holds an advisory lock while it
//! migrates, so replicas starting together apply each migration once; on
//! SQLite the database's write lock does the same.
//!
//! Durability: SQLite runs in WAL mode with `synchronous = FULL`
//! ([`SQLITE_SYNCHRONOUS`]) on every pooled connection, so a commit is
//! fsynced before the answer is acknowledged and survives power loss as
//! well as a killed process. The group-commit writer's own connection is
//! the one exception: it commits at `NORMAL`, and its flusher threads
//! fsync the WAL file beside it before the batch's callers are answered
//! (see `group`). The guarantee is the same (no answer is acknowledged before
//! the WAL holding it is on disk), but the next batch is written while the
//! last one is being flushed, instead of queuing behind its flush; a disk
//! that is slow to flush (several ms on a busy shared disk) then no longer
//! caps SubmitAnswer at one batch per flush. A commit is visible to
//! readers a moment before its flush completes, as on PostgreSQL.
//! Plain `NORMAL` everywhere would skip the flush and could lose the last
//! commits to a power cut, which would break "nothing acknowledged is ever
//! lost". PostgreSQL keeps its own (durable) defaults. On both, the
//! answers waiting at one moment share one transaction and so one flush
//! (group commit, see `group`), each acknowledged only after that commit.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Row};
use thiserror::Error;

use super::group::{GroupCommit, Save, Writer};
use super::{
    AttemptFacts, AttemptKey, Clock, DatabaseUrl, DatabaseUrlError, Deleted, MAX_OPEN_PER_LEARNER,
    OpenQuiz, QuizStore, SessionLimits, StoreError, Stored, SystemClock, anonymous_share,
};
use crate::facts::{FactBase, Revision};
use crate::learner::AttemptRecord;
use crate::quiz_key::QuizKey;
use crate::session::{LearnerName, Outcome, QuizId, QuizSession, SessionParts, Submission};

/// SQLite's `synchronous` setting on pooled connections: see the module
/// docs for why FULL, and for the group-commit writer's own flush.
pub const SQLITE_SYNCHRONOUS: &str = "FULL";
/// Run on every new SQLite file connection; keep in step with
/// [`SQLITE_SYNCHRONOUS`] (a test reads both back).
const SQLITE_PRAGMAS: [&str; 2] = ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"];

/// How long a call waits for a database connection before it is refused as
/// UNAVAILABLE: long enough to ride out a busy moment, short enough that a
/// client is not left hanging when the database is down.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

/// How many sessions [`SqlStore`] remembers for [`QuizStore::load_recent`]:
/// the quizzes being answered right now, at a few KB each.
const RECENT_SESSIONS: usize = 2048;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!();

/// Why the store could not be opened.
#[derive(Debug, Error)]
pub enum OpenError {
    #[error(transparent)]
    Url(#[from] DatabaseUrlError),
    #[error("cannot connect to the database {url}: {reason}")]
    Connect { url: String, reason: String },
    #[error("cannot migrate the database {url}: {reason}")]
    Migrate { url: String, reason: String },
}

/// Quiz sessions and answers in a SQL database; see the module docs.
#[derive(Debug, Clone)]
pub struct SqlStore {
    pool: AnyPool,
    /// SQLite only: the writers of this process take turns here. SQLite
    /// allows one writer at a time, and a writer that finds the lock taken
    /// sleeps in SQLite's busy handler (backing off up to 100 ms), which
    /// under a few concurrent submits costs far more than the write itself.
    /// Queuing in a fair async mutex instead keeps each write to its own
    /// cost. Other processes sharing the file still meet the busy timeout.
    writers: Option<Arc<tokio::sync::Mutex<()>>>,
    /// The writer task that commits the answers waiting at one moment in
    /// one transaction (see `group`).
    group: GroupCommit,
    /// Sessions as this replica last inserted or saved them, so a submit
    /// skips reading the quiz back; see [`QuizStore::load_recent`]. Kept
    /// right by the save's version check: a stale entry makes the save a
    /// conflict, which drops it.
    recent: Arc<quick_cache::sync::Cache<QuizId, Stored>>,
    /// The quiz counts StartQuiz last read, so it counts again only near
    /// a cap or after [`ROOM_RECOUNT_MS`]: each count reads every quiz row
    /// (every anonymous one, for their share), which under a flood of new
    /// quizzes made each insert cost milliseconds inside the write turn.
    room: Arc<Mutex<Option<RoomEstimate>>>,
    limits: SessionLimits,
    clock: Arc<dyn Clock>,
}

/// How long counted quizzes stand in for a new count. Another replica's
/// new quizzes go unseen this long, and only while every cap has a
/// twentieth to spare, so no cap is overrun unless replicas start that
/// many quizzes within it.
const ROOM_RECOUNT_MS: i64 = 1_000;

/// Quiz counts as last read from the database, plus this replica's inserts
/// since; see [`SqlStore::room_to_spare`].
#[derive(Debug, Clone, Copy)]
struct RoomEstimate {
    counted_ms: i64,
    /// Every quiz row, expired ones included (they hold room until swept).
    total: usize,
    /// Unfinished, unexpired anonymous quizzes; `None` when a named
    /// learner's insert counted only the total.
    anonymous_open: Option<usize>,
}

impl SqlStore {
    /// Connects, creating a SQLite file (and its directory) if missing, and
    /// runs the migrations.
    pub async fn open(url: &DatabaseUrl, limits: SessionLimits) -> Result<SqlStore, OpenError> {
        SqlStore::open_with_clock(url, limits, Arc::new(SystemClock)).await
    }

    pub async fn open_with_clock(
        url: &DatabaseUrl,
        limits: SessionLimits,
        clock: Arc<dyn Clock>,
    ) -> Result<SqlStore, OpenError> {
        sqlx::any::install_default_drivers();
        url.create_parent_dir()?;
        let pool = pool_options(url)
            .connect(&url.connect_url())
            .await
            .map_err(|error| OpenError::Connect {
                url: url.to_string(),
                reason: error.to_string(),
            })?;
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|error| OpenError::Migrate {
                url: url.to_string(),
                reason: error.to_string(),
            })?;
        let writers = url
            .is_sqlite()
            .then(|| Arc::new(tokio::sync::Mutex::new(())));
        let group = GroupCommit::spawn(Writer {
            pool: pool.clone(),
            hold_connection: url.is_sqlite() && !url.is_memory(),
            turn: writers.clone(),
            clock: Arc::clone(&clock),
            ttl_ms: i64::try_from(limits.ttl.as_millis()).unwrap_or(i64::MAX),
        });
        Ok(SqlStore {
            pool,
            writers,
            group,
            recent: Arc::new(quick_cache::sync::Cache::new(RECENT_SESSIONS)),
            room: Arc::new(Mutex::new(None)),
            limits: SessionLimits {
                max_sessions: limits.max_sessions.max(1),
                ..limits
            },
            clock,
        })
    }

    /// Records the fact set this server serves, if no replica did before.
    pub async fn register_revision(&self, base: &FactBase) -> Result<(), StoreError> {
        let content = serde_json::to_string(base.revision())
            .map_err(|error| StoreError::Corrupt(error.to_string()))?;
        sqlx::query(
            "INSERT INTO revisions (revision, registered_ms, content) VALUES ($1, $2, $3) \
             ON CONFLICT (revision) DO NOTHING",
        )
        .bind(i64::from(base.fingerprint()))
        .bind(self.now_ms())
        .bind(content)
        .execute(&self.pool)
        .await
        .map_err(db_error)?;
        Ok(())
    }

    /// Every registered fact set but `except`, oldest first. One that no
    /// longer loads (this release validates facts more strictly) is logged
    /// and left out: its ids rebuild from the current set where they can.
    pub async fn older_revisions(&self, except: u32) -> Result<Vec<FactBase>, StoreError> {
        let rows = sqlx::query(
            "SELECT revision, content FROM revisions WHERE revision <> $1 ORDER BY registered_ms",
        )
        .bind(i64::from(except))
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        let mut bases = Vec::with_capacity(rows.len());
        for row in rows {
            let revision: i64 = row.try_get("revision").map_err(db_error)?;
            let content: String = row.try_get("content").map_err(db_error)?;
            let loaded = serde_json::from_str::<Revision>(&content)
                .map_err(|error| error.to_string())
                .and_then(|record| FactBase::from_revision(&record).map_err(|e| e.to_string()));
            match loaded {
                Ok(base) => bases.push(base),
                Err(error) => {
                    tracing::warn!(revision, %error, "a stored fact-set revision does not load; skipped")
                }
            }
        }
        Ok(bases)
    }

    /// The quiz key kept in the database: written (random) by the first
    /// server to start on it, read by every later one, so replicas sharing
    /// the database seal quiz question ids alike without configuration.
    pub async fn quiz_key(&self) -> Result<QuizKey, StoreError> {
        sqlx::query(
            "INSERT INTO server_keys (name, value) VALUES ('quiz', $1) ON CONFLICT (name) DO NOTHING",
        )
        .bind(QuizKey::random().to_hex())
        .execute(&self.pool)
        .await
        .map_err(db_error)?;
        let hex: String = sqlx::query("SELECT value FROM server_keys WHERE name = 'quiz'")
            .fetch_one(&self.pool)
            .await
            .and_then(|row| row.try_get(0))
            .map_err(db_error)?;
        QuizKey::from_hex(&hex)
            .ok_or_else(|| StoreError::Corrupt("the stored quiz key is not 64 hex digits".into()))
    }

    /// This process's turn to write, on SQLite; nothing to wait for on
    /// PostgreSQL, which takes row locks itself.
    async fn write_turn(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match &self.writers {
            Some(writers) => Some(writers.lock().await),
            None => None,
        }
    }

    /// Deletes expired sessions; the caller holds the write turn.
    async fn sweep_expired(&self) -> Result<u64, StoreError> {
        let swept = sqlx::query("DELETE FROM quizzes WHERE expires_at_ms <= $1")
            .bind(self.now_ms())
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(swept.rows_affected())
    }

    /// The connection pool, for the learner queries built on this store.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    fn now_ms(&self) -> i64 {
        millis(self.clock.now())
    }

    fn now_us(&self) -> i64 {
        self.clock
            .now()
            .duration_since(UNIX_EPOCH)
            .map(|since| i64::try_from(since.as_micros()).unwrap_or(i64::MAX))
            .unwrap_or(0)
    }

    /// How far a touch may leave the expiry short of a full TTL from now:
    /// a twentieth of the TTL, so a quiz in use lives at least 95 % of a TTL
    /// past its last use.
    fn touch_slack_ms(&self) -> i64 {
        i64::try_from(self.limits.ttl.as_millis() / 20).unwrap_or(i64::MAX)
    }

    fn expiry_ms(&self, now_ms: i64) -> i64 {
        now_ms.saturating_add(i64::try_from(self.limits.ttl.as_millis()).unwrap_or(i64::MAX))
    }

    /// Refuses a new quiz for a learner with too many open, an anonymous
    /// quiz when anonymous ones already fill their share of the store, and
    /// any quiz when the store is full even after deleting expired ones.
    /// Nothing live is ever deleted to make room: one client must not be
    /// able to evict another learner's quiz.
    async fn check_room(&self, learner: &LearnerName, now: i64) -> Result<(), StoreError> {
        let anonymous = learner.is_anonymous();
        if !anonymous && self.count_open_of(learner.as_str(), now).await? >= MAX_OPEN_PER_LEARNER {
            return Err(StoreError::TooManyOpen {
                learner: learner.as_str().to_string(),
                max: MAX_OPEN_PER_LEARNER,
            });
        }
        if self.room_to_spare(anonymous, now) {
            return Ok(());
        }
        let anonymous_open = if anonymous {
            let share = anonymous_share(self.limits.max_sessions);
            let open = self.count_open_of("", now).await?;
            if open >= share {
                return Err(StoreError::AnonymousFull(share));
            }
            Some(open + 1)
        } else {
            None
        };
        let mut total = self.count().await?;
        if total >= self.limits.max_sessions {
            self.sweep_expired().await?;
            total = self.count().await?;
        }
        if total >= self.limits.max_sessions {
            tracing::warn!(
                max_quizzes = self.limits.max_sessions,
                "the quiz store is full; refusing new quizzes until some finish or expire"
            );
            return Err(StoreError::Full(self.limits.max_sessions));
        }
        *self.room.lock().unwrap_or_else(PoisonError::into_inner) = Some(RoomEstimate {
            counted_ms: now,
            total: total + 1,
            anonymous_open,
        });
        Ok(())
    }

    /// True when the last counts, read within [`ROOM_RECOUNT_MS`] and
    /// raised by this replica's inserts since, leave a twentieth of each
    /// cap free: the new quiz then fits without counting again (and is
    /// counted in the estimate). Caps under 20 are always counted.
    fn room_to_spare(&self, anonymous: bool, now: i64) -> bool {
        let mut room = self.room.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(estimate) = room.as_mut() else {
            return false;
        };
        let fits = |count: usize, cap: usize| cap / 20 > 0 && count + cap / 20 < cap;
        let fresh = now.saturating_sub(estimate.counted_ms) <= ROOM_RECOUNT_MS;
        if !fresh || !fits(estimate.total, self.limits.max_sessions) {
            return false;
        }
        if anonymous {
            let share = anonymous_share(self.limits.max_sessions);
            match estimate.anonymous_open {
                Some(open) if fits(open, share) => estimate.anonymous_open = Some(open + 1),
                _ => return false,
            }
        }
        estimate.total += 1;
        true
    }

    /// Unfinished, unexpired quizzes of `learner` ("" for anonymous ones).
    async fn count_open_of(&self, learner: &str, now: i64) -> Result<usize, StoreError> {
        let open: i64 = sqlx::query(
            "SELECT COUNT(*) FROM quizzes WHERE learner = $1 AND expires_at_ms > $2 AND answered < total",
        )
        .bind(learner)
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .and_then(|row| row.try_get(0))
        .map_err(db_error)?;
        Ok(usize::try_from(open).unwrap_or(usize::MAX))
    }

    /// Keeps `session` at `version` for [`QuizStore::load_recent`].
    fn remember(&self, session: QuizSession, version: i64, expires_ms: i64) {
        self.recent.insert(
            session.id().clone(),
            Stored {
                session,
                version,
                expires_at: time_of(expires_ms),
            },
        );
    }

    async fn count(&self) -> Result<usize, StoreError> {
        let count: i64 = sqlx::query("SELECT COUNT(*) FROM quizzes")
            .fetch_one(&self.pool)
            .await
            .and_then(|row| row.try_get(0))
            .map_err(db_error)?;
        Ok(usize::try_from(count).unwrap_or(usize::MAX))
    }
}

fn pool_options(url: &DatabaseUrl) -> AnyPoolOptions {
    let options = AnyPoolOptions::new().acquire_timeout(ACQUIRE_TIMEOUT);
    if url.is_memory() {
        // Every connection to `sqlite::memory:` would be a database of its
        // own, so one connection, kept for the life of the pool.
        return options
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None);
    }
    if !url.is_sqlite() {
        return options.max_connections(16);
    }
    // A local file's connection does not drop out from under the pool, so
    // no ping before each use (one worker-thread round trip per
    // transaction saved).
    options
        .max_connections(8)
        .test_before_acquire(false)
        .after_connect(|connection, _| {
            Box::pin(async move {
                for pragma in SQLITE_PRAGMAS {
                    sqlx::query(pragma).execute(&mut *connection).await?;
                }
                Ok(())
            })
        })
}

/// Milliseconds since the Unix epoch (0 before it).
pub(crate) fn millis(time: SystemTime) -> i64 {
    time.duration_since(UNIX_EPOCH)
        .map(|since| i64::try_from(since.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

pub(super) fn time_of(ms: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_millis(u64::try_from(ms).unwrap_or(0))
}

/// A sqlx failure as the store reports it. A database that cannot be
/// reached, is shutting down, or is locked past the busy timeout is
/// UNAVAILABLE (the same call may succeed shortly); a row that does not
/// decode is corrupt.
pub(super) fn db_error(error: sqlx::Error) -> StoreError {
    match &error {
        sqlx::Error::Database(db) => {
            let code = db.code().map(|code| code.into_owned()).unwrap_or_default();
            tracing::warn!(%code, error = %db, "database error");
            StoreError::Unavailable(format!("database error {code}: {}", db.message()))
        }
        sqlx::Error::ColumnDecode { .. }
        | sqlx::Error::ColumnNotFound(_)
        | sqlx::Error::ColumnIndexOutOfBounds { .. }
        | sqlx::Error::Decode(_)
        | sqlx::Error::TypeNotFound { .. } => {
            tracing::error!(%error, "a stored row does not decode");
            StoreError::Corrupt(error.to_string())
        }
        _ => {
            tracing::warn!(%error, "database unavailable");
            StoreError::Unavailable(error.to_string())
        }
    }
}

/// A session row plus its answers, as read.
fn session_from_rows(id: &QuizId, row: &AnyRow, answers: &[AnyRow]) -> Result<Stored, StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("quiz `{id}`: {what}"));
    let learner: String = row.try_get("learner").map_err(db_error)?;
    let seed: i64 = row.try_get("seed").map_err(db_error)?;
    let question_ids: String = row.try_get("question_ids").map_err(db_error)?;
    let retry_of: Option<String> = row.try_get("retry_of").map_err(db_error)?;
    let question_ids: Vec<String> =
        serde_json::from_str(&question_ids).map_err(|_| corrupt("question ids"))?;
    let outcomes = answers
        .iter()
        .map(outcome_from_row)
        .collect::<Result<Vec<_>, _>>()?;
    let session = QuizSession::from_parts(SessionParts {
        id: id.clone(),
        learner: LearnerName::parse(&learner).map_err(|_| corrupt("learner"))?,
        seed: u64::from_ne_bytes(seed.to_ne_bytes()),
        question_ids,
        outcomes,
        created: time_of(row.try_get("created_ms").map_err(db_error)?),
        retry_of: retry_of
            .map(|raw| QuizId::parse(&raw))
            .transpose()
            .map_err(|_| corrupt("retry_of"))?,
    });
    Ok(Stored {
        session,
        version: row.try_get("version").map_err(db_error)?,
        expires_at: time_of(row.try_get("expires_at_ms").map_err(db_error)?),
    })
}

fn outcome_from_row(row: &AnyRow) -> Result<Outcome, StoreError> {
    let skipped: i64 = row.try_get("skipped").map_err(db_error)?;
    let answer: String = row.try_get("answer").map_err(db_error)?;
    let correct: i64 = row.try_get("correct").map_err(db_error)?;
    let feedback: String = row.try_get("feedback").map_err(db_error)?;
    Ok(Outcome {
        submission: if skipped != 0 {
            Submission::Skip
        } else {
            Submission::Answer(answer)
        },
        correct: correct != 0,
        score: row.try_get("score").map_err(db_error)?,
        feedback: feedback.into_boxed_str(),
    })
}

/// The columns [`attempt_from_row`] reads.
const ATTEMPT_COLUMNS: &str = "quiz_id, position, question_id, fact_id, kind, topic, skipped, \
     answer, correct, score, feedback, answered_ms";

fn attempt_from_row(row: &AnyRow) -> Result<AttemptRecord, StoreError> {
    let position: i64 = row.try_get("position").map_err(db_error)?;
    let skipped: i64 = row.try_get("skipped").map_err(db_error)?;
    let correct: i64 = row.try_get("correct").map_err(db_error)?;
    Ok(AttemptRecord {
        quiz_id: row.try_get("quiz_id").map_err(db_error)?,
        position: u32::try_from(position)
            .map_err(|_| StoreError::Corrupt(format!("attempt position {position}")))?,
        question_id: row.try_get("question_id").map_err(db_error)?,
        fact_id: row.try_get("fact_id").map_err(db_error)?,
        kind: row.try_get("kind").map_err(db_error)?,
        topic: row.try_get("topic").map_err(db_error)?,
        skipped: skipped != 0,
        answer: row.try_get("answer").map_err(db_error)?,
        correct: correct != 0,
        score: row.try_get("score").map_err(db_error)?,
        feedback: row.try_get("feedback").map_err(db_error)?,
        answered_at: time_of(row.try_get("answered_ms").map_err(db_error)?),
    })
}

fn open_quiz_from_row(row: &AnyRow) -> Result<OpenQuiz, StoreError> {
    let id: String = row.try_get("id").map_err(db_error)?;
    let count = |column: &str| -> Result<usize, StoreError> {
        let value: i64 = row.try_get(column).map_err(db_error)?;
        usize::try_from(value).map_err(|_| StoreError::Corrupt(format!("quiz `{id}`: {column}")))
    };
    Ok(OpenQuiz {
        id: QuizId::parse(&id).map_err(|_| StoreError::Corrupt(format!("quiz id `{id}`")))?,
        answered: count("answered")?,
        total: count("total")?,
        created: time_of(row.try_get("created_ms").map_err(db_error)?),
        expires_at: time_of(row.try_get("expires_at_ms").map_err(db_error)?),
    })
}

pub(super) fn count_i64(count: usize) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

#[tonic::async_trait]
impl QuizStore for SqlStore {
    async fn insert(&self, session: &QuizSession) -> Result<SystemTime, StoreError> {
        let _turn = self.write_turn().await;
        let now = self.now_ms();
        self.check_room(session.learner(), now).await?;
        let ids: Vec<&str> = session.question_ids().collect();
        let question_ids =
            serde_json::to_string(&ids).map_err(|error| StoreError::Corrupt(error.to_string()))?;
        let expires = self.expiry_ms(now);
        let inserted = sqlx::query(
            "INSERT INTO quizzes (id, learner, seed, question_ids, total, retry_of, created_ms, \
             answered, version, last_used_us, expires_at_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10)",
        )
        .bind(session.id().as_str())
        .bind(session.learner().as_str())
        .bind(i64::from_ne_bytes(session.seed().to_ne_bytes()))
        .bind(question_ids)
        .bind(count_i64(ids.len()))
        .bind(session.retry_of().map(|id| id.as_str().to_string()))
        .bind(millis(session.created()))
        .bind(count_i64(session.outcomes().len()))
        .bind(self.now_us())
        .bind(expires)
        .execute(&self.pool)
        .await;
        match inserted {
            Ok(_) => {
                self.remember(session.clone(), 0, expires);
                Ok(time_of(expires))
            }
            Err(sqlx::Error::Database(db)) if db.is_unique_violation() => {
                Err(StoreError::Duplicate(session.id().clone()))
            }
            Err(error) => Err(db_error(error)),
        }
    }

    async fn load(&self, id: &QuizId) -> Result<Stored, StoreError> {
        let now = self.now_ms();
        let row = sqlx::query(
            "SELECT learner, seed, question_ids, retry_of, created_ms, answered, version, \
             expires_at_ms FROM quizzes WHERE id = $1 AND expires_at_ms > $2",
        )
        .bind(id.as_str())
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?
        .ok_or_else(|| StoreError::NotFound(id.clone()))?;
        let answered: i64 = row.try_get("answered").map_err(db_error)?;
        // Answers past `answered` belong to a later version than this row.
        let answers = sqlx::query(
            "SELECT skipped, answer, correct, score, feedback FROM attempts \
             WHERE quiz_id = $1 AND position < $2 ORDER BY position",
        )
        .bind(id.as_str())
        .bind(answered)
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        if count_i64(answers.len()) != answered {
            return Err(StoreError::Corrupt(format!(
                "quiz `{id}` records {answered} answers but {} are stored",
                answers.len()
            )));
        }
        session_from_rows(id, &row, &answers)
    }

    async fn touch(&self, id: &QuizId) -> Result<Stored, StoreError> {
        let mut stored = self.load(id).await?;
        let now = self.now_ms();
        let renewed = self.expiry_ms(now);
        // A quiz looked at moments ago keeps its expiry: a client polling
        // GetQuiz would otherwise make every look a durable write.
        if renewed.saturating_sub(millis(stored.expires_at)) <= self.touch_slack_ms() {
            return Ok(stored);
        }
        let turn = self.write_turn().await;
        let touched = sqlx::query(
            "UPDATE quizzes SET last_used_us = $4, expires_at_ms = $2 \
             WHERE id = $3 AND expires_at_ms > $1",
        )
        .bind(now)
        .bind(renewed)
        .bind(id.as_str())
        .bind(self.now_us())
        .execute(&self.pool)
        .await
        .map_err(db_error)?;
        drop(turn);
        if touched.rows_affected() == 0 {
            return Err(StoreError::NotFound(id.clone()));
        }
        stored.expires_at = time_of(renewed);
        Ok(stored)
    }

    async fn save(
        &self,
        session: QuizSession,
        expected_version: i64,
        added: &[AttemptFacts],
    ) -> Result<SystemTime, StoreError> {
        let save = Save::new(&session, expected_version, added)?;
        let saved = self.group.save(save).await;
        match &saved {
            Ok(expires) => self.remember(session, expected_version + 1, millis(*expires)),
            Err(_) => {
                self.recent.remove(session.id());
            }
        }
        saved
    }

    async fn load_recent(&self, id: &QuizId) -> Result<Stored, StoreError> {
        match self.recent.get(id) {
            Some(stored) => Ok(stored),
            None => self.load(id).await,
        }
    }

    async fn sweep(&self) -> Result<u64, StoreError> {
        let _turn = self.write_turn().await;
        self.sweep_expired().await
    }

    async fn learner_attempts(
        &self,
        learner: &LearnerName,
    ) -> Result<Vec<AttemptRecord>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE learner = $1 \
             ORDER BY answered_ms, quiz_id, position"
        ))
        .bind(learner.as_str())
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        rows.iter().map(attempt_from_row).collect()
    }

    async fn attempts_page(
        &self,
        learner: &LearnerName,
        after: Option<&AttemptKey>,
        limit: usize,
    ) -> Result<Vec<AttemptRecord>, StoreError> {
        // Newest first; the key comparison is spelled out (no row values)
        // so both databases read it alike.
        let rows = match after {
            None => {
                sqlx::query(&format!(
                    "SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE learner = $1 \
                 ORDER BY answered_ms DESC, quiz_id DESC, position DESC LIMIT $2"
                ))
                .bind(learner.as_str())
                .bind(count_i64(limit))
                .fetch_all(&self.pool)
                .await
            }
            Some(key) => {
                sqlx::query(&format!(
                    "SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE learner = $1 \
                 AND (answered_ms < $3 OR (answered_ms = $3 AND (quiz_id < $4 \
                 OR (quiz_id = $4 AND position < $5)))) \
                 ORDER BY answered_ms DESC, quiz_id DESC, position DESC LIMIT $2"
                ))
                .bind(learner.as_str())
                .bind(count_i64(limit))
                .bind(key.answered_ms)
                .bind(key.quiz_id.as_str())
                .bind(key.position)
                .fetch_all(&self.pool)
                .await
            }
        }
        .map_err(db_error)?;
        rows.iter().map(attempt_from_row).collect()
    }

    async fn open_quizzes(&self, learner: &LearnerName) -> Result<Vec<OpenQuiz>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, answered, total, created_ms, expires_at_ms FROM quizzes \
             WHERE learner = $1 AND expires_at_ms > $2 AND answered < total \
             ORDER BY created_ms DESC, id",
        )
        .bind(learner.as_str())
        .bind(self.now_ms())
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        rows.iter().map(open_quiz_from_row).collect()
    }

    async fn delete_learner(&self, learner: &LearnerName) -> Result<Deleted, StoreError> {
        let _turn = self.write_turn().await;
        let mut tx = self.pool.begin().await.map_err(db_error)?;
        // Quizzes first: on PostgreSQL this takes their row locks, so a
        // submit racing the delete either committed before (and its answer
        // is deleted below) or finds its quiz gone (NOT_FOUND).
        let quizzes = sqlx::query("DELETE FROM quizzes WHERE learner = $1")
            .bind(learner.as_str())
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        let attempts = sqlx::query("DELETE FROM attempts WHERE learner = $1")
            .bind(learner.as_str())
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(Deleted {
            attempts: attempts.rows_affected(),
            quizzes: quizzes.rows_affected(),
        })
    }

    async fn count_open_quizzes(&self) -> Result<u64, StoreError> {
        let open: i64 = sqlx::query(
            "SELECT COUNT(*) FROM quizzes WHERE expires_at_ms > $1 AND answered < total",
        )
        .bind(self.now_ms())
        .fetch_one(&self.pool)
        .await
        .and_then(|row| row.try_get(0))
        .map_err(db_error)?;
        Ok(u64::try_from(open).unwrap_or(0))
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map(|_| ())
            .map_err(db_error)
    }

    fn limits(&self) -> SessionLimits {
        self.limits
    }
}
