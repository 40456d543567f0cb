//! Content revisions: a release that edits one fact must not orphan ids or
//! quizzes issued before it. Two fact files that differ by one fact, served
//! one after the other by the built `summit-server` on one database.

use std::path::{Path, PathBuf};

use summit_quiz::proto::quiz_service_client::QuizServiceClient;
use summit_quiz::proto::{
    CheckAnswerRequest, GenerateQuestionsRequest, GetQuestionRequest, GetQuizRequest, Question,
    QuestionKind, StartQuizRequest, SubmitAnswerRequest,
};
use tonic::transport::Channel;

use crate::helpers::ServerProcess;

/// A two-fact set; `declaration_city` is the one fact the two revisions
/// disagree on.
fn write_fact_set(dir: &Path, declaration_city: &str) -> PathBuf {
    std::fs::create_dir_all(dir).expect("create the fact directory");
    std::fs::write(
        dir.join("tiny.txt"),
        format!(
            "Two signings\nThe treaty was signed in Astana on Tuesday.\nThe declaration was signed in {declaration_city} on Wednesday.\n"
        ),
    )
    .expect("write the article");
    let json = format!(
        r#"{{
  "sources": [{{"id": "tiny", "file": "tiny.txt"}}],
  "topics": [{{"name": "signings", "title": "the signings", "description": "Where things were signed"}}],
  "relations": {{
    "signed_in": {{"questions": ["Where was {{subject}} signed?"], "claim": "{{subject}} was signed in {{answer}}."}}
  }},
  "facts": [
    {{"id": "treaty-city", "sentence": 1, "topic": "signings", "relation": "signed_in",
      "subject": "the treaty", "statement": "The treaty was signed in Astana.", "answer": "Astana", "kind": "place"}},
    {{"id": "declaration-city", "sentence": 2, "topic": "signings", "relation": "signed_in",
      "subject": "the declaration", "statement": "The declaration was signed in {declaration_city}.", "answer": "{declaration_city}", "kind": "place"}}
  ]
}}"#
    );
    let path = dir.join("facts.json");
    std::fs::write(&path, json).expect("write the fact set");
    path
}

async fn client(server: &ServerProcess) -> QuizServiceClient<Channel> {
    QuizServiceClient::connect(format!("http://{}", server.addr))
        .await
        .expect("connect")
}

async fn question_about(quiz: &mut QuizServiceClient<Channel>, fact: &str) -> Question {
    quiz.generate_questions(GenerateQuestionsRequest {
        count: 1,
        kinds: vec![QuestionKind::ShortAnswer as i32],
        fact_ids: vec![fact.into()],
        seed: 5,
        ..GenerateQuestionsRequest::default()
    })
    .await
    .expect("GenerateQuestions")
    .into_inner()
    .questions
    .remove(0)
}

async fn get_question(quiz: &mut QuizServiceClient<Channel>, id: &str) -> Question {
    quiz.get_question(GetQuestionRequest {
        question_id: id.into(),
    })
    .await
    .unwrap_or_else(|status| panic!("GetQuestion {id}: {status:?}"))
    .into_inner()
    .question
    .expect("question")
}

async fn is_right(quiz: &mut QuizServiceClient<Channel>, id: &str, answer: &str) -> bool {
    quiz.check_answer(CheckAnswerRequest {
        question_id: id.into(),
        answer: answer.into(),
    })
    .await
    .expect("CheckAnswer")
    .into_inner()
    .grade
    .is_some_and(|grade| grade.correct)
}

/// The right answer to a question of this fact set, by its subject.
fn answer_to(question: &Question, declaration_city: &str) -> String {
    if question.prompt.contains("treaty") {
        "Astana".into()
    } else {
        declaration_city.into()
    }
}

