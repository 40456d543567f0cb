//! The load benchmark: every main RPC beside `grpc.health.v1.Health/Check`
//! on the release `summit-server`, in one run.
//!
//! ```text
//! benches/load.sh                      # builds both in release, runs on SQLite
//! benches/load.sh --database-url postgres://postgres@127.0.0.1:54329/load
//! cargo run --release --example load -- --help
//! ```
//!
//! It starts `summit-server` itself (`--server`, default: the one beside
//! this binary in `target/release/`) on a free loopback port with a
//! throwaway SQLite file (or `--database-url`), `--starts` times, timing
//! each from spawn to its first SERVING health reply; the last one is
//! loaded. (`--addr` loads an already running loopback server instead.)
//!
//! `--concurrency` clients (32: one call in flight each, so 32 concurrent
//! streams) share `--channels` HTTP/2 connections. Each RPC is measured for
//! `--seconds` in `--slice-ms` slices, each paired with a slice of
//! Health/Check (the floor: the cheapest call the server answers), ordered
//! floor-RPC, RPC-floor, ... so drift on a noisy machine hits both. A call
//! counts only if it ends with grpc-status OK and a right reply (GetFact a
//! fact, CheckAnswer a right answer accepted, ...); anything else is an
//! error and the run exits non-zero. Latencies go into an HDR histogram.
//!
//! Reported: req/s, p50/p99, errors, the paired floor, the ratio and its
//! target; the server's peak and final RSS and threads; start-to-SERVING.
//! The table is printed and written into `benches/RESULTS.md` (a section
//! per database kind, replaced on each run; `--no-write` skips that).
//! Bounded: at most `--max-requests` calls, each with a 5 s timeout.
//! Not part of `cargo test`, apart from the formatting's unit tests.

mod flood;
mod report;
mod scrape;
mod spawn;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Parser;
use hdrhistogram::Histogram;
use summit_quiz::proto::fact_service_client::FactServiceClient;
use summit_quiz::proto::quiz_service_client::QuizServiceClient;
use summit_quiz::proto::{
    AskRequest, CheckAnswerRequest, Difficulty, GenerateQuestionsRequest, GetFactRequest,
    GetQuizRequest, ListFactsRequest, Question, QuestionKind, StartQuizRequest,
    SubmitAnswerRequest,
};
use tonic::transport::Channel;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;

use report::Row;
use spawn::Server;

/// The longest any one call may take before it counts as an error.
const CALL_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Parser)]
#[command(about = "Loopback load benchmark for summit-server.")]
struct Args {
    /// The summit-server binary to start (default: the one beside this
    /// example, i.e. target/release/summit-server).
    #[arg(long)]
    server: Option<PathBuf>,
    /// Database for the started server (default: a new SQLite file in a
    /// temporary directory, WAL + synchronous=FULL as always).
    #[arg(long)]
    database_url: Option<String>,
    /// Load an already running server at this loopback address instead of
    /// starting one (no start time or memory is then reported).
    #[arg(long)]
    addr: Option<SocketAddr>,
    /// Seconds each RPC is measured for; its paired floor gets as long again.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..=120))]
    seconds: u64,
    /// Concurrent clients, each with one call in flight.
    #[arg(long, default_value_t = 32, value_parser = clap::value_parser!(u64).range(1..=256))]
    concurrency: u64,
    /// HTTP/2 connections the clients share.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u64).range(1..=16))]
    channels: u64,
    /// Length of one slice (floor or RPC) in milliseconds.
    #[arg(long, default_value_t = 250, value_parser = clap::value_parser!(u64).range(20..=5000))]
    slice_ms: u64,
    /// How many times the server is started (and timed to SERVING).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=50))]
    starts: u64,
    /// Only these RPCs (comma-separated names as in the table, e.g.
    /// `SubmitAnswer,CheckAnswer`); default: all.
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// Stop sending once this many requests have been sent in all.
    #[arg(long, default_value_t = 5_000_000)]
    max_requests: u64,
    /// Print the table but leave benches/RESULTS.md alone.
    #[arg(long)]
    no_write: bool,
    /// Instead of the table: the 10× overload figure (see `flood.rs`), on
    /// a started server with its default limits, for `--seconds`.
    #[arg(long, conflicts_with = "addr")]
    flood: bool,
    /// With `--flood`: 10 × the in-flight bound of closed-loop callers
    /// instead of open-loop arrivals at 10 × the measured capacity.
    #[arg(long, requires = "flood")]
    closed_loop: bool,
    /// With `--flood`: offer this many calls a second instead of 10 × the
    /// measured capacity.
    #[arg(long, requires = "flood", conflicts_with = "closed_loop")]
    offered_rate: Option<u64>,
    /// One more argument for the started server (repeat for more), e.g.
    /// `--server-arg=--latency-target-ms=0`; after the benchmark's own.
    #[arg(long = "server-arg", allow_hyphen_values = true)]
    server_args: Vec<String>,
}

