//! Every fact-set revision a server can rebuild questions from: the one it
//! serves plus the older ones registered in the database by earlier
//! releases, so a question id or a stored quiz from before a change to the
//! facts keeps rendering and grading exactly as issued, on any replica.
//!
//! An id is routed by the revision it names: to that revision's bank when
//! this server holds it, else to the current bank, which rebuilds it if the
//! facts it names (by id) still exist — as they do after another fact was
//! added or edited.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::generation::{QuestionBank, RebuildError};
use crate::question::Question;
use crate::question_id::IdParts;
use crate::session::QuestionSource;

/// How many rebuilt questions [`Revisions`] keeps. Rendering a question
/// (with its flaw checks) costs far more than copying one, and the same ids
/// come back again and again (every answer to a quiz question, CheckAnswer
/// on a shared question); a few thousand recent ones cover that in a few MB.
const REBUILT_CAPACITY: usize = 4096;

/// The current question bank and older revisions' banks by revision.
#[derive(Debug, Clone)]
pub struct Revisions {
    current: Arc<QuestionBank>,
    older: BTreeMap<u32, Arc<QuestionBank>>,
    /// Recently rebuilt questions by id. An id always rebuilds to the same
    /// question from the same banks, and the banks never change, so an
    /// entry is never stale; only successes are kept.
    /// Shared, so a hit costs a reference count, not a copy of every text.
    rebuilt: Arc<quick_cache::sync::Cache<String, Arc<Question>>>,
}

impl Revisions {
    /// Only the current revision.
    pub fn new(current: Arc<QuestionBank>) -> Revisions {
        Revisions::with_banks(current, BTreeMap::new())
    }

    fn with_banks(
        current: Arc<QuestionBank>,
        older: BTreeMap<u32, Arc<QuestionBank>>,
    ) -> Revisions {
        Revisions {
            current,
            older,
            rebuilt: Arc::new(quick_cache::sync::Cache::new(REBUILT_CAPACITY)),
        }
    }

    /// The current revision plus `older` ones (the current one among them
    /// is ignored).
    pub fn with_older(current: Arc<QuestionBank>, older: Vec<Arc<QuestionBank>>) -> Revisions {
        let serving = current.facts().fingerprint();
        let older = older
            .into_iter()
            .map(|bank| (bank.facts().fingerprint(), bank))
            .filter(|(revision, _)| *revision != serving)
            .collect();
        Revisions::with_banks(current, older)
    }

    /// The bank new questions come from.
    pub fn current(&self) -> &Arc<QuestionBank> {
        &self.current
    }

    /// How many revisions this server can rebuild from, the current included.
    pub fn len(&self) -> usize {
        1 + self.older.len()
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// The bank to rebuild `id` from: its own revision's if held, else the
    /// current one.
    pub fn bank_for(&self, id: &str) -> &QuestionBank {
        IdParts::decode(id)
            .ok()
            .and_then(|parts| self.older.get(&parts.revision))
            .unwrap_or(&self.current)
    }

    /// The question `id` names, from the bank of its revision.
    pub fn rebuild(&self, id: &str) -> Result<Question, RebuildError> {
        self.rebuild_shared(id)
            .map(|question| Question::clone(&question))
    }

    /// [`Revisions::rebuild`] without copying the question: CheckAnswer
    /// only reads it.
    pub fn rebuild_shared(&self, id: &str) -> Result<Arc<Question>, RebuildError> {
        if let Some(question) = self.rebuilt.get(id) {
            return Ok(question);
        }
        let question = Arc::new(self.bank_for(id).rebuild(id)?);
        self.rebuilt.insert(id.to_owned(), Arc::clone(&question));
        Ok(question)
    }

    /// Keeps `questions`, just generated, as what their ids rebuild to
    /// (an id always rebuilds to the question it was issued as), so the
    /// answers to a quiz started with them need no rebuild.
    pub fn remember(&self, questions: &[Question]) {
        for question in questions {
            self.rebuilt
                .insert(question.id.clone(), Arc::new(question.clone()));
        }
    }
}

impl QuestionSource for Revisions {
    fn question(&self, id: &str) -> Result<Question, RebuildError> {
        self.rebuild(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::FactBase;
    use crate::generation::GenerateRequest;
    use crate::question::Difficulty;

    fn bank() -> Arc<QuestionBank> {
        Arc::new(QuestionBank::new(Arc::new(
            FactBase::embedded().expect("embedded facts load"),
        )))
    }

    #[test]
    fn a_rebuild_served_from_the_cache_is_the_question_the_bank_rebuilds() {
        let bank = bank();
        let revisions = Revisions::new(Arc::clone(&bank));
        let request = GenerateRequest {
            count: 10,
            difficulty: Difficulty::Medium,
            seed: 7,
            ..GenerateRequest::default()
        };
        for question in bank.generate(&request).expect("generates").questions {
            let first = revisions.rebuild(&question.id).expect("rebuilds");
            let again = revisions.rebuild(&question.id).expect("rebuilds again");
            assert_eq!((&first, &again), (&question, &question));
        }
    }

    #[test]
    fn questions_remembered_when_a_quiz_starts_are_served_as_issued() {
        let bank = bank();
        let revisions = Revisions::new(Arc::clone(&bank));
        let request = GenerateRequest {
            count: 10,
            difficulty: Difficulty::Hard,
            seed: 11,
            ..GenerateRequest::default()
        };
        let questions = bank.generate(&request).expect("generates").questions;
        revisions.remember(&questions);
        assert_eq!(revisions.rebuilt.len(), questions.len());
        for question in &questions {
            assert_eq!(&revisions.rebuild(&question.id).expect("served"), question);
        }
    }

    #[test]
    fn an_id_that_does_not_rebuild_fails_every_time_and_is_not_cached() {
        let revisions = Revisions::new(bank());
        for _ in 0..2 {
            assert!(matches!(
                revisions.rebuild("q1_garbage"),
                Err(RebuildError::Malformed(_))
            ));
        }
        assert_eq!(revisions.rebuilt.len(), 0);
    }
}
