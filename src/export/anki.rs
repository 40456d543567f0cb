//! Anki's tab-separated text import, with header lines.
//!
//! ```text
//! (columns separated by tabs)
//! #separator:tab
//! #html:true
//! #guid column:1
//! #notetype column:2
//! #deck:Summit Quiz
//! #tags column:5
//! sq1f0c…    Basic    Where was the treaty signed?    Astana<br><br>The article says …    outcomes short-answer
//! sq93a1…    Cloze    The treaty was signed in {{c1::Astana}}.    The article says …    outcomes fill-in-the-blank
//! ```
//!
//! Fill-in-the-blank questions are Cloze notes (Text, Back Extra); every
//! other kind is a Basic note (Front, Back). The back always quotes the
//! cited sentence. The GUID is a hash of the source, facts and kind, so
//! importing a later export of the same questions updates those notes
//! instead of adding copies; a repeat within one export is written once.
//!
//! Fields are HTML: `& < > "` are entities, and so are tab and line feed
//! (they would end the field or the note). In a Cloze note `{ } :` are
//! entities too, so no text can open or end a cloze.

use std::fmt::Write;
use std::hash::Hasher;

use super::{
    accepted_answers, html, kind_tag, numeric_answer, pairs, right_texts, statement_is_true,
    topic_tag, unpaired_options,
};
use crate::generation::BLANK;
use crate::question::{Question, QuestionKind};

/// The deck notes go into (created on import if missing).
pub const DECK: &str = "Summit Quiz";

/// The header lines: Anki reads these instead of asking.
const HEADER: &str = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck:Summit Quiz\n#tags column:5\n";

/// Renders the questions as notes; returns the file and how many notes it holds.
pub fn render(questions: &[Question]) -> (String, usize) {
    let mut out = String::from(HEADER);
    let mut seen: Vec<String> = Vec::new();
    for question in questions {
        let guid = guid(question);
        if seen.contains(&guid) {
            continue;
        }
        let (notetype, first, second) = note(question);
        let tags = format!("{} {}", topic_tag(question), kind_tag(question.kind));
        let _ = writeln!(out, "{guid}\t{notetype}\t{first}\t{second}\t{tags}");
        seen.push(guid);
    }
    (out, seen.len())
}

/// A stable id for the note: the same facts asked the same way get the
/// same GUID in every export. FNV-1a is stable across Rust versions and
/// platforms, unlike `DefaultHasher`.
pub fn guid(question: &Question) -> String {
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(question.source_id.as_bytes());
    for fact in &question.fact_ids {
        hasher.write(&[0]);
        hasher.write(fact.as_bytes());
    }
    hasher.write(&[0, question.kind.code()]);
    format!("sq{:016x}", hasher.finish())
}

/// A field: HTML with the separators as entities.
fn field(text: &str) -> String {
    html(text).replace('\t', "&#9;").replace('\n', "&#10;")
}

/// A Cloze note's field: braces and colons as entities too.
fn cloze_field(text: &str) -> String {
    field(text)
        .replace('{', "&#123;")
        .replace('}', "&#125;")
        .replace(':', "&#58;")
}

/// The notetype and its two fields.
fn note(question: &Question) -> (&'static str, String, String) {
    let back_quote = field(&question.explanation);
    if question.kind == QuestionKind::FillInTheBlank
        && question.prompt.matches(BLANK).count() == 1
        && let Some((before, after)) = question.prompt.split_once(BLANK)
    {
        let answer = accepted_answers(question)
            .into_iter()
            .next()
            .unwrap_or_default();
        let text = format!(
            "{}{{{{c1::{}}}}}{}",
            cloze_field(before),
            cloze_field(&answer),
            cloze_field(after)
        );
        let extra = match also_accepted(question) {
            Some(others) => format!("{others}<br><br>{back_quote}"),
            None => back_quote,
        };
        return ("Cloze", text, extra);
    }
    let (front, answer) = basic(question);
    ("Basic", front, format!("{answer}<br><br>{back_quote}"))
}

/// "Also accepted: …" for a typed answer with other wordings.
fn also_accepted(question: &Question) -> Option<String> {
    let others: Vec<String> = accepted_answers(question).into_iter().skip(1).collect();
    (!others.is_empty()).then(|| field(&format!("Also accepted: {}", others.join("; "))))
}

