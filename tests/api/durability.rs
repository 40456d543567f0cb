//! Quizzes survive the server being killed: the built `summit-server` on a
//! SQLite file, `kill -9`, restarted on the same file.

use summit_quiz::proto::quiz_service_client::QuizServiceClient;
use summit_quiz::proto::{GetQuizRequest, QuestionKind, StartQuizRequest, SubmitAnswerRequest};
use tonic::transport::Channel;

use crate::helpers::ServerProcess;

async fn client(server: &ServerProcess) -> QuizServiceClient<Channel> {
    QuizServiceClient::connect(format!("http://{}", server.addr))
        .await
        .expect("connect")
}

#[tokio::test]
async fn a_quiz_answered_before_kill_9_continues_after_a_restart_on_the_same_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("summit.db").display());
    let server = ServerProcess::start(&["--database-url", &url]).await;
    let mut quiz = client(&server).await;
    let started = quiz
        .start_quiz(StartQuizRequest {
            count: 6,
            seed: 9,
            kinds: vec![QuestionKind::MultipleChoice as i32],
            learner: "Dana".into(),
            ..StartQuizRequest::default()
        })
        .await
        .expect("StartQuiz")
        .into_inner();
    let answered = 4;
    let mut question = started.question.expect("first question");
    let mut grades = Vec::new();
    for _ in 0..answered {
        let response = quiz
            .submit_answer(SubmitAnswerRequest {
                quiz_id: started.quiz_id.clone(),
                question_id: question.id.clone(),
                answer: "B".into(),
                skip: false,
            })
            .await
            .expect("SubmitAnswer")
            .into_inner();
        grades.push(response.grade.expect("grade").correct);
        question = response.next_question.expect("a next question");
    }
    server.kill_9();

    let server = ServerProcess::start(&["--database-url", &url]).await;
    let mut quiz = client(&server).await;
    let restored = quiz
        .get_quiz(GetQuizRequest {
            quiz_id: started.quiz_id.clone(),
        })
        .await
        .expect("GetQuiz after the restart")
        .into_inner()
        .quiz
        .expect("quiz");
    let progress = restored.progress.expect("progress");
    assert_eq!(progress.answered, answered);
    assert_eq!(
        restored.current_question.map(|q| q.id),
        Some(question.id.clone()),
        "the quiz continues at question {}",
        answered + 1
    );
    let right = grades.iter().filter(|correct| **correct).count();
    assert_eq!(usize::try_from(progress.correct), Ok(right));
    assert_eq!(
        restored.missed_questions.len(),
        grades.len() - right,
        "every wrong answer is still listed for review"
    );
    let next = quiz
        .submit_answer(SubmitAnswerRequest {
            quiz_id: started.quiz_id,
            question_id: question.id,
            answer: "C".into(),
            skip: false,
        })
        .await
        .expect("SubmitAnswer after the restart")
        .into_inner();
    assert_eq!(next.progress.expect("progress").answered, answered + 1);
}
