//! The leak checks' texts and masks: which facts' keys (answers and list
//! items) each text a fact can show prints, worked out once per bank, and
//! the same turned around, so that a batch keeps, as each question is
//! chosen, the facts every wording of which would now print a key the
//! batch asks for.

use crate::facts::Fact;
use crate::question::QuestionKind;

use super::QuestionBank;
use super::pool::Bits;

/// `text` folded for phrase search and padded with a space on each side:
/// `holds(&folded(h), &folded(n))` is exactly
/// [`crate::text::contains_phrase`]`(h, n)`, with the folding done once.
pub(super) fn folded(text: &str) -> String {
    format!(" {} ", crate::text::normalize_keep_articles(text))
}

/// Whether the [`folded`] `haystack` contains the [`folded`] phrase
/// `needle` (a phrase with no words is never contained).
pub(super) fn holds(haystack: &str, needle: &str) -> bool {
    needle.len() > 2 && haystack.contains(needle)
}

/// A fact's texts the leak checks look at, [`folded`] once per bank.
#[derive(Debug)]
pub(super) struct FoldedFact {
    /// The answer and its list items.
    pub(super) keys: Vec<String>,
    /// The statement (what a fill-in-the-blank shows).
    pub(super) statement: String,
    /// The true claim (what a true/false statement shows).
    pub(super) claim: String,
    /// The question wordings (what the other kinds show).
    pub(super) questions: Vec<String>,
}

impl FoldedFact {
    pub(super) fn new(fact: &Fact) -> FoldedFact {
        FoldedFact {
            keys: std::iter::once(&fact.answer)
                .chain(&fact.items)
                .map(|key| folded(key))
                .collect(),
            statement: folded(&fact.statement),
            claim: folded(&fact.claim_with(&fact.answer)),
            questions: fact.questions.iter().map(|text| folded(text)).collect(),
        }
    }
}

/// For one fact, per text it can show (the statement a fill-in-the-blank
/// shows, the true claim, each question wording): the facts one of whose
/// keys that text prints ([`holds`] over the [`folded`] texts). Worked out
/// once per fact, so checking a fresh fact against the batch's keys is a
/// bit test.
#[derive(Debug)]
pub(super) struct LeakMasks {
    pub(super) statement: Bits,
    pub(super) claim: Bits,
    pub(super) questions: Vec<Bits>,
}

impl LeakMasks {
    pub(super) fn new(bank: &QuestionBank, fact: &FoldedFact) -> LeakMasks {
        let printed_by = |text: &str| {
            let mut set = Bits::default();
            for other in 0..bank.facts().facts().len() {
                if bank
                    .folded(other)
                    .is_some_and(|other| other.keys.iter().any(|key| holds(text, key)))
                {
                    set.insert(other);
                }
            }
            set
        };
        LeakMasks {
            statement: printed_by(&fact.statement),
            claim: printed_by(&fact.claim),
            questions: fact.questions.iter().map(|text| printed_by(text)).collect(),
        }
    }
}

/// The texts a kind shows of its main fact, as a number: the statement (a
/// fill-in-the-blank), the true claim (a true/false statement), or one of
/// the question wordings (the other kinds).
pub(super) fn wording_class(kind: QuestionKind) -> usize {
    match kind {
        QuestionKind::FillInTheBlank => 0,
        QuestionKind::TrueFalse => 1,
        _ => 2,
    }
}

/// [`LeakMasks`] of every fact turned around: per fact, the texts of other
/// facts that print one of its keys. Worked out once per bank from all
/// the masks, so a batch learns what a newly asked fact makes leak in a
/// few set operations instead of testing every fact again on every draw.
#[derive(Debug, Default)]
pub(super) struct Printers {
    /// Per fact: the facts whose statement prints one of its keys, and the
    /// facts whose true claim does.
    statement: Vec<Bits>,
    claim: Vec<Bits>,
    /// Per fact: the question wordings printing one of its keys, by
    /// their numbers (every fact's wordings numbered in turn).
    questions: Vec<Vec<usize>>,
    /// Per wording number: the fact it belongs to.
    wording_fact: Vec<usize>,
    /// Per fact: how many question wordings it has.
    wordings: Vec<usize>,
}

impl Printers {
    pub(super) fn new(bank: &QuestionBank) -> Printers {
        let count = bank.facts().facts().len();
        let mut printers = Printers {
            statement: vec![Bits::default(); count],
            claim: vec![Bits::default(); count],
            questions: vec![Vec::new(); count],
            wording_fact: Vec::new(),
            wordings: vec![0; count],
        };
        for fact in 0..count {
            let Some(masks) = bank.leak_masks(fact) else {
                continue;
            };
            for printed in masks.statement.iter() {
                if let Some(set) = printers.statement.get_mut(printed) {
                    set.insert(fact);
                }
            }
            for printed in masks.claim.iter() {
                if let Some(set) = printers.claim.get_mut(printed) {
                    set.insert(fact);
                }
            }
            for wording in &masks.questions {
                let number = printers.wording_fact.len();
                printers.wording_fact.push(fact);
                for printed in wording.iter() {
                    if let Some(list) = printers.questions.get_mut(printed) {
                        list.push(number);
                    }
                }
            }
            printers.wordings[fact] = masks.questions.len();
        }
        printers
    }
}

/// One batch's view of the leak masks: per wording class, the facts every
/// wording of which (of that class; at least one) prints a key of a fact
/// the batch asks for. Grows as facts are asked ([`Printed::answer`]);
/// `Progress::fact_leaks` reads it.
#[derive(Debug, Default)]
pub(super) struct Printed {
    every_wording: [Bits; 3],
    /// The question wordings that print an asked key, by number, and per
    /// fact how many of its wordings do.
    printing: Bits,
    printing_per_fact: Vec<usize>,
}

impl Printed {
    /// Notes that the batch now asks for the keys of the fact at `index`
    /// (call once per fact).
    pub(super) fn answer(&mut self, printers: &Printers, index: usize) {
        let [statement, claim, questions] = &mut self.every_wording;
        if let Some(set) = printers.statement.get(index) {
            statement.union_with(set);
        }
        if let Some(set) = printers.claim.get(index) {
            claim.union_with(set);
        }
        for &number in printers.questions.get(index).map_or(&[][..], Vec::as_slice) {
            if self.printing.contains(number) {
                continue;
            }
            self.printing.insert(number);
            let Some(&fact) = printers.wording_fact.get(number) else {
                continue;
            };
            if self.printing_per_fact.len() <= fact {
                self.printing_per_fact.resize(fact + 1, 0);
            }
            self.printing_per_fact[fact] += 1;
            if printers.wordings.get(fact) == Some(&self.printing_per_fact[fact]) {
                questions.insert(fact);
            }
        }
    }

    /// The facts every wording of which a kind could show prints an asked key.
    pub(super) fn every_wording(&self, kind: QuestionKind) -> &Bits {
        &self.every_wording[wording_class(kind)]
    }
}
