//! A learner across quizzes: where they stand ([`progress`]) and what a
//! review quiz asks them ([`review`]).
//!
//! Pure: the caller passes the learner's answers (from the store), the fact
//! base and the time. Everything here is computed from the answers, so it
//! never disagrees with the history and needs no table of its own.

pub mod review;

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::generation::QuestionBank;
use crate::question::Difficulty;
use crate::question_id::IdParts;
use crate::schedule::{self, FactSchedule};

/// One graded answer (or skip) of a learner, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct AttemptRecord {
    pub quiz_id: String,
    /// 0-based position of the question in its quiz.
    pub position: u32,
    pub question_id: String,
    /// The main fact asked about.
    pub fact_id: String,
    /// The question kind, as its proto enum name.
    pub kind: String,
    pub topic: String,
    pub skipped: bool,
    /// As typed; empty when skipped.
    pub answer: String,
    pub correct: bool,
    pub score: f64,
    pub feedback: String,
    pub answered_at: SystemTime,
}

impl AttemptRecord {
    /// The answer as the scheduler needs it. The difficulty comes from the
    /// question id; an id that no longer decodes counts as not hard.
    pub fn schedule_answer(&self) -> schedule::Answer {
        let hard = IdParts::decode(&self.question_id)
            .map(|parts| parts.difficulty == Difficulty::Hard)
            .unwrap_or(false);
        schedule::Answer {
            fact_id: self.fact_id.clone(),
            at: self.answered_at,
            correct: self.correct,
            score: self.score,
            hard,
        }
    }
}

impl AttemptRecord {
    /// What this answer says about each fact its question tests: a
    /// matching question's items each test their own fact, right or wrong
    /// by that pair (a skip misses them all); any other question, or one
    /// `bank` cannot rebuild, answers its main fact.
    pub fn fact_answers(&self, bank: &QuestionBank) -> Vec<schedule::Answer> {
        let main = self.schedule_answer();
        let matching = IdParts::decode(&self.question_id)
            .is_ok_and(|parts| parts.kind == crate::question::QuestionKind::Matching);
        if !matching {
            return vec![main];
        }
        let Ok(question) = bank.rebuild(&self.question_id) else {
            return vec![main];
        };
        let results = if self.skipped {
            Some(vec![false; question.fact_ids.len()])
        } else {
            crate::grading::pair_results(&question, &self.answer)
        };
        match results {
            Some(results) if results.len() == question.fact_ids.len() => question
                .fact_ids
                .iter()
                .zip(results)
                .map(|(fact_id, right)| schedule::Answer {
                    fact_id: fact_id.clone(),
                    correct: right,
                    score: if right { 1.0 } else { 0.0 },
                    ..main.clone()
                })
                .collect(),
            _ => vec![main],
        }
    }
}

/// The FSRS schedule of every fact the learner answered about, each fact
/// of a matching question included (see [`AttemptRecord::fact_answers`]).
pub fn schedules(
    attempts: &[AttemptRecord],
    bank: &QuestionBank,
) -> BTreeMap<String, FactSchedule> {
    let answers: Vec<schedule::Answer> = attempts
        .iter()
        .flat_map(|attempt| attempt.fact_answers(bank))
        .collect();
    schedule::schedule(&answers)
}

/// How many days the progress series covers (days with answers).
pub const RECENT_DAYS: usize = 14;

const DAY_MS: u64 = 86_400_000;

/// A learner's standing in one topic.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicMastery {
    pub topic: String,
    pub facts_total: usize,
    pub facts_seen: usize,
    pub facts_mastered: usize,
    pub facts_due: usize,
}

impl TopicMastery {
    /// Mastered share of the topic's facts, 0 to 1.
    pub fn mastery(&self) -> f64 {
        if self.facts_total == 0 {
            0.0
        } else {
            self.facts_mastered as f64 / self.facts_total as f64
        }
    }
}

/// Answers on one UTC day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayActivity {
    /// Days since the Unix epoch (UTC).
    pub day: u64,
    pub answered: usize,
    pub correct: usize,
}

