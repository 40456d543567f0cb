//! `--flood`: the 10× overload figure. A mix of the main RPCs arrives for
//! `--seconds` at ten times what the server can serve, while one separate
//! connection probes Health/Check back to back.
//!
//! Arrivals are open-loop by default: first the server's capacity is
//! measured (calls served per second by 32 closed-loop callers walking the
//! mix for a few seconds), then calls are sent at a fixed offered rate of
//! 10× that, each on its own task, whatever the replies do; at most
//! `max_outstanding` are awaited at once, and an arrival over that is
//! counted as dropped by the generator, not sent. `--closed-loop` instead
//! runs 10 × the in-flight bound of callers with one call in flight each
//! (the earlier flood): every refusal comes back at once and is resent at
//! once, so on a shared 2-core machine the generator mostly measures itself.
//!
//! Reported: offered, sent and achieved rates; calls admitted (OK) with
//! their latency as the generator saw it (client side) and as the server
//! timed it from admission to its handler's answer (server side, from the
//! `summit_grpc_admitted_duration_seconds` histograms scraped before and
//! after); shed calls (RESOURCE_EXHAUSTED); other errors; the health
//! probes' p50/p99/max; the server's peak RSS (VmHWM) and most threads.
//!
//! The bar: health stays responsive, admitted p99 under 50 ms
//! (judged server side: see [`Flood::describe`]), and RSS under the bound
//! the README states.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;

use crate::scrape::{self, Buckets, Snapshot};
use crate::spawn::{self, Memory};
use crate::{CALL_TIMEOUT, Client, Fixtures, Rpc};

/// The mix each caller walks through, one call after another.
const MIX: [Rpc; 7] = [
    Rpc::GetFact,
    Rpc::CheckAnswer,
    Rpc::Generate,
    // Never a repeat: the reply memo would make Ask a light call.
    Rpc::AskFresh,
    Rpc::ListFacts,
    Rpc::StartQuiz,
    Rpc::GetQuiz,
];

/// The multiple of capacity (open loop) or of the in-flight bound (closed
/// loop) the flood runs at.
pub const OVERLOAD: u64 = 10;
/// The peak RSS the README promises under this flood.
pub const RSS_BOUND_MIB: f64 = 128.0;
/// The bar for admitted calls.
const ADMITTED_P99_MS: f64 = 50.0;
/// Closed-loop callers that measure capacity, as in the RPC table. Heavy
/// calls over their limit are refused meanwhile, so the figure counts the
/// mix as the server's limits let it through.
pub const CAPACITY_CALLERS: usize = 32;
/// How long capacity is measured.
pub const CAPACITY_LENGTH: Duration = Duration::from_secs(3);
/// Streams per HTTP/2 connection, well under the usual limit of 100.
pub const STREAMS_PER_CONNECTION: usize = 64;

/// How calls arrive.
#[derive(Debug, Clone, Copy)]
pub enum Arrivals {
    /// `callers` tasks, each sending its next call when the last returns.
    Closed { callers: usize },
    /// `rate` calls a second on a fixed schedule, at most `max_outstanding`
    /// awaited at once; `capacity` is what the rate was derived from.
    Open {
        rate: f64,
        capacity: Option<f64>,
        max_outstanding: usize,
    },
}

impl Arrivals {
    /// The most calls in flight at once from the generator.
    pub fn most_in_flight(&self) -> usize {
        match *self {
            Arrivals::Closed { callers } => callers,
            Arrivals::Open {
                max_outstanding, ..
            } => max_outstanding,
        }
    }
}

/// How the open-loop schedule went.
#[derive(Debug, Clone, Copy, Default)]
struct Schedule {
    /// Arrivals due by the schedule.
    due: u64,
    sent: u64,
    /// Due while `max_outstanding` calls were awaited: not sent.
    dropped: u64,
}

/// What the server's metrics say about the flood.
struct ServerSide {
    /// Per class, calls admitted during the flood.
    admitted: BTreeMap<String, Buckets>,
    shed: f64,
    /// The adaptive limits at the end.
    limits: BTreeMap<String, f64>,
}

