//! Typing slips that hide a question's frame: words run together
//! ("*whatdid* the leaders sign", "on the basis" as "*onthe* basis") and a
//! function word with two letters swapped ("who will host *teh* third
//! summit"). Content words are corrected later, against the article's
//! vocabulary; these are mended first, because the wh-word, auxiliary or
//! preposition they hide decides how the question is read.
//!
//! General English only: the dictionary and the function words come in
//! as closures, never an article's words.

use super::confirm::fold;
use super::intent::{AUXILIARIES, WH_WORDS};

/// The shortest part a run-together token splits into: "on", "of".
const SHORTEST_PART: usize = 2;

/// Prepositions run into a determiner: "*on*the", "*in*a".
const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "of", "to", "for", "with", "by", "from", "about", "into",
];

/// What an auxiliary or a preposition may run into: determiners and
/// pronouns ("was*the*", "is*it*").
const DETERMINERS_AND_PRONOUNS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "it", "they", "he",
    "she", "we", "you", "there",
];

/// Whether `first` and `second`, typed as one word, are a pair a question's
/// frame runs together: a wh-word and anything ("what did"), an auxiliary
/// and a determiner or pronoun ("was the"), a preposition and a determiner
/// ("on the"), or a word and "of" ("kind of"). "However" is no "how ever",
/// and "inking" no "in king".
fn frame_pair(first: &str, second: &str) -> bool {
    (WH_WORDS.contains(&first) && second != "ever")
        || ((AUXILIARIES.contains(&first) || PREPOSITIONS.contains(&first))
            && DETERMINERS_AND_PRONOUNS.contains(&second))
        || (second == "of" && first.len() >= 3)
}

/// How the words of a question are told apart, for [`mended`].
pub(super) struct WordKinds<'a> {
    /// Whether a folded word is in the dictionary.
    pub is_word: &'a dyn Fn(&str) -> bool,
    /// Whether a folded word is a function word: a wh-word, an auxiliary,
    /// a preposition, a determiner or a pronoun.
    pub is_function: &'a dyn Fn(&str) -> bool,
    /// Whether a folded word is, or is a slip away from, a word the
    /// article uses ("sumit" is "summit", not "sum it").
    pub near_article_word: &'a dyn Fn(&str) -> bool,
    /// Whether a folded word is one the article uses, as written: cheap,
    /// where [`WordKinds::near_article_word`] walks the article's words.
    pub is_article_word: &'a dyn Fn(&str) -> bool,
}

/// `question` with its run-together words split and its swapped function
/// words put right, or `None` when it has neither.
pub(super) fn mended(question: &str, kinds: &WordKinds<'_>) -> Option<String> {
    let joined = split_word_joined(question, kinds);
    let mut changed = joined.is_some();
    let question = joined.as_deref().unwrap_or(question);
    let tokens: Vec<String> = question
        .split_whitespace()
        .map(|token| match mend_token(token, kinds) {
            Some(mended) => {
                changed = true;
                mended
            }
            None => token.to_string(),
        })
        .collect();
    changed.then(|| tokens.join(" "))
}

/// The fewest letters a word split by slips must have to be joined: short
/// runs ("in to", "any one") are words of their own.
const SHORTEST_SPLIT_WORD: usize = 8;

/// The most pieces a split word is joined from ("multi lateral ism").
const MOST_SPLIT_PIECES: usize = 3;

/// `question` with a long word of the article typed in pieces joined
/// again ("support *multi lateral ism*", "the president of *turk mennis
/// tan*"), or `None` when it has none. Pieces are plain lower-case
/// words with no punctuation between them, at least one of them no word
/// of the dictionary, and together a word of the article or one slip
/// from one.
fn split_word_joined(question: &str, kinds: &WordKinds<'_>) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    // Each token's letters, when it can be a piece: plain lower case
    // (closing punctuation only on a run's last piece), two letters or
    // more ("w unilateralism", "n central" are chat's one-letter words),
    // and not a word of the article itself. Read once: this runs on every
    // question, and almost none has a split word.
    let pieces: Vec<Option<(&str, bool)>> = tokens
        .iter()
        .map(|token| {
            let core = token.trim_end_matches(['?', '!', '.', ',', ';', ':']);
            let plain = core.len() >= 2 && core.bytes().all(|b| b.is_ascii_lowercase());
            (plain && !(kinds.is_article_word)(core)).then(|| (core, !(kinds.is_word)(core)))
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        let joined = (2..=MOST_SPLIT_PIECES).rev().find_map(|count| {
            let run = pieces.get(at..at + count)?;
            let inner_plain = tokens[at..at + count - 1]
                .iter()
                .zip(run)
                .all(|(t, p)| p.is_some_and(|(core, _)| core.len() == t.len()));
            let letters: usize = run.iter().flatten().map(|(core, _)| core.len()).sum();
            let joins = inner_plain
                && run.iter().all(Option::is_some)
                && letters >= SHORTEST_SPLIT_WORD
                && run.iter().flatten().any(|(_, unknown)| *unknown);
            if !joins {
                return None;
            }
            let word: String = run.iter().flatten().map(|(core, _)| *core).collect();
            (kinds.near_article_word)(&word).then(|| {
                let last = tokens[at + count - 1];
                let last_core = run[count - 1].map_or(0, |(core, _)| core.len());
                (count, format!("{word}{}", &last[last_core..]))
            })
        });
        if let Some((count, word)) = joined {
            if out.is_empty() {
                out.extend(tokens[..at].iter().map(|t| t.to_string()));
            }
            out.push(word);
            at += count;
        } else {
            if !out.is_empty() {
                out.push(tokens[at].to_string());
            }
            at += 1;
        }
    }
    (!out.is_empty()).then(|| out.join(" "))
}

/// One whitespace token mended, keeping the punctuation around it.
fn mend_token(token: &str, kinds: &WordKinds<'_>) -> Option<String> {
    let start = token.find(|c: char| c.is_alphanumeric())?;
    let end = token
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphanumeric())
        .map(|(at, c)| at + c.len_utf8())?;
    let core = &token[start..end];
    // Names ("Xi", "Astana") and anything but plain lower-case letters
    // ("results-driven", "3rd") are left alone.
    if !core.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let word = fold(core);
    if (kinds.is_word)(&word) || (kinds.near_article_word)(&word) {
        return None;
    }
    let mended = swapped_function_word(&word, kinds).or_else(|| run_together(&word, kinds))?;
    Some(format!("{}{mended}{}", &token[..start], &token[end..]))
}

