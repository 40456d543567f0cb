//! Where quiz sessions live between calls: the [`QuizStore`] trait and an
//! in-memory implementation, [`MemoryStore`].
//!
//! The trait is shaped for a database to implement next: sessions go in
//! whole ([`QuizStore::insert`]), come out as copies ([`QuizStore::get`]),
//! and change only through [`QuizStore::update`], which runs a closure with
//! exclusive access to one session — a row lock and a transaction in
//! SQLite/PostgreSQL, a per-session mutex here. That exclusivity is what
//! makes two concurrent submits to one quiz count once: the second sees the
//! first's result.
//!
//! Limits (both configurable, see [`SessionLimits`]):
//! - a session unused for the TTL (30 minutes by default) expires; every
//!   call on it slides the deadline;
//! - at most `max_sessions` (10,000 by default) are kept. A new quiz when
//!   full evicts expired sessions first, then the least recently used one;
//!   never a session a call is working on right now. If every session is in
//!   use, the new quiz is refused ([`StoreError::Full`]) rather than wait.
//!
//! A session is a compact record (question ids and answers, see
//! [`crate::session`]): measured with `examples/session_memory.rs`, about
//! 2.5 KB for a 10-question quiz all answered and 9 KB for 50, map entry and
//! allocator overhead included, so the default cap costs at most ~90 MB.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use thiserror::Error;

use crate::session::{QuizId, QuizSession};

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
    /// At capacity with every session in use.
    #[error("the server already holds {0} quizzes, all in use; try again shortly")]
    Full(usize),
    /// The new session's id is taken. Ids are 128 random bits, so this
    /// means a bug in id generation; the caller may retry with a fresh id.
    #[error("quiz id `{0}` is already taken")]
    Duplicate(QuizId),
}

/// Storage for quiz sessions. Implementations must serialise
/// [`QuizStore::update`] calls on one session, and every successful call
/// must slide the session's expiry.
pub trait QuizStore: Send + Sync + fmt::Debug {
    /// Stores a new session, evicting others if the store is full.
    fn insert(&self, session: QuizSession) -> Result<(), StoreError>;

    /// A copy of the session as it stands.
    fn get(&self, id: &QuizId) -> Result<QuizSession, StoreError>;

    /// Runs `apply` with exclusive access to the session; no other update
    /// of it runs meanwhile, and none can observe it half done.
    fn update(
        &self,
        id: &QuizId,
        apply: &mut dyn FnMut(&mut QuizSession),
    ) -> Result<(), StoreError>;

    fn limits(&self) -> SessionLimits;
}

impl dyn QuizStore + '_ {
    /// [`QuizStore::update`] with a closure that returns a value.
    pub fn modify<R>(
        &self,
        id: &QuizId,
        apply: impl FnOnce(&mut QuizSession) -> R,
    ) -> Result<R, StoreError> {
        let mut apply = Some(apply);
        let mut result = None;
        self.update(id, &mut |session| {
            if let Some(apply) = apply.take() {
                result = Some(apply(session));
            }
        })?;
        // `update` returns Ok only after running the closure.
        result.ok_or_else(|| StoreError::NotFound(id.clone()))
    }
}

/// Where the store reads the time, so tests can move it.
pub trait Clock: Send + Sync + fmt::Debug {
    fn now(&self) -> Instant;
}

/// The monotonic system clock: wall-clock jumps never expire sessions.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
}

/// One stored session. The `Arc` is cloned only under the map lock, for
/// the length of one call, so a strong count above one means "in use".
#[derive(Debug)]
struct Slot {
    session: Arc<Mutex<QuizSession>>,
    last_used: Instant,
}

impl Slot {
    fn in_use(&self) -> bool {
        Arc::strong_count(&self.session) > 1
    }

    fn expired(&self, now: Instant, ttl: Duration) -> bool {
        now.saturating_duration_since(self.last_used) >= ttl
    }
}

