//! Grading answers: typed answers leniently and by type, lettered options in
//! every way learners write them, with partial credit and feedback that says
//! why.
//!
//! False negatives are what learners hate most (Quizlet saw 13 % of grades
//! overridden, mostly for answers one or two characters off), so typed
//! answers are folded (case, accents, punctuation, articles), matched word by
//! word with a length-scaled typo allowance, compared by value when they are
//! quantities, and accepted by surname for people. Over-acceptance is kept in
//! check: no typo tolerance for numbers, hedges ("Paris or Almaty") and
//! negations ("not Paris") are refused, and a concept needs its content
//! words.
//!
//! # Known limitations
//!
//! - Synonyms beyond WordNet ("nobody" for "no one", an acronym for a
//!   name) need aliases in the fact set.
//! - Filler words around an answer come from fixed lists (stopwords, "city",
//!   "President", dates around a weekday...), not from the question prompt, so
//!   that [`accepts`] and [`grade`] always agree.
//! - A parenthesis is read as a second wording, right only when it is right
//!   too: "Paris (Nur-Sultan)" passes, "France (Paris)" is a hedge.
//! - No currency conversion: a learner's currency must be one of the
//!   accepted answers' currencies. `$` is US dollars, `¥` yuan. An amount
//!   with no currency counts only where the prompt names the key's
//!   currency ("… in US dollars?").
//! - An ordinal key takes ordinals and digits: "3rd" and "3" answer
//!   "third" (the prompts ask for an ordinal "in words or digits"; a bare
//!   digit is told how the ordinal is written), "three" does not.
//! - Synonyms come from WordNet (`crate::lang::Lexicon`): one synset,
//!   similar adjectives, adjectives two steps apart in one small cluster,
//!   nouns derived from a modifier that are a kind of its head (any such
//!   noun when the head is conduct itself: "hegemony" for "hegemonic
//!   behavior"), an
//!   adjective's "-ly" adverb's synonyms ("together" for "united"), and
//!   the quality right above a rare quality noun ("friendship", of the
//!   family of "friendliness", for "amity"). Nouns linked only through a
//!   broad hypernym ("relations" for "ties") are not read: the fact set
//!   lists them as aliases ("decades of diplomatic relations").
//! - A slip that makes another real word is that word, unless the word is
//!   rare (never used in WordNet's sense-tagged corpus, no name) and one
//!   edit away: "trad" for "trade" is a slip, "jingle" for "jungle" is not.
//! - A concept measured by a span of time ("decades of diplomatic ties")
//!   named by the thing alone ("diplomatic ties") earns partial credit
//!   that names the span left out (blind judges mostly call it partial),
//!   and nothing with another span or any other word of the learner's own; a date's "the current
//!   year" is "this year". A rise may be said by a rising
//!   comparative ("more and more important" for "growing importance");
//!   other phrase variants ("in unity" for "united") need aliases.
//! - A former name the fact set records ("Nur-Sultan") is no alias: it
//!   gets no credit for a question about the article, though beside the
//!   answer ("Astana (Nur-Sultan)") it is no rival answer either.
//! - Concept credit counts content words (with light stemming and typos),
//!   not meaning.
//! - Matching answers put the item number first ("1-B"); "B1" is not read.
//!
//! # Layout
//!
//! - `typed`: fill-in-the-blank and short answers.
//! - `choices`: multiple choice, true/false, select-all and matching.
//! - `words`: typo allowance, stemming and filler words.
//! - `appositive`: a name given as the article describes it beside the
//!   name ("Kazakhstan's capital" for Astana).
//! - `process`: a process noun said in plain words ("the spread of
//!   deserts" for "desertification").

mod appositive;
mod choices;
mod process;
mod typed;
mod words;

#[cfg(test)]
mod heldout;
#[cfg(test)]
mod props;
#[cfg(test)]
mod table;

use std::sync::{Arc, LazyLock};

use crate::facts::AnswerKind;
use crate::lang;
use crate::question::{AnswerKey, Grade, Question};
use crate::text::{contains_phrase, normalize};

/// A score and the reason for it, before the question's details are added.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Verdict {
    pub(crate) score: f64,
    pub(crate) feedback: String,
    /// False when the answer is not in a form the question takes; see
    /// [`Grade::readable`].
    pub(crate) readable: bool,
}

impl Verdict {
    pub(crate) fn right(feedback: impl Into<String>) -> Verdict {
        Verdict {
            score: 1.0,
            feedback: feedback.into(),
            readable: true,
        }
    }

    pub(crate) fn wrong(feedback: impl Into<String>) -> Verdict {
        Verdict {
            score: 0.0,
            feedback: feedback.into(),
            readable: true,
        }
    }

