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
    Currency, FoundQuantity, Qualifier, Quantity, find_quantities, format_number, format_ordinal,
    is_number_word, parse_quantity, time_unit, values_equal,
};
use crate::text::{is_negation, normalize, normalize_keep_articles};

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use crate::lang::Lexicon;

use super::Verdict;
use super::words::{
    DATE_WORDS, Filler, WordMatch, allowed_edits, expand_date_abbreviation, is_another_word,
    is_stopword, is_typo, match_stemmed, match_word, split_at_connectives,
};
use crate::lang::rewordings::WordClasses;

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
    /// The currencies the prompt names, by word or sign ("worth in US
    /// dollars", "$_____ million"): an amount typed without one is read
    /// in the accepted answer's currency only when the prompt names it.
    pub(crate) currencies: Vec<Currency>,
    /// Names the answer went by before: no answer alone, but no rival
    /// answer beside a right one ("Astana (Nur-Sultan)").
    pub(crate) former_names: Vec<String>,
    /// The words that follow the whole answer in its sentence, folded
    /// without articles.
    pub(crate) continuations: Vec<Vec<String>>,
}

/// The currencies a prompt names, by word ("yuan", "US dollar") or by
/// sign ("$"), each as the number reader reads it.
pub(crate) fn currencies_named(prompt: &str) -> Vec<Currency> {
    let mut found: Vec<Currency> = Vec::new();
    let words = crate::lang::words(prompt);
    let by_word = words.iter().filter_map(|w| Currency::from_word(w));
    let by_sign = prompt
        .chars()
        .filter(|c| !c.is_alphanumeric() && !c.is_whitespace())
        .filter_map(|c| parse_quantity(&format!("{c}1"))?.currency);
    for currency in by_word.chain(by_sign) {
        if !found.contains(&currency) {
            found.push(currency);
        }
    }
    found
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
    TypedKey::new(expected, aliases, kind, items, &Setting::default()).grade(answer)
}

/// A typed question's key, prepared: everything grading needs that does not
/// depend on the answer (folded accepted wordings, their words, their
/// numeric readings, the words that may frame them), worked out once per
/// question so that a grade only reads the answer.
#[derive(Debug)]
pub(crate) struct TypedKey {
    expected: String,
    /// The canonical answer, then the aliases.
    accepted: Vec<String>,
    kind: AnswerKind,
    items: Vec<String>,
    setting: Setting,
    /// Each accepted wording folded, for the exact match that is always
    /// right.
    folded: Vec<Folded>,
    /// How an answer that is not an accepted wording is graded; fixed by
    /// the key alone, and prepared at the first such answer (an exact
    /// answer needs none of it).
    path: OnceLock<Path>,
}

/// One text folded the three ways [`TypedKey::grade`] compares exactly.
#[derive(Debug)]
struct Folded {
    /// Trimmed and lower-cased.
    lower: String,
    /// [`normalize_keep_articles`].
    with_articles: String,
    /// [`normalize`].
    short: String,
}

impl Folded {
    fn new(text: &str) -> Folded {
        Folded {
            lower: text.trim().to_lowercase(),
            with_articles: normalize_keep_articles(text),
            short: normalize(text),
        }
    }
}

/// The ways a typed key grades an answer that is not one of its wordings.
#[derive(Debug)]
enum Path {
    /// A list of two or more items, each worth a share.
    List(ListKey),
    /// Quantities, compared by value.
    Numeric(NumericKey),
    /// Everything else, word by word.
    Phrase(PhraseKey),
}

impl TypedKey {
    /// Prepares the key of a typed question in its `setting`.
    pub(crate) fn new(
        expected: &str,
        aliases: &[String],
        kind: AnswerKind,
        items: &[String],
        setting: &Setting,
    ) -> TypedKey {
        let accepted: Vec<String> = std::iter::once(expected)
            .chain(aliases.iter().map(String::as_str))
            .map(str::to_string)
            .collect();
        TypedKey {
            expected: expected.to_string(),
            folded: accepted.iter().map(|a| Folded::new(a)).collect(),
            accepted,
            kind,
            items: items.to_vec(),
            setting: setting.clone(),
            path: OnceLock::new(),
        }
    }

    fn path(&self) -> &Path {
        self.path.get_or_init(|| {
            let (expected, kind, setting) = (self.expected.as_str(), self.kind, &self.setting);
            let texts: Vec<&str> = self.accepted.iter().map(String::as_str).collect();
            let listed = (kind == AnswerKind::List)
                .then(|| {
                    if self.items.is_empty() {
                        split_items(expected)
                    } else {
                        self.items.clone()
                    }
                })
                .filter(|items| items.len() >= 2);
            if let Some(items) = listed {
                Path::List(ListKey::new(&items, &texts, setting))
            } else if let Some(targets) = numeric_targets(&texts, kind) {
                Path::Numeric(NumericKey::new(targets, kind, setting))
            } else {
                Path::Phrase(PhraseKey::new(&texts, kind, setting))
            }
        })
    }

    /// Grades a typed answer.
    pub(crate) fn grade(&self, answer: &str) -> Verdict {
        let answer = clip(answer);
        if answer.trim().is_empty() {
            return Verdict::unreadable("No answer given.");
        }
        // The same text once folded, in any of three ways, is right: exact
        // answers never go through heuristics, so the canonical answer and
        // every alias are always right. Cheapest fold first.
        let lower = answer.trim().to_lowercase();
        if self.folded.iter().any(|a| a.lower == lower) {
            return Verdict::right("Correct.");
        }
        // "over the past two years" for "over the next two years": the
        // folds below drop the word that turns the time around.
        if let Some(word) = crate::lang::words(answer)
            .into_iter()
            .find(|word| super::words::turns_time_around(&self.setting.context, word))
        {
            return Verdict::wrong(format!(
                "Not quite: the answer is {}; \"{word}\" turns the time the other way.",
                self.expected
            ));
        }
        let with_articles = normalize_keep_articles(answer);
        let short = normalize(answer);
        let same = |a: &Folded| {
            (!a.with_articles.is_empty() && a.with_articles == with_articles)
                || (!a.short.is_empty() && a.short == short)
        };
        if self.folded.iter().any(same) {
            return Verdict::right("Correct.");
        }
        let expected = self.expected.as_str();
        if with_articles.is_empty() {
            return Verdict::wrong(format!(
                "Not quite: that has no words or numbers in it; the answer is {expected}."
            ));
        }
        match self.path() {
            Path::List(key) => grade_list(expected, key, answer),
            Path::Numeric(key) => grade_numeric(expected, key, answer),
            Path::Phrase(key) => grade_phrase(expected, key, answer, &short),
        }
    }
}

/// What the words a fill-in-the-blank prompt prints right before and after
/// its blank (a run of three or more underscores), folded.
#[derive(Debug)]
pub(crate) struct Blank {
    before: Vec<String>,
    after: Vec<String>,
}

impl Blank {
    /// The blank of `prompt`; `None` when it has none.
    pub(crate) fn of(prompt: &str) -> Option<Blank> {
        let start = prompt.find("___")?;
        let end = start
            + prompt[start..]
                .find(|c: char| c != '_')
                .unwrap_or(prompt.len() - start);
        let split = |text: &str| -> Vec<String> {
            normalize_keep_articles(text)
                .split_whitespace()
                .map(str::to_string)
                .collect()
        };
        Some(Blank {
            before: split(&prompt[..start]),
            after: split(&prompt[end..]),
        })
    }

    /// The answer without the words printed around the blank, when it
    /// repeats any of them: "strength and prosperity" for "China's
    /// strength and _____ are..." gives "prosperity". `None` when there is
    /// nothing to strip.
    pub(crate) fn strip(&self, answer: &str) -> Option<String> {
        let (before, after) = (&self.before, &self.after);
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
}

/// The answer without the words a fill-in-the-blank prompt prints right
/// before and after its blank (a run of three or more underscores), when it
/// repeats any of them: "strength and prosperity" for "China's strength and
/// _____ are..." gives "prosperity". `None` when there is no blank or
/// nothing to strip.
#[cfg(test)]
pub(crate) fn strip_blank_context(prompt: &str, answer: &str) -> Option<String> {
    Blank::of(prompt)?.strip(answer)
}

// ---------------------------------------------------------------------------
// Alternatives (hedging)

/// How an answer is split into the alternatives it offers: "Paris or
/// Almaty", "Paris/Almaty", "either Paris or Bishkek", "Paris, Almaty". A
/// separator that occurs in an accepted answer is not split on ("Belt and
/// Road", "fairness, justice, and mutual benefit"); "and" splits only
/// answers naming one thing (a person, place, date, organisation or event).
#[derive(Debug)]
struct Splitter {
    /// Connecting words that part alternatives.
    words: Vec<&'static str>,
    /// Characters that part alternatives.
    chars: Vec<char>,
    /// Whether a leading "either" is dropped.
    either: bool,
}

impl Splitter {
    fn new(accepted: &[&str], kind: AnswerKind, numeric: bool) -> Splitter {
        let accepted_words: Vec<Vec<String>> = accepted.iter().map(|a| words_of(a)).collect();
        let accepted_has =
            |word: &str| accepted_words.iter().any(|ws| ws.iter().any(|w| w == word));
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
        let mut words: Vec<&'static str> = vec!["or", "versus", "vs", "but"];
        if !numeric && single_thing {
            words.push("and");
        }
        words.retain(|w| !accepted_has(w));
        // In "trade wars and protectionist policies" a learner's comma is an
        // "and", not an alternative.
        let conjoined = !single_thing && accepted_has("and");
        let splits = |c: char| match c {
            '/' | '|' | '\n' => !accepted_has_char(c),
            // "Paris (Nur-Sultan)": a parenthesis offers another wording,
            // right only when it is right too. Quantities read their own
            // brackets.
            '(' | ')' => !numeric && !accepted_has_char(c),
            ',' | ';' => !conjoined && !accepted.iter().any(|a| a.contains(',') || a.contains(';')),
            _ => false,
        };
        Splitter {
            words,
            chars: ['/', '|', '\n', '(', ')', ',', ';']
                .into_iter()
                .filter(|&c| splits(c))
                .collect(),
            either: !accepted_has("either"),
        }
    }

