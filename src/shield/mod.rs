//! What keeps one client, or a flood of them, from taking the server down:
//! load shedding, connection limits, handshake and idle timeouts, the
//! file-descriptor limit, bounded runtime threads, and health watches that
//! end at shutdown. `server.rs` only plugs these in.
//!
//! - [`load`]: at most [`Protection::max_in_flight`] calls at once, and
//!   heavy calls (generation, Ask, the database) under a
//!   smaller limit of their own; a call over either is refused at once with
//!   RESOURCE_EXHAUSTED, never queued. A call takes its place only once its
//!   whole request has arrived, so streams left half-open hold none; a
//!   request not complete within [`Protection::request_timeout`] is ended
//!   with DEADLINE_EXCEEDED. Health and reflection are exempt, so probes
//!   answer under overload.
//! - [`limit`]: how those limits adapt (AIMD on the latency of admitted
//!   calls), so admitted calls stay within [`Protection::latency_target`].
//! - [`conn`]: the accept loop. At most [`Protection::max_connections`]
//!   connections, at most [`Protection::max_connections_per_ip`] of them
//!   from one address; a socket over either is closed at once. Each
//!   connection carries at most [`Protection::max_concurrent_streams`]
//!   streams (advertised in SETTINGS). A connection that
//!   has not sent the HTTP/2 preface within the handshake timeout
//!   (slow-loris) is closed, and so is one that sends nothing but pings for
//!   the idle timeout.
//! - [`system`]: raising `RLIMIT_NOFILE` and building a runtime with a
//!   bounded number of threads.
//! - [`health`]: health `Watch` streams that end when shutdown begins, so
//!   an open watch does not hold the drain for its full timeout, and at
//!   most [`health::MAX_WATCHES`] of them at once.

pub mod conn;
pub mod health;
pub mod limit;
pub mod load;
pub mod system;

use std::time::Duration;

use clap::Args;

use crate::quiz_key::{QuizKey, QuizKeyError};

