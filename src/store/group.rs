//! Saving answers: group commit.
//!
//! Saves are written by [`commit`], the same statements on both databases:
//! one version-checked multi-row `UPDATE … FROM (VALUES …)` for the
//! quizzes, which marks each quiz it moves on with a token of its own
//! (`quizzes.saved_by`), a `SELECT` of the saves it did not apply (no rows
//! unless a save lost a race), and one multi-row `INSERT … SELECT` of the
//! answers joined to the quizzes carrying that token, so a transaction of
//! many saves costs a few statements, not two per save, and the `INSERT`
//! needs nothing back from the `UPDATE`. On SQLite that lets the whole
//! transaction go to sqlx's worker thread as one command.
//!
//! A durable commit waits for the disk (with `synchronous = FULL`, SQLite
//! fsyncs every commit; PostgreSQL flushes its WAL), so one transaction per
//! answer caps a server at one flush per answer, and on SQLite, which has
//! one writer, also serialises them. On a SQLite file the writer's held
//! connection commits at `synchronous = NORMAL` and the writer's flusher
//! threads flush the WAL (`fdatasync`) beside it, answering a batch only
//! once a flush that began after its commit is done; meanwhile the next
//! batch is written, so flushes overlap (up to [`MAX_FLUSHES`]) instead of
//! each batch waiting for the last one's, and batches committed while
//! every flusher is busy share the next flush. There the writer runs on a
//! thread of its own (see [`GroupCommit::spawn`]). [`GroupCommit`] hands
//! every save to a single writer per process, which takes all the saves waiting at
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
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use sqlx::any::AnyRow;
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Connection, Row};
use tokio::sync::{Mutex, mpsc, oneshot};

use super::sql::{count_i64, db_error, millis, time_of};
use super::{AttemptFacts, Clock, StoreError};
use crate::session::{QuizSession, Submission};

/// The most saves one transaction takes: bounds the time a batch holds the
/// write lock, and a batch's size in memory.
const MAX_BATCH: usize = 256;

/// The most WAL flushes in flight beside the writer, one per flusher
/// thread: a disk takes several at once (two overlapping `fdatasync`s each
/// take about as long as one alone on the reference machine). Batches
/// committed while every flusher is busy wait, and the first flusher free
/// takes them all into one flush.
const MAX_FLUSHES: usize = 4;

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

/// A bound value: Any's types, borrowed from the saves.
#[derive(Debug, Clone, Copy)]
enum Value<'a> {
    Int(i64),
    Float(f64),
    Text(&'a str),
}

/// How a batch's statements write their placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placeholders {
    /// `?`, taken in order across the whole command: SQLite runs a batch
    /// as one command, and finds an anonymous parameter at once where a
    /// numbered one costs a scan of the statement's parameter names.
    Anonymous,
    /// `$1`, `$2`, … from 1 in each statement: PostgreSQL runs the
    /// statements one by one.
    Numbered,
}

impl Placeholders {
    /// The conflict clause a batch's writes carry: `OR FAIL` on SQLite.
    /// Under the default (`ABORT`), SQLite gives every multi-row write
    /// inside a transaction a statement journal, copying each page before
    /// it changes so that a failing statement can be undone alone; that
    /// copying was a tenth of the writer's time. `FAIL` keeps the rows
    /// already written when a statement fails, which changes nothing here:
    /// [`commit`] rolls the whole transaction back on any error. PostgreSQL
    /// has no such clause and needs none.
    fn or_fail(self) -> &'static str {
        match self {
            Placeholders::Anonymous => "OR FAIL ",
            Placeholders::Numbered => "",
        }
    }
}

/// One statement of a batch: its SQL and its arguments in placeholder
/// order.
#[derive(Debug)]
struct Statement<'a> {
    style: Placeholders,
    sql: String,
    args: Vec<Value<'a>>,
}

type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

