//! Which side a word takes on what follows it: "support multilateralism"
//! is for it, "against multilateralism" or "oppose multilateralism" is
//! against it. General English, read from `data/stance-words.txt` (a
//! small list: WordNet gives no antonym for a preposition, and none
//! between "oppose" and "support"), so a yes/no question that takes the
//! other side than the article is answered "no", not "yes".
//!
//! A text also takes a side by judging what it speaks of: "trade wars
//! *benefit no one*" and "unilateralism *will backfire*" are against
//! them, as surely as "oppose trade wars". The list's `[good]` and
//! `[bad]` verbs judge their subject; a negated good verb ("benefit *no
//! one*", "will *not* help") judges it bad.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::sync::OnceLock;

use thiserror::Error;

use super::BE_FORMS;
use super::headed::{HeadedListError, read_headed_list};

/// The shipped list.
pub const EMBEDDED_STANCE_WORDS: &str = include_str!("../../data/stance-words.txt");

/// The side a word takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    For,
    Against,
}

/// Why a stance list is not usable.
#[derive(Debug, Error, PartialEq)]
pub enum StanceError {
    #[error(transparent)]
    List(#[from] HeadedListError),
    #[error("line {0}: {1:?} is not one folded word")]
    BadWord(usize, String),
    #[error("{0:?} is listed on both sides")]
    BothSides(String),
}

/// A side a text takes by judging its subject ("trade wars *benefit no
/// one*"): the stance, the subject's words and whether a negation turned
/// a good verb into the judgement.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement<'w> {
    pub stance: Stance,
    /// The judging verb as written ("backfire").
    pub verb: &'w str,
    pub subject: Vec<&'w str>,
    pub by_negation: bool,
    /// Read from the frame with an object ("unilateralism *serves*
    /// global interests"), the least sure of the three.
    pub with_object: bool,
}

/// Auxiliaries and modals before a verb ("*will* backfire"): after one,
/// a judging word is a verb, not a noun ("mutual benefit").
const AUXILIARIES: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did",
];
/// Particles of phrasal verbs ("cut *back*", "scale *down*"): after a
/// verb they are part of it, never a side or a target.
const PARTICLES: &[&str] = &["back", "down", "up", "off", "out", "away"];

/// Whether the word at `at` is a particle right after a word that can be
/// a verb ("cut *back*"), not a verb itself ("they *back* it", "to *back*
/// it").
fn particle_after_verb(words: &[String], at: usize) -> bool {
    at.checked_sub(1)
        .is_some_and(|before| is_particle_after(&words[before], &words[at]))
}

/// Whether folded `word` is a phrasal verb's particle after `before`, a
/// word that can be a verb: "cut *back*", "scale *down*".
pub fn is_particle_after(before: &str, word: &str) -> bool {
    let lexicon = super::Lexicon::embedded();
    PARTICLES.contains(&word)
        && !super::is_stopword(before)
        && !AUXILIARIES.contains(&before)
        && (lexicon.is_base_verb(before) || lexicon.can_be_verb(before) == Some(true))
}

/// Verbs whose object a judging noun is, judging their subject as the
/// noun's verb would: "can *bring* benefits", "*yields* gains".
const BRINGING_VERBS: &[&str] = &[
    "bring",
    "brings",
    "brought",
    "bringing",
    "yield",
    "yields",
    "yielded",
    "produce",
    "produces",
    "produced",
    "create",
    "creates",
    "created",
    "deliver",
    "delivers",
    "delivered",
    "cause",
    "causes",
    "caused",
    "do",
    "does",
    "did",
];
/// Negated auxiliaries, folded ("*won't* help").
const NEGATED_AUXILIARIES: &[&str] = &[
    "wont", "wouldnt", "shouldnt", "cannot", "cant", "couldnt", "dont", "doesnt", "didnt", "mustnt",
];
/// Words that negate the verb before them by leaving it no object:
/// "benefit *no one*", "help *nobody*".
const NO_OBJECT: &[&str] = &["no", "nobody", "none", "noone", "nothing", "neither"];
/// The longest subject read before a judging verb, in words.
const MAX_SUBJECT_WORDS: usize = 8;

