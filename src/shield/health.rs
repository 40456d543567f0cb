//! grpc.health.v1 with watches that end at shutdown.
//!
//! tonic-health's `Watch` streams never end on their own: at shutdown one
//! open watch kept the server draining for its full timeout. This wraps
//! tonic-health's service: a watch still sees NOT_SERVING when shutdown
//! begins, and then ends with UNAVAILABLE, so its client goes elsewhere and
//! the drain finishes as soon as real calls have.
//!
//! Watches skip the in-flight bounds (a probe must answer under load), so
//! they have a cap of their own, [`MAX_WATCHES`]: each open watch holds a
//! few kilobytes, and 5,000 on one connection once added 36 MB.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio_stream::Stream;
use tonic::{Request, Response, Status};
use tonic_health::pb::health_server::{Health, HealthServer};
use tonic_health::pb::{HealthCheckRequest, HealthCheckResponse};
use tonic_health::server::{HealthReporter, HealthService};

/// The most health watches open at once, on all connections together: far
/// more than the load balancers and supervisors watching one server, and
/// a few megabytes at most.
pub const MAX_WATCHES: usize = 1024;

/// The health service for `reporter`'s statuses, whose watches end once
/// `draining` turns true, at most [`MAX_WATCHES`] of them at once.
pub fn service(
    reporter: HealthReporter,
    draining: watch::Receiver<bool>,
) -> HealthServer<EndingWatches> {
    HealthServer::new(EndingWatches::new(reporter, draining, MAX_WATCHES))
}

/// tonic-health's service, with watches that end at shutdown and a cap on
/// how many are open.
pub struct EndingWatches {
    inner: HealthService,
    draining: watch::Receiver<bool>,
    /// One permit per watch that may open.
    watches: Arc<Semaphore>,
    max_watches: usize,
}

impl EndingWatches {
    fn new(
        reporter: HealthReporter,
        draining: watch::Receiver<bool>,
        max_watches: usize,
    ) -> EndingWatches {
        let max_watches = max_watches.clamp(1, Semaphore::MAX_PERMITS);
        EndingWatches {
            inner: HealthService::from_health_reporter(reporter),
            draining,
            watches: Arc::new(Semaphore::new(max_watches)),
            max_watches,
        }
    }
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
        let Ok(permit) = Arc::clone(&self.watches).try_acquire_owned() else {
            return Err(Status::resource_exhausted(format!(
                "the server already has its limit of {} health watches open; use Check, or \
                 watch again later",
                self.max_watches
            )));
        };
        let inner = self.inner.watch(request).await?.into_inner();
        let mut draining = self.draining.clone();
        Ok(Response::new(UntilDrained {
            inner: Box::pin(inner),
            draining: Box::pin(async move {
                // An error means the server is gone: end as well.
                let _ = draining.wait_for(|draining| *draining).await;
            }),
            done: false,
            _permit: permit,
        }))
    }
}

/// A watch stream that ends with UNAVAILABLE once draining starts, after
/// delivering every status set before (NOT_SERVING among them).
pub struct UntilDrained {
    inner: BoxedWatch,
    draining: Pin<Box<dyn Future<Output = ()> + Send>>,
    done: bool,
    /// Its place under [`MAX_WATCHES`], given back when the stream drops.
    _permit: OwnedSemaphorePermit,
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

#[cfg(test)]
mod tests {
    use super::*;

    async fn open(service: &EndingWatches) -> Result<Response<UntilDrained>, Status> {
        service
            .watch(Request::new(HealthCheckRequest::default()))
            .await
    }

    #[tokio::test]
    async fn watches_over_the_cap_are_refused_until_one_closes() {
        let (reporter, _) = tonic_health::server::health_reporter();
        let (_draining, watching) = watch::channel(false);
        let service = EndingWatches::new(reporter, watching, 2);
        let first = open(&service).await.expect("first watch");
        let _second = open(&service).await.expect("second watch");
        let Err(refused) = open(&service).await else {
            panic!("a third watch is over the cap");
        };
        assert_eq!(refused.code(), tonic::Code::ResourceExhausted);
        assert!(refused.message().contains("limit of 2"), "{refused:?}");
        drop(first);
        open(&service).await.expect("a place came back");
    }
}
