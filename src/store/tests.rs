//! The memory store's limits, with time moved by hand.

use std::sync::Barrier;
use std::thread;
use std::time::SystemTime;

use super::*;
use crate::session::LearnerName;

/// A clock that only moves when told to.
#[derive(Debug)]
struct ManualClock {
    start: Instant,
    offset: Mutex<Duration>,
}

impl ManualClock {
    fn new() -> Arc<ManualClock> {
        Arc::new(ManualClock {
            start: Instant::now(),
            offset: Mutex::new(Duration::ZERO),
        })
    }

    fn advance(&self, by: Duration) {
        *self.offset.lock().unwrap_or_else(PoisonError::into_inner) += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        self.start + *self.offset.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

const MINUTE: Duration = Duration::from_secs(60);

fn store(max_sessions: usize) -> (MemoryStore, Arc<ManualClock>) {
    let clock = ManualClock::new();
    let limits = SessionLimits {
        ttl: 30 * MINUTE,
        max_sessions,
    };
    (MemoryStore::with_clock(limits, clock.clone()), clock)
}

/// A session with no questions: the store never looks inside.
fn session() -> QuizSession {
    QuizSession::new(
        QuizId::random(),
        LearnerName::default(),
        1,
        &[],
        SystemTime::UNIX_EPOCH,
    )
}

fn add(store: &MemoryStore) -> QuizId {
    let session = session();
    let id = session.id().clone();
    store.insert(session).expect("room for it");
    id
}

#[test]
fn a_stored_session_comes_back_and_an_unknown_one_is_not_found() {
    let (store, _) = store(10);
    let id = add(&store);
    assert_eq!(store.get(&id).map(|s| s.id().clone()), Ok(id));
    let unknown = QuizId::random();
    assert_eq!(store.get(&unknown), Err(StoreError::NotFound(unknown)));
}

#[test]
fn a_session_expires_after_the_ttl_without_use() {
    let (store, clock) = store(10);
    let id = add(&store);
    clock.advance(30 * MINUTE - Duration::from_millis(1));
    assert!(store.get(&id).is_ok());
    clock.advance(30 * MINUTE);
    assert_eq!(store.get(&id), Err(StoreError::NotFound(id)));
    assert!(
        store.is_empty(),
        "the expired session is removed when found"
    );
}

#[test]
fn every_use_slides_the_expiry() {
    let (store, clock) = store(10);
    let id = add(&store);
    for _ in 0..5 {
        clock.advance(20 * MINUTE);
        store.update(&id, &mut |_| {}).expect("still alive");
    }
    clock.advance(20 * MINUTE);
    assert!(store.get(&id).is_ok(), "100 minutes old but used every 20");
}

#[test]
fn a_full_store_evicts_expired_sessions_first() {
    let (store, clock) = store(3);
    let old = add(&store);
    clock.advance(10 * MINUTE);
    let a = add(&store);
    let b = add(&store);
    clock.advance(25 * MINUTE);
    // `old` is 35 minutes unused (expired); `a` and `b` are 25.
    let c = add(&store);
    assert_eq!(store.len(), 3);
    assert!(store.get(&old).is_err());
    for id in [a, b, c] {
        assert!(store.get(&id).is_ok());
    }
}

#[test]
fn a_full_store_then_evicts_the_least_recently_used() {
    let (store, clock) = store(3);
    let first = add(&store);
    clock.advance(MINUTE);
    let second = add(&store);
    clock.advance(MINUTE);
    let third = add(&store);
    clock.advance(MINUTE);
    // Using the oldest makes `second` the least recently used.
    store.get(&first).expect("alive");
    clock.advance(MINUTE);
    let fourth = add(&store);
    assert!(store.get(&second).is_err());
    for id in [first, third, fourth] {
        assert!(store.get(&id).is_ok());
    }
}

#[test]
fn a_session_in_use_is_never_evicted_and_a_store_all_in_use_refuses() {
    let (store, clock) = store(2);
    let busy = add(&store);
    clock.advance(MINUTE);
    let idle = add(&store);
    store
        .update(&busy, &mut |_| {
            // A call that outlives the TTL: both sessions are now expired,
            // but `busy` is in use, so a new session evicts `idle` only.
            clock.advance(40 * MINUTE);
            let newcomer = add(&store);
            assert!(store.get(&idle).is_err(), "idle was evicted, not busy");
            // With `busy` and the newcomer both in use there is nothing
            // left to evict, and the next session is refused.
            store
                .update(&newcomer, &mut |_| {
                    assert_eq!(store.insert(session()), Err(StoreError::Full(2)));
                })
                .expect("newcomer is stored");
        })
        .expect("busy is stored");
    // `busy` survived while in use (it expires at its next lookup, being
    // 40 minutes unused), and the newcomer is there.
    assert_eq!(store.len(), 2);
    assert_eq!(store.get(&busy), Err(StoreError::NotFound(busy)));
}

#[test]
fn concurrent_updates_to_one_session_are_serialised() {
    let (store, _) = store(10);
    let id = add(&store);
    let store = Arc::new(store);
    let threads = 8;
    let per_thread = 500;
    let counter = Arc::new(Mutex::new(0usize));
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (store, id, barrier) = (Arc::clone(&store), id.clone(), Arc::clone(&barrier));
            let counter = Arc::clone(&counter);
            thread::spawn(move || {
                barrier.wait();
                for _ in 0..per_thread {
                    store
                        .update(&id, &mut |_| {
                            // A read-modify-write with a yield in the middle:
                            // only exclusive access keeps every increment.
                            let seen = *counter.lock().unwrap_or_else(PoisonError::into_inner);
                            thread::yield_now();
                            *counter.lock().unwrap_or_else(PoisonError::into_inner) = seen + 1;
                        })
                        .expect("stored");
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().expect("no thread panicked");
    }
    assert_eq!(
        *counter.lock().unwrap_or_else(PoisonError::into_inner),
        threads * per_thread
    );
}

#[test]
fn many_threads_inserting_into_a_small_store_never_exceed_the_cap() {
    let (store, _) = store(16);
    let store = Arc::new(store);
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let store = Arc::clone(&store);
            thread::spawn(move || {
                for _ in 0..200 {
                    let id = add(&store);
                    let _ = store.get(&id);
                    assert!(store.len() <= 16);
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().expect("no thread panicked");
    }
    assert_eq!(store.len(), 16);
}

#[test]
fn modify_returns_what_the_closure_returns() {
    let (store, _) = store(10);
    let id = add(&store);
    let dynamic: &dyn QuizStore = &store;
    assert_eq!(dynamic.modify(&id, |s| s.seed()), Ok(1));
    let unknown = QuizId::random();
    assert_eq!(
        dynamic.modify(&unknown, |s| s.seed()),
        Err(StoreError::NotFound(unknown))
    );
}
