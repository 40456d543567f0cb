//! How the tutor's side of the conversation looks: questions, feedback,
//! Ask answers and the summary, as plain text with optional colour.
//!
//! Everything here is a pure function of protobuf messages to a `String`, so
//! the wording is unit-tested without a server. Colour is a [`Style`] that
//! wraps text in ANSI codes only when enabled; with it off the output is
//! exactly the plain text scripts and tests read.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use crate::proto::{
    AskResponse, Choice, Citation, GetHintResponse, Grade, MissedQuestion, Progress, Question,
    QuestionKind, Quiz, QuizState, TopicScore,
};
use crate::text::capitalize_first;

/// Text that came from the server or a learner, without control
/// characters: a stored answer or a hostile server must not be able to
/// drive the learner's terminal with escape sequences.
fn clean(text: &str) -> String {
    crate::quote::printable(text)
}

/// A topic as a heading: its title from ListTopics, capitalised
/// ("regional-views" → "How the Central Asian leaders see China"). A topic
/// `titles` lacks (or an older server's empty title) falls back to the
/// machine name spaced out: "Regional views".
fn topic_heading(name: &str, titles: &HashMap<String, String>) -> String {
    match titles.get(name).map(|title| title.trim()) {
        Some(title) if !title.is_empty() => capitalize_first(&clean(title)),
        _ => capitalize_first(&name.replace(['-', '_'], " ")),
    }
}

/// Whether to colour the output, decided once at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub colour: bool,
}

impl Style {
    /// Colour only on a terminal, never with a non-empty `NO_COLOR`
    /// (no-color.org) or on a `dumb` terminal.
    pub fn detect(stdout_is_terminal: bool, no_color: Option<&str>, term: Option<&str>) -> Style {
        let disabled = no_color.is_some_and(|value| !value.is_empty()) || term == Some("dumb");
        Style {
            colour: stdout_is_terminal && !disabled,
        }
    }

    /// No colour at all.
    pub const PLAIN: Style = Style { colour: false };

    fn paint(self, code: &str, text: &str) -> String {
        if self.colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }
    pub fn dim(self, text: &str) -> String {
        self.paint("2", text)
    }
    pub fn green(self, text: &str) -> String {
        self.paint("32", text)
    }
    pub fn red(self, text: &str) -> String {
        self.paint("31", text)
    }
    pub fn yellow(self, text: &str) -> String {
        self.paint("33", text)
    }
    pub fn cyan(self, text: &str) -> String {
        self.paint("1;36", text)
    }
}

/// How wide the tutor's lines may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Lines as written: piped output, so a script or a log reads each
    /// line whole.
    Unwrapped,
    /// The terminal's width, asked at each print (it may be resized);
    /// [`DEFAULT_COLUMNS`] when it cannot be told.
    Terminal,
    /// A fixed width.
    Columns(usize),
}

/// The width when a terminal does not say its own.
pub const DEFAULT_COLUMNS: usize = 80;

/// Narrower than this, wrapping would leave a word or two a line; such a
/// "terminal" is wrapped at this width instead.
const MIN_COLUMNS: usize = 20;

impl Width {
    /// The terminal's width on a terminal, whole lines on a pipe.
    pub fn detect(stdout_is_terminal: bool) -> Width {
        if stdout_is_terminal {
            Width::Terminal
        } else {
            Width::Unwrapped
        }
    }

    /// `text` fitted to this width (see [`wrap`]).
    pub fn fit(self, text: &str) -> String {
        let columns = match self {
            Width::Unwrapped => return text.to_string(),
            Width::Terminal => terminal_size::terminal_size()
                .map_or(DEFAULT_COLUMNS, |(width, _)| usize::from(width.0)),
            Width::Columns(columns) => columns,
        };
        wrap(text, columns)
    }
}

