//! Progress and review planning on the embedded fact base, with answers
//! made up at fixed times.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::review::{self, ReviewPlan};
use super::*;
use crate::facts::FactBase;
use crate::generation::{GenerateRequest, QuestionBank};
use crate::question::{Question, QuestionKind};

const DAY: Duration = Duration::from_secs(86_400);

fn bank() -> &'static QuestionBank {
    static BANK: OnceLock<QuestionBank> = OnceLock::new();
    BANK.get_or_init(|| {
        QuestionBank::new(Arc::new(FactBase::embedded().expect("embedded facts load")))
    })
}

/// Noon UTC on some day, so "today" and "yesterday" are unambiguous.
fn start() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_800_000_000 / 86_400 * 86_400 + 43_200)
}

/// A real question about `fact_id` in `kind`, as a quiz would have issued it.
fn issued(fact_id: &str, kind: QuestionKind) -> Question {
    let generated = bank()
        .generate(&GenerateRequest {
            count: 1,
            kinds: vec![kind],
            fact_ids: vec![fact_id.to_string()],
            seed: 11,
            ..GenerateRequest::default()
        })
        .expect("generates");
    generated
        .questions
        .into_iter()
        .next()
        .expect("one question")
}

fn attempt(question: &Question, at: SystemTime, correct: bool, position: u32) -> AttemptRecord {
    AttemptRecord {
        quiz_id: "quiz_a".into(),
        position,
        question_id: question.id.clone(),
        fact_id: question.fact_ids[0].clone(),
        kind: format!("{:?}", question.kind),
        topic: question.topic.clone(),
        skipped: false,
        answer: "x".into(),
        correct,
        score: if correct { 1.0 } else { 0.0 },
        feedback: String::new(),
        answered_at: at,
    }
}

/// Two facts that can be asked as multiple choice, for made-up histories.
fn two_facts() -> (String, String) {
    let mut ids = bank().facts().facts().iter().filter_map(|fact| {
        bank()
            .generate(&GenerateRequest {
                count: 1,
                kinds: vec![QuestionKind::MultipleChoice],
                fact_ids: vec![fact.id.clone()],
                seed: 11,
                ..GenerateRequest::default()
            })
            .ok()
            .filter(|g| !g.questions.is_empty())
            .map(|_| fact.id.clone())
    });
    (ids.next().expect("a fact"), ids.next().expect("another"))
}

#[test]
fn a_learner_with_no_answers_has_seen_nothing_and_has_no_streak() {
    let progress = progress(&[], bank(), start());
    assert_eq!(progress.facts_seen, 0);
    assert_eq!(progress.facts_due, 0);
    assert_eq!(progress.day_streak, 0);
    // Only the facts a quiz can ask: mastery can reach 100 %.
    let facts = bank().facts().facts().len();
    let quizzable = (0..facts).filter(|&i| bank().quizzable(i)).count();
    assert_eq!(progress.facts_total, quizzable);
    assert!(quizzable > 0);
    assert_eq!(progress.topics.len(), bank().facts().topics().len());
    assert!(progress.recent_days.is_empty());
    assert_eq!(progress.next_due, None);
}

#[test]
fn a_wrong_answer_is_due_the_next_day_and_counts_per_topic() {
    let (missed, known) = two_facts();
    let wrong = issued(&missed, QuestionKind::MultipleChoice);
    let right = issued(&known, QuestionKind::MultipleChoice);
    let attempts = [
        attempt(&wrong, start(), false, 0),
        attempt(&right, start(), true, 1),
    ];
    let later = progress(&attempts, bank(), start() + DAY * 2);
    assert_eq!(later.facts_seen, 2);
    assert_eq!(later.facts_due, 1);
    assert_eq!(later.facts_mastered, 0);
    let topic = later
        .topics
        .iter()
        .find(|t| t.topic == wrong.topic)
        .expect("the topic is listed");
    assert!(topic.facts_seen >= 1 && topic.facts_due >= 1, "{topic:?}");
    assert_eq!(later.answered_total, 2);
    assert_eq!(later.correct_total, 1);
}

