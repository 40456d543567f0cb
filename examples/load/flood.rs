//! `--flood`: the 10× overload figure. Ten times the server's in-flight
//! bound of callers, each with one call in flight at a time, send a mix of
//! the main RPCs for `--seconds`, while one separate connection probes
//! Health/Check back to back. Reported: calls admitted (OK, with their
//! p50/p99), shed (RESOURCE_EXHAUSTED, with how fast the refusal came),
//! other errors, the health probes' p50/p99/max, and the server's peak RSS
//! (VmHWM) and the most threads seen (sampled every 50 ms).
//!
//! The bar: health stays responsive, admitted p99 under 50 ms, and
//! RSS under the bound the README states.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;

use crate::spawn::{self, Memory};
use crate::{CALL_TIMEOUT, Client, Fixtures, Rpc};

/// The mix each caller walks through, one call after another.
const MIX: [Rpc; 7] = [
    Rpc::GetFact,
    Rpc::CheckAnswer,
    Rpc::Generate,
    Rpc::Ask,
    Rpc::ListFacts,
    Rpc::StartQuiz,
    Rpc::GetQuiz,
];

/// The multiple of the in-flight bound the flood runs at.
pub const OVERLOAD: u64 = 10;
/// The peak RSS the README promises under this flood.
pub const RSS_BOUND_MIB: f64 = 128.0;
/// The bar for admitted calls.
const ADMITTED_P99_MS: f64 = 50.0;

/// How one flood went.
pub struct Flood {
    pub callers: usize,
    pub connections: usize,
    pub elapsed: Duration,
    admitted: Histogram<u64>,
    shed: Histogram<u64>,
    errors: u64,
    first_error: Option<String>,
    health: Histogram<u64>,
    health_failures: u64,
    /// Peak RSS at the end and the most threads seen; `None` for a server
    /// this run did not start.
    pub memory: Option<Memory>,
    pub max_threads: u64,
}

fn histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, 60_000_000, 3).expect("valid histogram bounds")
}

fn micros(latency: Duration) -> u64 {
    u64::try_from(latency.as_micros())
        .unwrap_or(u64::MAX)
        .max(1)
}

fn ms(histogram: &Histogram<u64>, quantile: f64) -> f64 {
    histogram.value_at_quantile(quantile) as f64 / 1000.0
}

/// One caller's tally.
struct Tally {
    admitted: Histogram<u64>,
    shed: Histogram<u64>,
    errors: u64,
    first_error: Option<String>,
}

/// Calls `clients` (one task each) for `length`, each starting its walk
/// through [`MIX`] at its own index.
async fn callers(
    clients: Vec<Client>,
    fixtures: Arc<Fixtures>,
    length: Duration,
    budget: Arc<AtomicU64>,
) -> Tally {
    let deadline = Instant::now() + length;
    let mut tasks = tokio::task::JoinSet::new();
    for (index, mut client) in clients.into_iter().enumerate() {
        let fixtures = Arc::clone(&fixtures);
        let budget = Arc::clone(&budget);
        tasks.spawn(async move {
            let mut tally = Tally {
                admitted: histogram(),
                shed: histogram(),
                errors: 0,
                first_error: None,
            };
            let mut n = index;
            while Instant::now() < deadline
                && budget
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |b| b.checked_sub(1))
                    .is_ok()
            {
                let rpc = MIX[n % MIX.len()];
                let sent = Instant::now();
                let outcome =
                    tokio::time::timeout(CALL_TIMEOUT, crate::call(rpc, &mut client, n, &fixtures))
                        .await;
                let latency = micros(sent.elapsed());
                match outcome {
                    Ok(Ok(())) => tally.admitted.saturating_record(latency),
                    // `call` keeps the status code's name in its error.
                    Ok(Err(error)) if error.contains("ResourceExhausted:") => {
                        tally.shed.saturating_record(latency);
                    }
                    Ok(Err(error)) => {
                        tally.errors += 1;
                        tally.first_error.get_or_insert(error);
                    }
                    Err(_) => {
                        tally.errors += 1;
                        tally.first_error.get_or_insert("timed out".into());
                    }
                }
                n += MIX.len() + 1;
            }
            tally
        });
    }
    let mut total = Tally {
        admitted: histogram(),
        shed: histogram(),
        errors: 0,
        first_error: None,
    };
    while let Some(joined) = tasks.join_next().await {
        let tally = joined.expect("a flood caller panicked");
        total.admitted.add(&tally.admitted).expect("same bounds");
        total.shed.add(&tally.shed).expect("same bounds");
        total.errors += tally.errors;
        if total.first_error.is_none() {
            total.first_error = tally.first_error;
        }
    }
    total
}

/// Health/Check back to back on its own connection until `stop`.
async fn probe_health(
    mut health: HealthClient<tonic::transport::Channel>,
    stop: Arc<AtomicU64>,
) -> (Histogram<u64>, u64) {
    let mut latencies = histogram();
    let mut failures = 0;
    while stop.load(Ordering::Relaxed) == 0 {
        let sent = Instant::now();
        let reply =
            tokio::time::timeout(CALL_TIMEOUT, health.check(HealthCheckRequest::default())).await;
        match reply {
            Ok(Ok(reply)) if reply.get_ref().status() == ServingStatus::Serving => {
                latencies.saturating_record(micros(sent.elapsed()));
            }
            _ => failures += 1,
        }
    }
    (latencies, failures)
}

