//! The built `summit-server` binary: configuration, startup failures and
//! signal handling, as an operator meets them.

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use summit_quiz::proto::ListFactsRequest;
use summit_quiz::proto::fact_service_client::FactServiceClient;

use crate::helpers::ServerProcess;

/// A one-fact set in the same format as `data/facts.json`, with its article
/// in a separate file beside it.
fn write_fact_set(dir: &Path, cited_sentence: u32) -> std::path::PathBuf {
    std::fs::write(
        dir.join("tiny.txt"),
        "A tiny headline\nThe treaty was signed in Astana on Tuesday.\nLeaders met in the city.\n",
    )
    .expect("write the article");
    let json = format!(
        r#"{{
  "sources": [{{"id": "tiny", "file": "tiny.txt"}}],
  "topics": [{{"name": "treaty", "title": "the treaty", "description": "The treaty"}}],
  "relations": {{
    "signed_in": {{"questions": ["Where was {{subject}} signed?"], "claim": "{{subject}} was signed in {{answer}}."}}
  }},
  "facts": [{{"id": "treaty-city", "sentence": {cited_sentence}, "topic": "treaty", "relation": "signed_in",
    "subject": "the treaty", "statement": "The treaty was signed in Astana.", "answer": "Astana", "kind": "place"}}]
}}"#
    );
    let path = dir.join("facts.json");
    std::fs::write(&path, json).expect("write the fact set");
    path
}

fn run_server(args: &[&str]) -> Output {
    let home = tempfile::tempdir().expect("a temporary home");
    let mut command = Command::new(env!("CARGO_BIN_EXE_summit-server"));
    crate::helpers::isolate_home(&mut command, home.path());
    command
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .expect("run summit-server")
}

#[tokio::test]
async fn the_server_serves_a_fact_file_whose_article_sits_beside_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_fact_set(dir.path(), 1);
    let server = ServerProcess::start(&["--facts", path.to_str().expect("utf-8 path")]).await;
    let mut facts = FactServiceClient::connect(format!("http://{}", server.addr))
        .await
        .expect("connect");
    let page = facts
        .list_facts(ListFactsRequest::default())
        .await
        .expect("ListFacts")
        .into_inner();
    assert_eq!(page.total_size, 1);
    assert_eq!(page.facts[0].id, "treaty-city");
}

#[tokio::test]
async fn an_invalid_fact_file_stops_startup_with_the_fact_named_and_no_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_fact_set(dir.path(), 9);
    let output = run_server(&["--facts", path.to_str().expect("utf-8 path")]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("fact `treaty-city`"), "{stderr}");
    assert!(stderr.contains("sentences 1 to 2"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_missing_fact_file_or_a_bad_address_is_reported_without_a_panic() {
    for args in [
        &["--facts", "/nonexistent/facts.json"][..],
        &["--addr", "not-an-address"][..],
    ] {
        let output = run_server(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{args:?}");
        assert!(stderr.contains(args[1]), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[tokio::test]
async fn sigterm_sets_not_serving_drains_and_exits_zero() {
    let server = ServerProcess::start(&[]).await;
    let (status, log) = server.terminate().await;
    assert!(status.success(), "exit status {status}:\n{log}");
    assert!(
        log.contains("SIGTERM") && log.contains("NOT_SERVING"),
        "{log}"
    );
    assert!(log.contains("stopped"), "{log}");
}

#[tokio::test]
async fn sigterm_during_start_up_still_exits_gracefully() {
    let server = ServerProcess::launch(&[]);
    // "listening" is logged after the facts load and before the question
    // bank is built: the signal lands in the middle of start-up.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !server.log().contains("listening") {
        assert!(
            std::time::Instant::now() < deadline,
            "never started:\n{}",
            server.log()
        );
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    let (status, log) = server.terminate().await;
    assert!(status.success(), "exit status {status}:\n{log}");
    assert!(log.contains("received SIGTERM"), "{log}");
}

#[tokio::test]
async fn small_responses_are_not_held_back_by_nagles_algorithm() {
    let server = ServerProcess::start(&[]).await;
    let mut facts = FactServiceClient::connect(format!("http://{}", server.addr))
        .await
        .expect("connect");
    let mut took = Vec::new();
    for _ in 0..15 {
        let started = std::time::Instant::now();
        facts
            .list_facts(ListFactsRequest::default())
            .await
            .expect("ListFacts");
        took.push(started.elapsed());
    }
    took.sort();
    // With Nagle on the server's sockets every call waits for the client's
    // delayed ACK (about 40 ms on Linux); without it a call takes well
    // under a millisecond here.
    let median = took[took.len() / 2];
    assert!(
        median < Duration::from_millis(20),
        "median {median:?}: {took:?}"
    );
}