impl DayActivity {
    /// The day as YYYY-MM-DD.
    pub fn date(&self) -> String {
        let seconds = i64::try_from(self.day.saturating_mul(86_400)).unwrap_or(i64::MAX);
        chrono::DateTime::from_timestamp(seconds, 0)
            .map(|time| time.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    }
}

/// Where a learner stands; see [`progress`].
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub facts_total: usize,
    /// Facts of the current fact set answered about.
    pub facts_seen: usize,
    pub facts_due: usize,
    pub facts_mastered: usize,
    /// One per topic of the fact set, in its order.
    pub topics: Vec<TopicMastery>,
    /// Consecutive UTC days with an answer, ending today or yesterday.
    pub day_streak: usize,
    /// Right answers in a row, counting back from the latest.
    pub correct_streak: usize,
    pub answered_total: usize,
    pub correct_total: usize,
    /// The last [`RECENT_DAYS`] days with answers, oldest first.
    pub recent_days: Vec<DayActivity>,
    /// When the next seen fact falls due (in the past when some are due).
    pub next_due: Option<SystemTime>,
}

/// A learner's progress over the facts `bank` asks in quizzes (see
/// [`QuestionBank::quizzable`]: a fact no quiz can ask would keep mastery
/// from ever reaching 100 %) at `now`, from every answer they gave.
/// Answers about facts the fact set no longer has count toward the totals
/// and streaks but not toward facts seen or mastered.
pub fn progress(attempts: &[AttemptRecord], bank: &QuestionBank, now: SystemTime) -> Progress {
    let base = bank.facts();
    let schedules = schedules(attempts, bank);
    let mut topics: Vec<TopicMastery> = base
        .topics()
        .iter()
        .map(|topic| TopicMastery {
            topic: topic.name.clone(),
            facts_total: 0,
            facts_seen: 0,
            facts_mastered: 0,
            facts_due: 0,
        })
        .collect();
    let mut next_due: Option<SystemTime> = None;
    let quizzable = base
        .facts()
        .iter()
        .enumerate()
        .filter(|(index, _)| bank.quizzable(*index));
    for (_, fact) in quizzable {
        let Some(topic) = topics.iter_mut().find(|t| t.topic == fact.topic) else {
            continue;
        };
        topic.facts_total += 1;
        if let Some(schedule) = schedules.get(&fact.id) {
            topic.facts_seen += 1;
            topic.facts_mastered += usize::from(schedule.is_mastered());
            topic.facts_due += usize::from(schedule.is_due(now));
            next_due = Some(next_due.map_or(schedule.due, |due| due.min(schedule.due)));
        }
    }
    let sum = |count: fn(&TopicMastery) -> usize| topics.iter().map(count).sum::<usize>();
    let mut ordered: Vec<&AttemptRecord> = attempts.iter().collect();
    ordered.sort_by_key(|attempt| attempt.answered_at);
    Progress {
        facts_total: sum(|t| t.facts_total),
        facts_seen: sum(|t| t.facts_seen),
        facts_due: sum(|t| t.facts_due),
        facts_mastered: sum(|t| t.facts_mastered),
        day_streak: day_streak(&ordered, now),
        correct_streak: ordered.iter().rev().take_while(|a| a.correct).count(),
        answered_total: attempts.len(),
        correct_total: attempts.iter().filter(|a| a.correct).count(),
        recent_days: recent_days(&ordered),
        next_due,
        topics,
    }
}

fn day_of(time: SystemTime) -> u64 {
    let millis = time
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_millis();
    u64::try_from(millis).unwrap_or(u64::MAX) / DAY_MS
}

/// Consecutive days with an answer, ending today, or yesterday when the
/// learner has not answered yet today (the streak is still alive).
fn day_streak(ordered: &[&AttemptRecord], now: SystemTime) -> usize {
    let days: BTreeSet<u64> = ordered.iter().map(|a| day_of(a.answered_at)).collect();
    let today = day_of(now);
    let mut day = if days.contains(&today) {
        today
    } else if today > 0 && days.contains(&(today - 1)) {
        today - 1
    } else {
        return 0;
    };
    let mut streak = 0;
    while days.contains(&day) {
        streak += 1;
        if day == 0 {
            break;
        }
        day -= 1;
    }
    streak
}

fn recent_days(ordered: &[&AttemptRecord]) -> Vec<DayActivity> {
    let mut days: BTreeMap<u64, DayActivity> = BTreeMap::new();
    for attempt in ordered {
        let day = day_of(attempt.answered_at);
        let entry = days.entry(day).or_insert(DayActivity {
            day,
            answered: 0,
            correct: 0,
        });
        entry.answered += 1;
        entry.correct += usize::from(attempt.correct);
    }
    let skip = days.len().saturating_sub(RECENT_DAYS);
    days.into_values().skip(skip).collect()
}

#[cfg(test)]
mod tests;
