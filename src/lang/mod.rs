//! The one text toolkit of the core: words, stems and derivational
//! families, stop words, numbers and a lexical resource.
//!
//! General language knowledge only. What belongs to one article (its names,
//! its demonyms, "next summit" meaning the third) lives in data files next
//! to `data/facts.json`; nothing here names anything from an article.
//!
//! - [`words`]: the tokenizer (folded as [`crate::text::normalize`] folds).
//! - [`stem`]: the Snowball English stemmer (`rust-stemmers`).
//! - [`Lexicon`]: WordNet 3.0, distilled by `tools/wordnet_lexicon.py` into
//!   `data/wordnet.json` for the words of the fact set (synonyms,
//!   derivational families, opposites, kinds of thing) and
//!   `data/english-words.txt` (every WordNet lemma of four letters or more,
//!   to tell a misspelling from another real word) with
//!   `data/english-short-words.txt` (the lemmas of two and three letters,
//!   read only to tell a slip in a short word from another word) and
//!   `data/wordnet-attributes.txt` (a noun and the adjective naming the
//!   same quality, "strength" / "strong", read only by the grader).
//! - [`stance`]: which side a word takes on what follows it ("support" /
//!   "against"), from the small general list `data/stance-words.txt`.
//! - `rewordings`: general English word classes one word of which stands
//!   for another ("key" / "top", "growing" / "rising", "control" /
//!   "fighting"), from `data/rewordings.json`; the grader and Ask read them.
//! - Numbers are read by [`crate::numbers`].

pub mod headed;
mod lexicon;
pub mod related;
pub(crate) mod rewordings;
pub mod stance;

use std::sync::{LazyLock, OnceLock};

use rust_stemmers::{Algorithm, Stemmer};

pub use lexicon::{Lexicon, LexiconError};

/// The words of `text`, folded (case, accents, punctuation) with articles
/// kept, so positions line up with the original.
pub fn words(text: &str) -> Vec<String> {
    crate::text::words_keep_articles(text)
}

/// The whitespace-separated tokens of `text`, lower-cased, without the
/// punctuation and signs around them but with what is inside ("2,000"
/// keeps its comma): for reading numbers as they are written.
pub fn tokens_lowered(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|token| {
            token
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// The Snowball (Porter 2) stem of a folded word: "reducing" and "reduce"
/// → "reduc", "policies" → "polici".
///
/// Memoised: Ask and the grader stem the same few thousand words over and
/// over (every question word, every key and lexicon lookup), and a cache
/// hit costs a fraction of the Snowball rules. Bounded in entries, and
/// only words of at most [`STEM_CACHE_MAX_WORD`] bytes are kept, so hostile
/// input cannot grow it.
pub fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    static CACHE: OnceLock<quick_cache::sync::Cache<String, String>> = OnceLock::new();
    let stemmer = || {
        STEMMER
            .get_or_init(|| Stemmer::create(Algorithm::English))
            .stem(word)
            .into_owned()
    };
    if word.len() > STEM_CACHE_MAX_WORD {
        return stemmer();
    }
    let cache = CACHE.get_or_init(|| quick_cache::sync::Cache::new(STEM_CACHE_WORDS));
    if let Some(stem) = cache.get(word) {
        return stem;
    }
    let stem = stemmer();
    cache.insert(word.to_owned(), stem.clone());
    stem
}

/// How many words [`stem`] remembers: several times an article's and its
/// lexicon's working vocabulary.
const STEM_CACHE_WORDS: usize = 16_384;

/// The longest word [`stem`] remembers, in bytes; longer ones (no English
/// word) are stemmed each time.
const STEM_CACHE_MAX_WORD: usize = 32;

/// Function words: never content, never worth credit on their own.
#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "into",
    "onto", "about", "over", "under", "than", "and", "or", "but", "so", "it", "its", "this",
    "that", "these", "those", "there", "here", "is", "are", "was", "were", "be", "been",
    "being", "am", "do", "does", "did", "has", "have", "had", "will", "would", "shall",
    "should", "can", "could", "may", "might", "must", "i", "me", "my", "we", "our", "you",
    "your", "he", "him", "his", "she", "her", "they", "them", "their", "who", "whom", "which",
    "what", "when", "where", "why", "how", "also", "just", "only", "very", "really", "too",
    "then", "well", "more", "most", "all", "both", "each", "such", "own", "s", "between",
];

