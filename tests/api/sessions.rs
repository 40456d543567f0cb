//! Quiz sessions over real gRPC: StartQuiz, SubmitAnswer, GetQuiz and
//! GetHint, every session rule, limits and concurrent use.

use std::collections::BTreeSet;
use std::time::Duration;

use summit_quiz::proto::{
    CheckAnswerRequest, GenerateQuestionsRequest, GetHintRequest, GetLearnerProgressRequest,
    GetQuizRequest, Grade, Progress, Question, QuestionKind, Quiz, QuizState, StartQuizRequest,
    StartQuizResponse, SubmitAnswerRequest, SubmitAnswerResponse,
};
use summit_quiz::store::SessionLimits;
use tonic::{Code, Status};

use crate::helpers::{
    TEST_KEY, TestApp, expect_code, expect_invalid, expect_not_found, expect_precondition,
    generate, get_hint, kinds, plain_id, spawn_app, spawn_app_with_limits,
};

/// One-answer formats, whose right answer can be read off a grade.
const SIMPLE: [QuestionKind; 3] = [
    QuestionKind::MultipleChoice,
    QuestionKind::TrueFalse,
    QuestionKind::ShortAnswer,
];

async fn start(app: &mut TestApp, request: StartQuizRequest) -> StartQuizResponse {
    app.quiz
        .start_quiz(request)
        .await
        .expect("StartQuiz")
        .into_inner()
}

async fn start_simple(app: &mut TestApp, count: i32, seed: u64) -> StartQuizResponse {
    start(
        app,
        StartQuizRequest {
            learner: "Aigerim".into(),
            count,
            kinds: kinds(&SIMPLE),
            seed,
            ..StartQuizRequest::default()
        },
    )
    .await
}

async fn submit_raw(
    app: &mut TestApp,
    quiz_id: &str,
    question_id: &str,
    answer: &str,
    skip: bool,
) -> Result<SubmitAnswerResponse, Status> {
    app.quiz
        .submit_answer(SubmitAnswerRequest {
            quiz_id: quiz_id.into(),
            question_id: question_id.into(),
            answer: answer.into(),
            skip,
        })
        .await
        .map(tonic::Response::into_inner)
}

async fn submit(
    app: &mut TestApp,
    quiz_id: &str,
    question_id: &str,
    answer: &str,
) -> SubmitAnswerResponse {
    submit_raw(app, quiz_id, question_id, answer, false)
        .await
        .expect("SubmitAnswer")
}

async fn skip(app: &mut TestApp, quiz_id: &str, question_id: &str) -> SubmitAnswerResponse {
    submit_raw(app, quiz_id, question_id, "", true)
        .await
        .expect("SubmitAnswer (skip)")
}

async fn get_quiz(app: &mut TestApp, quiz_id: &str) -> Quiz {
    app.quiz
        .get_quiz(GetQuizRequest {
            quiz_id: quiz_id.into(),
        })
        .await
        .expect("GetQuiz")
        .into_inner()
        .quiz
        .expect("a quiz")
}

async fn check(app: &mut TestApp, question_id: &str, answer: &str) -> Grade {
    app.quiz
        .check_answer(CheckAnswerRequest {
            question_id: question_id.into(),
            answer: answer.into(),
        })
        .await
        .expect("CheckAnswer")
        .into_inner()
        .grade
        .expect("a grade")
}

/// The right answer to a one-answer question, read off the canonical answer
/// CheckAnswer reveals for a wrong one: "B. Astana" → "B"; typed → as is.
async fn right_answer(app: &mut TestApp, question: &Question) -> String {
    let canonical = check(app, &plain_id(&question.id), "xyzzy plugh")
        .await
        .canonical_answer;
    match question.kind() {
        QuestionKind::MultipleChoice | QuestionKind::TrueFalse => canonical
            .split_once('.')
            .map(|(label, _)| label.to_string())
            .unwrap_or_else(|| panic!("no letter in {canonical:?}")),
        _ => canonical,
    }
}

/// An answer that cannot be right, in a form the question takes (an
/// answer naming no option is refused, not graded).
fn wrong_answer(question: &Question, right: &str) -> String {
    let labels = || question.choices.iter().map(|choice| choice.label.clone());
    match question.kind() {
        QuestionKind::MultipleChoice | QuestionKind::TrueFalse => labels()
            .find(|label| label != right)
            .expect("at least two options"),
        // Every option: some are always wrong.
        QuestionKind::MultiSelect => labels().collect::<Vec<_>>().join(", "),
        // Every item paired with the next item's letter: all wrong, and
        // still one letter per item (a letter given twice is refused).
        QuestionKind::Matching => {
            let letters: Vec<&str> = right
                .split_whitespace()
                .filter_map(|pair| pair.split_once('-').map(|(_, letter)| letter))
                .collect();
            (0..letters.len())
                .map(|item| format!("{}-{}", item + 1, letters[(item + 1) % letters.len()]))
                .collect::<Vec<_>>()
                .join(" ")
        }
        _ => "xyzzy plugh".into(),
    }
}

