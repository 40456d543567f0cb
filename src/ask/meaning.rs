//! Questions asking what a word means in general ("What does
//! 'unilateralism' mean?", "meaning of 'tangible benefits'?"), not what
//! it refers to in the article ("which region does 'the region' mean?").
//! The article uses such words without defining them, so the reply that
//! merely repeats its sentence answers nothing: it is told as such.

/// Frames that ask what a word means, folded, with the word after them.
const LEADING_FRAMES: &[&str] = &[
    "what is meant by ",
    "what's meant by ",
    "what is the meaning of ",
    "what's the meaning of ",
    "the meaning of ",
    "meaning of ",
    "define ",
    "definition of ",
];

/// Words that make a phrase refer to something of the article ("*the*
/// region", "*both* sides", "*this* mechanism"): what it refers to is
/// the article's to say.
const REFERRING_WORDS: &[&str] = &[
    "the", "this", "that", "these", "those", "both", "its", "their", "his", "her", "a", "an",
    "each", "such",
];

/// Words that open a yes/no question.
const YES_NO_OPENINGS: &[&str] = &[
    "does", "do", "did", "is", "are", "was", "were", "can", "could", "would", "will", "has", "have",
];

/// Words that ask for more than the meaning: who, which or what else.
const OTHER_ASKS: &[&str] = &[
    "who", "whom", "which", "where", "when", "whose", "why", "how",
];

/// The word or phrase (as written, one to three words, no name) whose
/// general meaning `question` asks, or `None` when it asks something
/// else: what a phrase refers to, a follow-up after a dash, a name.
pub(super) fn vocabulary_asked(question: &str) -> Option<String> {
    if question.contains(" - ") || question.contains('—') || question.contains('–') {
        return None;
    }
    let trimmed = question.trim().trim_end_matches(['?', '.', '!']).trim();
    let folded = trimmed.to_lowercase();
    let quote = quoted(trimmed);
    // "What is *the* 'spirit' Xi credited …?": the quoted word is the
    // article's thing, which the words before it name.
    let referred = quote.as_ref().is_some_and(|q| {
        q.before
            .split_whitespace()
            .next_back()
            .is_some_and(|w| REFERRING_WORDS.contains(&w.to_lowercase().as_str()))
    });
    let phrase = quote
        .as_ref()
        .map(|q| q.inside)
        .or_else(|| unquoted_target(trimmed, &folded))?;
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let plain_word =
        |w: &&str| w.chars().all(|c| c.is_alphabetic() || c == '-') && !w.starts_with('-');
    let refers = words
        .first()
        .is_some_and(|w| REFERRING_WORDS.contains(&w.to_lowercase().as_str()));
    let named = words
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    let folded_words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "Does 'win-win' mean only China gains?" asks yes or no; "what does
    // Xi mean *by* …" asks what he meant; a second "what" asks more.
    let asks_more = folded_words.iter().any(|w| OTHER_ASKS.contains(w))
        || folded_words
            .first()
            .is_some_and(|w| YES_NO_OPENINGS.contains(w))
        || folded.contains(" mean by ")
        || folded_words.iter().filter(|w| **w == "what").count() > 1;
    // "What are 'livelihood projects'?": quotation marks ask about the
    // words themselves.
    // "What is 'desertification control', one of the topics?" places it
    // among others: a question about the article.
    let asks_what_quoted_is = quote.as_ref().is_some_and(|q| !q.after.contains(','))
        && ["what is ", "what are ", "what's "]
            .iter()
            .any(|frame| folded.starts_with(frame));
    let frames_meaning = folded.contains(" mean")
        || folded.contains("meaning")
        || folded.starts_with("define ")
        || folded.contains("definition")
        || asks_what_quoted_is;
    (frames_meaning
        && (1..=3).contains(&words.len())
        && words.iter().all(plain_word)
        && !refers
        && !referred
        && !named
        && !asks_more)
        .then(|| phrase.to_string())
}

/// A quoted stretch of a question: the words inside the marks, and the
/// text before and after them.
struct Quote<'a> {
    before: &'a str,
    inside: &'a str,
    after: &'a str,
}

