//! LearnerService (progress, attempts, deletion) and StartQuiz's review mode,
//! over real gRPC and a real SQLite database. Facts fall due a day after a
//! miss, so tests that need due facts age the stored answers in the
//! database they share with the server.

use std::collections::BTreeSet;

use summit_quiz::proto::{
    CheckAnswerRequest, DeleteLearnerRequest, GetLearnerProgressRequest, GetQuizRequest,
    ListAttemptsRequest, Question, QuestionKind, StartQuizRequest, StartQuizResponse,
    SubmitAnswerRequest,
};
use summit_quiz::store::{DatabaseUrl, SessionLimits, SqlStore};
use tonic::Code;

use crate::helpers::{
    TestApp, expect_code, expect_invalid, plain_id, spawn_app, spawn_app_with_store,
};
use crate::replicas::TestDatabase;

const DAY_MS: i64 = 86_400_000;

/// A server over an in-memory database, and a handle on that database.
async fn app_and_store() -> (TestApp, SqlStore) {
    let store = SqlStore::open(&DatabaseUrl::memory(), SessionLimits::default())
        .await
        .expect("open the database");
    (spawn_app_with_store(store.clone()).await, store)
}

/// Moves every stored answer `days` into the past, as if given then.
async fn age_answers(store: &SqlStore, days: i64) {
    sqlx::query("UPDATE attempts SET answered_ms = answered_ms - $1")
        .bind(days * DAY_MS)
        .execute(store.pool())
        .await
        .expect("age the answers");
}

async fn start(app: &mut TestApp, request: StartQuizRequest) -> StartQuizResponse {
    app.quiz
        .start_quiz(request)
        .await
        .expect("StartQuiz")
        .into_inner()
}

fn multiple_choice(learner: &str, count: i32, seed: u64) -> StartQuizRequest {
    StartQuizRequest {
        learner: learner.into(),
        count,
        kinds: vec![QuestionKind::MultipleChoice as i32],
        seed,
        ..StartQuizRequest::default()
    }
}

/// The letter CheckAnswer reveals as right for a multiple-choice question.
async fn right_letter(app: &mut TestApp, question: &Question) -> String {
    let canonical = app
        .quiz
        .check_answer(CheckAnswerRequest {
            question_id: plain_id(&question.id),
            answer: "xyzzy plugh".into(),
        })
        .await
        .expect("CheckAnswer")
        .into_inner()
        .grade
        .expect("a grade")
        .canonical_answer;
    canonical
        .split_once('.')
        .map(|(label, _)| label.to_string())
        .unwrap_or_else(|| panic!("no letter in {canonical:?}"))
}

/// Answers the quiz's questions in turn: right where `right[i]`, else a
/// wrong letter. Returns the questions asked.
async fn answer_all(
    app: &mut TestApp,
    started: &StartQuizResponse,
    right: &[bool],
) -> Vec<Question> {
    let mut asked = Vec::new();
    let mut current = started.question.clone();
    for &gets_it in right {
        let question = current.expect("a question");
        let letter = right_letter(app, &question).await;
        let answer = if gets_it {
            letter
        } else {
            question
                .choices
                .iter()
                .map(|choice| choice.label.clone())
                .find(|label| *label != letter)
                .expect("a wrong option")
        };
        let response = app
            .quiz
            .submit_answer(SubmitAnswerRequest {
                quiz_id: started.quiz_id.clone(),
                question_id: question.id.clone(),
                answer,
                skip: false,
            })
            .await
            .expect("SubmitAnswer")
            .into_inner();
        assert_eq!(response.grade.expect("graded").correct, gets_it);
        asked.push(question);
        current = response.next_question;
    }
    asked
}

fn progress_request(learner: &str) -> GetLearnerProgressRequest {
    GetLearnerProgressRequest {
        learner: learner.into(),
    }
}

