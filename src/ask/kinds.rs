//! What kind of thing a name is: "Is Astana a country or a city?", "Is
//! Kazakhstan a city?". WordNet's sets (countries, cities, capitals,
//! months) say which kinds a name belongs to; the article's own sentence
//! that names it as one of them ("Astana, the *capital* of Kazakhstan")
//! is the citation. Without such a sentence, or for a name WordNet does
//! not sort, the question is left to the ordinary reading.
//!
//! General English only: the question's frame and WordNet's sets, never
//! an article's names.

use super::confirm::fold;

/// The most words of a name asked about ("Nur-Sultan", "New Delhi").
const LONGEST_NAME: usize = 3;

/// A question asking whether a name is of one kind, or which of two.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct KindQuestion {
    /// The name's words, folded ("astana").
    pub(super) name: Vec<String>,
    /// The kind nouns offered, as the learner wrote them, folded: one for
    /// a yes/no question, two for a choice ("country", "city").
    pub(super) kinds: Vec<String>,
}

/// The kind question `question` asks, or `None` when it is another
/// question: "is|was NAME a|an KIND (or a|an KIND)?" and nothing more.
/// The name must be written as one (capitalised) unless the caller knows
/// it as one: `is_name` is asked of the folded words.
pub(super) fn read(question: &str, is_name: impl Fn(&[String]) -> bool) -> Option<KindQuestion> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    if !matches!(folded.first()?.as_str(), "is" | "was") {
        return None;
    }
    let article = folded.iter().position(|w| w == "a" || w == "an")?;
    let name = folded.get(1..article)?;
    if name.is_empty() || name.len() > LONGEST_NAME {
        return None;
    }
    let capitalised = tokens[1..article]
        .iter()
        .all(|t| t.starts_with(|c: char| c.is_uppercase()));
    if !capitalised && !is_name(name) {
        return None;
    }
    let rest = &folded[article + 1..];
    let kinds = match rest {
        [kind] => vec![kind.clone()],
        [first, or, second] | [first, or, _, second] if or == "or" => {
            vec![first.clone(), second.clone()]
        }
        _ => return None,
    };
    // "… or a city": a second article, if any, is "a" or "an".
    if rest.len() == 4 && !matches!(rest[2].as_str(), "a" | "an") {
        return None;
    }
    if kinds.iter().any(String::is_empty) {
        return None;
    }
    Some(KindQuestion {
        name: name.to_vec(),
        kinds,
    })
}

/// The reply's lead: "Yes"/"No" for one kind, the kind the name is of for
/// a choice (capitalised as a sentence opens); `None` when the sets do not
/// settle it (a choice the name is of both or neither kinds of).
/// `member` tells whether the name is of the kind a noun names, `None`
/// when the noun names no set WordNet lists.
pub(super) fn verdict(
    asked: &KindQuestion,
    member: impl Fn(&str) -> Option<bool>,
) -> Option<String> {
    let memberships: Vec<bool> = asked
        .kinds
        .iter()
        .map(|kind| member(kind))
        .collect::<Option<_>>()?;
    match memberships.as_slice() {
        [one] => Some(if *one { "Yes" } else { "No" }.to_string()),
        [first, second] if first != second => {
            let kind = if *first {
                &asked.kinds[0]
            } else {
                &asked.kinds[1]
            };
            Some(crate::text::capitalize_first(kind))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_names(_: &[String]) -> bool {
        false
    }

    #[test]
    fn a_question_of_what_kind_a_name_is_is_read() {
        let asked = read("Is Astana a country or a city?", no_names).unwrap();
        assert_eq!(asked.name, ["astana"]);
        assert_eq!(asked.kinds, ["country", "city"]);
        let asked = read("is Kazakhstan a city", no_names).unwrap();
        assert_eq!(asked.kinds, ["city"]);
        let asked = read("was astana an important city?", no_names);
        assert_eq!(asked, None, "an adjective asks more than the kind");
        let known = read("is astana a capital?", |name: &[String]| name == ["astana"]);
        assert_eq!(known.unwrap().kinds, ["capital"]);
    }

    #[test]
    fn other_questions_are_not_read_as_kind_questions() {
        for question in [
            "Is the grant a loan?",
            "is astana a city?",
            "Is Astana a city in Kazakhstan?",
            "Was the summit a success or a failure, and why?",
            "What is Astana?",
        ] {
            assert_eq!(read(question, no_names), None, "{question}");
        }
    }

    #[test]
    fn the_sets_settle_a_kind_or_a_choice_of_two() {
        let member = |kind: &str| match kind {
            "city" => Some(true),
            "country" => Some(false),
            _ => None,
        };
        let choice = read("Is Astana a country or a city?", no_names).unwrap();
        assert_eq!(verdict(&choice, member).as_deref(), Some("City"));
        let one = read("Is Astana a country?", no_names).unwrap();
        assert_eq!(verdict(&one, member).as_deref(), Some("No"));
        let unknown = read("Is Astana a metropolis?", no_names).unwrap();
        assert_eq!(verdict(&unknown, member), None);
        let both = read("Is Astana a city or a city?", no_names).unwrap();
        assert_eq!(verdict(&both, member), None);
    }
}
