//! Word-level comparison for typed answers: typo tolerance, light stemming,
//! and the small words that may surround an answer without changing it.

use crate::facts::AnswerKind;
use crate::numbers::{is_number_word, parse_number, parse_ordinal};
use crate::text::normalize_keep_articles;

/// How a learner's word matched the expected one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum WordMatch {
    /// A small spelling slip ("astna" for "astana").
    Typo,
    /// Another form of the same word ("policy" for "policies").
    Stem,
    /// The same word.
    Exact,
}

/// Edits tolerated in a word, scaled by its length: none for words of up to
/// three letters (where one edit makes another word: "Xi"/"Li"), one for 4–7
/// letters, two for 8 and more. Two words are compared with the allowance
/// of the shorter one. Words with digits get none: Quizlet allows no
/// typo tolerance once a number is involved, and neither do we.
pub(crate) fn allowed_edits(word: &str) -> usize {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return 0;
    }
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Compares one expected word with one candidate word.
pub(crate) fn match_word(expected: &str, candidate: &str) -> Option<WordMatch> {
    if expected == candidate {
        return Some(WordMatch::Exact);
    }
    // "2nd" is "second", "5" is "five": numbers compare by value.
    let numeric = |w: &str| w.chars().any(|c| c.is_ascii_digit()) || is_number_word(w);
    if numeric(expected)
        && numeric(candidate)
        && let (Some(a), Some(b)) = (number_token(expected), number_token(candidate))
    {
        return (a == b).then_some(WordMatch::Exact);
    }
    let has_digit = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    if has_digit(expected) || has_digit(candidate) {
        return None;
    }
    // Number words are values, not spellings: "four" is not a typo of "five".
    if is_number_word(expected) || is_number_word(candidate) {
        return None;
    }
    if stem(expected) == stem(candidate) || plural_of(expected, candidate) {
        return Some(WordMatch::Stem);
    }
    // The allowance of the shorter word: an edit must be a slip on both
    // sides, or "thursday" would tolerate "tuesday" (two edits, 8 letters).
    let (a, b) = (expected.chars().count(), candidate.chars().count());
    let allowed = if a <= b {
        allowed_edits(expected)
    } else {
        allowed_edits(candidate)
    };
    if allowed == 0 || a.abs_diff(b) > allowed {
        return None;
    }
    (strsim::damerau_levenshtein(expected, candidate) <= allowed).then_some(WordMatch::Typo)
}

/// True when one word is the other plus a plural "s" ("ties" for "tie"),
/// which [`stem`] leaves alone in words of three letters.
fn plural_of(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 3 && long.strip_suffix('s') == Some(short)
}

/// A single word read as a number: cardinals by value ("five", "5" → "5"),
/// ordinals marked ("second", "2nd" → "2th").
fn number_token(word: &str) -> Option<String> {
    if let Some(n) = parse_ordinal(word) {
        return Some(format!("{n}th"));
    }
    let value = parse_number(word)?;
    Some(format!("{value}"))
}

/// Day and month abbreviations, expanded for dates ("Tue" → "tuesday").
pub(crate) fn expand_date_abbreviation(word: &str) -> &str {
    match word {
        "mon" => "monday",
        "tue" | "tues" => "tuesday",
        "wed" | "weds" => "wednesday",
        "thu" | "thur" | "thurs" => "thursday",
        "fri" => "friday",
        "sat" => "saturday",
        "sun" => "sunday",
        "yr" => "year",
        other => other,
    }
}