/// Some answer in a form the question takes, right or not.
fn guess(question: &Question) -> String {
    match question.kind() {
        // Items paired with the letters in order: one letter each.
        QuestionKind::Matching => question
            .matching_items
            .iter()
            .zip(&question.choices)
            .map(|(item, choice)| format!("{}-{}", item.number, choice.label))
            .collect::<Vec<_>>()
            .join(" "),
        _ if question.choices.is_empty() => "Astana".into(),
        _ => "A".into(),
    }
}

/// Asserts SubmitAnswer was refused because the quiz's first question has
/// its answer already: the refusal leads with that, not with the rule.
#[track_caller]
fn expect_first_already_answered(result: Result<SubmitAnswerResponse, Status>) -> Status {
    let status = expect_code(result, Code::FailedPrecondition);
    assert!(
        status
            .message()
            .starts_with("question 1 was already answered"),
        "{status:?}"
    );
    status
}

/// NOT_FOUND naming the quiz, with a message that says it may have expired.
#[track_caller]
fn expect_expired<T: std::fmt::Debug>(result: Result<T, Status>, quiz_id: &str) {
    let status = expect_code(result, Code::NotFound);
    assert!(status.message().contains("expired"), "{status:?}");
    expect_not_found(Err::<(), _>(status), quiz_id);
}

fn progress(response: &SubmitAnswerResponse) -> Progress {
    response.progress.expect("progress")
}

#[tokio::test]
async fn a_full_quiz_runs_to_the_end_and_get_quiz_summarises_it() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 6, 11).await;
    assert!(started.quiz_id.starts_with("quiz_"), "{}", started.quiz_id);
    assert_eq!(started.total_questions, 6);
    assert!(started.note.is_empty());
    let quiz = started.quiz.expect("the quiz");
    assert_eq!(quiz.state(), QuizState::InProgress);
    assert_eq!(quiz.learner, "Aigerim");
    assert_eq!(quiz.seed, 11);
    let (created, expires) = (
        quiz.create_time.expect("create_time"),
        quiz.expire_time.expect("expire_time"),
    );
    assert!(
        expires.seconds >= created.seconds + 1700,
        "30 minutes on: {created:?} {expires:?}"
    );

    let mut question = started.question.expect("a first question");
    let mut asked = Vec::new();
    // Right, wrong, skipped, then again.
    for index in 0..6_i32 {
        asked.push(question.clone());
        let right = right_answer(&mut app, &question).await;
        let response = match index % 3 {
            0 => submit(&mut app, &started.quiz_id, &question.id, &right).await,
            1 => {
                let wrong = wrong_answer(&question, &right);
                submit(&mut app, &started.quiz_id, &question.id, &wrong).await
            }
            _ => skip(&mut app, &started.quiz_id, &question.id).await,
        };
        let grade = response.grade.clone().expect("a grade");
        assert_eq!(grade.correct, index % 3 == 0, "{grade:?}");
        if index % 3 == 2 {
            assert!(grade.feedback.starts_with("Skipped."), "{}", grade.feedback);
            assert!(!grade.canonical_answer.is_empty());
        }
        let progress = progress(&response);
        assert_eq!(progress.answered, index + 1);
        assert_eq!(progress.total, 6);
        assert_eq!(response.finished, index == 5);
        match response.next_question {
            Some(next) => question = next,
            None => assert_eq!(index, 5, "the quiz ended early"),
        }
    }

    let quiz = get_quiz(&mut app, &started.quiz_id).await;
    assert_eq!(quiz.state(), QuizState::Finished);
    assert!(quiz.current_question.is_none());
    let progress = quiz.progress.expect("progress");
    assert_eq!(
        (progress.answered, progress.correct, progress.total),
        (6, 2, 6)
    );
    assert_eq!(progress.score, 2.0);

    let mut first_seen: Vec<&str> = Vec::new();
    for question in &asked {
        if !first_seen.contains(&question.topic.as_str()) {
            first_seen.push(&question.topic);
        }
    }
    let topics: Vec<&str> = quiz.topic_scores.iter().map(|t| t.topic.as_str()).collect();
    assert_eq!(topics, first_seen, "topics in first-appearance order");
    assert_eq!(quiz.topic_scores.iter().map(|t| t.total).sum::<i32>(), 6);
    assert_eq!(quiz.topic_scores.iter().map(|t| t.correct).sum::<i32>(), 2);

    let missed: Vec<&str> = quiz
        .missed_questions
        .iter()
        .map(|m| m.question.as_ref().expect("question").id.as_str())
        .collect();
    let expected: Vec<&str> = [1, 2, 4, 5].iter().map(|&i| asked[i].id.as_str()).collect();
    assert_eq!(missed, expected, "missed questions in quiz order");
    for missed in &quiz.missed_questions {
        let grade = missed.grade.as_ref().expect("a grade");
        assert!(!grade.canonical_answer.is_empty());
        let citation = grade.citation.as_ref().expect("a citation");
        assert!(!citation.text.is_empty());
        assert_eq!(missed.skipped, missed.answer.is_empty());
    }
    assert_eq!(
        quiz.missed_questions.iter().filter(|m| m.skipped).count(),
        2
    );
    app.stop().await;
}

