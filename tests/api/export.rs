//! Exports, checked by the formats' own parsers: the built `summit-quiz
//! export` writes a 100-question file covering every kind, and gift-pegjs
//! (npm), lxml plus moodle-xml-parser (PyPI) and Anki's own library (PyPI
//! `anki`) read it back. `.ci/run` installs them; without them a test
//! fails under `CI` and is skipped loudly otherwise.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, LazyLock};

use serde_json::Value;
use summit_quiz::export::{self, Format};
use summit_quiz::facts::AnswerKind;
use summit_quiz::facts::Citation;
use summit_quiz::generation::{GenerateRequest, QuestionBank};
use summit_quiz::proto::{self, ExportFormat, ExportQuestionsRequest, GenerateQuestionsRequest};
use summit_quiz::question::{AnswerKey, Choice, Difficulty, Question, QuestionKind, label_for};
use tonic::Code;

use crate::helpers::{FACTS, expect_code, expect_invalid, spawn_app};

const SEED: u64 = 5;
const EVERY_KIND: &str =
    "multiple-choice,true-false,fill-in-the-blank,short-answer,select-all,matching";

static BANK: LazyLock<QuestionBank> = LazyLock::new(|| QuestionBank::new(Arc::clone(&FACTS)));

/// The questions `summit-quiz export --count 100 --seed 5 --kinds <every kind>`
/// writes: generation is repeatable, so the test knows every answer.
fn expected_questions() -> Vec<Question> {
    let request = GenerateRequest {
        count: 100,
        kinds: QuestionKind::ALL.to_vec(),
        difficulty: Difficulty::Medium,
        seed: SEED,
        ..GenerateRequest::default()
    };
    let questions = BANK.generate(&request).expect("generates").questions;
    let kinds: BTreeSet<QuestionKind> = questions.iter().map(|q| q.kind).collect();
    assert_eq!(questions.len(), 100);
    assert_eq!(
        kinds.len(),
        QuestionKind::ALL.len(),
        "every kind: {kinds:?}"
    );
    assert!(
        questions
            .iter()
            .any(|q| export::numeric_answer(q).is_some())
    );
    questions
}

fn parsers_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parsers")
}

/// Whether a parser is installed; under `CI` a missing one fails the test.
fn ready(parser: &str, check: &mut Command) -> bool {
    if check.output().is_ok_and(|output| output.status.success()) {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{parser} is not installed; .ci/run installs it"
    );
    eprintln!(
        "\n!!!!!!!! SKIPPED an export test: {parser} is not installed !!!!!!!!\n\
         !!!!!!!! install it as .ci/run does (npm ci in tests/parsers; pip install anki moodle-xml-parser lxml) !!!!!!!!\n"
    );
    false
}

fn gift_ready() -> bool {
    ready(
        "gift-pegjs",
        Command::new("node")
            .args(["-e", "require('gift-pegjs')"])
            .current_dir(parsers_dir()),
    )
}

fn python_ready(modules: &str) -> bool {
    ready(
        modules,
        Command::new("python3").args(["-c", &format!("import {modules}")]),
    )
}

/// Runs a parser script on `file` and reads its JSON output.
fn run_parser(program: &str, script: &str, file: &Path) -> Value {
    let output = Command::new(program)
        .arg(parsers_dir().join(script))
        .arg(file)
        .current_dir(parsers_dir())
        .output()
        .unwrap_or_else(|e| panic!("run {program} {script}: {e}"));
    assert!(
        output.status.success(),
        "{script} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the parser prints JSON")
}

/// `summit-quiz export --format <format> --count 100 ...` into a temp file,
/// as a teacher would run it.
fn export_with_the_binary(format: &str, dir: &Path) -> PathBuf {
    let path = dir.join(format!("export.{format}"));
    let output = Command::new(env!("CARGO_BIN_EXE_summit-quiz"))
        .args(["export", "--format", format, "--count", "100"])
        .args(["--seed", &SEED.to_string(), "--kinds", EVERY_KIND, "-o"])
        .arg(&path)
        .output()
        .expect("run summit-quiz export");
    assert!(
        output.status.success(),
        "summit-quiz export failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    path
}

/// Reverses HTML escaping as a browser would for the entities the
/// exporters write.
fn unhtml(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#47;", "/")
        .replace("&#9;", "\t")
        .replace("&#10;", "\n")
        .replace("&#123;", "{")
        .replace("&#125;", "}")
        .replace("&#58;", ":")
        .replace("&amp;", "&")
}

fn str_at<'a>(value: &'a Value, pointer: &str) -> &'a str {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string at {pointer} in {value}"))
}