/// Suffixes removed by [`stem`], with their replacements, longest first.
const SUFFIXES: &[(&str, &str)] = &[
    ("nesses", ""),
    ("ations", "at"),
    ("ation", "at"),
    ("ivities", ""),
    ("ments", ""),
    ("ities", ""),
    ("ivity", ""),
    ("ness", ""),
    ("ment", ""),
    ("isms", ""),
    ("ists", ""),
    ("ives", ""),
    ("ions", ""),
    ("ings", ""),
    ("ship", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ism", ""),
    ("ist", ""),
    ("ive", ""),
    ("ion", ""),
    ("ing", ""),
    ("ity", ""),
    ("ers", ""),
    ("er", ""),
    ("ed", ""),
    ("ly", ""),
    ("li", ""),
];

/// A light suffix stripper (not Porter): enough to see that "policies" and
/// "policy", "protectionist" and "protectionism", "cooperation" and
/// "cooperative" share a stem. Applied until nothing changes, keeping at
/// least three letters.
pub(crate) fn stem(word: &str) -> String {
    let mut current = word.to_string();
    for _ in 0..4 {
        let before = current.clone();
        current = strip_plural(&current);
        for (suffix, replacement) in SUFFIXES {
            if let Some(base) = current.strip_suffix(suffix)
                && base.chars().count() + replacement.chars().count() >= 3
            {
                current = format!("{base}{replacement}");
                break;
            }
        }
        if current == before {
            break;
        }
    }
    if current.chars().count() > 3 && current.ends_with('e') {
        current.pop();
    }
    current
}

fn strip_plural(word: &str) -> String {
    if word.chars().count() <= 3 || word.ends_with("ss") || word.ends_with("us") {
        return word.to_string();
    }
    for sibilant in ["ches", "shes", "xes", "zes", "sses"] {
        if let Some(base) = word.strip_suffix(sibilant) {
            return format!("{base}{}", &sibilant[..sibilant.len() - 2]);
        }
    }
    match word.strip_suffix('s') {
        Some(base) if !word.ends_with("ies") => base.to_string(),
        _ => word.to_string(),
    }
}

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
    "then", "well", "more", "most", "all", "both", "each", "such", "own", "s",
];

/// True for function words ("the", "of", "was").
pub(crate) fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}

/// Words that frame an answer without adding a claim: "It was signed in
/// Astana", "I think Astana", "the Astana summit".
#[rustfmt::skip]
const FRAME_WORDS: &[&str] = &[
    "answer", "think", "believe", "guess", "probably", "perhaps", "maybe", "say", "said",
    "says", "called", "named", "known", "signed", "held", "host", "hosts", "hosted", "hosting",
    "took", "take", "place",
    "happened", "located", "summit", "treaty", "yes", "ok", "okay", "correct",
];

/// Words that may surround a place: "Astana city", "in the capital Astana".
#[rustfmt::skip]
const PLACE_WORDS: &[&str] = &[
    "city", "capital", "town", "country", "countries", "region", "nation", "nations", "states",
    "kazakh", "republic",
];

/// Countries of the summit, allowed as context after a city ("Astana,
/// Kazakhstan") but only when the answer is not itself one of them.
#[rustfmt::skip]
pub(crate) const REGION_COUNTRIES: &[&str] = &[
    "china", "kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan",
];

/// Titles and descriptions around a person: "President Xi".
#[rustfmt::skip]
const PERSON_WORDS: &[&str] = &[
    "president", "mr", "mrs", "ms", "dr", "chairman", "leader", "chinese", "general",
    "secretary", "premier", "minister", "prime", "comrade", "excellency",
];

/// Words around a day or date: "on Tuesday", "Tuesday, June 17".
#[rustfmt::skip]
const DATE_WORDS: &[&str] = &[
    "day", "date", "weekday", "week", "within", "during", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "nd", "rd", "th",
];

/// Which extra words may surround an answer of this kind without making it
/// a different answer.
#[derive(Debug, Clone)]
pub(crate) struct Filler {
    kind: AnswerKind,
    /// Region countries count as context (the answer is not a country).
    region_context: bool,
}

impl Filler {
    pub(crate) fn new(kind: AnswerKind, accepted_words: &[Vec<String>]) -> Filler {
        let names_a_country = accepted_words
            .iter()
            .any(|words| words.iter().any(|w| REGION_COUNTRIES.contains(&w.as_str())));
        Filler {
            kind,
            region_context: matches!(kind, AnswerKind::Place | AnswerKind::Person)
                && !names_a_country,
        }
    }

