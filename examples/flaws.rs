//! Which item-writing flaws keep each fact out of each kind:
//! `cargo run --example flaws`. For every fact and single-fact kind it
//! renders 30 seeds without the flaw gate and prints the facts a kind can
//! never ask cleanly, with the flaws found; then, per answer class, how
//! many facts matching can draw on. Use it when editing the fact data.

use std::collections::BTreeMap;
use std::sync::Arc;

use summit_quiz::facts::FactBase;
use summit_quiz::generation::QuestionBank;
use summit_quiz::question::{Difficulty, QuestionKind};
use summit_quiz::question_id::QuestionSpec;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bank = QuestionBank::new(Arc::new(FactBase::embedded()?));
    let facts = bank.facts().facts();
    for (index, fact) in facts.iter().enumerate() {
        for kind in QuestionKind::ALL
            .into_iter()
            .filter(|k| *k != QuestionKind::Matching)
        {
            let mut clean = 0;
            let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
            for seed in 0..30u32 {
                let spec = QuestionSpec {
                    fingerprint: bank.facts().fingerprint(),
                    kind,
                    difficulty: Difficulty::ALL[(seed % 3) as usize],
                    facts: vec![u16::try_from(index)?],
                    seed,
                };
                if let Ok((_, flaws)) = bank.review_spec(&spec) {
                    if flaws.is_empty() {
                        clean += 1;
                    }
                    for flaw in flaws {
                        *seen.entry(flaw.name()).or_default() += 1;
                    }
                }
            }
            if clean == 0 && !seen.is_empty() {
                println!("{:<40} {:<22} {seen:?}", fact.id, kind.name());
            }
        }
    }
    let mut classes: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for fact in facts {
        classes
            .entry(fact.answer_class())
            .or_default()
            .push(&fact.id);
    }
    for (class, ids) in classes {
        println!("{class:<20} {} {ids:?}", ids.len());
    }
    Ok(())
}