/// The protection settings, as command-line flags of `summit-server`.
#[derive(Debug, Clone, Args)]
pub struct ProtectionArgs {
    /// The most RPCs served at once (health and reflection not counted);
    /// a call over it gets RESOURCE_EXHAUSTED at once instead of waiting.
    #[arg(
        long,
        env = "SUMMIT_MAX_IN_FLIGHT",
        value_name = "N",
        default_value_t = Protection::DEFAULT_MAX_IN_FLIGHT,
        value_parser = clap::value_parser!(u32).range(1..=100_000)
    )]
    pub max_in_flight: u32,

    /// The most heavy RPCs (GenerateQuestions, Ask, StartQuiz,
    /// SubmitAnswer, GetQuiz, ExportQuestions and the LearnerService calls:
    /// generation or a database round trip) served at once: the ceiling of
    /// their adaptive limit. A heavy call over the limit gets RESOURCE_EXHAUSTED
    /// at once.
    #[arg(
        long,
        env = "SUMMIT_MAX_HEAVY_IN_FLIGHT",
        value_name = "N",
        default_value_t = Protection::DEFAULT_MAX_HEAVY_IN_FLIGHT,
        value_parser = clap::value_parser!(u32).range(1..=100_000)
    )]
    pub max_heavy_in_flight: u32,

    /// The latency admitted calls should stay within, in milliseconds: the
    /// in-flight limits shrink when calls take longer and grow back when
    /// they do not. 0 keeps the limits fixed at their maximums.
    #[arg(
        long,
        env = "SUMMIT_LATENCY_TARGET_MS",
        value_name = "MS",
        default_value_t = Protection::DEFAULT_LATENCY_TARGET_MS,
        value_parser = clap::value_parser!(u64).range(0..=60_000)
    )]
    pub latency_target_ms: u64,

    /// The most client connections held open at once; a connection over it
    /// is closed as soon as it is accepted. Also kept under the
    /// file-descriptor limit.
    #[arg(
        long,
        env = "SUMMIT_MAX_CONNECTIONS",
        value_name = "N",
        default_value_t = Protection::DEFAULT_MAX_CONNECTIONS,
        value_parser = clap::value_parser!(u32).range(1..=1_000_000)
    )]
    pub max_connections: u32,

    /// The most connections held open at once from one IP address, so one
    /// client cannot take the whole `--max-connections`; a connection over
    /// it is closed as soon as it is accepted.
    #[arg(
        long,
        env = "SUMMIT_MAX_CONNECTIONS_PER_IP",
        value_name = "N",
        default_value_t = Protection::DEFAULT_MAX_CONNECTIONS_PER_IP,
        value_parser = clap::value_parser!(u32).range(1..=1_000_000)
    )]
    pub max_connections_per_ip: u32,

    /// The most concurrent streams (calls) on one connection, advertised
    /// as HTTP/2 SETTINGS_MAX_CONCURRENT_STREAMS; with the connection caps
    /// it bounds the replies a client that never reads can pin.
    #[arg(
        long,
        env = "SUMMIT_MAX_CONCURRENT_STREAMS",
        value_name = "N",
        default_value_t = Protection::DEFAULT_MAX_CONCURRENT_STREAMS,
        value_parser = clap::value_parser!(u32).range(1..=10_000)
    )]
    pub max_concurrent_streams: u32,

    /// Seconds a call's whole request message has to arrive in; one still
    /// incomplete then is ended with DEADLINE_EXCEEDED, never having taken
    /// an in-flight place.
    #[arg(
        long,
        env = "SUMMIT_REQUEST_TIMEOUT_SECS",
        value_name = "SECONDS",
        default_value_t = Protection::DEFAULT_REQUEST_TIMEOUT_SECS,
        value_parser = clap::value_parser!(u64).range(1..=300)
    )]
    pub request_timeout_secs: u64,

    /// Seconds a new connection has to send the HTTP/2 preface before it is
    /// closed (slow-loris protection).
    #[arg(
        long,
        env = "SUMMIT_HANDSHAKE_TIMEOUT_SECS",
        value_name = "SECONDS",
        default_value_t = 5,
        value_parser = clap::value_parser!(u64).range(1..=300)
    )]
    pub handshake_timeout_secs: u64,

    /// Seconds a connection may stay idle (no bytes but keepalive pings in
    /// either direction) before it is closed.
    #[arg(
        long,
        env = "SUMMIT_IDLE_TIMEOUT_SECS",
        value_name = "SECONDS",
        default_value_t = 300,
        value_parser = clap::value_parser!(u64).range(1..=86_400)
    )]
    pub idle_timeout_secs: u64,

    /// The secret that seals quiz question ids to their quiz (at least 16
    /// bytes). Replicas must share it; when unset, a key generated once
    /// and kept in the database is used, which replicas sharing the
    /// database share too.
    #[arg(long, env = "SUMMIT_QUIZ_KEY", value_name = "SECRET", value_parser = parse_key, hide_env_values = true)]
    pub quiz_key: Option<QuizKey>,
}

fn parse_key(secret: &str) -> Result<QuizKey, QuizKeyError> {
    QuizKey::from_secret(secret)
}

/// The protection settings a server runs with.
#[derive(Debug, Clone)]
pub struct Protection {
    pub max_in_flight: usize,
    /// The ceiling of the heavy calls' adaptive limit.
    pub max_heavy_in_flight: usize,
    /// What admitted calls' latency should stay within; `None`: fixed
    /// limits.
    pub latency_target: Option<Duration>,
    pub max_connections: usize,
    /// The most connections from one IP address.
    pub max_connections_per_ip: usize,
    /// HTTP/2 SETTINGS_MAX_CONCURRENT_STREAMS.
    pub max_concurrent_streams: u32,
    /// How long a call's whole request may take to arrive.
    pub request_timeout: Duration,
    pub handshake_timeout: Duration,
    pub idle_timeout: Duration,
    /// `None`: the key kept in the database.
    pub quiz_key: Option<QuizKey>,
}