/// The first stretch between quotation marks that open a word and close
/// one (the apostrophe of "what's" or "leaders'" opens nothing).
fn quoted(question: &str) -> Option<Quote<'_>> {
    const MARKS: &[(char, char)] = &[('\'', '\''), ('"', '"'), ('‘', '’'), ('“', '”')];
    let opens_word = |at: usize| {
        question[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let closes_word = |at: usize| {
        question[at..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    MARKS.iter().find_map(|(open, close)| {
        let open_at = question
            .match_indices(*open)
            .map(|(at, _)| at)
            .find(|&at| opens_word(at))?;
        let start = open_at + open.len_utf8();
        let close_at = question[start..]
            .match_indices(*close)
            .map(|(at, _)| start + at)
            .find(|&at| closes_word(at + close.len_utf8()))?;
        let inside = question[start..close_at].trim();
        (!inside.is_empty()).then(|| Quote {
            before: &question[..open_at],
            inside,
            after: &question[close_at + close.len_utf8()..],
        })
    })
}

/// The word asked about without quotation marks: after a leading frame
/// ("meaning of X", "define X") or between "does" and a closing "mean"
/// ("what does X mean").
fn unquoted_target<'a>(question: &'a str, folded: &str) -> Option<&'a str> {
    // Offsets in the folded text are the question's only when folding
    // kept every byte where it was (it may not, outside ASCII).
    if question.len() != folded.len() || !question.is_ascii() {
        return None;
    }
    if let Some(frame) = LEADING_FRAMES.iter().find(|f| folded.starts_with(*f)) {
        return question.get(frame.len()..).map(str::trim);
    }
    let inner = folded
        .strip_prefix("what does ")
        .or_else(|| folded.strip_prefix("what do "))?;
    let target = inner.strip_suffix(" mean")?;
    let start = question.len() - inner.len();
    question.get(start..start + target.len()).map(str::trim)
}

/// Whether a reply to a question about a word's meaning only uses the
/// word: it holds the word itself, so it tells where the article uses
/// it, not what it means.
pub(super) fn only_uses(phrase: &str, reply: &str) -> bool {
    reply.to_lowercase().contains(&phrase.to_lowercase())
}

/// The reply when the article only uses the word it is asked to define.
pub(super) fn undefined_reply(phrase: &str, reply: &str) -> String {
    // The phrase is one to three plain words: nothing to escape.
    format!("The article uses \"{phrase}\" but does not say what it means. It says: {reply}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_about_a_words_general_meaning_names_the_word() {
        for (question, word) in [
            ("What does 'unilateralism' mean?", "unilateralism"),
            (
                "Meaning of 'backfire' in 'will ultimately backfire'?",
                "backfire",
            ),
            ("what does volatile mean", "volatile"),
            ("What are 'livelihood projects'?", "livelihood projects"),
            ("Define multilateralism.", "multilateralism"),
            (
                "What is meant by \"tangible benefits\"?",
                "tangible benefits",
            ),
        ] {
            assert_eq!(
                vocabulary_asked(question).as_deref(),
                Some(word),
                "{question}"
            );
        }
    }

    #[test]
    fn a_question_about_what_a_phrase_refers_to_is_not_about_its_meaning() {
        for question in [
            "What does 'the region' mean when the article talks about the grant?",
            "What 'both sides' mean in the article?",
            "When the leaders mention 'Beijing', who do they mean?",
            "What does 'backfire' mean in Xi's warning - who gets hurt?",
            "What does 'Astana' mean?",
            "What is 'the region'?",
            "What does 'hegemonic behavior' refer to here?",
            "What's 'the mechanism' they keep talking about?",
            "What is the 'spirit' that Xi credited for the success?",
            "What is 'desertification control', one of the centres' topics?",
            // Folding that moves bytes ("İ", the Kelvin sign) reads nothing.
            "\u{212a}what does İİİ mean",
            "define \u{212a}\u{212a}",
            "'",
            "what does ' mean",
            "What is the grant for?",
            "What did the leaders sign?",
            "Which mechanism do they mean by 'this mechanism'?",
            "Does 'win-win' collaboration mean that only China gains?",
            "What does Xi mean by the 'spirit' behind the success, what is it based on?",
            "What does the article mean by saying unilateralism will 'backfire'?",
        ] {
            assert_eq!(vocabulary_asked(question), None, "{question}");
        }
    }
}