#[tokio::test]
async fn answering_any_question_but_the_current_one_is_a_failed_precondition() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 3, 12).await;
    let current = started.question.expect("first").id;
    let quiz = get_quiz(&mut app, &started.quiz_id).await;
    assert_eq!(quiz.current_question.map(|q| q.id), Some(current.clone()));

    // A question id from elsewhere: well formed, but not in this quiz.
    let outsider = generate(
        &mut app,
        GenerateQuestionsRequest {
            count: 1,
            seed: 999,
            kinds: kinds(&[QuestionKind::Matching]),
            ..GenerateQuestionsRequest::default()
        },
    )
    .await
    .questions
    .remove(0);
    let status = expect_precondition(
        submit_raw(&mut app, &started.quiz_id, &outsider.id, "A", false).await,
        "not part of this quiz",
    );
    assert!(
        status.message().contains("The current question is 1 of"),
        "says which question is current: {status:?}"
    );
    // By number only: its plain id would let CheckAnswer grade it.
    assert!(
        !status.message().contains(&plain_id(&current)),
        "{status:?}"
    );
    assert_eq!(
        get_quiz(&mut app, &started.quiz_id)
            .await
            .progress
            .map(|p| p.answered),
        Some(0)
    );
    app.stop().await;
}

#[tokio::test]
async fn a_later_question_is_not_due_and_an_earlier_one_is_already_answered() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 3, 13).await;
    let first = started.question.expect("first").id;
    // A quiz asks what GenerateQuestions gives for the same filters and
    // the quiz key's derivation of its seed, so a holder of the key (and
    // only one) can know the later questions' ids in advance.
    let same = generate(
        &mut app,
        GenerateQuestionsRequest {
            count: 3,
            kinds: kinds(&SIMPLE),
            seed: TEST_KEY.quiz_seed(13),
            ..GenerateQuestionsRequest::default()
        },
    )
    .await
    .questions;
    assert_eq!(same[0].id, plain_id(&first));
    let quiz_id = summit_quiz::session::QuizId::parse(&started.quiz_id).expect("a quiz id");
    let third = TEST_KEY.seal(&quiz_id, &same[2].id).expect("seals");
    let status = expect_code(
        submit_raw(&mut app, &started.quiz_id, &third, "A", false).await,
        Code::FailedPrecondition,
    );
    assert!(
        status.message().starts_with("question 3 is not due yet"),
        "{status:?}"
    );
    assert!(
        status.message().contains("current question is 1 of 3"),
        "{status:?}"
    );
    let second = skip(&mut app, &started.quiz_id, &first)
        .await
        .next_question
        .expect("second")
        .id;
    let third = skip(&mut app, &started.quiz_id, &second)
        .await
        .next_question
        .expect("third")
        .id;
    // Back two questions: already answered, whatever the answer.
    let status = expect_first_already_answered(
        submit_raw(&mut app, &started.quiz_id, &first, "", true).await,
    );
    assert!(
        status.message().contains("current question is 3 of 3"),
        "{status:?}"
    );
    let _ = submit(&mut app, &started.quiz_id, &third, "A").await;
    app.stop().await;
}

