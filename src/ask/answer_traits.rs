//! What a fact's answer span is like, beyond its [`AnswerKind`]: whether
//! it names people or a place something happens in (for "who" questions),
//! gives a time of day (for "what time"), or is a modifier or verb rather
//! than a noun that can lead a reply on its own. Computed once per fact
//! when the [`Asker`](super::Asker) is built.
//!
//! [`AnswerKind`]: crate::facts::AnswerKind

use foldhash::HashSet;

use super::Analyzer;
use crate::facts::{AnswerKind, Fact};

/// Words naming people or groups of them: a concept answer made of them
/// can answer "who" ("professionals from Central Asia", "no one").
pub(super) const PEOPLE_WORDS: &[&str] = &[
    "people",
    "person",
    "professionals",
    "humanity",
    "mankind",
    "neighbors",
    "neighbours",
    "leaders",
    "presidents",
    "nations",
    "countries",
    "one",
    "everyone",
    "nobody",
    "citizens",
];
/// Prepositions that make a place a location rather than an actor.
const LOCATIVES: &[&str] = &["in", "at", "near", "inside", "into", "to"];

/// Facts about a fact's answer that "who" questions need.
#[derive(Debug, Clone, Copy)]
pub(super) struct AnswerTraits {
    /// The answer names people or a group of them.
    pub(super) names_people: bool,
    /// The statement places something "in"/"at" the answer.
    pub(super) locative: bool,
}

impl AnswerTraits {
    pub(super) fn of(analyzer: &Analyzer, fact: &Fact) -> AnswerTraits {
        let answer: Vec<String> = analyzer.word_texts(&fact.answer);
        let statement: Vec<String> = analyzer.word_texts(&fact.statement);
        let locative = !answer.is_empty()
            && statement
                .windows(answer.len() + 1)
                .any(|w| w[1..] == answer[..] && LOCATIVES.contains(&w[0].as_str()));
        AnswerTraits {
            names_people: answer.iter().any(|w| PEOPLE_WORDS.contains(&w.as_str())),
            locative,
        }
    }
}

/// How many items a list answer names: "poverty reduction, education
/// exchange, and reforestation control" names three. Commas separate
/// items when there are any ("defend global fairness and justice" is one);
/// otherwise "and"/"or" do ("trade wars and protectionist policies").
/// `None` for an answer that is not a list.
pub(super) fn list_len(fact: &Fact) -> Option<usize> {
    if fact.answer_kind != AnswerKind::List {
        return None;
    }
    let answer = fact.answer.trim();
    let items = if answer.contains(',') {
        answer
            .split(',')
            .filter(|item| !item.trim().is_empty())
            .count()
    } else {
        answer
            .split_whitespace()
            .filter(|word| matches!(*word, "and" | "or"))
            .count()
            + 1
    };
    Some(items)
}

/// How many things an answer that is no list joins with "and" or "or"
/// ("strength and prosperity": two). Only lower-case answers: in a name
/// ("Belt and Road projects") "and" joins no items.
pub(super) fn items_joined(answer: &str) -> Option<usize> {
    let words: Vec<&str> = answer.split_whitespace().collect();
    if words.iter().any(|w| w.chars().any(char::is_uppercase)) || answer.contains(',') {
        return None;
    }
    let joins = words.iter().filter(|w| matches!(**w, "and" | "or")).count();
    (joins > 0).then_some(joins + 1)
}

/// The terms of each item of a list answer ("trade, …, green minerals
/// and modern agriculture"); empty for other answers.
pub(super) fn list_items(analyzer: &Analyzer, fact: &Fact) -> Vec<HashSet<String>> {
    if fact.answer_kind != AnswerKind::List {
        return Vec::new();
    }
    list_item_texts(fact)
        .into_iter()
        .map(|item| {
            analyzer
                .index_terms(item)
                .into_iter()
                .collect::<HashSet<String>>()
        })
        .filter(|terms| !terms.is_empty())
        .collect()
}

/// The items of a fact's answer as it words them ("green minerals" of
/// "…, green minerals, modern agriculture, and …"), split at commas and
/// "and".
pub(super) fn list_item_texts(fact: &Fact) -> Vec<&str> {
    fact.answer
        .split(',')
        .flat_map(|part| part.split(" and "))
        .map(|item| item.trim().trim_start_matches("and ").trim())
        .filter(|item| !item.is_empty())
        .collect()
}

/// The ordinals `text` names ("the *second* summit" → 2), by value.
pub(super) fn ordinals(analyzer: &Analyzer, text: &str) -> HashSet<u64> {
    ordinals_in(analyzer, &analyzer.words(text))
}

