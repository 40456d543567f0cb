//! Grading answers to lettered options: multiple choice, true/false,
//! select-all and matching.
//!
//! Learners type options every which way: "b", "B)", "(b)", "option b", "2",
//! the option's text (with typos), "A, C", "AC", "a and c", "1-B 2-A 3-C",
//! "BAC". Anything that names no option is still graded (score 0) with a
//! message saying how to answer.

use std::collections::BTreeSet;

use crate::facts::AnswerKind;
use crate::numbers::parse_quantity;
use crate::question::Choice;
use crate::text::{normalize, words_keep_articles};

use super::Verdict;
use super::typed::{clip, grade_text};
use super::words::{WordMatch, is_stopword, match_word, split_at_connectives};

/// Words that introduce an option without naming one: "option b", "the
/// answer is b", "I think it's b".
const LEAD_WORDS: &[&str] = &[
    "option",
    "options",
    "answer",
    "answers",
    "choice",
    "choices",
    "letter",
    "letters",
    "is",
    "are",
    "the",
    "my",
    "i",
    "think",
    "its",
    "it",
    "say",
    "number",
    "pick",
    "choose",
    "select",
    "selected",
    "go",
    "with",
    "that",
    "thats",
    "definitely",
    "surely",
];

/// Typed forms of true and false.
const TRUE_WORDS: &[&str] = &[
    "true", "t", "yes", "y", "yep", "yeah", "yup", "correct", "right",
];
const FALSE_WORDS: &[&str] = &[
    "false",
    "f",
    "no",
    "n",
    "nope",
    "nah",
    "incorrect",
    "wrong",
    "untrue",
];

/// Titles a learner may put before a name ("President Xi" for the option
/// "Ada Lovelace"); they name no option themselves.
const TITLES: &[&str] = &["president", "mr", "mrs", "ms", "dr", "chairman", "premier"];

/// How an option was named.
#[derive(Debug, Clone)]
struct Pick {
    index: usize,
    /// Feedback when the option's text was typed with a slip.
    typo_note: Option<String>,
}

/// The options of one question, with what is needed to resolve answers.
struct Options<'a> {
    choices: &'a [Choice],
    labels: Vec<String>,
    /// Option texts that are quantities: then a typed number is a value, not
    /// a position ("2" means 2, not option B).
    numeric: bool,
    /// The indices of "True" and "False" in a true/false question.
    true_false: Option<(usize, usize)>,
}

