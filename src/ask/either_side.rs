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

/// Opposite prepositions of time, offered both ways with no "than":
/// "was it held *before or after* the first summit?".
const OPPOSITE_TIMES: &[(&str, &str)] = &[("before", "after")];

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
    /// The yes/no question of the side named first, asked when the
    /// article settles only that one ("held *before* the first summit?"
    /// of the second summit); `None` for amounts, where "no" to one side
    /// may mean the two are level or that nothing is known.
    pub(super) first_side: Option<String>,
}

impl EitherSide {
    /// The same choice asked of the side named first, when "no" to it
    /// names the other: one event comes before or after another.
    pub(super) fn flipped(&self) -> Option<EitherSide> {
        Some(EitherSide {
            question: self.first_side.clone()?,
            if_yes: self.if_no.clone(),
            if_no: self.if_yes.clone(),
            first_side: Some(self.question.clone()),
        })
    }
}

/// `question` read as a yes/no question of one side, when it offers two
/// opposite comparatives joined by "or" before "than" ("more or less
/// than"). "More or less" with no "than" means "about", and offers no
/// choice.
pub(super) fn either_side(question: &str) -> Option<EitherSide> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let opposite = |pairs: &[(&str, &str)], run: &[String]| {
        pairs
            .iter()
            .any(|(a, b)| (run[0] == *a && run[2] == *b) || (run[0] == *b && run[2] == *a))
    };
    let at = folded.windows(4).position(|run| {
        run[1] == "or"
            && (run[3] == "than" && opposite(OPPOSITES, run) || opposite(OPPOSITE_TIMES, run))
    })?;
    let in_time = opposite(OPPOSITE_TIMES, &folded[at..at + 3]);
    let mut asked: Vec<&str> = tokens[..at].to_vec();
    asked.extend(&tokens[at + 2..]);
    let mut first: Vec<&str> = tokens[..=at].to_vec();
    first.extend(&tokens[at + 3..]);
    Some(EitherSide {
        question: asked.join(" "),
        if_yes: folded[at + 2].clone(),
        if_no: folded[at].clone(),
        first_side: in_time.then(|| first.join(" ")),
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
                first_side: None,
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

    #[test]
    fn before_or_after_asks_of_either_side_with_no_than() {
        let side = either_side("Was it held before or after the first summit?").expect("a choice");
        assert_eq!(side.question, "Was it held after the first summit?");
        let flipped = side.flipped().expect("a side in time");
        assert_eq!(flipped.question, "Was it held before the first summit?");
        assert_eq!(
            side_named("No. It was the second.", &flipped).as_deref(),
            Some("After. It was the second.")
        );
    }
}
