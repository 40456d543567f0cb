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
//! A call asks for its place only once its whole request has arrived
//! (every RPC under the bounds is unary or server-streaming: one request
//! message of at most the decoding limit, so reading it first costs no
//! more memory than decoding it). A client that opens streams and never
//! finishes their requests therefore holds no place, where it used to lock
//! every other client out with a handful of streams. A request still
//! incomplete after [`Protection::request_timeout`] is ended with
//! DEADLINE_EXCEEDED: a deadline ran out (the server's, not the client's),
//! which says "send it again, whole" better than CANCELLED, which gRPC
//! reserves for a call its caller abandoned (the code a request broken off
//! by the client gets here).
//!
//! An admitted call's time from admission to its handler's answer is what
//! the class's limit adapts to, and what the
//! `summit_grpc_admitted_duration_seconds` histogram records.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use tokio::sync::Semaphore;
use tonic::body::Body;
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
    /// How long a call's whole request may take to arrive.
    request_timeout: Duration,
    /// The largest request message the services decode.
    max_message_bytes: usize,
}

/// The gRPC frame header in front of each message: a compressed flag and
/// a 4-byte length.
const GRPC_FRAME_HEADER: usize = 5;

impl ShedLoad {
    /// The bounds of `protection`, for services that decode request
    /// messages of at most `max_message_bytes`.
    pub fn new(protection: &Protection, max_message_bytes: usize) -> ShedLoad {
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
            request_timeout: protection.request_timeout,
            max_message_bytes,
        }
    }

    /// Reads a call's whole request (one message and its frame header, at
    /// most), or says with what status the call ends instead. A request
    /// already whole when the call arrives (the usual case: a unary
    /// request's one frame comes with its headers) is taken at once, with
    /// no timer armed; only one still arriving is given
    /// [`Protection::request_timeout`] to finish.
    async fn read_whole(&self, body: Body) -> Result<Bytes, tonic::Status> {
        let mut reading = std::pin::pin!(ReadWhole::new(
            body,
            self.max_message_bytes + GRPC_FRAME_HEADER
        ));
        let read = match std::future::poll_fn(|cx| Poll::Ready(reading.as_mut().poll(cx))).await {
            Poll::Ready(read) => read,
            Poll::Pending => match tokio::time::timeout(self.request_timeout, reading).await {
                Ok(read) => read,
                Err(_) => {
                    return Err(tonic::Status::deadline_exceeded(format!(
                        "the whole request did not arrive within {} s; send each request at once",
                        self.request_timeout.as_secs_f64()
                    )));
                }
            },
        };
        read.map_err(|error| match error {
            Unread::TooLarge => tonic::Status::resource_exhausted(format!(
                "the request message is too large: this server takes at most {} bytes per \
                 message",
                self.max_message_bytes
            )),
            Unread::BrokenOff(error) => tonic::Status::cancelled(format!(
                "the request was broken off before it was whole: {}",
                crate::quote::quote(&error.to_string())
            )),
        })
    }

    /// Reads `request` whole, then admits it under the bounds (or sheds
    /// it) and calls `inner`, which was polled ready, with it.
    async fn admit_whole<S, ResponseBody>(
        self: Arc<Self>,
        request: http::Request<Body>,
        mut inner: S,
    ) -> Result<http::Response<ResponseBody>, S::Error>
    where
        S: Service<http::Request<Body>, Response = http::Response<ResponseBody>>,
        ResponseBody: Default,
    {
        let (parts, body) = request.into_parts();
        let whole = match self.read_whole(body).await {
            Ok(whole) => whole,
            Err(status) => {
                tracing::debug!(%status, "ended a call whose request did not arrive whole");
                return Ok(status.into_http());
            }
        };
        let class = self.class(parts.uri.path());
        let Some(ticket) = class.try_admit() else {
            let message = format!(
                "the server is at its limit of {} {} calls in flight; retry with backoff",
                class.limit(),
                class.name
            );
            return Ok(shed(message));
        };
        let Ok(permit) = Arc::clone(&self.permits).try_acquire_owned() else {
            let message = format!(
                "the server is at its limit of {} calls in flight; retry with backoff",
                self.max_in_flight
            );
            return Ok(shed(message));
        };
        let request = http::Request::from_parts(parts, Body::new(Full::new(whole)));
        let response = inner.call(request).await;
        ticket.finish();
        drop(permit);
        response
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

/// Why a request could not be read whole.
enum Unread {
    /// Its bytes went past the limit.
    TooLarge,
    /// The body failed: the client reset the stream or the connection broke.
    BrokenOff(tonic::Status),
}

/// Reads a request body whole, up to `limit` bytes: a body of one data
/// frame (every unary request of a gRPC client) is kept as it came, with
/// no copy; trailers are dropped, as a unary request has none that count.
struct ReadWhole {
    body: Body,
    limit: usize,
    first: Option<Bytes>,
    /// The frames after the first, joined (rare: a large message split
    /// across DATA frames).
    rest: Option<bytes::BytesMut>,
    read: usize,
}

impl ReadWhole {
    fn new(body: Body, limit: usize) -> ReadWhole {
        ReadWhole {
            body,
            limit,
            first: None,
            rest: None,
            read: 0,
        }
    }

    fn push(&mut self, data: Bytes) {
        if data.is_empty() {
            return;
        }
        match (&mut self.first, &mut self.rest) {
            (None, _) => self.first = Some(data),
            (Some(first), rest) => {
                let joined = rest.get_or_insert_with(|| {
                    let mut joined = bytes::BytesMut::with_capacity(self.read);
                    joined.extend_from_slice(first);
                    joined
                });
                joined.extend_from_slice(&data);
            }
        }
    }

    fn take(&mut self) -> Bytes {
        match self.rest.take() {
            Some(joined) => joined.freeze(),
            None => self.first.take().unwrap_or_default(),
        }
    }
}

impl Future for ReadWhole {
    type Output = Result<Bytes, Unread>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        use http_body::Body as _;
        loop {
            match Pin::new(&mut self.body).poll_frame(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(Ok(self.take())),
                Poll::Ready(Some(Err(error))) => {
                    return Poll::Ready(Err(Unread::BrokenOff(error)));
                }
                Poll::Ready(Some(Ok(frame))) => {
                    let Ok(data) = frame.into_data() else {
                        continue;
                    };
                    self.read = self.read.saturating_add(data.len());
                    if self.read > self.limit {
                        return Poll::Ready(Err(Unread::TooLarge));
                    }
                    self.push(data);
                }
            }
        }
    }
}

