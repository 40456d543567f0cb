//! Reading quantities as learners and articles write them: "3,000",
//! "three thousand", "1.5bn yuan", "$209m", "RMB 1.5 billion", "over 2,000
//! years", "2 yrs", "second", "2nd".
//!
//! Grading compares answers by value, never by spelling, so this module turns
//! every common way of writing an amount into a [`Quantity`]. The generator
//! relies on it indirectly: a perturbed number is only kept as a distractor
//! when this parser reads it as a different value from the answer.
//!
//! # Separator rules (documented because they are a choice)
//!
//! - `,` followed by groups of exactly three digits is a thousands separator
//!   (`3,000`, `1,500,000`); any other single `,` is a decimal comma
//!   (`1,5` = 1.5, Moodle accepts `23,4` too).
//! - A single `.` is a decimal point (`1.5`, `1.500 billion`), except when it
//!   is followed by exactly three digits, the part before it is 1–3 digits and
//!   not `0`, and no scale word follows: then it is a European thousands
//!   separator (`3.000` = 3000). No English writer types `3.000` for three, and
//!   a learner who does mean 3000 should not be marked wrong for the separator.
//!   Several dots must all separate groups of three (`1.500.000`).
//! - When both `,` and `.` occur, the last one is the decimal mark
//!   (`1,500.5` and `1.500,5`).
//! - Spaces group digits when every later group has exactly three digits
//!   (`3 000`, `1 500 000`).
//! - Scientific notation is read (`2.09e8`, `2.09E+8`).
//!
//! Scale words: thousand/k, million/m/mn/mln/mil, billion/b/bn/bln/bil,
//! trillion/t/tn/trn (the short forms only right after digits). `$` is read as
//! US dollars and `¥` as yuan, the currencies of the article.

use std::cell::RefCell;
use std::fmt;

use text2num::LangInterpreter;
use text2num::digit_string::DigitString;
use text2num::error::Error;
use text2num::lang::English;
use unicode_normalization::UnicodeNormalization;

use crate::text::is_negation;

/// A currency an amount can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Currency {
    /// Chinese yuan (renminbi): `¥`, yuan, RMB, CNY.
    Yuan,
    /// US dollars: `$`, US$, USD, dollars.
    UsDollar,
    Euro,
    Pound,
    Ruble,
    /// Kazakhstani tenge.
    Tenge,
    /// Japanese yen: only by name or code, since `¥` is read as yuan here.
    Yen,
}

impl Currency {
    /// The name learners read in feedback ("yuan", "US dollars").
    pub fn name(self) -> &'static str {
        match self {
            Currency::Yuan => "yuan",
            Currency::UsDollar => "US dollars",
            Currency::Euro => "euros",
            Currency::Pound => "pounds",
            Currency::Ruble => "rubles",
            Currency::Tenge => "tenge",
            Currency::Yen => "yen",
        }
    }

    /// Reads a currency word or code ("yuan", "rmb", "usd", "dollars").
    pub fn from_word(word: &str) -> Option<Currency> {
        Some(match word {
            "yuan" | "renminbi" | "rmb" | "cny" => Currency::Yuan,
            "dollar" | "dollars" | "usd" | "buck" | "bucks" => Currency::UsDollar,
            "euro" | "euros" | "eur" => Currency::Euro,
            "pound" | "pounds" | "gbp" | "sterling" => Currency::Pound,
            "ruble" | "rubles" | "rouble" | "roubles" | "rub" => Currency::Ruble,
            "tenge" | "kzt" => Currency::Tenge,
            "yen" | "jpy" => Currency::Yen,
            _ => return None,
        })
    }

    fn from_symbol(symbol: char) -> Option<Currency> {
        Some(match symbol {
            '$' => Currency::UsDollar,
            '¥' | '￥' | '元' => Currency::Yuan,
            '€' => Currency::Euro,
            '£' => Currency::Pound,
            '₽' => Currency::Ruble,
            '₸' => Currency::Tenge,
            _ => return None,
        })
    }
}

/// A bound written before (or after) a number: "over", "about", "2,000-plus".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// over, more than, above, 2,000+
    MoreThan,
    /// at least, no less than
    AtLeast,
    /// under, less than, nearly, almost
    LessThan,
    /// up to, at most, no more than
    AtMost,
    /// about, around, roughly, some
    About,
    /// exactly, precisely
    Exactly,
}

impl Qualifier {
    /// +1 for lower bounds, -1 for upper bounds, 0 for about/exactly.
    pub fn direction(self) -> i8 {
        match self {
            Qualifier::MoreThan | Qualifier::AtLeast => 1,
            Qualifier::LessThan | Qualifier::AtMost => -1,
            Qualifier::About | Qualifier::Exactly => 0,
        }
    }

    /// How the qualifier reads in English.
    pub fn words(self) -> &'static str {
        match self {
            Qualifier::MoreThan => "over",
            Qualifier::AtLeast => "at least",
            Qualifier::LessThan => "under",
            Qualifier::AtMost => "up to",
            Qualifier::About => "about",
            Qualifier::Exactly => "exactly",
        }
    }
}

/// Which time units convert into each other. Months and years convert
/// exactly, days and weeks too, but a month is not a whole number of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeScale {
    /// Measured in months: month, year, decade, century, millennium.
    Calendar,
    /// Measured in days: day, week, fortnight.
    Days,
    /// Measured in seconds: second, minute, hour.
    Clock,
}

/// Reads a time unit word: its scale and its size in that scale's base unit
/// (months, days or seconds). "yrs" → (Calendar, 12).
pub fn time_unit(word: &str) -> Option<(TimeScale, f64)> {
    Some(match word {
        "month" | "months" | "mo" | "mos" | "mth" | "mths" => (TimeScale::Calendar, 1.0),
        "year" | "years" | "yr" | "yrs" | "y" | "yo" => (TimeScale::Calendar, 12.0),
        "decade" | "decades" => (TimeScale::Calendar, 120.0),
        "century" | "centuries" => (TimeScale::Calendar, 1200.0),
        "millennium" | "millennia" | "millenniums" => (TimeScale::Calendar, 12_000.0),
        "day" | "days" => (TimeScale::Days, 1.0),
        "week" | "weeks" | "wk" | "wks" => (TimeScale::Days, 7.0),
        "fortnight" | "fortnights" => (TimeScale::Days, 14.0),
        "second" | "seconds" | "sec" | "secs" => (TimeScale::Clock, 1.0),
        "minute" | "minutes" | "min" | "mins" => (TimeScale::Clock, 60.0),
        "hour" | "hours" | "hr" | "hrs" | "h" => (TimeScale::Clock, 3600.0),
        // "2 *millenia*": a long unit's name with one slip is still it.
        _ => return misspelled_long_unit(word).and_then(time_unit),
    })
}

