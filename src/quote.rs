//! Quoting untrusted text back to people: in status messages, status
//! details, log lines and the client's terminal.
//!
//! Anything a caller sent (an id, a topic, a learner's answer) may be
//! megabytes long or carry newlines and escape codes. Quoted raw, a long id
//! blows up the `grpc-message` trailer past what standard clients accept
//! (they then report RESOURCE_EXHAUSTED instead of our refusal), a newline
//! forges a log line, and an escape sequence rewrites a terminal. So every
//! place that quotes user text goes through [`quote`]: at most
//! [`QUOTE_CHARS`] characters, with control characters, invisible format
//! characters and line separators written as visible escapes (see
//! [`is_unsafe`]). [`quote_within`] applies the same rules to a whole
//! message under a byte budget (a status message from code that did not
//! quote its input). [`printable`] is the client's counterpart for text it
//! shows in full (it keeps line breaks).

use std::fmt::Write;

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// The most characters of a caller's value quoted back; the rest is
/// replaced by a note of the full length.
pub const QUOTE_CHARS: usize = 64;

/// `text` made safe to quote: at most [`QUOTE_CHARS`] characters, then
/// "…(truncated, N bytes)" when longer, with every control character
/// (newline, escape, NUL…), invisible format character and line separator
/// (see [`is_unsafe`]) escaped as `\n`, `\u{1b}`, `\u{2028}` and so on, so
/// the result is one inert line.
///
/// ```
/// use summit_quiz::quote::quote;
///
/// assert_eq!(quote("fact-1"), "fact-1");
/// assert_eq!(quote("a\nb\u{1b}[31m"), "a\\nb\\u{1b}[31m");
/// assert!(quote(&"x".repeat(60_000)).ends_with("…(truncated, 60000 bytes)"));
/// ```
pub fn quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len().min(QUOTE_CHARS * 2));
    let mut chars = text.chars();
    for c in chars.by_ref().take(QUOTE_CHARS) {
        push_escaped(&mut quoted, c);
    }
    if chars.next().is_some() {
        let _ = write!(quoted, "…(truncated, {} bytes)", text.len());
    }
    quoted
}

/// `text` escaped by the rules of [`quote`], cut so the escaped text
/// holds at most `max_bytes` bytes, then "…(truncated, N bytes)" when it
/// was cut: for a whole message that may quote a caller's value raw, where
/// [`quote`]'s 64 characters would cut the sentence itself.
///
/// ```
/// use summit_quiz::quote::quote_within;
///
/// assert_eq!(quote_within("symbol 'a\u{7}' not found", 100), "symbol 'a\\u{7}' not found");
/// assert!(quote_within(&"x".repeat(60_000), 100).starts_with(&"x".repeat(100)));
/// ```
pub fn quote_within(text: &str, max_bytes: usize) -> String {
    let mut quoted = String::with_capacity(text.len().min(max_bytes) + 32);
    let mut escaped = String::new();
    for c in text.chars() {
        escaped.clear();
        push_escaped(&mut escaped, c);
        if quoted.len() + escaped.len() > max_bytes {
            let _ = write!(quoted, "…(truncated, {} bytes)", text.len());
            return quoted;
        }
        quoted.push_str(&escaped);
    }
    quoted
}

/// `text` with control characters and bidirectional overrides removed,
/// keeping line breaks and tabs: for the client, which prints whole
/// stored answers and server messages and must not let them drive the
/// terminal.
///
/// ```
/// use summit_quiz::quote::printable;
///
/// assert_eq!(printable("Astana\u{1b}[2J\u{7}"), "Astana[2J");
/// assert_eq!(printable("two\nlines"), "two\nlines");
/// ```
pub fn printable(text: &str) -> String {
    text.chars()
        .filter(|&c| c == '\n' || c == '\t' || !is_unsafe(c))
        .collect()
}

/// Control characters (C0, DEL, C1), the invisible format characters of
/// Unicode category Cf (bidi marks, embeddings, overrides and isolates,
/// U+061C, zero-width spaces and joiners, U+FEFF, soft hyphens…) and the
/// line and paragraph separators U+2028/U+2029 (which many log viewers and
/// JavaScript treat as line breaks): what no typed answer, question or
/// name needs, what reorders, hides or splits text when shown back, and
/// what input validation refuses. The category comes from the Unicode
/// tables, so new format characters are covered without a hand list.
///
/// ASCII holds no format character and no line or paragraph separator, so
/// an ASCII character (nearly every one a request carries) is unsafe
/// exactly when it is a control character: the table search, which every
/// call paid for every character of its method path and its typed text,
/// is left to the rest of Unicode.
pub fn is_unsafe(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    c.is_control() || has_unsafe_category(c)
}

/// Whether `c` is an invisible format character or a line or paragraph
/// separator, by the Unicode tables.
fn has_unsafe_category(c: char) -> bool {
    matches!(
        c.general_category(),
        GeneralCategory::Format
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
    )
}