impl ServerSide {
    fn between(before: &Snapshot, after: &Snapshot) -> ServerSide {
        ServerSide {
            admitted: after
                .admitted
                .iter()
                .map(|(class, buckets)| (class.clone(), buckets.since(before.admitted.get(class))))
                .collect(),
            shed: after.shed - before.shed,
            limits: after.limits.clone(),
        }
    }

    fn all(&self) -> Buckets {
        self.admitted
            .values()
            .fold(Buckets::default(), |all, class| all.plus(class))
    }
}

/// How one flood went.
pub struct Flood {
    arrivals: Arrivals,
    connections: usize,
    elapsed: Duration,
    tally: Tally,
    schedule: Option<Schedule>,
    server_side: Option<ServerSide>,
    health: Histogram<u64>,
    health_failures: u64,
    /// Peak RSS at the end and the most threads seen; `None` for a server
    /// this run did not start.
    memory: Option<Memory>,
    max_threads: u64,
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

/// Calls' outcomes as the generator saw them.
struct Tally {
    admitted: Histogram<u64>,
    shed: Histogram<u64>,
    errors: u64,
    first_error: Option<String>,
}

impl Tally {
    fn new() -> Tally {
        Tally {
            admitted: histogram(),
            shed: histogram(),
            errors: 0,
            first_error: None,
        }
    }

    fn record(&mut self, outcome: Result<Result<(), String>, ()>, latency: Duration) {
        let latency = micros(latency);
        match outcome {
            Ok(Ok(())) => self.admitted.saturating_record(latency),
            // `call` keeps the status code's name in its error.
            Ok(Err(error)) if error.contains("ResourceExhausted:") => {
                self.shed.saturating_record(latency);
            }
            Ok(Err(error)) => {
                self.errors += 1;
                self.first_error.get_or_insert(error);
            }
            Err(()) => {
                self.errors += 1;
                self.first_error.get_or_insert("timed out".into());
            }
        }
    }

    fn add(&mut self, other: Tally) {
        self.admitted.add(&other.admitted).expect("same bounds");
        self.shed.add(&other.shed).expect("same bounds");
        self.errors += other.errors;
        if self.first_error.is_none() {
            self.first_error = other.first_error;
        }
    }

    fn completed(&self) -> u64 {
        self.admitted.len() + self.shed.len() + self.errors
    }
}

/// One call of the mix, timed out after [`CALL_TIMEOUT`].
async fn one_call(
    n: usize,
    client: &mut Client,
    fixtures: &Fixtures,
) -> (Result<Result<(), String>, ()>, Duration) {
    let rpc = MIX[n % MIX.len()];
    let sent = Instant::now();
    let outcome = tokio::time::timeout(CALL_TIMEOUT, crate::call(rpc, client, n, fixtures))
        .await
        .map_err(|_| ());
    (outcome, sent.elapsed())
}

/// Calls from `clients` (one task each) for `length`, each starting its
/// walk through [`MIX`] at its own index.
async fn closed_loop(
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
            let mut tally = Tally::new();
            let mut n = index;
            while Instant::now() < deadline
                && budget
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |b| b.checked_sub(1))
                    .is_ok()
            {
                let (outcome, latency) = one_call(n, &mut client, &fixtures).await;
                tally.record(outcome, latency);
                n += MIX.len() + 1;
            }
            tally
        });
    }
    let mut total = Tally::new();
    while let Some(joined) = tasks.join_next().await {
        total.add(joined.expect("a flood caller panicked"));
    }
    total
}

/// How many arrivals a schedule of `rate` per second has due `elapsed`
/// after it started.
pub fn due(rate: f64, elapsed: Duration) -> u64 {
    (rate * elapsed.as_secs_f64()).floor() as u64
}