impl<'a> Options<'a> {
    fn new(choices: &'a [Choice]) -> Options<'a> {
        let labels = choices.iter().map(|c| normalize_label(&c.label)).collect();
        let numeric = choices.iter().any(|c| parse_quantity(&c.text).is_some());
        let position = |word: &str| choices.iter().position(|c| normalize(&c.text) == word);
        let true_false = match (position("true"), position("false")) {
            (Some(t), Some(f)) if choices.len() == 2 => Some((t, f)),
            _ => None,
        };
        Options {
            choices,
            labels,
            numeric,
            true_false,
        }
    }

    /// "Type a letter A-D." / "Answer True or False."
    fn how_to_answer(&self) -> String {
        if self.true_false.is_some() {
            return "answer True or False".to_string();
        }
        match (self.choices.first(), self.choices.last()) {
            (Some(first), Some(last)) if self.choices.len() > 1 => {
                format!("type a letter {}-{}", first.label, last.label)
            }
            (Some(first), _) => format!("type the letter {}", first.label),
            _ => "this question has no options".to_string(),
        }
    }

    /// "B (Paris)" — an option for feedback.
    fn describe(&self, index: usize) -> String {
        match self.choices.get(index) {
            Some(choice) if self.true_false.is_some() => choice.text.clone(),
            Some(choice) => format!("{} ({})", choice.label, choice.text),
            None => format!("option {}", index + 1),
        }
    }

    /// One folded word as a label, a 1-based position or a true/false word.
    fn by_token(&self, word: &str) -> Option<usize> {
        if let Some(index) = self.labels.iter().position(|l| l == word) {
            return Some(index);
        }
        if let Some((t, f)) = self.true_false {
            if TRUE_WORDS.contains(&word) {
                return Some(t);
            }
            if FALSE_WORDS.contains(&word) {
                return Some(f);
            }
        }
        if !self.numeric
            && let Ok(position) = word.parse::<usize>()
            && (1..=self.choices.len()).contains(&position)
        {
            return Some(position - 1);
        }
        None
    }

    /// An option named by its text: exact wording first, then lenient
    /// matching (typos, numbers by value). `None` when no option or several
    /// equally good ones match.
    fn by_text(&self, text: &str) -> Option<Pick> {
        let folded = normalize(text);
        if folded.is_empty() {
            return None;
        }
        if let Some(index) = self
            .choices
            .iter()
            .position(|c| normalize(&c.text) == folded)
        {
            return Some(Pick {
                index,
                typo_note: None,
            });
        }
        let lenient: Vec<(usize, Verdict)> = self
            .choices
            .iter()
            .enumerate()
            .map(|(i, c)| (i, grade_text(&c.text, &[], option_kind(&c.text), &[], text)))
            .filter(|(_, verdict)| verdict.score >= 1.0)
            .collect();
        match lenient.as_slice() {
            [(index, verdict)] => Some(Pick {
                index: *index,
                typo_note: (verdict.feedback != "Correct.").then(|| verdict.feedback.clone()),
            }),
            [] => self.by_fragment(text),
            _ => None,
        }
    }

    /// The one option whose text contains every content word typed:
    /// "poverty" for "poverty reduction" when no other option says poverty.
    /// The options are on screen, so an unambiguous fragment names one.
    fn by_fragment(&self, text: &str) -> Option<Pick> {
        let typed: Vec<String> = normalize(text)
            .split_whitespace()
            .filter(|w| !is_stopword(w) && !TITLES.contains(w))
            .map(str::to_string)
            .collect();
        // Letters name labels, not fragments: "A, E" must not pick
        // "e-commerce". A two-letter word that is no label may be a name
        // ("Xi" for "Ada Lovelace").
        let scrap = |w: &String| {
            let n = w.chars().count();
            n < 2 || (n < 3 && (self.labels.contains(w) || w.chars().any(|c| c.is_ascii_digit())))
        };
        if typed.is_empty() || typed.iter().any(scrap) {
            return None;
        }
        let containing: Vec<usize> = self
            .choices
            .iter()
            .enumerate()
            .filter(|(_, choice)| {
                let words: Vec<String> = normalize(&choice.text)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                typed.iter().all(|t| {
                    words
                        .iter()
                        .any(|w| match_word(w, t) == Some(WordMatch::Exact))
                })
            })
            .map(|(i, _)| i)
            .collect();
        match containing.as_slice() {
            [index] => Some(Pick {
                index: *index,
                typo_note: None,
            }),
            _ => None,
        }
    }

    /// Resolves a part of an answer naming (at most) one option.
    fn resolve(&self, part: &str) -> Option<Pick> {
        let words = strip_lead(words_keep_articles(part));
        if let [word] = words.as_slice()
            && let Some(index) = self.by_token(word)
        {
            return Some(Pick {
                index,
                typo_note: None,
            });
        }
        self.by_text(part)
    }
}

/// How an option's text is matched: by value when it is a quantity, by
/// content words when it is a phrase, strictly when it is one word (so
/// "Paris Declaration" does not pick the option "Paris").
fn option_kind(text: &str) -> AnswerKind {
    if parse_quantity(text).is_some() {
        AnswerKind::Number
    } else if normalize(text)
        .split_whitespace()
        .filter(|w| !is_stopword(w))
        .count()
        >= 2
    {
        AnswerKind::Concept
    } else {
        AnswerKind::Place
    }
}

fn normalize_label(label: &str) -> String {
    words_keep_articles(label).join(" ")
}

/// Drops lead words ("option", "the answer is") while a word remains.
fn strip_lead(mut words: Vec<String>) -> Vec<String> {
    while words.len() > 1 && LEAD_WORDS.contains(&words[0].as_str()) {
        words.remove(0);
    }
    words
}

/// Splits on separators and connecting words: "a or b", "a, c", "a/b",
/// "a and c", "a & c".
fn split_parts(answer: &str) -> Vec<String> {
    split_outside_numbers(answer, &[',', ';', '/', '|', '&', '+', '\n'])
        .into_iter()
        .flat_map(|segment| {
            split_at_connectives(segment, |w| matches!(w, "or" | "and" | "plus"), |_| false)
        })
        .filter(|p| !words_keep_articles(p).is_empty())
        .collect()
}

/// Splits on `separators`, except a comma that groups thousands ("3,000"
/// is one number, not the options 3 and 000).
fn split_outside_numbers<'a>(answer: &'a str, separators: &[char]) -> Vec<&'a str> {
    let bytes = answer.as_bytes();
    let groups_thousands = |at: usize| {
        let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
        at > 0 && digit(at - 1) && (1..=3).all(|k| digit(at + k)) && !digit(at + 4)
    };
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, c) in answer.char_indices() {
        if separators.contains(&c) && !(c == ',' && groups_thousands(at)) {
            parts.push(&answer[start..at]);
            start = at + c.len_utf8();
        }
    }
    parts.push(&answer[start..]);
    parts
}

