//! Every error path, over real gRPC: the right code, and for malformed input
//! a `BadRequest` naming the field, so clients can point at what to fix.

use std::sync::Arc;

use bytes::{Buf, BufMut};
use summit_quiz::facts::{EMBEDDED_ARTICLES, EMBEDDED_FACTS_JSON, FactBase};
use summit_quiz::proto::{
    CheckAnswerRequest, GenerateQuestionsRequest, GetFactRequest, GetQuestionRequest,
    GetSourceRequest, ListFactsRequest, ListSourcesRequest, ListTopicsRequest, QuestionKind,
};
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::codegen::http::uri::PathAndQuery;
use tonic::{Code, Status};

use crate::helpers::{
    FACTS, expect_code, expect_invalid, expect_not_found, spawn_app, spawn_app_with,
};

#[tokio::test]
async fn get_source_and_get_fact_need_an_id_and_report_unknown_ones_as_not_found() {
    let mut app = spawn_app().await;
    let empty = app
        .facts
        .get_source(GetSourceRequest { id: String::new() })
        .await;
    expect_invalid(empty, &["id"]);
    let unknown = app
        .facts
        .get_source(GetSourceRequest {
            id: "no-such-article".into(),
        })
        .await;
    expect_not_found(unknown, "no-such-article");

    let blank = app
        .facts
        .get_fact(GetFactRequest { id: "   ".into() })
        .await;
    expect_invalid(blank, &["id"]);
    let unknown = app
        .facts
        .get_fact(GetFactRequest {
            id: "no-such-fact".into(),
        })
        .await;
    expect_not_found(unknown, "no-such-fact");
}

#[tokio::test]
async fn list_facts_refuses_a_negative_page_size() {
    let mut app = spawn_app().await;
    let result = app
        .facts
        .list_facts(ListFactsRequest {
            page_size: -1,
            ..Default::default()
        })
        .await;
    expect_invalid(result, &["page_size"]);
}

#[tokio::test]
async fn list_facts_refuses_an_unknown_topic_and_lists_the_valid_ones() {
    let mut app = spawn_app().await;
    let result = app
        .facts
        .list_facts(ListFactsRequest {
            topic: "sports".into(),
            ..Default::default()
        })
        .await;
    let descriptions = expect_invalid(result, &["topic"]);
    for topic in FACTS.topics() {
        assert!(descriptions[0].contains(&topic.name), "{descriptions:?}");
    }
}

#[tokio::test]
async fn unknown_sources_are_not_found_for_list_facts_and_list_topics() {
    let mut app = spawn_app().await;
    let facts = app
        .facts
        .list_facts(ListFactsRequest {
            source_id: "no-such-article".into(),
            ..Default::default()
        })
        .await;
    expect_not_found(facts, "no-such-article");
    let topics = app
        .facts
        .list_topics(ListTopicsRequest {
            source_id: "no-such-article".into(),
        })
        .await;
    expect_not_found(topics, "no-such-article");
}

#[tokio::test]
async fn a_page_token_is_refused_when_garbled_tampered_with_or_reused_with_other_filters() {
    let mut app = spawn_app().await;
    let first = app
        .facts
        .list_facts(ListFactsRequest {
            page_size: 2,
            ..Default::default()
        })
        .await
        .expect("first page")
        .into_inner();
    let token = first.next_page_token;
    assert!(!token.is_empty(), "the fact base has more than two facts");

    let mut tampered = token.clone().into_bytes();
    let last = tampered.len() - 3;
    tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).expect("ascii");

    let other_topic = FACTS.facts()[0].topic.clone();
    for (page_token, topic) in [
        ("not a token".to_string(), String::new()),
        (tampered, String::new()),
        (token.clone(), other_topic),
    ] {
        let result = app
            .facts
            .list_facts(ListFactsRequest {
                page_size: 2,
                page_token,
                topic,
                ..Default::default()
            })
            .await;
        expect_invalid(result, &["page_token"]);
    }

    // The untouched token still works with the same filters, even with
    // another page size (AIP-158 allows that).
    let second = app
        .facts
        .list_facts(ListFactsRequest {
            page_size: 3,
            page_token: token,
            ..Default::default()
        })
        .await
        .expect("second page")
        .into_inner();
    assert_eq!(second.facts[0].id, FACTS.facts()[2].id);
}