/// The table's server admits every one of its 32 concurrent calls, as it
/// measures throughput, not overload: heavy calls get the whole in-flight
/// bound and the limits do not adapt (the flood runs with the defaults).
const TABLE_SERVER_ARGS: [&str; 4] = ["--max-heavy-in-flight", "256", "--latency-target-ms", "0"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rpc {
    Health,
    GetFact,
    ListFacts,
    CheckAnswer,
    Generate,
    Ask,
    /// Ask with the spacing varied per call: the same questions
    /// (and the same work), but never a repeat the server's reply memo
    /// holds, so this row is what an unseen question costs.
    AskFresh,
    StartQuiz,
    SubmitAnswer,
    GetQuiz,
}

/// Measured in this order each round; StartQuiz comes before SubmitAnswer
/// and GetQuiz because the quizzes it starts are the ones they use.
const MEASURED: [Rpc; 9] = [
    Rpc::GetFact,
    Rpc::ListFacts,
    Rpc::CheckAnswer,
    Rpc::Generate,
    Rpc::Ask,
    Rpc::AskFresh,
    Rpc::StartQuiz,
    Rpc::SubmitAnswer,
    Rpc::GetQuiz,
];

/// Learner questions for Ask, alternately one the article answers and one
/// it does not: both paths are measured.
const ASKED: [(&str, bool); 2] = [
    ("where did they sign the pact", true),
    ("Who is the president of Kazakhstan?", false),
];

/// `question` spaced out after the bits of `n`: one to four spaces in
/// each gap between words (two bits each), then up to 31 trailing spaces
/// (five more bits). A different string for every `n` below 32 × 4^gaps
/// (32,768 for a six-word question), and the same question to Ask, which
/// splits words on any run of spaces.
fn reworded(question: &str, n: usize) -> String {
    let words: Vec<&str> = question.split(' ').collect();
    let gaps = words.len().saturating_sub(1);
    let mut spaced = String::new();
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            let width = 1 + ((n >> (2 * (index - 1))) & 3);
            spaced.push_str(&" ".repeat(width));
        }
        spaced.push_str(word);
    }
    let trailing = (n >> (2 * gaps)) & 31;
    spaced.push_str(&" ".repeat(trailing));
    spaced
}

/// Questions per quiz StartQuiz asks for.
const QUIZ_LENGTH: i32 = 10;

impl Rpc {
    /// The short name `--only` takes.
    fn short(self) -> &'static str {
        match self {
            Rpc::Health => "Health",
            Rpc::GetFact => "GetFact",
            Rpc::ListFacts => "ListFacts",
            Rpc::CheckAnswer => "CheckAnswer",
            Rpc::Generate => "GenerateQuestions",
            Rpc::Ask => "Ask",
            Rpc::AskFresh => "AskFresh",
            Rpc::StartQuiz => "StartQuiz",
            Rpc::SubmitAnswer => "SubmitAnswer",
            Rpc::GetQuiz => "GetQuiz",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Rpc::Health => "grpc.health.v1.Health/Check (floor)",
            Rpc::GetFact => "FactService/GetFact",
            Rpc::ListFacts => "FactService/ListFacts (page of 20)",
            Rpc::CheckAnswer => "QuizService/CheckAnswer (typed answers)",
            Rpc::Generate => "QuizService/GenerateQuestions (10, fresh seed)",
            Rpc::Ask => "FactService/Ask (answered / abstains, repeated)",
            Rpc::AskFresh => "FactService/Ask (the same, respaced: never a repeat)",
            Rpc::StartQuiz => "QuizService/StartQuiz (10 questions)",
            Rpc::SubmitAnswer => "QuizService/SubmitAnswer (durable)",
            Rpc::GetQuiz => "QuizService/GetQuiz",
        }
    }

    /// The ratio to the floor this RPC should reach.
    fn target(self, sqlite: bool) -> Option<f64> {
        match self {
            Rpc::GetFact => Some(0.95),
            Rpc::CheckAnswer => Some(0.9),
            Rpc::Generate | Rpc::Ask | Rpc::AskFresh => Some(0.6),
            Rpc::SubmitAnswer if sqlite => Some(0.3),
            _ => None,
        }
    }
}

/// One client's stubs; clones share their channel's connection.
#[derive(Clone)]
struct Client {
    health: HealthClient<Channel>,
    facts: FactServiceClient<Channel>,
    quiz: QuizServiceClient<Channel>,
}

