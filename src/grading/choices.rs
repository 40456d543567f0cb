//! Grading answers to lettered options: multiple choice, true/false,
//! select-all and matching.
//!
//! Learners type options every which way: "b", "B)", "(b)", "option b", "2",
//! the option's text (with typos, without its "$", a fragment of it such
//! as "the Astana one", its acronym "the SCO"), "the 2nd one", "A, C",
//! "AC", "a and c", "fairness justice" (option texts, when they split one
//! way), "1-B 2-A 3-C", "BAC". Text that names several options, or an
//! ordinal that is one option's position and in another's text, is asked
//! about, naming the options it could mean. An answer the question cannot take is refused (unreadable, see
//! [`Verdict::unreadable`]) with a message saying how to answer, so a
//! quiz asks again instead of spending the question: one that names no
//! option or a part that is none ("A, Z", "-1", "4-D" for three items),
//! one that hedges between options ("A, C, and maybe D", "false, unless
//! it's true"), and a matching answer that gives an item two letters or,
//! when each option answers one item, a letter to two items.

use std::collections::BTreeSet;

use crate::facts::AnswerKind;
use crate::lang::Lexicon;
use crate::numbers::{parse_ordinal, parse_quantity, values_equal};
use crate::question::Choice;
use crate::text::{is_negation, normalize, words_keep_articles};

use super::Verdict;
use super::typed::{clip, grade_text};
use super::words::{WordMatch, is_frame_word, is_stopword, match_word, split_at_connectives};
use crate::quote::quote;

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
    "true", "t", "yes", "y", "yep", "yeah", "yup", "ya", "yea", "yah", "aye", "correct", "right",
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
    "nay",
    "naw",
];

/// Titles a learner may put before a name ("President Xi" for the option
/// "Ada Lovelace"); they name no option themselves.
const TITLES: &[&str] = &["president", "mr", "mrs", "ms", "dr", "chairman", "premier"];

/// Words that make what follows a second, unsure answer: "B, unless
/// it's C", "A, C, and maybe D". General English, like [`LEAD_WORDS`].
const HEDGE_WORDS: &[&str] = &[
    "maybe",
    "perhaps",
    "possibly",
    "probably",
    "unless",
    "otherwise",
];

