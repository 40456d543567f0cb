//! The SQL store on SQLite (in memory and in a file), with time moved by
//! hand. The same statements run on PostgreSQL in tests/api/replicas.rs.

use std::sync::Mutex;

use super::*;
use crate::session::{LearnerName, Outcome, Submission};

/// A clock that only moves when told to.
#[derive(Debug)]
struct ManualClock(Mutex<SystemTime>);

impl ManualClock {
    fn new() -> Arc<ManualClock> {
        Arc::new(ManualClock(Mutex::new(
            SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000),
        )))
    }

    fn advance(&self, by: Duration) {
        *self.0.lock().expect("clock") += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> SystemTime {
        *self.0.lock().expect("clock")
    }
}

use std::sync::Arc;

const MINUTE: Duration = Duration::from_secs(60);

async fn store(max_sessions: usize) -> (SqlStore, Arc<ManualClock>) {
    let clock = ManualClock::new();
    let limits = SessionLimits {
        ttl: 30 * MINUTE,
        max_sessions,
    };
    let store = SqlStore::open_with_clock(&DatabaseUrl::memory(), limits, clock.clone())
        .await
        .expect("open an in-memory store");
    (store, clock)
}

fn session(learner: &str, questions: usize) -> QuizSession {
    QuizSession::from_parts(crate::session::SessionParts {
        id: QuizId::new(std::time::SystemTime::now()),
        learner: LearnerName::parse(learner).expect("name"),
        seed: u64::MAX - 3,
        question_ids: (0..questions).map(|n| format!("q{n}")).collect(),
        outcomes: Vec::new(),
        created: SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000),
        retry_of: None,
    })
}

fn answered(mut parts: crate::session::SessionParts, answers: &[&str]) -> QuizSession {
    parts.outcomes = answers
        .iter()
        .map(|answer| Outcome {
            submission: if answer.is_empty() {
                Submission::Skip
            } else {
                Submission::Answer(answer.to_string())
            },
            correct: *answer == "right",
            score: if *answer == "right" { 1.0 } else { 0.0 },
            feedback: format!("feedback for {answer}").into(),
        })
        .collect();
    QuizSession::from_parts(parts)
}

fn parts(session: &QuizSession) -> crate::session::SessionParts {
    crate::session::SessionParts {
        id: session.id().clone(),
        learner: session.learner().clone(),
        seed: session.seed(),
        question_ids: session.question_ids().map(str::to_string).collect(),
        outcomes: session.outcomes().to_vec(),
        created: session.created(),
        retry_of: session.retry_of().cloned(),
    }
}

fn facts(n: usize) -> Vec<AttemptFacts> {
    (0..n)
        .map(|_| AttemptFacts {
            fact_id: "treaty-city".into(),
            kind: "QUESTION_KIND_SHORT_ANSWER".into(),
            topic: "treaty".into(),
            answered_at: SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000),
        })
        .collect()
}

#[tokio::test]
async fn a_stored_session_comes_back_whole_and_an_unknown_one_is_not_found() {
    let (store, _) = store(10).await;
    let quiz = session("Dana", 3);
    store.insert(&quiz).await.expect("insert");
    let loaded = store.load(quiz.id()).await.expect("load");
    assert_eq!(loaded.session, quiz);
    assert_eq!(loaded.version, 0);
    let unknown = QuizId::new(std::time::SystemTime::now());
    assert_eq!(
        store.load(&unknown).await,
        Err(StoreError::NotFound(unknown))
    );
}

#[tokio::test]
async fn a_save_records_the_new_answers_and_a_stale_version_is_a_conflict() {
    let (store, _) = store(10).await;
    let quiz = session("Dana", 3);
    store.insert(&quiz).await.expect("insert");
    let one = answered(parts(&quiz), &["right"]);
    store
        .save(one.clone(), 0, &facts(1))
        .await
        .expect("first save");
    // A second writer that also read version 0 loses.
    let rival = answered(parts(&quiz), &["wrong"]);
    assert_eq!(
        store.save(rival.clone(), 0, &facts(1)).await,
        Err(StoreError::Conflict)
    );
    let two = answered(parts(&quiz), &["right", ""]);
    store
        .save(two.clone(), 1, &facts(1))
        .await
        .expect("second save");
    let loaded = store.load(quiz.id()).await.expect("load");
    assert_eq!(loaded.session, two);
    assert_eq!(loaded.version, 2);
}

