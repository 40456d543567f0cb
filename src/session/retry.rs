//! Retrying a finished quiz's missed questions.
//!
//! A retry asks about the same facts in the same formats, but re-rendered
//! with a fresh seed (other wordings, distractors and option order) and in a
//! shuffled order, so the learner has to recall the answer rather than the
//! position of a letter.

use rand::seq::SliceRandom;
use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;
use thiserror::Error;

use crate::question::Question;
use crate::question_id::IdParts;
use crate::session::{LearnerName, QuestionSource, QuizSession, Unavailable, rebuild};

/// Why a quiz cannot be retried.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RetryError {
    #[error(
        "quiz `{0}` is not finished yet ({1} of {2} answered); finish it before retrying its missed questions"
    )]
    NotFinished(String, usize, usize),
    #[error("quiz `{0}` has no missed questions to retry: every answer was right")]
    NothingMissed(String),
    /// The original quiz names a learner other than the caller. The name
    /// is not quoted back: a stranger who guessed a quiz id learns nothing.
    #[error(
        "quiz `{0}` belongs to a named learner: a retry must name the same learner as the quiz it retries"
    )]
    OtherLearner(String),
    #[error(transparent)]
    Unavailable(#[from] Unavailable),
}

/// Who a retry of `original` asked for by `caller` belongs to: a retry is
/// the original learner's own, so only she may start it (otherwise a
/// stranger's answers would enter her history and her open quizzes would
/// count against her cap). An anonymous quiz keeps no history, so anyone
/// may retry it, and the retry is anonymous too.
pub fn retry_owner(
    original: &QuizSession,
    caller: &LearnerName,
) -> Result<LearnerName, RetryError> {
    let owner = original.learner();
    if owner.is_anonymous() || owner == caller {
        Ok(owner.clone())
    } else {
        Err(RetryError::OtherLearner(original.id().to_string()))
    }
}

/// The questions of a retry of `original`: each missed question re-rendered
/// from its facts and format with a seed drawn from `seed`, in an order
/// shuffled by `seed`. A question that cannot be re-rendered (it was never
/// observed to happen, but rendering may refuse a fact/seed pair) is asked
/// again exactly as before.
pub fn retry_questions(
    source: &impl QuestionSource,
    original: &QuizSession,
    seed: u64,
) -> Result<Vec<Question>, RetryError> {
    if !original.is_finished() {
        let progress = original.progress();
        return Err(RetryError::NotFinished(
            original.id().to_string(),
            progress.answered,
            progress.total,
        ));
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut questions: Vec<Question> = original
        .missed_ids()
        .map(|id| rerender(source, id, &mut rng))
        .collect::<Result<_, _>>()?;
    if questions.is_empty() {
        return Err(RetryError::NothingMissed(original.id().to_string()));
    }
    questions.shuffle(&mut rng);
    Ok(questions)
}

/// The question `id` re-rendered with new seeds, trying a few (a fresh seed
/// can land on the very same rendering, or on one rendering refuses); falls
/// back to the question itself.
fn rerender(
    source: &impl QuestionSource,
    id: &str,
    rng: &mut ChaCha8Rng,
) -> Result<Question, Unavailable> {
    const TRIES: usize = 4;
    let Ok(spec) = IdParts::decode(id) else {
        return rebuild(source, id);
    };
    for _ in 0..TRIES {
        let fresh = IdParts {
            seed: rng.next_u32(),
            ..spec.clone()
        };
        if fresh.seed == spec.seed {
            continue;
        }
        if let Ok(rendered) = source.question(&fresh.encode())
            && rendered.id != id
        {
            return Ok(rendered);
        }
    }
    rebuild(source, id)
}
