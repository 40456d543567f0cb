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
//! deletes expired sessions first, then the least recently used); a learner
//! has at most [`MAX_OPEN_PER_LEARNER`] unfinished quizzes open.

pub mod sql;
mod url;

use std::fmt;
use std::time::{Duration, SystemTime};

use thiserror::Error;

use crate::session::{QuizId, QuizSession};

pub use sql::{SQLITE_SYNCHRONOUS, SqlStore};
pub use url::{DatabaseUrl, DatabaseUrlError};

/// How many unfinished, unexpired quizzes one named learner may hold. A
/// client that starts quizzes in a loop would otherwise fill the store with
/// one learner's abandoned quizzes; anonymous quizzes are bounded only by
/// `max_sessions`.
pub const MAX_OPEN_PER_LEARNER: usize = 20;

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
    /// At capacity and nothing could be evicted.
    #[error("the server already holds {0} quizzes; try again shortly")]
    Full(usize),
    /// The new session's id is taken. Ids are 128 random bits, so this
    /// means a bug in id generation; the caller may retry with a fresh id.
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

/// Storage for quiz sessions and answers.
#[tonic::async_trait]
pub trait QuizStore: Send + Sync + fmt::Debug {
    /// Stores a new session (after making room if the store is full) and
    /// returns when it expires.
    async fn insert(&self, session: &QuizSession) -> Result<SystemTime, StoreError>;

    /// The session as it stands, without sliding its expiry.
    async fn load(&self, id: &QuizId) -> Result<Stored, StoreError>;

    /// The session as it stands, its expiry slid to a TTL from now.
    async fn touch(&self, id: &QuizId) -> Result<Stored, StoreError>;

    /// Writes `session` back if its version is still `expected_version`,
    /// recording the outcomes it has beyond those stored, each with its
    /// entry of `added` (in order), in one transaction; returns the new
    /// expiry. [`StoreError::Conflict`] means nothing was written.
    async fn save(
        &self,
        session: &QuizSession,
        expected_version: i64,
        added: &[AttemptFacts],
    ) -> Result<SystemTime, StoreError>;

    /// Deletes expired sessions (and the answers of anonymous ones, which
    /// no learner can ask for); returns how many sessions went.
    async fn sweep(&self) -> Result<u64, StoreError>;

    /// How many quizzes are open: unexpired and not finished.
    async fn open_quizzes(&self) -> Result<u64, StoreError>;

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
