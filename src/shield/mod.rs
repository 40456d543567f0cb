//! What keeps one client, or a flood of them, from taking the server down:
//! load shedding, connection limits, handshake and idle timeouts, the
//! file-descriptor limit, bounded runtime threads, and health watches that
//! end at shutdown. `server.rs` only plugs these in.
//!
//! - [`load`]: at most [`Protection::max_in_flight`] calls at once, and
//!   heavy calls (generation, Ask, the database) under a
//!   smaller limit of their own; a call over either is refused at once with
//!   RESOURCE_EXHAUSTED, never queued. Health and reflection are exempt, so
//!   probes answer under overload.
//! - [`limit`]: how those limits adapt (AIMD on the latency of admitted
//!   calls), so admitted calls stay within [`Protection::latency_target`].
//! - [`conn`]: the accept loop. At most [`Protection::max_connections`]
//!   connections; a socket over that is closed at once. A connection that
//!   has not sent the HTTP/2 preface within the handshake timeout
//!   (slow-loris) is closed, and so is one that sends nothing but pings for
//!   the idle timeout.
//! - [`system`]: raising `RLIMIT_NOFILE` and building a runtime with a
//!   bounded number of threads.
//! - [`health`]: health `Watch` streams that end when shutdown begins, so
//!   an open watch does not hold the drain for its full timeout.

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
            handshake_timeout: Duration::from_secs(args.handshake_timeout_secs),
            idle_timeout: Duration::from_secs(args.idle_timeout_secs),
            quiz_key: args.quiz_key.clone(),
        }
    }
}
