//! Boundary types: raw proto fields parsed into values the core accepts.
//!
//! Parse, don't validate: each type can only be built from input that passed
//! its checks, so a handler holding a [`QuestionCount`] never re-checks the
//! range and the core never sees an out-of-range count. A refusal names the
//! request field it is about, as the client wrote it.

use crate::facts::{FactBase, Topic};
use crate::generation::MAX_COUNT;
use crate::proto;
use crate::question::{Difficulty, QuestionKind};
use crate::service::convert;
use crate::service::error::{ApiError, Invalid};
use crate::service::pagination::PageScope;
use crate::session::{self, LearnerName, QuizId};

/// How many items one page holds (AIP-158).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageSize(u32);

impl PageSize {
    /// Used when the client sends 0 (unset).
    pub const DEFAULT: u32 = 20;
    /// Larger requests are quietly capped, as AIP-158 recommends.
    pub const MAX: u32 = 100;

    pub fn parse(raw: i32) -> Result<PageSize, Invalid> {
        match u32::try_from(raw) {
            Err(_) => Err(Invalid::field(
                "page_size",
                format!("must not be negative, got {raw}"),
            )),
            Ok(0) => Ok(PageSize(PageSize::DEFAULT)),
            Ok(size) => Ok(PageSize(size.min(PageSize::MAX))),
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

/// Where the requested page starts, read from an opaque token that must
/// belong to the same query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageStart(u32);

impl PageStart {
    pub fn parse(token: &str, scope: &PageScope<'_>) -> Result<PageStart, Invalid> {
        scope
            .offset_of(token)
            .map(PageStart)
            .map_err(|error| Invalid::field("page_token", error.to_string()))
    }

    pub fn offset(self) -> u32 {
        self.0
    }
}

/// A required id field (source, fact): present and not blank. Whether it
/// names something is a lookup, answered with `NOT_FOUND`, not a parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequiredId(String);

impl RequiredId {
    pub fn parse(field: &str, raw: String) -> Result<RequiredId, Invalid> {
        if raw.trim().is_empty() {
            Err(Invalid::field(field, "is required"))
        } else {
            Ok(RequiredId(raw))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A question id as a client may send it: present and of a sane length.
/// Whether it decodes is for `generation::rebuild` to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionId(String);

impl QuestionId {
    /// Far longer than any id the service issues; longer input is refused
    /// before any decoding work is spent on it.
    pub const MAX_BYTES: usize = 1024;

    pub fn parse(raw: String) -> Result<QuestionId, Invalid> {
        if raw.trim().is_empty() {
            Err(Invalid::field("question_id", "is required"))
        } else if raw.len() > QuestionId::MAX_BYTES {
            Err(Invalid::field(
                "question_id",
                format!(
                    "is {} bytes; question ids are at most {} bytes",
                    raw.len(),
                    QuestionId::MAX_BYTES
                ),
            ))
        } else {
            Ok(QuestionId(raw))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why typed text with a [`has_unsafe_char`] character is refused.
const UNSAFE_TEXT: &str = "must not contain control characters, line separators or invisible \
                           format characters (bidi marks and overrides, zero-width spaces)";

/// True when typed text holds a character no typing produces (other than
/// tabs and line breaks, which fold to spaces): control characters, which
/// would garble terminals and logs and which PostgreSQL refuses to store
/// (NUL), line separators, which split log lines, and invisible format
/// characters (bidi marks, zero-width spaces), which make stored or
/// echoed text read differently (see [`crate::quote::is_unsafe`]).
fn has_unsafe_char(raw: &str) -> bool {
    raw.chars()
        .any(|c| crate::quote::is_unsafe(c) && !matches!(c, '\t' | '\n' | '\r'))
}

/// A learner's typed answer: something other than whitespace, short enough
/// that grading cost stays bounded, and without control characters or
/// invisible format characters (see [`has_unsafe_char`]), so every database stores it
/// alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerText(String);

impl AnswerText {
    pub const MAX_BYTES: usize = 1024;

    pub fn parse(raw: String) -> Result<AnswerText, Invalid> {
        if raw.trim().is_empty() {
            Err(Invalid::field("answer", "is required; type an answer"))
        } else if raw.len() > AnswerText::MAX_BYTES {
            Err(Invalid::field(
                "answer",
                format!(
                    "is {} bytes; answers are at most {} bytes",
                    raw.len(),
                    AnswerText::MAX_BYTES
                ),
            ))
        } else if has_unsafe_char(&raw) {
            Err(Invalid::field("answer", UNSAFE_TEXT))
        } else {
            Ok(AnswerText(raw))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A learner's own question for Ask: something other than whitespace, at
/// most [`AskQuestion::MAX_BYTES`], without control
/// characters (other than tabs and line breaks), which no typed question
/// contains and which would garble the quoted question in the reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AskQuestion(String);

impl AskQuestion {
    /// As the proto promises; plenty for a question, and it bounds the
    /// cost of answering one.
    pub const MAX_BYTES: usize = 500;

    pub fn parse(raw: String) -> Result<AskQuestion, Invalid> {
        let field = "question";
        if raw.trim().is_empty() {
            Err(Invalid::field(
                field,
                "is required; ask a question about the article",
            ))
        } else if raw.len() > AskQuestion::MAX_BYTES {
            Err(Invalid::field(
                field,
                format!(
                    "is {} bytes; questions are at most {} bytes",
                    raw.len(),
                    AskQuestion::MAX_BYTES
                ),
            ))
        } else if has_unsafe_char(&raw) {
            Err(Invalid::field(field, UNSAFE_TEXT))
        } else {
            Ok(AskQuestion(raw))
        }
    }

    /// The question, owned (as a cache key).
    pub fn into_string(self) -> String {
        self.0
    }
}

/// How many questions to generate: 1 to [`MAX_COUNT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionCount(usize);

impl QuestionCount {
    pub fn parse(raw: i32) -> Result<QuestionCount, Invalid> {
        match usize::try_from(raw) {
            Ok(count @ 1..=MAX_COUNT) => Ok(QuestionCount(count)),
            _ => Err(Invalid::field(
                "count",
                format!("must be between 1 and {MAX_COUNT}, got {raw}"),
            )),
        }
    }

    pub fn get(self) -> usize {
        self.0
    }
}

/// How many questions a quiz asks: 0 (unset) means
/// [`session::DEFAULT_QUESTIONS`], otherwise 1 to [`session::MAX_QUESTIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizLength(usize);

impl QuizLength {
    pub fn parse(raw: i32) -> Result<QuizLength, Invalid> {
        match usize::try_from(raw) {
            Ok(0) => Ok(QuizLength(session::DEFAULT_QUESTIONS)),
            Ok(count @ 1..=session::MAX_QUESTIONS) => Ok(QuizLength(count)),
            _ => Err(Invalid::field(
                "count",
                format!(
                    "must be between 1 and {} (or 0 for {}), got {raw}",
                    session::MAX_QUESTIONS,
                    session::DEFAULT_QUESTIONS
                ),
            )),
        }
    }

    pub fn get(self) -> usize {
        self.0
    }
}

/// A quiz id field, as StartQuiz issued it. Whether the quiz still exists is
/// a lookup (`NOT_FOUND`), not a parse.
pub fn quiz_id(field: &str, raw: &str) -> Result<QuizId, Invalid> {
    QuizId::parse(raw).map_err(|error| Invalid::field(field, error.to_string()))
}

/// The learner's name; empty means anonymous.
pub fn learner(raw: &str) -> Result<LearnerName, Invalid> {
    LearnerName::parse(raw).map_err(|error| Invalid::field("learner", error.to_string()))
}

/// A learner the request is about (GetLearnerProgress, ListAttempts,
/// DeleteLearner, a review quiz): a valid name, and not anonymous, since
/// anonymous quizzes keep no history.
pub fn named_learner(field: &str, raw: &str) -> Result<LearnerName, Invalid> {
    match LearnerName::parse(raw) {
        Ok(name) if name.is_anonymous() => Err(Invalid::field(
            field,
            "is required: name the learner as given to StartQuiz",
        )),
        Ok(name) => Ok(name),
        Err(error) => Err(Invalid::field(field, error.to_string())),
    }
}

/// The question formats asked for: each entry a known format, never
/// `UNSPECIFIED`. Duplicates are dropped; order is kept.
pub fn question_kinds(raw: &[i32]) -> Result<Vec<QuestionKind>, Invalid> {
    let mut kinds = Vec::with_capacity(raw.len());
    let mut bad = Vec::new();
    for (index, &value) in raw.iter().enumerate() {
        let field = format!("kinds[{index}]");
        match proto::QuestionKind::try_from(value).map(convert::question_kind_from_proto) {
            Ok(Some(kind)) => {
                if !kinds.contains(&kind) {
                    kinds.push(kind);
                }
            }
            Ok(None) => bad.push(Invalid::field(
                field,
                "QUESTION_KIND_UNSPECIFIED is not a format; leave kinds empty for a mix",
            )),
            Err(_) => bad.push(Invalid::field(
                field,
                format!("unknown question kind {value}; {}", known_kinds()),
            )),
        }
    }
    if bad.is_empty() {
        Ok(kinds)
    } else {
        Err(Invalid::merge(bad.into_iter().map(Some)))
    }
}

fn known_kinds() -> String {
    let names: Vec<&str> = QuestionKind::ALL
        .into_iter()
        .map(|kind| convert::question_kind(kind).as_str_name())
        .collect();
    format!("known kinds: {}", names.join(", "))
}

/// The difficulty asked for; `UNSPECIFIED` means medium, as the proto says.
pub fn difficulty(raw: i32) -> Result<Difficulty, Invalid> {
    proto::Difficulty::try_from(raw)
        .map(convert::difficulty_from_proto)
        .map_err(|_| {
            Invalid::field(
                "difficulty",
                format!(
                    "unknown difficulty {raw}; known: DIFFICULTY_EASY, DIFFICULTY_MEDIUM, DIFFICULTY_HARD"
                ),
            )
        })
}

/// One topic name, checked against the fact base. An unknown topic is a
/// malformed filter value (the set of topics is a closed vocabulary), so the
/// refusal lists the valid names.
pub fn topic<'a>(base: &'a FactBase, field: String, name: &str) -> Result<&'a Topic, Invalid> {
    base.topic(name).ok_or_else(|| {
        let known: Vec<&str> = base.topics().iter().map(|t| t.name.as_str()).collect();
        Invalid::field(
            field,
            format!(
                "unknown topic `{}`; valid topics: {}",
                crate::quote::quote(name),
                known.join(", ")
            ),
        )
    })
}

/// Every topic filter of a GenerateQuestions request, each known.
pub fn topics(base: &FactBase, raw: &[String]) -> Result<Vec<String>, Invalid> {
    let mut names = Vec::with_capacity(raw.len());
    let mut bad = Vec::new();
    for (index, name) in raw.iter().enumerate() {
        match topic(base, format!("topics[{index}]"), name) {
            Ok(topic) => {
                if !names.contains(&topic.name) {
                    names.push(topic.name.clone());
                }
            }
            Err(invalid) => bad.push(invalid),
        }
    }
    if bad.is_empty() {
        Ok(names)
    } else {
        Err(Invalid::merge(bad.into_iter().map(Some)))
    }
}

/// Fact id filters: none blank (a malformed request), then each must exist
/// (`NOT_FOUND` otherwise). Duplicates are dropped; order is kept.
pub fn fact_ids(raw: &[String]) -> Result<Vec<String>, Invalid> {
    let mut ids: Vec<String> = Vec::with_capacity(raw.len());
    let mut bad = Vec::new();
    for (index, id) in raw.iter().enumerate() {
        if id.trim().is_empty() {
            bad.push(Invalid::field(
                format!("fact_ids[{index}]"),
                "must not be blank",
            ));
        } else if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    if bad.is_empty() {
        Ok(ids)
    } else {
        Err(Invalid::merge(bad.into_iter().map(Some)))
    }
}

/// Checks that every fact id names a fact.
pub fn existing_facts(base: &FactBase, ids: &[String]) -> Result<(), ApiError> {
    match ids.iter().find(|id| base.fact(id).is_none()) {
        Some(missing) => Err(ApiError::fact_not_found(missing)),
        None => Ok(()),
    }
}

/// An optional source filter: empty means every source; otherwise the source
/// must exist (`NOT_FOUND`).
pub fn source_filter(base: &FactBase, raw: &str) -> Result<Option<String>, ApiError> {
    if raw.is_empty() {
        Ok(None)
    } else if base.source(raw).is_some() {
        Ok(Some(raw.to_string()))
    } else {
        Err(ApiError::source_not_found(raw))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_of(invalid: Invalid) -> Vec<String> {
        invalid.0.into_iter().map(|v| v.field).collect()
    }

    #[test]
    fn page_size_zero_means_default_and_large_is_capped() {
        assert_eq!(PageSize::parse(0).map(PageSize::get), Ok(20));
        assert_eq!(PageSize::parse(7).map(PageSize::get), Ok(7));
        assert_eq!(PageSize::parse(5000).map(PageSize::get), Ok(100));
        assert_eq!(
            PageSize::parse(-1).map_err(field_of),
            Err(vec!["page_size".to_string()])
        );
    }

    #[test]
    fn count_must_be_between_one_and_a_hundred() {
        assert!(QuestionCount::parse(1).is_ok());
        assert!(QuestionCount::parse(100).is_ok());
        for bad in [0, 101, -1, i32::MIN, i32::MAX] {
            assert_eq!(
                QuestionCount::parse(bad).map_err(field_of),
                Err(vec!["count".to_string()])
            );
        }
    }

    #[test]
    fn a_quiz_asks_ten_questions_by_default_and_at_most_fifty() {
        assert_eq!(QuizLength::parse(0).map(QuizLength::get), Ok(10));
        assert_eq!(QuizLength::parse(1).map(QuizLength::get), Ok(1));
        assert_eq!(QuizLength::parse(50).map(QuizLength::get), Ok(50));
        for bad in [51, -1, i32::MAX] {
            assert_eq!(
                QuizLength::parse(bad).map_err(field_of),
                Err(vec!["count".to_string()])
            );
        }
    }

    #[test]
    fn answers_must_be_non_blank_printable_and_at_most_1024_bytes() {
        assert!(AnswerText::parse("Astana".into()).is_ok());
        assert!(AnswerText::parse("x".repeat(1024)).is_ok());
        assert!(AnswerText::parse("Astana,\tKazakhstan\n".into()).is_ok());
        for bad in [
            String::new(),
            "  \t".into(),
            "x".repeat(1025),
            "ab\u{0}c".into(),
            "Astana\u{1b}[31m".into(),
            "\u{202e}anatsA".into(),
        ] {
            assert_eq!(
                AnswerText::parse(bad).map_err(field_of),
                Err(vec!["answer".to_string()])
            );
        }
    }

    #[test]
    fn questions_must_be_non_blank_printable_and_at_most_500_bytes() {
        assert!(AskQuestion::parse("Where was the treaty signed?".into()).is_ok());
        assert!(AskQuestion::parse("x".repeat(500)).is_ok());
        assert!(AskQuestion::parse("line one\nline two".into()).is_ok());
        for bad in [
            String::new(),
            " \t\n".into(),
            "x".repeat(501),
            "a\u{0}b".into(),
        ] {
            assert_eq!(
                AskQuestion::parse(bad).map_err(field_of),
                Err(vec!["question".to_string()])
            );
        }
    }

    #[test]
    fn answers_and_questions_with_line_separators_or_invisible_format_characters_are_refused() {
        for bad in [
            "Kaza\u{2028}khstan",
            "Kaza\u{2029}khstan",
            "Kazakhstan\u{61c}",
            "Kaza\u{200b}khstan",
            "\u{feff}Astana",
            "As\u{2062}tana",
        ] {
            assert_eq!(
                AnswerText::parse(bad.into()).map_err(field_of),
                Err(vec!["answer".to_string()]),
                "{bad:?}"
            );
            assert_eq!(
                AskQuestion::parse(format!("Where is {bad}?")).map_err(field_of),
                Err(vec!["question".to_string()]),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn each_bad_kind_is_named_by_its_index() {
        let kinds = question_kinds(&[1, 0, 4, 99, 1]).map_err(field_of);
        assert_eq!(kinds, Err(vec!["kinds[1]".into(), "kinds[3]".into()]));
        assert_eq!(
            question_kinds(&[4, 1, 4]),
            Ok(vec![
                QuestionKind::ShortAnswer,
                QuestionKind::MultipleChoice
            ])
        );
    }

    #[test]
    fn unspecified_difficulty_is_medium_and_unknown_is_refused() {
        assert_eq!(difficulty(0), Ok(Difficulty::Medium));
        assert_eq!(difficulty(3), Ok(Difficulty::Hard));
        assert!(difficulty(4).is_err());
        assert!(difficulty(-1).is_err());
    }

    #[test]
    fn blank_fact_ids_are_malformed() {
        assert_eq!(
            fact_ids(&["a".into(), " ".into()]).map_err(field_of),
            Err(vec!["fact_ids[1]".to_string()])
        );
    }
}
