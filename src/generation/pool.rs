//! The variant pool: for every fact × kind × difficulty, a fixed set of
//! spec seeds rendered and flaw-checked once, so a GenerateQuestions call
//! only draws from finished questions instead of rendering and checking
//! dozens of candidates.
//!
//! A pooled question is an ordinary question with an ordinary id (the seed
//! is one of [`VARIANTS`] fixed per fact × kind × difficulty), so it
//! rebuilds byte-identically through the normal rebuild path, and every id
//! issued before the pool existed still rebuilds as it did. The pool only
//! narrows which seeds new batches use. Each cell is filled on first use or
//! by `QuestionBank::warm`, and its content is the same whoever fills it,
//! so a batch is a function of its request alone.

use std::hash::BuildHasher;
use std::sync::Arc;

use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::facts::Fact;
use crate::question::{AnswerKey, Difficulty, Question, QuestionKind};
use crate::question_id::{QuestionSpec, fact_key};

use super::{QuestionBank, folded, holds, prompt_key, prompt_penalty, shown_text};

/// Seeds tried per fact × kind × difficulty. Only seeds that show the
/// learner something new (another wording, option set or matching set;
/// not merely another order) are kept, so the pool holds each cell's
/// variety, not its repeats, and a cell with one possible wording (most
/// clozes) costs one question.
pub(super) const VARIANTS: usize = 48;

/// Cells keep every seed's question, repeats included, up to this many.
const FEW_VARIANTS: usize = 4;

/// The spec seeds a fact is asked with in a kind and difficulty: fixed,
/// and derived from the fact's id, so they survive reordering and other
/// facts' edits.
pub(super) fn seeds(fact: &Fact, kind: QuestionKind, difficulty: Difficulty) -> [u32; VARIANTS] {
    let mut rng = ChaCha8Rng::seed_from_u64(
        (u64::from(fact_key(&fact.id)) << 16)
            | (u64::from(kind.code()) << 8)
            | u64::from(difficulty.code()),
    );
    std::array::from_fn(|_| rng.next_u32())
}

/// The cell of a fact, kind and difficulty in `QuestionBank::pool`.
pub(super) fn cell(index: usize, kind: QuestionKind, difficulty: Difficulty) -> usize {
    (index * QuestionKind::ALL.len() + super::kind_slot(kind)) * Difficulty::ALL.len()
        + super::difficulty_slot(difficulty)
}

/// A set of small numbers (fact positions, key numbers) as bits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Bits {
    words: Vec<u64>,
}

impl Bits {
    pub(super) fn insert(&mut self, index: usize) {
        let word = index / 64;
        if self.words.len() <= word {
            self.words.resize(word + 1, 0);
        }
        self.words[word] |= 1 << (index % 64);
    }

    pub(super) fn contains(&self, index: usize) -> bool {
        self.words
            .get(index / 64)
            .is_some_and(|word| word & (1 << (index % 64)) != 0)
    }

    #[cfg(test)]
    pub(super) fn intersects(&self, other: &Bits) -> bool {
        self.words.iter().zip(&other.words).any(|(a, b)| a & b != 0)
    }

    /// Adds every member of `other`.
    pub(super) fn union_with(&mut self, other: &Bits) {
        if self.words.len() < other.words.len() {
            self.words.resize(other.words.len(), 0);
        }
        for (word, more) in self.words.iter_mut().zip(&other.words) {
            *word |= more;
        }
    }

    /// Whether it has no member.
    pub(super) fn is_empty(&self) -> bool {
        self.words.iter().all(|&word| word == 0)
    }

    /// Whether every member is also one of `other`'s.
    pub(super) fn is_subset(&self, other: &Bits) -> bool {
        self.words
            .iter()
            .enumerate()
            .all(|(at, &word)| word & !other.words.get(at).copied().unwrap_or(0) == 0)
    }

    /// Becomes the members of `of` that none of `minus` has (`of` ∖ ⋃
    /// `minus`), reusing its own storage.
    pub(super) fn set_difference(&mut self, of: &Bits, minus: &[&Bits]) {
        self.words.clear();
        self.words
            .extend(of.words.iter().enumerate().map(|(at, &word)| {
                minus.iter().fold(word, |kept, other| {
                    kept & !other.words.get(at).copied().unwrap_or(0)
                })
            }));
    }

    /// Removes every member.
    pub(super) fn clear(&mut self) {
        self.words.clear();
    }

    /// Calls `visit` with each member, smallest first.
    #[inline]
    pub(super) fn for_each(&self, mut visit: impl FnMut(usize)) {
        for (at, &word) in self.words.iter().enumerate() {
            let mut rest = word;
            while rest != 0 {
                visit(at * 64 + rest.trailing_zeros() as usize);
                rest &= rest - 1;
            }
        }
    }

    /// The members, smallest first.
    pub(super) fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(at, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    at * 64 + bit
                })
            })
        })
    }
}

/// One finished candidate: a question that passed the flaw gate, with
/// everything the batch checks read of it worked out once.
#[derive(Debug)]
pub(super) struct Variant {
    pub(super) spec: QuestionSpec,
    /// Shared, so a batch hands it out without copying its texts.
    pub(super) question: Arc<Question>,
    /// [`prompt_key`] of the question: no batch shows one twice.
    pub(super) prompt_key: String,
    /// A hash of `prompt_key`, to look it up by.
    pub(super) prompt_hash: u64,
    /// [`prompt_penalty`] of the question.
    pub(super) penalty: f64,
    /// The keys (numbered by `QuestionBank::keys`) its shown texts print,
    /// and the facts those keys belong to: what the leak checks test.
    pub(super) prints: Bits,
    pub(super) prints_facts: Bits,
    /// The facts it asks about (`spec.facts`), as bits.
    pub(super) facts: Bits,
}

