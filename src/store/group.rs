//! Saving answers, and group commit on SQLite.
//!
//! A save is one version-checked `UPDATE` of the quiz plus one `INSERT` per
//! new answer ([`write`]), the same statements on both databases.
//!
//! On PostgreSQL each save is its own transaction: many connections commit
//! in parallel and the server batches their WAL flushes itself. SQLite has
//! one writer, and with `synchronous = FULL` every commit waits for an
//! fsync, so one transaction per answer caps a server at one fsync per
//! answer. There, [`GroupCommit`] hands every save to a single writer task,
//! which takes all the saves waiting at that moment, writes them in one
//! transaction, commits it (one fsync) and only then answers each caller.
//! Nothing is acknowledged before its commit, so the durability promise is
//! unchanged; while one batch commits, the next one gathers.
//!
//! Each save in a batch keeps its own version check: two saves of one quiz
//! in one batch are applied in order, and the second, which expected the
//! version the first replaced, is a [`StoreError::Conflict`] as it would be
//! in separate transactions. If a batch fails as a whole (a statement
//! errs), it is rolled back and each save is retried in a transaction of
//! its own, so one bad save fails alone.

use std::sync::Arc;
use std::time::SystemTime;

use sqlx::{AnyConnection, AnyPool};
use tokio::sync::{Mutex, mpsc, oneshot};

use super::sql::{count_i64, db_error, millis, time_of};
use super::{AttemptFacts, Clock, StoreError};
use crate::session::{QuizSession, Submission};

/// The most saves one transaction takes: bounds the time a batch holds the
/// write lock, and a batch's size in memory.
const MAX_BATCH: usize = 256;

/// One answer to record, owned so it can wait in the writer's queue.
#[derive(Debug)]
struct Attempt {
    position: i64,
    question_id: String,
    facts: AttemptFacts,
    skipped: i64,
    answer: String,
    correct: i64,
    score: f64,
    feedback: String,
}

/// One save: the quiz's new answer count under the version it was loaded
/// at, and the answers it adds.
#[derive(Debug)]
pub(super) struct Save {
    quiz_id: String,
    learner: String,
    expected_version: i64,
    answered: i64,
    attempts: Vec<Attempt>,
}

impl Save {
    /// The save of `session`'s outcomes beyond those stored, each with its
    /// entry of `added` (in order).
    pub(super) fn new(
        session: &QuizSession,
        expected_version: i64,
        added: &[AttemptFacts],
    ) -> Result<Save, StoreError> {
        let outcomes = session.outcomes();
        let first = outcomes.len().checked_sub(added.len()).ok_or_else(|| {
            StoreError::Corrupt("more new answers than the quiz has outcomes".into())
        })?;
        let question_ids: Vec<&str> = session.question_ids().collect();
        let attempts = added
            .iter()
            .enumerate()
            .map(|(offset, facts)| {
                let position = first + offset;
                let outcome = &outcomes[position];
                let (skipped, answer) = match &outcome.submission {
                    Submission::Skip => (1_i64, String::new()),
                    Submission::Answer(text) => (0, text.clone()),
                };
                Attempt {
                    position: count_i64(position),
                    question_id: question_ids
                        .get(position)
                        .copied()
                        .unwrap_or_default()
                        .to_owned(),
                    facts: facts.clone(),
                    skipped,
                    answer,
                    correct: i64::from(outcome.correct),
                    score: outcome.score,
                    feedback: outcome.feedback.to_string(),
                }
            })
            .collect();
        Ok(Save {
            quiz_id: session.id().as_str().to_owned(),
            learner: session.learner().as_str().to_owned(),
            expected_version,
            answered: count_i64(outcomes.len()),
            attempts,
        })
    }
}

/// The times a transaction's saves are stamped with.
#[derive(Debug, Clone, Copy)]
pub(super) struct Stamp {
    pub now_ms: i64,
    pub now_us: i64,
    pub expires_ms: i64,
}

/// Writes `save` inside the caller's transaction: `true` if saved, `false`
/// if the quiz's version moved on (or it expired) and nothing was written.
pub(super) async fn write(
    tx: &mut AnyConnection,
    save: &Save,
    stamp: Stamp,
) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query(
        "UPDATE quizzes SET version = version + 1, answered = $1, last_used_us = $6, \
         expires_at_ms = $3 WHERE id = $4 AND version = $5 AND expires_at_ms > $2",
    )
    .bind(save.answered)
    .bind(stamp.now_ms)
    .bind(stamp.expires_ms)
    .bind(save.quiz_id.as_str())
    .bind(save.expected_version)
    .bind(stamp.now_us)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        return Ok(false);
    }
    for attempt in &save.attempts {
        sqlx::query(
            "INSERT INTO attempts (quiz_id, position, learner, question_id, fact_id, kind, \
             topic, skipped, answer, correct, score, feedback, answered_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(save.quiz_id.as_str())
        .bind(attempt.position)
        .bind(save.learner.as_str())
        .bind(attempt.question_id.as_str())
        .bind(attempt.facts.fact_id.as_str())
        .bind(attempt.facts.kind.as_str())
        .bind(attempt.facts.topic.as_str())
        .bind(attempt.skipped)
        .bind(attempt.answer.as_str())
        .bind(attempt.correct)
        .bind(attempt.score)
        .bind(attempt.feedback.as_str())
        .bind(millis(attempt.facts.answered_at))
        .execute(&mut *tx)
        .await?;
    }
    Ok(true)
}