fn generate_request(count: i32) -> GenerateQuestionsRequest {
    GenerateQuestionsRequest {
        count,
        seed: 1,
        ..Default::default()
    }
}

#[tokio::test]
async fn count_must_be_between_one_and_a_hundred() {
    let mut app = spawn_app().await;
    for count in [0, 101, -5] {
        let result = app.quiz.generate_questions(generate_request(count)).await;
        expect_invalid(result, &["count"]);
    }
}

#[tokio::test]
async fn unspecified_and_unknown_kinds_are_named_by_index() {
    let mut app = spawn_app().await;
    let result = app
        .quiz
        .generate_questions(GenerateQuestionsRequest {
            kinds: vec![
                QuestionKind::ShortAnswer as i32,
                QuestionKind::Unspecified as i32,
                42,
            ],
            ..generate_request(3)
        })
        .await;
    expect_invalid(result, &["kinds[1]", "kinds[2]"]);
}

#[tokio::test]
async fn an_unknown_topic_is_refused_with_the_valid_topics_listed() {
    let mut app = spawn_app().await;
    let known = FACTS.topics()[0].name.clone();
    let result = app
        .quiz
        .generate_questions(GenerateQuestionsRequest {
            topics: vec![known, "sports".into()],
            ..generate_request(3)
        })
        .await;
    let descriptions = expect_invalid(result, &["topics[1]"]);
    assert!(descriptions[0].contains("sports"));
    for topic in FACTS.topics() {
        assert!(descriptions[0].contains(&topic.name), "{descriptions:?}");
    }
}

#[tokio::test]
async fn an_unknown_difficulty_number_is_refused() {
    let mut app = spawn_app().await;
    let result = app
        .quiz
        .generate_questions(GenerateQuestionsRequest {
            difficulty: 9,
            ..generate_request(3)
        })
        .await;
    expect_invalid(result, &["difficulty"]);
}

#[tokio::test]
async fn every_malformed_generate_field_is_reported_at_once() {
    let mut app = spawn_app().await;
    let result = app
        .quiz
        .generate_questions(GenerateQuestionsRequest {
            count: 0,
            kinds: vec![0],
            topics: vec!["sports".into()],
            fact_ids: vec![String::new()],
            difficulty: -1,
            seed: 0,
            source_id: String::new(),
        })
        .await;
    expect_invalid(
        result,
        &[
            "count",
            "kinds[0]",
            "topics[0]",
            "fact_ids[0]",
            "difficulty",
        ],
    );
}

#[tokio::test]
async fn unknown_fact_ids_and_sources_are_not_found_when_generating() {
    let mut app = spawn_app().await;
    let known = FACTS.facts()[0].id.clone();
    let fact = app
        .quiz
        .generate_questions(GenerateQuestionsRequest {
            fact_ids: vec![known, "no-such-fact".into()],
            ..generate_request(1)
        })
        .await;
    expect_not_found(fact, "no-such-fact");
    let source = app
        .quiz
        .generate_questions(GenerateQuestionsRequest {
            source_id: "no-such-article".into(),
            ..generate_request(1)
        })
        .await;
    expect_not_found(source, "no-such-article");
}

