//! What a phrase of the article points at: "what does *'the region'*
//! refer to?", "who are *'they'* in the sentence about free trade?",
//! "what is meant by *'this mechanism'*?".
//!
//! The article's facts restate its sentences with their pointers filled
//! in ("*They* committed to …" → "*The Central Asian leaders* committed to
//! …"), so lining a sentence up with a fact's statement around the phrase
//! shows what the phrase stands for. A "this" or "that" the statements
//! keep ("the cooperative spirit") points back to an earlier sentence:
//! the nearest one naming its noun, or else the one right before.
//!
//! General English only: the words that ask for a meaning and the words
//! that point, never an article's words.

use super::confirm::fold;
use super::phrasing::QUOTES;
use crate::lang::{is_stopword, stem};

/// Words that ask what a phrase means on their own ("what does X
/// *denote*?"); "stand" asks it only before "for".
const MEANING_WORDS: &[&str] = &[
    "refer",
    "refers",
    "referring",
    "referred",
    "mean",
    "means",
    "meant",
    "meaning",
    "denote",
    "denotes",
    "signify",
    "signifies",
];

/// Words that point back at something named before them.
const DEMONSTRATIVES: &[&str] = &["this", "that", "these", "those"];

/// Determiners a phrase or its referent may open with.
const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "these", "those"];

/// The most words a phrase asked about may have: a longer quotation is
/// the sentence the learner read it in.
const MAX_PHRASE_WORDS: usize = 5;

/// The most words a referent may have: a longer span is a sentence
/// restated another way, not a pointer filled in.
const MAX_REFERENT_WORDS: usize = 6;

/// A question asking what a phrase of the article stands for.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ReferenceAsked {
    /// The phrase, folded word by word.
    pub phrase: Vec<String>,
    /// The question's other content words, stemmed: where the learner
    /// read the phrase ("in the part about the *grant*").
    pub context: Vec<String>,
}

/// One sentence of the article, with what its facts say of it.
pub(super) struct Sentence<'a> {
    /// The sentence as the article writes it.
    pub text: &'a str,
    /// The statements of the facts that cite it, in their order.
    pub statements: Vec<&'a str>,
}

/// What a phrase stands for, found in the article.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Referent {
    /// A statement writes out what the phrase points at: `referent`, in
    /// statement `statement` of sentence `sentence`. `written` is the
    /// phrase as the sentence writes it.
    Restated {
        sentence: usize,
        statement: usize,
        written: String,
        referent: String,
    },
    /// The phrase points back at what statement `statement` of the
    /// earlier sentence `sentence` says.
    EarlierMention {
        sentence: usize,
        statement: usize,
        written: String,
    },
}

/// The phrase `question` asks the meaning of, or `None` when it asks
/// nothing of the kind. A quoted phrase of a few words is the one asked
/// about (one holding a pointing word first, when several are quoted:
/// "in the sentence 'They committed …', who does *'They'* refer to?");
/// unquoted, the words between "does" and the meaning word ("what does
/// *the mechanism* refer to?").
pub(super) fn asked(question: &str) -> Option<ReferenceAsked> {
    // Most questions ask no meaning: a look at the text first spares
    // splitting them.
    let lowered = question.to_lowercase();
    let may_ask = ["refer", "mean", "stand", "denot", "signif"]
        .iter()
        .any(|cue| lowered.contains(cue))
        || question.contains(QUOTES);
    if !may_ask {
        return None;
    }
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let cue = folded.iter().enumerate().position(|(at, w)| {
        MEANING_WORDS.contains(&w.as_str())
            || (matches!(w.as_str(), "stand" | "stands")
                && folded.get(at + 1).is_some_and(|next| next == "for"))
    });
    let quoted = quoted_spans(question);
    let phrase_text = match (cue, quoted.as_slice()) {
        (None, _) => asked_who_quoted_is(&folded, &quoted)
            .or_else(|| asked_which_quoted(&folded, &quoted))?,
        (Some(_), [_, ..]) => chosen_quote(&quoted)?,
        (Some(cue), []) => {
            let aux = folded[..cue]
                .iter()
                .position(|w| matches!(w.as_str(), "does" | "do" | "did"))?;
            let words = &tokens[aux + 1..cue];
            let opens = folded.get(aux + 1).map_or("", String::as_str);
            if words.is_empty() || words.len() > MAX_PHRASE_WORDS {
                return None;
            }
            if !DETERMINERS.contains(&opens) && !is_pointing_pronoun(opens) {
                return None;
            }
            words.join(" ")
        }
    };
    let phrase: Vec<String> = phrase_text
        .split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    if phrase.is_empty() || phrase.len() > MAX_PHRASE_WORDS {
        return None;
    }
    let context = folded
        .iter()
        .filter(|w| !w.is_empty() && !is_stopword(w) && !phrase.contains(w))
        .filter(|w| !MEANING_WORDS.contains(&w.as_str()))
        .map(|w| stem(w))
        .collect();
    Some(ReferenceAsked { phrase, context })
}

