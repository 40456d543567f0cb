//! What the tutor says about a learner across runs: the greeting with what
//! is due, the offer to resume an unfinished quiz, and progress over time
//! after a quiz. Pure wording over `GetLearnerProgress`, unit-tested here.

use super::render::Style;
use crate::proto::{GetLearnerProgressResponse, OpenQuiz};

/// The first line: "Welcome back, Dana: 7 facts are due for review." for a
/// learner with history, "Welcome, Dana!" for a new one.
pub fn welcome(learner: &str, progress: Option<&GetLearnerProgressResponse>) -> String {
    if learner.is_empty() {
        return "Welcome!".to_string();
    }
    match progress {
        Some(progress) if progress.answered_total > 0 => match progress.facts_due {
            0 => format!("Welcome back, {learner}! Nothing is due for review yet."),
            1 => format!("Welcome back, {learner}: 1 fact is due for review."),
            due => format!("Welcome back, {learner}: {due} facts are due for review."),
        },
        _ => format!("Welcome, {learner}!"),
    }
}

/// A pointer to `--review` when facts are due and this is not a review,
/// naming what it goes over: before a new quiz, to be asked them first;
/// after a resumed one (which `--review` did not start), once it is done.
pub fn review_tip(
    progress: Option<&GetLearnerProgressResponse>,
    reviewing: bool,
    resumed: bool,
) -> Option<String> {
    let due = progress.map_or(0, |p| p.facts_due);
    if reviewing {
        return resumed.then(|| {
            "(This is your unfinished quiz, not the review: run with --review again \
             once it is done.)"
                .to_string()
        });
    }
    (due > 0).then(|| {
        let (facts, them) = if due == 1 {
            ("1 fact is".to_string(), "it")
        } else {
            (format!("{due} facts are"), "them")
        };
        if resumed {
            format!(
                "({facts} due for review: run with --review after this quiz to go over {them}.)"
            )
        } else {
            format!("({facts} due for review: run with --review to be asked {them} first.)")
        }
    })
}

/// The unfinished quiz to offer: the first with an answer. One left before
/// any answer has nothing to pick up; a new quiz serves as well.
pub fn resumable(progress: &GetLearnerProgressResponse) -> Option<&OpenQuiz> {
    progress.open_quizzes.iter().find(|open| open.answered > 0)
}

/// Said when a named learner leaves a quiz they can resume; `rerun` is the
/// command that gets back to it.
pub fn saved_note(rerun: &str) -> String {
    format!("Your quiz is saved; run {rerun} again to pick it up.")
}

/// "You have an unfinished quiz (3 of 10 answered). Resume it? [y/n]";
/// before a review, the choice is between the two: "… Resume it before
/// your review? [y/n] (n starts the review)".
pub fn resume_offer(open: &OpenQuiz, reviewing: bool) -> String {
    let ask = if reviewing {
        "Resume it before your review? [y/n] (n starts the review)"
    } else {
        "Resume it? [y/n]"
    };
    format!(
        "You have an unfinished quiz ({} of {} answered). {ask}",
        open.answered, open.total
    )
}

/// Progress over time, for after a quiz: facts seen, mastered and due,
/// streaks, and a bar per recent day.
pub fn summary(progress: &GetLearnerProgressResponse, style: Style) -> String {
    let mut text = format!(
        "{} {} of {} facts seen, {} mastered, {} due for review.",
        style.bold("Your progress:"),
        progress.facts_seen,
        progress.facts_total,
        progress.facts_mastered,
        progress.facts_due
    );
    let days = match progress.day_streak {
        0 => String::new(),
        1 => "1 day in a row".to_string(),
        n => format!("{n} days in a row"),
    };
    let right = match progress.correct_streak {
        0 => String::new(),
        1 => "your last answer was right".to_string(),
        n => format!("{n} right answers in a row"),
    };
    let streaks: Vec<String> = [days, right]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !streaks.is_empty() {
        text.push_str(&format!("\nStreak: {}.", streaks.join("; ")));
    }
    if !progress.recent_days.is_empty() {
        text.push_str("\nBy day (right / answered):");
        for day in &progress.recent_days {
            text.push_str(&format!(
                "\n  {}  {:>3}/{:<3} {}",
                day.date,
                day.correct,
                day.answered,
                bar(day.correct, day.answered)
            ));
        }
    }
    text
}

