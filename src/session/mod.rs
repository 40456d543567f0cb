//! Quiz sessions: a fixed list of questions asked one at a time, with each
//! answer graded and recorded, and a summary for review.
//!
//! Pure state machine: no clock, no storage, no locking. The caller passes
//! the start time in and keeps the session somewhere ([`crate::store`]);
//! the store serialises calls on one session, so [`QuizSession::submit`]
//! takes `&mut self` and needs no synchronisation of its own.
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

use std::time::SystemTime;

use thiserror::Error;

use crate::grading;
use crate::question::{Grade, Question};

pub use id::{LearnerName, LearnerNameError, QuizId, QuizIdError};
pub use retry::{RetryError, retry_questions};

/// The most questions one quiz may have; a session is kept in memory, so
/// its size is bounded.
pub const MAX_QUESTIONS: usize = 50;
/// The length of a quiz when the client does not say.
pub const DEFAULT_QUESTIONS: usize = 10;

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
            (Submission::Answer(a), Submission::Answer(b)) => a.trim() == b.trim(),
            (Submission::Skip, Submission::Skip) => true,
            _ => false,
        }
    }
}

/// One question's recorded result.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub submission: Submission,
    pub grade: Grade,
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
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Missed<'a> {
    pub question: &'a Question,
    pub submission: &'a Submission,
    pub grade: &'a Grade,
}

/// What a submission led to.
#[derive(Debug, Clone, PartialEq)]
pub struct Submitted<'a> {
    pub grade: Grade,
    /// The question to answer next; `None` once the quiz is finished.
    pub next: Option<&'a Question>,
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
    #[error(
        "question {number} was already answered with a different {previous}; \
         its grade stands. {current}"
    )]
    AlreadyAnswered {
        number: usize,
        previous: &'static str,
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
        question_id: String,
        current: String,
    },
}

/// One learner's quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizSession {
    id: QuizId,
    learner: LearnerName,
    seed: u64,
    questions: Vec<Question>,
    /// One per question answered so far, in order; its length is the cursor.
    outcomes: Vec<Outcome>,
    created: SystemTime,
    retry_of: Option<QuizId>,
}

impl QuizSession {
    /// A new quiz over `questions`, which must not be empty (generation
    /// never returns an empty batch). `created` is only reported back.
    pub fn new(
        id: QuizId,
        learner: LearnerName,
        seed: u64,
        questions: Vec<Question>,
        created: SystemTime,
    ) -> QuizSession {
        QuizSession {
            id,
            learner,
            seed,
            questions,
            outcomes: Vec::new(),
            created,
            retry_of: None,
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

    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// Each answered question with its outcome, in quiz order.
    pub fn answered(&self) -> impl Iterator<Item = (&Question, &Outcome)> {
        self.questions.iter().zip(&self.outcomes)
    }

    /// The question to answer next; `None` once every question is answered.
    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.outcomes.len())
    }

    pub fn is_finished(&self) -> bool {
        self.outcomes.len() >= self.questions.len()
    }

    /// Grades `submission` to the question `question_id` under the rules in
    /// the module docs; `grade` grades a typed answer (normally
    /// [`grading::grade`], injectable for tests).
    pub fn submit_with(
        &mut self,
        question_id: &str,
        submission: Submission,
        grade: impl FnOnce(&Question, &str) -> Grade,
    ) -> Result<Submitted<'_>, SubmitError> {
        let cursor = self.outcomes.len();
        let position = self.questions.iter().position(|q| q.id == question_id);
        if let Some(current) = self.questions.get(cursor)
            && current.id == question_id
        {
            let graded = match &submission {
                Submission::Answer(text) => grade(current, text),
                Submission::Skip => skipped_grade(current),
            };
            if !graded.readable {
                return Err(SubmitError::Unreadable {
                    feedback: graded.feedback,
                });
            }
            self.outcomes.push(Outcome {
                submission,
                grade: graded.clone(),
            });
            return Ok(self.submitted(graded, false));
        }
        match position {
            Some(index) if index + 1 == cursor => {
                let previous = &self.outcomes[index];
                if previous.submission.same_as(&submission) {
                    let graded = previous.grade.clone();
                    Ok(self.submitted(graded, true))
                } else {
                    Err(SubmitError::AlreadyAnswered {
                        number: index + 1,
                        previous: match previous.submission {
                            Submission::Skip => "submission (it was skipped)",
                            Submission::Answer(_) => "answer",
                        },
                        current: self.where_we_are(),
                    })
                }
            }
            Some(index) if index < cursor => Err(SubmitError::AlreadyAnswered {
                number: index + 1,
                previous: match self.outcomes[index].submission {
                    Submission::Skip => "submission (it was skipped)",
                    Submission::Answer(_) => "answer",
                },
                current: self.where_we_are(),
            }),
            Some(index) => Err(SubmitError::NotYetDue {
                number: index + 1,
                current: self.where_we_are(),
            }),
            None => Err(SubmitError::NotInQuiz {
                question_id: question_id.to_string(),
                current: self.where_we_are(),
            }),
        }
    }

    /// [`QuizSession::submit_with`] using the service's grader.
    pub fn submit(
        &mut self,
        question_id: &str,
        submission: Submission,
    ) -> Result<Submitted<'_>, SubmitError> {
        self.submit_with(question_id, submission, grading::grade)
    }

    fn submitted(&self, grade: Grade, replayed: bool) -> Submitted<'_> {
        Submitted {
            grade,
            next: self.current(),
            progress: self.progress(),
            replayed,
        }
    }

    /// The tail of every refusal: which question is current, or that the
    /// quiz is over.
    fn where_we_are(&self) -> String {
        match self.current() {
            Some(question) => format!(
                "The current question is {} of {} (`{}`).",
                self.outcomes.len() + 1,
                self.questions.len(),
                question.id
            ),
            None => "The quiz is finished; see GetQuiz for the summary.".to_string(),
        }
    }

    pub fn progress(&self) -> Progress {
        Progress {
            answered: self.outcomes.len(),
            correct: self.outcomes.iter().filter(|o| o.grade.correct).count(),
            total: self.questions.len(),
            score: self.outcomes.iter().map(|o| o.grade.score).sum(),
        }
    }

    /// The result per topic, in the order topics first appear in the quiz.
    pub fn topic_scores(&self) -> Vec<TopicScore> {
        let mut scores: Vec<TopicScore> = Vec::new();
        for (index, question) in self.questions.iter().enumerate() {
            let position = match scores.iter().position(|s| s.topic == question.topic) {
                Some(position) => position,
                None => {
                    scores.push(TopicScore {
                        topic: question.topic.clone(),
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
            if let Some(outcome) = self.outcomes.get(index) {
                entry.answered += 1;
                entry.correct += usize::from(outcome.grade.correct);
                entry.score += outcome.grade.score;
            }
        }
        scores
    }

    /// Every answered question not fully right (skips included), in quiz order.
    pub fn missed(&self) -> Vec<Missed<'_>> {
        self.answered()
            .filter(|(_, outcome)| !outcome.grade.correct)
            .map(|(question, outcome)| Missed {
                question,
                submission: &outcome.submission,
                grade: &outcome.grade,
            })
            .collect()
    }
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
