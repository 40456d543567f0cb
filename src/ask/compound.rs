//! Two wh-questions joined by "and": "Where was the summit held *and
//! which* number summit was it?", "Who signed the treaty *and where*?".
//! Each part is asked on its own, and a reply that settles both names
//! both, though no single fact holds them.
//!
//! General English only: the wh-words and the word "and".

use super::confirm::{fold, scene_phrase, with_pronouns_named};
use super::intent::{AUXILIARIES, WH_WORDS};

/// The fewest words of the first part: "Who signed *and what*?" joins no
/// two questions worth asking apart.
const FEWEST_FIRST_PART_WORDS: usize = 3;

/// The fewest words of a second part that asks on its own ("which one
/// was held in Astana"); a shorter one ("and what else?") adds to the
/// first part's answer rather than asking anew.
const FEWEST_SECOND_PART_WORDS: usize = 3;

/// Wh-words that ask about the first part's event when they stand alone
/// after "and": "who signed the treaty, *and where*?".
const ELLIPTIC_WH_WORDS: &[&str] = &["where", "when"];

/// Wh-words whose first part can be asked again with another wh-word in
/// their place: "*who* signed the treaty" → "where signed the treaty".
/// "Which city hosted …" cannot: the noun goes with the wh-word.
const SUBJECT_WH_WORDS: &[&str] = &["who", "what"];

/// The two questions of `question` when it joins two wh-questions with
/// "and" (", and which …", "and where?"), each ending in "?". `None`
/// when it asks one question, or the first part opens with no wh-word
/// ("when and where …" asks one question of two things).
pub(super) fn split(question: &str) -> Option<(String, String)> {
    let (tokens, folded) = super::confirm::wh_question_words(question)?;
    let joint = (FEWEST_FIRST_PART_WORDS..tokens.len().saturating_sub(1)).find(|&at| {
        folded[at] == "and"
            && WH_WORDS.contains(&folded[at + 1].as_str())
            // "… the treaty and what …" inside one question would have no
            // word before "and" ending the first; a comma or none is fine,
            // but no "?" may come before (several questions in a row are
            // read elsewhere).
            && !tokens[..at].iter().any(|t| t.contains('?'))
    })?;
    let first = tokens[..joint]
        .join(" ")
        .trim_end_matches([',', ';'])
        .to_string();
    let second_tokens = &tokens[joint + 1..];
    let second = second_tokens.join(" ");
    let second = second.trim_end_matches(['?', '.', '!', ' ']).to_string();
    let second_wh = folded[joint + 1].as_str();
    let second = if second_tokens.len() == 1 {
        if !ELLIPTIC_WH_WORDS.contains(&second_wh)
            || !SUBJECT_WH_WORDS.contains(&folded[0].as_str())
        {
            return None;
        }
        // "Who signed the treaty and where?" asks "where signed the
        // treaty": the first part's event, asked with the second wh-word.
        format!("{second} {}", tokens[1..joint].join(" "))
            .trim_end_matches([',', ';'])
            .to_string()
    } else if second_tokens.len() < FEWEST_SECOND_PART_WORDS {
        return None;
    } else {
        second
    };
    Some((
        format!("{}?", capitalized(&first)),
        format!("{}?", capitalized(&second)),
    ))
}

/// The second part with its pronouns put back as what the first part
/// asks about: "How many centres were launched and what do *they* focus
/// on?" asks what *the centres* focus on. Unchanged when it has no
/// pronoun, or the first part names no phrase.
pub(super) fn second_with_pronouns_named(first: &str, second: &str) -> String {
    asked_phrase(first)
        .or_else(|| scene_phrase(first))
        .and_then(|phrase| with_pronouns_named(second, &phrase))
        .unwrap_or_else(|| second.to_string())
}

/// Words between a wh-word and what it asks of: "how many", "what
/// kind of".
const WH_FRAME_WORDS: &[&str] = &["many", "much", "kind", "sort", "type", "of"];

/// The most words of the noun phrase a wh-word opens.
const LONGEST_ASKED_PHRASE: usize = 4;

/// The noun phrase a wh-word opens, up to the first auxiliary, with
/// "the": "How many *cooperation centres* were launched?" → "the
/// cooperation centres". `None` when the wh-word stands alone ("Who
/// signed …?") or the phrase runs long.
fn asked_phrase(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let mut phrase = Vec::new();
    for token in tokens.iter().skip(1) {
        let word = fold(token);
        if phrase.is_empty() && WH_FRAME_WORDS.contains(&word.as_str()) {
            continue;
        }
        if AUXILIARIES.contains(&word.as_str()) || word.is_empty() {
            break;
        }
        phrase.push(token.trim_end_matches([',', '?', '.', '!', ';', ':']));
        if phrase.len() > LONGEST_ASKED_PHRASE {
            return None;
        }
    }
    let ended_by_auxiliary = tokens.len() > phrase.len() + 1;
    (!phrase.is_empty() && ended_by_auxiliary).then(|| format!("the {}", phrase.join(" ")))
}

/// `text` with its first letter in capitals.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_wh_questions_joined_by_and_are_asked_apart() {
        for (question, first, second) in [
            (
                "Where was the summit held and which number summit was it?",
                "Where was the summit held?",
                "Which number summit was it?",
            ),
            (
                "Which summit will China host, and which one was held in Astana?",
                "Which summit will China host?",
                "Which one was held in Astana?",
            ),
            (
                "how old are the exchanges, and how long have the ties been around?",
                "How old are the exchanges?",
                "How long have the ties been around?",
            ),
        ] {
            assert_eq!(
                split(question),
                Some((first.to_string(), second.to_string())),
                "{question}"
            );
        }
    }

    #[test]
    fn a_lone_where_or_when_asks_about_the_first_parts_event() {
        assert_eq!(
            split("Who signed the treaty and where?"),
            Some((
                "Who signed the treaty?".to_string(),
                "Where signed the treaty?".to_string()
            ))
        );
        assert_eq!(
            split("What did China sign, and when?"),
            Some((
                "What did China sign?".to_string(),
                "When did China sign?".to_string()
            ))
        );
    }

    #[test]
    fn a_pronoun_of_the_second_part_names_what_the_first_asks_about() {
        for (first, second, read) in [
            (
                "How many cooperation centres were launched?",
                "What do they focus on?",
                "What do the cooperation centres focus on?",
            ),
            (
                "Which summit will China host?",
                "Where will it be held?",
                "Where will the summit be held?",
            ),
            (
                "Who signed the treaty?",
                "When was it signed?",
                "When was the treaty signed?",
            ),
            (
                "Where was the summit held?",
                "Which number summit was that?",
                "Which number summit was that?",
            ),
        ] {
            assert_eq!(second_with_pronouns_named(first, second), read, "{first}");
        }
    }

    #[test]
    fn one_question_is_not_split() {
        for question in [
            "When and where was the first summit held?",
            "Which guiding principles did Xi name: amity and what else?",
            "Which Chinese city will host the third summit, and when?",
            "Did Xi sign the treaty and where?",
            "Who signed the treaty?",
            "Is it true? And what did they sign?",
            "What and why?",
        ] {
            assert_eq!(split(question), None, "{question}");
        }
    }
}
