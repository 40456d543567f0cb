//! The article's own words for Ask, loaded from `data/lexicon.json` (next
//! to `data/facts.json`) and validated once.
//!
//! What general language knowledge cannot give lives there: the groups of
//! words this article's learners use for what it says ("inked the pact" and
//! "signed the treaty"; "next summit" is the third), the question words
//! related to its words, its names as learners type them in lower case,
//! and the weak words of a question about it. The groups are hand-picked
//! for this article's vocabulary: a general thesaurus would merge words the
//! article keeps apart (it uses "cooperation" and "collaboration" for
//! different facts). A word belongs to at most one group, so folding is a
//! plain lookup. General knowledge (families, synonyms, opposites, kinds of
//! thing) comes from [`crate::lang`].

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;
use thiserror::Error;

/// The word lists shipped with the binary.
pub const EMBEDDED_LEXICON_JSON: &str = include_str!("../../data/lexicon.json");

/// A multi-word expression rewritten (mostly to one word) before stemming.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub words: Vec<String>,
    pub into: String,
}

/// The article's word lists; see the module docs.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AskWords {
    /// What the file is, for people reading it.
    #[allow(dead_code)]
    about: String,
    /// Longest first within a shared first word, so "took place" wins over
    /// "took".
    pub phrases: Vec<Phrase>,
    /// The article's people and places as a learner may describe them
    /// ("the Chinese leader" → "Xi"): read as the name unless the
    /// question asks who or what they are (see `ask::described`).
    pub descriptions: Vec<Phrase>,
    /// Variant groups; the first word is the canonical form.
    pub groups: Vec<Vec<String>>,
    /// Question word → the article words it may mean.
    pub related: BTreeMap<String, Vec<String>>,
    /// Common words that look like a typo of an article word but are not.
    pub not_typos: Vec<String>,
    /// Words that name no fact ("article", "text").
    pub generic: Vec<String>,
    /// Everyday words more likely a paraphrase than an unknown subject.
    pub glue: Vec<String>,
    /// Function words, dropped from questions and facts alike.
    pub stopwords: Vec<String>,
    /// Names learners type in lower case that still name someone.
    pub names: Vec<String>,
    /// The article's words a learner may wrap around a typed answer
    /// without adding a claim ("signed at the summit in …"): grading's
    /// frame words beyond general English.
    pub answer_frame: Vec<String>,
}

/// Why a word-list file is not usable.
#[derive(Debug, Error)]
pub enum AskWordsError {
    #[error("the Ask word lists are not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{list}: {word:?} is not a folded word (lower case, no punctuation)")]
    NotFolded { list: &'static str, word: String },
    #[error("groups: {0:?} is in more than one group")]
    Duplicate(String),
    #[error("descriptions: {0:?} is read as no name")]
    Unnamed(String),
    #[error("{0}: the list is empty")]
    Empty(&'static str),
}

impl AskWords {
    /// The embedded lists, parsed on first use.
    pub fn embedded() -> &'static AskWords {
        static WORDS: OnceLock<AskWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            AskWords::parse(EMBEDDED_LEXICON_JSON)
                .expect("the embedded Ask word lists are valid (checked by their tests)")
        })
    }

    /// Parses and validates a word-list file.
    pub fn parse(json: &str) -> Result<AskWords, AskWordsError> {
        let words: AskWords = serde_json::from_str(json)?;
        let folded = |w: &str| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == ' ')
        };
        let lists: [(&'static str, Vec<&String>); 9] = [
            (
                "phrases",
                words.phrases.iter().flat_map(|p| &p.words).collect(),
            ),
            (
                "descriptions",
                words.descriptions.iter().flat_map(|p| &p.words).collect(),
            ),
            ("groups", words.groups.iter().flatten().collect()),
            (
                "related",
                words
                    .related
                    .iter()
                    .flat_map(|(k, v)| std::iter::once(k).chain(v))
                    .collect(),
            ),
            ("not_typos", words.not_typos.iter().collect()),
            ("generic", words.generic.iter().collect()),
            ("glue", words.glue.iter().collect()),
            ("stopwords", words.stopwords.iter().collect()),
            ("answer_frame", words.answer_frame.iter().collect()),
        ];
        for (list, entries) in &lists {
            if entries.is_empty() {
                return Err(AskWordsError::Empty(list));
            }
            if let Some(bad) = entries.iter().find(|w| !folded(w)) {
                return Err(AskWordsError::NotFolded {
                    list,
                    word: (*bad).clone(),
                });
            }
        }
        if let Some(bad) = words
            .descriptions
            .iter()
            .find(|d| d.into.trim().is_empty() || d.into.contains(char::is_control))
        {
            return Err(AskWordsError::Unnamed(bad.words.join(" ")));
        }
        let mut seen = std::collections::HashSet::new();
        for word in words.groups.iter().flatten() {
            if !seen.insert(word) {
                return Err(AskWordsError::Duplicate(word.clone()));
            }
        }
        Ok(words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_word_lists_are_valid() {
        let words = AskWords::embedded();
        assert!(!words.groups.is_empty() && !words.stopwords.is_empty());
    }

    #[test]
    fn malformed_word_lists_are_refused() {
        let valid: serde_json::Value = serde_json::from_str(EMBEDDED_LEXICON_JSON).expect("json");
        let mut upper = valid.clone();
        upper["glue"] = serde_json::json!(["Use"]);
        assert!(matches!(
            AskWords::parse(&upper.to_string()),
            Err(AskWordsError::NotFolded { list: "glue", .. })
        ));
        let mut twice = valid.clone();
        twice["groups"] = serde_json::json!([["a", "b"], ["b", "c"]]);
        assert!(matches!(
            AskWords::parse(&twice.to_string()),
            Err(AskWordsError::Duplicate(_))
        ));
        let mut empty = valid;
        empty["stopwords"] = serde_json::json!([]);
        assert!(matches!(
            AskWords::parse(&empty.to_string()),
            Err(AskWordsError::Empty("stopwords"))
        ));
    }
}
