//! Where quiz sessions and learners' answers live between calls: the async
//! [`QuizStore`] trait and its one implementation, [`SqlStore`], over SQLite
//! or PostgreSQL through sqlx.
//!
//! The trait is shaped for a database shared by several replicas:
//! - [`QuizStore::load`] reads a session with the version it was read at;
//! - [`QuizStore::save`] writes it back only if nobody saved in between
//!   (optimistic concurrency: the version must still match), together with
//!   the answer just recorded, in one transaction. A caller that loses the
//!   race gets [`StoreError::Conflict`], reloads and applies its change to
//!   what the winner left, so two concurrent submits to one quiz count once
//!   whichever replica they reach;
//! - every row carries an expiry ([`SessionLimits::ttl`] after its last use),
//!   a session past it is gone for every call, and a background task
//!   deletes such rows ([`QuizStore::sweep`]).
//!
//! Limits (see [`SessionLimits`]): a session unused for the TTL (30 minutes
//! by default) expires; at most `max_sessions` are kept (a new quiz when full
//! deletes expired sessions first, and is refused if that frees nothing: a
//! live quiz is never evicted); a named learner has at most
//! [`MAX_OPEN_PER_LEARNER`] unfinished quizzes open, and anonymous quizzes
//! together at most [`anonymous_share`] of the store.

mod group;
pub mod sql;
mod url;

use std::fmt;
use std::time::{Duration, SystemTime};

use thiserror::Error;

use crate::learner::AttemptRecord;
use crate::session::{LearnerName, QuizId, QuizSession};

pub use sql::{SQLITE_SYNCHRONOUS, SqlStore};
pub use url::{DatabaseUrl, DatabaseUrlError, data_dir};

/// How many unfinished, unexpired quizzes one named learner may hold. A
/// client that starts quizzes in a loop would otherwise fill the store with
/// one learner's abandoned quizzes; anonymous quizzes share
/// [`anonymous_share`].
pub const MAX_OPEN_PER_LEARNER: usize = 20;

/// How many unfinished anonymous quizzes may be open at once: half the
/// store (at least one). Anonymous callers cannot be told apart, so without
/// a share of their own a flood of anonymous StartQuiz calls would leave no
/// room for named learners.
pub fn anonymous_share(max_sessions: usize) -> usize {
    (max_sessions / 2).max(1)
}

/// How long sessions live and how many are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLimits {
    /// A session unused this long is forgotten.
    pub ttl: Duration,
    /// The most sessions held at once.
    pub max_sessions: usize,
}

impl SessionLimits {
    pub const DEFAULT_TTL: Duration = Duration::from_secs(30 * 60);
    pub const DEFAULT_MAX_SESSIONS: usize = 10_000;
}

impl Default for SessionLimits {
    fn default() -> SessionLimits {
        SessionLimits {
            ttl: SessionLimits::DEFAULT_TTL,
            max_sessions: SessionLimits::DEFAULT_MAX_SESSIONS,
        }
    }
}

/// Why the store could not serve a call.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoreError {
    /// Never existed, expired, or was evicted: the store cannot tell these
    /// apart once a session is gone, and neither can a client do anything
    /// different about them.
    #[error("quiz `{0}` does not exist or has expired")]
    NotFound(QuizId),
    /// At capacity even after deleting expired quizzes. Live quizzes are
    /// never evicted, so a new one waits for room.
    #[error(
        "the server already holds its maximum of {0} quizzes; try again when some finish or expire"
    )]
    Full(usize),
    /// Anonymous quizzes already fill their [`anonymous_share`].
    #[error(
        "{0} anonymous quizzes are already open, the most allowed; give a learner name or try again later"
    )]
    AnonymousFull(usize),
    /// The new session's id is taken. Ids carry 80 random bits beside their
    /// creation time, so this means a bug in id generation; the caller may
    /// retry with a fresh id.
    #[error("quiz id `{0}` is already taken")]
    Duplicate(QuizId),
    /// The learner already has [`MAX_OPEN_PER_LEARNER`] unfinished quizzes.
    #[error(
        "learner `{learner}` already has {max} unfinished quizzes open; finish one \
         (GetQuiz lists where it stands) or wait for one to expire"
    )]
    TooManyOpen { learner: String, max: usize },
    /// Someone saved the session since it was loaded: reload and retry.
    #[error("the quiz changed while this call was working on it")]
    Conflict,
    /// The database cannot be reached or is locked; the same call may work
    /// shortly. The text says what failed, without secrets.
    #[error("the quiz database is unavailable ({0}); try again shortly")]
    Unavailable(String),
    /// A stored row cannot be read back: a bug or a hand-edited database.
    #[error("a stored quiz cannot be read: {0}")]
    Corrupt(String),
}

