//! What a number counts: "three *centers*", "five *presidents* who
//! joined". A count the question claims ("more than three presidents") is
//! settled only by a fact whose number counts the same thing, or one
//! WordNet relates to it (a president is a leader); "three centers"
//! neither confirms nor denies it. General: the counted noun is read from
//! the words after the number, with the lexicon's parts of speech.

use foldhash::HashMap;

use super::Analyzer;
use crate::lang::{self, Lexicon};
use crate::numbers::{Quantity, find_quantities, values_equal};

/// A number of things and the nouns it may count.
#[derive(Debug, Clone)]
pub(super) struct Count {
    pub(super) value: f64,
    /// The words of the counted phrase that can be nouns ("specialized
    /// cooperation centers" → cooperation, centers); empty when the number
    /// stands alone, which counts anything.
    pub(super) nouns: Vec<String>,
}

/// Whether an amount is a plain count of things: not an ordinal, money,
/// a percentage or a span of time, which other checks compare.
fn is_count(quantity: &Quantity) -> bool {
    !quantity.ordinal
        && quantity.currency.is_none()
        && quantity.duration().is_none()
        && quantity.unit.as_deref() != Some("percent")
}

/// The words of a counted phrase that can be nouns, up to its first
/// function word ("presidents who joined" → presidents).
/// A plural ends the phrase before a word that can be a verb ("how many
/// *elements* make up …").
/// A modifier before the noun only says which ("six *Central Asian*
/// presidents" counts presidents), so it is no counted noun.
pub(super) fn counted_nouns(unit: &str, lexicon: &Lexicon) -> Vec<String> {
    let words = lang::words(unit);
    let start = leading_modifiers(&words, lexicon);
    let mut nouns = Vec::new();
    for (at, word) in words.iter().enumerate().skip(start) {
        // A plural ends the phrase: a word after it opens what is said of
        // the things ("centres *launched* …") or a clause about them
        // ("the focus areas *Xi* mentioned").
        let after_plural = at > 0 && is_plural(&words[at - 1]);
        if lang::is_stopword(word) || after_plural {
            break;
        }
        if lexicon.can_be_noun(word) != Some(false) {
            nouns.push(word.clone());
        }
    }
    nouns
}

/// How many words open `words` that can be adjectives and stand before a
/// word that can be a noun: "*Central Asian* presidents".
fn leading_modifiers(words: &[String], lexicon: &Lexicon) -> usize {
    words
        .iter()
        .enumerate()
        .take_while(|(at, word)| {
            !lang::is_stopword(word)
                && lexicon.can_be_adjective(word) == Some(true)
                && words.get(at + 1).is_some_and(|next| {
                    !lang::is_stopword(next) && lexicon.can_be_noun(next) == Some(true)
                })
        })
        .count()
}

/// The words of a counted phrase before its last word, up to its first
/// function word: what narrows the count ("five *Central Asian*
/// nations").
pub(super) fn modifiers(unit: &str) -> Vec<String> {
    let mut phrase: Vec<String> = lang::words(unit)
        .into_iter()
        .take_while(|word| !lang::is_stopword(word))
        .collect();
    phrase.pop();
    phrase
}

/// Whether a word reads as a plural noun: "-s" but not "-ss" ("progress").
fn is_plural(word: &str) -> bool {
    // "focus", "status", "basis": Latin and Greek singulars.
    word.len() > 3
        && word.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| word.ends_with(end))
}