    /// No credit, because the answer is not in a form the question takes:
    /// no option named, several answers where one is wanted, no answer.
    pub(crate) fn unreadable(feedback: impl Into<String>) -> Verdict {
        Verdict {
            readable: false,
            ..Verdict::wrong(feedback)
        }
    }

    /// Full credit.
    pub(crate) fn is_right(&self) -> bool {
        self.score >= 1.0
    }

    /// Partial credit, kept strictly below 1 so that only a fully right
    /// answer is ever marked correct.
    pub(crate) fn partial(score: f64, feedback: impl Into<String>) -> Verdict {
        let score = if score.is_finite() {
            score.clamp(0.0, 0.99)
        } else {
            0.0
        };
        Verdict {
            score,
            feedback: feedback.into(),
            readable: true,
        }
    }
}

/// Grades a learner's answer to a question. Never panics, for any input.
///
/// `correct` is true exactly when `score` is 1; `feedback` always says why,
/// in a sentence a learner can act on. The canonical answer, explanation
/// and citations are the question's own; [`mark`] is the rest.
pub fn grade(question: &Question, answer: &str) -> Grade {
    let mark = mark(question, answer);
    Grade {
        correct: mark.correct,
        score: mark.score,
        canonical_answer: question.canonical_answer.clone(),
        feedback: mark.feedback,
        readable: mark.readable,
        explanation: question.explanation.clone(),
        citations: question.citations.clone(),
    }
}

/// What an answer earns: the parts of its [`Grade`] that the answer
/// decides, for a caller that has the question's own parts already.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// True exactly when `score` is 1.
    pub correct: bool,
    /// Share of credit, 0 to 1.
    pub score: f64,
    /// Why this verdict.
    pub feedback: String,
    /// See [`Grade::readable`].
    pub readable: bool,
}

/// [`grade`] without copying the question's parts into the result.
pub fn mark(question: &Question, answer: &str) -> Mark {
    let verdict = match &question.key {
        AnswerKey::Single { correct } => choices::grade_single(&question.choices, *correct, answer),
        AnswerKey::Multi { correct } => choices::grade_multi(&question.choices, correct, answer),
        AnswerKey::Pairs { pairs } => choices::grade_pairs(&question.choices, pairs, answer),
        AnswerKey::Text {
            expected,
            aliases,
            kind,
            items,
            ..
        } => {
            let prepared = prepared(question, expected, aliases, *kind, items);
            let key = &prepared.key;
            let direct = key.grade(answer);
            // A learner may copy the words printed around a blank ("strength
            // and prosperity" for "China's strength and _____"): grade what
            // is left once they are stripped, when that does better.
            let inner = (direct.score < 1.0)
                .then(|| prepared.blank.as_ref()?.strip(answer))
                .flatten();
            let verdict = match inner {
                Some(inner) => {
                    let echoed = key.grade(&inner);
                    if echoed.score > direct.score {
                        echoed
                    } else {
                        direct
                    }
                }
                None => direct,
            };
            let verdict = if verdict.score >= 1.0 {
                verdict
            } else if std::iter::once(expected)
                .chain(aliases.iter())
                .any(|noun| process::describes_process(noun, answer))
            {
                Verdict::right(format!("Correct: that is {}.", expected.trim()))
            } else if matches!(kind, AnswerKind::Place | AnswerKind::Person)
                && appositive::names_by_the_articles_description(
                    expected,
                    &question.citations,
                    answer,
                )
            {
                Verdict::right(format!(
                    "Correct: that is {}, as the article describes it.",
                    expected.trim()
                ))
            } else {
                verdict
            };
            with_added_detail_noted(verdict, question, *kind, answer)
        }
    };
    let score = if verdict.score.is_finite() {
        verdict.score.clamp(0.0, 1.0)
    } else {
        0.0
    };
    Mark {
        correct: score == 1.0,
        score,
        feedback: verdict.feedback,
        readable: verdict.readable,
    }
}

/// For a matching question, which of its items an answer pairs right, in
/// item order (each item tests the fact of the same position in
/// `fact_ids`); `None` for another kind of question or an answer that
/// cannot be read.
pub fn pair_results(question: &Question, answer: &str) -> Option<Vec<bool>> {
    let AnswerKey::Pairs { pairs } = &question.key else {
        return None;
    };
    choices::pair_results(&question.choices, pairs, answer)
}

