//! Item-writing-flaw (IWF) checks: the mechanical part of the 19-criterion
//! rubric of Tarrant et al., as automated by Moore et al. The checks are
//! pure: they see one candidate question as plain text plus what the fact
//! data says about each option (its answer class, its tone), never the
//! fact base itself, so generation can run them on every candidate and
//! keep only clean ones (overgenerate, then rank).
//!
//! General English knowledge comes from crates (stop words, the Snowball
//! stemmer); what is particular to an article (an option's tone, its
//! answer class) comes from the fact data through [`OptionView`].

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::numbers::parse_number;
use crate::text::normalize;

/// One mechanical item-writing flaw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flaw {
    /// The right option is clearly the longest.
    LongestIsRight,
    /// A content word of the stem (by stem) reappears in its answer and
    /// nowhere in the wrong options ("clang association").
    StemRepeatsAnswer,
    /// "a"/"an" before the blank or the options, or an article that
    /// disagrees with the word after it.
    GrammarCue,
    /// Options (or matching answers) of different answer classes.
    Heterogeneous,
    /// The wrong options share a word the right one lacks, or the right
    /// one shares a word with every other option (the odd one out), or one
    /// wrong option restates another.
    Convergence,
    /// An absolute word (always, never, only...) in an option the right
    /// answer does not use.
    AbsoluteWord,
    /// Right and wrong options differ in tone (nice words right, nasty
    /// words wrong).
    PolaritySplit,
    /// "All of the above", "none of the above" and the like.
    AllNoneOfTheAbove,
    /// A typed answer too long to type: more than four words, or a list
    /// of more than three items or of long items.
    LongTypedAnswer,
    /// A false statement whose swapped-in value the article never uses.
    OutOfWorldSwap,
    /// The stem states a count that the keyed options contradict.
    CountMismatch,
    /// The same prompt twice in one batch.
    DuplicatePrompt,
    /// A typed question's slot is filled just as truly by another value of
    /// the article (the country a city lies in, a second description of the
    /// same thing), and the prompt does not rule it out.
    RivalAnswer,
}

impl Flaw {
    pub const ALL: [Flaw; 13] = [
        Flaw::LongestIsRight,
        Flaw::StemRepeatsAnswer,
        Flaw::GrammarCue,
        Flaw::Heterogeneous,
        Flaw::Convergence,
        Flaw::AbsoluteWord,
        Flaw::PolaritySplit,
        Flaw::AllNoneOfTheAbove,
        Flaw::LongTypedAnswer,
        Flaw::OutOfWorldSwap,
        Flaw::CountMismatch,
        Flaw::DuplicatePrompt,
        Flaw::RivalAnswer,
    ];

    /// A short column name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Flaw::LongestIsRight => "longest",
            Flaw::StemRepeatsAnswer => "repeat",
            Flaw::GrammarCue => "grammar",
            Flaw::Heterogeneous => "hetero",
            Flaw::Convergence => "converge",
            Flaw::AbsoluteWord => "absolute",
            Flaw::PolaritySplit => "polarity",
            Flaw::AllNoneOfTheAbove => "all/none",
            Flaw::LongTypedAnswer => "long-typed",
            Flaw::OutOfWorldSwap => "out-world",
            Flaw::CountMismatch => "count",
            Flaw::DuplicatePrompt => "dup-prompt",
            Flaw::RivalAnswer => "rival",
        }
    }
}

/// The tone of a phrase, as the fact data records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Polarity {
    Negative,
    #[default]
    Neutral,
    Positive,
}

/// One option as the checks see it.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionView<'a> {
    pub text: &'a str,
    pub right: bool,
    /// The answer class ("concept/noun", "number"...): options of one
    /// question must share it.
    pub class: &'a str,
    pub polarity: Polarity,
}

/// A typed answer: what the learner must produce.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedView<'a> {
    pub answer: &'a str,
    /// List items when all of them are asked for; empty otherwise.
    pub items: &'a [String],
}