/// What a "how many" question counts: the nouns after "how many" and
/// any function words and modifiers before them ("how many *other*
/// presidents" → presidents). Empty when nothing follows.
pub(super) fn asked_nouns(words: &[&str], lexicon: &Lexicon) -> Vec<String> {
    let Some(at) = words.windows(2).position(|pair| pair == ["how", "many"]) else {
        return Vec::new();
    };
    // "how many *Central Asian* leaders": an adjective before the noun
    // says which, not what is counted.
    let after = &words[at + 2..];
    let rest: Vec<&str> = after
        .iter()
        .enumerate()
        .skip_while(|(i, word)| {
            lang::is_stopword(word)
                || lexicon.can_be_noun(word) == Some(false)
                || (lexicon.can_be_adjective(word) == Some(true)
                    && after
                        .get(i + 1)
                        .is_some_and(|next| lexicon.can_be_noun(next) == Some(true)))
        })
        .map(|(_, word)| *word)
        .collect();
    counted_nouns(&rest.join(" "), lexicon)
}

/// The counts `text` gives, each with what it counts.
pub(super) fn counts_in(text: &str, lexicon: &Lexicon) -> Vec<Count> {
    let found: Vec<_> = find_quantities(text)
        .into_iter()
        .filter(|found| !found.negated && is_count(&found.quantity))
        .collect();
    // Most texts count nothing: their words are not read.
    if found.is_empty() {
        return Vec::new();
    }
    let words = lang::words(text);
    found
        .into_iter()
        .map(|found| {
            let value = found.quantity.value;
            let mut nouns: Vec<String> = found
                .quantity
                .unit
                .as_deref()
                .map(|unit| counted_nouns(unit, lexicon))
                .unwrap_or_default();
            if !nouns.is_empty() {
                nouns.extend(one_of_each(&words, value, lexicon));
            }
            Count { value, nouns }
        })
        .collect()
}

/// The plural noun before "of the" and a number: "the *presidents* of
/// the five Central Asian states" counts five presidents as well, one of
/// each state.
fn one_of_each(words: &[String], value: f64, lexicon: &Lexicon) -> Option<String> {
    words.windows(4).find_map(|w| {
        let [owner, of, the, number] = w else {
            return None;
        };
        let counts = crate::numbers::parse_number(number).is_some_and(|n| values_equal(n, value));
        (counts
            && of == "of"
            && the == "the"
            && owner.len() > 3
            && owner.ends_with('s')
            && !lang::is_stopword(owner)
            && lexicon.can_be_noun(owner) == Some(true))
        .then(|| owner.clone())
    })
}

/// The counted nouns of every unit of `quantities`, by unit, so that a
/// question's claim is compared without reading the fact again.
pub(super) fn nouns_by_unit<'a>(
    quantities: impl IntoIterator<Item = &'a Quantity>,
    lexicon: &Lexicon,
) -> HashMap<String, Vec<String>> {
    quantities
        .into_iter()
        .filter(|quantity| is_count(quantity))
        .filter_map(|quantity| quantity.unit.clone())
        .map(|unit| {
            let nouns = counted_nouns(&unit, lexicon);
            (unit, nouns)
        })
        .collect()
}

/// Whether two counted nouns name the same thing: one lemma, one synonym
/// group of the article, one WordNet synset, or one a kind of the other.
pub(super) fn same_thing(analyzer: &Analyzer, lexicon: &Lexicon, a: &str, b: &str) -> bool {
    a == b
        || analyzer.term(a) == analyzer.term(b)
        || lexicon.same_family(a, b)
        || lexicon.synonymous(a, b)
        || lexicon.is_a(a, &singular(b))
        || lexicon.is_a(b, &singular(a))
        || analyzer.related(a).iter().any(|near| near == b)
        || analyzer.related(b).iter().any(|near| near == a)
}

/// The singular of a regular plural, as WordNet names a kind: "leaders"
/// → "leader", "countries" → "country".
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if word.ends_with("ss") {
        word.to_string()
    } else {
        word.strip_suffix('s').unwrap_or(word).to_string()
    }
}

/// Whether two counts may count the same things: either counts nothing
/// named, or some noun of one is the same thing as some noun of the other.
pub(super) fn alike(analyzer: &Analyzer, lexicon: &Lexicon, a: &[String], b: &[String]) -> bool {
    a.is_empty()
        || b.is_empty()
        || a.iter()
            .any(|x| b.iter().any(|y| same_thing(analyzer, lexicon, x, y)))
}

