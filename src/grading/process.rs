//! An answer that says in plain words what a process noun names: "the
//! spread of deserts" or "land turning into desert" for
//! "desertification", "becoming modern" for "modernization". The noun's
//! suffix says that something turns into its root, so an answer naming
//! the root beside a word of turning or spreading (the `turning` class of
//! `data/rewordings.json`) says the same. A curb ("fighting deserts") or
//! a negation says something else, and is left to the other rules.

use crate::lang;
use crate::lang::rewordings::WordClasses;

/// Suffixes that make a noun of turning into the root: "desert*ification*",
/// "modern*ization*".
const PROCESS_SUFFIXES: &[&str] = &["ification", "ization", "isation"];

/// The fewest letters a root keeps ("urban", "modern", "desert").
const SHORTEST_ROOT: usize = 4;

/// The most words such a description has; a longer answer says more than
/// the noun, and the other rules judge it.
const LONGEST_DESCRIPTION: usize = 6;

/// Words that deny or hold down what follows, so the answer describes
/// another thing than the process itself.
const DENIALS: &[&str] = &[
    "not",
    "no",
    "never",
    "stop",
    "stopping",
    "prevent",
    "preventing",
];

/// The root a process noun turns things into ("desert" of
/// "desertification"), or `None` when `noun` is no such noun.
fn root_of(noun: &str) -> Option<&str> {
    PROCESS_SUFFIXES
        .iter()
        .find_map(|suffix| noun.strip_suffix(suffix))
        .filter(|root| root.len() >= SHORTEST_ROOT && root.chars().all(|c| c.is_ascii_lowercase()))
}

/// Whether `answer` describes the process `expected` names: `expected` is
/// one folded word with a process suffix, and the answer, in a few words,
/// names its root and a word of turning, with no denial or curb.
pub(crate) fn describes_process(expected: &str, answer: &str) -> bool {
    let expected = expected.trim().to_lowercase();
    let Some(root) = root_of(&expected) else {
        return false;
    };
    let words = lang::words(answer);
    if words.is_empty() || words.len() > LONGEST_DESCRIPTION {
        return false;
    }
    let classes = WordClasses::embedded();
    let root_stem = lang::stem(root);
    let names_root = words.iter().any(|w| lang::stem(w) == root_stem);
    let turns = words.iter().any(|w| WordClasses::has(&classes.turning, w));
    // A curb in any form: "fight", "fighting".
    let curbs = |w: &str| {
        let stem = lang::stem(w);
        classes.curb.iter().any(|curb| lang::stem(curb) == stem)
    };
    let denies = words
        .iter()
        .any(|w| DENIALS.contains(&w.as_str()) || curbs(w));
    names_root && turns && !denies
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_beside_a_word_of_turning_describes_the_process() {
        for (expected, answer) in [
            ("desertification", "the spread of deserts"),
            ("desertification", "land turning into desert"),
            ("desertification", "deserts spreading"),
            ("modernization", "becoming modern"),
            ("urbanisation", "cities growing and becoming urban"),
        ] {
            assert!(describes_process(expected, answer), "{expected} / {answer}");
        }
    }

    #[test]
    fn a_root_alone_a_curb_a_denial_or_another_noun_is_no_description() {
        for (expected, answer) in [
            ("desertification", "deserts"),
            ("desertification", "fighting the spread of deserts"),
            ("desertification", "stopping land turning into desert"),
            ("desertification", "the spread of poverty"),
            (
                "desertification",
                "land turning into desert because of farming and drought",
            ),
            ("poverty", "poverty spreading"),
            ("nation", "spreading nat"),
        ] {
            assert!(
                !describes_process(expected, answer),
                "{expected} / {answer}"
            );
        }
    }
}
