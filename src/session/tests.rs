//! Session rules, on questions generated from the embedded fact base.

use std::sync::{Arc, OnceLock};
use std::time::SystemTime;

use proptest::prelude::*;

use super::*;
use crate::facts::FactBase;
use crate::generation::{GenerateRequest, QuestionBank, RebuildError};
use crate::question::{AnswerKey, Difficulty, QuestionKind};

fn bank() -> &'static QuestionBank {
    static BANK: OnceLock<QuestionBank> = OnceLock::new();
    BANK.get_or_init(|| {
        QuestionBank::new(Arc::new(FactBase::embedded().expect("embedded facts load")))
    })
}

fn questions(count: usize, seed: u64) -> Vec<Question> {
    bank()
        .generate(&GenerateRequest {
            count,
            difficulty: Difficulty::Medium,
            seed,
            ..GenerateRequest::default()
        })
        .expect("generates")
        .questions
}

/// A new quiz, and the questions it asks (the session keeps only ids).
fn session(count: usize, seed: u64) -> (QuizSession, Vec<Question>) {
    let questions = questions(count, seed);
    let quiz = QuizSession::new(
        QuizId::new(std::time::SystemTime::now()),
        LearnerName::parse("Aigerim").expect("a valid name"),
        seed,
        &questions,
        SystemTime::UNIX_EPOCH,
    );
    (quiz, questions)
}

/// A wrong answer the question can still take: another option's label, or
/// words that are not the answer.
fn wrong_answer(question: &Question) -> String {
    let first_wrong = |right: &[usize]| {
        (0..question.choices.len())
            .find(|i| !right.contains(i))
            .map(|i| question.choices[i].label.clone())
            .unwrap_or_default()
    };
    match &question.key {
        AnswerKey::Single { correct } => first_wrong(&[*correct]),
        AnswerKey::Multi { correct } => first_wrong(correct),
        // Every item paired with the next item's letter: all wrong, and
        // still one letter per item, as a matching answer must be.
        AnswerKey::Pairs { pairs } => (0..pairs.len())
            .map(|item| {
                let choice = pairs[(item + 1) % pairs.len()];
                format!("{}-{}", item + 1, question.choices[choice].label)
            })
            .collect::<Vec<_>>()
            .join(" "),
        AnswerKey::Text { .. } => "xyzzy".to_string(),
    }
}

fn answer(text: &str) -> Submission {
    Submission::Answer(text.to_string())
}

fn current_id(quiz: &QuizSession) -> String {
    quiz.current_id().expect("a current question").to_string()
}

#[test]
fn answering_the_current_question_records_it_and_moves_on() {
    let (mut quiz, questions) = session(3, 1);
    let first = questions[0].clone();
    let second = questions[1].id.clone();
    let submitted = quiz
        .submit(&first.id, answer(&first.right_answer()), bank())
        .expect("accepted");
    assert!(submitted.grade.correct, "{:?}", submitted.grade);
    assert!(!submitted.replayed);
    assert_eq!(submitted.next.map(|q| q.into_owned().id), Some(second));
    let progress = quiz.progress();
    assert_eq!(
        (progress.answered, progress.correct, progress.total),
        (1, 1, 3)
    );
    assert_eq!(progress.score, 1.0);
}

#[test]
fn resending_the_previous_answer_returns_its_grade_and_counts_once() {
    let (mut quiz, questions) = session(3, 2);
    let id = current_id(&quiz);
    let wrong = wrong_answer(&questions[0]);
    let first = quiz
        .submit(&id, answer(&wrong), bank())
        .expect("accepted")
        .grade;
    let again = quiz
        .submit(&id, answer(&format!(" {wrong}\n")), bank())
        .expect("replayed");
    assert!(again.replayed);
    assert_eq!(again.grade, first);
    assert_eq!(again.progress.answered, 1);
    assert_eq!(quiz.progress().answered, 1);
    // Another case or spacing is the same answer resent, not a rival.
    let shouted = quiz
        .submit(
            &id,
            answer(&wrong.to_uppercase().replace(' ', "  ")),
            bank(),
        )
        .expect("replayed");
    assert!(shouted.replayed);
    assert_eq!(shouted.grade, first);
}