#[tokio::test]
async fn a_learners_progress_counts_what_they_answered_and_lists_their_unfinished_quiz() {
    let (mut app, store) = app_and_store().await;
    let started = start(&mut app, multiple_choice("Dana", 4, 21)).await;
    answer_all(&mut app, &started, &[true, false, true]).await;
    let progress = app
        .learner
        .get_learner_progress(progress_request(" Dana "))
        .await
        .expect("GetLearnerProgress")
        .into_inner();
    assert_eq!(progress.learner, "Dana");
    assert_eq!(progress.facts_seen, 3);
    assert_eq!(
        progress.facts_due, 0,
        "the missed fact falls due the next day, not at once; the two answered right later"
    );
    assert_eq!((progress.answered_total, progress.correct_total), (3, 2));
    assert_eq!(progress.correct_streak, 1);
    assert_eq!(progress.day_streak, 1);
    assert_eq!(progress.recent_days.len(), 1);
    assert_eq!(
        (
            progress.recent_days[0].answered,
            progress.recent_days[0].correct
        ),
        (3, 2)
    );
    let seen_in_topics: i32 = progress.topics.iter().map(|t| t.facts_seen).sum();
    assert_eq!(seen_in_topics, 3);
    assert!(progress.facts_total >= 3);
    assert_eq!(progress.open_quizzes.len(), 1);
    assert_eq!(progress.open_quizzes[0].quiz_id, started.quiz_id);
    assert_eq!(
        (
            progress.open_quizzes[0].answered,
            progress.open_quizzes[0].total
        ),
        (3, 4)
    );

    age_answers(&store, 2).await;
    let later = app
        .learner
        .get_learner_progress(progress_request("Dana"))
        .await
        .expect("GetLearnerProgress")
        .into_inner();
    assert_eq!(
        later.facts_due, 1,
        "two days on, the missed fact is due (FSRS), the known ones not yet"
    );
    assert_eq!(later.day_streak, 0, "no answer yesterday or today");
}

#[tokio::test]
async fn a_learner_with_no_answers_has_zero_progress_not_an_error() {
    let mut app = spawn_app().await;
    let progress = app
        .learner
        .get_learner_progress(progress_request("Nobody Yet"))
        .await
        .expect("GetLearnerProgress")
        .into_inner();
    assert_eq!(progress.facts_seen, 0);
    assert_eq!(progress.answered_total, 0);
    assert!(progress.open_quizzes.is_empty());
    assert!(progress.next_due_time.is_none());
}

#[tokio::test]
async fn learner_requests_without_a_valid_learner_are_invalid_arguments_naming_the_field() {
    let mut app = spawn_app().await;
    for bad in ["", "   ", "a\u{1b}[31m", &"x".repeat(65)] {
        expect_invalid(
            app.learner
                .get_learner_progress(progress_request(bad))
                .await,
            &["learner"],
        );
        expect_invalid(
            app.learner
                .delete_learner(DeleteLearnerRequest {
                    learner: bad.into(),
                })
                .await,
            &["learner"],
        );
    }
    expect_invalid(
        app.learner
            .list_attempts(ListAttemptsRequest {
                learner: String::new(),
                page_size: -1,
                page_token: String::new(),
            })
            .await,
        &["learner", "page_size"],
    );
}

async fn list(
    app: &mut TestApp,
    learner: &str,
    size: i32,
    token: &str,
) -> (Vec<(String, i32)>, String) {
    let page = app
        .learner
        .list_attempts(ListAttemptsRequest {
            learner: learner.into(),
            page_size: size,
            page_token: token.into(),
        })
        .await
        .expect("ListAttempts")
        .into_inner();
    (
        page.attempts
            .into_iter()
            .map(|attempt| (attempt.quiz_id, attempt.position))
            .collect(),
        page.next_page_token,
    )
}

#[tokio::test]
async fn pages_of_attempts_list_every_attempt_exactly_once() {
    pages_list_every_attempt_once(&mut spawn_app().await).await;
}