/// A credited answer's feedback, with a note on the detail it adds that
/// the question and its sentence do not hold ("on a Tuesday in June" where
/// the article gives only the day): the detail costs nothing, since the
/// answer is right, but the learner should not take it for the article's.
fn with_added_detail_noted(
    mut verdict: Verdict,
    question: &Question,
    kind: AnswerKind,
    answer: &str,
) -> Verdict {
    if verdict.score <= 0.0 || !words::takes_detail_words(kind) {
        return verdict;
    }
    // The learner's own spelling of each detail word ("June"), then those
    // the question does not hold: most answers have none, and need not
    // have the question's words read at all.
    let mut details: Vec<(&str, String)> = Vec::new();
    for raw in typed::clip(answer).split(|c: char| c.is_whitespace() || c == ',') {
        let raw = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let word = normalize(raw);
        if words::is_detail_word(kind, &word) && !details.iter().any(|(a, _)| *a == raw) {
            details.push((raw, word));
        }
    }
    if details.is_empty() {
        return verdict;
    }
    let known = question_words(question);
    let said = |word: &str| {
        known.iter().any(|k| {
            k == word || k.strip_suffix('s') == Some(word) || word.strip_suffix('s') == Some(k)
        })
    };
    let quoted: Vec<String> = details
        .iter()
        .filter(|(_, word)| !said(word))
        .map(|(raw, _)| format!("\"{raw}\""))
        .collect();
    if quoted.is_empty() {
        return verdict;
    }
    verdict.feedback = format!(
        "{} Note: the article's sentence does not say {}.",
        verdict.feedback,
        quoted.join(" or ")
    );
    verdict
}

/// The folded words of what a question prints and cites: its prompt, its
/// answer and its sentences.
fn question_words(question: &Question) -> Vec<String> {
    let texts = std::iter::once(question.prompt.as_str())
        .chain(std::iter::once(question.canonical_answer.as_str()))
        .chain(question.citations.iter().map(|c| c.text.as_str()));
    let mut known: Vec<String> = Vec::new();
    for text in texts {
        known.extend(normalize(text).split_whitespace().map(str::to_string));
    }
    known
}

/// What grading a typed answer needs from its question besides the answer:
/// the same for every answer to that question, so worked out once.
#[derive(Debug)]
struct Prepared {
    /// What it was prepared from: a cached entry is used only for a
    /// question that has exactly these.
    prompt: String,
    answer_key: AnswerKey,
    citations: Vec<String>,
    /// The key, prepared in the question's setting (the words that may
    /// frame an answer, see [`context_words`], and the prompt's own).
    key: typed::TypedKey,
    /// The words around the prompt's blank, if it has one.
    blank: Option<typed::Blank>,
}

impl Prepared {
    fn new(
        question: &Question,
        expected: &str,
        aliases: &[String],
        kind: AnswerKind,
        items: &[String],
    ) -> Prepared {
        // The prompt may give one accepted wording away ("the 1.5 billion
        // yuan grant … in US dollars"): copying it is no answer.
        let prompt = normalize(&question.prompt);
        let aliases: Vec<String> = aliases
            .iter()
            .filter(|alias| {
                let alias = normalize(alias);
                alias.is_empty() || !contains_phrase(&prompt, &alias)
            })
            .cloned()
            .collect();
        // The sentence may word the answer as an alias does ("professionals
        // from the region" where the cloze says "from Central Asia"): the
        // frame is found around whichever wording it holds.
        let wordings: Vec<&str> = std::iter::once(expected)
            .chain(aliases.iter().map(String::as_str))
            .collect();
        let setting = typed::Setting {
            context: context_words(question, &wordings, items),
            continuations: continuations(question, &wordings),
            prompt: lang::words(&question.prompt),
            currencies: typed::currencies_named(&question.prompt),
            former_names: match &question.key {
                AnswerKey::Text { former_names, .. } => former_names.clone(),
                _ => Vec::new(),
            },
        };
        Prepared {
            prompt: question.prompt.clone(),
            answer_key: question.key.clone(),
            citations: question.citations.iter().map(|c| c.text.clone()).collect(),
            key: typed::TypedKey::new(expected, &aliases, kind, items, &setting),
            blank: typed::Blank::of(&question.prompt),
        }
    }

    /// True when this was prepared from what `question` has.
    fn is_for(&self, question: &Question) -> bool {
        self.prompt == question.prompt
            && self.answer_key == question.key
            && self.citations.len() == question.citations.len()
            && self
                .citations
                .iter()
                .zip(&question.citations)
                .all(|(text, citation)| *text == citation.text)
    }
}

/// How many questions' [`Prepared`] parts are kept (a bank generates a
/// bounded set of questions; the least used go first).
const PREPARED_CAPACITY: usize = 4096;