fn option_texts(question: &Question) -> Vec<String> {
    question.choices.iter().map(|c| c.text.clone()).collect()
}

/// gift-pegjs 1.0.2 leaves its own escape codes in a matching answer (its
/// PlainText rule skips the decoding every other text gets); this is that
/// decoding, from the grammar's escapedCharacters table.
fn gift_pegjs_decode(text: &str) -> String {
    text.replace("&&092;", "\\")
        .replace("&&058;", ":")
        .replace("&&035;", "#")
        .replace("&&061;", "=")
        .replace("&&123;", "{")
        .replace("&&125;", "}")
        .replace("&&126;", "~")
        .replace("&&010", "\n")
}

/// gift-pegjs's choices for a choice question: the options in order, the
/// right one marked correct, or for select-all the right ones weighted
/// positive with weights summing to 100.
fn check_gift_choices(choices: &[Value], question: &Question) {
    let what = &question.prompt;
    let texts: Vec<String> = choices
        .iter()
        .map(|c| unhtml(str_at(c, "/text/text")))
        .collect();
    assert_eq!(texts, option_texts(question), "{what}");
    let multi = question.kind == QuestionKind::MultiSelect;
    let mut total = 0.0;
    for (index, choice) in choices.iter().enumerate() {
        let right = export::is_right(question, index);
        if multi {
            let weight = choice["weight"].as_f64().expect("a weight");
            assert_eq!(weight > 0.0, right, "{what}: option {index}");
            total += weight.max(0.0);
        } else {
            assert_eq!(choice["isCorrect"], right, "{what}: option {index}");
        }
    }
    if multi {
        assert!(
            (total - 100.0).abs() < 0.001,
            "{what}: weights sum to {total}"
        );
    }
}

/// What gift-pegjs read for `question` matches it.
fn check_gift(read: &Value, question: &Question) {
    let what = &question.prompt;
    let kind = str_at(read, "/type");
    let choices = read["choices"].as_array().cloned().unwrap_or_default();
    let text_of = |c: &Value| unhtml(str_at(c, "/text/text"));
    match question.kind {
        QuestionKind::TrueFalse => {
            assert_eq!(kind, "TF", "{what}");
            assert_eq!(
                read["isTrue"],
                export::statement_is_true(question),
                "{what}"
            );
        }
        QuestionKind::MultipleChoice | QuestionKind::MultiSelect => {
            assert_eq!(kind, "MC", "{what}");
            check_gift_choices(&choices, question);
        }
        QuestionKind::Matching => {
            assert_eq!(kind, "Matching", "{what}");
            let read_pairs: Vec<(String, String)> = read["matchPairs"]
                .as_array()
                .expect("pairs")
                .iter()
                .map(|p| {
                    let subanswer = p["subanswer"].as_str().expect("subanswer");
                    (
                        unhtml(str_at(p, "/subquestion/text")),
                        gift_pegjs_decode(subanswer),
                    )
                })
                .collect();
            let expected: Vec<(String, String)> = export::pairs(question)
                .into_iter()
                .map(|(item, option)| (item.to_string(), option.to_string()))
                .chain(
                    export::unpaired_options(question)
                        .into_iter()
                        .map(|option| (String::new(), option.to_string())),
                )
                .collect();
            assert_eq!(read_pairs, expected, "{what}");
        }
        QuestionKind::FillInTheBlank | QuestionKind::ShortAnswer => {
            match export::numeric_answer(question) {
                Some(value) => {
                    assert_eq!(kind, "Numerical", "{what}");
                    assert_eq!(choices[0]["text"]["number"], value, "{what}");
                    assert_eq!(choices[0]["isCorrect"], true, "{what}");
                }
                None => {
                    assert_eq!(kind, "Short", "{what}");
                    let texts: Vec<String> = choices.iter().map(text_of).collect();
                    assert_eq!(texts, export::accepted_answers(question), "{what}");
                }
            }
        }
    }
    if question.kind == QuestionKind::FillInTheBlank {
        assert_eq!(read["hasEmbeddedAnswers"], true, "{what}");
    } else {
        assert_eq!(unhtml(str_at(read, "/stem/text")), question.prompt);
    }
    assert_eq!(
        unhtml(str_at(read, "/globalFeedback/text")),
        question.explanation
    );
    assert!(
        read["tags"]
            .as_array()
            .is_some_and(|tags| tags.contains(&Value::from(question.topic.as_str())))
    );
}