/// `c` as is, or as a visible escape when unsafe (or a backslash, so an
/// escape in the input cannot pass for one of ours). `escape_debug` gives
/// the familiar `\n` and `\u{1b}`; a format character it deems printable
/// (U+0600…) is written `\u{…}` all the same.
fn push_escaped(out: &mut String, c: char) {
    if c == '\\' {
        out.push_str("\\\\");
    } else if is_unsafe(c) {
        let debug = c.escape_debug();
        if debug.len() > 1 {
            out.extend(debug);
        } else {
            out.extend(c.escape_unicode());
        }
    } else {
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn short_clean_text_is_quoted_as_is() {
        assert_eq!(quote("Astana, 2025 — ok"), "Astana, 2025 — ok");
    }

    #[test]
    fn newlines_escapes_and_overrides_become_visible_escapes() {
        assert_eq!(quote("a\r\nb"), "a\\r\\nb");
        assert_eq!(quote("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(quote("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(quote("back\\slash"), "back\\\\slash");
    }

    #[test]
    fn long_text_is_cut_to_sixty_four_characters_and_says_how_long_it_was() {
        let long = "é".repeat(100);
        let quoted = quote(&long);
        assert_eq!(
            quoted,
            format!("{}…(truncated, 200 bytes)", "é".repeat(QUOTE_CHARS))
        );
        assert_eq!(quote(&"y".repeat(QUOTE_CHARS)), "y".repeat(QUOTE_CHARS));
    }

    #[test]
    fn line_separators_and_invisible_format_characters_are_escaped() {
        for (raw, escaped) in [
            ("a\u{2028}b", "a\\u{2028}b"),
            ("a\u{2029}b", "a\\u{2029}b"),
            ("a\u{61c}b", "a\\u{61c}b"),
            ("a\u{200b}b", "a\\u{200b}b"),
            ("a\u{2060}b", "a\\u{2060}b"),
            ("a\u{2064}b", "a\\u{2064}b"),
            ("a\u{feff}b", "a\\u{feff}b"),
            ("a\u{180e}b", "a\\u{180e}b"),
            ("a\u{e0001}b", "a\\u{e0001}b"),
            ("a\u{600}b", "a\\u{600}b"),
            ("a\u{ad}b", "a\\u{ad}b"),
        ] {
            assert_eq!(quote(raw), escaped, "{raw:?}");
            assert!(raw.chars().any(is_unsafe), "{raw:?}");
        }
    }

    #[test]
    fn an_ascii_character_is_unsafe_exactly_when_the_unicode_tables_say_so() {
        for c in (0..=127u8).map(char::from) {
            assert_eq!(
                is_unsafe(c),
                c.is_control() || has_unsafe_category(c),
                "{c:?}"
            );
        }
        assert!(is_unsafe('\u{7f}') && is_unsafe('\0') && !is_unsafe('~'));
    }

    #[test]
    fn letters_marks_spaces_and_punctuation_are_safe() {
        for text in [
            "Astana",
            "Шавкат",
            "习近平",
            "é",
            "e\u{301}",
            "a b\u{a0}c",
            "—…«»",
            "👍\u{fe0f}",
        ] {
            assert!(!text.chars().any(is_unsafe), "{text:?}");
            assert_eq!(quote(text), text);
        }
    }

    #[test]
    fn a_message_quoted_within_a_budget_keeps_safe_text_and_cuts_the_rest() {
        let ours = "fact `a\\\\b` does not exist; see ListFacts";
        assert_eq!(quote_within(ours, 1000), ours.replace('\\', "\\\\"));
        let hostile = format!(
            "symbol '\u{202e}\u{1b}[31m\u{7}{}' not found",
            "A".repeat(60_000)
        );
        let quoted = quote_within(&hostile, 500);
        assert!(
            quoted.starts_with("symbol '\\u{202e}\\u{1b}[31m\\u{7}AAA"),
            "{quoted}"
        );
        assert!(quoted.ends_with(&format!("…(truncated, {} bytes)", hostile.len())));
        assert!(quoted.len() <= 500 + 30, "{}", quoted.len());
        assert!(!quoted.chars().any(is_unsafe));
    }

    #[test]
    fn printable_drops_controls_but_keeps_lines() {
        assert_eq!(printable("a\u{1b}]0;title\u{7}b\n\tc\r"), "a]0;titleb\n\tc");
    }

    proptest! {
        #[test]
        fn a_quote_is_one_short_line_without_control_characters(text in "\\PC*|[\\x00-\\x1f\\x7f\\u{202e}a]{0,300}") {
            let quoted = quote(&text);
            prop_assert!(!quoted.chars().any(is_unsafe));
            prop_assert!(quoted.chars().count() <= QUOTE_CHARS * 10 + 40);
        }
    }
}
