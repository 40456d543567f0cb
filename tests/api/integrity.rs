//! Quiz integrity for hints, through the built `summit-server` binary: a
//! question still open in a quiz is hinted only inside that quiz, as
//! CheckAnswer grades it only once the quiz has its answer (that half is in
//! `hardening.rs`).

use summit_quiz::proto::quiz_service_client::QuizServiceClient;
use summit_quiz::proto::{
    GetHintRequest, GetQuestionRequest, QuestionKind, StartQuizRequest, SubmitAnswerRequest,
};
use tonic::Code;
use tonic::transport::Channel;

use crate::helpers::{ServerProcess, expect_code};

async fn start(quiz: &mut QuizServiceClient<Channel>, seed: u64) -> (String, String) {
    let started = quiz
        .start_quiz(StartQuizRequest {
            learner: "Aigerim".into(),
            count: 3,
            kinds: vec![QuestionKind::MultipleChoice as i32],
            seed,
            ..Default::default()
        })
        .await
        .expect("StartQuiz")
        .into_inner();
    let question = started.question.expect("first question");
    (started.quiz_id, question.id)
}

fn hint(question_id: &str, quiz_id: &str) -> GetHintRequest {
    GetHintRequest {
        question_id: question_id.to_string(),
        quiz_id: quiz_id.to_string(),
    }
}

#[tokio::test]
async fn an_open_quiz_question_is_hinted_only_inside_its_quiz_until_the_quiz_has_its_answer() {
    let server = ServerProcess::start(&[]).await;
    let channel = Channel::from_shared(format!("http://{}", server.addr))
        .expect("valid uri")
        .connect()
        .await
        .expect("connect");
    let mut quiz = QuizServiceClient::new(channel);
    let (quiz_id, question_id) = start(&mut quiz, 31).await;
    let (other_quiz, _) = start(&mut quiz, 32).await;

    // Outside the quiz: refused, saying why and what to do.
    let refused = expect_code(
        quiz.get_hint(hint(&question_id, "")).await,
        Code::FailedPrecondition,
    );
    assert!(
        refused.message().contains("has not recorded an answer")
            && refused.message().contains("only inside that quiz"),
        "{refused:?}"
    );
    // Nor does the refusal lead to the quiz: its id is all SubmitAnswer
    // needs, and a question id may be seen by others than its learner.
    assert!(!refused.message().contains(&quiz_id), "{refused:?}");
    let details = String::from_utf8_lossy(refused.details()).into_owned();
    assert!(!details.contains(&quiz_id), "{refused:?}");
    // Naming another quiz does not make it this quiz's hint.
    let refused = expect_code(
        quiz.get_hint(hint(&question_id, &other_quiz)).await,
        Code::FailedPrecondition,
    );
    assert!(refused.message().contains("another quiz"), "{refused:?}");
    // A malformed quiz_id is a bad field, not a hint.
    expect_code(
        quiz.get_hint(hint(&question_id, "not a quiz")).await,
        Code::InvalidArgument,
    );

    // Inside the quiz: the hint the client shows.
    let inside = quiz
        .get_hint(hint(&question_id, &quiz_id))
        .await
        .expect("the quiz's own hint")
        .into_inner();
    assert_eq!(inside.eliminated_labels.len(), 2, "{inside:?}");

    // GetQuestion shows the question as the quiz does, with no key to read.
    let shown = quiz
        .get_question(GetQuestionRequest {
            question_id: question_id.clone(),
        })
        .await
        .expect("GetQuestion")
        .into_inner()
        .question
        .expect("question");
    assert_eq!(shown.id, question_id);

    // Once the quiz has recorded the answer, the hint is anyone's.
    quiz.submit_answer(SubmitAnswerRequest {
        quiz_id: quiz_id.clone(),
        question_id: question_id.clone(),
        skip: true,
        ..Default::default()
    })
    .await
    .expect("SubmitAnswer");
    let after = quiz
        .get_hint(hint(&question_id, ""))
        .await
        .expect("GetHint after the quiz recorded the answer")
        .into_inner();
    assert_eq!(after, inside, "the same question always gets the same hint");
}