#[test]
fn a_hundred_question_gift_export_of_every_kind_reads_back_through_gift_pegjs() {
    if !gift_ready() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let questions = expected_questions();
    let file = export_with_the_binary("gift", dir.path());
    let read = run_parser("node", "gift_dump.mjs", &file);
    let read = read.as_array().expect("a list of questions");
    assert_eq!(read.len(), questions.len());
    for (read, question) in read.iter().zip(&questions) {
        check_gift(read, question);
    }
}

/// The Moodle question type a question is exported as.
fn moodle_type(question: &Question) -> &'static str {
    match question.kind {
        QuestionKind::MultipleChoice | QuestionKind::MultiSelect => "multichoice",
        QuestionKind::TrueFalse => "truefalse",
        QuestionKind::Matching => "matching",
        _ if export::numeric_answer(question).is_some() => "numerical",
        _ => "shortanswer",
    }
}

/// What lxml read for `question` matches it: type, text, answers, fractions.
fn check_moodle_xml(read: &Value, question: &Question) {
    let what = &question.prompt;
    assert_eq!(str_at(read, "/type"), moodle_type(question), "{what}");
    assert_eq!(unhtml(str_at(read, "/questiontext")), question.prompt);
    assert_eq!(
        unhtml(str_at(read, "/generalfeedback")),
        question.explanation
    );
    assert_eq!(read["tags"][0], question.topic.as_str());
    let answers = read["answers"].as_array().expect("answers");
    let fractions: Vec<f64> = answers
        .iter()
        .map(|a| a["fraction"].as_f64().unwrap_or(f64::NAN))
        .collect();
    let texts: Vec<String> = answers
        .iter()
        .map(|a| {
            let text = a["text"].as_str().unwrap_or_default();
            if a["format"] == "html" {
                unhtml(text)
            } else {
                text.to_string()
            }
        })
        .collect();
    match moodle_type(question) {
        "multichoice" => {
            assert_eq!(texts, option_texts(question), "{what}");
            for (index, fraction) in fractions.iter().enumerate() {
                assert_eq!(*fraction > 0.0, export::is_right(question, index), "{what}");
            }
            let total: f64 = fractions.iter().filter(|f| **f > 0.0).sum();
            assert!((total - 100.0).abs() < 0.001, "{what}: {fractions:?}");
        }
        "truefalse" => {
            let is_true = export::statement_is_true(question);
            assert_eq!(texts, ["true", "false"]);
            assert_eq!(fractions, if is_true { [100.0, 0.0] } else { [0.0, 100.0] });
        }
        "numerical" => {
            let value = export::numeric_answer(question).expect("a number");
            assert_eq!(texts, [value.to_string()]);
            assert_eq!(fractions, [100.0]);
            assert_eq!(answers[0]["tolerance"], "0");
        }
        "shortanswer" => {
            assert_eq!(texts, export::accepted_answers(question), "{what}");
            assert!(fractions.iter().all(|f| *f == 100.0));
        }
        _ => {
            let pairs: Vec<(String, String)> = read["subquestions"]
                .as_array()
                .expect("subquestions")
                .iter()
                .map(|s| (unhtml(str_at(s, "/text")), str_at(s, "/answer").to_string()))
                .collect();
            let paired = export::pairs(question);
            assert_eq!(
                pairs.len(),
                paired.len() + export::unpaired_options(question).len()
            );
            for ((item, option), (read_item, read_option)) in paired.iter().zip(&pairs) {
                assert_eq!((*item, *option), (read_item.as_str(), read_option.as_str()));
            }
        }
    }
}