/// The [`Prepared`] parts of a typed question, from a process-wide cache
/// keyed by its id (sharded, so concurrent grades do not wait on one lock;
/// no key is built for a hit). An entry is used only when it was prepared
/// from exactly this question's prompt, key and citations, so an id that
/// names other content (a revised fact) is prepared afresh.
fn prepared(
    question: &Question,
    expected: &str,
    aliases: &[String],
    kind: AnswerKind,
    items: &[String],
) -> Arc<Prepared> {
    static CACHE: LazyLock<quick_cache::sync::Cache<String, Arc<Prepared>>> =
        LazyLock::new(|| quick_cache::sync::Cache::new(PREPARED_CAPACITY));
    if let Some(found) = CACHE.get(question.id.as_str())
        && found.is_for(question)
    {
        return found;
    }
    let found = Arc::new(Prepared::new(question, expected, aliases, kind, items));
    CACHE.insert(question.id.clone(), Arc::clone(&found));
    found
}

/// How many words on each side of the answer in its sentence count as its
/// frame ("on the basis of" equality).
const FRAME_REACH: usize = 6;

/// The words that may frame a typed answer without adding a claim: the
/// prompt's own, and the sentence's right around the answer in any of its
/// accepted `wordings` (or around each item of a list).
fn context_words(question: &Question, wordings: &[&str], items: &[String]) -> Vec<String> {
    let mut context: Vec<String> = lang::words(&question.prompt);
    let spans: Vec<Vec<String>> = if items.is_empty() {
        wordings
            .iter()
            .map(|wording| lang::words(wording))
            .collect()
    } else {
        items.iter().map(|item| lang::words(item)).collect()
    };
    for citation in &question.citations {
        let sentence = lang::words(&citation.text);
        let clauses: Vec<Vec<String>> = citation
            .text
            .split([',', ';', ':', '\u{2014}', '(', ')'])
            .map(lang::words)
            .filter(|clause| !clause.is_empty())
            .collect();
        for span in spans.iter().filter(|span| !span.is_empty()) {
            let Some(at) = position(&sentence, span) else {
                continue;
            };
            let end = at + span.len();
            context.extend_from_slice(&sentence[at.saturating_sub(FRAME_REACH)..at]);
            context.extend_from_slice(&sentence[end..(end + FRAME_REACH).min(sentence.len())]);
            // The whole clause that holds the answer is its frame too: "in
            // a volatile global environment" of "the growing importance of
            // this mechanism in a volatile global environment".
            if let Some(clause) = clauses
                .iter()
                .find(|clause| position(clause, span).is_some())
            {
                context.extend_from_slice(clause);
            }
        }
    }
    context.sort();
    context.dedup();
    context
}

/// The words that follow the whole answer, in any of its accepted
/// `wordings`, in its sentence, folded without articles: a learner who
/// goes on with the article's own sentence ("… benefit no one") adds no
/// claim of their own, even with the sentence's own negation. Not a list
/// item's: what follows one item is the next.
fn continuations(question: &Question, wordings: &[&str]) -> Vec<Vec<String>> {
    let folded = |text: &str| -> Vec<String> {
        normalize(text)
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    let sentences: Vec<Vec<String>> = question
        .citations
        .iter()
        .map(|citation| folded(&citation.text))
        .collect();
    let mut found: Vec<Vec<String>> = Vec::new();
    for span in wordings.iter().map(|wording| folded(wording)) {
        if span.is_empty() {
            continue;
        }
        for sentence in &sentences {
            let Some(at) = position(sentence, &span) else {
                continue;
            };
            let end = at + span.len();
            let next = &sentence[end..(end + FRAME_REACH).min(sentence.len())];
            if !next.is_empty() && !found.iter().any(|f| f == next) {
                found.push(next.to_vec());
            }
        }
    }
    found
}

/// Where the words of `span` stand together in `words`.
fn position(words: &[String], span: &[String]) -> Option<usize> {
    words.windows(span.len()).position(|window| window == span)
}

/// True when `candidate` would be graded as a right typed answer for a fact
/// whose answer is `expected` (with `aliases`) of kind `kind`. The generator
/// uses it to refuse distractors that are really right answers.
///
/// It is exactly [`grade`] on an [`AnswerKey::Text`] key with no items (list
/// answers then take their items from `expected`), except that [`grade`]
/// also forgives a fill-in-the-blank answer that repeats the words printed
/// around the blank, which `accepts` cannot see.
pub fn accepts(expected: &str, aliases: &[String], kind: AnswerKind, candidate: &str) -> bool {
    typed::grade_text(expected, aliases, kind, &[], candidate).is_right()
}