impl<'a> Statement<'a> {
    fn new(style: Placeholders, sql: &str) -> Statement<'a> {
        Statement {
            style,
            sql: sql.to_owned(),
            args: Vec::new(),
        }
    }

    /// Appends `sql`, then a placeholder for `value`.
    fn arg(&mut self, sql: &str, value: Value<'a>) {
        self.sql.push_str(sql);
        self.args.push(value);
        match self.style {
            Placeholders::Anonymous => self.sql.push('?'),
            Placeholders::Numbered => self.sql.push_str(&format!("${}", self.args.len())),
        }
    }

    /// Appends `(a, b, …), (…)`: one parenthesised row per entry of `rows`.
    fn rows<const N: usize>(&mut self, rows: impl IntoIterator<Item = [Value<'a>; N]>) {
        for (index, row) in rows.into_iter().enumerate() {
            self.sql.push_str(if index == 0 { "(" } else { ", (" });
            for (column, value) in row.into_iter().enumerate() {
                self.arg(if column == 0 { "" } else { ", " }, value);
            }
            self.sql.push(')');
        }
    }
}

fn bind_all<'q>(mut query: AnyQuery<'q>, args: &[Value<'q>]) -> AnyQuery<'q> {
    for value in args {
        query = match *value {
            Value::Int(int) => query.bind(int),
            Value::Float(float) => query.bind(float),
            Value::Text(text) => query.bind(text),
        };
    }
    query
}

/// The version-checked `UPDATE` of distinct quizzes, marking each quiz it
/// moves on with `token`. It returns no rows: see [`unwritten`].
fn update_quizzes<'a>(
    saves: &[&'a Save],
    stamp: Stamp,
    token: i64,
    style: Placeholders,
) -> Statement<'a> {
    let mut statement = Statement::new(
        style,
        // VALUES columns are named column1, column2, … on both databases.
        &format!(
            "UPDATE {}quizzes SET version = quizzes.version + 1, answered = v.column3",
            style.or_fail()
        ),
    );
    statement.arg(", last_used_us = ", Value::Int(stamp.now_us));
    statement.arg(", expires_at_ms = ", Value::Int(stamp.expires_ms));
    statement.arg(", saved_by = ", Value::Int(token));
    statement.sql.push_str(" FROM (VALUES ");
    statement.rows(saves.iter().map(|save| {
        [
            Value::Text(save.quiz_id.as_str()),
            Value::Int(save.expected_version),
            Value::Int(save.answered),
        ]
    }));
    statement.arg(
        ") AS v WHERE quizzes.id = v.column1 AND quizzes.version = v.column2 \
         AND quizzes.expires_at_ms > ",
        Value::Int(stamp.now_ms),
    );
    statement
}

/// The `SELECT` that follows an `UPDATE` under `token`: the id and token
/// of each of `saves` that `UPDATE` did not apply (its quiz moved on, or
/// expired). It is usually empty, where a `RETURNING` of the quizzes moved
/// on would return a row per save; and on SQLite every row is one more
/// message from sqlx's worker thread to the writer, each a wake-up.
fn unwritten<'a>(saves: &[&'a Save], token: i64, style: Placeholders) -> Statement<'a> {
    let mut statement = Statement::new(style, "SELECT v.column1, v.column2 FROM (VALUES ");
    statement.rows(
        saves
            .iter()
            .map(|save| [Value::Text(save.quiz_id.as_str()), Value::Int(token)]),
    );
    statement.sql.push_str(
        ") AS v WHERE NOT EXISTS (SELECT 1 FROM quizzes \
         WHERE quizzes.id = v.column1 AND quizzes.saved_by = v.column2)",
    );
    statement
}

