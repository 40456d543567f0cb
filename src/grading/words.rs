//! Word-level comparison for typed answers: typo tolerance, light stemming,
//! and the small words that may surround an answer without changing it.

use std::borrow::Cow;

use crate::facts::AnswerKind;
use crate::lang::{self, Lexicon};
use crate::numbers::{is_number_word, parse_number, parse_ordinal};
use crate::text::is_negation;
use crate::text::normalize_keep_articles;

/// True when `word` places a time the other way from the `context` words
/// (the prompt's and the sentence's around the answer): "over the *past*
/// two years" where the article says "over the *next* two years".
pub(crate) fn turns_time_around(context: &[String], word: &str) -> bool {
    let other_way = |ours: &[&str], theirs: &[&str]| {
        ours.contains(&word)
            // "How long will it *last*?": in the context, a verb too.
            && context.iter().any(|w| w != "last" && theirs.contains(&w.as_str()))
    };
    other_way(TIME_BEHIND, TIME_AHEAD) || other_way(TIME_AHEAD, TIME_BEHIND)
}

/// Words placing a time behind now, and ahead of it: an answer's "past"
/// where the sentence says "next" turns its span the other way.
const TIME_BEHIND: &[&str] = &[
    "past",
    "previous",
    "last",
    "ago",
    "former",
    "prior",
    "preceding",
];
/// See [`TIME_BEHIND`].
const TIME_AHEAD: &[&str] = &[
    "next",
    "coming",
    "upcoming",
    "future",
    "following",
    "forthcoming",
];

/// How a learner's word matched the expected one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum WordMatch {
    /// A small spelling slip ("astna" for "paris").
    Typo,
    /// Another form of the same word ("policy" for "policies").
    Stem,
    /// The same word.
    Exact,
}

/// Edits tolerated in a word, scaled by its length: none for words of up to
/// three letters (where one edit makes another word: "Xi"/"Li"), one for 4–7
/// letters, two for 8 and more. Two words are compared with the allowance
/// of the shorter one. Words with digits get none: Quizlet allows no
/// typo tolerance once a number is involved, and neither do we.
pub(crate) fn allowed_edits(word: &str) -> usize {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return 0;
    }
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Compares one expected word with one candidate word.
pub(crate) fn match_word(expected: &str, candidate: &str) -> Option<WordMatch> {
    match_stemmed(expected, None, candidate)
}

/// [`match_word`], given the expected word's Snowball stem when it is
/// known already (a prepared key's words).
pub(crate) fn match_stemmed(
    expected: &str,
    expected_stem: Option<&str>,
    candidate: &str,
) -> Option<WordMatch> {
    if expected == candidate {
        return Some(WordMatch::Exact);
    }
    if let Some(verdict) = numeric_verdict(expected, candidate) {
        return verdict;
    }
    let lexicon = Lexicon::embedded();
    if shares_family(lexicon, expected, expected_stem, candidate) {
        // A shared Snowball stem is no family when WordNet lists the
        // family without the word: "comprehensible" for "comprehensive"
        // is another word.
        if lexicon.stem_collision(expected, candidate) {
            return None;
        }
        return Some(WordMatch::Stem);
    }
    if !within_allowance(lexicon, expected, candidate) {
        // The learner's own word for the same idea ("unstable" for
        // "volatile"): WordNet's synonyms and similar adjectives, never
        // its opposites. Function words carry no idea of their own (the
        // candidate is no number word: `numeric_verdict` said so).
        let content = |w: &str| w.len() >= 3 && !is_stopword(w);
        return (content(expected)
            && content(candidate)
            && !is_number_word(expected)
            && lexicon.close_in_meaning(expected, candidate))
        .then_some(WordMatch::Stem);
    }
    (!is_another_word(lexicon, expected, candidate)).then_some(WordMatch::Typo)
}

/// Whether `candidate` is a spelling slip of `expected`: exactly
/// `match_word(expected, candidate) == Some(WordMatch::Typo)`, with the
/// cheap tests first. Grading asks it of every answer word against every
/// word of the prompt and the sentence, and almost every pair is turned
/// away by length or edit distance before a stem or the lexicon is read.
pub(crate) fn is_typo(expected: &str, candidate: &str) -> bool {
    let lexicon = Lexicon::embedded();
    expected != candidate
        && expected.chars().count().min(candidate.chars().count()) >= 3
        && within_allowance(lexicon, expected, candidate)
        // A number compares by value: exact or no match, never a slip.
        && numeric_verdict(expected, candidate).is_none()
        && !shares_family(lexicon, expected, None, candidate)
        && !is_another_word(lexicon, expected, candidate)
}