/// `text` wrapped at word boundaries to `columns`, line by line. A
/// continuation keeps its line's indent, and under a bullet, an option or
/// a numbered item (`• `, `B) `, `2. `, `Q3. `) lines up with the text
/// after it. Colour codes take no width.
pub fn wrap(text: &str, columns: usize) -> String {
    let columns = columns.max(MIN_COLUMNS);
    text.split('\n')
        .map(|line| {
            let indent = " ".repeat(hanging_indent(line));
            let options = textwrap::Options::new(columns)
                .subsequent_indent(&indent)
                .word_splitter(textwrap::WordSplitter::NoHyphenation);
            textwrap::wrap(line, options).join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// How far a wrapped line's continuation is indented: past the leading
/// spaces and, for a list entry, its marker.
fn hanging_indent(line: &str) -> usize {
    let text = line.trim_start_matches(' ');
    let lead = line.len() - text.len();
    let Some((marker, rest)) = text.split_once(' ') else {
        return lead;
    };
    let is_marker = marker == "•"
        || marker == "-"
        || (marker.len() <= 4
            && marker.ends_with([')', '.'])
            && marker[..marker.len() - 1]
                .chars()
                .all(|c| c.is_ascii_alphanumeric()));
    if !is_marker || rest.trim().is_empty() {
        return lead;
    }
    let gap = rest.len() - rest.trim_start_matches(' ').len();
    lead + marker.chars().count() + 1 + gap
}

/// A score as people write it: `2`, `2.5`, `2.33`.
pub fn points(score: f64) -> String {
    let rounded = (score * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `Question 3/10 · score 2`: where the learner is and how it is going.
pub fn header(number: usize, total: i32, progress: Option<&Progress>, style: Style) -> String {
    let score = progress.map_or(0.0, |p| p.score);
    style.cyan(&format!(
        "Question {number}/{total} · score {}",
        points(score)
    ))
}

/// A question as the learner reads it: header, prompt, matching items,
/// options and how to answer. `struck` marks options a hint ruled out.
pub fn question(
    number: usize,
    total: i32,
    progress: Option<&Progress>,
    question: &Question,
    struck: &[String],
    style: Style,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", header(number, total, progress, style));
    let _ = writeln!(out, "{}", style.bold(&clean(&question.prompt)));
    for item in &question.matching_items {
        let _ = writeln!(out, "  {}. {}", item.number, clean(&item.text));
    }
    for choice in &question.choices {
        let _ = writeln!(out, "{}", choice_line(choice, struck, style));
    }
    if !question.answer_format.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            style.dim(&format!("({})", clean(&question.answer_format)))
        );
    }
    out
}

fn choice_line(choice: &Choice, struck: &[String], style: Style) -> String {
    let line = format!("  {}) {}", clean(&choice.label), clean(&choice.text));
    if struck.contains(&choice.label) {
        style.dim(&format!("{line}   (ruled out by the hint)"))
    } else {
        line
    }
}

/// A hint, and for choice questions the options still in the running.
pub fn hint(hint: &GetHintResponse, question: &Question, repeated: bool, style: Style) -> String {
    let mut out = String::new();
    let lead = if repeated {
        "You've had this question's hint already:"
    } else {
        "Hint:"
    };
    let _ = writeln!(out, "{} {}", style.yellow(lead), clean(&hint.text));
    if !hint.eliminated_labels.is_empty() {
        let remaining: Vec<&Choice> = question
            .choices
            .iter()
            .filter(|choice| !hint.eliminated_labels.contains(&choice.label))
            .collect();
        if !remaining.is_empty() {
            let _ = writeln!(out, "Still in the running:");
            for choice in remaining {
                let _ = writeln!(out, "  {}) {}", clean(&choice.label), clean(&choice.text));
            }
        }
    }
    out
}

/// The verdict words a grade's feedback may start with, so the client's
/// ✓/✗ line does not repeat them ("✗ Not quite. Not quite: …").
const VERDICT_WORDS: [&str; 5] = ["Correct", "Not quite", "Close", "Partly right", "Wrong"];

/// The feedback without its leading verdict word, capitalised; empty when
/// the feedback was only the verdict ("Correct.").
fn reason(feedback: &str) -> String {
    let mut rest = feedback.trim();
    for word in VERDICT_WORDS {
        if let Some(after) = rest.strip_prefix(word)
            && (after.starts_with([':', '.', ',', ';', ' ', '!']) || after.is_empty())
        {
            rest = after.trim_start_matches([':', '.', ',', ';', '!', ' ']);
            break;
        }
    }
    let mut chars = rest.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Partial credit as a fraction: right pairs of a matching question, or the
/// simplest fraction the score is (select-all earns thirds, quarters, …).
fn partial_credit(score: f64, question: Option<&Question>) -> String {
    if let Some(q) = question
        && q.kind() == QuestionKind::Matching
        && !q.matching_items.is_empty()
    {
        let n = q.matching_items.len();
        let right = (score * n as f64).round() as usize;
        return format!("{right}/{n}");
    }
    for n in 2..=12u32 {
        let k = score * f64::from(n);
        if (k - k.round()).abs() < 1e-6 {
            return format!("{}/{n}", k.round() as u32);
        }
    }
    points(score)
}

/// The sentences a grade cites, main one first, each once.
fn citations(grade: &Grade) -> Vec<&Citation> {
    let mut seen = BTreeSet::new();
    grade
        .citation
        .iter()
        .chain(grade.citations.iter())
        .filter(|c| !c.text.is_empty() && seen.insert((c.source_id.clone(), c.sentence_index)))
        .collect()
}

/// `From the article (sentence 5): "…"`, or `(the headline)` for sentence 0.
pub fn citation(citation: &Citation, style: Style) -> String {
    let place = match citation.sentence_index {
        0 => "the headline".to_string(),
        n => format!("sentence {n}"),
    };
    style.dim(&format!(
        "From the article ({place}): \u{201c}{}\u{201d}",
        clean(&citation.text)
    ))
}

/// The verdict on an answer: ✓/✗/◐ with the reason, the right answer and
/// the sentence it comes from.
pub fn feedback(grade: &Grade, question: Option<&Question>, style: Style) -> String {
    let mut reason = reason(&clean(&grade.feedback));
    // "The answer is X." says no more than the Answer line below it.
    if reason.to_lowercase().starts_with("the answer is") {
        reason.clear();
    }
    let verdict = if grade.correct {
        style.green("✓ Correct.")
    } else if grade.score > 0.0 {
        style.yellow(&format!(
            "◐ Partly right ({}).",
            partial_credit(grade.score, question)
        ))
    } else {
        style.red("✗ Not quite.")
    };
    let mut out = String::new();
    if reason.is_empty() {
        let _ = writeln!(out, "{verdict}");
    } else {
        let _ = writeln!(out, "{verdict} {reason}");
    }
    if !grade.correct || !grade.canonical_answer.is_empty() {
        let _ = writeln!(
            out,
            "Answer: {}",
            style.bold(&clean(&grade.canonical_answer))
        );
    }
    for cited in citations(grade) {
        let _ = writeln!(out, "{}", citation(cited, style));
    }
    out
}

/// A skipped question (`skip`, or "I don't know"): no verdict, just the
/// answer and where it comes from.
pub fn skipped(grade: &Grade, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}",
        style.yellow("↷ Skipped \u{2014} here is the answer:"),
        style.bold(&clean(&grade.canonical_answer))
    );
    for cited in citations(grade) {
        let _ = writeln!(out, "{}", citation(cited, style));
    }
    out
}

/// How many of Ask's suggestions are offered after "the article doesn't say".
pub const SUGGESTIONS_SHOWN: usize = 3;

/// The answer to a learner's own question, or why the article has none.
pub fn ask(response: &AskResponse, style: Style) -> String {
    let mut out = String::new();
    if response.answered {
        let _ = writeln!(out, "{}", clean(&response.answer));
        for cited in &response.citations {
            let _ = writeln!(out, "{}", citation(cited, style));
        }
    } else {
        let _ = writeln!(out, "{}", style.yellow(&clean(&response.answer)));
        if !response.suggestions.is_empty() {
            let _ = writeln!(out, "You could ask, for example:");
            for suggestion in response.suggestions.iter().take(SUGGESTIONS_SHOWN) {
                let _ = writeln!(out, "  • {}", clean(suggestion));
            }
        }
    }
    out
}

/// `Score: 2.5 after 4 of 10 questions (2 fully right).`
pub fn score_line(progress: &Progress) -> String {
    let questions = if progress.answered == 1 {
        "question"
    } else {
        "questions"
    };
    format!(
        "Score: {} after {} {questions} of {} ({} fully right).",
        points(progress.score),
        progress.answered,
        progress.total,
        progress.correct
    )
}

/// The commands, for `help` and after a confused line.
pub fn help(style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", style.bold("How to play"));
    let _ = writeln!(
        out,
        "  Answer with a letter (B), a number (2) or in your own words;"
    );
    let _ = writeln!(
        out,
        "  select-all: A, C   matching: 1-B 2-A 3-C   blanks and short answers: just type it."
    );
    for (command, what) in [
        (
            "hint",
            "rule out two wrong options, or see the first letter (one per question)",
        ),
        ("skip", "give up on this question and see the answer"),
        ("repeat", "show the question again"),
        ("score", "how you are doing so far"),
        ("help", "this list"),
        ("quit", "stop and see your summary"),
    ] {
        // Padded before styling: padding counts the colour codes otherwise.
        let _ = writeln!(out, "  {}{what}", style.bold(&format!("{command:<8}")));
    }
    let _ = writeln!(
        out,
        "  Ask me about the article: end a line with ? (What is the article about?) or start it with ask."
    );
    let _ = writeln!(
        out,
        "  A short answer with a ? after it (\"three?\") still counts as your answer; \"I don't know\" skips."
    );
    out
}

/// The closing summary: score, per-topic lines and the questions to review.
/// `numbers` maps question ids to their number in the quiz, when known;
/// `topic_titles` maps topic names to their titles (from ListTopics).
pub fn summary(
    quiz: &Quiz,
    numbers: &HashMap<String, usize>,
    topic_titles: &HashMap<String, String>,
    style: Style,
) -> String {
    let mut out = String::new();
    let progress = quiz.progress.unwrap_or_default();
    let finished = quiz.state() == QuizState::Finished;
    let _ = writeln!(out, "{}", style.cyan("── Your results ──"));
    let who = if quiz.learner.is_empty() {
        "You".to_string()
    } else {
        clean(&quiz.learner)
    };
    if progress.answered == 0 {
        let _ = writeln!(out, "{who} didn't answer any questions this time.");
    } else {
        let out_of = if finished {
            progress.total
        } else {
            progress.answered
        };
        let percent = (progress.score / f64::from(out_of.max(1)) * 100.0).round();
        let so_far = if finished {
            String::new()
        } else {
            format!(
                ", with {} of {} questions answered",
                progress.answered, progress.total
            )
        };
        let _ = writeln!(
            out,
            "{who} scored {} out of {out_of} ({percent}%){so_far}. {}",
            style.bold(&points(progress.score)),
            encouragement(percent, quiz.missed_questions.is_empty())
        );
    }
    if !quiz.topic_scores.is_empty() && progress.answered > 0 {
        out.push_str(&topic_lines(&quiz.topic_scores, topic_titles));
    }
    if !quiz.missed_questions.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", style.bold("To review:"));
        for missed in &quiz.missed_questions {
            out.push_str(&review(missed, numbers, style));
        }
    }
    out
}

/// The "By topic" lines: each topic scored out of the questions answered
/// on it, so a quiz left early is not marked down for what it never asked;
/// topics not reached yet are named together on one line.
fn topic_lines(topics: &[TopicScore], topic_titles: &HashMap<String, String>) -> String {
    let (reached, unreached): (Vec<&TopicScore>, Vec<&TopicScore>) =
        topics.iter().partition(|t| t.answered > 0);
    let headings: Vec<String> = reached
        .iter()
        .map(|t| topic_heading(&t.topic, topic_titles))
        .collect();
    let width = headings
        .iter()
        .map(|h| h.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::from("By topic:\n");
    for (topic, heading) in reached.iter().zip(&headings) {
        let _ = write!(
            out,
            "  {heading:<width$}  {} out of {}",
            points(topic.score),
            topic.answered
        );
        if topic.answered < topic.total {
            let _ = write!(out, " ({} more not reached)", topic.total - topic.answered);
        }
        out.push('\n');
    }
    if !unreached.is_empty() {
        let names: Vec<String> = unreached
            .iter()
            .map(|t| topic_heading(&t.topic, topic_titles))
            .collect();
        let _ = writeln!(out, "  Not reached yet: {}.", names.join("; "));
    }
    out
}

/// A tutor's word on the result, pointing at what to do next.
fn encouragement(percent: f64, nothing_missed: bool) -> &'static str {
    if nothing_missed {
        "Excellent reading!"
    } else if percent >= 80.0 {
        "Great work; just a few to look at again."
    } else if percent >= 50.0 {
        "A good effort; the review below shows where to look in the article."
    } else {
        "The review below points to the sentences to read again."
    }
}

fn review(missed: &MissedQuestion, numbers: &HashMap<String, usize>, style: Style) -> String {
    let mut out = String::new();
    let question = missed.question.clone().unwrap_or_default();
    let grade = missed.grade.clone().unwrap_or_default();
    let label = numbers
        .get(&question.id)
        .map_or_else(|| "•".to_string(), |n| format!("Q{n}."));
    let _ = writeln!(out, "  {label} {}", clean(&question.prompt));
    let pairs = matching_pairs(&grade.canonical_answer, &question);
    if pairs.is_none() {
        for item in &question.matching_items {
            let _ = writeln!(out, "        {}. {}", item.number, clean(&item.text));
        }
    }
    let yours = if missed.skipped {
        "skipped".to_string()
    } else {
        your_answer(&clean(&missed.answer), &question)
    };
    let _ = writeln!(out, "      Your answer:  {yours}");
    match pairs {
        // The pairs with their texts: the letters alone say nothing here,
        // far from the question.
        Some(pairs) => {
            let _ = writeln!(out, "      Right answer:");
            for pair in pairs {
                let _ = writeln!(out, "        {}", style.bold(&pair));
            }
        }
        None => {
            let _ = writeln!(
                out,
                "      Right answer: {}",
                style.bold(&clean(&grade.canonical_answer))
            );
        }
    }
    for cited in citations(&grade) {
        let _ = writeln!(out, "      {}", citation(cited, style));
    }
    out
}

/// A matching question's right answer (`1-D 2-A`) as its pairs with their
/// texts: `1. Where was it signed? → D) Astana`. `None` when the question
/// is not matching or the answer names an item or option it lacks.
fn matching_pairs(canonical: &str, question: &Question) -> Option<Vec<String>> {
    if question.matching_items.is_empty() {
        return None;
    }
    canonical
        .split_whitespace()
        .map(|pair| {
            let (number, label) = pair.split_once('-')?;
            let item = question
                .matching_items
                .iter()
                .find(|item| item.number.to_string() == number)?;
            let choice = question
                .choices
                .iter()
                .find(|choice| choice.label.eq_ignore_ascii_case(label))?;
            Some(format!(
                "{}. {} \u{2192} {}) {}",
                item.number,
                clean(&item.text),
                clean(&choice.label),
                clean(&choice.text)
            ))
        })
        .collect::<Option<Vec<String>>>()
        .filter(|pairs| !pairs.is_empty())
}

/// What the learner typed; a lone option letter gets its text, so the
/// review reads "B) Almaty" instead of a bare "B".
fn your_answer(answer: &str, question: &Question) -> String {
    let typed = answer.trim();
    let picked = question.choices.iter().find(|c| {
        c.label
            .eq_ignore_ascii_case(typed.trim_end_matches([')', '.']))
    });
    match picked {
        Some(choice) if question.matching_items.is_empty() => {
            format!("{}) {}", choice.label, choice.text)
        }
        _ => typed.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::MatchingItem;

    fn mc() -> Question {
        Question {
            id: "q1".into(),
            kind: QuestionKind::MultipleChoice as i32,
            prompt: "Where was the treaty signed?".into(),
            choices: ["Almaty", "Astana", "Bishkek", "Tashkent"]
                .iter()
                .zip(["A", "B", "C", "D"])
                .map(|(text, label)| Choice {
                    label: label.into(),
                    text: (*text).into(),
                })
                .collect(),
            topic: "treaty".into(),
            answer_format: "Type the letter of one option (A-D).".into(),
            ..Question::default()
        }
    }

    fn cited() -> Citation {
        Citation {
            source_id: "s".into(),
            sentence_index: 5,
            text: "The treaty was signed in Astana.".into(),
        }
    }

    fn grade(correct: bool, score: f64, feedback: &str) -> Grade {
        Grade {
            correct,
            score,
            canonical_answer: "B (Astana)".into(),
            feedback: feedback.into(),
            explanation: String::new(),
            citation: Some(cited()),
            citations: vec![cited()],
        }
    }

    #[test]
    fn long_lines_wrap_at_word_boundaries_with_options_and_bullets_hanging() {
        let text = "  B) The Treaty of Permanent Good-Neighbourliness, Friendship and Cooperation\n\
                    Plain words that run on well past the edge of a narrow terminal window\n  \
                    • In which city will the third summit be held";
        assert_eq!(
            wrap(text, 40),
            "  B) The Treaty of Permanent\n     Good-Neighbourliness, Friendship\n     \
             and Cooperation\nPlain words that run on well past the\nedge of a narrow terminal window\n  \
             • In which city will the third summit\n    be held"
        );
        for line in wrap(text, 40).lines() {
            assert!(line.chars().count() <= 40, "{line}");
        }
    }

    #[test]
    fn wrapping_keeps_short_lines_blank_lines_and_colour_codes_intact() {
        let colour = Style { colour: true };
        let text = format!("{}\n\n  Q12. Short", colour.bold("Bold words here"));
        assert_eq!(wrap(&text, 80), text);
        let long = colour.bold(&"word ".repeat(30));
        assert!(
            wrap(&long, 80).lines().count() == 2,
            "escape codes take no width"
        );
    }

    #[test]
    fn piped_output_is_never_wrapped_and_a_fixed_width_is() {
        let long = "word ".repeat(40);
        assert_eq!(Width::Unwrapped.fit(&long), long);
        assert!(Width::Columns(50).fit(&long).lines().all(|l| l.len() <= 50));
        assert_eq!(Width::detect(false), Width::Unwrapped);
        assert_eq!(Width::detect(true), Width::Terminal);
    }

    #[test]
    fn help_columns_line_up_with_colour_on() {
        let strip = |text: &str| {
            let mut plain = String::new();
            let mut in_code = false;
            for c in text.chars() {
                match (in_code, c) {
                    (false, '\x1b') => in_code = true,
                    (true, 'm') => in_code = false,
                    (false, c) => plain.push(c),
                    _ => {}
                }
            }
            plain
        };
        let coloured = strip(&help(Style { colour: true }));
        assert_eq!(coloured, help(Style::PLAIN));
        assert!(
            coloured.contains("\n  hint    rule out two wrong options"),
            "{coloured}"
        );
        assert!(
            coloured.contains("\n  repeat  show the question again"),
            "{coloured}"
        );
    }

    #[test]
    fn scores_read_as_people_write_them() {
        assert_eq!(points(2.0), "2");
        assert_eq!(points(2.5), "2.5");
        assert_eq!(points(1.0 / 3.0), "0.33");
        assert_eq!(points(0.0), "0");
    }

    #[test]
    fn a_question_shows_header_prompt_lettered_options_and_format() {
        let progress = Progress {
            answered: 2,
            correct: 2,
            total: 10,
            score: 2.5,
        };
        let text = question(3, 10, Some(&progress), &mc(), &[], Style::PLAIN);
        assert_eq!(
            text,
            "Question 3/10 · score 2.5\nWhere was the treaty signed?\n  A) Almaty\n  B) Astana\n  \
             C) Bishkek\n  D) Tashkent\n(Type the letter of one option (A-D).)\n"
        );
    }

    #[test]
    fn a_matching_question_numbers_items_and_letters_options() {
        let mut q = mc();
        q.kind = QuestionKind::Matching as i32;
        q.matching_items = vec![
            MatchingItem {
                number: 1,
                text: "Where?".into(),
            },
            MatchingItem {
                number: 2,
                text: "When?".into(),
            },
        ];
        let text = question(1, 1, None, &q, &[], Style::PLAIN);
        assert!(
            text.contains("  1. Where?\n  2. When?\n  A) Almaty"),
            "{text}"
        );
    }

    #[test]
    fn struck_options_are_marked_and_the_hint_lists_the_rest() {
        let text = question(1, 1, None, &mc(), &["A".into(), "D".into()], Style::PLAIN);
        assert!(
            text.contains("A) Almaty   (ruled out by the hint)"),
            "{text}"
        );
        let response = GetHintResponse {
            text: "Two wrong options are struck out: A and D.".into(),
            eliminated_labels: vec!["A".into(), "D".into()],
        };
        let shown = hint(&response, &mc(), false, Style::PLAIN);
        assert_eq!(
            shown,
            "Hint: Two wrong options are struck out: A and D.\nStill in the running:\n  B) Astana\n  C) Bishkek\n"
        );
        assert!(hint(&response, &mc(), true, Style::PLAIN).starts_with("You've had"));
    }

    #[test]
    fn feedback_does_not_repeat_the_verdict_and_cites_the_sentence() {
        let right = feedback(&grade(true, 1.0, "Correct."), Some(&mc()), Style::PLAIN);
        assert_eq!(
            right,
            "✓ Correct.\nAnswer: B (Astana)\nFrom the article (sentence 5): \u{201c}The treaty was signed in Astana.\u{201d}\n"
        );
        let typo = feedback(
            &grade(
                true,
                1.0,
                "Correct: minor spelling slip (you wrote \"Astna\").",
            ),
            None,
            Style::PLAIN,
        );
        assert!(
            typo.starts_with("✓ Correct. Minor spelling slip (you wrote \"Astna\").\n"),
            "{typo}"
        );
        let wrong = feedback(
            &grade(false, 0.0, "Not quite: the answer is B (Astana)."),
            None,
            Style::PLAIN,
        );
        assert!(
            wrong.starts_with("✗ Not quite.\nAnswer: B (Astana)\n"),
            "the Answer line is not said twice: {wrong}"
        );
        let why = feedback(
            &grade(
                false,
                0.0,
                "Not quite: the article says over 2,000 years, not under.",
            ),
            None,
            Style::PLAIN,
        );
        assert!(
            why.starts_with("✗ Not quite. The article says over 2,000 years, not under.\n"),
            "{why}"
        );
    }

    #[test]
    fn partial_credit_shows_the_share_earned() {
        let mut q = mc();
        q.kind = QuestionKind::Matching as i32;
        q.matching_items = (1..=3)
            .map(|number| MatchingItem {
                number,
                text: String::new(),
            })
            .collect();
        let matched = feedback(
            &grade(false, 2.0 / 3.0, "Close: 3-C is wrong."),
            Some(&q),
            Style::PLAIN,
        );
        assert!(
            matched.starts_with("◐ Partly right (2/3). 3-C is wrong.\n"),
            "{matched}"
        );
        let picked = feedback(
            &grade(false, 0.5, "Not quite: 1 of 2 right options."),
            None,
            Style::PLAIN,
        );
        assert!(
            picked.starts_with("◐ Partly right (1/2). 1 of 2 right options.\n"),
            "{picked}"
        );
    }

    #[test]
    fn colour_wraps_text_only_when_enabled() {
        let colour = Style { colour: true };
        assert_eq!(colour.green("ok"), "\x1b[32mok\x1b[0m");
        let plain = feedback(&grade(true, 1.0, "Correct."), Some(&mc()), Style::PLAIN);
        assert!(!plain.contains('\x1b'));
        assert!(feedback(&grade(true, 1.0, "Correct."), None, colour).contains('\x1b'));
    }

    #[test]
    fn no_color_a_pipe_or_a_dumb_terminal_turn_colour_off() {
        assert!(Style::detect(true, None, Some("xterm")).colour);
        assert!(
            Style::detect(true, Some(""), None).colour,
            "an empty NO_COLOR is unset"
        );
        assert!(!Style::detect(true, Some("1"), None).colour);
        assert!(!Style::detect(false, None, None).colour);
        assert!(!Style::detect(true, None, Some("dumb")).colour);
    }

    #[test]
    fn a_skip_says_so_and_gives_the_answer_with_its_sentence() {
        assert_eq!(
            skipped(&grade(false, 0.0, "Skipped."), Style::PLAIN),
            "↷ Skipped \u{2014} here is the answer: B (Astana)\nFrom the article (sentence 5): \u{201c}The treaty was signed in Astana.\u{201d}\n"
        );
    }

    #[test]
    fn an_unanswerable_question_offers_suggestions() {
        let response = AskResponse {
            answered: false,
            answer: "The article doesn't say.".into(),
            suggestions: vec!["Where was the treaty signed?".into()],
            ..AskResponse::default()
        };
        assert_eq!(
            ask(&response, Style::PLAIN),
            "The article doesn't say.\nYou could ask, for example:\n  • Where was the treaty signed?\n"
        );
    }

    #[test]
    fn the_summary_scores_topics_and_reviews_misses_with_option_text() {
        let quiz = Quiz {
            learner: "Ana".into(),
            state: QuizState::Finished as i32,
            progress: Some(Progress {
                answered: 2,
                correct: 1,
                total: 2,
                score: 1.0,
            }),
            topic_scores: vec![TopicScore {
                topic: "treaty".into(),
                total: 2,
                answered: 2,
                correct: 1,
                score: 1.0,
            }],
            missed_questions: vec![MissedQuestion {
                question: Some(mc()),
                answer: "a".into(),
                skipped: false,
                grade: Some(grade(false, 0.0, "Not quite.")),
            }],
            ..Quiz::default()
        };
        let numbers = HashMap::from([("q1".to_string(), 2)]);
        let titles = HashMap::from([("treaty".to_string(), "the treaty".to_string())]);
        let text = summary(&quiz, &numbers, &titles, Style::PLAIN);
        assert!(
            text.contains("Ana scored 1 out of 2 (50%). A good effort;"),
            "{text}"
        );
        assert!(text.contains("  The treaty  1 out of 2\n"), "{text}");
        assert!(text.contains("  Q2. Where was the treaty signed?\n      Your answer:  A) Almaty\n      Right answer: B (Astana)\n"), "{text}");
        assert!(text.contains("(sentence 5)"), "{text}");
    }

    #[test]
    fn a_missed_matching_question_shows_the_right_pairs_with_their_texts() {
        let mut q = mc();
        q.kind = QuestionKind::Matching as i32;
        q.prompt = "Match each question (1-2) with its answer (A-D).".into();
        q.matching_items = vec![
            MatchingItem {
                number: 1,
                text: "Where was the treaty signed?".into(),
            },
            MatchingItem {
                number: 2,
                text: "Where is the next summit?".into(),
            },
        ];
        let missed = MissedQuestion {
            question: Some(q.clone()),
            answer: "1-A 2-B".into(),
            skipped: false,
            grade: Some(Grade {
                canonical_answer: "1-B 2-C".into(),
                ..grade(false, 0.0, "Not quite.")
            }),
        };
        let text = review(&missed, &HashMap::new(), Style::PLAIN);
        assert!(
            text.contains(
                "      Your answer:  1-A 2-B\n      Right answer:\n        \
                 1. Where was the treaty signed? \u{2192} B) Astana\n        \
                 2. Where is the next summit? \u{2192} C) Bishkek\n"
            ),
            "{text}"
        );
        assert_eq!(
            text.matches("Where is the next summit?").count(),
            1,
            "{text}"
        );
        assert_eq!(matching_pairs("1-B 9-C", &q), None, "an item it lacks");
        assert_eq!(matching_pairs("B (Astana)", &mc()), None, "not matching");
    }

    #[test]
    fn a_summary_of_an_unfinished_quiz_scores_what_was_answered() {
        let quiz = Quiz {
            state: QuizState::InProgress as i32,
            progress: Some(Progress {
                answered: 1,
                correct: 1,
                total: 10,
                score: 1.0,
            }),
            ..Quiz::default()
        };
        let text = summary(&quiz, &HashMap::new(), &HashMap::new(), Style::PLAIN);
        assert!(
            text.contains(
                "You scored 1 out of 1 (100%), with 1 of 10 questions answered. Excellent reading!"
            ),
            "{text}"
        );
    }

    #[test]
    fn a_quiz_left_early_scores_topics_out_of_what_was_answered_and_names_the_rest() {
        let score = |topic: &str, total: i32, answered: i32, correct: i32| TopicScore {
            topic: topic.into(),
            total,
            answered,
            correct,
            score: f64::from(correct),
        };
        let topics = [
            score("treaty", 3, 2, 1),
            score("grant", 1, 0, 0),
            score("summit", 2, 0, 0),
        ];
        let titles = HashMap::from([
            ("treaty".to_string(), "the treaty".to_string()),
            ("grant".to_string(), "the grant China announced".to_string()),
        ]);
        assert_eq!(
            topic_lines(&topics, &titles),
            "By topic:\n  The treaty  1 out of 2 (1 more not reached)\n  \
             Not reached yet: The grant China announced; Summit.\n"
        );
    }

    #[test]
    fn topic_lines_read_as_titles_and_fall_back_to_the_spaced_out_name() {
        let score = |topic: &str, total: i32, correct: i32| TopicScore {
            topic: topic.into(),
            total,
            answered: total,
            correct,
            score: f64::from(correct),
        };
        let quiz = Quiz {
            state: QuizState::Finished as i32,
            progress: Some(Progress {
                answered: 3,
                correct: 1,
                total: 3,
                score: 1.0,
            }),
            topic_scores: vec![score("regional-views", 2, 1), score("treaty", 1, 0)],
            ..Quiz::default()
        };
        let titles = HashMap::from([
            (
                "regional-views".to_string(),
                "how the Central Asian leaders see China".to_string(),
            ),
            ("summit".to_string(), "the summit".to_string()),
        ]);
        let text = summary(&quiz, &HashMap::new(), &titles, Style::PLAIN);
        assert!(
            text.contains(
                "By topic:\n  How the Central Asian leaders see China  1 out of 2\n  \
                 Treaty                                   0 out of 1\n"
            ),
            "{text}"
        );
    }
}