    /// The alternatives `answer` offers.
    fn split(&self, answer: &str) -> Vec<String> {
        // No separator at all: one segment, as `split_outside_numbers` gives.
        let segments = if answer.contains(|c| self.chars.contains(&c)) {
            split_outside_numbers(answer, |c| self.chars.contains(&c))
        } else {
            vec![answer.to_string()]
        };
        segments
            .iter()
            .flat_map(|segment| {
                split_at_connectives(
                    segment,
                    |w| self.words.contains(&w),
                    |w| self.either && w == "either",
                )
            })
            .collect()
    }
}

/// Splits an answer into the alternatives it offers (see [`Splitter`]).
#[cfg(test)]
fn alternatives(answer: &str, accepted: &[&str], kind: AnswerKind, numeric: bool) -> Vec<String> {
    Splitter::new(accepted, kind, numeric).split(answer)
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
fn offered(parts: Vec<String>, filler: &Filler) -> Vec<Part> {
    let meaningful: Vec<(Part, bool)> = parts
        .into_iter()
        .filter_map(|text| {
            let words = words_of(&text);
            let kept = !words.is_empty() && !words.iter().all(|w| filler.allows_alone(w));
            let excluded = words.first().is_some_and(|w| is_negation(w));
            kept.then_some((Part { text, words }, excluded))
        })
        .collect();
    let some_excluded = meaningful.iter().any(|(_, excluded)| *excluded);
    let some_kept = meaningful.iter().any(|(_, excluded)| !*excluded);
    meaningful
        .into_iter()
        .filter(|(_, excluded)| !(some_kept && some_excluded && *excluded))
        .map(|(part, _)| part)
        .collect()
}

/// One alternative an answer offers, as typed and as folded words.
#[derive(Debug)]
struct Part {
    text: String,
    /// [`words_of`] the text.
    words: Vec<String>,
}

/// True when every word of every part is a word of one accepted wording
/// (or filler): the parts split one answer, they offer no alternative.
fn within_one_wording(all: &[Phrase], parts: &[Part], filler: &Filler) -> bool {
    all.iter().any(|phrase| {
        parts.iter().all(|part| {
            part.words.iter().all(|word| {
                filler.allows_alone(word)
                    || phrase
                        .words
                        .iter()
                        .any(|w| match_stemmed(w, phrase.stems.get(w), word).is_some())
            })
        })
    })
}

/// True when a folded word names a time a date answer could be: a number,
/// a weekday, a month, a day ("today") or a period ("morning").
fn names_a_time(word: &str) -> bool {
    let lexicon = Lexicon::embedded();
    word.chars().any(|c| c.is_ascii_digit())
        || expand_date_abbreviation(word) != word
        // "within" and "during" frame a date; they name none.
        || (DATE_WORDS.contains(&word) && !matches!(word, "within" | "during"))
        || ["today", "yesterday", "tomorrow", "tonight"].contains(&word)
        || lexicon.in_set("month", word)
        || lexicon.in_set("weekday", word)
        || ["day", "time period", "year", "season"]
            .iter()
            .any(|kind| lexicon.is_a(word, kind))
}

/// True when some word of a part names a time ([`names_a_time`]), an
/// ordinal before a noun aside: "during the *second* summit" counts
/// summits, it names no second of time.
fn part_names_a_time(words: &[String]) -> bool {
    words.iter().enumerate().any(|(at, word)| {
        let counts_what_follows =
            at + 1 < words.len() && crate::numbers::parse_ordinal(word).is_some();
        names_a_time(word) && !counts_what_follows
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

/// One accepted wording (or list item) prepared for matching: its folded
/// words and what [`Phrase::matches`] reads of them.
#[derive(Debug)]
struct Phrase {
    /// The wording as written.
    text: String,
    kind: AnswerKind,
    /// Folded words, articles dropped.
    words: Vec<String>,
    /// The words run together ("cooperation" for "co operation").
    concat: String,
    /// "Lovelace Ada": a two-word name may come family name first.
    reversed: Option<Vec<String>>,
    /// The content words, when content-word coverage applies (concepts
    /// worded differently); empty otherwise.
    content: Vec<String>,
    /// The words' Snowball stems, for telling forms of one word apart from
    /// slips without stemming the expected side on every grade.
    stems: Stems,
    /// The two conjuncts of a coordination that shares one word outside
    /// it ("fairness", "justice" of "global fairness and justice";
    /// "livelihood", "development" of "livelihood and development
    /// projects"); empty for any other shape. See [`coordination_core`].
    core: Vec<String>,
    /// The spans of one and two words a learner's compound may stand for;
    /// see [`close_compounds`].
    spans: Vec<Span>,
    /// The span of time this accepted wording was stripped of ("decades"
    /// of "decades of diplomatic ties"): only an answer of no other content
    /// word matches it, so none naming a span of its own ("centuries of
    /// …"), and the match earns partial credit, as the span is part of
    /// what the article says.
    span_dropped: Option<String>,
    /// Where the wording has a word a learner may say otherwise (see
    /// [`Rewordings`]), found once.
    rewordings: Rewordings,
}

/// Where a wording has a word that [`same_direction`], [`same_rise`],
/// [`same_curb`] and [`same_importance`] let a learner say otherwise, so that a wording with none
/// of them costs nothing per grade.
#[derive(Debug, Default)]
struct Rewordings {
    /// The second half of a compound naming its aim ("driven").
    direction: Option<usize>,
    /// A word for a rise ("growing").
    rise: Option<usize>,
    /// A word for holding a harm down, after the harm ("control").
    curb: Option<usize>,
    /// An adjective ranking a thing first ("key").
    importance: Option<usize>,
}

impl Rewordings {
    fn of(words: &[String]) -> Rewordings {
        let classes = WordClasses::embedded();
        let after_first = |test: &dyn Fn(&str) -> bool| (1..words.len()).find(|&i| test(&words[i]));
        Rewordings {
            direction: after_first(&|w| WordClasses::has(&classes.direction, w)),
            rise: words
                .iter()
                .position(|w| WordClasses::has(&classes.rising, w)),
            curb: after_first(&is_curb),
            importance: words
                .iter()
                .position(|w| WordClasses::has(&classes.importance, w)),
        }
    }
}

/// Where a span of the expected words starts, how many words it has, and
/// its words joined by a space.
type Span = (usize, usize, String);

/// The Snowball stems of a wording's words, worked out once.
#[derive(Debug)]
struct Stems(Vec<(String, String)>);

impl Stems {
    fn of(words: &[String]) -> Stems {
        Stems(
            words
                .iter()
                .map(|word| (word.clone(), crate::lang::stem(word)))
                .collect(),
        )
    }

    /// The stem of `word`, one of the wording's words.
    fn get(&self, word: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(w, _)| w == word)
            .map(|(_, stem)| stem.as_str())
    }
}

impl Phrase {
    fn new(text: &str, kind: AnswerKind) -> Phrase {
        let words = words_of(text);
        let reversed = (kind == AnswerKind::Person && words.len() == 2)
            .then(|| vec![words[1].clone(), words[0].clone()]);
        let content: Vec<String> = words.iter().filter(|w| !is_stopword(w)).cloned().collect();
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
        let core = if coverage_applies && kind != AnswerKind::List {
            coordination_core(text, &words)
        } else {
            Vec::new()
        };
        Phrase {
            text: text.to_string(),
            kind,
            span_dropped: None,
            rewordings: Rewordings::of(&words),
            core,
            spans: compound_spans(&words),
            stems: Stems::of(&words),
            concat: words.concat(),
            words,
            reversed,
            content: if coverage_applies {
                content
            } else {
                Vec::new()
            },
        }
    }

    /// Matches one offered answer (no alternatives), as folded words.
    fn matches(&self, given: &[String], filler: &Filler) -> PhraseMatch {
        let found = self.matches_words(given, filler);
        match (&self.span_dropped, found) {
            (Some(span), PhraseMatch::Full { .. }) => {
                let named = self.content.len().max(1) as f64;
                PhraseMatch::Partial {
                    score: named / (named + 1.0),
                    missing: vec![span.clone()],
                    adds_too_much: false,
                }
            }
            (_, found) => found,
        }
    }

    /// [`Phrase::matches`] before a dropped span's toll.
    fn matches_words(&self, given: &[String], filler: &Filler) -> PhraseMatch {
        let expected = &self.words;
        let given = join_split_words(expected, given);
        let given = split_joined_words(expected, given);
        let given = self.reword(given);
        let given = close_compounds(expected, &self.spans, given);
        if expected.is_empty() || given.is_empty() {
            return PhraseMatch::None;
        }
        // The bare thing, and nothing more: any word of the learner's own
        // may be another span ("centuries of diplomatic ties").
        let content = |words: &[String]| words.iter().filter(|w| !is_stopword(w)).count();
        if self.span_dropped.is_some() && content(&given) > content(expected) {
            return PhraseMatch::None;
        }
        let given_concat_len: usize = given.iter().map(String::len).sum();
        if *expected == *given
            || (given_concat_len == self.concat.len()
                && given.iter().flat_map(|w| w.bytes()).eq(self.concat.bytes()))
        {
            return PhraseMatch::Full {
                typos: Vec::new(),
                reworded: false,
            };
        }
        let mut best = match_window(expected, &self.stems, &given, filler);
        if let Some(reversed) = &self.reversed {
            let other = match_window(reversed, &self.stems, &given, filler);
            if other.rank() > best.rank() {
                best = other;
            }
        }
        if matches!(best, PhraseMatch::Full { .. } | PhraseMatch::Negated) {
            return best;
        }
        if !self.content.is_empty() {
            let covered = match_coverage(&self.content, &self.stems, &given, self.kind, filler);
            if covered.rank() > best.rank() {
                best = covered;
            }
        }
        // Both conjuncts, and nothing else, without the word they share:
        // unless the prompt prints part of the answer, and so asks for
        // what the shared word adds.
        if !self.core.is_empty()
            && !matches!(best, PhraseMatch::Full { .. } | PhraseMatch::Negated)
            && !self.content.iter().any(|w| filler.prompt_gives(w))
        {
            let core = match_coverage(&self.core, &self.stems, &given, AnswerKind::List, filler);
            if matches!(core, PhraseMatch::Full { .. }) {
                best = core;
            }
        }
        best
    }

    /// The learner's words with their other wordings of this wording's
    /// compound aim, rise, curb or first rank put back as this wording has
    /// them.
    fn reword<'g>(&self, given: Cow<'g, [String]>) -> Cow<'g, [String]> {
        let (expected, at) = (&self.words, &self.rewordings);
        let given = match at.direction {
            Some(at) => same_direction(expected, at, given),
            None => given,
        };
        let given = match at.rise {
            Some(at) => same_rise(&expected[at], given),
            None => given,
        };
        let given = match at.curb {
            Some(at) => same_curb(expected, at, given),
            None => given,
        };
        match at.importance {
            Some(at) => same_importance(&expected[at], given),
            None => given,
        }
    }

    /// [`Phrase::matches`] on an answer as typed.
    fn matches_text(&self, candidate: &str, filler: &Filler) -> PhraseMatch {
        self.matches(&words_of(candidate), filler)
    }

    /// True when `candidate` names this wording fully.
    fn fully_named(&self, candidate: &str, filler: &Filler) -> bool {
        matches!(
            self.matches_text(candidate, filler),
            PhraseMatch::Full { .. }
        )
    }
}

/// The conjuncts of a coordination of two simple parts that share one
/// word outside it: an adjective before ("global fairness and justice":
/// fairness, justice) or a head noun after, modified by two nouns
/// ("livelihood and development projects": livelihood, development). An
/// answer naming both conjuncts names the answer; one naming only one of
/// them ("development projects") does not. Empty for any other shape, and
/// when the word after "and" is no noun ("unilateralism and hegemonic
/// behavior": "behavior" is not shared), or when the shared word is part
/// of a name, written with a capital ("China and Central Asia").
fn coordination_core(text: &str, words: &[String]) -> Vec<String> {
    let connectives: Vec<usize> = (0..words.len())
        .filter(|&i| words[i] == "and" || words[i] == "or")
        .collect();
    let [at] = connectives.as_slice() else {
        return Vec::new();
    };
    let (left, right) = (&words[..*at], &words[at + 1..]);
    if left
        .iter()
        .chain(right)
        .any(|w| is_stopword(w) || is_number(w))
    {
        return Vec::new();
    }
    let lexicon = Lexicon::embedded();
    let noun = |w: &str| lexicon.can_be_noun(w) == Some(true);
    let common = |w: &str| text.split(|c: char| !c.is_alphanumeric()).any(|t| t == w);
    match (left, right) {
        ([modifier, first], [second])
            if common(modifier)
                && lexicon.can_be_adjective(modifier) == Some(true)
                && noun(first)
                && noun(second) =>
        {
            vec![first.clone(), second.clone()]
        }
        ([first], [second, head]) if common(head) && noun(first) && noun(second) && noun(head) => {
            vec![first.clone(), second.clone()]
        }
        _ => Vec::new(),
    }
}

/// Joins two adjacent answer words that together spell an expected word:
/// "co-operation" folds to "co operation", which is "cooperation".
fn join_split_words<'g>(expected: &[String], given: &'g [String]) -> Cow<'g, [String]> {
    let spells = |word: &str, next: &str| {
        expected
            .iter()
            .any(|e| e.len() == word.len() + next.len() && e.starts_with(word) && e.ends_with(next))
    };
    let joins = |word: &String, next: &String| !expected.contains(word) && spells(word, next);
    replace_runs(Cow::Borrowed(given), |rest| match rest {
        [word, next, ..] if joins(word, next) => Some((format!("{word}{next}"), 2)),
        _ => None,
    })
}