impl Client {
    fn over(channel: Channel) -> Client {
        Client {
            health: HealthClient::new(channel.clone()),
            facts: FactServiceClient::new(channel.clone()),
            quiz: QuizServiceClient::new(channel),
        }
    }
}

/// What the calls ask about, and the quizzes in play.
struct Fixtures {
    fact_ids: Vec<String>,
    /// Question ids with a typed answer that must be graded right.
    answers: Vec<(String, String)>,
    /// Quizzes with their current question, waiting for an answer: StartQuiz
    /// adds, SubmitAnswer takes one, answers, and puts it back unless done.
    open: Mutex<Vec<(String, Question)>>,
    /// Every quiz started, for GetQuiz.
    started: Mutex<Vec<String>>,
    /// SubmitAnswer calls that found no open quiz and started one first
    /// (outside their timed call, but inside the slice).
    inline_starts: AtomicU64,
    /// The most answers one SubmitAnswer slice has recorded so far: how
    /// many open quizzes the next one may need (see [`top_up`]). The most,
    /// not the last: a slow slice followed by a fast one would otherwise
    /// run the pool dry and start quizzes inside the fast one.
    most_submits: AtomicU64,
    /// Quizzes [`top_up`] started.
    topped_up: AtomicU64,
}

/// At most this many open quizzes are kept for SubmitAnswer.
const MAX_OPEN: usize = 20_000;

impl Fixtures {
    fn add_quiz(&self, id: String, question: Question) {
        if let Ok(mut started) = self.started.lock()
            && started.len() < MAX_OPEN
        {
            started.push(id.clone());
        }
        if let Ok(mut open) = self.open.lock()
            && open.len() < MAX_OPEN
        {
            open.push((id, question));
        }
    }
}

/// An answer in the form `question` takes: a letter, a pairing per
/// matching item, or words.
fn answer_for(question: &Question) -> String {
    if !question.matching_items.is_empty() {
        // One letter per item: a letter given twice is refused.
        (1..=question.matching_items.len())
            .zip(&question.choices)
            .map(|(item, choice)| format!("{item}-{}", choice.label))
            .collect::<Vec<_>>()
            .join(" ")
    } else if !question.choices.is_empty() {
        "A".into()
    } else {
        "Astana".into()
    }
}

