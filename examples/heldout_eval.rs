//! Scores Ask and the grader on a held-out set written by people who saw
//! only the article, before anyone tuned on it:
//!
//! `cargo run --release --example heldout_eval -- --ask ASK.json --typed TYPED.json`
//!
//! ASK.json is `{"answerable": [{"q", "expect": [...]}], "unanswerable": [{"q"}]}`;
//! a reply is right when it holds every expected phrase ("A|B" takes
//! either), and a first "yes"/"no" must open it. TYPED.json is a list of
//! `{"id", "answer", "verdict": "right"|"partial"|"wrong"}`: each answer is
//! graded against the question its id rebuilds, and only full credit counts
//! as right. Prints the figures and every disagreement.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Parser;
use serde::Deserialize;
use summit_quiz::ask::Asker;
use summit_quiz::ask::scoring::reply_is_right;
use summit_quiz::facts::FactBase;
use summit_quiz::generation::QuestionBank;
use summit_quiz::grading::grade;

/// Score Ask and grading on held-out sets.
#[derive(Parser)]
struct Args {
    /// Held-out Ask questions.
    #[arg(long)]
    ask: Vec<PathBuf>,
    /// Held-out typed answers, keyed by question id.
    #[arg(long)]
    typed: Vec<PathBuf>,
    /// Print each typed disagreement's question prompt under it.
    #[arg(long)]
    prompts: bool,
}

#[derive(Deserialize)]
struct AskSet {
    answerable: Vec<Answerable>,
    unanswerable: Vec<Unanswerable>,
}

#[derive(Deserialize)]
struct Answerable {
    q: String,
    expect: Vec<String>,
}

#[derive(Deserialize)]
struct Unanswerable {
    q: String,
}

#[derive(Deserialize)]
struct Typed {
    id: String,
    answer: String,
    verdict: String,
    #[serde(default)]
    why: String,
}

fn score_ask(asker: &Asker, set: &AskSet) {
    let (mut right, mut wrong, mut refused) = (0, Vec::new(), Vec::new());
    for item in &set.answerable {
        let answer = asker.ask(&item.q, None);
        if !answer.answered {
            refused.push(format!("  refused {:?} want {:?}", item.q, item.expect));
        } else if reply_is_right(&answer.answer, &item.expect) {
            right += 1;
        } else {
            wrong.push(format!(
                "  WRONG {:?} -> {:?} want {:?}",
                item.q, answer.answer, item.expect
            ));
        }
    }
    let answered_unanswerable: Vec<String> = set
        .unanswerable
        .iter()
        .filter_map(|item| {
            let answer = asker.ask(&item.q, None);
            answer
                .answered
                .then(|| format!("  ANSWERED {:?} -> {:?}", item.q, answer.answer))
        })
        .collect();
    println!(
        "Ask: {right}/{} right ({:.1} %), {} wrong, {} refused; unanswerable abstained {}/{}; confident wrong {}",
        set.answerable.len(),
        100.0 * right as f64 / set.answerable.len().max(1) as f64,
        wrong.len(),
        refused.len(),
        set.unanswerable.len() - answered_unanswerable.len(),
        set.unanswerable.len(),
        wrong.len() + answered_unanswerable.len()
    );
    for line in wrong.iter().chain(&answered_unanswerable).chain(&refused) {
        println!("{line}");
    }
}

fn score_typed(bank: &QuestionBank, answers: &[Typed], prompts: bool) {
    let (mut agreed, mut lines, mut false_accepts) = (0, Vec::new(), 0);
    for item in answers {
        let question = match bank.rebuild(&item.id) {
            Ok(question) => question,
            Err(error) => {
                lines.push(format!("  id {} does not rebuild: {error}", item.id));
                continue;
            }
        };
        let graded = grade(&question, &item.answer);
        if graded.correct == (item.verdict == "right") {
            agreed += 1;
            continue;
        }
        false_accepts += usize::from(graded.correct);
        lines.push(format!(
            "  {} {:?} -> {:?} ({}, {}): graded {:.2} {:?}",
            if graded.correct {
                "FALSE ACCEPT"
            } else {
                "false refusal"
            },
            question.canonical_answer,
            item.answer,
            item.verdict,
            item.why,
            graded.score,
            graded.feedback
        ));
        if prompts {
            lines.push(format!("      prompt: {:?}", question.prompt));
        }
    }
    println!(
        "Grading: {agreed}/{} agree ({:.1} %), {false_accepts} false accepts",
        answers.len(),
        100.0 * agreed as f64 / answers.len().max(1) as f64
    );
    for line in &lines {
        println!("{line}");
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let facts = Arc::new(FactBase::embedded()?);
    let asker = Asker::new(facts.clone());
    for path in &args.ask {
        println!("== {}", path.display());
        score_ask(
            &asker,
            &serde_json::from_str(&std::fs::read_to_string(path)?)?,
        );
    }
    let bank = QuestionBank::new(facts);
    for path in &args.typed {
        println!("== {}", path.display());
        let answers: Vec<Typed> = serde_json::from_str(&std::fs::read_to_string(path)?)?;
        score_typed(&bank, &answers, args.prompts);
    }
    Ok(())
}