#[tokio::test]
async fn filters_that_leave_no_fact_are_a_failed_precondition() {
    let mut app = spawn_app().await;
    let fact = &FACTS.facts()[0];
    let other_topic = FACTS
        .topics()
        .iter()
        .find(|topic| topic.name != fact.topic)
        .expect("more than one topic");
    let result = app
        .quiz
        .generate_questions(GenerateQuestionsRequest {
            fact_ids: vec![fact.id.clone()],
            topics: vec![other_topic.name.clone()],
            ..generate_request(1)
        })
        .await;
    expect_code(result, Code::FailedPrecondition);
}

/// The embedded facts over a slightly different article: a fact set with
/// another fingerprint, whose question ids are well formed but foreign.
fn another_fact_set() -> Arc<FactBase> {
    let facts = FactBase::load(EMBEDDED_FACTS_JSON, |file| {
        EMBEDDED_ARTICLES
            .iter()
            .find(|(name, _)| *name == file)
            .map(|(_, text)| format!("{text}\nA closing sentence only this test adds."))
            .ok_or_else(|| "unknown article".to_string())
    })
    .expect("the altered fact set loads");
    assert_ne!(facts.fingerprint(), FACTS.fingerprint());
    Arc::new(facts)
}

#[tokio::test]
async fn malformed_question_ids_are_invalid_and_ones_naming_unknown_facts_not_found() {
    let mut app = spawn_app().await;
    for malformed in ["", "   ", "hello", "q1_!!!!", "q1_AAAA", &"q".repeat(2000)] {
        let get = app
            .quiz
            .get_question(GetQuestionRequest {
                question_id: malformed.to_string(),
            })
            .await;
        expect_invalid(get, &["question_id"]);
        let check = app
            .quiz
            .check_answer(CheckAnswerRequest {
                question_id: malformed.to_string(),
                answer: "Astana".into(),
            })
            .await;
        expect_invalid(check, &["question_id"]);
    }

    let mut elsewhere = spawn_app_with(another_fact_set()).await;
    let foreign = elsewhere
        .quiz
        .generate_questions(GenerateQuestionsRequest {
            kinds: vec![QuestionKind::ShortAnswer as i32],
            ..generate_request(1)
        })
        .await
        .expect("generate on the other fact set")
        .into_inner()
        .questions
        .remove(0)
        .id;
    // Another revision's id names its facts by id, and these facts exist
    // here unchanged: it rebuilds, under its own id.
    let rebuilt = app
        .quiz
        .get_question(GetQuestionRequest {
            question_id: foreign.clone(),
        })
        .await
        .expect("another revision's id for an unchanged fact")
        .into_inner()
        .question
        .expect("question");
    assert_eq!(rebuilt.id, foreign);
    // An id naming a fact no revision here has is NOT_FOUND.
    let mut parts = summit_quiz::question_id::IdParts::decode(&foreign).expect("decodes");
    parts.facts = vec![summit_quiz::question_id::fact_key("a-fact-nobody-wrote")];
    let foreign = parts.encode();
    let get = app
        .quiz
        .get_question(GetQuestionRequest {
            question_id: foreign.clone(),
        })
        .await;
    expect_not_found(get, &foreign);
    let check = app
        .quiz
        .check_answer(CheckAnswerRequest {
            question_id: foreign.clone(),
            answer: "Astana".into(),
        })
        .await;
    expect_not_found(check, &foreign);
}

async fn a_question_id(app: &mut crate::helpers::TestApp) -> String {
    crate::helpers::generate(app, generate_request(1))
        .await
        .questions
        .remove(0)
        .id
}

#[tokio::test]
async fn answers_must_be_non_blank_printable_and_at_most_1024_bytes() {
    let mut app = spawn_app().await;
    let id = a_question_id(&mut app).await;
    // NUL, which PostgreSQL cannot store, is the caller's error on every
    // database, as are escape codes and bidi overrides.
    for answer in [
        String::new(),
        " \n\t".into(),
        "x".repeat(1025),
        "ab\u{0}c".into(),
        "Astana\u{1b}[31m".into(),
        "\u{202e}anatsA".into(),
    ] {
        let result = app
            .quiz
            .check_answer(CheckAnswerRequest {
                question_id: id.clone(),
                answer,
            })
            .await;
        expect_invalid(result, &["answer"]);
    }
    // Exactly 1024 bytes of multi-byte text is still an answer (a wrong one).
    let at_limit = "é".repeat(512);
    let grade = app
        .quiz
        .check_answer(CheckAnswerRequest {
            question_id: id.clone(),
            answer: at_limit,
        })
        .await
        .expect("a 1024-byte answer is graded")
        .into_inner()
        .grade
        .expect("grade");
    assert!(!grade.correct);
}

