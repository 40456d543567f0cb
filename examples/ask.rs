//! Asks the built-in fact base a question and shows why it answered as it
//! did, for tuning the ranking by eye:
//! `cargo run --example ask -- "where was the treaty signed?"`.
//!
//! Prints the reply as the Ask RPC would give it (answer, confidence, facts,
//! citations, suggestions), then how the question was read (intent and
//! weighted terms, `*` marking names) and the top candidates: confidence,
//! re-ranking hint, raw BM25F score, whether the answer span leads, fact id.
//! Several questions may be given as separate arguments.

use std::io::{self, Write};
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
    let mut out = std::io::stdout().lock();
    for (n, question) in questions.iter().enumerate() {
        // A closed pipe (`| head`) ends the run quietly instead of panicking.
        if (n > 0 && writeln!(out).is_err()) || show(&mut out, &asker, question).is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}

/// Writes one question's reply and ranking.
fn show(out: &mut impl Write, asker: &Asker, question: &str) -> io::Result<()> {
    let answer = asker.ask(question, None);
    writeln!(out, "Q: {question}")?;
    writeln!(out, "A: {}", answer.answer)?;
    let verdict = if answer.answered {
        "answered"
    } else {
        "abstained"
    };
    writeln!(
        out,
        "   {verdict} with confidence {:.2} (threshold {THRESHOLD})",
        answer.confidence
    )?;
    if !answer.fact_ids.is_empty() {
        writeln!(out, "   facts: {}", answer.fact_ids.join(", "))?;
    }
    for citation in &answer.citations {
        writeln!(
            out,
            "   cites {} sentence {}: {}",
            citation.source_id, citation.sentence_index, citation.text
        )?;
    }
    for suggestion in &answer.suggestions {
        writeln!(out, "   suggests: {suggestion}")?;
    }
    writeln!(out, "Ranking:")?;
    for line in asker.explain(question) {
        writeln!(out, "  {line}")?;
    }
    Ok(())
}
