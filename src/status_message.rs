//! Every status message the server sends is bounded and escaped, whoever
//! wrote it.
//!
//! Our own refusals quote user text through [`crate::quote`] and bound the
//! whole (see `service::error`), but not every status comes from our code:
//! tonic-reflection answers an unknown symbol with "symbol '…' not found",
//! quoting the caller's text raw and whole (60 KB, ESC, BEL and bidi
//! overrides included), and a library upgrade may add more. A
//! `grpc-message` that large is refused by standard clients (they report
//! RESOURCE_EXHAUSTED instead of the real status), and raw escape codes
//! reach whoever prints it. So one layer, outermost but for metrics, checks
//! `grpc-message` on every response: in the headers (a trailers-only
//! reply) and in the trailers after a body (streaming replies, reflection's
//! among them). A message already safe (no character
//! [`crate::quote::is_unsafe`] finds, at most [`MAX_MESSAGE_BYTES`]) passes
//! byte for byte; any other is escaped and cut by
//! [`crate::quote::quote_within`].

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use tonic::codegen::Service;
use tonic::codegen::http::{self, HeaderMap, HeaderValue};

use crate::quote::{is_unsafe, quote_within};

/// The most bytes (UTF-8, before percent-encoding) of a message that
/// passes unchanged, and of a rewritten one before its "…(truncated)"
/// note. Above our own bound
/// ([`crate::service::error::MAX_MESSAGE_BYTES`]), so our messages are
/// never touched; far under the 8 KiB of metadata clients accept.
pub const MAX_MESSAGE_BYTES: usize = 1024;

// Our own bounded messages (with their "…(truncated)" note) must pass.
const _: () = assert!(crate::service::error::MAX_MESSAGE_BYTES + 32 <= MAX_MESSAGE_BYTES);

/// The header that carries a status message.
const GRPC_MESSAGE: &str = "grpc-message";

/// Bounds and escapes `grpc-message`; see the [module docs](self).
#[derive(Debug, Clone, Copy, Default)]
pub struct SafeStatusMessages;

impl<S> tower_layer::Layer<S> for SafeStatusMessages {
    type Service = SafeMessages<S>;

    fn layer(&self, inner: S) -> SafeMessages<S> {
        SafeMessages { inner }
    }
}

/// The service [`SafeStatusMessages`] wraps around the server's routes.
#[derive(Debug, Clone)]
pub struct SafeMessages<S> {
    inner: S,
}

impl<S, RequestBody, ResponseBody> Service<http::Request<RequestBody>> for SafeMessages<S>
where
    S: Service<http::Request<RequestBody>, Response = http::Response<ResponseBody>>,
    S::Future: Send + 'static,
{
    type Response = http::Response<SafeMessageBody<ResponseBody>>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<RequestBody>) -> Self::Future {
        let response = self.inner.call(request);
        Box::pin(async move {
            let mut response = response.await?;
            make_safe(response.headers_mut());
            Ok(response.map(|inner| SafeMessageBody { inner }))
        })
    }
}

/// A response body whose trailers get [`make_safe`].
pub struct SafeMessageBody<B> {
    inner: B,
}

impl<B> Body for SafeMessageBody<B>
where
    B: Body<Data = Bytes> + Unpin,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        match Pin::new(&mut self.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => Poll::Ready(Some(Ok(match frame.into_trailers() {
                Ok(mut trailers) => {
                    make_safe(&mut trailers);
                    Frame::trailers(trailers)
                }
                Err(data) => data,
            }))),
            other => other,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Replaces an unsafe `grpc-message` in `headers` with its safe form.
fn make_safe(headers: &mut HeaderMap) {
    let Some(raw) = headers.get(GRPC_MESSAGE) else {
        return;
    };
    if let Some(safe) = safe_message(raw.as_bytes()) {
        headers.insert(GRPC_MESSAGE, safe);
    }
}

/// The encoded `grpc-message` to send instead of `raw` (percent-encoded,
/// as gRPC carries it), or `None` when `raw` is safe as it is.
fn safe_message(raw: &[u8]) -> Option<HeaderValue> {
    let decoded = percent_encoding::percent_decode(raw).decode_utf8();
    let message = match decoded {
        Ok(message) if message.len() <= MAX_MESSAGE_BYTES && !message.chars().any(is_unsafe) => {
            return None;
        }
        Ok(message) => message,
        Err(_) => percent_encoding::percent_decode(raw).decode_utf8_lossy(),
    };
    encoded(&quote_within(&message, MAX_MESSAGE_BYTES))
}

/// `message` percent-encoded exactly as tonic encodes a status message.
fn encoded(message: &str) -> Option<HeaderValue> {
    let mut headers = HeaderMap::new();
    tonic::Status::unknown(message)
        .add_header(&mut headers)
        .ok()?;
    headers.remove(GRPC_MESSAGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_message(message: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        tonic::Status::not_found(message)
            .add_header(&mut headers)
            .expect("encodes");
        headers
    }

    fn message_of(headers: &HeaderMap) -> String {
        tonic::Status::from_header_map(headers)
            .expect("a status")
            .message()
            .to_string()
    }

    #[test]
    fn our_own_messages_pass_byte_for_byte() {
        let long = format!("quiz `{}` has expired — start a new one", "é".repeat(300));
        for ours in [
            "fact `a\\\\b\"c\\nd` does not exist; see ListFacts",
            "invalid request: topics[0]: unknown topic `\\u{202e}x`; valid topics: a, b",
            long.as_str(),
        ] {
            let mut headers = with_message(ours);
            let before = headers.clone();
            make_safe(&mut headers);
            assert_eq!(headers, before, "{ours}");
            assert_eq!(message_of(&headers), ours);
        }
    }

    #[test]
    fn a_raw_echo_of_hostile_text_is_escaped_and_bounded() {
        let symbol = format!("\u{202e}\u{1b}[31mRED\u{7}{}", "A".repeat(60_000));
        let mut headers = with_message(&format!("symbol '{symbol}' not found"));
        make_safe(&mut headers);
        let encoded = headers.get(GRPC_MESSAGE).expect("a message").len();
        assert!(encoded < 2 * MAX_MESSAGE_BYTES, "{encoded} bytes");
        let message = message_of(&headers);
        assert!(
            message.starts_with("symbol '\\u{202e}\\u{1b}[31mRED\\u{7}AAAA"),
            "{message}"
        );
        assert!(message.ends_with("bytes)"), "{message}");
        assert!(!message.chars().any(is_unsafe), "{message}");
    }

    #[test]
    fn a_message_that_is_not_utf8_is_replaced_by_its_escaped_lossy_form() {
        let mut headers = HeaderMap::new();
        headers.insert(GRPC_MESSAGE, HeaderValue::from_static("bad%FF%1Bbyte"));
        make_safe(&mut headers);
        let raw = headers.get(GRPC_MESSAGE).expect("a message").as_bytes();
        let message = percent_encoding::percent_decode(raw)
            .decode_utf8()
            .expect("utf-8");
        assert_eq!(message, "bad\u{fffd}\\u{1b}byte");
    }

    #[test]
    fn line_separators_in_a_message_are_escaped() {
        let mut headers = with_message("source `a\u{2028}\u{61c}b` does not exist");
        make_safe(&mut headers);
        assert_eq!(
            message_of(&headers),
            "source `a\\u{2028}\\u{61c}b` does not exist"
        );
    }
}
