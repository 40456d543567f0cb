//! Asks the built-in fact base a question and shows why it answered as it
//! did, for tuning the ranking by eye:
//! `cargo run --example ask -- "where was the treaty signed?"`.
//!
//! Prints the reply as the Ask RPC would give it (answer, confidence, facts,
//! citations, suggestions), then how the question was read (intent and
//! weighted terms, `*` marking names) and the top candidates: confidence,
//! re-ranking hint, raw BM25F score, whether the answer span leads, fact id.
//! Several questions may be given as separate arguments.

use std::process::ExitCode;
use std::sync::Arc;

use summit_quiz::ask::{Asker, THRESHOLD};
use summit_quiz::facts::FactBase;

fn main() -> ExitCode {
    let questions: Vec<String> = std::env::args().skip(1).collect();
    if questions.is_empty() {
        eprintln!("usage: cargo run --example ask -- \"QUESTION\" [\"QUESTION\" ...]");
        return ExitCode::from(2);
    }
    let facts = match FactBase::embedded() {
        Ok(facts) => facts,
        Err(error) => {
            eprintln!("the embedded facts are invalid: {error}");
            return ExitCode::FAILURE;
        }
    };
    let asker = Asker::new(Arc::new(facts));
    for (n, question) in questions.iter().enumerate() {
        if n > 0 {
            println!();
        }
        let answer = asker.ask(question, None);
        println!("Q: {question}");
        println!("A: {}", answer.answer);
        println!(
            "   {} with confidence {:.2} (threshold {THRESHOLD})",
            if answer.answered {
                "answered"
            } else {
                "abstained"
            },
            answer.confidence
        );
        if !answer.fact_ids.is_empty() {
            println!("   facts: {}", answer.fact_ids.join(", "));
        }
        for citation in &answer.citations {
            println!(
                "   cites {} sentence {}: {}",
                citation.source_id, citation.sentence_index, citation.text
            );
        }
        for suggestion in &answer.suggestions {
            println!("   suggests: {suggestion}");
        }
        println!("Ranking:");
        for line in asker.explain(question) {
            println!("  {line}");
        }
    }
    ExitCode::SUCCESS
}
