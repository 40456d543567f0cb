//! Spaced review: when each of a learner's facts is next due, scheduled with
//! FSRS from every graded answer the learner gave about it.
//!
//! FSRS comes from `rs-fsrs`: a small, dependency-light implementation of
//! FSRS-5 (chrono only), against `fsrs`, the reference optimiser, which
//! pulls a machine-learning framework (burn) and minutes of build for the
//! parameter training this service does not do. Default weights, intervals
//! in days.
//!
//! Pure: the caller passes the answers (from the store) and the time. The
//! schedule is replayed from the answers, in time order, so it never
//! disagrees with the history and needs no table of its own.
//!
//! Grades map to FSRS ratings as the issue asks: a wrong answer or a skip is
//! Again, partial credit is Hard, a right answer is Good, and a right answer
//! at first sight of the fact on a hard question is Easy.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Utc};
use rs_fsrs::{Card, FSRS, Parameters, Rating};

/// A fact's stability, in days, from which it counts as mastered: FSRS
/// expects 90 % recall three weeks after the last review.
pub const MASTERED_STABILITY_DAYS: f64 = 21.0;

/// One graded answer about a fact, as the schedule needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub fact_id: String,
    pub at: SystemTime,
    /// Full credit.
    pub correct: bool,
    /// Share of credit, 0 to 1.
    pub score: f64,
    /// The question was asked at the hard difficulty.
    pub hard: bool,
}

/// Where one fact stands for one learner.
#[derive(Debug, Clone, PartialEq)]
pub struct FactSchedule {
    pub fact_id: String,
    /// When it should next be asked.
    pub due: SystemTime,
    /// Days until recall probability falls to 90 %.
    pub stability: f64,
    /// Answers about it, and how many of them were wrong after it was known.
    pub reviews: u32,
    pub lapses: u32,
    pub last_rating: Rating,
}

impl FactSchedule {
    pub fn is_due(&self, now: SystemTime) -> bool {
        self.due <= now
    }

    /// Well known: stable for three weeks, and not just forgotten.
    pub fn is_mastered(&self) -> bool {
        self.stability >= MASTERED_STABILITY_DAYS && self.last_rating != Rating::Again
    }
}

/// FSRS's default weights with intervals in whole days (a missed fact is
/// due again the next day, see `schedule`): the short-term
/// scheduler's minute-long learning steps suit a flashcard session, not a
/// quiz a learner comes back to another day. No fuzz, so a schedule is a
/// pure function of the answers.
fn parameters() -> Parameters {
    Parameters {
        enable_short_term: false,
        enable_fuzz: false,
        ..Parameters::default()
    }
}

/// The FSRS rating for one answer; `first_sight` is whether the learner had
/// never answered about this fact before.
pub fn rating(answer: &Answer, first_sight: bool) -> Rating {
    if answer.correct {
        if first_sight && answer.hard {
            Rating::Easy
        } else {
            Rating::Good
        }
    } else if answer.score > 0.0 {
        Rating::Hard
    } else {
        Rating::Again
    }
}

/// Every fact the learner has answered about, scheduled by replaying
/// `answers` in time order (ties keep the given order).
pub fn schedule(answers: &[Answer]) -> BTreeMap<String, FactSchedule> {
    let fsrs = FSRS::new(parameters());
    let mut ordered: Vec<&Answer> = answers.iter().collect();
    ordered.sort_by_key(|answer| answer.at);
    let mut cards: BTreeMap<String, (Card, Rating)> = BTreeMap::new();
    for answer in ordered {
        let now = to_chrono(answer.at);
        let first_sight = !cards.contains_key(&answer.fact_id);
        let rating = rating(answer, first_sight);
        let card = cards
            .get(&answer.fact_id)
            .map(|(card, _)| card.clone())
            .unwrap_or_else(|| Card {
                due: now,
                last_review: now,
                ..Card::default()
            });
        // A miss comes back the next day (FSRS's interval for Again), not
        // at once: the quiz's own review and retry go over it straight
        // away, and asking it again minutes after its answer was shown
        // trains short-term recall, not memory.
        let next = fsrs.next(card, now, rating).card;
        cards.insert(answer.fact_id.clone(), (next, rating));
    }
    cards
        .into_iter()
        .map(|(fact_id, (card, last_rating))| {
            let schedule = FactSchedule {
                fact_id: fact_id.clone(),
                due: from_chrono(card.due),
                stability: card.stability,
                reviews: u32::try_from(card.reps).unwrap_or(0),
                lapses: u32::try_from(card.lapses).unwrap_or(0),
                last_rating,
            };
            (fact_id, schedule)
        })
        .collect()
}