#[tokio::test]
async fn after_the_end_a_new_answer_is_a_failed_precondition() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 2, 14).await;
    let first = started.question.expect("first").id;
    let second = skip(&mut app, &started.quiz_id, &first)
        .await
        .next_question
        .expect("second");
    let last = submit(&mut app, &started.quiz_id, &second.id, "B").await;
    assert!(last.finished && last.next_question.is_none());
    for (question_id, answer) in [(&second.id, "A"), (&first, "B")] {
        expect_precondition(
            submit_raw(&mut app, &started.quiz_id, question_id, answer, false).await,
            "The quiz is finished; see GetQuiz",
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn resending_the_same_answer_returns_the_same_grade_and_counts_once() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 2, 15).await;
    let first = started.question.expect("first");
    let answer = guess(&first);
    let once = submit(&mut app, &started.quiz_id, &first.id, &answer).await;
    let twice = submit(&mut app, &started.quiz_id, &first.id, &answer).await;
    assert_eq!(twice.grade, once.grade);
    assert_eq!(twice.next_question, once.next_question);
    assert_eq!(progress(&twice).answered, 1);

    // The last question too, after the quiz has finished.
    let last = once.next_question.expect("second").id;
    let once = skip(&mut app, &started.quiz_id, &last).await;
    let twice = skip(&mut app, &started.quiz_id, &last).await;
    assert!(once.finished && twice.finished);
    assert_eq!(twice.grade, once.grade);
    assert_eq!(progress(&twice).answered, 2);
    let quiz = get_quiz(&mut app, &started.quiz_id).await;
    assert_eq!(quiz.progress.map(|p| p.answered), Some(2));
    app.stop().await;
}

#[tokio::test]
async fn a_different_answer_to_the_previous_question_is_refused_and_its_grade_stands() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 3, 16).await;
    let first = started.question.expect("first");
    let right = right_answer(&mut app, &first).await;
    let wrong = wrong_answer(&first, &right);
    let graded = submit(&mut app, &started.quiz_id, &first.id, &wrong).await;
    for retry in [right.as_str(), ""] {
        let skip = retry.is_empty();
        expect_first_already_answered(
            submit_raw(&mut app, &started.quiz_id, &first.id, retry, skip).await,
        );
    }
    let quiz = get_quiz(&mut app, &started.quiz_id).await;
    let progress = quiz.progress.expect("progress");
    assert_eq!((progress.answered, progress.correct), (1, 0));
    assert_eq!(quiz.missed_questions[0].grade, graded.grade);
    app.stop().await;
}

#[tokio::test]
async fn an_unknown_quiz_is_not_found_and_says_it_may_have_expired() {
    let mut app = spawn_app().await;
    let unknown = "quiz_0123456789abcdef0123456789abcdef";
    let result = app
        .quiz
        .get_quiz(GetQuizRequest {
            quiz_id: unknown.into(),
        })
        .await;
    expect_expired(result, unknown);
    let question = start_simple(&mut app, 1, 17).await.question.expect("q").id;
    expect_not_found(
        submit_raw(&mut app, unknown, &question, "A", false).await,
        unknown,
    );
    let retry = app
        .quiz
        .start_quiz(StartQuizRequest {
            retry_of: unknown.into(),
            ..StartQuizRequest::default()
        })
        .await;
    expect_not_found(retry, unknown);
    app.stop().await;
}

#[tokio::test]
async fn malformed_session_requests_name_every_bad_field() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 1, 18).await;
    let question = started.question.expect("q").id;

    expect_invalid(
        submit_raw(&mut app, "nope", "not-an-id", "", false).await,
        &["quiz_id", "question_id", "answer"],
    );
    expect_invalid(
        submit_raw(&mut app, &started.quiz_id, &question, "   ", false).await,
        &["answer"],
    );
    let described = expect_invalid(
        submit_raw(&mut app, &started.quiz_id, &question, "A", true).await,
        &["answer"],
    );
    assert!(described[0].contains("skip"), "{described:?}");
    expect_invalid(
        submit_raw(&mut app, &started.quiz_id, "", "A", false).await,
        &["question_id"],
    );
    expect_invalid(
        submit_raw(
            &mut app,
            &started.quiz_id,
            &question,
            &"x".repeat(1025),
            false,
        )
        .await,
        &["answer"],
    );

    let start = |request: StartQuizRequest| {
        let mut quiz = app.quiz.clone();
        async move { quiz.start_quiz(request).await }
    };
    expect_invalid(
        start(StartQuizRequest {
            count: 51,
            ..StartQuizRequest::default()
        })
        .await,
        &["count"],
    );
    expect_invalid(
        start(StartQuizRequest {
            learner: "x".repeat(65),
            count: -1,
            kinds: vec![0],
            topics: vec!["no-such-topic".into()],
            difficulty: 9,
            ..StartQuizRequest::default()
        })
        .await,
        &["learner", "count", "kinds[0]", "topics[0]", "difficulty"],
    );
    expect_invalid(
        start(StartQuizRequest {
            learner: "bell\u{7}".into(),
            ..StartQuizRequest::default()
        })
        .await,
        &["learner"],
    );
    expect_invalid(
        start(StartQuizRequest {
            retry_of: started.quiz_id.clone(),
            count: 3,
            kinds: kinds(&[QuestionKind::TrueFalse]),
            topics: vec!["trade".into()],
            source_id: "x".into(),
            ..StartQuizRequest::default()
        })
        .await,
        &["count", "kinds", "topics", "source_id"],
    );
    expect_invalid(
        start(StartQuizRequest {
            retry_of: "quiz_123".into(),
            ..StartQuizRequest::default()
        })
        .await,
        &["retry_of"],
    );
    let result = app
        .quiz
        .get_quiz(GetQuizRequest {
            quiz_id: question.clone(),
        })
        .await;
    expect_invalid(result, &["quiz_id"]);
    let result = app
        .quiz
        .get_hint(GetHintRequest {
            question_id: " ".into(),
            ..Default::default()
        })
        .await;
    expect_invalid(result, &["question_id"]);
    app.stop().await;
}