/// Samples the server's thread count every 50 ms until `stop`.
async fn watch_threads(server: Option<&spawn::Server>, stop: &AtomicU64) -> u64 {
    let mut most = 0;
    while stop.load(Ordering::Relaxed) == 0 {
        if let Some(memory) = server.and_then(spawn::Server::memory) {
            most = most.max(memory.threads);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    most
}

/// Runs the flood: `callers` clients over `connections` HTTP/2
/// connections, for `length`.
pub async fn run(
    addr: std::net::SocketAddr,
    server: Option<&spawn::Server>,
    fixtures: Arc<Fixtures>,
    callers_count: usize,
    connections: usize,
    length: Duration,
    max_requests: u64,
) -> Result<Flood, Box<dyn std::error::Error>> {
    let mut channels = Vec::new();
    for _ in 0..connections {
        channels.push(spawn::connect(addr).await?);
    }
    let clients: Vec<Client> = (0..callers_count)
        .map(|i| Client::over(channels[i % channels.len()].clone()))
        .collect();
    let health = HealthClient::new(spawn::connect(addr).await?);
    let stop = Arc::new(AtomicU64::new(0));
    let probes = tokio::spawn(probe_health(health, Arc::clone(&stop)));
    let budget = Arc::new(AtomicU64::new(max_requests));
    let started = Instant::now();
    let flood = async {
        let tally = callers(clients, fixtures, length, budget).await;
        stop.store(1, Ordering::Relaxed);
        tally
    };
    let (tally, max_threads) = tokio::join!(flood, watch_threads(server, &stop));
    let elapsed = started.elapsed();
    let (health, health_failures) = probes.await?;
    Ok(Flood {
        callers: callers_count,
        connections,
        elapsed,
        admitted: tally.admitted,
        shed: tally.shed,
        errors: tally.errors,
        first_error: tally.first_error,
        health,
        health_failures,
        memory: server.and_then(spawn::Server::memory),
        max_threads,
    })
}

impl Flood {
    /// Whether the run met the bar: health answered every probe, admitted
    /// p99 under 50 ms, and no call failed other than by being shed.
    pub fn met(&self, rss_bound_mib: f64) -> bool {
        let rss_ok = self
            .memory
            .is_none_or(|memory| memory.peak_kib as f64 / 1024.0 < rss_bound_mib);
        self.health_failures == 0
            && self.errors == 0
            && !self.admitted.is_empty()
            && ms(&self.admitted, 0.99) < ADMITTED_P99_MS
            && rss_ok
    }

    /// The Markdown section for `benches/RESULTS.md`.
    pub fn describe(&self, in_flight: u64, rss_bound_mib: f64, header: &str) -> String {
        let seconds = self.elapsed.as_secs_f64().max(f64::MIN_POSITIVE);
        let mut text = format!(
            "{header}\n\
             - How: {} callers (10 × the in-flight bound of {in_flight}), each with one call in \
             flight, over {} HTTP/2 connections, for {:.1} s, walking GetFact, CheckAnswer, \
             GenerateQuestions (10), Ask, ListFacts, StartQuiz and GetQuiz; one more connection \
             probes Health/Check back to back.\n\n\
             | measure | value | bar |\n|:--|--:|:--|\n",
            self.callers, self.connections, seconds,
        );
        let rows = [
            (
                "admitted calls (OK)".to_owned(),
                format!(
                    "{} ({:.0}/s)",
                    self.admitted.len(),
                    self.admitted.len() as f64 / seconds
                ),
                String::new(),
            ),
            (
                "admitted p50 / p99 ms".to_owned(),
                format!(
                    "{:.1} / **{:.1}**",
                    ms(&self.admitted, 0.5),
                    ms(&self.admitted, 0.99)
                ),
                format!("p99 < {ADMITTED_P99_MS:.0} ms"),
            ),
            (
                "shed (RESOURCE_EXHAUSTED)".to_owned(),
                format!(
                    "{} ({:.0}/s), answered in p99 {:.1} ms",
                    self.shed.len(),
                    self.shed.len() as f64 / seconds,
                    ms(&self.shed, 0.99)
                ),
                String::new(),
            ),
            (
                "other errors".to_owned(),
                self.errors.to_string(),
                "0".to_owned(),
            ),
            (
                "Health/Check probes p50 / p99 / max ms".to_owned(),
                format!(
                    "{} probes: {:.1} / **{:.1}** / {:.1}, {} failed",
                    self.health.len(),
                    ms(&self.health, 0.5),
                    ms(&self.health, 0.99),
                    self.health.max() as f64 / 1000.0,
                    self.health_failures
                ),
                "every probe SERVING".to_owned(),
            ),
        ];
        for (measure, value, bar) in rows {
            text.push_str(&format!("| {measure} | {value} | {bar} |\n"));
        }
        if let Some(memory) = self.memory {
            text.push_str(&format!(
                "| server peak RSS (VmHWM) | **{:.1} MiB** | < {rss_bound_mib:.0} MiB |\n\
                 | server threads (most seen) | {} | |\n",
                memory.peak_kib as f64 / 1024.0,
                self.max_threads,
            ));
        }
        text.push_str(&format!(
            "\nVerdict: **{}**.\n",
            if self.met(rss_bound_mib) {
                "met"
            } else {
                "missed"
            }
        ));
        if let Some(error) = &self.first_error {
            text.push_str(&format!("\nFirst error: {error}\n"));
        }
        text
    }
}