/// Splits an answer word that spells two adjacent expected words run
/// together: "longterm" is "long term" (after "long-term" folded apart).
fn split_joined_words<'g>(expected: &[String], given: Cow<'g, [String]>) -> Cow<'g, [String]> {
    let split = |word: &String| -> Option<&[String]> {
        if expected.contains(word) {
            return None;
        }
        expected.windows(2).find(|pair| {
            word.len() == pair[0].len() + pair[1].len()
                && word.starts_with(pair[0].as_str())
                && word.ends_with(pair[1].as_str())
        })
    };
    if !given.iter().any(|word| split(word).is_some()) {
        return given;
    }
    Cow::Owned(
        given
            .iter()
            .flat_map(|word| match split(word) {
                Some(pair) => pair.to_vec(),
                None => vec![word.clone()],
            })
            .collect(),
    )
}

/// `given` with every run of words that `run` replaces (the word to put
/// in its place and how many words it takes, at least one) replaced,
/// scanning left to right; borrowed when no run matches.
fn replace_runs<'g>(
    given: Cow<'g, [String]>,
    run: impl Fn(&[String]) -> Option<(String, usize)>,
) -> Cow<'g, [String]> {
    let Some(first) = (0..given.len()).find(|&i| run(&given[i..]).is_some()) else {
        return given;
    };
    let mut words: Vec<String> = given[..first].to_vec();
    let mut i = first;
    while i < given.len() {
        match run(&given[i..]) {
            Some((word, taken)) => {
                words.push(word);
                i += taken.max(1);
            }
            None => {
                words.push(given[i].clone());
                i += 1;
            }
        }
    }
    Cow::Owned(words)
}

/// Puts the expected word in place of the learner's other word for what a
/// compound aims at ("result-oriented" for "results-driven"), and reads
/// "focused on results" as "results-focused", when the thing aimed at is
/// the expected one ("profit-driven" stays another answer).
/// `at` is where the expected words have a direction word
/// ([`WordClasses::direction`]), after the word for the aim.
fn same_direction<'g>(
    expected: &[String],
    at: usize,
    given: Cow<'g, [String]>,
) -> Cow<'g, [String]> {
    let classes = WordClasses::embedded();
    let direction = |w: &String| WordClasses::has(&classes.direction, w);
    let (aim, head) = (&expected[at - 1], &expected[at]);
    if !given.iter().any(direction) || given.contains(head) && given.contains(aim) {
        return given;
    }
    let aims = |w: &String| match_word(aim, w).is_some();
    let mut words = given.into_owned();
    let mut i = 0;
    while i < words.len() {
        let linked =
            |w: Option<&String>| w.is_some_and(|w| WordClasses::has(&classes.direction_links, w));
        if direction(&words[i]) {
            if i > 0 && aims(&words[i - 1]) {
                words[i] = head.clone();
            } else if linked(words.get(i + 1)) && words.get(i + 2).is_some_and(aims) {
                let target = words[i + 2].clone();
                words.splice(i..i + 3, [target, head.clone()]);
            } else if words.get(i + 1).is_some_and(|w| w == "more")
                && linked(words.get(i + 2))
                && words.get(i + 3).is_some_and(aims)
            {
                // "focus more on results": the degree belongs to the aim.
                let target = words[i + 3].clone();
                words.splice(i..i + 4, ["more".to_string(), target, head.clone()]);
            }
        }
        i += 1;
    }
    Cow::Owned(words)
}

/// Puts the expected word in place of the learner's other word for a
/// rise ("increasing importance" for "growing importance"), and of a
/// comparative that keeps rising ("more and more important", "becoming
/// more important"), when the expected words name a rise: the quality
/// is then matched by its own word forms.
/// `rise` is the expected words' word for a rise.
fn same_rise<'g>(rise: &String, given: Cow<'g, [String]>) -> Cow<'g, [String]> {
    let classes = WordClasses::embedded();
    let rising = |w: &str| WordClasses::has(&classes.rising, w);
    let changes = |w: &[String]| match w {
        [first, ..] if rising(first) && first != rise => Some(1),
        [more, and, again, ..] if more == "more" && and == "and" && again == "more" => Some(3),
        [ever, more, ..] if ever == "ever" && more == "more" => Some(2),
        [becoming, more, ..] if WordClasses::has(&classes.becoming, becoming) && more == "more" => {
            Some(2)
        }
        _ => None,
    };
    replace_runs(given, |rest| {
        changes(rest).map(|taken| (rise.clone(), taken))
    })
}

/// Puts the expected word in place of the learner's other adjective that
/// ranks a thing first ("a *top* priority" for "a *key* priority").
fn same_importance<'g>(expected: &String, given: Cow<'g, [String]>) -> Cow<'g, [String]> {
    let classes = WordClasses::embedded();
    replace_runs(given, |rest| match rest {
        [first, _, ..] if first != expected && WordClasses::has(&classes.importance, first) => {
            Some((expected.clone(), 1))
        }
        _ => None,
    })
}

/// True when a folded word is a form of a word for holding a harm down
/// ([`WordClasses::curb`]).
fn is_curb(word: &str) -> bool {
    static STEMS: LazyLock<Vec<String>> = LazyLock::new(|| {
        WordClasses::embedded()
            .curb
            .iter()
            .map(|w| crate::lang::stem(w))
            .collect()
    });
    let stemmed = crate::lang::stem(word);
    STEMS.contains(&stemmed)
}

/// Puts the expected "harm + curb" pair in place of the learner's other
/// word for holding that harm down, before or after it ("fighting
/// desertification", "combating desertification", "desertification
/// prevention" for "desertification control"), when the harm is the
/// expected one ("deforestation control" stays another answer). The
/// learner's own form of the expected word is left to word forms.
/// `at` is where the expected words have a word for the curb, after the
/// harm.
fn same_curb<'g>(expected: &[String], at: usize, given: Cow<'g, [String]>) -> Cow<'g, [String]> {
    let (harm, curb) = (&expected[at - 1], &expected[at]);
    let curb_stem = crate::lang::stem(curb);
    let other = |w: &String| is_curb(w) && crate::lang::stem(w) != curb_stem;
    if !given.iter().any(other) {
        return given;
    }
    let names_harm = |w: Option<&String>| w.is_some_and(|w| match_word(harm, w).is_some());
    let curb_links = &WordClasses::embedded().curb_links;
    let linking = |w: Option<&String>| w.is_some_and(|w| WordClasses::has(curb_links, w));
    let mut words = given.into_owned();
    for i in 0..words.len() {
        if !other(&words[i]) {
            continue;
        }
        let pair = [harm.clone(), curb.clone()];
        if i > 0 && names_harm(words.get(i - 1)) {
            words.splice(i - 1..=i, pair);
        } else if names_harm(words.get(i + 1)) {
            words.splice(i..=i + 1, pair);
        } else if linking(words.get(i + 1)) && names_harm(words.get(i + 2)) {
            words.splice(i..=i + 2, pair);
            break;
        }
    }
    Cow::Owned(words)
}

