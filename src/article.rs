//! An article as the quiz sees it: a headline and numbered body sentences.
//!
//! Scraped news text arrives with debris (a trailing "Related Posts", blank
//! lines) and sometimes with two sentences on one line. [`Article::parse`]
//! turns it into the stable, 1-based sentence numbering every citation uses.

use thiserror::Error;

/// Lines that are scraping debris rather than article text.
const DEBRIS_LINES: &[&str] = &[
    "related posts",
    "related articles",
    "read more",
    "share this",
];

/// Abbreviations whose trailing period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr.", "mrs.", "ms.", "dr.", "st.", "u.s.", "u.k.", "no.", "vs.",
];

/// A stored article: a headline plus its body split into sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Stable id that facts and citations refer to.
    pub id: String,
    /// The headline, kept apart so that sentence numbers match the body.
    pub title: String,
    /// Body sentences in order; sentence `n` (1-based) is `sentences[n - 1]`.
    pub sentences: Vec<String>,
}

/// Why an article's text could not be used.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ArticleError {
    #[error("article `{0}` has no headline")]
    MissingTitle(String),
    #[error("article `{0}` has no body sentences")]
    EmptyBody(String),
}

impl Article {
    /// Parses raw article text: the first non-empty line is the headline, the
    /// rest is the body. Debris lines are dropped and lines holding several
    /// sentences are split.
    pub fn parse(id: &str, text: &str) -> Result<Article, ArticleError> {
        let mut lines = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .filter(|line| !is_debris(line));
        let title = lines
            .next()
            .ok_or_else(|| ArticleError::MissingTitle(id.to_string()))?
            .to_string();
        let sentences: Vec<String> = lines.flat_map(split_sentences).collect();
        if sentences.is_empty() {
            return Err(ArticleError::EmptyBody(id.to_string()));
        }
        Ok(Article {
            id: id.to_string(),
            title,
            sentences,
        })
    }

    /// The sentence with this 1-based number, if there is one.
    pub fn sentence(&self, index: u32) -> Option<&str> {
        let position = usize::try_from(index).ok()?.checked_sub(1)?;
        self.sentences.get(position).map(String::as_str)
    }

    /// How many body sentences there are.
    pub fn sentence_count(&self) -> u32 {
        u32::try_from(self.sentences.len()).unwrap_or(u32::MAX)
    }
}

fn is_debris(line: &str) -> bool {
    let lowered = line.to_lowercase();
    DEBRIS_LINES.contains(&lowered.trim_end_matches(':'))
}

/// Splits one line into sentences at `.`, `!` or `?` followed by a space and
/// an upper-case letter or opening quote, skipping known abbreviations and
/// decimal numbers (which never have a space after the point).
fn split_sentences(line: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for (i, &(byte, ch)) in chars.iter().enumerate() {
        if !matches!(ch, '.' | '!' | '?') {
            continue;
        }
        let followed_by_space = chars.get(i + 1).is_some_and(|&(_, c)| c == ' ');
        let next_starts_sentence = chars
            .get(i + 2)
            .is_some_and(|&(_, c)| c.is_uppercase() || matches!(c, '"' | '“' | '‘' | '\''));
        if !(followed_by_space && next_starts_sentence) {
            continue;
        }
        let candidate = &line[start..byte + ch.len_utf8()];
        let last_word = candidate
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_lowercase();
        if ABBREVIATIONS.contains(&last_word.as_str()) {
            continue;
        }
        sentences.push(candidate.trim().to_string());
        start = byte + ch.len_utf8();
    }
    let rest = line[start..].trim();
    if !rest.is_empty() {
        sentences.push(rest.to_string());
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "Headline here\nFirst sentence is here.\n\nDr. Smith met Mr. Jones at 2.5 p.m. today. A second one followed!\nRelated Posts";

    #[test]
    fn headline_is_kept_apart_from_numbered_sentences() {
        let article = Article::parse("a", SAMPLE).expect("parses");
        assert_eq!(article.title, "Headline here");
        assert_eq!(article.sentence(1), Some("First sentence is here."));
    }

    #[test]
    fn two_sentences_on_one_line_are_split_but_abbreviations_are_not() {
        let article = Article::parse("a", SAMPLE).expect("parses");
        assert_eq!(
            article.sentences,
            vec![
                "First sentence is here.",
                "Dr. Smith met Mr. Jones at 2.5 p.m. today.",
                "A second one followed!",
            ]
        );
    }

    #[test]
    fn trailing_related_posts_debris_is_dropped() {
        let article = Article::parse("a", SAMPLE).expect("parses");
        assert!(article.sentences.iter().all(|s| !s.contains("Related")));
    }

    #[test]
    fn sentence_zero_and_past_the_end_are_absent() {
        let article = Article::parse("a", SAMPLE).expect("parses");
        assert_eq!(article.sentence(0), None);
        assert_eq!(article.sentence(4), None);
    }

    #[test]
    fn empty_text_is_rejected() {
        assert_eq!(
            Article::parse("a", "\n\n"),
            Err(ArticleError::MissingTitle("a".into()))
        );
        assert_eq!(
            Article::parse("a", "Only a headline\nRelated Posts"),
            Err(ArticleError::EmptyBody("a".into()))
        );
    }

    #[test]
    fn the_summit_article_has_seventeen_sentences() {
        let text = include_str!("../data/china-central-asia-summit-2025.txt");
        let article = Article::parse("summit", text).expect("parses");
        assert!(
            article
                .title
                .starts_with("China, Central Asia sign landmark treaty")
        );
        assert_eq!(article.sentence_count(), 17);
        assert!(article.sentences[16].starts_with("A new platform"));
    }
}