/// A seed per call that no earlier call used (so no cache can help).
fn fresh_seed(n: usize) -> u64 {
    (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1
}

/// The outcome of one or more slices of one RPC.
struct Sample {
    ok: u64,
    errors: u64,
    elapsed: Duration,
    /// Microseconds.
    latencies: Histogram<u64>,
    first_error: Option<String>,
}

impl Default for Sample {
    fn default() -> Sample {
        Sample {
            ok: 0,
            errors: 0,
            elapsed: Duration::ZERO,
            latencies: Histogram::new_with_bounds(1, 60_000_000, 3)
                .expect("valid histogram bounds"),
            first_error: None,
        }
    }
}

impl Sample {
    fn merge(&mut self, other: Sample) {
        self.ok += other.ok;
        self.errors += other.errors;
        self.elapsed += other.elapsed;
        self.latencies
            .add(&other.latencies)
            .expect("every sample histogram has the same bounds");
        if self.first_error.is_none() {
            self.first_error = other.first_error;
        }
    }

    fn rate(&self) -> f64 {
        self.ok as f64 / self.elapsed.as_secs_f64().max(f64::MIN_POSITIVE)
    }

    fn percentile_ms(&self, p: f64) -> f64 {
        self.latencies.value_at_quantile(p / 100.0) as f64 / 1000.0
    }

    fn row(&self, rpc: Rpc, floor: Option<f64>, sqlite: bool) -> Row {
        Row {
            name: rpc.label().to_owned(),
            rate: self.rate(),
            p50_ms: self.percentile_ms(50.0),
            p99_ms: self.percentile_ms(99.0),
            errors: self.errors,
            floor,
            target: floor.and(rpc.target(sqlite)),
        }
    }
}

fn status(s: tonic::Status) -> String {
    format!("{:?}: {}", s.code(), s.message())
}

/// Starts a quiz; returns its id and first question.
async fn start_quiz(client: &mut Client, n: usize) -> Result<(String, Question), String> {
    let started = client
        .quiz
        .start_quiz(StartQuizRequest {
            count: QUIZ_LENGTH,
            seed: fresh_seed(n),
            ..StartQuizRequest::default()
        })
        .await
        .map_err(|s| format!("StartQuiz: {}", status(s)))?
        .into_inner();
    let question = started.question.ok_or("StartQuiz returned no question")?;
    Ok((started.quiz_id, question))
}

async fn call(rpc: Rpc, client: &mut Client, n: usize, fixtures: &Fixtures) -> Result<(), String> {
    match rpc {
        Rpc::Health => {
            let response = client
                .health
                .check(HealthCheckRequest::default())
                .await
                .map_err(status)?;
            if response.get_ref().status() != ServingStatus::Serving {
                return Err("health is not SERVING".into());
            }
        }
        Rpc::GetFact => {
            let id = fixtures.fact_ids[n % fixtures.fact_ids.len()].clone();
            let response = client
                .facts
                .get_fact(GetFactRequest { id })
                .await
                .map_err(status)?;
            if response.get_ref().fact.is_none() {
                return Err("GetFact returned no fact".into());
            }
        }
        Rpc::ListFacts => {
            let response = client
                .facts
                .list_facts(ListFactsRequest {
                    page_size: 20,
                    ..ListFactsRequest::default()
                })
                .await
                .map_err(status)?;
            if response.get_ref().facts.len() != 20 {
                return Err("ListFacts returned a short page".into());
            }
        }
        Rpc::Generate => {
            let response = client
                .quiz
                .generate_questions(GenerateQuestionsRequest {
                    count: 10,
                    difficulty: Difficulty::Medium as i32,
                    seed: fresh_seed(n),
                    ..GenerateQuestionsRequest::default()
                })
                .await
                .map_err(status)?;
            if response.get_ref().questions.len() != 10 {
                return Err("GenerateQuestions returned fewer than 10".into());
            }
        }
        Rpc::CheckAnswer => {
            let (question_id, answer) = fixtures.answers[n % fixtures.answers.len()].clone();
            let response = client
                .quiz
                .check_answer(CheckAnswerRequest {
                    question_id,
                    answer,
                })
                .await
                .map_err(status)?;
            if !response.get_ref().grade.as_ref().is_some_and(|g| g.correct) {
                return Err("CheckAnswer did not accept a right answer".into());
            }
        }
        Rpc::Ask | Rpc::AskFresh => {
            let (question, answered) = ASKED[n % ASKED.len()];
            let asked = if rpc == Rpc::AskFresh {
                reworded(question, n / ASKED.len())
            } else {
                question.to_owned()
            };
            let response = client
                .facts
                .ask(AskRequest {
                    question: asked,
                    source_id: String::new(),
                })
                .await
                .map_err(status)?;
            if response.get_ref().answered != answered {
                return Err(format!("Ask answered {question:?} unexpectedly"));
            }
        }
        Rpc::StartQuiz => {
            let (id, question) = start_quiz(client, n).await?;
            fixtures.add_quiz(id, question);
        }
        Rpc::SubmitAnswer => unreachable!("timed by `timed_submit`"),
        Rpc::GetQuiz => {
            let id = {
                let started = fixtures.started.lock().map_err(|_| "poisoned")?;
                if started.is_empty() {
                    return Err("no quiz was started".into());
                }
                started[n % started.len()].clone()
            };
            let response = client
                .quiz
                .get_quiz(GetQuizRequest { quiz_id: id })
                .await
                .map_err(status)?;
            if response.get_ref().quiz.is_none() {
                return Err("GetQuiz returned no quiz".into());
            }
        }
    }
    Ok(())
}

/// SubmitAnswer: takes an open quiz (starting one, untimed, if none is
/// left), times only the SubmitAnswer call, and keeps the quiz open for
/// the next call unless that was its last question.
async fn timed_submit(
    client: &mut Client,
    n: usize,
    fixtures: &Fixtures,
) -> Result<Result<Duration, String>, tokio::time::error::Elapsed> {
    let taken = fixtures.open.lock().ok().and_then(|mut open| open.pop());
    let (quiz_id, question) = match taken {
        Some(taken) => taken,
        None => {
            fixtures.inline_starts.fetch_add(1, Ordering::Relaxed);
            match tokio::time::timeout(CALL_TIMEOUT, start_quiz(client, n)).await? {
                Ok(started) => started,
                Err(error) => return Ok(Err(error)),
            }
        }
    };
    let sent = Instant::now();
    let id = quiz_id.clone();
    let outcome = tokio::time::timeout(CALL_TIMEOUT, async {
        let next = client
            .quiz
            .submit_answer(SubmitAnswerRequest {
                quiz_id: id,
                answer: answer_for(&question),
                question_id: question.id.clone(),
                skip: false,
            })
            .await
            .map_err(status)?
            .into_inner();
        if next.grade.is_none() {
            return Err("SubmitAnswer returned no grade".to_owned());
        }
        Ok(next.next_question)
    })
    .await?;
    let latency = sent.elapsed();
    Ok(outcome.map(|next| {
        if let Some(next) = next
            && let Ok(mut open) = fixtures.open.lock()
        {
            open.push((quiz_id, next));
        }
        latency
    }))
}

/// Before a SubmitAnswer slice, and outside it: starts quizzes until there
/// are open ones for twice what the busiest slice answered (a quiz takes 10
/// answers; every client holds one), so the slice times SubmitAnswer, not
/// StartQuiz calls made because the pool ran dry.
async fn top_up(clients: &[Client], fixtures: &Arc<Fixtures>) -> Result<(), String> {
    let last = fixtures.most_submits.load(Ordering::Relaxed) as usize;
    let want = (2 * clients.len() + 64 + last / 5).min(MAX_OPEN);
    let open = fixtures.open.lock().map(|open| open.len()).unwrap_or(0);
    let missing = want.saturating_sub(open);
    let mut tasks = tokio::task::JoinSet::new();
    for (index, client) in clients.iter().enumerate() {
        let mut client = client.clone();
        let fixtures = Arc::clone(fixtures);
        let share = missing / clients.len() + usize::from(index < missing % clients.len());
        tasks.spawn(async move {
            for _ in 0..share {
                // Seeds apart from the slices' (which count from 0).
                let n =
                    usize::MAX / 2 + fixtures.topped_up.fetch_add(1, Ordering::Relaxed) as usize;
                let (id, question) = start_quiz(&mut client, n).await?;
                fixtures.add_quiz(id, question);
            }
            Ok::<(), String>(())
        });
    }
    while let Some(joined) = tasks.join_next().await {
        joined.map_err(|error| format!("a quiz-starting task failed: {error}"))??;
    }
    Ok(())
}

/// Runs `rpc` from every client for `length`; calls in flight at the end
/// finish and count, and the slice lasts until the last of them does.
async fn slice(
    rpc: Rpc,
    length: Duration,
    clients: &[Client],
    fixtures: &Arc<Fixtures>,
    budget: &Arc<AtomicU64>,
) -> Sample {
    if rpc == Rpc::SubmitAnswer
        && let Err(error) = top_up(clients, fixtures).await
    {
        return Sample {
            errors: 1,
            first_error: Some(error),
            ..Sample::default()
        };
    }
    let start = Instant::now();
    let deadline = start + length;
    let stride = clients.len();
    let mut tasks = tokio::task::JoinSet::new();
    for (index, client) in clients.iter().enumerate() {
        let mut client = client.clone();
        let fixtures = Arc::clone(fixtures);
        let budget = Arc::clone(budget);
        tasks.spawn(async move {
            let mut sample = Sample::default();
            let mut n = index + stride * (start.elapsed().as_nanos() as usize % 1_000_003);
            while Instant::now() < deadline
                && budget
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |b| b.checked_sub(1))
                    .is_ok()
            {
                let outcome = if rpc == Rpc::SubmitAnswer {
                    timed_submit(&mut client, n, &fixtures).await
                } else {
                    let sent = Instant::now();
                    tokio::time::timeout(CALL_TIMEOUT, call(rpc, &mut client, n, &fixtures))
                        .await
                        .map(|done| done.map(|()| sent.elapsed()))
                };
                match outcome {
                    Ok(Ok(latency)) => {
                        sample.ok += 1;
                        let micros = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
                        sample.latencies.saturating_record(micros.max(1));
                    }
                    Ok(Err(error)) => {
                        sample.errors += 1;
                        sample.first_error.get_or_insert(error);
                    }
                    Err(_) => {
                        sample.errors += 1;
                        sample.first_error.get_or_insert("timed out".into());
                    }
                }
                n += stride;
            }
            sample
        });
    }
    let mut total = Sample::default();
    while let Some(joined) = tasks.join_next().await {
        total.merge(joined.expect("a client task panicked"));
    }
    total.elapsed = start.elapsed();
    if rpc == Rpc::SubmitAnswer {
        fixtures.most_submits.fetch_max(total.ok, Ordering::Relaxed);
    }
    total
}