/// The `INSERT` of `rows`' answers for the quizzes the `UPDATE` under
/// `token` moved on: a save that UPDATE did not apply records nothing.
fn insert_attempts<'a>(
    rows: &[(&'a Save, &'a Attempt)],
    token: i64,
    style: Placeholders,
) -> Statement<'a> {
    let mut statement = Statement::new(
        style,
        &format!(
            "INSERT {}INTO attempts (quiz_id, position, learner, question_id, fact_id, kind, \
             topic, skipped, answer, correct, score, feedback, answered_ms) \
             SELECT v.column1, v.column2, v.column3, v.column4, v.column5, v.column6, \
             v.column7, v.column8, v.column9, v.column10, v.column11, v.column12, v.column13 \
             FROM (VALUES ",
            style.or_fail()
        ),
    );
    statement.rows(rows.iter().map(|(save, attempt)| {
        [
            Value::Text(save.quiz_id.as_str()),
            Value::Int(attempt.position),
            Value::Text(save.learner.as_str()),
            Value::Text(attempt.question_id.as_str()),
            Value::Text(attempt.facts.fact_id.as_str()),
            Value::Text(attempt.facts.kind.as_str()),
            Value::Text(attempt.facts.topic.as_str()),
            Value::Int(attempt.skipped),
            Value::Text(attempt.answer.as_str()),
            Value::Int(attempt.correct),
            Value::Float(attempt.score),
            Value::Text(attempt.feedback.as_str()),
            Value::Int(millis(attempt.facts.answered_at)),
        ]
    }));
    statement.arg(
        ") AS v JOIN quizzes ON quizzes.id = v.column1 WHERE quizzes.saved_by = ",
        Value::Int(token),
    );
    statement
}

/// A batch's statements, in order, and the token of each save's `UPDATE`:
/// per round (and per [`ROWS_PER_STATEMENT`] saves) one `UPDATE` under a
/// token of its own and the [`unwritten`] check of it, then the `INSERT`s
/// of its answers.
fn statements<'a>(
    saves: &[&'a Save],
    stamp: Stamp,
    style: Placeholders,
) -> (Vec<Statement<'a>>, Vec<i64>) {
    // Random, low 16 bits clear and never 0 (a quiz never saved): adding
    // an UPDATE's index keeps the batch's tokens distinct and non-zero,
    // and unlike any a quiz already carries from an earlier batch.
    let base = match rand::random::<i64>() & !0xffff {
        0 => 0x1_0000,
        base => base,
    };
    let mut statements = Vec::new();
    let mut tokens = vec![0; saves.len()];
    for (index, chunk) in rounds(saves)
        .iter()
        .flat_map(|round| round.chunks(ROWS_PER_STATEMENT))
        .enumerate()
    {
        let token = base.wrapping_add(count_i64(index));
        let chunk_saves: Vec<&Save> = chunk.iter().map(|&save| saves[save]).collect();
        for &save in chunk {
            tokens[save] = token;
        }
        statements.push(update_quizzes(&chunk_saves, stamp, token, style));
        // Before any later UPDATE can mark these quizzes with its token.
        statements.push(unwritten(&chunk_saves, token, style));
        let rows: Vec<(&Save, &Attempt)> = chunk_saves
            .iter()
            .flat_map(|save| save.attempts.iter().map(move |attempt| (*save, attempt)))
            .collect();
        for rows in rows.chunks(ROWS_PER_STATEMENT) {
            statements.push(insert_attempts(rows, token, style));
        }
    }
    (statements, tokens)
}

