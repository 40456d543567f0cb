//! Running the gRPC server: the services plus health, reflection, limits and
//! graceful shutdown.
//!
//! [`serve_guarded`] takes a bound listener and a shutdown future (as mini-redis
//! does), so the binary passes a listener on its configured address and
//! SIGINT/SIGTERM, while tests pass `127.0.0.1:0` and a oneshot channel.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use clap::Parser;
use thiserror::Error;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tonic::codegen::{Service, http};
use tonic::service::Routes;
use tonic_health::ServingStatus;
use tonic_health::pb::health_server::HealthServer;
use tonic_health::server::HealthReporter;

use crate::facts::{FactBase, FactBaseError};
use crate::generation::QuestionBank;
use crate::proto::export_service_server::{self, ExportServiceServer};
use crate::proto::fact_service_server::{self, FactServiceServer};
use crate::proto::learner_service_server::{self, LearnerServiceServer};
use crate::proto::quiz_service_server::{self, QuizServiceServer};
use crate::quiz_key::QuizKey;
use crate::revisions::Revisions;
use crate::security::{Security, SecurityArgs, SecurityError};
use crate::service::{ExportApi, FactApi, LearnerApi, QuizApi};
use crate::shield::health::EndingWatches;
use crate::shield::{self, Protection, ProtectionArgs};
use crate::status_message::SafeStatusMessages;
use crate::store::{
    DatabaseUrl, DatabaseUrlError, QuizStore, SessionLimits, SqlStore, StoreError, sql::OpenError,
};
use crate::telemetry::{MetricsLayer, TelemetryArgs, TelemetryError, TimedStore};

/// The largest request the server decodes. Every real request is tiny; the
/// cap keeps a hostile or buggy client from making the server buffer megabytes.
pub const MAX_REQUEST_BYTES: usize = 64 * 1024;

/// How long in-flight calls may take to finish after a shutdown signal
/// before the server stops anyway (e.g. a client holding a health Watch open).
pub const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// The names health reports on: the whole server ("") and each service.
pub const HEALTH_SERVICES: [&str; 5] = [
    "",
    fact_service_server::SERVICE_NAME,
    quiz_service_server::SERVICE_NAME,
    export_service_server::SERVICE_NAME,
    learner_service_server::SERVICE_NAME,
];

/// Command-line configuration of `summit-server`.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "summit-server",
    version,
    about = "Serves the Summit Quiz gRPC API."
)]
pub struct Config {
    /// Address to listen on, as HOST:PORT.
    #[arg(long, env = "SUMMIT_ADDR", default_value = "127.0.0.1:50051")]
    pub addr: String,

    /// Serve this fact set (JSON) instead of the embedded one. The article
    /// files it lists are read relative to the JSON file's directory.
    #[arg(long, value_name = "PATH")]
    pub facts: Option<PathBuf>,

    /// Forget a quiz after this many seconds without a call on it (10 s to 24 h).
    #[arg(
        long,
        env = "SUMMIT_QUIZ_TTL_SECS",
        value_name = "SECONDS",
        default_value_t = 1800,
        value_parser = clap::value_parser!(u64).range(10..=86_400)
    )]
    pub quiz_ttl_secs: u64,

    /// Where quizzes and learners' answers are kept: sqlite://PATH (the file
    /// is created), sqlite::memory: (throwaway) or postgres://USER@HOST/DB
    /// (for several replicas). Default: summit-quiz/summit.db in the user's
    /// data directory ($XDG_DATA_HOME, else ~/.local/share).
    #[arg(long, env = "SUMMIT_DATABASE_URL", value_name = "URL")]
    pub database_url: Option<DatabaseUrl>,

    /// The most quizzes kept in the database at once (1 to 1,000,000); when
    /// full, expired ones are deleted and, if that frees nothing, a new quiz
    /// is refused with RESOURCE_EXHAUSTED (a live quiz is never evicted).
    /// Anonymous quizzes may fill at most half.
    #[arg(
        long,
        env = "SUMMIT_MAX_QUIZZES",
        value_name = "N",
        default_value_t = 10_000,
        value_parser = clap::value_parser!(u64).range(1..=1_000_000)
    )]
    pub max_quizzes: u64,

    #[command(flatten)]
    pub protection: ProtectionArgs,

    /// TLS, API keys and the per-client rate limit (all off by default).
    #[command(flatten)]
    pub security: SecurityArgs,

    /// Metrics and the log format.
    #[command(flatten)]
    pub telemetry: TelemetryArgs,
}

