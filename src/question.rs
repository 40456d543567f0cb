//! Questions and grades as the core sees them, independent of the wire format.

use crate::facts::{AnswerKind, Citation};

/// The format of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuestionKind {
    MultipleChoice,
    TrueFalse,
    FillInTheBlank,
    ShortAnswer,
    MultiSelect,
    Matching,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 6] = [
        QuestionKind::MultipleChoice,
        QuestionKind::TrueFalse,
        QuestionKind::FillInTheBlank,
        QuestionKind::ShortAnswer,
        QuestionKind::MultiSelect,
        QuestionKind::Matching,
    ];

    /// A compact code used inside question ids.
    pub fn code(self) -> u8 {
        match self {
            QuestionKind::MultipleChoice => 1,
            QuestionKind::TrueFalse => 2,
            QuestionKind::FillInTheBlank => 3,
            QuestionKind::ShortAnswer => 4,
            QuestionKind::MultiSelect => 5,
            QuestionKind::Matching => 6,
        }
    }

    pub fn from_code(code: u8) -> Option<QuestionKind> {
        QuestionKind::ALL
            .into_iter()
            .find(|kind| kind.code() == code)
    }

    /// A human name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            QuestionKind::MultipleChoice => "multiple choice",
            QuestionKind::TrueFalse => "true/false",
            QuestionKind::FillInTheBlank => "fill in the blank",
            QuestionKind::ShortAnswer => "short answer",
            QuestionKind::MultiSelect => "select all that apply",
            QuestionKind::Matching => "matching",
        }
    }
}

/// How hard a question is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Difficulty {
    Easy,
    #[default]
    Medium,
    Hard,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

    pub fn code(self) -> u8 {
        match self {
            Difficulty::Easy => 1,
            Difficulty::Medium => 2,
            Difficulty::Hard => 3,
        }
    }

    pub fn from_code(code: u8) -> Option<Difficulty> {
        Difficulty::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// One lettered option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// "A", "B", ...
    pub label: String,
    pub text: String,
}

/// What a right answer looks like. Never sent to clients.
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerKey {
    /// Multiple choice and true/false: the index of the one right choice.
    Single { correct: usize },
    /// Select-all: the indices of every right choice, ascending.
    Multi { correct: Vec<usize> },
    /// Matching: `pairs[i]` is the choice index that matching item `i` pairs with.
    Pairs { pairs: Vec<usize> },
    /// Typed answers (fill-in-the-blank, short answer).
    Text {
        /// The canonical answer.
        expected: String,
        /// Other accepted wordings.
        aliases: Vec<String>,
        /// Names the answer went by before (`Fact::former_names`): no
        /// credit alone, but beside the answer ("Astana (Nur-Sultan)") no
        /// second answer either.
        former_names: Vec<String>,
        /// Decides type-aware matching (numbers, money, people...).
        kind: AnswerKind,
        /// For list answers, the items, each worth an equal share.
        items: Vec<String>,
    },
}

/// A rendered question with its answer key.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Opaque id from which the question can be rebuilt.
    pub id: String,
    pub kind: QuestionKind,
    pub difficulty: Difficulty,
    pub prompt: String,
    /// Options lettered from "A"; empty for typed kinds.
    pub choices: Vec<Choice>,
    /// Left-hand items of a matching question, numbered from 1.
    pub matching_items: Vec<String>,
    /// How to type the answer.
    pub answer_format: String,
    pub topic: String,
    pub source_id: String,
    /// The facts tested, main fact first.
    pub fact_ids: Vec<String>,
    /// The topic of each fact tested, in `fact_ids` order: a matching
    /// question's items may be about different topics, and each pair is
    /// scored in its own (see `session::Review::topic_scores`).
    pub fact_topics: Vec<String>,
    pub key: AnswerKey,
    /// The right answer written out for feedback.
    pub canonical_answer: String,
    /// What the article says, for feedback after grading.
    pub explanation: String,
    /// The sentences the question draws on, main fact's first.
    pub citations: Vec<Citation>,
}

#[cfg(test)]
impl Question {
    /// What a learner who knows the answer would type: the right labels,
    /// the pairs, or the expected words. Tests across modules use it.
    pub(crate) fn right_answer(&self) -> String {
        let label = |index: usize| self.choices[index].label.clone();
        match &self.key {
            AnswerKey::Single { correct } => label(*correct),
            AnswerKey::Multi { correct } => correct
                .iter()
                .map(|&i| label(i))
                .collect::<Vec<_>>()
                .join(", "),
            AnswerKey::Pairs { pairs } => pairs
                .iter()
                .enumerate()
                .map(|(item, &choice)| format!("{}-{}", item + 1, label(choice)))
                .collect::<Vec<_>>()
                .join(" "),
            AnswerKey::Text { expected, .. } => expected.clone(),
        }
    }
}

/// The verdict on one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    pub correct: bool,
    /// Share of credit, 0 to 1.
    pub score: f64,
    pub canonical_answer: String,
    /// Why this verdict.
    pub feedback: String,
    /// False when the answer is not in a form the question takes: it names
    /// no option, lists several answers where one is wanted, or is empty.
    /// Such an answer earns nothing, but a quiz session asks again instead
    /// of spending the question on a slip of the keyboard.
    pub readable: bool,
    /// What the article says, quoting the cited sentence.
    pub explanation: String,
    pub citations: Vec<Citation>,
}

/// The letter for a 0-based option index: 0 → "A".
pub fn label_for(index: usize) -> String {
    let offset = u8::try_from(index % 26).unwrap_or(0);
    char::from(b'A' + offset).to_string()
}