#[tokio::test]
async fn ids_and_quizzes_from_before_a_one_fact_edit_keep_rendering_and_grading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old_facts = write_fact_set(&dir.path().join("old"), "Almaty");
    let new_facts = write_fact_set(&dir.path().join("new"), "Bishkek");
    let url = format!("sqlite://{}", dir.path().join("summit.db").display());
    let path = |p: &PathBuf| p.to_str().expect("utf-8 path").to_string();

    let old = ServerProcess::start(&["--facts", &path(&old_facts), "--database-url", &url]).await;
    let mut quiz = client(&old).await;
    let treaty = question_about(&mut quiz, "treaty-city").await;
    let declaration = question_about(&mut quiz, "declaration-city").await;
    let started = quiz
        .start_quiz(StartQuizRequest {
            count: 2,
            kinds: vec![QuestionKind::ShortAnswer as i32],
            seed: 3,
            ..StartQuizRequest::default()
        })
        .await
        .expect("StartQuiz")
        .into_inner();
    let first = started.question.expect("first");
    let answered = quiz
        .submit_answer(SubmitAnswerRequest {
            quiz_id: started.quiz_id.clone(),
            question_id: first.id.clone(),
            answer: answer_to(&first, "Almaty"),
            skip: false,
        })
        .await
        .expect("SubmitAnswer")
        .into_inner();
    let second = answered.next_question.expect("second");
    let (status, log) = old.terminate().await;
    assert!(status.success(), "{log}");

    // The release: one fact edited, same database.
    let new = ServerProcess::start(&["--facts", &path(&new_facts), "--database-url", &url]).await;
    let mut quiz = client(&new).await;
    for before in [&treaty, &declaration, &second] {
        let rebuilt = get_question(&mut quiz, &before.id).await;
        assert_eq!(rebuilt.prompt, before.prompt);
        assert_eq!(rebuilt.id, before.id);
    }
    // The old question about the edited fact is graded as it was issued.
    assert!(is_right(&mut quiz, &declaration.id, "Almaty").await);
    assert!(!is_right(&mut quiz, &declaration.id, "Bishkek").await);
    // New questions ask the new fact.
    let fresh = question_about(&mut quiz, "declaration-city").await;
    assert_ne!(fresh.id, declaration.id);
    assert!(is_right(&mut quiz, &fresh.id, "Bishkek").await);
    // The unchanged fact's question is the same id in both revisions but
    // for the revision it names.
    let fresh_treaty = question_about(&mut quiz, "treaty-city").await;
    assert_eq!(fresh_treaty.prompt, treaty.prompt);

    let stored = quiz
        .get_quiz(GetQuizRequest {
            quiz_id: started.quiz_id.clone(),
        })
        .await
        .expect("GetQuiz after the release")
        .into_inner()
        .quiz
        .expect("quiz");
    assert_eq!(stored.progress.expect("progress").answered, 1);
    assert_eq!(
        stored.current_question.map(|q| q.id),
        Some(second.id.clone())
    );
    let finished = quiz
        .submit_answer(SubmitAnswerRequest {
            quiz_id: started.quiz_id,
            question_id: second.id.clone(),
            answer: answer_to(&second, "Almaty"),
            skip: false,
        })
        .await
        .expect("SubmitAnswer after the release")
        .into_inner();
    assert!(finished.finished);
    assert!(finished.grade.is_some_and(|grade| grade.correct));
}

#[tokio::test]
async fn without_the_old_revision_an_unchanged_fact_s_id_still_rebuilds_by_fact_id() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old_facts = write_fact_set(&dir.path().join("old"), "Almaty");
    let new_facts = write_fact_set(&dir.path().join("new"), "Bishkek");
    let path = |p: &PathBuf| p.to_str().expect("utf-8 path").to_string();
    let old = ServerProcess::start(&[
        "--facts",
        &path(&old_facts),
        "--database-url",
        "sqlite::memory:",
    ])
    .await;
    let treaty = question_about(&mut client(&old).await, "treaty-city").await;
    drop(old);
    // A replica on the new facts that never saw the old revision.
    let new = ServerProcess::start(&[
        "--facts",
        &path(&new_facts),
        "--database-url",
        "sqlite::memory:",
    ])
    .await;
    let mut quiz = client(&new).await;
    let rebuilt = get_question(&mut quiz, &treaty.id).await;
    assert_eq!(rebuilt.prompt, treaty.prompt);
    assert!(is_right(&mut quiz, &treaty.id, "Astana").await);
}
