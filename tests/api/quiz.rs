//! QuizService over real gRPC: generation, re-rendering and grading.

use std::collections::BTreeSet;

use summit_quiz::proto::{
    CheckAnswerRequest, Difficulty, GenerateQuestionsRequest, GetFactRequest, GetQuestionRequest,
    Grade, Question, QuestionKind,
};

use crate::helpers::{FACTS, TestApp, generate, kinds, spawn_app};

/// The right answer to a question, worked out from outside the service:
/// typed kinds take the fact's answer; multiple choice takes the letter of
/// the option that reads as the fact's answer or one of its aliases.
async fn right_answer(app: &mut TestApp, question: &Question) -> String {
    let fact = app
        .facts
        .get_fact(GetFactRequest {
            id: question.fact_ids[0].clone(),
        })
        .await
        .expect("GetFact")
        .into_inner()
        .fact
        .expect("fact");
    match question.kind() {
        QuestionKind::ShortAnswer | QuestionKind::FillInTheBlank => fact.answer,
        QuestionKind::MultipleChoice => {
            let accepted: Vec<String> = std::iter::once(&fact.answer)
                .chain(&fact.aliases)
                .map(|text| text.trim().to_lowercase())
                .collect();
            question
                .choices
                .iter()
                .find(|choice| accepted.contains(&choice.text.trim().to_lowercase()))
                .unwrap_or_else(|| panic!("no option reads as `{}`: {question:?}", fact.answer))
                .label
                .clone()
        }
        other => panic!("no outside answer for {other:?}"),
    }
}

/// An answer that cannot be right: another option, or a made-up word.
fn wrong_answer(question: &Question, right: &str) -> String {
    match question.kind() {
        QuestionKind::MultipleChoice => question
            .choices
            .iter()
            .find(|choice| choice.label != right)
            .expect("at least two options")
            .label
            .clone(),
        _ => "xyzzy plugh".to_string(),
    }
}

async fn check(app: &mut TestApp, question_id: &str, answer: &str) -> Grade {
    app.quiz
        .check_answer(CheckAnswerRequest {
            question_id: question_id.to_string(),
            answer: answer.to_string(),
        })
        .await
        .expect("CheckAnswer")
        .into_inner()
        .grade
        .expect("grade")
}

const GRADABLE_FROM_OUTSIDE: [QuestionKind; 3] = [
    QuestionKind::MultipleChoice,
    QuestionKind::ShortAnswer,
    QuestionKind::FillInTheBlank,
];

#[tokio::test]
async fn generate_questions_returns_count_questions_of_the_requested_kinds() {
    let mut app = spawn_app().await;
    let asked = [QuestionKind::MultipleChoice, QuestionKind::ShortAnswer];
    let response = generate(
        &mut app,
        GenerateQuestionsRequest {
            count: 6,
            kinds: kinds(&asked),
            seed: 11,
            ..Default::default()
        },
    )
    .await;
    assert_eq!(response.questions.len(), 6, "note: {}", response.note);
    assert!(response.note.is_empty());
    for question in &response.questions {
        assert!(asked.contains(&question.kind()), "{question:?}");
        assert!(!question.id.is_empty() && !question.prompt.is_empty());
        assert!(!question.fact_ids.is_empty() && !question.answer_format.is_empty());
        assert!(FACTS.source(&question.source_id).is_some());
        assert!(FACTS.topic(&question.topic).is_some());
        match question.kind() {
            QuestionKind::MultipleChoice => assert_eq!(question.choices.len(), 4),
            _ => assert!(question.choices.is_empty()),
        }
    }
}

#[tokio::test]
async fn each_question_kind_can_be_asked_for_on_its_own() {
    let mut app = spawn_app().await;
    for kind in [
        QuestionKind::MultipleChoice,
        QuestionKind::TrueFalse,
        QuestionKind::FillInTheBlank,
        QuestionKind::ShortAnswer,
        QuestionKind::MultiSelect,
        QuestionKind::Matching,
    ] {
        let response = generate(
            &mut app,
            GenerateQuestionsRequest {
                count: 2,
                kinds: kinds(&[kind]),
                seed: 5,
                ..Default::default()
            },
        )
        .await;
        assert!(!response.questions.is_empty(), "{kind:?}");
        assert!(
            response.questions.iter().all(|q| q.kind() == kind),
            "{kind:?}"
        );
        if kind == QuestionKind::Matching {
            let question = &response.questions[0];
            assert!(question.matching_items.len() >= 2);
            assert_eq!(question.matching_items[0].number, 1);
        }
    }
}

#[tokio::test]
async fn the_same_seed_gives_the_same_questions() {
    let mut app = spawn_app().await;
    let request = GenerateQuestionsRequest {
        count: 8,
        seed: 12345,
        ..Default::default()
    };
    let first = generate(&mut app, request.clone()).await;
    let second = generate(&mut app, request).await;
    assert_eq!(first.seed, 12345);
    assert_eq!(first.questions, second.questions);
}

#[tokio::test]
async fn seed_zero_picks_a_seed_that_reproduces_the_batch() {
    let mut app = spawn_app().await;
    let request = GenerateQuestionsRequest {
        count: 5,
        ..Default::default()
    };
    let picked = generate(&mut app, request.clone()).await;
    assert_ne!(picked.seed, 0);
    let again = generate(
        &mut app,
        GenerateQuestionsRequest {
            seed: picked.seed,
            ..request
        },
    )
    .await;
    assert_eq!(again.questions, picked.questions);
}