#[tokio::test]
async fn a_session_expires_after_the_ttl_without_use_and_a_touch_slides_it() {
    let (store, clock) = store(10).await;
    let kept = session("", 1);
    let dropped = session("", 1);
    store.insert(&kept).await.expect("insert");
    store.insert(&dropped).await.expect("insert");
    clock.advance(20 * MINUTE);
    let touched = store.touch(kept.id()).await.expect("touch");
    assert_eq!(touched.expires_at, clock.now() + 30 * MINUTE);
    clock.advance(15 * MINUTE);
    assert!(store.load(kept.id()).await.is_ok());
    assert_eq!(
        store.load(dropped.id()).await,
        Err(StoreError::NotFound(dropped.id().clone()))
    );
    assert_eq!(store.sweep().await, Ok(1));
}

#[tokio::test]
async fn a_touch_soon_after_the_last_one_leaves_the_expiry_alone() {
    let (store, clock) = store(10).await;
    let quiz = session("", 1);
    store.insert(&quiz).await.expect("insert");
    let inserted = store.load(quiz.id()).await.expect("load").expires_at;
    // A twentieth of the 30-minute TTL is 90 s.
    clock.advance(Duration::from_secs(90));
    let touched = store.touch(quiz.id()).await.expect("touch");
    assert_eq!(touched.expires_at, inserted, "90 s on: left alone");
    assert_eq!(
        store.load(quiz.id()).await.expect("load").expires_at,
        inserted
    );
    clock.advance(Duration::from_secs(1));
    let touched = store.touch(quiz.id()).await.expect("touch");
    assert_eq!(
        touched.expires_at,
        clock.now() + 30 * MINUTE,
        "91 s on: slid"
    );
    assert_eq!(
        store.load(quiz.id()).await.expect("load").expires_at,
        touched.expires_at
    );
}

#[tokio::test]
async fn a_full_store_deletes_expired_sessions_but_never_evicts_a_live_one() {
    let (store, clock) = store(2).await;
    let old = session("Ana", 1);
    store.insert(&old).await.expect("insert");
    clock.advance(31 * MINUTE);
    let first = session("Ana", 1);
    let second = session("Ben", 1);
    store.insert(&first).await.expect("insert");
    store
        .insert(&second)
        .await
        .expect("insert, sweeping the expired one");
    clock.advance(MINUTE);
    store.touch(first.id()).await.expect("touch");
    let third = session("Cem", 1);
    assert_eq!(store.insert(&third).await, Err(StoreError::Full(2)));
    for kept in [&first, &second] {
        assert!(store.load(kept.id()).await.is_ok());
    }
    assert_eq!(
        store.load(third.id()).await,
        Err(StoreError::NotFound(third.id().clone()))
    );
}

#[tokio::test]
async fn counts_kept_between_inserts_never_let_a_cap_be_overrun() {
    // Caps of 40 and 20 leave a twentieth (2 and 1) to spare: most inserts
    // skip the count, the last ones before each cap count every time.
    let (store, _) = store(40).await;
    for _ in 0..20 {
        store.insert(&session("", 1)).await.expect("anonymous");
    }
    assert_eq!(
        store.insert(&session("", 1)).await,
        Err(StoreError::AnonymousFull(20))
    );
    for learner in 0..20 {
        store
            .insert(&session(&format!("Learner {learner}"), 1))
            .await
            .expect("named");
    }
    assert_eq!(
        store.insert(&session("Dana", 1)).await,
        Err(StoreError::Full(40))
    );
}

#[tokio::test]
async fn near_a_cap_every_insert_counts_so_room_freed_elsewhere_is_seen_at_once() {
    let (store, _) = store(40).await;
    for _ in 0..20 {
        store.insert(&session("", 1)).await.expect("anonymous");
    }
    // Another replica deletes them; this store's counts still say 20.
    let deleted = sqlx::query("DELETE FROM quizzes WHERE learner = ''")
        .execute(store.pool())
        .await
        .expect("delete behind the store's back");
    assert_eq!(deleted.rows_affected(), 20);
    store
        .insert(&session("", 1))
        .await
        .expect("at the share's cap the insert counts again and finds room");
}

