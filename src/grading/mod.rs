//! Grading typed answers.

use crate::facts::AnswerKind;
use crate::question::{Grade, Question};

/// Grades a learner's answer to a question. Never panics, for any input.
pub fn grade(question: &Question, answer: &str) -> Grade {
    let _ = answer;
    Grade {
        correct: false,
        score: 0.0,
        canonical_answer: question.canonical_answer.clone(),
        feedback: String::new(),
        explanation: question.explanation.clone(),
        citations: question.citations.clone(),
    }
}

/// True when `candidate` would be graded as a right typed answer for a fact
/// whose answer is `expected` (with `aliases`) of kind `kind`. The generator
/// uses it to refuse distractors that are really right answers.
pub fn accepts(expected: &str, aliases: &[String], kind: AnswerKind, candidate: &str) -> bool {
    let _ = kind;
    let candidate = crate::text::normalize(candidate);
    std::iter::once(expected)
        .chain(aliases.iter().map(String::as_str))
        .any(|a| crate::text::normalize(a) == candidate)
}
