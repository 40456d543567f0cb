//! `summit.v1.LearnerService`: a learner's progress, answer history and
//! deletion, over the pure [`crate::learner`] core and the [`QuizStore`].

use std::sync::Arc;
use std::time::SystemTime;

use tonic::{Request, Response, Status};

use crate::generation::QuestionBank;
use crate::learner::{self, AttemptRecord, Progress};
use crate::proto;
use crate::proto::learner_service_server::LearnerService;
use crate::service::convert;
use crate::service::error::{ApiError, Invalid};
use crate::service::input::{self, PageSize};
use crate::service::pagination;
use crate::store::{AttemptKey, OpenQuiz, QuizStore, StoreError};

/// Serves learners' progress from the answers in `store`, over the facts
/// currently served.
#[derive(Debug, Clone)]
pub struct LearnerApi {
    /// Progress counts the facts its quizzes can ask.
    bank: Arc<QuestionBank>,
    store: Arc<dyn QuizStore>,
}

impl LearnerApi {
    pub fn new(bank: Arc<QuestionBank>, store: Arc<dyn QuizStore>) -> LearnerApi {
        LearnerApi { bank, store }
    }

    fn store_error(&self, error: StoreError) -> ApiError {
        ApiError::store(error, self.store.limits().ttl)
    }

    async fn progress(
        &self,
        request: proto::GetLearnerProgressRequest,
    ) -> Result<proto::GetLearnerProgressResponse, ApiError> {
        let learner = input::named_learner("learner", &request.learner)?;
        let attempts = self
            .store
            .learner_attempts(&learner)
            .await
            .map_err(|error| self.store_error(error))?;
        let open = self
            .store
            .open_quizzes(&learner)
            .await
            .map_err(|error| self.store_error(error))?;
        let progress = learner::progress(&attempts, &self.bank, SystemTime::now());
        Ok(progress_response(learner.as_str(), &progress, &open))
    }

    async fn list(
        &self,
        request: proto::ListAttemptsRequest,
    ) -> Result<proto::ListAttemptsResponse, ApiError> {
        let parsed = (
            input::named_learner("learner", &request.learner),
            PageSize::parse(request.page_size),
        );
        let (learner, size) = match parsed {
            (Ok(learner), Ok(size)) => (learner, size),
            (learner, size) => return Err(Invalid::merge([learner.err(), size.err()]).into()),
        };
        let after = pagination::attempts_after(learner.as_str(), &request.page_token)
            .map_err(|error| ApiError::invalid("page_token", error.to_string()))?;
        let size = usize::try_from(size.get()).unwrap_or(usize::MAX);
        // One more than the page, to know whether another page follows.
        let mut attempts = self
            .store
            .attempts_page(&learner, after.as_ref(), size + 1)
            .await
            .map_err(|error| self.store_error(error))?;
        let more = attempts.len() > size;
        attempts.truncate(size);
        let next_page_token = match attempts.last() {
            Some(last) if more => {
                pagination::attempts_token(learner.as_str(), &AttemptKey::of(last))
            }
            _ => String::new(),
        };
        Ok(proto::ListAttemptsResponse {
            attempts: attempts.iter().map(attempt).collect(),
            next_page_token,
        })
    }

    async fn delete(
        &self,
        request: proto::DeleteLearnerRequest,
    ) -> Result<proto::DeleteLearnerResponse, ApiError> {
        let learner = input::named_learner("learner", &request.learner)?;
        let deleted = self
            .store
            .delete_learner(&learner)
            .await
            .map_err(|error| self.store_error(error))?;
        tracing::info!(
            attempts = deleted.attempts,
            quizzes = deleted.quizzes,
            "deleted a learner's data"
        );
        Ok(proto::DeleteLearnerResponse {
            attempts_deleted: i64::try_from(deleted.attempts).unwrap_or(i64::MAX),
            quizzes_deleted: i64::try_from(deleted.quizzes).unwrap_or(i64::MAX),
        })
    }
}

fn progress_response(
    learner: &str,
    progress: &Progress,
    open: &[OpenQuiz],
) -> proto::GetLearnerProgressResponse {
    let count = convert::count_i32;
    proto::GetLearnerProgressResponse {
        learner: learner.to_string(),
        facts_total: count(progress.facts_total),
        facts_seen: count(progress.facts_seen),
        facts_due: count(progress.facts_due),
        facts_mastered: count(progress.facts_mastered),
        topics: progress
            .topics
            .iter()
            .map(|topic| proto::TopicMastery {
                topic: topic.topic.clone(),
                facts_total: count(topic.facts_total),
                facts_seen: count(topic.facts_seen),
                facts_mastered: count(topic.facts_mastered),
                facts_due: count(topic.facts_due),
                mastery: topic.mastery(),
            })
            .collect(),
        day_streak: count(progress.day_streak),
        correct_streak: count(progress.correct_streak),
        answered_total: count(progress.answered_total),
        correct_total: count(progress.correct_total),
        recent_days: progress
            .recent_days
            .iter()
            .map(|day| proto::DayActivity {
                date: day.date(),
                answered: count(day.answered),
                correct: count(day.correct),
            })
            .collect(),
        next_due_time: progress.next_due.map(convert::timestamp),
        open_quizzes: open
            .iter()
            .map(|quiz| proto::OpenQuiz {
                quiz_id: quiz.id.to_string(),
                answered: count(quiz.answered),
                total: count(quiz.total),
                create_time: Some(convert::timestamp(quiz.created)),
                expire_time: Some(convert::timestamp(quiz.expires_at)),
            })
            .collect(),
    }
}

fn attempt(record: &AttemptRecord) -> proto::Attempt {
    proto::Attempt {
        quiz_id: record.quiz_id.clone(),
        position: i32::try_from(record.position).unwrap_or(i32::MAX),
        question_id: record.question_id.clone(),
        fact_id: record.fact_id.clone(),
        kind: proto::QuestionKind::from_str_name(&record.kind)
            .unwrap_or(proto::QuestionKind::Unspecified) as i32,
        topic: record.topic.clone(),
        answer: record.answer.clone(),
        skipped: record.skipped,
        correct: record.correct,
        score: record.score,
        feedback: record.feedback.clone(),
        answer_time: Some(convert::timestamp(record.answered_at)),
    }
}

#[tonic::async_trait]
impl LearnerService for LearnerApi {
    async fn get_learner_progress(
        &self,
        request: Request<proto::GetLearnerProgressRequest>,
    ) -> Result<Response<proto::GetLearnerProgressResponse>, Status> {
        Ok(Response::new(self.progress(request.into_inner()).await?))
    }

    async fn list_attempts(
        &self,
        request: Request<proto::ListAttemptsRequest>,
    ) -> Result<Response<proto::ListAttemptsResponse>, Status> {
        Ok(Response::new(self.list(request.into_inner()).await?))
    }

    async fn delete_learner(
        &self,
        request: Request<proto::DeleteLearnerRequest>,
    ) -> Result<Response<proto::DeleteLearnerResponse>, Status> {
        Ok(Response::new(self.delete(request.into_inner()).await?))
    }
}
