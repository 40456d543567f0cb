//! A comparison offered both ways: "Is the grant *more or less than* 2
//! billion yuan?" asks which side of the amount it lies on. It is read
//! as the yes/no question of one side, whose "yes" or "no" then names
//! the side.
//!
//! General English only: pairs of opposite comparatives.

use super::confirm::fold;

/// Opposite comparatives, each pair as (one side, the other).
const OPPOSITES: &[(&str, &str)] = &[
    ("more", "less"),
    ("more", "fewer"),
    ("greater", "less"),
    ("greater", "smaller"),
    ("bigger", "smaller"),
    ("larger", "smaller"),
    ("higher", "lower"),
    ("longer", "shorter"),
    ("earlier", "later"),
    ("older", "newer"),
];

/// The side a comparison offered both ways asks about.
#[derive(Debug, PartialEq)]
pub(super) struct EitherSide {
    /// The yes/no question of the side named second ("Is the grant less
    /// than 2 billion yuan?").
    pub(super) question: String,
    /// The side "yes" names ("less").
    pub(super) if_yes: String,
    /// The side "no" names ("more").
    pub(super) if_no: String,
}

/// `question` read as a yes/no question of one side, when it offers two
/// opposite comparatives joined by "or" before "than" ("more or less
/// than"). "More or less" with no "than" means "about", and offers no
/// choice.
pub(super) fn either_side(question: &str) -> Option<EitherSide> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let at = folded.windows(4).position(|run| {
        run[1] == "or"
            && run[3] == "than"
            && OPPOSITES
                .iter()
                .any(|(a, b)| (run[0] == *a && run[2] == *b) || (run[0] == *b && run[2] == *a))
    })?;
    let mut asked: Vec<&str> = tokens[..at].to_vec();
    asked.extend(&tokens[at + 2..]);
    Some(EitherSide {
        question: asked.join(" "),
        if_yes: folded[at + 2].clone(),
        if_no: folded[at].clone(),
    })
}

/// The reply to the yes/no question of one side, opened by the side it
/// names instead of "Yes" or "No"; `None` when it opens with neither.
pub(super) fn side_named(reply: &str, side: &EitherSide) -> Option<String> {
    let (word, rest) = if let Some(rest) = reply.strip_prefix("Yes.") {
        (&side.if_yes, rest)
    } else {
        (&side.if_no, reply.strip_prefix("No.")?)
    };
    Some(format!("{}.{rest}", crate::text::capitalize_first(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comparison_offered_both_ways_asks_of_the_second_side() {
        let side = either_side("Is the grant more or less than 2 billion yuan?");
        assert_eq!(
            side,
            Some(EitherSide {
                question: "Is the grant less than 2 billion yuan?".to_string(),
                if_yes: "less".to_string(),
                if_no: "more".to_string(),
            })
        );
        let side = either_side("Were there fewer or more than 4 presidents?").map(|s| s.question);
        assert_eq!(side.as_deref(), Some("Were there more than 4 presidents?"));
    }

    #[test]
    fn more_or_less_without_than_offers_no_choice() {
        assert_eq!(
            either_side("Is the grant more or less 1.5 billion yuan?"),
            None
        );
        assert_eq!(either_side("Is the grant more than 2 billion yuan?"), None);
    }

    #[test]
    fn the_reply_opens_with_the_side_its_yes_or_no_names() {
        let side = either_side("Is it more or less than 2 billion yuan?").expect("a choice");
        assert_eq!(
            side_named("Yes. The grant is 1.5 billion yuan.", &side).as_deref(),
            Some("Less. The grant is 1.5 billion yuan.")
        );
        assert_eq!(
            side_named("No. The grant is 1.5 billion yuan.", &side).as_deref(),
            Some("More. The grant is 1.5 billion yuan.")
        );
        assert_eq!(side_named("The article doesn't say.", &side), None);
    }
}
