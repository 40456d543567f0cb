//! Writes a fresh random sample for a blind review of generated questions:
//! one mixed request of 40 medium questions, then 4 of every kind at every
//! difficulty (72; a cell that cannot be filled says so on stderr), never
//! repeating a prompt, numbered, each with its prompt, options or matching
//! items, key and cited sentence, and nothing of the code.
//!
//! `cargo run --release --example review_sample -- --seed 7 --out sample.md --format md`

use std::sync::Arc;

use clap::{Parser, ValueEnum};
use serde_json::json;
use summit_quiz::facts::FactBase;
use summit_quiz::generation::{GenerateRequest, QuestionBank, prompt_key};
use summit_quiz::question::{Difficulty, Question, QuestionKind};

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Md,
    Json,
}

/// Write a blind-review sample of generated questions.
#[derive(Parser)]
struct Args {
    /// Seed of the sample; write it down with the review.
    #[arg(long)]
    seed: u64,
    /// File to write; standard output when absent.
    #[arg(long)]
    out: Option<std::path::PathBuf>,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    /// Size of the mixed medium request.
    #[arg(long, default_value_t = 40)]
    mixed: usize,
    /// Questions per kind and difficulty.
    #[arg(long, default_value_t = 4)]
    per_cell: usize,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let bank = QuestionBank::new(Arc::new(FactBase::embedded()?));
    let mut sample: Vec<(String, Question)> = Vec::new();
    let mixed = bank.generate(&GenerateRequest {
        count: args.mixed,
        seed: args.seed,
        ..GenerateRequest::default()
    })?;
    sample.extend(mixed.questions.into_iter().map(|q| ("mixed".into(), q)));
    for (k, kind) in QuestionKind::ALL.into_iter().enumerate() {
        for (d, difficulty) in Difficulty::ALL.into_iter().enumerate() {
            // Overdraw, then keep the first questions whose prompt the
            // sample has not shown: a reviewer rates each item once.
            let batch = bank.generate(&GenerateRequest {
                count: args.per_cell * 4,
                kinds: vec![kind],
                difficulty,
                seed: args.seed.wrapping_add(1 + (k * 3 + d) as u64),
                ..GenerateRequest::default()
            })?;
            let fresh: Vec<Question> = batch
                .questions
                .into_iter()
                .filter(|q| {
                    !sample
                        .iter()
                        .any(|(_, seen)| prompt_key(seen) == prompt_key(q))
                })
                .take(args.per_cell)
                .collect();
            if fresh.len() < args.per_cell {
                eprintln!(
                    "{} {}: only {} of {} questions",
                    kind.name(),
                    difficulty_name(difficulty),
                    fresh.len(),
                    args.per_cell
                );
            }
            sample.extend(fresh.into_iter().map(|q| ("per kind".into(), q)));
        }
    }
    let text = match args.format {
        Format::Md => markdown(args.seed, &sample),
        Format::Json => serde_json::to_string_pretty(&json!({
            "seed": args.seed,
            "questions": sample.iter().enumerate().map(|(i, (part, q))| json_item(i + 1, part, q)).collect::<Vec<_>>(),
        }))?,
    };
    match args.out {
        Some(path) => std::fs::write(path, text)?,
        None => print!("{text}"),
    }
    Ok(())
}

fn difficulty_name(difficulty: Difficulty) -> &'static str {
    match difficulty {
        Difficulty::Easy => "easy",
        Difficulty::Medium => "medium",
        Difficulty::Hard => "hard",
    }
}

fn markdown(seed: u64, sample: &[(String, Question)]) -> String {
    let mut out = format!(
        "# Blind review sample (seed {seed})\n\n{} questions: a mixed medium request, then a few of every kind at every difficulty.\n",
        sample.len()
    );
    for (number, (part, q)) in sample.iter().enumerate() {
        out.push_str(&format!(
            "\n## {}. {} ({}, {part})\n\n{}\n",
            number + 1,
            q.kind.name(),
            difficulty_name(q.difficulty),
            q.prompt
        ));
        if !q.matching_items.is_empty() {
            out.push('\n');
            for (i, item) in q.matching_items.iter().enumerate() {
                out.push_str(&format!("{}. {item}\n", i + 1));
            }
        }
        if !q.choices.is_empty() {
            out.push('\n');
            for choice in &q.choices {
                out.push_str(&format!("- {}. {}\n", choice.label, choice.text));
            }
        }
        out.push_str(&format!("\n**Key:** {}\n", q.canonical_answer));
        for citation in &q.citations {
            out.push_str(&format!("\n> {}: {}\n", citation.place(), citation.text));
        }
    }
    out
}

fn json_item(number: usize, part: &str, q: &Question) -> serde_json::Value {
    json!({
        "number": number,
        "id": q.id,
        "part": part,
        "kind": q.kind.name(),
        "difficulty": difficulty_name(q.difficulty),
        "prompt": q.prompt,
        "matching_items": q.matching_items,
        "options": q.choices.iter().map(|c| format!("{}. {}", c.label, c.text)).collect::<Vec<_>>(),
        "key": q.canonical_answer,
        "cited_sentences": q.citations.iter().map(|c| json!({"sentence": c.sentence_index, "text": c.text})).collect::<Vec<_>>(),
    })
}
