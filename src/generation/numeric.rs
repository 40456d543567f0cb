//! Believable numeric distractors: change the leading digit (near) or the
//! magnitude (far) of the first number in an answer, keeping its wording.
//!
//! "1.5 billion yuan" becomes "2.5 billion yuan" (near), "15 billion yuan" or
//! "1.5 million yuan" (far); "five" becomes "four" or "six"; "second" becomes
//! "third". Random numbers would be implausible and easy to rule out.

/// How tempting a distractor is: near ones are hard to rule out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Nearness {
    Near,
    Far,
}

/// The magnitude ladder a slip moves along ("billion" → "million"): the
/// distractor's own rule, not number reading.
const SCALES: &[&str] = &["thousand", "million", "billion", "trillion"];

/// Variants of `answer` with its first number changed, each with how near it
/// is. Empty when the answer holds no number.
pub fn perturb(answer: &str) -> Vec<(String, Nearness)> {
    if let Some(variants) = perturb_digits(answer) {
        return variants;
    }
    perturb_words(answer).unwrap_or_default()
}

/// The byte range of the first run of digits (with `,` or `.` inside).
fn first_digit_run(text: &str) -> Option<(usize, usize)> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let bytes = text.as_bytes();
    let mut end = start;
    while end < bytes.len() {
        let b = bytes[end];
        let inner_separator =
            (b == b',' || b == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() || inner_separator {
            end += 1;
        } else {
            break;
        }
    }
    Some((start, end))
}

fn perturb_digits(answer: &str) -> Option<Vec<(String, Nearness)>> {
    let (start, end) = first_digit_run(answer)?;
    let token = &answer[start..end];
    let grouped = token.contains(',');
    let decimals = token.split_once('.').map_or(0, |(_, frac)| frac.len());
    let value: f64 = token.replace(',', "").parse().ok()?;
    if value <= 0.0 {
        return None;
    }
    let unit = 10f64.powi(value.log10().floor() as i32);
    let leading = (value / unit).floor();
    let mut values = Vec::new();
    for step in [1.0, -1.0, 2.0, 3.0] {
        let new_leading = leading + step;
        if (1.0..=9.0).contains(&new_leading) {
            values.push((value + step * unit, Nearness::Near));
        }
    }
    // One order-of-magnitude slip, not both: with ×10 and ÷10 together the
    // key sits at the centre of the set, and the larger is often absurd.
    // Downward only for whole numbers of two digits or more: "0.1 billion"
    // reads as a rounding artefact, not a slip.
    if value >= 10.0 && decimals == 0 {
        values.push((value / 10.0, Nearness::Far));
    } else {
        values.push((value * 10.0, Nearness::Far));
    }
    let (before, after) = (&answer[..start], &answer[end..]);
    let mut variants: Vec<(String, Nearness)> = values
        .into_iter()
        .map(|(v, nearness)| {
            let text = format_like_original(v, decimals, grouped);
            (format!("{before}{text}{after}"), nearness)
        })
        .collect();
    variants.extend(swap_scale(answer, end).map(|text| (text, Nearness::Far)));
    variants.retain(|(text, _)| text != answer && !singular_before_plural(text));
    Some(variants)
}

/// "1.5 billion" → "1.5 million": the classic magnitude slip.
fn swap_scale(answer: &str, after_number: usize) -> Option<String> {
    let rest = &answer[after_number..];
    let trimmed = rest.trim_start();
    let gap = rest.len() - trimmed.len();
    let position = SCALES.iter().position(|scale| {
        trimmed
            .get(..scale.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scale))
    })?;
    let replacement = if position == 0 {
        SCALES[1]
    } else {
        SCALES[position - 1]
    };
    let scale_start = after_number + gap;
    Some(format!(
        "{}{}{}",
        &answer[..scale_start],
        replacement,
        &answer[scale_start + SCALES[position].len()..]
    ))
}

fn format_like_original(value: f64, decimals: usize, grouped: bool) -> String {
    let keep = if value.fract().abs() < 1e-9 {
        0
    } else {
        decimals.max(1)
    };
    let text = format!("{value:.keep$}");
    if !grouped || keep > 0 {
        return text;
    }
    let digits: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*c);
    }
    out
}