impl Protection {
    /// Two cores serve a few thousand calls a second; 256 in flight is far
    /// above what they can work on at once, and bounds the memory queued
    /// calls hold.
    pub const DEFAULT_MAX_IN_FLIGHT: u32 = 256;
    /// A heavy call costs 1–5 ms of CPU or a durable write: 16 at once keep
    /// both cores and the blocking pool busy without a queue; the adaptive
    /// limit goes lower when the machine is slower.
    pub const DEFAULT_MAX_HEAVY_IN_FLIGHT: u32 = 16;
    /// Under the 50 ms the overload bar allows admitted calls at p99, with
    /// room for the calls admitted before the limit backs off.
    pub const DEFAULT_LATENCY_TARGET_MS: u64 = 20;
    pub const DEFAULT_MAX_CONNECTIONS: u32 = 1024;
    /// A sixteenth of the connection cap: room for a NAT or a busy
    /// client's pool, while one address cannot take the whole cap.
    pub const DEFAULT_MAX_CONNECTIONS_PER_IP: u32 = 64;
    /// What gRPC clients commonly expect (grpc-java's server default); a
    /// client wanting more calls at once opens more connections.
    pub const DEFAULT_MAX_CONCURRENT_STREAMS: u32 = 100;
    /// Every request is at most 64 KiB: a live client sends one in
    /// milliseconds, so 10 s only ends streams left half-open on purpose.
    pub const DEFAULT_REQUEST_TIMEOUT_SECS: u64 = 10;
    /// HTTP/2 pings go out this often on a quiet connection, to find dead
    /// peers; one unanswered for [`Protection::KEEPALIVE_TIMEOUT`] closes it.
    pub const KEEPALIVE_INTERVAL: Duration = Duration::from_secs(60);
    pub const KEEPALIVE_TIMEOUT: Duration = Duration::from_secs(20);
}

impl Default for Protection {
    fn default() -> Protection {
        Protection {
            max_in_flight: Protection::DEFAULT_MAX_IN_FLIGHT as usize,
            max_heavy_in_flight: Protection::DEFAULT_MAX_HEAVY_IN_FLIGHT as usize,
            latency_target: Some(Duration::from_millis(Protection::DEFAULT_LATENCY_TARGET_MS)),
            max_connections: Protection::DEFAULT_MAX_CONNECTIONS as usize,
            max_connections_per_ip: Protection::DEFAULT_MAX_CONNECTIONS_PER_IP as usize,
            max_concurrent_streams: Protection::DEFAULT_MAX_CONCURRENT_STREAMS,
            request_timeout: Duration::from_secs(Protection::DEFAULT_REQUEST_TIMEOUT_SECS),
            handshake_timeout: Duration::from_secs(5),
            idle_timeout: Duration::from_secs(300),
            quiz_key: None,
        }
    }
}

impl From<&ProtectionArgs> for Protection {
    fn from(args: &ProtectionArgs) -> Protection {
        Protection {
            max_in_flight: args.max_in_flight as usize,
            max_heavy_in_flight: args.max_heavy_in_flight as usize,
            latency_target: (args.latency_target_ms > 0)
                .then_some(Duration::from_millis(args.latency_target_ms)),
            max_connections: args.max_connections as usize,
            max_connections_per_ip: args.max_connections_per_ip as usize,
            max_concurrent_streams: args.max_concurrent_streams,
            request_timeout: Duration::from_secs(args.request_timeout_secs),
            handshake_timeout: Duration::from_secs(args.handshake_timeout_secs),
            idle_timeout: Duration::from_secs(args.idle_timeout_secs),
            quiz_key: args.quiz_key.clone(),
        }
    }
}
