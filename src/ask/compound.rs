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
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let is_wh = |at: usize| {
        folded
            .get(at)
            .is_some_and(|w| WH_WORDS.contains(&w.as_str()))
    };
    // "*In which* city …" opens with its wh-word as much as "Which city …".
    let opens_with_wh = is_wh(0)
        || (folded
            .first()
            .is_some_and(|w| PREPOSITIONS.contains(&w.as_str()))
            && is_wh(1));
    if !opens_with_wh {
        return None;
    }
    let opens_second = |at: usize| {
        is_wh(at + 1)
            // ", and *in which* capital was it?"
            || (PREPOSITIONS.contains(&folded[at + 1].as_str()) && is_wh(at + 2))
            // ", and *this city* is the capital of *which* country?": a
            // clause after a comma that asks in place.
            || (tokens[at - 1].ends_with(',')
                && DEMONSTRATIVES.contains(&folded[at + 1].as_str())
                && (at + 3..folded.len()).any(is_wh))
    };
    let joint = (FEWEST_FIRST_PART_WORDS..tokens.len().saturating_sub(1)).find(|&at| {
        folded[at] == "and"
            && opens_second(at)
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

/// Claim frames a yes/no question may open with, each ending in "that":
/// "is it true that A and that B?" asks of two claims in one frame.
const CLAIM_FRAME_ENDS: &[&str] = &["that"];

/// The fewest words of either claim of a joined yes/no question: "was it
/// big and is it new?" joins no two claims worth settling apart.
const FEWEST_CLAIM_WORDS: usize = 3;

/// The two yes/no questions of `question` when it joins two claims with
/// "and": a frame's "that" repeated ("Is it right that a platform was
/// launched *and that* China hosts the third summit?"), or a second
/// auxiliary opening a question of its own ("Was a platform launched *and
/// does* China host the third summit?"). Each is asked on its own, and
/// the whole holds only when both do; a pronoun of the second names what
/// the first asks about. `None` when the question asks one
/// thing: "Did China *and* Kazakhstan sign?" joins two names, not two
/// claims.
pub(super) fn split_claims(question: &str) -> Option<(String, String)> {
    let (tokens, folded) = super::confirm::yes_no_question_words(question)?;
    let end = folded.len();
    let clause_words =
        |from: usize, to: usize| folded[from..to].iter().filter(|w| !w.is_empty()).count();
    // "… that A and that B": the frame up to its "that" opens both.
    let frame_end = folded
        .iter()
        .position(|w| CLAIM_FRAME_ENDS.contains(&w.as_str()));
    let framed = frame_end.and_then(|frame_end| {
        let joint = (frame_end + 1..end.saturating_sub(1))
            .find(|&at| folded[at] == "and" && folded[at + 1] == "that")?;
        Some((frame_end, joint))
    });
    if let Some((frame_end, joint)) = framed {
        if clause_words(frame_end + 1, joint) < FEWEST_CLAIM_WORDS
            || clause_words(joint + 2, end) < FEWEST_CLAIM_WORDS
        {
            return None;
        }
        let frame = tokens[..=frame_end].join(" ");
        let first = tokens[frame_end + 1..joint].join(" ");
        let second = tokens[joint + 2..].join(" ");
        return Some((
            format!("{frame} {}?", first.trim_end_matches([',', ';'])),
            format!("{frame} {}?", second.trim_end_matches(['?', '.', '!', ' '])),
        ));
    }
    // "Was A and does B?": an auxiliary after "and" opens a second question.
    let joint = (FEWEST_CLAIM_WORDS..end.saturating_sub(FEWEST_CLAIM_WORDS)).find(|&at| {
        folded[at] == "and"
            && AUXILIARIES.contains(&folded[at + 1].as_str())
            && !tokens[..at].iter().any(|t| t.contains('?'))
    })?;
    if clause_words(joint + 1, end) < FEWEST_CLAIM_WORDS {
        return None;
    }
    let first = format!(
        "{}?",
        capitalized(tokens[..joint].join(" ").trim_end_matches([',', ';']))
    );
    let second = tokens[joint + 1..].join(" ");
    let second = format!(
        "{}?",
        capitalized(second.trim_end_matches(['?', '.', '!', ' ']))
    );
    // "Is Astana the capital and is *it* in Kazakhstan?": the pronoun
    // points back at what the first asks about. (A frame's "it", as in
    // "is it true that", points at nothing, so framed claims keep theirs.)
    let named = second_with_pronouns_named(&first, &second);
    // A pronoun left pointing at nothing would be read as the article's
    // anything: the whole is better read as one.
    let points_back = second
        .split_whitespace()
        .any(|token| POINTING_PRONOUNS.contains(&fold(token).as_str()));
    if named == second && points_back {
        return None;
    }
    Some((first, named))
}

/// Pronouns of a second claim that point back into the first.
const POINTING_PRONOUNS: &[&str] = &["it", "its", "they", "them", "their", "these", "those"];

/// Prepositions that may stand before a second part's wh-word: "and *in*
/// which capital …".
const PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "to", "for", "from", "with", "by", "of", "into", "about",
];

/// Words that point a second part's noun back at the first part's answer:
/// "which city …, and *this* city is …".
const DEMONSTRATIVES: &[&str] = &["this", "that", "these", "those"];

/// The second part with the first part's answer in place of the phrase
/// that points back at it: "In which city was the treaty signed, and *this
/// city* is the capital of which country?" asks what "Astana is the
/// capital of". `None` when the second part points at no noun the first
/// asks for with its wh-word ("which city").
pub(super) fn second_with_answer_named(first: &str, second: &str, answer: &str) -> Option<String> {
    let first_words: Vec<String> = first.split_whitespace().map(fold).collect();
    let wh = first_words
        .iter()
        .position(|w| w == "which" || w == "what")?;
    let asked = first_words[wh + 1..]
        .iter()
        .find(|w| !WH_FRAME_WORDS.contains(&w.as_str()))?;
    let tokens: Vec<&str> = second.split_whitespace().collect();
    let at = (0..tokens.len().saturating_sub(1)).find(|&at| {
        DEMONSTRATIVES.contains(&fold(tokens[at]).as_str()) && fold(tokens[at + 1]) == *asked
    })?;
    let mut named: Vec<&str> = tokens[..at].to_vec();
    named.push(answer);
    named.extend_from_slice(&tokens[at + 2..]);
    Some(capitalized(&named.join(" ")))
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
    fn two_claims_joined_by_and_are_asked_apart() {
        for (question, first, second) in [
            (
                "Is it right that a platform for smooth trade was launched and that China hosts the third summit?",
                "Is it right that a platform for smooth trade was launched?",
                "Is it right that China hosts the third summit?",
            ),
            (
                "Was a platform for smooth trade launched, and does China host the third summit?",
                "Was a platform for smooth trade launched?",
                "Does China host the third summit?",
            ),
        ] {
            assert_eq!(
                split_claims(question),
                Some((first.to_string(), second.to_string())),
                "{question}"
            );
        }
    }

    #[test]
    fn one_claim_about_two_things_is_not_split() {
        for question in [
            "Did China and Kazakhstan sign the treaty?",
            "Is it true that China and the five nations signed a treaty?",
            "Is it true that trade and connectivity are focus areas?",
            "Was it big and is it?",
            "Who signed the treaty and did they agree?",
            "Are there 3,000 training places and are they for people from China?",
        ] {
            assert_eq!(split_claims(question), None, "{question}");
        }
    }

    #[test]
    fn a_second_part_may_open_with_a_preposition_or_ask_in_place() {
        assert_eq!(
            split("How many presidents from Central Asia attended, and in which capital was it?"),
            Some((
                "How many presidents from Central Asia attended?".to_string(),
                "In which capital was it?".to_string()
            ))
        );
        assert_eq!(
            split(
                "In which city they signed the treaty, and this city is capital of which country?"
            ),
            Some((
                "In which city they signed the treaty?".to_string(),
                "This city is capital of which country?".to_string()
            ))
        );
        assert_eq!(
            split("Which city and this one country?"),
            None,
            "no comma closes a first part"
        );
    }

    #[test]
    fn a_phrase_pointing_at_the_first_answer_is_named_by_it() {
        assert_eq!(
            second_with_answer_named(
                "In which city they signed the treaty?",
                "This city is capital of which country?",
                "Astana"
            )
            .as_deref(),
            Some("Astana is capital of which country?")
        );
        assert_eq!(
            second_with_answer_named("Who signed the treaty?", "This city is where?", "Xi"),
            None
        );
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
