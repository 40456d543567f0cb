//! Saving answers: group commit.
//!
//! Saves are written by [`commit`], the same statements on both databases:
//! one version-checked multi-row `UPDATE … FROM (VALUES …) RETURNING id`
//! for the quizzes and one multi-row `INSERT` for the answers of those it
//! moved on, so a transaction of many saves costs a few statements, not
//! two per save.
//!
//! A durable commit waits for the disk (with `synchronous = FULL`, SQLite
//! fsyncs every commit; PostgreSQL flushes its WAL), so one transaction per
//! answer caps a server at one flush per answer, and on SQLite, which has
//! one writer, also serialises them. [`GroupCommit`] hands every save to a
//! single writer task per process, which takes all the saves waiting at
//! that moment, writes them in one transaction, commits it (one flush) and
//! only then answers each caller. Nothing is acknowledged before its
//! commit, so the durability promise is unchanged; while one batch
//! commits, the next one gathers. Replicas each have their own writer; on
//! PostgreSQL their batches meet on row locks, and a save whose quiz a
//! rival replica moved on fails its version check there like anywhere else.
//!
//! Each save in a batch keeps its own version check: two saves of one quiz
//! in one batch are applied in order, and the second, which expected the
//! version the first replaced, is a [`StoreError::Conflict`] as it would be
//! in separate transactions. If a batch fails as a whole (a statement
//! errs, or PostgreSQL picks it as a deadlock victim against another
//! replica's batch), it is rolled back and each save is retried in a
//! transaction of its own, so one bad save fails alone.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::SystemTime;

use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Connection, Row};
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

/// The most rows one multi-row statement carries: 13 parameters per
/// attempt row stays far below SQLite's 32,766 and PostgreSQL's 65,535.
const ROWS_PER_STATEMENT: usize = 256;

/// The saves of `saves` in the order they must be applied: rounds in which
/// each quiz appears at most once, a quiz's later saves in later rounds.
/// Within a round the saves touch distinct quizzes, so one multi-row
/// statement applies them all with each save's own version check, exactly
/// as one statement per save in this order would.
fn rounds(saves: &[&Save]) -> Vec<Vec<usize>> {
    let mut rounds: Vec<Vec<usize>> = Vec::new();
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (index, save) in saves.iter().enumerate() {
        let round = seen.entry(save.quiz_id.as_str()).or_insert(0);
        if *round == rounds.len() {
            rounds.push(Vec::new());
        }
        rounds[*round].push(index);
        *round += 1;
    }
    rounds
}

/// `(ph, ph, …), (…)`: `rows` groups of `width` numbered placeholders,
/// numbered from `first`.
fn placeholders(rows: usize, width: usize, first: usize) -> String {
    let mut sql = String::with_capacity(rows * width * 5);
    for row in 0..rows {
        if row > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for column in 0..width {
            if column > 0 {
                sql.push_str(", ");
            }
            let number = first + row * width + column;
            sql.push_str(&format!("${number}"));
        }
        sql.push(')');
    }
    sql
}

/// Applies `saves` (distinct quizzes) in one version-checked `UPDATE`;
/// returns the ids of the quizzes it moved on.
async fn update_quizzes(
    tx: &mut AnyConnection,
    saves: &[&Save],
    stamp: Stamp,
) -> Result<HashSet<String>, sqlx::Error> {
    // VALUES columns are named column1, column2, … on both databases.
    let sql = format!(
        "UPDATE quizzes SET version = quizzes.version + 1, answered = v.column3, \
         last_used_us = $1, expires_at_ms = $2 \
         FROM (VALUES {}) AS v \
         WHERE quizzes.id = v.column1 AND quizzes.version = v.column2 \
         AND quizzes.expires_at_ms > $3 RETURNING id",
        placeholders(saves.len(), 3, 4)
    );
    let mut query = sqlx::query(&sql)
        .bind(stamp.now_us)
        .bind(stamp.expires_ms)
        .bind(stamp.now_ms);
    for save in saves {
        query = query
            .bind(save.quiz_id.as_str())
            .bind(save.expected_version)
            .bind(save.answered);
    }
    let rows = query.fetch_all(&mut *tx).await?;
    rows.iter().map(|row| row.try_get::<String, _>(0)).collect()
}

/// Records the answers of `saves` in multi-row `INSERT`s.
async fn insert_attempts(tx: &mut AnyConnection, saves: &[&Save]) -> Result<(), sqlx::Error> {
    let rows: Vec<(&Save, &Attempt)> = saves
        .iter()
        .flat_map(|save| save.attempts.iter().map(move |attempt| (*save, attempt)))
        .collect();
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let sql = format!(
            "INSERT INTO attempts (quiz_id, position, learner, question_id, fact_id, kind, \
             topic, skipped, answer, correct, score, feedback, answered_ms) VALUES {}",
            placeholders(chunk.len(), 13, 1)
        );
        let mut query = sqlx::query(&sql);
        for (save, attempt) in chunk {
            query = query
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
                .bind(millis(attempt.facts.answered_at));
        }
        query.execute(&mut *tx).await?;
    }
    Ok(())
}

