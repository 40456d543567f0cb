//! Moodle XML: `<quiz>` with one `<question type="…">` per question.
//!
//! Question text, options and feedback are HTML in CDATA sections; names,
//! typed answers and matching answers are plain text, XML-escaped, as
//! Moodle stores them. Select-all is a `multichoice` with `<single>false`
//! and the same weights as GIFT; a number written in digits is `numerical`.

use std::fmt::Write;

use super::{
    RIGHT_FEEDBACK, accepted_answers, html, is_right, kind_tag, name, numeric_answer, pairs, share,
    statement_is_true, topic_tag, unpaired_options, wrong_feedback,
};
use crate::question::{AnswerKey, Question, QuestionKind};

/// Renders every question as a Moodle XML file.
pub fn render(questions: &[Question]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    for (index, question) in questions.iter().enumerate() {
        let _ = writeln!(out, "<!-- question: {} -->", index + 1);
        question_element(&mut out, index + 1, question);
    }
    out.push_str("</quiz>\n");
    out
}

/// Escapes plain text for XML element content and attributes: the same
/// four characters as an HTML field, so the one escaper serves both.
use super::html as escape;

/// A CDATA section holding `content`. A `]]>` inside would end the
/// section early, so it is split across two sections.
pub(crate) fn cdata(content: &str) -> String {
    format!("<![CDATA[{}]]>", content.replace("]]>", "]]]]><![CDATA[>"))
}

/// An HTML text element for plain `text`: `<text><![CDATA[…]]></text>`.
fn html_text(text: &str) -> String {
    format!("<text>{}</text>", cdata(&html(text)))
}

fn question_element(out: &mut String, number: usize, question: &Question) {
    let numeric = numeric_answer(question);
    let kind = match (question.kind, numeric) {
        (QuestionKind::MultipleChoice | QuestionKind::MultiSelect, _) => "multichoice",
        (QuestionKind::TrueFalse, _) => "truefalse",
        (QuestionKind::Matching, _) => "matching",
        (_, Some(_)) => "numerical",
        (_, None) => "shortanswer",
    };
    let _ = writeln!(out, "  <question type=\"{kind}\">");
    let _ = writeln!(
        out,
        "    <name><text>{}</text></name>",
        escape(&name(number, question))
    );
    let _ = writeln!(
        out,
        "    <questiontext format=\"html\">{}</questiontext>",
        html_text(&question.prompt)
    );
    let _ = writeln!(
        out,
        "    <generalfeedback format=\"html\">{}</generalfeedback>",
        html_text(&question.explanation)
    );
    out.push_str("    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n");
    match (question.kind, numeric) {
        (QuestionKind::MultipleChoice | QuestionKind::MultiSelect, _) => choices(out, question),
        (QuestionKind::TrueFalse, _) => true_false(out, question),
        (QuestionKind::Matching, _) => matching(out, question),
        (_, Some(value)) => {
            // The article's figures are exact, so no tolerance.
            answer(
                out,
                "100",
                &value.to_string(),
                RIGHT_FEEDBACK,
                "<tolerance>0</tolerance>",
            );
        }
        (_, None) => {
            out.push_str("    <usecase>0</usecase>\n");
            for accepted in accepted_answers(question) {
                answer(out, "100", &accepted, RIGHT_FEEDBACK, "");
            }
        }
    }
    let _ = writeln!(
        out,
        "    <tags><tag><text>{}</text></tag><tag><text>{}</text></tag></tags>",
        escape(&topic_tag(question)),
        kind_tag(question.kind)
    );
    out.push_str("  </question>\n");
}

/// A plain-text answer (typed answers, true/false) with HTML feedback.
fn answer(out: &mut String, fraction: &str, text: &str, feedback: &str, extra: &str) {
    let _ = writeln!(
        out,
        "    <answer fraction=\"{fraction}\" format=\"moodle_auto_format\"><text>{}</text><feedback format=\"html\">{}</feedback>{extra}</answer>",
        escape(text),
        html_text(feedback)
    );
}

fn choices(out: &mut String, question: &Question) {
    let multi = matches!(question.key, AnswerKey::Multi { .. });
    let right_count = (0..question.choices.len())
        .filter(|&i| is_right(question, i))
        .count();
    let wrong_count = question.choices.len() - right_count;
    let _ = writeln!(
        out,
        "    <single>{}</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>ABCD</answernumbering>",
        !multi
    );
    for (index, choice) in question.choices.iter().enumerate() {
        let right = is_right(question, index);
        let fraction = match (multi, right) {
            (false, true) => "100".to_string(),
            (false, false) => "0".to_string(),
            (true, true) => share(right_count),
            (true, false) => format!("-{}", share(wrong_count)),
        };
        let feedback = if right {
            RIGHT_FEEDBACK.to_string()
        } else {
            wrong_feedback(question)
        };
        let _ = writeln!(
            out,
            "    <answer fraction=\"{fraction}\" format=\"html\">{}<feedback format=\"html\">{}</feedback></answer>",
            html_text(&choice.text),
            html_text(&feedback)
        );
    }
}

fn true_false(out: &mut String, question: &Question) {
    let is_true = statement_is_true(question);
    for (value, right) in [("true", is_true), ("false", !is_true)] {
        let (fraction, feedback) = if right {
            ("100", RIGHT_FEEDBACK)
        } else if is_true {
            ("0", "Not so: the statement is true.")
        } else {
            ("0", "Not so: the statement is false.")
        };
        answer(out, fraction, value, feedback, "");
    }
}

