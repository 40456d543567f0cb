//! `summit.v1.QuizService`: generating questions and grading answers.
//!
//! Stateless by design: a question id encodes everything needed to rebuild
//! its question, so any server holding the same fact set can re-render or
//! grade it, across restarts and replicas.

use std::sync::Arc;

use tonic::{Request, Response, Status};

use crate::generation::{GenerateRequest, QuestionBank};
use crate::grading;
use crate::proto;
use crate::proto::quiz_service_server::QuizService;
use crate::question::Question;
use crate::service::convert;
use crate::service::error::{self, ApiError, Invalid};
use crate::service::input::{self, AnswerText, QuestionCount, QuestionId};

/// Serves quizzes from a shared question bank: the fact base plus the
/// distractors verified once at start-up, so no request pays for that.
#[derive(Debug, Clone)]
pub struct QuizApi {
    bank: Arc<QuestionBank>,
}

impl QuizApi {
    pub fn new(bank: Arc<QuestionBank>) -> QuizApi {
        QuizApi { bank }
    }

    /// Parses a request into what the generator takes. All malformed fields
    /// are reported together; only then are ids looked up (`NOT_FOUND`).
    fn parse_generate(
        &self,
        request: proto::GenerateQuestionsRequest,
    ) -> Result<GenerateRequest, ApiError> {
        let base = self.bank.facts();
        let parsed = (
            QuestionCount::parse(request.count),
            input::question_kinds(&request.kinds),
            input::topics(base, &request.topics),
            input::fact_ids(&request.fact_ids),
            input::difficulty(request.difficulty),
        );
        let (count, kinds, topics, fact_ids, difficulty) = match parsed {
            (Ok(count), Ok(kinds), Ok(topics), Ok(fact_ids), Ok(difficulty)) => {
                (count, kinds, topics, fact_ids, difficulty)
            }
            (count, kinds, topics, fact_ids, difficulty) => {
                return Err(Invalid::merge([
                    count.err(),
                    kinds.err(),
                    topics.err(),
                    fact_ids.err(),
                    difficulty.err(),
                ])
                .into());
            }
        };
        let source_id = input::source_filter(base, &request.source_id)?;
        input::existing_facts(base, &fact_ids)?;
        Ok(GenerateRequest {
            count: count.get(),
            kinds,
            topics,
            fact_ids,
            difficulty,
            seed: match request.seed {
                0 => pick_seed(),
                seed => seed,
            },
            source_id,
        })
    }

    fn generate(
        &self,
        request: proto::GenerateQuestionsRequest,
    ) -> Result<proto::GenerateQuestionsResponse, ApiError> {
        let request = self.parse_generate(request)?;
        let generated = self.bank.generate(&request)?;
        Ok(proto::GenerateQuestionsResponse {
            questions: generated.questions.iter().map(convert::question).collect(),
            seed: generated.seed,
            note: generated.note.unwrap_or_default(),
        })
    }

    fn rebuild(&self, raw_id: String) -> Result<Question, ApiError> {
        let id = QuestionId::parse(raw_id)?;
        self.bank
            .rebuild(id.as_str())
            .map_err(|error| error::rebuild_error(id.as_str(), error))
    }

    fn check(
        &self,
        request: proto::CheckAnswerRequest,
    ) -> Result<proto::CheckAnswerResponse, ApiError> {
        let (id, answer) = match (
            QuestionId::parse(request.question_id),
            AnswerText::parse(request.answer),
        ) {
            (Ok(id), Ok(answer)) => (id, answer),
            (id, answer) => return Err(Invalid::merge([id.err(), answer.err()]).into()),
        };
        let question = self
            .bank
            .rebuild(id.as_str())
            .map_err(|error| error::rebuild_error(id.as_str(), error))?;
        let grade = grading::grade(&question, answer.as_str());
        Ok(proto::CheckAnswerResponse {
            grade: Some(convert::grade(&grade)),
        })
    }
}

/// A fresh seed for a request that left it at 0. Never 0 itself, so the
/// returned seed always reproduces the batch when sent back.
fn pick_seed() -> u64 {
    rand::random_range(1..=u64::MAX)
}

#[tonic::async_trait]
impl QuizService for QuizApi {
    async fn generate_questions(
        &self,
        request: Request<proto::GenerateQuestionsRequest>,
    ) -> Result<Response<proto::GenerateQuestionsResponse>, Status> {
        // Generating a batch is the one CPU-heavy call (milliseconds for a
        // large batch), so it runs on the blocking pool, off the async
        // workers that serve every other call. A panic there is contained
        // and reported as a server fault.
        let api = self.clone();
        let generated = tokio::task::spawn_blocking(move || api.generate(request.into_inner()))
            .await
            .map_err(|error| {
                tracing::error!(%error, "question generation panicked");
                Status::internal("question generation failed; this is a server bug")
            })?;
        Ok(Response::new(generated?))
    }

    async fn get_question(
        &self,
        request: Request<proto::GetQuestionRequest>,
    ) -> Result<Response<proto::GetQuestionResponse>, Status> {
        let question = self.rebuild(request.into_inner().question_id)?;
        Ok(Response::new(proto::GetQuestionResponse {
            question: Some(convert::question(&question)),
        }))
    }

    async fn check_answer(
        &self,
        request: Request<proto::CheckAnswerRequest>,
    ) -> Result<Response<proto::CheckAnswerResponse>, Status> {
        Ok(Response::new(self.check(request.into_inner())?))
    }

    // WIP(issue 3): replaced by the sessions work; never committed.
    async fn get_hint(
        &self,
        _request: Request<proto::GetHintRequest>,
    ) -> Result<Response<proto::GetHintResponse>, Status> {
        Err(Status::unimplemented("WIP"))
    }

    async fn start_quiz(
        &self,
        _request: Request<proto::StartQuizRequest>,
    ) -> Result<Response<proto::StartQuizResponse>, Status> {
        Err(Status::unimplemented("WIP"))
    }

    async fn submit_answer(
        &self,
        _request: Request<proto::SubmitAnswerRequest>,
    ) -> Result<Response<proto::SubmitAnswerResponse>, Status> {
        Err(Status::unimplemented("WIP"))
    }

    async fn get_quiz(
        &self,
        _request: Request<proto::GetQuizRequest>,
    ) -> Result<Response<proto::GetQuizResponse>, Status> {
        Err(Status::unimplemented("WIP"))
    }
}
