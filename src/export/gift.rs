//! Moodle GIFT: one question per block, blocks separated by a blank line.
//!
//! ```text
//! // [tag:outcomes] [tag:multiple-choice]
//! ::001 multiple choice\: Where was the treaty signed?::[html]Where was the treaty signed?{
//!     =Astana#Right.
//!     ~Almaty#Not this one: the answer is “Astana”.
//!     ####The article says (sentence 4)\: “…”
//! }
//! ```
//!
//! Question text, options and feedback are `[html]`: Moodle shows them as
//! written, and GIFT importers keep HTML text's whitespace. Every character
//! GIFT gives a meaning (`~ = # { } : \`) is escaped with a backslash and a
//! line feed is written `\n`, so no text can end a question or open an
//! answer. Matching answers are plain text, as Moodle stores them.

use std::fmt::Write;

use super::{
    RIGHT_FEEDBACK, accepted_answers, clean, html, is_right, kind_tag, name, numeric_answer, pairs,
    share, statement_is_true, topic_tag, unpaired_options, wrong_feedback,
};
use crate::generation::BLANK;
use crate::question::{AnswerKey, Question, QuestionKind};

/// Renders every question as a GIFT file.
pub fn render(questions: &[Question]) -> String {
    let mut out = String::from(
        "// Summit Quiz questions in GIFT: Moodle > Question bank > Import > GIFT format.\n\n",
    );
    for (index, question) in questions.iter().enumerate() {
        block(&mut out, index + 1, question);
        out.push('\n');
    }
    out
}