/// The spans of the expected words a learner's compound may stand for:
/// every content word, and two content words together when WordNet holds
/// words close to them or a noun that names them ("long term",
/// "protectionist policies"), two-word spans first ("long lasting" is near
/// "long term" before "long").
fn compound_spans(expected: &[String]) -> Vec<Span> {
    let lexicon = Lexicon::embedded();
    let content = |w: &String| !is_stopword(w) && !is_number(w);
    let mut spans: Vec<Span> = Vec::new();
    for (i, word) in expected.iter().enumerate() {
        if content(word) {
            spans.push((i, 1, word.clone()));
        }
        if let Some(next) = expected.get(i + 1).filter(|n| content(n) && content(word)) {
            let pair = format!("{word} {next}");
            if lexicon.has_close_words(&pair) || lexicon.has_noun_forms(word) {
                spans.push((i, 2, pair));
            }
        }
    }
    spans.sort_by_key(|(at, len, _)| (std::cmp::Reverse(*len), *at));
    spans
}

/// Puts the expected words in place of a two-word compound of the
/// learner's that WordNet holds close in meaning to one expected word or
/// to two ("all round" for "comprehensive", "long lasting" for "long
/// term"), and of one learner's word close to an expected compound
/// ("lasting" for "long term"), so the word-by-word match sees them.
fn close_compounds<'g>(
    expected: &[String],
    spans: &[Span],
    given: Cow<'g, [String]>,
) -> Cow<'g, [String]> {
    let fresh = |w: &String| !expected.contains(w);
    if !given.iter().any(fresh) {
        return given;
    }
    let lexicon = Lexicon::embedded();
    let content = |w: &String| !is_stopword(w) && !is_number(w);
    let mut mended: Option<Vec<String>> = None;
    let mut i = 0;
    while i < mended.as_ref().map_or(given.len(), Vec::len) {
        let words = mended.as_deref().unwrap_or(&given);
        let pair = words
            .get(i + 1)
            // A compound may start with a function word ("all round").
            .filter(|next| {
                !is_number(&words[i]) && content(next) && (fresh(&words[i]) || fresh(next))
            })
            .map(|next| format!("{} {next}", words[i]));
        let pair = pair.filter(|pair| lexicon.has_close_words(pair));
        let found = spans.iter().find_map(|(at, len, span)| match &pair {
            Some(pair) if lexicon.close_in_meaning(span, pair) => Some((2, *at, *len)),
            // "protectionism" for "protectionist policies".
            _ if *len == 2
                && fresh(&words[i])
                && lexicon.names_modified_head(&expected[*at], &expected[at + 1], &words[i]) =>
            {
                Some((1, *at, *len))
            }
            _ if *len == 2 && content(&words[i]) && fresh(&words[i]) => lexicon
                .close_in_meaning(span, &words[i])
                .then_some((1, *at, *len)),
            _ => None,
        });
        match found {
            Some((taken, at, len)) => {
                let mut next = words.to_vec();
                next.splice(i..i + taken, expected[at..at + len].iter().cloned());
                i += len;
                mended = Some(next);
            }
            None => i += 1,
        }
    }
    match mended {
        Some(words) => Cow::Owned(words),
        None => given,
    }
}

/// Finds the expected words as one run inside the answer; the words around
/// them must be filler, and none may be a negation.
fn match_window(
    expected: &[String],
    stems: &Stems,
    given: &[String],
    filler: &Filler,
) -> PhraseMatch {
    if given.len() < expected.len() {
        return PhraseMatch::None;
    }
    let mut best = PhraseMatch::None;
    for start in 0..=given.len() - expected.len() {
        let window = &given[start..start + expected.len()];
        let matches: Option<Vec<WordMatch>> = expected
            .iter()
            .zip(window)
            .map(|(e, g)| match_stemmed(e, stems.get(e), g))
            .collect();
        let Some(matches) = matches else { continue };
        // A negation just before the answer flips it ("not Paris", "it
        // wasn't in Paris"); one after it is some other claim.
        let before = &given[..start];
        if before.iter().rev().take(3).any(|w| is_negation(w)) {
            best = PhraseMatch::Negated;
            continue;
        }
        let after = &given[start + expected.len()..];
        let allowed = |w: &String| !is_negation(w) && filler.allows(w);
        let clean = before.iter().all(allowed)
            && (after.iter().all(allowed) || filler.continues_sentence(after));
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
    content: &[String],
    stems: &Stems,
    given: &[String],
    kind: AnswerKind,
    filler: &Filler,
) -> PhraseMatch {
    let mut used = vec![false; given.len()];
    let mut typos = Vec::new();
    let mut reworded = false;
    let mut missing = Vec::new();
    let mut found = 0usize;
    // Where each content word was found in the answer.
    let mut found_at: Vec<Option<usize>> = Vec::with_capacity(content.len());
    for expected in content {
        let best = given
            .iter()
            .enumerate()
            .filter(|(i, _)| !used[*i])
            .filter_map(|(i, g)| match_stemmed(expected, stems.get(expected), g).map(|m| (m, i)))
            .max_by_key(|(m, i)| (*m, std::cmp::Reverse(*i)));
        found_at.push(best.map(|(_, index)| index));
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
    if own > 0 && fills_left_out_slot(content, &found_at, given, &used, filler) {
        return PhraseMatch::None;
    }
    if own > 0 {
        let before = missing.len();
        missing.retain(|w| !filler.prompt_gives(w));
        total -= before - missing.len();
    }
    let extras = match count_extras(content, given, &used, filler) {
        Ok(extras) => extras,
        Err(verdict) => return verdict,
    };
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

/// The answer's words beside the matched ones that are neither filler nor
/// function words; `Err` with the verdict when one of them decides it (a
/// negation that flips a matched word, a wrong number, a word that
/// contradicts the frame).
fn count_extras(
    content: &[String],
    given: &[String],
    used: &[bool],
    filler: &Filler,
) -> Result<usize, PhraseMatch> {
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
                return Err(PhraseMatch::Negated);
            }
            extras += 1;
        } else if is_number(word) && content.iter().any(|c| is_number(c)) {
            // "the third summit" for "the second summit".
            return Err(PhraseMatch::WrongNumber);
        } else if makes_the_key_a_modifier(content, given, used, i) {
            // "global interest rates" for "global interests": the answer's
            // noun, made singular, now only says what kind of rates.
            return Err(PhraseMatch::None);
        } else if opposes_the_key(content, given, i) {
            // "low-quality development" for "high-quality development": the
            // opposite in a key word's place is another answer, no part of
            // this one.
            return Err(PhraseMatch::None);
        } else if is_number(word) && !filler.allows(word) && filler.frames_a_number() {
            // "over the next three years" where the sentence goes on "over
            // the next two years": another number than the frame's.
            return Err(PhraseMatch::None);
        } else if filler.names_another_country(word) {
            // "Astana, Uzbekistan" where the sentence says "Astana,
            // Kazakhstan's capital": a country is allowed beside a city,
            // but not another than the article's.
            return Err(PhraseMatch::None);
        } else if !filler.allows(word) && !is_stopword(word) {
            if filler.contradicts(word) || filler.misspells_an_answer_word_into_another(word) {
                return Err(PhraseMatch::None);
            }
            // "unpredictable and volatile": a word saying again what a key
            // word says adds no claim.
            let restates = content
                .iter()
                .any(|c| c != word && Lexicon::embedded().close_in_meaning(c, word));
            if !restates {
                extras += 1;
            }
        }
    }
    Ok(extras)
}

/// True when the learner's word at `index` is a noun right after a plural
/// key word the learner made singular ("global *interest rates*" for
/// "global interests"): a singular noun before another noun is a noun
/// adjunct, so the answer now names the learner's thing, not the key's.
fn makes_the_key_a_modifier(
    content: &[String],
    given: &[String],
    used: &[bool],
    index: usize,
) -> bool {
    let Some(before) = index.checked_sub(1) else {
        return false;
    };
    let singular = &given[before];
    let made_singular = used[before]
        && !content.contains(singular)
        && content.iter().any(|expected| {
            expected
                .strip_suffix('s')
                .is_some_and(|stem| stem == singular || stem.strip_suffix('e') == Some(singular))
        });
    made_singular
        && !is_stopword(&given[index])
        && Lexicon::embedded().can_be_noun(&given[index]) == Some(true)
        && Lexicon::embedded().can_be_adjective(&given[index]) != Some(true)
}

/// True when the learner's word at `index` means the opposite of one of
/// the key's content words (WordNet's antonyms: "low" / "high",
/// "temporary" / "permanent"), unless a negation right before it turns it
/// back ("not temporary").
fn opposes_the_key(content: &[String], given: &[String], index: usize) -> bool {
    let negated = index
        .checked_sub(1)
        .and_then(|before| given.get(before))
        .is_some_and(|before| is_negation(before));
    let lexicon = Lexicon::embedded();
    !negated
        && content
            .iter()
            .any(|expected| lexicon.opposite(expected, &given[index]))
}

/// True when a noun of the learner's own stands where the answer has a
/// word the prompt prints and the answer leaves out: the prompt's "which
/// declaration" lets "Astana" (or "the Astana one") answer for "Astana
/// Declaration", but in "Astana Treaty" the learner's "treaty" takes the
/// declaration's place and names another thing, frame word or not.
fn fills_left_out_slot(
    content: &[String],
    found_at: &[Option<usize>],
    given: &[String],
    used: &[bool],
    filler: &Filler,
) -> bool {
    let lexicon = Lexicon::embedded();
    let stands_in = |at: Option<usize>| {
        at.and_then(|i| given.get(i)).is_some_and(|word| {
            !is_stopword(word)
                && !matches!(word.as_str(), "one" | "ones")
                && !is_number(word)
                && lexicon.can_be_noun(word) == Some(true)
        }) && at.is_some_and(|i| !used[i])
    };
    (0..content.len()).any(|k| {
        if found_at[k].is_some() || !filler.prompt_gives(&content[k]) {
            return false;
        }
        // The slot next to the neighbour the learner kept, on the side
        // the left-out word stands.
        let after = k.checked_sub(1).and_then(|j| found_at[j]).map(|i| i + 1);
        let before = found_at
            .get(k + 1)
            .copied()
            .flatten()
            .and_then(|i| i.checked_sub(1));
        stands_in(after) || stands_in(before)
    })
}