#[tokio::test]
async fn anonymous_quizzes_fill_at_most_half_the_store() {
    let (store, _) = store(4).await;
    for _ in 0..2 {
        store.insert(&session("", 1)).await.expect("anonymous");
    }
    assert_eq!(
        store.insert(&session("", 1)).await,
        Err(StoreError::AnonymousFull(2))
    );
    store.insert(&session("Dana", 1)).await.expect("named");
}

#[tokio::test]
async fn the_quiz_key_is_made_once_and_then_read_back() {
    let (store, _) = store(4).await;
    let first = store.quiz_key().await.expect("made");
    assert_eq!(store.quiz_key().await, Ok(first));
}

#[tokio::test]
async fn a_learner_with_too_many_open_quizzes_is_refused_until_one_finishes() {
    let (store, _) = store(1000).await;
    let mut open = Vec::new();
    for _ in 0..MAX_OPEN_PER_LEARNER {
        let quiz = session("Dana", 1);
        store.insert(&quiz).await.expect("insert");
        open.push(quiz);
    }
    let refused = store.insert(&session("Dana", 1)).await;
    assert!(
        matches!(refused, Err(StoreError::TooManyOpen { ref learner, .. }) if learner == "Dana"),
        "{refused:?}"
    );
    store
        .insert(&session("Aigerim", 1))
        .await
        .expect("another learner");
    let finished = answered(parts(&open[0]), &["right"]);
    store
        .save(finished.clone(), 0, &facts(1))
        .await
        .expect("finish");
    store.insert(&session("Dana", 1)).await.expect("room again");
}

#[tokio::test]
async fn a_sqlite_file_runs_in_wal_mode_with_the_documented_synchronous_setting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = DatabaseUrl::sqlite_file(&dir.path().join("nested/summit.db"));
    let store = SqlStore::open(&url, SessionLimits::default())
        .await
        .expect("open a file");
    let mut connection = store.pool().acquire().await.expect("connection");
    use sqlx::Row;
    let mode: String = sqlx::query("PRAGMA journal_mode")
        .fetch_one(&mut *connection)
        .await
        .and_then(|row| row.try_get(0))
        .expect("journal_mode");
    let synchronous: i64 = sqlx::query("PRAGMA synchronous")
        .fetch_one(&mut *connection)
        .await
        .and_then(|row| row.try_get(0))
        .expect("synchronous");
    assert_eq!(mode, "wal");
    // FULL is 2, NORMAL 1.
    assert_eq!((SQLITE_SYNCHRONOUS, synchronous), ("FULL", 2));
}

#[tokio::test]
async fn the_writers_own_wal_flush_leaves_every_pooled_connection_at_full() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = DatabaseUrl::sqlite_file(&dir.path().join("summit.db"));
    let store = SqlStore::open(&url, SessionLimits::default())
        .await
        .expect("open a file");
    let quiz = session("Dana", 2);
    store.insert(&quiz).await.expect("insert");
    store
        .save(answered(parts(&quiz), &["right"]), 0, &facts(1))
        .await
        .expect("a group-committed save");
    assert!(
        dir.path().join("summit.db-wal").exists(),
        "the writer flushes the WAL file"
    );
    // Every connection the pool can still hand out (the writer holds one
    // of its eight): none may be the writer's, which commits at NORMAL.
    let mut pooled = Vec::new();
    for _ in 0..7 {
        pooled.push(store.pool().acquire().await.expect("connection"));
    }
    use sqlx::Row;
    for connection in &mut pooled {
        let synchronous: i64 = sqlx::query("PRAGMA synchronous")
            .fetch_one(&mut **connection)
            .await
            .and_then(|row| row.try_get(0))
            .expect("synchronous");
        assert_eq!(synchronous, 2, "FULL on every pooled connection");
    }
    drop(pooled);
    let reopened = SqlStore::open(&url, SessionLimits::default())
        .await
        .expect("reopen");
    let stored = reopened.load(quiz.id()).await.expect("the quiz");
    assert_eq!(stored.session.outcomes().len(), 1, "the save is on disk");
}

#[tokio::test]
async fn reopening_a_file_keeps_what_was_saved_and_migrates_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = DatabaseUrl::sqlite_file(&dir.path().join("summit.db"));
    let quiz = session("Dana", 2);
    {
        let store = SqlStore::open(&url, SessionLimits::default())
            .await
            .expect("open");
        store.insert(&quiz).await.expect("insert");
        let one = answered(parts(&quiz), &["right"]);
        store.save(one.clone(), 0, &facts(1)).await.expect("save");
        store.pool().close().await;
    }
    let store = SqlStore::open(&url, SessionLimits::default())
        .await
        .expect("reopen");
    let loaded = store.load(quiz.id()).await.expect("load");
    assert_eq!(loaded.session.outcomes().len(), 1);
}