/// Words that turn "true" into false right after them ("not true",
/// "isn't true").
const NEGATIONS: &[&str] = &["not", "isnt", "wasnt", "arent", "werent", "never"];

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
        // Ordinal options ("second", "fourth") leave digits as positions,
        // as the prompt offers: only amounts make "2" a value.
        let numeric = choices
            .iter()
            .any(|c| parse_quantity(&c.text).is_some_and(|q| !q.ordinal));
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

    /// When options are quantities a bare number is read as a value, so
    /// "2" names no option unless one is worth 2. When it is also the
    /// position of one option and the value of another, both readings are
    /// named so the learner can say which: "option 2 (B, ten years) or two
    /// years (D)".
    fn position_or_value(&self, answer: &str) -> Option<String> {
        let words = strip_lead(words_keep_articles(answer));
        let [word] = words.as_slice() else {
            return None;
        };
        let number: usize = word.parse().ok()?;
        let by_position = number
            .checked_sub(1)
            .filter(|&index| index < self.choices.len())?;
        let by_value = self.choices.iter().position(|choice| {
            parse_quantity(&choice.text).is_some_and(|q| !q.ordinal && q.value == number as f64)
        })?;
        let (positional, valued) = (&self.choices[by_position], &self.choices[by_value]);
        (by_position != by_value).then(|| {
            format!(
                "\"{number}\" could mean option {number} ({}, {}) or {} ({}): type the letter you mean.",
                positional.label, positional.text, valued.text, valued.label
            )
        })
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
            [] => self
                .by_value(text)
                .or_else(|| self.by_acronym(text))
                .or_else(|| self.by_fragment(text)),
            _ => None,
        }
    }

    /// Every option the text could name, when it names several equally
    /// well (no option's whole text, but the typed words are in more than
    /// one): the learner is asked which one was meant.
    fn candidates(&self, text: &str) -> Vec<usize> {
        let lenient: Vec<usize> = self
            .choices
            .iter()
            .enumerate()
            .filter(|(_, c)| grade_text(&c.text, &[], option_kind(&c.text), &[], text).is_right())
            .map(|(i, _)| i)
            .collect();
        if lenient.len() >= 2 {
            return lenient;
        }
        let typed = self.fragment_words(text);
        if typed.is_empty() {
            return Vec::new();
        }
        let exactly = self.containing(&typed, |m| m == Some(WordMatch::Exact));
        if exactly.is_empty() {
            self.containing(&typed, |m| m.is_some())
        } else {
            exactly
        }
    }

    /// The one option worth the amount typed without its currency: "209
    /// million" for "$209 million" when no other option has that value.
    fn by_value(&self, text: &str) -> Option<Pick> {
        // A bare whole number may be a position: see `position_or_value`.
        let words = strip_lead(words_keep_articles(text));
        if let [word] = words.as_slice()
            && word.parse::<usize>().is_ok()
        {
            return None;
        }
        let typed = parse_quantity(text).filter(|q| q.currency.is_none())?;
        let mut worth = self.choices.iter().enumerate().filter(|(_, c)| {
            parse_quantity(&c.text).is_some_and(|q| {
                q.ordinal == typed.ordinal
                    && values_equal(q.value, typed.value)
                    && (typed.unit.is_none() || q.unit == typed.unit)
            })
        });
        match (worth.next(), worth.next()) {
            (Some((index, _)), None) => Some(Pick {
                index,
                typo_note: None,
            }),
            _ => None,
        }
    }

    /// The one option whose initials a capitalised word spells: "the SCO"
    /// for "the Shanghai Cooperation Organisation" (with or without the
    /// initials of its function words).
    fn by_acronym(&self, text: &str) -> Option<Pick> {
        let raw: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let capitals: Vec<&&str> = raw
            .iter()
            .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
            .collect();
        let [acronym] = capitals.as_slice() else {
            return None;
        };
        let others_filler = raw
            .iter()
            .filter(|w| *w != *acronym)
            .all(|w| words_keep_articles(w).iter().all(|w| is_stopword(w)));
        if !others_filler {
            return None;
        }
        let acronym = acronym.to_lowercase();
        let initials = |words: &[String]| -> String {
            words.iter().filter_map(|w| w.chars().next()).collect()
        };
        let mut spelt = self.choices.iter().enumerate().filter(|(_, c)| {
            let all: Vec<String> = normalize(&c.text)
                .split_whitespace()
                .filter(|w| *w != "the" && *w != "a" && *w != "an")
                .map(str::to_string)
                .collect();
            all.len() >= 2
                && (initials(&all) == acronym || initials(&content_words(&c.text)) == acronym)
        });
        match (spelt.next(), spelt.next()) {
            (Some((index, _)), None) => Some(Pick {
                index,
                typo_note: None,
            }),
            _ => None,
        }
    }

    /// The words of a typed fragment that must each be in the option it
    /// names: not function words, titles, lead or frame words ("tourism I
    /// think"), "one" standing for the option's noun ("the Astana one"),
    /// or adverbs ("within this year"), negations apart. Empty when it has
    /// a scrap (a lone letter, a label) that must not pick by text.
    fn fragment_words(&self, text: &str) -> Vec<String> {
        let lexicon = Lexicon::embedded();
        let adverb_only = |w: &str| {
            !is_negation(w)
                && lexicon.can_be_noun(w) == Some(false)
                && lexicon.can_be_verb(w) == Some(false)
                && lexicon.can_be_adjective(w) == Some(false)
        };
        let words: Vec<String> = normalize(text)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let typed: Vec<String> = words
            .iter()
            .filter(|w| {
                !is_stopword(w)
                    && !matches!(w.as_str(), "one" | "ones")
                    && !TITLES.contains(&w.as_str())
                    && !LEAD_WORDS.contains(&w.as_str())
                    && !(words.len() > 1 && (is_frame_word(w) || adverb_only(w)))
            })
            .cloned()
            .collect();
        // Letters name labels, not fragments: "A, E" must not pick
        // "e-commerce". A two-letter word that is no label may be a name
        // ("Xi" for "Ada Lovelace").
        let scrap = |w: &String| {
            let n = w.chars().count();
            n < 2 || (n < 3 && (self.labels.contains(w) || w.chars().any(|c| c.is_ascii_digit())))
        };
        if typed.iter().any(scrap) {
            return Vec::new();
        }
        typed
    }

    /// The options whose text holds every typed word, as `matches` reads
    /// a pair of words.
    fn containing(&self, typed: &[String], matches: fn(Option<WordMatch>) -> bool) -> Vec<usize> {
        self.choices
            .iter()
            .enumerate()
            .filter(|(_, choice)| {
                let words: Vec<String> = normalize(&choice.text)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                typed
                    .iter()
                    .all(|t| words.iter().any(|w| matches(match_word(w, t))))
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The one option whose text contains every content word typed:
    /// "poverty" for "poverty reduction" when no other option says poverty.
    /// The options are on screen, so an unambiguous fragment names one.
    /// Words are compared exactly first, then as the typed-answer grader
    /// compares them (word families, synonyms, spelling variants): "a model
    /// for the region" names "a regional model for collaboration".
    fn by_fragment(&self, text: &str) -> Option<Pick> {
        let typed = self.fragment_words(text);
        if typed.is_empty() {
            return None;
        }
        let exactly = self.containing(&typed, |m| m == Some(WordMatch::Exact));
        let mut named = if exactly.is_empty() {
            self.containing(&typed, |m| m.is_some())
        } else {
            exactly
        };
        if named.len() >= 2 {
            // Function words tell options apart that content words do not:
            // "within this year" is "this year", not "next year".
            let all: Vec<String> = normalize(text)
                .split_whitespace()
                .filter(|w| !typed.iter().any(|t| t == w))
                .filter(|w| is_stopword(w) && !matches!(*w, "the" | "a" | "an" | "one" | "ones"))
                .chain(typed.iter().map(String::as_str))
                .map(str::to_string)
                .collect();
            let within = self.containing(&all, |m| m == Some(WordMatch::Exact));
            named.retain(|i| within.contains(i));
        }
        match named.as_slice() {
            [index] => Some(Pick {
                index: *index,
                typo_note: None,
            }),
            _ => None,
        }
    }

    /// Whether reading `part` as the one option `index` drops no pick: a
    /// label or position, or a text whose words left over (not words of
    /// that option's text, allowing slips and word forms) name no other
    /// option, and are not a part of their own ("green minerals and
    /// education" picks two options; "green minerals and tea" has a part
    /// that names none, to be reported).
    fn names_all_of(&self, index: usize, part: &str) -> bool {
        let words = strip_lead(words_keep_articles(part));
        if let [word] = words.as_slice()
            && self.by_token(word) == Some(index)
        {
            return true;
        }
        let in_text = |text: &str, typed: &str| {
            content_words(text)
                .iter()
                .any(|w| match_word(w, typed).is_some())
        };
        let Some(choice) = self.choices.get(index) else {
            return false;
        };
        let leftover: Vec<String> = content_words(part)
            .into_iter()
            .filter(|typed| !LEAD_WORDS.contains(&typed.as_str()) && !in_text(&choice.text, typed))
            .collect();
        if leftover.is_empty() {
            return true;
        }
        let names_another = leftover.iter().any(|typed| {
            self.choices
                .iter()
                .enumerate()
                .any(|(i, other)| i != index && in_text(&other.text, typed))
        });
        !names_another && split_parts(part).len() < 2
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

    /// Every option a piece of an answer names: as a whole, part by part,
    /// or as a list of labels.
    fn named_in(&self, piece: &str) -> BTreeSet<usize> {
        if negated(piece) {
            return BTreeSet::new();
        }
        if let Some(pick) = self.resolve(piece) {
            return BTreeSet::from([pick.index]);
        }
        let mut named: BTreeSet<usize> = split_parts(piece)
            .iter()
            .filter_map(|part| self.resolve(part))
            .map(|pick| pick.index)
            .collect();
        named.extend(label_list(self, piece).unwrap_or_default());
        named
    }

    /// The hedge word an answer uses ("maybe"), unless an option's own
    /// text holds it.
    fn hedge_in(&self, answer: &str) -> Option<String> {
        words_keep_articles(answer).into_iter().find(|word| {
            HEDGE_WORDS.contains(&word.as_str())
                && !self
                    .choices
                    .iter()
                    .any(|c| words_keep_articles(&c.text).contains(word))
        })
    }

    /// True when an answer picks one option and, after a hedge word,
    /// another: "B, unless it's C", "false, otherwise true". One option
    /// hedged alone ("maybe B") is not several.
    fn hedges_between(&self, answer: &str) -> bool {
        if self.hedge_in(answer).is_none() {
            return false;
        }
        let pieces = split_at_connectives(answer, |w| HEDGE_WORDS.contains(&w), |_| false);
        let named: Vec<BTreeSet<usize>> = pieces.iter().map(|p| self.named_in(p)).collect();
        let all: BTreeSet<usize> = named.iter().flatten().copied().collect();
        all.len() >= 2 && named.iter().skip(1).any(|set| !set.is_empty())
    }

    /// True when a true/false answer says both "true" and "false" (each
    /// not negated): "false, but it could be true".
    fn says_both_true_and_false(&self, answer: &str) -> bool {
        let Some((t, f)) = self.true_false else {
            return false;
        };
        let texts = |index: usize| self.choices.get(index).map(|c| normalize(&c.text));
        let (Some(true_text), Some(false_text)) = (texts(t), texts(f)) else {
            return false;
        };
        let words = words_keep_articles(answer);
        // The truth values said: "not false" says true.
        let mut said = BTreeSet::new();
        for (at, word) in words.iter().enumerate() {
            let negated = at > 0 && NEGATIONS.contains(&words[at - 1].as_str());
            if *word == true_text {
                said.insert(!negated);
            } else if *word == false_text {
                said.insert(negated);
            }
        }
        said.len() == 2
    }

    /// A number typed with a minus sign ("-1"), unless an option's text
    /// has one: no label, position or item number is negative, and the
    /// sign would be lost when the answer is folded into words.
    fn negative_number(&self, answer: &str) -> Option<String> {
        let found = negative_number(answer)?;
        let in_options = self
            .choices
            .iter()
            .any(|c| negative_number(&c.text).is_some());
        (!in_options).then_some(found)
    }
}

/// True when a part of an answer rules an option out rather than naming
/// it: "not A", "it's not Almaty".
fn negated(part: &str) -> bool {
    strip_lead(words_keep_articles(part))
        .first()
        .is_some_and(|w| NEGATIONS.contains(&w.as_str()))
}

/// The first number in `text` written with a minus sign at the start of a
/// word: "-1" in "-1-A", but nothing in "1-A" or "1 -> B".
fn negative_number(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let starts_word = |at: usize| at == 0 || !chars[at - 1].is_alphanumeric();
    (0..chars.len())
        .find(|&at| {
            matches!(chars[at], '-' | '\u{2212}' | '\u{2013}')
                && starts_word(at)
                && chars.get(at + 1).is_some_and(char::is_ascii_digit)
        })
        .map(|at| {
            let digits = chars[at + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect::<String>();
            format!("-{digits}")
        })
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

/// "greece italy spain", "fairness justice mutual benefit": option texts
/// typed one after another without separators, when the words split into
/// option texts in exactly one way and each piece is one option's text
/// (word by word, with slips and word forms). `None` for one piece or for
/// a split that is ambiguous ("mutual benefit" when "mutual" and
/// "benefit" are options too).
fn spaced_texts(options: &Options<'_>, answer: &str) -> Option<Vec<usize>> {
    let words = content_words(answer);
    if words.len() < 2 {
        return None;
    }
    let texts: Vec<Vec<String>> = options
        .choices
        .iter()
        .map(|c| content_words(&c.text))
        .collect();
    // The one option a run of words is, if exactly one: exact words first.
    let piece = |run: &[String]| -> Option<usize> {
        let matching = |exact: bool| -> Vec<usize> {
            (0..texts.len())
                .filter(|&i| {
                    texts[i].len() == run.len()
                        && texts[i]
                            .iter()
                            .zip(run)
                            .all(|(t, w)| match match_word(t, w) {
                                Some(WordMatch::Exact) => true,
                                Some(_) => !exact,
                                None => false,
                            })
                })
                .collect()
        };
        let exact = matching(true);
        let found = if exact.is_empty() {
            matching(false)
        } else {
            exact
        };
        match found.as_slice() {
            [index] => Some(*index),
            _ => None,
        }
    };
    // splits[k]: how many ways the first k words split (capped at 2), and
    // the pieces of one such way.
    let mut splits: Vec<(usize, Vec<usize>)> = vec![(0, Vec::new()); words.len() + 1];
    splits[0].0 = 1;
    for end in 1..=words.len() {
        for start in 0..end {
            if splits[start].0 == 0 {
                continue;
            }
            if let Some(index) = piece(&words[start..end]) {
                let mut pieces = splits[start].1.clone();
                pieces.push(index);
                let ways = (splits[end].0 + splits[start].0).min(2);
                splits[end] = (ways, pieces);
            }
        }
    }
    match &splits[words.len()] {
        (1, pieces) if pieces.len() >= 2 => Some(pieces.clone()),
        _ => None,
    }
}

/// The folded words of `text` other than stopwords.
fn content_words(text: &str) -> Vec<String> {
    normalize(text)
        .split_whitespace()
        .filter(|w| !is_stopword(w))
        .map(str::to_string)
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
                quote(answer.trim())
            ));
        }
        SingleReading::Ambiguous(indices) => {
            let named: Vec<String> = indices.iter().map(|&i| options.describe(i)).collect();
            return Verdict::unreadable(format!(
                "\"{}\" could be any of {}: {}.",
                quote(answer.trim()),
                named.join(", "),
                options.how_to_answer()
            ));
        }
        SingleReading::PositionOrText { position, text } => {
            return Verdict::unreadable(format!(
                "\"{}\" could mean option {} ({}) or {}: type the letter you mean.",
                quote(answer.trim()),
                position + 1,
                options.describe(position),
                options.describe(text)
            ));
        }
        SingleReading::NotAnOption => {
            if let Some(asked) = options.position_or_value(answer) {
                return Verdict::unreadable(asked);
            }
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
    /// Text that names several options equally well.
    Ambiguous(Vec<usize>),
    /// An ordinal that is one option's position and in another's text:
    /// "the 2nd one" where A reads "the second summit".
    PositionOrText {
        position: usize,
        text: usize,
    },
    NotAnOption,
}

/// Reads a multiple-choice answer: a bare label, position or true/false
/// word (the label always wins), else the whole text of an option, else a
/// label followed by text ("b) Paris", "B because it is the capital").
fn read_single(options: &Options<'_>, answer: &str) -> SingleReading {
    let words = strip_lead(words_keep_articles(answer));
    if words.is_empty() || options.negative_number(answer).is_some() {
        return SingleReading::NotAnOption;
    }
    if options.says_both_true_and_false(answer) || options.hedges_between(answer) {
        return SingleReading::Several;
    }
    if let Some(position) = ordinal_position(options, &words) {
        // An option's whole text typed as it stands ("second" among
        // "second, fourth, …") names that option, not the one at its
        // position.
        let folded = normalize(answer);
        if let Some(index) = options
            .choices
            .iter()
            .position(|c| normalize(&c.text) == folded)
        {
            return SingleReading::Picked(Pick {
                index,
                typo_note: None,
            });
        }
        return match options.by_text(answer) {
            Some(pick) if pick.index != position => SingleReading::PositionOrText {
                position,
                text: pick.index,
            },
            _ => SingleReading::Picked(Pick {
                index: position,
                typo_note: None,
            }),
        };
    }
    if let Some(reading) = digit_among_ordinals(options, &words) {
        return reading;
    }
    if let Some(pick) = direct_pick(options, answer, &words) {
        return SingleReading::Picked(pick);
    }
    if let Some(index) = words.first().and_then(|w| options.by_token(w)) {
        if opens_with_article(answer, &words) {
            // "a model for the region" is a phrase no option matches, not
            // option A with a remark: refused, never graded as a pick.
            return SingleReading::NotAnOption;
        }
        // "B) Almaty" and "1-A 2-B" name a second option, by text or by
        // label; "B, not A" rules one out.
        let rest = words[1..].join(" ");
        let rest_names_another = split_parts(&rest)
            .iter()
            .filter(|part| !negated(part))
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

/// Words after a label that explain the pick rather than start a phrase:
/// "a because it is the capital", "a since the treaty says so".
const EXPLAINING_WORDS: &[&str] = &["because", "since", "as", "cause", "cos", "coz", "so"];

/// Whether an answer opens with a label that is also an English function
/// word ("a"), written as one ("a model for the region": no bracket, dot or
/// colon after it, and a phrase rather than an explanation following).
fn opens_with_article(answer: &str, words: &[String]) -> bool {
    let (Some(first), Some(next)) = (words.first(), words.get(1)) else {
        return false;
    };
    let raw = answer.trim_start();
    let written_alone = raw
        .get(..first.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(first))
        && raw[first.len()..]
            .chars()
            .next()
            .is_some_and(char::is_whitespace)
        && raw[first.len()..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_alphabetic);
    is_stopword(first)
        && written_alone
        && !EXPLAINING_WORDS.contains(&next.as_str())
        && !LEAD_WORDS.contains(&next.as_str())
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
        return SingleReading::Several;
    }
    let candidates = options.candidates(answer);
    if candidates.len() >= 2 {
        SingleReading::Ambiguous(candidates)
    } else {
        SingleReading::NotAnOption
    }
}

/// A bare digit among ordinal options ("second", "fourth", …) is the
/// option at that position, as the prompt offers; when another option is
/// that ordinal ("2" where A reads "second"), the learner is asked which.
fn digit_among_ordinals(options: &Options<'_>, words: &[String]) -> Option<SingleReading> {
    let [word] = words else {
        return None;
    };
    let ordinals = options
        .choices
        .iter()
        .any(|choice| parse_quantity(&choice.text).is_some_and(|q| q.ordinal));
    if options.numeric || !ordinals {
        return None;
    }
    let number: usize = word.parse().ok()?;
    let position = number
        .checked_sub(1)
        .filter(|&index| index < options.choices.len())?;
    let ordinal_at = options.choices.iter().position(|choice| {
        parse_quantity(&choice.text)
            .is_some_and(|q| q.ordinal && values_equal(q.value, number as f64))
    });
    Some(match ordinal_at {
        Some(text) if text != position => SingleReading::PositionOrText { position, text },
        _ => SingleReading::Picked(Pick {
            index: position,
            typo_note: None,
        }),
    })
}

/// The option an ordinal names by its position, as the client offers
/// picking by number: "the 2nd one", "second option", "third". When an
/// option's text holds the ordinal too, the caller asks which is meant.
fn ordinal_position(options: &Options<'_>, words: &[String]) -> Option<usize> {
    if options.true_false.is_some() {
        return None;
    }
    let named: Vec<&String> = words
        .iter()
        .filter(|w| !matches!(w.as_str(), "the" | "one" | "option" | "choice" | "answer"))
        .collect();
    let [word] = named.as_slice() else {
        return None;
    };
    let position = usize::try_from(parse_ordinal(word)?).ok()?;
    (1..=options.choices.len())
        .contains(&position)
        .then(|| position - 1)
}

/// Select-all: +1/|correct| per right pick, -1/|correct| per wrong one,
/// floor 0; correct only for the exact set.
pub(crate) fn grade_multi(choices: &[Choice], correct: &[usize], answer: &str) -> Verdict {
    let answer = clip(answer);
    if answer.trim().is_empty() {
        return Verdict::unreadable("No answer given.");
    }
    let options = Options::new(choices);
    let how = format!(
        "type the letters of every right option, e.g. \"A, C\" ({})",
        options.how_to_answer()
    );
    // Graded, "A, C, and maybe D" would be right or wrong by a guess of
    // which options "maybe" takes.
    if let Some(hedge) = options.hedge_in(answer) {
        return Verdict::unreadable(format!(
            "Give one answer: \"{}\" hedges (\"{hedge}\"); {how}.",
            quote(answer.trim())
        ));
    }
    if let Some(number) = options.negative_number(answer) {
        return Verdict::unreadable(format!("Not an option: \"{number}\"; {how}."));
    }
    let picks = MultiPicks::read(&options, answer);
    if let Some(unknown) = picks.unknown.first() {
        return Verdict::unreadable(format!("Not an option: \"{}\"; {how}.", quote(unknown)));
    }
    if picks.picked.is_empty() {
        return Verdict::unreadable(format!("Not an option: {how}."));
    }
    picks.grade(&options, correct)
}

/// What a select-all answer names: the options it picks, and the parts
/// that name none (then the answer is refused: graded without them, "A,
/// Z" would spend the question on a slip).
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
        } else if let Some(indices) = spaced_texts(options, answer) {
            picks.picked.extend(indices);
        } else if let Some(pick) = options
            .by_text(answer)
            .filter(|pick| options.names_all_of(pick.index, answer))
        {
            picks.picked.insert(pick.index);
        } else {
            for part in split_outside_numbers(answer, &[',', ';', '/', '|', '\n']) {
                picks.read_part(options, part);
            }
        }
        picks
    }

    /// One separated part of the answer: an option, or smaller parts each
    /// an option or a list of labels. A part read as one option must not
    /// leave words over ("green minerals and education" is two picks, not
    /// "green minerals" with a word dropped), and every smaller part names
    /// an option or is reported.
    fn read_part(&mut self, options: &Options<'_>, part: &str) {
        if words_keep_articles(part).is_empty() {
            return;
        }
        if let Some(pick) = options
            .resolve(part)
            .filter(|pick| options.names_all_of(pick.index, part))
        {
            self.picked.insert(pick.index);
            return;
        }
        for sub in split_parts(part) {
            match options
                .resolve(&sub)
                .filter(|pick| options.names_all_of(pick.index, &sub))
                .map(|p| vec![p.index])
                .or_else(|| label_list(options, &sub))
                .or_else(|| spaced_texts(options, &sub))
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
        if wrong.is_empty() && missed.is_empty() {
            return Verdict::right("Correct.");
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
        Verdict::partial(score, format!("{head}; {}.", notes.join("; ")))
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
    let given = match read_pairs(&options, n, answer) {
        Ok(given) => given,
        Err(problem) => return Verdict::unreadable(problem.feedback(&options, n)),
    };
    // When each option answers one item, a letter given to two items is a
    // guess spread over both, not an answer.
    let one_to_one = pairs.iter().collect::<BTreeSet<_>>().len() == n;
    if one_to_one && let Some(problem) = reused_letter(&given) {
        return Verdict::unreadable(problem.feedback(&options, n));
    }
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

/// Which items a matching answer pairs right, in item order; `None` when
/// it cannot be read (a refused answer).
pub(crate) fn pair_results(choices: &[Choice], pairs: &[usize], answer: &str) -> Option<Vec<bool>> {
    let options = Options::new(choices);
    let given = read_pairs(&options, pairs.len(), clip(answer)).ok()?;
    Some(
        pairs
            .iter()
            .enumerate()
            .map(|(item, expected)| given.get(item).copied().flatten() == Some(*expected))
            .collect(),
    )
}

/// Why a matching answer cannot be graded.
#[derive(Debug, Clone, PartialEq)]
enum PairsProblem {
    /// Nothing in it pairs a number with an option.
    Unread,
    /// A number that is no item: "4-D" for three items, "-1-A".
    NoSuchItem(String),
    /// An item paired with something that is no option: "2-Z".
    NoSuchOption { item: usize, text: String },
    /// An item paired with two options: "1-B 1-A".
    TwoOptions { item: usize, options: [usize; 2] },
    /// One option given to several items: "1-A 2-A 3-A".
    ReusedOption { option: usize, items: Vec<usize> },
}

impl PairsProblem {
    /// What to tell the learner, with how to answer.
    fn feedback(&self, options: &Options<'_>, n: usize) -> String {
        let label = |index: usize| {
            options
                .choices
                .get(index)
                .map_or_else(|| crate::question::label_for(index), |c| c.label.clone())
        };
        let example = (0..n.min(3))
            .map(|i| format!("{}-{}", i + 1, crate::question::label_for(i)))
            .collect::<Vec<_>>()
            .join(" ");
        match self {
            PairsProblem::Unread => format!(
                "Not a matching answer: pair each number with a letter, e.g. \"{example}\"."
            ),
            PairsProblem::NoSuchItem(number) => format!(
                "Not a matching answer: there is no item {}; pair each number 1-{n} with a letter, e.g. \"{example}\".",
                quote(number)
            ),
            PairsProblem::NoSuchOption { item, text } => format!(
                "Not an option: \"{}\" for {item}; {}.",
                quote(text),
                options.how_to_answer()
            ),
            PairsProblem::TwoOptions {
                item,
                options: [a, b],
            } => format!(
                "Give one answer: {item} is paired with both {} and {}; give each number one letter.",
                label(*a),
                label(*b)
            ),
            PairsProblem::ReusedOption { option, items } => format!(
                "Give one answer: {} is paired with {}, but each letter goes with one number.",
                label(*option),
                list_numbers(items)
            ),
        }
    }
}

/// "1, 2 and 3".
fn list_numbers(items: &[usize]) -> String {
    let numbers: Vec<String> = items.iter().map(usize::to_string).collect();
    match numbers.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => numbers.join(""),
    }
}

/// The first option a matching answer gives to more than one item, with
/// those items (1-based).
fn reused_letter(given: &[Option<usize>]) -> Option<PairsProblem> {
    given.iter().flatten().find_map(|&option| {
        let items: Vec<usize> = given
            .iter()
            .enumerate()
            .filter(|(_, g)| **g == Some(option))
            .map(|(item, _)| item + 1)
            .collect();
        (items.len() > 1).then_some(PairsProblem::ReusedOption { option, items })
    })
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
/// count matches): each item's option, `None` for an item left out.
fn read_pairs(
    options: &Options<'_>,
    n: usize,
    answer: &str,
) -> Result<Vec<Option<usize>>, PairsProblem> {
    if let Some(number) = options.negative_number(answer) {
        return Err(PairsProblem::NoSuchItem(number));
    }
    let tokens = pair_tokens(answer);
    if let Some(given) = numbered_pairs(options, n, &tokens)? {
        return Ok(given);
    }
    // A bare sequence of letters: "B A C", "BAC".
    if tokens.iter().any(|t| matches!(t, PairToken::Number(_))) {
        return Err(PairsProblem::Unread);
    }
    letter_sequence(options, n, &tokens).ok_or(PairsProblem::Unread)
}

/// The pairs an answer gives by item number ("1-B", "2 goes with a", "3
/// Paris"); `None` when no number pairs with anything. A number that is no
/// item, a pairing with no option and an item given two options are
/// refused, not skipped: graded, they would cost the learner the question.
fn numbered_pairs(
    options: &Options<'_>,
    n: usize,
    tokens: &[PairToken],
) -> Result<Option<Vec<Option<usize>>>, PairsProblem> {
    let mut given: Vec<Option<usize>> = vec![None; n];
    let mut any = false;
    let mut i = 0;
    while i < tokens.len() {
        let PairToken::Number(item) = tokens[i] else {
            i += 1;
            continue;
        };
        if !(1..=n).contains(&item) {
            return Err(PairsProblem::NoSuchItem(item.to_string()));
        }
        let (words, next) = words_after_item(options, n, tokens, i + 1);
        let text = words.join(" ");
        let pick = match words.as_slice() {
            [single] => options.labels.iter().position(|l| l == single),
            _ => None,
        }
        .or_else(|| options.by_text(&text).map(|p| p.index));
        match (pick, given[item - 1]) {
            (Some(choice), Some(earlier)) if earlier != choice => {
                return Err(PairsProblem::TwoOptions {
                    item,
                    options: [earlier, choice],
                });
            }
            (Some(choice), _) => {
                any = true;
                given[item - 1] = Some(choice);
            }
            (None, _) if !words.is_empty() => {
                return Err(PairsProblem::NoSuchOption { item, text });
            }
            (None, _) => {}
        }
        i = next;
    }
    Ok(any.then_some(given))
}

/// The words naming an item's option, from `start` up to the next item
/// number (links such as "goes with" dropped at either end), and where
/// the reading goes on.
fn words_after_item(
    options: &Options<'_>,
    n: usize,
    tokens: &[PairToken],
    start: usize,
) -> (Vec<String>, usize) {
    let is_item = |t: &PairToken| matches!(t, PairToken::Number(k) if (1..=n).contains(k));
    // After a lone letter any number starts the next pair ("3-C 4-D" for
    // three items pairs a fourth), not more of the option's text.
    let lone_label = |words: &[String]| matches!(words, [w] if options.labels.contains(w));
    let mut j = start;
    let mut words: Vec<String> = Vec::new();
    while j < tokens.len()
        && (words.is_empty()
            || !(is_item(&tokens[j])
                || (matches!(tokens[j], PairToken::Number(_)) && lone_label(&words))))
    {
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
    // "1-B 2-A and 3-C": the link before the next pair is not the option's.
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| PAIR_LINKS.contains(&w.as_str()))
    {
        words.pop();
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
    fn an_options_meaning_in_other_word_forms_picks_it() {
        let choices = options(&[
            "a collective security alliance",
            "a military alliance",
            "a regional model for collaboration",
            "a security bloc",
        ]);
        let verdict = grade_single(&choices, 2, "a model for the region");
        assert!(verdict.readable && verdict.score >= 1.0, "{verdict:?}");
        let verdict = grade_single(&choices, 1, "a model for the region");
        assert!(verdict.readable && verdict.score == 0.0, "{verdict:?}");
    }

    #[test]
    fn a_phrase_opening_with_the_article_a_is_refused_not_graded_as_option_a() {
        let choices = options(&["a security bloc", "a military alliance", "trade", "peace"]);
        for typed in ["a model for the region", "A partnership of equals"] {
            let verdict = grade_single(&choices, 2, typed);
            assert!(!verdict.readable, "{typed}: {verdict:?}");
            assert!(verdict.feedback.starts_with("Not an option"), "{verdict:?}");
        }
        for typed in [
            "a) something",
            "A because it is the capital",
            "a. bloc",
            "A",
        ] {
            let verdict = grade_single(&choices, 0, typed);
            assert!(
                verdict.readable && verdict.score >= 1.0,
                "{typed}: {verdict:?}"
            );
        }
    }

    #[test]
    fn a_phrase_two_options_share_equally_is_refused() {
        let choices = options(&["regional trade", "regional security", "peace", "growth"]);
        let verdict = grade_single(&choices, 0, "the region");
        assert!(!verdict.readable, "{verdict:?}");
    }

    #[test]
    fn a_number_that_is_one_options_position_and_anothers_value_is_asked_about() {
        let choices = options(&["three years", "ten years", "seven years", "two years"]);
        let verdict = grade_single(&choices, 3, "2");
        assert!(!verdict.readable, "{verdict:?}");
        assert!(
            verdict.feedback.contains("option 2 (B, ten years)")
                && verdict.feedback.contains("two years (D)"),
            "{verdict:?}"
        );
        let nothing_worth_it = grade_single(&choices, 3, "9");
        assert!(nothing_worth_it.feedback.starts_with("Not an option"));
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
        let expected = Ok(vec![Some(1), Some(0), Some(2)]);
        for typed in [
            "1-B 2-A 3-C",
            "1B2A3C",
            "1:b, 2:a, 3:c",
            "1 -> b; 2 -> a; 3 -> c",
            "1-B, 2-A and 3-C",
            "BAC",
            "b a c",
        ] {
            assert_eq!(read_pairs(&options, 3, typed), expected, "{typed}");
        }
        assert_eq!(read_pairs(&options, 3, "B A"), Err(PairsProblem::Unread));
    }

    #[test]
    fn a_matching_answer_naming_an_item_or_option_that_does_not_exist_is_refused() {
        let choices = options(&["x", "y", "z"]);
        let options = Options::new(&choices);
        let no_item = |number: &str| Err(PairsProblem::NoSuchItem(number.into()));
        assert_eq!(read_pairs(&options, 3, "1-A 2-B 3-C 4-D 5-E"), no_item("4"));
        assert_eq!(read_pairs(&options, 3, "0-A 1-B"), no_item("0"));
        assert_eq!(read_pairs(&options, 3, "-1-A"), no_item("-1"));
        assert_eq!(
            read_pairs(&options, 3, "1-B 2-Q 3-C"),
            Err(PairsProblem::NoSuchOption {
                item: 2,
                text: "q".into()
            })
        );
    }

    #[test]
    fn a_matching_answer_giving_one_item_two_letters_is_refused() {
        let choices = options(&["x", "y", "z"]);
        let options = Options::new(&choices);
        assert_eq!(
            read_pairs(&options, 3, "1-B 2-A 3-C 1-A"),
            Err(PairsProblem::TwoOptions {
                item: 1,
                options: [1, 0]
            })
        );
        // Saying the same pair twice is no contradiction.
        assert_eq!(
            read_pairs(&options, 3, "1-B 2-A 3-C 1-B"),
            Ok(vec![Some(1), Some(0), Some(2)])
        );
    }

    #[test]
    fn a_letter_given_to_several_items_is_refused_when_each_option_answers_one() {
        let choices = options(&["x", "y", "z"]);
        let refused = grade_pairs(&choices, &[1, 0, 2], "1-A 2-A 3-A");
        assert!(!refused.readable, "{refused:?}");
        assert_eq!(
            refused.feedback,
            "Give one answer: A is paired with 1, 2 and 3, but each letter goes with one number."
        );
        assert!(!grade_pairs(&choices, &[1, 0, 2], "A A C").readable);
        // A key that reuses an option (never generated) takes a reused letter.
        let shared = grade_pairs(&choices, &[0, 0, 2], "1-A 2-A 3-C");
        assert!(shared.readable && shared.is_right(), "{shared:?}");
    }

    #[test]
    fn negative_numbers_are_found_only_with_a_minus_sign_that_starts_a_word() {
        assert_eq!(negative_number("-1"), Some("-1".into()));
        assert_eq!(negative_number("-1-A"), Some("-1".into()));
        assert_eq!(negative_number("A, \u{2212}2"), Some("-2".into()));
        assert_eq!(negative_number("1-A 2-B"), None);
        assert_eq!(negative_number("1 -> b"), None);
        assert_eq!(negative_number("e-commerce"), None);
    }

    #[test]
    fn a_negative_number_names_no_option() {
        let choices = options(&["w", "x", "y", "z"]);
        let single = grade_single(&choices, 1, "-1");
        assert!(!single.readable, "{single:?}");
        assert_eq!(single.feedback, "Not an option: type a letter A-D.");
        assert!(!grade_multi(&choices, &[0, 2], "A, -3").readable);
        // Unless the options themselves are negative numbers.
        let below_zero = options(&["-5", "-1", "3"]);
        assert!(grade_single(&below_zero, 1, "-1").is_right());
    }

    #[test]
    fn a_select_all_answer_with_a_part_that_is_no_option_is_refused() {
        let choices = options(&["justice", "support", "fairness", "benefit"]);
        for typed in ["A, Z", "A, C, 7", "A, C, nonsense words", "B, D, -1"] {
            let refused = grade_multi(&choices, &[1, 3], typed);
            assert!(!refused.readable, "{typed}: {refused:?}");
            assert!(refused.feedback.starts_with("Not an option"), "{refused:?}");
        }
        assert_eq!(
            grade_multi(&choices, &[1, 3], "A, Z").feedback,
            "Not an option: \"Z\"; type the letters of every right option, e.g. \"A, C\" (type a letter A-D)."
        );
        assert!(grade_multi(&choices, &[1, 3], "B, D").is_right());
    }

    #[test]
    fn a_select_all_part_joining_two_options_counts_both_picks() {
        let choices = options(&[
            "industrial investment",
            "connectivity",
            "education exchange",
            "desertification control",
            "green minerals",
            "modern agriculture",
        ]);
        let graded = grade_multi(
            &choices,
            &[0, 1, 4, 5],
            "investment, connectivity, green minerals and education",
        );
        assert!(graded.readable, "{graded:?}");
        assert!((graded.score - 0.5).abs() < 1e-9, "{graded:?}");
        assert!(
            graded
                .feedback
                .contains("C (education exchange) is not right"),
            "{graded:?}"
        );
        // A word that names no option is reported, never dropped.
        let refused = grade_multi(
            &choices,
            &[0, 1, 4, 5],
            "connectivity, green minerals and tea",
        );
        assert!(!refused.readable, "{refused:?}");
        assert!(refused.feedback.contains("\"tea\""), "{refused:?}");
        // An option's own text with "and" in it is still one pick.
        let joined = options(&["peace and stability", "trade", "hegemony"]);
        assert!(grade_multi(&joined, &[0, 1], "peace and stability, trade").is_right());
    }

    #[test]
    fn option_texts_typed_with_spaces_only_are_read_when_they_split_one_way() {
        let choices = options(&[
            "fairness",
            "justice",
            "hegemony",
            "equality",
            "mutual benefit",
        ]);
        let graded = grade_multi(
            &choices,
            &[0, 1, 3, 4],
            "fairness justice equality mutual benefit",
        );
        assert!(graded.is_right(), "{graded:?}");
        assert!(
            grade_multi(
                &choices,
                &[0, 1, 3, 4],
                "fairnes justice equality mutual benefit"
            )
            .is_right()
        );
        // "mutual benefit" could be one option or two: not guessed.
        let ambiguous = options(&["mutual", "benefit", "mutual benefit", "fairness"]);
        let refused = grade_multi(&ambiguous, &[2, 3], "fairness mutual benefit");
        assert!(!refused.readable, "{refused:?}");
    }

    #[test]
    fn a_select_all_answer_that_hedges_is_refused() {
        let choices = options(&["mutual benefit", "fairness", "amity", "justice"]);
        for typed in [
            "A, C, and maybe D",
            "A, C, perhaps D",
            "A and C, possibly D",
        ] {
            let refused = grade_multi(&choices, &[0, 2], typed);
            assert!(!refused.readable, "{typed}: {refused:?}");
            assert!(
                refused.feedback.starts_with("Give one answer"),
                "{refused:?}"
            );
        }
        assert!(grade_multi(&choices, &[0, 2], "A, C").is_right());
        // A hedge word that is part of an option's text is no hedge.
        let worded = options(&["maybe later", "now", "never"]);
        assert!(grade_multi(&worded, &[0, 1], "maybe later, now").is_right());
    }

    #[test]
    fn a_true_false_answer_that_says_both_or_hedges_between_them_is_refused() {
        let choices = options(&["True", "False"]);
        for typed in [
            "false, unless it's true",
            "false, but it could be true",
            "true, otherwise false",
            "true or false",
        ] {
            let refused = grade_single(&choices, 1, typed);
            assert!(!refused.readable, "{typed}: {refused:?}");
            assert!(
                refused.feedback.starts_with("Give one answer"),
                "{refused:?}"
            );
        }
        for (typed, right) in [
            ("false, it is not true", true),
            ("not true", true),
            ("true, not false", false),
        ] {
            let graded = grade_single(&choices, 1, typed);
            assert!(graded.readable, "{typed}: {graded:?}");
            assert_eq!(graded.is_right(), right, "{typed}: {graded:?}");
        }
    }

    #[test]
    fn hedging_between_two_options_is_refused_but_hedging_one_is_not() {
        let choices = options(&["Almaty", "Astana", "Tashkent", "Bishkek"]);
        let refused = grade_single(&choices, 1, "B, unless it's Almaty");
        assert!(!refused.readable, "{refused:?}");
        assert!(
            refused.feedback.starts_with("Give one answer"),
            "{refused:?}"
        );
        assert!(grade_single(&choices, 1, "B, probably").is_right());
    }

    #[test]
    fn an_option_typed_without_its_symbol_or_by_a_fragment_or_acronym_is_picked() {
        let amounts = options(&["$209 million", "$1.5 billion", "$20 million", "$2 billion"]);
        assert!(grade_single(&amounts, 0, "209 million").is_right());
        let named = options(&[
            "the Astana Declaration",
            "the Shanghai Cooperation Organisation",
            "regional tourism",
            "this year",
            "next year",
        ]);
        for (typed, index) in [
            ("the astana one", 0),
            ("the SCO", 1),
            ("tourism I think", 2),
            ("within this year", 3),
        ] {
            let graded = grade_single(&named, index, typed);
            assert!(graded.is_right(), "{typed}: {graded:?}");
        }
        let kinds = options(&["historical exchanges", "military exchanges", "trade"]);
        assert!(grade_single(&kinds, 0, "historic ones").is_right());
    }

    #[test]
    fn text_naming_several_options_says_which_it_could_be() {
        let summits = options(&[
            "the first China-Central Asia Summit",
            "the Shanghai Cooperation Organisation summit",
            "the third China-Central Asia Summit",
            "the fourth China-Central Asia Summit",
        ]);
        let asked = grade_single(&summits, 0, "the China central asia summit");
        assert!(!asked.readable, "{asked:?}");
        assert!(asked.feedback.contains("could be any of A ("), "{asked:?}");
        assert!(asked.feedback.contains("C (the third"), "{asked:?}");
    }

    #[test]
    fn an_ordinal_is_a_position_unless_another_options_text_holds_it_then_it_is_asked() {
        let summits = options(&[
            "the second China-Central Asia Summit",
            "the Shanghai Cooperation Organisation summit",
            "the first China-Central Asia Summit",
            "the third China-Central Asia Summit",
        ]);
        let asked = grade_single(&summits, 0, "the 2nd one");
        assert!(!asked.readable, "{asked:?}");
        assert!(
            asked
                .feedback
                .contains("could mean option 2 (B (the Shanghai"),
            "{asked:?}"
        );
        let cities = options(&["Almaty", "Astana", "Tashkent"]);
        assert!(grade_single(&cities, 1, "the 2nd one").is_right());
        assert!(grade_single(&cities, 2, "third option").is_right());
    }

    #[test]
    fn a_digit_among_ordinal_options_is_a_position_and_asked_when_an_option_is_that_ordinal() {
        let editions = options(&["second", "fourth", "fifth", "tenth"]);
        assert!(grade_single(&editions, 0, "1").is_right());
        assert!(grade_single(&editions, 2, "3").is_right());
        let asked = grade_single(&editions, 0, "2");
        assert!(!asked.readable, "{asked:?}");
        assert!(asked.feedback.contains("could mean option 2"), "{asked:?}");
        assert!(grade_single(&editions, 0, "second").is_right());
        assert!(!grade_single(&editions, 0, "2nd").readable);
        assert!(grade_single(&editions, 1, "B").is_right());
    }

    #[test]
    fn ya_and_nay_answer_true_or_false() {
        let choices = options(&["True", "False"]);
        assert!(grade_single(&choices, 0, "ya").is_right());
        assert!(grade_single(&choices, 1, "nay").is_right());
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
