//! Questions about where an item stands in a list: "what is the *first*
//! area of focus Xi listed?", "which country comes *last*?", "what does
//! the *first of* the three centres focus on?". The question is asked
//! again without the position; the list that answers it gives the item.
//!
//! General English only: an ordinal (or "last") together with a word that
//! speaks of a list or of order, or the partitive "the first of the …".

/// Where in a list a question asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Position {
    /// The item at this 1-based place.
    Nth(usize),
    /// The list's last item.
    Last,
}

impl Position {
    /// The item at this position of `items`, if the list has one there.
    /// A list of one item has no first or last worth asking about.
    pub(super) fn of<'a>(self, items: &[&'a str]) -> Option<&'a str> {
        if items.len() < 2 {
            return None;
        }
        match self {
            Position::Nth(n) => items.get(n.checked_sub(1)?).copied(),
            Position::Last => items.last().copied(),
        }
    }
}

/// Words that speak of a list or of an order, so an ordinal near them
/// asks for a place in it ("*listed* first", "*comes* last").
pub(super) const LIST_CUES: &[&str] = &[
    "list",
    "listed",
    "lists",
    "listing",
    "named",
    "mentioned",
    "mentions",
    "comes",
    "come",
    "appears",
    "order",
    "sequence",
    "enumerated",
];

/// Words for the last place.
const LAST_WORDS: &[&str] = &["last", "final"];

/// Words before "last" that make it the verb ("will the treaty *last*")
/// or an adverb of time ("at last").
pub(super) const BEFORE_LAST_VERB: &[&str] = &[
    "will", "would", "does", "do", "did", "to", "can", "could", "should", "may", "might", "at",
];

/// The highest place a question may ask about: beyond it the number is
/// no place in a list of the article's.
const MOST_PLACES: u64 = 20;

/// The position a question asks about and the question without it ("what
/// is the area of focus Xi listed?"), when it asks for a place in a list;
/// `None` otherwise.
///
/// `ordinal` reads a folded word's ordinal. `names_an_event` says whether
/// a folded word is one the article writes right after an ordinal ("the
/// second *summit*"): an ordinal before it names one of a series of
/// events, not a place in a list.
pub(super) fn asked(
    question: &str,
    ordinal: impl Fn(&str) -> Option<u64>,
    names_an_event: impl Fn(&str) -> bool,
) -> Option<(Position, String)> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| super::confirm::fold(t)).collect();
    let word = |at: usize| folded.get(at).map_or("", String::as_str);
    let cued = folded.iter().any(|w| LIST_CUES.contains(&w.as_str()));
    for at in 0..folded.len() {
        let position = if LAST_WORDS.contains(&word(at))
            && !(at > 0 && BEFORE_LAST_VERB.contains(&word(at - 1)))
        {
            Position::Last
        } else {
            match ordinal(word(at)) {
                Some(n) if (1..=MOST_PLACES).contains(&n) => Position::Nth(n as usize),
                _ => continue,
            }
        };
        let partitive = word(at + 1) == "of" && word(at + 2) == "the";
        if !(cued || partitive) || names_an_event(word(at + 1)) {
            continue;
        }
        let dropped = if partitive { at..at + 3 } else { at..at + 1 };
        let rest: Vec<&str> = tokens
            .iter()
            .enumerate()
            .filter(|(i, _)| !dropped.contains(i))
            .map(|(_, t)| *t)
            .collect();
        if rest.is_empty() {
            return None;
        }
        let mut rest = rest.join(" ");
        // "… named first?": keep the question mark the dropped word bore.
        if question.trim_end().ends_with('?') && !rest.ends_with('?') {
            rest.push('?');
        }
        return Some((position, rest));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ordinal(word: &str) -> Option<u64> {
        crate::numbers::parse_ordinal(word)
    }

    fn read(question: &str) -> Option<(Position, String)> {
        asked(question, ordinal, |w| w == "summit" || w == "china")
    }

    #[test]
    fn an_ordinal_with_a_word_of_lists_asks_for_a_place_in_the_list() {
        assert_eq!(
            read("What is the first area of focus Xi listed?"),
            Some((
                Position::Nth(1),
                "What is the area of focus Xi listed?".into()
            ))
        );
        assert_eq!(
            read("Which area comes last in Xi's list?"),
            Some((Position::Last, "Which area comes in Xi's list?".into()))
        );
        assert_eq!(
            read("Which country's president is named first?"),
            Some((
                Position::Nth(1),
                "Which country's president is named?".into()
            ))
        );
        assert_eq!(
            read("What does the first of the three new centers focus on?"),
            Some((
                Position::Nth(1),
                "What does the three new centers focus on?".into()
            ))
        );
    }

    #[test]
    fn an_ordinal_of_an_event_or_without_a_list_asks_no_place() {
        assert_eq!(read("What was signed at the second summit?"), None);
        assert_eq!(read("Which centres were named at the second summit?"), None);
        assert_eq!(read("Will the treaty last?"), None);
        assert_eq!(read("Who will host the third summit?"), None);
        assert_eq!(read("What did Xi say first?"), None);
    }

    #[test]
    fn a_place_is_taken_from_lists_long_enough_to_hold_it() {
        let items = ["trade", "connectivity", "green minerals"];
        assert_eq!(Position::Nth(1).of(&items), Some("trade"));
        assert_eq!(Position::Last.of(&items), Some("green minerals"));
        assert_eq!(Position::Nth(4).of(&items), None);
        assert_eq!(Position::Nth(1).of(&["trade"]), None);
    }
}