/// Whether `candidate` lies within the slips allowed between it and
/// `expected` ([`allowed_slips`]). Most pairs are far apart: no allowance
/// reaches them, so it is not worked out for them.
fn within_allowance(lexicon: &Lexicon, expected: &str, candidate: &str) -> bool {
    let apart = expected.chars().count().abs_diff(candidate.chars().count());
    // No allowance exceeds `MOST_SLIPS`, and an edit changes the length
    // by one at most.
    if apart > MOST_SLIPS {
        return false;
    }
    let Some(slips) = slips_between(expected, candidate) else {
        return false;
    };
    let allowed = allowed_slips(lexicon, expected, candidate);
    allowed > 0 && apart <= allowed && slips <= allowed
}

/// The most slips any pair of words is allowed (see [`allowed_edits`] and
/// [`allowed_slips`]).
const MOST_SLIPS: usize = 2;

/// True when `candidate` is another dictionary word within a slip or two
/// of `expected` ("protests" for "projects"): by the rule that refuses it
/// as a slip of the word, it is a different word, not a spelling of it.
pub(crate) fn is_real_word_slip(expected: &str, candidate: &str) -> bool {
    if expected == candidate || expected.chars().count() < MIN_SLIPPED_CONTEXT_WORD {
        return false;
    }
    let lexicon = Lexicon::embedded();
    within_allowance(lexicon, expected, candidate)
        && !shares_family(lexicon, expected, None, candidate)
        && is_another_word(lexicon, expected, candidate)
}

/// The verdict when numbers decide it: `Some(verdict)` when either word
/// holds a digit or the candidate is a number word, `None` when the words
/// are to be compared as words.
fn numeric_verdict(expected: &str, candidate: &str) -> Option<Option<WordMatch>> {
    let has_digit = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    // Each word is read as a number at most once, the candidate first:
    // most candidates are none, and then the expected word need not be.
    let candidate_numeric = has_digit(candidate) || is_number_word(candidate);
    // "2nd" is "second", "5" is "five": numbers compare by value.
    if candidate_numeric
        && (has_digit(expected) || is_number_word(expected))
        && let (Some(a), Some(b)) = (number_token(expected), number_token(candidate))
    {
        return Some((a == b).then_some(WordMatch::Exact));
    }
    // Number words are values, not spellings: "four" is not a typo of
    // "five", nor "seconds" a form of "second".
    (candidate_numeric || has_digit(expected)).then_some(None)
}

/// Whether two words are forms of one family ("reduce", "reduction").
/// Forms of one family share their first letter ("hold", "held"): the
/// lookup, which stems both words, is skipped for the many pairs that do
/// not.
fn shares_family(
    lexicon: &Lexicon,
    expected: &str,
    expected_stem: Option<&str>,
    candidate: &str,
) -> bool {
    let same_start = expected.chars().next() == candidate.chars().next();
    let same_family = || match expected_stem {
        // `Lexicon::same_family` on single words, with one stem given.
        Some(stemmed) if !expected.contains(' ') && !candidate.contains(' ') => {
            let other = lang::stem(candidate);
            stemmed == other || lexicon.key_of_stem(stemmed) == lexicon.key_of_stem(&other)
        }
        _ => lexicon.same_family(expected, candidate),
    };
    same_start && !is_number_word(expected) && same_family()
}

/// How many slips a pair of words may differ by: the allowance of the
/// shorter word, since an edit must be a slip on both sides; but a long
/// expected word keeps its own when the learner's shorter spelling is no
/// word at all and drops letters only ("neibors" for "neighbors").
fn allowed_slips(lexicon: &Lexicon, expected: &str, candidate: &str) -> usize {
    let (a, b) = (expected.chars().count(), candidate.chars().count());
    let keeps_expected =
        b >= 6 && !lexicon.is_word(candidate) && drops_letters_only(expected, candidate);
    let allowed = if a <= b || keeps_expected {
        allowed_edits(expected)
    } else {
        allowed_edits(candidate)
    };
    // A three-letter word may take one slip that makes no word at all
    // ("kay" for "key", "fre" for "free", "ths" for "this"); one that makes
    // another word ("low" for "law", "the" for "this") is that word.
    let lettered = |w: &str| w.chars().all(|c| c.is_ascii_lowercase());
    if allowed == 0
        && a.min(b) == 3
        && lettered(expected)
        && lettered(candidate)
        && !is_stopword(candidate)
        && !lexicon.is_word(candidate)
    {
        return 1;
    }
    allowed
}

/// Whether `candidate` is `expected` with some letters left out, the
/// rest in order ("neibors" of "neighbors").
fn drops_letters_only(expected: &str, candidate: &str) -> bool {
    let mut letters = expected.chars();
    candidate.chars().all(|c| letters.any(|e| e == c))
}