/// Commits `saves` in one transaction; per save, whether it was written.
pub(super) async fn commit(
    pool: &AnyPool,
    saves: &[&Save],
    stamp: Stamp,
) -> Result<Vec<bool>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let mut written = Vec::with_capacity(saves.len());
    for save in saves {
        written.push(write(&mut tx, save, stamp).await?);
    }
    tx.commit().await?;
    Ok(written)
}

/// What a save's caller hears back: its new expiry once committed.
type Reply = oneshot::Sender<Result<SystemTime, StoreError>>;

/// The queue into the single writer task; see the module docs.
#[derive(Debug, Clone)]
pub(super) struct GroupCommit {
    queue: mpsc::UnboundedSender<(Save, Reply)>,
}

/// What the writer task needs besides its queue.
pub(super) struct Writer {
    pub pool: AnyPool,
    /// The process's write turn, shared with inserts, touches and sweeps.
    pub turn: Arc<Mutex<()>>,
    pub clock: Arc<dyn Clock>,
    pub ttl_ms: i64,
}

impl GroupCommit {
    /// Spawns the writer task; it ends when the last handle is dropped.
    pub(super) fn spawn(writer: Writer) -> GroupCommit {
        let (queue, waiting) = mpsc::unbounded_channel();
        tokio::spawn(writer.run(waiting));
        GroupCommit { queue }
    }

    /// Queues `save` and waits until its batch is committed.
    pub(super) async fn save(&self, save: Save) -> Result<SystemTime, StoreError> {
        let (reply, replied) = oneshot::channel();
        let stopped = || StoreError::Unavailable("the database writer has stopped".into());
        self.queue.send((save, reply)).map_err(|_| stopped())?;
        replied.await.map_err(|_| stopped())?
    }
}

impl Writer {
    async fn run(self, mut waiting: mpsc::UnboundedReceiver<(Save, Reply)>) {
        let mut batch = Vec::with_capacity(MAX_BATCH);
        while waiting.recv_many(&mut batch, MAX_BATCH).await > 0 {
            let turn = self.turn.lock().await;
            // Saves that queued while the turn was taken join this batch.
            while batch.len() < MAX_BATCH {
                match waiting.try_recv() {
                    Ok(job) => batch.push(job),
                    Err(_) => break,
                }
            }
            self.commit_batch(&mut batch).await;
            drop(turn);
        }
    }

    fn stamp(&self) -> Stamp {
        let now = self.clock.now();
        let now_ms = millis(now);
        Stamp {
            now_ms,
            now_us: now
                .duration_since(std::time::UNIX_EPOCH)
                .map(|since| i64::try_from(since.as_micros()).unwrap_or(i64::MAX))
                .unwrap_or(0),
            expires_ms: now_ms.saturating_add(self.ttl_ms),
        }
    }

    /// Commits and answers every save in `batch`, leaving it empty.
    async fn commit_batch(&self, batch: &mut Vec<(Save, Reply)>) {
        let stamp = self.stamp();
        let saves: Vec<&Save> = batch.iter().map(|(save, _)| save).collect();
        let outcome = commit(&self.pool, &saves, stamp).await;
        match outcome {
            Ok(written) => {
                for ((_, reply), written) in batch.drain(..).zip(written) {
                    let _ = reply.send(answer(written, stamp));
                }
            }
            Err(error) if batch.len() == 1 => {
                if let Some((_, reply)) = batch.pop() {
                    let _ = reply.send(Err(db_error(error)));
                }
            }
            Err(_) => {
                // One bad save must not fail the others: each alone.
                for (save, reply) in batch.drain(..) {
                    let stamp = self.stamp();
                    let result = match commit(&self.pool, &[&save], stamp).await {
                        Ok(written) => answer(written.first() == Some(&true), stamp),
                        Err(error) => Err(db_error(error)),
                    };
                    let _ = reply.send(result);
                }
            }
        }
    }
}

fn answer(written: bool, stamp: Stamp) -> Result<SystemTime, StoreError> {
    if written {
        Ok(time_of(stamp.expires_ms))
    } else {
        Err(StoreError::Conflict)
    }
}