/// Sends calls at `rate` a second for `length`, round-robin over `clients`,
/// whatever the replies do; at most `max_outstanding` awaited at once.
async fn open_loop(
    clients: Vec<Client>,
    fixtures: Arc<Fixtures>,
    rate: f64,
    max_outstanding: usize,
    length: Duration,
    budget: Arc<AtomicU64>,
) -> (Tally, Schedule) {
    let mut tally = Tally::new();
    let mut schedule = Schedule::default();
    let mut calls = tokio::task::JoinSet::new();
    let mut tick = tokio::time::interval(Duration::from_millis(1));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let started = Instant::now();
    loop {
        tick.tick().await;
        let elapsed = started.elapsed().min(length);
        let now_due = due(rate, elapsed);
        while schedule.due < now_due {
            let n = schedule.due as usize;
            schedule.due += 1;
            if calls.len() >= max_outstanding
                || budget
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |b| b.checked_sub(1))
                    .is_err()
            {
                schedule.dropped += 1;
                continue;
            }
            schedule.sent += 1;
            let mut client = clients[n % clients.len()].clone();
            let fixtures = Arc::clone(&fixtures);
            calls.spawn(async move { one_call(n, &mut client, &fixtures).await });
        }
        while let Some(joined) = calls.try_join_next() {
            let (outcome, latency) = joined.expect("a flood call panicked");
            tally.record(outcome, latency);
        }
        if elapsed >= length {
            break;
        }
    }
    while let Some(joined) = calls.join_next().await {
        let (outcome, latency) = joined.expect("a flood call panicked");
        tally.record(outcome, latency);
    }
    (tally, schedule)
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

async fn clients(
    addr: SocketAddr,
    connections: usize,
) -> Result<Vec<Client>, tonic::transport::Error> {
    let mut clients = Vec::new();
    for _ in 0..connections.max(1) {
        clients.push(Client::over(spawn::connect(addr).await?));
    }
    Ok(clients)
}

/// Calls served per second by [`CAPACITY_CALLERS`] closed-loop callers
/// walking the mix for `length`: what 10× is taken of.
pub async fn capacity(
    addr: SocketAddr,
    fixtures: Arc<Fixtures>,
    length: Duration,
) -> Result<f64, Box<dyn std::error::Error>> {
    let connections = clients(addr, 2).await?;
    let callers = (0..CAPACITY_CALLERS)
        .map(|i| connections[i % connections.len()].clone())
        .collect();
    let started = Instant::now();
    let tally = closed_loop(
        callers,
        fixtures,
        length,
        Arc::new(AtomicU64::new(u64::MAX)),
    )
    .await;
    Ok(tally.admitted.len() as f64 / started.elapsed().as_secs_f64())
}

/// Runs the flood for `length`, scraping the server's metrics at
/// `metrics` (if any) before and after.
pub async fn run(
    addr: SocketAddr,
    server: Option<&spawn::Server>,
    metrics: Option<SocketAddr>,
    fixtures: Arc<Fixtures>,
    arrivals: Arrivals,
    length: Duration,
    max_requests: u64,
) -> Result<Flood, Box<dyn std::error::Error>> {
    let connections = arrivals.most_in_flight().div_ceil(STREAMS_PER_CONNECTION);
    let channels = clients(addr, connections).await?;
    let health = HealthClient::new(spawn::connect(addr).await?);
    let before = match metrics {
        Some(metrics) => Some(scrape::parse(&scrape::scrape(metrics).await?)),
        None => None,
    };
    let stop = Arc::new(AtomicU64::new(0));
    let probes = tokio::spawn(probe_health(health, Arc::clone(&stop)));
    let budget = Arc::new(AtomicU64::new(max_requests));
    let started = Instant::now();
    let flood = async {
        let outcome = match arrivals {
            Arrivals::Closed { callers } => {
                let callers = (0..callers)
                    .map(|i| channels[i % channels.len()].clone())
                    .collect();
                (closed_loop(callers, fixtures, length, budget).await, None)
            }
            Arrivals::Open {
                rate,
                max_outstanding,
                ..
            } => {
                let (tally, schedule) =
                    open_loop(channels, fixtures, rate, max_outstanding, length, budget).await;
                (tally, Some(schedule))
            }
        };
        stop.store(1, Ordering::Relaxed);
        outcome
    };
    let ((tally, schedule), max_threads) = tokio::join!(flood, watch_threads(server, &stop));
    let elapsed = started.elapsed();
    let (health, health_failures) = probes.await?;
    let server_side = match (metrics, before) {
        (Some(metrics), Some(before)) => {
            let after = scrape::parse(&scrape::scrape(metrics).await?);
            Some(ServerSide::between(&before, &after))
        }
        _ => None,
    };
    Ok(Flood {
        arrivals,
        connections,
        elapsed,
        tally,
        schedule,
        server_side,
        health,
        health_failures,
        memory: server.and_then(spawn::Server::memory),
        max_threads,
    })
}

