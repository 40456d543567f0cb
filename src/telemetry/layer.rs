//! The tower layer that counts and times every gRPC call by its status.
//!
//! gRPC carries the status in `grpc-status`: in the response headers for a
//! trailers-only reply (most refusals), else in the trailers after the
//! body. So the layer wraps the response body and records the call when the
//! trailers pass, or when the body is dropped unfinished (the client went
//! away: counted as `CANCELLED`).
//!
//! A client that resets its stream or drops the connection before its
//! request is read gets (from tonic) `UNKNOWN` or `INTERNAL`: a stream
//! reset with `PROTOCOL_ERROR` or `NO_ERROR` maps to `INTERNAL`, a lost
//! connection to `UNKNOWN`. Nobody receives that status, but counted as
//! such it would let any caller move the counters that mean "server bug".
//! So the layer also watches the request body: when reading it failed
//! (the transport gave up on it), an `UNKNOWN` or `INTERNAL` is counted as
//! `CANCELLED`, what it is: the client gave up.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use metrics::{counter, gauge, histogram};
use tonic::Code;
use tonic::codegen::{Service, http};

use crate::security::KeyName;

/// Counts and times calls; see the [module docs](self).
#[derive(Debug, Clone, Copy, Default)]
pub struct MetricsLayer;

impl<S> tower_layer::Layer<S> for MetricsLayer {
    type Service = Metered<S>;

    fn layer(&self, inner: S) -> Metered<S> {
        Metered { inner }
    }
}

/// The service [`MetricsLayer`] wraps around the server's routes.
#[derive(Debug, Clone)]
pub struct Metered<S> {
    inner: S,
}

impl<S, RequestBody, ResponseBody> Service<http::Request<RequestBody>> for Metered<S>
where
    // The watched body goes on boxed, as tonic's own body type, so the
    // layers inside (which read the request whole) see what tonic sends.
    S: Service<http::Request<tonic::body::Body>, Response = http::Response<ResponseBody>>,
    S::Future: Send + 'static,
    RequestBody: Body<Data = Bytes> + Send + Unpin + 'static,
    RequestBody::Error: Into<tonic::codegen::StdError>,
{
    type Response = http::Response<MeteredBody<ResponseBody>>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<RequestBody>) -> Self::Future {
        let client_gave_up = Arc::new(AtomicBool::new(false));
        let call = super::enabled()
            .then(|| Call::start(request.uri().path(), Arc::clone(&client_gave_up)));
        let request = request.map(|inner| {
            tonic::body::Body::new(WatchedRequestBody {
                inner,
                client_gave_up,
            })
        });
        let response = self.inner.call(request);
        Box::pin(async move {
            let response = response.await?;
            let call = call.map(|mut call| {
                call.client = response.extensions().get::<KeyName>().cloned();
                // A trailers-only reply: the status is already known.
                call.code = status_in(response.headers());
                call
            });
            Ok(response.map(|inner| MeteredBody { inner, call }))
        })
    }
}

fn status_in(headers: &http::HeaderMap) -> Option<Code> {
    headers
        .get("grpc-status")
        .map(|value| Code::from_bytes(value.as_bytes()))
}

/// One call being measured; recorded exactly once, when dropped.
struct Call {
    method: String,
    started: Instant,
    client: Option<KeyName>,
    code: Option<Code>,
    /// Set by [`WatchedRequestBody`] when reading the request failed.
    client_gave_up: Arc<AtomicBool>,
}

impl Call {
    fn start(path: &str, client_gave_up: Arc<AtomicBool>) -> Call {
        gauge!("summit_grpc_requests_in_flight").increment(1.0);
        Call {
            method: path.to_string(),
            started: Instant::now(),
            client: None,
            code: None,
            client_gave_up,
        }
    }
}

/// The code a call is counted under: `sent` (`None` when the response
/// never finished: the client left), except that the `UNKNOWN` or
/// `INTERNAL` a transport failure while reading the request yields is
/// the client giving up, `CANCELLED`.
fn counted_code(sent: Option<Code>, client_gave_up: bool) -> Code {
    match sent {
        None => Code::Cancelled,
        Some(Code::Unknown | Code::Internal) if client_gave_up => Code::Cancelled,
        Some(code) => code,
    }
}

impl Drop for Call {
    fn drop(&mut self) {
        gauge!("summit_grpc_requests_in_flight").decrement(1.0);
        let code = counted_code(self.code, self.client_gave_up.load(Ordering::Relaxed));
        // Paths the server does not serve get UNIMPLEMENTED; naming them
        // would let any client mint label values.
        let method = if code == Code::Unimplemented {
            "unknown".to_string()
        } else {
            std::mem::take(&mut self.method)
        };
        histogram!("summit_grpc_request_duration_seconds", "method" => method.clone())
            .record(self.started.elapsed().as_secs_f64());
        counter!(
            "summit_grpc_requests_total",
            "method" => method,
            "code" => code_name(code),
            "client" => super::client_label(self.client.as_ref()),
        )
        .increment(1);
    }
}