fn is_number(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit()) || crate::numbers::is_number_word(word)
}

/// Accepted wordings, plus surnames for people ("Lovelace" for "Ada
/// Lovelace"). The family name comes first in Chinese names and last in
/// Western ones, so both ends of a name are accepted alone, unless the
/// accepted wordings already name the person by one end ("Xi" beside "Xi
/// Jinping", "President Xi Jinping"): the article then says which one,
/// and the other ("Jinping") is a given name nobody calls him by.
fn expand_accepted(accepted: &[&str], kind: AnswerKind) -> Vec<String> {
    let mut all: Vec<String> = accepted.iter().map(|a| a.to_string()).collect();
    if kind == AnswerKind::Person {
        let one_word: Vec<Vec<String>> = accepted
            .iter()
            .map(|a| words_of(a))
            .filter(|words| words.len() == 1)
            .collect();
        for answer in accepted {
            let words = words_of(answer);
            let named_by_one_end = one_word
                .iter()
                .any(|alone| alone.first().is_some_and(|name| words.contains(name)));
            if words.len() >= 2 && !named_by_one_end {
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

/// A concept measured by a span of time ("decades of diplomatic ties"),
/// split into the span and the thing without it ("decades", "diplomatic
/// ties"): the thing alone names what the article names but leaves out
/// how long it has lasted, which blind judges mostly hold to be part of
/// the answer. `None` for any other shape, and when the span is a number
/// ("2,000 years of").
fn without_time_span(answer: &str) -> Option<(String, String)> {
    let words = words_of(answer);
    let [span, of, rest @ ..] = words.as_slice() else {
        return None;
    };
    let content = rest.iter().filter(|w| !is_stopword(w)).count();
    (of == "of"
        && content >= 2
        && !is_number(span)
        && Lexicon::embedded().is_a(span, "time period"))
    .then(|| (span.clone(), rest.join(" ")))
}

/// The best match of folded words over every accepted wording (the last
/// of equals).
fn best_phrase(all: &[Phrase], given: &[String], filler: &Filler) -> PhraseMatch {
    // Of equal matches the first wording wins, the article's own before an
    // alias: feedback then names words the article uses ("ties", not the
    // alias's "relations").
    let matched: Vec<(usize, PhraseMatch)> = all
        .iter()
        .rev()
        .map(|phrase| (phrase.words.len(), phrase.matches(given, filler)))
        .collect();
    let full_at_length = matched
        .iter()
        .any(|(len, found)| *len == given.len() && matches!(found, PhraseMatch::Full { .. }));
    let best = matched
        .into_iter()
        .map(|(_, found)| found)
        .max_by_key(PhraseMatch::rank)
        .unwrap_or(PhraseMatch::None);
    // Credit through a shorter wording plus words of the learner's own.
    let through_shorter = matches!(best, PhraseMatch::Full { .. }) && !full_at_length;
    if through_shorter && swaps_a_word_of(all, given, filler) {
        PhraseMatch::None
    } else {
        best
    }
}

/// True when `given` is an accepted wording with one content word
/// swapped for another real word of the same part of speech that means
/// something else ("a regional model for *competition*" for "… for
/// collaboration"): the shorter wording it also holds ("a regional
/// model") does not make the swap right. Slips, other forms,
/// synonyms and words of the question, the sentence or another accepted
/// wording are no swap.
fn swaps_a_word_of(all: &[Phrase], given: &[String], filler: &Filler) -> bool {
    const SHORTEST: usize = 3;
    let lexicon = Lexicon::embedded();
    all.iter().any(|phrase| {
        if phrase.words.len() != given.len() || given.len() < SHORTEST {
            return false;
        }
        let mut differing = phrase.words.iter().zip(given).filter(|(w, g)| w != g);
        let (Some((expected, swapped)), None) = (differing.next(), differing.next()) else {
            return false;
        };
        !is_stopword(expected)
            && !is_stopword(swapped)
            && !filler.allows(swapped)
            && !all.iter().any(|other| other.words.contains(swapped))
            && crate::lang::stem(expected) != crate::lang::stem(swapped)
            && !lexicon.close_in_meaning(expected, swapped)
            && is_another_word(lexicon, expected, swapped)
    })
}

/// What grading a phrase answer needs from its key.
#[derive(Debug)]
struct PhraseKey {
    kind: AnswerKind,
    /// The accepted wordings and, for people, their surnames.
    all: Vec<Phrase>,
    /// The answer's former names ([`Setting::former_names`]).
    former: Vec<Phrase>,
    filler: Filler,
    splitter: Splitter,
}

impl PhraseKey {
    fn new(accepted: &[&str], kind: AnswerKind, setting: &Setting) -> PhraseKey {
        let mut all: Vec<Phrase> = expand_accepted(accepted, kind)
            .iter()
            .map(|a| Phrase::new(a, kind))
            .collect();
        if kind == AnswerKind::Concept {
            all.extend(
                accepted
                    .iter()
                    .filter_map(|answer| without_time_span(answer))
                    .map(|(span, bare)| Phrase {
                        span_dropped: Some(span),
                        ..Phrase::new(&bare, kind)
                    }),
            );
        }
        let accepted_words: Vec<Vec<String>> = all.iter().map(|p| p.words.clone()).collect();
        PhraseKey {
            kind,
            filler: Filler::in_context(kind, &accepted_words, &setting.context, &setting.prompt)
                .with_continuations(&setting.continuations),
            splitter: Splitter::new(accepted, kind, false),
            former: setting
                .former_names
                .iter()
                .map(|name| Phrase::new(name, kind))
                .collect(),
            all,
        }
    }
}

/// An answer naming the right item "and" another item of the sentence
/// around it ("poverty and desertification" for "poverty", "modern and
/// green agriculture" for "modern"): a guess at two, half right. `None`
/// when the accepted answer itself joins items with "and", or the answer
/// joins none.
fn second_item_guessed(key: &PhraseKey, answer: &str) -> Option<Verdict> {
    let (all, filler) = (&key.all, &key.filler);
    if all
        .iter()
        .any(|phrase| phrase.words.iter().any(|w| w == "and"))
    {
        return None;
    }
    let words = words_of(answer);
    let [and] = words
        .iter()
        .enumerate()
        .filter(|(_, w)| *w == "and")
        .map(|(at, _)| at)
        .collect::<Vec<_>>()[..]
    else {
        return None;
    };
    let (left, right) = (&words[..and], &words[and + 1..]);
    let accepted = |w: &String| all.iter().any(|phrase| phrase.words.contains(w));
    [(left, right), (right, left)]
        .into_iter()
        .find_map(|(named, other)| {
            // An item is a few content words; "they will backfire and harm
            // global interests" restates the sentence around the answer.
            let an_item = other.len() <= MAX_ITEM_WORDS
                && other
                    .iter()
                    .all(|w| matches!(w.as_str(), "the" | "a" | "an") || !is_stopword(w));
            let full =
                an_item && matches!(best_phrase(all, named, filler), PhraseMatch::Full { .. });
            let extra: Vec<&String> = other
                .iter()
                .filter(|w| !accepted(w) && filler.is_neighbouring_item(w))
                .collect();
            (full && !named.is_empty() && !extra.is_empty()).then(|| {
                let extra: Vec<&str> = extra.iter().map(|w| w.as_str()).collect();
                Verdict::partial(
                    SECOND_ITEM_SCORE,
                    format!(
                        "Partly right: \"{}\" is right, but \"{}\" is not part of the answer.",
                        crate::quote::quote(&named.join(" ")),
                        crate::quote::quote(&extra.join(" "))
                    ),
                )
            })
        })
}

/// Prepositions that open a detail set off after a right answer ("…, *of*
/// the 2nd summit", "…, *through* a legally binding agreement").
const DETAIL_PREPOSITIONS: &[&str] = &[
    "of", "in", "at", "on", "from", "during", "through", "via", "by", "with", "for", "under",
];

/// Whether the answer is one right phrase with a coordinate adjective
/// before it ("open, free trade"): a lone adjective set off by a comma
/// before a right phrase that opens with an adjective of its own
/// describes the same thing. An adjective of the prompt's or the
/// sentence's ("permanent, long-term") offers a rival from the text
/// instead.
fn coordinate_adjective(parts: &[Part], filler: &Filler, right: impl Fn(&Part) -> bool) -> bool {
    let lexicon = Lexicon::embedded();
    let learners_adjective =
        |word: &str| lexicon.can_be_adjective(word) == Some(true) && !filler.allows(word);
    match parts {
        [modifier, phrase] => {
            matches!(modifier.words.as_slice(), [word] if learners_adjective(word))
                && phrase.words.len() >= 2
                && lexicon.can_be_adjective(&phrase.words[0]) == Some(true)
                && right(phrase)
        }
        _ => false,
    }
}

/// The credit for a right item named beside a wrong one.
const SECOND_ITEM_SCORE: f64 = 0.5;

/// The most words of an item named beside the answer.
const MAX_ITEM_WORDS: usize = 3;

/// `short` is the answer folded by [`normalize`].
fn grade_phrase(expected: &str, key: &PhraseKey, answer: &str, short: &str) -> Verdict {
    if let Some(verdict) = second_item_guessed(key, answer) {
        return verdict;
    }
    let (all, filler, kind) = (&key.all, &key.filler, key.kind);
    let parts = offered(key.splitter.split(answer), filler);
    // Parts that are all pieces of one accepted wording ("the cooperation
    // mechanism between China and Central Asia") are that answer reworded,
    // not alternatives: the whole is graded.
    let mut one_answer = false;
    if parts.len() >= 2 {
        let right = |phrases: &[Phrase], part: &Part| {
            matches!(
                best_phrase(phrases, &part.words, filler),
                PhraseMatch::Full { .. }
            )
        };
        // The answer beside its former name ("Astana (Nur-Sultan)") names
        // one thing twice; a former name alone is still no answer.
        let all_right = parts.iter().any(|part| right(all, part))
            && parts
                .iter()
                .all(|part| right(all, part) || right(&key.former, part));
        if all_right {
            return Verdict::right("Correct.");
        }
        one_answer = within_one_wording(all, &parts, filler);
        // "Tuesday, in Astana": beside a right date, a part that names no
        // time is a detail, not a rival date.
        let dated_detail = kind == AnswerKind::DateTime
            && parts.iter().any(|part| right(all, part))
            && parts
                .iter()
                .all(|part| right(all, part) || !part_names_a_time(&part.words));
        // "The Astana Declaration, of the 2nd summit": beside a right
        // part, one that only repeats the prompt's and the sentence's
        // words adds a true detail, not a rival answer.
        // Only a phrase a preposition opens modifies: a bare "permanent"
        // beside "long-term" offers a rival from the same sentence.
        let framing_detail = parts.iter().any(|part| right(all, part))
            && parts.iter().all(|part| {
                right(all, part)
                    || (part
                        .words
                        .first()
                        .is_some_and(|word| DETAIL_PREPOSITIONS.contains(&word.as_str()))
                        && part.words.iter().all(|word| filler.allows(word)))
            });
        if dated_detail
            || framing_detail
            || coordinate_adjective(&parts, filler, |part| right(all, part))
        {
            return Verdict::right("Correct.");
        }
        if !one_answer {
            return hedge(answer);
        }
    }
    let mut given: Vec<String> = match parts.into_iter().next() {
        Some(part) if !one_answer => part.words,
        _ => short.split_whitespace().map(str::to_string).collect(),
    };
    if kind == AnswerKind::DateTime {
        let expanded = given
            .iter()
            .enumerate()
            .map(|(i, w)| match given.get(i + 1) {
                Some(next) if is_current(w, next) => "this",
                _ => expand_date_abbreviation(w),
            })
            .collect::<Vec<_>>()
            .join(" ");
        given = words_of(&expanded);
    }
    match best_phrase(all, &given, filler) {
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

/// True when `word` before `next` says "this" of a span of time: "the
/// current year", "the present week" are "this year", "this week".
fn is_current(word: &str, next: &str) -> bool {
    matches!(word, "current" | "present") && Lexicon::embedded().is_a(next, "time period")
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
fn item_strength(item: &Phrase, part: &str, filler: &Filler) -> Option<(u8, Vec<String>)> {
    let exactness = |typos: &Vec<String>| if typos.is_empty() { 1 } else { 0 };
    let part_words = words_of(part);
    match item.matches(&part_words, filler) {
        PhraseMatch::Full { typos, .. } => Some((4 + exactness(&typos), typos)),
        _ => {
            // An item's content words: `Phrase::content` of a list item
            // (coverage always applies to lists).
            let content = &item.content;
            let given: Vec<String> = part_words.into_iter().filter(|w| !is_stopword(w)).collect();
            if content.len() < 2 || given.is_empty() {
                return None;
            }
            let mut typos = Vec::new();
            let mut found = 0;
            for g in &given {
                match content
                    .iter()
                    .filter_map(|c| match_stemmed(c, item.stems.get(c), g))
                    .max()
                {
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
fn list_parts(answer: &str, key: &ListKey) -> Vec<String> {
    let (items, filler) = (&key.items, &key.filler);
    let mut parts = Vec::new();
    for segment in
        split_outside_numbers(answer, |c| matches!(c, ',' | ';' | '/' | '&' | '+' | '\n'))
    {
        let trimmed = strip_leading_connector(&segment);
        let trimmed_words = words_of(&trimmed);
        if trimmed_words.is_empty() {
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
        // One item, unless each piece names an item of its own: in "just
        // and mutually beneficial" the function word "just" could frame
        // "mutual benefit", but it names "justice".
        let whole = items.iter().any(|item| {
            matches!(
                item.matches(&trimmed_words, filler),
                PhraseMatch::Full { .. }
            )
        }) && !(pieces.len() >= 2
            && pieces
                .iter()
                .all(|piece| items.iter().any(|item| item.fully_named(piece, filler))));
        if whole {
            parts.push(trimmed);
            continue;
        }
        // Rejoin the longest runs of pieces that name an item together:
        // "uphold free trade and defend global fairness and justice".
        // A run never needs more pieces than an item has "and"s plus one,
        // which also keeps long inputs linear.
        let longest = key.longest_run;
        let mut start = 0;
        while start < pieces.len() {
            let end = (start + 1..=pieces.len().min(start + longest))
                .rev()
                .find(|&end| {
                    end == start + 1 || {
                        let run = pieces[start..end].join(" and ");
                        items.iter().any(|item| item.fully_named(&run, filler))
                    }
                })
                .unwrap_or(start + 1);
            parts.push(pieces[start..end].join(" and "));
            start = end;
        }
    }
    // A part of filler words only is dropped, unless it names an item: "just"
    // is a function word, and also the adjective of "justice".
    parts
        .into_iter()
        .filter(|p| {
            let words = words_of(p);
            !words.is_empty()
                && (!words.iter().all(|w| filler.allows(w) || w == "etc")
                    || items.iter().any(|item| item.fully_named(p, filler)))
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
fn segment_items(words: &[String], key: &ListKey) -> Option<Vec<usize>> {
    let (items, filler, longest) = (&key.items, &key.filler, key.longest_item);
    let mut indices = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let (end, index) = (start + 1..=words.len().min(start + longest))
            .rev()
            .find_map(|end| {
                let run = words[start..end].join(" ");
                let run = words_of(&run);
                let hits: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, item)| {
                        matches!(item.matches(&run, filler), PhraseMatch::Full { .. })
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

/// What grading a list answer needs from its key.
#[derive(Debug)]
struct ListKey {
    /// The items, each worth an equal share.
    items: Vec<Phrase>,
    /// The aliases, each naming the whole list ("the five Central Asian
    /// states").
    aliases: Vec<Phrase>,
    /// Words of several-word items that may be repeated on other items
    /// ("mutual trust" for "mutual respect, trust"); a one-word item's may
    /// not, or "France Italy" would be one item.
    shared: Vec<String>,
    filler: Filler,
    /// The most pieces ("and"s plus one) an item spans.
    longest_run: usize,
    /// The most words an item has.
    longest_item: usize,
}

impl ListKey {
    fn new(items: &[String], accepted: &[&str], setting: &Setting) -> ListKey {
        let item_words: Vec<Vec<String>> = items.iter().map(|i| words_of(i)).collect();
        let shared: Vec<String> = item_words
            .iter()
            .filter(|words| words.len() >= 2)
            .flatten()
            .filter(|w| {
                !is_stopword(w) && !item_words.iter().any(|ws| ws.len() == 1 && ws[0] == **w)
            })
            .cloned()
            .collect();
        let longest_run = item_words
            .iter()
            .map(|words| 1 + words.iter().filter(|w| *w == "and" || *w == "or").count())
            .max()
            .unwrap_or(1);
        let longest_item = item_words.iter().map(Vec::len).max().unwrap_or(1);
        ListKey {
            filler: Filler::in_context(AnswerKind::List, &item_words, &setting.context, &[])
                .with_continuations(&setting.continuations),
            items: items
                .iter()
                .map(|i| Phrase::new(i, AnswerKind::List))
                .collect(),
            aliases: accepted
                .iter()
                .skip(1)
                .map(|a| Phrase::new(a, AnswerKind::Concept))
                .collect(),
            shared,
            longest_run,
            longest_item,
        }
    }
}

fn grade_list(expected: &str, key: &ListKey, answer: &str) -> Verdict {
    let (items, filler, shared) = (&key.items, &key.filler, &key.shared);
    let answer_words = words_of(answer);
    if key.aliases.iter().any(|alias| {
        matches!(
            alias.matches(&answer_words, filler),
            PhraseMatch::Full { .. }
        )
    }) {
        return Verdict::right("Correct.");
    }
    let mut matched = vec![false; items.len()];
    let mut typos: Vec<String> = Vec::new();
    let mut wrong: Vec<String> = Vec::new();
    for part in list_parts(answer, key) {
        if words_of(&part).first().is_some_and(|w| is_negation(w)) {
            continue; // "not Russia" excludes, it does not pick
        }
        let score_part = |part: &str| -> Vec<(usize, u8, Vec<String>)> {
            items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| item_strength(item, part, filler).map(|(s, t)| (i, s, t)))
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
                match segment_items(&words, key) {
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
    let score = list_score(right, wrong.len(), n);
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
        .map(|(item, _)| item.text.clone())
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

/// Item-by-item credit for a typed list of `n` items with `right` of them
/// named and `wrong` parts naming none: each right item earns 1/n. A part
/// that names no item may be the learner's own wording of one, so it costs
/// nothing while the answer gives no more parts than the list has items;
/// only parts beyond that count each cost 1/n (listing every guess is no
/// way to full credit). "1 of 2 items" and "1 of 3" are thus scored alike.
fn list_score(right: usize, wrong: usize, n: usize) -> f64 {
    if n == 0 {
        return 0.0;
    }
    let beyond = (right + wrong).saturating_sub(n).min(wrong);
    right.saturating_sub(beyond) as f64 / n as f64
}

// ---------------------------------------------------------------------------
// Quantities

/// One accepted wording read as a quantity.
#[derive(Debug)]
struct Target {
    text: String,
    quantity: Quantity,
}

/// The accepted answers as quantities, when this answer is graded by value:
/// numeric kinds, and any answer that is a bare quantity ("second", "over
/// 2,000 years", "$209 million"). "three specialized centres" is not: its
/// words matter more than its number. The canonical answer's comes first.
fn numeric_targets(accepted: &[&str], kind: AnswerKind) -> Option<Vec<Target>> {
    let mut canonical_reads = false;
    let mut targets: Vec<Target> = Vec::new();
    for (i, text) in accepted.iter().enumerate() {
        if let Some(quantity) = parse_quantity(text) {
            canonical_reads |= i == 0;
            targets.push(Target {
                text: text.to_string(),
                quantity,
            });
        }
    }
    if !canonical_reads {
        return None;
    }
    let canonical = &targets[0].quantity;
    let bare = canonical.currency.is_some()
        || canonical.duration().is_some()
        || canonical.unit.as_deref().is_none_or(|u| u == "percent");
    (kind.is_numeric() || bare).then_some(targets)
}

/// What grading a quantity needs from its key.
#[derive(Debug)]
struct NumericKey {
    kind: AnswerKind,
    /// The accepted wordings that read as quantities, the canonical first.
    targets: Vec<Target>,
    /// What the prompt supplies that a bare number may leave out.
    gives: PromptGives,
    /// The targets' own plain words ("years"), whose slips are mended.
    own_words: Vec<String>,
    filler: Filler,
    splitter: Splitter,
}

impl NumericKey {
    fn new(targets: Vec<Target>, kind: AnswerKind, setting: &Setting) -> NumericKey {
        let unit = setting
            .prompt
            .iter()
            .find(|w| w.len() > 2 && !is_number_word(w) && time_unit(w).is_some())
            .cloned();
        let texts: Vec<&str> = targets.iter().map(|t| t.text.as_str()).collect();
        // A currency written as a symbol ("$209 million") is still one the
        // learner may spell out, and misspell ("209 million dolars").
        let currency_names = targets
            .iter()
            .filter_map(|t| t.quantity.currency)
            .flat_map(|currency| words_of(currency.name()))
            .filter(|w| w.len() >= 4);
        let own_words = texts
            .iter()
            .flat_map(|text| words_of(text))
            .chain(currency_names)
            .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()))
            .collect();
        NumericKey {
            kind,
            gives: PromptGives {
                unit,
                currencies: setting.currencies.clone(),
                echoed: setting
                    .prompt
                    .windows(2)
                    .filter(|pair| pair[1] == "how")
                    .find_map(|pair| crate::numbers::qualifier_word(&pair[0])),
            },
            own_words,
            filler: Filler::new(kind, &[]),
            splitter: Splitter::new(&texts, kind, true),
            targets,
        }
    }
}

/// What a question's prompt supplies that a bare number may leave out.
#[derive(Debug, Default)]
struct PromptGives {
    /// The time unit the prompt names ("How many years …?"), if any: the
    /// unit a bare number counts. Short abbreviations ("y", "mo") and
    /// "second" are other words there.
    unit: Option<String>,
    /// The currencies the prompt names: "209 million" answers "how much
    /// … in US dollars?" of "$209 million", but not "was worth _____",
    /// where it could as well be yuan.
    currencies: Vec<Currency>,
    /// The bound word the prompt asks with ("*Over* how many years …?"):
    /// the learner who answers "over two years" repeats the question's
    /// frame and claims no bound.
    echoed: Option<Qualifier>,
}

/// Why a quantity did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Miss {
    Value,
    /// A count ("three") where an ordinal ("third") is asked.
    Cardinal,
    Unit,
    /// An amount with no currency, where the prompt names none either.
    NoCurrency,
    Qualifier,
    Currency,
}

/// Compares a learner's quantity with one accepted quantity, given what
/// the prompt supplies.
fn compare(given: &Quantity, target: &Quantity, gives: &PromptGives) -> Result<(), Miss> {
    let unit = gives.unit.as_deref();
    // "third" never answers "three", and an ordinal is never a duration.
    if given.ordinal && !target.ordinal {
        return Err(Miss::Value);
    }
    // Nor does a count answer an ordinal: "three" is not "third"; "3rd"
    // is, and so is a bare "3" (see `written_in_digits`).
    if target.ordinal && !given.ordinal {
        return Err(if values_equal(given.value, target.value) {
            Miss::Cardinal
        } else {
            Miss::Value
        });
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
    match (given.currency, target.currency) {
        (Some(g), Some(t)) if g != t => return Err(Miss::Currency),
        // "209 million" is dollars only when the prompt says so.
        (None, Some(t)) if !gives.currencies.contains(&t) => return Err(Miss::NoCurrency),
        _ => {}
    }
    let claimed = given.qualifier.filter(|q| Some(*q) != gives.echoed);
    if !qualifiers_agree(claimed, target.qualifier) {
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
enum Reading<'t> {
    Match(&'t Target),
    Miss(Miss, &'t Target),
}

fn read_one<'t>(
    given: &Quantity,
    targets: &'t [Target],
    gives: &PromptGives,
) -> Option<Reading<'t>> {
    let mut worst: Option<(Miss, &'t Target)> = None;
    for target in targets {
        match compare(given, &target.quantity, gives) {
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

fn grade_numeric(expected: &str, key: &NumericKey, answer: &str) -> Verdict {
    let (targets, kind, gives) = (&key.targets, key.kind, &key.gives);
    let mended = number_slips_mended(answer, &key.own_words);
    let answer = mended.as_str();
    let mut parts = offered(key.splitter.split(answer), &key.filler);
    // "3 centers: poverty, education, desertification": a part that gives
    // no number is a detail of the one that does, not a rival answer.
    if parts
        .iter()
        .any(|part| !find_quantities(&part.text).is_empty())
    {
        parts.retain(|part| !find_quantities(&part.text).is_empty());
    }
    if parts.len() >= 2 {
        let all_right = parts.iter().all(|part| {
            numeric_part(expected, targets, kind, &part.text, gives).is_some_and(|v| v.is_right())
        });
        return if all_right {
            Verdict::right("Correct.")
        } else {
            hedge(answer)
        };
    }
    let part = parts.first().map_or(answer, |part| part.text.as_str());
    numeric_part(expected, targets, kind, part, gives).unwrap_or_else(|| hedge(answer))
}

/// Every number word of the dictionary ("two", "three", "thousand",
/// "third").
fn number_words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let lexicon = Lexicon::embedded();
        let mut words: Vec<&'static str> = lexicon
            .dictionary_words()
            .chain(lexicon.short_dictionary_words())
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
fn number_slips_mended(answer: &str, own: &[String]) -> String {
    let targets = || {
        own.iter()
            .map(String::as_str)
            .chain(number_words().iter().copied())
    };
    let mut mended = String::with_capacity(answer.len());
    let mut word = String::new();
    let flush = |word: &mut String, mended: &mut String| {
        let lower = word.to_lowercase();
        let slip = lower.len() >= 3
            && lower.chars().all(|c| c.is_ascii_lowercase())
            && !is_number_word(&lower)
            && !targets().any(|t| t == lower);
        let mut slip_of = targets().filter(|n| slip && is_typo(n, &lower));
        let first = slip_of.next();
        let only = first.filter(|first| slip_of.all(|other| other == *first));
        mended.push_str(only.unwrap_or(word.as_str()));
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
    slips_before_a_unit_mended(&mended, own)
}

/// The answer with a slip of a number word mended where it stands right
/// before one of the accepted answers' unit words, where only a number can
/// stand, even when the slip is itself another word: "tow years" is "two
/// years"; "tired" alone is not "third". One edit (a swap counts as one),
/// or the word's own allowance when larger, and only the slip of one
/// number word.
fn slips_before_a_unit_mended(text: &str, own: &[String]) -> String {
    let units: Vec<&str> = own
        .iter()
        .map(String::as_str)
        .filter(|w| !is_number_word(w))
        .collect();
    if units.is_empty() {
        return text.to_string();
    }
    // Words with their byte spans.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    let mut mended = String::with_capacity(text.len());
    let mut at = 0;
    for pair in spans.windows(2) {
        let ((s, e), (ns, ne)) = (pair[0], pair[1]);
        let word = text[s..e].to_lowercase();
        let next = text[ns..ne].to_lowercase();
        let candidate = word.len() >= 3
            && word.chars().all(|c| c.is_ascii_lowercase())
            && !is_number_word(&word)
            && units.contains(&next.as_str());
        if !candidate {
            continue;
        }
        let allowed = allowed_edits(&word).max(1);
        let mut slip_of = number_words().iter().filter(|n| {
            n.len().abs_diff(word.len()) <= allowed && crate::lang::within_edits(n, &word, allowed)
        });
        if let (Some(only), None) = (slip_of.next(), slip_of.next()) {
            mended.push_str(&text[at..s]);
            mended.push_str(only);
            at = e;
        }
    }
    mended.push_str(&text[at..]);
    mended
}

/// Grades one offered part; `None` when it holds several competing numbers
/// ("3000 4000"), which is a hedge.
fn numeric_part(
    expected: &str,
    targets: &[Target],
    kind: AnswerKind,
    part: &str,
    gives: &PromptGives,
) -> Option<Verdict> {
    let found: Vec<FoundQuantity> = find_quantities(part);
    let money = kind == AnswerKind::Money || targets.iter().any(|t| t.quantity.currency.is_some());
    let noun = if money { "amount" } else { "answer" };
    if found.is_empty() {
        return Some(Verdict::wrong(format!(
            "Not quite: the {noun} is {expected}."
        )));
    }
    let readings: Vec<(usize, Option<Reading<'_>>)> = found
        .iter()
        .enumerate()
        .map(|(i, f)| (i, read_one(&f.quantity, targets, gives)))
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
        return Some(if std::ptr::eq(*target, &targets[0]) {
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
    let bare = given.unit.is_none() && given.currency.is_none() && given.qualifier.is_none();
    if *miss == Miss::Cardinal && bare && written_in_digits(part) {
        return Some(Verdict::right(format!(
            "Correct. As an ordinal it is written {} or {}.",
            target.text,
            format_ordinal(target.quantity.value)
        )));
    }
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
        Miss::Cardinal => format!(
            "Not quite: the question asks which one, an ordinal: {}, not {}.",
            target.text,
            describe(given)
        ),
        Miss::NoCurrency => format!(
            "Not quite: say the currency; the {noun} is {}.",
            target.text
        ),
        Miss::Value => match magnitude(given.value, target.quantity.value) {
            Some(hint) => format!("Not quite: the {noun} is {}; yours is {hint}.", target.text),
            None => format!("Not quite: the {noun} is {}.", target.text),
        },
    };
    Some(Verdict::wrong(feedback))
}

/// Whether a part gives its number in digits only ("3", "the 3"): an
/// ordinal asked "in words or digits" takes the digit without its suffix,
/// while the word "three" is a count, not the ordinal.
fn written_in_digits(part: &str) -> bool {
    part.chars().any(|c| c.is_ascii_digit())
        && !normalize(part).split_whitespace().any(is_number_word)
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
    fn list_credit_is_a_share_per_item_and_only_parts_beyond_the_list_length_cost() {
        assert!((list_score(1, 1, 2) - 0.5).abs() < 1e-9);
        assert!((list_score(1, 2, 3) - 1.0 / 3.0).abs() < 1e-9);
        assert!((list_score(2, 1, 3) - 2.0 / 3.0).abs() < 1e-9);
        assert!((list_score(5, 1, 5) - 0.8).abs() < 1e-9);
        assert!((list_score(1, 3, 2) - 0.0).abs() < 1e-9);
        assert!((list_score(0, 0, 0) - 0.0).abs() < 1e-9);
    }

    #[test]
    fn a_person_is_accepted_by_the_end_of_the_name_the_article_uses_alone() {
        let all = expand_accepted(&["Xi", "President Xi Jinping"], AnswerKind::Person);
        assert!(all.contains(&"Xi".to_string()));
        assert!(!all.contains(&"jinping".to_string()), "{all:?}");
        // With no short form given, either end may be the family name.
        let all = expand_accepted(&["Ada Lovelace"], AnswerKind::Person);
        assert!(all.contains(&"ada".to_string()) && all.contains(&"lovelace".to_string()));
    }

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
        let kept: Vec<String> = offered(parts, &filler)
            .into_iter()
            .map(|part| part.text)
            .collect();
        assert_eq!(kept, vec!["Astana"]);
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
    fn a_concept_measured_by_a_span_of_time_without_the_span_earns_partial_credit() {
        assert_eq!(
            without_time_span("decades of diplomatic ties"),
            Some(("decades".to_string(), "diplomatic ties".to_string()))
        );
        assert_eq!(without_time_span("2,000 years of exchanges"), None);
        assert_eq!(without_time_span("the law of the jungle"), None);
        assert_eq!(without_time_span("decades of peace"), None);
        let right = |answer| {
            grade_text(
                "decades of diplomatic ties",
                &[],
                AnswerKind::Concept,
                &[],
                answer,
            )
            .is_right()
        };
        let bare = grade_text(
            "decades of diplomatic ties",
            &[],
            AnswerKind::Concept,
            &[],
            "diplomatic ties",
        );
        assert!(!bare.is_right());
        assert!(bare.score > 0.5 && bare.score < 1.0, "{bare:?}");
        assert!(bare.feedback.contains("decades"), "{bare:?}");
        assert!(right("decades of diplomatic ties"));
        assert!(!right("centuries of diplomatic ties"));
        assert!(!right("years of diplomatic ties"));
        assert!(!right("ties"));
    }

    #[test]
    fn a_learners_adjective_before_a_right_phrase_is_no_rival() {
        let grade = |answer: &str, context: &[&str]| {
            let setting = Setting {
                context: context.iter().map(|w| w.to_string()).collect(),
                ..Setting::default()
            };
            TypedKey::new("free trade", &[], AnswerKind::Concept, &[], &setting).grade(answer)
        };
        assert!(grade("open, free trade", &[]).is_right());
        // An adjective the article sets beside the answer is its rival.
        assert!(!grade("fair, free trade", &["fair", "free", "trade"]).is_right());
        // A lone adjective beside a lone one is two answers.
        assert!(!grade("open, free", &[]).is_right());
    }

    #[test]
    fn the_current_span_of_time_is_this_one() {
        let right =
            |answer| grade_text("this year", &[], AnswerKind::DateTime, &[], answer).is_right();
        assert!(right("in the current year"));
        assert!(right("during the present year"));
        assert!(!right("the current month"));
        assert!(!right("next year"));
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
        assert_eq!(
            number_slips_mended("secnd!", &["second".to_string()]),
            "second!"
        );
    }

    #[test]
    fn a_span_turned_the_other_way_in_time_is_wrong() {
        let setting = Setting {
            context: ["offered", "over", "the", "next"]
                .map(String::from)
                .to_vec(),
            ..Setting::default()
        };
        let key = TypedKey::new("two years", &[], AnswerKind::Duration, &[], &setting);
        assert!(!key.grade("over the past two years").is_right());
        assert!(!key.grade("the last two years").is_right());
        assert!(key.grade("over the next two years").is_right());
        assert!(key.grade("two years").is_right());
    }

    #[test]
    fn a_bound_word_the_prompt_asks_with_is_its_frame_not_a_bound() {
        let asked = |prompt: &str| Setting {
            prompt: prompt.split(' ').map(String::from).collect(),
            ..Setting::default()
        };
        let framed = asked("over how many years will the training be offered");
        let key = TypedKey::new("two years", &[], AnswerKind::Duration, &[], &framed);
        assert!(key.grade("over two years").is_right());
        assert!(!key.grade("under two years").is_right());
        assert!(!key.grade("over three years").is_right());
        let plain = asked("how many years will the training last");
        let key = TypedKey::new("two years", &[], AnswerKind::Duration, &[], &plain);
        assert!(!key.grade("over two years").is_right());
    }

    #[test]
    fn a_number_slip_that_is_another_word_is_mended_only_before_a_unit() {
        let years = ["years".to_string()];
        assert_eq!(number_slips_mended("tow years", &years), "two years");
        assert_eq!(number_slips_mended("tow yeras", &years), "two years");
        assert_eq!(number_slips_mended("the tow", &years), "the tow");
        let grade = |answer: &str| grade_text("two years", &[], AnswerKind::Duration, &[], answer);
        assert!(grade("tow years").is_right());
        assert!(!grade("tow").is_right());
        assert!(!grade("ten years").is_right());
        assert!(!grade("tree years").is_right());
    }

    #[test]
    fn another_adjective_ranking_a_thing_first_is_the_same_rank() {
        let grade =
            |answer: &str| grade_text("a key priority", &[], AnswerKind::Concept, &[], answer);
        assert!(grade("a top priority").is_right());
        assert!(grade("the main priority").is_right());
        assert!(!grade("a low priority").is_right());
        assert!(!grade("a top concern").is_right());
    }

    #[test]
    fn a_right_item_named_beside_another_of_its_sentence_is_half_right() {
        let prompt = "What kind of agriculture did Xi list among the focus areas?";
        let sentence = "a focus on trade, connectivity, green minerals, modern agriculture, and people-to-people ties";
        let setting = Setting {
            context: crate::lang::words(&format!("{prompt} {sentence}")),
            prompt: crate::lang::words(prompt),
            ..Setting::default()
        };
        let key = TypedKey::new("modern", &[], AnswerKind::Concept, &[], &setting);
        let guessed = key.grade("modern and green agriculture");
        assert!(!guessed.is_right(), "{guessed:?}");
        assert!(guessed.score > 0.0, "{guessed:?}");
        assert!(
            guessed
                .feedback
                .contains("\"green\" is not part of the answer"),
            "{guessed:?}"
        );
        assert!(key.grade("modern agriculture").is_right());
        // A key that joins items itself is graded as a list.
        let list = TypedKey::new(
            "trade and connectivity",
            &[],
            AnswerKind::Concept,
            &[],
            &setting,
        );
        assert!(list.grade("trade and connectivity").is_right());
    }

    #[test]
    fn a_phrase_of_the_prompts_and_sentences_words_set_off_after_a_right_answer_is_a_detail() {
        let prompt = "What kind of friendship does the treaty solidify?";
        let sentence = "solidifying their long-term friendship through a legally binding agreement, permanent good-neighborliness";
        let setting = Setting {
            context: crate::lang::words(&format!("{prompt} {sentence}")),
            prompt: crate::lang::words(prompt),
            ..Setting::default()
        };
        let key = TypedKey::new("long-term", &[], AnswerKind::Concept, &[], &setting);
        let detailed = key.grade("long-term friendship, through a legally binding agreement");
        assert!(detailed.is_right(), "{detailed:?}");
        // A bare word of the sentence beside it is a rival, and a detail
        // with a word of its own claims something the key cannot check.
        assert!(!key.grade("long-term, permanent").is_right());
        assert!(
            !key.grade("long-term, through a secret agreement")
                .is_right()
        );
    }

    #[test]
    fn a_detail_beside_a_right_answer_is_no_rival_answer() {
        let date = |answer: &str| grade_text("Tuesday", &[], AnswerKind::DateTime, &[], answer);
        assert!(date("Tuesday, in Astana").is_right());
        assert!(date("Tuesday, during the second summit").is_right());
        assert!(!date("Tuesday, the second").is_right());
        assert!(!date("Tuesday, Wednesday").is_right());
        assert!(!date("Tuesday, yesterday").is_right());
        assert!(!date("Tuesday, the 17th").is_right());
        assert!(!date("Monday, in Astana").is_right());
        let count = |answer: &str| grade_text("three", &[], AnswerKind::Number, &[], answer);
        assert!(count("3 centers: poverty, education, desertification").is_right());
        assert!(!count("3, 4").is_right());
        assert!(!count("4 centers: poverty, education").is_right());
    }

    #[test]
    fn a_key_noun_made_singular_before_a_noun_of_the_learners_is_another_thing() {
        let grade =
            |answer: &str| grade_text("global interests", &[], AnswerKind::Concept, &[], answer);
        assert!(!grade("global interest rates").is_right());
        assert!(grade("global interests").is_right());
        assert!(grade("global interest").is_right());
    }

    #[test]
    fn a_shorter_wording_does_not_excuse_a_swapped_word_of_the_longer() {
        let grade = |answer: &str| {
            grade_text(
                "a regional model for collaboration",
                &["a regional model".to_string()],
                AnswerKind::Concept,
                &[],
                answer,
            )
        };
        assert!(!grade("a regional model for competition").is_right());
        assert!(grade("a regional model for collaboration").is_right());
        assert!(grade("a regional model for cooperation").is_right());
        assert!(grade("a regional model for colaboration").is_right());
        assert!(grade("a regional model").is_right());
    }
}