/// The function word `word` is with two neighbouring letters swapped
/// ("teh" → "the", "waht" → "what"), when exactly one is.
fn swapped_function_word(word: &str, kinds: &WordKinds<'_>) -> Option<String> {
    let letters: Vec<char> = word.chars().collect();
    let mut found: Option<String> = None;
    for at in 1..letters.len() {
        if letters[at - 1] == letters[at] {
            continue;
        }
        let mut swapped = letters.clone();
        swapped.swap(at - 1, at);
        let candidate: String = swapped.into_iter().collect();
        if (kinds.is_function)(&candidate) {
            if found.as_ref().is_some_and(|f| *f != candidate) {
                return None;
            }
            found = Some(candidate);
        }
    }
    found
}

/// `word` split into two dictionary words that a question's frame runs
/// together ([`frame_pair`]: "whatdid" → "what did", "kindof" → "kind
/// of"), when exactly one split does it.
fn run_together(word: &str, kinds: &WordKinds<'_>) -> Option<String> {
    let mut found: Option<String> = None;
    for at in SHORTEST_PART..=word.len().saturating_sub(SHORTEST_PART) {
        if !word.is_char_boundary(at) {
            continue;
        }
        let (first, second) = word.split_at(at);
        if (kinds.is_word)(first) && (kinds.is_word)(second) && frame_pair(first, second) {
            if found.is_some() {
                return None;
            }
            found = Some(format!("{first} {second}"));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[&str] = &[
        "what", "did", "the", "on", "kind", "of", "was", "how", "much", "basis", "sum", "it",
        "leaders", "sign", "host", "who", "will", "third", "summit", "a", "lot", "an", "other",
        "another", "in", "king", "ink", "whet", "her", "every", "one", "ever",
    ];
    const FUNCTION: &[&str] = &[
        "what", "did", "the", "on", "of", "was", "how", "much", "it", "who", "will", "a", "an",
        "in", "her", "every", "one",
    ];

    fn mend(question: &str) -> Option<String> {
        let is_word = |w: &str| WORDS.contains(&w);
        let is_function = |w: &str| FUNCTION.contains(&w);
        let near_article_word =
            |w: &str| matches!(w, "sumit" | "summit" | "multilateralism" | "turkmennistan");
        let is_article_word = |w: &str| matches!(w, "summit" | "multilateralism" | "china");
        mended(
            question,
            &WordKinds {
                is_word: &is_word,
                is_function: &is_function,
                near_article_word: &near_article_word,
                is_article_word: &is_article_word,
            },
        )
    }

    #[test]
    fn words_typed_together_are_split_where_one_is_a_function_word() {
        assert_eq!(
            mend("whatdid the leaders sign").as_deref(),
            Some("what did the leaders sign")
        );
        assert_eq!(
            mend("deal with the region onthe basis?").as_deref(),
            Some("deal with the region on the basis?")
        );
        assert_eq!(
            mend("what kindof summit").as_deref(),
            Some("what kind of summit")
        );
        assert_eq!(mend("howmuch, then?").as_deref(), Some("how much, then?"));
    }

    #[test]
    fn a_long_article_word_typed_in_pieces_is_joined() {
        assert_eq!(
            mend("did they support multi lateral ism").as_deref(),
            Some("did they support multilateralism")
        );
        assert_eq!(
            mend("the president of turk mennis tan?").as_deref(),
            Some("the president of turkmennistan?")
        );
        // Words of their own stay apart, however long together, and so do
        // a one-letter word and a word of the article.
        assert_eq!(mend("every one"), None);
        assert_eq!(mend("what r china n summit"), None);
        assert_eq!(mend("they back multi lateral summit"), None);
    }

    #[test]
    fn a_function_word_with_two_letters_swapped_is_put_right() {
        assert_eq!(
            mend("who will host teh third summit").as_deref(),
            Some("who will host the third summit")
        );
        assert_eq!(
            mend("waht did they sign").as_deref(),
            Some("what did they sign")
        );
    }

    #[test]
    fn words_slips_of_article_words_and_names_are_left_alone() {
        for question in [
            "what did the leaders sign",
            "where was the sumit",
            "Where was Xi?",
            "results-driven mechanism",
            "another summit",
            "the inking ceremony",
            "I was wondering whether",
            "Name everyone",
            "however, what",
        ] {
            assert_eq!(mend(question), None, "{question}");
        }
    }
}
