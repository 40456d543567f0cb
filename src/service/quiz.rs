//! `summit.v1.QuizService`: generating questions, grading answers, hints
//! and quiz sessions.
//!
//! Questions are stateless by design: a question id encodes everything
//! needed to rebuild its question, so any server holding the same fact set
//! can re-render, grade or hint it, across restarts and replicas. Quiz
//! sessions are the one stateful part: they live in a [`QuizStore`] on the
//! server that started them.

use std::sync::Arc;
use std::time::SystemTime;

use tonic::{Request, Response, Status};

use crate::generation::{GenerateRequest, QuestionBank};
use crate::grading;
use crate::hint;
use crate::proto;
use crate::proto::quiz_service_server::QuizService;
use crate::question::Question;
use crate::question_id::QuestionSpec;
use crate::service::convert;
use crate::service::error::{self, ApiError, Invalid};
use crate::service::input::{self, AnswerText, QuestionCount, QuestionId, QuizLength};
use crate::session::{self, QuizId, QuizSession, Submission};
use crate::store::QuizStore;

/// Serves quizzes from a shared question bank (the fact base plus the
/// distractors verified once at start-up, so no request pays for that) and
/// keeps quiz sessions in `store`.
#[derive(Debug, Clone)]
pub struct QuizApi {
    bank: Arc<QuestionBank>,
    store: Arc<dyn QuizStore>,
}

/// The filter fields GenerateQuestions and StartQuiz share, as sent.
struct Filters<'a> {
    /// Already parsed: the two requests bound it differently.
    count: Result<usize, Invalid>,
    kinds: &'a [i32],
    topics: &'a [String],
    fact_ids: &'a [String],
    difficulty: i32,
    seed: u64,
    source_id: &'a str,
}

/// Why a field must be left empty when `retry_of` is set.
const RETRY_DECIDES: &str =
    "must be empty when retry_of is set: a retry asks that quiz's missed questions";

impl QuizApi {
    pub fn new(bank: Arc<QuestionBank>, store: Arc<dyn QuizStore>) -> QuizApi {
        QuizApi { bank, store }
    }

    /// Parses the shared filters into what the generator takes. All
    /// malformed fields (plus `other`, the caller's own fields) are reported
    /// together; only then are ids looked up (`NOT_FOUND`).
    fn parse_filters(
        &self,
        filters: Filters<'_>,
        other: Option<Invalid>,
    ) -> Result<GenerateRequest, ApiError> {
        let base = self.bank.facts();
        let parsed = (
            filters.count,
            input::question_kinds(filters.kinds),
            input::topics(base, filters.topics),
            input::fact_ids(filters.fact_ids),
            input::difficulty(filters.difficulty),
        );
        let (count, kinds, topics, fact_ids, difficulty) = match (parsed, other) {
            ((Ok(count), Ok(kinds), Ok(topics), Ok(fact_ids), Ok(difficulty)), None) => {
                (count, kinds, topics, fact_ids, difficulty)
            }
            ((count, kinds, topics, fact_ids, difficulty), other) => {
                return Err(Invalid::merge([
                    other,
                    count.err(),
                    kinds.err(),
                    topics.err(),
                    fact_ids.err(),
                    difficulty.err(),
                ])
                .into());
            }
        };
        let source_id = input::source_filter(base, filters.source_id)?;
        input::existing_facts(base, &fact_ids)?;
        Ok(GenerateRequest {
            count,
            kinds,
            topics,
            fact_ids,
            difficulty,
            seed: match filters.seed {
                0 => pick_seed(),
                seed => seed,
            },
            source_id,
        })
    }

