//! What the server says back stays small and inert whatever a caller
//! sends: status messages and details under a few KiB, escaped wherever
//! they come from (reflection included), in replies and in the log.

use summit_quiz::proto::fact_service_client::FactServiceClient;
use summit_quiz::proto::quiz_service_client::QuizServiceClient;
use summit_quiz::proto::{GenerateQuestionsRequest, GetSourceRequest};
use summit_quiz::quote::is_unsafe;
use tonic::Code;
use tonic::codegen::http::HeaderMap;
use tonic_reflection::pb::v1alpha;
use tonic_types::StatusExt;

use crate::helpers::{ServerProcess, expect_code, spawn_app};

/// The bytes tonic puts on the wire for `status`'s `grpc-message` and
/// `grpc-status-details-bin`, re-encoded from what the client decoded.
fn encoded_trailer_bytes(status: &tonic::Status) -> usize {
    let mut trailers = HeaderMap::new();
    tonic::Status::with_details(
        status.code(),
        status.message(),
        status.details().to_vec().into(),
    )
    .add_header(&mut trailers)
    .expect("encodes");
    ["grpc-message", "grpc-status-details-bin"]
        .iter()
        .map(|name| trailers.get(*name).map_or(0, |value| value.len()))
        .sum()
}

#[tokio::test]
async fn three_hundred_topics_of_bidi_overrides_get_an_invalid_argument_under_four_kib() {
    let mut app = spawn_app().await;
    let topics: Vec<String> = (0..300)
        .map(|i| format!("{}{i}", "\u{202e}".repeat(60)))
        .collect();
    let status = expect_code(
        app.quiz
            .generate_questions(GenerateQuestionsRequest {
                count: 5,
                topics,
                ..Default::default()
            })
            .await,
        Code::InvalidArgument,
    );
    let size = encoded_trailer_bytes(&status);
    assert!(size < 4 * 1024, "{size} bytes of trailers");
    let violations = status
        .get_details_bad_request()
        .expect("a BadRequest")
        .field_violations;
    let last = violations.last().expect("violations");
    assert!(
        last.description.ends_with("more fields are invalid"),
        "{last:?}"
    );
    assert!(!status.message().chars().any(is_unsafe), "{status:?}");
}

#[tokio::test]
async fn reflection_of_a_huge_hostile_symbol_answers_with_a_short_escaped_message() {
    let app = spawn_app().await;
    let mut client =
        v1alpha::server_reflection_client::ServerReflectionClient::new(app.channel.clone());
    let symbol = format!("\u{202e}\u{1b}[31mRED\u{7}{}", "A".repeat(60_000));
    let request = v1alpha::ServerReflectionRequest {
        host: String::new(),
        message_request: Some(
            v1alpha::server_reflection_request::MessageRequest::FileContainingSymbol(symbol),
        ),
    };
    let mut responses = client
        .server_reflection_info(tokio_stream::iter([request]))
        .await
        .expect("the stream opens")
        .into_inner();
    let status = loop {
        match responses.message().await {
            Ok(Some(_)) => continue,
            Ok(None) => panic!("an unknown symbol ended without an error"),
            Err(status) => break status,
        }
    };
    assert_eq!(status.code(), Code::NotFound, "{status:?}");
    let message = status.message();
    assert!(message.len() < 1200, "{} bytes", message.len());
    assert!(!message.chars().any(is_unsafe), "{message:?}");
    assert!(
        message.contains("\\u{202e}\\u{1b}[31mRED\\u{7}AAAA"),
        "{message:?}"
    );
    assert!(encoded_trailer_bytes(&status) < 2 * 1024);
}

#[tokio::test]
async fn line_separators_and_format_characters_are_escaped_in_messages_and_the_log() {
    let server = ServerProcess::start(&[]).await;
    let mut facts = FactServiceClient::connect(format!("http://{}", server.addr))
        .await
        .expect("connect");
    let status = expect_code(
        facts
            .get_source(GetSourceRequest {
                id: "LOGTEST\u{2028}\u{61c}\u{2029}y".into(),
            })
            .await,
        Code::NotFound,
    );
    assert!(
        status
            .message()
            .contains("LOGTEST\\u{2028}\\u{61c}\\u{2029}y"),
        "{status:?}"
    );
    let mut quiz = QuizServiceClient::connect(format!("http://{}", server.addr))
        .await
        .expect("connect");
    let status = expect_code(
        quiz.generate_questions(GenerateQuestionsRequest {
            count: 1,
            topics: vec!["T\u{2028}\u{61c}".into()],
            ..Default::default()
        })
        .await,
        Code::InvalidArgument,
    );
    assert!(!status.message().chars().any(is_unsafe), "{status:?}");
    let log = server.log();
    assert!(log.contains("LOGTEST"), "{log}");
    assert!(
        !log.chars()
            .any(|c| matches!(c, '\u{2028}' | '\u{2029}' | '\u{61c}')),
        "{log}"
    );
}
