//! grpc.health.v1 with watches that end at shutdown.
//!
//! tonic-health's `Watch` streams never end on their own: at shutdown one
//! open watch kept the server draining for its full timeout. This wraps
//! tonic-health's service: a watch still sees NOT_SERVING when shutdown
//! begins, and then ends with UNAVAILABLE, so its client goes elsewhere and
//! the drain finishes as soon as real calls have.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::sync::watch;
use tokio_stream::Stream;
use tonic::{Request, Response, Status};
use tonic_health::pb::health_server::{Health, HealthServer};
use tonic_health::pb::{HealthCheckRequest, HealthCheckResponse};
use tonic_health::server::{HealthReporter, HealthService};

/// The health service for `reporter`'s statuses, whose watches end once
/// `draining` turns true.
pub fn service(
    reporter: HealthReporter,
    draining: watch::Receiver<bool>,
) -> HealthServer<EndingWatches> {
    HealthServer::new(EndingWatches {
        inner: HealthService::from_health_reporter(reporter),
        draining,
    })
}

/// tonic-health's service, with watches that end at shutdown.
pub struct EndingWatches {
    inner: HealthService,
    draining: watch::Receiver<bool>,
}

type BoxedWatch = Pin<Box<dyn Stream<Item = Result<HealthCheckResponse, Status>> + Send>>;

#[tonic::async_trait]
impl Health for EndingWatches {
    async fn check(
        &self,
        request: Request<HealthCheckRequest>,
    ) -> Result<Response<HealthCheckResponse>, Status> {
        self.inner.check(request).await
    }

    type WatchStream = UntilDrained;

    async fn watch(
        &self,
        request: Request<HealthCheckRequest>,
    ) -> Result<Response<UntilDrained>, Status> {
        let inner = self.inner.watch(request).await?.into_inner();
        let mut draining = self.draining.clone();
        Ok(Response::new(UntilDrained {
            inner: Box::pin(inner),
            draining: Box::pin(async move {
                // An error means the server is gone: end as well.
                let _ = draining.wait_for(|draining| *draining).await;
            }),
            done: false,
        }))
    }
}

/// A watch stream that ends with UNAVAILABLE once draining starts, after
/// delivering every status set before (NOT_SERVING among them).
pub struct UntilDrained {
    inner: BoxedWatch,
    draining: Pin<Box<dyn Future<Output = ()> + Send>>,
    done: bool,
}

impl Stream for UntilDrained {
    type Item = Result<HealthCheckResponse, Status>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.done {
            return Poll::Ready(None);
        }
        // Statuses first: NOT_SERVING is set before draining starts.
        if let Poll::Ready(item) = self.inner.as_mut().poll_next(cx) {
            return Poll::Ready(item);
        }
        match self.draining.as_mut().poll(cx) {
            Poll::Ready(()) => {
                self.done = true;
                Poll::Ready(Some(Err(Status::unavailable(
                    "the server is shutting down; watch another replica",
                ))))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}
