//! The general English word classes a typed answer or a question may
//! reword, loaded from `data/rewordings.json` and validated once: the
//! second halves of a compound that name its aim ("results-driven",
//! "results-oriented"), the words for a rise ("growing", "increasing"),
//! for holding a harm down ("control", "fighting") and for turning into
//! something ("spreading", "becoming"), the adjectives that rank a thing
//! first ("key", "top") and those that rank it low ("minor", "low"). The
//! grader and Ask read them. They are data, not code, so that a class
//! grows without a rebuild of the logic; none is an article's word.

use std::sync::OnceLock;

use serde::Deserialize;
use thiserror::Error;

/// The word classes shipped with the binary.
pub const EMBEDDED_REWORDINGS_JSON: &str = include_str!("../../data/rewordings.json");

/// The word classes; see the module docs.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct WordClasses {
    /// What the file is, for people reading it.
    #[allow(dead_code)]
    about: String,
    /// Second halves of a compound adjective that say what the first half
    /// aims at, one as good as another: "results-driven",
    /// "results-oriented", "results-focused".
    pub(crate) direction: Vec<String>,
    /// Words that link a direction word to its aim written after it
    /// ("focused on results").
    pub(crate) direction_links: Vec<String>,
    /// Words that say a thing or a quality keeps rising: "growing
    /// importance", "increasingly important".
    pub(crate) rising: Vec<String>,
    /// Verbs of becoming before a comparative that then says a rise
    /// ("becoming more important").
    pub(crate) becoming: Vec<String>,
    /// Words for holding a harm down, as nouns and verbs: "desertification
    /// control" is fighting desertification, "poverty reduction"
    /// alleviating poverty.
    pub(crate) curb: Vec<String>,
    /// Words that link a curb word to the harm after it ("the fight
    /// against desertification").
    pub(crate) curb_links: Vec<String>,
    /// Adjectives that rank a thing first among others, one as good as
    /// another before a noun: "a key priority", "a top priority", "the
    /// main priority".
    pub(crate) importance: Vec<String>,
    /// Words of turning into something or spreading, which say what a
    /// process noun's suffix says: "the *spread* of deserts" is
    /// desertification, "*becoming* modern" modernization.
    pub(crate) turning: Vec<String>,
    /// Adjectives that rank a thing low, against the `importance` words:
    /// "a *minor* concern", "a *low* priority" deny "a key priority".
    pub(crate) lesser: Vec<String>,
}

/// Why a word-class file is not usable.
#[derive(Debug, Error)]
pub enum WordClassesError {
    #[error("the rewording word classes are not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{list}: {word:?} is not one folded word (lower case letters only)")]
    NotFolded { list: &'static str, word: String },
    #[error("{0}: the list is empty")]
    Empty(&'static str),
}

impl WordClasses {
    /// The embedded classes, parsed on first use.
    pub(crate) fn embedded() -> &'static WordClasses {
        static WORDS: OnceLock<WordClasses> = OnceLock::new();
        WORDS.get_or_init(|| {
            WordClasses::parse(EMBEDDED_REWORDINGS_JSON)
                .expect("the embedded rewording classes are valid (checked by their tests)")
        })
    }

    /// Parses and validates a word-class file: every list has words, and
    /// every word is one folded word, as the grader's folded answers are.
    pub(crate) fn parse(json: &str) -> Result<WordClasses, WordClassesError> {
        let words: WordClasses = serde_json::from_str(json)?;
        let lists: [(&'static str, &Vec<String>); 9] = [
            ("direction", &words.direction),
            ("direction_links", &words.direction_links),
            ("rising", &words.rising),
            ("becoming", &words.becoming),
            ("curb", &words.curb),
            ("curb_links", &words.curb_links),
            ("importance", &words.importance),
            ("turning", &words.turning),
            ("lesser", &words.lesser),
        ];
        let folded = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase());
        for (list, entries) in lists {
            if entries.is_empty() {
                return Err(WordClassesError::Empty(list));
            }
            if let Some(bad) = entries.iter().find(|w| !folded(w)) {
                return Err(WordClassesError::NotFolded {
                    list,
                    word: bad.clone(),
                });
            }
        }
        Ok(words)
    }

    /// True when `word` is one of `list`.
    pub(crate) fn has(list: &[String], word: &str) -> bool {
        list.iter().any(|w| w == word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_word_classes_are_valid() {
        let words = WordClasses::embedded();
        assert!(WordClasses::has(&words.direction, "driven"));
        assert!(WordClasses::has(&words.rising, "growing"));
        assert!(WordClasses::has(&words.curb, "control"));
        assert!(WordClasses::has(&words.importance, "top"));
    }

    #[test]
    fn malformed_word_classes_are_refused() {
        let valid: serde_json::Value =
            serde_json::from_str(EMBEDDED_REWORDINGS_JSON).expect("json");
        let mut upper = valid.clone();
        upper["rising"] = serde_json::json!(["Growing"]);
        assert!(matches!(
            WordClasses::parse(&upper.to_string()),
            Err(WordClassesError::NotFolded { list: "rising", .. })
        ));
        let mut two_words = valid.clone();
        two_words["curb"] = serde_json::json!(["hold down"]);
        assert!(matches!(
            WordClasses::parse(&two_words.to_string()),
            Err(WordClassesError::NotFolded { list: "curb", .. })
        ));
        let mut empty = valid.clone();
        empty["direction"] = serde_json::json!([]);
        assert!(matches!(
            WordClasses::parse(&empty.to_string()),
            Err(WordClassesError::Empty("direction"))
        ));
        let mut unknown = valid;
        unknown["falling"] = serde_json::json!(["falling"]);
        assert!(WordClasses::parse(&unknown.to_string()).is_err());
    }
}
