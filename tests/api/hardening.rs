//! Production hardening, through the built `summit-server` binary: load
//! shedding, quiz eviction, connection limits and timeouts, safe error
//! messages, quiz integrity, a compressed frame without an encoding, and
//! health watches at shutdown.

use std::io::Read;
use std::net::TcpStream;
use std::time::Duration;

use summit_quiz::proto::quiz_service_client::QuizServiceClient;
use summit_quiz::proto::{
    CheckAnswerRequest, GenerateQuestionsRequest, GetFactRequest, GetHintRequest, GetQuizRequest,
    QuestionKind, StartQuizRequest, SubmitAnswerRequest,
};
use tokio_stream::StreamExt;
use tonic::Code;
use tonic::codegen::{Service, http};
use tonic::transport::Channel;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;

use crate::helpers::{ServerProcess, closed_by_server, expect_code, plain_id};

async fn channel(server: &ServerProcess) -> Channel {
    Channel::from_shared(format!("http://{}", server.addr))
        .expect("valid uri")
        .connect()
        .await
        .expect("connect")
}

async fn is_serving(health: &mut HealthClient<Channel>) -> bool {
    matches!(
        health.check(HealthCheckRequest::default()).await,
        Ok(response) if response.get_ref().status() == ServingStatus::Serving
    )
}

#[tokio::test]
async fn calls_beyond_the_in_flight_bound_are_shed_at_once_while_health_answers() {
    let server = ServerProcess::start(&["--max-in-flight", "2"]).await;
    let mut health = HealthClient::new(channel(&server).await);
    let mut flood = tokio::task::JoinSet::new();
    for connection in 0..8 {
        let quiz = QuizServiceClient::new(channel(&server).await);
        for call in 0..16_u64 {
            let mut quiz = quiz.clone();
            flood.spawn(async move {
                let request = GenerateQuestionsRequest {
                    count: 100,
                    seed: connection * 100 + call + 1,
                    ..Default::default()
                };
                quiz.generate_questions(request).await.map(|_| ())
            });
        }
    }
    let mut probes = 0;
    while !flood.is_empty() && probes < 10 {
        assert!(is_serving(&mut health).await, "health answers mid-flood");
        probes += 1;
    }
    let mut shed = 0;
    let mut served = 0;
    while let Some(result) = flood.join_next().await {
        match result.expect("the call task") {
            Ok(()) => served += 1,
            Err(status) => {
                assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
                assert!(status.message().contains("in flight"), "{status:?}");
                shed += 1;
            }
        }
    }
    assert!(shed > 0, "nothing was shed ({served} served)");
    assert!(served > 0, "nothing was served");
    assert!(is_serving(&mut health).await);
}

#[tokio::test]
async fn a_flood_of_other_learners_quizzes_is_refused_and_evicts_no_one() {
    let server = ServerProcess::start(&["--max-quizzes", "5"]).await;
    let mut quiz = QuizServiceClient::new(channel(&server).await);
    let start = |learner: String, seed: u64| StartQuizRequest {
        learner,
        count: 2,
        seed,
        ..Default::default()
    };
    let mine = quiz
        .start_quiz(start("Aigerim".into(), 1))
        .await
        .expect("StartQuiz")
        .into_inner();
    let mut refused = 0;
    for i in 0..30 {
        match quiz.start_quiz(start(format!("flood-{i}"), i + 2)).await {
            Ok(_) => {}
            Err(status) => {
                assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
                refused += 1;
            }
        }
    }
    assert_eq!(
        refused, 26,
        "four more quizzes fit, then every one is refused"
    );
    let question = mine.question.expect("first question");
    let submitted = quiz
        .submit_answer(SubmitAnswerRequest {
            quiz_id: mine.quiz_id.clone(),
            question_id: question.id,
            skip: true,
            ..Default::default()
        })
        .await
        .expect("the learner's quiz is still there");
    assert!(submitted.into_inner().next_question.is_some());
}

#[tokio::test]
async fn sockets_over_the_cap_are_closed_and_silent_ones_time_out_then_clients_get_in() {
    let server =
        ServerProcess::start(&["--max-connections", "2", "--handshake-timeout-secs", "2"]).await;
    // Time for the start-up health probes' connections to be released.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut silent: Vec<TcpStream> = (0..2)
        .map(|_| TcpStream::connect(server.addr).expect("connect"))
        .collect();
    // Time for the server to accept them.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut over = TcpStream::connect(server.addr).expect("the listener accepts");
    assert!(
        closed_by_server(&mut over, Duration::from_secs(1)),
        "a connection over the cap is closed before the handshake timeout"
    );
    for socket in &mut silent {
        assert!(
            closed_by_server(socket, Duration::from_secs(30)),
            "a connection that never sends the HTTP/2 preface is closed"
        );
    }
    let mut health = HealthClient::new(channel(&server).await);
    assert!(is_serving(&mut health).await);
}