/// Sessions in process memory: lost on restart, private to this replica.
///
/// One mutex guards the map (held only to look up, insert or evict, never
/// while grading) and one per session serialises calls on that session, so
/// learners never wait on each other.
#[derive(Debug)]
pub struct MemoryStore {
    limits: SessionLimits,
    clock: Arc<dyn Clock>,
    slots: Mutex<HashMap<QuizId, Slot>>,
}

impl MemoryStore {
    pub fn new(limits: SessionLimits) -> MemoryStore {
        MemoryStore::with_clock(limits, Arc::new(SystemClock))
    }

    pub fn with_clock(limits: SessionLimits, clock: Arc<dyn Clock>) -> MemoryStore {
        MemoryStore {
            limits: SessionLimits {
                max_sessions: limits.max_sessions.max(1),
                ..limits
            },
            clock,
            slots: Mutex::new(HashMap::new()),
        }
    }

    /// Sessions held, expired ones not yet swept included.
    pub fn len(&self) -> usize {
        self.slots().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A poisoned lock means a panic while it was held; the map is still
    /// consistent (every mutation is a single insert or remove), so carry on.
    fn slots(&self) -> MutexGuard<'_, HashMap<QuizId, Slot>> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The session's handle, its expiry slid to now; an expired session is
    /// removed on the way.
    fn lease(&self, id: &QuizId) -> Result<Arc<Mutex<QuizSession>>, StoreError> {
        let now = self.clock.now();
        let mut slots = self.slots();
        let Some(slot) = slots.get_mut(id) else {
            return Err(StoreError::NotFound(id.clone()));
        };
        if slot.expired(now, self.limits.ttl) && !slot.in_use() {
            slots.remove(id);
            return Err(StoreError::NotFound(id.clone()));
        }
        slot.last_used = now;
        Ok(Arc::clone(&slot.session))
    }

    /// Makes room for one more session: expired ones first, then the least
    /// recently used, skipping any in use.
    fn make_room(&self, slots: &mut HashMap<QuizId, Slot>, now: Instant) -> Result<(), StoreError> {
        if slots.len() < self.limits.max_sessions {
            return Ok(());
        }
        let ttl = self.limits.ttl;
        slots.retain(|_, slot| slot.in_use() || !slot.expired(now, ttl));
        if slots.len() < self.limits.max_sessions {
            return Ok(());
        }
        let oldest = slots
            .iter()
            .filter(|(_, slot)| !slot.in_use())
            .min_by_key(|(_, slot)| slot.last_used)
            .map(|(id, _)| id.clone());
        match oldest {
            Some(id) => {
                slots.remove(&id);
                tracing::info!(quiz = %id, "evicted the least recently used quiz to make room");
                Ok(())
            }
            None => Err(StoreError::Full(slots.len())),
        }
    }
}

fn lock(session: &Mutex<QuizSession>) -> MutexGuard<'_, QuizSession> {
    // A panic mid-update cannot leave a session half changed: `submit`
    // records an outcome in one push, after grading.
    session.lock().unwrap_or_else(PoisonError::into_inner)
}

impl QuizStore for MemoryStore {
    fn insert(&self, session: QuizSession) -> Result<(), StoreError> {
        let now = self.clock.now();
        let mut slots = self.slots();
        // Never replace a live session, however unlikely a collision.
        if slots.contains_key(session.id()) {
            return Err(StoreError::Duplicate(session.id().clone()));
        }
        self.make_room(&mut slots, now)?;
        slots.insert(
            session.id().clone(),
            Slot {
                session: Arc::new(Mutex::new(session)),
                last_used: now,
            },
        );
        Ok(())
    }

    fn get(&self, id: &QuizId) -> Result<QuizSession, StoreError> {
        let session = self.lease(id)?;
        let copy = lock(&session).clone();
        Ok(copy)
    }

    fn update(
        &self,
        id: &QuizId,
        apply: &mut dyn FnMut(&mut QuizSession),
    ) -> Result<(), StoreError> {
        let session = self.lease(id)?;
        apply(&mut lock(&session));
        Ok(())
    }

    fn limits(&self) -> SessionLimits {
        self.limits
    }
}

#[cfg(test)]
mod tests;