#[test]
fn the_day_streak_counts_consecutive_days_ending_today_or_yesterday() {
    let (fact, _) = two_facts();
    let question = issued(&fact, QuestionKind::MultipleChoice);
    let attempts: Vec<AttemptRecord> = [0u32, 1, 2, 4, 5]
        .iter()
        .map(|&day| attempt(&question, start() + DAY * day, true, day))
        .collect();
    assert_eq!(progress(&attempts, bank(), start() + DAY * 5).day_streak, 2);
    assert_eq!(
        progress(&attempts, bank(), start() + DAY * 6).day_streak,
        2,
        "a streak is alive until a whole day passes without an answer"
    );
    assert_eq!(progress(&attempts, bank(), start() + DAY * 7).day_streak, 0);
    let by_day = progress(&attempts, bank(), start() + DAY * 7).recent_days;
    assert_eq!(by_day.len(), 5);
    assert_eq!(by_day[0].answered, 1);
    assert!(by_day[0].date().len() == 10 && by_day[0].date() < by_day[4].date());
}

#[test]
fn the_correct_streak_counts_back_from_the_latest_answer() {
    let (fact, _) = two_facts();
    let question = issued(&fact, QuestionKind::MultipleChoice);
    let attempts = [
        attempt(&question, start(), true, 0),
        attempt(&question, start() + DAY, false, 1),
        attempt(&question, start() + DAY * 3, true, 2),
        attempt(&question, start() + DAY * 4, true, 3),
    ];
    assert_eq!(
        progress(&attempts, bank(), start() + DAY * 4).correct_streak,
        2
    );
}

#[test]
fn only_the_last_fourteen_days_with_answers_are_in_the_series() {
    let (fact, _) = two_facts();
    let question = issued(&fact, QuestionKind::MultipleChoice);
    let attempts: Vec<AttemptRecord> = (0..20u32)
        .map(|day| attempt(&question, start() + DAY * day, day % 2 == 0, day))
        .collect();
    let series = progress(&attempts, bank(), start() + DAY * 20).recent_days;
    assert_eq!(series.len(), RECENT_DAYS);
    assert_eq!(series.last().map(|d| d.correct), Some(0));
}

/// A review quiz drawn from the embedded bank, which also stands for the
/// questions the learner was asked before.
fn review_quiz(
    plan: &ReviewPlan,
    request: GenerateRequest,
) -> Result<review::ReviewQuiz, crate::generation::GenerateError> {
    review::questions(bank(), bank(), plan, &request)
}

fn plan_for(attempts: &[AttemptRecord], now: SystemTime) -> ReviewPlan {
    review::plan(attempts, bank(), now)
}

#[test]
fn a_review_asks_the_due_fact_first_in_another_kind() {
    let (missed, known) = two_facts();
    let wrong = issued(&missed, QuestionKind::MultipleChoice);
    let right = issued(&known, QuestionKind::MultipleChoice);
    let attempts = [
        attempt(&wrong, start(), false, 0),
        attempt(&right, start(), true, 1),
    ];
    let plan = plan_for(&attempts, start() + DAY * 2);
    assert_eq!(plan.due.len(), 1);
    assert_eq!(plan.due[0].last_question_id, wrong.id);
    let quiz = review_quiz(
        &plan,
        GenerateRequest {
            count: 5,
            seed: 3,
            ..GenerateRequest::default()
        },
    )
    .expect("a review quiz");
    assert_eq!(quiz.reviewed, 1);
    assert_eq!(quiz.questions.len(), 5);
    let first = &quiz.questions[0];
    assert_eq!(first.fact_ids[0], missed);
    assert_ne!(first.kind, QuestionKind::MultipleChoice);
    assert_ne!(first.id, wrong.id);
    for new in &quiz.questions[1..] {
        assert!(
            !new.fact_ids.contains(&missed) && !new.fact_ids.contains(&known),
            "the rest are new facts: {:?}",
            new.fact_ids
        );
    }
    assert!(
        quiz.note.contains("your 1 due fact comes first"),
        "{}",
        quiz.note
    );
}

