//! The built `summit-quiz` binary, driven by piped scripts as a learner (or
//! a shell script) would: against a test server, through its built-in
//! server, and when things go wrong.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::Duration;

use summit_quiz::client::spoiler::OpenFacts;
use summit_quiz::proto::{
    AskRequest, AskResponse, CheckAnswerRequest, GetFactRequest, ListSourcesRequest,
    ListTopicsRequest, Question, QuestionKind, StartQuizRequest, SubmitAnswerRequest,
};
use summit_quiz::text::capitalize_first;

use crate::helpers::{ServerProcess, TestApp, skip_through, spawn_app};

/// The longest a scripted conversation may take before the test gives up.
const CONVERSATION_TIMEOUT: Duration = Duration::from_secs(90);

/// The quiz the scripted conversations take: fixed seed and kinds, so the
/// test can learn its questions beforehand.
const QUIZ_FLAGS: [&str; 8] = [
    "--seed",
    "7",
    "--count",
    "4",
    "--kinds",
    "multiple-choice,true-false",
    "--name",
    "Ana",
];

/// How a run of the client ended and what it printed.
struct Transcript {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

impl std::fmt::Debug for Transcript {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.status, self.stdout, self.stderr
        )
    }
}

fn client(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_summit-quiz"));
    // Kept for the test binary's life: a client run may outlive this call.
    let home = tempfile::Builder::new()
        .prefix("summit-quiz-home")
        .tempdir()
        .expect("a temporary home")
        .keep();
    crate::helpers::isolate_home(&mut command, &home);
    command
        .args(args)
        .env_remove("RUST_LOG")
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Runs the client with `script` on its stdin (then end of input) and waits
/// for it to exit, without blocking the test's own server.
async fn converse(args: &[&str], script: &str) -> Transcript {
    converse_with(client(args), script).await
}

async fn converse_with(mut command: Command, script: &str) -> Transcript {
    let mut child = command.spawn().expect("start summit-quiz");
    let mut stdin = child.stdin.take().expect("stdin");
    let script = script.to_string();
    // A client that exits early closes its stdin; that is not a test failure.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(script.as_bytes());
    });
    let stdout = drain(child.stdout.take().expect("stdout"));
    let stderr = drain(child.stderr.take().expect("stderr"));
    let status = wait(&mut child).await;
    let _ = writer.join();
    Transcript {
        status,
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = pipe.read_to_string(&mut text);
        text
    })
}

