//! Spawning a real server on a free loopback port, and assertions shared by
//! the test modules.

use std::net::SocketAddr;
use std::sync::{Arc, LazyLock};

use summit_quiz::facts::FactBase;
use summit_quiz::generation::QuestionBank;
use summit_quiz::proto::fact_service_client::FactServiceClient;
use summit_quiz::proto::learner_service_client::LearnerServiceClient;
use summit_quiz::proto::quiz_service_client::QuizServiceClient;
use summit_quiz::proto::{
    GenerateQuestionsRequest, GenerateQuestionsResponse, GetHintRequest, GetHintResponse, Grade,
    Question, QuestionKind, StartQuizRequest, SubmitAnswerRequest,
};
use summit_quiz::quiz_key::QuizKey;
use summit_quiz::security::Security;
use summit_quiz::server::{self, ServerError};
use summit_quiz::shield::Protection;
use summit_quiz::store::{DatabaseUrl, SessionLimits, SqlStore};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tonic::transport::Channel;
use tonic::{Code, Status};
use tonic_health::pb::health_client::HealthClient;
use tonic_types::StatusExt;

/// The embedded fact base, loaded once for the whole test binary.
pub static FACTS: LazyLock<Arc<FactBase>> =
    LazyLock::new(|| Arc::new(FactBase::embedded().expect("the embedded facts are valid")));

/// Its question bank, built once: verifying distractors is the slow part of
/// start-up, and most tests start a server of their own.
static BANK: LazyLock<Arc<QuestionBank>> =
    LazyLock::new(|| Arc::new(QuestionBank::new(Arc::clone(&FACTS))));

/// The secret every test server seals quiz question ids with: in-process
/// servers, `summit-server` children and the client's built-in server (all
/// through `SUMMIT_QUIZ_KEY`), so a quiz with a given seed asks the same
/// questions on each.
pub const TEST_SECRET: &str = "the summit quiz API tests' shared quiz key";

pub static TEST_KEY: LazyLock<QuizKey> =
    LazyLock::new(|| QuizKey::from_secret(TEST_SECRET).expect("long enough"));

/// The plain question id behind a quiz's sealed one, as only a holder of
/// the key can read it: how tests learn a quiz question's answer through
/// CheckAnswer, which refuses the sealed id until the quiz has an answer.
pub fn plain_id(id: &str) -> String {
    TEST_KEY
        .open(id)
        .map(|sealed| sealed.question_id)
        .unwrap_or_else(|_| id.to_string())
}

/// A running server and clients connected to it.
pub struct TestApp {
    pub addr: SocketAddr,
    /// The connection the clients share, for tests that speak raw gRPC.
    pub channel: Channel,
    pub facts: FactServiceClient<Channel>,
    pub quiz: QuizServiceClient<Channel>,
    pub learner: LearnerServiceClient<Channel>,
    pub health: HealthClient<Channel>,
    shutdown: oneshot::Sender<()>,
    server: JoinHandle<Result<(), ServerError>>,
}

/// Serves the embedded facts on `127.0.0.1:0`, so tests run in parallel
/// without fighting over a port.
pub async fn spawn_app() -> TestApp {
    spawn(Serving::SharedBank).await
}

/// Serves a given fact base, through the same `serve` the binary uses.
pub async fn spawn_app_with(facts: Arc<FactBase>) -> TestApp {
    spawn(Serving::Facts(facts)).await
}

/// Serves the embedded facts with quiz sessions under `limits` (a small cap
/// or a short TTL).
pub async fn spawn_app_with_limits(limits: SessionLimits) -> TestApp {
    spawn(Serving::Limits(limits)).await
}

/// Serves the embedded facts over `store`, which the test keeps a clone of
/// (a clone shares the connection pool) to inspect or age the stored data.
pub async fn spawn_app_with_store(store: SqlStore) -> TestApp {
    spawn(Serving::Store(store)).await
}

/// A throwaway in-memory SQLite store, as a server without a database
/// flag would not have: each test's quizzes are its own.
async fn memory_store(limits: SessionLimits) -> SqlStore {
    SqlStore::open(&DatabaseUrl::memory(), limits)
        .await
        .expect("open an in-memory store")
}

enum Serving {
    SharedBank,
    Store(SqlStore),
    Facts(Arc<FactBase>),
    Limits(SessionLimits),
}