#[test]
fn an_earlier_question_resent_is_refused_without_calling_it_a_different_answer() {
    let (mut quiz, questions) = session(3, 2);
    let first = current_id(&quiz);
    let wrong = wrong_answer(&questions[0]);
    quiz.submit(&first, answer(&wrong), bank()).expect("first");
    let second = current_id(&quiz);
    quiz.submit(&second, Submission::Skip, bank())
        .expect("second");
    let refused = quiz
        .submit(&first, answer(&wrong), bank())
        .expect_err("not the latest");
    let message = refused.to_string();
    assert!(
        message.contains("only the latest answer can be resent"),
        "{message}"
    );
    assert!(!message.contains("different"), "{message}");
    let refused = quiz
        .submit(&second, answer(&wrong), bank())
        .expect_err("skipped");
    assert!(
        refused.to_string().contains("(it was skipped)"),
        "{refused}"
    );
}

#[test]
fn resending_the_last_answer_after_the_end_is_still_idempotent() {
    let (mut quiz, questions) = session(2, 3);
    for _ in 0..2 {
        let id = current_id(&quiz);
        quiz.submit(&id, Submission::Skip, bank())
            .expect("accepted");
    }
    assert!(quiz.is_finished());
    let last = questions[1].id.clone();
    let again = quiz
        .submit(&last, Submission::Skip, bank())
        .expect("replayed");
    assert!(again.replayed && again.next.is_none());
    assert_eq!(again.progress.answered, 2);
    let refused = quiz
        .submit(&last, answer("A"), bank())
        .expect_err("a different answer");
    assert!(
        refused
            .to_string()
            .contains("The quiz is finished; see GetQuiz"),
        "{refused}"
    );
}

#[test]
fn a_different_answer_to_the_previous_question_is_refused_and_the_grade_stands() {
    let (mut quiz, questions) = session(3, 4);
    let first = questions[0].clone();
    let graded = quiz
        .submit(&first.id, answer(&wrong_answer(&first)), bank())
        .expect("ok")
        .grade;
    let refused = quiz
        .submit(&first.id, answer(&first.right_answer()), bank())
        .expect_err("already answered");
    let message = refused.to_string();
    assert!(
        message.starts_with("question 1 was already answered"),
        "{message}"
    );
    assert!(
        message.contains("The current question is 2 of 3"),
        "{message}"
    );
    // Never the id: the plain id of an open question must stay unknown.
    assert!(!message.contains(&questions[1].id), "{message}");
    assert_eq!(quiz.outcomes()[0].grade(&first), graded);
    assert_eq!(quiz.progress().answered, 1);
}

#[test]
fn questions_other_than_the_current_one_are_refused_with_the_reason() {
    let (mut quiz, questions) = session(4, 5);
    let ids: Vec<String> = questions.iter().map(|q| q.id.clone()).collect();
    quiz.submit(&ids[0], Submission::Skip, bank()).expect("ok");
    quiz.submit(&ids[1], Submission::Skip, bank()).expect("ok");
    assert!(matches!(
        quiz.submit(&ids[0], Submission::Skip, bank()),
        Err(SubmitError::AlreadyAnswered { number: 1, .. })
    ));
    assert!(matches!(
        quiz.submit(&ids[3], Submission::Skip, bank()),
        Err(SubmitError::NotYetDue { number: 4, .. })
    ));
    assert!(matches!(
        quiz.submit("q1_nope", Submission::Skip, bank()),
        Err(SubmitError::NotInQuiz { .. })
    ));
    assert_eq!(quiz.progress().answered, 2);
}

#[test]
fn once_finished_every_new_submission_is_refused() {
    let (mut quiz, questions) = session(1, 6);
    let id = current_id(&quiz);
    let wrong = wrong_answer(&questions[0]);
    quiz.submit(&id, answer(&wrong), bank()).expect("ok");
    let refused = quiz
        .submit("q1_other", answer("x"), bank())
        .expect_err("finished");
    assert!(
        refused.to_string().contains("The quiz is finished"),
        "{refused}"
    );
}

#[test]
fn a_skip_scores_nothing_and_reveals_the_answer_with_its_citation() {
    let (mut quiz, questions) = session(1, 7);
    let question = questions[0].clone();
    let grade = quiz
        .submit(&question.id, Submission::Skip, bank())
        .expect("ok")
        .grade;
    assert!(!grade.correct);
    assert_eq!(grade.score, 0.0);
    assert!(grade.feedback.starts_with("Skipped."), "{}", grade.feedback);
    assert!(
        grade
            .feedback
            .contains(question.canonical_answer.trim_end_matches('.'))
    );
    assert_eq!(grade.canonical_answer, question.canonical_answer);
    assert_eq!(grade.citations, question.citations);
    assert_eq!(grade.explanation, question.explanation);
    let review = quiz.review(bank()).expect("rebuilds");
    let missed = review.missed();
    assert_eq!(missed.len(), 1);
    assert_eq!(missed[0].grade, grade);
    assert_eq!(missed[0].submission, &Submission::Skip);
}