/// Escapes GIFT's special characters in plain text.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in clean(text).chars() {
        match c {
            '\\' | '~' | '=' | '#' | '{' | '}' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Text for an `[html]` field: HTML-escaped, then GIFT-escaped. A `//`
/// would read as a comment where a field starts a line, so its second
/// slash is written as an entity.
fn rich(text: &str) -> String {
    escape(&html(text).replace("//", "/&#47;"))
}

fn block(out: &mut String, number: usize, question: &Question) {
    let _ = writeln!(
        out,
        "// [tag:{}] [tag:{}]",
        topic_tag(question),
        kind_tag(question.kind)
    );
    let title = escape(&name(number, question));
    let general = rich(&question.explanation);
    match question.kind {
        QuestionKind::TrueFalse => {
            let (mark, wrong) = if statement_is_true(question) {
                ("T", "Not so: the statement is true.")
            } else {
                ("F", "Not so: the statement is false.")
            };
            let _ = writeln!(
                out,
                "::{title}::[html]{}{{{mark}#{}#{}####{general}}}",
                rich(&question.prompt),
                rich(wrong),
                rich(RIGHT_FEEDBACK)
            );
        }
        QuestionKind::FillInTheBlank if question.prompt.matches(BLANK).count() == 1 => {
            let (before, after) = question.prompt.split_once(BLANK).unwrap_or_default();
            let _ = writeln!(
                out,
                "::{title}::[html]{}{{\n{}\t####{general}\n}}{}",
                rich(before),
                typed_answers(question),
                rich(after)
            );
        }
        _ => {
            let answers = match question.kind {
                QuestionKind::MultipleChoice | QuestionKind::MultiSelect => choices(question),
                QuestionKind::Matching => matches(question),
                _ => typed_answers(question),
            };
            let _ = writeln!(
                out,
                "::{title}::[html]{}{{\n{answers}\t####{general}\n}}",
                rich(&question.prompt)
            );
        }
    }
}

/// `=right ~wrong` for one right option; `~%weight%option` for select-all.
fn choices(question: &Question) -> String {
    let multi = matches!(question.key, AnswerKey::Multi { .. });
    let right_count = (0..question.choices.len())
        .filter(|&i| is_right(question, i))
        .count();
    let wrong_count = question.choices.len() - right_count;
    let mut out = String::new();
    for (index, choice) in question.choices.iter().enumerate() {
        let right = is_right(question, index);
        let mark = match (multi, right) {
            (false, true) => "=".to_string(),
            (false, false) => "~".to_string(),
            (true, true) => format!("~%{}%", share(right_count)),
            (true, false) => format!("~%-{}%", share(wrong_count)),
        };
        let feedback = if right {
            RIGHT_FEEDBACK.to_string()
        } else {
            wrong_feedback(question)
        };
        let _ = writeln!(out, "\t{mark}{}#{}", rich(&choice.text), rich(&feedback));
    }
    out
}

/// `=item -> option` per pair; an option no item takes is `= -> option`.
fn matches(question: &Question) -> String {
    let mut out = String::new();
    for (item, option) in pairs(question) {
        let _ = writeln!(out, "\t={} -> {}", rich(item), escape(option));
    }
    for option in unpaired_options(question) {
        let _ = writeln!(out, "\t= -> {}", escape(option));
    }
    out
}

/// Short answer: every accepted wording; numerical: `#=value:tolerance`.
fn typed_answers(question: &Question) -> String {
    let right = rich(RIGHT_FEEDBACK);
    match numeric_answer(question) {
        // The article's figures are exact, so no tolerance.
        Some(value) => format!("\t#={value}:0#{right}\n"),
        None => accepted_answers(question)
            .iter()
            .map(|answer| format!("\t={}#{right}\n", rich(answer)))
            .collect(),
    }
}

#[cfg(test)]
pub(crate) mod reader {
    //! A small GIFT reader for the exporter's own output: enough of the
    //! format to prove every text comes back, independent of the writer.

    /// One parsed question.
    #[derive(Debug, Default, PartialEq)]
    pub struct Read {
        pub tags: Vec<String>,
        pub title: String,
        pub stem: String,
        /// (mark, weight, text, feedback): mark is '=', '~', 'T', 'F' or '#'.
        pub answers: Vec<(char, Option<f64>, String, String)>,
        /// Matching: (item, option).
        pub pairs: Vec<(String, String)>,
        pub general: String,
        /// Text after the answer block (fill in the blank).
        pub after: String,
    }

    /// Characters, each marked escaped or not.
    fn lex(text: &str) -> Vec<(char, bool)> {
        let mut out = Vec::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push(('\n', true)),
                    Some(next) => out.push((next, true)),
                    None => out.push(('\\', false)),
                }
            } else {
                out.push((c, false));
            }
        }
        out
    }

    fn text(chars: &[(char, bool)]) -> String {
        chars.iter().map(|(c, _)| c).collect::<String>()
    }

    /// Splits at unescaped `c`.
    fn split(chars: &[(char, bool)], c: char) -> Vec<&[(char, bool)]> {
        chars.split(|&(x, escaped)| x == c && !escaped).collect()
    }

    /// Reverses the writer's HTML escaping.
    pub fn unhtml(text: &str) -> String {
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#47;", "/")
            .replace("&amp;", "&")
    }

    fn rich(chars: &[(char, bool)]) -> String {
        unhtml(text(chars).trim())
    }

    pub fn read(file: &str) -> Vec<Read> {
        file.split("\n\n")
            .filter(|block| block.lines().any(|line| !line.starts_with("//")))
            .map(read_block)
            .collect()
    }

    fn read_block(block: &str) -> Read {
        let mut read = Read::default();
        let mut body = String::new();
        for line in block.lines() {
            if let Some(comment) = line.strip_prefix("// ") {
                for tag in comment.split("[tag:").skip(1) {
                    read.tags
                        .push(tag.split(']').next().unwrap_or("").to_string());
                }
            } else {
                body.push_str(line);
                body.push('\n');
            }
        }
        let chars = lex(body.trim_end());
        let colons = |i: usize| chars[i] == (':', false) && chars.get(i + 1) == Some(&(':', false));
        assert!(colons(0), "a title opens {block}");
        let end = (2..chars.len())
            .find(|&i| colons(i))
            .expect("a title closes");
        read.title = text(&chars[2..end]);
        let rest = &chars[end + 2 + "[html]".len()..];
        let open = rest.iter().position(|&c| c == ('{', false)).expect("{");
        let close = rest.iter().position(|&c| c == ('}', false)).expect("}");
        read.stem = rich(&rest[..open]);
        read.after = rich(&rest[close + 1..]);
        let inside = &rest[open + 1..close];
        let general = split(inside, '#');
        // answers ... "" "" "" general: #### is four unescaped hashes.
        let (answers, general) = match general.len() {
            n if n >= 5 => (
                &inside[..inside.len() - general[n - 1].len() - 4],
                general[n - 1],
            ),
            _ => (inside, &[][..]),
        };
        read.general = rich(general);
        read_answers(&mut read, answers);
        read
    }

    fn read_answers(read: &mut Read, answers: &[(char, bool)]) {
        let trimmed = text(answers);
        let first = trimmed.trim_start().chars().next();
        if matches!(first, Some('T' | 'F')) {
            let parts = split(answers, '#');
            let mark = text(parts[0]).trim().chars().next().unwrap_or('?');
            read.answers
                .push((mark, None, rich(parts[1]), rich(parts[2])));
            return;
        }
        let numeric = first == Some('#');
        let lead = answers
            .iter()
            .take_while(|(c, _)| c.is_whitespace())
            .count();
        let mut current: Vec<(char, bool)> = Vec::new();
        let mut entries = Vec::new();
        for &(c, escaped) in &answers[lead + usize::from(numeric)..] {
            if !escaped && (c == '=' || c == '~') && !current.is_empty() {
                entries.push(std::mem::take(&mut current));
            }
            current.push((c, escaped));
        }
        entries.push(current);
        for entry in entries {
            let mark = entry[0].0;
            let body = &entry[1..];
            let parts = split(body, '#');
            let feedback = parts.get(1).map(|p| rich(p)).unwrap_or_default();
            let body = text(parts[0]);
            if let Some((left, right)) = body.split_once(" -> ") {
                read.pairs
                    .push((unhtml(left.trim()), right.trim().to_string()));
                continue;
            }
            let (weight, value) = match body.strip_prefix('%') {
                Some(weighted) => {
                    let (weight, value) = weighted.split_once('%').expect("%w%");
                    (weight.parse().ok(), value.to_string())
                }
                None => (None, body),
            };
            let value = if numeric {
                value.trim().to_string()
            } else {
                unhtml(value.trim())
            };
            read.answers
                .push((if numeric { '#' } else { mark }, weight, value, feedback));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::reader::read;
    use super::*;
    use crate::export::sample;

    #[test]
    fn every_kind_reads_back_with_its_marks() {
        let questions = sample::every_kind("Astana");
        let file = render(&questions);
        let read = read(&file);
        assert_eq!(read.len(), questions.len(), "{file}");
        let [
            multiple,
            true_false,
            blank,
            short,
            numeric,
            select,
            matching,
        ] = &read[..]
        else {
            panic!("{read:?}");
        };
        assert_eq!(multiple.title, "001 multiple choice: Prompt Astana");
        assert_eq!(multiple.tags, ["outcomes", "multiple-choice"]);
        let marks: String = multiple.answers.iter().map(|a| a.0).collect();
        assert_eq!(marks, "~=~~");
        assert_eq!(multiple.answers[1].2, "Astana right");
        assert_eq!(multiple.general, "The article says (sentence 3): “Astana”");
        assert_eq!(true_false.answers[0].0, 'F');
        assert_eq!(blank.stem, "Fill in the blank: Astana");
        assert_eq!(blank.after, "Astana.");
        assert_eq!(short.answers.len(), 3);
        assert_eq!(
            numeric.answers,
            [('#', None, "3000:0".into(), "Right.".into())]
        );
        let weights: Vec<f64> = select.answers.iter().filter_map(|a| a.1).collect();
        assert_eq!(weights, [33.33333, -50.0, 33.33333, 33.33333, -50.0]);
        assert_eq!(
            matching.pairs,
            [
                ("Astana i1".into(), "Astana o3".into()),
                ("Astana i2".into(), "Astana o1".into()),
                ("Astana i3".into(), "Astana o2".into()),
                (String::new(), "Astana extra".into()),
            ]
        );
    }

    #[test]
    fn special_characters_are_escaped_and_a_blank_line_cannot_appear() {
        let questions = sample::every_kind("a{b}~c=d#e:f\\g\n\nh//i");
        let file = render(&questions);
        assert!(
            file.contains(r"a\{b\}\~c\=d\#e\:f\\g\n\nh/&\#47;i"),
            "{file}"
        );
        // One blank line after the heading comment and after each question.
        assert_eq!(file.matches("\n\n").count(), questions.len() + 1, "{file}");
    }
}
