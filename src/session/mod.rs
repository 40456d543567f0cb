//! Quiz sessions: a fixed list of questions asked one at a time, with each
//! answer graded and recorded, and a summary for review.
//!
//! Pure state machine: no clock, no storage, no locking. The caller passes
//! the start time in and keeps the session somewhere ([`crate::store`]);
//! the store serialises calls on one session, so [`QuizSession::submit`]
//! takes `&mut self` and needs no synchronisation of its own.
//!
//! A session is a compact record: question ids and, per answer, what was
//! sent and the verdict. A question id rebuilds its question exactly (a few
//! microseconds, see [`QuestionSource`]), so the rendered questions and the
//! heavy parts of grades (explanation, citations, right answer) are rebuilt
//! when a response needs them instead of being kept for every learner. That
//! keeps a fully answered 50-question session at a few kilobytes, and is the
//! shape a database row wants.
//!
//! The rules a learner meets:
//! - only the current question can be answered (or skipped); the quiz then
//!   moves on to the next;
//! - resending the previous question's answer (or skip) unchanged returns
//!   the recorded grade again and counts once, so a client that retries
//!   after a lost response never double-counts, even after the last
//!   question;
//! - a different answer to an answered question, any other question id, or
//!   any answer once the quiz is over is refused, saying which question is
//!   current;
//! - an answer the question cannot take (no option named, several answers
//!   where one is wanted) is refused and not recorded, so a slip of the
//!   keyboard never costs the learner a question.

mod id;
mod retry;

use std::borrow::Cow;
use std::sync::Arc;
use std::time::SystemTime;

use thiserror::Error;

use crate::generation::{QuestionBank, RebuildError};
use crate::grading;
use crate::question::{AnswerKey, Grade, Question};

pub use id::{LearnerName, LearnerNameError, QuizId, QuizIdError};
pub use retry::{RetryError, retry_owner, retry_questions};

/// The most questions one quiz may have; a session is kept in memory, so
/// its size is bounded.
pub const MAX_QUESTIONS: usize = 50;
/// The length of a quiz when the client does not say.
pub const DEFAULT_QUESTIONS: usize = 10;

/// Where a session's questions come from when it needs them rendered: the
/// service's [`QuestionBank`], or any function from id to question (tests
/// use one that fails). Rebuilding must be deterministic: the same id gives
/// the same question, or grades replayed later would not match.
pub trait QuestionSource {
    fn question(&self, id: &str) -> Result<Question, RebuildError>;

    /// [`QuestionSource::question`], borrowed when the source holds the
    /// question already rendered: grading an answer and showing the next
    /// question then copy nothing they do not send.
    fn question_ref(&self, id: &str) -> Result<Cow<'_, Question>, RebuildError> {
        self.question(id).map(Cow::Owned)
    }
}

impl QuestionSource for QuestionBank {
    fn question(&self, id: &str) -> Result<Question, RebuildError> {
        self.rebuild(id)
    }
}

impl<F: Fn(&str) -> Result<Question, RebuildError>> QuestionSource for F {
    fn question(&self, id: &str) -> Result<Question, RebuildError> {
        self(id)
    }
}

/// A question of a stored quiz that no longer rebuilds from its id. A
/// server never changes its fact set while running, so this needs a quiz
/// kept (by a durable store) across a change of fact set; the quiz cannot
/// go on, and the message says so rather than failing as a server fault.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error(
    "question `{question_id}` of this quiz can no longer be rebuilt ({reason}); \
     the server's fact set changed since the quiz started, so start a new quiz"
)]
pub struct Unavailable {
    pub question_id: String,
    pub reason: String,
}

/// Rebuilds the question `id`, or says why it cannot be.
fn rebuild(source: &impl QuestionSource, id: &str) -> Result<Question, Unavailable> {
    source.question(id).map_err(|error| unavailable(id, &error))
}

/// [`rebuild`], borrowed from `source` when it holds the question.
fn rebuild_ref<'q>(
    source: &'q impl QuestionSource,
    id: &str,
) -> Result<Cow<'q, Question>, Unavailable> {
    source
        .question_ref(id)
        .map_err(|error| unavailable(id, &error))
}

fn unavailable(id: &str, error: &RebuildError) -> Unavailable {
    Unavailable {
        question_id: id.to_string(),
        reason: error.to_string(),
    }
}