/// A candidate question as the checks see it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ItemView<'a> {
    /// The stem shown to the learner.
    pub prompt: &'a str,
    /// Lettered options (choice kinds) or the answers of a matching set.
    pub options: Vec<OptionView<'a>>,
    /// Each question with its own answer: the stem and the right answer
    /// for single questions, every item and its answer for matching.
    pub asks: Vec<(&'a str, &'a str)>,
    /// For typed kinds.
    pub typed: Option<TypedView<'a>>,
    /// For a false statement: the swapped-in value and whether the
    /// article itself uses it (or it is a believable perturbed number).
    pub swap: Option<(&'a str, bool)>,
    /// For select-all: how many options are keyed right.
    pub right_count: Option<usize>,
    /// For typed kinds: other true values of the article that fill the
    /// slot too, and the word that rules them out when the prompt uses it.
    pub rivals: Option<RivalsView<'a>>,
}

/// Other true values for a typed question's slot, from the fact data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RivalsView<'a> {
    pub values: &'a [String],
    /// A word ("city") that, in the prompt, rules every rival out.
    pub ruled_out_by: Option<&'a str>,
}

/// Words that make an option stand out: test-wise learners know that
/// absolute options are usually wrong (the IWF rubric's own list). The one
/// list of them: distractor picking shuns the same words.
pub(crate) const ABSOLUTE_WORDS: &[&str] = &[
    "always",
    "never",
    "all",
    "none",
    "every",
    "only",
    "completely",
    "entirely",
    "totally",
    "absolutely",
    "nothing",
    "everyone",
    "no one",
];

/// Determiners that point back to something the text already described
/// ("this spirit", "these principles"): a span they introduce names an
/// earlier description, which answers a question about it as well.
/// "That" is left out: it far more often opens a clause ("said that ...").
const ANAPHORIC_DETERMINERS: &[&[&str]] = &[
    &["this"],
    &["these"],
    &["those"],
    &["such"],
    &["the", "same"],
    &["the", "said"],
];

/// Modal and auxiliary verbs: a span right after one (or after one and an
/// adverb) is a verb phrase ("will ultimately backfire").
const AUXILIARIES: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did",
];

/// Combination options the rubric bans outright.
const COMBINATION_OPTIONS: &[&str] = &[
    "all of the above",
    "none of the above",
    "both of the above",
    "all of these",
    "none of these",
];

/// The longest typed answer, in words.
pub const MAX_TYPED_WORDS: usize = 4;
/// The longest list asked as a typed answer, in items.
pub const MAX_TYPED_ITEMS: usize = 3;
/// The longest item of a typed list, in words.
pub const MAX_TYPED_ITEM_WORDS: usize = 3;

/// One mechanical test over a candidate.
type Check = fn(&ItemView) -> bool;

/// Every flaw of one candidate, without duplicates, in a stable order.
pub fn check(item: &ItemView) -> Vec<Flaw> {
    let mut flaws = BTreeSet::new();
    let checks: [(Flaw, Check); 12] = [
        (Flaw::LongestIsRight, longest_is_right),
        (Flaw::StemRepeatsAnswer, stem_repeats_answer),
        (Flaw::GrammarCue, grammar_cue),
        (Flaw::Heterogeneous, heterogeneous),
        (Flaw::Convergence, convergence),
        (Flaw::AbsoluteWord, absolute_word),
        (Flaw::PolaritySplit, polarity_split),
        (Flaw::AllNoneOfTheAbove, all_none_of_the_above),
        (Flaw::LongTypedAnswer, long_typed_answer),
        (Flaw::OutOfWorldSwap, |item| {
            item.swap.is_some_and(|(_, in_world)| !in_world)
        }),
        (Flaw::CountMismatch, count_mismatch),
        (Flaw::RivalAnswer, rival_answer),
    ];
    for (flaw, test) in checks {
        if test(item) {
            flaws.insert(flaw);
        }
    }
    flaws.into_iter().collect()
}

/// A typed slot that another true value fills, unless the prompt names
/// the word that rules the rivals out ("Which city…" against a country).
fn rival_answer(item: &ItemView) -> bool {
    item.rivals.as_ref().is_some_and(|rivals| {
        !rivals.values.is_empty()
            && !rivals
                .ruled_out_by
                .is_some_and(|word| crate::text::contains_phrase(item.prompt, word))
    })
}

