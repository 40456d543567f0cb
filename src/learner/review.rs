//! Review quizzes: a learner's due facts first, each asked differently from
//! the last time, then new facts.
//!
//! "Differently" means another question kind where the fact allows one
//! (kinds are rotated: the one after the last kind asked comes first), else
//! the same kind with another seed: another template where the fact has
//! one, else other distractors or another option order.
//!
//! Remaining slots go to facts the learner has never answered about; when
//! none are left, to seen facts that fall due soonest (reviewing ahead), so
//! a learner who asked for ten questions gets ten when the filters allow.

use std::collections::{BTreeMap, BTreeSet};
use std::time::SystemTime;

use super::{AttemptRecord, schedules};
use crate::facts::Fact;
use crate::generation::{GenerateError, GenerateRequest, QuestionBank};
use crate::question::{Question, QuestionKind};
use crate::question_id::IdParts;
use crate::session::QuestionSource;

/// Seeds tried per kind before moving on to the next kind. New batches
/// draw from a pool of finished questions (`crate::generation`), where
/// another seed can give the id asked last time, so several are tried.
const SEEDS_PER_KIND: u64 = 12;

/// One due fact and how it was asked last time.
#[derive(Debug, Clone, PartialEq)]
pub struct DueFact {
    pub fact_id: String,
    pub due: SystemTime,
    /// The id of the question last answered about it.
    pub last_question_id: String,
}

/// What a learner's history says a review quiz should ask.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewPlan {
    /// Due facts, most overdue first.
    pub due: Vec<DueFact>,
    /// Seen facts not due, soonest due first.
    pub ahead: Vec<String>,
    /// Every fact the learner has answered about.
    pub seen: BTreeSet<String>,
    /// When the next fact not yet due falls due.
    pub next_due: Option<SystemTime>,
}

/// The review plan at `now`, from every answer the learner gave.
pub fn plan(attempts: &[AttemptRecord], bank: &QuestionBank, now: SystemTime) -> ReviewPlan {
    let schedules = schedules(attempts, bank);
    let mut last_question: BTreeMap<&str, (SystemTime, &str)> = BTreeMap::new();
    for attempt in attempts {
        let entry = last_question
            .entry(attempt.fact_id.as_str())
            .or_insert((attempt.answered_at, attempt.question_id.as_str()));
        if attempt.answered_at >= entry.0 {
            *entry = (attempt.answered_at, attempt.question_id.as_str());
        }
    }
    let mut due: Vec<DueFact> = Vec::new();
    let mut ahead: Vec<(SystemTime, String)> = Vec::new();
    for schedule in schedules.values() {
        if schedule.is_due(now) {
            due.push(DueFact {
                fact_id: schedule.fact_id.clone(),
                due: schedule.due,
                last_question_id: last_question
                    .get(schedule.fact_id.as_str())
                    .map(|(_, id)| id.to_string())
                    .unwrap_or_default(),
            });
        } else {
            ahead.push((schedule.due, schedule.fact_id.clone()));
        }
    }
    due.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.fact_id.cmp(&b.fact_id)));
    ahead.sort();
    ReviewPlan {
        due,
        next_due: ahead.first().map(|(due, _)| *due),
        ahead: ahead.into_iter().map(|(_, id)| id).collect(),
        seen: schedules.into_keys().collect(),
    }
}

/// A review quiz's questions.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewQuiz {
    pub questions: Vec<Question>,
    /// How many of them (the first ones) review due facts.
    pub reviewed: usize,
    /// What the quiz is made of, for the learner.
    pub note: String,
}