async fn pages_list_every_attempt_once(app: &mut TestApp) {
    for seed in [3, 4] {
        let started = start(app, multiple_choice("Dana", 4, seed)).await;
        answer_all(app, &started, &[true, false, true, false]).await;
    }
    let other = start(app, multiple_choice("Eli", 2, 5)).await;
    answer_all(app, &other, &[true]).await;

    let mut seen = Vec::new();
    let mut token = String::new();
    let mut pages = 0;
    loop {
        let (attempts, next) = list(app, "Dana", 3, &token).await;
        assert!(attempts.len() <= 3);
        seen.extend(attempts);
        pages += 1;
        if next.is_empty() {
            break;
        }
        token = next;
    }
    assert_eq!(pages, 3);
    assert_eq!(seen.len(), 8);
    let unique: BTreeSet<_> = seen.iter().cloned().collect();
    assert_eq!(unique.len(), 8, "no attempt twice: {seen:?}");

    let (first, _) = list(app, "Dana", 0, "").await;
    assert_eq!(first.len(), 8, "page_size 0 means the default of 20");
    let full = app
        .learner
        .list_attempts(ListAttemptsRequest {
            learner: "Dana".into(),
            page_size: 1,
            page_token: String::new(),
        })
        .await
        .expect("ListAttempts")
        .into_inner();
    let newest = &full.attempts[0];
    assert_eq!(newest.kind(), QuestionKind::MultipleChoice);
    assert!(!newest.correct && !newest.fact_id.is_empty() && newest.answer_time.is_some());

    expect_invalid(
        app.learner
            .list_attempts(ListAttemptsRequest {
                learner: "Eli".into(),
                page_size: 3,
                page_token: full.next_page_token.clone(),
            })
            .await,
        &["page_token"],
    );
    expect_invalid(
        app.learner
            .list_attempts(ListAttemptsRequest {
                learner: "Dana".into(),
                page_size: 3,
                page_token: "not-a-token".into(),
            })
            .await,
        &["page_token"],
    );
}

#[tokio::test]
async fn deleting_a_learner_removes_their_answers_and_quizzes_and_deleting_again_deletes_nothing() {
    deleting_removes_answers_and_quizzes(&mut spawn_app().await).await;
}

async fn deleting_removes_answers_and_quizzes(app: &mut TestApp) {
    let finished = start(app, multiple_choice("Dana", 2, 8)).await;
    answer_all(app, &finished, &[true, false]).await;
    let open = start(app, multiple_choice("Dana", 3, 9)).await;
    answer_all(app, &open, &[true]).await;
    let other = start(app, multiple_choice("Eli", 2, 10)).await;
    answer_all(app, &other, &[true]).await;

    let deleted = app
        .learner
        .delete_learner(DeleteLearnerRequest {
            learner: "Dana".into(),
        })
        .await
        .expect("DeleteLearner")
        .into_inner();
    assert_eq!((deleted.attempts_deleted, deleted.quizzes_deleted), (3, 2));
    let progress = app
        .learner
        .get_learner_progress(progress_request("Dana"))
        .await
        .expect("GetLearnerProgress")
        .into_inner();
    assert_eq!((progress.answered_total, progress.facts_seen), (0, 0));
    assert!(progress.open_quizzes.is_empty());
    expect_code(
        app.quiz
            .get_quiz(GetQuizRequest {
                quiz_id: open.quiz_id.clone(),
            })
            .await,
        Code::NotFound,
    );
    let (eli, _) = list(app, "Eli", 10, "").await;
    assert_eq!(eli.len(), 1, "another learner's answers stay");

    let again = app
        .learner
        .delete_learner(DeleteLearnerRequest {
            learner: "Dana".into(),
        })
        .await
        .expect("DeleteLearner is idempotent")
        .into_inner();
    assert_eq!((again.attempts_deleted, again.quizzes_deleted), (0, 0));
}

#[tokio::test]
async fn a_review_quiz_asks_the_due_facts_first_with_a_different_question() {
    let (mut app, store) = app_and_store().await;
    review_asks_due_facts_first(&mut app, &store).await;
}