/// Asks the server for what the calls will use.
async fn fixtures(client: &mut Client) -> Result<Fixtures, tonic::Status> {
    let facts = client
        .facts
        .list_facts(ListFactsRequest {
            page_size: 100,
            ..ListFactsRequest::default()
        })
        .await?
        .into_inner()
        .facts;
    let mut answers = Vec::new();
    for (fact, answer) in [
        ("treaty-signing-city", "Astna"),
        ("training-opportunities-count", "three thousand"),
        ("grant-amount-dollars", "$209m"),
    ] {
        // Several seeds per fact: several distinct question ids.
        for seed in 1..=4 {
            let question = client
                .quiz
                .generate_questions(GenerateQuestionsRequest {
                    count: 1,
                    kinds: vec![QuestionKind::ShortAnswer as i32],
                    fact_ids: vec![fact.into()],
                    difficulty: Difficulty::Medium as i32,
                    seed,
                    ..GenerateQuestionsRequest::default()
                })
                .await?
                .into_inner()
                .questions
                .into_iter()
                .next()
                .ok_or_else(|| tonic::Status::internal(format!("no question about {fact}")))?;
            answers.push((question.id, answer.to_owned()));
        }
    }
    Ok(Fixtures {
        fact_ids: facts.into_iter().map(|f| f.id).collect(),
        answers,
        open: Mutex::new(Vec::new()),
        started: Mutex::new(Vec::new()),
        inline_starts: AtomicU64::new(0),
        most_submits: AtomicU64::new(0),
        topped_up: AtomicU64::new(0),
    })
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    match run(args).await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("load: {error}");
            ExitCode::FAILURE
        }
    }
}

