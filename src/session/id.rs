//! The two names a quiz carries: its opaque id and its learner's name.

use std::fmt;

use thiserror::Error;

/// Every quiz id starts with this, so ids are recognisable in logs and a
/// question id pasted by mistake is told apart at once.
const PREFIX: &str = "quiz_";
/// 128 random bits, as lowercase hex.
const HEX_DIGITS: usize = 32;

/// A quiz's id: 128 bits from the operating system's CSPRNG (through
/// `rand`'s thread-local generator), so ids cannot be guessed or enumerated
/// and knowing one's own id says nothing about anyone else's. Unlike a
/// question id it encodes nothing: the quiz lives only in the store.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuizId(String);

/// Why a string is not a quiz id.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum QuizIdError {
    #[error("is required")]
    Empty,
    #[error(
        "quiz ids start with `{PREFIX}` followed by {HEX_DIGITS} hex digits, as StartQuiz returns them"
    )]
    Malformed,
}

impl QuizId {
    /// A fresh, unguessable id.
    pub fn random() -> QuizId {
        let bits: u128 = rand::random();
        QuizId(format!("{PREFIX}{bits:032x}"))
    }

    /// Reads an id as a client sends it. Surrounding whitespace is forgiven;
    /// anything else must be exactly what [`QuizId::random`] produces.
    pub fn parse(raw: &str) -> Result<QuizId, QuizIdError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(QuizIdError::Empty);
        }
        let hex = raw.strip_prefix(PREFIX).ok_or(QuizIdError::Malformed)?;
        if hex.len() == HEX_DIGITS && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            Ok(QuizId(raw.to_string()))
        } else {
            Err(QuizIdError::Malformed)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for QuizId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who is taking a quiz, as shown in summaries: trimmed, at most
/// [`LearnerName::MAX_CHARS`] characters, no control characters (a name is
/// echoed into terminals and logs, where escape codes would do harm).
/// Empty means anonymous.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LearnerName(String);

/// Why a name was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LearnerNameError {
    #[error("is {0} characters; names are at most {max}", max = LearnerName::MAX_CHARS)]
    TooLong(usize),
    #[error("must not contain control characters (such as newlines or escape codes)")]
    ControlCharacter,
}

impl LearnerName {
    pub const MAX_CHARS: usize = 64;

    pub fn parse(raw: &str) -> Result<LearnerName, LearnerNameError> {
        let name = raw.trim();
        let chars = name.chars().count();
        if chars > LearnerName::MAX_CHARS {
            Err(LearnerNameError::TooLong(chars))
        } else if name.chars().any(char::is_control) {
            Err(LearnerNameError::ControlCharacter)
        } else {
            Ok(LearnerName(name.to_string()))
        }
    }

    /// The name, or "" for an anonymous learner.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_anonymous(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn random_ids_parse_back_and_differ() {
        let a = QuizId::random();
        let b = QuizId::random();
        assert_ne!(a, b);
        assert_eq!(QuizId::parse(a.as_str()), Ok(a.clone()));
        assert_eq!(QuizId::parse(&format!("  {a}\n")), Ok(a));
    }

    #[test]
    fn strings_that_are_not_quiz_ids_are_refused() {
        assert_eq!(QuizId::parse(" "), Err(QuizIdError::Empty));
        for bad in [
            "quiz_",
            "quiz_123",
            "q1_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "quiz_0123456789abcdef0123456789abcdeg",
            "quiz_0123456789ABCDEF0123456789ABCDEF",
            "quiz_0123456789abcdef0123456789abcdef0",
        ] {
            assert_eq!(QuizId::parse(bad), Err(QuizIdError::Malformed), "{bad}");
        }
    }

    #[test]
    fn names_are_trimmed_bounded_and_free_of_control_characters() {
        assert_eq!(
            LearnerName::parse("  Aigerim ").map(|n| n.0),
            Ok("Aigerim".into())
        );
        assert!(LearnerName::parse("").is_ok_and(|n| n.is_anonymous()));
        assert!(LearnerName::parse(&"é".repeat(64)).is_ok());
        assert_eq!(
            LearnerName::parse(&"é".repeat(65)),
            Err(LearnerNameError::TooLong(65))
        );
        assert_eq!(
            LearnerName::parse("Ai\u{1b}[31mgerim"),
            Err(LearnerNameError::ControlCharacter)
        );
        assert_eq!(
            LearnerName::parse("two\nlines"),
            Err(LearnerNameError::ControlCharacter)
        );
    }

    proptest! {
        #[test]
        fn parsing_arbitrary_text_never_panics(text in "\\PC{0,80}") {
            let _ = QuizId::parse(&text);
            let _ = LearnerName::parse(&text);
        }
    }
}