/// Indices of prompts that repeat an earlier one in the same batch
/// (compared after normalisation, so case and punctuation do not hide it).
pub fn duplicate_prompts<'a>(prompts: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
    let mut seen = BTreeSet::new();
    prompts
        .into_iter()
        .enumerate()
        .filter(|(_, prompt)| !seen.insert(normalize(prompt)))
        .map(|(index, _)| index)
        .collect()
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

fn stop_words() -> &'static BTreeSet<&'static str> {
    static WORDS: OnceLock<BTreeSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        stop_words::lookup("en")
            .unwrap_or_default()
            .iter()
            .copied()
            .collect()
    })
}

/// The stemmed content words of a text: no stop words, no numbers.
pub fn content_stems(text: &str) -> BTreeSet<String> {
    normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.len() > 1 && !stop_words().contains(word))
        .filter(|word| !word.chars().all(|c| c.is_ascii_digit()))
        .map(|word| stemmer().stem(word).into_owned())
        .collect()
}

/// Stemmed phrases kept per thread before the memo starts over: the
/// generator checks the same options and stems many thousands of times.
const STEM_MEMO_LIMIT: usize = 8192;

/// [`content_stems`], memoised: folding, stop-word filtering and stemming
/// the same option again for every candidate was most of the gate's cost.
fn stems(text: &str) -> Rc<BTreeSet<String>> {
    thread_local! {
        static MEMO: RefCell<HashMap<String, Rc<BTreeSet<String>>>> = RefCell::new(HashMap::new());
    }
    MEMO.with(|memo| {
        if let Some(found) = memo.borrow().get(text) {
            return Rc::clone(found);
        }
        let computed = Rc::new(content_stems(text));
        let mut memo = memo.borrow_mut();
        if memo.len() >= STEM_MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(text.to_string(), Rc::clone(&computed));
        computed
    })
}

fn words(text: &str) -> usize {
    normalize(text).split_whitespace().count()
}

fn right_and_wrong<'b, 'a>(
    item: &'b ItemView<'a>,
) -> (Vec<&'b OptionView<'a>>, Vec<&'b OptionView<'a>>) {
    item.options.iter().partition(|option| option.right)
}

/// One right option among three or more, longer than every wrong one by
/// a fifth and by more than three characters.
fn longest_is_right(item: &ItemView) -> bool {
    let (right, wrong) = right_and_wrong(item);
    if item.asks.len() > 1 || right.len() != 1 || wrong.len() < 2 {
        return false;
    }
    let length = |text: &str| text.chars().count() as f64;
    let answer = length(right[0].text);
    let longest_wrong = wrong
        .iter()
        .map(|option| length(option.text))
        .fold(0.0, f64::max);
    answer > longest_wrong * 1.2 && answer - longest_wrong > 3.0
}

/// A stem word in its own answer, unless every option carries it (then it
/// tells nothing apart). A typed answer may repeat the stem's head noun
/// ("Which declaration…?" "the Astana Declaration": the learner must still
/// produce "Astana"); it is flawed when the stem gives away more than half
/// of its content words.
fn stem_repeats_answer(item: &ItemView) -> bool {
    let option_stems: Vec<Rc<BTreeSet<String>>> = item
        .options
        .iter()
        .map(|option| stems(option.text))
        .collect();
    item.asks.iter().any(|(stem, answer)| {
        let answer_stems = stems(answer);
        let stem_stems = stems(stem);
        let mut shared = stem_stems.intersection(&answer_stems);
        if option_stems.is_empty() {
            return shared.count() * 2 > answer_stems.len();
        }
        shared.any(|word| !option_stems.iter().all(|set| set.contains(word)))
    })
}

fn starts_with_vowel_sound(word: &str) -> bool {
    // Spelling, not sound: good enough to catch "a agreement"; the
    // exceptions that matter in news English ("one", "uni-", "eu-",
    // "hour") are the usual ones.
    let lower = word.to_lowercase();
    let silent_h = ["hour", "honest", "honor", "honour", "heir"];
    let consonant_sound = ["one", "once", "uni", "use", "usu", "eu", "ewe"];
    if silent_h.iter().any(|prefix| lower.starts_with(prefix)) {
        return true;
    }
    if consonant_sound
        .iter()
        .any(|prefix| lower.starts_with(prefix))
    {
        return false;
    }
    lower.starts_with(['a', 'e', 'i', 'o', 'u'])
}

