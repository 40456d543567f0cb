//! Prints a generated batch, answers included, for reviewing question
//! quality by eye: `cargo run --example preview -- [count] [easy|medium|hard] [seed] [kind]`,
//! where kind is one of mc, tf, blank, short, select, match.

use std::sync::Arc;
use summit_quiz::facts::FactBase;

use summit_quiz::generation::{GenerateRequest, QuestionBank};
use summit_quiz::question::{Difficulty, QuestionKind};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count = args.first().and_then(|a| a.parse().ok()).unwrap_or(12);
    let difficulty = match args.get(1).map(String::as_str) {
        Some("easy") => Difficulty::Easy,
        Some("hard") => Difficulty::Hard,
        _ => Difficulty::Medium,
    };
    let seed = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1);
    let kinds = match args.get(3).map(String::as_str) {
        Some("mc") => vec![QuestionKind::MultipleChoice],
        Some("tf") => vec![QuestionKind::TrueFalse],
        Some("blank") => vec![QuestionKind::FillInTheBlank],
        Some("short") => vec![QuestionKind::ShortAnswer],
        Some("select") => vec![QuestionKind::MultiSelect],
        Some("match") => vec![QuestionKind::Matching],
        _ => Vec::new(),
    };
    let base = FactBase::embedded()?;
    let request = GenerateRequest {
        count,
        difficulty,
        seed,
        kinds,
        ..GenerateRequest::default()
    };
    for (n, question) in QuestionBank::new(Arc::new(base))
        .generate(&request)?
        .questions
        .iter()
        .enumerate()
    {
        println!(
            "{}. [{} · {}] {}",
            n + 1,
            question.kind.name(),
            question.topic,
            question.prompt
        );
        for (i, item) in question.matching_items.iter().enumerate() {
            println!("     {}. {item}", i + 1);
        }
        for choice in &question.choices {
            println!("     {}) {}", choice.label, choice.text);
        }
        println!("   → {}\n", question.canonical_answer);
    }
    Ok(())
}