/// What a learner sent for a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submission {
    /// The answer as typed.
    Answer(String),
    /// Gave up: counts as missed, and the grade reveals the answer.
    Skip,
}

impl Submission {
    /// Whether a resend is "the same submission". Surrounding whitespace is
    /// ignored, so a client that appends a newline on retry still hits the
    /// idempotent path instead of an error.
    fn same_as(&self, other: &Submission) -> bool {
        match (self, other) {
            (Submission::Answer(a), Submission::Answer(b)) => resend_form(a) == resend_form(b),
            (Submission::Skip, Submission::Skip) => true,
            _ => false,
        }
    }
}

/// An answer as a resend is compared: "False" resends "false", and
/// " Astana  Declaration" resends "Astana Declaration"; a resend is what a
/// client retries, not a new answer.
fn resend_form(answer: &str) -> String {
    answer
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// One question's recorded result: what was sent and the verdict. The rest
/// of its grade (right answer, explanation, citations) is the question's
/// own, so [`Outcome::grade`] takes it from the rebuilt question.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub submission: Submission,
    /// Earned full credit.
    pub correct: bool,
    /// Share of credit, 0 to 1.
    pub score: f64,
    /// Why this verdict. Kept because it depends on the answer, and a
    /// resend must get the very same grade back.
    pub feedback: Box<str>,
}

impl Outcome {
    fn recorded(submission: Submission, grade: &Grade) -> Outcome {
        Outcome {
            submission,
            correct: grade.correct,
            score: grade.score,
            feedback: grade.feedback.as_str().into(),
        }
    }

    /// The full grade, given the question it answered. A grade's right
    /// answer, explanation and citations are always the question's
    /// ([`grading::grade`] and [`skipped_grade`] copy them), so this is the
    /// grade first returned.
    pub fn grade(&self, question: &Question) -> Grade {
        Grade {
            correct: self.correct,
            score: self.score,
            canonical_answer: question.canonical_answer.clone(),
            feedback: self.feedback.to_string(),
            readable: true,
            explanation: question.explanation.clone(),
            citations: question.citations.clone(),
        }
    }
}

/// How far a quiz has got.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// Answered or skipped.
    pub answered: usize,
    /// Earned full credit.
    pub correct: usize,
    pub total: usize,
    /// Credit earned, counting partial credit; at most `total`.
    pub score: f64,
}

/// A learner's result in one topic.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicScore {
    pub topic: String,
    pub total: usize,
    pub answered: usize,
    pub correct: usize,
    pub score: f64,
}

/// A question not fully right, for review.
#[derive(Debug, Clone, PartialEq)]
pub struct Missed<'a> {
    pub question: &'a Question,
    pub submission: &'a Submission,
    pub grade: Grade,
}

/// What a submission led to.
#[derive(Debug, Clone, PartialEq)]
pub struct Submitted<'q> {
    pub grade: Grade,
    /// The question to answer next, borrowed from the question source when
    /// it holds it; `None` once the quiz is finished.
    pub next: Option<Cow<'q, Question>>,
    pub progress: Progress,
    /// True when this was a resend of the previous answer, which was not
    /// counted again.
    pub replayed: bool,
}

/// Why a submission was refused. Every case but [`SubmitError::Unreadable`]
/// is a state conflict (the request was well formed), so the messages say
/// what would work instead.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SubmitError {
    #[error("question {number} was already answered{why}; its grade stands. {current}")]
    AlreadyAnswered {
        number: usize,
        /// How this submission differs from the recorded one, or why it
        /// cannot be a resend of it.
        why: &'static str,
        current: String,
    },
    /// The answer is not in a form the question takes ("E" for options
    /// A-D, "Astana or Almaty"); nothing is recorded, so the learner can
    /// answer again.
    #[error("{feedback}")]
    Unreadable { feedback: String },
    #[error("question {number} is not due yet. {current}")]
    NotYetDue { number: usize, current: String },
    #[error("question `{question_id}` is not part of this quiz. {current}")]
    NotInQuiz {
        /// As sent, [`crate::quote::quote`]d.
        question_id: String,
        current: String,
    },
    /// Nothing was recorded.
    #[error(transparent)]
    Unavailable(#[from] Unavailable),
}