/// "a"/"an" right before a blank or at the end of a stem with options;
/// or an article that disagrees with the next word ("a agreement").
fn grammar_cue(item: &ItemView) -> bool {
    let tokens: Vec<&str> = item.prompt.split_whitespace().collect();
    let is_article = |word: &str| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an")
    };
    let before_blank = tokens
        .windows(2)
        .any(|pair| is_article(pair[0]) && pair[1].starts_with('_'));
    let before_options = !item.options.is_empty()
        && item.asks.len() <= 1
        && tokens.last().is_some_and(|last| is_article(last));
    let disagreement = tokens.windows(2).any(|pair| {
        let next = pair[1].trim_matches(|c: char| !c.is_alphanumeric());
        if next.is_empty() || next.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let article = pair[0].trim_start_matches(|c: char| !c.is_alphanumeric());
        (article == "a" || article == "A") && starts_with_vowel_sound(next)
            || (article == "an" || article == "An") && !starts_with_vowel_sound(next)
    });
    before_blank || before_options || disagreement
}

fn heterogeneous(item: &ItemView) -> bool {
    let classes: BTreeSet<&str> = item.options.iter().map(|option| option.class).collect();
    classes.len() > 1
}

/// The odd one out: a content word shared by every wrong option but not
/// the right one, or the single right option sharing a word with every
/// wrong one while no wrong option does the same.
fn convergence(item: &ItemView) -> bool {
    let (right, wrong) = right_and_wrong(item);
    if item.asks.len() > 1 || right.len() != 1 || wrong.len() < 2 {
        return false;
    }
    let stems: Vec<Rc<BTreeSet<String>>> = item
        .options
        .iter()
        .map(|option| stems(option.text))
        .collect();
    let right_index = item
        .options
        .iter()
        .position(|option| option.right)
        .unwrap_or(0);
    let mut wrong_stems = stems
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != right_index)
        .map(|(_, set)| set.as_ref());
    let first: BTreeSet<String> = wrong_stems.next().cloned().unwrap_or_default();
    let shared_by_wrong =
        wrong_stems.fold(first, |acc, set| acc.intersection(set).cloned().collect());
    let odd_one_out = shared_by_wrong
        .iter()
        .any(|word| !stems[right_index].contains(word));
    let links = |index: usize| {
        stems
            .iter()
            .enumerate()
            .filter(|(other, set)| *other != index && !set.is_disjoint(&stems[index]))
            .count()
    };
    let hub = links(right_index) == stems.len() - 1
        && (0..stems.len())
            .filter(|&index| index != right_index)
            .all(|index| links(index) < stems.len() - 1);
    // Two wrong options where one restates the other ("a common regional
    // currency" and "a common regional currency and central bank"): the
    // pair cancels out and the set narrows to the rest.
    let restated = (0..stems.len()).any(|a| {
        (0..stems.len()).any(|b| {
            a != b
                && a != right_index
                && b != right_index
                && !stems[a].is_empty()
                && stems[a].is_subset(&stems[b])
        })
    });
    odd_one_out || hub || restated
}

/// True when `text` uses an absolute word ("always", "no one") as a word.
pub(crate) fn has_absolute_word(text: &str) -> bool {
    let folded = format!(" {} ", normalize(text));
    ABSOLUTE_WORDS
        .iter()
        .any(|word| folded.contains(&format!(" {word} ")))
}

/// Where `span` sits in `sentence`: the folded words of its comma clause,
/// and the position of the span's first word there. Clauses split at
/// commas, semicolons, colons and dashes; the first occurrence wins.
fn locate(sentence: &str, span: &str) -> Option<(usize, Vec<String>, usize)> {
    let needle = crate::text::words_keep_articles(span);
    if needle.is_empty() {
        return None;
    }
    sentence
        .split([',', ';', ':', '\u{2013}', '\u{2014}'])
        .enumerate()
        .find_map(|(index, clause)| {
            let words = crate::text::words_keep_articles(clause);
            let at = words
                .windows(needle.len())
                .position(|window| window == needle.as_slice())?;
            Some((index, words, at))
        })
}

