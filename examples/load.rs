//! A loopback load generator: measures each RPC against a same-run floor.
//!
//! ```text
//! cargo run --release --example load -- [--seconds 5] [--clients 8] [--channels 2]
//! cargo run --release --example load -- --addr 127.0.0.1:50051
//! ```
//!
//! Without `--addr` it serves the embedded facts in-process on `127.0.0.1:0`;
//! with it, it loads a running server, which must be on a loopback address.
//! `--clients` tasks share `--channels` HTTP/2 connections and call one RPC
//! at a time, in slices of `--slice-ms`. Each RPC is measured for
//! `--seconds` in all, and each of its slices is paired with a slice of
//! `grpc.health.v1.Health/Check` (the floor: the cheapest call the server
//! answers), ordered floor-rpc, rpc-floor, ... so drift on a noisy machine
//! hits both. Reported: req/s, p50 and p99 latency, errors, and the ratio of
//! the RPC's req/s to its paired floor's. A slice ends when its last call
//! does, so a run takes 2 × 4 × `--seconds` plus a warm-up and the calls in
//! flight at each slice's end. It is bounded in requests (`--max-requests`)
//! and every call has a 5 s timeout, so in time too. Exits non-zero on any
//! error. Figures are in `benches/RESULTS.md`.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use clap::Parser;
use summit_quiz::facts::FactBase;
use summit_quiz::proto::fact_service_client::FactServiceClient;
use summit_quiz::proto::quiz_service_client::QuizServiceClient;
use summit_quiz::proto::{
    AskRequest, CheckAnswerRequest, Difficulty, GenerateQuestionsRequest, GetFactRequest,
    ListFactsRequest, Question, QuestionKind, StartQuizRequest, SubmitAnswerRequest,
};
use summit_quiz::server;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tonic::transport::Channel;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;