/// What the started server showed before and after the load.
struct ServerFacts {
    first_start: Duration,
    median_start: Duration,
    starts: usize,
    memory: Option<spawn::Memory>,
}

/// Starts the server `--starts` times on one database (the first start
/// creates it), keeping the last one running.
async fn start_server(
    args: &Args,
    database_url: &str,
    dir: &std::path::Path,
    extra: &[String],
) -> Result<(Server, Vec<Duration>), String> {
    let binary = match &args.server {
        Some(binary) => binary.clone(),
        None => spawn::default_binary().ok_or(
            "no summit-server beside this binary: run benches/load.sh, or \
             `cargo build --release --bin summit-server` first, or pass --server",
        )?,
    };
    let mut times = Vec::new();
    let mut last = None;
    for start in 0..args.starts {
        drop(last.take());
        let log = dir.join(format!("server-{start}.log"));
        let (server, time) = Server::start(&binary, database_url, &log, extra).await?;
        times.push(time);
        last = Some(server);
    }
    Ok((last.expect("at least one start"), times))
}

async fn run(args: Args) -> Result<bool, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let database_url = args
        .database_url
        .clone()
        .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("load.db").display()));
    let sqlite = database_url.starts_with("sqlite:");
    // The flood reads the server's own timing of admitted calls from its
    // metrics; the table's server keeps them off, as before.
    let metrics_addr = args
        .flood
        .then(|| std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()))
        .transpose()?;
    let mut extra: Vec<String> = match metrics_addr {
        Some(metrics) => vec!["--metrics-addr".into(), metrics.to_string()],
        None => TABLE_SERVER_ARGS.map(String::from).to_vec(),
    };
    extra.extend(args.server_args.iter().cloned());
    let (server, start_times) = match args.addr {
        Some(addr) if !addr.ip().is_loopback() => {
            return Err(format!("{addr} is not a loopback address").into());
        }
        Some(_) => (None, Vec::new()),
        None => {
            let (server, times) = start_server(&args, &database_url, dir.path(), &extra).await?;
            (Some(server), times)
        }
    };
    let addr = match (&server, args.addr) {
        (Some(server), _) => server.addr,
        (None, Some(addr)) => addr,
        (None, None) => unreachable!("a server is started unless --addr is given"),
    };

    let mut channels = Vec::new();
    for _ in 0..args.channels {
        channels.push(spawn::connect(addr).await?);
    }
    let clients: Vec<Client> = (0..args.concurrency as usize)
        .map(|i| Client::over(channels[i % channels.len()].clone()))
        .collect();
    let fixtures = Arc::new(fixtures(&mut clients[0].clone()).await?);
    if args.flood {
        return run_flood(
            &args,
            server.as_ref(),
            addr,
            metrics_addr,
            &clients[0],
            fixtures,
        )
        .await;
    }
    let budget = Arc::new(AtomicU64::new(args.max_requests));
    let length = Duration::from_millis(args.slice_ms);
    let rounds = (args.seconds * 1000).div_ceil(args.slice_ms);
    let measured: Vec<Rpc> = MEASURED
        .into_iter()
        .filter(|rpc| {
            args.only.is_empty()
                || args
                    .only
                    .iter()
                    .any(|o| o.eq_ignore_ascii_case(rpc.short()))
        })
        .collect();
    if measured.is_empty() {
        return Err(format!("--only names no RPC; use {:?}", MEASURED.map(Rpc::short)).into());
    }
    // SubmitAnswer and GetQuiz need quizzes; StartQuiz makes them.
    let mut order = measured.clone();
    if order
        .iter()
        .any(|rpc| matches!(rpc, Rpc::SubmitAnswer | Rpc::GetQuiz))
        && !order.contains(&Rpc::StartQuiz)
    {
        for n in 0..64 {
            let (id, question) = start_quiz(&mut clients[0].clone(), n).await?;
            fixtures.add_quiz(id, question);
        }
    }
    order.sort_by_key(|rpc| MEASURED.iter().position(|m| m == rpc));

    println!(
        "server {addr} ({database}), {} concurrent calls over {} connection(s), {} × {} ms slices per RPC",
        args.concurrency,
        args.channels,
        rounds,
        args.slice_ms,
        database = if server.is_some() {
            redact(&database_url)
        } else {
            "external".into()
        },
    );

    // Warm-up: one unmeasured slice of everything.
    slice(Rpc::Health, length, &clients, &fixtures, &budget).await;
    for &rpc in &order {
        slice(rpc, length, &clients, &fixtures, &budget).await;
    }
    // Quizzes the warm-up started inline are no measured slice's.
    fixtures.inline_starts.store(0, Ordering::Relaxed);

    let mut samples: Vec<(Sample, Sample)> = order.iter().map(|_| Default::default()).collect();
    for round in 0..rounds {
        for (i, &rpc) in order.iter().enumerate() {
            // ABBA: floor first in even rounds, the RPC first in odd ones.
            let (floor, sample) = if round % 2 == 0 {
                let floor = slice(Rpc::Health, length, &clients, &fixtures, &budget).await;
                (
                    floor,
                    slice(rpc, length, &clients, &fixtures, &budget).await,
                )
            } else {
                let sample = slice(rpc, length, &clients, &fixtures, &budget).await;
                (
                    slice(Rpc::Health, length, &clients, &fixtures, &budget).await,
                    sample,
                )
            };
            samples[i].0.merge(floor);
            samples[i].1.merge(sample);
        }
    }

    let mut all_floors = Sample::default();
    let mut rows = Vec::new();
    let mut first_errors = Vec::new();
    for (&rpc, (floor, sample)) in order.iter().zip(samples) {
        rows.push(sample.row(rpc, Some(floor.rate()), sqlite));
        if let Some(error) = &sample.first_error {
            first_errors.push(format!("first error of {}: {error}", rpc.label()));
        }
        all_floors.merge(floor);
    }
    if let Some(error) = &all_floors.first_error {
        first_errors.push(format!("first error of the floor: {error}"));
    }
    rows.insert(0, all_floors.row(Rpc::Health, None, sqlite));
    let errors: u64 = rows.iter().map(|row| row.errors).sum();

    let facts = server.as_ref().map(|server| {
        let mut times = start_times.clone();
        ServerFacts {
            first_start: start_times[0],
            median_start: spawn::median(&mut times),
            starts: start_times.len(),
            memory: server.memory(),
        }
    });
    let text = describe(&args, &database_url, &rows, facts.as_ref(), &fixtures);
    println!("\n{text}");
    for error in &first_errors {
        println!("{error}");
    }
    if budget.load(Ordering::Relaxed) == 0 {
        println!(
            "stopped early: --max-requests {} reached",
            args.max_requests
        );
    }
    if !args.no_write && server.is_some() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/RESULTS.md");
        let document = std::fs::read_to_string(&path).unwrap_or_default();
        let key = if sqlite { "sqlite" } else { "postgres" };
        std::fs::write(&path, report::splice(&document, key, &text))?;
        println!("written to {}", path.display());
    }
    drop(server);
    Ok(errors == 0)
}