/// Whether a candidate within slipping distance is another real word
/// rather than a slip. "jingle" for "jungle", "Thursday" for "Tuesday" are
/// answers of their own (unless WordNet lists it as the same word:
/// "neighbour"). A word of five letters or more of another part of speech
/// cannot stand where the answer stands, so it is a slip: "Chian" (an
/// adjective) for "China"; short words are too close to one another for
/// that ("fee" for "free"). A rare word (no tagged use, no name) one edit
/// away is what a slip makes, not what a learner means: "trad" for
/// "trade" ("jingle" is used, so it stays a word). Only a letter dropped,
/// swapped or mistyped makes one: a longer rare word holds a letter the
/// answer lacks, which spells a word of its own ("tirade" for "trade").
pub(crate) fn is_another_word(lexicon: &Lexicon, expected: &str, candidate: &str) -> bool {
    let rare_slip = || {
        !is_number_word(expected)
            && candidate.len() <= expected.len()
            && strsim::damerau_levenshtein(expected, candidate) == 1
            && lexicon.is_rare(candidate)
    };
    lexicon.is_word(candidate)
        && !rare_slip()
        && !drops_plural_i(expected, candidate)
        && (is_number_word(expected)
            || candidate.len() < 5
            || (lexicon.same_part_of_speech(expected, candidate)
                && !lexicon.synonymous(expected, candidate)))
}

/// True when `candidate` is the plural `expected` ("policies", "cities")
/// with the "i" of its "-ies" dropped ("polices", "cites"): the commonest
/// way to misspell such a plural. The verb form it happens to spell ("he
/// polices") cannot stand where the plural noun stands, so it is a slip.
fn drops_plural_i(expected: &str, candidate: &str) -> bool {
    expected
        .strip_suffix("ies")
        .is_some_and(|base| !base.is_empty() && candidate.strip_suffix("es") == Some(base))
}

/// Endings that all say a final syllabic "l" ("global", "level",
/// "little", "civil"): a learner spells one for another by ear.
const SYLLABIC_L: &[&str] = &["al", "el", "le", "il", "ol", "ul"];

/// The slips between two words when there are at most [`MOST_SLIPS`],
/// else `None`: their edits, but one spelling of a final syllabic "l" for
/// another is one slip, not two ("globle" for "global").
fn slips_between(expected: &str, candidate: &str) -> Option<usize> {
    fn stem_before_l(w: &str) -> Option<&str> {
        SYLLABIC_L
            .iter()
            .find(|ending| w.ends_with(*ending))
            .map(|ending| &w[..w.len() - ending.len()])
    }
    let syllabic_slip = matches!(
        (stem_before_l(expected), stem_before_l(candidate)),
        (Some(e), Some(c)) if e.len() >= 3 && e == c
    );
    let edits = lang::edits_within(expected, candidate, MOST_SLIPS);
    if syllabic_slip {
        // The endings differ in two letters at most: one slip, or none.
        return Some(edits.map_or(1, |edits| edits.min(1)));
    }
    edits
}

/// A single word read as a number: cardinals by value ("five", "5" → "5"),
/// ordinals marked ("second", "2nd" → "2th").
fn number_token(word: &str) -> Option<String> {
    if let Some(n) = parse_ordinal(word) {
        return Some(format!("{n}th"));
    }
    let value = parse_number(word)?;
    Some(format!("{value}"))
}

/// Day and month abbreviations, expanded for dates ("Tue" → "tuesday").
pub(crate) fn expand_date_abbreviation(word: &str) -> &str {
    match word {
        "mon" => "monday",
        "tue" | "tues" => "tuesday",
        "wed" | "weds" => "wednesday",
        "thu" | "thur" | "thurs" => "thursday",
        "fri" => "friday",
        "sat" => "saturday",
        "sun" => "sunday",
        "yr" => "year",
        other => other,
    }
}

/// True for function words ("the", "of", "was").
pub(crate) fn is_stopword(word: &str) -> bool {
    lang::is_stopword(word)
}

/// General words that frame an answer without adding a claim: "It was held
/// in Paris", "I think Paris". The article's own frame words ("the Paris
/// summit") are data: `answer_frame` in `data/lexicon.json`.
#[rustfmt::skip]
const FRAME_WORDS: &[&str] = &[
    "answer", "think", "believe", "guess", "probably", "perhaps", "maybe", "say", "said",
    "says", "called", "named", "known", "held", "host", "hosts", "hosted", "hosting",
    "took", "take", "place",
    "happened", "located", "yes", "ok", "okay", "correct",
    // Emphasis claims nothing more: "China itself".
    "itself", "himself", "herself", "themselves",
];

/// True for a word that frames an answer without adding a claim, in
/// general English or in the article's own words.
pub(crate) fn is_frame_word(word: &str) -> bool {
    FRAME_WORDS.contains(&word)
        || crate::ask::synonyms::AskWords::embedded()
            .answer_frame
            .iter()
            .any(|w| w == word)
}