/// What moodle-xml-parser read for a choice question matches it.
fn check_moodle_parser(read: &Value, question: &Question) {
    let what = &question.prompt;
    assert_eq!(read["type"], "multichoice");
    assert_eq!(
        read["single"],
        question.kind == QuestionKind::MultipleChoice,
        "{what}"
    );
    assert_eq!(str_at(read, "/text_pre_parse"), question.prompt.trim());
    assert_eq!(
        str_at(read, "/general_feedback"),
        question.explanation.trim()
    );
    let options = read["options"].as_array().expect("options");
    assert_eq!(options.len(), question.choices.len(), "{what}");
    for (index, (option, choice)) in options.iter().zip(&question.choices).enumerate() {
        assert_eq!(str_at(option, "/answer"), choice.text.trim(), "{what}");
        let fraction = option["score_fraction"].as_f64().expect("a fraction");
        assert_eq!(fraction > 0.0, export::is_right(question, index), "{what}");
        assert!(option["feedback"].as_str().is_some_and(|f| !f.is_empty()));
    }
}

#[test]
fn a_hundred_question_moodle_xml_export_reads_back_through_lxml_and_moodle_xml_parser() {
    if !python_ready("lxml, moodle_xml_parser") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let questions = expected_questions();
    let file = export_with_the_binary("moodle-xml", dir.path());
    let read = run_parser("python3", "moodle_xml_dump.py", &file);
    let lxml = read["lxml"].as_array().expect("lxml questions");
    assert_eq!(lxml.len(), questions.len());
    for (read, question) in lxml.iter().zip(&questions) {
        check_moodle_xml(read, question);
    }
    let choice_questions: Vec<&Question> = questions
        .iter()
        .filter(|q| {
            matches!(
                q.kind,
                QuestionKind::MultipleChoice | QuestionKind::MultiSelect
            )
        })
        .collect();
    let parsed = read["moodle_xml_parser"]["multichoice"]
        .as_array()
        .expect("multichoice");
    assert_eq!(parsed.len(), choice_questions.len());
    for (read, question) in parsed.iter().zip(choice_questions) {
        check_moodle_parser(read, question);
    }
}

