//! What a flood costs the built `summit-server`: its threads stay within
//! the bounded runtime and its memory under the bound the README states.

use summit_quiz::proto::GenerateQuestionsRequest;
use summit_quiz::proto::quiz_service_client::QuizServiceClient;
use tonic::Code;
use tonic::transport::Channel;

use crate::helpers::ServerProcess;

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
