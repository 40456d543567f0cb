//! The two names a quiz carries: its opaque id and its learner's name.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use thiserror::Error;

/// Every quiz id starts with this, so ids are recognisable in logs and a
/// question id pasted by mistake is told apart at once.
const PREFIX: &str = "quiz_";
/// 128 bits as lowercase hex: a 48-bit creation time, then 80 random bits.
const HEX_DIGITS: usize = 32;
/// The creation time's share of the id, in hex digits (48 bits of
/// milliseconds since the Unix epoch: enough until the year 10889).
const TIME_HEX_DIGITS: usize = 12;
const TIME_MASK: u64 = (1 << (4 * TIME_HEX_DIGITS)) - 1;

/// A quiz's id: its creation time in milliseconds, then 80 bits from the
/// operating system's CSPRNG (through `rand`'s thread-local generator).
///
/// The random part keeps ids unguessable: knowing one's own id says nothing
/// about anyone else's beyond roughly when they started. The time comes
/// first so that ids sort by age, like a UUIDv7: the quizzes being
/// answered at any moment are the recent ones, and their rows and answers
/// then sit together at the end of the database's id-ordered B-trees, so a
/// group commit of many answers writes a few pages, not one per quiz.
/// Unlike a question id it encodes nothing else: the quiz lives only in
/// the store. Ids made before the time prefix (128 random bits) still
/// parse: the format is unchanged.
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
    /// A fresh, unguessable id for a quiz created at `created`.
    pub fn new(created: SystemTime) -> QuizId {
        let millis = created
            .duration_since(UNIX_EPOCH)
            .map_or(0, |since| since.as_millis());
        let time = u64::try_from(millis).unwrap_or(u64::MAX) & TIME_MASK;
        let random: u128 = rand::random::<u128>() >> (4 * TIME_HEX_DIGITS);
        QuizId(format!(
            "{PREFIX}{time:0time_width$x}{random:0random_width$x}",
            time_width = TIME_HEX_DIGITS,
            random_width = HEX_DIGITS - TIME_HEX_DIGITS,
        ))
    }

    /// Reads an id as a client sends it. Surrounding whitespace is forgiven;
    /// anything else must be exactly what [`QuizId::new`] produces.
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
/// [`LearnerName::MAX_CHARS`] characters, no control characters, line
/// separators or invisible format characters (a name is echoed into
/// terminals and logs, where escape codes would do harm, and a bidi
/// override or zero-width space would make it read as another name).
/// Empty means anonymous.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LearnerName(String);

/// Why a name was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LearnerNameError {
    #[error("is {0} characters; names are at most {max}", max = LearnerName::MAX_CHARS)]
    TooLong(usize),
    #[error(
        "must not contain control characters (such as newlines or escape codes), line \
         separators or invisible format characters (bidi marks and overrides, zero-width \
         spaces)"
    )]
    ControlCharacter,
}

impl LearnerName {
    pub const MAX_CHARS: usize = 64;

    pub fn parse(raw: &str) -> Result<LearnerName, LearnerNameError> {
        let name = raw.trim();
        let chars = name.chars().count();
        if chars > LearnerName::MAX_CHARS {
            Err(LearnerNameError::TooLong(chars))
        } else if name.chars().any(crate::quote::is_unsafe) {
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
    fn new_ids_parse_back_and_differ() {
        let now = SystemTime::now();
        let a = QuizId::new(now);
        let b = QuizId::new(now);
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
        // An override would show "Aigerim" for another name.
        assert_eq!(
            LearnerName::parse("\u{202e}miregiA"),
            Err(LearnerNameError::ControlCharacter)
        );
    }

    #[test]
    fn names_with_line_separators_or_invisible_format_characters_are_refused() {
        // "dave\u{200b}" would show as "dave"; U+061C reorders like an override.
        for name in [
            "dave\u{200b}",
            "a\u{61c} b",
            "a\u{2028}b",
            "a\u{2029}b",
            "\u{feff}x",
            "x\u{2060}y",
        ] {
            assert_eq!(
                LearnerName::parse(name),
                Err(LearnerNameError::ControlCharacter),
                "{name:?}"
            );
        }
    }

    #[test]
    fn ids_sort_by_creation_time_and_keep_eighty_random_bits() {
        let start = UNIX_EPOCH + std::time::Duration::from_millis(1_796_000_000_000);
        let earlier = QuizId::new(start);
        let later = QuizId::new(start + std::time::Duration::from_millis(1));
        assert!(earlier < later, "{earlier} < {later}");
        assert!(earlier.as_str().starts_with("quiz_01a2"), "{earlier}");
        let same_moment: std::collections::HashSet<QuizId> =
            (0..1000).map(|_| QuizId::new(start)).collect();
        assert_eq!(same_moment.len(), 1000, "the random part tells them apart");
        for id in &same_moment {
            assert_eq!(QuizId::parse(id.as_str()).as_ref(), Ok(id));
        }
    }

    #[test]
    fn a_clock_before_the_epoch_or_past_the_time_field_still_makes_a_valid_id() {
        let before = UNIX_EPOCH - std::time::Duration::from_secs(1);
        let far = UNIX_EPOCH + std::time::Duration::from_secs(1 << 50);
        for created in [before, far] {
            let id = QuizId::new(created);
            assert_eq!(QuizId::parse(id.as_str()), Ok(id));
        }
    }

    #[test]
    fn ids_from_before_the_time_prefix_still_parse() {
        let old = "quiz_f3a9c2e1b0d84f6a9c2e1b0d84f6a9c2";
        assert_eq!(
            QuizId::parse(old).map(|id| id.to_string()),
            Ok(old.to_owned())
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
