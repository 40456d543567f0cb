//! What a flood costs the built `summit-server`: its threads stay within
//! the bounded runtime and its memory under the bound the README states;
//! heavy calls have a smaller in-flight limit of their own, which backs off
//! when admitted calls are slow; admitted calls are timed by class.

use std::net::SocketAddr;

use summit_quiz::proto::fact_service_client::FactServiceClient;
use summit_quiz::proto::quiz_service_client::QuizServiceClient;
use summit_quiz::proto::{GenerateQuestionsRequest, GetFactRequest, ListFactsRequest};
use tonic::Code;
use tonic::transport::Channel;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_client::HealthClient;

use crate::helpers::{ServerProcess, free_port};
use crate::security::{sample, scrape};

/// The README's bounds ("Memory and threads" under Configuration).
const MAX_THREADS: u64 = 32;
const MAX_PEAK_RSS_MIB: u64 = 128;

#[tokio::test]
async fn a_flood_of_generation_keeps_the_server_within_its_thread_and_memory_bounds() {
    let server = ServerProcess::start(&[]).await;
    // 512 calls at once, twice the default in-flight bound, each one
    // generation on the blocking pool: an unbounded pool would start a
    // thread for each admitted call.
    let mut flood = tokio::task::JoinSet::new();
    for connection in 0..8_u64 {
        let channel = Channel::from_shared(format!("http://{}", server.addr))
            .expect("valid uri")
            .connect()
            .await
            .expect("connect");
        let quiz = QuizServiceClient::new(channel);
        for call in 0..64_u64 {
            let mut quiz = quiz.clone();
            flood.spawn(async move {
                let request = GenerateQuestionsRequest {
                    count: 10,
                    seed: connection * 1000 + call + 1,
                    ..Default::default()
                };
                quiz.generate_questions(request).await.map(|_| ())
            });
        }
    }
    let mut served = 0;
    while let Some(result) = flood.join_next().await {
        match result.expect("the call task") {
            Ok(()) => served += 1,
            Err(status) => assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}"),
        }
    }
    assert!(served > 0, "nothing was served");
    // Idle blocking threads linger for 10 s, so the count now is the peak.
    let (peak_kib, threads) = server.memory();
    assert!(
        threads <= MAX_THREADS,
        "{threads} threads after the flood (bound {MAX_THREADS})"
    );
    assert!(
        peak_kib / 1024 < MAX_PEAK_RSS_MIB,
        "peak RSS {} MiB (bound {MAX_PEAK_RSS_MIB} MiB)",
        peak_kib / 1024
    );
}

/// A channel to the server.
async fn connect(server: &ServerProcess) -> Channel {
    Channel::from_shared(format!("http://{}", server.addr))
        .expect("valid uri")
        .connect()
        .await
        .expect("connect")
}

fn generate(count: i32, seed: u64) -> GenerateQuestionsRequest {
    GenerateQuestionsRequest {
        count,
        seed,
        ..Default::default()
    }
}

const ADMITTED_COUNT: &str = "summit_grpc_admitted_duration_seconds_count";
const LIMIT: &str = "summit_grpc_in_flight_limit";

#[tokio::test]
async fn admitted_calls_are_timed_from_admission_by_class_in_the_metrics() {
    let metrics: SocketAddr = ([127, 0, 0, 1], free_port()).into();
    let server = ServerProcess::start(&["--metrics-addr", &metrics.to_string()]).await;
    let channel = connect(&server).await;
    let mut facts = FactServiceClient::new(channel.clone());
    let mut quiz = QuizServiceClient::new(channel.clone());
    let mut health = HealthClient::new(channel);
    let before = scrape(metrics);

    let page = facts
        .list_facts(ListFactsRequest::default())
        .await
        .expect("ListFacts")
        .into_inner();
    for fact in page.facts.iter().take(3) {
        facts
            .get_fact(GetFactRequest {
                id: fact.id.clone(),
            })
            .await
            .expect("GetFact");
    }
    for seed in 1..=2 {
        quiz.generate_questions(generate(3, seed))
            .await
            .expect("GenerateQuestions");
    }
    for _ in 0..5 {
        health
            .check(HealthCheckRequest::default())
            .await
            .expect("Health/Check");
    }

    let after = scrape(metrics);
    let moved = |class: &str| {
        sample(&after, ADMITTED_COUNT, &[("class", class)])
            - sample(&before, ADMITTED_COUNT, &[("class", class)])
    };
    // Health checks are never admitted or shed: they skip the bounds.
    assert_eq!(moved("light"), 4.0, "ListFacts and 3 GetFact:\n{after}");
    assert_eq!(moved("heavy"), 2.0, "2 GenerateQuestions:\n{after}");
    let heavy_limit = sample(&after, LIMIT, &[("class", "heavy")]);
    assert!(
        (1.0..=16.0).contains(&heavy_limit),
        "the heavy limit is reported within its default ceiling:\n{after}"
    );
}