/// Unit names long enough that one slip in them ("millenia",
/// "centurys") makes no other word a learner means.
const LONG_UNITS: &[&str] = &[
    "decades",
    "century",
    "centuries",
    "millennium",
    "millennia",
    "fortnight",
    "fortnights",
];

/// The long unit `word` is one slip away from, if exactly one.
fn misspelled_long_unit(word: &str) -> Option<&'static str> {
    // Most words are no unit: only one of about a unit's length that
    // starts as one is compared.
    let mut near = LONG_UNITS.iter().filter(|unit| {
        unit.len().abs_diff(word.len()) <= 1
            && unit.as_bytes().first() == word.as_bytes().first()
            && strsim::damerau_levenshtein(word, unit) == 1
    });
    let only = near.next()?;
    near.next().is_none().then_some(*only)
}

/// The canonical singular name of a time unit ("yrs" → "year").
fn time_unit_name(word: &str) -> Option<&'static str> {
    let (scale, size) = time_unit(word)?;
    Some(match (scale, size as u32) {
        (TimeScale::Calendar, 1) => "month",
        (TimeScale::Calendar, 12) => "year",
        (TimeScale::Calendar, 120) => "decade",
        (TimeScale::Calendar, 1200) => "century",
        (TimeScale::Calendar, _) => "millennium",
        (TimeScale::Days, 1) => "day",
        (TimeScale::Days, 7) => "week",
        (TimeScale::Days, _) => "fortnight",
        (TimeScale::Clock, 1) => "second",
        (TimeScale::Clock, 60) => "minute",
        (TimeScale::Clock, _) => "hour",
    })
}

/// An amount read from text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The value with scale words applied: "1.5 billion" → 1.5e9.
    pub value: f64,
    /// The currency, when one is named or symbolised.
    pub currency: Option<Currency>,
    /// What is counted: a canonical time unit ("year", "month", "day"...),
    /// "percent", or the words after the number ("training opportunities").
    pub unit: Option<String>,
    /// "over", "about"... when the amount is a bound or an estimate.
    pub qualifier: Option<Qualifier>,
    /// True for ordinals: "second", "2nd".
    pub ordinal: bool,
}

impl Quantity {
    fn plain(value: f64) -> Quantity {
        Quantity {
            value,
            currency: None,
            unit: None,
            qualifier: None,
            ordinal: false,
        }
    }

    /// The time scale and the value in that scale's base unit, for durations:
    /// "two years" → (Calendar, 24 months).
    pub fn duration(&self) -> Option<(TimeScale, f64)> {
        let unit = self.unit.as_deref()?;
        let (scale, size) = time_unit(unit)?;
        Some((scale, self.value * size))
    }
}

/// Renders a quantity the way the article would: "over 2,000 years",
/// "1.5 billion yuan", "$209 million", "2nd".
impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(qualifier) = self.qualifier {
            write!(f, "{} ", qualifier.words())?;
        }
        if self.ordinal {
            return write!(f, "{}", format_ordinal(self.value));
        }
        let number = format_number(self.value);
        match self.currency {
            Some(Currency::UsDollar) => write!(f, "${number}")?,
            Some(currency) => write!(f, "{number} {}", currency.name())?,
            None => write!(f, "{number}")?,
        }
        match self.unit.as_deref() {
            Some("percent") => write!(f, "%"),
            Some(unit) if time_unit(unit).is_some() && !values_equal(self.value, 1.0) => {
                write!(f, " {}", plural(unit))
            }
            Some(unit) => write!(f, " {unit}"),
            None => Ok(()),
        }
    }
}

fn plural(unit: &str) -> String {
    match unit {
        "century" => "centuries".to_string(),
        "millennium" => "millennia".to_string(),
        other => format!("{other}s"),
    }
}

/// True when two values are the same amount (relative tolerance 1e-9, so
/// "1.5 billion" equals 1_500_000_000 despite floating point, but 3,001
/// never equals 3,000).
pub fn values_equal(a: f64, b: f64) -> bool {
    if !a.is_finite() || !b.is_finite() {
        return false;
    }
    let scale = a.abs().max(b.abs()).max(1.0);
    (a - b).abs() <= 1e-9 * scale
}

/// `n` in words: "six", "twenty-one", "third".
pub fn spell(n: i64, ordinal: bool) -> Option<String> {
    let words = num2words::Num2Words::new(n);
    let words = if ordinal { words.ordinal() } else { words };
    words.to_words().ok()
}

/// Writes a value for people: "3,000", "1.5", "1.5 billion", "209 million".
/// Millions and up use scale words when that is exact with at most three
/// decimals.
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return "a huge number".to_string();
    }
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        let scaled = value / scale;
        if scaled.abs() >= 1.0 && values_equal((scaled * 1000.0).round() / 1000.0, scaled) {
            return format!("{} {word}", format_plain(scaled));
        }
    }
    format_plain(value)
}

