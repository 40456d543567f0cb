//! How a reply is scored against a held-out question's expected phrases:
//! shared by the held-out tests and `examples/heldout_eval.rs`, so both
//! count the same replies as right.

/// True when `reply` holds every expected phrase (case-insensitive; "A|B"
/// takes either). A first phrase "yes" or "no" must open the reply as a
/// word of its own: "No. …", never "Nobody …".
pub fn reply_is_right(reply: &str, expect: &[String]) -> bool {
    let lower = reply.to_lowercase();
    expect.iter().enumerate().all(|(i, phrase)| {
        phrase.split('|').any(|option| {
            let option = option.trim().to_lowercase();
            // "True or false: …" is answered "True"/"False", as "Yes"/"No".
            let verdicts: &[&str] = match option.as_str() {
                "yes" | "true" => &["yes", "true"],
                "no" | "false" => &["no", "false"],
                _ => &[],
            };
            if i == 0 && !verdicts.is_empty() {
                verdicts.iter().any(|verdict| {
                    lower.starts_with(verdict)
                        && !lower[verdict.len()..].starts_with(|c: char| c.is_alphanumeric())
                })
            } else {
                lower.contains(&option)
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::reply_is_right;

    fn expect(phrases: &[&str]) -> Vec<String> {
        phrases.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn a_yes_or_no_must_open_the_reply_as_a_word() {
        assert!(reply_is_right(
            "No. It was signed in Astana.",
            &expect(&["no", "astana"])
        ));
        assert!(!reply_is_right("Nobody said so.", &expect(&["no"])));
        assert!(!reply_is_right("It was not, no.", &expect(&["no"])));
        assert!(reply_is_right(
            "False. It was signed in Astana.",
            &expect(&["no", "astana"])
        ));
        assert!(reply_is_right("True. It is binding.", &expect(&["yes"])));
        assert!(!reply_is_right("Falsehoods spread.", &expect(&["false"])));
    }

    #[test]
    fn every_phrase_must_appear_and_a_bar_offers_options() {
        assert!(reply_is_right("The third summit.", &expect(&["third|3rd"])));
        assert!(!reply_is_right(
            "The grant.",
            &expect(&["grant", "training"])
        ));
    }
}