/// Moves the first number word of `answer` (an ordinal first: "the second
/// summit") to its neighbours. The word is read by text2num through
/// [`crate::numbers`] and the neighbours spelled by num2words.
fn perturb_words(answer: &str) -> Option<Vec<(String, Nearness)>> {
    // Offsets found in the lower-cased text are used on the original, so
    // only answers whose lower-casing keeps every byte offset qualify.
    if !answer
        .chars()
        .all(|c| c.to_lowercase().map(char::len_utf8).sum::<usize>() == c.len_utf8())
    {
        return None;
    }
    let lowered = answer.to_lowercase();
    for is_ordinal in [true, false] {
        // A hyphenated number is one ("twenty-five"); in "five-year" the
        // number is a part.
        let found = lowered
            .split(|c: char| !c.is_alphabetic() && c != '-')
            .flat_map(|token| {
                let parts = token.contains('-').then(|| token.split('-'));
                std::iter::once(token).chain(parts.into_iter().flatten())
            })
            .find_map(|word| word_value(word, is_ordinal).map(|n| (word, n)));
        let Some((word, n)) = found else { continue };
        let start = word_start(&lowered, word)?;
        let far = if is_ordinal { 8 } else { 5 };
        let steps = [
            (1, Nearness::Near),
            (-1, Nearness::Near),
            (2, Nearness::Near),
            (far, Nearness::Far),
        ];
        let mut variants = Vec::new();
        for (step, nearness) in steps {
            let target = n + step;
            let Some(replacement) = (target > 0).then(|| spell(target, is_ordinal)).flatten()
            else {
                continue;
            };
            let replacement = match_case(&answer[start..start + word.len()], &replacement);
            let text = format!(
                "{}{}{}",
                &answer[..start],
                replacement,
                &answer[start + word.len()..]
            );
            if !singular_before_plural(&text) {
                variants.push((text, nearness));
            }
        }
        return Some(variants);
    }
    None
}

/// The whole value of `word` when it is one number word of the kind asked
/// for: "five" → 5 (cardinal), "third" → 3 (ordinal).
fn word_value(word: &str, ordinal: bool) -> Option<i64> {
    let value = if ordinal {
        crate::numbers::parse_ordinal(word)? as f64
    } else {
        crate::numbers::parse_number_words(word)?
    };
    (value.fract() == 0.0 && (0.0..1e15).contains(&value)).then_some(value as i64)
}

use crate::numbers::spell;

/// "one years", "1 opportunities": a count of one before a plural noun
/// would make the distractor the only ungrammatical option.
fn singular_before_plural(text: &str) -> bool {
    let words = crate::lang::tokens_lowered(text);
    words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "1" | "one" | "$1" | "¥1")
            && pair[1].ends_with('s')
            && !pair[1].ends_with("ss")
    })
}

/// Byte offset of `word` as a whole word in `text`.
fn word_start(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before_ok = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphabetic());
        let after_ok = text[i + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphabetic());
        before_ok && after_ok
    })
}

fn match_case(original: &str, replacement: &str) -> String {
    if original.chars().next().is_some_and(char::is_uppercase) {
        crate::text::capitalize_first(replacement)
    } else {
        replacement.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(answer: &str) -> Vec<String> {
        perturb(answer).into_iter().map(|(text, _)| text).collect()
    }

    #[test]
    fn money_varies_the_leading_digit_and_the_magnitude() {
        let variants = perturb("1.5 billion yuan");
        assert!(variants.contains(&("2.5 billion yuan".into(), Nearness::Near)));
        assert!(variants.contains(&("1.5 million yuan".into(), Nearness::Far)));
        assert!(variants.contains(&("15 billion yuan".into(), Nearness::Far)));
    }

    #[test]
    fn grouped_counts_keep_their_separators() {
        let variants = texts("3,000");
        assert!(variants.contains(&"4,000".to_string()));
        assert!(variants.contains(&"2,000".to_string()));
        // One magnitude slip only, downward when it stays a whole number.
        assert!(variants.contains(&"300".to_string()));
        assert!(!variants.contains(&"30,000".to_string()));
    }

    #[test]
    fn words_and_ordinals_move_to_neighbours() {
        assert_eq!(texts("five"), vec!["six", "four", "seven", "ten"]);
        assert!(texts("the second summit").contains(&"the third summit".to_string()));
        assert!(texts("Two years").contains(&"Three years".to_string()));
    }

    #[test]
    fn any_one_word_number_moves_not_only_the_first_twelve() {
        assert_eq!(
            texts("fifteen"),
            vec!["sixteen", "fourteen", "seventeen", "twenty"]
        );
        assert!(texts("the twentieth summit").contains(&"the twenty-first summit".to_string()));
        assert!(texts("Twelfth").contains(&"Thirteenth".to_string()));
        assert!(texts("twenty-five").contains(&"twenty-six".to_string()));
        assert!(texts("a five-year plan").contains(&"a six-year plan".to_string()));
    }

    #[test]
    fn a_currency_prefix_and_qualifier_survive() {
        assert!(texts("$209 million").contains(&"$309 million".to_string()));
        assert!(texts("over 2,000 years").contains(&"over 3,000 years".to_string()));
    }

    #[test]
    fn a_count_of_one_is_never_put_before_a_plural() {
        assert!(!texts("two years").contains(&"one years".to_string()));
        assert!(!texts("2 years").contains(&"1 years".to_string()));
    }

    #[test]
    fn text_whose_case_folding_changes_length_is_left_alone() {
        assert!(texts("İstanbul five").is_empty());
    }

    #[test]
    fn answers_without_numbers_have_no_variants() {
        assert!(perturb("Astana").is_empty());
        assert!(perturb("someone").is_empty());
    }

    #[test]
    fn no_variant_equals_the_answer() {
        for answer in ["1", "9", "0.5", "10,000", "first", "twelve"] {
            assert!(!texts(answer).contains(&answer.to_string()), "{answer}");
        }
    }
}