#[test]
fn the_summary_scores_each_topic_in_first_appearance_order_with_partial_credit() {
    let (mut quiz, questions) = session(10, 8);
    // A fixed grader: alternately full, half and no credit.
    for (index, question) in questions.iter().enumerate() {
        let score = [1.0, 0.5, 0.0][index % 3];
        quiz.submit_with(&question.id, answer("x"), bank(), |q, _| Grade {
            correct: score == 1.0,
            score,
            canonical_answer: q.canonical_answer.clone(),
            feedback: String::new(),
            readable: true,
            explanation: String::new(),
            citations: Vec::new(),
        })
        .expect("ok");
    }
    let mut first_seen: Vec<&str> = Vec::new();
    for question in &questions {
        if !first_seen.contains(&question.topic.as_str()) {
            first_seen.push(&question.topic);
        }
    }
    let review = quiz.review(bank()).expect("rebuilds");
    let topics = review.topic_scores();
    let names: Vec<&str> = topics.iter().map(|t| t.topic.as_str()).collect();
    assert_eq!(names, first_seen);
    assert_eq!(topics.iter().map(|t| t.total).sum::<usize>(), 10);
    let total_score: f64 = topics.iter().map(|t| t.score).sum();
    let progress = quiz.progress();
    assert_eq!(progress.score, 4.0 * 1.0 + 3.0 * 0.5);
    assert!((total_score - progress.score).abs() < 1e-9);
    assert_eq!(progress.correct, 4);
    // Half credit is still missed: only full credit counts as right.
    assert_eq!(review.missed().len(), 6);
}

#[test]
fn a_retry_asks_the_missed_facts_again_in_the_same_formats() {
    let (mut quiz, questions) = session(6, 9);
    for (index, question) in questions.iter().enumerate() {
        let submission = if index % 2 == 0 {
            answer(&question.right_answer())
        } else {
            Submission::Skip
        };
        quiz.submit(&question.id, submission, bank()).expect("ok");
    }
    let missed: Vec<(QuestionKind, Vec<String>)> = quiz
        .review(bank())
        .expect("rebuilds")
        .missed()
        .iter()
        .map(|m| (m.question.kind, m.question.fact_ids.clone()))
        .collect();
    assert_eq!(missed.len(), 3);
    let retry = retry_questions(bank(), &quiz, 77).expect("retry");
    let mut asked: Vec<(QuestionKind, Vec<String>)> =
        retry.iter().map(|q| (q.kind, q.fact_ids.clone())).collect();
    let mut expected = missed.clone();
    asked.sort();
    expected.sort();
    assert_eq!(asked, expected);
    assert_eq!(retry_questions(bank(), &quiz, 77), Ok(retry));
}

#[test]
fn only_a_finished_quiz_with_misses_can_be_retried() {
    let (mut quiz, questions) = session(2, 10);
    assert!(matches!(
        retry_questions(bank(), &quiz, 1),
        Err(RetryError::NotFinished(_, 0, 2))
    ));
    for question in &questions {
        quiz.submit(&question.id, answer(&question.right_answer()), bank())
            .expect("ok");
    }
    assert!(matches!(
        retry_questions(bank(), &quiz, 1),
        Err(RetryError::NothingMissed(_))
    ));
}

#[test]
fn a_retry_belongs_to_the_learner_of_the_quiz_it_retries() {
    let (quiz, _) = session(2, 10);
    let aigerim = LearnerName::parse("Aigerim").expect("a valid name");
    assert_eq!(retry_owner(&quiz, &aigerim), Ok(aigerim));
    for stranger in ["", "Mallory", "aigerim"] {
        let stranger = LearnerName::parse(stranger).expect("a valid name");
        let refused = retry_owner(&quiz, &stranger).expect_err("a stranger's retry is refused");
        assert!(
            matches!(refused, RetryError::OtherLearner(_)),
            "{stranger:?}: {refused:?}"
        );
        assert!(!refused.to_string().contains("Aigerim"), "{refused}");
    }
}

