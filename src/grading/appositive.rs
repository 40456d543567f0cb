//! An answer in the words the article itself puts beside the expected
//! name: "Kazakhstan's capital" (or "the capital of Kazakhstan") for
//! Astana, where the cited sentence reads "Astana, Kazakhstan's capital,
//! …". The article says the two are one, and the learner who writes the
//! description has read it: six of eight blind judges gave it full
//! credit (two called it partial, the thing without its name).
//! Only a short appositive right after the name counts, and only for
//! names (places, people), which such a phrase picks out.

use crate::facts::Citation;
use crate::text::normalize;

/// The most words an appositive has to count as a description.
const LONGEST_APPOSITIVE: usize = 5;

/// Whether `answer` is the appositive some cited sentence puts right after
/// `expected`, as written or turned from "X's Y" into "the Y of X".
pub(crate) fn names_by_the_articles_description(
    expected: &str,
    citations: &[Citation],
    answer: &str,
) -> bool {
    let answer = normalize(answer);
    if answer.is_empty() || expected.trim().is_empty() {
        return false;
    }
    citations
        .iter()
        .filter_map(|citation| appositive_after(&citation.text, expected.trim()))
        .any(|phrase| readings(&phrase).contains(&answer))
}

/// The phrase set off by commas right after `name` in `sentence`
/// ("Astana*, Kazakhstan's capital,*"), when it is short.
fn appositive_after(sentence: &str, name: &str) -> Option<String> {
    let at = sentence.find(name)?;
    let rest = sentence[at + name.len()..].strip_prefix(',')?;
    let phrase = rest.split([',', ';', '.', '(', ')']).next()?.trim();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // A description holds a common noun ("capital"); a run of capitalised
    // words after a comma is the next item of a list ("Kazakhstan,
    // Kyrgyzstan, …"), no description of the first.
    let describes = words
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_lowercase))
        && !matches!(
            words.first(),
            Some(&("and" | "or" | "but" | "which" | "who" | "where"))
        );
    ((1..=LONGEST_APPOSITIVE).contains(&words.len()) && describes).then(|| phrase.to_string())
}

/// The folded phrase, and "the Y of X" for "X's Y".
fn readings(phrase: &str) -> Vec<String> {
    let mut readings = vec![normalize(phrase)];
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let owner_end = words.iter().position(|w| {
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .is_some_and(|owner| !owner.is_empty())
    });
    if let Some(at) = owner_end.filter(|&at| at + 1 < words.len()) {
        let owner = words[..=at].join(" ");
        let owner = owner.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        let owned = words[at + 1..].join(" ");
        readings.push(normalize(&format!("{owned} of {owner}")));
    }
    readings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(text: &str) -> Vec<Citation> {
        vec![Citation {
            source_id: "article".into(),
            sentence_index: 2,
            text: text.into(),
        }]
    }

    const SENTENCE: &str = "The signing took place in Astana, Kazakhstan\u{2019}s capital, during the \
                            second summit.";

    #[test]
    fn the_articles_own_description_of_the_name_is_right() {
        for answer in [
            "Kazakhstan's capital",
            "kazakhstans capital",
            "the capital of Kazakhstan",
            "Capital of Kazakhstan",
        ] {
            assert!(
                names_by_the_articles_description("Astana", &cited(SENTENCE), answer),
                "{answer}"
            );
        }
    }

    #[test]
    fn another_description_or_a_long_aside_is_not() {
        for answer in [
            "Uzbekistan's capital",
            "Kazakhstan",
            "the capital",
            "the second summit",
        ] {
            assert!(
                !names_by_the_articles_description("Astana", &cited(SENTENCE), answer),
                "{answer}"
            );
        }
        let listed = cited("Xi joined the presidents of Kazakhstan, Kyrgyzstan, and Uzbekistan.");
        assert!(!names_by_the_articles_description(
            "Kazakhstan",
            &listed,
            "Kyrgyzstan"
        ));
        let long =
            cited("Xi spoke in Astana, where the leaders of the five Central Asian states met.");
        assert!(!names_by_the_articles_description(
            "Astana",
            &long,
            "where the leaders of the five Central Asian states met"
        ));
    }
}
