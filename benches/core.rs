//! Benchmarks of the pure core: loading the facts, generating questions,
//! rebuilding one from its id, grading typed answers and answering (or
//! declining) a learner's own question.
//!
//! `cargo bench --bench core` (about a minute). Figures are in
//! `benches/RESULTS.md`.

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use summit_quiz::ask::Asker;
use summit_quiz::facts::FactBase;
use summit_quiz::generation::{GenerateRequest, QuestionBank};
use summit_quiz::grading::grade;
use summit_quiz::lang::related::{EMBEDDED_RELATED_JSON, Related};
use summit_quiz::question::{AnswerKey, Difficulty, Question, QuestionKind};

const SEED: u64 = 20_250_617;

fn medium(count: usize) -> GenerateRequest {
    GenerateRequest {
        count,
        difficulty: Difficulty::Medium,
        seed: SEED,
        ..GenerateRequest::default()
    }
}

/// One question of `kind` about `fact`, generated with the fixed seed.
fn question(bank: &QuestionBank, kind: QuestionKind, fact: &str) -> Question {
    let request = GenerateRequest {
        count: 1,
        kinds: vec![kind],
        fact_ids: vec![fact.to_owned()],
        ..medium(1)
    };
    bank.generate(&request)
        .expect("the fact can be asked")
        .questions
        .into_iter()
        .next()
        .expect("one question")
}

/// A matching question and its right answer written as "1-B 2-A 3-C".
fn matching(bank: &QuestionBank) -> (Question, String) {
    let request = GenerateRequest {
        kinds: vec![QuestionKind::Matching],
        ..medium(1)
    };
    let question = bank
        .generate(&request)
        .expect("a matching question")
        .questions
        .into_iter()
        .next()
        .expect("one question");
    let AnswerKey::Pairs { pairs } = &question.key else {
        panic!("a matching question has pairs");
    };
    let answer = pairs
        .iter()
        .enumerate()
        .map(|(item, &choice)| format!("{}-{}", item + 1, question.choices[choice].label))
        .collect::<Vec<_>>()
        .join(" ");
    (question, answer)
}

