//! Observability: logs for people or log shippers, and Prometheus metrics.
//!
//! Metrics are off unless `--metrics-addr` is given; then [`install`]
//! serves them at `http://ADDR/metrics`:
//!
//! | metric | labels | what |
//! |---|---|---|
//! | `summit_grpc_requests_total` | `method`, `code`, `client` | finished calls by gRPC status name |
//! | `summit_grpc_request_duration_seconds` | `method` | histogram of call latency |
//! | `summit_grpc_requests_in_flight` | | calls started and not yet finished |
//! | `summit_grpc_admitted_duration_seconds` | `class` | histogram of admitted calls' time from admission to the handler's answer, for `light` and `heavy` calls (fine buckets around the 50 ms overload bar; [`record_admitted`]) |
//! | `summit_grpc_in_flight_limit` | `class` | the adaptive in-flight limit of `light` and `heavy` calls now |
//! | `summit_grpc_requests_shed_total` | | calls refused because the server was overloaded ([`record_shed`]) |
//! | `summit_grpc_rate_limited_total` | `client` | calls refused by the per-client rate limit |
//! | `summit_open_quizzes` | | unexpired, unfinished quizzes in the database |
//! | `summit_database_duration_seconds` | `operation` | histogram of database call latency |
//!
//! `method` is the full gRPC path (`/summit.v1.QuizService/StartQuiz`), or
//! `unknown` for a path the server does not serve, so garbage cannot create
//! label values. `client` is the API key's name, or `anonymous`.

pub mod layer;
pub mod store;

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};

use metrics::{
    Unit, counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder};
use thiserror::Error;
use tracing_subscriber::EnvFilter;

pub use layer::MetricsLayer;
pub use store::TimedStore;

use crate::security::KeyName;

/// How `summit-server` writes its log lines (to stderr).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines, colored on a terminal.
    #[default]
    Text,
    /// One JSON object per line, for log shippers.
    Json,
}

/// The observability flags of `summit-server`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct TelemetryArgs {
    /// Serve Prometheus metrics at http://ADDR/metrics (e.g. 127.0.0.1:9090).
    /// Default: no metrics.
    #[arg(long, env = "SUMMIT_METRICS_ADDR", value_name = "HOST:PORT")]
    pub metrics_addr: Option<SocketAddr>,

    /// Log as human-readable text or as one JSON object per line.
    #[arg(
        long,
        env = "SUMMIT_LOG_FORMAT",
        value_enum,
        default_value_t = LogFormat::Text
    )]
    pub log_format: LogFormat,
}

/// Why metrics could not be served.
#[derive(Debug, Error)]
pub enum TelemetryError {
    #[error("cannot serve metrics on `{addr}`: {reason}")]
    Metrics { addr: SocketAddr, reason: String },
}

/// Installs the global log subscriber: RUST_LOG's filter (default `info`)
/// on stderr, as text or JSON.
pub fn init_logging(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.with_ansi(std::io::stderr().is_terminal()).init(),
        // Span fields (the gRPC method) ride along in "span" and "spans".
        LogFormat::Json => builder.json().with_ansi(false).init(),
    }
}

/// Whether a metrics recorder is installed: the layers skip their
/// bookkeeping when nobody will read it.
static ENABLED: AtomicBool = AtomicBool::new(false);

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Latency buckets in seconds, from half a millisecond to ten seconds.
const LATENCY_BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Buckets for admitted calls: fine up to and around the 50 ms bar, so a
/// p99 read from them is off by little.
const ADMITTED_BUCKETS: [f64; 26] = [
    0.0001, 0.00025, 0.0005, 0.00075, 0.001, 0.0015, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015,
    0.02, 0.025, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The admitted-calls histogram's name.
pub const ADMITTED_DURATION: &str = "summit_grpc_admitted_duration_seconds";

/// Buckets for how many saves a group commit carried: a count, not
/// seconds, up to the writer's most per transaction (256).
const BATCH_SIZE_BUCKETS: [f64; 10] = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0];

/// The group-commit batch-size histogram's name.
pub const COMMIT_BATCH_SIZE: &str = "summit_database_commit_batch_size";