/// `--flood`: open-loop arrivals at ten times the measured capacity (or
/// ten times the default in-flight bound of closed-loop callers); writes
/// its own section of `benches/RESULTS.md`.
async fn run_flood(
    args: &Args,
    server: Option<&Server>,
    addr: SocketAddr,
    metrics: Option<SocketAddr>,
    client: &Client,
    fixtures: Arc<Fixtures>,
) -> Result<bool, Box<dyn std::error::Error>> {
    // GetQuiz walks quizzes started before and during the flood.
    for n in 0..16 {
        let (id, question) = start_quiz(&mut client.clone(), n).await?;
        fixtures.add_quiz(id, question);
    }
    let in_flight = u64::from(summit_quiz::shield::Protection::DEFAULT_MAX_IN_FLIGHT);
    let most_in_flight = usize::try_from(in_flight * flood::OVERLOAD)?;
    let arrivals = if args.closed_loop {
        flood::Arrivals::Closed {
            callers: most_in_flight,
        }
    } else {
        let (rate, capacity) = match args.offered_rate {
            Some(rate) => (rate as f64, None),
            None => {
                let capacity =
                    flood::capacity(addr, Arc::clone(&fixtures), flood::CAPACITY_LENGTH).await?;
                println!("capacity: {capacity:.0} calls/s");
                (capacity * flood::OVERLOAD as f64, Some(capacity))
            }
        };
        flood::Arrivals::Open {
            rate,
            capacity,
            max_outstanding: most_in_flight,
        }
    };
    println!("flood: {arrivals:?} for {} s", args.seconds);
    let length = Duration::from_secs(args.seconds);
    let result = flood::run(
        addr,
        server,
        metrics,
        fixtures,
        arrivals,
        length,
        args.max_requests,
    )
    .await?;
    let loadavg = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let loadavg: Vec<&str> = loadavg.split_whitespace().take(3).collect();
    let flags: String = [
        if args.closed_loop {
            " --closed-loop"
        } else {
            ""
        }
        .to_owned(),
        args.offered_rate
            .map_or(String::new(), |rate| format!(" --offered-rate {rate}")),
        args.server_args
            .iter()
            .map(|arg| format!(" --server-arg={arg}"))
            .collect(),
    ]
    .concat();
    let header = format!(
        "### 10× overload (`cargo run --release --example load -- --flood --seconds {}{flags}`)\n\n\
         - When: {} UTC, commit `{}`, load average at the end {} (other builds running).",
        args.seconds,
        utc_now(),
        commit(),
        loadavg.join(" "),
    );
    let text = result.describe(in_flight, flood::RSS_BOUND_MIB, &header);
    println!("\n{text}");
    if !args.no_write {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/RESULTS.md");
        let document = std::fs::read_to_string(&path).unwrap_or_default();
        std::fs::write(&path, report::splice(&document, "flood", &text))?;
        println!("written to {}", path.display());
    }
    Ok(result.met(flood::RSS_BOUND_MIB))
}