/// A session as loaded, with what a save needs to check it is still current.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub session: QuizSession,
    /// The version read; [`QuizStore::save`] must be given it back.
    pub version: i64,
    /// When the session expires unless used again.
    pub expires_at: SystemTime,
}

/// What the store keeps about an answer beyond the session's own outcome:
/// enough to schedule reviews and show history without rebuilding the
/// question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptFacts {
    /// The fact asked about (the first, for a question over several).
    pub fact_id: String,
    /// The question kind, as its proto enum name.
    pub kind: String,
    pub topic: String,
    pub answered_at: SystemTime,
}

/// One of a learner's unfinished, unexpired quizzes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenQuiz {
    pub id: QuizId,
    pub answered: usize,
    pub total: usize,
    pub created: SystemTime,
    pub expires_at: SystemTime,
}

/// Where a page of a learner's attempts (newest first) resumes: strictly
/// after this attempt. A key, not an offset, so answers recorded while a
/// client pages neither repeat nor skip an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptKey {
    pub answered_ms: i64,
    pub quiz_id: String,
    pub position: i64,
}

impl AttemptKey {
    /// The key of `attempt`, for the next page's token.
    pub fn of(attempt: &AttemptRecord) -> AttemptKey {
        AttemptKey {
            answered_ms: sql::millis(attempt.answered_at),
            quiz_id: attempt.quiz_id.clone(),
            position: i64::from(attempt.position),
        }
    }
}

/// What [`QuizStore::delete_learner`] removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Deleted {
    pub attempts: u64,
    pub quizzes: u64,
}

/// Storage for quiz sessions and answers.
#[tonic::async_trait]
pub trait QuizStore: Send + Sync + fmt::Debug {
    /// Stores a new session (after deleting expired ones if the store is
    /// full; a live one is never evicted) and
    /// returns when it expires.
    async fn insert(&self, session: &QuizSession) -> Result<SystemTime, StoreError>;

    /// The session as it stands, without sliding its expiry.
    async fn load(&self, id: &QuizId) -> Result<Stored, StoreError>;

    /// The session as this replica last saw it, without a read when it
    /// remembers one: it may be stale (another replica answered since, or
    /// the quiz expired or was deleted), so it is only for a caller that
    /// saves under the returned version, and on [`StoreError::Conflict`],
    /// or before answering from it without a save, calls [`QuizStore::load`].
    async fn load_recent(&self, id: &QuizId) -> Result<Stored, StoreError> {
        self.load(id).await
    }

    /// The session as it stands, its expiry slid to a TTL from now; left
    /// as it is (no write) when that would move it by a twentieth of the
    /// TTL or less.
    async fn touch(&self, id: &QuizId) -> Result<Stored, StoreError>;

    /// Writes `session` back if its version is still `expected_version`,
    /// recording the outcomes it has beyond those stored, each with its
    /// entry of `added` (in order), in one transaction; returns the new
    /// expiry. [`StoreError::Conflict`] means nothing was written. The
    /// session is taken, not borrowed: a store that keeps what it saved
    /// (see [`QuizStore::load_recent`]) keeps it without a copy.
    async fn save(
        &self,
        session: QuizSession,
        expected_version: i64,
        added: &[AttemptFacts],
    ) -> Result<SystemTime, StoreError>;

    /// Deletes expired sessions (and the answers of anonymous ones, which
    /// no learner can ask for); returns how many sessions went.
    async fn sweep(&self) -> Result<u64, StoreError>;

    /// Every answer `learner` gave, oldest first.
    async fn learner_attempts(
        &self,
        learner: &LearnerName,
    ) -> Result<Vec<AttemptRecord>, StoreError>;

    /// At most `limit` of `learner`'s answers, newest first, starting after
    /// `after` (from the start when `None`).
    async fn attempts_page(
        &self,
        learner: &LearnerName,
        after: Option<&AttemptKey>,
        limit: usize,
    ) -> Result<Vec<AttemptRecord>, StoreError>;

    /// `learner`'s unfinished, unexpired quizzes, most recently started first.
    async fn open_quizzes(&self, learner: &LearnerName) -> Result<Vec<OpenQuiz>, StoreError>;

    /// Deletes every answer and every quiz of `learner` in one transaction.
    async fn delete_learner(&self, learner: &LearnerName) -> Result<Deleted, StoreError>;

    /// How many quizzes are open: unexpired and not finished.
    async fn count_open_quizzes(&self) -> Result<u64, StoreError>;

    /// Whether the database answers at all.
    async fn ping(&self) -> Result<(), StoreError>;

    fn limits(&self) -> SessionLimits;
}

/// Where the store reads the time, so tests can move it. Wall-clock time,
/// because replicas share the expiry column.
pub trait Clock: Send + Sync + fmt::Debug {
    fn now(&self) -> SystemTime;
}

/// The system's wall clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

#[cfg(test)]
mod tests;
