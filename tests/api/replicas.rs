//! Two real `summit-server` processes on one real PostgreSQL: a quiz moves
//! between them, conflicting answers over both record exactly one, and
//! fifty learners at once lose and double-count nothing; and a server whose
//! database goes down answers UNAVAILABLE, reports NOT_SERVING, and
//! recovers by itself.
//!
//! They need `SUMMIT_TEST_DATABASE_URL`, a PostgreSQL URL whose user may
//! create databases (`.ci/run` starts such a cluster). Each test creates a
//! database of its own and drops it afterwards. Without the variable they
//! skip with a loud message, and fail under `CI=true`.

use std::collections::BTreeSet;

use sqlx::{Connection, Executor, PgConnection, Row};
use summit_quiz::proto::quiz_service_client::QuizServiceClient;
use summit_quiz::proto::{
    GetQuizRequest, QuestionKind, StartQuizRequest, SubmitAnswerRequest, SubmitAnswerResponse,
};
use tonic::Code;
use tonic::transport::Channel;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;

use crate::helpers::ServerProcess;

/// A database of this test's own on the test cluster, dropped on `drop_now`.
pub(crate) struct TestDatabase {
    admin_url: String,
    name: String,
    pub url: String,
}

impl TestDatabase {
    /// `None` (after a loud message) when no test cluster is configured.
    pub(crate) async fn create() -> Option<TestDatabase> {
        let Ok(admin_url) = std::env::var("SUMMIT_TEST_DATABASE_URL") else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but SUMMIT_TEST_DATABASE_URL is not set: .ci/run must start PostgreSQL"
            );
            // Straight to the process's stderr: libtest captures eprintln!
            // of passing tests, and a skip must not go unnoticed.
            let _ = std::io::Write::write_all(
                &mut std::io::stderr(),
                b"\n!!!!!!!! SKIPPED a PostgreSQL test: SUMMIT_TEST_DATABASE_URL is not set !!!!!!!!\n\
                  !!!!!!!! see README, \"Running the PostgreSQL tests\" !!!!!!!!\n",
            );
            return None;
        };
        let name = format!("summit_test_{:016x}", rand::random::<u64>());
        let mut admin = PgConnection::connect(&admin_url)
            .await
            .expect("connect to SUMMIT_TEST_DATABASE_URL");
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create a test database");
        let url = with_database(&admin_url, &name);
        Some(TestDatabase {
            admin_url,
            name,
            url,
        })
    }

    async fn connect(&self) -> PgConnection {
        PgConnection::connect(&self.url)
            .await
            .expect("connect to the test database")
    }

    pub(crate) async fn drop_now(self) {
        let mut admin = PgConnection::connect(&self.admin_url)
            .await
            .expect("connect to SUMMIT_TEST_DATABASE_URL");
        admin
            .execute(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name).as_str())
            .await
            .expect("drop the test database");
    }
}

