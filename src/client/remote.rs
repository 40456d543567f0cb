//! The connection to a quiz server: its address as the learner typed it,
//! its TLS settings and API key, and the `summit.v1` clients that share one
//! channel.

use std::path::PathBuf;
use std::time::Duration;

use tonic::metadata::{Ascii, MetadataValue};
use tonic::service::Interceptor;
use tonic::service::interceptor::InterceptedService;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint, Identity};

use super::error::{ClientError, root_cause};
use crate::proto::export_service_client::ExportServiceClient;
use crate::proto::fact_service_client::FactServiceClient;
use crate::proto::learner_service_client::LearnerServiceClient;
use crate::proto::quiz_service_client::QuizServiceClient;

/// How long to try connecting before calling the server unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// The longest any one call may take: every RPC answers in milliseconds,
/// so a call this slow means the server is stuck, and the learner is told.
const CALL_TIMEOUT: Duration = Duration::from_secs(10);

/// How long the first call (a health check) may take before the address
/// is called unreachable: a server that accepts connections but never
/// answers must not keep the learner waiting for [`CALL_TIMEOUT`].
const PROBE_TIMEOUT: Duration = Duration::from_secs(5);

/// How the client proves who it is and checks the server, for `--server`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ConnectArgs {
    /// Trust this CA certificate (PEM) for an https:// --server instead of
    /// the system's trusted roots.
    #[arg(long, value_name = "PEM")]
    pub tls_ca: Option<PathBuf>,

    /// Mutual TLS: present this client certificate (PEM). Needs --tls-key.
    #[arg(long, value_name = "PEM", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// The private key (PEM) of --tls-cert.
    #[arg(long, value_name = "PEM", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,

    /// Send this API key (`authorization: Bearer KEY`) on every call, for a
    /// server started with --api-keys.
    #[arg(
        long,
        env = "SUMMIT_API_KEY",
        value_name = "KEY",
        hide_env_values = true
    )]
    pub api_key: Option<String>,
}

/// Adds the API key, if any, to every call.
#[derive(Clone, Default)]
pub struct Credentials {
    authorization: Option<MetadataValue<Ascii>>,
}

/// Never shows the key.
impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("api_key", &self.authorization.is_some())
            .finish()
    }
}

impl Interceptor for Credentials {
    fn call(
        &mut self,
        mut request: tonic::Request<()>,
    ) -> Result<tonic::Request<()>, tonic::Status> {
        if let Some(value) = &self.authorization {
            request
                .metadata_mut()
                .insert("authorization", value.clone());
        }
        Ok(request)
    }
}

/// The channel every client of a [`Remote`] shares, with its credentials.
pub type Connection = InterceptedService<Channel, Credentials>;

/// Connected clients for one server.
#[derive(Debug, Clone)]
pub struct Remote {
    /// The server's URL, for messages.
    pub url: String,
    pub quiz: QuizServiceClient<Connection>,
    pub facts: FactServiceClient<Connection>,
    pub export: ExportServiceClient<Connection>,
    pub learner: LearnerServiceClient<Connection>,
}

fn read_pem(flag: &str, path: &std::path::Path) -> Result<Vec<u8>, ClientError> {
    std::fs::read(path)
        .map_err(|error| ClientError::Usage(format!("{flag} {}: {error}", path.display())))
}

impl ConnectArgs {
    /// The TLS settings for `url`: none for http://, the CA and client
    /// certificate given (or the system's roots) for https://.
    fn tls(&self, url: &str) -> Result<Option<ClientTlsConfig>, ClientError> {
        if !url.starts_with("https://") {
            if self.tls_ca.is_some() || self.tls_cert.is_some() {
                return Err(ClientError::Usage(format!(
                    "--tls-ca and --tls-cert need an https:// --server, not {url}"
                )));
            }
            return Ok(None);
        }
        let mut tls = ClientTlsConfig::new();
        tls = match &self.tls_ca {
            Some(ca) => tls.ca_certificate(Certificate::from_pem(read_pem("--tls-ca", ca)?)),
            None => tls.with_native_roots(),
        };
        if let (Some(cert), Some(key)) = (&self.tls_cert, &self.tls_key) {
            tls = tls.identity(Identity::from_pem(
                read_pem("--tls-cert", cert)?,
                read_pem("--tls-key", key)?,
            ));
        }
        Ok(Some(tls))
    }

    fn credentials(&self) -> Result<Credentials, ClientError> {
        let authorization = match &self.api_key {
            None => None,
            Some(key) => Some(
                format!("Bearer {}", key.trim())
                    .parse::<MetadataValue<Ascii>>()
                    .map_err(|_| {
                        ClientError::Usage(
                            "--api-key must be visible ASCII characters without spaces".into(),
                        )
                    })?,
            ),
        };
        Ok(Credentials { authorization })
    }
}