/// What Anki stored for `question`'s note matches it.
fn check_anki_note(note: &Value, question: &Question) {
    let what = &question.prompt;
    let cloze = question.kind == QuestionKind::FillInTheBlank;
    assert_eq!(
        note["notetype"],
        if cloze { "Cloze" } else { "Basic" },
        "{what}"
    );
    assert_eq!(
        note["guid"],
        summit_quiz::export::anki::guid(question).as_str()
    );
    assert_eq!(note["deck"], "Summit Quiz");
    assert!(
        note["cards"].as_u64().is_some_and(|n| n >= 1),
        "{what}: no card"
    );
    let tags: Vec<&str> = note["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(tags.contains(&question.topic.as_str()), "{what}: {tags:?}");
    let front = unhtml(str_at(note, "/fields/0"));
    let back = unhtml(str_at(note, "/fields/1"));
    for citation in &question.citations {
        assert!(
            back.contains(&citation.text),
            "{what}: the back lacks the cited sentence: {back}"
        );
    }
    if cloze {
        let answer = &export::accepted_answers(question)[0];
        assert!(front.contains(&format!("{{{{c1::{answer}}}}}")), "{front}");
    } else {
        assert!(front.starts_with(&question.prompt), "{front}");
    }
}

#[test]
fn a_hundred_question_anki_export_imports_once_and_a_second_import_adds_nothing() {
    if !python_ready("anki") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let questions = expected_questions();
    let file = export_with_the_binary("anki", dir.path());
    let read = run_parser("python3", "anki_import.py", &file);
    let mut expected: Vec<&Question> = Vec::new();
    for question in &questions {
        let guid = summit_quiz::export::anki::guid(question);
        if !expected
            .iter()
            .any(|q| summit_quiz::export::anki::guid(q) == guid)
        {
            expected.push(question);
        }
    }
    let [first, second] = read["imports"].as_array().expect("two imports").as_slice() else {
        panic!("{read}");
    };
    assert_eq!(first["new"], expected.len(), "{first}");
    assert_eq!(second["new"], 0, "re-importing added notes: {second}");
    assert_eq!(read["note_count"], expected.len());
    let notes = read["notes"].as_array().expect("notes");
    for question in expected {
        let guid = summit_quiz::export::anki::guid(question);
        let note = notes
            .iter()
            .find(|n| n["guid"] == guid.as_str())
            .unwrap_or_else(|| panic!("no note for {}", question.prompt));
        check_anki_note(note, question);
    }
}

/// Text with every character the three formats, HTML, XML and cloze
/// syntax give a meaning.
const SPECIAL: &str = "{braces} ~tilde =equals #hash: colon\\back \"quotes\" 'apostrophe' \
    <b>not bold</b> & &amp; ]]> cdata -> arrow // slashes\ttab\nnewline \
    é中文 “curly” 🙂 {{c1::cloze}} %50% [html] ::title::";

fn special_question(kind: QuestionKind, fact: &str, key: AnswerKey, options: usize) -> Question {
    let text = |suffix: &str| format!("{SPECIAL} {suffix}");
    Question {
        id: format!("special-{fact}"),
        kind,
        difficulty: Difficulty::Medium,
        prompt: text("prompt"),
        choices: (0..options)
            .map(|index| Choice {
                label: label_for(index),
                text: text(&format!("option {index}")),
            })
            .collect(),
        matching_items: Vec::new(),
        answer_format: String::new(),
        topic: "special-topic".into(),
        source_id: "article".into(),
        fact_ids: vec![fact.to_string()],
        fact_topics: Vec::new(),
        key,
        canonical_answer: String::new(),
        explanation: format!("The article says (sentence 1): “{SPECIAL}”"),
        citations: vec![Citation {
            source_id: "article".into(),
            sentence_index: 1,
            text: SPECIAL.to_string(),
        }],
    }
}

/// One question of every kind with [`SPECIAL`] in every text.
fn special_questions() -> Vec<Question> {
    let typed = |expected: &str| AnswerKey::Text {
        expected: expected.to_string(),
        aliases: vec![format!("{SPECIAL} alias")],
        former_names: Vec::new(),
        kind: AnswerKind::Concept,
        items: Vec::new(),
    };
    let mut true_false = special_question(
        QuestionKind::TrueFalse,
        "f2",
        AnswerKey::Single { correct: 0 },
        0,
    );
    true_false.choices = ["True", "False"]
        .iter()
        .enumerate()
        .map(|(i, text)| Choice {
            label: label_for(i),
            text: text.to_string(),
        })
        .collect();
    let mut blank = special_question(
        QuestionKind::FillInTheBlank,
        "f3",
        typed(&format!("{SPECIAL} answer")),
        0,
    );
    blank.prompt = format!("Fill in the blank: {SPECIAL} _____ {SPECIAL}.");
    let mut matching = special_question(
        QuestionKind::Matching,
        "f6",
        AnswerKey::Pairs {
            pairs: vec![1, 0, 2],
        },
        4,
    );
    matching.matching_items = (1..=3).map(|i| format!("{SPECIAL} item {i}")).collect();
    vec![
        special_question(
            QuestionKind::MultipleChoice,
            "f1",
            AnswerKey::Single { correct: 2 },
            4,
        ),
        true_false,
        blank,
        special_question(
            QuestionKind::ShortAnswer,
            "f4",
            typed(&format!("{SPECIAL} answer")),
            0,
        ),
        special_question(
            QuestionKind::MultiSelect,
            "f5",
            AnswerKey::Multi {
                correct: vec![0, 3],
            },
            5,
        ),
        matching,
    ]
}

fn write_export(format: Format, questions: &[Question], dir: &Path) -> PathBuf {
    let file = export::export(format, questions).expect("exports");
    let path = dir.join(file.file_name);
    std::fs::write(&path, file.bytes).expect("write the export");
    path
}

#[test]
fn text_with_every_special_character_comes_back_unchanged_through_every_parser() {
    let questions = special_questions();
    let dir = tempfile::tempdir().expect("temp dir");
    if gift_ready() {
        let read = run_parser(
            "node",
            "gift_dump.mjs",
            &write_export(Format::Gift, &questions, dir.path()),
        );
        let read = read.as_array().expect("questions");
        assert_eq!(read.len(), questions.len());
        for (read, question) in read.iter().zip(&questions) {
            check_gift(read, question);
        }
        let blank = unhtml(str_at(&read[2], "/stem/text"));
        assert_eq!(
            blank,
            format!("Fill in the blank: {SPECIAL} _____ {SPECIAL}.")
        );
    }
    if python_ready("lxml, moodle_xml_parser") {
        let path = write_export(Format::MoodleXml, &questions, dir.path());
        let read = run_parser("python3", "moodle_xml_dump.py", &path);
        for (read, question) in read["lxml"]
            .as_array()
            .expect("lxml")
            .iter()
            .zip(&questions)
        {
            check_moodle_xml(read, question);
        }
        let choice = [&questions[0], &questions[4]];
        let parsed = read["moodle_xml_parser"]["multichoice"]
            .as_array()
            .expect("multichoice");
        assert_eq!(parsed.len(), choice.len());
        for (read, question) in parsed.iter().zip(choice) {
            check_moodle_parser(read, question);
        }
    }
    if python_ready("anki") {
        let read = run_parser(
            "python3",
            "anki_import.py",
            &write_export(Format::Anki, &questions, dir.path()),
        );
        assert_eq!(read["imports"][0]["new"], questions.len(), "{read}");
        assert_eq!(read["imports"][1]["new"], 0, "{read}");
        let notes = read["notes"].as_array().expect("notes");
        for question in &questions {
            let guid = export::anki::guid(question);
            let note = notes
                .iter()
                .find(|n| n["guid"] == guid.as_str())
                .expect("a note");
            check_anki_note(note, question);
        }
        // Re-importing a later export of the same questions (one per fact
        // and kind, now worded differently) updates every note, adding none.
        let reworded: Vec<Question> = questions
            .iter()
            .cloned()
            .map(|mut q| {
                q.explanation.push_str(" (reworded)");
                q
            })
            .collect();
        let first = dir.path().join("first.txt");
        std::fs::rename(write_export(Format::Anki, &questions, dir.path()), &first)
            .expect("rename");
        let second = write_export(Format::Anki, &reworded, dir.path());
        let output = Command::new("python3")
            .arg(parsers_dir().join("anki_import.py"))
            .args([&first, &second])
            .output()
            .expect("run anki_import.py");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let again: Value = serde_json::from_slice(&output.stdout).expect("JSON");
        assert_eq!(again["imports"][1]["new"], 0, "{again}");
        assert_eq!(again["imports"][1]["updated"], questions.len(), "{again}");
        assert_eq!(again["note_count"], questions.len());
        let cloze = notes
            .iter()
            .find(|n| n["notetype"] == "Cloze")
            .expect("a cloze note");
        assert_eq!(
            unhtml(str_at(cloze, "/fields/0")),
            format!("Fill in the blank: {SPECIAL} {{{{c1::{SPECIAL} answer}}}} {SPECIAL}.")
        );
    }
}

#[tokio::test]
async fn an_unknown_format_is_invalid_and_lists_the_formats() {
    let app = spawn_app().await;
    let mut export = proto::export_service_client::ExportServiceClient::new(app.channel.clone());
    for format in [0, 42] {
        let request = ExportQuestionsRequest {
            format,
            generate: Some(GenerateQuestionsRequest {
                count: 3,
                ..Default::default()
            }),
            ..Default::default()
        };
        let descriptions = expect_invalid(export.export_questions(request).await, &["format"]);
        assert!(
            descriptions[0]
                .contains("EXPORT_FORMAT_GIFT, EXPORT_FORMAT_MOODLE_XML, EXPORT_FORMAT_ANKI"),
            "{descriptions:?}"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn an_export_above_the_cap_is_refused_with_the_cap_named() {
    let app = spawn_app().await;
    let mut export = proto::export_service_client::ExportServiceClient::new(app.channel.clone());
    let request = ExportQuestionsRequest {
        format: ExportFormat::Gift as i32,
        generate: Some(GenerateQuestionsRequest {
            count: 101,
            ..Default::default()
        }),
        ..Default::default()
    };
    let descriptions = expect_invalid(export.export_questions(request).await, &["generate.count"]);
    assert!(
        descriptions[0].contains("between 1 and 100"),
        "{descriptions:?}"
    );
    let request = ExportQuestionsRequest {
        format: ExportFormat::Anki as i32,
        question_ids: vec!["x".into(); 101],
        ..Default::default()
    };
    let descriptions = expect_invalid(export.export_questions(request).await, &["question_ids"]);
    assert!(
        descriptions[0].contains("at most 100 questions"),
        "{descriptions:?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn question_ids_and_a_quiz_export_the_questions_they_name() {
    let mut app = spawn_app().await;
    let mut export = proto::export_service_client::ExportServiceClient::new(app.channel.clone());
    let generated = app
        .quiz
        .generate_questions(GenerateQuestionsRequest {
            count: 4,
            seed: 9,
            ..Default::default()
        })
        .await
        .expect("generates")
        .into_inner();
    let ids: Vec<String> = generated.questions.iter().map(|q| q.id.clone()).collect();
    let response = export
        .export_questions(ExportQuestionsRequest {
            format: ExportFormat::MoodleXml as i32,
            question_ids: ids,
            ..Default::default()
        })
        .await
        .expect("exports")
        .into_inner();
    assert_eq!(response.question_count, 4);
    assert_eq!(response.media_type, "application/xml");
    assert_eq!(response.file_name, "summit-quiz.moodle.xml");
    let xml = String::from_utf8(response.content).expect("UTF-8");
    for question in &generated.questions {
        assert!(
            xml.contains(&export::html(&question.prompt)),
            "{}",
            question.prompt
        );
    }
    let quiz = app
        .quiz
        .start_quiz(proto::StartQuizRequest {
            count: 3,
            ..Default::default()
        })
        .await
        .expect("starts")
        .into_inner();
    let open = export
        .export_questions(ExportQuestionsRequest {
            format: ExportFormat::Gift as i32,
            quiz_id: quiz.quiz_id.clone(),
            ..Default::default()
        })
        .await;
    let refused = expect_code(open, Code::FailedPrecondition);
    assert!(refused.message().contains("not finished"), "{refused:?}");
    // A quiz's own question id, while the quiz has no answer to it, is
    // refused by id too: the export would show its answer.
    let first_id = quiz.question.as_ref().expect("first question").id.clone();
    let by_id = |question_ids: Vec<String>| ExportQuestionsRequest {
        format: ExportFormat::Gift as i32,
        question_ids,
        ..Default::default()
    };
    let refused = expect_code(
        export.export_questions(by_id(vec![first_id.clone()])).await,
        Code::FailedPrecondition,
    );
    assert!(refused.message().contains("question_ids[0]"), "{refused:?}");
    let mut question = quiz.question.clone();
    while let Some(current) = question {
        question = app
            .quiz
            .submit_answer(proto::SubmitAnswerRequest {
                quiz_id: quiz.quiz_id.clone(),
                question_id: current.id,
                skip: true,
                ..Default::default()
            })
            .await
            .expect("skips")
            .into_inner()
            .next_question;
    }
    let response = export
        .export_questions(ExportQuestionsRequest {
            format: ExportFormat::Gift as i32,
            quiz_id: quiz.quiz_id,
            ..Default::default()
        })
        .await
        .expect("exports the finished quiz")
        .into_inner();
    assert_eq!(response.question_count, 3);
    let gift = String::from_utf8(response.content).expect("UTF-8");
    assert_eq!(gift.matches("\n::").count(), 3, "{gift}");
    // Once answered, the quiz's question exports by its sealed id.
    let exported = export
        .export_questions(by_id(vec![first_id]))
        .await
        .expect("a quiz question exports once the quiz has its answer")
        .into_inner();
    assert_eq!(exported.question_count, 1);
    // Every malformed id is named at once, each by its index.
    let generated_id = generated.questions[0].id.clone();
    let unknown = export
        .export_questions(by_id(vec![
            "nonsense".into(),
            generated_id,
            "qz1_forged".into(),
        ]))
        .await;
    expect_invalid(unknown, &["question_ids[0]", "question_ids[2]"]);
    app.stop().await;
}

#[test]
fn the_client_writes_the_file_to_stdout_without_dash_o() {
    let output = Command::new(env!("CARGO_BIN_EXE_summit-quiz"))
        .args(["export", "--format", "anki", "--count", "3", "--seed", "2"])
        .output()
        .expect("run summit-quiz export");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        stdout.starts_with("#separator:tab\n#html:true\n"),
        "{stdout}"
    );
    assert_eq!(stdout.lines().filter(|l| !l.starts_with('#')).count(), 3);
    let refused = Command::new(env!("CARGO_BIN_EXE_summit-quiz"))
        .args(["export", "--format", "csv"])
        .output()
        .expect("run summit-quiz export");
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("gift") && stderr.contains("moodle-xml") && stderr.contains("anki"),
        "{stderr}"
    );
}