#[test]
fn anyone_may_retry_an_anonymous_quiz_and_the_retry_stays_anonymous() {
    let questions = questions(2, 10);
    let quiz = QuizSession::new(
        QuizId::new(SystemTime::now()),
        LearnerName::default(),
        10,
        &questions,
        SystemTime::UNIX_EPOCH,
    );
    for caller in ["", "Mallory"] {
        let caller = LearnerName::parse(caller).expect("a valid name");
        assert_eq!(retry_owner(&quiz, &caller), Ok(LearnerName::default()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever a client sends, in any order and with any repeats, each
    /// question is counted at most once, answers land in order, and the
    /// score never exceeds what was answered.
    #[test]
    fn no_sequence_of_submissions_counts_a_question_twice(
        seed in 1u64..1000,
        moves in proptest::collection::vec((0usize..6, 0usize..3), 1..30),
    ) {
        let (mut quiz, questions) = session(5, seed);
        let ids: Vec<String> = questions.iter().map(|q| q.id.clone()).collect();
        let mut accepted_new = 0;
        for (target, kind) in moves {
            let id = ids.get(target).cloned().unwrap_or_else(|| "q1_unknown".into());
            let submission = match kind {
                0 => Submission::Skip,
                1 => answer("A"),
                _ => answer("Astana"),
            };
            let before = quiz.progress().answered;
            match quiz.submit(&id, submission, bank()) {
                Ok(submitted) => {
                    let after = submitted.progress.answered;
                    prop_assert!(after == before || after == before + 1);
                    prop_assert_eq!(submitted.replayed, after == before);
                    if !submitted.replayed {
                        accepted_new += 1;
                    }
                }
                Err(_) => prop_assert_eq!(quiz.progress().answered, before),
            }
            let progress = quiz.progress();
            prop_assert!(progress.correct <= progress.answered);
            prop_assert!(progress.score <= progress.answered as f64 + 1e-9);
            prop_assert!(progress.answered <= progress.total);
        }
        prop_assert_eq!(quiz.progress().answered, accepted_new);
    }
}

#[test]
fn an_answer_the_question_cannot_take_is_refused_and_not_recorded() {
    let (mut quiz, questions) = session(3, 8);
    let question = questions[0].clone();
    let refused = quiz.submit(
        &question.id,
        answer("Astana or Almaty or Bishkek, or E"),
        bank(),
    );
    assert!(
        matches!(refused, Err(SubmitError::Unreadable { ref feedback }) if !feedback.is_empty()),
        "{refused:?}"
    );
    assert_eq!(quiz.progress().answered, 0);
    assert_eq!(current_id(&quiz), question.id);
    let answered = quiz
        .submit(&question.id, answer(&question.right_answer()), bank())
        .expect("a readable answer is taken");
    assert!(answered.grade.correct);
}

#[test]
fn a_stored_session_keeps_ids_and_verdicts_not_rendered_questions() {
    let (mut quiz, questions) = session(10, 11);
    for (index, question) in questions.iter().enumerate() {
        let submission = match index % 3 {
            0 => answer(&question.right_answer()),
            1 => answer(&wrong_answer(question)),
            _ => Submission::Skip,
        };
        quiz.submit(&question.id, submission, bank()).expect("ok");
    }
    assert!(quiz.is_finished());
    let stored = format!("{quiz:?}");
    for question in &questions {
        assert!(stored.contains(&question.id));
        assert!(!stored.contains(&question.prompt), "{}", question.prompt);
        assert!(
            !stored.contains(&question.explanation),
            "{}",
            question.explanation
        );
        for citation in &question.citations {
            assert!(!stored.contains(&citation.text), "{}", citation.text);
        }
    }
    // Yet the summary has every grade in full, as first returned.
    let review = quiz.review(bank()).expect("rebuilds");
    assert_eq!(review.questions(), questions.as_slice());
    for missed in review.missed() {
        assert_eq!(missed.grade.citations, missed.question.citations);
        assert_eq!(missed.grade.explanation, missed.question.explanation);
        assert!(!missed.grade.feedback.is_empty());
    }
}

/// A source for a server whose fact set no longer has `gone`.
fn without(gone: String) -> impl Fn(&str) -> Result<Question, RebuildError> {
    move |id: &str| {
        if id == gone {
            Err(RebuildError::Unknown(
                "issued against another fact set".into(),
            ))
        } else {
            bank().rebuild(id)
        }
    }
}

#[test]
fn a_question_that_no_longer_rebuilds_is_refused_clearly_and_nothing_is_recorded() {
    let (mut quiz, questions) = session(3, 12);
    let (first, second) = (&questions[0], &questions[1]);
    // The next question cannot be shown, so the answer is not recorded
    // either: the learner is never moved onto a question that cannot be asked.
    let refused = quiz
        .submit(
            &first.id,
            answer(&first.right_answer()),
            &without(second.id.clone()),
        )
        .expect_err("the next question is gone");
    let message = refused.to_string();
    assert!(
        matches!(refused, SubmitError::Unavailable(_)),
        "{refused:?}"
    );
    assert!(message.contains(&second.id), "{message}");
    assert!(message.contains("start a new quiz"), "{message}");
    assert_eq!(quiz.progress().answered, 0);
    assert!(matches!(
        quiz.submit(&first.id, Submission::Skip, &without(first.id.clone())),
        Err(SubmitError::Unavailable(_))
    ));
    assert!(quiz.review(&without(second.id.clone())).is_err());
    // With every question back, the quiz goes on where it was.
    quiz.submit(&first.id, Submission::Skip, bank())
        .expect("ok");
    assert_eq!(current_id(&quiz), second.id);
}

#[test]
fn a_retry_of_questions_that_no_longer_rebuild_is_refused() {
    let (mut quiz, questions) = session(1, 13);
    quiz.submit(&questions[0].id, Submission::Skip, bank())
        .expect("ok");
    let nothing = |_: &str| -> Result<Question, RebuildError> {
        Err(RebuildError::Unknown(
            "issued against another fact set".into(),
        ))
    };
    assert!(matches!(
        retry_questions(&nothing, &quiz, 1),
        Err(RetryError::Unavailable(_))
    ));
}

#[test]
fn a_review_from_questions_in_hand_must_be_the_quiz_own() {
    let (quiz, questions) = session(3, 14);
    let mut reordered = questions.clone();
    reordered.swap(0, 1);
    assert!(quiz.review_with(reordered).is_err());
    assert!(quiz.review_with(questions[..2].to_vec()).is_err());
    let mut extra = questions.clone();
    extra.push(questions[0].clone());
    assert!(quiz.review_with(extra).is_err());
    let review = quiz.review_with(questions.clone()).expect("its own");
    assert_eq!(review.current(), questions.first());
}

#[test]
fn a_matching_questions_pairs_are_scored_each_in_its_own_facts_topic() {
    let matching = (0..64u64)
        .find_map(|seed| {
            bank()
                .generate(&GenerateRequest {
                    count: 1,
                    kinds: vec![QuestionKind::Matching],
                    seed,
                    ..GenerateRequest::default()
                })
                .ok()?
                .questions
                .into_iter()
                .next()
                .filter(|q| {
                    let first = &q.fact_topics[0];
                    q.fact_topics.iter().any(|t| t != first)
                })
        })
        .expect("a matching question across topics");
    let AnswerKey::Pairs { pairs } = &matching.key else {
        panic!("a matching key");
    };
    // Item 1 and the first item of another topic swapped: those two wrong.
    let other = (1..pairs.len())
        .find(|&i| matching.fact_topics[i] != matching.fact_topics[0])
        .expect("an item of another topic");
    let mut letters: Vec<String> = pairs
        .iter()
        .map(|&c| matching.choices[c].label.clone())
        .collect();
    letters.swap(0, other);
    let typed = letters
        .iter()
        .enumerate()
        .map(|(item, letter)| format!("{}-{letter}", item + 1))
        .collect::<Vec<_>>()
        .join(" ");
    let questions = vec![matching.clone()];
    let mut quiz = QuizSession::new(
        QuizId::new(SystemTime::now()),
        LearnerName::parse("Aigerim").expect("a valid name"),
        1,
        &questions,
        SystemTime::UNIX_EPOCH,
    );
    quiz.submit(&matching.id, answer(&typed), bank())
        .expect("graded");
    let review = quiz.review(bank()).expect("rebuilds");
    let topics = review.topic_scores();
    assert_eq!(
        topics.iter().map(|t| t.total).sum::<usize>(),
        pairs.len(),
        "one item per pair: {topics:?}"
    );
    for topic in &topics {
        let items: Vec<usize> = (0..pairs.len())
            .filter(|&i| matching.fact_topics[i] == topic.topic)
            .collect();
        let wrong = items.iter().filter(|&&i| i == 0 || i == other).count();
        assert_eq!(topic.total, items.len(), "{topic:?}");
        assert_eq!(topic.correct, items.len() - wrong, "{topic:?}");
    }
}