/// The labels a run of letters names, when every letter is a distinct
/// label: "ac" → A, C.
fn letter_run(options: &Options<'_>, word: &str) -> Option<Vec<usize>> {
    if word.chars().count() < 2 || !word.chars().all(|c| c.is_alphabetic()) {
        return None;
    }
    let indices: Option<Vec<usize>> = word
        .chars()
        .map(|c| options.labels.iter().position(|l| *l == c.to_string()))
        .collect();
    let indices = indices?;
    let distinct: BTreeSet<usize> = indices.iter().copied().collect();
    (distinct.len() == indices.len()).then_some(indices)
}

/// Every option an answer names, when it is read as a list of labels:
/// "A, C", "a c", "AC", "a and c", "1, 3".
fn label_list(options: &Options<'_>, answer: &str) -> Option<Vec<usize>> {
    let words = strip_lead(words_keep_articles(answer));
    let mut picks = Vec::new();
    for word in &words {
        if matches!(
            word.as_str(),
            "and" | "or" | "plus" | "both" | "only" | "just"
        ) {
            continue;
        }
        if let Some(index) = options.by_token(word) {
            picks.push(index);
        } else if let Some(run) = letter_run(options, word) {
            picks.extend(run);
        } else {
            return None;
        }
    }
    (!picks.is_empty()).then_some(picks)
}

/// "greece italy spain": one-word option texts typed without
/// separators, when every word is exactly the text of an option.
fn one_word_texts(options: &Options<'_>, answer: &str) -> Option<Vec<usize>> {
    let words: Vec<String> = normalize(answer)
        .split_whitespace()
        .filter(|w| !is_stopword(w))
        .map(str::to_string)
        .collect();
    if words.len() < 2 {
        return None;
    }
    words
        .iter()
        .map(|w| {
            options
                .choices
                .iter()
                .position(|c| normalize(&c.text) == *w)
        })
        .collect()
}

/// Multiple choice and true/false.
pub(crate) fn grade_single(choices: &[Choice], correct: usize, answer: &str) -> Verdict {
    let answer = clip(answer);
    if answer.trim().is_empty() {
        return Verdict::unreadable("No answer given.");
    }
    let options = Options::new(choices);
    let pick = match read_single(&options, answer) {
        SingleReading::Picked(pick) => pick,
        SingleReading::Several => {
            return Verdict::unreadable(format!(
                "Give one answer: \"{}\" lists several.",
                crate::quote::quote(answer.trim())
            ));
        }
        SingleReading::NotAnOption => {
            return Verdict::unreadable(format!("Not an option: {}.", options.how_to_answer()));
        }
    };
    if pick.index == correct {
        Verdict::right(pick.typo_note.unwrap_or_else(|| "Correct.".to_string()))
    } else {
        Verdict::wrong(format!(
            "Not quite: the answer is {}.",
            options.describe(correct)
        ))
    }
}