/// The plain forms of "be": "trade wars *are* good".
pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been"];

/// Whether a folded word is a form of "be", "am", "being" and the
/// negated forms typed without their apostrophe included: "they *are*
/// bringing", "it *isnt* working".
pub fn is_form_of_be(word: &str) -> bool {
    BE_FORMS.contains(&word)
        || matches!(word, "am" | "being" | "isnt" | "arent" | "wasnt" | "werent")
}

/// True for function words ("the", "of", "was").
pub fn is_stopword(word: &str) -> bool {
    // Asked of nearly every word Ask and grading read: a hash lookup, not
    // a scan of the list.
    static SET: LazyLock<foldhash::HashSet<&'static str>> =
        LazyLock::new(|| STOPWORDS.iter().copied().collect());
    SET.contains(word)
}

/// Whether `a` and `b` are at most `bound` edits apart (Damerau-Levenshtein,
/// as `strsim` counts them). Ask and grading hold a word against many
/// others and almost every pair is far apart: a cheap lower bound settles
/// those before the full distance is computed.
pub fn within_edits(a: &str, b: &str, bound: usize) -> bool {
    edits_within(a, b, bound).is_some()
}

/// The edits between `a` and `b` (as [`within_edits`] counts them) when
/// there are at most `bound`, else `None`.
pub fn edits_within(a: &str, b: &str, bound: usize) -> Option<usize> {
    if letters_apart(a, b) > bound {
        return None;
    }
    Some(strsim::damerau_levenshtein(a, b)).filter(|&edits| edits <= bound)
}

/// A lower bound on the edits between two strings. An insertion, deletion,
/// substitution or swap of neighbours adds at most one to the letters `a`
/// has that `b` lacks, and at most one to those `b` has that `a` lacks
/// (counted with repetition), so the larger count bounds the edits. Bytes
/// are counted in 32 buckets (a letter's, whatever its case, or one shared
/// by the rest): merging symbols only lowers the counts, so the bound
/// holds, and the table is small. Beyond ASCII, the difference in length
/// is the bound.
fn letters_apart(a: &str, b: &str) -> usize {
    if !a.is_ascii() || !b.is_ascii() {
        return a.chars().count().abs_diff(b.chars().count());
    }
    let bucket = |byte: u8| usize::from(byte.to_ascii_lowercase().wrapping_sub(b'a')).min(26);
    let mut balance = [0i32; 32];
    for byte in a.bytes() {
        balance[bucket(byte)] += 1;
    }
    for byte in b.bytes() {
        balance[bucket(byte)] -= 1;
    }
    let (only_a, only_b) = balance.iter().fold((0, 0), |(only_a, only_b), &n| {
        (only_a + n.max(0), only_b + (-n).max(0))
    });
    usize::try_from(only_a.max(only_b)).unwrap_or(usize::MAX)
}

/// The names of the months, in order: a question asking for a month is
/// not answered by a weekday.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        #[test]
        fn the_bounded_edit_test_agrees_with_the_full_distance(
            a in "[a-eA-Cz' 1é]{0,9}",
            b in "[a-eA-Cz' 1é]{0,9}",
            bound in 0usize..4,
        ) {
            prop_assert_eq!(
                within_edits(&a, &b, bound),
                strsim::damerau_levenshtein(&a, &b) <= bound
            );
        }
    }

    #[test]
    fn words_a_slip_or_two_apart_are_within_edits_and_others_are_not() {
        assert!(within_edits("astana", "astna", 1));
        assert!(within_edits("projects", "porjetcs", 2));
        assert!(!within_edits("projects", "protests", 1));
        assert!(!within_edits("astana", "tuesday", 2));
    }

    #[test]
    fn words_of_one_family_share_a_stem_or_a_family() {
        assert_eq!(stem("reducing"), stem("reduce"));
        assert_eq!(stem("educational"), stem("education"));
        let lexicon = Lexicon::embedded();
        assert!(lexicon.same_family("reduction", "reducing"));
        assert!(lexicon.same_family("education", "educational"));
        assert!(!lexicon.same_family("education", "reduction"));
    }

    #[test]
    fn stopwords_are_function_words() {
        assert!(is_stopword("the") && is_stopword("of"));
        assert!(!is_stopword("treaty"));
    }
}