/// Stores a quiz of `learner` with `answers` recorded, all at one instant.
async fn answered_quiz(store: &SqlStore, learner: &str, total: usize, answers: &[&str]) -> QuizId {
    let quiz = session(learner, total);
    store.insert(&quiz).await.expect("insert");
    let done = answered(parts(&quiz), answers);
    store
        .save(done.clone(), 0, &facts(answers.len()))
        .await
        .expect("save");
    quiz.id().clone()
}

#[tokio::test]
async fn pages_of_attempts_hold_every_attempt_once_newest_first_even_when_times_tie() {
    let (store, _) = store(10).await;
    for _ in 0..3 {
        answered_quiz(&store, "Dana", 4, &["right", "wrong", "", "right"]).await;
    }
    answered_quiz(&store, "Eli", 2, &["right"]).await;
    let dana = LearnerName::parse("Dana").expect("name");
    let all = store.learner_attempts(&dana).await.expect("attempts");
    assert_eq!(all.len(), 12);
    let mut seen = Vec::new();
    let mut after: Option<AttemptKey> = None;
    loop {
        let page = store
            .attempts_page(&dana, after.as_ref(), 5)
            .await
            .expect("page");
        if page.is_empty() {
            break;
        }
        after = page.last().map(AttemptKey::of);
        seen.extend(page.into_iter().map(|a| (a.quiz_id, a.position)));
    }
    assert_eq!(seen.len(), 12, "{seen:?}");
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 12, "no attempt twice");
    let mut newest_first = seen.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    assert_eq!(seen, newest_first, "ties are ordered by quiz and position");
}

#[tokio::test]
async fn only_unfinished_quizzes_are_open() {
    let (store, clock) = store(10).await;
    let open = answered_quiz(&store, "Dana", 3, &["right"]).await;
    answered_quiz(&store, "Dana", 2, &["right", "wrong"]).await;
    answered_quiz(&store, "Eli", 2, &[]).await;
    let dana = LearnerName::parse("Dana").expect("name");
    let listed = store.open_quizzes(&dana).await.expect("open quizzes");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, open);
    assert_eq!((listed[0].answered, listed[0].total), (1, 3));
    clock.advance(31 * MINUTE);
    assert!(store.open_quizzes(&dana).await.expect("open").is_empty());
}

#[tokio::test]
async fn deleting_a_learner_removes_their_quizzes_and_answers_and_nobody_elses() {
    let (store, _) = store(10).await;
    let quiz = answered_quiz(&store, "Dana", 3, &["right", "wrong"]).await;
    answered_quiz(&store, "Dana", 1, &["right"]).await;
    answered_quiz(&store, "Eli", 2, &["right"]).await;
    let dana = LearnerName::parse("Dana").expect("name");
    let deleted = store.delete_learner(&dana).await.expect("delete");
    assert_eq!(
        deleted,
        Deleted {
            attempts: 3,
            quizzes: 2
        }
    );
    assert!(
        store
            .learner_attempts(&dana)
            .await
            .expect("read")
            .is_empty()
    );
    assert_eq!(store.load(&quiz).await, Err(StoreError::NotFound(quiz)));
    let eli = LearnerName::parse("Eli").expect("name");
    assert_eq!(store.learner_attempts(&eli).await.expect("read").len(), 1);
    assert_eq!(
        store.delete_learner(&dana).await.expect("again"),
        Deleted::default(),
        "deleting again deletes nothing and is not an error"
    );
}

/// A store on a SQLite file, where saves go through group commit.
async fn file_store(dir: &tempfile::TempDir) -> SqlStore {
    let url = DatabaseUrl::sqlite_file(&dir.path().join("summit.db"));
    SqlStore::open(&url, SessionLimits::default())
        .await
        .expect("open a file store")
}