/// Serves Prometheus metrics on `addr` from now on, for the whole process.
/// Must run inside a tokio runtime. Fails if `addr` cannot be bound or a
/// recorder is already installed.
pub fn install(addr: SocketAddr) -> Result<(), TelemetryError> {
    let error = |reason: String| TelemetryError::Metrics { addr, reason };
    let (recorder, exporter) = PrometheusBuilder::new()
        .with_http_listener(addr)
        .set_buckets(&LATENCY_BUCKETS)
        .and_then(|builder| {
            builder.set_buckets_for_metric(
                Matcher::Full(ADMITTED_DURATION.to_string()),
                &ADMITTED_BUCKETS,
            )
        })
        .and_then(|builder| {
            builder.set_buckets_for_metric(
                Matcher::Full(COMMIT_BATCH_SIZE.to_string()),
                &BATCH_SIZE_BUCKETS,
            )
        })
        .and_then(|builder| builder.build())
        .map_err(|e| error(e.to_string()))?;
    metrics::set_global_recorder(recorder).map_err(|e| error(e.to_string()))?;
    tokio::spawn(async move {
        if let Err(error) = exporter.await {
            tracing::error!(?error, "the metrics endpoint stopped");
        }
    });
    describe();
    ENABLED.store(true, Ordering::Relaxed);
    tracing::info!(%addr, "serving Prometheus metrics at /metrics");
    Ok(())
}

fn describe() {
    describe_counter!(
        "summit_grpc_requests_total",
        "Finished gRPC calls by method, status code and client."
    );
    describe_histogram!(
        "summit_grpc_request_duration_seconds",
        Unit::Seconds,
        "gRPC call latency, from the request's headers to the last response byte."
    );
    describe_gauge!(
        "summit_grpc_requests_in_flight",
        "gRPC calls started and not yet finished."
    );
    describe_histogram!(
        ADMITTED_DURATION,
        Unit::Seconds,
        "Admitted calls' time from admission past the load shedder to the handler's answer, by class (light, heavy)."
    );
    describe_gauge!(
        "summit_grpc_in_flight_limit",
        "The adaptive limit of calls in flight, by class (light, heavy)."
    );
    describe_counter!(
        "summit_grpc_requests_shed_total",
        "Calls refused with RESOURCE_EXHAUSTED because the server was overloaded."
    );
    describe_counter!(
        "summit_grpc_rate_limited_total",
        "Calls refused by the per-client rate limit, by client."
    );
    describe_gauge!(
        "summit_open_quizzes",
        "Unexpired, unfinished quizzes in the database."
    );
    describe_histogram!(
        "summit_database_duration_seconds",
        Unit::Seconds,
        "Latency of database calls, by store operation."
    );
    // Present from the first scrape, not only after the first event.
    counter!("summit_grpc_requests_shed_total").absolute(0);
    gauge!("summit_grpc_requests_in_flight").set(0.0);
}

/// Counts one call refused because the server was overloaded (load
/// shedding). Cheap, and a no-op when metrics are off.
pub fn record_shed() {
    if enabled() {
        counter!("summit_grpc_requests_shed_total").increment(1);
    }
}

/// Records an admitted call's time from admission to its handler's answer.
pub fn record_admitted(class: &'static str, latency: std::time::Duration) {
    if enabled() {
        histogram!(ADMITTED_DURATION, "class" => class).record(latency.as_secs_f64());
    }
}

/// Sets a class's adaptive in-flight limit.
pub fn set_in_flight_limit(class: &'static str, limit: usize) {
    if enabled() {
        // A gauge is an f64; limits stay far below 2^53.
        gauge!("summit_grpc_in_flight_limit", "class" => class).set(limit as f64);
    }
}

/// Counts one call refused by the rate limit, by key name if any.
pub fn record_rate_limited(client: Option<&KeyName>) {
    if enabled() {
        counter!("summit_grpc_rate_limited_total", "client" => client_label(client)).increment(1);
    }
}

/// Sets how many quizzes are open (the background sweep reports it).
pub fn set_open_quizzes(open: u64) {
    if enabled() {
        // A gauge is an f64; quiz counts stay far below 2^53.
        gauge!("summit_open_quizzes").set(open as f64);
    }
}

/// A key's name, or `anonymous` for a call without a key.
fn client_label(client: Option<&KeyName>) -> String {
    client.map_or_else(|| "anonymous".to_string(), |name| name.as_str().to_string())
}
