//! The built `summit-quiz` binary across runs for one learner, through its
//! built-in server and the SQLite file in the (temporary) data directory:
//! what is due is greeted, --review asks it, an unfinished quiz is offered.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use summit_quiz::proto::{CheckAnswerRequest, QuestionKind, StartQuizRequest};
use summit_quiz::store::{DatabaseUrl, SessionLimits, SqlStore};

use crate::helpers::{isolate_home, plain_id, spawn_app};

const RUN_TIMEOUT: Duration = Duration::from_secs(120);

/// Runs the client in `home` with `script` piped in; returns its stdout.
async fn run(home: &Path, args: &[&str], script: &str) -> String {
    run_with_env(home, args, script, &[]).await
}

/// [`run`] with extra environment variables (a login name).
async fn run_with_env(home: &Path, args: &[&str], script: &str, envs: &[(&str, &str)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_summit-quiz"));
    isolate_home(&mut command, home);
    let mut child = command
        .envs(envs.iter().copied())
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start summit-quiz");
    let mut stdin = child.stdin.take().expect("stdin");
    let script = script.to_string();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(script.as_bytes());
    });
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let mut stderr = child.stderr.take().expect("stderr");
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let deadline = tokio::time::Instant::now() + RUN_TIMEOUT;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if tokio::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("summit-quiz did not finish within {RUN_TIMEOUT:?}");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let _ = writer.join();
    let out = reader.join().expect("stdout reader");
    let err = errors.join().expect("stderr reader");
    assert!(
        status.success(),
        "exit {status}\n{out}\n--- stderr ---\n{err}"
    );
    out
}

fn home() -> PathBuf {
    tempfile::Builder::new()
        .prefix("summit-learner-home")
        .tempdir()
        .expect("a temporary home")
        .keep()
}

/// The database the client's built-in server keeps in `home`.
fn database(home: &Path) -> DatabaseUrl {
    DatabaseUrl::sqlite_file(&home.join("data").join("summit-quiz").join("summit.db"))
}

/// Moves every stored answer two days back, as if the first run was then.
async fn two_days_pass(home: &Path) {
    let store = SqlStore::open(&database(home), SessionLimits::default())
        .await
        .expect("open the client's database");
    sqlx::query("UPDATE attempts SET answered_ms = answered_ms - $1")
        .bind(2 * 86_400_000_i64)
        .execute(store.pool())
        .await
        .expect("age the answers");
    store.pool().close().await;
}

const FIRST_RUN: [&str; 8] = [
    "--name",
    "Dana",
    "--count",
    "3",
    "--kinds",
    "multiple-choice",
    "--seed",
    "5",
];

/// The letters the first run types: wrong, right, wrong. The same seed asks
/// the same questions on any server, so a test server tells them.
async fn wrong_right_wrong() -> Vec<String> {
    let mut app = spawn_app().await;
    let started = app
        .quiz
        .start_quiz(StartQuizRequest {
            count: 3,
            kinds: vec![QuestionKind::MultipleChoice as i32],
            seed: 5,
            ..StartQuizRequest::default()
        })
        .await
        .expect("StartQuiz")
        .into_inner();
    let quiz = started.quiz.expect("the quiz");
    assert_eq!(started.total_questions, 3);
    let mut letters = Vec::new();
    let mut question = started.question;
    for number in 0..3 {
        let current = question.take().expect("a question");
        let canonical = app
            .quiz
            .check_answer(CheckAnswerRequest {
                question_id: plain_id(&current.id),
                answer: "xyzzy plugh".into(),
            })
            .await
            .expect("CheckAnswer")
            .into_inner()
            .grade
            .expect("grade")
            .canonical_answer;
        let right = canonical.split_once('.').expect("a letter").0.to_string();
        let wrong = current
            .choices
            .iter()
            .map(|c| c.label.clone())
            .find(|label| *label != right)
            .expect("a wrong option");
        letters.push(if number == 1 { right.clone() } else { wrong });
        question = app
            .quiz
            .submit_answer(summit_quiz::proto::SubmitAnswerRequest {
                quiz_id: quiz.id.clone(),
                question_id: current.id.clone(),
                answer: right,
                skip: false,
            })
            .await
            .expect("SubmitAnswer")
            .into_inner()
            .next_question;
    }
    letters
}

#[tokio::test]
async fn a_returning_learner_is_greeted_with_what_is_due_and_review_asks_it() {
    let home = home();
    let letters = wrong_right_wrong().await;
    let script = format!("{}\nn\n", letters.join("\n"));
    let first = run(&home, &FIRST_RUN, &script).await;
    assert!(first.contains("Welcome, Dana!"), "{first}");
    assert!(first.contains("Your progress: 3 of "), "{first}");
    assert!(first.contains("By day (right / answered):"), "{first}");

    two_days_pass(&home).await;
    let second = run(
        &home,
        &["--name", "Dana", "--review", "--count", "3"],
        "skip\nskip\nskip\nn\n",
    )
    .await;
    assert!(
        second.contains("Welcome back, Dana: 2 facts are due for review."),
        "{second}"
    );
    assert!(
        second.contains("Review quiz: your 2 due facts come first; 1 new fact."),
        "{second}"
    );
    assert!(!second.contains("--review to go over"), "{second}");
}

