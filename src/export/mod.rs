//! Exporting questions to the formats teachers already use: Moodle GIFT,
//! Moodle XML and Anki's tab-separated text import.
//!
//! Pure: a list of [`Question`]s in, a file's bytes out. Each format has its
//! own module ([`gift`], [`moodle_xml`], [`anki`]); what they share (how
//! text is cleaned, the numeric answer, select-all weights, tags, feedback
//! wording) lives here, so the three files say the same things.
//!
//! Text contract: any Unicode text comes back unchanged through each
//! format's parser (HTML fields after HTML unescaping), except that line
//! ends are written as `\n` and control characters other than tab and line
//! feed are dropped (XML 1.0 cannot hold them at all). Importers collapse
//! runs of whitespace in plain-text fields; the question text never has them.

pub mod anki;
pub mod gift;
pub mod moodle_xml;

#[cfg(test)]
mod props;
#[cfg(test)]
mod sample;

use std::fmt;

use thiserror::Error;

use crate::facts::AnswerKind;
use crate::numbers;
use crate::question::{AnswerKey, Question, QuestionKind};

/// The most questions one export holds: the most one generation request
/// yields, and far more than any quiz.
pub const MAX_QUESTIONS: usize = crate::generation::MAX_COUNT;

/// The largest file an export may produce. A 100-question export of the
/// shipped article is about 100 KB; a fact set of very long sentences could
/// go further, and gRPC clients refuse messages over 4 MiB by default.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// A file format to export to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Moodle's GIFT text format.
    Gift,
    /// Moodle XML.
    MoodleXml,
    /// Anki's tab-separated text import, with header lines.
    Anki,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Gift, Format::MoodleXml, Format::Anki];

    /// The name users type (`--format gift`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Gift => "gift",
            Format::MoodleXml => "moodle-xml",
            Format::Anki => "anki",
        }
    }

    /// The file name to suggest: the extension each importer's file picker
    /// accepts (Moodle takes GIFT as `.txt`; Anki takes text as `.txt`).
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Gift => "summit-quiz.gift.txt",
            Format::MoodleXml => "summit-quiz.moodle.xml",
            Format::Anki => "summit-quiz.anki.txt",
        }
    }

    /// The file's media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Gift => "text/plain; charset=utf-8",
            Format::MoodleXml => "application/xml",
            Format::Anki => "text/tab-separated-values; charset=utf-8",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A rendered file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// The file's contents, UTF-8.
    pub bytes: Vec<u8>,
    pub file_name: &'static str,
    pub media_type: &'static str,
    /// How many questions (Anki: notes) the file holds. An Anki file holds
    /// one note per fact and kind, so a repeat is written once.
    pub count: usize,
}

/// Why an export was refused.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum ExportError {
    #[error("an export holds at most {MAX_QUESTIONS} questions; got {0}")]
    TooManyQuestions(usize),
    #[error("nothing to export: no questions")]
    Empty,
    #[error(
        "the {format} file would be {bytes} bytes, above the cap of {cap} bytes; export fewer questions"
    )]
    TooLarge {
        format: Format,
        bytes: usize,
        cap: usize,
    },
}

/// Renders `questions` as a `format` file of at most [`MAX_BYTES`].
pub fn export(format: Format, questions: &[Question]) -> Result<Export, ExportError> {
    export_capped(format, questions, MAX_BYTES)
}

/// [`export`] with another byte cap (tests use a small one).
pub fn export_capped(
    format: Format,
    questions: &[Question],
    cap: usize,
) -> Result<Export, ExportError> {
    if questions.is_empty() {
        return Err(ExportError::Empty);
    }
    if questions.len() > MAX_QUESTIONS {
        return Err(ExportError::TooManyQuestions(questions.len()));
    }
    let (text, count) = match format {
        Format::Gift => (gift::render(questions), questions.len()),
        Format::MoodleXml => (moodle_xml::render(questions), questions.len()),
        Format::Anki => anki::render(questions),
    };
    if text.len() > cap {
        return Err(ExportError::TooLarge {
            format,
            bytes: text.len(),
            cap,
        });
    }
    Ok(Export {
        bytes: text.into_bytes(),
        file_name: format.file_name(),
        media_type: format.media_type(),
        count,
    })
}