/// The run's section: when and where it ran, the table, and the server's
/// start time and memory.
fn describe(
    args: &Args,
    database_url: &str,
    rows: &[Row],
    server: Option<&ServerFacts>,
    fixtures: &Fixtures,
) -> String {
    let loadavg = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let loadavg: Vec<&str> = loadavg.split_whitespace().take(3).collect();
    let commit = commit();
    let database = match &args.database_url {
        Some(_) => format!("`{}`", redact(database_url)),
        None => "a new SQLite file (WAL, synchronous = FULL)".to_owned(),
    };
    let mut text = format!(
        "### Load run on {database} (`benches/load.sh`)\n\n\
         - When: {} UTC, commit `{commit}`, load average at the end {} (other builds running).\n\
         - How: {} concurrent calls over {} HTTP/2 connection(s), {} s per RPC in {} ms slices, \
         each paired with a Health/Check slice (ABBA). Release `summit-server`, started by the benchmark \
         with `{}` so that every one of the concurrent calls is admitted (this table measures throughput; \
         the overload section below runs the default limits).\n",
        utc_now(),
        loadavg.join(" "),
        args.concurrency,
        args.channels,
        args.seconds,
        args.slice_ms,
        TABLE_SERVER_ARGS.join(" "),
    );
    if let Some(server) = server {
        text.push_str(&format!(
            "- Start to SERVING: first start (new database) {:.1} ms, median of {} starts {:.1} ms.\n",
            server.first_start.as_secs_f64() * 1000.0,
            server.starts,
            server.median_start.as_secs_f64() * 1000.0,
        ));
        if let Some(memory) = server.memory {
            text.push_str(&format!(
                "- Server memory after the run: peak RSS (VmHWM) {:.1} MiB, RSS {:.1} MiB, {} threads.\n",
                memory.peak_kib as f64 / 1024.0,
                memory.now_kib as f64 / 1024.0,
                memory.threads,
            ));
        }
    }
    let inline = fixtures.inline_starts.load(Ordering::Relaxed);
    if inline > 0 {
        text.push_str(&format!(
            "- SubmitAnswer found no open quiz {inline} times and started one first (untimed, but inside its slices).\n"
        ));
    }
    text.push('\n');
    text.push_str(&report::table(rows));
    text
}

/// The checked-out commit, `-dirty` if changed.
fn commit() -> String {
    std::process::Command::new("git")
        .args(["describe", "--always", "--dirty"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .map(|s| s.trim().to_owned())
        .unwrap_or_default()
}

/// The URL without a password.
fn redact(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// Now as `YYYY-MM-DD HH:MM`.
fn utc_now() -> String {
    chrono::Utc::now().format("%Y-%m-%d %H:%M").to_string()
}
