//! The general English the client reads typed lines with: which words make
//! a line ending in "?" a question, and which lines say "I don't know".
//! Read from `data/client-words.txt` (validated when first used, and by the
//! tests), so the lists grow without touching code.

use std::collections::HashSet;
use std::sync::OnceLock;

use thiserror::Error;

use crate::lang::headed::{HeadedListError, read_headed_list};

/// The shipped lists.
pub const EMBEDDED_CLIENT_WORDS: &str = include_str!("../../data/client-words.txt");

/// A line ending in "?" with more words than this is a question whatever
/// its words: an unsure answer is a name, a number or a short phrase.
pub const MAX_UNSURE_ANSWER_WORDS: usize = 6;

/// Why a word list is not usable.
#[derive(Debug, Error, PartialEq)]
pub enum WordsError {
    #[error(transparent)]
    List(#[from] HeadedListError),
    #[error("line {0}: {1:?} is not lower case, folded text")]
    NotFolded(usize, String),
}

/// The client's word lists.
#[derive(Debug, Default)]
pub struct ClientWords {
    question_words: HashSet<String>,
    question_openers: HashSet<String>,
    dont_know: HashSet<String>,
}

/// Which of the lists a heading opens.
#[derive(Debug, Clone, Copy)]
enum List {
    QuestionWords,
    QuestionOpeners,
    DontKnow,
}

const SECTIONS: [(&str, List); 3] = [
    ("question-words", List::QuestionWords),
    ("question-openers", List::QuestionOpeners),
    ("dont-know", List::DontKnow),
];

impl ClientWords {
    /// The embedded lists, read on first use.
    pub fn embedded() -> &'static ClientWords {
        static WORDS: OnceLock<ClientWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            ClientWords::parse(EMBEDDED_CLIENT_WORDS)
                .expect("the embedded client words are valid (checked by their tests)")
        })
    }

    /// Reads `[section]` headings and one folded entry a line; `#` comments.
    pub fn parse(text: &str) -> Result<ClientWords, WordsError> {
        let mut words = ClientWords::default();
        read_headed_list(text, &SECTIONS, |entry| {
            if fold(entry.text) != entry.text {
                return Err(WordsError::NotFolded(entry.line, entry.text.into()));
            }
            let list = match entry.section {
                List::QuestionWords => &mut words.question_words,
                List::QuestionOpeners => &mut words.question_openers,
                List::DontKnow => &mut words.dont_know,
            };
            list.insert(entry.text.to_string());
            Ok(())
        })?;
        Ok(words)
    }

    /// Whether `line` says the learner does not know ("I don't know.",
    /// "IDK", "dunno!").
    pub fn is_dont_know(&self, line: &str) -> bool {
        self.dont_know.contains(&fold(line))
    }

    /// Whether `text` (a line without its "?") reads as a question rather
    /// than an unsure answer: a question word anywhere, an opener first,
    /// or more words than an answer has.
    pub fn reads_as_question(&self, text: &str) -> bool {
        let folded = fold(text);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        words.len() > MAX_UNSURE_ANSWER_WORDS
            || words
                .first()
                .is_some_and(|w| self.question_openers.contains(*w))
            || words.iter().any(|w| self.question_words.contains(*w))
    }
}

/// Lower case, straight apostrophes, no punctuation but apostrophes and
/// hyphens, single spaces: how typed lines and the lists are compared.
pub fn fold(text: &str) -> String {
    let cleaned: String = text
        .to_lowercase()
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            c if c.is_alphanumeric() || c == '\'' || c == '-' => c,
            _ => ' ',
        })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> &'static ClientWords {
        ClientWords::embedded()
    }

    #[test]
    fn the_shipped_lists_are_valid() {
        assert!(ClientWords::parse(EMBEDDED_CLIENT_WORDS).is_ok());
    }

    #[test]
    fn a_broken_list_is_refused_with_its_line() {
        assert_eq!(
            ClientWords::parse("who").map(|_| ()),
            Err(HeadedListError::NoSection(1).into())
        );
        assert_eq!(
            ClientWords::parse("[colours]\nred").map(|_| ()),
            Err(HeadedListError::UnknownSection(1, "colours".into()).into())
        );
        assert_eq!(
            ClientWords::parse("[dont-know]\nNo Idea").map(|_| ()),
            Err(WordsError::NotFolded(2, "No Idea".into()))
        );
        assert_eq!(
            ClientWords::parse("[question-words]\nwho\n[question-openers]\nis").map(|_| ()),
            Err(HeadedListError::Empty("dont-know").into())
        );
    }

    #[test]
    fn dont_know_in_its_usual_forms_whatever_the_case_and_punctuation() {
        for typed in [
            "I don't know",
            "i dont know.",
            "I DON\u{2019}T KNOW!",
            "dunno",
            "No idea...",
            "idk",
            "Not sure?",
            " don't know ",
        ] {
            assert!(words().is_dont_know(typed), "{typed}");
        }
        for typed in ["Astana", "I know: Astana", "not sure it was Astana", "no"] {
            assert!(!words().is_dont_know(typed), "{typed}");
        }
    }

    #[test]
    fn a_short_line_without_a_question_word_is_no_question() {
        for typed in ["Astana", "three", "the Astana Declaration", "1,000 yuan"] {
            assert!(!words().reads_as_question(typed), "{typed}");
        }
    }

    #[test]
    fn question_words_anywhere_openers_first_or_a_long_line_make_a_question() {
        for typed in [
            "Where was the treaty signed",
            "In which city was the treaty signed",
            "Was it Astana",
            "Did China host it",
            "What's the date",
            "Tell me about the grant",
            "the treaty was signed in some city somewhere",
        ] {
            assert!(words().reads_as_question(typed), "{typed}");
        }
    }
}