/// Words that may surround a place: "Paris city", "in the capital Paris".
#[rustfmt::skip]
const PLACE_WORDS: &[&str] = &[
    "city", "capital", "town", "country", "countries", "region", "nation", "nations", "states",
    "republic",
];

/// Titles and descriptions around a person: "President Xi". A demonym
/// ("the Chinese president") comes from WordNet's `demonym` set instead.
#[rustfmt::skip]
const PERSON_WORDS: &[&str] = &[
    "president", "mr", "mrs", "ms", "dr", "chairman", "leader", "general",
    "secretary", "premier", "minister", "prime", "comrade", "excellency",
];

/// Words around a day or date: "on Tuesday", "Tuesday, June 17".
#[rustfmt::skip]
pub(crate) const DATE_WORDS: &[&str] = &[
    "day", "date", "weekday", "week", "within", "during", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "nd", "rd", "th",
];

/// The shortest context word whose slips are read as that word: shorter
/// words are a letter away from too many others.
const MIN_SLIPPED_CONTEXT_WORD: usize = 5;

/// Which extra words may surround an answer of this kind without making it
/// a different answer.
#[derive(Debug, Clone)]
pub(crate) struct Filler {
    kind: AnswerKind,
    /// Countries count as context (the answer is not a country): "Paris,
    /// France".
    country_context: bool,
    /// Words the question itself prints, and the words of the article
    /// sentence right around the answer ("on the basis of" equality):
    /// repeating them adds no claim.
    context: Vec<String>,
    /// The answer's own words that the prompt prints: an answer may leave
    /// them out ("historical" for "historical exchanges" when the prompt
    /// asks what kind of exchanges).
    prompt_given: Vec<String>,
    /// The Snowball stems of the context words: a learner who restates the
    /// question inflects its words ("he urged it to move forward" for "How
    /// did Xi urge humanity to move forward?").
    context_stems: Vec<String>,
    /// The WordNet family keys of the context words, for telling a word
    /// that contradicts the frame ("stable" where the sentence says
    /// "volatile").
    context_keys: Vec<String>,
    /// The words that follow the answer in its sentence (see
    /// [`Filler::continues_sentence`]).
    continuations: Vec<Vec<String>>,
    /// The prompt's words: unlike the sentence's, they name what is asked,
    /// never another answer to it.
    prompt: Vec<String>,
    /// The content words of every accepted form of the answer: a word
    /// beside a shorter form that misspells one of them into another word
    /// ("Belt and Road *protests*" beside "Belt and Road", where the full
    /// answer says "projects") changes the answer.
    accepted: Vec<String>,
}

impl Filler {
    pub(crate) fn new(kind: AnswerKind, accepted_words: &[Vec<String>]) -> Filler {
        Filler::in_context(kind, accepted_words, &[], &[])
    }

    /// A filler that also allows the `context` words (folded), and knows
    /// which of the answer's words the `prompt` (folded words) prints.
    pub(crate) fn in_context(
        kind: AnswerKind,
        accepted_words: &[Vec<String>],
        context: &[String],
        prompt: &[String],
    ) -> Filler {
        let lexicon = Lexicon::embedded();
        let names_a_country = accepted_words.iter().any(|words| {
            lexicon.is_member("country", &words.join(" "))
                || words.iter().any(|w| lexicon.is_member("country", w))
        });
        let accepted: Vec<&String> = accepted_words.iter().flatten().collect();
        let mut accepted_content: Vec<String> = accepted
            .iter()
            .filter(|w| !is_stopword(w))
            .map(|w| (*w).clone())
            .collect();
        accepted_content.sort();
        accepted_content.dedup();
        let named = named_by_prompt(prompt);
        let prompt_given = accepted
            .iter()
            .filter(|w| !is_stopword(w) && prompt.contains(w) && named != Some(w.as_str()))
            .map(|w| (*w).clone())
            .collect();
        // A word of the answer itself is never filler: "the cooperation
        // mechanism" must not pass for the whole name; nor is another form
        // of one.
        let context: Vec<String> = context
            .iter()
            .filter(|w| !accepted.contains(w) && !is_negation(w))
            .cloned()
            .collect();
        let accepted_stems: Vec<String> = accepted.iter().map(|w| lang::stem(w)).collect();
        let mut context_stems: Vec<String> = context
            .iter()
            .filter(|w| !is_stopword(w) && w.chars().all(|c| c.is_alphabetic()))
            .map(|w| lang::stem(w))
            .filter(|s| s.len() >= 3 && !accepted_stems.contains(s))
            .collect();
        context_stems.sort();
        context_stems.dedup();
        let mut context_keys: Vec<String> = context
            .iter()
            .filter(|w| !is_stopword(w) && w.chars().all(|c| c.is_alphabetic()))
            .map(|w| lexicon.key(w))
            .collect();
        context_keys.sort();
        context_keys.dedup();
        Filler {
            prompt_given,
            kind,
            country_context: matches!(kind, AnswerKind::Place | AnswerKind::Person)
                && !names_a_country,
            context,
            context_stems,
            context_keys,
            continuations: Vec::new(),
            prompt: prompt.to_vec(),
            accepted: accepted_content,
        }
    }

