//! Grading typed answers (fill-in-the-blank and short answer).
//!
//! The order of checks matters and is the same for [`super::grade`] and
//! [`super::accepts`]:
//! 1. empty input: "No answer given.";
//! 2. the canonical answer or an alias, after folding: always right;
//! 3. list answers: each item is worth an equal share;
//! 4. quantities: compared by value, currency, unit and bound, never by
//!    spelling;
//! 5. everything else: word by word with typo tolerance, surnames for
//!    people, harmless filler around the answer, and partial credit for
//!    concepts that keep most of their content words.
//!
//! Answers that hedge ("Paris or Almaty") are refused before matching, even
//! when one alternative is right, unless every alternative is right.

use crate::facts::AnswerKind;
use crate::numbers::{
    Currency, FoundQuantity, Qualifier, Quantity, find_quantities, format_number, is_number_word,
    parse_quantity, time_unit, values_equal,
};
use crate::text::{is_negation, normalize, normalize_keep_articles};

use std::sync::OnceLock;

use crate::lang::Lexicon;

use super::Verdict;
use super::words::{
    Filler, WordMatch, expand_date_abbreviation, is_stopword, match_word, split_at_connectives,
};

/// Learner input longer than this is cut before grading (the service already
/// refuses more than 1 KiB): it bounds the quadratic word matching.
const MAX_INPUT_CHARS: usize = 2048;

/// Cuts `text` to at most [`MAX_INPUT_CHARS`] characters, on a char boundary.
pub(crate) fn clip(text: &str) -> &str {
    match text.char_indices().nth(MAX_INPUT_CHARS) {
        Some((index, _)) => &text[..index],
        None => text,
    }
}

/// What a typed answer's question says around its key, folded: the same for
/// every answer to the question, so worked out once per question.
#[derive(Debug, Default, Clone)]
pub(crate) struct Setting {
    /// Words that may frame the answer without adding a claim: the
    /// prompt's, and the article's right around the answer.
    pub(crate) context: Vec<String>,
    /// The prompt's own words. What the prompt already says need not be
    /// repeated: "livelihood and development" answers "what kind of
    /// projects …?", and "two" answers "how many years …?".
    pub(crate) prompt: Vec<String>,
}

/// Grades a typed answer. `items` may be empty for list answers: the items
/// are then read from `expected` ("a, b, and c").
pub(crate) fn grade_text(
    expected: &str,
    aliases: &[String],
    kind: AnswerKind,
    items: &[String],
    answer: &str,
) -> Verdict {
    grade_text_in(expected, aliases, kind, items, answer, &Setting::default())
}

/// [`grade_text`] in the `setting` of a question: its prompt and the words
/// of the article around the answer.
pub(crate) fn grade_text_in(
    expected: &str,
    aliases: &[String],
    kind: AnswerKind,
    items: &[String],
    answer: &str,
    setting: &Setting,
) -> Verdict {
    let context = setting.context.as_slice();
    let answer = clip(answer);
    if answer.trim().is_empty() {
        return Verdict::unreadable("No answer given.");
    }
    let accepted: Vec<&str> = std::iter::once(expected)
        .chain(aliases.iter().map(String::as_str))
        .collect();
    if accepted.iter().any(|a| same_text(a, answer)) {
        return Verdict::right("Correct.");
    }
    if normalize_keep_articles(answer).is_empty() {
        return Verdict::wrong(format!(
            "Not quite: that has no words or numbers in it; the answer is {expected}."
        ));
    }
    if kind == AnswerKind::List {
        let derived;
        let items = if items.is_empty() {
            derived = split_items(expected);
            &derived
        } else {
            items
        };
        if items.len() >= 2 {
            return grade_list(expected, &accepted, items, answer, context);
        }
    }
    if let Some(targets) = numeric_targets(&accepted, kind) {
        return grade_numeric(expected, &targets, kind, answer, &setting.prompt);
    }
    grade_phrase(expected, &accepted, kind, answer, setting)
}

/// The same text once folded: exact answers never go through heuristics, so
/// the canonical answer and every alias are always right.
fn same_text(accepted: &str, answer: &str) -> bool {
    if accepted.trim().to_lowercase() == answer.trim().to_lowercase() {
        return true;
    }
    let folded = normalize_keep_articles(accepted);
    if !folded.is_empty() && folded == normalize_keep_articles(answer) {
        return true;
    }
    let short = normalize(accepted);
    !short.is_empty() && short == normalize(answer)
}

/// The answer without the words a fill-in-the-blank prompt prints right
/// before and after its blank (a run of three or more underscores), when it
/// repeats any of them: "strength and prosperity" for "China's strength and
/// _____ are..." gives "prosperity". `None` when there is no blank or
/// nothing to strip.
pub(crate) fn strip_blank_context(prompt: &str, answer: &str) -> Option<String> {
    let start = prompt.find("___")?;
    let end = start
        + prompt[start..]
            .find(|c: char| c != '_')
            .unwrap_or(prompt.len() - start);
    let before = normalize_keep_articles(&prompt[..start]);
    let after = normalize_keep_articles(&prompt[end..]);
    let before: Vec<&str> = before.split_whitespace().collect();
    let after: Vec<&str> = after.split_whitespace().collect();
    let answer = normalize_keep_articles(clip(answer));
    let words: Vec<&str> = answer.split_whitespace().collect();
    let lead = (1..=words.len().min(before.len()))
        .rev()
        .find(|&k| words[..k] == before[before.len() - k..])
        .unwrap_or(0);
    let rest = &words[lead..];
    let trail = (1..=rest.len().min(after.len()))
        .rev()
        .find(|&m| rest[rest.len() - m..] == after[..m])
        .unwrap_or(0);
    let inner = &rest[..rest.len() - trail];
    (lead + trail > 0 && !inner.is_empty()).then(|| inner.join(" "))
}

// ---------------------------------------------------------------------------
// Alternatives (hedging)

