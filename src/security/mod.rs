//! Transport security and access control for the server, all off by
//! default so the local quick start needs no set-up:
//!
//! - TLS (`--tls-cert`, `--tls-key`) through tonic's rustls support, and
//!   mutual TLS when `--tls-client-ca` names the CA client certificates
//!   must chain to;
//! - named API keys (`--api-keys FILE`, see [`api_keys`]): every call but
//!   health and reflection must send `authorization: Bearer <key>`;
//! - a per-client rate limit (`--rate-limit`, `--rate-burst`, see
//!   [`rate_limit`]), per key name when keys are on, else per peer address;
//!   health and reflection are never limited.
//!
//! [`guard`] is the tower layer that applies keys and the rate limit.

pub mod api_keys;
pub mod guard;
pub mod rate_limit;

use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use thiserror::Error;
use tonic::transport::{Certificate, Identity, ServerTlsConfig};

pub use api_keys::{ApiKeys, ApiKeysError, KeyName};
pub use guard::GuardLayer;
pub use rate_limit::{ClientId, ClientRateLimit};

/// How long a client may take to finish the TLS handshake.
pub const TLS_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// The security flags of `summit-server`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SecurityArgs {
    /// Serve TLS with this certificate chain (PEM). Needs --tls-key.
    #[arg(
        long,
        env = "SUMMIT_TLS_CERT",
        value_name = "PEM",
        requires = "tls_key"
    )]
    pub tls_cert: Option<PathBuf>,

    /// The private key (PEM) of --tls-cert.
    #[arg(
        long,
        env = "SUMMIT_TLS_KEY",
        value_name = "PEM",
        requires = "tls_cert"
    )]
    pub tls_key: Option<PathBuf>,

    /// Mutual TLS: accept only clients whose certificate chains to this CA
    /// (PEM). Needs --tls-cert.
    #[arg(
        long,
        env = "SUMMIT_TLS_CLIENT_CA",
        value_name = "PEM",
        requires = "tls_cert"
    )]
    pub tls_client_ca: Option<PathBuf>,

    /// Require an API key on every call but health and reflection. The file
    /// holds one `NAME:KEY` per line (`#` starts a comment); keys are 32 to
    /// 256 visible ASCII characters, e.g. from `openssl rand -hex 32`.
    #[arg(long, env = "SUMMIT_API_KEYS", value_name = "FILE")]
    pub api_keys: Option<PathBuf>,

    /// Allow each client this many calls per second on average (per API key
    /// name with --api-keys, else per peer IP address); more get
    /// RESOURCE_EXHAUSTED with a retry delay. Health checks and reflection
    /// (grpcurl list/describe) are exempt.
    /// Default: no limit.
    #[arg(long, env = "SUMMIT_RATE_LIMIT", value_name = "PER_SECOND")]
    pub rate_limit: Option<NonZeroU32>,

    /// How many calls a client may make at once before --rate-limit paces
    /// it (default: one second's worth).
    #[arg(
        long,
        env = "SUMMIT_RATE_BURST",
        value_name = "CALLS",
        requires = "rate_limit"
    )]
    pub rate_burst: Option<NonZeroU32>,
}

/// Why the security configuration could not be loaded.
#[derive(Debug, Error)]
pub enum SecurityError {
    #[error("cannot read {what} `{path}`: {source}")]
    Read {
        what: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{what} `{path}` holds no PEM data")]
    NotPem { what: &'static str, path: PathBuf },
    #[error("the TLS certificate, key or client CA is unusable: {0}")]
    Tls(String),
    #[error("API key file `{path}`: {source}")]
    ApiKeys { path: PathBuf, source: ApiKeysError },
}

/// The loaded security configuration: what [`SecurityArgs`] asked for, with
/// files read and validated. The default is everything off.
#[derive(Debug, Clone, Default)]
pub struct Security {
    /// Serve TLS (and require client certificates when it has a client CA).
    pub tls: Option<ServerTlsConfig>,
    /// Whether client certificates are required.
    pub mutual_tls: bool,
    /// Require one of these keys on every call but health and reflection.
    pub api_keys: Option<Arc<ApiKeys>>,
    /// Calls per second and burst per client.
    pub rate_limit: Option<(NonZeroU32, NonZeroU32)>,
}

fn read_pem(what: &'static str, path: &Path) -> Result<Vec<u8>, SecurityError> {
    let bytes = std::fs::read(path).map_err(|source| SecurityError::Read {
        what,
        path: path.to_path_buf(),
        source,
    })?;
    if !bytes.windows(11).any(|window| window == b"-----BEGIN ") {
        return Err(SecurityError::NotPem {
            what,
            path: path.to_path_buf(),
        });
    }
    Ok(bytes)
}

impl Security {
    /// Reads and checks the files the flags name.
    pub fn load(args: &SecurityArgs) -> Result<Security, SecurityError> {
        let mut security = Security::default();
        if let (Some(cert), Some(key)) = (&args.tls_cert, &args.tls_key) {
            let identity = Identity::from_pem(
                read_pem("TLS certificate", cert)?,
                read_pem("TLS key", key)?,
            );
            let mut tls = ServerTlsConfig::new()
                .identity(identity)
                .timeout(TLS_HANDSHAKE_TIMEOUT);
            if let Some(ca) = &args.tls_client_ca {
                let ca = Certificate::from_pem(read_pem("TLS client CA", ca)?);
                tls = tls.client_ca_root(ca);
                security.mutual_tls = true;
            }
            // tonic parses the PEM when the config is applied: do it now, so
            // a bad file stops start-up with its cause.
            tonic::transport::Server::builder()
                .tls_config(tls.clone())
                .map_err(|error| SecurityError::Tls(innermost_cause(&error)))?;
            security.tls = Some(tls);
        }
        if let Some(path) = &args.api_keys {
            let text = std::fs::read_to_string(path).map_err(|source| SecurityError::Read {
                what: "API key file",
                path: path.clone(),
                source,
            })?;
            let keys = ApiKeys::parse(&text).map_err(|source| SecurityError::ApiKeys {
                path: path.clone(),
                source,
            })?;
            security.api_keys = Some(Arc::new(keys));
        }
        if let Some(per_second) = args.rate_limit {
            security.rate_limit = Some((per_second, args.rate_burst.unwrap_or(per_second)));
        }
        Ok(security)
    }

    /// The tower layer that checks API keys and rate limits. Call inside
    /// the server's tokio runtime (the rate limiter starts a task).
    pub fn guard(&self) -> GuardLayer {
        GuardLayer::new(
            self.api_keys.clone(),
            self.rate_limit.map(|(per_second, burst)| {
                (ClientRateLimit::new(per_second, burst), per_second, burst)
            }),
        )
    }

    /// Logs what is on, naming keys but never showing them.
    pub fn log_summary(&self) {
        let key_names: Vec<&str> = self.api_keys.iter().flat_map(|keys| keys.names()).collect();
        tracing::info!(
            tls = self.tls.is_some(),
            mutual_tls = self.mutual_tls,
            api_keys = ?key_names,
            rate_limit_per_second = self.rate_limit.map(|(rate, _)| rate.get()),
            rate_burst = self.rate_limit.map(|(_, burst)| burst.get()),
            "security"
        );
    }
}

/// The innermost cause of an error: tonic's TLS errors say "transport
/// error" on top and what is wrong with the file underneath.
fn innermost_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = error;
    while let Some(source) = cause.source() {
        cause = source;
    }
    cause.to_string()
}