/// A request body that notes when reading it fails: the client reset
/// the stream or the connection broke, so the call's status is not the
/// server's doing.
pub struct WatchedRequestBody<B> {
    inner: B,
    client_gave_up: Arc<AtomicBool>,
}

impl<B> Body for WatchedRequestBody<B>
where
    B: Body + Unpin,
{
    type Data = B::Data;
    type Error = B::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<B::Data>, B::Error>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        if let Poll::Ready(Some(Err(_))) = &polled {
            self.client_gave_up.store(true, Ordering::Relaxed);
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// A response body that records its call when the trailers pass or when
/// it is dropped.
pub struct MeteredBody<B> {
    inner: B,
    call: Option<Call>,
}

impl<B> Body for MeteredBody<B>
where
    B: Body<Data = Bytes> + Unpin,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        match &polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(code) = frame.trailers_ref().and_then(status_in)
                    && let Some(call) = &mut self.call
                {
                    call.code = Some(code);
                    // The call is over once the status is sent.
                    self.call = None;
                }
            }
            Poll::Ready(None) => {
                // Ended without trailers: a trailers-only reply, whose code
                // came with the headers.
                self.call = None;
            }
            Poll::Ready(Some(Err(_))) | Poll::Pending => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The canonical name of a gRPC status code, as Prometheus labels and
/// grpc-go's interceptors spell it.
pub fn code_name(code: Code) -> &'static str {
    match code {
        Code::Ok => "OK",
        Code::Cancelled => "CANCELLED",
        Code::Unknown => "UNKNOWN",
        Code::InvalidArgument => "INVALID_ARGUMENT",
        Code::DeadlineExceeded => "DEADLINE_EXCEEDED",
        Code::NotFound => "NOT_FOUND",
        Code::AlreadyExists => "ALREADY_EXISTS",
        Code::PermissionDenied => "PERMISSION_DENIED",
        Code::ResourceExhausted => "RESOURCE_EXHAUSTED",
        Code::FailedPrecondition => "FAILED_PRECONDITION",
        Code::Aborted => "ABORTED",
        Code::OutOfRange => "OUT_OF_RANGE",
        Code::Unimplemented => "UNIMPLEMENTED",
        Code::Internal => "INTERNAL",
        Code::Unavailable => "UNAVAILABLE",
        Code::DataLoss => "DATA_LOSS",
        Code::Unauthenticated => "UNAUTHENTICATED",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_that_gave_up_is_counted_cancelled_never_unknown_or_internal() {
        assert_eq!(counted_code(Some(Code::Unknown), true), Code::Cancelled);
        assert_eq!(counted_code(Some(Code::Internal), true), Code::Cancelled);
        assert_eq!(counted_code(None, false), Code::Cancelled);
        // A status the server chose stands, and so does a real fault.
        assert_eq!(counted_code(Some(Code::NotFound), true), Code::NotFound);
        assert_eq!(counted_code(Some(Code::Ok), true), Code::Ok);
        assert_eq!(counted_code(Some(Code::Internal), false), Code::Internal);
    }

    /// A request body whose second read fails, as a reset stream's does.
    struct ResetAfterOneFrame(u8);

    impl Body for ResetAfterOneFrame {
        type Data = Bytes;
        type Error = std::io::Error;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
            self.0 += 1;
            Poll::Ready(Some(if self.0 == 1 {
                Ok(Frame::data(Bytes::from_static(b"\0\0\0\0\x30")))
            } else {
                Err(std::io::Error::other("stream reset"))
            }))
        }
    }

    #[test]
    fn a_request_body_that_fails_to_read_marks_the_call_as_given_up() {
        let gave_up = Arc::new(AtomicBool::new(false));
        let mut body = WatchedRequestBody {
            inner: ResetAfterOneFrame(0),
            client_gave_up: Arc::clone(&gave_up),
        };
        let waker = std::task::Waker::noop();
        let mut cx = Context::from_waker(waker);
        assert!(matches!(
            Pin::new(&mut body).poll_frame(&mut cx),
            Poll::Ready(Some(Ok(_)))
        ));
        assert!(!gave_up.load(Ordering::Relaxed));
        assert!(matches!(
            Pin::new(&mut body).poll_frame(&mut cx),
            Poll::Ready(Some(Err(_)))
        ));
        assert!(gave_up.load(Ordering::Relaxed));
    }

    #[test]
    fn every_code_has_its_canonical_name() {
        for number in 0..=16 {
            let code = Code::from_i32(number);
            let name = code_name(code);
            assert!(
                name.chars().all(|c| c.is_ascii_uppercase() || c == '_'),
                "{name}"
            );
            let words: String = name
                .split('_')
                .map(|w| {
                    let mut w = w.to_ascii_lowercase();
                    w[..1].make_ascii_uppercase();
                    w
                })
                .collect();
            assert_eq!(format!("{code:?}"), words, "{number}");
        }
    }
}