#[tokio::test]
async fn heavy_calls_over_their_own_limit_are_shed_at_once_while_light_calls_are_admitted() {
    let server =
        ServerProcess::start(&["--max-heavy-in-flight", "2", "--latency-target-ms", "0"]).await;
    let mut calls = tokio::task::JoinSet::new();
    for connection in 0..4_u64 {
        let channel = connect(&server).await;
        for call in 0..8_u64 {
            let mut quiz = QuizServiceClient::new(channel.clone());
            calls.spawn(async move {
                let seed = connection * 100 + call + 1;
                (
                    true,
                    quiz.generate_questions(generate(100, seed))
                        .await
                        .map(|_| ()),
                )
            });
            let mut facts = FactServiceClient::new(channel.clone());
            calls.spawn(async move {
                let request = ListFactsRequest::default();
                (false, facts.list_facts(request).await.map(|_| ()))
            });
        }
    }
    let (mut heavy_served, mut heavy_shed, mut light_served) = (0, 0, 0);
    while let Some(joined) = calls.join_next().await {
        match joined.expect("the call task") {
            (true, Ok(())) => heavy_served += 1,
            (true, Err(status)) => {
                assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
                assert!(
                    status.message().contains("2 heavy calls in flight"),
                    "{status:?}"
                );
                heavy_shed += 1;
            }
            (false, result) => {
                result.expect("32 light calls are far under their limit of 256");
                light_served += 1;
            }
        }
    }
    assert_eq!(light_served, 32);
    assert!(heavy_served > 0, "no heavy call was served");
    assert!(
        heavy_shed > 0,
        "no heavy call was shed ({heavy_served} served)"
    );
}

#[tokio::test]
async fn the_heavy_limit_backs_off_while_admitted_calls_exceed_the_latency_target() {
    let metrics: SocketAddr = ([127, 0, 0, 1], free_port()).into();
    let server = ServerProcess::start(&[
        "--metrics-addr",
        &metrics.to_string(),
        "--max-heavy-in-flight",
        "8",
        // Generating 100 questions takes far longer than 1 ms in this
        // unoptimised build, so every call is over the target.
        "--latency-target-ms",
        "1",
    ])
    .await;
    let heavy_limit = || sample(&scrape(metrics), LIMIT, &[("class", "heavy")]);
    assert_eq!(
        heavy_limit(),
        4.0,
        "the limit starts halfway to its ceiling"
    );
    let quiz = QuizServiceClient::new(connect(&server).await);
    let mut alone = quiz.clone();
    for seed in 1..=5 {
        alone
            .generate_questions(generate(100, seed))
            .await
            .expect("one call at a time is always admitted");
    }
    assert_eq!(
        heavy_limit(),
        4.0,
        "a slow call that ran alone is its own cost, not a queue's"
    );
    // Eight calls at once on a small machine: the admitted ones wait for a
    // core behind one another, so calls beside others run over the target
    // however fast one call alone has become. The limit is read after each
    // round, and only its lowest is judged: once it admits no more calls
    // than there are cores, a call of about the target's length (about 1 ms
    // for 100 questions in this build) is within it as often as not, and
    // lifts it again (the floor itself is `limit.rs`'s unit test).
    let mut lowest = heavy_limit();
    for round in 0..30_u64 {
        let mut calls = tokio::task::JoinSet::new();
        for call in 0..8_u64 {
            let mut client = quiz.clone();
            let request = generate(100, 100 + 8 * round + call);
            calls.spawn(async move { client.generate_questions(request).await });
        }
        while let Some(joined) = calls.join_next().await {
            if let Err(status) = joined.expect("the call task") {
                assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
            }
        }
        lowest = lowest.min(heavy_limit());
    }
    assert!(
        (1.0..=2.0).contains(&lowest),
        "cut by a quarter per slow call beside others (4, 3, 2.25, ...), never under its floor of 1: lowest {lowest}"
    );
}