impl Variant {
    pub(super) fn new(bank: &QuestionBank, spec: QuestionSpec, question: Question) -> Variant {
        let shown: Vec<String> = shown_text(&question).into_iter().map(folded).collect();
        let mut prints = Bits::default();
        let mut prints_facts = Bits::default();
        for index in 0..bank.facts().facts().len() {
            let Some(fact) = bank.folded(index) else {
                continue;
            };
            for (key, number) in fact.keys.iter().zip(bank.keys(index)) {
                if shown.iter().any(|text| holds(text, key)) {
                    prints.insert(number);
                    prints_facts.insert(index);
                }
            }
        }
        let prompt_key = prompt_key(&question);
        let mut facts = Bits::default();
        for &index in &spec.facts {
            facts.insert(usize::from(index));
        }
        Variant {
            facts,
            prompt_hash: foldhash::quality::FixedState::default().hash_one(&prompt_key),
            prompt_key,
            penalty: prompt_penalty(&question),
            spec,
            question: Arc::new(question),
            prints,
            prints_facts,
        }
    }
}

/// What a learner sees of a question, whatever the order of the wrong
/// options: its prompt, matching items, set of options, and where the
/// right options sit (kept apart, so the pool keeps the right answer in
/// every position as often as random seeds put it there).
fn shown_set(question: &Question) -> (String, Vec<&str>, String) {
    let mut options: Vec<&str> = question.choices.iter().map(|c| c.text.as_str()).collect();
    options.sort_unstable();
    let right = match &question.key {
        AnswerKey::Single { correct } => format!("{correct}"),
        AnswerKey::Multi { correct } => format!("{correct:?}"),
        AnswerKey::Pairs { pairs } => format!("{pairs:?}"),
        AnswerKey::Text { .. } => String::new(),
    };
    (prompt_key(question), options, right)
}

/// One fact × kind × difficulty of the pool.
#[derive(Debug, Default)]
pub(super) struct Cell {
    /// Each question the seeds show differently, in seed order.
    pub(super) variants: Vec<Arc<Variant>>,
    /// For each seed whose question passed the gate, its variant's
    /// position in `variants`: drawing from these keeps each variant as
    /// likely as it was under a random seed (a true statement as likely
    /// as a false one, however many false ones there are).
    pub(super) draws: Vec<u16>,
}

/// Renders the pooled variants of the fact at `index` as the main fact of
/// `kind`: for each fixed seed (which for matching also picks the partner
/// facts), the question if it passes the flaw gate and shows something no
/// earlier seed's question showed.
pub(super) fn fill(
    bank: &QuestionBank,
    index: usize,
    kind: QuestionKind,
    difficulty: Difficulty,
) -> Cell {
    let facts = bank.facts().facts();
    let Some(fact) = facts.get(index) else {
        return Cell::default();
    };
    if !bank.suits(index, kind) {
        return Cell::default();
    }
    // Matching partners: any fact matching may ask.
    let others: Vec<usize> = if kind == QuestionKind::Matching {
        (0..facts.len())
            .filter(|&i| bank.suits(i, QuestionKind::Matching))
            .collect()
    } else {
        Vec::new()
    };
    // Per shown form: its variants' positions, and how many repeats of it
    // were handed out (they go round its variants, so no one id of a
    // common form is drawn far more often than the others).
    let mut seen: std::collections::BTreeMap<_, (Vec<u16>, usize)> =
        std::collections::BTreeMap::new();
    let mut cell = Cell::default();
    for seed in seeds(fact, kind, difficulty) {
        let chosen = if kind == QuestionKind::Matching {
            let mut rng = ChaCha8Rng::seed_from_u64(u64::from(seed));
            let wanted = super::render::matching_pairs(difficulty);
            super::set_around(bank, index, &others, wanted, &mut rng)
        } else {
            Some(vec![index])
        };
        let Some(chosen) = chosen else {
            continue;
        };
        let spec = QuestionSpec::over(bank.facts().fingerprint(), kind, difficulty, chosen, seed);
        let Ok(question) = super::render::render(bank, &spec) else {
            continue;
        };
        let (prompt, options, right) = shown_set(&question);
        let options: Vec<String> = options.into_iter().map(str::to_owned).collect();
        let shown = (prompt, options, right);
        let Ok(next) = u16::try_from(cell.variants.len()) else {
            continue;
        };
        // A repeat of a known form is still kept while the cell is small,
        // so even a fact with one possible form has other ids (another
        // order, or the same text) for a review to ask it again with.
        let (positions, repeats) = seen.entry(shown).or_default();
        if positions.is_empty() || usize::from(next) < FEW_VARIANTS {
            positions.push(next);
            cell.variants
                .push(Arc::new(Variant::new(bank, spec, question)));
            cell.draws.push(next);
        } else {
            cell.draws.push(positions[*repeats % positions.len()]);
            *repeats += 1;
        }
    }
    cell
}

#[cfg(test)]
mod tests {
    use super::Bits;

    #[test]
    fn bits_iterate_their_members_in_order() {
        let mut bits = Bits::default();
        for n in [130, 0, 63, 64, 5] {
            bits.insert(n);
        }
        assert_eq!(bits.iter().collect::<Vec<_>>(), [0, 5, 63, 64, 130]);
        let mut other = Bits::default();
        other.insert(200);
        assert!(!bits.intersects(&other));
        bits.union_with(&other);
        assert!(bits.contains(200) && bits.intersects(&other));
    }
}