async fn wait(child: &mut Child) -> ExitStatus {
    let deadline = tokio::time::Instant::now() + CONVERSATION_TIMEOUT;
    loop {
        if let Some(status) = child.try_wait().expect("wait for summit-quiz") {
            return status;
        }
        if tokio::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("summit-quiz did not finish within {CONVERSATION_TIMEOUT:?}");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// For each question of the scripted quiz, a right and a wrong option
/// letter, found by taking the same quiz over gRPC: the same seed asks the
/// same questions on any server with the same facts.
async fn answer_key(app: &mut TestApp) -> Vec<(String, String)> {
    let started = app
        .quiz
        .start_quiz(StartQuizRequest {
            count: 4,
            seed: 7,
            kinds: vec![
                QuestionKind::MultipleChoice as i32,
                QuestionKind::TrueFalse as i32,
            ],
            ..StartQuizRequest::default()
        })
        .await
        .expect("StartQuiz")
        .into_inner();
    let mut key = Vec::new();
    let mut next = started.question;
    while let Some(question) = next {
        let mut right = None;
        let mut wrong = None;
        for choice in &question.choices {
            let grade = app
                .quiz
                .check_answer(CheckAnswerRequest {
                    question_id: crate::helpers::plain_id(&question.id),
                    answer: choice.label.clone(),
                })
                .await
                .expect("CheckAnswer")
                .into_inner()
                .grade
                .expect("grade");
            if grade.correct {
                right = Some(choice.label.clone());
            } else if wrong.is_none() {
                wrong = Some(choice.label.clone());
            }
        }
        let right = right.unwrap_or_else(|| panic!("no right option: {question:?}"));
        let wrong = wrong.unwrap_or_else(|| panic!("no wrong option: {question:?}"));
        let submitted = app
            .quiz
            .submit_answer(SubmitAnswerRequest {
                quiz_id: started.quiz_id.clone(),
                question_id: question.id.clone(),
                answer: right.clone(),
                skip: false,
            })
            .await
            .expect("SubmitAnswer")
            .into_inner();
        key.push((right, wrong));
        next = submitted.next_question.filter(|_| !submitted.finished);
    }
    assert_eq!(key.len(), 4, "the scripted quiz has four questions");
    key
}

async fn ask(app: &mut TestApp, question: &str) -> AskResponse {
    app.facts
        .ask(AskRequest {
            question: question.into(),
            source_id: String::new(),
        })
        .await
        .expect("Ask")
        .into_inner()
}

async fn article_title(app: &mut TestApp) -> String {
    app.facts
        .list_sources(ListSourcesRequest {})
        .await
        .expect("ListSources")
        .into_inner()
        .sources[0]
        .title
        .clone()
}

/// Every topic's title as the summary heads it: capitalised.
async fn topic_headings(app: &mut TestApp) -> Vec<String> {
    app.facts
        .list_topics(ListTopicsRequest::default())
        .await
        .expect("ListTopics")
        .into_inner()
        .topics
        .iter()
        .map(|topic| capitalize_first(&topic.title))
        .collect()
}

const ANSWERABLE: &str = "Where was the treaty signed?";
const UNANSWERABLE: &str = "what is the capital of France";

/// Takes the scripted quiz through every feature and checks the transcript.
/// `server` is `None` for the built-in server.
async fn a_whole_conversation(app: &mut TestApp, server: Option<String>) {
    let key = answer_key(app).await;
    let script = [
        "help",
        &key[0].0,
        "score",
        ANSWERABLE,
        &format!("ask {UNANSWERABLE}"),
        "hint",
        "/HINT",
        "repeat",
        "",
        &key[1].1,
        "skip",
        &key[3].0.to_lowercase(),
        "n",
    ]
    .join("\n")
        + "\n";
    // Question 1 right, 2 wrong, 3 skipped, 4 right (in lower case).
    let mut args: Vec<&str> = QUIZ_FLAGS.to_vec();
    if let Some(server) = &server {
        args.extend(["--server", server]);
    }
    let run = converse(&args, &script).await;
    let out = &run.stdout;
    assert!(run.status.success(), "{run:?}");
    assert!(
        !out.contains('\x1b'),
        "piped output has no colour codes: {run:?}"
    );

    // The greeting names the learner, the article and what one can do.
    let title = article_title(app).await;
    assert!(out.starts_with("Welcome, Ana!"), "{run:?}");
    assert!(
        out.contains(&title),
        "the greeting names `{title}`: {run:?}"
    );
    assert!(out.contains("I'll ask you 4 questions"), "{run:?}");
    assert!(
        out.contains("hint, skip, repeat, score, help or quit"),
        "{run:?}"
    );

    // Help, then a right answer with the verdict, answer and cited sentence.
    assert!(out.contains("Question 1/4 · score 0\n"), "{run:?}");
    assert!(out.contains("How to play"), "{run:?}");
    assert!(out.contains("✓ Correct."), "{run:?}");
    assert!(out.contains("Answer: "), "{run:?}");
    assert!(out.contains("From the article (sentence "), "{run:?}");
    assert!(out.contains("Question 2/4 · score 1\n"), "{run:?}");
    assert!(
        out.contains("Score: 1 after 1 question of 4 (1 fully right)."),
        "{run:?}"
    );

    // The Ask interlude: the server's answer with its citation, an honest
    // "the article doesn't say", and back to the pending question.
    let answered = ask(app, ANSWERABLE).await;
    assert!(answered.answered, "{answered:?}");
    assert!(out.contains(&answered.answer), "{run:?}");
    let cited = &answered.citations[0];
    assert!(
        out.contains(&format!(
            "From the article (sentence {}): \u{201c}{}\u{201d}",
            cited.sentence_index, cited.text
        )),
        "{run:?}"
    );
    let abstained = ask(app, UNANSWERABLE).await;
    assert!(!abstained.answered, "{abstained:?}");
    assert!(out.contains(&abstained.answer), "{run:?}");
    assert!(out.contains("Back to question 2/4"), "{run:?}");

    // One hint per question, the question again, a gentle re-prompt.
    assert!(out.contains("Hint: "), "{run:?}");
    assert!(
        out.contains("You've had this question's hint already:"),
        "{run:?}"
    );
    assert_eq!(
        out.matches("Question 2/4 · score 1\n").count(),
        2,
        "repeat: {run:?}"
    );
    assert!(out.contains("Take your time."), "{run:?}");

    // A wrong answer, a skip.
    assert!(out.contains("✗ Not quite."), "{run:?}");
    assert!(
        out.contains("↷ Skipped \u{2014} here is the answer: "),
        "{run:?}"
    );
    assert!(out.contains("Question 4/4"), "{run:?}");

    // The summary: score, topics, the missed questions, the retry offer.
    assert!(out.contains("── Your results ──"), "{run:?}");
    assert!(out.contains("Ana scored 2 out of 4 (50%)."), "{run:?}");
    assert!(out.contains("By topic:"), "{run:?}");
    // Each topic line is headed by the topic's title, not its machine name.
    let headings = topic_headings(app).await;
    let topic_lines: Vec<&str> = out
        .split("By topic:\n")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .take_while(|line| line.starts_with("  "))
        .collect();
    assert!(!topic_lines.is_empty(), "{run:?}");
    for line in topic_lines {
        assert!(
            headings
                .iter()
                .any(|heading| line.starts_with(&format!("  {heading}  "))),
            "`{line}` is headed by a topic title: {run:?}"
        );
    }
    assert!(out.contains("To review:"), "{run:?}");
    assert!(out.contains("Your answer:  skipped"), "{run:?}");
    assert!(out.contains("Right answer: "), "{run:?}");
    assert!(
        out.contains("Retry the 2 missed questions? [y/n]"),
        "{run:?}"
    );
    assert!(out.trim_end().ends_with("Goodbye!"), "{run:?}");
    assert!(
        run.stderr.is_empty(),
        "nothing on stderr without RUST_LOG: {run:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_scripted_conversation_against_a_server_covers_every_feature() {
    let mut app = spawn_app().await;
    let server = app.addr.to_string();
    a_whole_conversation(&mut app, Some(server)).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_scripted_conversation_through_the_built_in_server_covers_every_feature() {
    // The test server only tells the test the right answers.
    let mut app = spawn_app().await;
    a_whole_conversation(&mut app, None).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn accepting_the_retry_offer_asks_the_missed_questions_again() {
    let script = "skip\nskip\ny\nskip\nB\nno\n";
    let run = converse(
        &["--seed", "3", "--count", "2", "--kinds", "true-false"],
        script,
    )
    .await;
    let out = &run.stdout;
    assert!(run.status.success(), "{run:?}");
    assert!(
        out.contains("Retry the 2 missed questions? [y/n]"),
        "{run:?}"
    );
    assert!(
        out.contains("Here they are again, in a new order: 2 questions."),
        "{run:?}"
    );
    assert_eq!(
        out.matches("Question 1/2 · score 0\n").count(),
        2,
        "{run:?}"
    );
    assert_eq!(out.matches("── Your results ──").count(), 2, "{run:?}");
    assert!(out.trim_end().ends_with("Goodbye!"), "{run:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_end_of_input_mid_quiz_prints_the_summary_so_far_and_exits_zero() {
    let run = converse(&["--seed", "7", "--count", "5"], "skip\n").await;
    assert!(run.status.success(), "{run:?}");
    assert!(run.stdout.contains("Question 2/5"), "{run:?}");
    assert!(run.stdout.contains("── Your results ──"), "{run:?}");
    assert!(
        run.stdout.contains("with 1 of 5 questions answered."),
        "{run:?}"
    );
    assert!(run.stdout.contains("Your answer:  skipped"), "{run:?}");
    assert!(
        !run.stdout.contains("[y/n]"),
        "no retry of an unfinished quiz: {run:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn quit_stops_at_once_with_the_summary_so_far() {
    let run = converse(&["--count", "3", "--name", "Bo"], "quit\nB\n").await;
    assert!(run.status.success(), "{run:?}");
    assert!(
        run.stdout
            .contains("Bo didn't answer any questions this time."),
        "{run:?}"
    );
    assert!(
        run.stdout
            .contains("Thanks for reading with me, Bo. Goodbye!"),
        "{run:?}"
    );
    assert_eq!(run.stdout.matches("Question ").count(), 1, "{run:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn no_color_and_piped_output_carry_no_escape_codes() {
    let mut command = client(&["--count", "2", "--seed", "1"]);
    command.env("NO_COLOR", "1").env("TERM", "xterm-256color");
    let run = converse_with(command, "hint\nA\nskip\nn\n").await;
    assert!(run.status.success(), "{run:?}");
    assert!(!run.stdout.contains('\x1b'), "{run:?}");
    assert!(!run.stderr.contains('\x1b'), "{run:?}");
}

#[test]
fn an_unreachable_server_is_a_clear_one_line_error_not_a_panic() {
    let output = client(&["--server", "http://127.0.0.1:1"])
        .stdin(Stdio::null())
        .output()
        .expect("run summit-quiz");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.starts_with("error: cannot reach the quiz server at http://127.0.0.1:1 ("),
        "{stderr}"
    );
    assert!(stderr.trim_end().ends_with("is it running?"), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn the_help_shows_examples_and_the_commands() {
    let output = client(&["--help"]).output().expect("run summit-quiz");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    for expected in [
        "EXAMPLES:",
        "summit-quiz --seed 7",
        "--server",
        "--kinds",
        "hint, skip",
    ] {
        assert!(stdout.contains(expected), "`{expected}` in:\n{stdout}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn flags_the_server_refuses_are_named_with_its_reason() {
    let app = spawn_app().await;
    let server = app.addr.to_string();
    let run = converse(&["--server", &server, "--count", "500"], "").await;
    assert_eq!(run.status.code(), Some(2), "{run:?}");
    assert!(
        run.stderr
            .starts_with("error: the quiz server refused the quiz: --count: "),
        "{run:?}"
    );
    assert!(run.stderr.contains("500"), "{run:?}");

    let run = converse(&["--server", &server, "--topic", "treaty,weather"], "").await;
    assert_eq!(run.status.code(), Some(2), "{run:?}");
    assert!(
        run.stderr
            .contains("unknown topic `weather`; choose from: "),
        "{run:?}"
    );
    assert!(
        run.stderr.contains("outcomes"),
        "the topics are listed: {run:?}"
    );
    assert!(!run.stderr.contains("panicked"), "{run:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_that_dies_mid_quiz_ends_the_client_with_a_clear_error() {
    let server = ServerProcess::start(&[]).await;
    let mut child = client(&["--server", &server.addr.to_string(), "--count", "3"])
        .spawn()
        .expect("start summit-quiz");
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let stderr = drain(child.stderr.take().expect("stderr"));
    // Wait for the first question, so the quiz is running on the server.
    let seen = tokio::task::spawn_blocking(move || {
        let mut seen = String::new();
        let mut line = String::new();
        while !seen.contains("Question 1/3") {
            line.clear();
            if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                break;
            }
            seen.push_str(&line);
        }
        (seen, stdout)
    });
    let (seen, stdout) = tokio::time::timeout(CONVERSATION_TIMEOUT, seen)
        .await
        .expect("the first question in time")
        .expect("reader");
    assert!(seen.contains("Question 1/3"), "{seen}");

    drop(server); // SIGKILL: no goodbye to the client.
    stdin.write_all(b"A\n").expect("answer");
    let status = wait(&mut child).await;
    let rest = drain(stdout.into_inner()).join().expect("stdout");
    let stderr = stderr.join().expect("stderr");
    assert_eq!(status.code(), Some(1), "{seen}{rest}\n{stderr}");
    assert!(
        stderr.starts_with("error: lost the connection to the quiz server at http://"),
        "{stderr}"
    );
    assert!(stderr.contains("the quiz cannot go on"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// The canonical answer of each question of the quiz `request` starts,
/// learnt by taking it over gRPC (the same seed asks the same questions).
async fn canonical_answers(app: &mut TestApp, request: StartQuizRequest) -> Vec<String> {
    skip_through(app, request)
        .await
        .into_iter()
        .map(|(_, grade)| grade.canonical_answer)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unsure_answer_with_a_question_mark_is_graded_and_i_dont_know_skips() {
    let mut app = spawn_app().await;
    let server = app.addr.to_string();
    let flags = ["--count", "2", "--kinds", "short-answer", "--seed", "11"];
    let answers = canonical_answers(
        &mut app,
        StartQuizRequest {
            count: 2,
            kinds: vec![QuestionKind::ShortAnswer as i32],
            seed: 11,
            ..StartQuizRequest::default()
        },
    )
    .await;
    let script = format!("{}?\nI don't know.\nn\n", answers[0]);
    let mut args = flags.to_vec();
    args.extend(["--server", &server, "--name", ""]);
    let run = converse(&args, &script).await;
    let out = &run.stdout;
    assert!(run.status.success(), "{run:?}");
    assert!(
        out.contains("✓ Correct."),
        "`{}?` is graded: {run:?}",
        answers[0]
    );
    assert!(
        !out.contains("Back to question"),
        "nothing went to Ask: {run:?}"
    );
    assert!(
        out.contains(&format!(
            "↷ Skipped \u{2014} here is the answer: {}",
            answers[1]
        )),
        "{run:?}"
    );
    assert!(!out.contains("✗ Not quite."), "{run:?}");
    assert!(out.contains("You scored 1 out of 2"), "{run:?}");
}

/// What the client guards while `question` is open: its facts and their
/// keys, as GetFact gives them.
async fn guarded(app: &mut TestApp, question: &Question) -> OpenFacts {
    let mut facts = Vec::new();
    for id in &question.fact_ids {
        let fact = app
            .facts
            .get_fact(GetFactRequest { id: id.clone() })
            .await
            .expect("GetFact")
            .into_inner()
            .fact
            .expect("the fact");
        facts.push(fact);
    }
    OpenFacts::new(question, &facts)
}

#[tokio::test(flavor = "multi_thread")]
async fn asking_what_the_open_question_asks_is_withheld_until_it_is_answered() {
    let mut app = spawn_app().await;
    let server = app.addr.to_string();
    let answered = ask(&mut app, ANSWERABLE).await;
    let topic = app
        .facts
        .get_fact(GetFactRequest {
            id: answered.fact_ids[0].clone(),
        })
        .await
        .expect("GetFact")
        .into_inner()
        .fact
        .expect("the fact")
        .topic;
    let request = StartQuizRequest {
        count: 20,
        topics: vec![topic],
        seed: 9,
        ..StartQuizRequest::default()
    };
    // The quiz's questions in order, from a first run of it.
    let mut questions = Vec::new();
    for (question, _) in skip_through(&mut app, request.clone()).await {
        questions.push(guarded(&mut app, &question).await);
    }
    // A question the Ask reply gives away (it rests on its fact or shows
    // its key), after at least one answer (a quiz with none is not offered
    // to resume) and before one it does not.
    let overlaps = |open: &OpenFacts| open.given_away_by(&answered);
    let at = (1..questions.len().saturating_sub(1))
        .find(|&i| overlaps(&questions[i]) && !overlaps(&questions[i + 1]))
        .expect("a quiz on the topic asks the fact, then another");

    // The same quiz for a learner, skipped up to that question; the client
    // resumes it.
    let mine = app
        .quiz
        .start_quiz(StartQuizRequest {
            learner: "Ivy".into(),
            ..request
        })
        .await
        .expect("StartQuiz")
        .into_inner();
    let mut current = mine.question.expect("a question");
    for _ in 0..at {
        current = app
            .quiz
            .submit_answer(SubmitAnswerRequest {
                quiz_id: mine.quiz_id.clone(),
                question_id: current.id.clone(),
                answer: String::new(),
                skip: true,
            })
            .await
            .expect("SubmitAnswer")
            .into_inner()
            .next_question
            .expect("the next question");
    }
    let open_now = guarded(&mut app, &current).await;
    assert!(overlaps(&open_now));
    let script = format!("y\n{ANSWERABLE}\nask {UNANSWERABLE}\nskip\n{ANSWERABLE}\nquit\n");
    let run = converse(&["--server", &server, "--name", "Ivy"], &script).await;
    let out = &run.stdout;
    assert!(run.status.success(), "{run:?}");
    let (open, after) = out.split_once("↷ Skipped").expect("the skip");
    assert!(
        open.contains("That would give away the question you're on"),
        "{run:?}"
    );
    assert!(!open.contains(&answered.answer), "{run:?}");
    // An abstention is shown while it is open: withholding it would hint.
    let abstained = ask(&mut app, UNANSWERABLE).await;
    assert!(!abstained.answered);
    assert!(open.contains(abstained.answer.trim()), "{run:?}");
    // No suggestion offered while it is open leads to its key either.
    for line in open.lines() {
        if let Some(suggestion) = line.strip_prefix("  • ") {
            let reply = ask(&mut app, suggestion).await;
            assert!(!open_now.touches(&reply), "`{suggestion}`: {run:?}");
        }
    }
    assert!(after.contains(&answered.answer), "free again: {run:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn piped_output_keeps_long_lines_whole() {
    let run = converse(&["--count", "1", "--name", ""], "help\nquit\n").await;
    assert!(run.status.success(), "{run:?}");
    let long =
        "  select-all: A, C   matching: 1-B 2-A 3-C   blanks and short answers: just type it.";
    assert!(long.chars().count() > 80);
    assert!(run.stdout.contains(&format!("{long}\n")), "{run:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_missed_matching_question_is_reviewed_with_the_pairs_spelled_out() {
    let run = converse(
        &[
            "--count", "1", "--kinds", "matching", "--seed", "4", "--name", "",
        ],
        "skip\n",
    )
    .await;
    assert!(run.status.success(), "{run:?}");
    let review = run.stdout.split("To review:").nth(1).expect("a review");
    let pairs: Vec<&str> = review
        .split("Right answer:\n")
        .nth(1)
        .expect("the pairs on their own lines")
        .lines()
        .take_while(|line| line.starts_with("        "))
        .collect();
    assert!(pairs.len() >= 2, "{run:?}");
    for (at, pair) in pairs.iter().enumerate() {
        assert!(
            pair.starts_with(&format!("        {}. ", at + 1)) && pair.contains(" \u{2192} "),
            "`{pair}` pairs an item's text with an option's: {run:?}"
        );
        let option = pair.split(" \u{2192} ").nth(1).unwrap_or_default();
        assert!(option.len() > 3 && option.contains(") "), "{run:?}");
    }
}

#[test]
fn a_count_of_zero_is_refused_like_any_bad_flag() {
    let output = client(&["--count", "0"])
        .stdin(Stdio::null())
        .output()
        .expect("run summit-quiz");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--count"), "{stderr}");
    assert!(stderr.contains("at least 1 question"), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).is_empty());
}