async fn review_asks_due_facts_first(app: &mut TestApp, store: &SqlStore) {
    let started = start(app, multiple_choice("Dana", 3, 31)).await;
    let asked = answer_all(app, &started, &[false, true, false]).await;
    age_answers(store, 2).await;

    let review = start(
        app,
        StartQuizRequest {
            learner: "Dana".into(),
            count: 5,
            review: true,
            seed: 7,
            ..StartQuizRequest::default()
        },
    )
    .await;
    assert_eq!(review.review_questions, 2, "{}", review.note);
    assert!(
        review.note.contains("your 2 due facts come first"),
        "{}",
        review.note
    );
    let quiz = app
        .quiz
        .get_quiz(GetQuizRequest {
            quiz_id: review.quiz_id.clone(),
        })
        .await
        .expect("GetQuiz")
        .into_inner()
        .quiz
        .expect("a quiz");
    assert_eq!(quiz.progress.expect("progress").total, 5);
    // Walk the quiz by skipping, to see every question in order.
    let mut questions = Vec::new();
    let mut current = review.question.clone();
    while let Some(question) = current {
        current = app
            .quiz
            .submit_answer(SubmitAnswerRequest {
                quiz_id: review.quiz_id.clone(),
                question_id: question.id.clone(),
                answer: String::new(),
                skip: true,
            })
            .await
            .expect("skip")
            .into_inner()
            .next_question;
        questions.push(question);
    }
    // The two missed facts are due; the one answered right is not yet.
    let due: BTreeSet<&str> = [&asked[0], &asked[2]]
        .iter()
        .map(|q| q.fact_ids[0].as_str())
        .collect();
    let first_two: BTreeSet<&str> = questions[..2]
        .iter()
        .map(|q| q.fact_ids[0].as_str())
        .collect();
    assert_eq!(first_two, due, "the due facts come first");
    for question in &questions[..2] {
        let before = asked
            .iter()
            .find(|q| q.fact_ids[0] == question.fact_ids[0])
            .expect("asked before");
        assert_ne!(question.id, before.id);
        assert!(
            question.kind() != QuestionKind::MultipleChoice || question.prompt != before.prompt,
            "asked differently: {:?} vs {:?}",
            question.prompt,
            before.prompt
        );
    }
    let seen: BTreeSet<&str> = asked.iter().map(|q| q.fact_ids[0].as_str()).collect();
    for question in &questions[2..] {
        assert!(
            !seen.contains(question.fact_ids[0].as_str()),
            "then new facts"
        );
    }
}

#[tokio::test]
async fn a_review_with_nothing_due_is_a_quiz_of_new_facts_that_says_so() {
    let mut app = spawn_app().await;
    let review = start(
        &mut app,
        StartQuizRequest {
            learner: "Fresh".into(),
            count: 3,
            review: true,
            ..StartQuizRequest::default()
        },
    )
    .await;
    assert_eq!(review.review_questions, 0);
    assert_eq!(review.total_questions, 3);
    assert!(review.note.contains("Nothing is due"), "{}", review.note);
}

#[tokio::test]
async fn a_review_needs_a_learner_and_cannot_be_a_retry() {
    let mut app = spawn_app().await;
    expect_invalid(
        app.quiz
            .start_quiz(StartQuizRequest {
                review: true,
                ..StartQuizRequest::default()
            })
            .await,
        &["learner"],
    );
    expect_invalid(
        app.quiz
            .start_quiz(StartQuizRequest {
                learner: "Dana".into(),
                review: true,
                retry_of: "quiz_0123456789abcdef0123456789abcdef".into(),
                ..StartQuizRequest::default()
            })
            .await,
        &["review"],
    );
}

#[tokio::test]
async fn on_postgresql_pages_review_and_delete_behave_as_on_sqlite() {
    let Some(database) = TestDatabase::create().await else {
        return;
    };
    let url: DatabaseUrl = database.url.parse().expect("a PostgreSQL URL");
    let store = SqlStore::open(&url, SessionLimits::default())
        .await
        .expect("open the PostgreSQL store");
    let mut app = spawn_app_with_store(store.clone()).await;
    // Each part starts from a learner with no history.
    deleting_removes_answers_and_quizzes(&mut app).await;
    pages_list_every_attempt_once(&mut app).await;
    app.learner
        .delete_learner(DeleteLearnerRequest {
            learner: "Dana".into(),
        })
        .await
        .expect("DeleteLearner");
    review_asks_due_facts_first(&mut app, &store).await;
    app.stop().await;
    store.pool().close().await;
    database.drop_now().await;
}