/// Splits an answer into the alternatives it offers: "Paris or Almaty",
/// "Paris/Almaty", "either Paris or Bishkek", "Paris, Almaty". A
/// separator that occurs in an accepted answer is not split on ("Belt and
/// Road", "fairness, justice, and mutual benefit"); "and" splits only
/// answers naming one thing (a person, place, date, organisation or event).
fn alternatives(answer: &str, accepted: &[&str], kind: AnswerKind, numeric: bool) -> Vec<String> {
    let accepted_words: Vec<Vec<String>> = accepted.iter().map(|a| words_of(a)).collect();
    let accepted_has = |word: &str| accepted_words.iter().any(|ws| ws.iter().any(|w| w == word));
    let accepted_has_char = |c: char| accepted.iter().any(|a| a.contains(c));
    let single_thing = matches!(
        kind,
        AnswerKind::Person
            | AnswerKind::Place
            | AnswerKind::DateTime
            | AnswerKind::Organization
            | AnswerKind::Event
    );
    // "not Almaty but Paris": "but" parts a claim from an exclusion.
    let mut split_words: Vec<&str> = vec!["or", "versus", "vs", "but"];
    if !numeric && single_thing {
        split_words.push("and");
    }
    split_words.retain(|w| !accepted_has(w));
    // In "trade wars and protectionist policies" a learner's comma is an
    // "and", not an alternative.
    let conjoined = !single_thing && accepted_has("and");
    let split_chars = |c: char| match c {
        '/' | '|' | '\n' => !accepted_has_char(c),
        // "Paris (Nur-Sultan)": a parenthesis offers another wording, right
        // only when it is right too. Quantities read their own brackets.
        '(' | ')' => !numeric && !accepted_has_char(c),
        ',' | ';' => !conjoined && !accepted.iter().any(|a| a.contains(',') || a.contains(';')),
        _ => false,
    };
    split_outside_numbers(answer, split_chars)
        .iter()
        .flat_map(|segment| {
            split_at_connectives(
                segment,
                |w| split_words.contains(&w),
                |w| w == "either" && !accepted_has("either"),
            )
        })
        .collect()
}

/// Splits on characters chosen by `is_separator`, except a `,` or `.`
/// between digits ("3,000" stays whole).
fn split_outside_numbers(text: &str, is_separator: impl Fn(char) -> bool) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut parts = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let inside_number = c == ','
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if is_separator(c) && !inside_number {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    parts
}

/// Folded words of `text`, articles dropped.
fn words_of(text: &str) -> Vec<String> {
    normalize(text)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// What is left of the alternatives once empty parts, pure filler ("the
/// capital") and exclusions ("not Almaty") are dropped. An exclusion is only
/// dropped when something else remains.
fn offered(parts: Vec<String>, filler: &Filler) -> Vec<String> {
    let meaningful: Vec<String> = parts
        .into_iter()
        .filter(|part| {
            let words = words_of(part);
            !words.is_empty() && !words.iter().all(|w| filler.allows_alone(w))
        })
        .collect();
    let excluded = |part: &String| words_of(part).first().is_some_and(|w| is_negation(w));
    if meaningful.iter().any(|p| !excluded(p)) && meaningful.iter().any(excluded) {
        meaningful.into_iter().filter(|p| !excluded(p)).collect()
    } else {
        meaningful
    }
}

/// True when every word of every part is a word of one accepted wording
/// (or filler): the parts split one answer, they offer no alternative.
fn within_one_wording(accepted_words: &[Vec<String>], parts: &[String], filler: &Filler) -> bool {
    accepted_words.iter().any(|wording| {
        parts.iter().all(|part| {
            words_of(part).iter().all(|word| {
                filler.allows_alone(word) || wording.iter().any(|w| match_word(w, word).is_some())
            })
        })
    })
}

fn hedge(answer: &str) -> Verdict {
    Verdict::unreadable(format!(
        "Give one answer: \"{}\" lists several.",
        crate::quote::quote(answer.trim())
    ))
}

// ---------------------------------------------------------------------------
// Phrases: places, people, dates, events, concepts

/// How well a phrase matched.
#[derive(Debug, Clone, PartialEq)]
enum PhraseMatch {
    /// Fully right. `typos` are the learner's misspelt words; `reworded`
    /// when another form of a word was used.
    Full {
        typos: Vec<String>,
        reworded: bool,
    },
    /// Most content words are there: a share of credit.
    Partial {
        score: f64,
        missing: Vec<String>,
        adds_too_much: bool,
    },
    /// The answer is there but negated ("not Paris").
    Negated,
    /// A number word contradicts the answer ("third summit" for "second").
    WrongNumber,
    None,
}

impl PhraseMatch {
    /// Orders matches so the best over all accepted answers can be kept.
    fn rank(&self) -> (u8, i64) {
        match self {
            PhraseMatch::Full { typos, reworded } => {
                (5, -(typos.len() as i64) * 2 - i64::from(*reworded))
            }
            PhraseMatch::Partial { score, .. } => (4, (score * 1000.0) as i64),
            PhraseMatch::Negated => (3, 0),
            PhraseMatch::WrongNumber => (2, 0),
            PhraseMatch::None => (1, 0),
        }
    }
}

/// Kinds that name one specific thing: all or nothing, no partial credit.
fn names_one_thing(kind: AnswerKind) -> bool {
    matches!(
        kind,
        AnswerKind::Person | AnswerKind::Place | AnswerKind::DateTime
    )
}

/// Matches one offered answer (no alternatives) against one accepted wording.
fn match_phrase(accepted: &str, candidate: &str, kind: AnswerKind, filler: &Filler) -> PhraseMatch {
    let expected = words_of(accepted);
    let given = join_split_words(&expected, words_of(candidate));
    if expected.is_empty() || given.is_empty() {
        return PhraseMatch::None;
    }
    if expected == given || expected.concat() == given.concat() {
        return PhraseMatch::Full {
            typos: Vec::new(),
            reworded: false,
        };
    }
    let mut best = match_window(&expected, &given, filler);
    if kind == AnswerKind::Person && expected.len() == 2 {
        // "Lovelace Ada": family name order varies.
        let reversed = vec![expected[1].clone(), expected[0].clone()];
        let other = match_window(&reversed, &given, filler);
        if other.rank() > best.rank() {
            best = other;
        }
    }
    if matches!(best, PhraseMatch::Full { .. } | PhraseMatch::Negated) {
        return best;
    }
    let content: Vec<&String> = expected.iter().filter(|w| !is_stopword(w)).collect();
    let coverage_applies = !names_one_thing(kind)
        && !kind.is_numeric()
        && (content.len() >= 2
            || matches!(
                kind,
                AnswerKind::Concept
                    | AnswerKind::Event
                    | AnswerKind::Organization
                    | AnswerKind::List
            ));
    if coverage_applies && !content.is_empty() {
        let covered = match_coverage(&content, &given, kind, filler);
        if covered.rank() > best.rank() {
            best = covered;
        }
    }
    best
}

/// Joins two adjacent answer words that together spell an expected word:
/// "co-operation" folds to "co operation", which is "cooperation".
fn join_split_words(expected: &[String], given: Vec<String>) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(given.len());
    let mut words = given.into_iter().peekable();
    while let Some(word) = words.next() {
        if let Some(next) = words.peek() {
            let both = format!("{word}{next}");
            if !expected.contains(&word) && expected.contains(&both) {
                joined.push(both);
                words.next();
                continue;
            }
        }
        joined.push(word);
    }
    joined
}

