//! Prints many GenerateQuestions batches in full, to compare two builds
//! byte for byte: `cargo run --release --example golden_batches [-- --warm]
//! > FILE`, once per build, then `cmp` the files.
//!
//! Each request goes through the gRPC handler (`QuizService::generate_questions`)
//! and its reply is printed as the encoded protobuf bytes (hex), then the same
//! request through `QuestionBank::generate`, printed as the questions'
//! `Debug` form (which adds what the wire hides: the answer key, canonical
//! answer, explanation and citations). The requests cover every kind filter,
//! every difficulty, topic and fact filters and counts 1 to 100; `--warm`
//! warms the bank first (the variant pool and the per-kind eligible facts),
//! as a server does at start-up, which takes another path through the draws.
use std::io::Write;
use std::sync::Arc;

use prost::Message;
use summit_quiz::facts::FactBase;
use summit_quiz::generation::{GenerateRequest, QuestionBank};
use summit_quiz::proto;
use summit_quiz::proto::quiz_service_server::QuizService;
use summit_quiz::question::{Difficulty, QuestionKind};
use summit_quiz::service::{QuizApi, convert};
use summit_quiz::store::{DatabaseUrl, SessionLimits, SqlStore};

/// Seeds per kind filter and difficulty.
const SEEDS: u64 = 120;

fn kind_filters() -> Vec<Vec<QuestionKind>> {
    let mut kinds: Vec<Vec<QuestionKind>> = vec![vec![]];
    kinds.extend(QuestionKind::ALL.iter().map(|&kind| vec![kind]));
    kinds.push(vec![
        QuestionKind::MultipleChoice,
        QuestionKind::Matching,
        QuestionKind::TrueFalse,
    ]);
    kinds.push(vec![
        QuestionKind::FillInTheBlank,
        QuestionKind::ShortAnswer,
        QuestionKind::MultiSelect,
    ]);
    kinds
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = Arc::new(FactBase::embedded()?);
    let bank = Arc::new(QuestionBank::new(Arc::clone(&base)));
    if std::env::args().any(|arg| arg == "--warm") {
        bank.warm();
    }
    let store = SqlStore::open(&DatabaseUrl::memory(), SessionLimits::default()).await?;
    let api = QuizApi::new(Arc::clone(&bank), Arc::new(store));
    let topics: Vec<String> = base.topics().iter().map(|t| t.name.clone()).collect();
    let ids: Vec<String> = base.facts().iter().map(|f| f.id.clone()).collect();
    let out = std::io::stdout();
    let mut out = out.lock();
    let (mut requests, mut questions) = (0u64, 0u64);
    for seed in 1..=SEEDS {
        for (ki, kinds) in kind_filters().iter().enumerate() {
            for difficulty in Difficulty::ALL {
                let count = [1usize, 10, 25, 100][(seed as usize + ki) % 4];
                let mut request = GenerateRequest {
                    count,
                    kinds: kinds.clone(),
                    difficulty,
                    seed: seed * 7919 + ki as u64,
                    ..Default::default()
                };
                match seed % 5 {
                    1 => request.topics = vec![topics[seed as usize % topics.len()].clone()],
                    2 => {
                        request.fact_ids = ids
                            .iter()
                            .skip(seed as usize % 7)
                            .step_by(3)
                            .cloned()
                            .collect()
                    }
                    3 => request.topics = topics.iter().take(2).cloned().collect(),
                    _ => {}
                }
                requests += 1;
                writeln!(out, "REQ {seed} {ki} {difficulty:?} {count}")?;
                let wire = proto::GenerateQuestionsRequest {
                    count: i32::try_from(count)?,
                    kinds: kinds
                        .iter()
                        .map(|&k| convert::question_kind(k) as i32)
                        .collect(),
                    topics: request.topics.clone(),
                    fact_ids: request.fact_ids.clone(),
                    difficulty: convert::difficulty(difficulty) as i32,
                    seed: request.seed,
                    source_id: String::new(),
                };
                match api.generate_questions(tonic::Request::new(wire)).await {
                    Ok(reply) => writeln!(out, "wire {}", hex(&reply.get_ref().encode_to_vec()))?,
                    Err(status) => {
                        writeln!(out, "wire ERR {:?} {}", status.code(), status.message())?
                    }
                }
                match bank.generate(&request) {
                    Ok(generated) => {
                        writeln!(out, "note {:?}", generated.note)?;
                        for question in generated.questions {
                            questions += 1;
                            writeln!(out, "{question:?}")?;
                        }
                    }
                    Err(error) => writeln!(out, "ERR {error}")?,
                }
            }
        }
    }
    eprintln!("{requests} requests, {questions} questions");
    Ok(())
}