    /// True when `word` may stand next to the answer without changing it.
    pub(crate) fn allows(&self, word: &str) -> bool {
        if is_stopword(word) || FRAME_WORDS.contains(&word) {
            return true;
        }
        // "Kazakhstan's" folds to "kazakhstans".
        let region = |w: &str| {
            self.region_context
                && (REGION_COUNTRIES.contains(&w)
                    || w.strip_suffix('s')
                        .is_some_and(|b| REGION_COUNTRIES.contains(&b)))
        };
        match self.kind {
            AnswerKind::Place => PLACE_WORDS.contains(&word) || region(word),
            AnswerKind::Person => PERSON_WORDS.contains(&word) || region(word),
            AnswerKind::DateTime => {
                DATE_WORDS.contains(&word) || word.chars().all(|c| c.is_ascii_digit())
            }
            _ => false,
        }
    }
}

/// Splits text at connecting words ("a or b", "x and y"): a word for which
/// `is_connective` holds (on its folded form) ends a part and is dropped;
/// one for which `is_skipped` holds ("either") is dropped too.
pub(crate) fn split_at_connectives(
    segment: &str,
    is_connective: impl Fn(&str) -> bool,
    is_skipped: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for word in segment.split_whitespace() {
        let folded = normalize_keep_articles(word);
        if is_skipped(&folded) {
            continue;
        }
        if is_connective(&folded) {
            parts.push(current.join(" "));
            current.clear();
        } else {
            current.push(word);
        }
    }
    parts.push(current.join(" "));
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_words_get_no_typo_allowance_and_long_words_two() {
        assert_eq!(allowed_edits("xi"), 0);
        assert_eq!(allowed_edits("astana"), 1);
        assert_eq!(allowed_edits("kazakhstan"), 2);
        assert_eq!(allowed_edits("3000"), 0);
    }

    #[test]
    fn one_slip_in_a_medium_word_is_a_typo_but_another_city_is_not() {
        assert_eq!(match_word("astana", "astna"), Some(WordMatch::Typo));
        assert_eq!(match_word("astana", "astanna"), Some(WordMatch::Typo));
        assert_eq!(match_word("kazakhstan", "kazakstan"), Some(WordMatch::Typo));
        assert_eq!(match_word("tuesday", "tuesdy"), Some(WordMatch::Typo));
        assert_eq!(match_word("astana", "almaty"), None);
        assert_eq!(match_word("tuesday", "monday"), None);
        assert_eq!(match_word("tuesday", "thursday"), None);
        assert_eq!(match_word("thursday", "tuesday"), None);
        assert_eq!(match_word("cooperative", "competitive"), None);
    }

    #[test]
    fn digits_and_number_words_are_never_typo_tolerated() {
        assert_eq!(match_word("3000", "3001"), None);
        assert_eq!(match_word("five", "fife"), None);
        assert_eq!(match_word("second", "seconds"), None);
    }

    #[test]
    fn stems_join_word_forms() {
        assert_eq!(stem("policies"), stem("policy"));
        assert_eq!(stem("protectionist"), stem("protectionism"));
        assert_eq!(stem("cooperation"), stem("cooperative"));
        assert_eq!(stem("neighborliness"), stem("neighborly"));
        assert_eq!(stem("wars"), "war");
        assert_eq!(stem("trades"), stem("trade"));
        assert_ne!(stem("astana"), stem("almaty"));
    }

    #[test]
    fn region_countries_frame_a_city_but_not_a_country_answer() {
        let city = Filler::new(AnswerKind::Place, &[vec!["astana".into()]]);
        assert!(city.allows("kazakhstan"));
        let country = Filler::new(AnswerKind::Place, &[vec!["kazakhstan".into()]]);
        assert!(!country.allows("uzbekistan"));
        assert!(!city.allows("almaty"));
    }
}