/// Finds the expected words as one run inside the answer; the words around
/// them must be filler, and none may be a negation.
fn match_window(expected: &[String], given: &[String], filler: &Filler) -> PhraseMatch {
    if given.len() < expected.len() {
        return PhraseMatch::None;
    }
    let mut best = PhraseMatch::None;
    for start in 0..=given.len() - expected.len() {
        let window = &given[start..start + expected.len()];
        let matches: Option<Vec<WordMatch>> = expected
            .iter()
            .zip(window)
            .map(|(e, g)| match_word(e, g))
            .collect();
        let Some(matches) = matches else { continue };
        // A negation just before the answer flips it ("not Paris", "it
        // wasn't in Paris"); one after it is some other claim.
        let before = &given[..start];
        if before.iter().rev().take(3).any(|w| is_negation(w)) {
            best = PhraseMatch::Negated;
            continue;
        }
        let clean = before
            .iter()
            .chain(&given[start + expected.len()..])
            .all(|w| !is_negation(w) && filler.allows(w));
        if !clean {
            continue;
        }
        let typos = window
            .iter()
            .zip(&matches)
            .filter(|(_, m)| **m == WordMatch::Typo)
            .map(|(g, _)| g.clone())
            .collect();
        let reworded = matches.contains(&WordMatch::Stem);
        return PhraseMatch::Full { typos, reworded };
    }
    best
}

/// Content-word coverage, order free: for concepts worded differently
/// ("protectionism and trade wars").
fn match_coverage(
    content: &[&String],
    given: &[String],
    kind: AnswerKind,
    filler: &Filler,
) -> PhraseMatch {
    let mut used = vec![false; given.len()];
    let mut typos = Vec::new();
    let mut reworded = false;
    let mut missing = Vec::new();
    let mut found = 0usize;
    for expected in content {
        let best = given
            .iter()
            .enumerate()
            .filter(|(i, _)| !used[*i])
            .filter_map(|(i, g)| match_word(expected, g).map(|m| (m, i)))
            .max_by_key(|(m, i)| (*m, std::cmp::Reverse(*i)));
        match best {
            Some((quality, index)) => {
                used[index] = true;
                found += 1;
                match quality {
                    WordMatch::Typo => typos.push(given[index].clone()),
                    WordMatch::Stem => reworded = true,
                    WordMatch::Exact => {}
                }
            }
            None => missing.push((*expected).clone()),
        }
    }
    if found == 0 {
        return PhraseMatch::None;
    }
    // Words the prompt prints need not be repeated ("historical" for
    // "historical exchanges" when it asks "what kind of exchanges"), as long
    // as the answer names something the prompt does not.
    let own = content
        .iter()
        .filter(|w| !filler.prompt_gives(w) && !missing.contains(w))
        .count();
    let mut total = content.len();
    if own > 0 {
        let before = missing.len();
        missing.retain(|w| !filler.prompt_gives(w));
        total -= before - missing.len();
    }
    let mut extras = 0usize;
    for (i, word) in given.iter().enumerate() {
        if used[i] {
            continue;
        }
        if is_negation(word) {
            // "not protectionist policies": a negation right before a
            // matched word flips it; elsewhere ("benefit no one") it is
            // just another extra word.
            let flips = (i + 1..given.len().min(i + 3)).any(|j| used[j]);
            if flips {
                return PhraseMatch::Negated;
            }
        } else if is_number(word) && content.iter().any(|c| is_number(c)) {
            // "the third summit" for "the second summit".
            return PhraseMatch::WrongNumber;
        } else if !filler.allows(word) && !is_stopword(word) {
            extras += 1;
        }
    }
    // A concept may be framed by a few words of the learner's own (one per
    // two content words: "comprehensive cooperation" is not "cooperative");
    // a list item may not, or "Italy and France" would be one item.
    let allowance = if kind == AnswerKind::List {
        0
    } else {
        total / 2
    };
    if found == total {
        if extras <= allowance {
            PhraseMatch::Full { typos, reworded }
        } else {
            PhraseMatch::Partial {
                score: total as f64 / (total + extras) as f64,
                missing,
                adds_too_much: true,
            }
        }
    } else if found * 2 > total {
        PhraseMatch::Partial {
            score: found as f64 / total as f64,
            missing,
            adds_too_much: false,
        }
    } else {
        PhraseMatch::None
    }
}

fn is_number(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit()) || crate::numbers::is_number_word(word)
}