/// [`ordinals`] of text already split into words.
pub(super) fn ordinals_in(analyzer: &Analyzer, words: &[super::analyze::Word]) -> HashSet<u64> {
    words
        .iter()
        .filter_map(|word| analyzer.ordinal(&word.text))
        .collect()
}

/// Words of a time of day (folded), for "what time" questions.
const CLOCK_WORDS: &[&str] = &[
    "am",
    "pm",
    "oclock",
    "morning",
    "afternoon",
    "evening",
    "noon",
    "midday",
    "midnight",
    "tonight",
    "dawn",
    "dusk",
];

/// Whether `text` gives a time of day: a clock word or "10:30".
pub(super) fn tells_the_time(analyzer: &Analyzer, text: &str) -> bool {
    let clock = text
        .chars()
        .collect::<Vec<_>>()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == ':' && w[2].is_ascii_digit());
    clock
        || analyzer
            .words(text)
            .iter()
            .any(|w| CLOCK_WORDS.contains(&w.text.as_str()))
}

/// Whether a stemmed term is a time-of-day word.
pub(super) fn is_clock_word(term: &str) -> bool {
    CLOCK_WORDS
        .iter()
        .any(|word| word.starts_with(term) && term.len() >= 2)
}

/// Whether `answer` follows an adverb or a modal in `statement` ("will
/// ultimately *backfire*", "move forward *united*"): a verb or a
/// modifier, not a noun that can stand alone.
pub(super) fn modifies_a_verb(analyzer: &Analyzer, statement: &str, answer: &str) -> bool {
    let (words, found) = find_answer(analyzer, statement, answer);
    found
        .filter_map(|(at, _)| at.checked_sub(1).and_then(|p| words.get(p)))
        .any(|before| {
            before.ends_with("ly")
                || matches!(
                    before.as_str(),
                    "will" | "would" | "can" | "could" | "must" | "should" | "forward"
                )
        })
}

/// The terms of the words that follow `answer` in `statement`.
pub(super) fn words_after(analyzer: &Analyzer, statement: &str, answer: &str) -> HashSet<String> {
    let (words, found) = find_answer(analyzer, statement, answer);
    found
        .filter_map(|(at, len)| words.get(at + len))
        .filter(|word| !analyzer.is_stopword(word))
        .map(|word| analyzer.term(word))
        .collect()
}

/// The terms of the answer's words that only modify the next word of the
/// answer: "*global* uncertainty". A question that names such a word
/// ("what is growing *globally*?") still asks for the answer, where one
/// naming its head asks about it.
pub(super) fn answer_modifiers(
    analyzer: &Analyzer,
    lexicon: &crate::lang::Lexicon,
    answer: &str,
) -> HashSet<String> {
    let words = analyzer.word_texts(answer);
    words
        .windows(2)
        .filter(|pair| {
            !analyzer.is_stopword(&pair[0])
                && !analyzer.is_stopword(&pair[1])
                && lexicon.can_be_adjective(&pair[0]) == Some(true)
                && lexicon.can_be_noun(&pair[0]) != Some(true)
        })
        .map(|pair| analyzer.term(&pair[0]))
        .collect()
}

/// Prepositions that make the span after them a role of its own
/// (beneficiary, purpose, place, means) rather than what the verb acts on.
const ROLE_PREPOSITIONS: &[&str] = &[
    "for", "to", "with", "from", "in", "on", "by", "at", "into", "towards", "toward", "of",
    "about", "through", "as",
];

/// The preposition right before the answer in the statement, as its term:
/// "3,000 training opportunities *for* professionals from Central Asia".
pub(super) fn preposition_before(
    analyzer: &Analyzer,
    statement: &str,
    answer: &str,
) -> Option<String> {
    let (words, found) = find_answer(analyzer, statement, answer);
    found
        .filter_map(|(at, _)| at.checked_sub(1).and_then(|before| words.get(before)))
        .find(|word| ROLE_PREPOSITIONS.contains(&word.as_str()))
        .map(|word| analyzer.term(word))
}

/// Auxiliaries that make the participle after them a passive verb.
const PASSIVE_AUXILIARIES: &[&str] = &["was", "were", "is", "are", "be", "been"];

/// The passive verb whose subject holds the answer as the object of a
/// purpose ("a new platform *to promote* smooth trade *was launched*"), as
/// its term: what was launched is the platform, of which the span is only
/// the purpose.
pub(super) fn passive_verb_after_purpose(
    analyzer: &Analyzer,
    statement: &str,
    answer: &str,
) -> Option<String> {
    let (words, found) = find_answer(analyzer, statement, answer);
    found
        .filter(|&(at, _)| at >= 2 && words[at - 2] == "to")
        .find_map(|(at, len)| {
            let mut rest = words[at + len..].iter();
            let auxiliary = rest.next()?;
            let participle = rest.next()?;
            PASSIVE_AUXILIARIES
                .contains(&auxiliary.as_str())
                .then(|| analyzer.term(participle))
        })
}