#[tokio::test]
async fn zero_questions_means_ten() {
    let mut app = spawn_app().await;
    let started = start(&mut app, StartQuizRequest::default()).await;
    assert_eq!(started.total_questions, 10);
    let quiz = started.quiz.expect("quiz");
    assert_eq!(quiz.learner, "");
    assert_ne!(quiz.seed, 0, "a seed was picked");
    app.stop().await;
}

#[tokio::test]
async fn a_retry_asks_the_missed_questions_again() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 4, 19).await;
    let mut question = started.question.clone().expect("first");
    let mut missed = BTreeSet::new();
    for index in 0..4 {
        let right = right_answer(&mut app, &question).await;
        let answer = if index == 0 {
            right
        } else {
            missed.insert((question.kind, question.fact_ids.clone()));
            wrong_answer(&question, &right)
        };
        let response = submit(&mut app, &started.quiz_id, &question.id, &answer).await;
        if index == 1 {
            // Not finished yet: no retry.
            let result = app
                .quiz
                .start_quiz(StartQuizRequest {
                    learner: "Aigerim".into(),
                    retry_of: started.quiz_id.clone(),
                    ..StartQuizRequest::default()
                })
                .await;
            expect_precondition(result, "not finished");
        }
        if let Some(next) = response.next_question {
            question = next;
        }
    }

    let retry = start(
        &mut app,
        StartQuizRequest {
            learner: "Aigerim".into(),
            retry_of: started.quiz_id.clone(),
            seed: 5,
            ..StartQuizRequest::default()
        },
    )
    .await;
    assert_eq!(retry.total_questions, 3);
    let quiz = retry.quiz.expect("quiz");
    assert_eq!(quiz.retry_of, started.quiz_id);
    assert_eq!(quiz.learner, "Aigerim", "the retry is hers");
    let mut asked = BTreeSet::new();
    let mut question = retry.question;
    while let Some(current) = question {
        asked.insert((current.kind, current.fact_ids.clone()));
        question = skip(&mut app, &retry.quiz_id, &current.id)
            .await
            .next_question;
    }
    assert_eq!(asked, missed, "the same facts in the same formats");
    app.stop().await;
}

#[tokio::test]
async fn a_retry_of_a_named_learners_quiz_must_name_that_learner() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 1, 40).await;
    let question = started.question.expect("first");
    assert!(
        skip(&mut app, &started.quiz_id, &question.id)
            .await
            .finished
    );
    for stranger in ["", "Mallory", "aigerim"] {
        let result = app
            .quiz
            .start_quiz(StartQuizRequest {
                learner: stranger.into(),
                retry_of: started.quiz_id.clone(),
                ..StartQuizRequest::default()
            })
            .await;
        let status = expect_code(result, Code::FailedPrecondition);
        assert!(
            status.message().contains("must name the same learner"),
            "{status:?}"
        );
        assert!(!status.message().contains("Aigerim"), "{status:?}");
    }
    // Nothing was started in her name.
    let progress = app
        .learner
        .get_learner_progress(GetLearnerProgressRequest {
            learner: "Aigerim".into(),
        })
        .await
        .expect("GetLearnerProgress")
        .into_inner();
    assert!(progress.open_quizzes.is_empty(), "{progress:?}");
    let retry = start(
        &mut app,
        StartQuizRequest {
            learner: "Aigerim".into(),
            retry_of: started.quiz_id.clone(),
            ..StartQuizRequest::default()
        },
    )
    .await;
    assert_eq!(retry.quiz.expect("quiz").learner, "Aigerim");
    app.stop().await;
}