/// What a multiple-choice answer names: one option, several, or none.
enum SingleReading {
    Picked(Pick),
    Several,
    NotAnOption,
}

/// Reads a multiple-choice answer: a bare label, position or true/false
/// word (the label always wins), else the whole text of an option, else a
/// label followed by text ("b) Paris", "B because it is the capital").
fn read_single(options: &Options<'_>, answer: &str) -> SingleReading {
    let words = strip_lead(words_keep_articles(answer));
    if words.is_empty() {
        return SingleReading::NotAnOption;
    }
    if let Some(pick) = direct_pick(options, answer, &words) {
        return SingleReading::Picked(pick);
    }
    if let Some(index) = words.first().and_then(|w| options.by_token(w)) {
        // "B) Almaty" and "1-A 2-B" name a second option, by text or by label.
        let rest = words[1..].join(" ");
        let rest_names_another = split_parts(&rest)
            .iter()
            .filter_map(|part| options.resolve(part))
            .any(|p| p.index != index)
            || label_list(options, &rest).is_some_and(|picks| picks.iter().any(|&p| p != index));
        if rest_names_another {
            return SingleReading::Several;
        }
        return SingleReading::Picked(Pick {
            index,
            typo_note: None,
        });
    }
    unpicked(options, answer, &words)
}

/// The option an answer names on its own: a single label, position or
/// true/false word, "not" and one of those ("not true" is false), or an
/// option's whole text, exactly or leniently.
fn direct_pick(options: &Options<'_>, answer: &str, words: &[String]) -> Option<Pick> {
    let bare = |index: usize| Pick {
        index,
        typo_note: None,
    };
    match (words, options.true_false) {
        ([word], _) => options.by_token(word).map(bare),
        ([not, word], Some((t, f))) if not == "not" => options
            .by_token(word)
            .map(|index| bare(if index == t { f } else { t })),
        _ => None,
    }
    .or_else(|| options.by_text(answer))
}

/// Why an answer that picks no option is unreadable: it names several
/// (parts, a run of letters, a list of labels), or none.
fn unpicked(options: &Options<'_>, answer: &str, words: &[String]) -> SingleReading {
    let parts = split_parts(answer);
    let named = parts
        .iter()
        .filter(|p| options.resolve(p).is_some())
        .count();
    let run = words.len() == 1 && letter_run(options, &words[0]).is_some();
    let listed = words.len() > 1 && label_list(options, answer).is_some();
    if (parts.len() >= 2 && named >= 1) || run || listed {
        SingleReading::Several
    } else {
        SingleReading::NotAnOption
    }
}

/// Select-all: +1/|correct| per right pick, -1/|correct| per wrong one,
/// floor 0; correct only for the exact set.
pub(crate) fn grade_multi(choices: &[Choice], correct: &[usize], answer: &str) -> Verdict {
    let answer = clip(answer);
    if answer.trim().is_empty() {
        return Verdict::unreadable("No answer given.");
    }
    let options = Options::new(choices);
    let picks = MultiPicks::read(&options, answer);
    if picks.picked.is_empty() {
        return Verdict::unreadable(format!(
            "Not an option: type the letters of every right option, e.g. \"A, C\" ({}).",
            options.how_to_answer()
        ));
    }
    picks.grade(&options, correct)
}

/// What a select-all answer names: the options it picks, and the parts
/// that name none (ignored, and said so).
struct MultiPicks {
    picked: BTreeSet<usize>,
    unknown: Vec<String>,
}