/// "Who are *'they'* in …?", "what is *'it'* …?": a wh-word, then a
/// quoted phrase right after, then a form of "be".
fn asked_who_quoted_is(folded: &[String], quoted: &[String]) -> Option<String> {
    let first = quoted.first()?;
    let quoted_words: Vec<String> = first.split_whitespace().map(fold).collect();
    let wh = folded
        .iter()
        .position(|w| matches!(w.as_str(), "who" | "what"))?;
    let after = &folded[wh + 1..];
    let follows = after.starts_with(&quoted_words)
        && after
            .get(quoted_words.len())
            .is_some_and(|be| matches!(be.as_str(), "is" | "are" | "was" | "were"));
    (follows && quoted_words.len() <= MAX_PHRASE_WORDS).then(|| first.clone())
}

/// "When it says *'the region'*, *which region* is that?": a quoted
/// phrase that points, and "which" before its noun.
fn asked_which_quoted(folded: &[String], quoted: &[String]) -> Option<String> {
    quoted
        .iter()
        .find(|q| {
            let words: Vec<String> = q.split_whitespace().map(fold).collect();
            let (Some(first), Some(noun)) = (words.first(), words.last()) else {
                return false;
            };
            let asks_which = folded
                .windows(2)
                .any(|pair| pair[0] == "which" && pair[1] == *noun);
            words.len() >= 2
                && words.len() <= MAX_PHRASE_WORDS
                && DETERMINERS.contains(&first.as_str())
                && asks_which
        })
        .cloned()
}

/// Of several quoted spans, the short one that points (a pronoun, a
/// determiner), else the shortest short one.
fn chosen_quote(quoted: &[String]) -> Option<String> {
    let short: Vec<&String> = quoted
        .iter()
        .filter(|q| q.split_whitespace().count() <= MAX_PHRASE_WORDS)
        .collect();
    let points = |q: &&&String| {
        q.split_whitespace()
            .map(fold)
            .any(|w| DETERMINERS.contains(&w.as_str()) || is_pointing_pronoun(&w))
    };
    short
        .iter()
        .find(points)
        .or_else(|| short.iter().min_by_key(|q| q.split_whitespace().count()))
        .map(|q| (*q).clone())
}

/// Whether a folded word is a pronoun that stands for something named
/// elsewhere.
fn is_pointing_pronoun(word: &str) -> bool {
    matches!(
        word,
        "they" | "them" | "their" | "it" | "its" | "he" | "him" | "his" | "she" | "her" | "both"
    )
}