#[tokio::test]
async fn anyone_may_retry_an_anonymous_quiz_and_the_retry_is_anonymous() {
    let mut app = spawn_app().await;
    let started = start(
        &mut app,
        StartQuizRequest {
            count: 1,
            kinds: kinds(&SIMPLE),
            seed: 41,
            ..StartQuizRequest::default()
        },
    )
    .await;
    let question = started.question.expect("first");
    assert!(
        skip(&mut app, &started.quiz_id, &question.id)
            .await
            .finished
    );
    for caller in ["", "Mallory"] {
        let retry = start(
            &mut app,
            StartQuizRequest {
                learner: caller.into(),
                retry_of: started.quiz_id.clone(),
                ..StartQuizRequest::default()
            },
        )
        .await;
        assert_eq!(retry.quiz.expect("quiz").learner, "", "{caller:?}");
    }
    app.stop().await;
}

#[tokio::test]
async fn a_perfect_quiz_has_nothing_to_retry() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 1, 20).await;
    let question = started.question.expect("q");
    let right = right_answer(&mut app, &question).await;
    let graded = submit(&mut app, &started.quiz_id, &question.id, &right).await;
    assert!(graded.grade.expect("grade").correct);
    let result = app
        .quiz
        .start_quiz(StartQuizRequest {
            learner: "Aigerim".into(),
            retry_of: started.quiz_id,
            ..StartQuizRequest::default()
        })
        .await;
    expect_precondition(result, "no missed questions");
    app.stop().await;
}

#[tokio::test]
async fn concurrent_identical_submits_count_once_and_all_get_the_same_grade() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 3, 21).await;
    let question = started.question.expect("first");
    let answer = guess(&question);
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..16 {
        let mut client = app.quiz.clone();
        let (quiz_id, question_id) = (started.quiz_id.clone(), question.id.clone());
        let answer = answer.clone();
        tasks.spawn(async move {
            client
                .submit_answer(SubmitAnswerRequest {
                    quiz_id,
                    question_id,
                    answer,
                    skip: false,
                })
                .await
                .map(tonic::Response::into_inner)
        });
    }
    let mut grades = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        let response = joined.expect("task").expect("every resend is idempotent");
        assert_eq!(progress(&response).answered, 1);
        grades.push(response.grade);
    }
    assert_eq!(grades.len(), 16);
    assert!(grades.windows(2).all(|pair| pair[0] == pair[1]));
    let quiz = get_quiz(&mut app, &started.quiz_id).await;
    assert_eq!(quiz.progress.map(|p| p.answered), Some(1));
    app.stop().await;
}

#[tokio::test]
async fn concurrent_conflicting_submits_record_exactly_one_answer() {
    let mut app = spawn_app().await;
    let started = start_simple(&mut app, 3, 22).await;
    let question = started.question.expect("first").id;
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..16 {
        let mut client = app.quiz.clone();
        let (quiz_id, question_id) = (started.quiz_id.clone(), question.clone());
        let answer = if n % 2 == 0 { "A" } else { "B" };
        tasks.spawn(async move {
            let result = client
                .submit_answer(SubmitAnswerRequest {
                    quiz_id,
                    question_id,
                    answer: answer.into(),
                    skip: false,
                })
                .await;
            (answer, result.map(tonic::Response::into_inner))
        });
    }
    let mut accepted = BTreeSet::new();
    let mut refused = 0;
    while let Some(joined) = tasks.join_next().await {
        match joined.expect("task") {
            (answer, Ok(response)) => {
                assert_eq!(progress(&response).answered, 1);
                accepted.insert(answer);
            }
            (_, Err(status)) => {
                assert_eq!(status.code(), Code::FailedPrecondition, "{status:?}");
                refused += 1;
            }
        }
    }
    assert_eq!(accepted.len(), 1, "one answer won: {accepted:?}");
    assert_eq!(refused, 8, "the other answer was refused every time");
    let quiz = get_quiz(&mut app, &started.quiz_id).await;
    assert_eq!(quiz.progress.map(|p| p.answered), Some(1));
    app.stop().await;
}