impl MultiPicks {
    /// Reads a select-all answer. Labels first, as for multiple choice:
    /// "A, E" is two labels even when an option reads "e-commerce".
    fn read(options: &Options<'_>, answer: &str) -> MultiPicks {
        let mut picks = MultiPicks {
            picked: BTreeSet::new(),
            unknown: Vec::new(),
        };
        if let Some(indices) = label_list(options, answer) {
            picks.picked.extend(indices);
        } else if let Some(indices) = one_word_texts(options, answer) {
            picks.picked.extend(indices);
        } else if let Some(pick) = options.by_text(answer) {
            picks.picked.insert(pick.index);
        } else {
            for part in split_outside_numbers(answer, &[',', ';', '/', '|', '\n']) {
                picks.read_part(options, part);
            }
        }
        picks
    }

    /// One separated part of the answer: an option, or smaller parts each
    /// an option or a list of labels.
    fn read_part(&mut self, options: &Options<'_>, part: &str) {
        if words_keep_articles(part).is_empty() {
            return;
        }
        if let Some(pick) = options.resolve(part) {
            self.picked.insert(pick.index);
            return;
        }
        for sub in split_parts(part) {
            match options
                .resolve(&sub)
                .map(|p| vec![p.index])
                .or_else(|| label_list(options, &sub))
            {
                Some(indices) => self.picked.extend(indices),
                None => self.unknown.push(sub.trim().to_string()),
            }
        }
    }