async fn spawn(serving: Serving) -> TestApp {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a free port");
    let addr = listener.local_addr().expect("local address");
    let (shutdown, signal) = oneshot::channel::<()>();
    let signal = async {
        let _ = signal.await;
    };
    let server = tokio::spawn(async move {
        // These tests are about what calls do, some with 50 at once: the
        // heavy-call limit and its adaptation are tested in overload.rs.
        let protection = Protection {
            quiz_key: Some(TEST_KEY.clone()),
            max_heavy_in_flight: Protection::DEFAULT_MAX_IN_FLIGHT as usize,
            latency_target: None,
            ..Protection::default()
        };
        let (bank, store) = match serving {
            Serving::SharedBank => (
                Arc::clone(&BANK),
                memory_store(SessionLimits::default()).await,
            ),
            Serving::Facts(facts) => (
                Arc::new(QuestionBank::new(facts)),
                memory_store(SessionLimits::default()).await,
            ),
            Serving::Limits(limits) => (Arc::clone(&BANK), memory_store(limits).await),
            Serving::Store(store) => (Arc::clone(&BANK), store),
        };
        server::serve_guarded(
            listener,
            bank,
            store,
            protection,
            Security::default(),
            signal,
        )
        .await
    });
    // The listener is already bound, so connecting succeeds at once.
    let channel = Channel::from_shared(format!("http://{addr}"))
        .expect("valid uri")
        .connect()
        .await
        .expect("connect to the test server");
    TestApp {
        addr,
        channel: channel.clone(),
        facts: FactServiceClient::new(channel.clone()),
        quiz: QuizServiceClient::new(channel.clone()),
        learner: LearnerServiceClient::new(channel.clone()),
        health: HealthClient::new(channel),
        shutdown,
        server,
    }
}

impl TestApp {
    /// Triggers graceful shutdown and waits for the server to stop.
    pub async fn stop(self) {
        let TestApp {
            shutdown, server, ..
        } = self;
        let _ = shutdown.send(());
        tokio::time::timeout(std::time::Duration::from_secs(15), server)
            .await
            .expect("the server stops within the drain timeout")
            .expect("the server task did not panic")
            .expect("the server stopped cleanly");
    }

    /// Starts graceful shutdown without waiting; returns the server task.
    pub fn begin_shutdown(self) -> JoinHandle<Result<(), ServerError>> {
        let _ = self.shutdown.send(());
        self.server
    }
}

/// The wire values of `kinds`, for a request's `kinds` field.
pub fn kinds(kinds: &[QuestionKind]) -> Vec<i32> {
    kinds.iter().map(|&kind| kind as i32).collect()
}

/// GenerateQuestions, which the test expects to succeed.
pub async fn generate(
    app: &mut TestApp,
    request: GenerateQuestionsRequest,
) -> GenerateQuestionsResponse {
    app.quiz
        .generate_questions(request)
        .await
        .expect("GenerateQuestions")
        .into_inner()
}

/// GetHint outside any quiz, which the test expects to succeed.
pub async fn get_hint(app: &mut TestApp, question_id: &str) -> GetHintResponse {
    app.quiz
        .get_hint(GetHintRequest {
            question_id: question_id.into(),
            ..Default::default()
        })
        .await
        .expect("GetHint")
        .into_inner()
}

/// Starts the quiz `request` asks for and skips every question to the
/// end: each question in order with the grade its skip got (which reveals
/// the canonical answer). The same seed asks the same questions on any
/// server with the same facts, so this learns what a scripted run will see.
pub async fn skip_through(app: &mut TestApp, request: StartQuizRequest) -> Vec<(Question, Grade)> {
    let started = app
        .quiz
        .start_quiz(request)
        .await
        .expect("StartQuiz")
        .into_inner();
    let mut taken = Vec::new();
    let mut next = started.question;
    while let Some(question) = next {
        let submitted = app
            .quiz
            .submit_answer(SubmitAnswerRequest {
                quiz_id: started.quiz_id.clone(),
                question_id: question.id.clone(),
                answer: String::new(),
                skip: true,
            })
            .await
            .expect("SubmitAnswer")
            .into_inner();
        next = submitted.next_question.filter(|_| !submitted.finished);
        taken.push((question, submitted.grade.expect("grade")));
    }
    taken
}

/// Asserts a call failed with `code`.
#[track_caller]
pub fn expect_code<T: std::fmt::Debug>(result: Result<T, Status>, code: Code) -> Status {
    match result {
        Ok(value) => panic!("expected {code:?}, got a response: {value:?}"),
        Err(status) => {
            assert_eq!(status.code(), code, "unexpected status: {status:?}");
            status
        }
    }
}

/// Asserts a call failed with FAILED_PRECONDITION saying `says`: the
/// session rules refuse with a reason the learner can act on.
#[track_caller]
pub fn expect_precondition<T: std::fmt::Debug>(result: Result<T, Status>, says: &str) -> Status {
    let status = expect_code(result, Code::FailedPrecondition);
    assert!(status.message().contains(says), "{status:?}");
    status
}

/// Asserts a call failed with INVALID_ARGUMENT whose `BadRequest` details
/// name exactly `fields`, and returns the violations' descriptions.
#[track_caller]
pub fn expect_invalid<T: std::fmt::Debug>(
    result: Result<T, Status>,
    fields: &[&str],
) -> Vec<String> {
    let status = expect_code(result, Code::InvalidArgument);
    let violations = status
        .get_details_bad_request()
        .unwrap_or_else(|| panic!("no BadRequest details on {status:?}"))
        .field_violations;
    let named: Vec<&str> = violations.iter().map(|v| v.field.as_str()).collect();
    assert_eq!(named, fields, "violations: {violations:?}");
    violations.into_iter().map(|v| v.description).collect()
}

