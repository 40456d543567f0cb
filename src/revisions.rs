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

/// The current question bank and older revisions' banks by revision.
#[derive(Debug, Clone)]
pub struct Revisions {
    current: Arc<QuestionBank>,
    older: BTreeMap<u32, Arc<QuestionBank>>,
}

impl Revisions {
    /// Only the current revision.
    pub fn new(current: Arc<QuestionBank>) -> Revisions {
        Revisions {
            current,
            older: BTreeMap::new(),
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
        Revisions { current, older }
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
        self.bank_for(id).rebuild(id)
    }
}

impl QuestionSource for Revisions {
    fn question(&self, id: &str) -> Result<Question, RebuildError> {
        self.rebuild(id)
    }
}