fn seconds_ms(seconds: Option<f64>) -> String {
    seconds.map_or("—".to_owned(), |s| format!("{:.1}", s * 1000.0))
}

impl Flood {
    /// The admitted p99 the bar is judged on, in ms: the server's own
    /// figure when its metrics were scraped, else the generator's.
    fn judged_p99_ms(&self) -> Option<f64> {
        match &self.server_side {
            Some(server) => server.all().quantile(0.99).map(|s| s * 1000.0),
            None => (!self.tally.admitted.is_empty()).then(|| ms(&self.tally.admitted, 0.99)),
        }
    }

    /// Whether the run met the bar: health answered every probe, admitted
    /// p99 under 50 ms, RSS under the bound, and no call failed other than
    /// by being shed.
    pub fn met(&self, rss_bound_mib: f64) -> bool {
        let rss_ok = self
            .memory
            .is_none_or(|memory| memory.peak_kib as f64 / 1024.0 < rss_bound_mib);
        self.health_failures == 0
            && self.tally.errors == 0
            && self
                .judged_p99_ms()
                .is_some_and(|p99| p99 < ADMITTED_P99_MS)
            && rss_ok
    }

    fn how(&self, in_flight: u64, seconds: f64) -> String {
        let mix =
            "GetFact, CheckAnswer, GenerateQuestions (10), Ask, ListFacts, StartQuiz and GetQuiz";
        match self.arrivals {
            Arrivals::Closed { callers } => format!(
                "closed loop: {callers} callers (10 × the in-flight bound of {in_flight}), each \
                 with one call in flight, over {} HTTP/2 connections, for {seconds:.1} s, walking \
                 {mix}; one more connection probes Health/Check back to back.",
                self.connections
            ),
            Arrivals::Open {
                rate,
                capacity,
                max_outstanding,
            } => format!(
                "open loop: calls arrive at a fixed {rate:.0}/s{} for {seconds:.1} s, cycling \
                 through {mix}, each on its own task over {} HTTP/2 connections, at most \
                 {max_outstanding} awaited at once (an arrival over that is dropped by the \
                 generator, not sent); one more connection probes Health/Check back to back.",
                capacity.map_or(String::new(), |c| format!(
                    " (10 × the capacity of {c:.0} calls/s, measured just before with \
                     {CAPACITY_CALLERS} closed-loop callers for {} s)",
                    CAPACITY_LENGTH.as_secs()
                )),
                self.connections
            ),
        }
    }

