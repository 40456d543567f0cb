//! FactService/Ask over real gRPC: answers cite the article, unanswerable
//! questions abstain with suggestions, and bad requests name the field.

use summit_quiz::proto::{AskRequest, AskResponse};
use tonic::Code;

use crate::helpers::{FACTS, expect_code, expect_invalid, expect_not_found, spawn_app};

fn ask(question: &str) -> AskRequest {
    AskRequest {
        question: question.to_string(),
        source_id: String::new(),
    }
}

async fn asked(request: AskRequest) -> AskResponse {
    let mut app = spawn_app().await;
    app.facts.ask(request).await.expect("Ask").into_inner()
}

#[tokio::test]
async fn an_answerable_question_is_answered_with_the_sentence_cited() {
    let response = asked(ask("where did they sign the pact")).await;
    assert!(response.answered, "{response:?}");
    assert!(response.answer.contains("Astana"), "{}", response.answer);
    assert_eq!(response.fact_ids[0], "treaty-signing-city");
    let citation = &response.citations[0];
    assert_eq!(citation.source_id, FACTS.sources()[0].id);
    assert_eq!(citation.sentence_index, 2);
    assert!(citation.text.contains("The signing took place in Astana"));
    assert!(response.confidence > 0.5 && response.confidence <= 1.0);
    assert!(response.suggestions.is_empty());
}

#[tokio::test]
async fn a_question_the_article_does_not_answer_abstains_with_suggestions() {
    let response = asked(ask("Who is the president of Kazakhstan?")).await;
    assert!(!response.answered, "{response:?}");
    assert!(
        response.answer.starts_with("The article doesn't say"),
        "{}",
        response.answer
    );
    assert!(response.citations.is_empty() && response.fact_ids.is_empty());
    assert!((3..=4).contains(&response.suggestions.len()));
    assert!(response.suggestions.iter().all(|s| s.ends_with('?')));
}

#[tokio::test]
async fn suggested_questions_are_answered_when_asked() {
    let mut app = spawn_app().await;
    let abstained = app
        .facts
        .ask(ask("What is the capital of France?"))
        .await
        .expect("Ask")
        .into_inner();
    assert!(!abstained.answered);
    for suggestion in abstained.suggestions {
        let response = app.facts.ask(ask(&suggestion)).await.expect("Ask");
        assert!(response.get_ref().answered, "{suggestion}");
    }
}

#[tokio::test]
async fn asking_within_the_article_source_gives_the_same_answer() {
    let mut app = spawn_app().await;
    let request = AskRequest {
        question: "How many training opportunities did Xi announce?".into(),
        source_id: FACTS.sources()[0].id.clone(),
    };
    let response = app.facts.ask(request).await.expect("Ask").into_inner();
    assert!(response.answered);
    assert_eq!(response.fact_ids[0], "training-opportunities-count");
}

#[tokio::test]
async fn a_blank_or_oversized_question_is_invalid_and_names_the_field() {
    let mut app = spawn_app().await;
    for question in [String::new(), "  \n\t ".to_string(), "why ".repeat(126)] {
        let result = app.facts.ask(ask(&question)).await;
        expect_invalid(result, &["question"]);
    }
    let result = app.facts.ask(ask("where\u{7}")).await;
    expect_invalid(result, &["question"]);
}

#[tokio::test]
async fn an_unknown_source_is_not_found() {
    let mut app = spawn_app().await;
    let request = AskRequest {
        question: "Where was the treaty signed?".into(),
        source_id: "no-such-article".into(),
    };
    expect_not_found(app.facts.ask(request).await, "no-such-article");
}

#[tokio::test]
async fn a_bad_question_and_an_unknown_source_report_the_question_first() {
    let mut app = spawn_app().await;
    let request = AskRequest {
        question: String::new(),
        source_id: "no-such-article".into(),
    };
    expect_code(app.facts.ask(request).await, Code::InvalidArgument);
}
