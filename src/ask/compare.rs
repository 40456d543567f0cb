//! Two amounts compared: "Which is bigger, the number of training
//! opportunities or the number of new centres?", "which number is bigger,
//! the training opportunities or the grant in millions of dollars?". Each
//! side is asked as the count or sum it names ("How many training
//! opportunities?"), and the larger (or smaller) one is the answer.
//! Durations too: "Which is older, the historical exchanges or the
//! diplomatic ties?" asks how long each has lasted, and "decades" is
//! read as at least two of them.
//!
//! General English only: the comparative frame, the words for money and
//! time units.

use super::confirm::fold;
use crate::numbers::{FoundQuantity, Qualifier, TimeScale, time_unit};

/// Comparatives that ask for the larger amount.
const LARGER: &[&str] = &["bigger", "larger", "greater", "higher", "more"];
/// Comparatives that ask for the smaller amount.
const SMALLER: &[&str] = &["smaller", "fewer", "lower", "less"];
/// Comparatives that ask for the longer duration.
const LONGER: &[&str] = &["longer", "older"];
/// Comparatives that ask for the shorter duration.
const SHORTER: &[&str] = &["shorter", "newer", "younger", "briefer"];
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
    /// Whether the sides are compared by how long they last ("older",
    /// "longer"), not by how many or how much.
    pub(super) duration: bool,
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
    let comparative = folded.iter().position(|w| {
        [LARGER, SMALLER, LONGER, SHORTER]
            .iter()
            .any(|words| words.contains(&w.as_str()))
    })?;
    let word = folded[comparative].as_str();
    let larger = LARGER.contains(&word) || LONGER.contains(&word);
    let duration = LONGER.contains(&word) || SHORTER.contains(&word);
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
        duration,
        sides: [side(first), side(second)],
    })
}

/// The question that asks how long one side lasts: "How long are the
/// historical exchanges?".
pub(super) fn duration_question(side: &str) -> String {
    let counted = counted(side, false);
    let plural = counted.ends_with('s') && !counted.ends_with("ss");
    format!("How long {} {counted}?", if plural { "are" } else { "is" })
}

/// An amount known to lie between two bounds: "over 2,000 years" has no
/// upper one, "decades" lies between two and ten of them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Span {
    pub(super) low: f64,
    pub(super) high: f64,
}

impl Span {
    /// A quantity's span, its bound words applied ("over", "under").
    pub(super) fn of(value: f64, qualifier: Option<Qualifier>) -> Span {
        match qualifier {
            Some(Qualifier::MoreThan | Qualifier::AtLeast) => Span {
                low: value,
                high: f64::INFINITY,
            },
            Some(Qualifier::LessThan | Qualifier::AtMost) => Span {
                low: 0.0,
                high: value,
            },
            _ => Span {
                low: value,
                high: value,
            },
        }
    }
}

/// How long an answer's lead says something lasts, in months: "Over
/// 2,000 years", "two years", "Decades of diplomatic ties" (two to ten
/// decades), "This year" (a year at most). `None` when it names no time
/// the calendar measures.
pub(super) fn duration_span(lead: &str, found: &[FoundQuantity]) -> Option<Span> {
    let measured = found.iter().find_map(|found| {
        let unit = found.quantity.unit.as_deref()?;
        let (TimeScale::Calendar, months) = time_unit(unit)? else {
            return None;
        };
        (!found.negated).then(|| Span::of(found.quantity.value * months, found.quantity.qualifier))
    });
    if measured.is_some() {
        return measured;
    }
    let words: Vec<String> = lead.split_whitespace().map(fold).collect();
    words.iter().enumerate().find_map(|(at, word)| {
        let (TimeScale::Calendar, months) = time_unit(word)? else {
            return None;
        };
        let before = at.checked_sub(1).map(|at| words[at].as_str());
        if word.ends_with('s') {
            // "decades": more than one, fewer than ten.
            return Some(Span {
                low: 2.0 * months,
                high: 10.0 * months,
            });
        }
        match before {
            Some("this" | "that" | "the") => Some(Span {
                low: 0.0,
                high: months,
            }),
            Some("a" | "one") | None => Some(Span {
                low: months,
                high: months,
            }),
            _ => None,
        }
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

/// Which side wins: the index of the larger (or smaller) span; `None`
/// when the spans overlap (equal amounts, or bounds that do not settle
/// it).
pub(super) fn winner(spans: [Span; 2], larger: bool) -> Option<usize> {
    let first_larger = if spans[0].low > spans[1].high {
        true
    } else if spans[1].low > spans[0].high {
        false
    } else {
        return None;
    };
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
        let exact = |value| Span::of(value, None);
        assert_eq!(winner([exact(3000.0), exact(209.0)], true), Some(0));
        assert_eq!(winner([exact(3000.0), exact(209.0)], false), Some(1));
        assert_eq!(winner([exact(3.0), exact(3.0)], true), None);
        let over = Span::of(2000.0, Some(Qualifier::MoreThan));
        assert_eq!(winner([exact(2500.0), over], true), None);
        assert_eq!(winner([exact(1500.0), over], true), Some(1));
    }

    #[test]
    fn a_comparison_of_durations_asks_how_long_each_side_lasts() {
        let asked = read(
            "Which is older according to Xi, the historical exchanges or the diplomatic ties?",
        )
        .unwrap();
        assert!(asked.duration && asked.larger);
        assert_eq!(
            duration_question(&asked.sides[0]),
            "How long are the historical exchanges?"
        );
        assert_eq!(duration_question("the grant"), "How long is the grant?");
    }

    #[test]
    fn how_long_a_lead_says_something_lasts_is_read_in_months() {
        let span = |lead: &str| duration_span(lead, &crate::numbers::find_quantities(lead));
        assert_eq!(
            span("Over 2,000 years"),
            Some(Span {
                low: 24_000.0,
                high: f64::INFINITY
            })
        );
        assert_eq!(
            span("Decades of diplomatic ties"),
            Some(Span {
                low: 240.0,
                high: 1200.0
            })
        );
        assert_eq!(
            span("This year"),
            Some(Span {
                low: 0.0,
                high: 12.0
            })
        );
        assert_eq!(
            span("Two years"),
            Some(Span {
                low: 24.0,
                high: 24.0
            })
        );
        assert_eq!(span("Astana"), None);
    }
}