/// Writes an ordinal for people: 2 → "2nd", 21 → "21st", 13 → "13th".
pub fn format_ordinal(value: f64) -> String {
    if value.fract() != 0.0 || !value.is_finite() || value < 0.0 {
        return format_plain(value);
    }
    let n = value as u64;
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Digits with thousands separators and up to three decimals.
fn format_plain(value: f64) -> String {
    let rounded = (value * 1000.0).round() / 1000.0;
    let negative = rounded < 0.0;
    let text = format!("{:.3}", rounded.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let mut grouped = String::new();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let frac = frac_part.trim_end_matches('0');
    let sign = if negative { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// One quantity found inside a longer text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuantity {
    pub quantity: Quantity,
    /// True when a negation ("not", "never", "isn't"...) directly precedes
    /// it: "not 3,000" must not count as answering 3,000.
    pub negated: bool,
}

/// Reads `text` as exactly one quantity, optionally followed by what it
/// counts: "1.5 billion yuan", "over 2,000 years", "3,000 training
/// opportunities", "second". Leading "the" is allowed ("the second").
/// Returns `None` when there is no number, more than one, or words before it.
///
/// ```
/// use summit_quiz::numbers::{Currency, parse_quantity};
///
/// let money = parse_quantity("$209m").expect("a quantity");
/// assert_eq!(money.value, 209_000_000.0);
/// assert_eq!(money.currency, Some(Currency::UsDollar));
/// assert_eq!(parse_quantity("three thousand").map(|q| q.value), Some(3000.0));
/// assert_eq!(parse_quantity("Paris"), None);
/// ```
pub fn parse_quantity(text: &str) -> Option<Quantity> {
    let tokens = tokenize(text);
    let mut start = 0;
    while matches!(
        tokens.get(start),
        Some(Token {
            kind: Tok::Break,
            ..
        })
    ) || matches!(tokens.get(start), Some(Token { kind: Tok::Word(w), .. }) if w == "the")
    {
        start += 1;
    }
    let (mut quantity, end) = read_quantity(&tokens, start)?;
    let rest = &tokens[end..];
    if rest
        .iter()
        .any(|t| matches!(t.kind, Tok::Digits(_) | Tok::Sym(_)))
    {
        return None;
    }
    let words: Vec<&str> = rest
        .iter()
        .filter_map(|t| match &t.kind {
            Tok::Word(w) => Some(w.as_str()),
            _ => None,
        })
        .collect();
    if !words.is_empty() {
        if words.iter().any(|w| is_number_word(w)) {
            return None;
        }
        let joined = words.join(" ");
        quantity.unit = Some(match quantity.unit.take() {
            Some(unit) => format!("{unit} {joined}"),
            None => joined,
        });
    }
    Some(quantity)
}

/// Every quantity in `text`, in order: "3,000 over two years" gives 3000 and
/// 2 years. The unit of each is a time unit or percent when one follows,
/// otherwise up to three following content words.
pub fn find_quantities(text: &str) -> Vec<FoundQuantity> {
    let tokens = tokenize(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match read_quantity(&tokens, i) {
            Some((mut quantity, end)) => {
                let mut end = end;
                if quantity.unit.is_none() {
                    let mut words = Vec::new();
                    while let Some(Token {
                        kind: Tok::Word(w), ..
                    }) = tokens.get(end)
                    {
                        if words.len() == 3 || is_number_word(w) || is_unit_stop(w) {
                            break;
                        }
                        words.push(w.as_str());
                        end += 1;
                    }
                    if !words.is_empty() {
                        quantity.unit = Some(words.join(" "));
                    }
                }
                let negated = tokens[..i]
                    .iter()
                    .rev()
                    .take_while(|t| !matches!(t.kind, Tok::Break))
                    .take(2)
                    .any(|t| matches!(&t.kind, Tok::Word(w) if is_negation(w)));
                found.push(FoundQuantity { quantity, negated });
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    found
}

/// Words that end a free-text unit ("3,000 over two years" has no unit).
fn is_unit_stop(word: &str) -> bool {
    matches!(
        word,
        "over"
            | "in"
            | "of"
            | "for"
            | "and"
            | "or"
            | "but"
            | "the"
            | "a"
            | "an"
            | "to"
            | "from"
            | "by"
            | "with"
            | "on"
            | "at"
            | "is"
            | "was"
            | "were"
            | "are"
            | "not"
            | "during"
            | "within"
            | "this"
            | "that"
            | "than"
            | "per"
            | "each"
    ) || is_qualifier_start(word)
}

fn is_qualifier_start(word: &str) -> bool {
    QUALIFIERS.iter().any(|(words, _)| words[0] == word)
}

/// Reads `text` as a plain number (digits or words, scale words allowed, no
/// currency or unit): "3,000", "three thousand", "1.5bn", "one and a half
/// billion" → Some; "3,000 years" → None.
pub fn parse_number(text: &str) -> Option<f64> {
    let quantity = parse_quantity(text)?;
    (quantity.currency.is_none() && quantity.unit.is_none() && quantity.qualifier.is_none())
        .then_some(quantity.value)
}

/// Reads English number words only: "three thousand" → 3000, "one and a
/// half billion" → 1.5e9, "twenty-five" → 25. Digits are refused here.
pub fn parse_number_words(text: &str) -> Option<f64> {
    let tokens = tokenize(text);
    if tokens.iter().any(|t| !matches!(t.kind, Tok::Word(_))) {
        return None;
    }
    let (number, end) = read_number(&tokens, 0)?;
    (end == tokens.len() && !number.ordinal).then_some(number.value)
}

/// Reads an ordinal: "second" → 2, "2nd" → 2, "twenty-first" → 21.
pub fn parse_ordinal(text: &str) -> Option<u64> {
    let quantity = parse_quantity(text)?;
    let whole = quantity.value >= 0.0 && quantity.value.fract() == 0.0 && quantity.value < 1e15;
    (quantity.ordinal && whole && quantity.unit.is_none()).then_some(quantity.value as u64)
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A run of digits, with `,`/`.` between digits and an optional exponent.
    Digits(String),
    Word(String),
    /// `$ ¥ € £ ₽ ₸ % + ~`
    Sym(char),
    /// Any other punctuation: ends a number and a unit.
    Break,
}

#[derive(Debug, Clone, PartialEq)]
struct Token {
    kind: Tok,
    /// Whitespace (or a dash) came right before it.
    spaced: bool,
}

/// Splits folded text into digit runs, letter runs, symbols and breaks.
/// "US$209m" → `us`, `$`, `209`, `m`; "1.5bn" → `1.5`, `bn`; "twenty-five"
/// → `twenty`, `five`.
fn tokenize(text: &str) -> Vec<Token> {
    // ASCII is its own NFKD form with no combining marks: the common case
    // skips the Unicode pass (this runs for every word Ask and grading read).
    let chars: Vec<char> = if text.is_ascii() {
        text.chars().map(|c| c.to_ascii_lowercase()).collect()
    } else {
        text.nfkd()
            .filter(|c| !is_combining(*c))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut tokens = Vec::new();
    let mut spaced = true;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() {
                let d = chars[i];
                let inner =
                    (d == '.' || d == ',') && chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if d.is_ascii_digit() || (inner && i > start) {
                    i += 1;
                } else {
                    break;
                }
            }
            // Exponent: e8, e+8, e-3, not followed by a letter ("2e8x" is not).
            if chars.get(i) == Some(&'e') {
                let mut j = i + 1;
                if matches!(chars.get(j), Some('+') | Some('-')) {
                    j += 1;
                }
                let digits_start = j;
                while chars.get(j).is_some_and(char::is_ascii_digit) {
                    j += 1;
                }
                if j > digits_start && !chars.get(j).is_some_and(|c| c.is_alphabetic()) {
                    i = j;
                }
            }
            tokens.push(Token {
                kind: Tok::Digits(chars[start..i].iter().collect()),
                spaced,
            });
            spaced = false;
        } else if c.is_alphabetic() {
            let mut word = String::new();
            while i < chars.len() {
                let d = chars[i];
                let apostrophe = matches!(d, '\'' | '’')
                    && !word.is_empty()
                    && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
                if d.is_alphabetic() {
                    word.push(d);
                } else if !apostrophe {
                    break;
                }
                i += 1;
            }
            tokens.push(Token {
                kind: Tok::Word(word),
                spaced,
            });
            spaced = false;
        } else if matches!(
            c,
            '$' | '¥' | '￥' | '€' | '£' | '₽' | '₸' | '%' | '+' | '~'
        ) {
            tokens.push(Token {
                kind: Tok::Sym(c),
                spaced,
            });
            spaced = false;
            i += 1;
        } else if c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '−')
        {
            spaced = true;
            i += 1;
        } else {
            if !matches!(
                tokens.last(),
                Some(Token {
                    kind: Tok::Break,
                    ..
                })
            ) {
                tokens.push(Token {
                    kind: Tok::Break,
                    spaced,
                });
            }
            spaced = false;
            i += 1;
        }
    }
    tokens
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn word_at(tokens: &[Token], i: usize) -> Option<&str> {
    match tokens.get(i) {
        Some(Token {
            kind: Tok::Word(w), ..
        }) => Some(w.as_str()),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Quantities

/// Qualifier phrases, longest first within each start word.
const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["upward", "of"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["beyond"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["just", "under"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["nearly"], Qualifier::LessThan),
    (&["almost"], Qualifier::LessThan),
    (&["at", "most"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::AtMost),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["approx"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["circa"], Qualifier::About),
    (&["close", "to"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["exactly"], Qualifier::Exactly),
    (&["precisely"], Qualifier::Exactly),
    (&["just"], Qualifier::Exactly),
];

/// How many words at `at` make a qualifier phrase ("at least", "up to",
/// "over"), if any: words that bound an amount rather than name anything.
pub fn qualifier_phrase_len<W: AsRef<str>>(words: &[W], at: usize) -> Option<usize> {
    QUALIFIERS
        .iter()
        .find(|(phrase, _)| {
            phrase.len() <= words.len().saturating_sub(at)
                && phrase
                    .iter()
                    .zip(&words[at..])
                    .all(|(p, w)| *p == w.as_ref())
        })
        .map(|(phrase, _)| phrase.len())
}

/// The qualifier one word says on its own ("over", "about"), if any.
pub fn qualifier_word(word: &str) -> Option<Qualifier> {
    QUALIFIERS
        .iter()
        .find(|(words, _)| *words == [word])
        .map(|(_, qualifier)| *qualifier)
}

fn read_qualifier(tokens: &[Token], i: usize) -> (Option<Qualifier>, usize) {
    if matches!(
        tokens.get(i),
        Some(Token {
            kind: Tok::Sym('~'),
            ..
        })
    ) {
        return (Some(Qualifier::About), i + 1);
    }
    for (words, qualifier) in QUALIFIERS {
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| word_at(tokens, i + k) == Some(*w));
        if matches {
            return (Some(*qualifier), i + words.len());
        }
    }
    (None, i)
}

/// A currency written before the number: `$`, `US$`, `¥`, `USD`, `RMB`...
fn read_currency_prefix(tokens: &[Token], i: usize) -> (Option<Currency>, usize) {
    match tokens.get(i).map(|t| &t.kind) {
        Some(Tok::Sym(c)) => match Currency::from_symbol(*c) {
            Some(currency) => (Some(currency), i + 1),
            None => (None, i),
        },
        Some(Tok::Word(w)) if w == "us" || w == "u" => {
            let mut j = i + 1;
            if w == "u" && word_at(tokens, j) == Some("s") {
                j += 1;
            }
            if matches!(
                tokens.get(j),
                Some(Token {
                    kind: Tok::Sym('$'),
                    ..
                })
            ) {
                (Some(Currency::UsDollar), j + 1)
            } else {
                (None, i)
            }
        }
        Some(Tok::Word(w)) => match w.as_str() {
            "usd" | "rmb" | "cny" | "eur" | "gbp" | "rub" | "kzt" | "jpy" | "yuan" => {
                (Currency::from_word(w), i + 1)
            }
            _ => (None, i),
        },
        _ => (None, i),
    }
}

/// A currency written after the number: "yuan", "dollars", "US dollars".
fn read_currency_suffix(tokens: &[Token], i: usize) -> (Option<Currency>, usize) {
    let mut j = i;
    // "US dollars", "U.S. dollars", "American dollars"
    match word_at(tokens, j) {
        Some("us") | Some("american") => {
            if let Some(next) = word_at(tokens, skip_breaks(tokens, j + 1))
                && Currency::from_word(next) == Some(Currency::UsDollar)
            {
                j = skip_breaks(tokens, j + 1);
            }
        }
        Some("u") => {
            let s = skip_breaks(tokens, j + 1);
            if word_at(tokens, s) == Some("s") {
                let d = skip_breaks(tokens, s + 1);
                if word_at(tokens, d).and_then(Currency::from_word) == Some(Currency::UsDollar) {
                    j = d;
                }
            }
        }
        _ => {}
    }
    match word_at(tokens, j).and_then(Currency::from_word) {
        Some(currency) => (Some(currency), j + 1),
        None => (None, i),
    }
}

fn skip_breaks(tokens: &[Token], mut i: usize) -> usize {
    while matches!(
        tokens.get(i),
        Some(Token {
            kind: Tok::Break,
            ..
        })
    ) {
        i += 1;
    }
    i
}

/// qualifier? currency? number currency? (time unit | %)? plus?
fn read_quantity(tokens: &[Token], start: usize) -> Option<(Quantity, usize)> {
    let (mut qualifier, i) = read_qualifier(tokens, start);
    let (prefix, i) = read_currency_prefix(tokens, i);
    let (number, mut i) = read_number(tokens, i)?;
    let mut quantity = Quantity {
        value: number.value,
        ordinal: number.ordinal,
        ..Quantity::plain(0.0)
    };
    // "2,000+", "2,000-plus", "2,000-odd"
    match tokens.get(i).map(|t| &t.kind) {
        Some(Tok::Sym('+')) => {
            qualifier = qualifier.or(Some(Qualifier::MoreThan));
            i += 1;
        }
        Some(Tok::Word(w)) if w == "plus" && !starts_number(tokens, i + 1) => {
            qualifier = qualifier.or(Some(Qualifier::MoreThan));
            i += 1;
        }
        Some(Tok::Word(w)) if w == "odd" || w == "ish" => {
            qualifier = qualifier.or(Some(Qualifier::About));
            i += 1;
        }
        _ => {}
    }
    let (suffix, after_currency) = read_currency_suffix(tokens, i);
    i = after_currency;
    quantity.currency = prefix.or(suffix);
    if matches!(
        tokens.get(i),
        Some(Token {
            kind: Tok::Sym('%'),
            ..
        })
    ) {
        quantity.unit = Some("percent".to_string());
        i += 1;
    } else if let Some(w) = word_at(tokens, i) {
        if w == "percent" || (w == "per" && word_at(tokens, i + 1) == Some("cent")) {
            quantity.unit = Some("percent".to_string());
            i += if w == "per" { 2 } else { 1 };
        } else if let Some(name) = time_unit_name(w)
            && !quantity.ordinal
            && (!matches!(w, "y" | "h" | "yo") || !tokens[i].spaced)
        {
            quantity.unit = Some(name.to_string());
            i += 1;
        }
    }
    if !quantity.ordinal
        && matches!(
            tokens.get(i),
            Some(Token {
                kind: Tok::Sym('+'),
                ..
            })
        )
    {
        qualifier = qualifier.or(Some(Qualifier::MoreThan));
        i += 1;
    }
    quantity.qualifier = qualifier;
    Some((quantity, i))
}

fn starts_number(tokens: &[Token], i: usize) -> bool {
    match tokens.get(i).map(|t| &t.kind) {
        Some(Tok::Digits(_)) => true,
        Some(Tok::Word(w)) => is_number_word(w),
        _ => false,
    }
}

/// Scale words that may follow digits ("1.5 billion", "3 thousand") or
/// number words. text2num reads thousand, million and billion inside a run
/// of words itself, but has no trillion or milliard and reads no scale after
/// digits, so this short list stays for those two jobs.
fn scale_word(word: &str) -> Option<f64> {
    Some(match word {
        "thousand" | "thousands" => 1e3,
        "million" | "millions" => 1e6,
        "billion" | "billions" | "milliard" | "milliards" => 1e9,
        "trillion" | "trillions" => 1e12,
        _ => return None,
    })
}

/// Short scale words, only right after digits: "3k", "$209m", "1.5bn".
/// Newspaper shorthand, which no number-word crate reads.
fn short_scale(word: &str) -> Option<f64> {
    Some(match word {
        "k" => 1e3,
        "m" | "mn" | "mln" | "mil" | "mio" => 1e6,
        "b" | "bn" | "bln" | "bil" => 1e9,
        "t" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Number words, through text2num
//
// text2num's English interpreter reads the words of a number one at a time
// into a `DigitString` ("twenty" "five" → 25; "two" "hundred" "and" "nine"
// "million" → 209000000; "twenty" "first" → 21st) and refuses a word that
// cannot continue it ("one" "two"). This adapter adds what it does not read:
// digits with scale words ("1.5 billion"), "a" for one ("a thousand"), "half
// a million", "one and a half", "dozen" and trillions.

/// True for words that can be part of a number ("two", "thousand", "half",
/// the "first" of "twenty-first").
pub fn is_number_word(word: &str) -> bool {
    // Grading asks this of every word of every answer: the buffer text2num
    // writes into is kept per thread rather than allocated each time.
    thread_local! {
        static SCRATCH: RefCell<DigitString> = RefCell::new(DigitString::new());
    }
    scale_word(word).is_some()
        || matches!(word, "dozen" | "half")
        || (admissible(word)
            && SCRATCH.with_borrow_mut(|digits| {
                digits.reset();
                English::new().apply(crate_spelling(word), digits).is_ok()
            }))
}

/// Whether text2num may be asked about `word`: lower-case ASCII letters
/// (its whole vocabulary, so anything else is turned away without a
/// lookup), not the letter "o", which it reads as zero as in read-out phone
/// numbers, and no plural but a scale's ("two thousands"): it strips any
/// trailing "s", so "ones", "tens" and "hundreds" would read as numbers.
fn admissible(word: &str) -> bool {
    word.len() > 1
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && (!word.ends_with('s') || scale_word(word).is_some())
}

/// text2num 2.8 knows "sixtieth" only as "sixteeth" (a slip in its
/// vocabulary), so the right spelling is handed over in that form.
fn crate_spelling(word: &str) -> &str {
    if word == "sixtieth" { "sixteeth" } else { word }
}

/// A number read from tokens.
struct Number {
    value: f64,
    ordinal: bool,
}

/// The run of number words text2num reads from `start`, and where it ends.
/// "a"/"an" before a scale or "dozen" stands for one. A run never starts
/// with a scale word, which text2num would read as one of it: "thousands of
/// years" is no amount. The run ends after an ordinal, and after a leading
/// zero ("zero five" is two numbers in prose, not the code "05").
///
/// The number is taken as it stood after the last word text2num accepted:
/// a refused "billion" can leave its buffer changed ("one billion billion").
fn read_word_run(tokens: &[Token], start: usize) -> Option<(Number, usize)> {
    if word_at(tokens, start).is_some_and(|w| w == "hundred" || scale_word(w).is_some()) {
        return None;
    }
    let english = English::new();
    let mut digits = DigitString::new();
    let mut read: Option<(Number, usize)> = None;
    let mut i = start;
    while let Some(word) = word_at(tokens, i) {
        let word = if i == start && a_stands_for_one(tokens, i) {
            "one"
        } else {
            word
        };
        if !admissible(word) {
            break;
        }
        match english.apply(crate_spelling(word), &mut digits) {
            // A u64 holds 19 digits; a longer run is no amount anyone writes.
            Ok(()) if digits.len() > 18 => break,
            Ok(()) => {
                i += 1;
                let number = Number {
                    value: digits.parse() as f64,
                    ordinal: digits.is_ordinal(),
                };
                read = Some((number, i));
                if digits.is_ordinal() || digits.is_null() {
                    break;
                }
            }
            // "and" inside a number: kept only when a number word follows.
            Err(Error::Incomplete) => i += 1,
            Err(_) => break,
        }
    }
    read
}

/// "a"/"an" means one before "hundred", a scale word or "dozen".
fn a_stands_for_one(tokens: &[Token], i: usize) -> bool {
    matches!(word_at(tokens, i), Some("a") | Some("an"))
        && word_at(tokens, i + 1)
            .is_some_and(|w| w == "hundred" || w == "dozen" || scale_word(w).is_some())
}

/// What the number read so far ends with; it decides what may follow.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    /// Digits, or words with a decimal part ("two point five").
    Digits,
    /// A run of number words read by text2num.
    Words,
    /// A scale the adapter applied ("1.5 billion", "3 hundred", "two
    /// trillion"), with its size: the words after it must be smaller.
    Scale(f64),
    /// "dozen" or "and a half": only a scale word may follow.
    Multiplied,
}

/// The state of [`read_number`]: `total` holds what the adapter's scale
/// words multiplied out ("3 thousand"), `current` the part after the last
/// of them, `last` what came last.
struct NumberReader<'t> {
    tokens: &'t [Token],
    i: usize,
    total: f64,
    current: f64,
    last: Last,
    ordinal: bool,
}

/// Reads digits and/or number words starting at `start`. Stops before the
/// first token that cannot continue the number, so "one two" reads as one.
fn read_number(tokens: &[Token], start: usize) -> Option<(Number, usize)> {
    let mut reader = NumberReader::head(tokens, start)?;
    while !reader.ordinal && reader.step() {}
    let number = Number {
        value: reader.total + reader.current,
        ordinal: reader.ordinal,
    };
    Some((number, reader.i))
}

impl<'t> NumberReader<'t> {
    /// The first part of a number: digits (with an ordinal suffix, "2nd"),
    /// "half a <scale>", or a run of number words.
    fn head(tokens: &'t [Token], start: usize) -> Option<NumberReader<'t>> {
        let mut reader = NumberReader {
            tokens,
            i: start,
            total: 0.0,
            current: 0.0,
            last: Last::Words,
            ordinal: false,
        };
        match &tokens.get(start)?.kind {
            Tok::Digits(raw) => reader.digits(raw)?,
            Tok::Word(w) if w == "half" => reader.half_a_scale()?,
            Tok::Word(_) => {
                let (number, end) = read_word_run(tokens, start)?;
                reader.current = number.value;
                reader.ordinal = number.ordinal;
                reader.i = end;
            }
            _ => return None,
        }
        Some(reader)
    }

    /// Digits ("3,000", "3 000", "2nd"); `None` when they do not parse.
    fn digits(&mut self, raw: &str) -> Option<()> {
        let (text, next) = group_spaced_digits(self.tokens, self.i, raw);
        let scale_follows = word_at(self.tokens, next)
            .is_some_and(|w| scale_word(w).is_some() || short_scale(w).is_some());
        self.current = parse_digits(&text, scale_follows)?;
        self.last = Last::Digits;
        self.i = next;
        if matches!(
            word_at(self.tokens, self.i),
            Some("st") | Some("nd") | Some("rd") | Some("th")
        ) {
            self.ordinal = true;
            self.i += 1;
        }
        Some(())
    }

    /// "half a million".
    fn half_a_scale(&mut self) -> Option<()> {
        let (tokens, i) = (self.tokens, self.i);
        if !matches!(word_at(tokens, i + 1), Some("a") | Some("an")) {
            return None;
        }
        let scale = word_at(tokens, i + 2).and_then(scale_word)?;
        self.total = 0.5 * scale;
        self.last = Last::Scale(scale);
        self.i += 3;
        Some(())
    }

    /// Reads the next token if it continues the number; false at its end.
    fn step(&mut self) -> bool {
        let Some(w) = word_at(self.tokens, self.i) else {
            return false;
        };
        if w == "hundred" && self.last == Last::Digits {
            self.current *= 100.0;
            self.last = Last::Scale(100.0);
            self.i += 1;
            return true;
        }
        if let Some(scale) = self.scale_of(w) {
            return self.scale(scale);
        }
        match w {
            "dozen" => self.dozen(),
            "and" => self.and(),
            "point" => self.point(),
            _ => self.words_after_scale(self.i),
        }
    }

    /// A scale word's value; a short one ("m", "bn") only right after digits.
    fn scale_of(&self, w: &str) -> Option<f64> {
        scale_word(w).or_else(|| {
            if self.last == Last::Digits {
                short_scale(w)
            } else {
                None
            }
        })
    }

    /// A scale word text2num left: after digits, "and a half", "dozen", or
    /// past its billions. Right after another scale word it multiplies ("1.5
    /// thousand million", "a million million"); otherwise it must be larger
    /// than the words it multiplies ("two million three million" is two
    /// numbers).
    fn scale(&mut self, scale: f64) -> bool {
        let after_scale_word = self.i > 0
            && word_at(self.tokens, self.i - 1)
                .is_some_and(|w| w == "hundred" || scale_word(w).is_some());
        match self.last {
            Last::Scale(before) if self.current == 0.0 => {
                self.total *= scale;
                self.last = Last::Scale(before * scale);
            }
            Last::Words if after_scale_word => {
                self.current *= scale;
                self.last = Last::Scale(self.current);
            }
            Last::Words if self.current >= scale => return false,
            _ => {
                self.total += self.current * scale;
                self.current = 0.0;
                self.last = Last::Scale(scale);
            }
        }
        self.i += 1;
        true
    }

    /// "two dozen", "a dozen", "3 dozen".
    fn dozen(&mut self) -> bool {
        let count = self.current;
        let fits = match self.last {
            Last::Digits => true,
            Last::Words => (1.0..20.0).contains(&count) && count.fract() == 0.0,
            _ => false,
        };
        if !fits {
            return false;
        }
        self.current *= 12.0;
        self.last = Last::Multiplied;
        self.i += 1;
        true
    }

    /// "and a half" after a count ("one and a half billion"), or "and" before
    /// the words after a scale ("3 thousand and five").
    fn and(&mut self) -> bool {
        let (tokens, i) = (self.tokens, self.i);
        let a_half = matches!(word_at(tokens, i + 1), Some("a") | Some("an"))
            && word_at(tokens, i + 2) == Some("half");
        match self.last {
            Last::Digits | Last::Words if a_half => {
                self.current += 0.5;
                self.last = Last::Multiplied;
                self.i += 3;
                true
            }
            Last::Scale(_) => self.words_after_scale(i + 1),
            _ => false,
        }
    }

    /// "point" and the digit words after it ("two point five"), read by
    /// text2num's decimal rules.
    fn point(&mut self) -> bool {
        if self.last != Last::Words {
            return false;
        }
        let english = English::new();
        let mut decimals = DigitString::new();
        let mut j = self.i + 1;
        while let Some(w) = word_at(self.tokens, j) {
            if english.apply_decimal(w, &mut decimals).is_err() {
                break;
            }
            j += 1;
        }
        if j == self.i + 1 {
            return false;
        }
        self.current += decimals.parse_decimal();
        self.last = Last::Digits;
        self.i = j;
        true
    }

    /// Number words (from `at`) after a scale the adapter applied: "3
    /// million two hundred thousand", "two trillion five hundred billion".
    /// They must be smaller than that scale.
    fn words_after_scale(&mut self, at: usize) -> bool {
        let Last::Scale(scale) = self.last else {
            return false;
        };
        match read_word_run(self.tokens, at) {
            Some((number, end)) if number.value < scale => {
                self.current += number.value;
                self.ordinal = number.ordinal;
                self.last = Last::Words;
                self.i = end;
                true
            }
            _ => false,
        }
    }
}

/// Joins space-separated digit groups: "3 000" → "3000". Returns the text
/// and the index after the last group.
fn group_spaced_digits(tokens: &[Token], i: usize, first: &str) -> (String, usize) {
    let mut text = first.to_string();
    let mut next = i + 1;
    let plain_head = first.len() <= 3 && first.chars().all(|c| c.is_ascii_digit());
    if plain_head {
        while let Some(Token {
            kind: Tok::Digits(group),
            spaced: true,
        }) = tokens.get(next)
        {
            if group.len() == 3 && group.chars().all(|c| c.is_ascii_digit()) {
                text.push_str(group);
                next += 1;
            } else {
                break;
            }
        }
    }
    (text, next)
}

/// Parses a digit run by the separator rules in the module docs.
fn parse_digits(text: &str, scale_follows: bool) -> Option<f64> {
    if let Some((mantissa, exponent)) = text.split_once('e') {
        let mantissa = parse_digits(mantissa, true)?;
        let exponent: i32 = exponent.trim_start_matches('+').parse().ok()?;
        return Some(mantissa * 10f64.powi(exponent.clamp(-400, 400)));
    }
    let has_dot = text.contains('.');
    let has_comma = text.contains(',');
    let grouped = |parts: &[&str]| {
        parts.len() >= 2
            && (1..=3).contains(&parts[0].len())
            && parts[1..].iter().all(|p| p.len() == 3)
    };
    let cleaned = match (has_dot, has_comma) {
        (false, false) => text.to_string(),
        (true, true) => {
            let last_dot = text.rfind('.')?;
            let last_comma = text.rfind(',')?;
            let (group, decimal) = if last_dot > last_comma {
                (',', '.')
            } else {
                ('.', ',')
            };
            let (int_part, frac) = text.rsplit_once(decimal)?;
            let parts: Vec<&str> = int_part.split(group).collect();
            if !grouped(&parts) || frac.contains(group) {
                return None;
            }
            format!("{}.{frac}", parts.concat())
        }
        (false, true) => {
            let parts: Vec<&str> = text.split(',').collect();
            if grouped(&parts) {
                parts.concat()
            } else if parts.len() == 2 {
                format!("{}.{}", parts[0], parts[1])
            } else {
                return None;
            }
        }
        (true, false) => {
            let parts: Vec<&str> = text.split('.').collect();
            if parts.len() == 2 {
                let european = !scale_follows && grouped(&parts) && parts[0] != "0";
                if european {
                    parts.concat()
                } else {
                    text.to_string()
                }
            } else if grouped(&parts) {
                parts.concat()
            } else {
                return None;
            }
        }
    };
    cleaned.parse::<f64>().ok().filter(|v| !v.is_nan())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_qualifier_phrase_is_measured_where_it_starts() {
        let words = ["are", "there", "at", "least", "3000", "up", "to", "it"];
        assert_eq!(qualifier_phrase_len(&words, 2), Some(2));
        assert_eq!(qualifier_phrase_len(&words, 3), None);
        assert_eq!(qualifier_phrase_len(&words, 5), Some(2));
        assert_eq!(qualifier_phrase_len(&words, 7), None);
        assert_eq!(qualifier_phrase_len(&words, 8), None);
    }

    fn value(text: &str) -> f64 {
        parse_quantity(text).map(|q| q.value).unwrap_or(f64::NAN)
    }

    #[test]
    fn digits_with_any_common_separator_read_the_same() {
        for text in ["3,000", "3000", "3 000", "3.000", "3 000 ", "3,000."] {
            assert_eq!(value(text), 3000.0, "{text}");
        }
        assert_eq!(value("1,500,000"), 1_500_000.0);
        assert_eq!(value("1.500.000"), 1_500_000.0);
        assert_eq!(value("1,500.5"), 1500.5);
        assert_eq!(value("1.500,5"), 1500.5);
    }

    #[test]
    fn a_lone_comma_before_other_than_three_digits_is_a_decimal_comma() {
        assert_eq!(value("1,5"), 1.5);
        assert_eq!(value("23,4"), 23.4);
    }

    #[test]
    fn a_dot_before_a_scale_word_is_a_decimal_point() {
        assert_eq!(value("1.500 billion"), 1.5e9);
        assert_eq!(value("1.5 billion"), 1.5e9);
        assert_eq!(value("0.125"), 0.125);
    }

    #[test]
    fn scientific_notation_is_read() {
        assert_eq!(value("2.09e8"), 2.09e8);
        assert_eq!(value("2.09E+8"), 2.09e8);
    }

    #[test]
    fn number_words_are_read() {
        assert_eq!(parse_number_words("three thousand"), Some(3000.0));
        assert_eq!(parse_number_words("two thousand"), Some(2000.0));
        assert_eq!(parse_number_words("one and a half billion"), Some(1.5e9));
        assert_eq!(parse_number_words("twenty-five"), Some(25.0));
        assert_eq!(
            parse_number_words("two hundred and nine million"),
            Some(209e6)
        );
        assert_eq!(parse_number_words("a thousand"), Some(1000.0));
        assert_eq!(parse_number_words("half a million"), Some(5e5));
        assert_eq!(parse_number_words("one point five"), Some(1.5));
        assert_eq!(parse_number_words("a dozen"), Some(12.0));
        assert_eq!(parse_number_words("one two"), None);
        assert_eq!(parse_number_words("3000"), None);
        assert_eq!(parse_number_words("astana"), None);
    }

    #[test]
    fn scale_words_and_shorthand_multiply() {
        for text in [
            "1.5bn",
            "1.5 bn",
            "1.5 b",
            "1.5 billion",
            "1,5 billion",
            "1500 million",
        ] {
            assert_eq!(value(text), 1.5e9, "{text}");
        }
        for text in [
            "209m",
            "209M",
            "209 mn",
            "209 million",
            "209,000,000",
            "2.09e8",
        ] {
            assert_eq!(value(text), 209e6, "{text}");
        }
        assert_eq!(value("3k"), 3000.0);
        assert_eq!(value("1.5 thousand million"), 1.5e12 / 1000.0);
    }

    #[test]
    fn currencies_are_read_from_symbols_codes_and_words() {
        let yuan = Some(Currency::Yuan);
        let usd = Some(Currency::UsDollar);
        for (text, currency) in [
            ("1.5 billion yuan", yuan),
            ("RMB 1.5 billion", yuan),
            ("¥1.5bn", yuan),
            ("CNY 1.5 billion", yuan),
            ("1.5 billion renminbi", yuan),
            ("$209 million", usd),
            ("US$209m", usd),
            ("USD 209 million", usd),
            ("209 million dollars", usd),
            ("209 million US dollars", usd),
            ("209 million U.S. dollars", usd),
            ("1.5 billion", None),
        ] {
            let quantity = parse_quantity(text).expect(text);
            assert_eq!(quantity.currency, currency, "{text}");
            assert!(
                values_equal(quantity.value, if currency == usd { 209e6 } else { 1.5e9 }),
                "{text}"
            );
        }
    }

    #[test]
    fn qualifiers_are_kept_apart_from_the_value() {
        let over = parse_quantity("over 2,000 years").expect("parses");
        assert_eq!(over.value, 2000.0);
        assert_eq!(over.qualifier, Some(Qualifier::MoreThan));
        assert_eq!(over.unit.as_deref(), Some("year"));
        let more = parse_quantity("more than two thousand years").expect("parses");
        assert_eq!(
            (more.value, more.qualifier),
            (2000.0, Some(Qualifier::MoreThan))
        );
        assert_eq!(
            parse_quantity("2,000+ years").and_then(|q| q.qualifier),
            Some(Qualifier::MoreThan)
        );
        assert_eq!(
            parse_quantity("about 3000").and_then(|q| q.qualifier),
            Some(Qualifier::About)
        );
        assert_eq!(
            parse_quantity("less than 3000").and_then(|q| q.qualifier),
            Some(Qualifier::LessThan)
        );
    }

    #[test]
    fn durations_convert_within_a_time_scale() {
        let years = parse_quantity("two years").expect("parses");
        let abbreviated = parse_quantity("2 yrs").expect("parses");
        let months = parse_quantity("24 months").expect("parses");
        assert_eq!(years.duration(), Some((TimeScale::Calendar, 24.0)));
        assert_eq!(abbreviated.duration(), years.duration());
        assert_eq!(months.duration(), years.duration());
        assert_eq!(
            parse_quantity("two millennia").and_then(|q| q.duration()),
            Some((TimeScale::Calendar, 24_000.0))
        );
    }

    #[test]
    fn a_long_time_unit_with_one_slip_is_read() {
        assert_eq!(time_unit("millenia"), time_unit("millennia"));
        assert_eq!(time_unit("centurys"), time_unit("century"));
        assert_eq!(
            time_unit("mouths"),
            None,
            "a short unit's slip is another word"
        );
        assert_eq!(time_unit("decide"), None);
    }

    #[test]
    fn ordinals_are_read_from_words_and_suffixes() {
        assert_eq!(parse_ordinal("second"), Some(2));
        assert_eq!(parse_ordinal("2nd"), Some(2));
        assert_eq!(parse_ordinal("the second"), Some(2));
        assert_eq!(parse_ordinal("twenty-first"), Some(21));
        assert_eq!(parse_ordinal("third"), Some(3));
        assert_eq!(parse_ordinal("2"), None);
        let seconds = parse_quantity("two seconds").expect("parses");
        assert!(!seconds.ordinal);
        assert_eq!(seconds.unit.as_deref(), Some("second"));
    }

    #[test]
    fn free_words_after_a_number_become_its_unit() {
        let quantity = parse_quantity("3,000 training opportunities").expect("parses");
        assert_eq!(quantity.unit.as_deref(), Some("training opportunities"));
        assert_eq!(parse_quantity("Astana Declaration"), None);
        assert_eq!(parse_quantity("It was 3000"), None);
        assert_eq!(parse_quantity("3000 or 4000"), None);
    }

    #[test]
    fn find_quantities_reports_each_number_and_negations() {
        let found = find_quantities("3,000 over the next two years");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].quantity.value, 3000.0);
        assert_eq!(found[1].quantity.unit.as_deref(), Some("year"));
        let negated = find_quantities("not 3000");
        assert!(negated[0].negated);
        let both = find_quantities("1.5 billion yuan ($209 million)");
        assert_eq!(both.len(), 2);
        assert_eq!(both[1].quantity.currency, Some(Currency::UsDollar));
        assert!(
            find_quantities("benefit no one, Astana")
                .iter()
                .all(|f| f.quantity.value == 1.0)
        );
    }

    #[test]
    fn quantities_render_like_the_article() {
        let render = |text: &str| {
            parse_quantity(text)
                .map(|q| q.to_string())
                .unwrap_or_default()
        };
        assert_eq!(render("1.5bn yuan"), "1.5 billion yuan");
        assert_eq!(render("$209m"), "$209 million");
        assert_eq!(render("more than 2000 yrs"), "over 2,000 years");
        assert_eq!(render("2nd"), "2nd");
        assert_eq!(format_number(3000.0), "3,000");
        assert_eq!(format_number(1.5), "1.5");
        assert_eq!(format_ordinal(13.0), "13th");
    }

    #[test]
    fn text2num_reads_cardinals_and_ordinals_word_by_word() {
        assert_eq!(parse_number_words("twenty-five"), Some(25.0));
        assert_eq!(
            parse_number_words("nineteen hundred seventy-three"),
            Some(1973.0)
        );
        assert_eq!(
            parse_number_words("three thousand and twelve"),
            Some(3012.0)
        );
        assert_eq!(parse_number_words("fourty-two"), Some(42.0));
        assert_eq!(parse_number_words("nought"), Some(0.0));
        assert_eq!(parse_ordinal("twenty-second"), Some(22));
        assert_eq!(parse_ordinal("one hundredth"), Some(100));
        assert_eq!(parse_ordinal("sixtieth"), Some(60));
    }

    #[test]
    fn plurals_and_the_letter_o_are_not_number_words() {
        for word in ["ones", "tens", "hundreds", "twos", "fifths", "o", "seconds"] {
            assert!(!is_number_word(word), "{word}");
        }
        for word in [
            "thousands",
            "millions",
            "first",
            "sixtieth",
            "dozen",
            "half",
        ] {
            assert!(is_number_word(word), "{word}");
        }
        assert!(!is_number_word("Two"), "callers fold case first");
    }

    #[test]
    fn a_bare_scale_word_is_no_amount() {
        assert!(find_quantities("thousands of years").is_empty());
        assert_eq!(parse_number_words("hundred"), None);
        assert_eq!(parse_number_words("hundred and nine"), None);
        assert_eq!(parse_number_words("a hundred and nine"), Some(109.0));
    }

    #[test]
    fn the_adapter_adds_what_text2num_does_not_read() {
        assert_eq!(parse_number_words("two dozen"), Some(24.0));
        assert_eq!(parse_number_words("two and a half thousand"), Some(2500.0));
        assert_eq!(parse_number_words("two trillion"), Some(2e12));
        assert_eq!(
            parse_number_words("two trillion five hundred billion"),
            Some(2.5e12)
        );
        assert_eq!(parse_number_words("one million million"), Some(1e12));
        assert_eq!(parse_number_words("a billion billion"), Some(1e18));
        assert_eq!(value("3 million two hundred thousand"), 3.2e6);
        assert_eq!(value("3 thousand and five"), 3005.0);
        assert_eq!(value("3 hundred"), 300.0);
    }

    #[test]
    fn numbers_that_do_not_continue_each_other_stay_apart() {
        let values = |text: &str| -> Vec<f64> {
            find_quantities(text)
                .iter()
                .map(|found| found.quantity.value)
                .collect()
        };
        assert_eq!(values("two and three"), vec![2.0, 3.0]);
        assert_eq!(values("between 3 and five"), vec![3.0, 5.0]);
        assert_eq!(values("zero five"), vec![0.0, 5.0]);
        assert_eq!(parse_number_words("two million three million"), None);
        assert_eq!(parse_number_words("twenty twelve"), None);
        assert_eq!(value("0 thousand"), 0.0);
    }

    #[test]
    fn a_run_longer_than_the_crate_holds_is_cut_not_a_panic() {
        let long = "nine hundred ninety-nine billion ".repeat(3);
        let _ = parse_number_words(&long);
        let _ = find_quantities(&long);
        assert!(parse_number_words("one billion billion billion").is_some());
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            "e",
            "1e",
            "1e999999",
            ".,",
            "9".repeat(400).as_str(),
            "and a",
            "half",
            "a",
            "1,2,3",
            "$",
            "point five",
            "𝟙𝟚",
        ] {
            let _ = parse_quantity(text);
            let _ = find_quantities(text);
        }
    }
}