/// The terms of the names right after a count in the statement: "the five
/// *Central Asian* nations" counts only the nations those names qualify,
/// so it does not say how many nations there were in all.
pub(super) fn count_qualifiers(analyzer: &Analyzer, statement: &str, answer: &str) -> Vec<String> {
    let words = analyzer.words(statement);
    let texts: Vec<String> = words.iter().map(|w| w.text.clone()).collect();
    let span = analyzer.word_texts(answer);
    if span.len() != 1 {
        return Vec::new();
    }
    let Some(at) = texts.iter().position(|w| *w == span[0]) else {
        return Vec::new();
    };
    let qualifiers: Vec<&crate::ask::analyze::Word> = words[at + 1..]
        .iter()
        .take_while(|w| w.capitalized)
        .collect();
    // The last capitalised word may be the counted noun itself ("five
    // Nations"): only words before a lower-case noun qualify it.
    if words.get(at + 1 + qualifiers.len()).is_none() {
        return Vec::new();
    }
    qualifiers.iter().map(|w| analyzer.term(&w.text)).collect()
}

/// The statement's words, and where (word offset, length) the answer's
/// words occur among them.
fn find_answer(
    analyzer: &Analyzer,
    statement: &str,
    answer: &str,
) -> (Vec<String>, impl Iterator<Item = (usize, usize)>) {
    let (words, span) = (analyzer.word_texts(statement), analyzer.word_texts(answer));
    let found: Vec<(usize, usize)> = if span.is_empty() || span.len() > words.len() {
        Vec::new()
    } else {
        words
            .windows(span.len())
            .enumerate()
            .filter(|(_, window)| *window == span.as_slice())
            .map(|(at, _)| (at, span.len()))
            .collect()
    };
    (words, found.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_a_purpose_names_inside_a_passive_subject_is_found_with_its_verb() {
        let analyzer = Analyzer::new();
        let statement = "A new platform to promote smooth trade was launched at the summit.";
        assert_eq!(
            passive_verb_after_purpose(&analyzer, statement, "smooth trade"),
            Some(analyzer.term("launched"))
        );
        // The subject itself, or a span with no purpose before it, is not.
        assert_eq!(
            passive_verb_after_purpose(&analyzer, statement, "A new platform"),
            None
        );
        assert_eq!(
            passive_verb_after_purpose(&analyzer, "The treaty was signed on Tuesday.", "treaty"),
            None
        );
    }

    #[test]
    fn an_adjective_before_the_answers_head_is_a_modifier_and_the_head_is_not() {
        let (analyzer, lexicon) = (Analyzer::new(), crate::lang::Lexicon::embedded());
        let modifiers = answer_modifiers(&analyzer, lexicon, "global uncertainty");
        assert!(
            modifiers.contains(&analyzer.term("global")),
            "{modifiers:?}"
        );
        assert!(!modifiers.contains(&analyzer.term("uncertainty")));
        // A noun beside another, or a word standing alone, modifies nothing.
        assert!(answer_modifiers(&analyzer, lexicon, "poverty reduction").is_empty());
        assert!(answer_modifiers(&analyzer, lexicon, "volatile").is_empty());
    }

    #[test]
    fn the_names_between_a_count_and_its_noun_qualify_it() {
        let analyzer = Analyzer::new();
        let qualifiers = count_qualifiers(
            &analyzer,
            "China and the five Central Asian nations signed the treaty.",
            "five",
        );
        assert_eq!(qualifiers.len(), 2, "{qualifiers:?}");
        assert!(
            count_qualifiers(&analyzer, "They opened three specialized centers.", "three")
                .is_empty()
        );
    }
    use crate::facts::FactBase;

    #[test]
    fn lists_count_their_items_by_commas_or_else_by_and() {
        let base = FactBase::embedded().expect("valid facts");
        let len = |id: &str| {
            let fact = base
                .facts()
                .iter()
                .find(|f| f.id == id)
                .expect("known fact");
            list_len(fact)
        };
        assert_eq!(len("summit-central-asian-countries"), Some(5));
        assert_eq!(len("cooperation-centres-focus"), Some(3));
        assert_eq!(len("regional-commitments"), Some(3));
        assert_eq!(len("what-benefits-no-one"), Some(2));
        assert_eq!(len("treaty-signing-city"), None);
    }

    #[test]
    fn ordinals_are_read_by_value() {
        let analyzer = Analyzer::new();
        let found = ordinals(&analyzer, "the second summit, not the 3rd or 2025");
        assert_eq!(found, [2, 3].into_iter().collect::<HashSet<_>>());
    }
}