/// Why the server could not start or stopped with an error.
#[derive(Debug, Error)]
pub enum ServerError {
    #[error("cannot read fact set `{path}`: {source}")]
    ReadFacts {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("fact set `{path}` is invalid: {source}")]
    InvalidFacts {
        path: PathBuf,
        source: FactBaseError,
    },
    #[error("the embedded fact set is invalid: {0}")]
    InvalidEmbeddedFacts(FactBaseError),
    #[error("cannot listen on `{addr}`: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("cannot build the reflection service: {0}")]
    Reflection(#[from] tonic_reflection::server::Error),
    #[error(transparent)]
    DatabaseUrl(#[from] DatabaseUrlError),
    #[error(transparent)]
    Database(#[from] OpenError),
    #[error("cannot register or load fact-set revisions: {0}")]
    Revisions(StoreError),
    #[error("cannot read or store the quiz key: {0}")]
    QuizKey(StoreError),
    #[error(transparent)]
    Security(#[from] SecurityError),
    #[error(transparent)]
    Telemetry(#[from] TelemetryError),
    #[error("transport error: {0}")]
    Transport(#[from] tonic::transport::Error),
}

impl Config {
    /// How long quizzes live and how many are kept.
    pub fn session_limits(&self) -> SessionLimits {
        SessionLimits {
            ttl: Duration::from_secs(self.quiz_ttl_secs),
            max_sessions: usize::try_from(self.max_quizzes).unwrap_or(usize::MAX),
        }
    }

    /// The database to use: `--database-url`, else the default file.
    pub fn database(&self) -> Result<DatabaseUrl, ServerError> {
        match &self.database_url {
            Some(url) => Ok(url.clone()),
            None => Ok(DatabaseUrl::default_file()?),
        }
    }

    /// The fact base to serve: the embedded one, or the set at `--facts`.
    pub fn load_facts(&self) -> Result<FactBase, ServerError> {
        match &self.facts {
            None => FactBase::embedded().map_err(ServerError::InvalidEmbeddedFacts),
            Some(path) => load_fact_file(path),
        }
    }
}

/// Loads a fact set from disk; article files resolve next to the JSON.
pub fn load_fact_file(path: &Path) -> Result<FactBase, ServerError> {
    let json = std::fs::read_to_string(path).map_err(|source| ServerError::ReadFacts {
        path: path.to_path_buf(),
        source,
    })?;
    let dir = path.parent().unwrap_or(Path::new("."));
    FactBase::load(&json, |file| {
        std::fs::read_to_string(dir.join(file)).map_err(|error| error.to_string())
    })
    .map_err(|source| ServerError::InvalidFacts {
        path: path.to_path_buf(),
        source,
    })
}

/// Loads the facts, binds the address and serves until SIGINT or SIGTERM.
pub async fn run(config: Config) -> Result<(), ServerError> {
    // Before the slow start-up work, so an early SIGTERM is graceful too.
    let shutdown = shutdown_signal();
    let facts = config.load_facts()?;
    let security = Security::load(&config.security)?;
    if let Some(addr) = config.telemetry.metrics_addr {
        crate::telemetry::install(addr)?;
    }
    let listener = TcpListener::bind(&config.addr)
        .await
        .map_err(|source| ServerError::Bind {
            addr: config.addr.clone(),
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| ServerError::Bind {
        addr: config.addr.clone(),
        source,
    })?;
    let mut protection = Protection::from(&config.protection);
    match shield::system::raise_fd_limit() {
        Ok(fds) => {
            protection.max_connections =
                shield::system::connection_cap(protection.max_connections, fds.soft);
            tracing::info!(
                soft_before = fds.soft_before,
                soft = fds.soft,
                hard = fds.hard,
                max_connections = protection.max_connections,
                "file-descriptor limit raised to the hard limit"
            );
        }
        Err(error) => tracing::warn!(%error, "cannot raise the file-descriptor limit"),
    }
    let limits = config.session_limits();
    let database = config.database()?;
    tracing::info!(%database, "opening the database");
    let store = SqlStore::open(&database, limits).await?;
    tracing::info!(
        %addr,
        %database,
        facts = facts.facts().len(),
        quiz_ttl_secs = limits.ttl.as_secs(),
        max_quizzes = limits.max_sessions,
        max_in_flight = protection.max_in_flight,
        max_connections_per_ip = protection.max_connections_per_ip,
        max_concurrent_streams = protection.max_concurrent_streams,
        max_heavy_in_flight = protection.max_heavy_in_flight,
        latency_target = ?protection.latency_target,
        quiz_key = if protection.quiz_key.is_some() { "configured" } else { "kept in the database" },
        "summit-server listening"
    );
    security.log_summary();
    let bank = Arc::new(QuestionBank::new(Arc::new(facts)));
    serve_guarded(listener, bank, store, protection, security, shutdown).await
}

/// How often the database is pinged to keep health current.
const HEALTH_PROBE_EVERY: Duration = Duration::from_secs(1);
/// How often expired quizzes are deleted.
const SWEEP_EVERY: Duration = Duration::from_secs(60);
/// How often the open-quizzes gauge is refreshed (only with metrics on).
const COUNT_OPEN_EVERY: Duration = Duration::from_secs(5);

/// Serves the Summit Quiz API on `listener` until `shutdown` completes,
/// with quiz sessions in `store`, under `protection` (see
/// [`crate::shield`]) and `security` (TLS, API keys, rate limits; see
/// [`crate::security`]; `Security::default()` is none of them). The one
/// entry point: `summit-server`, the chat client's built-in server and the
/// tests all serve through it.
///
/// Health says SERVING while the database answers and NOT_SERVING while
/// it does not, checked every [`HEALTH_PROBE_EVERY`]; expired quizzes are
/// swept every [`SWEEP_EVERY`]. On shutdown, health flips to NOT_SERVING
/// first (so load balancers stop routing here), the listener closes, and
/// in-flight calls get up to [`DRAIN_TIMEOUT`] to finish.
pub async fn serve_guarded(
    listener: TcpListener,
    bank: Arc<QuestionBank>,
    store: SqlStore,
    protection: Protection,
    security: Security,
    shutdown: impl Future<Output = ()>,
) -> Result<(), ServerError> {
    let revisions = Arc::new(load_revisions(&store, Arc::clone(&bank)).await?);
    let quiz_key = match protection.quiz_key.clone() {
        Some(key) => key,
        None => store.quiz_key().await.map_err(ServerError::QuizKey)?,
    };
    let quizzes: Arc<dyn QuizStore> = Arc::new(TimedStore::new(Arc::new(store)));
    let (health, _) = tonic_health::server::health_reporter();
    let (draining, draining_watch) = tokio::sync::watch::channel(false);
    let health_service = shield::health::service(health.clone(), draining_watch);
    set_health(&health, ServingStatus::Serving).await;
    let monitor = tokio::spawn(watch_database(Arc::clone(&quizzes), health.clone()));
    let fact_api = FactApi::new(bank.shared_facts());
    warm_in_background(&bank, &fact_api);
    let services = Services {
        bank,
        fact_api,
        revisions,
        quizzes,
        quiz_key,
    };
    let routes = services.routes(health_service)?;

    let (draining_tx, draining_rx) = oneshot::channel::<()>();
    let reporter = health.clone();
    let signal = async move {
        shutdown.await;
        // Stopped first, so it cannot flip health back to SERVING.
        monitor.abort();
        tracing::info!("shutting down: health NOT_SERVING, draining in-flight calls");
        set_health(&reporter, ServingStatus::NotServing).await;
        // Ends health watches, which would otherwise hold the drain.
        let _ = draining.send(true);
        let _ = draining_tx.send(());
    };

    let mut builder = tonic::transport::Server::builder();
    if let Some(tls) = security.tls.clone() {
        builder = builder.tls_config(tls)?;
    }
    let incoming = shield::conn::incoming(listener, &protection, security.tls.is_some());
    let server = builder
        .trace_fn(|request| {
            tracing::info_span!("grpc", method = %crate::quote::quote(request.uri().path()))
        })
        .http2_keepalive_interval(Some(Protection::KEEPALIVE_INTERVAL))
        .http2_keepalive_timeout(Some(Protection::KEEPALIVE_TIMEOUT))
        // Bounds the calls, and so the unread replies, one connection holds.
        .max_concurrent_streams(protection.max_concurrent_streams)
        // Outermost, so it counts every refusal of the layers inside.
        .layer(MetricsLayer)
        // Next, so every status message is bounded and escaped, whichever
        // layer or service (reflection) wrote it.
        .layer(SafeStatusMessages)
        .layer(UndecodableRequestsAreInvalid)
        .layer(shield::load::ShedLoad::new(&protection, MAX_REQUEST_BYTES))
        .layer(security.guard())
        .add_routes(routes)
        .serve_with_incoming_shutdown(incoming, signal);
    until_drained(server, draining_rx).await
}

/// Health says SERVING before every fact's distractors are verified and
/// the Ask index is built (hundreds of ms of CPU together): these finish
/// them in the background, started only once the start-up work is done so
/// they do not slow it, and a request that needs one first builds it
/// itself, with the same result.
fn warm_in_background(bank: &Arc<QuestionBank>, fact_api: &FactApi) {
    let warming = Arc::clone(bank);
    tokio::task::spawn_blocking(move || warming.warm());
    let asking = fact_api.clone();
    tokio::task::spawn_blocking(move || asking.warm());
}

/// What the API services share: the question bank, the fact set's Ask
/// index, the revisions a question id may name, the quiz store and the
/// key quiz question ids are sealed with.
struct Services {
    bank: Arc<QuestionBank>,
    fact_api: FactApi,
    revisions: Arc<Revisions>,
    quizzes: Arc<dyn QuizStore>,
    quiz_key: QuizKey,
}

impl Services {
    /// Every service the server answers, `health` and reflection (v1 and
    /// v1alpha) included, each decoding requests of at most
    /// [`MAX_REQUEST_BYTES`].
    fn routes(self, health: HealthServer<EndingWatches>) -> Result<Routes, ServerError> {
        let reflection_v1 = reflection().build_v1()?;
        // grpcurl up to 1.8.x only speaks the v1alpha reflection protocol.
        let reflection_v1alpha = reflection().build_v1alpha()?;
        let learners = LearnerApi::new(Arc::clone(&self.bank), Arc::clone(&self.quizzes));
        let exports = ExportApi::new(
            Arc::clone(&self.revisions),
            Arc::clone(&self.quizzes),
            self.quiz_key.clone(),
        );
        let quizzes = QuizApi::with_revisions(self.revisions, self.quizzes).with_key(self.quiz_key);
        let mut routes = Routes::builder();
        routes
            .add_service(health.max_decoding_message_size(MAX_REQUEST_BYTES))
            .add_service(reflection_v1.max_decoding_message_size(MAX_REQUEST_BYTES))
            .add_service(reflection_v1alpha.max_decoding_message_size(MAX_REQUEST_BYTES))
            .add_service(
                LearnerServiceServer::new(learners).max_decoding_message_size(MAX_REQUEST_BYTES),
            )
            .add_service(
                FactServiceServer::new(self.fact_api).max_decoding_message_size(MAX_REQUEST_BYTES),
            )
            .add_service(
                ExportServiceServer::new(exports).max_decoding_message_size(MAX_REQUEST_BYTES),
            )
            .add_service(
                QuizServiceServer::new(quizzes).max_decoding_message_size(MAX_REQUEST_BYTES),
            );
        Ok(routes.routes())
    }
}

/// Runs `server` until it stops by itself or, once shutdown has begun
/// (`draining` fires), for at most [`DRAIN_TIMEOUT`] more.
async fn until_drained(
    server: impl Future<Output = Result<(), tonic::transport::Error>>,
    draining: oneshot::Receiver<()>,
) -> Result<(), ServerError> {
    let drain_deadline = async {
        // The sender only drops unsent when the server already stopped.
        if draining.await.is_ok() {
            tokio::time::sleep(DRAIN_TIMEOUT).await;
        } else {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        result = server => result?,
        () = drain_deadline => {
            tracing::warn!(timeout = ?DRAIN_TIMEOUT, "calls still in flight after the drain timeout; stopping anyway");
        }
    }
    tracing::info!("summit-server stopped");
    Ok(())
}

/// Reflection over everything served: the `summit.v1`, health and reflection
/// services, plus the `google.rpc` error details, so grpcurl can decode a
/// `BadRequest`.
fn reflection() -> tonic_reflection::server::Builder<'static> {
    // Both reflection protocols are registered in both servers (instead of
    // each builder adding only its own), so `grpcurl list` shows v1 and
    // v1alpha whichever protocol the client speaks.
    tonic_reflection::server::Builder::configure()
        .include_reflection_service(false)
        .register_encoded_file_descriptor_set(tonic_reflection::pb::v1::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_reflection::pb::v1alpha::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(crate::proto::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_types::pb::FILE_DESCRIPTOR_SET)
}

/// Registers the served fact set in the database and builds a question bank
/// for every older revision registered there (verifying their distractors
/// on the blocking pool), so their ids keep rebuilding exactly.
async fn load_revisions(
    store: &SqlStore,
    bank: Arc<QuestionBank>,
) -> Result<Revisions, ServerError> {
    let serving = bank.facts().fingerprint();
    store
        .register_revision(bank.facts())
        .await
        .map_err(ServerError::Revisions)?;
    let older = store
        .older_revisions(serving)
        .await
        .map_err(ServerError::Revisions)?;
    if older.is_empty() {
        return Ok(Revisions::new(bank));
    }
    let count = older.len();
    let banks = tokio::task::spawn_blocking(move || {
        older
            .into_iter()
            .map(|base| Arc::new(QuestionBank::new(Arc::new(base))))
            .collect::<Vec<_>>()
    })
    .await
    .map_err(|error| ServerError::Revisions(StoreError::Corrupt(error.to_string())))?;
    tracing::info!(
        older = count,
        "older fact-set revisions loaded; their question ids still rebuild"
    );
    Ok(Revisions::with_older(bank, banks))
}

/// Keeps health in step with the database and sweeps expired quizzes.
/// Recovers by itself: the pool reconnects on the next successful ping.
async fn watch_database(store: Arc<dyn QuizStore>, health: HealthReporter) {
    let mut serving = true;
    let mut probe = tokio::time::interval(HEALTH_PROBE_EVERY);
    probe.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_sweep = tokio::time::Instant::now();
    let mut last_count: Option<tokio::time::Instant> = None;
    loop {
        probe.tick().await;
        let reachable = match store.ping().await {
            Ok(()) => true,
            Err(error) => {
                if serving {
                    tracing::error!(%error, "the database is unreachable: health NOT_SERVING");
                }
                false
            }
        };
        if reachable != serving {
            if reachable {
                tracing::info!("the database answers again: health SERVING");
            }
            let status = if reachable {
                ServingStatus::Serving
            } else {
                ServingStatus::NotServing
            };
            set_health(&health, status).await;
            serving = reachable;
        }
        if reachable && last_sweep.elapsed() >= SWEEP_EVERY {
            last_sweep = tokio::time::Instant::now();
            match store.sweep().await {
                Ok(0) => {}
                Ok(swept) => tracing::info!(swept, "deleted expired quizzes"),
                Err(error) => tracing::warn!(%error, "could not sweep expired quizzes"),
            }
        }
        if reachable
            && crate::telemetry::enabled()
            && last_count.is_none_or(|at| at.elapsed() >= COUNT_OPEN_EVERY)
        {
            last_count = Some(tokio::time::Instant::now());
            match store.count_open_quizzes().await {
                Ok(open) => crate::telemetry::set_open_quizzes(open),
                Err(error) => tracing::warn!(%error, "could not count open quizzes"),
            }
        }
    }
}

async fn set_health(reporter: &HealthReporter, status: ServingStatus) {
    for name in HEALTH_SERVICES {
        reporter.set_service_status(name, status).await;
    }
}

/// Completes on Ctrl-C (SIGINT) or, on Unix, SIGTERM.
///
/// The handlers are installed when this is called, not when the future is
/// first polled: a signal that arrives while the facts load and the question
/// bank is built must still mean "shut down gracefully", not the default
/// action (being killed with status 143).
pub fn shutdown_signal() -> impl Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let interrupt = signal(SignalKind::interrupt());
        let terminate = signal(SignalKind::terminate());
        async move {
            let wait = |stream: std::io::Result<tokio::signal::unix::Signal>,
                        name: &'static str| async move {
                match stream {
                    Ok(mut stream) => {
                        stream.recv().await;
                    }
                    Err(error) => {
                        tracing::error!(%error, "cannot listen for {name}");
                        std::future::pending::<()>().await;
                    }
                }
            };
            tokio::select! {
                () = wait(interrupt, "SIGINT") => tracing::info!("received SIGINT"),
                () = wait(terminate, "SIGTERM") => tracing::info!("received SIGTERM"),
            }
        }
    }
    #[cfg(not(unix))]
    async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
        tracing::info!("received Ctrl-C");
    }
}

/// Message prefixes of the statuses tonic gives a request body it cannot
/// decode: bytes that are not the request message, no message at all, a bad
/// frame header, a truncated frame.
const UNDECODABLE_REQUEST: [&str; 5] = [
    "failed to decode Protobuf message",
    "Missing request message",
    "protocol error: received message with invalid compression flag",
    // A compressed message without a grpc-encoding to decompress it with.
    "protocol error: received message with compressed-flag but no grpc-encoding",
    "Unexpected EOF decoding stream",
];

/// tonic reports an undecodable request as `INTERNAL` (as gRPC's status-code
/// guide suggests), but that is the client's fault, and this API promises
/// that no input produces `INTERNAL`; and an oversized one as
/// `OUT_OF_RANGE`. This layer rewrites exactly those statuses (see
/// [`rewrite_transport_status`]). They always come before any response
/// body (a unary call decodes its request first), so only headers change.
#[derive(Debug, Clone, Copy)]
struct UndecodableRequestsAreInvalid;

impl<S> tower_layer::Layer<S> for UndecodableRequestsAreInvalid {
    type Service = RewriteUndecodable<S>;

    fn layer(&self, inner: S) -> RewriteUndecodable<S> {
        RewriteUndecodable { inner }
    }
}

#[derive(Debug, Clone)]
struct RewriteUndecodable<S> {
    inner: S,
}

impl<S, RequestBody, ResponseBody> Service<http::Request<RequestBody>> for RewriteUndecodable<S>
where
    S: Service<http::Request<RequestBody>, Response = http::Response<ResponseBody>>,
    S::Future: Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<S::Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<RequestBody>) -> Self::Future {
        let response = self.inner.call(request);
        Box::pin(async move {
            let mut response = response.await?;
            let rewritten = tonic::Status::from_header_map(response.headers())
                .and_then(|status| rewrite_transport_status(&status));
            if let Some(rewritten) = rewritten
                && let Err(error) = rewritten.add_header(response.headers_mut())
            {
                tracing::warn!(%error, "could not rewrite an undecodable request's status");
            }
            Ok(response)
        })
    }
}

/// The canonical status for what tonic's transport refused, when tonic's
/// own code is not: an undecodable request is `INVALID_ARGUMENT`, not
/// `INTERNAL`; a request over [`MAX_REQUEST_BYTES`] is
/// `RESOURCE_EXHAUSTED`, as gRPC's status-code guide has it for a message
/// over the receiver's limit, not tonic's `OUT_OF_RANGE`. `None` leaves
/// the status as it is.
fn rewrite_transport_status(status: &tonic::Status) -> Option<tonic::Status> {
    let message = status.message();
    match status.code() {
        tonic::Code::Internal
            if UNDECODABLE_REQUEST
                .iter()
                .any(|prefix| message.starts_with(prefix)) =>
        {
            Some(tonic::Status::invalid_argument(format!(
                "the request is not a valid protobuf message of the method's request type: \
                 {message}"
            )))
        }
        tonic::Code::OutOfRange if message.starts_with(OVERSIZED_REQUEST) => {
            Some(tonic::Status::resource_exhausted(format!(
                "the request message is too large: this server takes at most {MAX_REQUEST_BYTES} \
                 bytes (64 KiB) per message ({message})"
            )))
        }
        _ => None,
    }
}

/// The start of tonic's message for a request over the decoding limit.
const OVERSIZED_REQUEST: &str = "Error, decoded message length too large";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_oversized_request_is_resource_exhausted_and_an_undecodable_one_invalid() {
        let oversized = tonic::Status::out_of_range(
            "Error, decoded message length too large: found 70010 bytes, the limit is: 65536 bytes",
        );
        let rewritten = rewrite_transport_status(&oversized).expect("rewritten");
        assert_eq!(rewritten.code(), tonic::Code::ResourceExhausted);
        assert!(rewritten.message().contains("65536"), "{rewritten:?}");
        let undecodable = tonic::Status::internal("failed to decode Protobuf message: bad tag");
        let rewritten = rewrite_transport_status(&undecodable).expect("rewritten");
        assert_eq!(rewritten.code(), tonic::Code::InvalidArgument);
        assert!(rewrite_transport_status(&tonic::Status::internal("a bug")).is_none());
        assert!(rewrite_transport_status(&tonic::Status::out_of_range("page 9")).is_none());
    }

    #[test]
    fn the_defaults_listen_on_localhost_50051_with_embedded_facts() {
        let config = Config::try_parse_from(["summit-server"]).expect("parses");
        assert!(config.facts.is_none());
        // SUMMIT_ADDR may be set in the environment running the tests.
        if std::env::var_os("SUMMIT_ADDR").is_none() {
            assert_eq!(config.addr, "127.0.0.1:50051");
        }
    }

    #[test]
    fn quizzes_live_thirty_minutes_and_ten_thousand_are_kept_by_default() {
        let config = Config::try_parse_from(["summit-server"]).expect("parses");
        if std::env::var_os("SUMMIT_QUIZ_TTL_SECS").is_none()
            && std::env::var_os("SUMMIT_MAX_QUIZZES").is_none()
        {
            assert_eq!(config.session_limits(), SessionLimits::default());
        }
        let config = Config::try_parse_from([
            "summit-server",
            "--quiz-ttl-secs",
            "60",
            "--max-quizzes",
            "5",
        ])
        .expect("parses");
        assert_eq!(
            config.session_limits(),
            SessionLimits {
                ttl: Duration::from_secs(60),
                max_sessions: 5
            }
        );
        for bad in [
            ["--quiz-ttl-secs", "0"],
            ["--quiz-ttl-secs", "86401"],
            ["--max-quizzes", "0"],
            ["--max-quizzes", "1000001"],
        ] {
            let args = ["summit-server", bad[0], bad[1]];
            assert!(Config::try_parse_from(args).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_shipped_fact_file_loads_with_articles_beside_it() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/facts.json");
        let from_disk = load_fact_file(&path).expect("loads");
        let embedded = FactBase::embedded().expect("embedded");
        assert_eq!(from_disk.fingerprint(), embedded.fingerprint());
    }

    #[test]
    fn a_missing_fact_file_is_named_in_the_error() {
        let error = load_fact_file(Path::new("/nonexistent/facts.json")).expect_err("missing");
        assert!(
            error.to_string().contains("/nonexistent/facts.json"),
            "{error}"
        );
    }
}