/// Accepted wordings, plus surnames for people ("Xi" for "Ada Lovelace": the
/// family name comes first in Chinese names and last in Western ones, so
/// both ends of the name are accepted alone).
fn expand_accepted(accepted: &[&str], kind: AnswerKind) -> Vec<String> {
    let mut all: Vec<String> = accepted.iter().map(|a| a.to_string()).collect();
    if kind == AnswerKind::Person {
        for answer in accepted {
            let words = words_of(answer);
            if words.len() >= 2 {
                for name in [&words[0], &words[words.len() - 1]] {
                    if name.chars().count() >= 2 && !all.contains(name) {
                        all.push(name.clone());
                    }
                }
            }
        }
    }
    all
}

fn best_phrase(
    accepted: &[String],
    candidate: &str,
    kind: AnswerKind,
    filler: &Filler,
) -> PhraseMatch {
    accepted
        .iter()
        .map(|a| match_phrase(a, candidate, kind, filler))
        .max_by_key(PhraseMatch::rank)
        .unwrap_or(PhraseMatch::None)
}

fn grade_phrase(
    expected: &str,
    accepted: &[&str],
    kind: AnswerKind,
    answer: &str,
    setting: &Setting,
) -> Verdict {
    let all = expand_accepted(accepted, kind);
    let accepted_words: Vec<Vec<String>> = all.iter().map(|a| words_of(a)).collect();
    let filler = Filler::in_context(kind, &accepted_words, &setting.context, &setting.prompt);
    let parts = offered(alternatives(answer, accepted, kind, false), &filler);
    // Parts that are all pieces of one accepted wording ("the cooperation
    // mechanism between China and Central Asia") are that answer reworded,
    // not alternatives: the whole is graded.
    let mut one_answer = false;
    if parts.len() >= 2 {
        let all_right = parts.iter().all(|part| {
            matches!(
                best_phrase(&all, part, kind, &filler),
                PhraseMatch::Full { .. }
            )
        });
        if all_right {
            return Verdict::right("Correct.");
        }
        one_answer = within_one_wording(&accepted_words, &parts, &filler);
        if !one_answer {
            return hedge(answer);
        }
    }
    let candidate = if one_answer {
        answer
    } else {
        parts.first().map_or(answer, String::as_str)
    };
    let expanded;
    let candidate = if kind == AnswerKind::DateTime {
        expanded = words_of(candidate)
            .iter()
            .map(|w| expand_date_abbreviation(w))
            .collect::<Vec<_>>()
            .join(" ");
        expanded.as_str()
    } else {
        candidate
    };
    match best_phrase(&all, candidate, kind, &filler) {
        PhraseMatch::Full { typos, reworded } => {
            if !typos.is_empty() {
                Verdict::right(format!(
                    "Correct: minor spelling slip (you wrote {}).",
                    quote_list(&original_words(answer, &typos))
                ))
            } else if reworded {
                Verdict::right(format!("Correct: the article words it \"{expected}\"."))
            } else {
                Verdict::right("Correct.")
            }
        }
        PhraseMatch::Partial {
            score,
            missing,
            adds_too_much,
        } => {
            let detail = if adds_too_much {
                "your answer adds more than that".to_string()
            } else {
                format!("you left out {}", quote_list(&missing))
            };
            Verdict::partial(
                score,
                format!("Close: the article says \"{expected}\"; {detail}."),
            )
        }
        PhraseMatch::Negated => Verdict::wrong(format!(
            "Not quite: your answer is negated; the answer is {expected}."
        )),
        PhraseMatch::WrongNumber | PhraseMatch::None => {
            Verdict::wrong(format!("Not quite: the answer is {expected}."))
        }
    }
}

/// The learner's own spelling of folded words, for feedback ("Astna").
fn original_words(answer: &str, folded: &[String]) -> Vec<String> {
    folded
        .iter()
        .map(|word| {
            answer
                .split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '/')
                .map(|raw| raw.trim_matches(|c: char| !c.is_alphanumeric()))
                .find(|raw| normalize(raw) == *word)
                .map_or_else(|| word.clone(), str::to_string)
        })
        .collect()
}

