//! What a line the learner typed means: an answer, a command, a question
//! about the article, or nothing yet.

use super::words::ClientWords;

/// One of the tutor's commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Hint,
    Skip,
    Repeat,
    Score,
    Help,
    Quit,
}

/// A line, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// Nothing typed: re-prompt, never submit.
    Blank,
    Command(Command),
    /// A question for FactService.Ask; empty when the learner typed only `ask`.
    Ask(String),
    /// An answer, exactly as typed apart from surrounding spaces.
    Answer(String),
}

/// Reads a line typed while a question is pending. `labels` are the
/// current question's option letters: `B?` is a tentative answer, not a
/// question about the article.
///
/// Commands are whole words, case-insensitive, with or without a leading
/// slash (`hint`, `/Hint`); "I don't know" and its like skip; a line
/// starting with `ask`, or ending in `?` and reading as a question (see
/// [`unsure_answer`]), asks about the article; anything else is an answer.
pub fn parse(line: &str, labels: &[String]) -> Line {
    let text = line.trim();
    if text.is_empty() {
        return Line::Blank;
    }
    if text == "?" {
        return Line::Command(Command::Help);
    }
    let bare = text.strip_prefix('/').unwrap_or(text).trim();
    let word = bare.trim_end_matches(['.', '!']).to_lowercase();
    let command = match word.as_str() {
        "hint" | "clue" => Some(Command::Hint),
        "skip" | "pass" => Some(Command::Skip),
        "repeat" | "again" => Some(Command::Repeat),
        "score" | "progress" => Some(Command::Score),
        "help" | "commands" => Some(Command::Help),
        "quit" | "exit" | "bye" => Some(Command::Quit),
        _ => None,
    };
    if let Some(command) = command {
        return Line::Command(command);
    }
    if ClientWords::embedded().is_dont_know(bare) {
        return Line::Command(Command::Skip);
    }
    if let Some(question) = ask_prefix(bare) {
        return Line::Ask(question.to_string());
    }
    if text.ends_with('?') {
        return match unsure_answer(text, labels) {
            Some(answer) => Line::Answer(answer.to_string()),
            None => Line::Ask(text.to_string()),
        };
    }
    Line::Answer(text.to_string())
}

/// A line ending in `?` read as an unsure answer to the open question,
/// without its `?`: an option letter or number (`B?`, `2?`), or a short
/// line with no question word or opening auxiliary (`Astana?`, `three?`,
/// `the Astana Declaration?`). `None` for a real question (`Who signed
/// it?`, `Was it Astana?`).
fn unsure_answer<'a>(text: &'a str, labels: &[String]) -> Option<&'a str> {
    let unsure = text.trim_end_matches('?').trim();
    if unsure.is_empty() {
        return None;
    }
    let is_option = labels
        .iter()
        .any(|label| label.eq_ignore_ascii_case(unsure))
        || unsure.chars().all(|c| c.is_ascii_digit());
    (is_option || !ClientWords::embedded().reads_as_question(unsure)).then_some(unsure)
}

/// The question after a leading `ask` word (`ask who hosted?`, `Ask: …`).
fn ask_prefix(text: &str) -> Option<&str> {
    let head = text.get(..3)?;
    if !head.eq_ignore_ascii_case("ask") {
        return None;
    }
    let rest = &text[3..];
    if rest.is_empty() {
        return Some("");
    }
    if rest.starts_with([' ', ':', ',', '\t']) {
        return Some(rest.trim_start_matches([' ', ':', ',', '\t']).trim());
    }
    None
}

/// Reads a yes/no reply; `None` when it is neither. A polite word after
/// it ("yes please", "no thank you") does not change it.
pub fn yes_no(line: &str) -> Option<Reply> {
    let folded = line
        .trim()
        .trim_start_matches('/')
        .to_lowercase()
        .replace([',', '.', '!'], " ");
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    while words.len() > 1
        && matches!(
            words.last().copied(),
            Some("please" | "pls" | "thanks" | "thank" | "you" | "thx")
        )
    {
        words.pop();
    }
    match words.as_slice() {
        ["y" | "yes" | "yeah" | "yep" | "yup" | "ya" | "yea" | "sure" | "ok" | "okay"] => {
            Some(Reply::Yes)
        }
        ["n" | "no" | "nope" | "nah"] => Some(Reply::No),
        ["quit" | "exit" | "bye"] => Some(Reply::Quit),
        _ => None,
    }
}

