//! The bridge from a rendered question to the item-writing-flaw checks:
//! it looks up, in the fact data, what the pure checker cannot know (each
//! option's answer class and tone, whether a swapped value belongs to the
//! article's world).

use crate::facts::{Fact, FactBase};
use crate::quality::{self, Flaw, ItemView, OptionView, RivalsView, TypedView};
use crate::question::{AnswerKey, Question, QuestionKind};

/// What a rendered question carries besides its text: the value swapped
/// into a false statement, if any.
#[derive(Debug, Clone, Default)]
pub struct Extras {
    /// The swapped value and whether it belongs to the article's world
    /// (known from its distractor record, so not recomputed here).
    pub swapped: Option<(String, bool)>,
}

/// The class of an option: that of the fact whose answer it is, if any,
/// else the class of the fact asked about.
fn class_of(base: &FactBase, main: &Fact, text: &str) -> String {
    if main.answer_kind == crate::facts::AnswerKind::List {
        // Options of a list question are list items, whatever else they are.
        return main.answer_class();
    }
    base.facts_for_source(&main.source_id)
        .find(|fact| fact.answer == text)
        .map_or_else(|| main.answer_class(), Fact::answer_class)
}

/// The right answer's text: the keyed option or the expected words.
fn answer_text(question: &Question) -> &str {
    match &question.key {
        AnswerKey::Single { correct } => question
            .choices
            .get(*correct)
            .map_or("", |choice| choice.text.as_str()),
        AnswerKey::Text { expected, .. } => expected,
        _ => "",
    }
}

/// Every mechanical flaw of a rendered question.
pub fn flaws(base: &FactBase, facts: &[&Fact], question: &Question, extras: &Extras) -> Vec<Flaw> {
    let Some(main) = facts.first() else {
        return Vec::new();
    };
    let classes = option_classes(base, main, facts, question);
    let typed = match &question.key {
        AnswerKey::Text {
            expected, items, ..
        } => Some(TypedView {
            answer: expected,
            items,
        }),
        _ => None,
    };
    // Rival values matter only where the learner types the answer: options
    // are verified against them (see `distractors::Truths`).
    let rivals = typed.is_some().then(|| base.rivals(main));
    let item = ItemView {
        prompt: &question.prompt,
        options: option_views(base, question, &classes),
        asks: asked_pairs(facts, question),
        typed,
        swap: extras
            .swapped
            .as_ref()
            .map(|(value, in_world)| (value.as_str(), *in_world)),
        right_count: match &question.key {
            AnswerKey::Multi { correct } => Some(correct.len()),
            _ => None,
        },
        rivals: rivals.as_ref().map(|rivals| RivalsView {
            values: &rivals.values,
            ruled_out_by: rivals.ruled_out_by.as_deref(),
        }),
    };
    quality::check(&item)
}

/// The answer class of each option, in the question's order: a matching
/// option's is that of the fact whose answer it is, any other's as
/// [`class_of`] finds it; `main` is the fact asked about.
fn option_classes(
    base: &FactBase,
    main: &Fact,
    facts: &[&Fact],
    question: &Question,
) -> Vec<String> {
    match question.kind {
        QuestionKind::Matching => question
            .choices
            .iter()
            .map(|choice| {
                facts
                    .iter()
                    .find(|fact| fact.answer == choice.text)
                    .map_or_else(|| main.answer_class(), |fact| fact.answer_class())
            })
            .collect(),
        _ => question
            .choices
            .iter()
            .map(|choice| class_of(base, main, &choice.text))
            .collect(),
    }
}

/// The options as the checks see them (none for true/false), in a
/// canonical order: the checks judge an option set, not an order, so every
/// shuffle of one set has one verdict, which is what lets `verdict_key`
/// leave the order out.
fn option_views<'a>(
    base: &FactBase,
    question: &'a Question,
    classes: &'a [String],
) -> Vec<OptionView<'a>> {
    if question.kind == QuestionKind::TrueFalse {
        return Vec::new();
    }
    let right = |index: usize| match &question.key {
        AnswerKey::Single { correct } => *correct == index,
        AnswerKey::Multi { correct } => correct.contains(&index),
        _ => false,
    };
    let mut options: Vec<OptionView> = question
        .choices
        .iter()
        .enumerate()
        .map(|(index, choice)| OptionView {
            text: &choice.text,
            right: right(index),
            class: &classes[index],
            polarity: base.polarity(&choice.text),
        })
        .collect();
    options.sort_by(|a, b| (a.text, a.right).cmp(&(b.text, b.right)));
    options
}

/// Each question the item asks with its own answer: the stem and the
/// right answer, or every matching item and its fact's answer; none for
/// true/false and select-all.
fn asked_pairs<'a>(facts: &[&'a Fact], question: &'a Question) -> Vec<(&'a str, &'a str)> {
    match question.kind {
        QuestionKind::Matching => question
            .matching_items
            .iter()
            .zip(facts)
            .map(|(item, fact)| (item.as_str(), fact.answer.as_str()))
            .collect(),
        QuestionKind::TrueFalse | QuestionKind::MultiSelect => Vec::new(),
        _ => vec![(question.prompt.as_str(), answer_text(question))],
    }
}

/// Everything [`flaws`] reads of a rendered question, as one string: equal
/// keys (under one fact base) have equal flaws. The options are listed as a
/// set (sorted, each marked right or wrong), since [`flaws`] judges them in
/// a canonical order; everything else in the order shown.
pub fn verdict_key(facts: &[u16], question: &Question, extras: &Extras) -> String {
    // Unit and record separators keep the parts apart; text never has them.
    const UNIT: char = '\u{1f}';
    const RECORD: char = '\u{1e}';
    let mut key = String::with_capacity(256);
    key.push(char::from(b'0' + question.kind.code()));
    for &fact in facts {
        key.push_str(&fact.to_string());
        key.push(',');
    }
    key.push(RECORD);
    key.push_str(&question.prompt);
    key.push(RECORD);
    for item in &question.matching_items {
        key.push_str(item);
        key.push(UNIT);
    }
    key.push(RECORD);
    let right = |index: usize| match &question.key {
        AnswerKey::Single { correct } => *correct == index,
        AnswerKey::Multi { correct } => correct.contains(&index),
        _ => false,
    };
    let mut options: Vec<(&str, bool)> = question
        .choices
        .iter()
        .enumerate()
        .map(|(index, choice)| (choice.text.as_str(), right(index)))
        .collect();
    options.sort_unstable();
    for (text, right) in options {
        key.push(if right { '+' } else { '-' });
        key.push_str(text);
        key.push(UNIT);
    }
    key.push(RECORD);
    if let AnswerKey::Text {
        expected, items, ..
    } = &question.key
    {
        key.push_str(expected);
        key.push(UNIT);
        for item in items {
            key.push_str(item);
            key.push(UNIT);
        }
    }
    key.push(RECORD);
    if let AnswerKey::Multi { correct } = &question.key {
        key.push_str(&correct.len().to_string());
    }
    key.push(RECORD);
    if let Some((value, in_world)) = &extras.swapped {
        key.push(if *in_world { '+' } else { '-' });
        key.push_str(value);
    }
    key
}
