//! The README's "Running in production" examples, run verbatim against the
//! built `summit-server` with TLS, API keys, a rate limit and metrics; and
//! reflection staying open to a client the rate limit has paced.

use std::path::Path;
use std::process::{Command, Stdio};

use summit_quiz::proto::ListTopicsRequest;
use summit_quiz::proto::fact_service_client::FactServiceClient;
use tonic::Code;

use crate::grpcurl::readme_sh_blocks;
use crate::helpers::{ServerProcess, free_port};
use crate::security::{KEY_WEB, Pki, describe, grpcurl_available, key_file, start_tls};

const HEADING: &str = "## Running in production";
const README_ADDR: &str = "localhost:50051";
const README_METRICS: &str = "127.0.0.1:9090";

/// The flags of the block's `summit-server` command, `--addr` left out (the
/// test picks the port), files named as in `dir`.
fn server_flags(block: &str, dir: &Path, metrics: &str) -> Vec<String> {
    let command = block.replace("\\\n", " ");
    let line = command
        .lines()
        .find(|line| line.trim_start().starts_with("summit-server "))
        .expect("the first block starts summit-server");
    let mut flags = Vec::new();
    let mut words = line.split_whitespace().skip(1);
    while let Some(word) = words.next() {
        if word == "--addr" {
            words.next();
            continue;
        }
        let word = word.replace(README_METRICS, metrics);
        let file = dir.join(&word);
        flags.push(if file.is_file() {
            file.display().to_string()
        } else {
            word
        });
    }
    flags
}

#[tokio::test]
async fn the_readme_production_examples_work_against_a_tls_server_with_api_keys() {
    if !grpcurl_available() {
        return;
    }
    let blocks = readme_sh_blocks(HEADING);
    assert_eq!(blocks.len(), 2, "a server block and a client block");
    let pki = Pki::generate();
    let dir = Path::new(&pki.path("ca.pem"))
        .parent()
        .expect("the PKI directory")
        .to_path_buf();
    let (_keys_dir, keys) = key_file();
    std::fs::copy(&keys, dir.join("api-keys.txt")).expect("copy the key file");
    let metrics = format!("127.0.0.1:{}", free_port());
    let flags = server_flags(&blocks[0], &dir, &metrics);
    for wanted in ["--tls-cert", "--api-keys", "--rate-limit", "--metrics-addr"] {
        assert!(flags.iter().any(|flag| flag == wanted), "{flags:?}");
    }
    let server = start_tls(&flags, pki.client_tls(false)).await;

    let script = blocks[1]
        .replace(README_ADDR, &server.addr.to_string())
        .replace(README_METRICS, &metrics);
    let output = Command::new("bash")
        .args(["-euo", "pipefail", "-c", &script])
        .current_dir(&dir)
        .env("SUMMIT_API_KEY", KEY_WEB)
        .stdin(Stdio::null())
        .output()
        .expect("run bash");
    assert!(
        output.status.success(),
        "{}\n{}\nserver log:\n{}",
        blocks[1],
        describe(&output),
        server.log()
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    for wanted in [
        "\"SERVING\"",
        "summit.v1.FactService",
        "grpc.reflection.v1.ServerReflection",
        "\"topics\"",
        "method=\"/summit.v1.FactService/ListTopics\"",
        "client=\"web\"",
    ] {
        assert!(stdout.contains(wanted), "`{wanted}` missing:\n{stdout}");
    }
}

/// Runs grpcurl `args` against `addr`.
fn grpcurl(addr: std::net::SocketAddr, args: &[&str]) -> std::process::Output {
    Command::new("grpcurl")
        .args(["-plaintext", "-max-time", "10", &addr.to_string()])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run grpcurl")
}

#[tokio::test]
async fn grpcurl_list_and_describe_keep_working_for_a_client_the_rate_limit_has_paced() {
    if !grpcurl_available() {
        return;
    }
    // One call a second after a burst of two: spent at once below, and
    // ten grpcurl runs need ten reflection calls, far more than refill
    // while they run.
    let server = ServerProcess::start(&["--rate-limit", "1", "--rate-burst", "2"]).await;
    let mut facts = FactServiceClient::connect(format!("http://{}", server.addr))
        .await
        .expect("connect");
    let mut limited = false;
    for _ in 0..20 {
        if let Err(status) = facts.list_topics(ListTopicsRequest::default()).await {
            assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
            limited = true;
            break;
        }
    }
    assert!(limited, "the rate limit never refused a call");
    for round in 0..5 {
        let list = grpcurl(server.addr, &["list"]);
        assert!(list.status.success(), "round {round}: {}", describe(&list));
        assert!(String::from_utf8_lossy(&list.stdout).contains("summit.v1.QuizService"));
        let shown = grpcurl(server.addr, &["describe", "summit.v1.QuizService"]);
        assert!(
            shown.status.success(),
            "round {round}: {}",
            describe(&shown)
        );
        assert!(String::from_utf8_lossy(&shown.stdout).contains("rpc GetHint"));
    }
}