/// `"a"`, `"a" and "b"`, `"a", "b" and "c"`.
fn quote_list(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

// ---------------------------------------------------------------------------
// Lists

/// Items of a list answer written out: "a, b, and c" → a, b, c.
pub(crate) fn split_items(expected: &str) -> Vec<String> {
    split_outside_numbers(expected, |c| c == ',' || c == ';')
        .into_iter()
        .flat_map(|segment| split_at_connectives(&segment, |w| w == "and" || w == "or", |_| false))
        .map(|item| item.trim().to_string())
        .filter(|item| !normalize(item).is_empty())
        .collect()
}

/// Whether a learner's part names an item: fully, or (leniently) half of its
/// content words with nothing else ("education" for "education exchange").
///
/// The strength orders candidates: a full match beats a half one, and
/// exact words beat typos ("education" names "education exchange", not
/// "poverty reduction" two edits away).
fn item_strength(item: &str, part: &str, filler: &Filler) -> Option<(u8, Vec<String>)> {
    let exactness = |typos: &Vec<String>| if typos.is_empty() { 1 } else { 0 };
    match match_phrase(item, part, AnswerKind::List, filler) {
        PhraseMatch::Full { typos, .. } => Some((4 + exactness(&typos), typos)),
        _ => {
            let content: Vec<String> = words_of(item)
                .into_iter()
                .filter(|w| !is_stopword(w))
                .collect();
            let given: Vec<String> = words_of(part)
                .into_iter()
                .filter(|w| !is_stopword(w))
                .collect();
            if content.len() < 2 || given.is_empty() {
                return None;
            }
            let mut typos = Vec::new();
            let mut found = 0;
            for g in &given {
                match content.iter().filter_map(|c| match_word(c, g)).max() {
                    Some(m) => {
                        found += 1;
                        if m == WordMatch::Typo {
                            typos.push(g.clone());
                        }
                    }
                    None => return None,
                }
            }
            (found * 2 >= content.len()).then(|| (2 + exactness(&typos), typos))
        }
    }
}

/// Splits a learner's list into parts: on `,` `;` `/` `&` `+` and new lines,
/// then on "and"/"or" inside a part that names no item as a whole (so
/// "defend global fairness and justice" stays one item).
fn list_parts(answer: &str, items: &[String], filler: &Filler) -> Vec<String> {
    let mut parts = Vec::new();
    for segment in
        split_outside_numbers(answer, |c| matches!(c, ',' | ';' | '/' | '&' | '+' | '\n'))
    {
        let trimmed = strip_leading_connector(&segment);
        if words_of(&trimmed).is_empty() {
            continue;
        }
        let whole = items.iter().any(|item| {
            matches!(
                match_phrase(item, &trimmed, AnswerKind::List, filler),
                PhraseMatch::Full { .. }
            )
        });
        if whole {
            parts.push(trimmed);
            continue;
        }
        let mut pieces: Vec<String> = Vec::new();
        let mut current: Vec<&str> = Vec::new();
        for word in trimmed.split_whitespace() {
            let folded = normalize_keep_articles(word);
            if matches!(folded.as_str(), "and" | "or" | "plus") {
                pieces.push(current.join(" "));
                current.clear();
            } else {
                current.push(word);
            }
        }
        pieces.push(current.join(" "));
        // Rejoin the longest runs of pieces that name an item together:
        // "uphold free trade and defend global fairness and justice".
        // A run never needs more pieces than an item has "and"s plus one,
        // which also keeps long inputs linear.
        let longest = items
            .iter()
            .map(|item| {
                1 + words_of(item)
                    .iter()
                    .filter(|w| *w == "and" || *w == "or")
                    .count()
            })
            .max()
            .unwrap_or(1);
        let mut start = 0;
        while start < pieces.len() {
            let end = (start + 1..=pieces.len().min(start + longest))
                .rev()
                .find(|&end| {
                    end == start + 1
                        || items.iter().any(|item| {
                            matches!(
                                match_phrase(
                                    item,
                                    &pieces[start..end].join(" and "),
                                    AnswerKind::List,
                                    filler
                                ),
                                PhraseMatch::Full { .. }
                            )
                        })
                })
                .unwrap_or(start + 1);
            parts.push(pieces[start..end].join(" and "));
            start = end;
        }
    }
    parts
        .into_iter()
        .filter(|p| {
            let words = words_of(p);
            !words.is_empty() && !words.iter().all(|w| filler.allows(w) || w == "etc")
        })
        .collect()
}

fn strip_leading_connector(segment: &str) -> String {
    let words: Vec<&str> = segment.split_whitespace().collect();
    let skip = usize::from(
        words
            .first()
            .is_some_and(|w| matches!(normalize_keep_articles(w).as_str(), "and" | "or" | "plus")),
    );
    words[skip..].join(" ")
}

/// Reads words typed without separators as consecutive items, longest
/// first: "fairness justice mutual benefit" is three items. `None` unless
/// every run names exactly one item.
fn segment_items(words: &[String], items: &[String], filler: &Filler) -> Option<Vec<usize>> {
    let longest = items.iter().map(|i| words_of(i).len()).max().unwrap_or(1);
    let mut indices = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let (end, index) = (start + 1..=words.len().min(start + longest))
            .rev()
            .find_map(|end| {
                let run = words[start..end].join(" ");
                let hits: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, item)| {
                        matches!(
                            match_phrase(item, &run, AnswerKind::List, filler),
                            PhraseMatch::Full { .. }
                        )
                    })
                    .map(|(i, _)| i)
                    .collect();
                match hits.as_slice() {
                    [one] => Some((end, *one)),
                    _ => None,
                }
            })?;
        indices.push(index);
        start = end;
    }
    Some(indices)
}

fn grade_list(
    expected: &str,
    accepted: &[&str],
    items: &[String],
    answer: &str,
    context: &[String],
) -> Verdict {
    let item_words: Vec<Vec<String>> = items.iter().map(|i| words_of(i)).collect();
    // Words of several-word items may be repeated on other items ("mutual
    // trust" for "mutual respect, trust"); a one-word item may not, or
    // "France Italy" would be one item.
    let shared: Vec<String> = item_words
        .iter()
        .filter(|words| words.len() >= 2)
        .flatten()
        .filter(|w| !is_stopword(w) && !item_words.iter().any(|ws| ws.len() == 1 && ws[0] == **w))
        .cloned()
        .collect();
    let filler = Filler::in_context(AnswerKind::List, &item_words, context, &[]);
    // An alias naming the whole list ("the five Central Asian states").
    for alias in accepted.iter().skip(1) {
        if let PhraseMatch::Full { .. } = match_phrase(alias, answer, AnswerKind::Concept, &filler)
        {
            return Verdict::right("Correct.");
        }
    }
    let mut matched = vec![false; items.len()];
    let mut typos: Vec<String> = Vec::new();
    let mut wrong: Vec<String> = Vec::new();
    for part in list_parts(answer, items, &filler) {
        if words_of(&part).first().is_some_and(|w| is_negation(w)) {
            continue; // "not Russia" excludes, it does not pick
        }
        let score_part = |part: &str| -> Vec<(usize, u8, Vec<String>)> {
            items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| item_strength(item, part, &filler).map(|(s, t)| (i, s, t)))
                .collect()
        };
        let mut scored = score_part(&part);
        if scored.is_empty() {
            let bare: Vec<String> = words_of(&part)
                .into_iter()
                .filter(|w| !shared.contains(w))
                .collect();
            if !bare.is_empty() {
                scored = score_part(&bare.join(" "));
            }
        }
        let top = scored.iter().map(|(_, s, _)| *s).max();
        let best: Vec<&(usize, u8, Vec<String>)> =
            scored.iter().filter(|(_, s, _)| Some(*s) == top).collect();
        match best.as_slice() {
            [(index, _, part_typos)] => {
                if !matched[*index] {
                    matched[*index] = true;
                    typos.extend(part_typos.iter().cloned());
                }
            }
            _ => {
                // Several items in one part without separators, or none.
                let words: Vec<String> = words_of(&part)
                    .into_iter()
                    .filter(|w| !filler.allows(w))
                    .collect();
                match segment_items(&words, items, &filler) {
                    Some(indices) if words.len() >= 2 && best.is_empty() => {
                        for index in indices {
                            matched[index] = true;
                        }
                    }
                    _ => wrong.push(part.trim().to_string()),
                }
            }
        }
    }
    let right = matched.iter().filter(|m| **m).count();
    let n = items.len();
    let score = (right as f64 - wrong.len() as f64).max(0.0) / n as f64;
    if right == n && wrong.is_empty() {
        return if typos.is_empty() {
            Verdict::right("Correct.")
        } else {
            Verdict::right(format!(
                "Correct: minor spelling slip (you wrote {}).",
                quote_list(&original_words(answer, &typos))
            ))
        };
    }
    let missed: Vec<String> = items
        .iter()
        .zip(&matched)
        .filter(|(_, m)| !**m)
        .map(|(item, _)| item.clone())
        .collect();
    let extra = match wrong.len() {
        0 => String::new(),
        1 => format!(" {} is not one of them.", quote_list(&wrong)),
        _ => format!(" {} are not among them.", quote_list(&wrong)),
    };
    let feedback = if right == 0 {
        format!("Not quite: the answer is {expected}.{extra}")
    } else if missed.is_empty() {
        format!("Partly right: all {n} items, but{extra}")
    } else {
        format!(
            "Partly right: {right} of {n} items; missed {}.{extra}",
            quote_list(&missed)
        )
    };
    Verdict::partial(score, feedback)
}

