//! Two amounts compared: "Which is bigger, the number of training
//! opportunities or the number of new centres?", "which number is bigger,
//! the training opportunities or the grant in millions of dollars?". Each
//! side is asked as the count or sum it names ("How many training
//! opportunities?"), and the larger (or smaller) one is the answer.
//!
//! General English only: the comparative frame and the words for money.

use super::confirm::fold;

/// Comparatives that ask for the larger amount.
const LARGER: &[&str] = &["bigger", "larger", "greater", "higher", "more"];
/// Comparatives that ask for the smaller amount.
const SMALLER: &[&str] = &["smaller", "fewer", "lower", "less"];
/// Words that make a side a sum of money ("the grant's *value*").
const MONEY_WORDS: &[&str] = &[
    "dollar", "dollars", "yuan", "euro", "euros", "money", "value", "worth", "amount", "sum",
    "cost",
];
/// The most words one side may have.
const LONGEST_SIDE: usize = 12;

/// A question comparing two amounts.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Comparison {
    /// Whether the larger amount is asked for ("bigger"), not the smaller.
    pub(super) larger: bool,
    /// The two sides, as the learner wrote them, without closing
    /// punctuation ("the training opportunities").
    pub(super) sides: [String; 2],
}

/// The comparison `question` asks: "which … bigger|smaller …, A or B?",
/// the two sides after the comma or colon that follows the comparative.
/// `None` for any other question.
pub(super) fn read(question: &str) -> Option<Comparison> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    if !folded.iter().take(3).any(|w| w == "which") {
        return None;
    }
    let comparative = folded
        .iter()
        .position(|w| LARGER.contains(&w.as_str()) || SMALLER.contains(&w.as_str()))?;
    let larger = LARGER.contains(&folded[comparative].as_str());
    let boundary = (comparative..tokens.len()).find(|&at| tokens[at].ends_with([',', ':']))?;
    let or = (boundary + 1..tokens.len())
        .rev()
        .find(|&at| folded[at] == "or")?;
    let first = &tokens[boundary + 1..or];
    let second = &tokens[or + 1..];
    let sized = |side: &[&str]| (1..=LONGEST_SIDE).contains(&side.len());
    // A side that holds another choice or question is no amount, and
    // asking it would read a comparison again.
    let plain = |side: &[&str]| {
        side.iter()
            .all(|t| !matches!(fold(t).as_str(), "or" | "which"))
    };
    if !(sized(first) && sized(second) && plain(first) && plain(second)) {
        return None;
    }
    let side = |words: &[&str]| {
        words
            .join(" ")
            .trim_end_matches(['?', '.', '!', ',', ' '])
            .to_string()
    };
    Some(Comparison {
        larger,
        sides: [side(first), side(second)],
    })
}

/// The question that asks for one side's amount: "How many training
/// opportunities?", "How much is the grant in dollars?" for a sum of
/// money.
pub(super) fn amount_question(side: &str) -> String {
    let money = side
        .split_whitespace()
        .any(|w| MONEY_WORDS.contains(&fold(w).as_str()));
    if money {
        format!("How much is {side}?")
    } else {
        format!("How many {}?", counted(side, true))
    }
}

/// What a side counts: "the number of training opportunities" →
/// "training opportunities"; "the training opportunities" keeps its
/// article unless `bare`.
pub(super) fn counted(side: &str, bare: bool) -> String {
    let words: Vec<&str> = side.split_whitespace().collect();
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let skip = if folded.len() > 3 && folded[..3] == ["the", "number", "of"] {
        3
    } else if bare && folded.first().is_some_and(|w| w == "the") {
        1
    } else {
        0
    };
    words[skip..].join(" ")
}

/// What one unit of a side is worth when the side names its scale ("the
/// grant *in millions* of dollars" counts millions).
pub(super) fn scale(side: &str) -> f64 {
    let folded: Vec<String> = side.split_whitespace().map(fold).collect();
    let named = |word: &str| {
        folded
            .windows(2)
            .any(|pair| pair[0] == "in" && pair[1] == word)
    };
    if named("millions") {
        1e6
    } else if named("billions") {
        1e9
    } else if named("thousands") {
        1e3
    } else {
        1.0
    }
}

/// Which side wins: the index of the larger (or smaller) value; `None`
/// when they are equal.
pub(super) fn winner(values: [f64; 2], larger: bool) -> Option<usize> {
    if values[0] == values[1] {
        return None;
    }
    let first_larger = values[0] > values[1];
    Some(if first_larger == larger { 0 } else { 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comparison_of_two_amounts_is_read_with_its_sides() {
        let asked = read(
            "Which is bigger: the number of training opportunities or the number of new cooperation centres?",
        )
        .unwrap();
        assert!(asked.larger);
        assert_eq!(
            asked.sides,
            [
                "the number of training opportunities",
                "the number of new cooperation centres"
            ]
        );
        let asked = read(
            "which is the bigger number, the years of historical exchanges or the training opportunities",
        )
        .unwrap();
        assert_eq!(
            asked.sides,
            [
                "the years of historical exchanges",
                "the training opportunities"
            ]
        );
        let asked = read("Which is smaller, A or B?").unwrap();
        assert!(!asked.larger);
    }

    #[test]
    fn other_questions_are_no_comparison() {
        for question in [
            "Which is older, the exchanges or the ties?",
            "Which centres were launched, and which platform?",
            "What is bigger than the grant?",
            "which is bigger, which is bigger, a or b or c",
        ] {
            assert_eq!(read(question), None, "{question}");
        }
    }

    #[test]
    fn each_side_is_asked_as_a_count_or_a_sum() {
        assert_eq!(
            amount_question("the number of training opportunities"),
            "How many training opportunities?"
        );
        assert_eq!(
            amount_question("the training opportunities"),
            "How many training opportunities?"
        );
        assert_eq!(
            amount_question("the grant in millions of dollars"),
            "How much is the grant in millions of dollars?"
        );
        assert_eq!(counted("The number of new centres", false), "new centres");
        assert_eq!(counted("the grant", false), "the grant");
        assert_eq!(scale("the grant in millions of dollars"), 1e6);
        assert_eq!(scale("the training opportunities"), 1.0);
    }

    #[test]
    fn the_larger_or_smaller_side_wins_and_a_tie_settles_nothing() {
        assert_eq!(winner([3000.0, 209.0], true), Some(0));
        assert_eq!(winner([3000.0, 209.0], false), Some(1));
        assert_eq!(winner([3.0, 3.0], true), None);
    }
}