#[tokio::test]
async fn a_check_with_neither_id_nor_answer_names_both_fields() {
    let mut app = spawn_app().await;
    let result = app.quiz.check_answer(CheckAnswerRequest::default()).await;
    expect_invalid(result, &["question_id", "answer"]);
}

#[tokio::test]
async fn a_request_over_64_kib_is_refused_cleanly_and_the_server_keeps_serving() {
    let mut app = spawn_app().await;
    let id = a_question_id(&mut app).await;
    let result = app
        .quiz
        .check_answer(CheckAnswerRequest {
            question_id: id,
            answer: "x".repeat(70 * 1024),
        })
        .await;
    let status = expect_code(result, Code::ResourceExhausted);
    assert!(status.message().contains("too large"), "{status:?}");
    assert!(status.message().contains("65536"), "{status:?}");

    let sources = app.facts.list_sources(ListSourcesRequest {}).await;
    assert!(sources.is_ok(), "the server still answers: {sources:?}");
}

/// Sends bytes as they are, so a test can send what no generated client would.
#[derive(Debug, Clone, Copy, Default)]
struct RawBytes;

impl Codec for RawBytes {
    type Encode = Vec<u8>;
    type Decode = Vec<u8>;
    type Encoder = RawBytes;
    type Decoder = RawBytes;

    fn encoder(&mut self) -> RawBytes {
        RawBytes
    }

    fn decoder(&mut self) -> RawBytes {
        RawBytes
    }
}

impl Encoder for RawBytes {
    type Item = Vec<u8>;
    type Error = Status;

    fn encode(&mut self, item: Vec<u8>, dst: &mut EncodeBuf<'_>) -> Result<(), Status> {
        dst.put_slice(&item);
        Ok(())
    }
}

impl Decoder for RawBytes {
    type Item = Vec<u8>;
    type Error = Status;

    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Vec<u8>>, Status> {
        Ok(Some(src.copy_to_bytes(src.remaining()).to_vec()))
    }
}

#[tokio::test]
async fn bytes_that_are_not_the_request_message_are_invalid_not_internal() {
    let app = spawn_app().await;
    let mut grpc = tonic::client::Grpc::new(app.channel.clone());
    let cases: [(&str, &[u8]); 3] = [
        // Field 1 (a string) holding bytes that are not UTF-8.
        (
            "/summit.v1.QuizService/CheckAnswer",
            &[0x0a, 0x02, 0xff, 0xfe],
        ),
        // Field 3 (page_size) with a varint cut short.
        ("/summit.v1.FactService/ListFacts", &[0x18, 0xff]),
        // A length-delimited field longer than the message.
        ("/summit.v1.FactService/GetFact", &[0x0a, 0x7f, b'x']),
    ];
    for (method, bytes) in cases {
        grpc.ready().await.expect("channel ready");
        let result = grpc
            .unary(
                tonic::Request::new(bytes.to_vec()),
                PathAndQuery::from_static(method),
                RawBytes,
            )
            .await;
        let status = expect_code(result, Code::InvalidArgument);
        assert!(
            status.message().contains("not a valid protobuf"),
            "{method}: {status:?}"
        );
    }
    // The connection and the server are still fine.
    let mut facts = app.facts.clone();
    assert!(facts.list_sources(ListSourcesRequest {}).await.is_ok());
}