/// Everything a session is made of, for a store to rebuild one with
/// [`QuizSession::from_parts`].
#[derive(Debug, Clone, PartialEq)]
pub struct SessionParts {
    pub id: QuizId,
    pub learner: LearnerName,
    pub seed: u64,
    pub question_ids: Vec<String>,
    pub outcomes: Vec<Outcome>,
    pub created: SystemTime,
    pub retry_of: Option<QuizId>,
}

/// One learner's quiz, as stored between calls.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizSession {
    id: QuizId,
    learner: LearnerName,
    seed: u64,
    /// The questions' ids, in quiz order; each rebuilds its question.
    /// Shared: they never change once the quiz starts, and the store keeps
    /// a copy of each session it saved.
    question_ids: Arc<[Box<str>]>,
    /// One per question answered so far, in order; its length is the cursor.
    outcomes: Vec<Outcome>,
    created: SystemTime,
    retry_of: Option<QuizId>,
}

impl QuizSession {
    /// A new quiz over `questions`, which must not be empty (generation
    /// never returns an empty batch); only their ids are kept. `created` is
    /// only reported back.
    pub fn new(
        id: QuizId,
        learner: LearnerName,
        seed: u64,
        questions: &[Question],
        created: SystemTime,
    ) -> QuizSession {
        QuizSession {
            id,
            learner,
            seed,
            question_ids: questions.iter().map(|q| q.id.as_str().into()).collect(),
            outcomes: Vec::with_capacity(questions.len()),
            created,
            retry_of: None,
        }
    }

    /// A session as a store kept it: the inverse of its accessors.
    pub fn from_parts(parts: SessionParts) -> QuizSession {
        QuizSession {
            id: parts.id,
            learner: parts.learner,
            seed: parts.seed,
            question_ids: parts
                .question_ids
                .into_iter()
                .map(String::into_boxed_str)
                .collect(),
            outcomes: parts.outcomes,
            created: parts.created,
            retry_of: parts.retry_of,
        }
    }

    /// Marks this quiz as a retry of `original`'s missed questions.
    pub fn retrying(mut self, original: QuizId) -> QuizSession {
        self.retry_of = Some(original);
        self
    }

    pub fn id(&self) -> &QuizId {
        &self.id
    }

