//! The connection to a quiz server: its address as the learner typed it,
//! and the `summit.v1` clients that share one channel.

use std::time::Duration;

use tonic::transport::{Channel, Endpoint};

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

/// Connected clients for one server.
#[derive(Debug, Clone)]
pub struct Remote {
    /// The server's URL, for messages.
    pub url: String,
    pub quiz: QuizServiceClient<Channel>,
    pub facts: FactServiceClient<Channel>,
    pub export: ExportServiceClient<Channel>,
    pub learner: LearnerServiceClient<Channel>,
}

/// `host:port` or `http://host:port` as a URL tonic can dial. TLS is not
/// built in, so `https://` is refused up front rather than failing oddly.
pub fn server_url(given: &str) -> Result<String, ClientError> {
    let given = given.trim().trim_end_matches('/');
    if given.is_empty() {
        return Err(ClientError::Usage(
            "--server needs an address, e.g. --server localhost:50051".into(),
        ));
    }
    if given.starts_with("https://") {
        return Err(ClientError::Usage(format!(
            "--server {given}: TLS is not supported; use http://HOST:PORT"
        )));
    }
    let url = if given.starts_with("http://") {
        given.to_string()
    } else if given.contains("://") {
        return Err(ClientError::Usage(format!(
            "--server {given}: expected HOST:PORT or http://HOST:PORT"
        )));
    } else {
        format!("http://{given}")
    };
    match url.parse::<tonic::codegen::http::Uri>() {
        Ok(uri) if uri.host().is_some() && uri.port().is_some() => Ok(url),
        _ => Err(ClientError::Usage(format!(
            "--server {given}: expected HOST:PORT or http://HOST:PORT, e.g. localhost:50051"
        ))),
    }
}

impl Remote {
    /// Connects to `url` (as returned by [`server_url`]) at once, so an
    /// unreachable server is reported before the quiz starts.
    pub async fn connect(url: String) -> Result<Remote, ClientError> {
        let endpoint = Endpoint::from_shared(url.clone())
            .map_err(|e| ClientError::Usage(format!("--server {url}: {e}")))?
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(CALL_TIMEOUT)
            .tcp_nodelay(true);
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
            quiz: QuizServiceClient::new(channel.clone()),
            facts: FactServiceClient::new(channel.clone()),
            export: ExportServiceClient::new(channel.clone()),
            learner: LearnerServiceClient::new(channel),
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
    match tokio::time::timeout(PROBE_TIMEOUT, health.check(request)).await {
        Err(_) => Err(unreachable(format!(
            "it did not answer within {} seconds",
            PROBE_TIMEOUT.as_secs()
        ))),
        Ok(Ok(_)) => Ok(()),
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
    }

    #[test]
    fn addresses_the_client_cannot_dial_are_usage_errors() {
        for bad in [
            "",
            "localhost",
            "https://example.com:443",
            "ftp://x:1",
            "a b:1",
        ] {
            let error = server_url(bad).expect_err(bad);
            assert!(matches!(error, ClientError::Usage(_)), "{bad}: {error:?}");
            assert_eq!(error.exit_code(), 2);
        }
    }
}
