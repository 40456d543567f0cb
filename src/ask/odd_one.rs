//! The odd one out among offered options: "Which of these was *not* a
//! focus of the new centers: poverty reduction, education exchange, or
//! public health?" asks, of each option, the yes/no question the negation
//! leaves ("was public health a focus of the new centers?"); the one the
//! article does not confirm, when it confirms every other, is the answer.
//!
//! General English only: wh-phrases, auxiliaries and "not".

use super::confirm::fold;
use super::intent::{AUXILIARIES, WH_WORDS};

/// The most options an odd-one-out question offers.
const MOST_OPTIONS: usize = 6;

/// The most words one option has.
const LONGEST_OPTION: usize = 5;

/// An odd-one-out question read as one yes/no question per option.
#[derive(Debug, PartialEq)]
pub(super) struct OddOneOut {
    /// Each option as written, with its yes/no question.
    pub(super) options: Vec<(String, String)>,
}

/// `question` read as an odd-one-out question: a wh-phrase ("which",
/// "which of these", "what one"), an auxiliary, "not" (maybe after a
/// subject: "which did Xi *not* mention"), then options after a colon or
/// a dash, joined by commas and "or". `None` for any other question.
pub(super) fn odd_one_out(question: &str) -> Option<OddOneOut> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let colon = tokens
        .iter()
        .position(|t| t.ends_with(':') || matches!(*t, "-" | "–" | "—"))?;
    let stem: Vec<&str> = tokens[..=colon]
        .iter()
        .map(|t| t.trim_end_matches([':', '?']))
        .filter(|t| !matches!(*t, "-" | "–" | "—" | ""))
        .collect();
    let folded: Vec<String> = stem.iter().map(|t| fold(t)).collect();
    if !folded
        .first()
        .is_some_and(|w| matches!(w.as_str(), "which" | "what"))
    {
        return None;
    }
    // "which of these", "which one", "which of the following".
    let aux = folded
        .iter()
        .position(|w| AUXILIARIES.contains(&w.as_str()) || negated_auxiliary(w).is_some())?;
    if folded[1..aux]
        .iter()
        .any(|w| WH_WORDS.contains(&w.as_str()) || w.len() > "following".len())
    {
        return None;
    }
    let (aux_word, not_at) = match negated_auxiliary(&folded[aux]) {
        Some(plain) => (plain.to_string(), aux),
        None => (
            folded[aux].clone(),
            aux + folded[aux..].iter().position(|w| w == "not")?,
        ),
    };
    let subject = stem[aux + 1..not_at.max(aux + 1)].join(" ");
    let predicate = stem[not_at + 1..].join(" ");
    if predicate.is_empty() {
        return None;
    }
    let options = offered(&tokens[colon + 1..])?;
    let asked = options
        .into_iter()
        .map(|option| {
            let question = if subject.is_empty() {
                format!("{aux_word} {option} {predicate}?")
            } else {
                format!("{aux_word} {subject} {predicate} {option}?")
            };
            (option, question)
        })
        .collect();
    Some(OddOneOut { options: asked })
}

/// The plain auxiliary of a negated one ("wasn't" → "was").
fn negated_auxiliary(word: &str) -> Option<&'static str> {
    Some(match word {
        "isnt" => "is",
        "wasnt" => "was",
        "arent" => "are",
        "werent" => "were",
        "didnt" => "did",
        "doesnt" => "does",
        "dont" => "do",
        _ => return None,
    })
}

/// The options of `tail` ("poverty reduction, education exchange, or
/// public health?"), when there are two or more, each short.
fn offered(tail: &[&str]) -> Option<Vec<String>> {
    let text = tail.join(" ");
    let text = text.trim_end_matches(['?', '.', '!', ' ']);
    let mut options: Vec<String> = Vec::new();
    for part in text.split(',') {
        for option in part.split(" or ") {
            let option = option.trim();
            let option = option.strip_prefix("or ").unwrap_or(option).trim();
            if !option.is_empty() {
                options.push(option.to_string());
            }
        }
    }
    let short = options
        .iter()
        .all(|o| o.split_whitespace().count() <= LONGEST_OPTION);
    (text.contains(" or ") && (2..=MOST_OPTIONS).contains(&options.len()) && short)
        .then_some(options)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questions(question: &str) -> Vec<String> {
        odd_one_out(question)
            .map(|odd| odd.options.into_iter().map(|(_, q)| q).collect())
            .unwrap_or_default()
    }

    #[test]
    fn each_option_is_asked_as_the_question_without_its_not() {
        assert_eq!(
            questions(
                "Which of these was NOT a focus of the new centers: poverty reduction, education exchange, or public health?"
            ),
            [
                "was poverty reduction a focus of the new centers?",
                "was education exchange a focus of the new centers?",
                "was public health a focus of the new centers?",
            ]
        );
        assert_eq!(
            questions("Which did Xi not mention - trade or space?"),
            ["did Xi mention trade?", "did Xi mention space?"]
        );
        assert_eq!(
            questions("Which one wasn't on the list: trade or space?"),
            ["was trade on the list?", "was space on the list?"]
        );
    }

    #[test]
    fn a_question_without_not_or_without_options_is_no_odd_one_out() {
        for question in [
            "Which of these was a focus: trade or space?",
            "Which sector was not on the list?",
            "Was trade not on the list: yes or no?",
            "Which of these was not on the list: trade?",
        ] {
            assert_eq!(odd_one_out(question), None, "{question}");
        }
    }
}