/// Whether the fact's counts give `value` only of other things than
/// `nouns`: "three centers" for "three presidents".
pub(super) fn counts_other_things(
    analyzer: &Analyzer,
    lexicon: &Lexicon,
    fact_counts: &[Count],
    value: f64,
    nouns: &[String],
) -> bool {
    let mut same_value = fact_counts
        .iter()
        .filter(|count| values_equal(count.value, value))
        .peekable();
    same_value.peek().is_some()
        && same_value.all(|count| !alike(analyzer, lexicon, &count.nouns, nouns))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_before_the_counted_noun_says_which_not_what() {
        let lexicon = Lexicon::embedded();
        assert_eq!(
            counted_nouns("central asian presidents", lexicon),
            vec!["presidents".to_string()]
        );
        assert_eq!(modifiers("Central Asian nations"), vec!["central", "asian"]);
        assert!(modifiers("nations").is_empty());
    }

    fn nouns(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn the_counted_noun_stops_at_the_first_function_word() {
        let lexicon = Lexicon::embedded();
        assert_eq!(
            counted_nouns("presidents who joined", lexicon),
            nouns(&["presidents"])
        );
        // A plural ends it before a verb.
        assert_eq!(
            counted_nouns("elements make up the spirit", lexicon),
            nouns(&["elements"])
        );
        assert_eq!(
            counted_nouns("training opportunities", lexicon),
            nouns(&["training", "opportunities"])
        );
        // … and before the subject of a clause about the things.
        assert_eq!(
            counted_nouns("focus areas xi mentioned", lexicon),
            nouns(&["focus", "areas"])
        );
    }

    #[test]
    fn three_centers_do_not_count_presidents_but_five_presidents_do() {
        let (analyzer, lexicon) = (Analyzer::new(), Lexicon::embedded());
        let centers = counts_in(
            "They launched three specialized cooperation centers.",
            lexicon,
        );
        assert!(counts_other_things(
            &analyzer,
            lexicon,
            &centers,
            3.0,
            &nouns(&["presidents"])
        ));
        let presidents = counts_in("The three presidents who joined praised it.", lexicon);
        assert!(!counts_other_things(
            &analyzer,
            lexicon,
            &presidents,
            3.0,
            &nouns(&["presidents"])
        ));
    }

    #[test]
    fn the_owners_of_the_counted_things_are_counted_too() {
        let lexicon = Lexicon::embedded();
        let counts = counts_in(
            "What did the presidents of the five Central Asian states praise?",
            lexicon,
        );
        assert!(counts[0].nouns.contains(&"presidents".to_string()));
        assert!(counts[0].nouns.contains(&"states".to_string()));
        // A count with no noun of its own counts anything already.
        let bare = counts_in("the presidents of the five", lexicon);
        assert!(bare[0].nouns.is_empty());
    }

    #[test]
    fn a_how_many_question_counts_the_noun_after_its_modifiers() {
        let lexicon = Lexicon::embedded();
        let asked = |q: &str| asked_nouns(&q.split(' ').collect::<Vec<_>>(), lexicon);
        assert_eq!(
            asked("how many other presidents did xi meet"),
            nouns(&["presidents"])
        );
        assert_eq!(asked("how many countries signed"), nouns(&["countries"]));
        assert!(asked("how many were there").is_empty());
        assert!(asked("who came").is_empty());
    }

    #[test]
    fn a_kind_counts_as_what_it_is_a_kind_of() {
        let (analyzer, lexicon) = (Analyzer::new(), Lexicon::embedded());
        assert!(same_thing(&analyzer, lexicon, "presidents", "leaders"));
        assert!(!same_thing(&analyzer, lexicon, "presidents", "centers"));
    }
}
