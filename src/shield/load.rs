//! Load shedding: bounds on calls in flight, overall and per class of cost.
//!
//! Each call must find room under the overall bound (one semaphore, taken
//! with `try_acquire`) and under its class's limit ([`super::limit`]):
//! *heavy* calls, which generate questions or wait on the database
//! (GenerateQuestions, Ask, StartQuiz, SubmitAnswer, GetQuiz, which may write
//! the quiz's new expiry, ExportQuestions and the learner calls), get
//! a small adaptive limit of their own; every other call is *light*. When
//! there is no room the call is answered at once with RESOURCE_EXHAUSTED
//! and never reaches a handler. Nothing queues, so under a flood the calls
//! that are admitted keep their normal latency and memory stays bounded.
//! Health checks and reflection skip every bound: a load balancer's probe
//! must be answered most of all when the server is busy.
//!
//! An admitted call's time from admission to its handler's answer is what
//! the class's limit adapts to, and what the
//! `summit_grpc_admitted_duration_seconds` histogram records.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use tokio::sync::Semaphore;
use tonic::codegen::{Service, http};

use super::Protection;
use super::limit::{Aimd, ClassLimit};

/// Method path prefixes exempt from the bound.
const EXEMPT: [&str; 2] = ["/grpc.health.v1.Health/", "/grpc.reflection."];

/// The calls that cost milliseconds of CPU or a database round trip each
/// (GetQuiz may write the quiz's new expiry: under a flood, when it wrote on
/// every call, its durable write made it the slowest call of all).
pub const HEAVY: [&str; 9] = [
    "/summit.v1.QuizService/GenerateQuestions",
    "/summit.v1.FactService/Ask",
    "/summit.v1.QuizService/StartQuiz",
    "/summit.v1.QuizService/SubmitAnswer",
    "/summit.v1.QuizService/GetQuiz",
    "/summit.v1.ExportService/ExportQuestions",
    "/summit.v1.LearnerService/GetLearnerProgress",
    "/summit.v1.LearnerService/ListAttempts",
    "/summit.v1.LearnerService/DeleteLearner",
];

/// The smallest adaptive limit of light calls: they cost tens of
/// microseconds, so a few dozen never make one another wait long.
const LIGHT_FLOOR: usize = 16;

/// The layer; see the [module docs](self).
#[derive(Debug, Clone)]
pub struct ShedLoad {
    permits: Arc<Semaphore>,
    max_in_flight: usize,
    light: Arc<ClassLimit>,
    heavy: Arc<ClassLimit>,
}

impl ShedLoad {
    pub fn new(protection: &Protection) -> ShedLoad {
        let max_in_flight = protection.max_in_flight.clamp(1, Semaphore::MAX_PERMITS);
        let max_heavy = protection.max_heavy_in_flight.clamp(1, max_in_flight);
        let target = protection.latency_target;
        ShedLoad {
            permits: Arc::new(Semaphore::new(max_in_flight)),
            max_in_flight,
            light: Arc::new(ClassLimit::new(
                "light",
                Aimd::new(LIGHT_FLOOR, max_in_flight, max_in_flight, target),
            )),
            // Starts halfway: the first calls of a burst are admitted
            // before any has shown how slow the machine is.
            heavy: Arc::new(ClassLimit::new(
                "heavy",
                Aimd::new(1, max_heavy, max_heavy.div_ceil(2), target),
            )),
        }
    }

    /// The class a method path belongs to.
    fn class(&self, path: &str) -> &Arc<ClassLimit> {
        if HEAVY.contains(&path) {
            &self.heavy
        } else {
            &self.light
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

fn shed<B: Default>(message: String) -> http::Response<B> {
    tracing::debug!(%message, "shed a call");
    crate::telemetry::record_shed();
    tonic::Status::resource_exhausted(message).into_http()
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
        let class = self.limit.class(path);
        let Some(ticket) = class.try_admit() else {
            let message = format!(
                "the server is at its limit of {} {} calls in flight; retry with backoff",
                class.limit(),
                class.name
            );
            return Box::pin(std::future::ready(Ok(shed(message))));
        };
        let Ok(permit) = Arc::clone(&self.limit.permits).try_acquire_owned() else {
            let message = format!(
                "the server is at its limit of {} calls in flight; retry with backoff",
                self.limit.max_in_flight
            );
            return Box::pin(std::future::ready(Ok(shed(message))));
        };
        let response = self.inner.call(request);
        Box::pin(async move {
            let response = response.await;
            ticket.finish();
            drop(permit);
            response
        })
    }
}