/// Text as every format writes it: line ends as `\n`, and no control
/// characters but tab and line feed.
pub(crate) fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|&c| !c.is_control() || c == '\t' || c == '\n')
        .collect()
}

/// Escapes text for an HTML field: the three characters markup needs,
/// plus the double quote (an Anki field must not open with one).
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in clean(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The answer as a number, when the question wants a number written in
/// digits ("3,000", "1.5"): exported as a numerical question. Amounts with
/// units or in words stay short answers with their accepted wordings.
pub fn numeric_answer(question: &Question) -> Option<f64> {
    let AnswerKey::Text { expected, kind, .. } = &question.key else {
        return None;
    };
    let digits_only = expected
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && expected.chars().any(|c| c.is_ascii_digit());
    let counts = kind.is_numeric() || *kind == AnswerKind::DateTime;
    if !counts || !digits_only {
        return None;
    }
    numbers::parse_number(expected).filter(|value| value.is_finite())
}

/// Every accepted wording of a typed answer, canonical first, without repeats.
pub fn accepted_answers(question: &Question) -> Vec<String> {
    let AnswerKey::Text {
        expected, aliases, ..
    } = &question.key
    else {
        return Vec::new();
    };
    let mut all: Vec<String> = Vec::new();
    for answer in std::iter::once(expected).chain(aliases) {
        if !all.iter().any(|seen| seen.eq_ignore_ascii_case(answer)) {
            all.push(answer.clone());
        }
    }
    all
}

/// Select-all weights in percent: the right options share +100 and the
/// wrong ones -100, so ticking everything earns nothing. Written with five
/// decimals, as Moodle writes them: Moodle only imports grades from its own
/// list (100, 50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5, 11.11111,
/// 10…), which 100/n is for every n up to 10.
pub(crate) fn share(count: usize) -> String {
    let value = 100.0 / count.max(1) as f64;
    let text = format!("{value:.5}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Whether option `index` is right, for the choice kinds.
pub fn is_right(question: &Question, index: usize) -> bool {
    match &question.key {
        AnswerKey::Single { correct } => *correct == index,
        AnswerKey::Multi { correct } => correct.contains(&index),
        _ => false,
    }
}

/// The right options' texts, in option order.
pub(crate) fn right_texts(question: &Question) -> Vec<&str> {
    question
        .choices
        .iter()
        .enumerate()
        .filter(|(index, _)| is_right(question, *index))
        .map(|(_, choice)| choice.text.as_str())
        .collect()
}

/// Whether a true/false question's statement is true.
pub fn statement_is_true(question: &Question) -> bool {
    match question.key {
        AnswerKey::Single { correct } => question
            .choices
            .get(correct)
            .is_some_and(|choice| choice.text.eq_ignore_ascii_case("true")),
        _ => false,
    }
}

/// The matching pairs as (item, option text); unpaired options are extra
/// wrong answers, listed by [`unpaired_options`].
pub fn pairs(question: &Question) -> Vec<(&str, &str)> {
    let AnswerKey::Pairs { pairs } = &question.key else {
        return Vec::new();
    };
    question
        .matching_items
        .iter()
        .zip(pairs)
        .filter_map(|(item, &choice)| {
            let option = question.choices.get(choice)?;
            Some((item.as_str(), option.text.as_str()))
        })
        .collect()
}

/// Options of a matching question that no item pairs with.
pub fn unpaired_options(question: &Question) -> Vec<&str> {
    let AnswerKey::Pairs { pairs } = &question.key else {
        return Vec::new();
    };
    question
        .choices
        .iter()
        .enumerate()
        .filter(|(index, _)| !pairs.contains(index))
        .map(|(_, choice)| choice.text.as_str())
        .collect()
}

/// Feedback on a wrong choice: what the right answer is.
pub(crate) fn wrong_feedback(question: &Question) -> String {
    let right = right_texts(question);
    match right.as_slice() {
        [one] => format!("Not this one: the answer is “{one}”."),
        _ => "Not this one: the article does not say so.".to_string(),
    }
}

/// Feedback on a right choice.
pub(crate) const RIGHT_FEEDBACK: &str = "Right.";

/// A tag for the question's topic, as every format allows: no whitespace
/// (Anki splits tags on it) and no brackets (GIFT ends a tag at `]`).
pub(crate) fn topic_tag(question: &Question) -> String {
    slug(&question.topic)
}

/// A tag for the question's kind: "multiple-choice".
pub(crate) fn kind_tag(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::MultipleChoice => "multiple-choice",
        QuestionKind::TrueFalse => "true-false",
        QuestionKind::FillInTheBlank => "fill-in-the-blank",
        QuestionKind::ShortAnswer => "short-answer",
        QuestionKind::MultiSelect => "select-all",
        QuestionKind::Matching => "matching",
    }
}

fn slug(text: &str) -> String {
    let slug: String = clean(text)
        .trim()
        .chars()
        .map(|c| {
            if c.is_whitespace() || matches!(c, '[' | ']' | '"') {
                '_'
            } else {
                c
            }
        })
        .collect();
    if slug.is_empty() {
        "untitled".to_string()
    } else {
        slug
    }
}

/// A short name for the question, numbered so a question bank lists the
/// export in order: "007 multiple choice: Where was the treaty signed?".
pub(crate) fn name(number: usize, question: &Question) -> String {
    const MAX_CHARS: usize = 80;
    let prompt = clean(&question.prompt).replace(['\n', '\t'], " ");
    let mut short: String = prompt.chars().take(MAX_CHARS).collect();
    if prompt.chars().count() > MAX_CHARS {
        if let Some(space) = short.rfind(' ') {
            short.truncate(space);
        }
        short.push('…');
    }
    format!("{number:03} {}: {short}", question.kind.name())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::sample;

    #[test]
    fn shares_are_grades_moodle_imports() {
        // Moodle's fraction list (question_bank::fraction_options_full),
        // in percent: an imported grade must be one of them.
        let moodle = [
            "100", "50", "33.33333", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10",
        ];
        for (n, expected) in (1..=10).zip(moodle) {
            assert_eq!(share(n), expected, "{n} right options");
        }
    }

    #[test]
    fn an_export_is_refused_above_its_byte_cap_with_the_cap_named() {
        let questions = sample::every_kind("Astana");
        let error = export_capped(Format::Gift, &questions, 100).expect_err("too large");
        assert!(matches!(error, ExportError::TooLarge { cap: 100, .. }));
        assert!(error.to_string().contains("cap of 100 bytes"), "{error}");
        assert!(export_capped(Format::Gift, &questions, MAX_BYTES).is_ok());
    }

    #[test]
    fn more_questions_than_the_cap_or_none_are_refused() {
        let many: Vec<Question> = (0..=MAX_QUESTIONS)
            .map(|_| sample::every_kind("x")[0].clone())
            .collect();
        let error = export(Format::Anki, &many).expect_err("too many");
        assert!(error.to_string().contains("at most 100"), "{error}");
        assert_eq!(export(Format::Anki, &[]), Err(ExportError::Empty));
    }

    #[test]
    fn numbers_in_digits_are_numerical_and_others_are_not() {
        let questions = sample::every_kind("x");
        let numeric: Vec<Option<f64>> = questions.iter().map(numeric_answer).collect();
        assert!(numeric.contains(&Some(3000.0)), "{numeric:?}");
        assert_eq!(numeric.iter().flatten().count(), 1);
    }

    #[test]
    fn control_characters_are_dropped_and_line_ends_unified() {
        assert_eq!(clean("a\r\nb\rc\u{0}d\te"), "a\nb\ncd\te");
        assert_eq!(html("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }

    #[test]
    fn names_are_numbered_and_short() {
        let question = &sample::every_kind(&"long words ".repeat(30))[0];
        let name = name(7, question);
        assert!(name.starts_with("007 multiple choice: "), "{name}");
        assert!(name.chars().count() < 110 && name.ends_with('…'), "{name}");
    }
}