    /// True when `word` is another dictionary word a slip away from a
    /// word of an accepted form of the answer: see [`Filler::accepted`].
    pub(crate) fn misspells_an_answer_word_into_another(&self, word: &str) -> bool {
        !self.accepted.iter().any(|a| a == word)
            && self
                .accepted
                .iter()
                .any(|accepted| is_real_word_slip(accepted, word))
    }

    /// True when `word` is a content word of the article's sentence around
    /// the answer that the prompt does not print and the answer does not
    /// hold: another item there ("desertification" beside "poverty"), so
    /// naming it beside the answer guesses at two.
    pub(crate) fn is_neighbouring_item(&self, word: &str) -> bool {
        !is_stopword(word)
            && !self.prompt.iter().any(|w| w == word)
            && self.context.iter().any(|w| w == word)
    }

    /// This filler, knowing the words that follow the whole answer in its
    /// sentence, folded without articles.
    pub(crate) fn with_continuations(mut self, continuations: &[Vec<String>]) -> Filler {
        self.continuations = continuations.to_vec();
        self
    }

    /// True when `after`, the words after the answer, go on with the
    /// article's own sentence word for word ("trade wars and protectionist
    /// policies benefit no one"): the sentence's claim, its negation
    /// included, is no claim of the learner's.
    pub(crate) fn continues_sentence(&self, after: &[String]) -> bool {
        !after.is_empty()
            && self
                .continuations
                .iter()
                .any(|next| next.len() >= after.len() && next[..after.len()] == *after)
    }

    /// True when the prompt or the sentence around the answer holds a
    /// number ("3,000 training opportunities", "over the next two years"):
    /// a learner's number that is none of them says something else.
    pub(crate) fn frames_a_number(&self) -> bool {
        self.context
            .iter()
            .any(|w| w.chars().any(|c| c.is_ascii_digit()) || is_number_word(w))
    }

    /// True when the prompt prints `word`, a word of the answer.
    pub(crate) fn prompt_gives(&self, word: &str) -> bool {
        self.prompt_given.iter().any(|w| w == word)
    }

    /// True when `word` may stand next to the answer without changing it.
    pub(crate) fn allows(&self, word: &str) -> bool {
        // "A volatile one": "one" stands for the noun the answer modifies.
        self.context.iter().any(|w| w == word)
            || self.context_ordinal(word)
            || matches!(word, "one" | "ones")
            || self.allows_alone(word)
            || self.restates_context(word)
    }

    /// True when `word` is an ordinal in figures the context spells out:
    /// "the *2nd* summit" where the prompt says "the second summit".
    fn context_ordinal(&self, word: &str) -> bool {
        word.starts_with(|c: char| c.is_ascii_digit())
            && crate::numbers::parse_ordinal(word).is_some_and(|n| {
                self.context
                    .iter()
                    .any(|w| crate::numbers::parse_ordinal(w) == Some(n))
            })
    }

    /// True when `word` means the opposite of a word of the question or of
    /// the sentence around the answer: "a stable global environment"
    /// where the article says "volatile" is another claim.
    pub(crate) fn contradicts(&self, word: &str) -> bool {
        if self.context_keys.is_empty() || is_stopword(word) {
            return false;
        }
        let lexicon = Lexicon::embedded();
        let key = lexicon.key(word);
        self.context_keys
            .iter()
            .any(|context| lexicon.opposite_keys(&key, context))
    }

    /// True when `word` is a country beside a place or person the
    /// sentence around the answer puts in another country: "Astana,
    /// *Uzbekistan*" where it says "Astana, Kazakhstan's capital".
    pub(crate) fn names_another_country(&self, word: &str) -> bool {
        let lexicon = Lexicon::embedded();
        // "Kazakhstan's" folds to "kazakhstans".
        let country = |w: &str| -> Option<String> {
            if lexicon.in_set("country", w) {
                Some(w.to_string())
            } else {
                w.strip_suffix('s')
                    .filter(|base| lexicon.in_set("country", base))
                    .map(str::to_string)
            }
        };
        // "The *Kazakh* capital" names the people, not another country.
        let Some(named) =
            country(word).filter(|_| self.country_context && !lexicon.in_set("demonym", word))
        else {
            return false;
        };
        // The set knows "kazakhstans" as well as "kazakhstan", and WordNet
        // gives a country several names ("Kazakh", "Kazakhstan").
        let same = |c: &str| {
            c == named
                || c.strip_suffix('s') == Some(named.as_str())
                || named.strip_suffix('s') == Some(c)
                || lexicon.synonymous(c, &named)
                || c.strip_suffix('s')
                    .is_some_and(|base| lexicon.synonymous(base, &named))
        };
        let mut context_countries = self.context.iter().filter_map(|w| country(w)).peekable();
        context_countries.peek().is_some() && context_countries.all(|c| !same(&c))
    }

