//! Invariants of Ask over arbitrary text.

use std::sync::{Arc, LazyLock};

use proptest::prelude::*;

use super::Asker;
use crate::facts::FactBase;

static ASKER: LazyLock<Asker> =
    LazyLock::new(|| Asker::new(Arc::new(FactBase::embedded().expect("valid facts"))));

/// Questions built from article words, wh-words and noise, so that many
/// of them match something.
fn questionish() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "who",
        "where",
        "when",
        "how",
        "many",
        "much",
        "what",
        "which",
        "the",
        "treaty",
        "signed",
        "Astana",
        "grant",
        "yuan",
        "Xi",
        "summit",
        "president",
        "Kazakhstan",
        "France",
        "centres",
        "3,000",
        "1.5",
        "$209",
        "years",
        "took",
        "place",
        "speed",
        "up",
        "?",
        "China's",
        "’s",
        "zxqv",
        "",
        "-",
        "É",
        "\u{0301}",
        "is",
        "was",
        // The frames of the re-readings: a choice set before the
        // question, a kind, a comparison, a member of a series.
        "Of,",
        "between",
        "and",
        "or",
        "a",
        "city",
        "bigger,",
        "older,",
        "next",
        "one",
        "point",
        "of",
        // The ask41 round's: a mention and its speaker, a year, a side,
        // a listing request, a dropped "do", a remark before a question.
        "say",
        "anything",
        "about",
        "did",
        "has",
        "in",
        "2027",
        "from",
        "side",
        "name",
        "list",
        "called",
        "kindly",
        "supposed",
        "to",
        "that",
        "wondering,",
        "'law",
        "jungle'",
    ]);
    prop::collection::vec(words, 0..12).prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn ask_never_panics_and_keeps_its_promises(question in prop_oneof![any::<String>(), questionish()]) {
        let answer = ASKER.ask(&question, None);
        prop_assert!((0.0..=1.0).contains(&answer.confidence), "{answer:?}");
        prop_assert!(!answer.answer.trim().is_empty());
        if answer.answered {
            prop_assert!(!answer.citations.is_empty() && !answer.fact_ids.is_empty());
            prop_assert!(answer.suggestions.is_empty());
            prop_assert!(answer.confidence >= super::THRESHOLD);
        } else {
            prop_assert!(answer.citations.is_empty() && answer.fact_ids.is_empty());
            prop_assert!(!answer.suggestions.is_empty());
        }
    }

    #[test]
    fn asking_is_deterministic(question in questionish()) {
        prop_assert_eq!(ASKER.ask(&question, None), ASKER.ask(&question, None));
    }
}
