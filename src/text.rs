//! Text folding shared by validation, grading and generation.
//!
//! Everything that compares learner text with article text goes through
//! [`normalize`], so "The ‘Paris’ Declaration" and "paris declaration"
//! compare equal everywhere in the product.

use unicode_normalization::UnicodeNormalization;

/// Words dropped before comparing answers (the SQuAD evaluation baseline).
const ARTICLES: &[&str] = &["a", "an", "the"];

/// Folds text for comparison: Unicode compatibility forms, diacritics
/// removed, lower case, typographic quotes and dashes made plain, punctuation
/// turned into spaces (except inside numbers such as `1.5` or `2,000`),
/// leading articles ("a", "an", "the") dropped and whitespace collapsed.
///
/// ```
/// assert_eq!(summit_quiz::text::normalize("The ‘Párìs’  Declaration!"), "paris declaration");
/// ```
pub fn normalize(text: &str) -> String {
    joined(&cleaned(text), |word| !ARTICLES.contains(&word))
}

/// Like [`normalize`] but keeps articles: used where word positions must line
/// up with the original text (finding an answer span inside a sentence).
pub fn normalize_keep_articles(text: &str) -> String {
    joined(&cleaned(text), |_| true)
}

/// The words of `cleaned` that `keep` keeps, one space between each: built
/// in one string, since every answer and question is folded so.
fn joined(cleaned: &str, keep: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(cleaned.len());
    for word in cleaned.split_whitespace().filter(|word| keep(word)) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Splits folded text into words.
fn fold_words(text: &str) -> Vec<String> {
    cleaned(text)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// `text` folded, with a space for each character that is no part of a
/// word; see [`fold_words`].
fn cleaned(text: &str) -> String {
    let mut cleaned = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    let mut chars = fold_chars(text).peekable();
    while let Some(c) = chars.next() {
        let between_digits = previous.is_some_and(|p| p.is_ascii_digit())
            && chars.peek().is_some_and(char::is_ascii_digit);
        let kept_symbol = c == '$' || c == '¥' || c == '%';
        let number_separator = (c == '.' || c == ',') && between_digits;
        if c.is_alphanumeric() || kept_symbol || number_separator {
            cleaned.push(c);
        } else if c == '\'' {
            // "China's" folds to "chinas", "people-to-people" to "people to people".
        } else {
            cleaned.push(' ');
        }
        previous = Some(c);
    }
    cleaned
}

/// The characters of `text` in compatibility form, without diacritics, in
/// lower case and with plain punctuation. ASCII text (nearly every learner
/// answer and question) is already in NFKD with no marks, so it skips the
/// Unicode decomposition, which was most of the cost of folding.
fn fold_chars(text: &str) -> Box<dyn Iterator<Item = char> + '_> {
    if text.is_ascii() {
        Box::new(
            text.chars()
                .map(|c| plain_punctuation(c.to_ascii_lowercase())),
        )
    } else {
        Box::new(
            text.nfkd()
                .filter(|c| !is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .map(plain_punctuation),
        )
    }
}

/// Maps typographic quotes and dashes to their plain forms.
fn plain_punctuation(c: char) -> char {
    match c {
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => '\'',
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        other => other,
    }
}

/// True for Unicode combining marks (the accents NFKD splits off).
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// True when `needle` occurs in `haystack` on word boundaries after folding.
pub fn contains_phrase(haystack: &str, needle: &str) -> bool {
    let needle = normalize_keep_articles(needle);
    if needle.is_empty() {
        return false;
    }
    let haystack = normalize_keep_articles(haystack);
    format!(" {haystack} ").contains(&format!(" {needle} "))
}

/// Words that negate what follows them, in folded form ("isn't" folds to
/// "isnt"). "Not Paris" must never count as answering Paris.
pub fn is_negation(word: &str) -> bool {
    matches!(
        word,
        "not"
            | "non"
            | "no"
            | "never"
            | "neither"
            | "nor"
            | "isnt"
            | "wasnt"
            | "arent"
            | "werent"
            | "dont"
            | "doesnt"
            | "didnt"
            | "cannot"
            | "cant"
            | "wont"
            | "wouldnt"
            | "couldnt"
            | "hasnt"
            | "havent"
            | "hadnt"
            | "nowhere"
            | "nobody"
            | "none"
    )
}

/// Folded words of `text` with articles kept: "B) Paris" → ["b", "paris"].
pub fn words_keep_articles(text: &str) -> Vec<String> {
    fold_words(text)
}

/// Upper-cases the first letter, for sentences built from templates.
pub fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` with its first letter in lower case when it opens a plain
/// word ("Five" → "five", "Over 2,000 years" → "over 2,000 years"); an
/// acronym keeps its case ("US").
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_plain_word_loses_its_capital() {
        assert_eq!(lowercase_first("Five"), "five");
        assert_eq!(lowercase_first("Over 2,000 years"), "over 2,000 years");
        assert_eq!(lowercase_first("US dollars"), "US dollars");
        assert_eq!(lowercase_first(""), "");
    }

    #[test]
    fn ascii_text_folds_exactly_as_the_unicode_path_would() {
        let every_ascii: String = (0u8..128).map(char::from).collect();
        for text in [
            every_ascii.as_str(),
            "The `Paris' Declaration, 2,000 YEARS & $209m (1.5%)!",
            "Don't-stop: A.B.C. 10:30",
        ] {
            let unicode: String = text
                .nfkd()
                .filter(|c| !is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .map(plain_punctuation)
                .collect();
            assert_eq!(fold_chars(text).collect::<String>(), unicode, "{text:?}");
        }
    }

    #[test]
    fn normalize_folds_case_quotes_dashes_and_articles() {
        assert_eq!(normalize("The ‘Law of the Jungle’"), "law of jungle");
        assert_eq!(
            normalize("  Win–win   collaboration. "),
            "win win collaboration"
        );
    }

    #[test]
    fn normalize_strips_diacritics() {
        assert_eq!(normalize("Türkmenistan"), "turkmenistan");
        assert_eq!(normalize("Ástana"), "astana");
    }

    #[test]
    fn normalize_keeps_separators_inside_numbers_only() {
        assert_eq!(normalize("over 2,000 years."), "over 2,000 years");
        assert_eq!(
            normalize("1.5 billion yuan ($209 million)"),
            "1.5 billion yuan $209 million"
        );
        assert_eq!(normalize("end. Next"), "end next");
    }

    #[test]
    fn contains_phrase_respects_word_boundaries() {
        assert!(contains_phrase(
            "signed in Astana, Kazakhstan’s capital",
            "astana"
        ));
        assert!(!contains_phrase("the Astanaville fair", "Astana"));
        assert!(contains_phrase(
            "Kazakhstan’s capital",
            "Kazakhstan's capital"
        ));
        assert!(!contains_phrase("anything", ""));
    }

    #[test]
    fn negations_are_recognised_in_folded_form() {
        assert!(is_negation("not"));
        assert!(is_negation(&normalize("isn't")));
        assert!(!is_negation("note"));
    }

    #[test]
    fn capitalize_first_handles_empty_and_unicode() {
        assert_eq!(capitalize_first(""), "");
        assert_eq!(capitalize_first("éclair"), "Éclair");
    }
}
