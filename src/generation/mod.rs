//! Question generation: overgenerate candidates from relation templates,
//! verify distractors against the fact base, then pick and rank.

use thiserror::Error;

use crate::facts::FactBase;
use crate::question::{Difficulty, Question, QuestionKind};

/// The most questions one request may ask for.
pub const MAX_COUNT: usize = 100;

/// What to generate. Built by adapters from validated input.
#[derive(Debug, Clone, Default)]
pub struct GenerateRequest {
    /// 1 to [`MAX_COUNT`].
    pub count: usize,
    /// Formats to use; empty means a mix suited to the difficulty.
    pub kinds: Vec<QuestionKind>,
    /// Topic names; empty means every topic.
    pub topics: Vec<String>,
    /// Fact ids; empty means every fact.
    pub fact_ids: Vec<String>,
    pub difficulty: Difficulty,
    /// The same seed and request give the same questions.
    pub seed: u64,
    /// Only facts of this source.
    pub source_id: Option<String>,
}

/// A batch of generated questions.
#[derive(Debug, Clone)]
pub struct Generated {
    pub questions: Vec<Question>,
    pub seed: u64,
    /// Why fewer than `count` questions came back, if they did.
    pub note: Option<String>,
}

/// Why a request could not be served.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum GenerateError {
    #[error("count must be between 1 and {MAX_COUNT}, got {0}")]
    CountOutOfRange(usize),
    #[error("unknown topic `{topic}`; known topics: {}", known.join(", "))]
    UnknownTopic { topic: String, known: Vec<String> },
    #[error("unknown fact `{0}`")]
    UnknownFact(String),
    #[error("unknown source `{0}`")]
    UnknownSource(String),
    #[error("no facts match the filters for {0}")]
    NothingToAsk(String),
}

/// Why a question id could not be turned back into a question.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum RebuildError {
    /// Not an id this service could ever have issued.
    #[error("malformed question id: {0}")]
    Malformed(String),
    /// Well formed, but issued against another fact set or naming a fact this one lacks.
    #[error("unknown question id: {0}")]
    Unknown(String),
}

/// Generates a batch of questions.
pub fn generate(base: &FactBase, request: &GenerateRequest) -> Result<Generated, GenerateError> {
    let _ = (base, request);
    Err(GenerateError::NothingToAsk("generation is being written".into()))
}

/// Rebuilds the question an id was issued for, exactly as it was issued.
pub fn rebuild(base: &FactBase, id: &str) -> Result<Question, RebuildError> {
    let _ = base;
    Err(RebuildError::Malformed(id.to_string()))
}