    pub fn learner(&self) -> &LearnerName {
        &self.learner
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn created(&self) -> SystemTime {
        self.created
    }

    pub fn retry_of(&self) -> Option<&QuizId> {
        self.retry_of.as_ref()
    }

    /// The questions' ids, in quiz order.
    pub fn question_ids(&self) -> impl ExactSizeIterator<Item = &str> {
        self.question_ids.iter().map(|id| &**id)
    }

    /// The recorded results so far, in quiz order.
    pub fn outcomes(&self) -> &[Outcome] {
        &self.outcomes
    }

    /// The id of the question to answer next; `None` once every question is
    /// answered.
    pub fn current_id(&self) -> Option<&str> {
        self.question_ids.get(self.outcomes.len()).map(|id| &**id)
    }

    pub fn is_finished(&self) -> bool {
        self.outcomes.len() >= self.question_ids.len()
    }

    /// The ids of every answered question not fully right (skips
    /// included), in quiz order.
    pub fn missed_ids(&self) -> impl Iterator<Item = &str> {
        self.question_ids
            .iter()
            .zip(&self.outcomes)
            .filter(|(_, outcome)| !outcome.correct)
            .map(|(id, _)| &**id)
    }

    /// Grades `submission` to the question `question_id` under the rules in
    /// the module docs, rebuilding questions from `source`; `grade` grades
    /// a typed answer (normally [`grading::grade`], injectable for tests).
    /// Everything that can fail happens before anything is recorded.
    pub fn submit_with<'q>(
        &mut self,
        question_id: &str,
        submission: Submission,
        source: &'q impl QuestionSource,
        grade: impl FnOnce(&Question, &str) -> Grade,
    ) -> Result<Submitted<'q>, SubmitError> {
        let cursor = self.outcomes.len();
        if self.current_id() == Some(question_id) {
            let current = rebuild_ref(source, question_id)?;
            let graded = match &submission {
                Submission::Answer(text) => grade(&current, text),
                Submission::Skip => skipped_grade(&current),
            };
            if !graded.readable {
                return Err(SubmitError::Unreadable {
                    feedback: graded.feedback,
                });
            }
            let next = self.rebuild_at(source, cursor + 1)?;
            self.outcomes.push(Outcome::recorded(submission, &graded));
            // What a resend will get: the heavy fields are the question's.
            let (canonical_answer, explanation, citations) = match current {
                Cow::Owned(current) => (
                    current.canonical_answer,
                    current.explanation,
                    current.citations,
                ),
                Cow::Borrowed(current) => (
                    current.canonical_answer.clone(),
                    current.explanation.clone(),
                    current.citations.clone(),
                ),
            };
            let graded = Grade {
                canonical_answer,
                explanation,
                citations,
                ..graded
            };
            return Ok(self.submitted(graded, next, false));
        }
        let position = self.question_ids.iter().position(|id| **id == *question_id);
        match position {
            Some(index) if index + 1 == cursor => {
                let previous = &self.outcomes[index];
                if previous.submission.same_as(&submission) {
                    let graded = previous.grade(&*rebuild_ref(source, question_id)?);
                    let next = self.rebuild_at(source, cursor)?;
                    Ok(self.submitted(graded, next, true))
                } else {
                    let why = match previous.submission {
                        Submission::Skip => " (it was skipped)",
                        Submission::Answer(_) => " with a different answer",
                    };
                    Err(self.already_answered(index, why))
                }
            }
            Some(index) if index < cursor => Err(self.already_answered(
                index,
                " (only the latest answer can be resent, to get its reply again)",
            )),
            Some(index) => Err(SubmitError::NotYetDue {
                number: index + 1,
                current: self.where_we_are(),
            }),
            None => Err(SubmitError::NotInQuiz {
                question_id: crate::quote::quote(question_id),
                current: self.where_we_are(),
            }),
        }
    }

    /// [`QuizSession::submit_with`] using the service's grader.
    pub fn submit<'q>(
        &mut self,
        question_id: &str,
        submission: Submission,
        source: &'q impl QuestionSource,
    ) -> Result<Submitted<'q>, SubmitError> {
        self.submit_with(question_id, submission, source, grading::grade)
    }

    /// The question at `index`, rebuilt (or borrowed from `source`); `None`
    /// past the end.
    fn rebuild_at<'q>(
        &self,
        source: &'q impl QuestionSource,
        index: usize,
    ) -> Result<Option<Cow<'q, Question>>, Unavailable> {
        self.question_ids
            .get(index)
            .map(|id| rebuild_ref(source, id))
            .transpose()
    }

    fn submitted<'q>(
        &self,
        grade: Grade,
        next: Option<Cow<'q, Question>>,
        replayed: bool,
    ) -> Submitted<'q> {
        Submitted {
            grade,
            next,
            progress: self.progress(),
            replayed,
        }
    }

    fn already_answered(&self, index: usize, why: &'static str) -> SubmitError {
        SubmitError::AlreadyAnswered {
            number: index + 1,
            why,
            current: self.where_we_are(),
        }
    }

    /// The tail of every refusal: which question is current, or that the
    /// quiz is over.
    fn where_we_are(&self) -> String {
        match self.current_id() {
            // Not its id: the service serves sealed ids, never the plain
            // one, which would let CheckAnswer grade the open question.
            Some(_) => format!(
                "The current question is {} of {}; GetQuiz shows it.",
                self.outcomes.len() + 1,
                self.question_ids.len(),
            ),
            None => "The quiz is finished; see GetQuiz for the summary.".to_string(),
        }
    }

    pub fn progress(&self) -> Progress {
        Progress {
            answered: self.outcomes.len(),
            correct: self.outcomes.iter().filter(|o| o.correct).count(),
            total: self.question_ids.len(),
            score: self.outcomes.iter().map(|o| o.score).sum(),
        }
    }

    /// The session with every question rebuilt from `source`, for a summary.
    pub fn review(&self, source: &impl QuestionSource) -> Result<Review<'_>, Unavailable> {
        let questions = self
            .question_ids
            .iter()
            .map(|id| rebuild(source, id))
            .collect::<Result<_, _>>()?;
        Ok(Review {
            session: self,
            questions,
        })
    }

    /// The session with `questions`, which the caller already holds (a quiz
    /// just started from them); refused unless they are this quiz's, in order.
    pub fn review_with(&self, questions: Vec<Question>) -> Result<Review<'_>, Unavailable> {
        let differs = self
            .question_ids
            .iter()
            .enumerate()
            .find(|(index, id)| questions.get(*index).is_none_or(|q| *q.id != ***id))
            .map(|(_, id)| id.to_string())
            .or_else(|| questions.get(self.question_ids.len()).map(|q| q.id.clone()));
        match differs {
            Some(question_id) => Err(Unavailable {
                question_id,
                reason: "the questions given are not this quiz's".into(),
            }),
            None => Ok(Review {
                session: self,
                questions,
            }),
        }
    }
}

