//! Domain values → `summit.v1` messages, and the proto enums ↔ domain enums.
//!
//! The mapping is written out field by field rather than derived, so adding a
//! field to the core never leaks it onto the wire by accident. Above all,
//! a [`Question`]'s answer key never crosses this boundary.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::article::Article;
use crate::facts::{AnswerKind, Citation, Fact, FactBase, Topic};
use crate::hint::Hint;
use crate::proto;
use crate::question::{Choice, Difficulty, Grade, Question, QuestionKind};
use crate::session::{Missed, Progress, Review, Submission, TopicScore};

/// Saturating, for counts the proto carries as 32-bit numbers.
pub fn count_u32(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// Saturating, for AIP-158's signed `total_size`.
pub fn count_i32(count: usize) -> i32 {
    i32::try_from(count).unwrap_or(i32::MAX)
}

pub fn answer_kind(kind: AnswerKind) -> proto::AnswerKind {
    match kind {
        AnswerKind::Person => proto::AnswerKind::Person,
        AnswerKind::Place => proto::AnswerKind::Place,
        AnswerKind::Organization => proto::AnswerKind::Organization,
        AnswerKind::Number => proto::AnswerKind::Number,
        AnswerKind::Money => proto::AnswerKind::Money,
        AnswerKind::DateTime => proto::AnswerKind::DateTime,
        AnswerKind::Duration => proto::AnswerKind::Duration,
        AnswerKind::List => proto::AnswerKind::List,
        AnswerKind::Concept => proto::AnswerKind::Concept,
        AnswerKind::Event => proto::AnswerKind::Event,
    }
}

pub fn question_kind(kind: QuestionKind) -> proto::QuestionKind {
    match kind {
        QuestionKind::MultipleChoice => proto::QuestionKind::MultipleChoice,
        QuestionKind::TrueFalse => proto::QuestionKind::TrueFalse,
        QuestionKind::FillInTheBlank => proto::QuestionKind::FillInTheBlank,
        QuestionKind::ShortAnswer => proto::QuestionKind::ShortAnswer,
        QuestionKind::MultiSelect => proto::QuestionKind::MultiSelect,
        QuestionKind::Matching => proto::QuestionKind::Matching,
    }
}

/// The domain kind for a wire kind; `None` for `UNSPECIFIED`, which names no format.
pub fn question_kind_from_proto(kind: proto::QuestionKind) -> Option<QuestionKind> {
    match kind {
        proto::QuestionKind::Unspecified => None,
        proto::QuestionKind::MultipleChoice => Some(QuestionKind::MultipleChoice),
        proto::QuestionKind::TrueFalse => Some(QuestionKind::TrueFalse),
        proto::QuestionKind::FillInTheBlank => Some(QuestionKind::FillInTheBlank),
        proto::QuestionKind::ShortAnswer => Some(QuestionKind::ShortAnswer),
        proto::QuestionKind::MultiSelect => Some(QuestionKind::MultiSelect),
        proto::QuestionKind::Matching => Some(QuestionKind::Matching),
    }
}

pub fn difficulty(difficulty: Difficulty) -> proto::Difficulty {
    match difficulty {
        Difficulty::Easy => proto::Difficulty::Easy,
        Difficulty::Medium => proto::Difficulty::Medium,
        Difficulty::Hard => proto::Difficulty::Hard,
    }
}

/// The domain difficulty for a wire one; `UNSPECIFIED` means medium, as the proto says.
pub fn difficulty_from_proto(difficulty: proto::Difficulty) -> Difficulty {
    match difficulty {
        proto::Difficulty::Unspecified | proto::Difficulty::Medium => Difficulty::Medium,
        proto::Difficulty::Easy => Difficulty::Easy,
        proto::Difficulty::Hard => Difficulty::Hard,
    }
}

pub fn citation(citation: &Citation) -> proto::Citation {
    proto::Citation {
        source_id: citation.source_id.clone(),
        sentence_index: citation.sentence_index,
        text: citation.text.clone(),
    }
}

pub fn fact(fact: &Fact) -> proto::Fact {
    proto::Fact {
        id: fact.id.clone(),
        source_id: fact.source_id.clone(),
        topic: fact.topic.clone(),
        statement: fact.statement.clone(),
        answer: fact.answer.clone(),
        answer_kind: answer_kind(fact.answer_kind).into(),
        aliases: fact.aliases.clone(),
        citation: Some(citation(&fact.citation)),
        items: fact.items.clone(),
    }
}

pub fn source(base: &FactBase, article: &Article) -> proto::Source {
    proto::Source {
        id: article.id.clone(),
        title: article.title.clone(),
        sentence_count: article.sentence_count(),
        fact_count: count_u32(base.facts_for_source(&article.id).count()),
    }
}

pub fn sentences(article: &Article) -> Vec<proto::Sentence> {
    (1..)
        .zip(&article.sentences)
        .map(|(index, text)| proto::Sentence {
            index,
            text: text.clone(),
        })
        .collect()
}

pub fn topic(topic: &Topic, fact_count: usize) -> proto::Topic {
    proto::Topic {
        name: topic.name.clone(),
        title: topic.title.clone(),
        description: topic.description.clone(),
        fact_count: count_u32(fact_count),
    }
}

/// Ask's reply. Citations and fact ids are empty exactly when it abstains.
pub fn ask_answer(answer: &crate::ask::Answer) -> proto::AskResponse {
    proto::AskResponse {
        answered: answer.answered,
        answer: answer.answer.clone(),
        confidence: answer.confidence,
        citations: answer.citations.iter().map(citation).collect(),
        fact_ids: answer.fact_ids.clone(),
        suggestions: answer.suggestions.clone(),
    }
}

fn choice(choice: &Choice) -> proto::Choice {
    proto::Choice {
        label: choice.label.clone(),
        text: choice.text.clone(),
    }
}

/// The question as a learner sees it: everything but the answer key, the
/// canonical answer and the explanation, which only a grade reveals.
pub fn question(question: &Question) -> proto::Question {
    proto::Question {
        id: question.id.clone(),
        kind: question_kind(question.kind).into(),
        prompt: question.prompt.clone(),
        choices: question.choices.iter().map(choice).collect(),
        topic: question.topic.clone(),
        difficulty: difficulty(question.difficulty).into(),
        fact_ids: question.fact_ids.clone(),
        matching_items: (1..)
            .zip(&question.matching_items)
            .map(|(number, text)| proto::MatchingItem {
                number,
                text: text.clone(),
            })
            .collect(),
        answer_format: question.answer_format.clone(),
        source_id: question.source_id.clone(),
    }
}

/// `citation` is the main fact's sentence (the first); `citations` all of them.
pub fn grade(grade: &Grade) -> proto::Grade {
    proto::Grade {
        correct: grade.correct,
        score: grade.score,
        canonical_answer: grade.canonical_answer.clone(),
        feedback: grade.feedback.clone(),
        explanation: grade.explanation.clone(),
        citation: grade.citations.first().map(citation),
        citations: grade.citations.iter().map(citation).collect(),
    }
}

/// [`grade`], moving the texts out instead of copying them.
pub fn grade_owned(grade: Grade) -> proto::Grade {
    let citations: Vec<proto::Citation> = grade
        .citations
        .into_iter()
        .map(|citation| proto::Citation {
            source_id: citation.source_id,
            sentence_index: citation.sentence_index,
            text: citation.text,
        })
        .collect();
    proto::Grade {
        correct: grade.correct,
        score: grade.score,
        canonical_answer: grade.canonical_answer,
        feedback: grade.feedback,
        explanation: grade.explanation,
        citation: citations.first().cloned(),
        citations,
    }
}

/// The parts of every grade of `question` that the question gives (the
/// canonical answer, the explanation and the citations, as
/// [`grade_owned`] maps them); the verdict fields are left at their
/// defaults.
pub fn grade_parts(question: &Question) -> proto::Grade {
    let citations: Vec<proto::Citation> = question.citations.iter().map(citation).collect();
    proto::Grade {
        canonical_answer: question.canonical_answer.clone(),
        explanation: question.explanation.clone(),
        citation: citations.first().cloned(),
        citations,
        ..proto::Grade::default()
    }
}

pub fn hint(hint: Hint) -> proto::GetHintResponse {
    proto::GetHintResponse {
        text: hint.text,
        eliminated_labels: hint.eliminated,
    }
}

/// A wall-clock time as a protobuf timestamp; times before 1970 (never
/// produced here) clamp to the epoch.
pub fn timestamp(time: SystemTime) -> prost_types::Timestamp {
    let since = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    prost_types::Timestamp {
        seconds: i64::try_from(since.as_secs()).unwrap_or(i64::MAX),
        nanos: i32::try_from(since.subsec_nanos()).unwrap_or(0),
    }
}

pub fn progress(progress: Progress) -> proto::Progress {
    proto::Progress {
        answered: count_i32(progress.answered),
        correct: count_i32(progress.correct),
        total: count_i32(progress.total),
        score: progress.score,
    }
}

pub fn topic_score(score: &TopicScore) -> proto::TopicScore {
    proto::TopicScore {
        topic: score.topic.clone(),
        total: count_i32(score.total),
        answered: count_i32(score.answered),
        correct: count_i32(score.correct),
        score: score.score,
    }
}

/// A missed question for review: here the grade (answer, explanation,
/// citation) may go with the question, since it was already answered.
pub fn missed_question(missed: &Missed<'_>) -> proto::MissedQuestion {
    let (answer, skipped) = match missed.submission {
        Submission::Answer(text) => (text.clone(), false),
        Submission::Skip => (String::new(), true),
    };
    proto::MissedQuestion {
        question: Some(question(missed.question)),
        answer,
        skipped,
        grade: Some(grade(&missed.grade)),
    }
}

/// A quiz and its summary so far, from the session with its questions
/// rebuilt. `expire_time` is when the store will forget it if it is not
/// used again.
pub fn quiz(review: &Review<'_>, expire_time: SystemTime) -> proto::Quiz {
    let session = review.session();
    let state = if session.is_finished() {
        proto::QuizState::Finished
    } else {
        proto::QuizState::InProgress
    };
    proto::Quiz {
        id: session.id().to_string(),
        learner: session.learner().as_str().to_string(),
        state: state.into(),
        progress: Some(progress(session.progress())),
        current_question: review.current().map(question),
        topic_scores: review.topic_scores().iter().map(topic_score).collect(),
        missed_questions: review.missed().iter().map(missed_question).collect(),
        seed: session.seed(),
        create_time: Some(timestamp(session.created())),
        expire_time: Some(timestamp(expire_time)),
        retry_of: session
            .retry_of()
            .map(|id| id.to_string())
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::question::AnswerKey;

    #[test]
    fn every_question_kind_round_trips_through_the_wire_enum() {
        for kind in QuestionKind::ALL {
            assert_eq!(question_kind_from_proto(question_kind(kind)), Some(kind));
        }
        assert_eq!(
            question_kind_from_proto(proto::QuestionKind::Unspecified),
            None
        );
    }

    #[test]
    fn every_difficulty_round_trips_and_unspecified_means_medium() {
        for level in Difficulty::ALL {
            assert_eq!(difficulty_from_proto(difficulty(level)), level);
        }
        assert_eq!(
            difficulty_from_proto(proto::Difficulty::Unspecified),
            Difficulty::Medium
        );
    }

    fn cite(n: u32) -> Citation {
        Citation {
            source_id: "s".into(),
            sentence_index: n,
            text: format!("sentence {n}"),
        }
    }

    #[test]
    fn a_grade_cites_the_main_sentence_first_and_all_of_them() {
        let grade = grade(&Grade {
            correct: true,
            score: 1.0,
            canonical_answer: "Astana".into(),
            feedback: "Right.".into(),
            readable: true,
            explanation: "The article says so.".into(),
            citations: vec![cite(3), cite(5)],
        });
        assert_eq!(grade.citation.map(|c| c.sentence_index), Some(3));
        assert_eq!(grade.citations.len(), 2);
    }

    #[test]
    fn timestamps_count_from_the_unix_epoch() {
        let time = UNIX_EPOCH + std::time::Duration::new(1_700_000_000, 250);
        assert_eq!(
            timestamp(time),
            prost_types::Timestamp {
                seconds: 1_700_000_000,
                nanos: 250
            }
        );
    }

    #[test]
    fn a_question_never_carries_its_answer() {
        let secret = "Astana-the-secret-answer";
        let question = question(&Question {
            id: "q1".into(),
            kind: QuestionKind::Matching,
            difficulty: Difficulty::Hard,
            prompt: "Pair them.".into(),
            choices: vec![Choice {
                label: "A".into(),
                text: "Astana".into(),
            }],
            matching_items: vec!["first".into(), "second".into()],
            answer_format: "Type 1-A 2-B.".into(),
            topic: "t".into(),
            source_id: "s".into(),
            fact_ids: vec!["f".into()],
            fact_topics: Vec::new(),
            key: AnswerKey::Text {
                expected: secret.into(),
                aliases: vec![],
                former_names: Vec::new(),
                kind: AnswerKind::Place,
                items: vec![],
            },
            canonical_answer: secret.into(),
            explanation: secret.into(),
            citations: vec![cite(1)],
        });
        assert!(!format!("{question:?}").contains(secret));
        let numbers: Vec<u32> = question.matching_items.iter().map(|i| i.number).collect();
        assert_eq!(numbers, [1, 2]);
    }
}