fn benches(c: &mut Criterion) {
    let base = FactBase::embedded().expect("the embedded facts are valid");

    c.bench_function("facts/embedded load+validate", |b| {
        b.iter(|| FactBase::embedded().expect("valid"));
    });

    // Milliseconds to hundreds of milliseconds an iteration: few,
    // equal-sized samples. The service calls the free functions, which
    // build a bank per call; `QuestionBank` methods reuse one.
    let bank = QuestionBank::new(Arc::new(base.clone()));
    let ten = medium(10);
    let hundred = medium(100);
    let mut slow = c.benchmark_group("generation");
    slow.sample_size(10).sampling_mode(SamplingMode::Flat);
    slow.bench_function("QuestionBank::new", |b| {
        b.iter(|| QuestionBank::new(Arc::new(black_box(&base).clone())));
    });
    slow.bench_function("bank.generate 10 medium", |b| {
        b.iter(|| bank.generate(black_box(&ten)).expect("generates"));
    });
    slow.bench_function("bank.generate 100 medium", |b| {
        b.iter(|| bank.generate(black_box(&hundred)).expect("generates"));
    });
    // What GenerateQuestions pays on a running server: a warmed bank and
    // a fresh seed per call, so no memo answers for a repeated request.
    bank.warm();
    let mut seed = SEED;
    slow.bench_function("bank.generate 10 medium, fresh seed", |b| {
        b.iter(|| {
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            bank.generate(black_box(&GenerateRequest { seed, ..medium(10) }))
                .expect("generates")
        });
    });
    // The same, as GenerateQuestions takes it: shared with the bank's
    // pool, not copied.
    slow.bench_function("bank.generate_shared 10 medium, fresh seed", |b| {
        b.iter(|| {
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            bank.generate_shared(black_box(&GenerateRequest { seed, ..medium(10) }))
                .expect("generates")
        });
    });
    let batch = bank.generate(&ten).expect("generates").questions;
    let ids: Vec<&str> = batch.iter().map(|q| q.id.as_str()).collect();
    let mut next = ids.iter().cycle();
    slow.finish();
    c.bench_function("generation/bank.rebuild from id", |b| {
        b.iter(|| {
            bank.rebuild(black_box(next.next().expect("cycle")))
                .expect("rebuilds")
        });
    });

    let (matching_question, matching_answer) = matching(&bank);
    let cases = [
        (
            "grade/short answer \"three thousand\"",
            question(
                &bank,
                QuestionKind::ShortAnswer,
                "training-opportunities-count",
            ),
            "three thousand".to_owned(),
        ),
        (
            "grade/money \"$209m\"",
            question(&bank, QuestionKind::ShortAnswer, "grant-amount-dollars"),
            "$209m".to_owned(),
        ),
        (
            "grade/typo \"Astna\"",
            question(&bank, QuestionKind::ShortAnswer, "treaty-signing-city"),
            "Astna".to_owned(),
        ),
        (
            "grade/slipped phrase \"Belt and Raod projetcs\"",
            question(&bank, QuestionKind::ShortAnswer, "belt-and-road-projects"),
            "Belt and Raod projetcs".to_owned(),
        ),
        (
            "grade/matching (all pairs right)",
            matching_question,
            matching_answer,
        ),
    ];
    let asker = Asker::new(Arc::new(base.clone()));
    c.bench_function("ask/Asker::new (index the facts)", |b| {
        b.iter(|| Asker::new(Arc::new(black_box(&base).clone())));
    });
    // Read once per process, on the first question: what it adds to start-up.
    c.bench_function("ask/Related::parse (WordNet neighbours)", |b| {
        b.iter(|| Related::parse(black_box(EMBEDDED_RELATED_JSON)));
    });
    for (name, question, answered) in [
        ("ask/answerable", "where did they sign the pact", true),
        (
            "ask/unanswerable",
            "Who is the president of Kazakhstan?",
            false,
        ),
    ] {
        assert_eq!(asker.ask(question, None).answered, answered, "{question}");
        c.bench_function(name, |b| b.iter(|| asker.ask(black_box(question), None)));
    }
    // The two questions above are short and read plainly; learners' own
    // questions are longer and more roundabout. Per question, over a
    // fixed sample of the blind sets.
    let mix = held_out_mix();
    let mut group = c.benchmark_group("ask");
    group.throughput(Throughput::Elements(mix.len() as u64));
    group.bench_function("held-out mix (per question)", |b| {
        b.iter(|| {
            for question in &mix {
                black_box(asker.ask(question, None));
            }
        });
    });
    group.finish();

    // Learners' typed answers, right and wrong, as the blind sets hold
    // them: per answer, over a fixed sample.
    let typed = typed_mix(&bank);
    let mut group = c.benchmark_group("grade");
    group.throughput(Throughput::Elements(typed.len() as u64));
    group.bench_function("held-out typed mix (per answer)", |b| {
        b.iter(|| {
            for (question, answer) in &typed {
                black_box(grade(question, answer));
            }
        });
    });
    group.finish();

    for (name, question, answer) in &cases {
        // A benchmark of a wrong verdict would measure the wrong path.
        assert!(
            grade(question, answer).correct,
            "{name}: `{answer}` is not accepted"
        );
        c.bench_function(name, |b| {
            b.iter(|| grade(black_box(question), black_box(answer)));
        });
    }
}

/// The text of each blind set in `tests/heldout` whose file name starts
/// with `prefix`, in file-name order.
fn blind_sets(prefix: &str) -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir("tests/heldout")
        .expect("tests/heldout is readable")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with(prefix))
        })
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("a blind set is readable"))
        .collect()
}

/// How far apart the sampled questions stand in the blind sets, in order.
const MIX_STRIDE: usize = 50;

/// Every [`MIX_STRIDE`]th question (answerable or not) of the Ask blind
/// sets in `tests/heldout`, read in file-name order.
fn held_out_mix() -> Vec<String> {
    let mut questions = Vec::new();
    for text in blind_sets("ask_") {
        let set: serde_json::Value = serde_json::from_str(&text).expect("a blind set is JSON");
        for part in ["answerable", "unanswerable"] {
            for item in set[part].as_array().into_iter().flatten() {
                if let Some(question) = item["q"].as_str() {
                    questions.push(question.to_string());
                }
            }
        }
    }
    questions.into_iter().step_by(MIX_STRIDE).collect()
}

/// How far apart the sampled answers stand in the typed blind sets.
const TYPED_MIX_STRIDE: usize = 40;

/// Every [`TYPED_MIX_STRIDE`]th answer of the typed blind sets in
/// `tests/heldout` (file-name order), with the question its id rebuilds.
fn typed_mix(bank: &QuestionBank) -> Vec<(Question, String)> {
    let mut answers = Vec::new();
    for text in blind_sets("typed_") {
        let set: Vec<serde_json::Value> = serde_json::from_str(&text).expect("a typed set is JSON");
        for item in set {
            if let (Some(id), Some(answer)) = (item["id"].as_str(), item["answer"].as_str())
                && let Ok(question) = bank.rebuild(id)
            {
                answers.push((question, answer.to_string()));
            }
        }
    }
    answers.into_iter().step_by(TYPED_MIX_STRIDE).collect()
}

criterion_group! {
    name = core;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(core);