/// When `span` in `sentence` is introduced by an anaphoric determiner
/// ("carrying forward this cooperative spirit"), the noun it refers back
/// with: the content word right after the span ("spirit"), or the span's
/// own last word when it is the whole noun phrase ("this mechanism").
/// A typed question about the span is answered as well by the earlier
/// description that noun points back to.
pub fn back_reference(sentence: &str, span: &str) -> Option<String> {
    let (_, words, at) = locate(sentence, span)?;
    let before = &words[..at];
    let anaphoric = ANAPHORIC_DETERMINERS.iter().any(|determiner| {
        before.ends_with(&determiner.iter().map(|w| w.to_string()).collect::<Vec<_>>())
    });
    if !anaphoric {
        return None;
    }
    let end = at + crate::text::words_keep_articles(span).len();
    match words.get(end) {
        Some(next) if !crate::lang::is_stopword(next) => Some(next.clone()),
        _ => words.get(end - 1).cloned(),
    }
}

/// When a verb-phrase `span` ends its clause in `sentence` and the next
/// clause is a participial one ("will ultimately backfire, harming global
/// interests"), that clause: it states a consequence which answers "what
/// will they do?" as truly as the span. `verb` says the data marks the span
/// as a verb; otherwise an auxiliary just before it must show it is one.
pub fn consequence_clause(sentence: &str, span: &str, verb: bool) -> Option<String> {
    let (index, words, at) = locate(sentence, span)?;
    let end = at + crate::text::words_keep_articles(span).len();
    let after_auxiliary = words[at.saturating_sub(2)..at]
        .iter()
        .any(|word| AUXILIARIES.contains(&word.as_str()));
    if end != words.len() || !(verb || after_auxiliary) {
        return None;
    }
    let next = sentence
        .split([',', ';', ':', '\u{2013}', '\u{2014}'])
        .nth(index + 1)?;
    let next_words = crate::text::words_keep_articles(next);
    let first = next_words.first()?;
    (first.len() > 4 && first.ends_with("ing")).then(|| next_words.join(" "))
}

/// An absolute word in some option that the right options lack.
fn absolute_word(item: &ItemView) -> bool {
    let right_has = item
        .options
        .iter()
        .any(|option| option.right && has_absolute_word(option.text));
    !right_has
        && item
            .options
            .iter()
            .any(|option| !option.right && has_absolute_word(option.text))
        || item.swap.is_some_and(|(value, _)| has_absolute_word(value))
}

/// Some tone is carried by every right option and by no wrong one (or the
/// other way round), and it is not neutral.
fn polarity_split(item: &ItemView) -> bool {
    let (right, wrong) = right_and_wrong(item);
    if item.asks.len() > 1 || right.is_empty() || wrong.is_empty() {
        return false;
    }
    let split = |a: &[&OptionView], b: &[&OptionView]| {
        [Polarity::Negative, Polarity::Positive]
            .into_iter()
            .any(|tone| {
                a.iter().all(|option| option.polarity == tone)
                    && b.iter().all(|option| option.polarity != tone)
            })
    };
    split(&right, &wrong) || split(&wrong, &right)
}

fn all_none_of_the_above(item: &ItemView) -> bool {
    item.options.iter().any(|option| {
        let text = normalize(option.text);
        COMBINATION_OPTIONS
            .iter()
            .any(|banned| text.contains(&normalize(banned)))
    })
}

fn long_typed_answer(item: &ItemView) -> bool {
    let Some(typed) = &item.typed else {
        return false;
    };
    if typed.items.is_empty() {
        // `words` normalises, which drops leading articles.
        return words(typed.answer) > MAX_TYPED_WORDS;
    }
    typed.items.len() > MAX_TYPED_ITEMS
        || typed
            .items
            .iter()
            .any(|entry| words(entry) > MAX_TYPED_ITEM_WORDS)
}

/// A select-all stem naming a count ("which three principles") that is not
/// the number of right options.
fn count_mismatch(item: &ItemView) -> bool {
    let Some(right) = item.right_count else {
        return false;
    };
    let stated: Vec<f64> = item
        .prompt
        .split_whitespace()
        .filter_map(|word| parse_number(word.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|value| (2.0..=12.0).contains(value))
        .collect();
    stated.iter().any(|&value| value != right as f64)
}

#[cfg(test)]
mod tests;