#[tokio::test]
async fn difficulty_defaults_to_medium_and_is_echoed_on_each_question() {
    let mut app = spawn_app().await;
    for (asked, expected) in [
        (Difficulty::Unspecified, Difficulty::Medium),
        (Difficulty::Easy, Difficulty::Easy),
        (Difficulty::Hard, Difficulty::Hard),
    ] {
        let response = generate(
            &mut app,
            GenerateQuestionsRequest {
                count: 3,
                difficulty: asked as i32,
                seed: 3,
                ..Default::default()
            },
        )
        .await;
        assert!(!response.questions.is_empty());
        assert!(
            response
                .questions
                .iter()
                .all(|q| q.difficulty() == expected),
            "{asked:?}"
        );
    }
}

#[tokio::test]
async fn topic_fact_and_source_filters_narrow_the_questions() {
    let mut app = spawn_app().await;
    let fact = &FACTS.facts()[0];
    let by_topic = generate(
        &mut app,
        GenerateQuestionsRequest {
            count: 3,
            topics: vec![fact.topic.clone()],
            source_id: fact.source_id.clone(),
            seed: 9,
            ..Default::default()
        },
    )
    .await;
    assert!(!by_topic.questions.is_empty());
    for question in &by_topic.questions {
        assert_eq!(question.topic, fact.topic);
        assert_eq!(question.source_id, fact.source_id);
    }
    let by_fact = generate(
        &mut app,
        GenerateQuestionsRequest {
            count: 1,
            fact_ids: vec![fact.id.clone()],
            kinds: kinds(&[QuestionKind::ShortAnswer]),
            seed: 9,
            ..Default::default()
        },
    )
    .await;
    assert_eq!(by_fact.questions.len(), 1);
    assert_eq!(by_fact.questions[0].fact_ids[0], fact.id);
}

#[tokio::test]
async fn asking_for_more_than_the_filters_allow_returns_fewer_with_a_note() {
    let mut app = spawn_app().await;
    let fact = &FACTS.facts()[0];
    let response = generate(
        &mut app,
        GenerateQuestionsRequest {
            count: 10,
            fact_ids: vec![fact.id.clone()],
            kinds: kinds(&[QuestionKind::ShortAnswer]),
            seed: 2,
            ..Default::default()
        },
    )
    .await;
    assert!(response.questions.len() < 10);
    assert!(!response.note.is_empty());
}

#[tokio::test]
async fn get_question_re_renders_every_question_exactly() {
    let mut app = spawn_app().await;
    let batch = generate(
        &mut app,
        GenerateQuestionsRequest {
            count: 12,
            seed: 777,
            difficulty: Difficulty::Hard as i32,
            ..Default::default()
        },
    )
    .await;
    let kinds_seen: BTreeSet<i32> = batch.questions.iter().map(|q| q.kind).collect();
    assert!(kinds_seen.len() > 1, "a default mix has several kinds");
    for question in batch.questions {
        let again = app
            .quiz
            .get_question(GetQuestionRequest {
                question_id: question.id.clone(),
            })
            .await
            .expect("GetQuestion")
            .into_inner()
            .question;
        assert_eq!(again, Some(question));
    }
}

#[tokio::test]
async fn check_answer_accepts_the_right_answer_and_refuses_a_wrong_one() {
    let mut app = spawn_app().await;
    let batch = generate(
        &mut app,
        GenerateQuestionsRequest {
            count: 9,
            kinds: kinds(&GRADABLE_FROM_OUTSIDE),
            seed: 2024,
            ..Default::default()
        },
    )
    .await;
    assert_eq!(batch.questions.len(), 9, "note: {}", batch.note);
    for question in &batch.questions {
        let right = right_answer(&mut app, question).await;
        let grade = check(&mut app, &question.id, &right).await;
        assert!(
            grade.correct,
            "`{right}` refused for {question:?}: {grade:?}"
        );
        assert_eq!(grade.score, 1.0);
        assert!(!grade.canonical_answer.is_empty());
        assert!(!grade.explanation.is_empty());
        let citation = grade.citation.clone().expect("main citation");
        assert_eq!(grade.citations.first(), Some(&citation));
        assert_eq!(citation.source_id, question.source_id);

        let wrong = wrong_answer(question, &right);
        let grade = check(&mut app, &question.id, &wrong).await;
        assert!(
            !grade.correct,
            "`{wrong}` accepted for {question:?}: {grade:?}"
        );
        assert!(grade.score < 1.0);
        assert!(!grade.feedback.is_empty());
    }
}

#[tokio::test]
async fn a_question_id_survives_a_server_restart() {
    let mut first = spawn_app().await;
    let question = generate(
        &mut first,
        GenerateQuestionsRequest {
            count: 1,
            kinds: kinds(&[QuestionKind::ShortAnswer]),
            seed: 31337,
            ..Default::default()
        },
    )
    .await
    .questions
    .remove(0);
    let right = right_answer(&mut first, &question).await;
    first.stop().await;

    let mut second = spawn_app().await;
    let again = second
        .quiz
        .get_question(GetQuestionRequest {
            question_id: question.id.clone(),
        })
        .await
        .expect("GetQuestion after restart")
        .into_inner()
        .question;
    assert_eq!(again.as_ref(), Some(&question));
    assert!(check(&mut second, &question.id, &right).await.correct);
}