    /// The verdict on the picks: the score and which options were missed
    /// or wrongly picked.
    fn grade(&self, options: &Options<'_>, correct: &[usize]) -> Verdict {
        let right_set: BTreeSet<usize> = correct.iter().copied().collect();
        let right = self.picked.intersection(&right_set).count();
        let wrong: Vec<usize> = self.picked.difference(&right_set).copied().collect();
        let missed: Vec<usize> = right_set.difference(&self.picked).copied().collect();
        let total = right_set.len().max(1);
        let score = (right as f64 - wrong.len() as f64).max(0.0) / total as f64;
        let unknown_note = self.unknown_note();
        if wrong.is_empty() && missed.is_empty() {
            return Verdict::right(format!("Correct.{unknown_note}"));
        }
        let list = |indices: &[usize]| {
            indices
                .iter()
                .map(|i| options.describe(*i))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut notes = Vec::new();
        if !missed.is_empty() {
            notes.push(format!("missed {}", list(&missed)));
        }
        if !wrong.is_empty() {
            let verb = if wrong.len() == 1 { "is" } else { "are" };
            notes.push(format!("{} {verb} not right", list(&wrong)));
        }
        let count = format!("{right} of {} right options", right_set.len());
        let head = if score > 0.0 {
            format!("Partly right: {count}")
        } else {
            format!("Not quite: {count}")
        };
        Verdict::partial(
            score,
            format!("{head}; {}.{unknown_note}", notes.join("; ")),
        )
    }

    /// The note on the parts that named no option, so the learner knows
    /// they were ignored rather than graded.
    fn unknown_note(&self) -> String {
        match self.unknown.as_slice() {
            [] => String::new(),
            [one] => format!(" \"{one}\" is not an option and was ignored."),
            many => format!(
                " {} are not options and were ignored.",
                many.iter()
                    .map(|u| format!("\"{u}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

/// Matching: item numbers paired with option letters.
pub(crate) fn grade_pairs(choices: &[Choice], pairs: &[usize], answer: &str) -> Verdict {
    let answer = clip(answer);
    if answer.trim().is_empty() {
        return Verdict::unreadable("No answer given.");
    }
    let options = Options::new(choices);
    let n = pairs.len();
    if n == 0 {
        return Verdict::unreadable("Not a matching answer: this question has no items.");
    }
    let example = (0..n.min(3))
        .map(|i| format!("{}-{}", i + 1, crate::question::label_for(i)))
        .collect::<Vec<_>>()
        .join(" ");
    let Some(given) = read_pairs(&options, n, answer) else {
        return Verdict::unreadable(format!(
            "Not a matching answer: pair each number with a letter, e.g. \"{example}\"."
        ));
    };
    let mut wrong_notes = Vec::new();
    let mut right = 0usize;
    for (item, expected) in pairs.iter().enumerate() {
        if given.get(item).copied().flatten() == Some(*expected) {
            right += 1;
        } else {
            let label = choices.get(*expected).map_or_else(
                || crate::question::label_for(*expected),
                |c| c.label.clone(),
            );
            wrong_notes.push(format!("{} should be {label}", item + 1));
        }
    }
    if right == n {
        return Verdict::right("Correct.");
    }
    Verdict::partial(
        right as f64 / n as f64,
        format!("{right} of {n} pairs right: {}.", wrong_notes.join(", ")),
    )
}

/// Token of a matching answer: numbers and letter runs, split where digits
/// meet letters ("1B" → 1, b).
#[derive(Debug, Clone, PartialEq)]
enum PairToken {
    Number(usize),
    Word(String),
}

fn pair_tokens(answer: &str) -> Vec<PairToken> {
    let mut tokens = Vec::new();
    for word in words_keep_articles(answer) {
        let mut current = String::new();
        let mut digits = false;
        for c in word.chars() {
            // "3,000" stays one token: separators inside a digit run.
            let is_digit =
                c.is_ascii_digit() || (digits && !current.is_empty() && (c == ',' || c == '.'));
            if !current.is_empty() && is_digit != digits {
                tokens.push(pair_token(&current, digits));
                current.clear();
            }
            digits = is_digit;
            current.push(c);
        }
        if !current.is_empty() {
            tokens.push(pair_token(&current, digits));
        }
    }
    tokens
}

fn pair_token(text: &str, digits: bool) -> PairToken {
    match (digits, text.parse::<usize>()) {
        (true, Ok(n)) => PairToken::Number(n),
        _ => PairToken::Word(text.to_string()),
    }
}

/// Connecting words between an item number and its letter.
const PAIR_LINKS: &[&str] = &[
    "goes", "go", "with", "to", "is", "matches", "match", "pairs", "and", "equals",
];

/// Reads "1-B 2-A 3-C", "1B 2A 3C", "1:b, 2:a", "1 -> b", "1 goes with b",
/// "1 Paris", or a bare sequence "B A C" / "BAC" (items in order, when the
/// count matches). `None` when nothing in it pairs anything.
fn read_pairs(options: &Options<'_>, n: usize, answer: &str) -> Option<Vec<Option<usize>>> {
    let tokens = pair_tokens(answer);
    if let Some(given) = numbered_pairs(options, n, &tokens) {
        return Some(given);
    }
    // A bare sequence of letters: "B A C", "BAC".
    if tokens.iter().any(|t| matches!(t, PairToken::Number(_))) {
        return None;
    }
    letter_sequence(options, n, &tokens)
}

/// One item's pick while a matching answer is read: the option it was
/// paired with, and whether it was paired with two different ones (then
/// it counts as unanswered).
#[derive(Clone, Copy, Default)]
struct ItemPick {
    choice: Option<usize>,
    conflicted: bool,
}

/// The pairs an answer gives by item number ("1-B", "2 goes with a", "3
/// Paris"); `None` when no number pairs with anything.
fn numbered_pairs(
    options: &Options<'_>,
    n: usize,
    tokens: &[PairToken],
) -> Option<Vec<Option<usize>>> {
    let mut picks = vec![ItemPick::default(); n];
    let mut any = false;
    let mut i = 0;
    while i < tokens.len() {
        let PairToken::Number(item) = tokens[i] else {
            i += 1;
            continue;
        };
        if !(1..=n).contains(&item) {
            i += 1;
            continue;
        }
        let (words, next) = words_after_item(n, tokens, i + 1);
        let text = words.join(" ");
        let pick = match words.as_slice() {
            [single] => options.labels.iter().position(|l| l == single),
            _ => None,
        }
        .or_else(|| options.by_text(&text).map(|p| p.index));
        if let Some(choice) = pick {
            any = true;
            let slot = &mut picks[item - 1];
            if slot.choice.is_some_and(|g| g != choice) {
                slot.conflicted = true;
            }
            slot.choice = Some(choice);
        }
        i = next;
    }
    any.then(|| {
        picks
            .iter()
            .map(|p| if p.conflicted { None } else { p.choice })
            .collect()
    })
}

/// The words naming an item's option, from `start` up to the next item
/// number (leading links such as "goes with" dropped), and where the
/// reading goes on.
fn words_after_item(n: usize, tokens: &[PairToken], start: usize) -> (Vec<String>, usize) {
    let is_item = |t: &PairToken| matches!(t, PairToken::Number(k) if (1..=n).contains(k));
    let mut j = start;
    let mut words = Vec::new();
    while j < tokens.len() && (words.is_empty() || !is_item(&tokens[j])) {
        if let PairToken::Word(w) = &tokens[j]
            && !(words.is_empty() && PAIR_LINKS.contains(&w.as_str()))
        {
            words.push(w.clone());
        }
        if let PairToken::Number(k) = tokens[j] {
            words.push(k.to_string());
        }
        j += 1;
    }
    (words, j)
}

/// A bare sequence of option letters, one per item in order ("B A C",
/// "BAC"); `None` unless it has exactly one letter per item, each an
/// option's.
fn letter_sequence(
    options: &Options<'_>,
    n: usize,
    tokens: &[PairToken],
) -> Option<Vec<Option<usize>>> {
    let letters: Vec<String> = tokens
        .iter()
        .filter_map(|t| match t {
            PairToken::Word(w) if !PAIR_LINKS.contains(&w.as_str()) => Some(w.clone()),
            _ => None,
        })
        .collect();
    let sequence: Vec<char> = if letters.len() == 1 {
        letters[0].chars().collect()
    } else if letters.iter().all(|w| w.chars().count() == 1) {
        letters.iter().filter_map(|w| w.chars().next()).collect()
    } else {
        return None;
    };
    if sequence.len() != n || n == 0 {
        return None;
    }
    sequence
        .iter()
        .map(|c| {
            options
                .labels
                .iter()
                .position(|l| *l == c.to_string())
                .map(Some)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::question::label_for;

    fn options(texts: &[&str]) -> Vec<Choice> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Choice {
                label: label_for(i),
                text: t.to_string(),
            })
            .collect()
    }

    #[test]
    fn label_lists_read_letters_runs_and_numbers() {
        let choices = options(&["w", "x", "y", "z"]);
        let options = Options::new(&choices);
        assert_eq!(label_list(&options, "A, C"), Some(vec![0, 2]));
        assert_eq!(label_list(&options, "AC"), Some(vec![0, 2]));
        assert_eq!(label_list(&options, "a and c"), Some(vec![0, 2]));
        assert_eq!(label_list(&options, "1 3"), Some(vec![0, 2]));
        assert_eq!(label_list(&options, "A, Q"), None);
    }

    #[test]
    fn numeric_options_take_typed_numbers_as_values_not_positions() {
        let choices = options(&["1,000", "2,000", "3,000"]);
        let options = Options::new(&choices);
        assert_eq!(options.by_token("2"), None);
        assert_eq!(options.by_text("3000").map(|p| p.index), Some(2));
    }

    #[test]
    fn matching_answers_pair_numbers_with_letters_in_many_notations() {
        let choices = options(&["x", "y", "z"]);
        let options = Options::new(&choices);
        let expected = Some(vec![Some(1), Some(0), Some(2)]);
        for typed in [
            "1-B 2-A 3-C",
            "1B2A3C",
            "1:b, 2:a, 3:c",
            "1 -> b; 2 -> a; 3 -> c",
            "BAC",
            "b a c",
        ] {
            assert_eq!(read_pairs(&options, 3, typed), expected, "{typed}");
        }
        assert_eq!(read_pairs(&options, 3, "B A"), None);
        assert_eq!(
            read_pairs(&options, 3, "1-B 1-C"),
            Some(vec![None, None, None])
        );
    }

    #[test]
    fn true_false_words_map_to_the_true_and_false_options() {
        let choices = options(&["False", "True"]);
        let options = Options::new(&choices);
        assert_eq!(options.by_token("yes"), Some(1));
        assert_eq!(options.by_token("n"), Some(0));
        assert_eq!(options.how_to_answer(), "answer True or False");
    }
}