#[tokio::test]
async fn a_huge_or_hostile_id_comes_back_short_escaped_and_with_the_right_code() {
    let server = ServerProcess::start(&[]).await;
    let channel = channel(&server).await;
    let mut facts =
        summit_quiz::proto::fact_service_client::FactServiceClient::new(channel.clone());
    let mut quiz = QuizServiceClient::new(channel);
    let huge = format!("x\nFORGED LINE \u{1b}[31m{}", "y".repeat(60 * 1024));
    let status = expect_code(
        facts.get_fact(GetFactRequest { id: huge.clone() }).await,
        Code::NotFound,
    );
    let status = status;
    assert!(status.message().len() < 400, "{}", status.message());
    assert!(!status.message().contains(['\n', '\u{1b}']), "{status:?}");
    assert!(status.message().contains("truncated"), "{status:?}");
    assert!(status.details().len() < 1024, "{}", status.details().len());
    let status = expect_code(
        quiz.check_answer(CheckAnswerRequest {
            question_id: huge.clone(),
            answer: "Astana".into(),
        })
        .await,
        Code::InvalidArgument,
    );
    assert!(status.message().len() < 400, "{}", status.message());
    let short = "q1_\nFORGED LINE \u{1b}[2J";
    let status = expect_code(
        quiz.get_hint(GetHintRequest {
            question_id: short.into(),
            ..Default::default()
        })
        .await,
        Code::InvalidArgument,
    );
    assert!(!status.message().contains(['\n', '\u{1b}']), "{status:?}");
    let log = server.log();
    assert!(log.contains("refused"), "{log}");
    assert!(
        !log.lines().any(|line| line.starts_with("FORGED")),
        "a forged log line:\n{log}"
    );
    assert!(!log.contains('\u{1b}'), "an escape code in the log:\n{log}");
}

#[tokio::test]
async fn an_open_quiz_question_cannot_be_checked_until_the_quiz_has_its_answer() {
    let server = ServerProcess::start(&[]).await;
    let mut quiz = QuizServiceClient::new(channel(&server).await);
    let request = StartQuizRequest {
        learner: "Aigerim".into(),
        count: 3,
        kinds: vec![QuestionKind::ShortAnswer as i32],
        seed: 77,
        ..Default::default()
    };
    let started = quiz
        .start_quiz(request.clone())
        .await
        .expect("StartQuiz")
        .into_inner();
    let question = started.question.expect("first question");
    let check = |question_id: String| CheckAnswerRequest {
        question_id,
        answer: "anything".into(),
    };
    let refused = expect_code(
        quiz.check_answer(check(question.id.clone())).await,
        Code::FailedPrecondition,
    );
    assert!(refused.message().contains("SubmitAnswer"), "{refused:?}");
    // ... without naming the quiz, whose id would let the caller answer it.
    assert!(!refused.message().contains(&started.quiz_id), "{refused:?}");
    // The sealed id hides the plain one, and the seed the quiz reports does
    // not reproduce it through GenerateQuestions.
    let plain = plain_id(&question.id);
    assert_ne!(plain, question.id);
    assert!(!question.id.contains(&plain[3..]));
    let generated = quiz
        .generate_questions(GenerateQuestionsRequest {
            count: 3,
            kinds: request.kinds.clone(),
            seed: started.quiz.as_ref().expect("quiz").seed,
            ..Default::default()
        })
        .await
        .expect("GenerateQuestions")
        .into_inner();
    assert!(generated.questions.iter().all(|q| q.id != plain));
    // A tampered sealed id is refused outright.
    let mut tampered = question.id.clone();
    tampered.pop();
    tampered.push(if question.id.ends_with('A') { 'B' } else { 'A' });
    expect_code(
        quiz.check_answer(check(tampered)).await,
        Code::InvalidArgument,
    );
    // Once the quiz has recorded the answer, the question can be checked.
    quiz.submit_answer(SubmitAnswerRequest {
        quiz_id: started.quiz_id.clone(),
        question_id: question.id.clone(),
        skip: true,
        ..Default::default()
    })
    .await
    .expect("SubmitAnswer");
    let graded = quiz
        .check_answer(check(question.id.clone()))
        .await
        .expect("CheckAnswer after the quiz recorded the answer");
    assert!(graded.into_inner().grade.is_some());
    let summary = quiz
        .get_quiz(GetQuizRequest {
            quiz_id: started.quiz_id,
        })
        .await
        .expect("GetQuiz")
        .into_inner()
        .quiz
        .expect("quiz");
    let next = summary.current_question.expect("second question");
    expect_code(
        quiz.check_answer(check(next.id)).await,
        Code::FailedPrecondition,
    );
}