// ---------------------------------------------------------------------------
// Quantities

/// One accepted wording read as a quantity.
struct Target<'a> {
    text: &'a str,
    quantity: Quantity,
}

/// The accepted answers as quantities, when this answer is graded by value:
/// numeric kinds, and any answer that is a bare quantity ("second", "over
/// 2,000 years", "$209 million"). "three specialized centres" is not: its
/// words matter more than its number.
fn numeric_targets<'a>(accepted: &[&'a str], kind: AnswerKind) -> Option<Vec<Target<'a>>> {
    let targets: Vec<Target<'a>> = accepted
        .iter()
        .filter_map(|text| parse_quantity(text).map(|quantity| Target { text, quantity }))
        .collect();
    let canonical = targets
        .first()
        .filter(|t| std::ptr::eq(t.text, accepted[0]))?;
    let bare = canonical.quantity.currency.is_some()
        || canonical.quantity.duration().is_some()
        || canonical
            .quantity
            .unit
            .as_deref()
            .is_none_or(|u| u == "percent");
    (kind.is_numeric() || bare).then_some(targets)
}

/// Why a quantity did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Miss {
    Value,
    Unit,
    Qualifier,
    Currency,
}

/// Compares a learner's quantity with one accepted quantity; `unit` is the
/// time unit the prompt names, if any.
fn compare(given: &Quantity, target: &Quantity, unit: Option<&str>) -> Result<(), Miss> {
    // "2" may answer "second", but "third" never answers "three", and an
    // ordinal is never a duration.
    if given.ordinal && !target.ordinal {
        return Err(Miss::Value);
    }
    let value_matches = match (given.duration(), target.duration()) {
        (Some((gs, gv)), Some((ts, tv))) => {
            if gs != ts {
                return Err(Miss::Unit);
            }
            values_equal(gv, tv)
        }
        (Some(_), None) => return Err(Miss::Unit),
        // "two" is no answer to "for how long?" of "two years", but it is
        // one to "for how many years?".
        (None, Some((ts, tv))) => match unit.and_then(time_unit) {
            Some((scale, size)) if given.unit.is_none() && scale == ts => {
                values_equal(given.value * size, tv)
            }
            _ => return Err(Miss::Unit),
        },
        _ => values_equal(given.value, target.value),
    };
    let given_percent = given.unit.as_deref() == Some("percent");
    let target_percent = target.unit.as_deref() == Some("percent");
    if given_percent && !target_percent {
        return Err(Miss::Unit);
    }
    if !value_matches {
        return Err(Miss::Value);
    }
    if let (Some(g), Some(t)) = (given.currency, target.currency)
        && g != t
    {
        return Err(Miss::Currency);
    }
    if !qualifiers_agree(given.qualifier, target.qualifier) {
        return Err(Miss::Qualifier);
    }
    Ok(())
}

/// A bound the learner adds must not contradict the article: "about" is
/// always fine, "more than 2,000" fits "over 2,000", "under 2,000" does not,
/// and "over 3,000" does not fit an exact 3,000.
fn qualifiers_agree(given: Option<Qualifier>, target: Option<Qualifier>) -> bool {
    match (given, target) {
        (None, _) | (Some(Qualifier::About), _) => true,
        (Some(Qualifier::Exactly), t) => t.is_none() || t == Some(Qualifier::Exactly),
        (Some(g), Some(t)) => g.direction() == t.direction() && g.direction() != 0,
        (Some(_), None) => false,
    }
}

/// Outcome of one offered quantity.
enum Reading<'t, 'a> {
    Match(&'t Target<'a>),
    Miss(Miss, &'t Target<'a>),
}

fn read_one<'t, 'a>(
    given: &Quantity,
    targets: &'t [Target<'a>],
    unit: Option<&str>,
) -> Option<Reading<'t, 'a>> {
    let mut worst: Option<(Miss, &'t Target<'a>)> = None;
    for target in targets {
        match compare(given, &target.quantity, unit) {
            Ok(()) => return Some(Reading::Match(target)),
            Err(miss) => {
                if worst.is_none_or(|(w, _)| miss > w) {
                    worst = Some((miss, target));
                }
            }
        }
    }
    // A wrong value is explained against the accepted answer in the
    // learner's currency, if any ("$1.5 million" against "$209 million").
    if let Some((Miss::Value, _)) = worst
        && let Some(currency) = given.currency
        && let Some(same) = targets
            .iter()
            .find(|t| t.quantity.currency == Some(currency))
    {
        worst = Some((Miss::Value, same));
    }
    worst.map(|(miss, target)| Reading::Miss(miss, target))
}

/// Two quantities that could both answer the question ("3000 or 4000"),
/// as opposed to a detail ("3,000 over two years").
fn same_sort(a: &Quantity, b: &Quantity) -> bool {
    let scale = |q: &Quantity| q.duration().map(|(s, _)| s);
    a.currency.is_some() == b.currency.is_some() && scale(a) == scale(b) && a.ordinal == b.ordinal
}