/// `host:port`, `http://host:port` or `https://host:port` as a URL tonic
/// can dial; a bare address means plain http.
pub fn server_url(given: &str) -> Result<String, ClientError> {
    let given = given.trim().trim_end_matches('/');
    if given.is_empty() {
        return Err(ClientError::Usage(
            "--server needs an address, e.g. --server localhost:50051".into(),
        ));
    }
    let url = if given.starts_with("http://") || given.starts_with("https://") {
        given.to_string()
    } else if given.contains("://") {
        return Err(ClientError::Usage(format!(
            "--server {given}: expected HOST:PORT, http://HOST:PORT or https://HOST:PORT"
        )));
    } else {
        format!("http://{given}")
    };
    match url.parse::<tonic::codegen::http::Uri>() {
        Ok(uri) if uri.host().is_some() && uri.port().is_some() => Ok(url),
        _ => Err(ClientError::Usage(format!(
            "--server {given}: expected HOST:PORT, http://HOST:PORT or https://HOST:PORT, e.g. localhost:50051"
        ))),
    }
}

impl Remote {
    /// Connects to `url` (as returned by [`server_url`]) at once, so an
    /// unreachable server is reported before the quiz starts.
    pub async fn connect(url: String, options: &ConnectArgs) -> Result<Remote, ClientError> {
        let mut endpoint = Endpoint::from_shared(url.clone())
            .map_err(|e| ClientError::Usage(format!("--server {url}: {e}")))?
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(CALL_TIMEOUT)
            .tcp_nodelay(true);
        if let Some(tls) = options.tls(&url)? {
            endpoint = endpoint.tls_config(tls).map_err(|error| {
                ClientError::Usage(format!("TLS settings: {}", root_cause(&error)))
            })?;
        }
        let credentials = options.credentials()?;
        let channel = endpoint
            .connect()
            .await
            .map_err(|error| ClientError::Unreachable {
                url: url.clone(),
                reason: root_cause(&error),
            })?;
        probe(&channel, &url).await?;
        Ok(Remote {
            url,
            quiz: QuizServiceClient::with_interceptor(channel.clone(), credentials.clone()),
            facts: FactServiceClient::with_interceptor(channel.clone(), credentials.clone()),
            export: ExportServiceClient::with_interceptor(channel.clone(), credentials.clone()),
            learner: LearnerServiceClient::with_interceptor(channel, credentials),
        })
    }
}

/// Checks that a gRPC server answers at `url` at all, so an address that
/// is not a gRPC server (or never answers) is reported as unreachable
/// (exit 2) before the quiz starts, not as a connection lost mid-quiz.
/// Any gRPC status counts as an answer: a server without the health
/// service still speaks gRPC.
async fn probe(channel: &Channel, url: &str) -> Result<(), ClientError> {
    let mut health = tonic_health::pb::health_client::HealthClient::new(channel.clone());
    let mut request = tonic::Request::new(tonic_health::pb::HealthCheckRequest::default());
    request.set_timeout(PROBE_TIMEOUT);
    let unreachable = |reason: String| ClientError::Unreachable {
        url: url.to_string(),
        reason,
    };
    let silent = || {
        unreachable(format!(
            "it did not answer within {} seconds",
            PROBE_TIMEOUT.as_secs()
        ))
    };
    match tokio::time::timeout(PROBE_TIMEOUT, health.check(request)).await {
        Err(_) => Err(silent()),
        Ok(Ok(_)) => Ok(()),
        // The channel's own deadline can fire first.
        Ok(Err(status))
            if status.code() == tonic::Code::DeadlineExceeded
                || status.message().contains("Timeout expired") =>
        {
            Err(silent())
        }
        Ok(Err(status)) => match status.code() {
            // What tonic reports for a peer that is not speaking gRPC
            // over HTTP/2, or that hung up, or that never answered.
            tonic::Code::Unknown
            | tonic::Code::Internal
            | tonic::Code::Unavailable
            | tonic::Code::Cancelled
            | tonic::Code::DeadlineExceeded => Err(unreachable(format!(
                "it does not answer as a gRPC server: {}",
                crate::quote::quote(status.message())
            ))),
            _ => Ok(()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_host_and_port_gets_the_http_scheme() {
        assert_eq!(
            server_url("localhost:50051").unwrap(),
            "http://localhost:50051"
        );
        assert_eq!(
            server_url("http://127.0.0.1:1/").unwrap(),
            "http://127.0.0.1:1"
        );
        assert_eq!(server_url(" [::1]:8080 ").unwrap(), "http://[::1]:8080");
        assert_eq!(
            server_url("https://localhost:443").unwrap(),
            "https://localhost:443"
        );
    }

    #[test]
    fn addresses_the_client_cannot_dial_are_usage_errors() {
        for bad in ["", "localhost", "https://example.com", "ftp://x:1", "a b:1"] {
            let error = server_url(bad).expect_err(bad);
            assert!(matches!(error, ClientError::Usage(_)), "{bad}: {error:?}");
            assert_eq!(error.exit_code(), 2);
        }
    }
}