/// Asserts a call failed with NOT_FOUND naming `resource_name`.
#[track_caller]
pub fn expect_not_found<T: std::fmt::Debug>(result: Result<T, Status>, resource_name: &str) {
    let status = expect_code(result, Code::NotFound);
    let info = status
        .get_details_resource_info()
        .unwrap_or_else(|| panic!("no ResourceInfo details on {status:?}"));
    assert_eq!(info.resource_name, resource_name);
}

/// The built `summit-server` binary running as a child process, killed on drop.
pub struct ServerProcess {
    pub addr: SocketAddr,
    child: std::process::Child,
    log: std::path::PathBuf,
    /// HOME and XDG_DATA_HOME for the process, so its default database
    /// never lands in the real home directory.
    _home: tempfile::TempDir,
}

/// Points a child process's home and data directory at `home`: tests never
/// touch the real home directory.
pub fn isolate_home(command: &mut std::process::Command, home: &std::path::Path) {
    command
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("SUMMIT_QUIZ_KEY", TEST_SECRET)
        .env_remove("SUMMIT_DATABASE_URL")
        // No login name, so a run without --name is anonymous unless the
        // test gives one.
        .env_remove("SUMMIT_LEARNER")
        .env_remove("USER")
        .env_remove("USERNAME")
        .env_remove("LOGNAME");
}

/// A port that was free a moment ago, for a child process to listen on.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

impl ServerProcess {
    /// Starts `summit-server --addr 127.0.0.1:PORT` plus `args`, and waits
    /// until its health check says SERVING.
    pub async fn start(args: &[&str]) -> ServerProcess {
        let mut server = ServerProcess::launch(args);
        server.wait_until_serving().await;
        server
    }

    /// Starts `summit-server --addr 127.0.0.1:PORT` plus `args` without
    /// waiting for it to become healthy.
    pub fn launch(args: &[&str]) -> ServerProcess {
        let addr: SocketAddr = ([127, 0, 0, 1], free_port()).into();
        let log = std::env::temp_dir().join(format!("summit-server-{}.log", addr.port()));
        let log_file = std::fs::File::create(&log).expect("create the server log");
        let home = tempfile::tempdir().expect("a temporary home");
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_summit-server"));
        isolate_home(&mut command, home.path());
        let child = command
            .arg("--addr")
            .arg(addr.to_string())
            .args(args)
            .env("RUST_LOG", "info")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(log_file)
            .spawn()
            .expect("start summit-server");
        ServerProcess {
            addr,
            child,
            log,
            _home: home,
        }
    }

    /// Kills the process with SIGKILL, as a crash or the OOM killer would:
    /// no shutdown code runs.
    pub fn kill_9(mut self) {
        let sent = std::process::Command::new("kill")
            .args(["-KILL", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -KILL failed");
        let status = self.child.wait().expect("wait for summit-server");
        assert!(!status.success(), "summit-server was not killed: {status}");
    }

    pub async fn wait_until_serving(&mut self) {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("summit-server exited early ({status}):\n{}", self.log());
            }
            if self.is_serving().await {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "summit-server never became healthy:\n{}",
                self.log()
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    async fn is_serving(&self) -> bool {
        let Ok(channel) = Channel::from_shared(format!("http://{}", self.addr))
            .expect("valid uri")
            .connect()
            .await
        else {
            return false;
        };
        let request = tonic_health::pb::HealthCheckRequest::default();
        matches!(
            HealthClient::new(channel).check(request).await,
            Ok(response) if response.get_ref().status()
                == tonic_health::pb::health_check_response::ServingStatus::Serving
        )
    }

    /// The server's peak resident memory (VmHWM) in KiB and its thread
    /// count now, from `/proc`.
    pub fn memory(&self) -> (u64, u64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .expect("read the server's /proc status");
        let field = |name: &str| -> u64 {
            status
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|value| value.parse().ok())
                .unwrap_or_else(|| panic!("no {name} in:\n{status}"))
        };
        (field("VmHWM:"), field("Threads:"))
    }

    /// What the server has logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Sends SIGTERM and waits for the process to exit; returns how it
    /// exited and what it logged.
    pub async fn terminate(mut self) -> (std::process::ExitStatus, String) {
        let sent = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -TERM failed");
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(15);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for summit-server") {
                return (status, self.log());
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "summit-server ignored SIGTERM:\n{}",
                self.log()
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}

/// Reads from a raw socket until the server closes it; `false` if it is
/// still open after `bound` (which only guards against a hang).
pub fn closed_by_server(socket: &mut std::net::TcpStream, bound: std::time::Duration) -> bool {
    socket.set_read_timeout(Some(bound)).expect("read timeout");
    let mut buffer = [0u8; 64];
    loop {
        match std::io::Read::read(socket, &mut buffer) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(error)
                if matches!(
                    error.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return false;
            }
            Err(_) => return true,
        }
    }
}
