//! Which side a word takes on what follows it: "support multilateralism"
//! is for it, "against multilateralism" or "oppose multilateralism" is
//! against it. General English, read from `data/stance-words.txt` (a
//! small list: WordNet gives no antonym for a preposition, and none
//! between "oppose" and "support"), so a yes/no question that takes the
//! other side than the article is answered "no", not "yes".

use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

use thiserror::Error;

/// The shipped list.
pub const EMBEDDED_STANCE_WORDS: &str = include_str!("../../data/stance-words.txt");

/// The side a word takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    For,
    Against,
}

/// Why a stance list is not usable.
#[derive(Debug, Error, PartialEq)]
pub enum StanceError {
    #[error("line {0}: a word before any [for] or [against] heading")]
    NoSide(usize),
    #[error("line {0}: {1:?} is not one folded word")]
    BadWord(usize, String),
    #[error("{0:?} is listed on both sides")]
    BothSides(String),
    #[error("a side lists no word")]
    EmptySide,
}

/// Stance words by stem.
#[derive(Debug)]
pub struct StanceWords {
    by_stem: HashMap<String, Stance>,
}

impl StanceWords {
    /// The embedded list, read on first use.
    pub fn embedded() -> &'static StanceWords {
        static WORDS: OnceLock<StanceWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            StanceWords::parse(EMBEDDED_STANCE_WORDS)
                .expect("the embedded stance words are valid (checked by their tests)")
        })
    }

    /// Reads a list: `[for]` and `[against]` headings, one folded word a
    /// line, `#` comments.
    pub fn parse(text: &str) -> Result<StanceWords, StanceError> {
        let mut by_stem = HashMap::new();
        let mut side = None;
        let mut counts = [0usize; 2];
        for (at, line) in text.lines().enumerate() {
            let line = line.trim();
            match line {
                "" => continue,
                _ if line.starts_with('#') => continue,
                "[for]" => side = Some(Stance::For),
                "[against]" => side = Some(Stance::Against),
                word => {
                    let side = side.ok_or(StanceError::NoSide(at + 1))?;
                    if !word.chars().all(|c| c.is_ascii_lowercase()) {
                        return Err(StanceError::BadWord(at + 1, word.to_string()));
                    }
                    let stem = super::stem(word);
                    if by_stem.insert(stem, side).is_some_and(|old| old != side) {
                        return Err(StanceError::BothSides(word.to_string()));
                    }
                    counts[usize::from(side == Stance::Against)] += 1;
                }
            }
        }
        if counts.contains(&0) {
            return Err(StanceError::EmptySide);
        }
        Ok(StanceWords { by_stem })
    }

    /// The side a folded word takes, if it takes one.
    pub fn of(&self, word: &str) -> Option<Stance> {
        self.by_stem.get(&super::stem(word)).copied()
    }

    /// Each stance word of the folded `words` with the stance, its
    /// position and the content words it takes a side on: those right
    /// after it, past an article ("against *the* law"), up to two and up
    /// to the first function word.
    pub fn claims<'w>(&self, words: &'w [String]) -> Vec<(Stance, usize, Vec<&'w str>)> {
        words
            .iter()
            .enumerate()
            .filter_map(|(at, word)| {
                let stance = self.of(word)?;
                let targets: Vec<&str> = words[at + 1..]
                    .iter()
                    .skip_while(|w| matches!(w.as_str(), "the" | "a" | "an"))
                    .take_while(|w| !super::is_stopword(w))
                    .take(2)
                    .map(String::as_str)
                    .collect();
                (!targets.is_empty()).then_some((stance, at, targets))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_is_valid() {
        assert!(StanceWords::parse(EMBEDDED_STANCE_WORDS).is_ok());
    }

    #[test]
    fn a_word_on_both_sides_or_before_a_side_is_refused() {
        assert_eq!(
            StanceWords::parse("[for]\nback\n[against]\nback\n").err(),
            Some(StanceError::BothSides("back".to_string()))
        );
        assert_eq!(
            StanceWords::parse("back\n").err(),
            Some(StanceError::NoSide(1))
        );
    }

    #[test]
    fn against_and_support_take_opposite_sides_on_what_follows() {
        let words = StanceWords::embedded();
        let folded = |text: &str| super::super::words(text);
        let against = folded("did they come out against multilateralism");
        let claims = words.claims(&against);
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].0, Stance::Against);
        assert_eq!(claims[0].2, vec!["multilateralism"]);
        let support = folded("they committed to support multilateralism, and defend justice");
        let sides: Vec<Stance> = words.claims(&support).iter().map(|c| c.0).collect();
        assert_eq!(sides, vec![Stance::For, Stance::For]);
    }
}