/// Stance words by stem.
#[derive(Debug)]
pub struct StanceWords {
    by_stem: HashMap<String, Stance>,
    /// The verbs that judge their subject good (`For`) or bad
    /// (`Against`), by stem.
    judging: HashMap<String, Stance>,
    /// Nouns that take a side against the word before them, by stem:
    /// "desertification *control*", "poverty *reduction*".
    against_before: HashSet<String>,
}

/// Which list a heading opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Side(Stance),
    Judging(Stance),
    /// `[against before]`: see [`StanceWords::against_before`].
    AgainstBefore,
}

const SECTIONS: [(&str, Section); 5] = [
    ("for", Section::Side(Stance::For)),
    ("against", Section::Side(Stance::Against)),
    ("good", Section::Judging(Stance::For)),
    ("bad", Section::Judging(Stance::Against)),
    ("against before", Section::AgainstBefore),
];

impl StanceWords {
    /// The embedded list, read on first use.
    pub fn embedded() -> &'static StanceWords {
        static WORDS: OnceLock<StanceWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            StanceWords::parse(EMBEDDED_STANCE_WORDS)
                .expect("the embedded stance words are valid (checked by their tests)")
        })
    }

    /// Reads a list: `[for]`, `[against]`, `[good]` and `[bad]` headings,
    /// one folded word a line, `#` comments. Each heading must list a
    /// word, and no word may be on both sides of a pair.
    pub fn parse(text: &str) -> Result<StanceWords, StanceError> {
        let mut by_stem = HashMap::new();
        let mut judging = HashMap::new();
        let mut against_before = HashSet::new();
        read_headed_list(text, &SECTIONS, |entry| {
            let word = entry.text;
            if !word.chars().all(|c| c.is_ascii_lowercase()) {
                return Err(StanceError::BadWord(entry.line, word.to_string()));
            }
            let (map, side) = match entry.section {
                Section::Side(side) => (&mut by_stem, side),
                Section::Judging(side) => (&mut judging, side),
                Section::AgainstBefore => {
                    against_before.insert(super::stem(word));
                    return Ok(());
                }
            };
            if map
                .insert(super::stem(word), side)
                .is_some_and(|old| old != side)
            {
                return Err(StanceError::BothSides(word.to_string()));
            }
            Ok(())
        })?;
        Ok(StanceWords {
            by_stem,
            judging,
            against_before,
        })
    }

    /// The side a folded word takes, if it takes one.
    pub fn of(&self, word: &str) -> Option<Stance> {
        self.by_stem.get(&super::stem(word)).copied()
    }

    /// The content word right before an `[against before]` noun at `at`
    /// ("*poverty* reduction"), which it takes a side against. Not when a
    /// side is taken on the pair itself ("*oppose* poverty reduction").
    fn against_the_word_before<'w>(&self, words: &'w [String], at: usize) -> Option<&'w str> {
        let before = words.get(at.checked_sub(1)?)?;
        let pair_taken = at
            .checked_sub(2)
            .is_some_and(|side| self.of(&words[side]).is_some());
        (self.against_before.contains(&super::stem(&words[at]))
            && !super::is_stopword(before)
            && !pair_taken)
            .then_some(before.as_str())
    }

    /// Each stance word of the folded `words` with the stance, its
    /// position and the content words it takes a side on: those right
    /// after it, past an article ("against *the* law") or the "of" of a
    /// noun ("in favour *of* it"), up to two and up to the first function
    /// word.
    pub fn claims<'w>(&self, words: &'w [String]) -> Vec<(Stance, usize, Vec<&'w str>)> {
        words
            .iter()
            .enumerate()
            .filter_map(|(at, word)| {
                // "building a shared future *rather than* fostering
                // division" is against what follows "than".
                let contrast = word == "rather" && words.get(at + 1).is_some_and(|w| w == "than");
                // "cut *back* cooperation": a particle after its verb
                // takes no side of its own.
                if particle_after_verb(words, at) {
                    return None;
                }
                // "desertification *control*": against the word before.
                if let Some(target) = self.against_the_word_before(words, at) {
                    return Some((Stance::Against, at, vec![target]));
                }
                let (stance, from) = if contrast {
                    (Stance::Against, at + 2)
                } else {
                    (self.of(word)?, at + 1)
                };
                // "Were trade wars *criticized by* Xi?": a passive verb
                // takes its side on the subject before it.
                let passive = !contrast
                    && word.ends_with("ed")
                    && words.get(at + 1).is_some_and(|next| next == "by");
                let targets: Vec<&str> = if passive {
                    subject_before(words, at).into_iter().take(2).collect()
                } else {
                    // "object *to* it", "complain *about* it": the verb's
                    // own preposition.
                    let from =
                        if matches!(words.get(from).map(String::as_str), Some("to" | "about")) {
                            from + 1
                        } else {
                            from
                        };
                    words[from.min(words.len())..]
                        .iter()
                        .skip_while(|w| {
                            matches!(w.as_str(), "the" | "a" | "an" | "of")
                                || PARTICLES.contains(&w.as_str())
                        })
                        .take_while(|w| !super::is_stopword(w))
                        .take(2)
                        .map(String::as_str)
                        .collect()
                };
                (!targets.is_empty()).then_some((stance, at, targets))
            })
            .collect()
    }

    /// The sides the folded `words` take by judging a subject: a
    /// `[good]` or `[bad]` verb after an auxiliary ("unilateralism *will
    /// ultimately backfire*") or with no object ("trade wars *benefit no
    /// one*"), and the words before it back to the first function word
    /// other than "and" or "or"; or with an object after a subject that
    /// can only be a noun ("unilateralism *serves* global interests"); or
    /// after a question's subject with the auxiliary before it ("*will*
    /// unilateralism *help*?"). The last two judge with an object.
    /// Only those frames are read, so a noun ("mutual *benefit*") judges
    /// nothing.
    pub fn judgements<'w>(&self, words: &'w [String]) -> Vec<Judgement<'w>> {
        words
            .iter()
            .enumerate()
            .filter_map(|(at, word)| {
                let judged = *self.judging.get(&super::stem(word))?;
                if let Some(judgement) = predicate_judgement(words, at, judged) {
                    return Some(judgement);
                }
                // "hegemonic behaviour can *bring benefits*": a judging
                // noun after a verb of bringing judges as its verb does.
                let brought = at
                    .checked_sub(1)
                    .filter(|&before| BRINGING_VERBS.contains(&words[before].as_str()));
                let verb_at = brought.unwrap_or(at);
                let (verb_start, negated_before, has_auxiliary) = verb_frame(words, verb_at);
                let no_object = brought.is_none()
                    && words
                        .get(at + 1)
                        .is_some_and(|next| NO_OBJECT.contains(&next.as_str()));
                let subject = subject_before(words, verb_start);
                if subject.is_empty() {
                    return None;
                }
                // "*Will* unilateralism help (the world)?", "does
                // unilateralism *serve* them?": the auxiliary stands before
                // the subject in a question.
                let fronted =
                    !has_auxiliary && auxiliary_fronted(words, subject_start(words, verb_start));
                // "unilateralism *serves* global interests": a noun that is
                // no adjective or verb right before, and an object after.
                let with_object_frame = || {
                    let noun_before = words[..verb_start]
                        .last()
                        .is_some_and(|before| only_a_noun(before));
                    let object = brought.is_some()
                        || words
                            .get(at + 1)
                            .is_some_and(|next| !super::is_stopword(next));
                    noun_before && object && words[verb_at].ends_with('s')
                };
                let with_object = !has_auxiliary && !no_object;
                if with_object && !fronted && !with_object_frame() {
                    return None;
                }
                let by_negation = negated_before != no_object;
                let stance = match (judged, by_negation) {
                    (side, false) => side,
                    (Stance::For, true) => Stance::Against,
                    (Stance::Against, true) => Stance::For,
                };
                Some(Judgement {
                    stance,
                    verb: word.as_str(),
                    subject,
                    by_negation: negated_before || no_object,
                    with_object,
                })
            })
            .collect()
    }
}