/// An answer to a yes/no offer. Quit is its own answer: "quit" at "resume
/// your quiz?" means leave, not "start a new one".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    Yes,
    No,
    Quit,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn abcd() -> Vec<String> {
        ["A", "B", "C", "D"].map(String::from).to_vec()
    }

    #[test]
    fn commands_are_case_insensitive_with_or_without_a_slash() {
        for (typed, command) in [
            ("hint", Command::Hint),
            ("/HINT", Command::Hint),
            (" Skip ", Command::Skip),
            ("/repeat", Command::Repeat),
            ("score", Command::Score),
            ("Help", Command::Help),
            ("?", Command::Help),
            ("quit", Command::Quit),
            ("/exit", Command::Quit),
            ("quit.", Command::Quit),
        ] {
            assert_eq!(parse(typed, &abcd()), Line::Command(command), "{typed}");
        }
    }

    #[test]
    fn a_blank_line_is_never_an_answer() {
        assert_eq!(parse("", &abcd()), Line::Blank);
        assert_eq!(parse("   \t", &abcd()), Line::Blank);
    }

    #[test]
    fn a_question_ending_in_a_question_mark_or_a_leading_ask_asks_the_article() {
        assert_eq!(
            parse("Where was the treaty signed?", &abcd()),
            Line::Ask("Where was the treaty signed?".into())
        );
        for question in [
            "Which city will host the third summit?",
            "In which city was the treaty signed?",
            "Was it signed in Astana?",
            "Did China host it?",
        ] {
            assert_eq!(parse(question, &abcd()), Line::Ask(question.into()));
        }
        assert_eq!(
            parse("ask who hosted the summit", &abcd()),
            Line::Ask("who hosted the summit".into())
        );
        assert_eq!(parse("/ask: when", &abcd()), Line::Ask("when".into()));
        assert_eq!(parse("ASK", &abcd()), Line::Ask(String::new()));
    }

    #[test]
    fn a_tentative_option_with_a_question_mark_is_still_an_answer() {
        assert_eq!(parse("b?", &abcd()), Line::Answer("b".into()));
        assert_eq!(parse("2 ?", &abcd()), Line::Answer("2".into()));
    }

    #[test]
    fn a_short_unsure_answer_with_a_question_mark_is_graded_without_it() {
        for (typed, answer) in [
            ("Astana?", "Astana"),
            ("three?", "three"),
            ("the Astana Declaration?", "the Astana Declaration"),
            ("Xi Jinping??", "Xi Jinping"),
        ] {
            assert_eq!(parse(typed, &[]), Line::Answer(answer.into()), "{typed}");
        }
    }

    #[test]
    fn saying_you_dont_know_skips_instead_of_answering() {
        for typed in [
            "I don't know",
            "don't know.",
            "Dunno",
            "no idea!",
            "IDK",
            "not sure?",
        ] {
            assert_eq!(
                parse(typed, &abcd()),
                Line::Command(Command::Skip),
                "{typed}"
            );
        }
        assert_eq!(parse("no", &[]), Line::Answer("no".into()));
    }

    #[test]
    fn anything_else_is_an_answer_sent_as_typed() {
        assert_eq!(parse("  B ", &abcd()), Line::Answer("B".into()));
        assert_eq!(parse("1-B 2-A", &[]), Line::Answer("1-B 2-A".into()));
        assert_eq!(
            parse("hint of green", &[]),
            Line::Answer("hint of green".into())
        );
        assert_eq!(
            parse("asked nobody", &[]),
            Line::Answer("asked nobody".into())
        );
        assert_eq!(parse("Astana.", &[]), Line::Answer("Astana.".into()));
    }

    #[test]
    fn yes_and_no_in_the_usual_words() {
        assert_eq!(yes_no("Y"), Some(Reply::Yes));
        assert_eq!(yes_no("yes!"), Some(Reply::Yes));
        assert_eq!(yes_no(" n "), Some(Reply::No));
        assert_eq!(yes_no("no thanks"), Some(Reply::No));
        assert_eq!(yes_no("yes please"), Some(Reply::Yes));
        assert_eq!(yes_no("ya"), Some(Reply::Yes));
        assert_eq!(yes_no("no, thank you."), Some(Reply::No));
        assert_eq!(yes_no("please"), None);
        assert_eq!(yes_no("maybe"), None);
    }

    #[test]
    fn quit_at_an_offer_is_neither_yes_nor_no() {
        for typed in ["quit", "/Quit", "exit.", "bye"] {
            assert_eq!(yes_no(typed), Some(Reply::Quit), "{typed}");
        }
    }
}