/// The facts due at `now`, most overdue first.
pub fn due(schedules: &BTreeMap<String, FactSchedule>, now: SystemTime) -> Vec<&FactSchedule> {
    let mut due: Vec<&FactSchedule> = schedules.values().filter(|s| s.is_due(now)).collect();
    due.sort_by_key(|schedule| schedule.due);
    due
}

fn to_chrono(time: SystemTime) -> DateTime<Utc> {
    DateTime::<Utc>::from(time)
}

fn from_chrono(time: DateTime<Utc>) -> SystemTime {
    let millis = u64::try_from(time.timestamp_millis()).unwrap_or(0);
    UNIX_EPOCH + Duration::from_millis(millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Duration = Duration::from_secs(86_400);

    fn start() -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_800_000_000)
    }

    fn answer(fact: &str, day: u32, correct: bool, score: f64, hard: bool) -> Answer {
        Answer {
            fact_id: fact.into(),
            at: start() + DAY * day,
            correct,
            score,
            hard,
        }
    }

    #[test]
    fn grades_map_to_again_hard_good_and_easy_at_first_sight_on_a_hard_question() {
        assert_eq!(
            rating(&answer("f", 0, false, 0.0, false), true),
            Rating::Again
        );
        assert_eq!(
            rating(&answer("f", 0, false, 0.5, false), false),
            Rating::Hard
        );
        assert_eq!(
            rating(&answer("f", 0, true, 1.0, false), true),
            Rating::Good
        );
        assert_eq!(rating(&answer("f", 0, true, 1.0, true), true), Rating::Easy);
        assert_eq!(
            rating(&answer("f", 0, true, 1.0, true), false),
            Rating::Good
        );
    }

    #[test]
    fn a_missed_fact_falls_due_the_next_day_not_at_once() {
        let schedules = schedule(&[answer("missed", 0, false, 0.0, false)]);
        let missed = &schedules["missed"];
        assert!(
            !missed.is_due(start() + Duration::from_secs(3600)),
            "{missed:?}"
        );
        assert!(missed.is_due(start() + DAY), "{missed:?}");
    }

    #[test]
    fn a_missed_fact_is_due_sooner_than_a_known_one() {
        let schedules = schedule(&[
            answer("missed", 0, false, 0.0, false),
            answer("known", 0, true, 1.0, false),
        ]);
        assert!(schedules["missed"].due < schedules["known"].due);
        let soon = start() + DAY * 2;
        let due_now: Vec<&str> = due(&schedules, soon)
            .iter()
            .map(|s| s.fact_id.as_str())
            .collect();
        assert_eq!(due_now, ["missed"]);
    }

    #[test]
    fn answers_replay_in_time_order_and_right_answers_over_weeks_master_a_fact() {
        let mut answers = vec![
            answer("f", 60, true, 1.0, false),
            answer("f", 0, true, 1.0, false),
            answer("f", 4, true, 1.0, false),
            answer("f", 15, true, 1.0, false),
        ];
        let replayed = schedule(&answers);
        answers.sort_by_key(|a| a.at);
        assert_eq!(schedule(&answers), replayed);
        let fact = &replayed["f"];
        assert_eq!(fact.reviews, 4);
        assert!(fact.is_mastered(), "{fact:?}");
        let forgotten =
            schedule(&[answers.clone(), vec![answer("f", 90, false, 0.0, false)]].concat());
        assert!(!forgotten["f"].is_mastered());
        assert_eq!(forgotten["f"].lapses, 1);
    }
}