    /// The Markdown section for `benches/RESULTS.md`.
    pub fn describe(&self, in_flight: u64, rss_bound_mib: f64, header: &str) -> String {
        let seconds = self.elapsed.as_secs_f64().max(f64::MIN_POSITIVE);
        let per_second = |n: u64| n as f64 / seconds;
        let mut rows: Vec<(String, String, String)> = Vec::new();
        if let Some(schedule) = self.schedule {
            rows.push((
                "offered / sent / achieved (answered) calls/s".to_owned(),
                format!(
                    "{:.0} / {:.0} / {:.0} ({} dropped by the generator)",
                    per_second(schedule.due),
                    per_second(schedule.sent),
                    per_second(self.tally.completed()),
                    schedule.dropped
                ),
                String::new(),
            ));
        }
        let admitted = &self.tally.admitted;
        rows.push((
            "admitted calls (OK)".to_owned(),
            format!("{} ({:.0}/s)", admitted.len(), per_second(admitted.len())),
            String::new(),
        ));
        if let Some(server) = &self.server_side {
            let all = server.all();
            rows.push((
                "**server side**: admitted p50 / p99 ms, all classes".to_owned(),
                format!(
                    "{:.0} calls: {} / **{}** (p99 ≤ {} ms bucket bound)",
                    all.count(),
                    seconds_ms(all.quantile(0.5)),
                    seconds_ms(all.quantile(0.99)),
                    all.bound_at(0.99)
                        .map_or("—".to_owned(), |b| format!("{:.1}", b * 1000.0)),
                ),
                format!("p99 < {ADMITTED_P99_MS:.0} ms (judged here)"),
            ));
            for (class, buckets) in &server.admitted {
                rows.push((
                    format!("server side: {class} calls p50 / p99 ms"),
                    format!(
                        "{:.0} calls: {} / {}{}",
                        buckets.count(),
                        seconds_ms(buckets.quantile(0.5)),
                        seconds_ms(buckets.quantile(0.99)),
                        server.limits.get(class).map_or(String::new(), |l| format!(
                            ", in-flight limit at the end {l:.0}"
                        )),
                    ),
                    String::new(),
                ));
            }
        }
        rows.push((
            "client side: admitted p50 / p99 ms".to_owned(),
            if admitted.is_empty() {
                "—".to_owned()
            } else {
                format!("{:.1} / {:.1}", ms(admitted, 0.5), ms(admitted, 0.99))
            },
            if self.server_side.is_some() {
                "(generator's view)".to_owned()
            } else {
                format!("p99 < {ADMITTED_P99_MS:.0} ms")
            },
        ));
        rows.push((
            "shed (RESOURCE_EXHAUSTED)".to_owned(),
            format!(
                "{} ({:.0}/s), client side p99 {:.1} ms{}",
                self.tally.shed.len(),
                per_second(self.tally.shed.len()),
                ms(&self.tally.shed, 0.99),
                self.server_side
                    .as_ref()
                    .map_or(String::new(), |s| format!("; server counted {:.0}", s.shed)),
            ),
            String::new(),
        ));
        rows.push((
            "other errors".to_owned(),
            self.tally.errors.to_string(),
            "0".to_owned(),
        ));
        rows.push((
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
        ));
        if let Some(memory) = self.memory {
            rows.push((
                "server peak RSS (VmHWM)".to_owned(),
                format!("**{:.1} MiB**", memory.peak_kib as f64 / 1024.0),
                format!("< {rss_bound_mib:.0} MiB"),
            ));
            rows.push((
                "server threads (most seen)".to_owned(),
                self.max_threads.to_string(),
                String::new(),
            ));
        }
        let mut text = format!(
            "{header}\n- How: {}\n\n| measure | value | bar |\n|:--|--:|:--|\n",
            self.how(in_flight, seconds)
        );
        for (measure, value, bar) in rows {
            text.push_str(&format!("| {measure} | {value} | {bar} |\n"));
        }
        text.push_str(&format!(
            "\nVerdict: **{}**.{}\n",
            if self.met(rss_bound_mib) {
                "met"
            } else {
                "missed"
            },
            if self.server_side.is_some() {
                " The admitted p99 is judged on the server's figure: it times each admitted \
                 call from admission to its handler's answer, which is what the server \
                 controls; the generator shares the two cores with the server, so its own \
                 figure adds the time its calls wait for a CPU on the client side (shed \
                 calls, which the server refuses in microseconds, show it)."
            } else {
                " No server metrics were scraped: the admitted p99 is the generator's."
            }
        ));
        if let Some(error) = &self.tally.first_error {
            text.push_str(&format!("\nFirst error: {error}\n"));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_open_loop_schedule_is_the_rate_times_the_time_so_far() {
        assert_eq!(due(1000.0, Duration::ZERO), 0);
        assert_eq!(due(1000.0, Duration::from_micros(999)), 0);
        assert_eq!(due(1000.0, Duration::from_millis(1)), 1);
        assert_eq!(due(25_000.0, Duration::from_secs(10)), 250_000);
        assert_eq!(due(333.0, Duration::from_millis(1500)), 499);
    }
}
