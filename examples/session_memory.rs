//! Measures what one stored quiz session costs in heap memory:
//! `cargo run --release --example session_memory -- [quizzes-per-size]`.
//!
//! A counting global allocator tracks live heap bytes. For quizzes of 10 and
//! 50 questions, every question answered (right, wrong, typed or skipped in
//! turn, as a learner would), it reports
//! - the session's own heap bytes (its questions, answers and grades), and
//! - the store's footprint per session: the live-byte growth of a
//!   `MemoryStore` holding that many such sessions, map and locks included,
//!   and the process's resident-set growth meanwhile (Linux, 4 KiB pages),
//!   which adds what the allocator spends on rounding and headers,
//!
//! and the memory the store's footprint implies at the default cap.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::SystemTime;

use summit_quiz::facts::FactBase;
use summit_quiz::generation::{GenerateRequest, QuestionBank};
use summit_quiz::question::{AnswerKey, Difficulty, Question};
use summit_quiz::session::{LearnerName, QuizId, QuizSession, Submission};
use summit_quiz::store::{MemoryStore, QuizStore, SessionLimits};

/// The system allocator, counting the bytes currently allocated.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

fn signed(size: usize) -> isize {
    isize::try_from(size).unwrap_or(isize::MAX)
}

// SAFETY: every call is forwarded unchanged to `System`; the counter is a
// side effect only.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(signed(layout.size()), Ordering::Relaxed);
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(signed(layout.size()), Ordering::Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(signed(layout.size()), Ordering::Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(signed(new_size) - signed(layout.size()), Ordering::Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

/// Resident bytes, where `/proc` says (Linux).
fn resident() -> Option<isize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: isize = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// What a learner who knows the answer would type.
fn right_answer(question: &Question) -> String {
    match &question.key {
        AnswerKey::Single { correct } => question.choices[*correct].label.clone(),
        AnswerKey::Multi { correct } => correct
            .iter()
            .map(|&i| question.choices[i].label.clone())
            .collect::<Vec<_>>()
            .join(", "),
        AnswerKey::Pairs { pairs } => pairs
            .iter()
            .enumerate()
            .map(|(item, &choice)| format!("{}-{}", item + 1, question.choices[choice].label))
            .collect::<Vec<_>>()
            .join(" "),
        AnswerKey::Text { expected, .. } => expected.clone(),
    }
}

/// A wrong answer the question still takes.
fn wrong_answer(question: &Question) -> String {
    match &question.key {
        AnswerKey::Single { correct } => question.choices[(correct + 1) % question.choices.len()]
            .label
            .clone(),
        AnswerKey::Multi { .. } => question.choices[0].label.clone(),
        AnswerKey::Pairs { pairs } => (1..=pairs.len())
            .map(|item| format!("{item}-A"))
            .collect::<Vec<_>>()
            .join(" "),
        AnswerKey::Text { .. } => "the Xi'an summit declaration".to_string(),
    }
}

/// Right, wrong, right, skipped, in turn.
fn submission(index: usize, question: &Question) -> Submission {
    match index % 4 {
        0 | 2 => Submission::Answer(right_answer(question)),
        1 => Submission::Answer(wrong_answer(question)),
        _ => Submission::Skip,
    }
}

fn generate(bank: &QuestionBank, count: usize, seed: u64) -> Vec<Question> {
    bank.generate(&GenerateRequest {
        count,
        difficulty: Difficulty::Medium,
        seed,
        ..GenerateRequest::default()
    })
    .map(|batch| batch.questions)
    .unwrap_or_default()
}

/// A session over `questions`, every one answered.
fn answered(bank: &QuestionBank, questions: &[Question], seed: u64) -> QuizSession {
    let learner = LearnerName::parse("Aigerim").unwrap_or_default();
    let mut session = QuizSession::new(
        QuizId::random(),
        learner,
        seed,
        questions,
        SystemTime::UNIX_EPOCH,
    );
    for (index, question) in questions.iter().enumerate() {
        if let Err(error) = session.submit(&question.id, submission(index, question), bank) {
            eprintln!("question {index} refused: {error}");
        }
    }
    session
}

fn main() {
    let per_size: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    let Ok(base) = FactBase::embedded() else {
        eprintln!("the embedded facts did not load");
        return;
    };
    let bank = QuestionBank::new(Arc::new(base));
    let cap = SessionLimits::DEFAULT_MAX_SESSIONS;
    println!(
        "{:>9} {:>14} {:>13} {:>13} {:>18}",
        "questions", "session bytes", "stored bytes", "RSS bytes", "at the 10,000 cap"
    );
    for count in [10, 50] {
        // Warm up lazily initialised statics (grading tables, the matching
        // pair cache) so they are not charged to the first session.
        for seed in 1..=4 {
            let questions = generate(&bank, count, seed);
            drop(answered(&bank, &questions, seed));
        }
        let batches: Vec<Vec<Question>> =
            (1..=16).map(|seed| generate(&bank, count, seed)).collect();
        // One session at a time: its own heap.
        let mut own = 0isize;
        for (seed, questions) in (1..).zip(&batches) {
            let before = live();
            let session = answered(&bank, questions, seed);
            own += live() - before;
            drop(session);
        }
        let own = own / signed(batches.len());
        // Many sessions in a store: the footprint per session.
        let store = MemoryStore::new(SessionLimits {
            max_sessions: per_size,
            ..SessionLimits::default()
        });
        let (before, resident_before) = (live(), resident());
        for index in 0..per_size {
            let questions = &batches[index % batches.len()];
            if let Err(error) = store.insert(answered(&bank, questions, index as u64)) {
                eprintln!("not stored: {error}");
            }
        }
        let stored = (live() - before) / signed(per_size);
        let rss = match (resident_before, resident()) {
            (Some(before), Some(after)) => ((after - before) / signed(per_size)).to_string(),
            _ => "?".into(),
        };
        let at_cap = stored as f64 * cap as f64 / 1e6;
        println!("{count:>9} {own:>14} {stored:>13} {rss:>13} {at_cap:>15.0} MB");
    }
}