/// `url` with its database path replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |at| at + 3);
    let host_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |at| scheme_end + at);
    let mut out = format!("{}/{name}", &base[..host_end]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

/// Two servers on `url`, started at the same moment (so their migrations
/// race), both healthy.
async fn two_replicas(url: &str) -> (ServerProcess, ServerProcess) {
    // 50 learners at once: every call admitted (the heavy-call limit is
    // tested in overload.rs).
    let args = [
        "--database-url",
        url,
        "--max-heavy-in-flight",
        "256",
        "--latency-target-ms",
        "0",
    ];
    let mut first = ServerProcess::launch(&args);
    let mut second = ServerProcess::launch(&args);
    first.wait_until_serving().await;
    second.wait_until_serving().await;
    (first, second)
}

async fn client(server: &ServerProcess) -> QuizServiceClient<Channel> {
    QuizServiceClient::connect(format!("http://{}", server.addr))
        .await
        .expect("connect")
}

fn multiple_choice(count: i32, seed: u64, learner: &str) -> StartQuizRequest {
    StartQuizRequest {
        count,
        seed,
        kinds: vec![QuestionKind::MultipleChoice as i32],
        learner: learner.into(),
        ..StartQuizRequest::default()
    }
}

async fn answer(
    client: &mut QuizServiceClient<Channel>,
    quiz_id: &str,
    question_id: &str,
    text: &str,
) -> Result<SubmitAnswerResponse, tonic::Status> {
    client
        .submit_answer(SubmitAnswerRequest {
            quiz_id: quiz_id.into(),
            question_id: question_id.into(),
            answer: text.into(),
            skip: false,
        })
        .await
        .map(tonic::Response::into_inner)
}

async fn attempts_of(db: &mut PgConnection, quiz_id: &str) -> Vec<i64> {
    sqlx::query("SELECT position FROM attempts WHERE quiz_id = $1 ORDER BY position")
        .bind(quiz_id)
        .fetch_all(db)
        .await
        .expect("read attempts")
        .iter()
        .map(|row| row.get::<i64, _>(0))
        .collect()
}

#[tokio::test]
async fn one_quiz_answered_alternately_through_two_replicas_and_racing_answers_record_one() {
    let Some(database) = TestDatabase::create().await else {
        return;
    };
    let (first, second) = two_replicas(&database.url).await;
    let mut clients = [client(&first).await, client(&second).await];
    let started = clients[0]
        .start_quiz(multiple_choice(6, 11, "Dana"))
        .await
        .expect("StartQuiz")
        .into_inner();
    let mut question = started.question.expect("first").id;
    for n in 0..4 {
        let response = answer(&mut clients[n % 2], &started.quiz_id, &question, "A")
            .await
            .expect("SubmitAnswer through either replica");
        assert_eq!(response.progress.expect("progress").answered, n as i32 + 1);
        question = response.next_question.expect("next").id;
    }

    // 32 answers to the current question at once, over both replicas.
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..32 {
        let mut client = clients[n % 2].clone();
        let (quiz_id, question_id) = (started.quiz_id.clone(), question.clone());
        let letter = ["A", "B", "C", "D"][n % 4];
        tasks.spawn(async move {
            (
                letter,
                answer(&mut client, &quiz_id, &question_id, letter).await,
            )
        });
    }
    let mut accepted = BTreeSet::new();
    let mut refused = 0;
    while let Some(joined) = tasks.join_next().await {
        match joined.expect("task") {
            (letter, Ok(response)) => {
                assert_eq!(response.progress.expect("progress").answered, 5);
                accepted.insert(letter);
            }
            (_, Err(status)) => {
                assert_eq!(status.code(), Code::FailedPrecondition, "{status:?}");
                refused += 1;
            }
        }
    }
    assert_eq!(accepted.len(), 1, "one answer won: {accepted:?}");
    assert_eq!(refused, 24, "every other letter was refused");
    for client in &mut clients {
        let quiz = client
            .get_quiz(GetQuizRequest {
                quiz_id: started.quiz_id.clone(),
            })
            .await
            .expect("GetQuiz")
            .into_inner()
            .quiz
            .expect("quiz");
        assert_eq!(quiz.progress.expect("progress").answered, 5);
    }
    let mut db = database.connect().await;
    assert_eq!(
        attempts_of(&mut db, &started.quiz_id).await,
        [0, 1, 2, 3, 4]
    );
    drop(db);
    drop((first, second));
    database.drop_now().await;
}

#[tokio::test]
async fn fifty_learners_in_parallel_over_two_replicas_lose_and_double_count_nothing() {
    let Some(database) = TestDatabase::create().await else {
        return;
    };
    let (first, second) = two_replicas(&database.url).await;
    let clients = [client(&first).await, client(&second).await];
    let questions = 4;
    let mut tasks = tokio::task::JoinSet::new();
    for learner in 0..50_usize {
        let mut clients = clients.clone();
        tasks.spawn(async move {
            let name = format!("learner-{learner}");
            let started = clients[learner % 2]
                .start_quiz(multiple_choice(questions, 100 + learner as u64, &name))
                .await
                .expect("StartQuiz")
                .into_inner();
            let mut question = started.question.expect("first").id;
            for n in 0..questions as usize {
                // Each answer goes to the other replica than the last.
                let client = &mut clients[(learner + n + 1) % 2];
                let response = answer(client, &started.quiz_id, &question, "B")
                    .await
                    .expect("SubmitAnswer");
                assert_eq!(response.progress.expect("progress").answered, n as i32 + 1);
                match response.next_question {
                    Some(next) => question = next.id,
                    None => assert_eq!(n + 1, questions as usize),
                }
            }
            (name, started.quiz_id)
        });
    }
    let mut quizzes = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        quizzes.push(joined.expect("a learner's task"));
    }
    let mut db = database.connect().await;
    let total: i64 = sqlx::query("SELECT COUNT(*) FROM attempts")
        .fetch_one(&mut db)
        .await
        .expect("count")
        .get(0);
    assert_eq!(total, 50 * i64::from(questions));
    for (name, quiz_id) in &quizzes {
        assert_eq!(attempts_of(&mut db, quiz_id).await, [0, 1, 2, 3], "{name}");
        let learner: String =
            sqlx::query("SELECT DISTINCT learner FROM attempts WHERE quiz_id = $1")
                .bind(quiz_id)
                .fetch_one(&mut db)
                .await
                .expect("learner")
                .get(0);
        assert_eq!(&learner, name);
    }
    drop(db);
    drop((first, second));
    database.drop_now().await;
}

