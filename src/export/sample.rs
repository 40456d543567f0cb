//! Questions of every kind with chosen text in every field, for the
//! exporters' tests.

use crate::facts::{AnswerKind, Citation};
use crate::question::{AnswerKey, Choice, Difficulty, Question, QuestionKind, label_for};

fn choices(texts: &[String]) -> Vec<Choice> {
    texts
        .iter()
        .enumerate()
        .map(|(index, text)| Choice {
            label: label_for(index),
            text: text.clone(),
        })
        .collect()
}

fn question(kind: QuestionKind, fact: &str, text: &str, key: AnswerKey) -> Question {
    Question {
        id: format!("q-{fact}-{}", kind.code()),
        kind,
        difficulty: Difficulty::Medium,
        prompt: format!("Prompt {text}"),
        choices: Vec::new(),
        matching_items: Vec::new(),
        answer_format: String::new(),
        topic: "outcomes".into(),
        source_id: "article".into(),
        fact_ids: vec![fact.to_string()],
        fact_topics: Vec::new(),
        key,
        canonical_answer: String::new(),
        explanation: format!("The article says (sentence 3): “{text}”"),
        citations: vec![Citation {
            source_id: "article".into(),
            sentence_index: 3,
            text: text.to_string(),
        }],
    }
}

fn typed(expected: &str, aliases: &[String], kind: AnswerKind) -> AnswerKey {
    AnswerKey::Text {
        expected: expected.to_string(),
        aliases: aliases.to_vec(),
        former_names: Vec::new(),
        kind,
        items: Vec::new(),
    }
}

/// One question of each kind (plus a numerical short answer), each field
/// holding `text` in some form.
pub fn every_kind(text: &str) -> Vec<Question> {
    let t = |suffix: &str| format!("{text} {suffix}");
    let mut multiple = question(
        QuestionKind::MultipleChoice,
        "f1",
        text,
        AnswerKey::Single { correct: 1 },
    );
    multiple.choices = choices(&[t("w1"), t("right"), t("w2"), t("w3")]);

    let mut true_false = question(
        QuestionKind::TrueFalse,
        "f2",
        text,
        AnswerKey::Single { correct: 1 },
    );
    true_false.choices = choices(&["True".into(), "False".into()]);

    let mut blank = question(
        QuestionKind::FillInTheBlank,
        "f3",
        text,
        typed(&t("answer"), &[t("alias")], AnswerKind::Concept),
    );
    blank.prompt = format!("Fill in the blank: {text} _____ {text}.");

    let short = question(
        QuestionKind::ShortAnswer,
        "f4",
        text,
        typed(&t("answer"), &[t("alias"), t("other")], AnswerKind::Place),
    );
    let numeric = question(
        QuestionKind::ShortAnswer,
        "f5",
        text,
        typed("3,000", &["three thousand".into()], AnswerKind::Number),
    );

    let mut select = question(
        QuestionKind::MultiSelect,
        "f6",
        text,
        AnswerKey::Multi {
            correct: vec![0, 2, 3],
        },
    );
    select.choices = choices(&[t("r1"), t("w1"), t("r2"), t("r3"), t("w2")]);

    let mut matching = question(
        QuestionKind::Matching,
        "f7",
        text,
        AnswerKey::Pairs {
            pairs: vec![2, 0, 1],
        },
    );
    matching.fact_ids = vec!["f7".into(), "f8".into(), "f9".into()];
    matching.matching_items = vec![t("i1"), t("i2"), t("i3")];
    matching.choices = choices(&[t("o1"), t("o2"), t("o3"), t("extra")]);

    vec![
        multiple, true_false, blank, short, numeric, select, matching,
    ]
}