#[tokio::test]
async fn an_unfinished_quiz_is_offered_and_resumed_where_it_stopped() {
    let home = home();
    let left = run(&home, &["--name", "Eli", "--count", "3"], "skip\nquit\n").await;
    assert!(left.contains("Welcome, Eli!"), "{left}");
    let back = run(&home, &["--name", "Eli"], "y\nquit\n").await;
    assert!(
        back.contains("You have an unfinished quiz (1 of 3 answered). Resume it? [y/n]"),
        "{back}"
    );
    assert!(
        back.contains("Picking up where you left off: question 2 of 3."),
        "{back}"
    );
}

#[tokio::test]
async fn quit_at_the_resume_offer_leaves_without_starting_a_new_quiz() {
    let home = home();
    run(&home, &["--name", "Noa", "--count", "3"], "skip\nquit\n").await;
    let back = run(&home, &["--name", "Noa"], "quit\n").await;
    assert!(back.contains("Resume it? [y/n]"), "{back}");
    assert!(back.contains("Goodbye!"), "{back}");
    assert!(!back.contains("Question 1/"), "{back}");
}

#[tokio::test]
async fn a_bare_second_run_greets_the_login_user_with_the_facts_they_missed() {
    let home = home();
    let login = [("USER", "dana")];
    let bare = ["--count", "3", "--kinds", "short-answer", "--seed", "11"];
    let first = run_with_env(&home, &bare, "zzz\nzzz\nzzz\nn\n", &login).await;
    assert!(first.contains("dana"), "{first}");
    // Missed facts fall due the next day, not straight after the quiz.
    let at_once = run_with_env(&home, &bare, "", &login).await;
    assert!(
        at_once.contains("Welcome back, dana! Nothing is due for review yet."),
        "{at_once}"
    );
    two_days_pass(&home).await;
    let second = run_with_env(&home, &bare, "", &login).await;
    assert!(
        second.contains("Welcome back, dana: ") && second.contains("due for review."),
        "{second}"
    );
}

#[tokio::test]
async fn review_without_a_name_is_a_usage_error() {
    let home = home();
    let mut command = Command::new(env!("CARGO_BIN_EXE_summit-quiz"));
    isolate_home(&mut command, &home);
    let output = command
        .arg("--review")
        .stdin(Stdio::null())
        .output()
        .expect("run summit-quiz");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--review needs --name"), "{stderr}");
}

#[tokio::test]
async fn leaving_a_begun_quiz_says_it_is_saved_and_ctrl_d_at_the_offer_just_leaves() {
    let home = home();
    let left = run(&home, &["--name", "Ola", "--count", "3"], "skip\nquit\n").await;
    assert!(
        left.contains("Your quiz is saved; run summit-quiz --name Ola again to pick it up."),
        "{left}"
    );
    // End of input (Ctrl-D) at the offer leaves, exit 0, nothing new begun.
    let back = run(&home, &["--name", "Ola"], "").await;
    assert!(back.contains("Resume it? [y/n]"), "{back}");
    assert!(back.trim_end().ends_with("Goodbye!"), "{back}");
    assert!(!back.contains("Question "), "{back}");
    // The quiz is still there to resume.
    let again = run(&home, &["--name", "Ola"], "y\nquit\n").await;
    assert!(
        again.contains("Picking up where you left off: question 2 of 3."),
        "{again}"
    );
}

#[tokio::test]
async fn a_quiz_left_before_any_answer_is_not_offered_again() {
    let home = home();
    let left = run(&home, &["--name", "Pia", "--count", "3"], "quit\n").await;
    assert!(!left.contains("Your quiz is saved"), "{left}");
    let back = run(&home, &["--name", "Pia", "--count", "2"], "quit\n").await;
    assert!(!back.contains("Resume it?"), "{back}");
    assert!(back.contains("I'll ask you 2 questions"), "{back}");
}

#[tokio::test]
async fn a_review_with_an_unfinished_quiz_offers_it_first_and_says_what_was_resumed() {
    let home = home();
    run(&home, &["--name", "Rae", "--count", "3"], "skip\nquit\n").await;
    let review = run(&home, &["--name", "Rae", "--review"], "y\nquit\n").await;
    assert!(
        review.contains(
            "You have an unfinished quiz (1 of 3 answered). Resume it before your review? [y/n]"
        ),
        "{review}"
    );
    assert!(review.contains("not the review"), "{review}");
}