/// Ten cells, filled in proportion to the share right.
fn bar(correct: i32, answered: i32) -> String {
    const CELLS: i32 = 10;
    let filled = if answered > 0 {
        (correct.clamp(0, answered) * CELLS + answered / 2) / answered
    } else {
        0
    };
    let filled = usize::try_from(filled).unwrap_or(0);
    let empty = usize::try_from(CELLS).unwrap_or(0).saturating_sub(filled);
    format!("{}{}", "#".repeat(filled), ".".repeat(empty))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::DayActivity;

    fn returning(due: i32) -> GetLearnerProgressResponse {
        GetLearnerProgressResponse {
            learner: "Dana".into(),
            facts_total: 40,
            facts_seen: 12,
            facts_due: due,
            facts_mastered: 3,
            answered_total: 15,
            correct_total: 10,
            day_streak: 2,
            correct_streak: 4,
            recent_days: vec![
                DayActivity {
                    date: "2026-11-30".into(),
                    answered: 10,
                    correct: 7,
                },
                DayActivity {
                    date: "2026-12-01".into(),
                    answered: 5,
                    correct: 3,
                },
            ],
            ..GetLearnerProgressResponse::default()
        }
    }

    #[test]
    fn a_returning_learner_is_told_how_many_facts_are_due() {
        assert_eq!(
            welcome("Dana", Some(&returning(7))),
            "Welcome back, Dana: 7 facts are due for review."
        );
        assert_eq!(
            welcome("Dana", Some(&returning(1))),
            "Welcome back, Dana: 1 fact is due for review."
        );
        assert_eq!(
            welcome("Dana", Some(&returning(0))),
            "Welcome back, Dana! Nothing is due for review yet."
        );
    }

    #[test]
    fn a_new_or_anonymous_learner_gets_a_plain_welcome() {
        let new = GetLearnerProgressResponse::default();
        assert_eq!(welcome("Dana", Some(&new)), "Welcome, Dana!");
        assert_eq!(welcome("Dana", None), "Welcome, Dana!");
        assert_eq!(welcome("", Some(&returning(3))), "Welcome!");
    }

    #[test]
    fn the_review_tip_shows_only_when_facts_are_due_outside_a_review() {
        assert_eq!(
            review_tip(Some(&returning(2)), false, false).as_deref(),
            Some("(2 facts are due for review: run with --review to be asked them first.)")
        );
        assert_eq!(review_tip(Some(&returning(2)), true, false), None);
        assert_eq!(review_tip(Some(&returning(0)), false, false), None);
    }

    #[test]
    fn after_a_resume_the_review_tip_says_it_comes_after_this_quiz() {
        assert_eq!(
            review_tip(Some(&returning(1)), false, true).as_deref(),
            Some("(1 fact is due for review: run with --review after this quiz to go over it.)")
        );
        let instead = review_tip(Some(&returning(1)), true, true).expect("a note");
        assert!(instead.contains("not the review"), "{instead}");
        let offer = resume_offer(
            &OpenQuiz {
                answered: 4,
                total: 8,
                ..OpenQuiz::default()
            },
            true,
        );
        assert!(offer.ends_with("Resume it before your review? [y/n] (n starts the review)"));
    }

    #[test]
    fn the_summary_shows_progress_streaks_and_a_bar_per_day() {
        let text = summary(&returning(2), Style::PLAIN);
        assert!(
            text.starts_with("Your progress: 12 of 40 facts seen, 3 mastered, 2 due for review."),
            "{text}"
        );
        assert!(
            text.contains("Streak: 2 days in a row; 4 right answers in a row."),
            "{text}"
        );
        assert!(text.contains("2026-11-30    7/10  #######..."), "{text}");
        assert!(text.contains("2026-12-01    3/5   ######...."), "{text}");
    }

    #[test]
    fn only_a_quiz_with_an_answer_is_offered_for_resuming() {
        let open = |id: &str, answered: i32| OpenQuiz {
            quiz_id: id.into(),
            answered,
            total: 5,
            ..OpenQuiz::default()
        };
        let mut progress = returning(0);
        progress.open_quizzes = vec![open("untouched", 0), open("begun", 2)];
        assert_eq!(
            resumable(&progress).map(|q| q.quiz_id.as_str()),
            Some("begun")
        );
        progress.open_quizzes.truncate(1);
        assert_eq!(resumable(&progress), None);
    }

    #[test]
    fn the_saved_note_names_the_command_that_resumes() {
        assert_eq!(
            saved_note("summit-quiz --name Ana"),
            "Your quiz is saved; run summit-quiz --name Ana again to pick it up."
        );
    }

    #[test]
    fn bars_are_empty_without_answers_and_full_when_all_are_right() {
        assert_eq!(bar(0, 0), "..........");
        assert_eq!(bar(4, 4), "##########");
    }
}