/// A session with its questions rebuilt: what a summary is made from.
#[derive(Debug, Clone, PartialEq)]
pub struct Review<'a> {
    session: &'a QuizSession,
    /// One per question id, in quiz order.
    questions: Vec<Question>,
}

impl Review<'_> {
    pub fn session(&self) -> &QuizSession {
        self.session
    }

    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// The question to answer next; `None` once the quiz is finished.
    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.session.outcomes.len())
    }

    /// The result per topic, in the order topics first appear in the quiz.
    /// A matching question's pairs are scored each in its own fact's topic
    /// (one item apiece), so a pair about one topic never costs another;
    /// any other question counts once in its topic.
    pub fn topic_scores(&self) -> Vec<TopicScore> {
        let mut scores: Vec<TopicScore> = Vec::new();
        for (index, question) in self.questions.iter().enumerate() {
            let outcome = self.session.outcomes.get(index);
            for (topic, result) in scored_items(question, outcome) {
                let position = match scores.iter().position(|s| s.topic == topic) {
                    Some(position) => position,
                    None => {
                        scores.push(TopicScore {
                            topic,
                            total: 0,
                            answered: 0,
                            correct: 0,
                            score: 0.0,
                        });
                        scores.len() - 1
                    }
                };
                let entry = &mut scores[position];
                entry.total += 1;
                if let Some((correct, score)) = result {
                    entry.answered += 1;
                    entry.correct += usize::from(correct);
                    entry.score += score;
                }
            }
        }
        scores
    }

    /// Every answered question not fully right (skips included), with its
    /// full grade, in quiz order.
    pub fn missed(&self) -> Vec<Missed<'_>> {
        self.questions
            .iter()
            .zip(&self.session.outcomes)
            .filter(|(_, outcome)| !outcome.correct)
            .map(|(question, outcome)| Missed {
                question,
                submission: &outcome.submission,
                grade: outcome.grade(question),
            })
            .collect()
    }
}

/// What one question adds to the topic scores: each item's topic and, once
/// answered, whether it was right and its credit. A matching question whose
/// pairs can be told apart gives one item per pair, in its fact's topic;
/// any other question is one item in its own topic.
fn scored_items(
    question: &Question,
    outcome: Option<&Outcome>,
) -> Vec<(String, Option<(bool, f64)>)> {
    let whole = || {
        vec![(
            question.topic.clone(),
            outcome.map(|outcome| (outcome.correct, outcome.score)),
        )]
    };
    let AnswerKey::Pairs { pairs } = &question.key else {
        return whole();
    };
    if question.fact_topics.len() != pairs.len() {
        return whole();
    }
    let results: Option<Vec<Option<bool>>> = match outcome.map(|o| &o.submission) {
        None => Some(vec![None; pairs.len()]),
        Some(Submission::Skip) => Some(vec![Some(false); pairs.len()]),
        Some(Submission::Answer(answer)) => grading::pair_results(question, answer)
            .map(|results| results.into_iter().map(Some).collect()),
    };
    let Some(results) = results else {
        return whole();
    };
    question
        .fact_topics
        .iter()
        .zip(results)
        .map(|(topic, right)| {
            (
                topic.clone(),
                right.map(|right| (right, if right { 1.0 } else { 0.0 })),
            )
        })
        .collect()
}

/// The grade for a skipped question: no credit, and the answer revealed with
/// the same explanation and citations a graded answer gets, so a skip still
/// teaches something.
pub fn skipped_grade(question: &Question) -> Grade {
    Grade {
        correct: false,
        score: 0.0,
        canonical_answer: question.canonical_answer.clone(),
        feedback: format!(
            "Skipped. The answer is {}.",
            question.canonical_answer.trim_end_matches('.')
        ),
        readable: true,
        explanation: question.explanation.clone(),
        citations: question.citations.clone(),
    }
}

#[cfg(test)]
mod tests;
