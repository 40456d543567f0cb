//! Chat shorthand spelled out before a question is read: "*wat* did xi
//! say *abt* trade", "*hw* many *ppl* get training", "*r* they *gonna*
//! …". The question words matter most: a question that opens with "wat"
//! asks nothing until it reads "what".
//!
//! General English only, and only spellings that are no English word of
//! their own ("r" and "u" alone are no words either; "2" stays a number).

/// Shorthand and what it stands for.
const SHORTHAND: &[(&str, &str)] = &[
    ("wat", "what"),
    ("wut", "what"),
    ("wht", "what"),
    ("whats", "what is"),
    ("wats", "what is"),
    ("hw", "how"),
    ("wen", "when"),
    ("wher", "where"),
    ("whr", "where"),
    ("hu", "who"),
    ("ppl", "people"),
    ("abt", "about"),
    ("bout", "about"),
    ("r", "are"),
    ("u", "you"),
    ("ur", "your"),
    ("w", "with"),
    ("w/", "with"),
    ("b4", "before"),
    ("gonna", "going to"),
    ("wanna", "want to"),
    ("gotta", "have to"),
    ("bc", "because"),
    ("cuz", "because"),
    ("coz", "because"),
    ("tho", "though"),
    ("pls", "please"),
    ("plz", "please"),
    ("smth", "something"),
    ("sth", "something"),
    ("govt", "government"),
    ("yrs", "years"),
    ("yr", "year"),
    ("thx", "thanks"),
    ("dat", "that"),
    ("dis", "this"),
    ("da", "the"),
];

/// `question` with its chat shorthand spelled out, or `None` when it has
/// none. Each whole word is looked up without its closing punctuation,
/// which is kept; a capitalized word is left alone ("R" may be a name).
pub(super) fn spelled_out(question: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = question
        .split_whitespace()
        .map(|token| {
            let core = token.trim_end_matches(['?', '!', '.', ',', ';', ':']);
            let tail = &token[core.len()..];
            let lower = core.chars().all(|c| !c.is_uppercase());
            match SHORTHAND.iter().find(|(short, _)| *short == core) {
                Some((_, long)) if lower => {
                    changed = true;
                    format!("{long}{tail}")
                }
                _ => token.to_string(),
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chat_shorthand_is_spelled_out() {
        for (question, spelled) in [
            (
                "hw many ppl can get training from china",
                "how many people can get training from china",
            ),
            (
                "wat r they gonna defend worldwide",
                "what are they going to defend worldwide",
            ),
            (
                "did the presidents say good things abt the platform?",
                "did the presidents say good things about the platform?",
            ),
            (
                "do they want closer cooperation w china",
                "do they want closer cooperation with china",
            ),
        ] {
            assert_eq!(
                spelled_out(question).as_deref(),
                Some(spelled),
                "{question}"
            );
        }
    }

    #[test]
    fn words_numbers_and_names_are_left_alone() {
        for question in [
            "what did Xi say about trade?",
            "Who is R?",
            "is the grant in yuan or dollars?",
        ] {
            assert_eq!(spelled_out(question), None, "{question}");
        }
        // "2" is a number here, not "to".
        assert_eq!(
            spelled_out("wat 2 things").as_deref(),
            Some("what 2 things")
        );
    }
}