#[test]
fn a_review_limited_to_the_last_kind_still_changes_the_question() {
    let (missed, _) = two_facts();
    let wrong = issued(&missed, QuestionKind::MultipleChoice);
    let plan = plan_for(&[attempt(&wrong, start(), false, 0)], start() + DAY * 2);
    let quiz = review_quiz(
        &plan,
        GenerateRequest {
            count: 1,
            kinds: vec![QuestionKind::MultipleChoice],
            seed: 11,
            ..GenerateRequest::default()
        },
    )
    .expect("a review quiz");
    assert_eq!(quiz.questions.len(), 1);
    assert_ne!(quiz.questions[0].id, wrong.id);
}

#[test]
fn with_nothing_due_a_review_is_new_facts_and_says_so() {
    let (known, _) = two_facts();
    let right = issued(&known, QuestionKind::MultipleChoice);
    let plan = plan_for(&[attempt(&right, start(), true, 0)], start());
    assert!(plan.due.is_empty());
    assert!(plan.next_due.is_some());
    let quiz = review_quiz(
        &plan,
        GenerateRequest {
            count: 3,
            seed: 5,
            ..GenerateRequest::default()
        },
    )
    .expect("a quiz of new facts");
    assert_eq!(quiz.reviewed, 0);
    assert_eq!(quiz.questions.len(), 3);
    assert!(
        quiz.note.starts_with("Review quiz: Nothing is due"),
        "{}",
        quiz.note
    );
}

#[test]
fn a_due_fact_that_can_be_asked_is_reviewed_whatever_the_quiz_seed() {
    for fact in bank().facts().facts() {
        let Ok(generated) = bank().generate(&GenerateRequest {
            count: 1,
            kinds: vec![QuestionKind::MultipleChoice],
            fact_ids: vec![fact.id.clone()],
            seed: 11,
            ..GenerateRequest::default()
        }) else {
            continue;
        };
        let Some(wrong) = generated.questions.first() else {
            continue;
        };
        let plan = plan_for(&[attempt(wrong, start(), false, 0)], start() + DAY * 2);
        for seed in 1..=40 {
            let quiz = review_quiz(
                &plan,
                GenerateRequest {
                    count: 3,
                    seed,
                    ..GenerateRequest::default()
                },
            )
            .expect("a review quiz");
            assert_eq!(quiz.reviewed, 1, "fact {} with seed {seed}", fact.id);
            assert_eq!(quiz.questions[0].fact_ids[0], fact.id);
        }
    }
}

#[test]
fn a_matching_answer_counts_every_fact_it_pairs_each_by_its_own_pair() {
    let question: Question = bank()
        .generate(&GenerateRequest {
            count: 1,
            kinds: vec![QuestionKind::Matching],
            seed: 5,
            ..GenerateRequest::default()
        })
        .expect("generates")
        .questions
        .into_iter()
        .next()
        .expect("one question");
    let crate::question::AnswerKey::Pairs { pairs } = &question.key else {
        panic!("a matching key: {:?}", question.key);
    };
    let mut letters: Vec<String> = pairs
        .iter()
        .map(|&choice| question.choices[choice].label.clone())
        .collect();
    // The first two items swapped: those two pairs wrong, the rest right.
    letters.swap(0, 1);
    let answer = letters
        .iter()
        .enumerate()
        .map(|(item, letter)| format!("{}-{letter}", item + 1))
        .collect::<Vec<_>>()
        .join(" ");
    let mut answered = attempt(&question, start(), false, 0);
    answered.answer = answer;
    let later = progress(&[answered], bank(), start() + DAY * 2);
    assert_eq!(later.facts_seen, question.fact_ids.len());
    assert_eq!(later.facts_due, 2, "only the two facts paired wrong");
    assert_eq!(later.answered_total, 1);
}