/// Commits `saves` in one transaction; per save, whether it was written
/// (`false`: its quiz's version moved on, or it expired, and nothing of it
/// was written). However many saves, a round of distinct quizzes costs
/// one `UPDATE`, one `SELECT` and one `INSERT` (per [`ROWS_PER_STATEMENT`]
/// rows).
///
/// On SQLite the whole transaction, `BEGIN IMMEDIATE` to `COMMIT`, is one
/// command to sqlx's worker thread: one hand-off per batch instead of one
/// per statement. PostgreSQL, which takes one statement with arguments at
/// a time, runs the same statements one by one.
pub(super) async fn commit(
    connection: &mut AnyConnection,
    saves: &[&Save],
    stamp: Stamp,
) -> Result<Vec<bool>, sqlx::Error> {
    let sqlite = connection.backend_name() == "SQLite";
    let style = if sqlite {
        Placeholders::Anonymous
    } else {
        Placeholders::Numbered
    };
    let (statements, tokens) = statements(saves, stamp, style);
    let rows = if sqlite {
        let (sql, args) = one_command(&statements);
        let rows = bind_all(sqlx::query(&sql), &args)
            .fetch_all(&mut *connection)
            .await;
        if rows.is_err() {
            // The command stopped at its error, maybe inside the
            // transaction (if not, this fails as "no transaction is
            // active", which is fine).
            let _ = sqlx::query("ROLLBACK").execute(&mut *connection).await;
        }
        rows?
    } else {
        let mut tx = connection.begin().await?;
        let mut rows = Vec::new();
        for statement in &statements {
            let query = bind_all(sqlx::query(&statement.sql), &statement.args);
            rows.extend(query.fetch_all(&mut *tx).await?);
        }
        tx.commit().await?;
        rows
    };
    written(saves, &tokens, &rows)
}

/// `statements` as one SQLite command, from `BEGIN IMMEDIATE` to `COMMIT`,
/// with all their arguments in order.
fn one_command<'a>(statements: &[Statement<'a>]) -> (String, Vec<Value<'a>>) {
    let mut sql = String::from("BEGIN IMMEDIATE;\n");
    let mut args = Vec::new();
    for statement in statements {
        sql.push_str(&statement.sql);
        sql.push_str(";\n");
        args.extend_from_slice(&statement.args);
    }
    sql.push_str("COMMIT");
    (sql, args)
}