/// Commits `saves` in one transaction; per save, whether it was written
/// (`false`: its quiz's version moved on, or it expired, and nothing of it
/// was written). However many saves, a round of distinct quizzes costs
/// one `UPDATE` and one `INSERT` (per [`ROWS_PER_STATEMENT`] rows).
pub(super) async fn commit(
    connection: &mut AnyConnection,
    saves: &[&Save],
    stamp: Stamp,
) -> Result<Vec<bool>, sqlx::Error> {
    let mut tx = connection.begin().await?;
    let mut written = vec![false; saves.len()];
    for round in rounds(saves) {
        for chunk in round.chunks(ROWS_PER_STATEMENT) {
            let chunk_saves: Vec<&Save> = chunk.iter().map(|&index| saves[index]).collect();
            let moved = update_quizzes(&mut tx, &chunk_saves, stamp).await?;
            let mut done = Vec::with_capacity(chunk.len());
            for &index in chunk {
                if moved.contains(&saves[index].quiz_id) {
                    written[index] = true;
                    done.push(saves[index]);
                }
            }
            insert_attempts(&mut tx, &done).await?;
        }
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
    /// Keep one connection for every batch (a SQLite file): its page cache
    /// stays warm, since SQLite drops a connection's cache whenever another
    /// connection wrote, and no batch waits on the pool. Not for
    /// `sqlite::memory:`, whose pool has one connection for everyone, nor
    /// for PostgreSQL, where a pooled connection is cheap and a held one
    /// would outlive a database restart.
    pub hold_connection: bool,
    /// SQLite only: the process's write turn, shared with inserts, touches
    /// and sweeps.
    pub turn: Option<Arc<Mutex<()>>>,
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
        let mut held = None;
        // `Pool::close` waits for every connection to come back, so the
        // held one is given back as soon as the pool closes.
        let closed = self.pool.close_event();
        tokio::pin!(closed);
        loop {
            tokio::select! {
                received = waiting.recv_many(&mut batch, MAX_BATCH) => {
                    if received == 0 {
                        break;
                    }
                }
                () = &mut closed, if held.is_some() => {
                    held = None;
                    continue;
                }
            }
            let turn = match &self.turn {
                Some(turn) => Some(turn.lock().await),
                None => None,
            };
            // Saves that queued while the turn was taken join this batch.
            while batch.len() < MAX_BATCH {
                match waiting.try_recv() {
                    Ok(job) => batch.push(job),
                    Err(_) => break,
                }
            }
            self.commit_batch(&mut held, &mut batch).await;
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

    /// Commits and answers every save in `batch`, leaving it empty, on the
    /// connection `held` (taken from the pool when there is none, and kept
    /// there after a good batch when [`Writer::hold_connection`]).
    async fn commit_batch(
        &self,
        held: &mut Option<PoolConnection<Any>>,
        batch: &mut Vec<(Save, Reply)>,
    ) {
        let mut connection = match held.take() {
            Some(connection) => connection,
            None => match self.pool.acquire().await {
                Ok(connection) => connection,
                Err(error) => {
                    let error = db_error(error);
                    for (_, reply) in batch.drain(..) {
                        let _ = reply.send(Err(error.clone()));
                    }
                    return;
                }
            },
        };
        let stamp = self.stamp();
        let saves: Vec<&Save> = batch.iter().map(|(save, _)| save).collect();
        let started = std::time::Instant::now();
        let outcome = commit(&mut connection, &saves, stamp).await;
        record_batch(batch.len(), started.elapsed());
        if outcome.is_ok() && self.hold_connection {
            *held = Some(connection);
        } else {
            // Back to the pool first: `sqlite::memory:` has no other.
            drop(connection);
        }
        self.answer_batch(batch, outcome, stamp).await
    }

    /// Answers every save in `batch` from `outcome`, its batch's commit;
    /// when that failed as a whole, commits each save alone, each on a
    /// connection from the pool (the batch's may be the one that broke).
    async fn answer_batch(
        &self,
        batch: &mut Vec<(Save, Reply)>,
        outcome: Result<Vec<bool>, sqlx::Error>,
        stamp: Stamp,
    ) {
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
                    let committed = match self.pool.acquire().await {
                        Ok(mut connection) => commit(&mut connection, &[&save], stamp).await,
                        Err(error) => Err(error),
                    };
                    let result = match committed {
                        Ok(written) => answer(written.first() == Some(&true), stamp),
                        Err(error) => Err(db_error(error)),
                    };
                    let _ = reply.send(result);
                }
            }
        }
    }
}

/// How many saves a commit carried and how long it took: the figures
/// that say whether group commit is grouping (`RUST_LOG=summit_quiz::store=debug`,
/// or the `summit_database_commit_batch_size` histogram with metrics on).
fn record_batch(saves: usize, took: std::time::Duration) {
    tracing::debug!(saves, micros = took.as_micros() as u64, "group commit");
    if crate::telemetry::enabled() {
        metrics::histogram!("summit_database_commit_batch_size").record(saves as f64);
    }
}

fn answer(written: bool, stamp: Stamp) -> Result<SystemTime, StoreError> {
    if written {
        Ok(time_of(stamp.expires_ms))
    } else {
        Err(StoreError::Conflict)
    }
}