    /// True when `word` is another form of a context word ("urged" for
    /// the prompt's "urge"), or a word one WordNet relation from one
    /// (`lang::related`): "farming" where the prompt asks what kind of
    /// agriculture, "unstable world" where the sentence says "volatile
    /// global environment" (a word meaning the opposite is caught by
    /// [`Filler::contradicts`]). Numbers and negations never are.
    fn restates_context(&self, word: &str) -> bool {
        if self.context_stems.is_empty()
            || word.len() < 3
            || is_negation(word)
            || is_number_word(word)
            || !word.chars().all(|c| c.is_alphabetic())
        {
            return false;
        }
        let stemmed = lang::stem(word);
        self.context_stems.binary_search(&stemmed).is_ok()
            || lang::related::Related::embedded()
                .near(word)
                .iter()
                .any(|near| self.context.contains(near))
            || self.misspells_context(word)
    }

    /// True when `word` is a spelling slip of a longer context word
    /// ("agricultre" where the prompt asks what kind of agriculture), by
    /// the same rule as a slip in the answer itself.
    fn misspells_context(&self, word: &str) -> bool {
        word.len() >= MIN_SLIPPED_CONTEXT_WORD
            && self.context.iter().any(|context| {
                context.len() >= MIN_SLIPPED_CONTEXT_WORD
                    && !is_stopword(context)
                    && is_typo(context, word)
            })
    }

    /// Like [`Filler::allows`], but for a word standing alone as an
    /// alternative: a context word offered on its own ("France or
    /// Italy") is another answer, not filler.
    pub(crate) fn allows_alone(&self, word: &str) -> bool {
        if is_stopword(word) || is_frame_word(word) {
            return true;
        }
        // "France's" folds to "frances".
        let country = |w: &str| {
            let lexicon = Lexicon::embedded();
            self.country_context
                && (lexicon.in_set("country", w)
                    || w.strip_suffix('s')
                        .is_some_and(|b| lexicon.in_set("country", b)))
                && !self.names_another_country(w)
        };
        match self.kind {
            AnswerKind::Place => PLACE_WORDS.contains(&word) || country(word),
            AnswerKind::Person => {
                PERSON_WORDS.contains(&word)
                    || country(word)
                    || (self.country_context && Lexicon::embedded().in_set("demonym", word))
            }
            AnswerKind::DateTime => {
                DATE_WORDS.contains(&word) || word.chars().all(|c| c.is_ascii_digit())
            }
            _ => false,
        }
    }
}

/// True when an answer of this kind may hold detail words at all (see
/// [`is_detail_word`]): a date, a place or a person.
pub(crate) fn takes_detail_words(kind: AnswerKind) -> bool {
    matches!(
        kind,
        AnswerKind::DateTime | AnswerKind::Place | AnswerKind::Person
    )
}

/// True when `word` (folded) is one the filler lists let stand beside an
/// answer of this kind although it says something of its own: a month or
/// a day of the month beside a weekday ("Tuesday, June 17"), a country
/// beside a city or a person. Where the article's sentence does not hold
/// it, it is detail the learner added, and feedback says so.
pub(crate) fn is_detail_word(kind: AnswerKind, word: &str) -> bool {
    let lexicon = Lexicon::embedded();
    match kind {
        AnswerKind::DateTime => {
            // "may" is far more often the verb; ordinal endings say nothing.
            let month = DATE_WORDS.contains(&word)
                && !matches!(
                    word,
                    "may" | "day" | "date" | "weekday" | "week" | "within" | "during"
                )
                && !matches!(word, "st" | "nd" | "rd" | "th");
            month || (!word.is_empty() && word.chars().all(|c| c.is_ascii_digit()))
        }
        AnswerKind::Place | AnswerKind::Person => {
            lexicon.in_set("country", word)
                || word
                    .strip_suffix('s')
                    .is_some_and(|base| lexicon.in_set("country", base))
        }
        _ => false,
    }
}

/// The noun a prompt asks the name of ("declaration" of "what is the name
/// of the declaration …?"), from its folded words. A name is asked for
/// whole: "Astana" answers "which declaration …?", but is not the name of
/// the Astana Declaration, so that word of the answer is not one the
/// prompt gives away.
fn named_by_prompt(prompt: &[String]) -> Option<&str> {
    let at = prompt
        .windows(2)
        .position(|pair| pair[0] == "name" && pair[1] == "of")?;
    prompt[at + 2..]
        .iter()
        .find(|w| !matches!(w.as_str(), "the" | "a" | "an"))
        .map(String::as_str)
}