/// A judging adjective after a form of "be" ("trade wars are *good* for
/// some", "are protectionist policies *harmful*?"), with the subject
/// before "be", or between an opening "be" and the adjective in a
/// question; a "not" between them turns the side.
fn predicate_judgement(words: &[String], at: usize, judged: Stance) -> Option<Judgement<'_>> {
    let lexicon = super::Lexicon::embedded();
    if lexicon.can_be_adjective(&words[at]) != Some(true) {
        return None;
    }
    let mut be = at.checked_sub(1)?;
    let mut negated = false;
    while matches!(words[be].as_str(), "not" | "never") || words[be].ends_with("ly") {
        negated |= matches!(words[be].as_str(), "not" | "never");
        be = be.checked_sub(1)?;
    }
    let subject: Vec<&str> = if BE_FORMS.contains(&words[be].as_str()) {
        // "trade wars *can (not) be* good": the subject stands before the
        // modal, and a "not" after it turns the side too.
        let mut subject_end = be;
        while subject_end > 0
            && (MODALS.contains(&words[subject_end - 1].as_str())
                || matches!(words[subject_end - 1].as_str(), "not" | "never"))
        {
            subject_end -= 1;
            negated ^= matches!(words[subject_end].as_str(), "not" | "never");
        }
        subject_before(words, subject_end)
    } else if BE_FORMS.contains(&words.first()?.as_str())
        && words[1..at].iter().all(|w| !BE_FORMS.contains(&w.as_str()))
    {
        // "Are protectionist policies good …?"
        let subject: Vec<&str> = words[1..=be]
            .iter()
            .map(String::as_str)
            .filter(|w| !super::is_stopword(w))
            .collect();
        if subject.len() > MAX_SUBJECT_WORDS {
            return None;
        }
        subject
    } else {
        return None;
    };
    if subject.is_empty() {
        return None;
    }
    let stance = match (judged, negated) {
        (side, false) => side,
        (Stance::For, true) => Stance::Against,
        (Stance::Against, true) => Stance::For,
    };
    Some(Judgement {
        stance,
        verb: words[at].as_str(),
        subject,
        by_negation: negated,
        with_object: false,
    })
}