fn grade_numeric(
    expected: &str,
    targets: &[Target<'_>],
    kind: AnswerKind,
    answer: &str,
    prompt: &[String],
) -> Verdict {
    // "How many years …?": the prompt names the unit a bare number counts.
    // Short abbreviations ("y", "mo") and "second" are other words there.
    let unit = prompt
        .iter()
        .map(String::as_str)
        .find(|w| w.len() > 2 && !is_number_word(w) && time_unit(w).is_some());
    let accepted: Vec<&str> = targets.iter().map(|t| t.text).collect();
    let mended = number_slips_mended(answer, &accepted);
    let answer = mended.as_str();
    let filler = Filler::new(kind, &[]);
    let parts = offered(alternatives(answer, &accepted, kind, true), &filler);
    if parts.len() >= 2 {
        let all_right = parts.iter().all(|part| {
            numeric_part(expected, targets, kind, part, unit).is_some_and(|v| v.is_right())
        });
        return if all_right {
            Verdict::right("Correct.")
        } else {
            hedge(answer)
        };
    }
    let part = parts.first().map_or(answer, String::as_str);
    numeric_part(expected, targets, kind, part, unit).unwrap_or_else(|| hedge(answer))
}

/// Every number word of the dictionary ("three", "thousand", "third").
fn number_words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<&'static str> = Lexicon::embedded()
            .dictionary_words()
            .filter(|w| is_number_word(w))
            .collect();
        words.sort_unstable();
        words
    })
}

/// The answer with spelling slips of number words ("thre thousnd",
/// "thrid" → "three thousand", "third") and of the accepted answers' own
/// words ("yeras" → "years") mended, so the numeric reading sees them: the
/// word-level rule of [`match_word`] (a slip within the word's edit
/// allowance that is no dictionary word and no number word of its own:
/// "sixth" is never "sixty"), and only when it is the slip of one word.
fn number_slips_mended(answer: &str, accepted: &[&str]) -> String {
    let own: Vec<String> = accepted
        .iter()
        .flat_map(|text| words_of(text))
        .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        .collect();
    let targets: Vec<&str> = own
        .iter()
        .map(String::as_str)
        .chain(number_words().iter().copied())
        .collect();
    let mut mended = String::with_capacity(answer.len());
    let mut word = String::new();
    let flush = |word: &mut String, mended: &mut String| {
        let lower = word.to_lowercase();
        let slip = lower.len() >= 3
            && lower.chars().all(|c| c.is_ascii_lowercase())
            && !is_number_word(&lower)
            && !targets.contains(&lower.as_str());
        let mut slip_of = targets.iter().filter(|n| {
            slip && n.len().abs_diff(lower.len()) <= 2
                && match_word(n, &lower) == Some(WordMatch::Typo)
        });
        let first = slip_of.next();
        let only = first.filter(|first| slip_of.all(|other| other == *first));
        mended.push_str(only.map_or(word.as_str(), |n| n));
        word.clear();
    };
    for c in answer.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut mended);
            mended.push(c);
        }
    }
    flush(&mut word, &mut mended);
    mended
}

/// Grades one offered part; `None` when it holds several competing numbers
/// ("3000 4000"), which is a hedge.
fn numeric_part(
    expected: &str,
    targets: &[Target<'_>],
    kind: AnswerKind,
    part: &str,
    unit: Option<&str>,
) -> Option<Verdict> {
    let found: Vec<FoundQuantity> = find_quantities(part);
    let money = kind == AnswerKind::Money || targets.iter().any(|t| t.quantity.currency.is_some());
    let noun = if money { "amount" } else { "answer" };
    if found.is_empty() {
        return Some(Verdict::wrong(format!(
            "Not quite: the {noun} is {expected}."
        )));
    }
    let readings: Vec<(usize, Option<Reading<'_, '_>>)> = found
        .iter()
        .enumerate()
        .map(|(i, f)| (i, read_one(&f.quantity, targets, unit)))
        .collect();
    let matched = readings
        .iter()
        .find(|(i, r)| matches!(r, Some(Reading::Match(_))) && !found[*i].negated);
    if let Some((index, Some(Reading::Match(target)))) = matched {
        let rival = found.iter().enumerate().any(|(j, other)| {
            j != *index
                && same_sort(&other.quantity, &found[*index].quantity)
                && !matches!(readings[j].1, Some(Reading::Match(_)))
        });
        if rival {
            return None;
        }
        return Some(if std::ptr::eq(target.text, targets[0].text) {
            Verdict::right("Correct.")
        } else {
            let what = if money { "amount" } else { "value" };
            Verdict::right(format!("Correct: same {what} as {}.", target.text))
        });
    }
    if found
        .iter()
        .zip(&readings)
        .any(|(f, (_, r))| f.negated && matches!(r, Some(Reading::Match(_))))
    {
        return Some(Verdict::wrong(format!(
            "Not quite: your answer is negated; the {noun} is {expected}."
        )));
    }
    let Some((index, Some(Reading::Miss(miss, target)))) = readings.first() else {
        return Some(Verdict::wrong(format!(
            "Not quite: the {noun} is {expected}."
        )));
    };
    let given = &found[*index].quantity;
    let feedback = match miss {
        Miss::Currency => {
            let in_theirs = targets
                .iter()
                .find(|t| t.quantity.currency == given.currency)
                .map(|t| format!(" ({} in {})", t.text, currency_name(given.currency)))
                .unwrap_or_default();
            format!(
                "Not quite: {} is in {}, not {}{in_theirs}.",
                target.text,
                currency_name(target.quantity.currency),
                currency_name(given.currency)
            )
        }
        Miss::Qualifier => format!(
            "Not quite: the article says {}, not {}.",
            target.text,
            describe(given)
        ),
        Miss::Unit => format!("Not quite: the {noun} is {expected}; check the unit."),
        Miss::Value => match magnitude(given.value, target.quantity.value) {
            Some(hint) => format!("Not quite: the {noun} is {}; yours is {hint}.", target.text),
            None => format!("Not quite: the {noun} is {}.", target.text),
        },
    };
    Some(Verdict::wrong(feedback))
}

fn currency_name(currency: Option<Currency>) -> &'static str {
    currency.map_or("no currency", Currency::name)
}