/// One `<subquestion>` per item; an option no item takes is a
/// subquestion with empty text, Moodle's way of adding a wrong answer.
fn matching(out: &mut String, question: &Question) {
    out.push_str("    <shuffleanswers>true</shuffleanswers>\n");
    let extra = unpaired_options(question)
        .into_iter()
        .map(|option| ("", option));
    for (item, option) in pairs(question).into_iter().chain(extra) {
        let text = if item.is_empty() {
            "<text></text>".to_string()
        } else {
            html_text(item)
        };
        let _ = writeln!(
            out,
            "    <subquestion format=\"html\">{text}<answer><text>{}</text></answer></subquestion>",
            escape(option)
        );
    }
}

#[cfg(test)]
pub(crate) mod reader {
    //! Reads the exporter's XML back with a real XML parser (roxmltree).

    use roxmltree::{Document, Node};

    /// One parsed question.
    #[derive(Debug, Default, PartialEq)]
    pub struct Read {
        pub kind: String,
        pub name: String,
        pub text: String,
        pub general: String,
        /// (fraction, text, feedback).
        pub answers: Vec<(f64, String, String)>,
        /// (item, option).
        pub pairs: Vec<(String, String)>,
        pub tags: Vec<String>,
        pub single: Option<bool>,
    }

    fn child<'a>(node: Node<'a, 'a>, tag: &str) -> Option<Node<'a, 'a>> {
        node.children().find(|n| n.has_tag_name(tag))
    }

    /// The `<text>` under `node`, joining CDATA sections.
    fn text_of(node: Option<Node<'_, '_>>) -> String {
        node.and_then(|n| child(n, "text"))
            .map(|t| t.children().filter_map(|c| c.text()).collect())
            .unwrap_or_default()
    }

    pub use super::super::gift::reader::unhtml;

    pub fn read(file: &str) -> Vec<Read> {
        let document = Document::parse(file).expect("well-formed XML");
        let root = document.root_element();
        assert!(root.has_tag_name("quiz"));
        root.children()
            .filter(|n| n.has_tag_name("question"))
            .map(|q| Read {
                kind: q.attribute("type").unwrap_or("").to_string(),
                name: text_of(child(q, "name")),
                text: unhtml(&text_of(child(q, "questiontext"))),
                general: unhtml(&text_of(child(q, "generalfeedback"))),
                answers: q
                    .children()
                    .filter(|n| n.has_tag_name("answer"))
                    .map(|a| {
                        let fraction = a
                            .attribute("fraction")
                            .unwrap_or("")
                            .parse()
                            .expect("fraction");
                        let text = if a.attribute("format") == Some("html") {
                            unhtml(&text_of(Some(a)))
                        } else {
                            text_of(Some(a))
                        };
                        (fraction, text, unhtml(&text_of(child(a, "feedback"))))
                    })
                    .collect(),
                pairs: q
                    .children()
                    .filter(|n| n.has_tag_name("subquestion"))
                    .map(|s| (unhtml(&text_of(Some(s))), text_of(child(s, "answer"))))
                    .collect(),
                tags: child(q, "tags")
                    .map(|tags| {
                        tags.children()
                            .filter(|n| n.has_tag_name("tag"))
                            .map(|t| text_of(Some(t)))
                            .collect()
                    })
                    .unwrap_or_default(),
                single: child(q, "single")
                    .and_then(|s| s.text())
                    .map(|s| s == "true"),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::reader::read;
    use super::*;
    use crate::export::sample;

    #[test]
    fn every_kind_has_its_moodle_type_fractions_and_tags() {
        let questions = sample::every_kind("Astana");
        let read = read(&render(&questions));
        let kinds: Vec<&str> = read.iter().map(|r| r.kind.as_str()).collect();
        assert_eq!(
            kinds,
            [
                "multichoice",
                "truefalse",
                "shortanswer",
                "shortanswer",
                "numerical",
                "multichoice",
                "matching"
            ]
        );
        let [multiple, true_false, _, short, numeric, select, matching] = &read[..] else {
            panic!("{read:?}");
        };
        assert_eq!(multiple.name, "001 multiple choice: Prompt Astana");
        assert_eq!(multiple.single, Some(true));
        let fractions: Vec<f64> = multiple.answers.iter().map(|a| a.0).collect();
        assert_eq!(fractions, [0.0, 100.0, 0.0, 0.0]);
        assert_eq!(multiple.general, "The article says (sentence 3): “Astana”");
        assert_eq!(multiple.tags, ["outcomes", "multiple-choice"]);
        assert_eq!(true_false.answers[1].0, 100.0);
        assert_eq!(true_false.answers[1].1, "false");
        assert_eq!(short.answers.len(), 3);
        assert_eq!(numeric.answers[0].1, "3000");
        assert_eq!(select.single, Some(false));
        let fractions: Vec<f64> = select.answers.iter().map(|a| a.0).collect();
        assert_eq!(fractions, [33.33333, -50.0, 33.33333, 33.33333, -50.0]);
        assert_eq!(matching.pairs.len(), 4);
        assert_eq!(matching.pairs[3], (String::new(), "Astana extra".into()));
    }

    #[test]
    fn a_cdata_end_inside_text_is_split_across_sections() {
        assert_eq!(cdata("a]]>b"), "<![CDATA[a]]]]><![CDATA[>b]]>");
        let read = read(&render(&sample::every_kind("x ]]> y")));
        assert_eq!(read[0].text, "Prompt x ]]> y");
    }
}