/// Modal verbs that may stand between a subject and "be".
const MODALS: &[&str] = &[
    "can", "could", "may", "might", "will", "would", "shall", "should", "must",
];

/// Whether a word can only be a noun: no adjective ("*tangible*
/// benefits") and no verb.
fn only_a_noun(word: &str) -> bool {
    let lexicon = super::Lexicon::embedded();
    !super::is_stopword(word)
        && lexicon.can_be_noun(word) == Some(true)
        && lexicon.can_be_adjective(word) != Some(true)
        && lexicon.can_be_verb(word) != Some(true)
}

/// Where the verb group ending at `at` starts, reading back over "not",
/// "never", adverbs in "-ly" and one auxiliary: that start, whether it
/// is negated, and whether it has an auxiliary.
fn verb_frame(words: &[String], at: usize) -> (usize, bool, bool) {
    let mut start = at;
    let mut negated = false;
    while start > 0 {
        let before = words[start - 1].as_str();
        if matches!(before, "not" | "never") {
            negated = true;
        } else if !(before.ends_with("ly") && before.len() > 4) {
            break;
        }
        start -= 1;
    }
    let auxiliary = start
        .checked_sub(1)
        .map(|at| words[at].as_str())
        .filter(|w| AUXILIARIES.contains(w) || NEGATED_AUXILIARIES.contains(w));
    match auxiliary {
        Some(aux) => (
            start - 1,
            negated || NEGATED_AUXILIARIES.contains(&aux),
            true,
        ),
        None => (start, negated, false),
    }
}

/// The content words right before `end`, joined by "and" or "or", back
/// to the first other function word: the subject a verb judges.
fn subject_before(words: &[String], end: usize) -> Vec<&str> {
    words[subject_start(words, end)..end]
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "and" | "or"))
        .collect()
}

/// Where the subject [`subject_before`] reads before `end` starts.
fn subject_start(words: &[String], end: usize) -> usize {
    let taken = words[..end]
        .iter()
        .rev()
        .take(MAX_SUBJECT_WORDS)
        .take_while(|w| matches!(w.as_str(), "and" | "or") || !super::is_stopword(w))
        .count();
    end - taken
}

