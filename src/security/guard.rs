//! The tower layer in front of every service that checks API keys and the
//! per-client rate limit, refusing with a trailers-only gRPC status.

use std::future::Future;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use tonic::codegen::{Service, http};
use tonic::transport::server::{TcpConnectInfo, TlsConnectInfo};
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

use super::api_keys::{ApiKeys, KeyName};
use super::rate_limit::{ClientId, ClientRateLimit};

/// Calls that never need a key and are never rate limited: load
/// balancers' health probes, and grpcurl's discovery (`list`, `describe`
/// and every call's schema lookup go through reflection first, so a paced
/// developer would otherwise see their calls fail before they are made).
/// Both are cheap, answered from memory; the connection cap bounds them.
const OPEN_PREFIXES: [&str; 2] = ["/grpc.health.v1.Health/", "/grpc.reflection."];

/// Checks API keys and rate limits; see [`super::Security::guard`].
#[derive(Debug, Clone)]
pub struct GuardLayer {
    policy: Arc<Policy>,
}

#[derive(Debug)]
struct Policy {
    keys: Option<Arc<ApiKeys>>,
    rate: Option<(ClientRateLimit, NonZeroU32, NonZeroU32)>,
}

impl GuardLayer {
    pub fn new(
        keys: Option<Arc<ApiKeys>>,
        rate: Option<(ClientRateLimit, NonZeroU32, NonZeroU32)>,
    ) -> GuardLayer {
        GuardLayer {
            policy: Arc::new(Policy { keys, rate }),
        }
    }
}

impl<S> tower_layer::Layer<S> for GuardLayer {
    type Service = Guard<S>;

    fn layer(&self, inner: S) -> Guard<S> {
        Guard {
            inner,
            policy: Arc::clone(&self.policy),
        }
    }
}

/// The service [`GuardLayer`] wraps around the server's routes.
#[derive(Debug, Clone)]
pub struct Guard<S> {
    inner: S,
    policy: Arc<Policy>,
}

/// The peer's IP address, over plain TCP or TLS.
fn peer_ip<B>(request: &http::Request<B>) -> Option<IpAddr> {
    let extensions = request.extensions();
    extensions
        .get::<TcpConnectInfo>()
        .and_then(TcpConnectInfo::remote_addr)
        .or_else(|| {
            extensions
                .get::<TlsConnectInfo<TcpConnectInfo>>()
                .and_then(|info| info.get_ref().remote_addr())
        })
        .map(|addr| addr.ip())
}

/// The key name of a request's `authorization: Bearer <key>` header.
fn authenticate(keys: &ApiKeys, headers: &http::HeaderMap) -> Result<KeyName, Status> {
    let Some(value) = headers.get(http::header::AUTHORIZATION) else {
        return Err(Status::unauthenticated(
            "this server needs an API key: send the metadata `authorization: Bearer <key>`",
        ));
    };
    let token = value
        .to_str()
        .ok()
        .and_then(|value| {
            let (scheme, token) = value.trim().split_once(' ')?;
            scheme
                .eq_ignore_ascii_case("bearer")
                .then_some(token.trim())
        })
        .filter(|token| !token.is_empty());
    let Some(token) = token else {
        return Err(Status::unauthenticated(
            "the authorization metadata must be `Bearer <key>`",
        ));
    };
    keys.identify(token)
        .ok_or_else(|| Status::permission_denied("the API key is not valid for this server"))
}

impl Policy {
    /// Who the call is from, or the status refusing it.
    fn admit<B>(&self, request: &http::Request<B>) -> Result<Option<KeyName>, Status> {
        let path = request.uri().path();
        if OPEN_PREFIXES.iter().any(|p| path.starts_with(p)) {
            return Ok(None);
        }
        let name = match &self.keys {
            Some(keys) => {
                match authenticate(keys, request.headers()) {
                    Ok(name) => Some(name),
                    Err(status) => {
                        // The peer, not the key: keys are never logged.
                        tracing::debug!(peer = ?peer_ip(request), code = ?status.code(), "refused a call without a valid API key");
                        return Err(status);
                    }
                }
            }
            _ => None,
        };
        if let Some((limit, per_second, burst)) = &self.rate {
            let client = match (&name, peer_ip(request)) {
                (Some(name), _) => ClientId::Key(name.clone()),
                (None, Some(ip)) => ClientId::Ip(ip),
                (None, None) => ClientId::Unknown,
            };
            if let Err(wait) = limit.check(&client) {
                crate::telemetry::record_rate_limited(name.as_ref());
                return Err(rate_limited(&client, *per_second, *burst, wait));
            }
        }
        Ok(name)
    }
}

/// RESOURCE_EXHAUSTED with a `RetryInfo` saying when to try again.
fn rate_limited(
    client: &ClientId,
    per_second: NonZeroU32,
    burst: NonZeroU32,
    wait: Duration,
) -> Status {
    // Rounded up, so a client that waits exactly this long is admitted.
    let wait = Duration::from_millis(u64::try_from(wait.as_millis()).unwrap_or(u64::MAX) + 1);
    Status::with_error_details(
        Code::ResourceExhausted,
        format!(
            "rate limit exceeded for {client}: {per_second} calls per second, bursts of {burst}; retry in {} ms",
            wait.as_millis()
        ),
        ErrorDetails::with_retry_info(Some(wait)),
    )
}

impl<S, RequestBody> Service<http::Request<RequestBody>> for Guard<S>
where
    S: Service<http::Request<RequestBody>, Response = http::Response<tonic::body::Body>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<S::Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<RequestBody>) -> Self::Future {
        match self.policy.admit(&request) {
            Err(status) => Box::pin(std::future::ready(Ok(status.into_http()))),
            Ok(name) => {
                let response = self.inner.call(request);
                Box::pin(async move {
                    let mut response = response.await?;
                    // For the metrics layer outside, which labels calls by key name.
                    if let Some(name) = name {
                        response.extensions_mut().insert(name);
                    }
                    Ok(response)
                })
            }
        }
    }
}
