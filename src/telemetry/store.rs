//! A [`QuizStore`] that times every call to the store it wraps, for the
//! `summit_database_duration_seconds` histogram.

use std::future::Future;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use metrics::histogram;

use crate::learner::AttemptRecord;
use crate::session::{LearnerName, QuizId, QuizSession};
use crate::store::{
    AttemptFacts, AttemptKey, Deleted, OpenQuiz, QuizStore, SessionLimits, StoreError, Stored,
};

/// Times each call of the store inside, by operation.
#[derive(Debug)]
pub struct TimedStore {
    inner: Arc<dyn QuizStore>,
}

impl TimedStore {
    pub fn new(inner: Arc<dyn QuizStore>) -> TimedStore {
        TimedStore { inner }
    }
}

async fn timed<T>(operation: &'static str, call: impl Future<Output = T>) -> T {
    if !super::enabled() {
        return call.await;
    }
    let started = Instant::now();
    let result = call.await;
    histogram!("summit_database_duration_seconds", "operation" => operation)
        .record(started.elapsed().as_secs_f64());
    result
}

#[tonic::async_trait]
impl QuizStore for TimedStore {
    async fn insert(&self, session: &QuizSession) -> Result<SystemTime, StoreError> {
        timed("insert", self.inner.insert(session)).await
    }

    async fn load(&self, id: &QuizId) -> Result<Stored, StoreError> {
        timed("load", self.inner.load(id)).await
    }

    async fn load_recent(&self, id: &QuizId) -> Result<Stored, StoreError> {
        timed("load_recent", self.inner.load_recent(id)).await
    }

    async fn touch(&self, id: &QuizId) -> Result<Stored, StoreError> {
        timed("touch", self.inner.touch(id)).await
    }

    async fn save(
        &self,
        session: QuizSession,
        expected_version: i64,
        added: &[AttemptFacts],
    ) -> Result<SystemTime, StoreError> {
        timed("save", self.inner.save(session, expected_version, added)).await
    }

    async fn sweep(&self) -> Result<u64, StoreError> {
        timed("sweep", self.inner.sweep()).await
    }

    async fn learner_attempts(
        &self,
        learner: &LearnerName,
    ) -> Result<Vec<AttemptRecord>, StoreError> {
        timed("learner_attempts", self.inner.learner_attempts(learner)).await
    }

    async fn attempts_page(
        &self,
        learner: &LearnerName,
        after: Option<&AttemptKey>,
        limit: usize,
    ) -> Result<Vec<AttemptRecord>, StoreError> {
        timed(
            "attempts_page",
            self.inner.attempts_page(learner, after, limit),
        )
        .await
    }

    async fn open_quizzes(&self, learner: &LearnerName) -> Result<Vec<OpenQuiz>, StoreError> {
        timed("open_quizzes", self.inner.open_quizzes(learner)).await
    }

    async fn delete_learner(&self, learner: &LearnerName) -> Result<Deleted, StoreError> {
        timed("delete_learner", self.inner.delete_learner(learner)).await
    }

    async fn count_open_quizzes(&self) -> Result<u64, StoreError> {
        timed("count_open_quizzes", self.inner.count_open_quizzes()).await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        timed("ping", self.inner.ping()).await
    }

    fn limits(&self) -> SessionLimits {
        self.inner.limits()
    }
}