/// The questions of a review quiz for `plan`. `request` carries the
/// learner's filters (topics, source, kinds, difficulty), the length and the
/// seed; its `fact_ids` are ignored. `previous` rebuilds the questions last
/// asked, so a new one is not their twin.
pub fn questions(
    bank: &QuestionBank,
    previous: &impl QuestionSource,
    plan: &ReviewPlan,
    request: &GenerateRequest,
) -> Result<ReviewQuiz, GenerateError> {
    let wanted = |fact: &Fact| {
        (request.topics.is_empty() || request.topics.contains(&fact.topic))
            && request
                .source_id
                .as_ref()
                .is_none_or(|source| &fact.source_id == source)
    };
    let base = bank.facts();
    let mut questions: Vec<Question> = Vec::new();
    for (index, due) in plan.due.iter().enumerate() {
        if questions.len() >= request.count {
            break;
        }
        if base.fact(&due.fact_id).is_none_or(|fact| !wanted(fact)) {
            continue;
        }
        let seed = request.seed.wrapping_add(index as u64 * 7919);
        if let Some(question) = reworded(bank, previous, due, request, seed) {
            questions.push(question);
        }
    }
    let reviewed = questions.len();
    let asked: BTreeSet<&str> = plan.due.iter().map(|d| d.fact_id.as_str()).collect();
    let unseen: Vec<String> = base
        .facts()
        .iter()
        .filter(|fact| wanted(fact) && !plan.seen.contains(&fact.id))
        .map(|fact| fact.id.clone())
        .collect();
    let ahead: Vec<String> = plan
        .ahead
        .iter()
        .filter(|id| !asked.contains(id.as_str()) && base.fact(id).is_some_and(wanted))
        .cloned()
        .collect();
    let mut fresh = 0;
    let mut early = 0;
    for (pool, tally) in [(unseen, &mut fresh), (ahead, &mut early)] {
        let missing = request.count.saturating_sub(questions.len());
        if missing == 0 || pool.is_empty() {
            continue;
        }
        let fill = GenerateRequest {
            count: missing,
            fact_ids: pool,
            ..request.clone()
        };
        match bank.generate(&fill) {
            Ok(generated) => {
                *tally += generated.questions.len();
                questions.extend(generated.questions);
            }
            Err(GenerateError::NothingToAsk(_)) => {}
            Err(error) => return Err(error),
        }
    }
    if questions.is_empty() {
        return Err(GenerateError::NothingToAsk(
            "a review quiz: the filters leave no fact to review or learn".into(),
        ));
    }
    Ok(ReviewQuiz {
        note: note(plan, reviewed, fresh, early),
        reviewed,
        questions,
    })
}

/// Says what the quiz holds: due facts, new facts, facts reviewed early.
fn note(plan: &ReviewPlan, reviewed: usize, fresh: usize, early: usize) -> String {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let mut parts = Vec::new();
    if plan.due.is_empty() {
        parts.push("Nothing is due for review yet".to_string());
    } else {
        let due = plan.due.len();
        let which = if reviewed == due {
            format!("your {due}")
        } else {
            format!("{reviewed} of your {due}")
        };
        let verb = if reviewed == 1 { "comes" } else { "come" };
        parts.push(format!("{which} due fact{} {verb} first", plural(due)));
    }
    if fresh > 0 {
        parts.push(format!("{fresh} new fact{}", plural(fresh)));
    }
    if early > 0 {
        parts.push(format!("{early} fact{} reviewed early", plural(early)));
    }
    format!("Review quiz: {}.", parts.join("; "))
}

/// A question about `due` that is not the one asked last time: the first
/// kind in rotation order other than the last one that renders; failing
/// that, the last kind with another prompt (another template), and failing
/// that, with at least other options or another order. A due fact is asked
/// whenever it can be rendered at all.
fn reworded(
    bank: &QuestionBank,
    previous: &impl QuestionSource,
    due: &DueFact,
    request: &GenerateRequest,
    seed: u64,
) -> Option<Question> {
    let last_kind = IdParts::decode(&due.last_question_id)
        .ok()
        .map(|parts| parts.kind);
    let last_prompt = previous
        .question(&due.last_question_id)
        .ok()
        .map(|question| question.prompt);
    let allowed: &[QuestionKind] = if request.kinds.is_empty() {
        &QuestionKind::ALL
    } else {
        &request.kinds
    };
    let (mut reworded, mut reshuffled) = (None, None);
    for kind in rotation(allowed, last_kind) {
        for attempt in 0..SEEDS_PER_KIND {
            let one = GenerateRequest {
                count: 1,
                kinds: vec![kind],
                fact_ids: vec![due.fact_id.clone()],
                seed: seed.wrapping_add(attempt).max(1),
                ..request.clone()
            };
            let Some(question) = bank
                .generate(&one)
                .ok()
                .and_then(|generated| generated.questions.into_iter().next())
            else {
                // The seed also picks the difficulty and the template, so
                // a kind that fails with one seed may suit with the next.
                continue;
            };
            if question.id == due.last_question_id {
                continue;
            }
            if Some(kind) != last_kind {
                return Some(question);
            }
            if last_prompt.as_ref() == Some(&question.prompt) {
                reshuffled.get_or_insert(question);
            } else {
                reworded.get_or_insert(question);
            }
        }
    }
    reworded.or(reshuffled)
}

/// `allowed` kinds starting after `last` (wrapping), with `last` itself at
/// the end: each review of a fact moves on to the next kind.
fn rotation(allowed: &[QuestionKind], last: Option<QuestionKind>) -> Vec<QuestionKind> {
    let start = last
        .and_then(|last| allowed.iter().position(|&kind| kind == last))
        .map_or(0, |at| at + 1);
    let mut kinds: Vec<QuestionKind> = allowed[start..]
        .iter()
        .chain(&allowed[..start])
        .copied()
        .filter(|&kind| Some(kind) != last)
        .collect();
    if let Some(last) = last.filter(|last| allowed.contains(last)) {
        kinds.push(last);
    }
    kinds
}