#[test]
fn a_test_database_url_keeps_host_and_options() {
    assert_eq!(
        with_database("postgres://postgres@127.0.0.1:54329/postgres", "t1"),
        "postgres://postgres@127.0.0.1:54329/t1"
    );
    assert_eq!(
        with_database("postgres://u:p@h/postgres?sslmode=disable", "t2"),
        "postgres://u:p@h/t2?sslmode=disable"
    );
    assert_eq!(
        with_database("postgres://h:5432", "t3"),
        "postgres://h:5432/t3"
    );
}

/// The server's overall health status.
async fn health_of(server: &ServerProcess) -> Option<ServingStatus> {
    let channel = Channel::from_shared(format!("http://{}", server.addr))
        .ok()?
        .connect()
        .await
        .ok()?;
    let mut health = HealthClient::new(channel);
    let response = health.check(HealthCheckRequest::default()).await.ok()?;
    Some(response.get_ref().status())
}

/// Polls health until it reports `wanted`; panics after a generous bound.
async fn wait_for_health(server: &ServerProcess, wanted: ServingStatus) {
    for _ in 0..300 {
        if health_of(server).await == Some(wanted) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("health never became {wanted:?}:\n{}", server.log());
}

/// Closes the database to new connections and ends the open ones: to the
/// server it is down.
async fn take_down(database: &TestDatabase, down: bool) {
    let mut admin = PgConnection::connect(&database.admin_url)
        .await
        .expect("connect as admin");
    admin
        .execute(
            format!(
                "ALTER DATABASE {} WITH ALLOW_CONNECTIONS {}",
                database.name,
                if down { "false" } else { "true" }
            )
            .as_str(),
        )
        .await
        .expect("alter the database");
    if down {
        sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1")
            .bind(&database.name)
            .execute(&mut admin)
            .await
            .expect("end the server's connections");
    }
}

#[tokio::test]
async fn a_database_that_goes_down_gives_unavailable_and_not_serving_then_recovers_by_itself() {
    let Some(database) = TestDatabase::create().await else {
        return;
    };
    let server = ServerProcess::start(&["--database-url", &database.url]).await;
    let mut quiz = client(&server).await;
    let started = quiz
        .start_quiz(multiple_choice(3, 5, "Dana"))
        .await
        .expect("StartQuiz")
        .into_inner();
    let question = started.question.expect("first").id;

    take_down(&database, true).await;
    let refused = answer(&mut quiz, &started.quiz_id, &question, "A").await;
    let status = refused.expect_err("no database, no answer");
    assert_eq!(status.code(), Code::Unavailable, "{status:?}");
    assert!(
        status.message().contains("database is unavailable"),
        "{}",
        status.message()
    );
    wait_for_health(&server, ServingStatus::NotServing).await;

    take_down(&database, false).await;
    wait_for_health(&server, ServingStatus::Serving).await;
    let accepted = answer(&mut quiz, &started.quiz_id, &question, "A")
        .await
        .expect("the same answer once the database is back");
    assert_eq!(accepted.progress.expect("progress").answered, 1);
    drop(server);
    database.drop_now().await;
}