/// Front and answer of a Basic note, as HTML.
fn basic(question: &Question) -> (String, String) {
    let prompt = field(&question.prompt);
    let options = || {
        question
            .choices
            .iter()
            .map(|choice| field(&format!("{}. {}", choice.label, choice.text)))
            .collect::<Vec<_>>()
            .join("<br>")
    };
    match question.kind {
        QuestionKind::TrueFalse => {
            let verdict = if statement_is_true(question) {
                "True"
            } else {
                "False"
            };
            (prompt, verdict.to_string())
        }
        QuestionKind::MultipleChoice | QuestionKind::MultiSelect => (
            format!("{prompt}<br><br>{}", options()),
            right_texts(question)
                .iter()
                .map(|text| field(text))
                .collect::<Vec<_>>()
                .join("<br>"),
        ),
        QuestionKind::Matching => {
            let items = question
                .matching_items
                .iter()
                .enumerate()
                .map(|(index, item)| field(&format!("{}. {item}", index + 1)))
                .collect::<Vec<_>>()
                .join("<br>");
            let answer = pairs(question)
                .iter()
                .map(|(item, option)| field(&format!("{item} → {option}")))
                .chain(
                    unpaired_options(question)
                        .iter()
                        .map(|option| field(&format!("(no item) {option}"))),
                )
                .collect::<Vec<_>>()
                .join("<br>");
            (
                format!("{prompt}<br><br>{items}<br><br>{}", options()),
                answer,
            )
        }
        QuestionKind::FillInTheBlank | QuestionKind::ShortAnswer => {
            let mut answer = accepted_answers(question)
                .first()
                .map(|a| field(a))
                .unwrap_or_default();
            if numeric_answer(question).is_none()
                && let Some(others) = also_accepted(question)
            {
                let _ = write!(answer, "<br>{others}");
            }
            (prompt, answer)
        }
    }
}

#[cfg(test)]
pub(crate) mod reader {
    //! Reads the exporter's TSV back: header lines, then one note a line.

    /// One parsed note.
    #[derive(Debug, Default, PartialEq)]
    pub struct Read {
        pub guid: String,
        pub notetype: String,
        pub fields: [String; 2],
        pub tags: Vec<String>,
    }

    /// Reverses field escaping (HTML entities the writer uses).
    pub fn unfield(text: &str) -> String {
        text.replace("<br>", "\n")
            .replace("&#9;", "\t")
            .replace("&#10;", "\n")
            .replace("&#123;", "{")
            .replace("&#125;", "}")
            .replace("&#58;", ":")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
    }

    pub fn read(file: &str) -> (Vec<String>, Vec<Read>) {
        let headers = file
            .lines()
            .take_while(|line| line.starts_with('#'))
            .map(str::to_string)
            .collect();
        let notes = file
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| {
                let columns: Vec<&str> = line.split('\t').collect();
                assert_eq!(columns.len(), 5, "{line}");
                Read {
                    guid: columns[0].to_string(),
                    notetype: columns[1].to_string(),
                    fields: [columns[2].to_string(), columns[3].to_string()],
                    tags: columns[4].split(' ').map(str::to_string).collect(),
                }
            })
            .collect();
        (headers, notes)
    }

    /// The cloze's answer and the text around it, unescaped.
    pub fn cloze(text: &str) -> (String, String, String) {
        let (before, rest) = text.split_once("{{c1::").expect("a cloze opens");
        let (answer, after) = rest.split_once("}}").expect("a cloze closes");
        (unfield(before), unfield(answer), unfield(after))
    }
}

#[cfg(test)]
mod tests {
    use super::reader::{cloze, read, unfield};
    use super::*;
    use crate::export::sample;

    #[test]
    fn the_header_names_separator_html_columns_and_deck() {
        let (file, count) = render(&sample::every_kind("Astana"));
        let (headers, notes) = read(&file);
        assert_eq!(
            headers,
            [
                "#separator:tab",
                "#html:true",
                "#guid column:1",
                "#notetype column:2",
                "#deck:Summit Quiz",
                "#tags column:5"
            ]
        );
        assert_eq!(notes.len(), count);
        let types: Vec<&str> = notes.iter().map(|n| n.notetype.as_str()).collect();
        assert_eq!(
            types,
            [
                "Basic", "Basic", "Cloze", "Basic", "Basic", "Basic", "Basic"
            ]
        );
        assert_eq!(cloze(&notes[2].fields[0]).1, "Astana answer");
        for note in &notes {
            assert!(
                unfield(&note.fields[1]).contains("The article says (sentence 3): “Astana”"),
                "{note:?}"
            );
        }
        assert_eq!(notes[0].tags, ["outcomes", "multiple-choice"]);
    }

    #[test]
    fn guids_are_stable_per_fact_and_kind_and_repeats_are_written_once() {
        let questions = sample::every_kind("Astana");
        let again = sample::every_kind("other words entirely");
        let guids: Vec<String> = questions.iter().map(guid).collect();
        assert_eq!(guids, again.iter().map(guid).collect::<Vec<_>>());
        let mut unique = guids.clone();
        unique.dedup();
        assert_eq!(unique.len(), guids.len());
        // Pinned: changing the hash would duplicate every card on re-import.
        assert_eq!(guids[0], "sqd585eb25662bf025");
        let doubled: Vec<Question> = questions.iter().chain(&questions).cloned().collect();
        assert_eq!(render(&doubled).1, questions.len());
    }
}