/// Per save, whether the `UPDATE` under its token applied it: `rows` are
/// the saves [`unwritten`] found, by quiz id and token.
fn written(saves: &[&Save], tokens: &[i64], rows: &[AnyRow]) -> Result<Vec<bool>, sqlx::Error> {
    if rows.is_empty() {
        return Ok(vec![true; saves.len()]);
    }
    let mut missed = HashSet::with_capacity(rows.len());
    for row in rows {
        missed.insert((row.try_get::<String, _>(0)?, row.try_get::<i64, _>(1)?));
    }
    Ok(saves
        .iter()
        .zip(tokens)
        .map(|(save, token)| !missed.contains(&(save.quiz_id.clone(), *token)))
        .collect())
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
    /// Spawns the writer; it ends when the last handle is dropped.
    ///
    /// A writer that holds its connection (a SQLite file) runs on a thread
    /// of its own, with a single-threaded runtime, and its WAL flushes on
    /// flusher threads: a batch's commit is a round trip to sqlx's worker
    /// thread and back, and a writer task on the server's runtime, once
    /// woken by the reply, waited behind the requests ready to run before
    /// it went on; each flush was two more hand-offs (a task, then a
    /// blocking thread) and a third to answer. Elsewhere (PostgreSQL, whose
    /// connections are driven by the server's runtime, and
    /// `sqlite::memory:`) the writer is a task on the caller's runtime.
    pub(super) fn spawn(writer: Writer) -> GroupCommit {
        let (queue, waiting) = mpsc::unbounded_channel();
        if writer.hold_connection {
            let flushers = Flushers::spawn();
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build();
            let spawned = runtime
                .map_err(|error| error.to_string())
                .and_then(|runtime| {
                    std::thread::Builder::new()
                        .name("summit-writer".into())
                        .spawn(move || runtime.block_on(writer.run(waiting, Some(flushers))))
                        .map_err(|error| error.to_string())
                });
            if let Err(error) = spawned {
                // The queue's receiver is gone: every save is UNAVAILABLE
                // ("the database writer has stopped"), as when it fails.
                tracing::error!(%error, "cannot start the database writer's thread");
            }
        } else {
            tokio::spawn(writer.run(waiting, None));
        }
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
    async fn run(
        self,
        mut waiting: mpsc::UnboundedReceiver<(Save, Reply)>,
        flushers: Option<Flushers>,
    ) {
        let mut batch = Vec::with_capacity(MAX_BATCH);
        let mut held: Option<Held> = None;
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
                    if let Some(writer) = held.take() {
                        writer.release().await;
                    }
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
            self.commit_batch(&mut held, &mut batch, flushers.as_ref())
                .await;
            drop(turn);
        }
        if let Some(writer) = held.take() {
            writer.release().await;
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
        held: &mut Option<Held>,
        batch: &mut Vec<(Save, Reply)>,
        flushers: Option<&Flushers>,
    ) {
        let mut writer = match held.take() {
            Some(writer) => writer,
            None => match self.pool.acquire().await {
                Ok(connection) => self.hold(connection).await,
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
        let outcome = commit(&mut writer.connection, &saves, stamp).await;
        record_batch(batch.len(), started.elapsed());
        let wal = writer.wal.clone();
        if outcome.is_ok() && self.hold_connection {
            *held = Some(writer);
        } else {
            writer.release().await;
        }
        match (outcome, wal) {
            (Ok(written), Some(wal)) => answer_once_synced(batch, written, wal, stamp, flushers),
            (outcome, _) => self.answer_batch(batch, outcome, stamp).await,
        }
    }

    /// The connection the writer keeps (see [`Writer::hold_connection`]).
    /// On a SQLite file it commits with `synchronous = NORMAL`, and the
    /// writer fsyncs the WAL itself before answering (see `sql`'s module
    /// docs); if that cannot be set up it stays at FULL.
    async fn hold(&self, connection: PoolConnection<Any>) -> Held {
        let mut held = Held {
            connection,
            wal: None,
        };
        if self.hold_connection {
            held.wal = wal_path(&mut held.connection).await;
            if held.wal.is_some()
                && sqlx::query("PRAGMA synchronous = NORMAL")
                    .execute(&mut *held.connection)
                    .await
                    .is_err()
            {
                held.wal = None;
            }
        }
        held
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

/// Answers `batch`, committed as `written`, once the WAL it was committed
/// to is on disk: a flusher thread does it while the writer goes on to the
/// next batch, so flushes overlap instead of queuing, yet nothing is
/// acknowledged before a flush that began after its commit. Without
/// flushers, the writer flushes it itself.
fn answer_once_synced(
    batch: &mut Vec<(Save, Reply)>,
    written: Vec<bool>,
    wal: PathBuf,
    stamp: Stamp,
    flushers: Option<&Flushers>,
) {
    let replies: Vec<(Reply, bool)> = batch
        .drain(..)
        .map(|(_, reply)| reply)
        .zip(written)
        .collect();
    let flush = Flush {
        wal,
        replies,
        stamp,
    };
    let unsent = match flushers {
        Some(flushers) => flushers.jobs.send(flush).err().map(|error| error.0),
        None => Some(flush),
    };
    if let Some(flush) = unsent {
        flush_and_answer(vec![flush]);
    }
}

/// A committed batch waiting for its WAL flush: what its callers hear
/// once the flush is done.
struct Flush {
    wal: PathBuf,
    replies: Vec<(Reply, bool)>,
    stamp: Stamp,
}

/// The writer's flusher threads ([`MAX_FLUSHES`]), fed committed batches;
/// they end when the writer drops this.
struct Flushers {
    jobs: std::sync::mpsc::Sender<Flush>,
}

impl Flushers {
    /// Starts the flusher threads. Should none start, batches are flushed
    /// by the writer itself (sent to no thread, they come back to it).
    fn spawn() -> Flushers {
        let (jobs, waiting) = std::sync::mpsc::channel::<Flush>();
        let waiting = Arc::new(std::sync::Mutex::new(waiting));
        for index in 0..MAX_FLUSHES {
            let waiting = Arc::clone(&waiting);
            let started = std::thread::Builder::new()
                .name(format!("summit-flush-{index}"))
                .spawn(move || while flush_and_answer(take_flushes(&waiting)) {});
            if let Err(error) = started {
                tracing::warn!(%error, "cannot start a WAL flusher thread");
            }
        }
        Flushers { jobs }
    }
}

/// Every batch waiting to be flushed, once there is one (none: the writer
/// has stopped). All of them were committed before this returns, so one
/// flush that starts after it covers them all.
fn take_flushes(waiting: &std::sync::Mutex<std::sync::mpsc::Receiver<Flush>>) -> Vec<Flush> {
    let waiting = waiting
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let Ok(first) = waiting.recv() else {
        return Vec::new();
    };
    let mut flushes = vec![first];
    flushes.extend(waiting.try_iter());
    flushes
}

/// Flushes the WAL files of `flushes` (each once), then answers their
/// callers: their saves' outcomes, or UNAVAILABLE if a flush failed. False
/// when there was nothing to flush.
fn flush_and_answer(flushes: Vec<Flush>) -> bool {
    if flushes.is_empty() {
        return false;
    }
    let mut synced: Vec<(PathBuf, Option<String>)> = Vec::new();
    for flush in &flushes {
        if !synced.iter().any(|(wal, _)| *wal == flush.wal) {
            let failure = sync_file(&flush.wal).err().map(|error| error.to_string());
            synced.push((flush.wal.clone(), failure));
        }
    }
    for flush in flushes {
        let failure = synced
            .iter()
            .find(|(wal, _)| *wal == flush.wal)
            .and_then(|(_, failure)| failure.as_ref());
        for (reply, written) in flush.replies {
            let result = match failure {
                None => answer(written, flush.stamp),
                Some(reason) => Err(StoreError::Unavailable(format!(
                    "the database could not flush its log to disk: {reason}"
                ))),
            };
            let _ = reply.send(result);
        }
    }
    true
}

/// The writer's own connection, and the WAL file its commits must be
/// flushed to before they are acknowledged (`None`: it commits with
/// `synchronous = FULL`, which flushes inside the commit).
struct Held {
    connection: PoolConnection<Any>,
    wal: Option<PathBuf>,
}

impl Held {
    /// Gives the connection up after a failed batch or when the pool
    /// closes. One at `synchronous = NORMAL` is closed, never returned to
    /// the pool, where a caller would commit without a flush.
    async fn release(self) {
        if self.wal.is_some() {
            let _ = self.connection.close().await;
        } else {
            // Back to the pool: `sqlite::memory:` has no other.
            drop(self.connection);
        }
    }
}

/// The WAL file of the SQLite database `connection` writes, when it is a
/// file in WAL mode.
async fn wal_path(connection: &mut AnyConnection) -> Option<PathBuf> {
    let mode: String = sqlx::query("PRAGMA journal_mode")
        .fetch_one(&mut *connection)
        .await
        .ok()?
        .try_get(0)
        .ok()?;
    let file: String = sqlx::query("SELECT file FROM pragma_database_list WHERE name = 'main'")
        .fetch_one(&mut *connection)
        .await
        .ok()?
        .try_get(0)
        .ok()?;
    (mode.eq_ignore_ascii_case("wal") && !file.is_empty()).then(|| PathBuf::from(file + "-wal"))
}

/// Flushes `path`'s data to disk (`fdatasync`).
fn sync_file(path: &Path) -> std::io::Result<()> {
    std::fs::File::open(path)?.sync_data()
}

/// How many saves a commit carried and how long it took: the figures
/// that say whether group commit is grouping (`RUST_LOG=summit_quiz::store=debug`,
/// or the `summit_database_commit_batch_size` histogram with metrics on).
fn record_batch(saves: usize, took: std::time::Duration) {
    tracing::debug!(saves, micros = took.as_micros() as u64, "group commit");
    if crate::telemetry::enabled() {
        metrics::histogram!(crate::telemetry::COMMIT_BATCH_SIZE).record(saves as f64);
    }
}

fn answer(written: bool, stamp: Stamp) -> Result<SystemTime, StoreError> {
    if written {
        Ok(time_of(stamp.expires_ms))
    } else {
        Err(StoreError::Conflict)
    }
}