/// Splits text at connecting words ("a or b", "x and y"): a word for which
/// `is_connective` holds (on its folded form) ends a part and is dropped;
/// one for which `is_skipped` holds ("either") is dropped too.
pub(crate) fn split_at_connectives(
    segment: &str,
    is_connective: impl Fn(&str) -> bool,
    is_skipped: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut buffer = [0u8; 16];
    for word in segment.split_whitespace() {
        let folded = fold_word(word, &mut buffer);
        if is_skipped(&folded) {
            continue;
        }
        if is_connective(&folded) {
            parts.push(current.join(" "));
            current.clear();
        } else {
            current.push(word);
        }
    }
    parts.push(current.join(" "));
    parts
}

/// A word as [`normalize_keep_articles`] folds it, without allocating for
/// the common case: a short word of ASCII letters and digits only folds to
/// itself in lower case.
fn fold_word<'b>(word: &str, buffer: &'b mut [u8; 16]) -> Cow<'b, str> {
    let bytes = word.as_bytes();
    if bytes.len() <= buffer.len() && bytes.iter().all(u8::is_ascii_alphanumeric) {
        let lower = &mut buffer[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(lower) {
            return Cow::Borrowed(lower);
        }
    }
    Cow::Owned(normalize_keep_articles(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_kinds_that_take_detail_words_find_any() {
        let kinds = [
            AnswerKind::Person,
            AnswerKind::Place,
            AnswerKind::Organization,
            AnswerKind::Number,
            AnswerKind::Money,
            AnswerKind::DateTime,
            AnswerKind::Duration,
            AnswerKind::List,
            AnswerKind::Concept,
            AnswerKind::Event,
        ];
        for kind in kinds {
            for word in ["june", "17", "kazakhstan", "france", "astana", "tuesday"] {
                if is_detail_word(kind, word) {
                    assert!(takes_detail_words(kind), "{kind:?} found {word:?}");
                }
            }
        }
        assert!(is_detail_word(AnswerKind::DateTime, "june"));
        assert!(is_detail_word(AnswerKind::Place, "kazakhstan"));
        assert!(takes_detail_words(AnswerKind::Person));
    }

    #[test]
    fn the_quick_slip_test_finds_slips_and_turns_away_words_forms_and_numbers() {
        for (expected, candidate) in [
            ("astana", "astna"),
            ("neighbors", "neibors"),
            ("this", "ths"),
        ] {
            assert!(
                is_typo(expected, candidate),
                "{candidate} slips on {expected}"
            );
        }
        for (expected, candidate) in [
            ("astana", "astana"),
            ("law", "jungle"),
            ("jungle", "jingle"),
            ("reduction", "reducing"),
            ("five", "four"),
            ("2025", "2026"),
        ] {
            assert!(
                !is_typo(expected, candidate),
                "{candidate} is no slip of {expected}"
            );
        }
    }

    #[test]
    fn short_words_get_no_typo_allowance_and_long_words_two() {
        assert_eq!(allowed_edits("xi"), 0);
        assert_eq!(allowed_edits("astana"), 1);
        assert_eq!(allowed_edits("kazakhstan"), 2);
        assert_eq!(allowed_edits("3000"), 0);
    }

    #[test]
    fn one_slip_in_a_medium_word_is_a_typo_but_another_city_is_not() {
        assert_eq!(match_word("astana", "astna"), Some(WordMatch::Typo));
        assert_eq!(match_word("astana", "astanna"), Some(WordMatch::Typo));
        assert_eq!(match_word("kazakhstan", "kazakstan"), Some(WordMatch::Typo));
        assert_eq!(match_word("tuesday", "tuesdy"), Some(WordMatch::Typo));
        assert_eq!(match_word("astana", "almaty"), None);
        assert_eq!(match_word("tuesday", "monday"), None);
        assert_eq!(match_word("tuesday", "thursday"), None);
        assert_eq!(match_word("thursday", "tuesday"), None);
        assert_eq!(match_word("cooperative", "competitive"), None);
    }

    #[test]
    fn a_long_word_with_two_letters_dropped_is_a_slip_unless_a_word_is_left() {
        assert_eq!(match_word("neighbors", "neibors"), Some(WordMatch::Typo));
        assert_eq!(
            match_word("development", "devlopmnt"),
            Some(WordMatch::Typo)
        );
        // A word is left: an answer of its own.
        assert_eq!(match_word("neighbors", "neighs"), None);
        // Letters swapped as well as dropped is no slip of two.
        assert_eq!(match_word("neighbors", "nebiors"), None);
    }

    #[test]
    fn digits_and_number_words_are_never_typo_tolerated() {
        assert_eq!(match_word("3000", "3001"), None);
        assert_eq!(match_word("five", "fife"), None);
        assert_eq!(match_word("second", "seconds"), None);
    }

    #[test]
    fn word_forms_of_one_family_match() {
        for (a, b) in [
            ("policies", "policy"),
            ("reduction", "reducing"),
            ("education", "educational"),
            ("wars", "war"),
            ("trades", "trade"),
        ] {
            assert_eq!(match_word(a, b), Some(WordMatch::Stem), "{a} / {b}");
        }
        assert_eq!(match_word("astana", "almaty"), None);
    }

    #[test]
    fn a_short_function_word_takes_a_slip_that_makes_no_word_but_not_another_one() {
        assert_eq!(match_word("this", "ths"), Some(WordMatch::Typo));
        assert_eq!(match_word("this", "thi"), Some(WordMatch::Typo));
        // "the year" and "that year" are other answers than "this year".
        assert_eq!(match_word("this", "the"), None);
        assert_eq!(match_word("this", "that"), None);
    }

    #[test]
    fn a_slip_that_is_another_real_word_is_no_slip() {
        assert_eq!(match_word("jungle", "jingle"), None);
        assert_eq!(match_word("jungle", "jungel"), Some(WordMatch::Typo));
        assert_eq!(match_word("tuesday", "thursday"), None);
    }

    #[test]
    fn one_spelling_of_a_final_syllabic_l_for_another_is_one_slip() {
        assert_eq!(match_word("global", "globle"), Some(WordMatch::Typo));
        assert_eq!(match_word("global", "globel"), Some(WordMatch::Typo));
        // Still no slip when it makes another word.
        assert_eq!(match_word("principal", "principle"), None);
        assert_eq!(match_word("global", "globe"), Some(WordMatch::Stem));
    }

    #[test]
    fn a_slip_that_makes_a_rare_word_is_still_a_slip() {
        assert_eq!(match_word("trade", "trad"), Some(WordMatch::Typo));
        // A rare word with a letter added is a word of its own.
        assert_eq!(match_word("trade", "tirade"), None);
        // "police" is a common word: the rare-word rule does not reach it.
        assert!(!Lexicon::embedded().is_rare("polices"));
    }

    #[test]
    fn an_ies_plural_written_es_is_a_slip_though_it_spells_a_verb_form() {
        assert_eq!(match_word("policies", "polices"), Some(WordMatch::Typo));
        assert_eq!(match_word("cities", "cites"), Some(WordMatch::Typo));
        // Only the dropped "i" of the plural: other real words stay words.
        assert_eq!(match_word("policies", "police"), None);
        assert_eq!(match_word("jungle", "jingle"), None);
    }

    #[test]
    fn a_learners_own_word_for_the_same_idea_matches_but_an_opposite_does_not() {
        assert_eq!(match_word("volatile", "unstable"), Some(WordMatch::Stem));
        assert_eq!(match_word("key", "important"), Some(WordMatch::Stem));
        assert_eq!(match_word("permanent", "temporary"), None);
        assert_eq!(match_word("third", "three"), None);
    }

    #[test]
    fn a_plain_word_folds_as_the_text_folder_folds_it() {
        let mut buffer = [0u8; 16];
        for word in [
            "Or",
            "EITHER",
            "209m",
            "and",
            "X",
            "Astana",
            "o-r",
            "Ór",
            "3,000",
            "but,",
            "averyveryverylongword",
        ] {
            assert_eq!(
                fold_word(word, &mut buffer),
                normalize_keep_articles(word),
                "{word}"
            );
        }
    }

    #[test]
    fn a_prompt_asking_for_a_name_does_not_give_away_the_named_noun() {
        let words =
            |text: &str| -> Vec<String> { text.split_whitespace().map(str::to_string).collect() };
        let answer = vec![words("astana declaration")];
        let prompt = words("what is the name of the declaration they signed");
        let filler = Filler::in_context(AnswerKind::Concept, &answer, &[], &prompt);
        assert!(!filler.prompt_gives("declaration"));
        let prompt = words("which declaration did they sign");
        let filler = Filler::in_context(AnswerKind::Concept, &answer, &[], &prompt);
        assert!(filler.prompt_gives("declaration"));
    }

    #[test]
    fn countries_frame_a_city_but_not_a_country_answer() {
        let city = Filler::new(AnswerKind::Place, &[vec!["astana".into()]]);
        assert!(city.allows("kazakhstan"));
        let country = Filler::new(AnswerKind::Place, &[vec!["kazakhstan".into()]]);
        assert!(!country.allows("uzbekistan"));
        assert!(!city.allows("almaty"));
    }
}