    pub(crate) fn parse_generate(
        &self,
        request: proto::GenerateQuestionsRequest,
    ) -> Result<GenerateRequest, ApiError> {
        let filters = Filters {
            count: QuestionCount::parse(request.count).map(QuestionCount::get),
            kinds: &request.kinds,
            topics: &request.topics,
            fact_ids: &request.fact_ids,
            difficulty: request.difficulty,
            seed: request.seed,
            source_id: &request.source_id,
        };
        self.parse_filters(filters, None)
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

    /// Starts a fresh quiz, or a retry when `retry_of` is set.
    fn start(
        &self,
        request: proto::StartQuizRequest,
    ) -> Result<proto::StartQuizResponse, ApiError> {
        if !request.retry_of.is_empty() {
            return self.start_retry(request);
        }
        let learner = input::learner(&request.learner);
        let filters = Filters {
            count: QuizLength::parse(request.count).map(QuizLength::get),
            kinds: &request.kinds,
            topics: &request.topics,
            fact_ids: &[],
            difficulty: request.difficulty,
            seed: request.seed,
            source_id: &request.source_id,
        };
        let generate = self.parse_filters(filters, learner.as_ref().err().cloned())?;
        let learner = learner?;
        let generated = self.bank.generate(&generate)?;
        let session = QuizSession::new(
            QuizId::random(),
            learner,
            generated.seed,
            &generated.questions,
            SystemTime::now(),
        );
        self.begin(
            session,
            generated.questions,
            generated.note.unwrap_or_default(),
        )
    }

    /// A new quiz over a finished quiz's missed questions, re-rendered and
    /// reshuffled. The original keeps its own state; it can be retried again.
    fn start_retry(
        &self,
        request: proto::StartQuizRequest,
    ) -> Result<proto::StartQuizResponse, ApiError> {
        // The difficulty is checked like any field, but each missed question
        // keeps the difficulty it was asked at.
        let (original, learner) = match (
            input::quiz_id("retry_of", &request.retry_of),
            input::learner(&request.learner),
            input::difficulty(request.difficulty),
        ) {
            (Ok(original), Ok(learner), Ok(_))
                if request.count == 0
                    && request.kinds.is_empty()
                    && request.topics.is_empty()
                    && request.source_id.is_empty() =>
            {
                (original, learner)
            }
            (original, learner, difficulty) => {
                return Err(Invalid::merge([
                    learner.err(),
                    (request.count != 0).then(|| Invalid::field("count", RETRY_DECIDES)),
                    (!request.kinds.is_empty()).then(|| Invalid::field("kinds", RETRY_DECIDES)),
                    (!request.topics.is_empty()).then(|| Invalid::field("topics", RETRY_DECIDES)),
                    difficulty.err(),
                    (!request.source_id.is_empty())
                        .then(|| Invalid::field("source_id", RETRY_DECIDES)),
                    original.err(),
                ])
                .into());
            }
        };
        let ttl = self.store.limits().ttl;
        let previous = self
            .store
            .get(&original)
            .map_err(|error| ApiError::store(error, ttl))?;
        let seed = match request.seed {
            0 => pick_seed(),
            seed => seed,
        };
        let questions = session::retry_questions(&*self.bank, &previous, seed)?;
        let learner = if learner.is_anonymous() {
            previous.learner().clone()
        } else {
            learner
        };
        let session = QuizSession::new(
            QuizId::random(),
            learner,
            seed,
            &questions,
            SystemTime::now(),
        )
        .retrying(original);
        self.begin(session, questions, String::new())
    }

    /// Stores a new session and describes it from `questions`, the ones it
    /// was started with (the session itself keeps only their ids).
    fn begin(
        &self,
        session: QuizSession,
        questions: Vec<Question>,
        note: String,
    ) -> Result<proto::StartQuizResponse, ApiError> {
        let limits = self.store.limits();
        let review = session.review_with(questions)?;
        let response = proto::StartQuizResponse {
            quiz_id: session.id().to_string(),
            question: review.current().map(convert::question),
            total_questions: convert::count_i32(review.questions().len()),
            note,
            quiz: Some(convert::quiz(&review, SystemTime::now() + limits.ttl)),
        };
        self.store
            .insert(session)
            .map_err(|error| ApiError::store(error, limits.ttl))?;
        Ok(response)
    }

    /// Grades the answer to a quiz's current question. The session is held
    /// exclusively while its questions are rebuilt, graded and recorded
    /// (microseconds), so two concurrent submits are applied one after the
    /// other.
    fn submit(
        &self,
        request: proto::SubmitAnswerRequest,
    ) -> Result<proto::SubmitAnswerResponse, ApiError> {
        let submission = if request.skip {
            if request.answer.is_empty() {
                Ok(Submission::Skip)
            } else {
                Err(Invalid::field(
                    "answer",
                    "must be empty when skip is true: answer the question or skip it, not both",
                ))
            }
        } else {
            AnswerText::parse(request.answer)
                .map(|answer| Submission::Answer(answer.as_str().to_string()))
        };
        let (quiz_id, question_id, submission) = match (
            input::quiz_id("quiz_id", &request.quiz_id),
            issued_question_id(request.question_id),
            submission,
        ) {
            (Ok(quiz_id), Ok(question_id), Ok(submission)) => (quiz_id, question_id, submission),
            (quiz_id, question_id, submission) => {
                return Err(
                    Invalid::merge([quiz_id.err(), question_id.err(), submission.err()]).into(),
                );
            }
        };
        let ttl = self.store.limits().ttl;
        let outcome = self
            .store
            .modify(&quiz_id, |session| {
                session
                    .submit(question_id.as_str(), submission, &*self.bank)
                    .map(|submitted| proto::SubmitAnswerResponse {
                        grade: Some(convert::grade(&submitted.grade)),
                        next_question: submitted.next.as_ref().map(convert::question),
                        progress: Some(convert::progress(submitted.progress)),
                        finished: submitted.next.is_none(),
                    })
            })
            .map_err(|error| ApiError::store(error, ttl))?;
        Ok(outcome?)
    }

    fn quiz(&self, request: proto::GetQuizRequest) -> Result<proto::GetQuizResponse, ApiError> {
        let id = input::quiz_id("quiz_id", &request.quiz_id)?;
        let ttl = self.store.limits().ttl;
        let session = self
            .store
            .get(&id)
            .map_err(|error| ApiError::store(error, ttl))?;
        // Rebuilt from the copy, outside the session's lock.
        let review = session.review(&*self.bank)?;
        Ok(proto::GetQuizResponse {
            quiz: Some(convert::quiz(&review, SystemTime::now() + ttl)),
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

/// A question id that could have been issued: a quiz only ever holds such
/// ids, so anything else is a malformed field rather than a wrong question.
fn issued_question_id(raw: String) -> Result<QuestionId, Invalid> {
    let id = QuestionId::parse(raw)?;
    match QuestionSpec::decode(id.as_str()) {
        Ok(_) => Ok(id),
        Err(reason) => Err(Invalid::field(
            "question_id",
            format!("not a question id this service issues: {reason}"),
        )),
    }
}

/// Runs CPU-heavy work (generating a batch) on the blocking pool, off the
/// async workers that serve every other call. A panic there is contained
/// and reported as a server fault.
pub(crate) async fn off_the_workers<T: Send + 'static>(
    what: &'static str,
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, Status> {
    let done = tokio::task::spawn_blocking(work).await.map_err(|error| {
        tracing::error!(%error, "{what} panicked");
        Status::internal(format!("{what} failed; this is a server bug"))
    })?;
    Ok(done?)
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
        // large batch).
        let api = self.clone();
        let generated = off_the_workers("question generation", move || {
            api.generate(request.into_inner())
        })
        .await?;
        Ok(Response::new(generated))
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

    async fn get_hint(
        &self,
        request: Request<proto::GetHintRequest>,
    ) -> Result<Response<proto::GetHintResponse>, Status> {
        let question = self.rebuild(request.into_inner().question_id)?;
        Ok(Response::new(convert::hint(hint::hint(
            &question,
            self.bank.facts(),
        ))))
    }

    async fn start_quiz(
        &self,
        request: Request<proto::StartQuizRequest>,
    ) -> Result<Response<proto::StartQuizResponse>, Status> {
        // Generation (or re-rendering a retry) plus a store insert that may
        // sweep the store: blocking-pool work, as for GenerateQuestions.
        let api = self.clone();
        let started =
            off_the_workers("starting a quiz", move || api.start(request.into_inner())).await?;
        Ok(Response::new(started))
    }

    async fn submit_answer(
        &self,
        request: Request<proto::SubmitAnswerRequest>,
    ) -> Result<Response<proto::SubmitAnswerResponse>, Status> {
        Ok(Response::new(self.submit(request.into_inner())?))
    }

    async fn get_quiz(
        &self,
        request: Request<proto::GetQuizRequest>,
    ) -> Result<Response<proto::GetQuizResponse>, Status> {
        Ok(Response::new(self.quiz(request.into_inner())?))
    }
}
