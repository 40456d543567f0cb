//! Load shedding: a global bound on calls in flight.
//!
//! Each call takes a permit from one semaphore with `try_acquire`; when
//! none is left the call is answered at once with RESOURCE_EXHAUSTED and
//! never reaches a handler. Nothing queues, so under a flood the calls that
//! are admitted keep their normal latency and memory stays bounded. Health
//! checks and reflection skip the bound: a load balancer's probe must be
//! answered most of all when the server is busy.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use tokio::sync::Semaphore;
use tonic::codegen::{Service, http};

/// Method path prefixes exempt from the bound.
const EXEMPT: [&str; 2] = ["/grpc.health.v1.Health/", "/grpc.reflection."];

/// The layer: at most `max_in_flight` calls at once.
#[derive(Debug, Clone)]
pub struct ShedLoad {
    permits: Arc<Semaphore>,
    max_in_flight: usize,
}

impl ShedLoad {
    pub fn new(max_in_flight: usize) -> ShedLoad {
        let max_in_flight = max_in_flight.clamp(1, Semaphore::MAX_PERMITS);
        ShedLoad {
            permits: Arc::new(Semaphore::new(max_in_flight)),
            max_in_flight,
        }
    }
}

impl<S> tower_layer::Layer<S> for ShedLoad {
    type Service = Shedding<S>;

    fn layer(&self, inner: S) -> Shedding<S> {
        Shedding {
            inner,
            limit: self.clone(),
        }
    }
}

/// [`ShedLoad`] around a service.
#[derive(Debug, Clone)]
pub struct Shedding<S> {
    inner: S,
    limit: ShedLoad,
}

impl<S, RequestBody, ResponseBody> Service<http::Request<RequestBody>> for Shedding<S>
where
    S: Service<http::Request<RequestBody>, Response = http::Response<ResponseBody>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
    ResponseBody: Default + Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<S::Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<RequestBody>) -> Self::Future {
        let path = request.uri().path();
        if EXEMPT.iter().any(|prefix| path.starts_with(prefix)) {
            return Box::pin(self.inner.call(request));
        }
        let Ok(permit) = Arc::clone(&self.limit.permits).try_acquire_owned() else {
            tracing::debug!(
                max_in_flight = self.limit.max_in_flight,
                "shed a call: too many in flight"
            );
            crate::telemetry::record_shed();
            let status = tonic::Status::resource_exhausted(format!(
                "the server is at its limit of {} calls in flight; retry with backoff",
                self.limit.max_in_flight
            ));
            return Box::pin(std::future::ready(Ok(status.into_http())));
        };
        let response = self.inner.call(request);
        Box::pin(async move {
            let response = response.await;
            drop(permit);
            response
        })
    }
}