/// Whether an auxiliary stands right before the subject starting at
/// `start` (after an article, if any), as it does in a question: "*will*
/// unilateralism help", "*does* the platform help".
fn auxiliary_fronted(words: &[String], start: usize) -> bool {
    let mut before = start;
    if before > 0 && matches!(words[before - 1].as_str(), "the" | "a" | "an") {
        before -= 1;
    }
    before
        .checked_sub(1)
        .map(|at| words[at].as_str())
        .is_some_and(|w| AUXILIARIES.contains(&w) || NEGATED_AUXILIARIES.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_curbing_noun_takes_a_side_against_the_word_before_it() {
        let folded =
            |text: &str| -> Vec<String> { text.split_whitespace().map(str::to_string).collect() };
        let words = StanceWords::embedded();
        let centres = folded("they focus on poverty reduction and desertification control");
        let claims = words.claims(&centres);
        assert_eq!(claims.len(), 2, "{claims:?}");
        assert!(claims.iter().all(|claim| claim.0 == Stance::Against));
        assert_eq!(claims[1].2, vec!["desertification"]);
        // A side taken on the pair is that side's, not the noun's.
        let opposed = folded("did they oppose desertification control");
        let claims = words.claims(&opposed);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].2, vec!["desertification", "control"]);
        // After a function word the noun stands alone.
        assert!(words.claims(&folded("the reduction was large")).is_empty());
    }

    #[test]
    fn the_shipped_list_is_valid() {
        assert!(StanceWords::parse(EMBEDDED_STANCE_WORDS).is_ok());
    }

    #[test]
    fn a_word_on_both_sides_or_before_a_side_is_refused() {
        assert_eq!(
            StanceWords::parse("[for]\nback\n[against]\nback\n").err(),
            Some(StanceError::BothSides("back".to_string()))
        );
        assert_eq!(
            StanceWords::parse("back\n").err(),
            Some(HeadedListError::NoSection(1).into())
        );
    }

    #[test]
    fn a_good_verb_with_no_object_judges_its_subject_bad() {
        let folded = super::super::words(
            "He cautioned that trade wars and protectionist policies benefit no one.",
        );
        let judged = StanceWords::embedded().judgements(&folded);
        assert_eq!(
            judged,
            vec![Judgement {
                stance: Stance::Against,
                verb: "benefit",
                subject: vec!["trade", "wars", "protectionist", "policies"],
                by_negation: true,
                with_object: false,
            }]
        );
    }

    /// Each judgement of `text`: its side and its subject's words.
    fn judge(text: &str) -> Vec<(Stance, String)> {
        let folded = super::super::words(text);
        StanceWords::embedded()
            .judgements(&folded)
            .iter()
            .map(|j| (j.stance, j.subject.join(" ")))
            .collect()
    }

    /// Checks that each text judges one subject, with the given stance.
    fn assert_judged(cases: &[(&str, Stance, &str)]) {
        for (text, stance, subject) in cases {
            assert_eq!(judge(text), vec![(*stance, subject.to_string())], "{text}");
        }
    }

    #[test]
    fn a_good_verb_with_an_object_after_a_noun_judges_its_subject() {
        assert_judged(&[
            (
                "did xi argue that unilateralism serves global interests",
                Stance::For,
                "unilateralism",
            ),
            (
                "does unilateralism serve global interests",
                Stance::For,
                "unilateralism",
            ),
        ]);
        // A plural noun after an adjective is no verb.
        assert!(judge("creating tangible benefits for its neighbors").is_empty());
    }

    #[test]
    fn a_particle_after_its_verb_takes_no_side() {
        let words = super::super::words("do they want to cut back cooperation with beijing");
        let claims = StanceWords::embedded().claims(&words);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].0, Stance::Against);
        assert_eq!(claims[0].2, vec!["cooperation"]);
        let backed = super::super::words("do they back cooperation with beijing");
        assert_eq!(StanceWords::embedded().claims(&backed)[0].0, Stance::For);
    }

    #[test]
    fn a_judging_noun_brought_about_judges_the_subject_as_its_verb() {
        assert_judged(&[
            (
                "can hegemonic behaviour bring benefits",
                Stance::For,
                "hegemonic behaviour",
            ),
            (
                "did xi say that unilateralism can bring advantage in the long run",
                Stance::For,
                "unilateralism",
            ),
            (
                "protectionism will not bring benefits",
                Stance::Against,
                "protectionism",
            ),
        ]);
    }

    #[test]
    fn a_judging_verb_after_a_fronted_auxiliary_judges_its_subject() {
        for question in [
            "will unilateralism help",
            "according to xi will unilateralism help the global interests",
            "does unilateralism benefit the world",
            "will the protectionist policies help",
        ] {
            let judged = judge(question);
            assert_eq!(judged.len(), 1, "{question}: {judged:?}");
            assert_eq!(judged[0].0, Stance::For, "{question}");
        }
        assert_eq!(
            judge("will the protectionist policies help")[0].1,
            "protectionist policies"
        );
    }

    #[test]
    fn a_bad_verb_after_an_auxiliary_judges_its_subject() {
        let folded =
            super::super::words("unilateralism and hegemonic behavior will ultimately backfire");
        let judged = StanceWords::embedded().judgements(&folded);
        assert_eq!(judged.len(), 1, "{judged:?}");
        assert_eq!(judged[0].stance, Stance::Against);
        assert_eq!(judged[0].verb, "backfire");
        assert_eq!(
            judged[0].subject,
            vec!["unilateralism", "hegemonic", "behavior"]
        );
        let helps = super::super::words("the new platform will not help exporters");
        let judged = StanceWords::embedded().judgements(&helps);
        assert_eq!(judged.len(), 1, "{judged:?}");
        assert_eq!(judged[0].stance, Stance::Against);
    }

    #[test]
    fn a_judging_adjective_after_be_judges_the_subject() {
        assert_judged(&[
            (
                "trade wars are good for some countries",
                Stance::For,
                "trade wars",
            ),
            (
                "are protectionist policies good for anybody",
                Stance::For,
                "protectionist policies",
            ),
            ("hegemony is not harmful", Stance::For, "hegemony"),
            (
                "trade wars can be good for somebody",
                Stance::For,
                "trade wars",
            ),
            (
                "unilateralism could not be harmful",
                Stance::For,
                "unilateralism",
            ),
        ]);
        // No "be", no predicate: "a good deal" judges nothing.
        assert!(judge("they made a good deal").is_empty());
    }

    #[test]
    fn a_judging_word_used_as_a_noun_judges_nothing() {
        let folded =
            super::super::words("fairness, justice, and mutual benefit must remain central");
        assert!(StanceWords::embedded().judgements(&folded).is_empty());
        let folded = super::super::words("creating tangible benefits for its neighbors");
        assert!(StanceWords::embedded().judgements(&folded).is_empty());
    }

    #[test]
    fn a_list_without_judging_verbs_is_refused() {
        assert_eq!(
            StanceWords::parse("[for]\nback\n[against]\noppose\n").err(),
            Some(HeadedListError::Empty("good").into())
        );
    }

    #[test]
    fn rather_than_takes_a_side_against_what_follows_it() {
        let words = StanceWords::embedded();
        let text: Vec<String> = "advocated building a shared future rather than fostering division"
            .split(' ')
            .map(String::from)
            .collect();
        let claims = words.claims(&text);
        assert!(
            claims
                .iter()
                .any(|(stance, _, targets)| *stance == Stance::Against
                    && targets == &["fostering", "division"]),
            "{claims:?}"
        );
        // "rather" alone takes no side.
        let text: Vec<String> = ["a", "rather", "poetic", "speech"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        assert!(words.claims(&text).is_empty());
    }

    #[test]
    fn against_and_support_take_opposite_sides_on_what_follows() {
        let words = StanceWords::embedded();
        let folded = |text: &str| super::super::words(text);
        let against = folded("did they come out against multilateralism");
        let claims = words.claims(&against);
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].0, Stance::Against);
        assert_eq!(claims[0].2, vec!["multilateralism"]);
        let support = folded("they committed to support multilateralism, and defend justice");
        let sides: Vec<Stance> = words.claims(&support).iter().map(|c| c.0).collect();
        assert_eq!(sides, vec![Stance::For, Stance::For]);
        let passive = folded("were trade wars criticized by xi");
        let claims = words.claims(&passive);
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].0, Stance::Against);
        assert_eq!(claims[0].2, vec!["trade", "wars"]);
        let favour = folded("did he speak in favour of the law of the jungle");
        let claims = words.claims(&favour);
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].2, vec!["law"]);
        // A verb's own preposition leads to what it takes a side on.
        for text in [
            "did they complain about the platform",
            "did they object to the platform",
        ] {
            let folded = folded(text);
            let claims = words.claims(&folded);
            assert_eq!(claims.len(), 1, "{text}");
            assert_eq!(claims[0].0, Stance::Against, "{text}");
            assert_eq!(claims[0].2, vec!["platform"], "{text}");
        }
    }
}