#[tokio::test]
async fn fifty_learners_at_once_each_see_only_their_own_quiz() {
    let app = spawn_app().await;
    let mut tasks = tokio::task::JoinSet::new();
    for learner in 0..50u64 {
        let mut client = app.quiz.clone();
        tasks.spawn(async move {
            let started = client
                .start_quiz(StartQuizRequest {
                    learner: format!("learner {learner}"),
                    count: 4,
                    seed: learner + 1,
                    ..StartQuizRequest::default()
                })
                .await
                .expect("StartQuiz")
                .into_inner();
            let mut question = started.question;
            let mut answered = 0;
            while let Some(current) = question {
                // Even learners skip; odd ones guess.
                let answer = if learner % 2 == 0 {
                    String::new()
                } else {
                    guess(&current)
                };
                let response = client
                    .submit_answer(SubmitAnswerRequest {
                        quiz_id: started.quiz_id.clone(),
                        question_id: current.id,
                        answer,
                        skip: learner % 2 == 0,
                    })
                    .await
                    .expect("SubmitAnswer")
                    .into_inner();
                answered += 1;
                assert_eq!(response.progress.map(|p| p.answered), Some(answered));
                question = response.next_question;
            }
            let quiz = client
                .get_quiz(GetQuizRequest {
                    quiz_id: started.quiz_id.clone(),
                })
                .await
                .expect("GetQuiz")
                .into_inner()
                .quiz
                .expect("quiz");
            (learner, started.total_questions, quiz)
        });
    }
    let mut ids = BTreeSet::new();
    while let Some(joined) = tasks.join_next().await {
        let (learner, total, quiz) = joined.expect("task");
        assert_eq!(quiz.learner, format!("learner {learner}"));
        assert_eq!(quiz.state(), QuizState::Finished);
        let progress = quiz.progress.expect("progress");
        assert_eq!((progress.answered, progress.total), (total, total));
        assert_eq!(quiz.missed_questions.len() as i32, total - progress.correct);
        assert!(
            quiz.missed_questions
                .iter()
                .all(|m| m.skipped == (learner % 2 == 0))
        );
        ids.insert(quiz.id);
    }
    assert_eq!(ids.len(), 50);
    app.stop().await;
}

#[tokio::test]
async fn a_hint_strikes_out_two_options_that_are_wrong() {
    let mut app = spawn_app().await;
    let questions = generate(
        &mut app,
        GenerateQuestionsRequest {
            count: 5,
            seed: 23,
            kinds: kinds(&[QuestionKind::MultipleChoice]),
            ..GenerateQuestionsRequest::default()
        },
    )
    .await
    .questions;
    for question in questions {
        let hint = get_hint(&mut app, &question.id).await;
        assert_eq!(hint.eliminated_labels.len(), 2, "{hint:?}");
        assert!(hint.text.contains("struck out"), "{}", hint.text);
        for label in &hint.eliminated_labels {
            assert!(
                !check(&mut app, &question.id, label).await.correct,
                "{label}"
            );
        }
        let again = get_hint(&mut app, &question.id).await;
        assert_eq!(again, hint, "the same question always gets the same hint");
    }
    app.stop().await;
}

#[tokio::test]
async fn a_typed_question_hints_at_the_first_letter_without_the_answer() {
    let mut app = spawn_app().await;
    let question = generate(
        &mut app,
        GenerateQuestionsRequest {
            count: 1,
            fact_ids: vec!["treaty-signing-city".into()],
            kinds: kinds(&[QuestionKind::ShortAnswer]),
            seed: 1,
            ..GenerateQuestionsRequest::default()
        },
    )
    .await
    .questions
    .remove(0);
    let hint = get_hint(&mut app, &question.id).await;
    assert_eq!(hint.text, "The answer starts with “A” and is one word.");
    assert!(hint.eliminated_labels.is_empty());
    app.stop().await;
}

#[tokio::test]
async fn a_full_store_refuses_new_quizzes_and_keeps_every_live_one() {
    let mut app = spawn_app_with_limits(SessionLimits {
        ttl: Duration::from_secs(600),
        max_sessions: 2,
    })
    .await;
    let first = start_simple(&mut app, 1, 24).await.quiz_id;
    let second = start_simple(&mut app, 1, 25).await.quiz_id;
    let refused = app
        .quiz
        .start_quiz(StartQuizRequest {
            learner: "Mallory".into(),
            count: 1,
            kinds: kinds(&SIMPLE),
            seed: 26,
            ..StartQuizRequest::default()
        })
        .await;
    let status = expect_code(refused, Code::ResourceExhausted);
    assert!(
        status.message().contains("maximum of 2 quizzes"),
        "{status:?}"
    );
    for id in [&first, &second] {
        get_quiz(&mut app, id).await;
    }
    app.stop().await;
}

