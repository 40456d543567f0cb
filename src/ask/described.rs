//! A person or place the learner describes instead of naming ("what did
//! *the Chinese leader* announce?"), read as the name the article uses,
//! from the article's own list of descriptions (`descriptions` in
//! `data/lexicon.json`). A question asking who or what the description
//! is ("*which* Chinese leader took part?", "*who* is the speaker?")
//! keeps it: its answer is the name.

use super::confirm::{fold, possessive_owner};
use super::synonyms::Phrase;

/// Words that ask for a name: a question holding one asks who the
/// description is.
const ASKS_A_NAME: &[&str] = &[
    "who", "whom", "whose", "name", "named", "called", "identity",
];

/// Auxiliaries after "who" that put the subject next ("who *did* the
/// Chinese leader urge?"), unlike "is" ("who is the Chinese leader?").
const SUBJECT_AUXILIARIES: &[&str] = &[
    "did", "does", "do", "will", "would", "can", "could", "has", "have", "had", "should",
];

/// The fewest content words a question keeps besides the name: "china's
/// leader there?" asks who was there, not whether Xi was.
const FEWEST_OTHER_CONTENT_WORDS: usize = 2;

/// `question` with the first description of `descriptions` it holds put
/// as its name, or `None`. `content` tells a content word.
pub(super) fn named(
    question: &str,
    descriptions: &[Phrase],
    content: impl Fn(&str) -> bool,
) -> Option<String> {
    // Most questions describe no one: a look at the text spares the split.
    let lowered = question.to_lowercase();
    let may_hold = |d: &Phrase| {
        d.words
            .first()
            .is_some_and(|w| lowered.contains(w.as_str()))
            && d.words.last().is_some_and(|w| lowered.contains(w.as_str()))
    };
    if !descriptions.iter().any(may_hold) {
        return None;
    }
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(without_possessive(t))).collect();
    // "the leader *from* China" describes as "the leader *of* China" does.
    let same_word = |written: &String, listed: &String| {
        written == listed || (written == "from" && listed == "of")
    };
    let (start, description) = (0..tokens.len()).find_map(|at| {
        descriptions
            .iter()
            .find(|d| {
                folded.len() >= at + d.words.len()
                    && folded[at..]
                        .iter()
                        .zip(&d.words)
                        .all(|(written, listed)| same_word(written, listed))
            })
            .map(|d| (at, d))
    })?;
    let end = start + description.words.len();
    // "the Chinese leader": the article's determiner goes with it.
    let from = if start > 0 && folded[start - 1] == "the" {
        start - 1
    } else {
        start
    };
    // "*which* Chinese leader …", "*what* Chinese president …".
    if from > 0 && matches!(folded[from - 1].as_str(), "which" | "what") {
        return None;
    }
    // "Who *did* the Chinese leader urge …?" asks whom the described one
    // acted on: the description is the subject after the auxiliary.
    let asks_of_the_subject = from >= 2
        && matches!(folded[from - 2].as_str(), "who" | "whom")
        && SUBJECT_AUXILIARIES.contains(&folded[from - 1].as_str());
    // "Who do trade wars benefit, *according to* the Chinese president?":
    // a source named after the question asks no one's name.
    let source = from >= 2
        && matches!(
            [folded[from - 2].as_str(), folded[from - 1].as_str()],
            ["according", "to"] | ["as", "per"]
        );
    if !asks_of_the_subject && !source && folded.iter().any(|w| ASKS_A_NAME.contains(&w.as_str())) {
        return None;
    }
    let others = folded[..from]
        .iter()
        .chain(&folded[end..])
        .filter(|w| content(w))
        .count();
    if others < FEWEST_OTHER_CONTENT_WORDS {
        return None;
    }
    let last = tokens[end - 1];
    let possessive = last.len() > without_possessive(last).len();
    let trailing: String = last
        .chars()
        .rev()
        .take_while(|c| !c.is_alphanumeric() && !matches!(c, '\'' | '’'))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let name = if possessive {
        format!("{}'s", description.into)
    } else {
        format!("{}{trailing}", description.into)
    };
    let mut read: Vec<&str> = tokens[..from].to_vec();
    read.push(&name);
    read.extend(&tokens[end..]);
    Some(read.join(" "))
}

/// `token` without a closing possessive ("leader's,") and the
/// punctuation after it; the token as it is when it is no possessive.
fn without_possessive(token: &str) -> &str {
    let bare = token.trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’'));
    possessive_owner(bare).unwrap_or(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn descriptions() -> Vec<Phrase> {
        vec![
            Phrase {
                words: vec!["chinese".into(), "leader".into()],
                into: "Xi".into(),
            },
            Phrase {
                words: vec!["china".into(), "leader".into()],
                into: "Xi".into(),
            },
            Phrase {
                words: vec!["leader".into(), "of".into(), "china".into()],
                into: "Xi".into(),
            },
        ]
    }

    fn read(question: &str) -> Option<String> {
        let stop = ["the", "did", "what", "is", "was", "there", "a", "to", "in"];
        named(question, &descriptions(), |w| !stop.contains(&w))
    }

    #[test]
    fn a_description_is_read_as_the_name() {
        assert_eq!(
            read("What kind of community does the Chinese leader want to build?").as_deref(),
            Some("What kind of community does Xi want to build?")
        );
        assert_eq!(
            read("What did the leader from China say about trade wars?").as_deref(),
            Some("What did Xi say about trade wars?")
        );
        assert_eq!(
            read("What did China's leader announce in Astana?").as_deref(),
            Some("What did Xi announce in Astana?")
        );
        assert_eq!(
            read("Where did the Chinese leader's speech warn against hegemony?").as_deref(),
            Some("Where did Xi's speech warn against hegemony?")
        );
        assert_eq!(
            read("What areas matter, according to the Chinese leader?").as_deref(),
            Some("What areas matter, according to Xi?")
        );
    }

    #[test]
    fn a_question_asking_who_the_description_is_keeps_it() {
        for question in [
            "Which Chinese leader took part in the signing?",
            "Who is the Chinese leader in the article?",
            "What's the name of the Chinese leader?",
            "china's leader there?",
            "What did Xi announce?",
        ] {
            assert_eq!(read(question), None, "{question}");
        }
    }

    #[test]
    fn a_described_source_is_read_as_the_name_whatever_the_question_asks() {
        assert_eq!(
            read("Who do trade wars benefit, according to the Chinese leader?").as_deref(),
            Some("Who do trade wars benefit, according to Xi?")
        );
    }

    #[test]
    fn who_the_description_acted_on_is_asked_of_the_name() {
        assert_eq!(
            read("Whom did the Chinese leader urge not to revert to the law of the jungle?")
                .as_deref(),
            Some("Whom did Xi urge not to revert to the law of the jungle?")
        );
    }
}