/// "under 2,000" — the learner's bound and number, for feedback.
fn describe(quantity: &Quantity) -> String {
    let number = format_number(quantity.value);
    match quantity.qualifier {
        Some(q) => format!("{} {number}", q.words()),
        None => number,
    }
}

/// "a thousand times smaller" when two values differ by a power of ten.
fn magnitude(given: f64, target: f64) -> Option<String> {
    if target == 0.0 || given == 0.0 || !given.is_finite() {
        return None;
    }
    let ratio = given / target;
    let power = ratio.abs().log10().round();
    if power == 0.0 || !values_equal(ratio.abs(), 10f64.powf(power)) {
        return None;
    }
    let times = match power.abs() as i32 {
        1 => "ten".to_string(),
        2 => "a hundred".to_string(),
        3 => "a thousand".to_string(),
        6 => "a million".to_string(),
        9 => "a billion".to_string(),
        n => format!("10^{n}"),
    };
    let direction = if power < 0.0 { "smaller" } else { "larger" };
    Some(format!("{times} times {direction}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges_split_on_or_slashes_and_commas_but_not_inside_numbers() {
        let parts = alternatives("Astana or Almaty", &["Astana"], AnswerKind::Place, false);
        assert_eq!(parts, vec!["Astana", "Almaty"]);
        let parts = alternatives(
            "either Astana/Bishkek",
            &["Astana"],
            AnswerKind::Place,
            false,
        );
        assert_eq!(parts, vec!["Astana", "Bishkek"]);
        let parts = alternatives("3,000 or 4,000", &["3,000"], AnswerKind::Number, true);
        assert_eq!(parts, vec!["3,000", "4,000"]);
    }

    #[test]
    fn a_separator_inside_the_accepted_answer_is_not_a_hedge() {
        let parts = alternatives(
            "Belt and Road",
            &["Belt and Road"],
            AnswerKind::Event,
            false,
        );
        assert_eq!(parts, vec!["Belt and Road"]);
        let expected = "trade wars and protectionist policies";
        let parts = alternatives(
            "trade war, protectionism",
            &[expected],
            AnswerKind::Concept,
            false,
        );
        assert_eq!(parts.len(), 1);
    }

    #[test]
    fn exclusions_and_filler_are_not_alternatives() {
        let filler = Filler::new(AnswerKind::Place, &[vec!["astana".into()]]);
        let parts = vec![
            "Astana".to_string(),
            "not Almaty".to_string(),
            "the capital".to_string(),
        ];
        assert_eq!(offered(parts, &filler), vec!["Astana"]);
    }

    #[test]
    fn list_items_are_read_from_the_written_answer() {
        assert_eq!(
            split_items("fairness, justice, and mutual benefit"),
            vec!["fairness", "justice", "mutual benefit"]
        );
        assert_eq!(
            split_items("division or regression"),
            vec!["division", "regression"]
        );
    }

    #[test]
    fn magnitude_hints_name_powers_of_ten_only() {
        assert_eq!(
            magnitude(1.5e6, 1.5e9).as_deref(),
            Some("a thousand times smaller")
        );
        assert_eq!(
            magnitude(2.09e9, 2.09e8).as_deref(),
            Some("ten times larger")
        );
        assert_eq!(magnitude(2.5e9, 1.5e9), None);
        assert_eq!(magnitude(0.0, 3.0), None);
    }

    #[test]
    fn bounds_agree_when_they_point_the_same_way() {
        use Qualifier::*;
        assert!(qualifiers_agree(None, Some(MoreThan)));
        assert!(qualifiers_agree(Some(AtLeast), Some(MoreThan)));
        assert!(qualifiers_agree(Some(About), None));
        assert!(!qualifiers_agree(Some(LessThan), Some(MoreThan)));
        assert!(!qualifiers_agree(Some(MoreThan), None));
        assert!(!qualifiers_agree(Some(Exactly), Some(MoreThan)));
    }

    #[test]
    fn words_copied_from_around_a_blank_are_stripped() {
        let prompt = "Fill in the blank: China's strength and _____ are creating benefits.";
        let strip = |answer| strip_blank_context(prompt, answer);
        assert_eq!(
            strip("strength and prosperity").as_deref(),
            Some("prosperity")
        );
        assert_eq!(
            strip("prosperity are creating").as_deref(),
            Some("prosperity")
        );
        assert_eq!(strip("prosperity"), None);
        assert_eq!(strip("strength and"), None);
        assert_eq!(
            strip_blank_context("Where was it signed?", "in Astana"),
            None
        );
    }

    #[test]
    fn input_is_clipped_on_a_character_boundary() {
        let long = "é".repeat(MAX_INPUT_CHARS + 10);
        assert_eq!(clip(&long).chars().count(), MAX_INPUT_CHARS);
        assert_eq!(clip("short"), "short");
    }

    #[test]
    fn spelling_slips_are_quoted_as_the_learner_typed_them() {
        let typed = original_words("It was ASTNA!", &["astna".to_string()]);
        assert_eq!(typed, vec!["ASTNA"]);
        assert_eq!(
            quote_list(&["a".into(), "b".into(), "c".into()]),
            "\"a\", \"b\" and \"c\""
        );
    }

    #[test]
    fn slips_in_number_words_are_mended_but_other_numbers_are_not() {
        let grade = |answer: &str| grade_text("third", &[], AnswerKind::Concept, &[], answer);
        for slip in ["thrid", "tird", "the thrid one"] {
            assert!(grade(slip).is_right(), "{slip}");
        }
        for wrong in ["second", "secnd", "tired"] {
            assert!(!grade(wrong).is_right(), "{wrong}");
        }
        assert_eq!(number_slips_mended("secnd!", &["second"]), "second!");
    }
}
