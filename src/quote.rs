//! Quoting untrusted text back to people: in status messages, status
//! details, log lines and the client's terminal.
//!
//! Anything a caller sent (an id, a topic, a learner's answer) may be
//! megabytes long or carry newlines and escape codes. Quoted raw, a long id
//! blows up the `grpc-message` trailer past what standard clients accept
//! (they then report RESOURCE_EXHAUSTED instead of our refusal), a newline
//! forges a log line, and an escape sequence rewrites a terminal. So every
//! place that quotes user text goes through [`quote`]: at most
//! [`QUOTE_CHARS`] characters, with control and bidirectional-override
//! characters written as visible escapes. [`printable`] is the client's
//! counterpart for text it shows in full (it keeps line breaks).

use std::fmt::Write;

/// The most characters of a caller's value quoted back; the rest is
/// replaced by a note of the full length.
pub const QUOTE_CHARS: usize = 64;

/// `text` made safe to quote: at most [`QUOTE_CHARS`] characters, then
/// "…(truncated, N bytes)" when longer, with every control character
/// (newline, escape, NUL…) and every bidirectional override escaped as
/// `\n`, `\u{1b}` and so on, so the result is one inert line.
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

/// Control characters (C0, DEL, C1) and the invisible characters that
/// reorder or hide text (bidi embeddings, overrides and isolates): what
/// no typed answer, question or name holds, and what input validation
/// refuses.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

fn push_escaped(out: &mut String, c: char) {
    if is_unsafe(c) || c == '\\' {
        out.extend(c.escape_debug());
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
