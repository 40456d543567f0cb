//! Words one WordNet relation away from the article's own words: a
//! learner's "increasing" for the article's "grows", "farming" for
//! "agriculture".
//!
//! Built by `tools/wordnet_lexicon.py related` into
//! `data/wordnet-related.json` (synonyms of an article word's first
//! senses, their hypernyms, small sets of hyponyms, derivational relatives
//! and similar adjectives, each through a sense common to both words, so
//! "prime" does not reach "summit") and read once. Words the article uses
//! itself are not listed: they mean what the article means by them. Ask
//! reads it only for question words the article never uses.

use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

use serde::Deserialize;
use thiserror::Error;

/// The distilled relations shipped with the binary.
pub const EMBEDDED_RELATED_JSON: &str = include_str!("../../data/wordnet-related.json");

/// Why a related-words file is not usable.
#[derive(Debug, Error)]
pub enum RelatedError {
    #[error("the related words are not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the related words list nothing")]
    Empty,
    #[error("the related-words entry {0:?} is not a folded word")]
    BadWord(String),
}

#[derive(Deserialize)]
struct File {
    near: HashMap<String, Vec<String>>,
}

/// Words near the article's, by the near word.
#[derive(Debug)]
pub struct Related {
    /// A word the article does not use → the article words it is
    /// one relation from, as the article writes them (folded).
    near: HashMap<String, Vec<String>>,
}

impl Related {
    /// The embedded relations, read on first use.
    pub fn embedded() -> &'static Related {
        static RELATED: OnceLock<Related> = OnceLock::new();
        RELATED.get_or_init(|| {
            Related::parse(EMBEDDED_RELATED_JSON)
                .expect("the embedded related words are valid (checked by their tests)")
        })
    }

    /// Reads a related-words file, validating its words.
    pub fn parse(json: &str) -> Result<Related, RelatedError> {
        let file: File = serde_json::from_str(json)?;
        if file.near.is_empty() {
            return Err(RelatedError::Empty);
        }
        let folded = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase());
        let mut near: HashMap<String, Vec<String>> = HashMap::new();
        for (word, article_words) in file.near {
            if let Some(bad) = std::iter::once(&word)
                .chain(&article_words)
                .find(|w| !folded(w))
            {
                return Err(RelatedError::BadWord(bad.clone()));
            }
            let listed = near.entry(word).or_default();
            for article_word in article_words {
                if !listed.contains(&article_word) {
                    listed.push(article_word);
                }
            }
        }
        Ok(Related { near })
    }

    /// The article words a folded word is one relation from ("increasing"
    /// → "grows", "growing", …); empty for words it does not know. The
    /// word is looked up as written, then as the lemmas its regular
    /// endings allow ("increasing" → "increase"); never by stem, which
    /// would take "initiative" for "initial".
    pub fn near(&self, word: &str) -> &[String] {
        lemma_candidates(word)
            .find_map(|lemma| self.near.get(&lemma))
            .map_or(&[], Vec::as_slice)
    }
}

/// A folded word, then the lemmas its regular English endings allow, most
/// likely first.
fn lemma_candidates(word: &str) -> impl Iterator<Item = String> + '_ {
    /// (ending, replacement), as WordNet's morphy strips them.
    const ENDINGS: &[(&str, &str)] = &[
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ing", "e"),
        ("ing", ""),
        ("ed", "e"),
        ("ed", ""),
        ("er", ""),
        ("est", ""),
    ];
    std::iter::once(word.to_string()).chain(ENDINGS.iter().filter_map(move |(ending, with)| {
        word.strip_suffix(ending)
            .filter(|base| base.len() >= 3)
            .map(|base| format!("{base}{with}"))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_learner_s_word_reaches_the_article_s_word_for_it() {
        let related = Related::embedded();
        assert!(related.near("increasing").iter().any(|w| w == "grows"));
        assert!(related.near("farming").iter().any(|w| w == "agriculture"));
        assert!(related.near("zzzz").is_empty());
    }

    #[test]
    fn a_word_that_is_not_folded_is_refused() {
        assert!(matches!(
            Related::parse(r#"{"near": {"Grow": ["grows"]}}"#),
            Err(RelatedError::BadWord(_))
        ));
        assert!(matches!(
            Related::parse(r#"{"near": {}}"#),
            Err(RelatedError::Empty)
        ));
    }
}