#[tokio::test]
async fn concurrent_saves_to_many_quizzes_all_commit_and_rivals_on_one_quiz_count_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = file_store(&dir).await;
    let quizzes: Vec<QuizSession> = (0..12).map(|_| session("Dana", 3)).collect();
    for quiz in &quizzes {
        store.insert(quiz).await.expect("insert");
    }
    // Four rival first answers per quiz, all sent at once.
    let mut saves = tokio::task::JoinSet::new();
    for (index, quiz) in quizzes.iter().enumerate() {
        for rival in 0..4 {
            let store = store.clone();
            let answer = format!("answer {rival}");
            let saved = answered(parts(quiz), &[answer.as_str()]);
            saves.spawn(
                async move { (index, answer, store.save(saved.clone(), 0, &facts(1)).await) },
            );
        }
    }
    let mut winners = vec![Vec::new(); quizzes.len()];
    while let Some(joined) = saves.join_next().await {
        let (index, answer, result) = joined.expect("save task");
        match result {
            Ok(_) => winners[index].push(answer),
            Err(error) => assert_eq!(error, StoreError::Conflict),
        }
    }
    for (quiz, winners) in quizzes.iter().zip(&winners) {
        assert_eq!(winners.len(), 1, "exactly one save wins: {winners:?}");
        let loaded = store.load(quiz.id()).await.expect("load");
        assert_eq!(loaded.version, 1);
        assert_eq!(
            loaded.session.outcomes()[0].submission,
            Submission::Answer(winners[0].clone())
        );
    }
}

#[tokio::test]
async fn a_save_that_fails_alone_leaves_its_quiz_unchanged_and_the_saves_beside_it_committed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = file_store(&dir).await;
    let broken = session("Dana", 3);
    let fine = session("Dana", 3);
    store.insert(&broken).await.expect("insert");
    store.insert(&fine).await.expect("insert");
    let one = answered(parts(&broken), &["right"]);
    store
        .save(one.clone(), 0, &facts(1))
        .await
        .expect("first save");
    // Version 1 is current, but this save would record answer 0 again:
    // its UPDATE succeeds and its INSERT breaks the attempts key.
    let clash = answered(parts(&broken), &["wrong"]);
    let good = answered(parts(&fine), &["right"]);
    let one_answer = facts(1);
    let (clashed, saved) = tokio::join!(
        store.save(clash.clone(), 1, &one_answer),
        store.save(good.clone(), 0, &one_answer)
    );
    assert!(
        matches!(clashed, Err(StoreError::Unavailable(_))),
        "{clashed:?}"
    );
    saved.expect("the other save commits");
    let loaded = store.load(broken.id()).await.expect("load");
    assert_eq!((loaded.version, loaded.session), (1, one));
    let loaded = store.load(fine.id()).await.expect("load");
    assert_eq!((loaded.version, loaded.session), (1, good));
}

#[tokio::test]
async fn one_batch_applies_saves_of_one_quiz_in_order_and_a_stale_one_among_them_conflicts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = file_store(&dir).await;
    let quiz = session("Dana", 3);
    let other = session("Dana", 3);
    store.insert(&quiz).await.expect("insert");
    store.insert(&other).await.expect("insert");
    let first = answered(parts(&quiz), &["right"]);
    let second = answered(parts(&quiz), &["right", ""]);
    let stale = answered(parts(&quiz), &["wrong"]);
    let beside = answered(parts(&other), &["wrong"]);
    let one = facts(1);
    let saves = [
        group::Save::new(&first, 0, &one).expect("save"),
        group::Save::new(&stale, 0, &one).expect("save"),
        group::Save::new(&second, 1, &one).expect("save"),
        group::Save::new(&beside, 0, &one).expect("save"),
    ];
    let now = SystemTime::now();
    let stamp = group::Stamp {
        now_ms: sql::millis(now),
        now_us: sql::millis(now) * 1000,
        expires_ms: sql::millis(now + 30 * MINUTE),
    };
    let batch: Vec<&group::Save> = saves.iter().collect();
    let mut connection = store.pool().acquire().await.expect("a connection");
    let written = group::commit(&mut connection, &batch, stamp)
        .await
        .expect("the batch commits");
    // As one transaction per save in this order: the stale save expected
    // the version the first one replaced.
    assert_eq!(written, [true, false, true, true]);
    let loaded = store.load(quiz.id()).await.expect("load");
    assert_eq!((loaded.version, loaded.session), (2, second));
    let loaded = store.load(other.id()).await.expect("load");
    assert_eq!((loaded.version, loaded.session), (1, beside));
}