/// The longest any one call may take before it counts as an error.
const CALL_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Parser)]
#[command(about = "Loopback load generator for summit-server.")]
struct Args {
    /// Load a running server at this loopback address (e.g. 127.0.0.1:50051)
    /// instead of starting one in-process.
    #[arg(long)]
    addr: Option<SocketAddr>,
    /// Seconds each RPC is measured for; its paired floor gets as long again.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=120))]
    seconds: u64,
    /// Concurrent clients, each with one call in flight.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=256))]
    clients: u64,
    /// HTTP/2 connections the clients share.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u64).range(1..=16))]
    channels: u64,
    /// Length of one slice (floor or RPC) in milliseconds.
    #[arg(long, default_value_t = 250, value_parser = clap::value_parser!(u64).range(20..=5000))]
    slice_ms: u64,
    /// Stop sending once this many requests have been sent in all.
    #[arg(long, default_value_t = 5_000_000)]
    max_requests: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rpc {
    Health,
    GetFact,
    ListFacts,
    Generate,
    CheckAnswer,
    SubmitAnswer,
    Ask,
}

const MEASURED: [Rpc; 6] = [
    Rpc::GetFact,
    Rpc::ListFacts,
    Rpc::Generate,
    Rpc::CheckAnswer,
    Rpc::SubmitAnswer,
    Rpc::Ask,
];

/// Learner questions for Ask, alternately one the article answers and one
/// it does not (the criterion benchmarks' pair): both paths are measured.
const ASKED: [(&str, bool); 2] = [
    ("where did they sign the pact", true),
    ("Who is the president of Kazakhstan?", false),
];

/// Questions per quiz the SubmitAnswer clients work through; each finished
/// quiz is replaced by a new one inside the call that finished it.
const QUIZ_LENGTH: i32 = 50;

impl Rpc {
    fn name(self) -> &'static str {
        match self {
            Rpc::Health => "grpc.health.v1.Health/Check",
            Rpc::GetFact => "summit.v1.FactService/GetFact",
            Rpc::ListFacts => "summit.v1.FactService/ListFacts (page of 20)",
            Rpc::Generate => "summit.v1.QuizService/GenerateQuestions (10)",
            Rpc::CheckAnswer => "summit.v1.QuizService/CheckAnswer",
            Rpc::SubmitAnswer => "QuizService/SubmitAnswer (+StartQuiz(50) per 50)",
            Rpc::Ask => "summit.v1.FactService/Ask (answered / abstains)",
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

/// What the calls ask about: every fact id, and typed answers that must be
/// graded right (a typo, a number in words, money in shorthand).
struct Fixtures {
    fact_ids: Vec<String>,
    answers: Vec<(String, String)>,
    /// Per client (call `n` modulo the client count): its quiz id and
    /// current question, so successive SubmitAnswer calls walk a quiz.
    quizzes: Vec<std::sync::Mutex<Option<(String, Question)>>>,
}

/// Starts a quiz for the SubmitAnswer clients; returns its id and first question.
async fn start_quiz(client: &mut Client, n: usize) -> Result<(String, Question), String> {
    let started = client
        .quiz
        .start_quiz(StartQuizRequest {
            count: QUIZ_LENGTH,
            seed: (n % 64) as u64 + 1,
            ..StartQuizRequest::default()
        })
        .await
        .map_err(|s| format!("StartQuiz: {:?}: {}", s.code(), s.message()))?
        .into_inner();
    let question = started.question.ok_or("StartQuiz returned no question")?;
    Ok((started.quiz_id, question))
}

/// An answer in the form `question` takes (SubmitAnswer refuses any other
/// as INVALID_ARGUMENT): a letter, a pairing per matching item, or words.
fn answer_for(question: &Question) -> String {
    if !question.matching_items.is_empty() {
        (1..=question.matching_items.len())
            .map(|item| format!("{item}-A"))
            .collect::<Vec<_>>()
            .join(" ")
    } else if !question.choices.is_empty() {
        "A".into()
    } else {
        "Astana".into()
    }
}

/// The outcome of one or more slices of one RPC.
#[derive(Default)]
struct Sample {
    ok: u64,
    errors: u64,
    elapsed: Duration,
    latencies: Vec<Duration>,
    first_error: Option<String>,
}

impl Sample {
    fn merge(&mut self, other: Sample) {
        self.ok += other.ok;
        self.errors += other.errors;
        self.elapsed += other.elapsed;
        self.latencies.extend(other.latencies);
        if self.first_error.is_none() {
            self.first_error = other.first_error;
        }
    }

    fn rate(&self) -> f64 {
        self.ok as f64 / self.elapsed.as_secs_f64().max(f64::MIN_POSITIVE)
    }

    /// Nearest-rank percentile, in milliseconds.
    fn percentile_ms(&mut self, p: f64) -> f64 {
        if self.latencies.is_empty() {
            return f64::NAN;
        }
        self.latencies.sort_unstable();
        let rank = (p / 100.0 * self.latencies.len() as f64).ceil() as usize;
        let index = rank.clamp(1, self.latencies.len()) - 1;
        self.latencies[index].as_secs_f64() * 1000.0
    }
}

async fn call(rpc: Rpc, client: &mut Client, n: usize, fixtures: &Fixtures) -> Result<(), String> {
    let status = |s: tonic::Status| format!("{:?}: {}", s.code(), s.message());
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
                    seed: (n % 64) as u64 + 1,
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
        Rpc::Ask => {
            let (question, answered) = ASKED[n % ASKED.len()];
            let response = client
                .facts
                .ask(AskRequest {
                    question: question.to_owned(),
                    source_id: String::new(),
                })
                .await
                .map_err(status)?;
            if response.get_ref().answered != answered {
                return Err(format!("Ask answered {question:?} unexpectedly"));
            }
        }
        Rpc::SubmitAnswer => {
            let slot = &fixtures.quizzes[n % fixtures.quizzes.len()];
            let current = slot.lock().map_err(|_| "poisoned")?.take();
            let (quiz_id, question) = match current {
                Some(current) => current,
                None => start_quiz(client, n).await?,
            };
            let response = client
                .quiz
                .submit_answer(SubmitAnswerRequest {
                    quiz_id: quiz_id.clone(),
                    answer: answer_for(&question),
                    question_id: question.id,
                    skip: false,
                })
                .await
                .map_err(status)?
                .into_inner();
            if response.grade.is_none() {
                return Err("SubmitAnswer returned no grade".into());
            }
            let next = match response.next_question {
                Some(next) => (quiz_id, next),
                None => start_quiz(client, n).await?,
            };
            *slot.lock().map_err(|_| "poisoned")? = Some(next);
        }
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
            let mut n = index;
            while Instant::now() < deadline
                && budget
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |b| b.checked_sub(1))
                    .is_ok()
            {
                let sent = Instant::now();
                let outcome =
                    tokio::time::timeout(CALL_TIMEOUT, call(rpc, &mut client, n, &fixtures)).await;
                let latency = sent.elapsed();
                match outcome {
                    Ok(Ok(())) => {
                        sample.ok += 1;
                        sample.latencies.push(latency);
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
    total
}

async fn connect(addr: SocketAddr) -> Result<Channel, tonic::transport::Error> {
    Channel::from_shared(format!("http://{addr}"))
        .expect("a socket address makes a valid uri")
        .connect()
        .await
}

/// Asks the server for what the calls will use.
async fn fixtures(client: &mut Client, clients: usize) -> Result<Fixtures, tonic::Status> {
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
        let question = client
            .quiz
            .generate_questions(GenerateQuestionsRequest {
                count: 1,
                kinds: vec![QuestionKind::ShortAnswer as i32],
                fact_ids: vec![fact.into()],
                difficulty: Difficulty::Medium as i32,
                seed: 1,
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
    Ok(Fixtures {
        fact_ids: facts.into_iter().map(|f| f.id).collect(),
        answers,
        quizzes: (0..clients).map(|_| std::sync::Mutex::new(None)).collect(),
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

async fn run(args: Args) -> Result<bool, Box<dyn std::error::Error>> {
    // Start the server in-process unless pointed at a running one.
    let mut server = None;
    let addr = match args.addr {
        Some(addr) if addr.ip().is_loopback() => addr,
        Some(addr) => return Err(format!("{addr} is not a loopback address").into()),
        None => {
            let listener = TcpListener::bind("127.0.0.1:0").await?;
            let addr = listener.local_addr()?;
            let facts = Arc::new(FactBase::embedded()?);
            let (stop, stopped) = oneshot::channel::<()>();
            let task = tokio::spawn(server::serve(listener, facts, async {
                let _ = stopped.await;
            }));
            server = Some((stop, task));
            addr
        }
    };

    let mut channels = Vec::new();
    for _ in 0..args.channels {
        channels.push(connect(addr).await?);
    }
    let clients: Vec<Client> = (0..args.clients as usize)
        .map(|i| {
            let channel = channels[i % channels.len()].clone();
            Client {
                health: HealthClient::new(channel.clone()),
                facts: FactServiceClient::new(channel.clone()),
                quiz: QuizServiceClient::new(channel),
            }
        })
        .collect();
    let fixtures = Arc::new(fixtures(&mut clients[0].clone(), clients.len()).await?);
    let budget = Arc::new(AtomicU64::new(args.max_requests));
    let length = Duration::from_millis(args.slice_ms);
    let rounds = (args.seconds * 1000).div_ceil(args.slice_ms);

    println!(
        "server {addr} ({}), {} clients over {} channel(s), {} × {} ms slices per RPC, at least {} s",
        if server.is_some() {
            "in-process"
        } else {
            "external"
        },
        args.clients,
        args.channels,
        rounds,
        args.slice_ms,
        (2 * rounds * MEASURED.len() as u64 + 5) * args.slice_ms / 1000,
    );

    // Warm-up: one unmeasured slice of everything.
    slice(Rpc::Health, length, &clients, &fixtures, &budget).await;
    for rpc in MEASURED {
        slice(rpc, length, &clients, &fixtures, &budget).await;
    }

    let mut measured: Vec<(Sample, Sample)> = MEASURED
        .iter()
        .map(|_| (Sample::default(), Sample::default()))
        .collect();
    for round in 0..rounds {
        for (i, rpc) in MEASURED.into_iter().enumerate() {
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
            measured[i].0.merge(floor);
            measured[i].1.merge(sample);
        }
    }

    let mut all_floors = Sample::default();
    let mut rows = Vec::new();
    for (rpc, (floor, sample)) in MEASURED.into_iter().zip(measured) {
        let floor_rate = floor.rate();
        rows.push((rpc, sample, Some(floor_rate)));
        all_floors.merge(floor);
    }
    rows.insert(0, (Rpc::Health, all_floors, None));

    println!();
    println!(
        "| {:<45} | {:>9} | {:>8} | {:>8} | {:>6} | {:>15} | {:>14} |",
        "RPC", "req/s", "p50 ms", "p99 ms", "errors", "paired floor/s", "ratio to floor"
    );
    println!(
        "|{:-<47}|{:->11}|{:->10}|{:->10}|{:->8}|{:->17}|{:->16}|",
        ":", ":", ":", ":", ":", ":", ":"
    );
    let mut errors = 0;
    for (rpc, mut sample, floor_rate) in rows {
        errors += sample.errors;
        let (floor, ratio) = match floor_rate {
            Some(rate) => (format!("{rate:.0}"), sample.rate() / rate),
            None => ("—".to_owned(), 1.0),
        };
        println!(
            "| {:<45} | {:>9.0} | {:>8.3} | {:>8.3} | {:>6} | {:>15} | {:>14.3} |",
            rpc.name(),
            sample.rate(),
            sample.percentile_ms(50.0),
            sample.percentile_ms(99.0),
            sample.errors,
            floor,
            ratio,
        );
        if let Some(error) = &sample.first_error {
            println!("  first error of {}: {error}", rpc.name());
        }
    }
    if budget.load(Ordering::Relaxed) == 0 {
        println!(
            "\nstopped early: --max-requests {} reached",
            args.max_requests
        );
    }

    if let Some((stop, task)) = server {
        let _ = stop.send(());
        tokio::time::timeout(Duration::from_secs(15), task).await???;
    }
    Ok(errors == 0)
}
