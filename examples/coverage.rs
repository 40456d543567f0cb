//! How many distinct questions each kind can ask of the embedded facts:
//! `cargo run --release --example coverage`. For every fact and kind it
//! renders the question under 200 seeds and counts the distinct ones
//! (wordings, distractor draws and option orders).

use std::collections::BTreeSet;
use std::sync::Arc;

use summit_quiz::facts::FactBase;
use summit_quiz::generation::QuestionBank;
use summit_quiz::question::{Difficulty, QuestionKind};
use summit_quiz::question_id::QuestionSpec;

const SEEDS: u32 = 200;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bank = QuestionBank::new(Arc::new(FactBase::embedded()?));
    let facts = bank.facts().facts();
    println!("{} facts, {} sentences cited", facts.len(), cited(&bank));
    println!(
        "{:<18} {:>14} {:>22}",
        "kind", "facts usable", "distinct per fact"
    );
    for kind in QuestionKind::ALL
        .into_iter()
        .filter(|k| *k != QuestionKind::Matching)
    {
        let mut usable = 0;
        let mut total = 0;
        for index in 0..facts.len() {
            let mut seen = BTreeSet::new();
            for seed in 0..SEEDS {
                let difficulty = Difficulty::ALL[(seed % 3) as usize];
                let spec = QuestionSpec {
                    fingerprint: bank.facts().fingerprint(),
                    kind,
                    difficulty,
                    facts: vec![u16::try_from(index)?],
                    seed,
                };
                let Some(id) = bank.facts().encode_spec(&spec) else {
                    continue;
                };
                if let Ok(question) = bank.rebuild(&id) {
                    let options: Vec<String> =
                        question.choices.into_iter().map(|c| c.text).collect();
                    seen.insert((question.prompt, options));
                }
            }
            if !seen.is_empty() {
                usable += 1;
                total += seen.len();
            }
        }
        let mean = total as f64 / f64::from(usable.max(1));
        println!("{:<18} {:>14} {:>22.1}", kind.name(), usable, mean);
    }
    Ok(())
}

fn cited(bank: &QuestionBank) -> usize {
    let cited: BTreeSet<(String, u32)> = bank
        .facts()
        .facts()
        .iter()
        .map(|fact| (fact.source_id.clone(), fact.citation.sentence_index))
        .collect();
    cited.len()
}