#[tokio::test]
async fn a_compressed_frame_without_an_encoding_is_invalid_argument_not_internal() {
    let server = ServerProcess::start(&[]).await;
    let mut channel = channel(&server).await;
    // Compressed-flag 1, length 2, then GetFactRequest { id: "" } bytes.
    let frame = "\u{1}\u{0}\u{0}\u{0}\u{2}\u{a}\u{0}".to_string();
    let request = http::Request::builder()
        .method("POST")
        .uri(format!(
            "http://{}/summit.v1.FactService/GetFact",
            server.addr
        ))
        .header("content-type", "application/grpc")
        .header("te", "trailers")
        .body(tonic::body::Body::new(frame))
        .expect("a request");
    std::future::poll_fn(|cx| channel.poll_ready(cx))
        .await
        .expect("ready");
    let response = channel.call(request).await.expect("an HTTP response");
    let status = tonic::Status::from_header_map(response.headers()).expect("a grpc-status");
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    assert!(status.message().contains("compressed-flag"), "{status:?}");
}

#[tokio::test]
async fn an_open_health_watch_ends_when_shutdown_begins_instead_of_holding_the_drain() {
    let server = ServerProcess::start(&[]).await;
    let mut health = HealthClient::new(channel(&server).await);
    let mut watch = health
        .watch(HealthCheckRequest::default())
        .await
        .expect("Watch")
        .into_inner();
    let first = watch.next().await.expect("a status").expect("ok");
    assert_eq!(first.status(), ServingStatus::Serving);
    let (status, log) = server.terminate().await;
    assert!(status.success(), "{log}");
    let mut statuses = Vec::new();
    let ending = loop {
        match watch.next().await {
            Some(Ok(update)) => statuses.push(update.status()),
            Some(Err(status)) => break Some(status),
            None => break None,
        }
    };
    assert_eq!(statuses, [ServingStatus::NotServing]);
    let ending = ending.expect("the watch ends with a status");
    assert_eq!(ending.code(), Code::Unavailable, "{ending:?}");
    assert!(ending.message().contains("shutting down"), "{ending:?}");
    assert!(
        !log.contains("after the drain timeout"),
        "the watch held the drain:\n{log}"
    );
}

/// `summit-quiz` with `args`, `stdin` piped in, run to its exit.
fn run_client(args: &[&str], stdin: &[u8]) -> std::process::Output {
    use std::io::Write;
    let home = tempfile::tempdir().expect("a temporary home");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_summit-quiz"));
    crate::helpers::isolate_home(&mut command, home.path());
    let mut child = command
        .args(args)
        .env_remove("RUST_LOG")
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start summit-quiz");
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("summit-quiz runs");
    let _ = writer.join();
    output
}

#[test]
fn the_client_exits_2_when_the_address_never_answers_or_is_not_grpc() {
    // Accepts connections (the kernel does, from the backlog) and never
    // says a word.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = silent.local_addr().expect("address").to_string();
    let output = run_client(&["--server", &address], b"");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("did not answer"), "{stderr}");

    // Speaks HTTP/1.1, not gRPC.
    let http1 = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = http1.local_addr().expect("address").to_string();
    let server = std::thread::spawn(move || {
        use std::io::Write;
        if let Ok((mut socket, _)) = http1.accept() {
            let mut buffer = [0u8; 1024];
            let _ = socket.read(&mut buffer);
            let _ = socket.write_all(
                b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
    let output = run_client(&["--server", &address], b"");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("cannot reach"), "{stderr}");
    let _ = server.join();
}

#[test]
fn an_over_long_line_is_refused_and_the_quiz_goes_on_and_stored_answers_print_inert() {
    let mut script = vec![b'x'; 70 * 1024];
    script.extend_from_slice(b"\nzzq\x1b[31mred\x07\nskip\nn\n");
    let output = run_client(
        &["--count", "2", "--seed", "5", "--kinds", "short-answer"],
        &script,
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("too long to send"), "{stdout}");
    assert!(stdout.contains("Your answer:  zzq[31mred"), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "{stdout:?}");
    assert!(!stdout.contains('\u{7}'), "{stdout:?}");
}

#[test]
fn a_reader_that_stops_reading_ends_the_client_quietly_not_with_a_panic() {
    use std::io::{BufRead, BufReader, Write};
    let home = tempfile::tempdir().expect("a temporary home");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_summit-quiz"));
    crate::helpers::isolate_home(&mut command, home.path());
    // `summit-quiz 2>&1 | head -1`: stdout and stderr both go to a reader
    // that closes after its first line.
    let (reader, writer) = std::io::pipe().expect("a pipe");
    let mut child = command
        .args(["--name", "Pipe"])
        .env_remove("RUST_LOG")
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(writer.try_clone().expect("a second end"))
        .stderr(writer)
        .spawn()
        .expect("start summit-quiz");
    drop(command);
    let mut first = String::new();
    BufReader::new(reader)
        .read_line(&mut first)
        .expect("a first line");
    // The reader is gone; the client writes on and must not panic (101).
    let mut input = child.stdin.take().expect("stdin");
    let _ = input.write_all(b"A\nB\nC\nquit\n");
    drop(input);
    let status = child.wait().expect("summit-quiz ends");
    assert!(first.contains("Pipe"), "{first}");
    assert_eq!(status.code(), Some(0), "{status:?}");
}