#[tokio::test]
async fn an_unused_quiz_expires_and_each_call_moves_its_expiry_later() {
    let ttl = Duration::from_secs(2);
    let mut app = spawn_app_with_limits(SessionLimits {
        ttl,
        max_sessions: 100,
    })
    .await;
    let kept = start_simple(&mut app, 1, 27).await;
    let dropped = start_simple(&mut app, 1, 28).await.quiz_id;
    let mut expiry = kept.quiz.expect("quiz").expire_time.expect("expire_time");
    for _ in 0..4 {
        tokio::time::sleep(Duration::from_millis(700)).await;
        let quiz = get_quiz(&mut app, &kept.quiz_id).await;
        let moved = quiz.expire_time.expect("expire_time");
        assert!(
            (moved.seconds, moved.nanos) > (expiry.seconds, expiry.nanos),
            "{moved:?} is not after {expiry:?}"
        );
        expiry = moved;
    }
    // 2.8 s unused against a 2 s TTL.
    let result = app
        .quiz
        .get_quiz(GetQuizRequest {
            quiz_id: dropped.clone(),
        })
        .await;
    expect_expired(result, &dropped);
    app.stop().await;
}

#[tokio::test]
async fn an_answer_naming_no_option_is_refused_and_the_question_stays_open() {
    let mut app = spawn_app().await;
    let started = start(
        &mut app,
        StartQuizRequest {
            count: 2,
            kinds: kinds(&[QuestionKind::MultipleChoice]),
            seed: 31,
            ..StartQuizRequest::default()
        },
    )
    .await;
    let first = started.question.expect("first");
    let refused = submit_raw(&mut app, &started.quiz_id, &first.id, "E", false).await;
    let reasons = expect_invalid(refused, &["answer"]);
    assert_eq!(reasons, ["Not an option: type a letter A-D."]);
    let hedged = submit_raw(&mut app, &started.quiz_id, &first.id, "A or B", false).await;
    expect_invalid(hedged, &["answer"]);

    let quiz = get_quiz(&mut app, &started.quiz_id).await;
    assert_eq!(quiz.progress.map(|p| p.answered), Some(0));
    assert_eq!(quiz.current_question.map(|q| q.id), Some(first.id.clone()));
    let right = right_answer(&mut app, &first).await;
    let answered = submit(&mut app, &started.quiz_id, &first.id, &right).await;
    assert!(answered.grade.is_some_and(|grade| grade.correct));
    app.stop().await;
}

/// Answers a question of `kind` cannot take: an option that does not exist,
/// a hedge between options, a letter given to every item.
fn answers_naming_no_option(question: &Question) -> Vec<String> {
    match question.kind() {
        QuestionKind::MultipleChoice => vec!["-1".into(), "B, unless it's A".into()],
        QuestionKind::TrueFalse => vec!["false, unless it's true".into(), "-1".into()],
        QuestionKind::MultiSelect => vec!["A, Z".into(), "A, C, and maybe D".into()],
        QuestionKind::Matching => {
            let n = question.matching_items.len();
            let pairs = |letter: &dyn Fn(usize) -> char, items: usize| {
                (0..items)
                    .map(|i| format!("{}-{}", i + 1, letter(i)))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let in_order = |i: usize| char::from(b'A' + u8::try_from(i).expect("few items"));
            vec![
                pairs(&in_order, n + 2),
                pairs(&|_| 'A', n),
                "-1-A".into(),
                "1-B 2-A 3-C 1-A".into(),
            ]
        }
        other => panic!("not a choice kind: {other:?}"),
    }
}

#[tokio::test]
async fn choice_answers_naming_no_option_or_hedging_are_refused_and_nothing_is_recorded() {
    let mut app = spawn_app().await;
    for kind in [
        QuestionKind::MultipleChoice,
        QuestionKind::TrueFalse,
        QuestionKind::MultiSelect,
        QuestionKind::Matching,
    ] {
        let started = start(
            &mut app,
            StartQuizRequest {
                learner: "ivy".into(),
                count: 1,
                kinds: kinds(&[kind]),
                seed: 9,
                ..StartQuizRequest::default()
            },
        )
        .await;
        let question = started.question.expect("first");
        for answer in answers_naming_no_option(&question) {
            let refused =
                submit_raw(&mut app, &started.quiz_id, &question.id, &answer, false).await;
            let reasons = expect_invalid(refused, &["answer"]);
            // CheckAnswer agrees: no credit, for the same reason.
            let checked = check(&mut app, &plain_id(&question.id), &answer).await;
            assert_eq!(checked.score, 0.0, "{kind:?} {answer:?}: {checked:?}");
            assert_eq!(reasons, [checked.feedback], "{kind:?} {answer:?}");
        }
        let quiz = get_quiz(&mut app, &started.quiz_id).await;
        assert_eq!(quiz.progress.map(|p| p.answered), Some(0), "{kind:?}");
        assert_eq!(quiz.current_question.map(|q| q.id), Some(question.id));
    }
    app.stop().await;
}