impl<S> tower_layer::Layer<S> for ShedLoad {
    type Service = Shedding<S>;

    fn layer(&self, inner: S) -> Shedding<S> {
        Shedding {
            inner,
            limit: Arc::new(self.clone()),
        }
    }
}

/// [`ShedLoad`] around a service.
#[derive(Debug, Clone)]
pub struct Shedding<S> {
    inner: S,
    /// Shared by every call on the connection: one reference count per
    /// call instead of one per bound.
    limit: Arc<ShedLoad>,
}

fn shed<B: Default>(message: String) -> http::Response<B> {
    tracing::debug!(%message, "shed a call");
    crate::telemetry::record_shed();
    tonic::Status::resource_exhausted(message).into_http()
}

impl<S, ResponseBody> Service<http::Request<Body>> for Shedding<S>
where
    S: Service<http::Request<Body>, Response = http::Response<ResponseBody>>
        + Clone
        + Send
        + 'static,
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

    fn call(&mut self, request: http::Request<Body>) -> Self::Future {
        let path = request.uri().path();
        if EXEMPT.iter().any(|prefix| path.starts_with(prefix)) {
            return Box::pin(self.inner.call(request));
        }
        // The service polled ready is the one called, once the request is
        // whole; a clone takes its place for the next call.
        let clone = self.inner.clone();
        let ready = std::mem::replace(&mut self.inner, clone);
        Box::pin(Arc::clone(&self.limit).admit_whole(request, ready))
    }
}

#[cfg(test)]
mod tests {
    use std::convert::Infallible;

    use http_body::Frame;
    use http_body_util::{BodyExt, StreamBody};
    use tower_layer::Layer;

    use super::*;

    /// Answers OK once it has read the whole request, as tonic's unary
    /// handlers do.
    #[derive(Debug, Clone)]
    struct ReadsThenAnswers;

    impl Service<http::Request<Body>> for ReadsThenAnswers {
        type Response = http::Response<Body>;
        type Error = Infallible;
        type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

        fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
            Poll::Ready(Ok(()))
        }

        fn call(&mut self, request: http::Request<Body>) -> Self::Future {
            Box::pin(async move {
                let _ = request.into_body().collect().await;
                Ok(http::Response::new(Body::default()))
            })
        }
    }

    const HEAVY_PATH: &str = "/summit.v1.QuizService/GetQuiz";

    fn call(path: &str, body: Body) -> http::Request<Body> {
        let mut request = http::Request::new(body);
        *request.uri_mut() = path.parse().expect("a path");
        request
    }

    /// A request body whose bytes never come.
    fn never_finished() -> Body {
        Body::new(StreamBody::new(tokio_stream::pending::<
            Result<Frame<Bytes>, Infallible>,
        >()))
    }

    fn whole(bytes: usize) -> Body {
        Body::new(Full::new(Bytes::from(vec![0u8; bytes])))
    }

    /// The gRPC status of a response; `None` is OK.
    fn code(response: &http::Response<Body>) -> Option<tonic::Code> {
        tonic::Status::from_header_map(response.headers()).map(|status| status.code())
    }

    fn protection(request_timeout: Duration) -> Protection {
        Protection {
            max_heavy_in_flight: 8,
            latency_target: Some(Duration::from_millis(1)),
            request_timeout,
            ..Protection::default()
        }
    }

    #[tokio::test]
    async fn requests_that_never_finish_hold_no_place_and_end_with_deadline_exceeded() {
        let shed = ShedLoad::new(&protection(Duration::from_millis(200)), 1024);
        let limit = shed.heavy.limit();
        let mut service = shed.layer(ReadsThenAnswers);
        let stalled: Vec<_> = (0..limit + 4)
            .map(|_| tokio::spawn(service.call(call(HEAVY_PATH, never_finished()))))
            .collect();
        let answered = service
            .call(call(HEAVY_PATH, whole(10)))
            .await
            .expect("answered");
        assert_eq!(code(&answered), None, "a whole request is admitted");
        for stalled in stalled {
            let response = tokio::time::timeout(Duration::from_secs(10), stalled)
                .await
                .expect("ended by the request timeout")
                .expect("the call task")
                .expect("answered");
            assert_eq!(code(&response), Some(tonic::Code::DeadlineExceeded));
        }
        assert_eq!(shed.heavy.limit(), limit, "unadmitted calls time nothing");
        assert!(shed.heavy.try_admit().is_some(), "no place is left taken");
    }

    #[tokio::test]
    async fn a_request_over_the_message_limit_is_refused_before_it_takes_a_place() {
        let shed = ShedLoad::new(&protection(Duration::from_secs(10)), 1024);
        let mut service = shed.layer(ReadsThenAnswers);
        let fits = service.call(call(HEAVY_PATH, whole(1024 + 5))).await;
        assert_eq!(code(&fits.expect("answered")), None);
        let response = service
            .call(call(HEAVY_PATH, whole(1024 + 6)))
            .await
            .expect("answered");
        let status = tonic::Status::from_header_map(response.headers()).expect("a status");
        assert_eq!(status.code(), tonic::Code::ResourceExhausted);
        assert!(status.message().contains("1024 bytes"), "{status:?}");
    }

    fn frames(parts: &[&'static [u8]]) -> Body {
        let frames: Vec<Result<Frame<Bytes>, Infallible>> = parts
            .iter()
            .map(|part| Ok(Frame::data(Bytes::from_static(part))))
            .collect();
        Body::new(StreamBody::new(tokio_stream::iter(frames)))
    }

    #[tokio::test]
    async fn a_request_in_one_frame_is_kept_as_it_came_and_one_in_several_is_joined() {
        let one = Bytes::from_static(b"one frame");
        let body = Body::new(Full::new(one.clone()));
        let read = ReadWhole::new(body, 64).await.ok().expect("read whole");
        assert_eq!(read.as_ptr(), one.as_ptr(), "no copy of a single frame");
        let joined = ReadWhole::new(frames(&[b"ab", b"", b"cd", b"e"]), 64)
            .await
            .ok()
            .expect("read whole");
        assert_eq!(&joined[..], b"abcde");
        let over = ReadWhole::new(frames(&[b"abc", b"def"]), 5).await;
        assert!(matches!(over, Err(Unread::TooLarge)));
    }
}