/// Every span of `text` set in quotation marks, without them; an
/// apostrophe inside a word ("Xi's", "leaders'") opens or closes none.
fn quoted_spans(text: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let boundary = |at: usize| chars.get(at).is_none_or(|&(_, c)| !c.is_alphanumeric());
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !QUOTES.contains(&c) {
            continue;
        }
        let before_ok = i == 0 || boundary(i - 1);
        let after_ok = boundary(i + 1);
        match open {
            Some(start) if after_ok && i > 0 && !chars[i - 1].1.is_whitespace() => {
                let span = text[start..at].trim();
                if !span.is_empty() {
                    spans.push(span.to_string());
                }
                open = None;
            }
            None if before_ok && !after_ok => open = Some(at + c.len_utf8()),
            _ => {}
        }
    }
    spans
}

/// What `asked`'s phrase stands for in `sentences` (one article, in
/// order), or `None` when no statement restates it and nothing before it
/// names what it points at. The sentences holding the phrase are tried
/// in order of how many of the question's other words they hold; a
/// phrase the likeliest one leaves as it is ("the region" in a headline
/// no statement restates) means what another of its sentences restates.
pub(super) fn resolve(asked: &ReferenceAsked, sentences: &[Sentence<'_>]) -> Option<Referent> {
    let holding_by = |same: fn(&str, &str) -> bool| -> Vec<(usize, usize, usize)> {
        sentences
            .iter()
            .enumerate()
            .filter_map(|(index, sentence)| {
                let words = folded_words(sentence.text);
                let at = find_run(&words, &asked.phrase, same)?;
                let stems: Vec<String> = words.iter().map(|w| stem(w)).collect();
                let overlap = asked.context.iter().filter(|c| stems.contains(c)).count();
                Some((index, at, overlap))
            })
            .collect()
    };
    // "What does 'the regoin' mean?": a slip in the phrase, where no
    // sentence writes it as typed.
    let mut holding = holding_by(|a, b| a == b);
    if holding.is_empty() {
        holding = holding_by(slipped);
    }
    holding.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    // A name stands for itself; only a phrase that points has a referent.
    let points = asked
        .phrase
        .iter()
        .any(|w| DETERMINERS.contains(&w.as_str()) || is_pointing_pronoun(w));
    if !points {
        return None;
    }
    for &(index, at, _) in &holding {
        let sentence = &sentences[index];
        let cited = content_stems(sentence.text);
        // Of the statements writing the phrase out, the one restating most
        // of the sentence.
        let found = sentence
            .statements
            .iter()
            .enumerate()
            .filter_map(|(statement_at, statement)| {
                let referent = restated(&asked.phrase, sentence.text, at, statement)?;
                let shared = content_stems(statement)
                    .iter()
                    .filter(|s| cited.contains(s))
                    .count();
                Some((shared, usize::MAX - statement_at, referent))
            })
            .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        if let Some((_, reversed, referent)) = found {
            return Some(Referent::Restated {
                sentence: index,
                statement: usize::MAX - reversed,
                written: written_phrase(sentence.text, at, asked.phrase.len()),
                referent: fullest_name(&referent, sentences),
            });
        }
    }
    let &(index, at, _) = holding.first()?;
    if !DEMONSTRATIVES.contains(&asked.phrase[0].as_str()) || asked.phrase.len() < 2 {
        return None;
    }
    let (sentence, statement) = earlier_mention(asked, sentences, index)?;
    Some(Referent::EarlierMention {
        sentence,
        statement,
        written: written_phrase(sentences[index].text, at, asked.phrase.len()),
    })
}

/// The nearest sentence before `index` that names the phrase's noun (its
/// last word), and its statement that names it; else the sentence right
/// before, and its statement sharing most words with it.
fn earlier_mention(
    asked: &ReferenceAsked,
    sentences: &[Sentence<'_>],
    index: usize,
) -> Option<(usize, usize)> {
    let noun = stem(asked.phrase.last()?);
    let names = |text: &str| folded_words(text).iter().any(|w| stem(w) == noun);
    for earlier in (0..index).rev() {
        let sentence = &sentences[earlier];
        if names(sentence.text)
            && let Some(statement) = sentence.statements.iter().position(|s| names(s))
        {
            return Some((earlier, statement));
        }
    }
    let before = index.checked_sub(1)?;
    let sentence = &sentences[before];
    let cited: Vec<String> = content_stems(sentence.text);
    let statement = (0..sentence.statements.len()).max_by_key(|&at| {
        let shared = content_stems(sentence.statements[at])
            .iter()
            .filter(|s| cited.contains(s))
            .count();
        // The first of equals.
        (shared, usize::MAX - at)
    })?;
    Some((before, statement))
}

/// What `statement` writes where `sentence` writes `phrase` (at word
/// `at`): the span between the words the two share on either side of it.
/// `None` when they share none there, or the span only changes the
/// phrase's determiner ("this cooperative spirit" → "the cooperative
/// spirit"), or it is too long to be a pointer filled in.
fn restated(phrase: &[String], sentence: &str, at: usize, statement: &str) -> Option<String> {
    let cited = folded_words(sentence);
    let end = at + phrase.len();
    let said: Vec<&str> = statement.split_whitespace().collect();
    let said_folded: Vec<String> = said.iter().map(|t| fold(t)).collect();
    let lefts = anchors(&cited[..at], Side::Left);
    let rights = anchors(&cited[end..], Side::Right);
    let mut best: Option<(usize, usize)> = None;
    for left in &lefts {
        for start in left_positions(&said_folded, left) {
            for right in &rights {
                let Some(stop) = right_position(&said_folded, right, start) else {
                    continue;
                };
                let better = best.is_none_or(|(s, e)| stop - start < e - s);
                if stop > start && stop - start <= MAX_REFERENT_WORDS + 2 && better {
                    best = Some((start, stop));
                }
            }
        }
        if best.is_some() {
            break;
        }
    }
    let (start, stop) = best.or_else(|| {
        subject_of_next_verb(sentence, end)
            .then(|| clause_subject(&said_folded, &rights))
            .flatten()
    })?;
    let (start, stop) = trimmed_to_difference(phrase, &said_folded, start, stop)?;
    let span_content: Vec<String> = said_folded[start..stop]
        .iter()
        .filter(|w| !DETERMINERS.contains(&w.as_str()))
        .map(|w| stem(w))
        .collect();
    let phrase_stems: Vec<String> = phrase.iter().map(|w| stem(w)).collect();
    if span_content.is_empty()
        || span_content.iter().all(|w| phrase_stems.contains(w))
        || stop - start > MAX_REFERENT_WORDS
    {
        return None;
    }
    let text = said[start..stop]
        .join(" ")
        .trim_end_matches([',', ';', ':', '.'])
        .to_string();
    Some(if start == 0 {
        lowered_determiner(&text)
    } else {
        text
    })
}

/// The most words the article's fullest name for a referent may add to
/// it.
const MAX_ADDED_NAME_WORDS: usize = 2;

/// The fullest name the article gives `referent`: a run of some sentence
/// opening with its first word and closing with its last, holding its
/// words in order and at most [`MAX_ADDED_NAME_WORDS`] more ("the
/// China-Central Asia mechanism" is "the China-Central Asia *cooperation*
/// mechanism" where the article names it in full).
fn fullest_name(referent: &str, sentences: &[Sentence<'_>]) -> String {
    let wanted: Vec<String> = folded_words(referent)
        .into_iter()
        .filter(|w| !DETERMINERS.contains(&w.as_str()))
        .collect();
    let (Some(first), Some(last)) = (wanted.first(), wanted.last()) else {
        return referent.to_string();
    };
    let mut fullest: Option<Vec<&str>> = None;
    for sentence in sentences {
        let tokens: Vec<&str> = sentence
            .text
            .split_whitespace()
            .filter(|t| !fold(t).is_empty())
            .collect();
        let words: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
        for start in (0..words.len()).filter(|&at| words[at] == *first) {
            let longest = (start + wanted.len()).min(words.len() + 1)
                ..=(start + wanted.len() + MAX_ADDED_NAME_WORDS).min(words.len());
            for end in longest {
                let run = &words[start..end];
                let in_order = {
                    let mut rest = run.iter();
                    wanted.iter().all(|w| rest.any(|r| r == w))
                };
                let longer = fullest.as_ref().is_none_or(|f| run.len() > f.len());
                if run.last() == Some(last) && in_order && longer {
                    fullest = Some(tokens[start..end].to_vec());
                }
            }
        }
    }
    match fullest {
        Some(name) if name.len() > wanted.len() => {
            let name = name.join(" ");
            let name = name.trim_matches(|c: char| !c.is_alphanumeric());
            let opens_with_determiner = folded_words(referent)
                .first()
                .is_some_and(|w| DETERMINERS.contains(&w.as_str()));
            if opens_with_determiner {
                let determiner = referent.split_whitespace().next().unwrap_or("the");
                format!("{determiner} {name}")
            } else {
                name.to_string()
            }
        }
        _ => referent.to_string(),
    }
}

/// Which side of the phrase an anchor lies on.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
}

/// The words to line up on one side of the phrase, most telling first:
/// the two next to it, the one next to it, and the nearest content word
/// within three. An empty anchor is the sentence's edge.
fn anchors(words: &[String], side: Side) -> Vec<Vec<String>> {
    let near: Vec<String> = match side {
        Side::Left => words.iter().rev().take(3).rev().cloned().collect(),
        Side::Right => words.iter().take(3).cloned().collect(),
    };
    if near.is_empty() {
        return vec![Vec::new()];
    }
    let mut found = Vec::new();
    let next_to = |n: usize| -> Vec<String> {
        match side {
            Side::Left => near[near.len().saturating_sub(n)..].to_vec(),
            Side::Right => near[..n.min(near.len())].to_vec(),
        }
    };
    if near.len() >= 2 {
        found.push(next_to(2));
    }
    found.push(next_to(1));
    let content = match side {
        Side::Left => near.iter().rev().find(|w| !is_stopword(w)),
        Side::Right => near.iter().find(|w| !is_stopword(w)),
    };
    if let Some(word) = content {
        found.push(vec![word.clone()]);
    }
    found
}

/// Words that open a reported clause: its subject starts after them.
const CLAUSE_OPENERS: &[&str] = &["said", "says", "that", "noted", "stressed", "added"];

/// Words that may stand between a subject and its verb ("China and
/// Central Asia *have* pursued").
const SUBJECT_VERB_AUXILIARIES: &[&str] = &[
    "have", "has", "had", "will", "would", "can", "could", "is", "are", "was", "were", "do",
    "does", "did",
];

/// Whether the phrase ending before word `end` of `sentence` runs
/// straight into a lower-case word, as a subject into its verb ("both
/// sides *pursue*"), not into a comma or a name ("this vision, *Xi*
/// announced").
fn subject_of_next_verb(sentence: &str, end: usize) -> bool {
    let tokens: Vec<&str> = sentence
        .split_whitespace()
        .filter(|t| !fold(t).is_empty())
        .collect();
    let runs_on = end
        .checked_sub(1)
        .and_then(|last| tokens.get(last))
        .is_some_and(|t| !t.ends_with([',', ';', ':', '.']));
    let next_lower = tokens
        .get(end)
        .and_then(|t| t.chars().next())
        .is_some_and(char::is_lowercase);
    runs_on && next_lower
}

/// Where the subject of the verb after the phrase lies in `said` when no
/// word before the phrase lines up (the sentence writes "principles that
/// have helped *both sides* pursue modernization", a statement "Xi said
/// *China and Central Asia* have pursued modernization"): the words from
/// the start of the statement or of a reported clause up to that verb,
/// auxiliaries left out. The span must be short enough to be a name.
fn clause_subject(said: &[String], rights: &[Vec<String>]) -> Option<(usize, usize)> {
    let right = rights.iter().find(|r| !r.is_empty())?;
    let verb_at = right_position(said, right, 0)?;
    let stop = said[..verb_at]
        .iter()
        .rposition(|w| !SUBJECT_VERB_AUXILIARIES.contains(&w.as_str()))?
        + 1;
    let start = said[..stop]
        .iter()
        .rposition(|w| CLAUSE_OPENERS.contains(&w.as_str()))
        .map_or(0, |at| at + 1);
    (start < stop && stop - start <= MAX_REFERENT_WORDS).then_some((start, stop))
}

/// Where a span may start after `left` in `said`: right after each run of
/// it, or at the start for the sentence's edge.
fn left_positions(said: &[String], left: &[String]) -> Vec<usize> {
    if left.is_empty() {
        return vec![0];
    }
    (0..=said.len().saturating_sub(left.len()))
        .filter(|&at| same_words(&said[at..at + left.len()], left))
        .map(|at| at + left.len())
        .collect()
}

/// Where a span starting at `start` ends before `right`: the first run of
/// it after the start, or the end for the sentence's edge.
fn right_position(said: &[String], right: &[String], start: usize) -> Option<usize> {
    if right.is_empty() {
        return Some(said.len());
    }
    (start + 1..=said.len().saturating_sub(right.len()))
        .find(|&at| same_words(&said[at..at + right.len()], right))
}

/// The span without the words before a determiner it shares with the
/// phrase ("from the region" → "from Central Asia" is "Central Asia");
/// the noun at its end stays ("this mechanism" → "the China-Central Asia
/// mechanism"). `None` when nothing is left.
fn trimmed_to_difference(
    phrase: &[String],
    said: &[String],
    mut start: usize,
    stop: usize,
) -> Option<(usize, usize)> {
    let mut first = 0;
    while first < phrase.len()
        && start < stop
        && !DETERMINERS.contains(&phrase[first].as_str())
        && same_word(&phrase[first], &said[start])
    {
        first += 1;
        start += 1;
    }
    (start < stop).then_some((start, stop))
}

/// The phrase as `sentence` writes it from word `at`, without the
/// punctuation around it.
fn written_phrase(sentence: &str, at: usize, len: usize) -> String {
    let tokens: Vec<&str> = sentence
        .split_whitespace()
        .filter(|t| !fold(t).is_empty())
        .collect();
    tokens[at..(at + len).min(tokens.len())]
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// A span opening a statement with a capital determiner, lowered to sit
/// inside a reply ("The Central Asian leaders" → "the Central Asian
/// leaders").
fn lowered_determiner(text: &str) -> String {
    let first = text.split_whitespace().next().unwrap_or("");
    if DETERMINERS.contains(&fold(first).as_str()) {
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        text.to_string()
    }
}

/// The folded words of `text`, punctuation-only tokens dropped.
fn folded_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// The stems of `text`'s words that are not stop words.
fn content_stems(text: &str) -> Vec<String> {
    folded_words(text)
        .iter()
        .filter(|w| !is_stopword(w))
        .map(|w| stem(w))
        .collect()
}

/// Where `run` first occurs in `words`, word by word as `same` tells.
fn find_run(words: &[String], run: &[String], same: fn(&str, &str) -> bool) -> Option<usize> {
    (0..=words.len().checked_sub(run.len())?).find(|&at| {
        words[at..at + run.len()]
            .iter()
            .zip(run)
            .all(|(word, asked)| same(word, asked))
    })
}

/// The shortest word in which a learner's slip is read as one.
const MIN_SLIPPED_WORD: usize = 5;

/// Whether `asked` is `word`, or a slip of one letter in a word long
/// enough to tell ("regoin" for "region").
fn slipped(word: &str, asked: &str) -> bool {
    word == asked
        || (word.len() >= MIN_SLIPPED_WORD
            && asked.len() >= MIN_SLIPPED_WORD
            && crate::lang::within_edits(word, asked, 1))
}

/// Whether two runs of folded words are the same words, forms aside.
fn same_words(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_word(x, y))
}

/// Whether two folded words are one word in another form.
fn same_word(a: &str, b: &str) -> bool {
    a == b || stem(a) == stem(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Vec<Sentence<'static>> {
        vec![
            Sentence {
                text: "Leaders sign a treaty for cooperation in the region.",
                statements: vec![
                    "According to the headline, the treaty is for cooperation in the region.",
                ],
            },
            Sentence {
                text: "He credited the ties to a spirit based on mutual respect and trust.",
                statements: vec![
                    "Xi credited the ties to a spirit based on mutual respect and trust.",
                ],
            },
            Sentence {
                text: "Xi called for carrying forward this cooperative spirit with new energy.",
                statements: vec![
                    "Xi called for carrying forward the cooperative spirit with new energy.",
                ],
            },
            Sentence {
                text: "He also suggested refining the cooperation mechanism.",
                statements: vec![
                    "Xi suggested refining the China-Central Asia cooperation mechanism.",
                ],
            },
            Sentence {
                text: "To support this vision, Xi announced training for professionals from the region.",
                statements: vec!["Xi announced training for professionals from Central Asia."],
            },
            Sentence {
                text: "They committed to working closely with China.",
                statements: vec![
                    "The Central Asian leaders committed to working closely with China.",
                ],
            },
        ]
    }

    fn referent_of(question: &str) -> Option<Referent> {
        resolve(&asked(question)?, &article())
    }

    #[test]
    fn a_quoted_or_pointed_phrase_is_what_is_asked() {
        let phrase = |q: &str| asked(q).map(|a| a.phrase.join(" "));
        assert_eq!(
            phrase("What does 'the region' refer to?"),
            Some("the region".into())
        );
        assert_eq!(
            phrase(
                "In the sentence 'They committed to working closely with China', who does 'They' refer to?"
            ),
            Some("they".into())
        );
        assert_eq!(
            phrase("Not sure who 'they' are in the sentence about free trade."),
            Some("they".into())
        );
        assert_eq!(
            phrase("So what does the mechanism refer to?"),
            Some("the mechanism".into())
        );
        assert_eq!(
            phrase("What is meant by “this vision”?"),
            Some("this vision".into())
        );
        assert_eq!(
            phrase("What does 'Beijing' stand for?"),
            Some("beijing".into())
        );
        assert_eq!(
            phrase("When the article says 'the region', which region is that?"),
            Some("the region".into())
        );
        assert_eq!(phrase("Which region is 'Astana' in?"), None);
        assert_eq!(phrase("Who did Xi's speech refer to?"), None);
        assert_eq!(phrase("What did the leaders sign?"), None);
        assert_eq!(phrase("Where do they stand on trade?"), None);
    }

    #[test]
    fn a_pointer_means_what_a_statement_writes_in_its_place() {
        let restated = |q: &str| match referent_of(q) {
            Some(Referent::Restated { referent, .. }) => Some(referent),
            _ => None,
        };
        assert_eq!(
            restated(
                "In 'They committed to working closely with China', who does 'They' refer to?"
            ),
            Some("the Central Asian leaders".into())
        );
        assert_eq!(
            restated("What does 'the cooperation mechanism' refer to?"),
            Some("the China-Central Asia cooperation mechanism".into())
        );
        // The headline's statement keeps "the region"; another sentence
        // writes out what it is.
        assert_eq!(
            restated("'the region' in headline meaning"),
            Some("Central Asia".into())
        );
        assert_eq!(
            restated(
                "In the sentence about training, which region does 'from the region' refer to?"
            ),
            Some("Central Asia".into())
        );
    }

    #[test]
    fn a_pointer_no_statement_writes_in_place_means_the_subject_of_its_verb() {
        let article = vec![Sentence {
            text: "He praised principles that have helped both sides pursue modernization.",
            statements: vec![
                "Xi said the principles have helped both sides pursue modernization.",
                "Xi said China and Central Asia have pursued modernization.",
            ],
        }];
        let referent = |q: &str| match resolve(&asked(q)?, &article) {
            Some(Referent::Restated { referent, .. }) => Some(referent),
            _ => None,
        };
        assert_eq!(
            referent("What does 'both sides' mean in the article?"),
            Some("China and Central Asia".into())
        );
        // A subject too long to be a name is no referent.
        let wordy = vec![Sentence {
            text: "He praised principles that have helped both sides pursue modernization.",
            statements: vec![
                "Xi said the principles of respect, trust, benefit and support have pursued modernization.",
            ],
        }];
        let sides = asked("What does 'both sides' mean?").expect("asks a meaning");
        assert_eq!(resolve(&sides, &wordy), None);
        // A phrase set off by a comma is no subject of what follows.
        let set_off = vec![Sentence {
            text: "To support this vision, Xi announced a grant.",
            statements: vec!["The grant Xi announced is for projects."],
        }];
        let vision = asked("What does 'this vision' refer to?").expect("asks a meaning");
        assert!(!matches!(
            resolve(&vision, &set_off),
            Some(Referent::Restated { .. })
        ));
    }

    #[test]
    fn a_referent_is_given_by_the_fullest_name_the_article_writes() {
        let article = vec![
            Sentence {
                text: "Xi suggested refining the China-Central Asia cooperation mechanism.",
                statements: vec!["Xi suggested refining the mechanism."],
            },
            Sentence {
                text: "They hope to turn the mechanism into a model.",
                statements: vec![
                    "The leaders hope to turn the China-Central Asia mechanism into a model.",
                ],
            },
        ];
        let asked = asked("What does 'the mechanism' refer to?").expect("asks a meaning");
        assert!(matches!(
            resolve(&asked, &article),
            Some(Referent::Restated { referent, .. })
                if referent == "the China-Central Asia cooperation mechanism"
        ));
    }

    #[test]
    fn a_demonstrative_the_statements_keep_points_back_to_an_earlier_sentence() {
        // "spirit" is named in the sentence before.
        assert_eq!(
            referent_of("What does 'this cooperative spirit' refer to?"),
            Some(Referent::EarlierMention {
                sentence: 1,
                statement: 0,
                written: "this cooperative spirit".into()
            })
        );
        // No earlier sentence names a "vision": it is the sentence before.
        assert_eq!(
            referent_of("What does 'this vision' refer to in 'To support this vision'?"),
            Some(Referent::EarlierMention {
                sentence: 3,
                statement: 0,
                written: "this vision".into()
            })
        );
    }

    #[test]
    fn a_phrase_the_statements_keep_as_it_is_points_at_nothing_found() {
        assert_eq!(referent_of("What does 'mutual respect' mean?"), None);
        assert_eq!(referent_of("What does 'the treaty' refer to?"), None);
        assert_eq!(referent_of("What does 'Atlantis' stand for?"), None);
        // A name stands for itself, whatever a statement writes beside it.
        assert_eq!(referent_of("What does 'Xi' refer to?"), None);
    }

    #[test]
    fn a_slip_in_the_phrase_still_finds_it() {
        assert!(matches!(
            referent_of("What does 'the regoin' mean in the part about training?"),
            Some(Referent::Restated { referent, written, .. })
                if referent == "Central Asia" && written == "the region"
        ));
    }

    #[test]
    fn apostrophes_inside_words_open_no_quotation() {
        assert_eq!(
            quoted_spans("what does 'this' in the leaders' remarks and Xi's 'vision' mean?"),
            vec!["this".to_string(), "vision".to_string()]
        );
    }
}
