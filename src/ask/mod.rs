//! Answering a learner's own questions about the article, or saying that
//! the article does not say.
//!
//! Retrieval QA over the curated facts (pure: no gRPC, no I/O):
//! 1. [`analyze`]: the question is folded, typo-corrected against the
//!    article's words, rewritten through a small synonym list and stemmed;
//!    its wh-word gives an [`Intent`] (who → a person, how much → money).
//! 2. [`index`]: every fact is a BM25F document (statement, its paraphrased
//!    questions, its cited sentence); candidates are ranked by BM25F.
//! 3. Each candidate gets a confidence in [0, 1]: the share of the
//!    question's (IDF-weighted) content terms the fact covers, times how
//!    well its answer kind fits the intent, times how much evidence the
//!    matched terms carry. Names the fact must state itself (a word only in
//!    its sentence does not count), and a fact whose answer the question
//!    already contains is not an answer to it.
//! 4. Below [`THRESHOLD`] the asker abstains, says the article doesn't say,
//!    and suggests questions it can answer.
//!
//! This module is the [`Asker`]: it builds the per-fact data once and does
//! steps 3 and 4 (scoring, choosing the facts or abstaining). The rest is
//! one module per concept:
//! - [`analyze`]: folding, typo correction, synonyms and stemming.
//! - [`intent`]: what the wh-word asks for, and how well each answer kind
//!   fits it.
//! - [`index`]: the BM25F index over facts.
//! - [`synonyms`]: the word lists [`analyze`] rewrites through.
//! - `answer_traits`: what a fact's answer span is like (names people,
//!   a location, a time of day, a modifier rather than a noun).
//! - `phrasing`: how replies read: the answer sentence, and the
//!   abstention that echoes the question as a clause and names topics.
//! - `request`: what a question asks beyond its content words: a short
//!   account ("in a sentence or two"), a clause set aside ("apart from
//!   …,"), comparatives that bound an amount, periods placed relative to
//!   now ("next year").
//! - `confirm`: statements put up for confirmation ("…, right?", "I read
//!   that …; is that what the article says?"), read as yes/no questions,
//!   and the last of several questions told from those before it.
//! - `courtesy`: the courtesy wrapped around a question ("could you tell
//!   me …", "am I right in thinking that …", "Mr Xi"), taken off.
//! - `chatter`: sentences that talk to the helper ("… Can you find
//!   it?") and frames that report the question ("the sheet asks …"),
//!   taken off.
//! - `filler`: spoken fillers ("ok so …", "… or nah?", "was it *like*
//!   …"), taken off; a closing "or not" makes a statement yes/no.
//! - `slips`: a question's frame typed together ("whatdid", "onthe") or
//!   with two letters swapped ("teh"), mended before it is read.
//! - `either_side`: a comparison offered both ways ("more or less than
//!   2 billion yuan?"), asked as the yes/no question of one side.
//! - `compound`: two wh-questions joined by "and" ("where was it held
//!   *and which* summit was it?"), asked apart and answered together.
//! - `kinds`: what kind of thing a name is ("is Astana a country or a
//!   city?"), settled by WordNet's sets and cited from the article's
//!   sentence that names it as one.
//! - `compare`: two amounts compared ("which is bigger, the number of
//!   training opportunities or of new centres?"), each side asked as the
//!   count or sum it names.
//! - `described`: a person or place described instead of named ("the
//!   Chinese leader"), read by the name the article's descriptions list
//!   gives it.
//! - `shorthand`: chat shorthand spelled out ("hw many ppl") and a
//!   numbered member of a series named by its ordinal ("summit number
//!   three").
//! - `referent`: what a phrase of the article points at ("what does 'the
//!   region' refer to?"), found where a fact's statement writes it out or
//!   in the sentence a "this" points back to.
//! - `position`: a place in a list asked about ("the *first* area Xi
//!   listed", "which comes *last*?"), answered with the item there.
//! - `topic`: a topic set before the question ("What about Uzbekistan -
//!   was its president there?") folded into it, and an opening that only
//!   names the source ("According to the article, …") dropped, and the
//!   other roundabout ways a question is put: what someone *thinks of*
//!   a thing asked as what they said about it, "what kind of people" as
//!   who.
//!
//! Unknown words weigh the most: a question about "the capital of France"
//! leaves "France" uncovered by every fact, which is exactly what the
//! article not saying looks like.

pub mod analyze;
mod answer_traits;
mod chatter;
mod compare;
mod compound;
mod confirm;
mod counts;
mod courtesy;
mod described;
mod either_side;
mod filler;
pub mod index;
pub mod intent;
mod kinds;
mod meaning;
mod mention;
mod odd_one;
mod phrasing;
mod position;
mod referent;
mod request;
pub mod scoring;
mod shorthand;
mod slips;
mod slots;
mod story;
pub mod synonyms;
mod topic;

#[cfg(test)]
mod eval;
#[cfg(test)]
mod props;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::sync::Arc;

use crate::facts::{AnswerKind, Citation, Fact, FactBase};
use crate::lang::Lexicon;
use crate::lang::stance::{Stance, StanceWords};
use crate::quality::Polarity;

use answer_traits::{
    AnswerTraits, answer_modifiers, is_clock_word, list_items, list_len, modifies_a_verb, ordinals,
    tells_the_time, words_after,
};
use phrasing::Abstention;
use synonyms::AskWords;

pub use analyze::Analyzer;
pub use index::{Field, Index};
pub use intent::Intent;

/// Answers at or above this confidence are given; below it the asker
/// abstains. Chosen on the evaluation set (`eval.rs`), where unanswerable
/// questions score well below it and most answerable ones well above.
pub const THRESHOLD: f64 = 0.5;
/// At most this many facts are cited for one answer.
const MAX_FACTS: usize = 3;
/// At most this many questions are suggested on abstaining.
const MAX_SUGGESTIONS: usize = 4;
/// Evidence saturation: matched IDF mass at which confidence reaches ~63 %
/// of its coverage (one rare word is plenty; "China" alone is not).
const EVIDENCE_SCALE: f64 = 0.8;
/// Words before "name" that say how much of the name is asked for ("the
/// *full* name of the president"), not what it names.
const NAME_PRECISION: &[&str] = &[
    "exact", "full", "complete", "official", "actual", "real", "precise", "proper", "whole",
];

/// Weights of words no fact uses, relative to the highest IDF: an unknown
/// name (capitalised mid-question, or a number) is the surest sign the
/// article does not say; an unknown lower-case word may be a paraphrase;
/// an unknown everyday word ("used", "want") most likely is one.
const UNKNOWN_NAME: f64 = 1.5;
const UNKNOWN_WORD: f64 = 0.7;
const UNKNOWN_GLUE: f64 = 0.15;
/// A light word the article happens to use ("*want*", "*help*", "*make*")
/// says little of what is asked, whichever fact holds it.
const GLUE: f64 = 0.5;
/// The scoring's weights, each with one meaning.
///
/// PARTIAL: the credit of half-evidence. A question word found only in the
/// fact's cited sentence, not in the fact itself, covers half of it (the
/// sentence is context the fact leaves out, but it speaks for its other
/// facts too); a name or the asked-for word found there covers half of
/// that (PARTIAL²): "France" in the sentence does not make a fact about
/// Paris an answer about France's president.
const PARTIAL: f64 = 0.5;

/// The credit of a question word the fact holds only as a WordNet synonym
/// of it ("continue" / "uphold"): synonyms of a word's commonest sense
/// still miss its sense in the question often enough that one alone must
/// not carry a fact.
const LOOSE: f64 = 0.8;
/// MISMATCH: what is left of a fact's fit when it answers another question
/// than the one asked, though its words match: a future fact for what
/// happened, a non-statement for "what did X say?", a list for one of its
/// items, an affirmation for a negated question, a period in another unit,
/// another kind of place, another one of a series ("the *third*
/// summit"). At [`THRESHOLD`] = MISMATCH, one mismatch is enough to
/// abstain. A fact whose answer the question already holds, and whose
/// statement offers nothing new, keeps MISMATCH².
const MISMATCH: f64 = 0.5;

/// The most words of options set off after a question ("…, presidents or
/// prime ministers?"): longer, the tail is a clause of its own.
const MOST_OPTION_TAIL_WORDS: usize = 6;
/// The fit of a fact whose answer the question already holds, when its
/// statement still offers something of the kind asked for ("Who called
/// for accelerating Salt and Pepper projects?" → "Xi called for …"):
/// just above [`MISMATCH`], so only full coverage and evidence carry it.
const CONTAINED: f64 = 0.65;
/// RERANK: one re-ranking step, a tenth of the confidence scale. Hints
/// (the question points at the answer: its asked noun or unit is in it,
/// "what kind of X" before X), penalties (the question echoes part of the
/// answer, asks in the past tense about a future fact, leaves the fact's
/// subject unnamed) and BM25F move candidates by at most this much: they
/// reorder near-ties and never turn an abstention into an answer.
const RERANK: f64 = 0.1;

/// The most words between the act a how-question asks about and the
/// "through" that gives its means in a sentence.
const MAX_MEANS_DISTANCE: usize = 6;

/// The most words of a means read from a sentence.
const MAX_MEANS_WORDS: usize = 8;

/// How sure a reply naming what a phrase stands for is: a statement of
/// the article wrote it out, or the article points back to it.
const REFERENT_CONFIDENCE: f64 = 0.9;

/// What "what is X about?" asks for: what X commits to, focuses on or is
/// for. Weighs [`PARTIAL`], so it only breaks ties among facts about X.
const CONTENT_TERMS: &[&str] = &["commit", "focus", "intend", "promote"];
/// A sentence answer's fit: below a fact's, so a fact that covers the
/// question as well is preferred.
const SENTENCE_FIT: f64 = 0.8;
/// The least weight of the question word that only the sentence holds: a
/// glue word ("gave") is no evidence that the sentence is the answer.
const SENTENCE_ONLY_MIN_WEIGHT: f64 = 1.0;
/// Weight from which a question word the statement leaves out keeps a
/// yes/no question from being confirmed: content words, not glue.
const UNSETTLED_MIN_WEIGHT: f64 = 1.0;
/// How much less confident a fuller answer may be and still replace the
/// best one ([`Asker::prefer_fuller`]): only a tie.
const FULLER_TIE: f64 = 0.02;
/// Verbs that make a statement a report of what someone said or thought:
/// what a "what did X say?" question asks for.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "stressed",
    "urged",
    "reaffirmed",
    "reaffirming",
    "called",
    "suggested",
    "cautioned",
    "advocated",
    "proposed",
    "listed",
    "emphasized",
    "emphasised",
    "credited",
    "argued",
    "arguing",
    "highlighted",
    "warned",
    "praised",
    "noted",
    "described",
    "pledged",
    "expressed",
    "stated",
    "declared",
    "agreed",
    "vowed",
    "committed",
    "acknowledged",
    "affirmed",
    "reiterated",
    "insisted",
    "observed",
    "mentioned",
    "remarked",
    "welcomed",
    "hailed",
    "recognized",
    // "According to the headline, …" reports what the headline says.
    "according",
];
/// Words that ask for particular members of a kind, not the kind ("which
/// *specific* projects").
const SPECIFICITY_WORDS: &[&str] = &["specific", "specifically", "exactly", "precisely"];
/// Words that add what follows them to a "how many" count ("how many
/// presidents, *including* Xi?").
const COUNT_INCLUDING: &[&str] = &["including", "incl", "inc", "counting", "plus"];
/// Nouns that ask for a subject matter and name none: "which *topic*",
/// "what *fields*".
const SUBJECT_MATTER_NOUNS: &[&str] = &[
    "topic", "topics", "subject", "subjects", "theme", "themes", "field", "fields", "matter",
    "matters", "area", "areas", "issue", "issues", "domain", "domains", "sector", "sectors",
    "sphere", "spheres",
];
/// What a yes/no claim settled by counting a list's items keeps of its
/// confidence: just less than a fact that states the number.
const ITEM_COUNT_TIEBREAK: f64 = 0.98;
/// Nouns a "how many" question counts a list's items with, whatever they
/// are: "how many *things* was the spirit based on?".
const GENERIC_COUNTED: &[&str] = &[
    "things", "elements", "items", "points", "aspects", "factors",
];
/// Words that only say a "how many" count is whole ("how many *in
/// total*?"), which every count is.
const COUNT_SCOPES: &[&str] = &["total", "altogether", "overall", "combined", "together"];

/// Whether the word at `at` adds what follows it to a count: "including",
/// "plus", or "count" after who counts ("if you *count* Xi").
fn adds_to_count(words: &[analyze::Word], at: usize) -> bool {
    const COUNTERS: &[&str] = &["you", "we", "i", "one"];
    let word = words[at].text.as_str();
    COUNT_INCLUDING.contains(&word)
        || (word == "count" && at > 0 && COUNTERS.contains(&words[at - 1].text.as_str()))
}

/// Verbs of a "what did X say/think/propose?" question.
const SAY_VERBS: &[&str] = &[
    "say",
    "said",
    "says",
    "think",
    "thinks",
    "thought",
    "propose",
    "proposed",
    "proposes",
    "suggest",
    "suggested",
    "suggests",
    "argue",
    "argued",
    "claim",
    "claimed",
    "believe",
    "believed",
    "state",
    "stated",
    "speak",
    "speaks",
    "spoke",
    "spoken",
    // "Was Xi *saying* that …?"
    "saying",
    "thinking",
    "proposing",
    "suggesting",
    "arguing",
    "claiming",
    "stating",
    "speaking",
];
/// Verbs that ask how someone described a thing: "how did the leaders
/// *describe* the grant?".
const DESCRIBING_VERBS: &[&str] = &[
    "describe",
    "call",
    "characterize",
    "characterise",
    "portray",
];

/// Words that turn a "not" before them into an addition: "not *just*
/// unilateralism" means "unilateralism too".
const NOT_ONLY: &[&str] = &["just", "only", "merely", "simply", "solely"];
/// Words that negate: a question holding one is answered only by a fact
/// that negates too ("benefit *no one*", "*not* to revert").
const NEGATIONS: &[&str] = &[
    "no", "not", "never", "nobody", "none", "nothing", "nor", "neither", "noone", "didnt",
    "doesnt", "dont", "isnt", "wasnt", "arent", "werent", "cannot", "cant", "wont", "shouldnt",
    "hasnt", "havent", "hadnt", "wouldnt", "couldnt",
    // The prefix of "non-binding", split off by the hyphen.
    "non",
];
/// Negated auxiliaries a question may open with ("*didn't* Xi …"), folded.
const NEGATED_OPENERS: &[&str] = &[
    "didnt", "doesnt", "dont", "isnt", "wasnt", "arent", "werent", "wont", "cant", "hasnt",
    "havent", "hadnt", "wouldnt", "couldnt", "shouldnt",
];
/// Words that quantify over no one: "benefit *no one*".
const NO_ONE: &[&str] = &["nobody", "none", "noone", "nothing"];
/// Words that quantify over some or all: "help *some* countries",
/// "*anyone*".
const SOME: &[&str] = &["some", "any", "many", "most", "all", "every", "certain"];
/// Indefinite pronouns: they stand for someone or something unnamed.
const SOMEONE: &[&str] = &[
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "anything",
    "something",
];
/// Words that restrict a claim to what it names: "is it *only* short-term?"
/// is answered "no" by a fact that says nothing of the kind.
const RESTRICTIONS: &[&str] = &["only", "merely", "solely", "exclusively"];
/// Words that claim something happens once more ("offered *again*"): only
/// a fact that says so settles it.
const REPETITIONS: &[&str] = &["again", "anew"];
/// Words that claim a share of a whole ("*most of* the grant", "*half
/// of* the places") (general English).
const SHARES: &[&str] = &[
    "most",
    "half",
    "majority",
    "bulk",
    "share",
    "proportion",
    "percent",
];
/// Kinds too general to say what a question asks for: everything is an
/// entity.
const TOP_KINDS: &[&str] = &["entity", "abstraction", "thing", "object", "whole"];
/// Time units, for "how many decades" against an answer in years.
const TIME_UNITS: &[&str] = &[
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
];
/// Verbs whose object is a coming event: "what did they *agree*?" is
/// answered by "China would host the third summit".
const PLEDGE_VERBS: &[&str] = &[
    "agree",
    "agreed",
    "decide",
    "decided",
    "promise",
    "promised",
    "pledge",
    "pledged",
    "plan",
    "planned",
    "commit",
    "committed",
    "announce",
    "announced",
    "vow",
    "vowed",
    "warn",
    "warned",
    "expect",
    "expected",
    "intend",
    "intended",
];
/// Words that place something in a series relative to another ("the
/// *previous* summit"): like an ordinal, one the article never uses names
/// another one of the series than the article's.
const SERIES_WORDS: &[&str] = &["previous", "prior", "preceding", "former", "earlier"];
/// Verbs of sharing something out ("divided *among* the countries").
const SPLITTING_VERBS: &[&str] = &[
    "divided",
    "divide",
    "split",
    "shared",
    "share",
    "allocated",
    "allocate",
    "distributed",
    "distribute",
    "apportioned",
    "spread",
];

/// Whether a how-question asks how something is shared out among several
/// ("how will the grant be *divided among* the five countries?"): only a
/// fact that gives each one's share answers it.
fn asks_how_it_is_split(intent: Intent, folded: &[&str]) -> bool {
    intent == Intent::How
        && folded.windows(2).any(|pair| {
            SPLITTING_VERBS.contains(&pair[0]) && matches!(pair[1], "among" | "amongst" | "between")
        })
}

/// Whether the question points at the event the article reports with a
/// pronoun: "which summit *was this* — the first, second or third?",
/// "which summit *was it*: …", "what is this?". That event has happened;
/// a fact about a future one does not answer it.
fn points_at_the_reported_event(folded: &[&str]) -> bool {
    // "… was this *— first*, second or third?": the options may follow
    // without their article.
    let pronoun_after_be = |at: usize| {
        at > 0
            && matches!(folded[at - 1], "was" | "is")
            && match folded.get(at + 1).copied() {
                None | Some("the" | "a" | "an" | "one") => true,
                Some(next) => crate::numbers::parse_ordinal(next).is_some(),
            }
    };
    folded
        .iter()
        .enumerate()
        .any(|(at, w)| matches!(*w, "this" | "it") && pronoun_after_be(at))
}

/// Determiners that take the count after them as given ("*the* three
/// centres", "*its* five neighbours").
const DEFINITE_DETERMINERS: &[&str] = &["the", "these", "those", "its", "their", "all"];
/// Words that place one of a series relative to now ("the *next* one"),
/// which an ordinal right after them restates.
const DEICTIC_SERIES_WORDS: &[&str] = &[
    "next",
    "upcoming",
    "coming",
    "following",
    "previous",
    "prior",
    "preceding",
    "last",
];
/// Words that ask what something is for ("what is the treaty *meant* to
/// do?", "its two *aims*"): a fact that tells a purpose answers them.
const PURPOSE_WORDS: &[&str] = &[
    "purpose",
    "purposes",
    "spend",
    "spends",
    "spent",
    "spending",
    "aim",
    "aims",
    "aimed",
    "goal",
    "goals",
    "meant",
    "intended",
    "designed",
    "objective",
    "objectives",
    "intention",
];
/// Verbs that ask what something was called ("how did they *describe*
/// China?"): the answer is what follows that thing in the statement.
const DESCRIBE_VERBS: &[&str] = &[
    "describe",
    "described",
    "call",
    "called",
    "label",
    "labelled",
    "labeled",
    "characterize",
    "characterise",
    "characterized",
    "characterised",
    "portray",
    "portrayed",
];
/// Words that share an amount out ("how many will *each* country get?"):
/// a fact that gives only the whole does not say the share.
const DISTRIBUTIVES: &[&str] = &["each", "per", "apiece", "every", "individually"];

/// Words that ask for a side when followed by what it is on ("their
/// *position on* …", "where do they *stand on* …"); "stance" on its own.
const STANCE_ASKING: &[&str] = &[
    "stance",
    "stances",
    "stand",
    "stands",
    "stood",
    "position",
    "positions",
    "attitude",
    "attitudes",
];

/// Whether a question asks which side someone takes: "stance", or a word
/// of [`STANCE_ASKING`] before "on", "towards", "regarding" …: "what
/// *position* does Central Asia hold" asks for a standing, not a side.
fn asks_stance(folded: &[&str]) -> bool {
    folded.iter().enumerate().any(|(at, word)| {
        matches!(*word, "stance" | "stances")
            || (STANCE_ASKING.contains(word)
                && folded.get(at + 1).is_some_and(|next| {
                    matches!(
                        *next,
                        "on" | "towards" | "toward" | "regarding" | "concerning" | "about"
                    )
                }))
    })
}

/// Words that make a past-tense question about a coming event ("where
/// did they agree the *next* summit would be?").
const FUTURE_WORDS: &[&str] = &[
    "next", "future", "upcoming", "coming", "later", "will", "would",
];

/// The reply to one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// Whether the article answers the question.
    pub answered: bool,
    /// A full sentence: the answer phrased from the best fact, or why there
    /// is none.
    pub answer: String,
    /// How sure the match is, in [0, 1].
    pub confidence: f64,
    /// The sentences the answer comes from; empty when not answered.
    pub citations: Vec<Citation>,
    /// The facts the answer comes from, best first; empty when not answered.
    pub fact_ids: Vec<String>,
    /// Questions the article can answer; only when not answered.
    pub suggestions: Vec<String>,
}

/// One content term of a question.
#[derive(Debug, Clone)]
struct QueryTerm {
    term: String,
    /// Article terms the word may stand for besides its own
    /// (related words, WordNet families and synonyms): any of them covers it.
    alternatives: Vec<String>,
    /// The alternatives reached only through a WordNet synonym of the
    /// word, not its own family ("continue" → "uphold"): a match resting
    /// on one of them alone says less than the word itself.
    loose: Vec<String>,
    /// The word is a noun right after "a" or "an": what a yes/no question
    /// says something is ("is the grant *a loan*?").
    predicate: bool,
    /// IDF, boosted for unknown names.
    weight: f64,
    /// A name or number, or the word the question asks about: only the
    /// fact's own text covers it fully.
    name: bool,
    /// The question's word can be an adjective ("a *low* priority").
    adjective: bool,
    /// The word comes right after the previous term's word ("low
    /// *priority*"), no stopword between.
    adjacent: bool,
    /// What every candidate fact is judged against, read once per question
    /// rather than once per fact.
    known: TermTraits,
    /// Per fact (by document), the fields that hold the term or one of its
    /// alternatives: [`Asker::fields_with`] read from the index once per
    /// question instead of once per check. Empty until
    /// [`Asker::query_terms`] fills it.
    held: Vec<[bool; 3]>,
}

/// A query term's traits that do not depend on the fact it is judged
/// against.
#[derive(Debug, Clone, Copy, Default)]
struct TermTraits {
    /// The value the term spells out as a number word ("three" → 3).
    number_word: Option<f64>,
    /// The index's IDF of the term.
    idf: f64,
    /// A name the article only ever writes capitalised.
    proper: bool,
    /// The question's word can be a verb.
    verb: bool,
    /// … but stands where a noun stands ("the five Central Asian
    /// *states*"), so missing it misses no action.
    noun_here: bool,
}

/// A question, analysed.
#[derive(Debug)]
struct Query {
    intent: Intent,
    /// The noun after "whose" ("*whose interests* …?"): an answer that
    /// names them ("global interests") says whose.
    whose: Option<String>,
    /// The preposition that closes the question ("who do they want to
    /// deepen cooperation *with*?"): the answer stands after it.
    closing_preposition: Option<String>,
    /// "Which countries …": a list fits best.
    several: bool,
    /// The WordNet sets the question's plural nouns name ("countries",
    /// "nations": country): what a question asking for several wants the
    /// members of.
    asked_sets: Vec<String>,
    /// The terms of the wh-phrase of "which *specific* livelihood
    /// projects …": it asks for members of that kind, so an answer that is
    /// the kind itself ("livelihood and development projects") or an
    /// amount names none. Empty when no such word asks it.
    specific_kind: HashSet<String>,
    /// The term of the noun a what/which question asks about.
    asked: Option<String>,
    /// The term of the verb whose subject a "what" asks for ("what was
    /// *growing*", "what *drives* …"): a fact whose answer that verb
    /// follows ("global uncertainty *grows*") names the thing asked.
    subject_verb: Option<String>,
    /// "What do *they* want …?": several act, not one person.
    they_act: bool,
    /// "What did *China and Central Asia* sign?": the terms of who does
    /// it, before the verb after a do-auxiliary, and the verb's term.
    doer: Option<(HashSet<String>, String)>,
    /// The term of N in "what *kind of* N …" (its head: "community" of
    /// "regional community"): the answer is a kind of N, which a fact
    /// that never names N does not give.
    kind_noun: Option<String>,
    /// The asked noun follows "which"/"what" with only modifiers between
    /// ("*which green minerals* …"), not after a verb ("what *is* the
    /// grant meant for?").
    asked_after_wh: bool,
    /// "What kind of …": the answer is a modifier.
    kind_of: bool,
    /// The asked noun names a kind of place ("which *city*").
    asked_place: bool,
    /// The ordinals the question names ("the *third* summit").
    ordinals: HashSet<u64>,
    /// An ordinal of the question stands before the word it orders ("the
    /// *first* summit"), not set off as an adverb ("mentioned *first*,").
    ordinal_modifies: bool,
    /// An ordinal is offered against another place in the series ("the
    /// first summit *or a later one*?").
    ordinal_offered: bool,
    /// "What did Xi say about …", "tell me about …": the statement is the
    /// answer, not a span of it.
    about: bool,
    /// "Tell me about the treaty": a request for what the article says of
    /// a topic, which the fullest of the facts that tie on it answers.
    overview: bool,
    /// Asks the asker's own opinion ("do you think …", "in your view"),
    /// which no fact holds, however many of its words match.
    opinion: bool,
    /// Asked in the past tense ("where did they meet?"): a fact about what
    /// will happen ("China would host the third summit") fits less.
    past: bool,
    /// Asked about what happened or what is, naming no coming event
    /// ("where *did* the leaders *meet*?", "where *is* the summit?", not
    /// "where did they agree the *next* summit would be?" nor "who *is
    /// hosting* it?"): a future fact does not answer it.
    not_future: bool,
    /// "What did X say/think/propose?": a reported statement answers.
    says: bool,
    /// It asks what happens under a condition ("what happens *if* one
    /// side breaks the treaty?"): only a fact stating a condition answers.
    conditional: bool,
    /// The verb a "how" question closes on ("how will the centre be
    /// *funded*?"): a fact that never does it cannot say how it is done.
    how_verb: Option<String>,
    /// It says someone acted alone ("did Xi sign it *on his own*?"): a
    /// group acting settles that with "no".
    alone: bool,
    /// The thing whose name is asked for ("what is *the name of the
    /// treaty*?"): a name of a thing holds its noun ("the Astana
    /// *Declaration*"), unless it names a person or a place.
    name_of: Option<String>,
    /// The question negates ("what benefits *no one*?"), beyond a negated
    /// auxiliary it opens with ("*Didn't* Xi oppose …?"), which asks to
    /// confirm as "Did Xi oppose …?" does.
    negated: bool,
    /// Its negation is what a judgement of its own turns on ("did Xi say
    /// trade wars benefit *no one*?"): the side it takes says it all.
    judged_by_negation: bool,
    /// The time units the question asks in ("how many *decades*").
    units: HashSet<String>,
    /// The noun of subject matter the question asks for ([`QueryTerms`]).
    subject_matter: Option<String>,
    terms: Vec<QueryTerm>,
    /// Every term of the question, stopwords included (stemmed), to tell
    /// whether it already contains a fact's answer.
    all_terms: HashSet<String>,
    /// The terms of the question written only inside a hyphenated name the
    /// article uses ("*China*-Central Asia Summit"): part of that name, so
    /// they name no answer on their own ("who will host the third
    /// China-Central Asia Summit?" of "China").
    name_parts: HashSet<String>,
    /// What kind of thing the question asks for (see [`slots`]).
    asks: slots::Asks,
    /// Lexicon family keys of the content words, by index term.
    term_keys: HashMap<String, Vec<String>>,
    /// What the lexicon says of each content term's word.
    term_facts: HashMap<String, slots::TermFacts>,
    /// The noun a what/which question asks about, as typed (folded).
    asked_word: Option<String>,
    /// The terms of the question's ordinal words ("first"): a fact about
    /// one of a series covers them, agreeing or not.
    ordinal_terms: HashSet<String>,
    /// The question restricts ("*only* short-term?"): a fact that does not
    /// restrict too settles a yes/no question with "no".
    restrictive: bool,
    /// A yes/no question claims it happens again ("be offered *again*?"):
    /// a fact that says nothing of a repeat leaves it open.
    repeats: bool,
    /// It asks who or what does it *next* ("who will sign the treaty
    /// next?"), "next" closing a clause: a fact that tells of a past act
    /// tells of this time, not the next.
    next_time: bool,
    /// A yes/no question claims a share of a whole ("is *most of* the
    /// grant going to …?"): a fact that tells of no share leaves it open.
    claims_share: bool,
    /// A where-question asks where something comes *from* ("where are the
    /// professionals from?"): a fact that gives the thing's origin answers.
    asks_origin: bool,
    /// A how-long question asks how long something *took* ("how long did
    /// it take to negotiate …?"): how long a thing lasts is no answer.
    asks_time_taken: bool,
    /// The place a where-question asks inside ("where *in Astana* was it
    /// held?"): only a place the data puts within it answers, never the
    /// place itself or the country around it.
    asks_within: Option<String>,
    /// The terms of a yes/no question's claim that something lasts a
    /// bounded time ("only for a *few years*?", "will it *expire*?"): a
    /// fact that says it lasts for good denies them.
    bounded_terms: HashSet<String>,
    /// The terms of options the question offers ("the first *or* the
    /// second?"): a fact whose answer is one of them answers it.
    choices: HashSet<String>,
    /// A yes/no question that offers options ("is it growing *or*
    /// shrinking?"): it asks which, so its reply names one and says no
    /// "Yes", and a fact that misses its subject cannot choose.
    chooses: bool,
    /// Each option offered, with the words that say it: a statement
    /// holding exactly one ("uncertainty *grows*" for "increasing or
    /// decreasing?") chooses it, and the reply opens with it.
    options: Vec<ChoiceOption>,
    /// Options of several words ("split apart or move forward together"):
    /// a fact saying one need not hold the other's words.
    option_runs: Option<OptionRuns>,
    /// What a yes/no question asks whether the article mentions ("did they
    /// talk about *Russia*?"), as the learner wrote it, when the article
    /// names none of its words nor anything the lexicon relates to them:
    /// the answer is then "No", from the article itself.
    unmentioned: Option<String>,
    /// A yes/no question asks whether the article mentions something: any
    /// fact naming it says yes.
    asks_mention: bool,
    /// Who a mention question asks to have mentioned the thing ("did *Xi*
    /// talk about …"), as terms: a fact whose statement does not name them
    /// (or a country they lead) does not say they did.
    mention_subject: Vec<String>,
    /// Who a wh-question asks to have described or called something
    /// ("how did *the Central Asian leaders* describe the grant?"), as
    /// terms: a fact whose statement does not name them tells another's
    /// words, or none.
    describer: Vec<String>,
    /// It asks for a side ("where do they *stand on* …", "their
    /// *stance*"): a fact that takes none does not answer.
    asks_stance: bool,
    /// The term of the verb whose doer a wh-question asks for ("what is
    /// *growing*?"): a fact whose statement lacks it, holding it only in
    /// the rest of its sentence, answers for another clause.
    doer_verb: Option<String>,
    /// The terms of the words of a wh-question that take a side ("which
    /// policies did Xi *criticise*?"): a fact taking that side holds them.
    side_terms: HashMap<String, Stance>,
    /// The place a yes/no question puts what it asks about ("was the
    /// summit *in China*?"): only a fact that locates it settles that.
    claimed_location: Option<String>,
    /// The terms of a place named before a thing the article places there
    /// ("the *Astana* summit"): the phrase names the thing, so a fact
    /// about it that leaves the place out misses no name.
    place_modifier_terms: HashSet<String>,
    /// The terms of the places any question puts something in or at
    /// ("which leader attended the summit *in Kazakhstan*?").
    placed_terms: HashSet<String>,
    /// The terms of names that own a thing in the question ("*China's*
    /// grant", "*Chinese* yuan"): a fact the country's leader acts in
    /// holds them.
    owner_terms: HashSet<String>,
    /// Its names of two or more capitalized words, as terms in order
    /// ("China-Central Asia" → china, central, asia).
    name_runs: Vec<Vec<String>>,
    /// It asks where something happened ("*in* which country was it
    /// signed?", "where"), not who did it.
    locative: bool,
    /// A yes/no question with a follow-up ("Was a declaration signed,
    /// *and what was it called*?"): the follow-up is answered, and a fact
    /// that answers it confirms the first part.
    confirms: bool,
    /// Its choice is left open ("the first *or some other*?"): an answer
    /// need not be one of the options.
    open_choice: bool,
    /// Asked about what will happen ("which summit *will* China host?"),
    /// not what did: a fact about the past fits less.
    future: bool,
    /// A yes/no question asking whether something is done ("*has* the
    /// third summit *already* taken place?", "*did* China host the third
    /// summit?"), with no word of the future or of a plan.
    asks_if_done: bool,
    /// It asks for a share ("how many will *each* country get?").
    distributive: bool,
    /// The phrases of the article's polarity lists a yes/no question
    /// claims ("is it *a low priority*?"), by tone, with their terms: a
    /// fact of the other tone that shares a term settles it with "no".
    tones: Vec<(Polarity, HashSet<String>)>,
    /// It names one of a series by an ordinal or series word the article
    /// never uses ("at the *first* summit", "the *previous* one"): no fact
    /// is about that one.
    other_in_series: bool,
    /// "Which one *in the series* was it?": only a fact whose answer is
    /// an ordinal tells a place in a series.
    asks_place_in_series: bool,
    /// "Which *of the five* countries …?": how many the group the question
    /// picks from holds. A list of them all picks none of them.
    picks_from: Option<usize>,
    /// "Which country trades *the most* …?", "which is *the richest*?":
    /// a measure only a fact that ranks things answers.
    superlative: Option<Vec<String>>,
    /// The amount a yes/no question claims ("worth *more than 200 million
    /// US dollars*?"), to be compared with the article's.
    claimed: Option<crate::numbers::Quantity>,
    /// The years it names ("held *in 2027*?"): a date, which only a fact
    /// that gives a year settles, not a count of the answer's kind.
    years: HashSet<String>,
    /// The terms of counts it takes as given ("one of *the three*
    /// centres"): a fact whose sentence holds them need not state them.
    presupposed_counts: HashSet<String>,
    /// The terms a "how many" question adds to the count ("how many
    /// presidents, *including Xi*?"): a fact that names them apart from
    /// what it counts answers with its count plus theirs.
    included: Vec<String>,
    /// The periods it places relative to now ("*next year*"): a fact about
    /// another one ("this year") does not answer it, and settles a yes/no
    /// question with "no".
    periods: Vec<request::Period>,
    /// It asks for a short account ("in a sentence or two, …"): the
    /// fact's sentence is the reply.
    summary: bool,
    /// The terms of what it sets aside ("what else, *apart from the
    /// centres*"), less its own: a fact that states them is about what is
    /// excluded.
    aside: HashSet<String>,
    /// The terms of its verbs of saying ("did Xi *argue* that …"): a fact
    /// that reports what was said covers them.
    saying: HashSet<String>,
    /// The terms of what it quantifies ("*some countries*", "*anyone*"):
    /// a fact that says "no one" covers them, and settles the question.
    quantified: HashSet<String>,
    /// The order it claims between the fact's one of a series and the
    /// one it names: "was it signed *before* the third summit?" claims
    /// the fact's ordinal is less than three.
    order: Option<std::cmp::Ordering>,
    /// The order it claims of the one of a series it names against the
    /// fact's event, when every ordinal stands before the order word:
    /// "was there a *first* summit *before* this one?", "did the first
    /// summit happen before the treaty was signed?" set the named one
    /// against what the fact reports, not the fact's against it.
    named_one_order: Option<std::cmp::Ordering>,
    /// The terms of the amount a yes/no question claims ("more than *18
    /// months*"): a fact with an amount to compare covers them, in
    /// whatever unit it gives it ("two years").
    claim_terms: HashSet<String>,
    /// The sums and spans a yes/no question states besides its claim
    /// ("the 1.5 billion yuan, spent *over ten years*?"): a fact that
    /// does not state each of them cannot confirm the question.
    stated_amounts: Vec<crate::numbers::Quantity>,
    /// The nouns the claimed amount counts ("more than three
    /// *presidents*"): only a fact counting the same things settles it.
    claimed_nouns: Vec<String>,
    /// The counts the question gives, with what each counts: a fact
    /// whose same number counts something else does not cover the number.
    counts: Vec<counts::Count>,
    /// What a "how many" question counts ("how many other *presidents*"):
    /// a fact whose answer counts other things ("three centers") does not
    /// answer it.
    counted: Vec<String>,
    /// The sides the question takes ("come out *against*
    /// multilateralism"): the stance, the term of its word and the terms
    /// it takes a side on.
    stances: Vec<Side>,
    /// Sides a yes/no question takes by a verb with an object
    /// ("unilateralism *serves* global interests"): read only against a
    /// fact that judges the same subject ([`Asker::judged_side`]).
    object_judgements: Vec<Side>,
    /// The terms of the acts it says someone proposed or pledged ("did
    /// Xi propose *scrapping* it?"): that is the claim, so a fact that
    /// does not hold the act cannot confirm it.
    proposed_acts: HashSet<String>,
    /// The terms of words a yes/no question puts as things among others
    /// ("name *coal* as one of …", "*pipelines* among …"): nouns there,
    /// whatever verb the dictionary also spells the same.
    named_as_items: HashSet<String>,
    /// Its adjectives the article never uses, with nothing of their
    /// meaning in it either, right before another word ("*military*
    /// projects"): a claim no fact confirms.
    unknown_modifiers: HashSet<String>,
    /// It asks what something is for ("what is it *meant* to do?").
    purpose: bool,
    /// The term of what it asks to be described ("how did they describe
    /// *China*?").
    described: Option<String>,
    /// The terms of its purpose words ("*aims*"), which a fact telling a
    /// purpose covers.
    purpose_terms: HashSet<String>,
    /// The terms of the name a "who/what is X?" question asks to have
    /// described ("who is *Xi*?"): a fact that describes it answers with
    /// its statement, and a fact whose answer is another thing named
    /// after it ("the *Astana* Declaration" of Astana) does not.
    defines: Option<HashSet<String>>,
    /// Where the things it names come from ("*Chinese* professionals"):
    /// the noun's term and the place terms.
    origins: Vec<Origin>,
    /// Names that only say whose people the question means ("the
    /// president *of Uzbekistan*", "*Uzbekistan's* president"): the
    /// person, not the place, takes part, so the name is no rival to a
    /// fact's place answer.
    whose_people: HashSet<String>,
    /// The noun phrase naming the group a yes/no question asks membership
    /// of ("among the *topics* of the centers", "part of the *planned
    /// focus*"): the learner's label for the fact's list, no claim of its
    /// own.
    group_labels: HashSet<String>,
    /// What a membership question says of the member after the group's
    /// label ("one of the new centres *about medicine*"): its claim, which
    /// the fact must hold.
    group_claims: HashSet<String>,
}

/// [`Query::group_labels`] and [`Query::group_claims`] of a question's
/// words (`terms` by position): the labels are those after "among", "part
/// of" or "one of" and a determiner, up to the first word that ends a noun
/// phrase; the claims are the words after that, when it is a preposition
/// saying what the member is about or for.
fn group_labels(words: &[analyze::Word], terms: &[String]) -> (HashSet<String>, HashSet<String>) {
    let text = |at: usize| words.get(at).map_or("", |w| w.text.as_str());
    let Some(mut at) = (0..words.len()).find_map(|at| match text(at) {
        "among" | "amongst" => Some(at + 1),
        "part" | "one" if text(at + 1) == "of" => Some(at + 2),
        _ => None,
    }) else {
        return (HashSet::new(), HashSet::new());
    };
    while matches!(
        text(at),
        "the" | "its" | "their" | "these" | "those" | "his"
    ) {
        at += 1;
    }
    let mut labels = HashSet::new();
    while at < words.len() && !GROUP_LABEL_ENDS.contains(&text(at)) {
        if let Some(term) = terms.get(at) {
            labels.insert(term.clone());
        }
        at += 1;
    }
    let claims = if matches!(text(at), "about" | "for" | "on") {
        terms
            .get(at + 1..)
            .unwrap_or_default()
            .iter()
            .cloned()
            .collect()
    } else {
        HashSet::new()
    };
    (labels, claims)
}

/// Words that end the phrase naming a group ("the topics *of* the
/// centers", "the areas *that* Xi proposed").
const GROUP_LABEL_ENDS: &[&str] = &[
    "of", "that", "which", "who", "for", "about", "in", "on", "at", "by", "with", "to", "from",
    "and", "or", "did", "does", "do", "is", "are", "was", "were", "will",
];

/// A noun and the place its things come from: "*Chinese* professionals",
/// "professionals *from Central Asia*" (terms).
#[derive(Debug, Clone, PartialEq)]
struct Origin {
    noun: String,
    places: Vec<String>,
}

impl Query {
    /// The terms BM25F scores facts on: each term and its alternatives.
    fn scored_terms(&self) -> index::QueryTerms {
        self.terms
            .iter()
            .flat_map(|t| std::iter::once(&t.term).chain(&t.alternatives))
            .cloned()
            .collect()
    }
}

/// What [`Asker::query_terms`] needs to know of the question besides its
/// words.
struct TermContext<'a> {
    intent: Intent,
    /// The noun of "what *type* of …", left out unless the article uses it.
    type_noun: Option<&'a str>,
    /// The question claims a duration, so its period nouns are the claim's.
    claimed_duration: bool,
    /// Each word's lexicon alternatives, and whether each is a synonym only.
    lexical: &'a HashMap<String, Vec<(String, bool)>>,
    /// The asked noun's head, as telling as a name.
    asked_head: Option<&'a str>,
    /// "What is X about?": a term of what a fact commits to or is for.
    content_about: bool,
    term_facts: &'a HashMap<String, slots::TermFacts>,
    /// "Where do they *stand on* …?", "their *stance*": the words asking
    /// for a side are no content a fact must hold.
    asks_stance: bool,
    /// "Did they *talk about* …?": the verb asking whether something came
    /// up is no content a fact must hold.
    asks_mention: bool,
    /// The country after a city the article never names ("in Tashkent,
    /// *Uzbekistan*"): it only locates the city, which settles the claim.
    locating: &'a [String],
}

/// The coverage of a fact that holds every weighted word of a question.
const FULL_COVERAGE: f64 = 0.999;

/// The fit of a fact whose statement, not its answer span, holds the
/// one option a question offers.
const STATED_OPTION_FIT: f64 = 0.9;
/// The fit of a fact whose statement names a group, for a question asking
/// which members ([`Asker::group_asked`]): below a list naming them.
const GROUP_FIT: f64 = 0.85;

/// One option a question offers ("increasing *or* decreasing?").
#[derive(Debug, Clone)]
struct ChoiceOption {
    term: String,
    /// The option as the learner wrote it (folded, a name capitalised),
    /// for the reply: the word and the rest of a name it opens ("Central
    /// Asia").
    word: String,
    /// The preposition the question puts before the option ("*in*
    /// Chinese or *in* English"): a fact holds the option in that role
    /// only after the same preposition.
    preposition: Option<String>,
    /// Its family and WordNet alternatives ("increasing": "grow").
    alternatives: Vec<String>,
}

/// The question's terms and what reading them found.
struct QueryTerms {
    terms: Vec<QueryTerm>,
    /// The terms that are ordinals.
    ordinal_terms: HashSet<String>,
    /// The terms offered as choices ("A or B").
    choices: HashSet<String>,
    /// The same options, each as written and with its alternatives.
    options: Vec<ChoiceOption>,
    /// Options of several words each side of "or" ([`OptionRuns`]).
    option_runs: Option<OptionRuns>,
    /// An ordinal or series word the article never uses names another of
    /// the series.
    names_other_in_series: bool,
    /// The noun of subject matter the question asks for ("what
    /// *topics*"), which any list of things holds.
    subject_matter: Option<String>,
}

/// Options of several words offered each side of "or" ("split apart *or*
/// move forward together"), as positions in the question's terms. The
/// term that joined the two words beside "or" ([`Asker::query_terms`])
/// belongs to both; a fact that says one option need not hold the
/// other's words.
#[derive(Debug, Clone, PartialEq, Eq)]
struct OptionRuns {
    before: std::ops::Range<usize>,
    after: std::ops::Range<usize>,
}

impl OptionRuns {
    /// The runs around the joined term at `joint`: it and every term
    /// after it (the second option runs to the end: "or a statement *of
    /// intent*"), and as many adjacent terms up to it. `None` when the
    /// second option is one word: a word before "or" is then what both
    /// options share ("do they *back* multilateralism or unilateralism?").
    fn around(terms: &[QueryTerm], joint: usize) -> Option<OptionRuns> {
        // "Did Kazakhstan or Uzbekistan first propose the treaty?": an
        // option that is a name ends with it; what follows is asked of
        // both.
        let end = if terms[joint].name {
            (joint + 1..terms.len())
                .find(|&at| !(terms[at].name && terms[at].adjacent))
                .unwrap_or(terms.len())
        } else {
            terms.len()
        };
        let after = joint..end;
        if after.len() < 2 {
            return None;
        }
        let mut start = joint;
        while start > 0 && terms[start].adjacent && joint - start + 1 < after.len() {
            start -= 1;
        }
        Some(OptionRuns {
            before: start..joint + 1,
            after,
        })
    }

    /// The terms of the option `doc` says less of (by [`Index::fields_with`]),
    /// which the fact need not hold; none when it says both as much.
    fn unsaid(
        &self,
        terms: &[QueryTerm],
        held: impl Fn(&QueryTerm) -> bool,
    ) -> Option<std::ops::Range<usize>> {
        let share = |run: &std::ops::Range<usize>| {
            let said = terms[run.clone()].iter().filter(|t| held(t)).count();
            said as f64 / run.len() as f64
        };
        let (before, after) = (share(&self.before), share(&self.after));
        if before > after {
            Some(self.after.start + 1..self.after.end)
        } else if after > before {
            Some(self.before.start..self.before.end - 1)
        } else {
            None
        }
    }
}

/// Where and how one fact holds one question term, for
/// [`Asker::record_term`]: the credit its match earns rests on all of it.
#[derive(Debug, Clone, Copy)]
struct TermHold {
    /// The fact's statement holds the word.
    statement: bool,
    /// One of the fact's questions holds the word.
    questions: bool,
    /// The fact's sentence holds the word.
    sentence: bool,
    /// The fact settles the term without holding the word.
    counted: bool,
    /// The statement or questions hold it only through a synonym.
    loose_only: bool,
}

/// What [`Asker::cover`] found of a question's words in one fact: the
/// weights covered, and the telling misses that decide whether the fact
/// can answer or settle the question.
#[derive(Debug, Default)]
struct WordCoverage<'q> {
    /// Where the first question word stands whose opposite the fact says,
    /// when the fact holds every word before it
    /// ([`Asker::first_opposed_term`]): what follows only goes on about a
    /// denied claim.
    first_opposed: Option<usize>,
    /// The question words' total weight, the part the fact covers (by
    /// credit), and their IDF by credit: the evidence the match carries.
    total: f64,
    covered: f64,
    evidence: f64,
    /// A word that is more than glue is found in the fact's sentence only.
    sentence_only: bool,
    /// The weight of the words found in the sentence only.
    sentence_only_weight: f64,
    /// A content word of a yes/no question the fact never says ("did
    /// they say it is *hurting* its neighbours?" of "creating benefits
    /// for its neighbours"): the fact cannot confirm it.
    open_word: bool,
    /// A name of the article the fact does not hold: what it counts is
    /// not that one's share ("how many are for *Kyrgyz* professionals").
    name_missed: bool,
    /// A verb of the question that no field of the fact holds, in any of
    /// its forms or synonyms: the fact tells of another action ("which
    /// country *proposed* the treaty?" of "China signed …"). Not for
    /// yes/no questions, whose paraphrases miss verbs too often ("did Xi
    /// *promise* …" of "Xi announced …").
    verb_missed: bool,
    /// The noun a yes/no question predicates ("is the grant *a loan*?")
    /// that no field of the fact holds in any form: the fact cannot
    /// confirm what that word claims.
    content_missed: bool,
    /// A word of a yes/no question that can be a verb but stands as a
    /// noun here, which the article uses and no field of the fact holds
    /// or settles ("did the presidents announce *the grant*?" of a fact
    /// reporting what they called China): the fact tells of something
    /// else. `verb_missed` and `heavy_missed` leave such a word out.
    noun_missed: bool,
    /// A word of a yes/no question that counts and that no field of the
    /// fact holds or settles ("did cooperation *only start recently*?" of
    /// a fact about the shared future): the fact is not about what the
    /// question restricts, so not restricting it too denies nothing.
    heavy_missed: bool,
    /// A word of a why question that counts and that neither a purpose
    /// fact nor its sentence holds ("why is the mechanism becoming more
    /// *important*?" of the leaders' aim for it): the fact gives a
    /// purpose, but not of what is asked.
    reason_missed: bool,
    /// "How many years of *diplomatic* relations?" of "over 2,000 years
    /// of historical exchanges" in a sentence that also gives "decades of
    /// diplomatic ties": the question asks for the other span.
    other_span: bool,
    /// How many of the question's own words (not synonyms) name what
    /// another span of the sentence is a span of: a yes/no claim of an
    /// amount naming it in full ("are the *diplomatic ties* over 2,000
    /// years old?") is about the other span.
    other_span_named: usize,
    /// The item the question names that the fact's list leaves out: one
    /// word or a run of adjacent words ("*space exploration*").
    not_among: &'q [QueryTerm],
    /// A word of a question offering options, not one of them, that the
    /// fact never holds: it settles some other choice ("will the
    /// *training* be in China or Central Asia?" of who hosts the summit).
    choice_missed: bool,
    /// A why question of a fact telling a purpose.
    why_purpose: bool,
}

/// What settles a yes/no question or a claim against one fact, besides
/// its words: see [`Asker::contradicted`].
#[derive(Debug, Clone, Copy)]
struct Settling {
    /// The question's claimed amount against the fact's: `Some(Some(holds))`.
    compared: Option<Option<bool>>,
    slot: slots::SlotFit,
    /// The question restricts ("only") where the fact does not.
    restricted: bool,
    /// The question and the fact name different ordinals.
    other_ordinal: bool,
}

/// A fact considered for an answer.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    doc: usize,
    confidence: f64,
    /// BM25F, then the rank by confidence it breaks ties in (`answer_of`).
    rank: f64,
    /// The fact's BM25F score against the question, kept when `rank` is
    /// recomputed.
    bm25: f64,
    /// Whether the answer span leads the reply; not when the question
    /// already holds it, or when the statement's subject is the answer.
    lead: bool,
    /// Re-ranking bonus for question terms inside the answer.
    hint: f64,
    /// The question is a yes/no question.
    yes_no: bool,
    /// The fact settles a yes/no question with "no".
    contradicted: bool,
    /// A word of the question that is more than glue is found in the
    /// fact's sentence only ("what is the treaty supposed to *promote*?"
    /// of a fact about the headline that leaves "promote" out): the
    /// sentence, not the statement, is the reply.
    sentence_only: bool,
    /// A word of the question that is more than glue is not in the fact's
    /// statement or its questions: the fact does not settle every part of
    /// a yes/no question, so it cannot confirm it ("is Central Asia a
    /// *low* priority?" of "a key priority" is not "yes").
    unsettled: bool,
    /// The offered option the fact's statement holds, which opens the
    /// reply ("Increasing."), when its answer span holds none.
    option: Option<usize>,
    /// How much of the question's weight the fact covers.
    coverage: f64,
    /// The fact's slot check refused it: it holds the question's words but
    /// not the kind of thing asked (no name, no month).
    slot_refused: bool,
    /// Fit and strength, the confidence's other factors: for
    /// [`Asker::explain`] only.
    fit_and_strength: [f64; 2],
}

/// Answers questions from one fact base. Built once (it indexes every fact)
/// and shared; answering only reads it.
#[derive(Debug)]
pub struct Asker {
    facts: Arc<FactBase>,
    analyzer: Analyzer,
    index: Index,
    /// Each article word with one letter left out → the words it is
    /// ("treat" → "treaty"), so [`Asker::real_word_slips_mended`] looks a
    /// question word up instead of walking the article's words.
    shortened: HashMap<String, Vec<String>>,
    /// What the asker knows of each fact, by index document.
    records: Vec<FactRecord>,
    /// Terms of people ("xi", "president"), places and dates, gathered from
    /// the answers of that kind: what a who/where/when question looks for
    /// in a statement.
    people: HashSet<String>,
    /// The one person the article gives each title it writes before a
    /// name ("*President* Xi Jinping"): title word → that person's term.
    /// "According to *the President*" names Xi where no one else holds
    /// the title.
    titled: HashMap<String, String>,
    /// The article's place names in lower case, read once: a country
    /// typed after an unknown city only locates it ("in tashkent
    /// uzbekistan").
    place_names: Vec<String>,
    /// The country a person of the article leads, from the article's
    /// descriptions ("president of China" → Xi): country term → people's
    /// terms. A country acts through its leader ("did *China* promise
    /// training?" of "*Xi* announced 3,000 training opportunities").
    leaders: HashMap<String, HashSet<String>>,
    /// Terms of the general words for people ("mankind", "professionals"),
    /// which a "for whom" question may be answered with.
    people_words: HashSet<String>,
    places: HashSet<String>,
    dates: HashSet<String>,
    /// One well-phrased question per topic, for when nothing matches.
    default_suggestions: Vec<usize>,
    /// Every cited sentence, for answers no single fact gives.
    sentences: Vec<SentenceDoc>,
    /// The hyphenated words the sentences write, folded with dashes alike
    /// ([`hyphenated_word`]): what [`Asker::name_parts`] looks up.
    hyphenated: HashSet<String>,
    /// General language knowledge (WordNet).
    lexicon: &'static Lexicon,
    /// The one noun the article numbers a series of ("the third
    /// *summit*"): what "the next *one*" stands for. `None` when it numbers
    /// none or several.
    series_noun: Option<String>,
    /// Lexicon family key → the index terms of the article words in it, so
    /// a question's "reducing" or "farming" meets "reduction" or
    /// "agriculture".
    family_terms: HashMap<String, Vec<String>>,
    /// Every pair of adjacent words of the facts and their sentences
    /// ("second china"), to tell a name the article writes from one it
    /// never does ("united states").
    word_pairs: HashSet<String>,
    /// The index term of "number", which an ordinal or number answers.
    number_term: String,
    /// The index terms of the verbs that say a thing appears in a list or
    /// the text ("was X *listed* as a focus area?"): in a question whether
    /// a list holds an item they ask nothing of their own.
    listing_terms: Vec<String>,
    /// The index terms of [`LIGHT_VERBS`]: a question's "made a speech"
    /// is the fact's "gave a speech", so missing one acts no other act.
    light_verb_terms: Vec<String>,
    /// The index terms of the verbs of saying ([`SAY_VERBS`],
    /// [`SPEECH_VERBS`]), any form of one ("why did Xi *insist* …" as
    /// "insisted"): a reported purpose covers them.
    saying_terms: HashSet<String>,
    /// The index terms of the words that say a thing is one of a group
    /// ("is Turkmenistan *part* of the deal?"), which ask no more than a
    /// group the fact names answers.
    membership_terms: Vec<String>,
    /// The article's ordinals in words by their value (3 → "third"), so
    /// a question's "3rd" is the article's word.
    ordinal_words: HashMap<u64, String>,
    /// The nouns each count of the facts counts, by its unit ("specialized
    /// cooperation centers" → cooperation, centers).
    unit_nouns: HashMap<String, Vec<String>>,
    /// The terms of the article's place names ("central", "asia"), and so
    /// of their demonyms, which the analyzer folds to them.
    place_terms: HashSet<String>,
    /// The places the article's own sentences put before a noun ("the
    /// *China-Central Asia* Summit"): a question naming a thing so names
    /// it as the article does, not where it comes from.
    article_origins: Vec<Origin>,
}

/// Everything the asker works out once about one fact: a new signal is one
/// field here and one line in [`FactRecord::of`].
#[derive(Debug)]
struct FactRecord {
    /// Stemmed answer terms (stopwords dropped).
    answer_terms: HashSet<String>,
    /// Stemmed statement terms.
    statement_terms: HashSet<String>,
    /// Stemmed subject terms, with their IDF.
    subject_terms: Vec<(String, f64)>,
    /// The terms of the countries its statement names on their own.
    countries_alone: HashSet<String>,
    /// The terms of the countries whose cities its statement names as a
    /// party ("cooperation *with Beijing*" → China): see
    /// [`countries_of_party_cities`].
    countries_by_city: HashSet<String>,
    /// The terms of the words right after the answer in the statement
    /// ("volatile" → "global").
    after_answer: HashSet<String>,
    /// The answer's terms that only modify the next word of the answer
    /// (see [`answer_traits::answer_modifiers`]).
    answer_modifiers: HashSet<String>,
    /// What the answer is like, for "who" questions.
    answer_traits: AnswerTraits,
    /// Whether the answer is a one-word modifier or verb rather than a
    /// noun: "volatile (global environment)", "(will) backfire".
    answer_is_modifier: bool,
    /// The statement's terms in order, for what follows a modifier
    /// ("strategic *partner*").
    statement_sequence: Vec<String>,
    /// Whether the answer gives a time of day ("10:30", "noon").
    answer_has_clock: bool,
    /// The ordinals the fact is about: its statement's ("the third
    /// summit"), or else its sentence's ("signed in Paris" is the second
    /// summit's signing).
    ordinals: HashSet<u64>,
    /// How many items a list answer names: "the *five* countries" is a
    /// list of five even where the statement never says "five".
    list_len: Option<usize>,
    /// How many things the answer names, lists or not: "strategic partner
    /// and dependable friend" is two, for "what *two* labels …".
    items: Option<usize>,
    /// Whether the statement is about the future ("will", "would").
    future: bool,
    /// Whether the statement reports what someone said ("Xi *cautioned*
    /// that …").
    reported: bool,
    /// Whether the statement negates ("benefit *no one*").
    negated: bool,
    /// Whether the statement states a condition ("*if* …", "*unless* …").
    conditional: bool,
    /// Whether the statement holds "not", "never" or "nor", so its answer
    /// span alone could say the opposite (computed once: folding the
    /// statement per query was most of Ask's cost).
    span_reversed: bool,
    /// The preposition right before the answer in the statement ("for
    /// *professionals*"): the span is that role, and leads only a
    /// question asking for it ("who is it *for*?"), not "what did Xi
    /// promise?".
    answer_preposition: Option<String>,
    /// The passive verb of a subject that holds the answer as a purpose
    /// ("a platform to promote *smooth trade* was *launched*"): the span
    /// leads no question asking what was launched.
    purpose_of_subject: Option<String>,
    /// The names the statement gives only as items of an enumeration of
    /// three or more ("France, …, and Spain").
    listed: HashSet<String>,
    /// For each content term of the statement, the adjective right
    /// before it, if any: "a *key* priority". A yes/no question
    /// that puts another word there ("a *low* priority") asks something
    /// the fact does not confirm.
    adjectives_before: HashMap<String, HashSet<String>>,
    /// The terms of each item of a list answer.
    answer_items: Vec<HashSet<String>>,
    /// The time units the answer is in ("over 2,000 *years*").
    answer_units: HashSet<String>,
    /// The terms of the statement's first four words: who it is about.
    leading_terms: Vec<String>,
    /// What the answer holds, for slot checks.
    slots: slots::Slots,
    /// The answer's words (folded), for "what *status*" against "a key
    /// priority" (WordNet: a priority is a status).
    answer_words: Vec<String>,
    /// The statement opens with the answer: its subject, the one who acts
    /// ("China signed …"), not where it happened.
    answer_leads: bool,
    /// The term of the name the statement opens with, when that one name
    /// acts ("*Xi* suggested refining …"), not when more are named ("Xi
    /// and …") or the name reports a clause ("Xi said China …"): see
    /// [`Asker::one_person_acts`].
    lone_actor: Option<String>,
    /// For each word of the statement that can be a verb, the content
    /// terms before it in its clause: who does it ("*the leaders* signed
    /// …", "the treaty *China and the five Central Asian nations*
    /// signed …").
    doers: HashMap<String, HashSet<String>>,
    /// The answer is who acts in the statement ("President *Xi Jinping*
    /// joined …"), wherever it stands: a question about another action
    /// ("what did the presidents *praise*?") is not answered by it.
    answer_acts: bool,
    /// Its answer is a name ("the Astana Declaration"): every content word
    /// capitalised. A name says what something is called, never why.
    answer_is_name: bool,
    /// The statement restricts ("only", "solely").
    restrictive: bool,
    /// The statement says something happens again.
    repeats: bool,
    /// The statement tells of a share of a whole ("most of", "half of").
    tells_share: bool,
    /// The amounts its statement and sentence give, for yes/no questions
    /// that compare ("more than 200 million US dollars?" against "$209
    /// million", in the currency the question uses).
    quantities: Vec<crate::numbers::Quantity>,
    /// The amounts its statement gives: what the fact itself says, to
    /// cover the amount a question claims.
    stated_quantities: Vec<crate::numbers::Quantity>,
    /// Its statement or sentence shares an amount out ("each", "per").
    distributive: bool,
    /// The counts its statement and sentence give, with what each counts.
    counts: Vec<counts::Count>,
    /// The counts its statement alone gives: another number of the same
    /// things there denies a count ("four presidents?" of "the five
    /// presidents who joined Xi").
    stated_counts: Vec<counts::Count>,
    /// The term of the content word right before its answer in the
    /// statement ("called *China* a strategic partner"): what the answer
    /// describes.
    before_answer: Option<String>,
    /// It tells what something is for: "the treaty *is for* cooperation",
    /// or its questions ask so ("what is the grant *meant* to fund?").
    purpose: bool,
    /// Its answer goes on in its sentence with "and" and words no fact of
    /// the sentence holds ("for cooperation in the region *and promote
    /// development*"): the span is only part of what the sentence says,
    /// so the sentence is the reply.
    answer_goes_on: bool,
    /// Where the things its statement names come from ("professionals
    /// *from Central Asia*").
    origins: Vec<Origin>,
    /// The sides its statement takes ("*support* multilateralism"), with
    /// the terms each takes a side on.
    stances: Vec<(Stance, Vec<String>)>,
    /// The sides its statement takes by judging a subject ("trade wars
    /// *benefit no one*"), with the family keys of the subject's terms.
    judgements: Vec<(Stance, HashSet<String>)>,
    /// The places the statement puts something *in* or *at*, with the
    /// places they lie in ("in Astana": Astana, Kazakhstan, Central Asia).
    located_at: HashSet<String>,
    /// The terms of the places its sentence puts something in or at, and
    /// of the places they lie in: "the summit *in Kazakhstan*" is where
    /// the sentence's summit was, not another country of its list.
    sentence_located_terms: HashSet<String>,
    /// The terms of the places any fact about the same subject puts it
    /// in or at: "who signed the treaty *in Astana*?" is asked of the
    /// signatories' fact though only the signing city's fact names it.
    subject_located_terms: HashSet<String>,
    /// The terms of its sentence's words in order, to find a question's
    /// name of several words in it ("China-Central Asia").
    sentence_words: Vec<String>,
    /// Its negation is what one of its judgements turns on ("benefit *no*
    /// one"): a question about the side it takes has used it up.
    judged_by_negation: bool,
    /// Its answer is part of one item of a list another fact of its
    /// sentence gives ("modern" of "modern agriculture"): it answers a
    /// question asking for several things less well than that list does.
    part_of_a_list: bool,
    /// The answer is a number or an ordinal ("third").
    answer_numeric: bool,
    /// The terms of the spans its sentence gives of things its statement
    /// does not name ("decades *of diplomatic ties*" beside "2,000 years
    /// of historical exchanges").
    other_spans: HashSet<String>,
    /// Its statement says of no one ("benefit *no one*", "nobody").
    of_no_one: bool,
    /// The periods its statement places relative to now ("this year").
    periods: Vec<request::Period>,
    /// The periods its sentence places relative to now, the statement's
    /// included.
    sentence_periods: Vec<request::Period>,
    /// The tone of its answer ("tangible benefits" is positive), from the
    /// article's polarity lists.
    polarity: Polarity,
    /// The groups its statement names by a place and a kind ("the five
    /// *Central Asian nations*"): place name and the sort of its members
    /// ("Central Asia", "country"). A place within it is one of them.
    groups: Vec<(String, String)>,
    /// The word of its statement that says how long something lasts
    /// ("*permanent* good-neighborliness", "the *long-term* friendship"):
    /// it answers "how long …?" though the fact gives no span.
    lasting: Option<String>,
    /// The members of a group its statement names, by sort, as the
    /// article's places list them ("country" → Kazakhstan, …, Uzbekistan),
    /// when the statement's count of the group, if any, is theirs: they
    /// answer "which countries …?" as a list would.
    group_members: Vec<(String, Vec<String>)>,
    /// The terms of the names qualifying what its answer counts ("five
    /// *Central Asian* nations"): a question counting the things without
    /// them asks for more than the fact counts.
    count_qualifiers: Vec<String>,
    /// What its statement says will happen, and what frames it, when it
    /// tells of the future: see [`FutureDeed`].
    future_deed: Option<FutureDeed>,
}

/// Verbs that report a plan or a decision rather than a prediction: "it
/// was *agreed* that China would host …".
const PLAN_VERBS: &[&str] = &[
    "agreed",
    "decided",
    "announced",
    "pledged",
    "vowed",
    "committed",
    "promised",
    "planned",
    "resolved",
];

/// What a statement says will happen ("it was agreed that China *would
/// host* the third summit"): the terms of the verb after "will" or
/// "would" (past "be", "not" and "have"), and of the verbs before it that
/// frame it ("*agreed*"). "Did China host the third summit?" asks whether
/// the deed is done, which the statement denies; "did they agree …?"
/// asks about the frame.
#[derive(Debug, Clone, Default)]
struct FutureDeed {
    /// The terms of the verb that tells what will happen.
    deed: HashSet<String>,
    /// The terms of the verbs before the future auxiliary ("agreed").
    frame: HashSet<String>,
}

impl FutureDeed {
    fn of(analyzer: &Analyzer, lexicon: &Lexicon, statement: &str) -> Option<FutureDeed> {
        let words = crate::lang::words(statement);
        let aux = words
            .iter()
            .position(|w| matches!(w.as_str(), "will" | "would"))?;
        // "unilateralism will ultimately backfire": a prediction someone
        // made is no plan, and "has it backfired?" is not settled by it.
        let predicted = words[..aux]
            .iter()
            .any(|w| SPEECH_VERBS.contains(&w.as_str()) && !PLAN_VERBS.contains(&w.as_str()));
        if predicted {
            return None;
        }
        let deed_word = words[aux + 1..].iter().find(|w| {
            !matches!(w.as_str(), "be" | "not" | "have" | "been")
                && lexicon.can_be_verb(w) == Some(true)
        })?;
        let verb_only = |w: &String| {
            lexicon.can_be_verb(w) == Some(true) && lexicon.can_be_noun(w) != Some(true)
        };
        let frame = words[..aux]
            .iter()
            .filter(|w| verb_only(w))
            .map(|w| analyzer.term(w))
            .collect();
        Some(FutureDeed {
            deed: std::iter::once(analyzer.term(deed_word)).collect(),
            frame,
        })
    }
}

impl FactRecord {
    fn of(fact: &Fact, analyzer: &Analyzer, index: &Index, lexicon: &Lexicon) -> FactRecord {
        let statement_words = analyzer.words(&fact.statement);
        let statement_has = |list: &[&str]| {
            statement_words
                .iter()
                .any(|w| list.contains(&w.text.as_str()))
        };
        let mut subject = analyzer.index_terms(&fact.subject);
        subject.sort();
        subject.dedup();
        let after_answer = words_after(analyzer, &fact.statement, &fact.answer);
        let answer_is_modifier =
            !after_answer.is_empty() || modifies_a_verb(analyzer, &fact.statement, &fact.answer);
        let own_ordinals = ordinals(analyzer, &fact.statement);
        let doers = doers(analyzer, lexicon, &fact.statement);
        let answer_acts = answer_acts(analyzer, lexicon, &fact.statement, &fact.answer);
        FactRecord {
            answer_terms: analyzer.index_terms(&fact.answer).into_iter().collect(),
            statement_terms: analyzer.index_terms(&fact.statement).into_iter().collect(),
            statement_sequence: analyzer.index_terms(&fact.statement),
            subject_terms: subject
                .into_iter()
                .map(|t| {
                    let idf = index.idf(&t);
                    (t, idf)
                })
                .collect(),
            after_answer,
            answer_modifiers: answer_modifiers(analyzer, lexicon, &fact.answer),
            answer_traits: AnswerTraits::of(analyzer, fact),
            answer_is_modifier,
            answer_has_clock: tells_the_time(analyzer, &fact.answer),
            ordinals: if own_ordinals.is_empty() {
                ordinals(analyzer, &fact.citation.text)
            } else {
                own_ordinals
            },
            list_len: list_len(fact),
            items: list_len(fact).or_else(|| answer_traits::items_joined(&fact.answer)),
            future: statement_has(&["will", "would"]),
            future_deed: FutureDeed::of(analyzer, lexicon, &fact.statement),
            reported: statement_has(SPEECH_VERBS),
            negated: statement_has(NEGATIONS),
            conditional: statement_has(CONDITIONS),
            span_reversed: statement_has(&["not", "never", "nor"]),
            answer_preposition: answer_traits::preposition_before(
                analyzer,
                &fact.statement,
                &fact.answer,
            ),
            purpose_of_subject: answer_traits::passive_verb_after_purpose(
                analyzer,
                &fact.statement,
                &fact.answer,
            ),
            listed: listed_names(analyzer, &fact.statement),
            adjectives_before: adjectives_before(analyzer, lexicon, &fact.statement),
            answer_items: list_items(analyzer, fact),
            answer_units: time_units(analyzer, &fact.answer),
            leading_terms: statement_words
                .iter()
                .take(4)
                .map(|word| analyzer.term(&word.text))
                .collect(),
            slots: slots::Slots::of(fact, lexicon),
            answer_words: crate::lang::words(&fact.answer),
            answer_is_name: answer_is_name(analyzer, &fact.answer),
            doers,
            answer_acts,
            lone_actor: lone_actor(analyzer, index, &statement_words),
            answer_leads: {
                let answer = analyzer.words(&fact.answer);
                !answer.is_empty()
                    && statement_words.len() >= answer.len()
                    && statement_words
                        .iter()
                        .zip(&answer)
                        .all(|(s, a)| s.text == a.text)
            },
            restrictive: statement_has(RESTRICTIONS),
            repeats: statement_has(REPETITIONS),
            tells_share: statement_has(SHARES),
            quantities: crate::numbers::find_quantities(&fact.statement)
                .into_iter()
                .chain(crate::numbers::find_quantities(&fact.citation.text))
                .filter(|found| !found.negated)
                .map(|found| found.quantity)
                .collect(),
            answer_numeric: crate::numbers::parse_quantity(&fact.answer).is_some(),
            other_spans: other_spans(analyzer, &fact.statement, &fact.citation.text),
            stated_quantities: crate::numbers::find_quantities(&fact.statement)
                .into_iter()
                .filter(|found| !found.negated)
                .map(|found| found.quantity)
                .collect(),
            periods: request::periods(&fact.statement),
            of_no_one: statement_words.windows(2).any(|pair| {
                pair[0].text == "no" && matches!(pair[1].text.as_str(), "one" | "country")
            }) || statement_has(NO_ONE),
            sentence_periods: request::periods(&fact.citation.text),
            counts: counts::counts_in(&fact.statement, lexicon)
                .into_iter()
                .chain(counts::counts_in(&fact.citation.text, lexicon))
                .collect(),
            stated_counts: counts::counts_in(&fact.statement, lexicon),
            origins: Vec::new(),
            answer_goes_on: false,
            before_answer: word_before(analyzer, &fact.statement, &fact.answer),
            purpose: fact.questions.iter().any(|q| {
                let words = crate::lang::words(q);
                words.last().is_some_and(|w| w == "for")
                    || words.iter().any(|w| PURPOSE_WORDS.contains(&w.as_str()))
            }) || statement_words.windows(2).any(|pair| {
                matches!(pair[0].text.as_str(), "is" | "are" | "was" | "were")
                    && pair[1].text == "for"
            }),
            stances: stance_claims(analyzer, &fact.statement, false)
                .0
                .into_iter()
                .map(|(stance, _, targets)| (stance, targets))
                .collect(),
            judgements: judgements(analyzer, lexicon, &fact.statement),
            located_at: HashSet::new(),
            countries_alone: HashSet::new(),
            countries_by_city: HashSet::new(),
            sentence_located_terms: HashSet::new(),
            subject_located_terms: HashSet::new(),
            sentence_words: Vec::new(),
            judged_by_negation: judged_by_negation(&fact.statement),
            part_of_a_list: false,
            polarity: Polarity::Neutral,
            groups: Vec::new(),
            group_members: Vec::new(),
            lasting: lasting_word(&fact.statement),
            count_qualifiers: if fact.answer_kind == AnswerKind::Number {
                answer_traits::count_qualifiers(analyzer, &fact.statement, &fact.answer)
            } else {
                Vec::new()
            },
            distributive: statement_has(DISTRIBUTIVES)
                || analyzer
                    .words(&fact.citation.text)
                    .iter()
                    .any(|w| DISTRIBUTIVES.contains(&w.text.as_str())),
        }
    }
}

/// An article sentence as a fallback answer.
#[derive(Debug)]
struct SentenceDoc {
    citation: Citation,
    /// Its terms (stemmed, stopwords dropped).
    terms: HashSet<String>,
    /// The terms of the words it is written in, without what indexing
    /// adds: a person it only implies is named to no one reading it.
    written: HashSet<String>,
    /// The facts that cite it.
    docs: Vec<usize>,
    /// The names it gives only as items of an enumeration.
    listed: HashSet<String>,
    /// Whether it reports what someone said.
    reported: bool,
    /// Whether it negates.
    negated: bool,
}

impl Asker {
    pub fn new(facts: Arc<FactBase>) -> Asker {
        let mut analyzer = Analyzer::new();
        let index = Index::build(&facts, &analyzer);
        // Questions are mostly the article's words (and its typos are
        // corrected to them): their terms are worked out once.
        let vocabulary: Vec<String> = index.words().map(str::to_string).collect();
        analyzer.remember(vocabulary.iter().map(String::as_str));
        analyzer.remember(intent::WH_WORDS.iter().copied());
        // The facts' words as the lexicon splits them, which slot checks
        // look up the terms of.
        for fact in facts.facts() {
            for text in [&fact.statement, &fact.citation.text, &fact.answer] {
                let words = crate::lang::words(text);
                analyzer.remember(words.iter().map(String::as_str));
            }
        }
        let lexicon = Lexicon::embedded();
        let place_terms: HashSet<String> = facts
            .places()
            .iter()
            .flat_map(|place| analyzer.index_terms(&place.name))
            .collect();
        let records: Vec<FactRecord> = facts
            .facts()
            .iter()
            .map(|fact| {
                let groups = named_groups(&analyzer, lexicon, facts.places(), &fact.statement);
                (fact, groups)
            })
            .map(|(fact, groups)| FactRecord {
                answer_goes_on: answer_goes_on(&analyzer, &facts, fact),
                polarity: tone_of(&facts, fact),
                group_members: group_members(&groups, facts.places(), &fact.statement),
                groups,
                origins: origins(&analyzer, &place_terms, &fact.statement),
                located_at: located_at(facts.places(), &fact.statement),
                countries_alone: countries_named_alone(&analyzer, facts.places(), &fact.statement),
                countries_by_city: countries_of_party_cities(
                    &analyzer,
                    facts.places(),
                    &fact.statement,
                ),
                sentence_located_terms: located_at(facts.places(), &fact.citation.text)
                    .iter()
                    .flat_map(|name| analyzer.words(name))
                    .map(|word| analyzer.term(&word.text))
                    .collect(),
                sentence_words: analyzer
                    .words(&fact.citation.text)
                    .iter()
                    .map(|word| analyzer.term(&word.text))
                    .collect(),
                ..FactRecord::of(fact, &analyzer, &index, lexicon)
            })
            .collect();
        let records = mark_parts_of_lists(facts.facts(), records);
        let records = mark_subject_locations(facts.facts(), facts.places(), &analyzer, records);
        let terms_of = |kinds: &[AnswerKind]| -> HashSet<String> {
            facts
                .facts()
                .iter()
                .filter(|fact| kinds.contains(&fact.answer_kind))
                .flat_map(|fact| analyzer.index_terms(&fact.answer))
                .collect()
        };
        let mut people = terms_of(&[AnswerKind::Person]);
        people.insert(analyzer.term("president"));
        let people_words = answer_traits::PEOPLE_WORDS
            .iter()
            .map(|word| analyzer.term(word))
            .collect();
        let leaders = leaders_of(&analyzer, facts.places(), &people);
        let titled = titled_people(&analyzer, facts.facts());
        let place_names = facts
            .places()
            .iter()
            .map(|place| place.name.to_lowercase())
            .collect();
        let places = terms_of(&[AnswerKind::Place]);
        let dates = terms_of(&[AnswerKind::DateTime]);
        let default_suggestions = facts
            .topics()
            .iter()
            .filter_map(|topic| {
                facts
                    .facts()
                    .iter()
                    .enumerate()
                    .filter(|(_, fact)| fact.topic == topic.name && !fact.questions.is_empty())
                    .min_by_key(|(_, fact)| fact.questions[0].len())
                    .map(|(doc, _)| doc)
            })
            .collect();
        let mut sentences: Vec<SentenceDoc> = Vec::new();
        for (doc, fact) in facts.facts().iter().enumerate() {
            match sentences.iter_mut().find(|s| s.citation == fact.citation) {
                Some(sentence) => sentence.docs.push(doc),
                None => {
                    let words = analyzer.words(&fact.citation.text);
                    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.text.as_str()));
                    sentences.push(SentenceDoc {
                        citation: fact.citation.clone(),
                        terms: analyzer
                            .index_terms(&fact.citation.text)
                            .into_iter()
                            .collect(),
                        written: words.iter().map(|w| analyzer.term(&w.text)).collect(),
                        docs: vec![doc],
                        listed: listed_names(&analyzer, &fact.citation.text),
                        reported: has(SPEECH_VERBS),
                        negated: has(NEGATIONS),
                    });
                }
            }
        }
        let mut family_terms: HashMap<String, Vec<String>> = HashMap::new();
        for word in index.words() {
            let terms = family_terms.entry(lexicon.key(word)).or_default();
            let term = analyzer.term(word);
            if !terms.contains(&term) {
                terms.push(term);
            }
        }
        let word_pairs = facts
            .facts()
            .iter()
            .flat_map(|fact| [&fact.statement, &fact.citation.text, &fact.answer])
            .flat_map(|text| {
                let words = analyzer.words(text);
                words
                    .windows(2)
                    .map(|pair| format!("{} {}", pair[0].text, pair[1].text))
                    .collect::<Vec<_>>()
            })
            .collect();
        // A sentence is also what its facts say of it: "according to the
        // *headline*" names the sentence the headline is.
        for sentence in &mut sentences {
            for &doc in &sentence.docs {
                let statement = &facts.facts()[doc].statement;
                sentence.terms.extend(analyzer.index_terms(statement));
                sentence.reported |= records[doc].reported;
            }
        }
        let unit_nouns = counts::nouns_by_unit(
            records
                .iter()
                .flat_map(|r| r.quantities.iter().chain(&r.stated_quantities)),
            lexicon,
        );
        let hyphenated = sentences
            .iter()
            .flat_map(|sentence| sentence.citation.text.split_whitespace())
            .filter_map(hyphenated_word)
            .collect();
        let article_origins = sentences
            .iter()
            .flat_map(|sentence| origins(&analyzer, &place_terms, &sentence.citation.text))
            .collect();
        let series_noun = series_noun(&analyzer, facts.facts());
        let shortened = shortened_words(index.words());
        Asker {
            shortened,
            series_noun,
            article_origins,
            place_terms,
            unit_nouns,
            hyphenated,
            number_term: analyzer.term("number"),
            light_verb_terms: LIGHT_VERBS.iter().map(|verb| analyzer.term(verb)).collect(),
            saying_terms: SAY_VERBS
                .iter()
                .chain(SPEECH_VERBS)
                .map(|verb| analyzer.term(verb))
                .collect(),
            listing_terms: request::TEXT_REFERENCES
                .iter()
                .chain(&["included", "counted"])
                .map(|verb| analyzer.term(verb))
                .collect(),
            membership_terms: slots::MEMBERSHIP_WORDS
                .iter()
                .map(|word| analyzer.term(word))
                .collect(),
            ordinal_words: vocabulary
                .iter()
                .filter(|word| word.chars().all(char::is_alphabetic))
                .filter_map(|word| Some((analyzer.ordinal(word)?, word.clone())))
                .collect(),
            lexicon,
            records,
            family_terms,
            word_pairs,
            sentences,
            facts,
            analyzer,
            index,
            people,
            titled,
            place_names,
            leaders,
            people_words,
            places,
            dates,
            default_suggestions,
        }
    }

    /// Answers `question` from the facts of `source_id` (every source when
    /// `None`), or abstains. Never panics, whatever the text.
    pub fn ask(&self, question: &str, source_id: Option<&str>) -> Answer {
        let mut answer = self.answer_of(question, source_id);
        // "what did they sign, some kind of *treat*?": a slip that makes
        // another real word is tried as the article's word only when the
        // question as typed finds nothing.
        if !answer.answered
            && let Some(mended) = self.real_word_slips_mended(question)
        {
            let retried = self.answer_of(&mended, source_id);
            if retried.answered {
                answer = retried;
            }
        }
        // "what central asian leaders promise to uphold?": the "did" left
        // out, tried only when the question as typed finds nothing.
        if !answer.answered
            && let Some(restored) =
                shorthand::with_did_restored(question, |w| self.index.has_word(w))
        {
            let retried = self.answer_of(&restored, source_id);
            if retried.answered {
                answer = retried;
            }
        }
        // "Who will host the third summit - *Kazakhstan again*?": the
        // answer says whether the guess was right before what it is.
        if answer.answered
            && !answer.answer.starts_with("Yes")
            && !answer.answer.starts_with("No")
            && let Some(guess) = shorthand::single_guess(question, |w| self.index.has_word(w))
        {
            let lead = answer.answer.split(". ").next().unwrap_or_default();
            let lead_words = crate::lang::words(lead);
            let named = guess.iter().all(|w| lead_words.contains(w));
            answer.answer = format!("{} {}", if named { "Yes." } else { "No." }, answer.answer);
        }
        // "True or false: …" is answered in its own words.
        if confirm::asks_true_or_false(question) {
            answer.answer = confirm::as_true_or_false(&answer.answer);
        }
        // "Did they agree who will host?": what was agreed, told, says yes.
        if answer.answered
            && confirm::settles_an_embedded_question(question)
            && !answer.answer.starts_with("Yes")
            && !answer.answer.starts_with("No")
        {
            answer.answer = format!("Yes. {}", answer.answer);
        }
        // "What does 'unilateralism' mean?" of a sentence that only uses
        // the word: the article does not define it.
        if let Some(phrase) = meaning::vocabulary_asked(question)
            && answer.answered
            && meaning::only_uses(&phrase, &answer.answer)
        {
            let reply = meaning::undefined_reply(&phrase, &answer.answer);
            return Answer {
                answered: false,
                answer: reply,
                confidence: 0.0,
                citations: Vec::new(),
                fact_ids: Vec::new(),
                suggestions: Vec::new(),
            };
        }
        answer
    }

    /// The option the article does not confirm, when it confirms every
    /// other ([`odd_one::odd_one_out`]), with what the first confirmed
    /// option's fact says; `None` when no single option stands out.
    fn odd_one_answered(
        &self,
        odd: &odd_one::OddOneOut,
        source_id: Option<&str>,
    ) -> Option<Answer> {
        let verdicts: Vec<Answer> = odd
            .options
            .iter()
            .map(|(_, question)| self.answer_of(question, source_id))
            .collect();
        let confirmed = |answer: &Answer| answer.answered && answer.answer.starts_with("Yes");
        let mut unconfirmed = verdicts.iter().enumerate().filter(|(_, a)| !confirmed(a));
        let (odd_at, _) = unconfirmed.next()?;
        if unconfirmed.next().is_some() {
            return None;
        }
        let backing = verdicts.iter().find(|a| confirmed(a))?;
        let option = &odd.options[odd_at].0;
        let why = backing
            .answer
            .trim_start_matches("Yes")
            .trim_start_matches(['.', ',', ' ']);
        Some(Answer {
            answered: true,
            answer: format!("{}. {why}", crate::text::capitalize_first(option)),
            confidence: verdicts
                .iter()
                .filter(|a| confirmed(a))
                .map(|a| a.confidence)
                .fold(1.0, f64::min),
            citations: backing.citations.clone(),
            fact_ids: backing.fact_ids.clone(),
            suggestions: Vec::new(),
        })
    }

    /// [`Asker::ask`]'s reading of the question, its verdict in "Yes" or
    /// "No".
    fn answer_of(&self, question: &str, source_id: Option<&str>) -> Answer {
        // "ok so … or nah?": the question without its spoken fillers.
        if let Some(plain) = filler::without_fillers(question) {
            return self.answer_of(&plain, source_id);
        }
        if let Some(odd) = odd_one::odd_one_out(question)
            && let Some(answer) = self.odd_one_answered(&odd, source_id)
        {
            return answer;
        }
        // "… signed the treaty? Let's count them.", "The sheet asks …":
        // talk around the question that names nothing of the article.
        let content = |word: &str| !self.analyzer.is_stopword(word) && self.index.has_word(word);
        // "Is that what the *article says*?" names nothing to look for.
        let specific = |word: &str| content(word) && !self.analyzer.is_generic(word);
        if let Some(plain) = story::claim_pointed_back_at(question, specific)
            .or_else(|| chatter::without_idle_sentences(question, content))
            .or_else(|| chatter::without_reporting_frame(question, content))
            .or_else(|| chatter::without_askers_reason(question))
            .or_else(|| chatter::without_askers_aside(question, content))
            .or_else(|| story::without_leading_story(question, specific))
            .or_else(|| chatter::without_offered_options(question))
            .or_else(|| chatter::options_after_colon(question))
            .or_else(|| chatter::without_inference(question))
        {
            return self.answer_of(&plain, source_id);
        }
        if let Some(claim) = confirm::without_understated_alternative(question)
            .or_else(|| confirm::without_preferred_over(question))
        {
            return self.answer_of(&claim, source_id);
        }
        // "Is it only a promise, or is it binding?": the verdict on the
        // first claim settles both; when the article leaves that open, the
        // question is read whole, as a choice between the two.
        if let Some(claim) = confirm::without_rival_clause(question) {
            let verdict = self.answer_of(&claim, source_id);
            if verdict.answered {
                return verdict;
            }
        }
        if let Some(asked) = confirm::without_guess_tail(question) {
            return self.answer_of(&asked, source_id);
        }
        // "whatdid they sign", "who will host teh summit": the frame's
        // words typed apart and in order.
        if let Some(mended) = self.without_typing_slips(question) {
            return self.answer_of(&mended, source_id);
        }
        // "… refer to *in the first paragraph*?": where in the text the
        // quoted words stand names nothing to look for.
        if let Some(plain) = courtesy::without_text_locator(question) {
            return self.answer_of(&plain, source_id);
        }
        // The series the article numbers, named where the question leaves
        // it to a word: "who will host the next *one*?", "who's hosting
        // *next time*?", "the *following* summit", "who will host the
        // summit *next*?" all ask of the next of the series.
        let series_readings: [fn(&str, &str) -> Option<String>; 5] = [
            shorthand::series_one_named,
            shorthand::next_time_named,
            shorthand::following_as_next,
            shorthand::next_before_series,
            shorthand::closing_next_named,
        ];
        if let Some(noun) = self.series_noun.as_deref()
            && let Some(named) = series_readings.iter().find_map(|read| read(question, noun))
        {
            return self.answer_of(&named, source_id);
        }
        // "trade platform name?": what the name of the platform is.
        if let Some(read) = shorthand::name_fragment_as_question(question) {
            return self.answer_of(&read, source_id);
        }
        if let Some(answer) = self.kind_answer(question, source_id) {
            return answer;
        }
        if let Some(answer) = self.compared(question, source_id) {
            return answer;
        }
        // "Is the grant more or less than 2 billion yuan?": the yes/no
        // question of one side, whose verdict names the side.
        if let Some(side) = either_side::either_side(question) {
            let flipped = side.flipped();
            for side in std::iter::once(side).chain(flipped) {
                let mut answer = self.answer_of(&side.question, source_id);
                if let Some(named) = answer
                    .answered
                    .then(|| either_side::side_named(&answer.answer, &side))
                    .flatten()
                {
                    answer.answer = named;
                    return answer;
                }
            }
        }
        if let Some(answer) = self.both_claims_settled(question, source_id) {
            return answer;
        }
        if let Some(answer) = self.both_parts_answered(question, source_id) {
            return answer;
        }
        // "What did the Chinese leader announce?": asked of the name.
        let content = |word: &str| !self.analyzer.is_stopword(word);
        if let Some(read) = described::named(question, &AskWords::embedded().descriptions, content)
        {
            return self.answer_of(&read, source_id);
        }
        // "According to the article, …", "What about X - was its …?",
        // "What does X refer to?": the question read as the plain one it
        // asks (see `topic::reread`).
        if let Some(answer) = self.referent_answer(question, source_id) {
            return answer;
        }
        if let Some(read) = topic::reread(question, self.lexicon) {
            return self.answer_of(&read, source_id);
        }
        // "True or false: … . If not, which one was it?": the verdict on
        // the claim cites the fact that corrects it.
        if let Some(claim) = confirm::claim_before_correction(question) {
            let verdict = self.answer_of(&claim, source_id);
            if verdict.answered {
                return verdict;
            }
        }
        if let Some(answer) = self.last_of_several_answered(question, source_id) {
            return answer;
        }
        if let Some(answer) = self.position_answer(question, source_id) {
            return answer;
        }
        let lead_in_dropped = self.without_lead_in(question);
        let question = lead_in_dropped.as_deref().unwrap_or(question);
        // "Kindly tell me *what the countries committed to*": the question
        // a request wrapped, in the order of a question.
        if lead_in_dropped.is_some()
            && let Some(read) = topic::reordered(question, self.lexicon)
        {
            return self.answer_of(&read, source_id);
        }
        let request = request::Request::read(question);
        let mut query = self.analyze(&request.text);
        query.summary = request.summary;
        query.aside = self.aside_terms(&query, &request.aside);
        // "What is the article about?": no word of it names a fact, and
        // the source's opening sentence (its headline) is the answer.
        if (query.terms.is_empty() && request::asks_what_it_is_about(&request.text)
            || request::asks_for_the_gist(&request.text))
            && let Some(answer) = self.opening(source_id)
        {
            return answer;
        }
        let in_source =
            |doc: &usize| source_id.is_none_or(|id| self.facts.facts()[*doc].source_id == id);
        let term_list = query.scored_terms();
        // Only facts holding a term of the question score above zero.
        let mut candidates: Vec<Candidate> = self
            .index
            .matching(&term_list)
            .into_iter()
            .filter(in_source)
            .filter_map(|doc| {
                let bm25 = self.index.score(doc, &term_list);
                (bm25 > 0.0).then(|| self.judge(&query, doc, bm25))
            })
            .collect();
        let top_bm25 = candidates.iter().map(|c| c.rank).fold(0.0, f64::max);
        for candidate in &mut candidates {
            // Confidence decides; BM25F breaks near-ties between facts that
            // cover the question equally (e.g. the facts of one sentence).
            candidate.rank = candidate.confidence
                + candidate.hint
                + RERANK * candidate.rank / top_bm25.max(1e-9);
        }
        candidates.sort_by(|a, b| b.rank.total_cmp(&a.rank).then(a.doc.cmp(&b.doc)));
        self.prefer_fuller(&query, &mut candidates);
        self.prefer_overview(&query, &mut candidates);
        self.prefer_what_the_restriction_leaves_out(&query, &mut candidates);
        self.prefer_the_listed_members(&query, &mut candidates);

        match candidates.first() {
            // The article reports; it holds no view of its own to give.
            _ if query.opinion => self.abstain(question, &query, &candidates, Some(0.0), source_id),
            // "Did they talk about Russia?" of an article that never names
            // it: the article itself says no, whatever else it matches.
            _ if query.unmentioned.is_some() => {
                self.abstain(question, &query, &candidates, Some(0.0), source_id)
            }
            // "What does 'this vision' refer to?" of a fact whose sentence
            // never writes it: some other sentence's words.
            Some(best) if self.quoted_words_elsewhere(question, best.doc) => {
                self.abstain(question, &query, &candidates, Some(0.0), source_id)
            }
            // "Which green minerals did Xi mention?": the article names
            // the kind, never its members.
            _ if self.asks_for_members_of_a_named_kind(&query) => {
                self.abstain(question, &query, &candidates, Some(0.0), source_id)
            }
            // "What is the name of the new platform?": the platform's own
            // fact gives no name, so its sentence is no answer either.
            Some(best)
                if !best.yes_no
                    && best.sentence_only
                    && !self.answers_with_an_option(&query, best.doc)
                    && self.sentence_refuses(&candidates, best) =>
            {
                self.abstain(
                    question,
                    &query,
                    &candidates,
                    Some(best.confidence),
                    source_id,
                )
            }
            // "Is it 2,000 years of exchanges?" of "over 2,000 years of
            // historical exchanges": the fact that holds every word leaves
            // the claim open, so another's "no" (the training's "two
            // years") answers something else.
            Some(best)
                if best.yes_no
                    && best.contradicted
                    && self.fuller_fact_undecided(&candidates, best) =>
            {
                self.abstain(question, &query, &candidates, Some(0.0), source_id)
            }
            // "Yes" needs every part of the question settled by the fact;
            // a fact that leaves a content word open can only refuse.
            Some(best)
                if best.confidence >= THRESHOLD
                    && !(best.yes_no && !best.contradicted && best.unsettled) =>
            {
                self.answered(&query, &candidates, *best)
            }
            // A sentence fallback cannot say yes or no.
            _ if query.intent == Intent::YesNo => self.abstain(
                question,
                &query,
                &candidates,
                candidates.first().map(|c| c.confidence),
                source_id,
            ),
            _ if let Some(answer) = self.sentence_answer(&query, &candidates, source_id) => answer,
            best => self.abstain(
                question,
                &query,
                &candidates,
                best.map(|c| c.confidence),
                source_id,
            ),
        }
    }

    /// Whether a which/what question asks which members of a kind the
    /// article only names as a whole: its asked noun and every other word
    /// of some answer (or list item) of several words are the question's
    /// own ("which *green minerals* did Xi mention?" of the item "green
    /// minerals"; "which *specific livelihood and development projects*
    /// …?"). The answer would only say the question back.
    fn asks_for_members_of_a_named_kind(&self, query: &Query) -> bool {
        let Some(asked) = query.asked.as_ref() else {
            return false;
        };
        if query.intent != Intent::Open || !query.asked_after_wh || !query.choices.is_empty() {
            return false;
        }
        let echoed = |terms: &HashSet<String>| {
            terms.len() >= 2 && terms.contains(asked) && terms.is_subset(&query.all_terms)
        };
        // "Which Central Asian countries …?", "which Central Asian
        // country …?": the article's places name the members of a group
        // it names.
        let named_sorts: HashSet<&str> = query
            .all_terms
            .iter()
            .filter_map(|term| self.lexicon.set_named(term))
            .collect();
        let members_known = self.records.iter().any(|record| {
            record.group_members.iter().any(|(sort, _)| {
                query.asked_sets.contains(sort) || named_sorts.contains(sort.as_str())
            })
        });
        !members_known
            && self
                .records
                .iter()
                .zip(self.facts.facts())
                .any(|(record, fact)| {
                    // "Which declaration was signed in Astana?" of "the Astana
                    // Declaration": a name headed by the asked noun answers
                    // which one it is ("*Central* Asia" is not a kind of
                    // "central").
                    let names_one = record.answer_is_name
                        && fact.answer.split_whitespace().last().is_some_and(|head| {
                            head.chars().next().is_some_and(char::is_uppercase)
                                && self.analyzer.term(&head.to_lowercase()) == *asked
                        });
                    !names_one
                        && (echoed(&record.answer_terms) || record.answer_items.iter().any(echoed))
                })
    }

    /// Whether the fact's answer is one of the options a choice question
    /// offers ("this year or next year?" of "this year"): it answers
    /// outright, whatever its sentence leaves to other facts.
    fn answers_with_an_option(&self, query: &Query, doc: usize) -> bool {
        query.chooses
            && self.records[doc]
                .answer_terms
                .iter()
                .any(|t| query.choices.contains(t))
    }

    /// Whether a fact of the same sentence as `best` covers the question
    /// better but its slot check refused it: the sentence tells of what is
    /// asked but not the kind of thing asked ("the name of the
    /// platform"), so `best`, which reaches those words only through the
    /// sentence, cannot answer either.
    /// Whether a fact that holds every word of the question, more than
    /// `best` does, and matches it better by BM25F neither settles it nor
    /// is refused: its claim is one the article leaves open. (By BM25F:
    /// "is the grant to be spent over ten years?" is settled by the
    /// grant's timing, which matches it best.)
    fn fuller_fact_undecided(&self, candidates: &[Candidate], best: &Candidate) -> bool {
        best.coverage < FULL_COVERAGE
            && candidates.iter().any(|other| {
                other.coverage >= FULL_COVERAGE
                    && other.confidence <= 0.0
                    && !other.slot_refused
                    && other.bm25 > best.bm25
            })
    }

    fn sentence_refuses(&self, candidates: &[Candidate], best: &Candidate) -> bool {
        let facts = self.facts.facts();
        let sentence = &facts[best.doc].citation;
        candidates.iter().any(|other| {
            other.slot_refused
                && other.coverage > best.coverage
                && facts[other.doc].citation == *sentence
        })
    }

    /// The opening sentence of `source_id` (of the first source when
    /// `None`) as the answer to what the source is about.
    fn opening(&self, source_id: Option<&str>) -> Option<Answer> {
        let sentence = self
            .sentences
            .iter()
            .filter(|s| source_id.is_none_or(|id| id == s.citation.source_id))
            .min_by_key(|s| (s.citation.source_id.as_str(), s.citation.sentence_index))?;
        let facts = self.facts.facts();
        Some(Answer {
            answered: true,
            answer: format!("In short: {}", sentence.citation.text.trim()),
            confidence: 1.0,
            citations: vec![sentence.citation.clone()],
            fact_ids: sentence
                .docs
                .iter()
                .map(|&doc| facts[doc].id.clone())
                .collect(),
            suggestions: Vec::new(),
        })
    }

    /// Among facts of one sentence that answer equally well, the one whose
    /// answer holds the others' is the answer: "What did the leaders commit
    /// to?" is all three commitments, not "free trade", which only ranked
    /// first by being shorter. Not when the question names words only the
    /// fuller answer has ("commit to *uphold*" asks for what is upheld).
    fn prefer_fuller(&self, query: &Query, candidates: &mut [Candidate]) {
        let Some(best) = candidates.first().copied() else {
            return;
        };
        let narrow = &self.records[best.doc].answer_terms;
        let fuller = candidates
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, c)| {
                self.holds_answer_of(best, c)
                    && self.records[c.doc]
                        .answer_terms
                        .iter()
                        .all(|t| narrow.contains(t) || !query.all_terms.contains(t))
            })
            .max_by_key(|(_, c)| self.records[c.doc].answer_terms.len())
            .map(|(at, _)| at);
        if let Some(at) = fuller {
            candidates[..=at].rotate_right(1);
        }
    }

    /// "Was the president of *Mongolia* one of the leaders who joined
    /// Xi?": of the facts that say "no" as surely, one whose answer lists
    /// the members, by name, says why (the name is not among them), and
    /// goes first, before one that only tells of the group.
    fn prefer_the_listed_members(&self, query: &Query, candidates: &mut [Candidate]) {
        let Some(best) = candidates.first().copied() else {
            return;
        };
        let lists_names = |c: &Candidate| {
            let record = &self.records[c.doc];
            record.list_len.is_some_and(|n| n >= 2)
                && record.answer_terms.iter().any(|t| self.index.is_proper(t))
        };
        let names_an_outsider = query
            .terms
            .iter()
            .any(|t| t.name && !self.index.knows(&t.term));
        if !best.yes_no || !best.contradicted || !names_an_outsider || lists_names(&best) {
            return;
        }
        let listing = candidates.iter().enumerate().skip(1).find(|(_, c)| {
            c.contradicted && (best.confidence - c.confidence).abs() < 1e-9 && lists_names(c)
        });
        if let Some((at, _)) = listing {
            candidates[..=at].rotate_right(1);
        }
    }

    /// "Did Xi say the ties *only* go back a few decades?": the facts of
    /// one sentence all say "no" to a restricted claim, and the one that
    /// holds what the claim is restricted to ("decades of diplomatic
    /// ties") says least why. A fact of the same sentence that leaves a
    /// word of the claim out is what the restriction leaves out ("over
    /// 2,000 years of historical exchanges"), and goes first.
    fn prefer_what_the_restriction_leaves_out(&self, query: &Query, candidates: &mut [Candidate]) {
        let Some(best) = candidates.first().copied() else {
            return;
        };
        if !query.restrictive || !best.yes_no || !best.contradicted {
            return;
        }
        let facts = self.facts.facts();
        let sentence = |c: &Candidate| {
            let citation = &facts[c.doc].citation;
            (citation.source_id.as_str(), citation.sentence_index)
        };
        let holds = |c: &Candidate, term: &str| self.records[c.doc].statement_terms.contains(term);
        let claimed: Vec<&str> = query
            .terms
            .iter()
            .filter(|t| t.weight >= UNSETTLED_MIN_WEIGHT && holds(&best, &t.term))
            .map(|t| t.term.as_str())
            .collect();
        let left_out = candidates.iter().position(|c| {
            c.yes_no
                && c.contradicted
                && c.confidence >= THRESHOLD
                && sentence(c) == sentence(&best)
                && claimed.iter().any(|term| !holds(c, term))
        });
        if let Some(at) = left_out {
            candidates[..=at].rotate_right(1);
        }
    }

    /// Of the facts that tie on a topic asked for whole ("tell me about
    /// the treaty"), the one whose statement says the most of it: "China
    /// signed the treaty of permanent good-neighborliness …", not "The
    /// signing took place in Astana".
    fn prefer_overview(&self, query: &Query, candidates: &mut [Candidate]) {
        let Some(best) = candidates.first().copied() else {
            return;
        };
        if !query.overview {
            return;
        }
        let fullest = candidates
            .iter()
            .enumerate()
            .take_while(|(_, c)| c.confidence >= best.confidence - FULLER_TIE)
            .max_by_key(|(at, c)| {
                let record = &self.records[c.doc];
                // A fact about the topic itself, not one that names it.
                let of_topic = record
                    .subject_terms
                    .iter()
                    .any(|(term, _)| query.all_terms.contains(term));
                (
                    of_topic,
                    record.statement_terms.len(),
                    std::cmp::Reverse(*at),
                )
            })
            .map(|(at, _)| at);
        if let Some(at) = fullest {
            candidates[..=at].rotate_right(1);
        }
    }

    /// Whether `wide` answers as well as `best` from the same sentence,
    /// with an answer that holds `best`'s and more.
    fn holds_answer_of(&self, best: Candidate, wide: &Candidate) -> bool {
        let facts = self.facts.facts();
        let narrow = &self.records[best.doc].answer_terms;
        let terms = &self.records[wide.doc].answer_terms;
        wide.confidence >= best.confidence - FULLER_TIE
            && facts[wide.doc].citation == facts[best.doc].citation
            && !narrow.is_empty()
            && narrow.is_subset(terms)
            && terms.len() > narrow.len()
    }

    /// The list fact whose statement holds the one item the question
    /// narrowed the answer to ("what did they pledge to *uphold*?" of
    /// "uphold free trade, support multilateralism, and …"): its statement
    /// is the item's context, the whole pledge the item is part of.
    fn list_around(&self, ranked: &[Candidate], best: Candidate) -> Option<&Fact> {
        let facts = self.facts.facts();
        ranked
            .iter()
            .filter(|c| c.doc != best.doc && facts[c.doc].answer_kind == AnswerKind::List)
            .find(|c| self.holds_answer_of(best, c))
            .map(|c| &facts[c.doc])
    }

    /// The fallback when no fact answers: an article sentence that holds
    /// words of the question none of its facts captured ("speech" in "In
    /// his speech at the summit, President Xi highlighted …"), and
    /// something of the kind asked for that the question does not name
    /// (a person for "who"). The reply is that sentence, cited.
    fn sentence_answer(
        &self,
        query: &Query,
        ranked: &[Candidate],
        source_id: Option<&str>,
    ) -> Option<Answer> {
        // A quantity in a sentence is the answer of one of its facts, and
        // those have already failed to match: "how long did the speech
        // last?" is not "over 2,000 years".
        if matches!(
            query.intent,
            Intent::HowMany | Intent::HowMuch | Intent::HowLong
        ) {
            return None;
        }
        let facts = self.facts.facts();
        let mut best: Option<(f64, &SentenceDoc)> = None;
        for sentence in &self.sentences {
            if source_id.is_some_and(|id| id != sentence.citation.source_id) {
                continue;
            }
            let has = |term: &QueryTerm| {
                std::iter::once(&term.term)
                    .chain(&term.alternatives)
                    .any(|t| sentence.terms.contains(t))
            };
            let in_facts = |term: &QueryTerm| {
                sentence.docs.iter().any(|&doc| {
                    let [statement, questions, _] = self.fields_with(doc, term);
                    statement || questions
                })
            };
            // A sentence that leaves out a name the question gives is
            // about someone else: "what did *Turkmenistan's* president say
            // in his speech?" is not Xi's speech.
            let names_missed = query.terms.iter().any(|t| {
                (t.name || self.index.is_proper(&t.term))
                    && query.asked.as_ref() != Some(&t.term)
                    && t.weight >= UNSETTLED_MIN_WEIGHT
                    && !has(t)
            });
            // Only sentence-only evidence that is more than a glue word.
            if names_missed
                || !query
                    .terms
                    .iter()
                    .any(|t| has(t) && !in_facts(t) && t.weight >= SENTENCE_ONLY_MIN_WEIGHT)
            {
                continue;
            }
            let total: f64 = query.terms.iter().map(|t| t.weight).sum();
            let covered: f64 = query
                .terms
                .iter()
                .filter(|t| has(t))
                .map(|t| t.weight)
                .sum();
            let evidence: f64 = query
                .terms
                .iter()
                .filter(|t| has(t))
                .map(|t| self.index.idf(&t.term))
                .sum();
            let news: Vec<&String> = sentence
                .terms
                .iter()
                .filter(|t| !query.all_terms.contains(*t))
                .collect();
            let offers = |wanted: &HashSet<String>| news.iter().any(|t| wanted.contains(*t));
            let fits = match query.intent {
                // A name that is also a place's ("the presidents of
                // *Kazakhstan*") names no one.
                Intent::Who => news.iter().any(|t| {
                    self.people.contains(*t)
                        && !self.places.contains(*t)
                        && sentence.written.contains(*t)
                }),
                // "… a spirit *based* on …" of "where will the centres be
                // based?": a place only named ("China-Central Asia ties")
                // puts nothing anywhere.
                Intent::Where => {
                    offers(&self.places)
                        && !placed_in(self.facts.places(), &sentence.citation.text).is_empty()
                }
                Intent::When => offers(&self.dates),
                Intent::Clock => news.iter().any(|t| is_clock_word(t)),
                Intent::HowMany | Intent::HowMuch | Intent::HowLong => {
                    news.iter().any(|t| t.chars().any(|c| c.is_ascii_digit()))
                }
                Intent::Open | Intent::Why | Intent::How | Intent::YesNo => true,
            };
            if !fits || total <= 0.0 {
                continue;
            }
            let strength = 1.0 - (-evidence / EVIDENCE_SCALE).exp();
            let mismatch = if query.intent == Intent::YesNo {
                1.0
            } else {
                let said = if query.says && !sentence.reported {
                    MISMATCH
                } else {
                    1.0
                };
                let negation = if query.negated && !sentence.negated {
                    MISMATCH
                } else {
                    1.0
                };
                let member = if self.one_of_many(query, &sentence.listed) {
                    MISMATCH
                } else {
                    1.0
                };
                said * negation * member
            };
            let confidence = (covered / total * SENTENCE_FIT * strength * mismatch).clamp(0.0, 1.0);
            if best.is_none_or(|(c, _)| confidence > c) {
                best = Some((confidence, sentence));
            }
        }
        let (confidence, sentence) = best.filter(|(c, _)| *c >= THRESHOLD)?;
        // Its facts, the best-ranked first.
        let mut fact_ids: Vec<String> = ranked
            .iter()
            .map(|c| c.doc)
            .filter(|doc| sentence.docs.contains(doc))
            .chain(sentence.docs.iter().copied())
            .map(|doc| facts[doc].id.clone())
            .collect();
        let mut seen = HashSet::new();
        fact_ids.retain(|id| seen.insert(id.clone()));
        fact_ids.truncate(MAX_FACTS);
        Some(Answer {
            answered: true,
            answer: sentence.citation.text.trim().to_string(),
            confidence,
            citations: vec![sentence.citation.clone()],
            fact_ids,
            suggestions: Vec::new(),
        })
    }

    /// How a question was read and its top candidates with their scores,
    /// one line each, for tuning by eye (`cargo run --example ask --
    /// "question"`). The format is for people and may change at any time.
    #[doc(hidden)]
    pub fn explain(&self, question: &str) -> Vec<String> {
        let lead_in_dropped = self.without_lead_in(question);
        let question = lead_in_dropped.as_deref().unwrap_or(question);
        let request = request::Request::read(question);
        let mut query = self.analyze(&request.text);
        query.aside = self.aside_terms(&query, &request.aside);
        let term_list = query.scored_terms();
        let mut lines = vec![format!(
            "{:?} several={} terms={:?}",
            query.intent,
            query.several,
            query
                .terms
                .iter()
                .map(|t| format!(
                    "{}:{:.2}{}{}",
                    t.term,
                    t.weight,
                    if t.name { "*" } else { "" },
                    // Reaches some fact only through a synonym.
                    if t.loose.is_empty() { "" } else { "~" }
                ))
                .collect::<Vec<_>>()
        )];
        let mut candidates: Vec<Candidate> = (0..self.index.len())
            .filter_map(|doc| {
                let bm25 = self.index.score(doc, &term_list);
                (bm25 > 0.0).then(|| self.judge(&query, doc, bm25))
            })
            .collect();
        candidates.sort_by(|a, b| {
            (b.confidence + b.hint)
                .total_cmp(&(a.confidence + a.hint))
                .then(b.rank.total_cmp(&a.rank))
        });
        // The best by BM25F too, when confidence ranks them lower.
        let mut shown: Vec<Candidate> = candidates.iter().take(6).copied().collect();
        let mut by_bm25 = candidates.clone();
        by_bm25.sort_by(|a, b| b.rank.total_cmp(&a.rank));
        shown.extend(
            by_bm25
                .iter()
                .take(2)
                .filter(|c| !candidates.iter().take(6).any(|s| s.doc == c.doc)),
        );
        for c in &shown {
            lines.push(format!(
                "  {:.2} hint {:.2} bm25 {:.2} cov {:.2} fit {:.2} str {:.2} refused {} yn {}{}{} lead {} {}",
                c.confidence,
                c.hint,
                c.rank,
                c.coverage,
                c.fit_and_strength[0],
                c.fit_and_strength[1],
                u8::from(c.slot_refused),
                c.yes_no,
                if c.contradicted { " no" } else { "" },
                if c.unsettled { " unsettled" } else { "" },
                c.lead,
                self.facts.facts()[c.doc].id
            ));
        }
        // Where each term is found in the best fact (statement, questions,
        // sentence), to see which word keeps coverage down.
        if let Some(best) = candidates.first() {
            let found: Vec<String> = query
                .terms
                .iter()
                .map(|t| {
                    let [s, q, c] = self.fields_with(best.doc, t);
                    let mark = |b: bool, m: char| if b { m } else { '-' };
                    format!(
                        "{}:{}{}{}",
                        t.term,
                        mark(s, 's'),
                        mark(q, 'q'),
                        mark(c, 'c')
                    )
                })
                .collect();
            lines.push(format!("  best fields {}", found.join(" ")));
        }
        lines
    }

    /// Whether the word at `position` of a question opening with "is",
    /// "are", "was" or "were" is an adjective (no noun, no participle)
    /// right before a preposition: what it says of its subject ("was any of the
    /// presidents *absent* from the summit?").
    fn adjective_before_preposition(&self, words: &[analyze::Word], position: usize) -> bool {
        let word = words[position].text.as_str();
        words
            .first()
            .is_some_and(|first| matches!(first.text.as_str(), "is" | "are" | "was" | "were"))
            && words
                .get(position + 1)
                .is_some_and(|next| matches!(next.text.as_str(), "from" | "in" | "at" | "of" | "to" | "for" | "with"))
            && self.lexicon.can_be_adjective(word) == Some(true)
            && self.lexicon.can_be_noun(word) == Some(false)
            // "was it *held* in …", "is it *aimed* at …": a participle
            // tells of an act, which facts word their own way.
            && !word.ends_with("ed")
            && !word.ends_with("ing")
    }

    /// The content terms of the words a question sets aside that the rest
    /// of it does not use.
    fn aside_terms(&self, query: &Query, aside: &[String]) -> HashSet<String> {
        aside
            .iter()
            .filter(|w| !self.analyzer.is_stopword(w) && !self.analyzer.is_generic(w))
            .map(|w| self.analyzer.term(w))
            .filter(|t| !query.all_terms.contains(t))
            .collect()
    }

    /// Folds, corrects and weighs the question's words.
    fn analyze(&self, question: &str) -> Query {
        let query = self.analyze_as(question, None);
        // "Was it the first or the second summit?" offers options: it asks
        // which, so the answer names one, never "Yes". So does a statement
        // ending in options, with no wh-word ("the grant is for this year
        // or next year?").
        let no_wh_word = || {
            !crate::lang::words(question)
                .iter()
                .any(|w| intent::WH_WORDS.contains(&w.as_str()))
        };
        // "For projects *when*, this year or next year?" offers periods.
        let offers_periods = query.intent == Intent::When
            && query.periods.len() >= 2
            && crate::lang::words(question).iter().any(|w| w == "or");
        // "Who attended, presidents or prime ministers?": options set off
        // after the wh-question ask which of them.
        let options_after_comma = || {
            question.rsplit_once(',').is_some_and(|(_, tail)| {
                let words = crate::lang::words(tail);
                words.len() <= MOST_OPTION_TAIL_WORDS
                    && words.iter().any(|w| w == "or")
                    && !words.iter().any(|w| intent::WH_WORDS.contains(&w.as_str()))
            })
        };
        if offers_periods
            || !query.choices.is_empty()
                && (query.intent == Intent::YesNo || no_wh_word() || options_after_comma())
        {
            Query {
                chooses: true,
                ..self.analyze_as(question, Some(Intent::Open))
            }
        } else {
            query
        }
    }

    /// The thing a yes/no mention question asks about, as written, when
    /// none of its content words (names count even when they spell a
    /// stopword: "the US") is an article term or has an alternative that
    /// is.
    fn unmentioned(
        &self,
        question: &str,
        mentioned: &[analyze::Word],
        terms: &[QueryTerm],
    ) -> Option<String> {
        let mut content = mentioned
            .iter()
            .filter(|w| w.capitalized || !self.analyzer.is_stopword(&w.text))
            .peekable();
        content.peek()?;
        let never_named = content.all(|word| {
            let term = self.analyzer.term(&word.text);
            !self.index.knows(&term)
                && terms
                    .iter()
                    .filter(|t| t.term == term)
                    .all(|t| t.alternatives.is_empty())
        });
        let folded: Vec<&str> = mentioned.iter().map(|w| w.text.as_str()).collect();
        never_named.then(|| mention::as_written(question, &folded))
    }

    /// Whether `question` asks what quoted words mean or refer to ("what
    /// does 'this vision' refer to?") and the sentence of fact `doc` does
    /// not hold them: the reply would explain other words.
    fn quoted_words_elsewhere(&self, question: &str, doc: usize) -> bool {
        let lowered = question.to_lowercase();
        let asks_meaning = ["refer", "stand for", "stands for", " mean"]
            .iter()
            .any(|verb| lowered.contains(verb));
        asks_meaning
            && phrasing::first_quoted(&lowered).is_some_and(|quoted| {
                !self.facts.facts()[doc]
                    .citation
                    .text
                    .to_lowercase()
                    .contains(quoted.trim())
            })
    }

    /// What a phrase of the article stands for, when `question` asks it
    /// ("what does 'the region' refer to?", see [`referent`]), or what a
    /// city the article names as a party, not a place ("cooperation with
    /// *Beijing*"), stands for: the country it lies in. `None` when the
    /// question asks no such thing or the article does not settle it.
    fn referent_answer(&self, question: &str, source_id: Option<&str>) -> Option<Answer> {
        let asked = referent::asked(question)?;
        let facts = self.facts.facts();
        if self.only_listed(&asked.phrase, source_id) {
            let query = self.analyze(question);
            return Some(self.abstain(question, &query, &[], None, source_id));
        }
        let mut sources: Vec<&str> = self
            .sentences
            .iter()
            .map(|s| s.citation.source_id.as_str())
            .filter(|id| source_id.is_none_or(|wanted| wanted == *id))
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources.into_iter().find_map(|source| {
            let mut ordered: Vec<&SentenceDoc> = self
                .sentences
                .iter()
                .filter(|s| s.citation.source_id == source)
                .collect();
            ordered.sort_by_key(|s| s.citation.sentence_index);
            let views: Vec<referent::Sentence<'_>> = ordered
                .iter()
                .map(|s| referent::Sentence {
                    text: &s.citation.text,
                    statements: s
                        .docs
                        .iter()
                        .map(|&d| facts[d].statement.as_str())
                        .collect(),
                })
                .collect();
            let (sentence, statement, answer) = match referent::resolve(&asked, &views) {
                Some(referent::Referent::Restated {
                    sentence,
                    statement,
                    written,
                    referent,
                }) => (
                    sentence,
                    statement,
                    format!("\"{written}\" here means {referent}."),
                ),
                Some(referent::Referent::EarlierMention {
                    sentence,
                    statement,
                    written,
                }) => (
                    sentence,
                    statement,
                    format!(
                        "\"{written}\" points back to {}.",
                        ordered[sentence].citation.place()
                    ),
                ),
                None => self.place_as_party(&asked, &ordered)?,
            };
            let doc = ordered[sentence].docs[statement];
            Some(Answer {
                answered: true,
                answer: format!("{answer} {}", facts[doc].statement),
                confidence: REFERENT_CONFIDENCE,
                citations: vec![facts[doc].citation.clone()],
                fact_ids: vec![facts[doc].id.clone()],
                suggestions: Vec::new(),
            })
        })
    }

    /// Whether the phrase whose meaning is asked is an item of a list a
    /// fact gives ("What does *'green minerals'* mean?" of the mechanism's
    /// focus areas) and no fact's statement holds it otherwise: a list
    /// names its items without saying what they are.
    fn only_listed(&self, phrase: &[String], source_id: Option<&str>) -> bool {
        let folded = |text: &str| -> Vec<String> { crate::lang::words(text) };
        let facts = self.facts.facts();
        let in_scope = |fact: &&crate::facts::Fact| source_id.is_none_or(|id| fact.source_id == id);
        let listed = facts
            .iter()
            .filter(in_scope)
            .any(|fact| fact.items.iter().any(|item| folded(item) == phrase));
        listed
            && !facts.iter().filter(in_scope).any(|fact| {
                fact.items.iter().all(|item| folded(item) != phrase)
                    && folded(&fact.statement)
                        .windows(phrase.len().max(1))
                        .any(|window| window == phrase)
            })
    }

    /// [`slips::mended`] with the dictionary, the function words and the
    /// article's own words.
    fn without_typing_slips(&self, question: &str) -> Option<String> {
        let is_function = |word: &str| {
            self.analyzer.is_stopword(word)
                || intent::WH_WORDS.contains(&word)
                || intent::AUXILIARIES.contains(&word)
        };
        // WordNet, the dictionary, lists no function words.
        let is_word = |word: &str| self.lexicon.is_word(word) || is_function(word);
        let near_article_word = |word: &str| {
            self.index.has_word(word)
                || self
                    .index
                    .words()
                    .any(|known| !is_function(known) && crate::lang::within_edits(word, known, 1))
        };
        slips::mended(
            question,
            &slips::WordKinds {
                is_word: &is_word,
                is_function: &is_function,
                near_article_word: &near_article_word,
                is_article_word: &|word: &str| self.index.has_word(word),
            },
        )
    }

    /// `question` with each word the article never uses, but that one
    /// left-out letter turns into exactly one word it does ("treat" →
    /// "treaty"), put right: a phone's autocorrect makes real words of
    /// slips, which [`Asker::without_typing_slips`] leaves alone. Short
    /// words and function words are kept: too many words lie one slip from
    /// them. `None` when no word changes.
    fn real_word_slips_mended(&self, question: &str) -> Option<String> {
        let is_function = |word: &str| {
            self.analyzer.is_stopword(word)
                || intent::WH_WORDS.contains(&word)
                || intent::AUXILIARIES.contains(&word)
        };
        let article_word_for = |word: &str| -> Option<&str> {
            if word.len() < SHORTEST_MENDED_WORD
                || is_function(word)
                || self.index.has_word(word)
                || !word.chars().all(|c| c.is_ascii_alphabetic())
            {
                return None;
            }
            let stem = crate::lang::stem(word);
            // A letter left out only ("treat" for "treaty", "stana" for
            // "astana"): a letter changed or added makes too many other
            // real words of the article's ("apart" → "part", "build" →
            // "built", "means" → "meant").
            let mut near = self
                .shortened
                .get(word)
                .into_iter()
                .flatten()
                .filter(|known| !is_function(known) && crate::lang::stem(known) != stem);
            let only = near.next()?;
            near.next().is_none().then_some(only)
        };
        let mut changed = false;
        let mended: Vec<String> = question
            .split_whitespace()
            .map(|token| {
                let core = token.trim_matches(|c: char| !c.is_alphanumeric());
                match article_word_for(&core.to_lowercase()) {
                    Some(known) => {
                        changed = true;
                        token.replacen(core, known, 1)
                    }
                    None => token.to_string(),
                }
            })
            .collect();
        changed.then(|| mended.join(" "))
    }

    /// A city asked about that a sentence names as a party, not as where
    /// something happens ("deepen cooperation *with Beijing*", not "held
    /// *in Astana*"): it stands for the country it lies in, as a capital
    /// stands for its government. The sentence, the statement naming the
    /// city, and the reply's opening.
    fn place_as_party(
        &self,
        asked: &referent::ReferenceAsked,
        ordered: &[&SentenceDoc],
    ) -> Option<(usize, usize, String)> {
        // Words naming a party to what is done, not a place it is done in.
        const PARTY_WORDS: &[&str] = &["with", "by", "for", "against", "toward", "towards"];
        let [name] = asked.phrase.as_slice() else {
            return None;
        };
        let places = self.facts.places();
        let city = places
            .iter()
            .find(|p| p.sort == "city" && confirm::fold(&p.name) == *name)?;
        let country = places
            .iter()
            .find(|p| Some(&p.name) == city.within.as_ref() && p.sort == "country")?;
        let facts = self.facts.facts();
        ordered.iter().enumerate().find_map(|(sentence, s)| {
            let tokens: Vec<&str> = s.citation.text.split_whitespace().collect();
            let words: Vec<String> = tokens.iter().map(|t| confirm::fold(t)).collect();
            // Not part of a longer name ("the Astana Declaration").
            let as_party = (1..words.len()).any(|at| {
                words[at] == *name
                    && PARTY_WORDS.contains(&words[at - 1].as_str())
                    && tokens.get(at + 1).is_none_or(|next| {
                        tokens[at].ends_with(|c: char| !c.is_alphanumeric())
                            || !next.starts_with(char::is_uppercase)
                    })
            });
            if !as_party {
                return None;
            }
            let statement = s.docs.iter().position(|&d| {
                facts[d]
                    .statement
                    .split_whitespace()
                    .any(|w| confirm::fold(w) == *name)
            })?;
            Some((
                sentence,
                statement,
                format!("\"{}\" here stands for {}.", city.name, country.name),
            ))
        })
    }

    /// Two claims joined in one yes/no question ("Is it right that a
    /// platform was launched *and that* China hosts the third summit?"),
    /// settled apart: "No" with the sentence that denies the first claim
    /// the article denies, else "Yes" with the sentences of both. `None`
    /// when the question joins no two claims, or the article leaves one
    /// open and denies neither: the whole is then read as one.
    fn both_claims_settled(&self, question: &str, source_id: Option<&str>) -> Option<Answer> {
        let (first, second) = compound::split_claims(question)?;
        let verdicts = [
            self.answer_of(&first, source_id),
            self.answer_of(&second, source_id),
        ];
        let says =
            |answer: &Answer, verdict: &str| answer.answered && answer.answer.starts_with(verdict);
        if let Some(denied) = verdicts.iter().find(|a| says(a, "No.")) {
            return Some(denied.clone());
        }
        let [first, second] = verdicts;
        if !says(&first, "Yes.") || !says(&second, "Yes.") {
            return None;
        }
        // One fact settling both says it once.
        if first.fact_ids.first() == second.fact_ids.first() {
            return Some(first);
        }
        let sentence = second.answer.trim_start_matches("Yes.").trim_start();
        let sentence = sentence.to_string();
        Some(joined(first, second, &sentence))
    }

    /// The answer to the last of several questions in a row ("Really? Xi
    /// thinks trade wars help? *Who benefits from them?*"), when it is
    /// answered from a fact whose statement holds a content word of the
    /// questions before it: they set the scene the last one's pronouns
    /// point into. Else the answer to those before, which settles what
    /// the last points back at. `None`
    /// otherwise, and the whole is read as one.
    /// Both parts of two wh-questions joined by "and" ("Who signed the
    /// treaty and where?"), answered apart and replied together. `None`
    /// when the question asks one thing, or the article settles only one
    /// part: the whole is then read as one question.
    fn both_parts_answered(&self, question: &str, source_id: Option<&str>) -> Option<Answer> {
        let (first_question, second) = compound::split(question)?;
        let first = self.answer_of(&first_question, source_id);
        if !first.answered {
            return None;
        }
        // "Which city …, and *this city* is the capital of which country?":
        // the phrase points at the first part's answer. "How many centres
        // were launched and what do *they* focus on?": the pronoun points
        // back at the first part's phrase.
        let second = short_reply(&first.answer)
            .and_then(|named| compound::second_with_answer_named(&first_question, &second, named))
            .unwrap_or_else(|| compound::second_with_pronouns_named(&first_question, &second));
        let second = self.answer_of(&second, source_id);
        if !second.answered {
            return None;
        }
        // One fact settling both says it once.
        if first.fact_ids.first() == second.fact_ids.first() {
            return Some(first);
        }
        let text = second.answer.clone();
        Some(joined(first, second, &text))
    }

    /// The last of several questions answered, when its answer is about
    /// what the ones before it ask ([`confirm::last_of_several`]); or the
    /// question after a stated scene ("The second summit is over now.
    /// *Will China host the third one?*"), when its answer holds a word of
    /// the scene other than a name.
    fn last_of_several_answered(&self, question: &str, source_id: Option<&str>) -> Option<Answer> {
        let (before, last, scene_only) = match confirm::last_of_several(question) {
            Some((before, last)) => (before, last, false),
            None => {
                let (scene, last) = confirm::question_after_scene(question)?;
                (scene, last, true)
            }
        };
        // "The grant isn't for weapons, I hope? What is *it* for?": the
        // pronoun points back at the scene's phrase.
        let last = confirm::last_with_scene_named(&before, &last).unwrap_or(last);
        // "… What are the three?": a question naming nothing of its own is
        // the scene's, read whole.
        let names_something = self
            .analyzer
            .index_terms(&last)
            .iter()
            .any(|term| term.parse::<f64>().is_err() && self.analyzer.ordinal(term).is_none());
        if scene_only && !names_something {
            return None;
        }
        let answer = self.answer_of(&last, source_id);
        let scene: HashSet<String> = self
            .analyzer
            .index_terms(&before)
            .into_iter()
            .filter(|term| !self.index.is_proper(term))
            .collect();
        let facts = self.facts.facts();
        let in_scene = answer.fact_ids.first().is_some_and(|id| {
            facts.iter().position(|f| &f.id == id).is_some_and(|doc| {
                self.records[doc]
                    .statement_terms
                    .iter()
                    .any(|t| scene.contains(t))
            })
        });
        if answer.answered && in_scene {
            return Some(answer);
        }
        // A statement setting the scene asks nothing of its own.
        if scene_only {
            return None;
        }
        // "It wasn't the first summit, was it? *Which one was it?*": the
        // last only points back, and the fact settling the one before
        // tells it too ("No. … the second summit").
        let scene_answer = self.answer_of(&before, source_id);
        scene_answer.answered.then_some(scene_answer)
    }

    /// The item at the place in a list the question asks about ("what is
    /// the *first* area Xi listed?"), from the list that answers the
    /// question asked without the place: the answer's own list, or the
    /// list of its sentence that holds the item it answered with. `None`
    /// when the question asks for no place, or no list has one there.
    /// "Is Astana a country or a city?": the kind WordNet's sets give the
    /// name, cited from a statement that names it as one of its kinds
    /// ("Astana, the *capital* of Kazakhstan"); `None` when no set or no
    /// statement settles it.
    fn kind_answer(&self, question: &str, source_id: Option<&str>) -> Option<Answer> {
        let is_name = |words: &[String]| {
            words
                .iter()
                .all(|w| self.index.is_proper(&self.analyzer.term(w)))
        };
        let asked = kinds::read(question, is_name)?;
        let name = asked.name.join(" ");
        let sets: Vec<&str> = self.lexicon.sets_of(&name).collect();
        if sets.is_empty() {
            return None;
        }
        let lead = kinds::verdict(&asked, |kind| {
            self.lexicon.set_named(kind).map(|set| sets.contains(&set))
        })?;
        let named = self.facts.facts().iter().find(|fact| {
            let words: Vec<String> = fact
                .statement
                .split_whitespace()
                .map(confirm::fold)
                .collect();
            source_id.is_none_or(|id| fact.source_id == id)
                && words
                    .windows(asked.name.len())
                    .any(|run| run == asked.name.as_slice())
                && words.iter().any(|w| {
                    self.lexicon
                        .set_named(w)
                        .is_some_and(|set| sets.contains(&set))
                })
        });
        // "Is Beijing a city?" of an article that never says: a kind the
        // article does not give is no claim it settles either way.
        let Some(fact) = named else {
            let query = self.analyze(question);
            return Some(self.abstain(question, &query, &[], Some(0.0), source_id));
        };
        Some(Answer {
            answered: true,
            answer: format!("{lead}. {}", fact.statement),
            confidence: 1.0,
            citations: vec![fact.citation.clone()],
            fact_ids: vec![fact.id.clone()],
            suggestions: Vec::new(),
        })
    }

    /// "Which is bigger, the number of training opportunities or the
    /// number of new centres?": each side's amount as the article gives
    /// it, and the side that wins, with both facts cited; `None` unless
    /// the article gives both amounts.
    fn compared(&self, question: &str, source_id: Option<&str>) -> Option<Answer> {
        let asked = compare::read(question)?;
        let [first, second] = &asked.sides;
        let amount = |side: &str| {
            let asking = if asked.duration {
                compare::duration_question(side)
            } else {
                compare::amount_question(side)
            };
            let answer = self.answer_of(&asking, source_id);
            let (lead, sentence) = answer.answer.split_once(". ")?;
            let found = crate::numbers::find_quantities(lead);
            let span = if asked.duration {
                compare::duration_span(lead, &found)?
            } else {
                let found = found
                    .into_iter()
                    .find(|found| !found.negated && !found.quantity.ordinal)?;
                // "over 2,000" is read as the 2,000 the article gives: the
                // learner compares the figures.
                let scale = compare::scale(side);
                compare::Span::of(found.quantity.value / scale, None)
            };
            let sentence = sentence.to_string();
            // "$209 million (1.5 billion yuan)": one wording of the amount.
            let lead = lead.split(" (").next().unwrap_or(lead);
            let lead = crate::text::lowercase_first(lead);
            answer.answered.then_some((span, (lead, sentence), answer))
        };
        let (first_span, first_said, first_answer) = amount(first)?;
        let (second_span, second_said, second_answer) = amount(second)?;
        let winner = compare::winner([first_span, second_span], asked.larger)?;
        // "The Central Asian countries (five, against three)": the two
        // amounts that decide it, then the sentences that give them.
        let (won, [(won_lead, won_sentence), (lost_lead, lost_sentence)]) = if winner == 0 {
            (first, [first_said, second_said])
        } else {
            (second, [second_said, first_said])
        };
        let sentences = [won_sentence, lost_sentence];
        let won = compare::counted(won, false);
        let mut citations = first_answer.citations;
        citations.extend(second_answer.citations);
        citations.dedup();
        let mut fact_ids = first_answer.fact_ids;
        fact_ids.extend(second_answer.fact_ids);
        Some(Answer {
            answered: true,
            answer: format!(
                "{} ({won_lead}, against {lost_lead}). {} {}",
                crate::text::capitalize_first(&won),
                sentences[0],
                sentences[1]
            ),
            confidence: first_answer.confidence.min(second_answer.confidence),
            citations,
            fact_ids,
            suggestions: Vec::new(),
        })
    }

    fn position_answer(&self, question: &str, source_id: Option<&str>) -> Option<Answer> {
        let facts = self.facts.facts();
        let names_an_event = |word: &str| {
            facts.iter().any(|fact| {
                let folded: Vec<String> = fact
                    .statement
                    .split_whitespace()
                    .map(confirm::fold)
                    .collect();
                folded
                    .windows(2)
                    .any(|pair| pair[1] == word && self.analyzer.ordinal(&pair[0]).is_some())
            })
        };
        let (position, rest) =
            position::asked(question, |w| self.analyzer.ordinal(w), names_an_event)?;
        let answer = self.answer_of(&rest, source_id);
        if !answer.answered {
            return None;
        }
        let doc = facts
            .iter()
            .position(|fact| answer.fact_ids.first() == Some(&fact.id))?;
        let items_of = |fact: &Fact| -> Vec<String> {
            if fact.items.is_empty() {
                answer_traits::list_item_texts(fact)
                    .into_iter()
                    .map(str::to_string)
                    .collect()
            } else {
                fact.items.clone()
            }
        };
        let list = if facts[doc].answer_kind == AnswerKind::List {
            &facts[doc]
        } else {
            // "Xi listed *modern* agriculture among the focus areas": the
            // list of the sentence with an item holding the answer.
            let answer_words = crate::lang::words(&facts[doc].answer);
            let lists: Vec<&Fact> = facts
                .iter()
                .filter(|fact| {
                    fact.answer_kind == AnswerKind::List
                        && fact.citation.sentence_index == facts[doc].citation.sentence_index
                        && fact.source_id == facts[doc].source_id
                })
                .collect();
            let holding = lists.iter().find(|fact| {
                items_of(fact).iter().any(|item| {
                    let item_words = crate::lang::words(item);
                    !answer_words.is_empty()
                        && item_words
                            .windows(answer_words.len())
                            .any(|run| run == answer_words.as_slice())
                })
            });
            match (holding, lists.as_slice()) {
                (Some(fact), _) | (None, [fact]) => *fact,
                _ => return None,
            }
        };
        if !self.sentence_holds_the_rest(&rest, list) {
            return None;
        }
        let items = items_of(list);
        let items: Vec<&str> = items.iter().map(String::as_str).collect();
        let item = position.of(&items)?;
        Some(Answer {
            answered: true,
            answer: format!(
                "{}. {}",
                crate::text::capitalize_first(item),
                list.statement
            ),
            confidence: answer.confidence,
            citations: answer.citations,
            fact_ids: vec![list.id.clone()],
            suggestions: Vec::new(),
        })
    }

    /// Whether the facts of `list`'s sentence hold every word of `rest`
    /// but its modifiers and the words of lists and order: "which
    /// *centre* is listed?" is not asked of the sentence listing focus
    /// areas.
    fn sentence_holds_the_rest(&self, rest: &str, list: &Fact) -> bool {
        let mut held: HashSet<String> = self
            .analyzer
            .index_terms(&list.citation.text)
            .into_iter()
            .collect();
        for fact in self.facts.facts() {
            if fact.source_id == list.source_id
                && fact.citation.sentence_index == list.citation.sentence_index
            {
                held.extend(self.analyzer.index_terms(&fact.statement));
            }
        }
        let cues: HashSet<String> = position::LIST_CUES
            .iter()
            .map(|cue| self.analyzer.term(cue))
            .collect();
        // A modifier may be the learner's own ("the three *new*
        // centres"); a relative ("centre" for "focus") is too loose.
        let terms = self.analyze(rest).terms;
        terms.iter().enumerate().all(|(at, term)| {
            let modifier = term.adjective && terms.get(at + 1).is_some_and(|next| next.adjacent);
            modifier || cues.contains(&term.term) || held.contains(&term.term)
        })
    }

    /// `question` with chat shorthand spelled out ([`shorthand`]), without
    /// the courtesy around it ([`courtesy`]) and without a remark before
    /// it that names nothing of the article ("I doubt it - did Xi …?") or
    /// a chatty one set off by a comma before a wh-question ("I was reading about this treaty, and I
    /// wondered, what …?"); `None` when it has none. "green minerals or oil
    /// and gas: which …?" keeps its options.
    fn without_lead_in(&self, question: &str) -> Option<String> {
        let guessless = shorthand::without_guess_tail(question, |w| self.index.has_word(w));
        let question = guessless.as_deref().unwrap_or(question);
        let placed = shorthand::without_place_appositive(question).or(guessless.clone());
        let viewpoint =
            shorthand::viewpoint_as_according(placed.as_deref().unwrap_or(question)).or(placed);
        let spelled = match shorthand::spelled_out(viewpoint.as_deref().unwrap_or(question)) {
            Some(spelled) => Some(spelled),
            None => viewpoint,
        };
        let spelled =
            shorthand::decade_in_years(spelled.as_deref().unwrap_or(question)).or(spelled);
        let spelled = match shorthand::numbered_as_ordinal(spelled.as_deref().unwrap_or(question)) {
            Some(named) => Some(named),
            None => spelled,
        };
        let spelled =
            shorthand::trailing_ordinal_moved(spelled.as_deref().unwrap_or(question)).or(spelled);
        let spelled =
            shorthand::closing_auxiliary_moved(spelled.as_deref().unwrap_or(question)).or(spelled);
        let spelled =
            shorthand::relative_prompt_as_question(spelled.as_deref().unwrap_or(question))
                .or(spelled);
        let unwrapped = {
            let question = spelled.as_deref().unwrap_or(question);
            courtesy::unwrapped(question)
        }
        .or(spelled);
        let content = |word: &str| !self.analyzer.is_stopword(word) && self.index.has_word(word);
        let trimmed =
            courtesy::without_idle_clause(unwrapped.as_deref().unwrap_or(question), content)
                .or(unwrapped);
        let question = trimmed.as_deref().unwrap_or(question);
        confirm::after_lead_in(question, content)
            .or_else(|| confirm::after_chatty_lead_in(question))
            .or(trimmed)
    }

    /// Whether a question of four words or more opens with who acts (a
    /// pronoun, or names the article writes) and a verb in its base form:
    /// "xi say china treats the region as an equal?" drops its "did".
    fn opens_with_subject_and_bare_verb(&self, folded: &[&str]) -> bool {
        const PRONOUNS: &[&str] = &["he", "she", "they", "we", "it"];
        let named = folded
            .iter()
            .take_while(|w| PRONOUNS.contains(w) || self.index.is_proper(&self.analyzer.term(w)))
            .count();
        // "(the) central asian *leaders* want …?": or a few words naming
        // people, the last a word for people.
        let people = folded
            .iter()
            .take(MAX_SUBJECT_WORDS)
            .position(|w| self.people_words.contains(&self.analyzer.term(w)));
        // "Xi *wants* humanity to …?": a verb right after a name ends the
        // subject there, whatever word for people follows.
        let verb = |w: &str| {
            self.lexicon.is_base_verb(w)
                || w.strip_suffix('s')
                    .is_some_and(|base| base.len() >= 3 && self.lexicon.is_base_verb(base))
        };
        let verb_after_name = named >= 1 && folded.get(named).is_some_and(|w| verb(w));
        let subject = match people {
            Some(head)
                if head >= named
                    && !verb_after_name
                    && folded[..head].iter().enumerate().all(|(at, w)| {
                        (at == 0 && *w == "the")
                            || (!self.analyzer.is_stopword(w) && !self.lexicon.is_base_verb(w))
                    }) =>
            {
                head + 1
            }
            // "Xi *speech* mention …?": a name and a noun it owns, its
            // "'s" dropped, then the verb.
            _ if named >= 1
                && !verb_after_name
                && folded.get(named).is_some_and(|w| {
                    self.lexicon.can_be_noun(w) == Some(true) && !self.analyzer.is_stopword(w)
                })
                && folded.get(named + 1).is_some_and(|w| verb(w)) =>
            {
                named + 1
            }
            // "treaty *sign on* friday?": a thing, a bare verb and a
            // preposition with its object; never a noun that names the
            // kind of answer ("grant *amount in* yuan?" asks how much).
            _ if named == 0
                && folded.len() >= 4
                && !self.analyzer.is_stopword(folded[0])
                && self.lexicon.can_be_noun(folded[0]) == Some(true)
                && verb(folded[1])
                && Intent::of_type_noun(folded[1]).is_none()
                && CLAIM_PREPOSITIONS.contains(&folded[2]) =>
            {
                1
            }
            _ => named,
        };
        // "xi *himself* go to summit?", "they *really* say …?": words that
        // only stress the subject or the act stand between them.
        const STRESSING: &[&str] = &[
            "himself",
            "herself",
            "itself",
            "themselves",
            "also",
            "really",
            "actually",
            "personally",
            "ever",
            "even",
        ];
        let verb_at = subject
            + folded[subject..]
                .iter()
                .take_while(|w| STRESSING.contains(w))
                .count();
        // "Xi *supports* unilateralism?": the verb agreeing with its
        // subject is as plain a sign (`verb` above).
        let bare_verb = folded
            .get(verb_at)
            .is_some_and(|w| !intent::AUXILIARIES.contains(w) && verb(w));
        // Three words are a claim only when the last is no noun of the
        // kind of answer wanted: "China grant amount?" asks how much.
        let long_enough = folded.len() >= 4
            || (folded.len() == 3
                && verb_at == 1
                && folded.last().is_some_and(|last| {
                    Intent::of_type_noun(last).is_none() && !Intent::is_place_noun(last)
                }));
        long_enough && subject >= 1 && bare_verb
    }

    /// The term of the verb right after "what" and any forms of "be" or
    /// "have" ("what *was growing*", "what *drives*"): what is asked is its
    /// subject. `None` when a noun or a do-auxiliary follows "what" (then
    /// it asks for an object: "what *did* Xi say").
    fn subject_verb(&self, folded: &[&str]) -> Option<String> {
        const BE_OR_HAVE: &[&str] = &[
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        ];
        let wh = folded.iter().position(|w| *w == "what")?;
        let after = wh + 1 + self.reported_speaker(&folded[wh + 1..]);
        let verb = folded[after..]
            .iter()
            .find(|w| !BE_OR_HAVE.contains(w))
            .filter(|w| !self.analyzer.is_stopword(w))?;
        let a_verb_form = verb.ends_with("ing") || verb.ends_with('s');
        (a_verb_form && self.lexicon.can_be_verb(verb) == Some(true))
            .then(|| self.analyzer.term(verb))
    }

    /// How many words after "what" report whose words the rest is: "what
    /// *does Xi say* is growing", "what *Xi is saying* is growing" (an
    /// auxiliary, a name, one of [`SAY_VERBS`]); 0 when they are not
    /// there.
    fn reported_speaker(&self, words: &[&str]) -> usize {
        let auxiliary = |w: &&str| matches!(*w, "do" | "does" | "did" | "is" | "was");
        let mut at = usize::from(words.first().is_some_and(auxiliary));
        let name = words[at..]
            .iter()
            .take_while(|w| self.index.is_proper(&self.analyzer.term(w)))
            .count();
        if name == 0 {
            return 0;
        }
        at += name;
        at += usize::from(words.get(at).is_some_and(auxiliary));
        match words.get(at) {
            Some(verb) if SAY_VERBS.contains(verb) && words.len() > at + 1 => at + 1,
            _ => 0,
        }
    }

    /// Who does what a question asks about, and the verb: "what did
    /// *china and central asia sign*" → ({china, central, asia}, sign),
    /// "did *Xi call* China a friend?" → ({xi}, call). `None` without a
    /// do-auxiliary (after the wh-word, or opening a yes/no question), a
    /// subject, or a verb in its base form after it (or in the past, after
    /// "is it that" or "has").
    fn doer(&self, folded: &[&str]) -> Option<(HashSet<String>, String)> {
        let do_aux = |w: &&str| matches!(*w, "did" | "do" | "does");
        // "What did X do?", "did X do it?", and "is it that X did it?" (a
        // cleft or "is it true that" read as a yes/no question).
        // "*Has* China promised money?": the perfect asks as "did" does,
        // its verb a participle.
        let (rest, past_too) = if folded.first().is_some_and(do_aux) {
            (&folded[1..], false)
        } else if folded
            .first()
            .is_some_and(|w| matches!(*w, "has" | "have" | "had"))
        {
            (&folded[1..], true)
        } else if folded.starts_with(&["is", "it", "that"]) {
            (&folded[3..], true)
        } else {
            let wh = folded.iter().position(|w| matches!(*w, "what" | "which"))?;
            match folded[wh + 1..].iter().position(do_aux) {
                Some(aux) => (&folded[wh + 1 + aux + 1..], false),
                // "what china and central asia sign?": the "did" dropped,
                // a few words naming who, then the bare verb; or the
                // "what" asked in place ("china central asia sign what").
                None => {
                    let rest = if wh + 1 == folded.len() {
                        &folded[..wh]
                    } else {
                        &folded[wh + 1..]
                    };
                    let subject = rest
                        .iter()
                        .take(MAX_SUBJECT_WORDS + 1)
                        .take_while(|w| {
                            **w == "and"
                                || **w == "the"
                                || (!self.analyzer.is_stopword(w) && !self.lexicon.is_base_verb(w))
                        })
                        .count();
                    let named = rest[..subject]
                        .iter()
                        .any(|w| self.index.is_proper(&self.analyzer.term(w)));
                    let verb_next = rest
                        .get(subject)
                        .is_some_and(|w| self.lexicon.is_base_verb(w));
                    if !named || !verb_next {
                        return None;
                    }
                    (rest, false)
                }
            }
        };
        let verb_at = rest.iter().position(|w| {
            let verb = self.lexicon.is_base_verb(w)
                || (past_too
                    && w.len() > 4
                    && w.ends_with("ed")
                    && self.lexicon.can_be_verb(w) == Some(true));
            !self.index.is_proper(&self.analyzer.term(w)) && verb
        })?;
        let doer: HashSet<String> = rest[..verb_at]
            .iter()
            .filter(|w| !self.analyzer.is_stopword(w))
            .map(|w| self.analyzer.term(w))
            .collect();
        (!doer.is_empty() && !doer.contains("they"))
            .then(|| (doer, self.analyzer.term(rest[verb_at])))
    }

    /// The place a yes/no question says hosted something: "did *China*
    /// host the summit?" claims the summit was held there, as "was it held
    /// in China?" does.
    fn claimed_host(
        &self,
        intent: Intent,
        doer: Option<&(HashSet<String>, String)>,
    ) -> Option<String> {
        let (doers, verb) = doer.filter(|_| intent == Intent::YesNo)?;
        if *verb != self.analyzer.term("host") {
            return None;
        }
        let [place] = self
            .facts
            .places()
            .iter()
            .filter(|place| {
                doers.contains(&self.analyzer.term(&crate::text::normalize(&place.name)))
            })
            .collect::<Vec<_>>()[..]
        else {
            return None;
        };
        Some(place.name.clone())
    }

    /// Reads a question, with its intent given (`Some`) or detected.
    fn analyze_as(&self, question: &str, intent: Option<Intent>) -> Query {
        let joined = self.stopword_compounds_joined(question);
        let raw_words = self.analyzer.words(&joined);
        let question_ordinals = answer_traits::ordinals_in(&self.analyzer, &raw_words);
        let words: Vec<analyze::Word> = self
            .analyzer
            .figures(request::bounds(request::without_answer_format(
                raw_words.clone(),
            )))
            .into_iter()
            .map(|word| self.corrected(word))
            .collect();
        let words = wh_opening(words, |w| self.analyzer.is_stopword(w));
        let folded: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
        let whose = folded
            .iter()
            .position(|w| *w == "whose")
            .and_then(|at| folded.get(at + 1))
            .map(|noun| self.analyzer.term(noun));
        let closing_preposition = folded
            .last()
            .filter(|w| CLOSING_PREPOSITIONS.contains(*w))
            .map(|w| (*w).to_string());
        // "What is X and why …?" asks for a reason too, which only a fact
        // giving one answers.
        let asks_stance = asks_stance(&folded);
        let doer_verb = self.doer_verb(&folded);
        // "What does 'backfire' mean - *who gets hurt*?": the question
        // after a dash asks what the reply must say.
        let after_dash = after_dash_question(question);
        let intent = intent.unwrap_or_else(|| {
            if let Some(tail) = &after_dash {
                let words: Vec<&str> = tail.iter().map(String::as_str).collect();
                Intent::detect(&words)
            } else if folded.contains(&"why")
                || asks_what_for(&folded, |w| self.lexicon.is_base_verb(w))
            {
                Intent::Why
            } else if (request::closes_with_yes_no(&raw_words)
                || confirm::yes_no_after_scene(question))
                && !folded.iter().any(|w| intent::WH_WORDS.contains(w))
            {
                Intent::YesNo
            } else {
                match Intent::detect(&folded) {
                    // "Where do they stand on …?" asks for a side, not a place.
                    Intent::Where if asks_stance => Intent::Open,
                    Intent::Open
                        if is_verbless_yes_no(
                            question,
                            &folded,
                            self.opens_with_subject_and_bare_verb(&folded),
                        ) =>
                    {
                        Intent::YesNo
                    }
                    // "*any* centre on desert issues": whether there is one.
                    Intent::Open
                        if folded.len() >= 3
                            && folded[0] == "any"
                            && !folded.iter().any(|w| intent::WH_WORDS.contains(w)) =>
                    {
                        Intent::YesNo
                    }
                    // "xi support division between *country*?": a subject
                    // and its bare verb make a claim, whatever kind of
                    // answer a noun of it names.
                    Intent::Where | Intent::Who
                        if self.opens_with_subject_and_bare_verb(&folded)
                            && is_verbless_yes_no(question, &folded, true) =>
                    {
                        Intent::YesNo
                    }
                    // "Treaty is for short time only?": a statement asked
                    // with its verb, whatever kind of answer a noun of it
                    // names ("amount earmarked for …?" still asks one).
                    Intent::Clock
                    | Intent::When
                    | Intent::HowLong
                    | Intent::HowMuch
                    | Intent::HowMany
                        if declares(&folded) && is_verbless_yes_no(question, &folded, false) =>
                    {
                        Intent::YesNo
                    }
                    detected => detected,
                }
            }
        });
        let specific_kind = self.specific_kind(&folded);
        let asked_sets: Vec<String> = folded
            .iter()
            .filter(|w| w.ends_with('s'))
            .filter_map(|w| self.lexicon.set_named(w))
            .map(str::to_string)
            .collect();
        let counted = if intent == Intent::HowMany {
            // "how many heads of state": the noun the article's words
            // make of the phrase ("president") is what is counted.
            let rewritten = self.analyzer.rewrite_phrases(words.clone());
            let rewritten: Vec<&str> = rewritten.iter().map(|w| w.text.as_str()).collect();
            counts::asked_nouns(&rewritten, self.lexicon)
        } else {
            Vec::new()
        };
        let side_terms: HashMap<String, Stance> = if intent == Intent::YesNo {
            HashMap::new()
        } else {
            folded
                .iter()
                .filter_map(|w| Some((self.analyzer.term(w), StanceWords::embedded().of(w)?)))
                .collect()
        };
        let several = Intent::wants_several(&folded) || self.plural_after_modifiers(&folded);
        let asked_noun = Intent::asked_noun(&folded);
        let asked_after_wh = asked_noun.is_some_and(|noun| {
            let Some(wh) = folded.iter().position(|w| matches!(*w, "which" | "what")) else {
                return false;
            };
            // "What *kinds of* green minerals …?" asks of the minerals.
            let between_words = &folded[wh + 1..];
            let kind_frame = |at: usize| {
                KIND_WORDS.contains(&between_words[at])
                    || (between_words[at] == "of"
                        && at > 0
                        && KIND_WORDS.contains(&between_words[at - 1]))
            };
            between_words
                .iter()
                .position(|w| *w == noun)
                .is_some_and(|at| {
                    (0..at).all(|i| kind_frame(i) || !self.analyzer.is_stopword(between_words[i]))
                })
        });
        let asked = asked_noun.map(|noun| self.analyzer.term(noun));
        let subject_verb = self.subject_verb(&folded);
        let doer = self.doer(&folded);
        let claimed_host = self.claimed_host(intent, doer.as_ref());
        let they_act = folded.first() == Some(&"they")
            || folded
                .windows(2)
                .any(|pair| intent::AUXILIARIES.contains(&pair[0]) && pair[1] == "they");
        let kind_of = slots::kind_of_at(&folded).is_some();
        let about = folded.contains(&"about")
            && (folded
                .first()
                .is_some_and(|w| matches!(*w, "tell" | "explain" | "describe"))
                || folded.windows(2).any(|pair| {
                    matches!(
                        pair[0],
                        "say" | "said" | "says" | "think" | "thinks" | "thought" | "feel"
                    ) && pair[1] == "about"
                }));
        let overview = about
            && folded
                .first()
                .is_some_and(|w| matches!(*w, "tell" | "explain" | "describe"));
        // "What is the treaty about?" asks what it commits to, focuses on
        // or is for.
        // "The treaty is about what?" asks it with the wh-word left in place.
        let content_about = !about
            && (folded.last() == Some(&"about")
                && folded
                    .first()
                    .is_some_and(|w| matches!(*w, "what" | "whats"))
                || folded.ends_with(&["about", "what"]));
        let opinion = folded.windows(2).any(|pair| {
            matches!(
                pair,
                [
                    "you",
                    "think"
                        | "believe"
                        | "feel"
                        | "reckon"
                        | "agree"
                        | "like"
                        | "prefer"
                        | "suppose"
                ] | [
                    "your",
                    "opinion" | "opinions" | "view" | "views" | "thoughts" | "take"
                ]
            )
        });
        let type_noun = Intent::type_noun(&folded).map(str::to_string);
        let type_noun = type_noun.as_deref();
        let past = folded
            .iter()
            .any(|w| matches!(*w, "did" | "was" | "were" | "happened" | "met" | "took"))
            || self.past_verb_alone(&folded);
        let asked_word = Intent::asked_noun(&folded).map(str::to_string);
        let asked_word = asked_word.as_deref();
        let speaks = folded.iter().any(|w| SAY_VERBS.contains(w));
        // Only when nothing narrower is asked: "what kind of environment
        // did they say …" asks for the environment.
        // "What did they say the platform is *good for*?" asks a purpose
        // as they told it, as plainly as "what did they say?".
        let says = matches!(intent, Intent::Open | Intent::Why)
            && asked_word.is_none()
            && speaks
            && folded.iter().any(|w| matches!(*w, "what" | "whats"));
        // "What did Xi say …" is past only in the saying, not in what was
        // said ("… will backfire").
        let tells_what_happened = !speaks
            && !folded.iter().any(|w| PLEDGE_VERBS.contains(w))
            && !about
            && (folded
                .iter()
                .any(|w| matches!(*w, "did" | "happened" | "met" | "took"))
                // "Who *hosted*?": a verb in the past tense, right after
                // the wh-word, tells of what happened.
                || (intent == Intent::Who
                    && folded.get(1).is_some_and(|w| {
                        w.len() > 4 && w.ends_with("ed") && self.lexicon.can_be_verb(w) == Some(true)
                    }))
                || (intent == Intent::Where && asks_what_is(&folded)))
            && !folded.iter().any(|w| FUTURE_WORDS.contains(w))
            && question_ordinals.is_empty();
        let not_future = tells_what_happened || points_at_the_reported_event(&folded);
        let describer = self.describer(&folded);
        // "Hegemony, *not just* unilateralism, …?" adds, it denies nothing.
        let negated = folded
            .iter()
            .enumerate()
            .skip(usize::from(opens_with_negated_auxiliary(&folded)))
            .any(|(at, w)| {
                NEGATIONS.contains(w)
                    && !folded
                        .get(at + 1)
                        .is_some_and(|next| NOT_ONLY.contains(next))
            });
        let judged_by_negation = intent == Intent::YesNo && judged_by_negation(question);
        let conditional = asks_under_a_condition(&folded);
        let alone = folded.iter().any(|w| ALONE_WORDS.contains(w));
        // Only a verb form the question closes on: "… be *funded*?", not
        // "… per the *article*?".
        let name_of = folded
            .windows(3)
            .position(|w| w[0] == "name" && w[1] == "of")
            .and_then(|at| {
                let after = &folded[at + 2..];
                let skip = usize::from(matches!(after.first(), Some(&("the" | "this" | "that"))));
                after.get(skip).copied()
            })
            // "The name of the *thing* they signed": too general a kind
            // for the answer to have to be one.
            .filter(|w| {
                let singular = w.strip_suffix('s').unwrap_or(w);
                !self.analyzer.is_stopword(w) && !TOP_KINDS.contains(&singular)
            })
            .map(|w| self.analyzer.term(w));
        let how_verb = (intent == Intent::How && folded.len() >= 3)
            .then(|| (folded[folded.len() - 2], folded[folded.len() - 1]))
            .filter(|(before, last)| {
                let participle = last.len() > 4 && (last.ends_with("ed") || last.ends_with("en"));
                let after_verb_word = matches!(*before, "be" | "been" | "being" | "get" | "got")
                    || intent::AUXILIARIES.contains(before);
                (participle || after_verb_word)
                    && !self.analyzer.is_stopword(last)
                    && self.lexicon.can_be_verb(last) == Some(true)
            })
            .map(|(_, last)| self.analyzer.term(last));
        // "What … for?" asks what for, but "what *kind of* community is
        // he aiming for?" asks which community.
        // "What is *the point of* the centres?" asks what they are for.
        let point_of = folded.windows(3).any(|w| w == ["the", "point", "of"]);
        // "What did Xi *push for*?": a verb of the subject's right before
        // "for" asks its object, not what something is for.
        let phrasal_for = folded.len() >= 4
            && matches!(folded.get(1), Some(&("did" | "do" | "does")))
            && folded.last() == Some(&"for")
            && self.lexicon.is_base_verb(folded[folded.len() - 2]);
        let purpose = intent != Intent::YesNo
            && (point_of
                || folded.iter().any(|w| PURPOSE_WORDS.contains(w))
                || (folded.first() == Some(&"what")
                    && folded.last() == Some(&"for")
                    && !phrasal_for
                    && !asked_after_wh
                    && !matches!(folded.get(1), Some(&("kind" | "type" | "sort")))));
        let described = folded
            .iter()
            .position(|w| DESCRIBE_VERBS.contains(w))
            .and_then(|at| {
                folded[at + 1..]
                    .iter()
                    .find(|w| !matches!(**w, "the" | "a" | "an"))
            })
            .filter(|w| !self.analyzer.is_stopword(w))
            .map(|w| self.analyzer.term(w));
        // "What is the grant meant to *pay* for?": the verb before a
        // closing "for" names the use, which a fact telling a purpose gives.
        // A verb it is: after "to", a participle ("used for") or in a
        // question asked with "do" or a modal ("what *will* the grant
        // pay for?"); "what *are* the new *centres* for?" names the
        // thing, not its use.
        let verb_asked = folded.iter().any(|w| AUXILIARIES_BEFORE_VERB.contains(w));
        let use_verb =
            (folded.first() == Some(&"what") && folded.last() == Some(&"for") && !phrasal_for)
                .then(|| folded.len().checked_sub(2))
                .flatten()
                .filter(|&at| {
                    let word = folded[at];
                    verb_asked
                        || at
                            .checked_sub(1)
                            .is_some_and(|before| folded[before] == "to")
                        || word.ends_with("ed")
                        || self.lexicon.irregular_base(word).is_some()
                })
                .map(|at| folded[at])
                .filter(|w| !self.analyzer.is_stopword(w));
        let purpose_terms: HashSet<String> = folded
            .iter()
            .filter(|w| PURPOSE_WORDS.contains(w) || (point_of && **w == "point"))
            .chain(use_verb.as_ref())
            .map(|w| self.analyzer.term(w))
            .collect();
        // Not a form in "-ing" ("is *farming* one of …"), which names an
        // activity an item may stand for.
        let named_as_items: HashSet<String> = folded
            .windows(3)
            .filter(|w| {
                let noun = !self.analyzer.is_stopword(w[1]) && !w[1].ends_with("ing");
                let naming = matches!(w[0], "name" | "named" | "list" | "listed" | "include")
                    && w[2] == "as";
                noun && (naming || w[2] == "among" || w[2] == "one")
            })
            .map(|w| self.analyzer.term(w[1]))
            .collect();
        let proposed_acts: HashSet<String> = folded
            .windows(2)
            .filter(|pair| {
                (SAY_VERBS.contains(&pair[0]) || PLEDGE_VERBS.contains(&pair[0]))
                    && pair[1].ends_with("ing")
                    && self.lexicon.can_be_verb(pair[1]) == Some(true)
            })
            .map(|pair| self.analyzer.term(pair[1]))
            .collect();
        // "After *this one*" sets the asked one against the reported
        // event, not against an ordinal the question names.
        let order = folded
            .iter()
            .enumerate()
            .filter(|(at, _)| !matches!(folded.get(at + 1).copied(), Some("this" | "that" | "it")))
            .find_map(|(_, w)| claimed_order(w));
        let is_ordinal = |w: &&str| self.analyzer.ordinal(w).is_some();
        let named_one_order = folded
            .iter()
            .position(|w| claimed_order(w).is_some())
            .filter(|&at| {
                intent == Intent::YesNo
                    && folded[..at].iter().any(is_ordinal)
                    && !folded[at + 1..].iter().any(is_ordinal)
            })
            .and_then(|at| claimed_order(folded[at]));
        let restrictive =
            intent == Intent::YesNo && folded.iter().any(|w| RESTRICTIONS.contains(w));
        let repeats = intent == Intent::YesNo && folded.iter().any(|w| REPETITIONS.contains(w));
        let claims_share = intent == Intent::YesNo
            && folded
                .windows(2)
                .any(|pair| SHARES.contains(&pair[0]) && pair[1] == "of");
        // "Where are the professionals *from*?", "The professionals of
        // *which region*?": where things come from.
        let asks_time_taken = intent == Intent::HowLong
            && folded
                .iter()
                .any(|w| matches!(*w, "take" | "took" | "taken" | "takes" | "taking"));
        let asks_origin = intent == Intent::Where
            && (folded.contains(&"from") || asked_word.is_some_and(Intent::is_place_noun));
        let bounded_terms = if intent == Intent::YesNo {
            bounded_time(&folded)
                .into_iter()
                .map(|word| self.analyzer.term(word))
                .collect()
        } else {
            HashSet::new()
        };
        let locative = folded.contains(&"where")
            || (folded.len() > 1
                && matches!(folded[0], "in" | "at")
                && matches!(folded[1], "which" | "what"));
        let units = time_units_in(&self.analyzer, &raw_words);
        let confirms = intent != Intent::YesNo
            && folded
                .first()
                .is_some_and(|w| intent::AUXILIARIES.contains(w))
            && folded
                .windows(2)
                .any(|pair| pair[0] == "and" && intent::WH_WORDS.contains(&pair[1]));
        let future = !past
            && folded
                .iter()
                .any(|w| matches!(*w, "will" | "would" | "next" | "upcoming"));
        // "Did Xi *say* it will backfire?" asks about the saying.
        let asks_if_done = intent == Intent::YesNo
            && !speaks
            && folded.first().is_some_and(|w| {
                matches!(
                    *w,
                    "did" | "has" | "have" | "had" | "was" | "were" | "didnt" | "hasnt"
                )
            })
            && !folded.iter().any(|w| {
                FUTURE_WORDS.contains(w)
                    || matches!(
                        *w,
                        "to" | "supposed" | "going" | "plan" | "planned" | "expected" | "agreed"
                    )
            });
        let distributive = (matches!(intent, Intent::HowMany | Intent::HowMuch)
            && folded.iter().any(|w| DISTRIBUTIVES.contains(w)))
            || asks_how_it_is_split(intent, &folded);
        let mut stated_amounts: Vec<crate::numbers::Quantity> = if intent == Intent::YesNo {
            crate::numbers::find_quantities(&request::comparatives_as_bounds(question))
                .into_iter()
                .map(|found| found.quantity)
                .filter(|q| !q.ordinal)
                .collect()
        } else {
            Vec::new()
        };
        let claimed = stated_amounts
            .iter()
            .position(|q| q.currency.is_some() || q.qualifier.is_some())
            .map(|at| stated_amounts.remove(at));
        // Sums and spans besides the claim, which the fact must state.
        stated_amounts.retain(|q| q.currency.is_some() || q.duration().is_some());
        let asked_place = asked_word.is_some_and(Intent::is_place_noun)
            || slots::asked_head(&folded, self.lexicon).is_some_and(Intent::is_place_noun);
        let asks = slots::Asks::read(&folded, self.lexicon);
        let asked_head = slots::asked_head(&folded, self.lexicon).map(str::to_string);
        let kind_noun =
            slots::kind_noun(&folded, self.lexicon).map(|noun| self.analyzer.term(noun));
        let term_keys = slots::term_keys(&folded, |w| self.analyzer.term(w), self.lexicon);
        let term_facts = slots::term_facts(
            &folded,
            |w| self.analyzer.term(w),
            self.lexicon,
            intent == Intent::YesNo,
        );
        // "did Xi mention it *in his speech*?": where one said it is the
        // saying too, which any report of one's words settles.
        let said_in = folded
            .windows(3)
            .filter_map(|w| mention::is_where_said([w[0], w[1], w[2]]).then_some(&w[2]));
        // "did *Xi speech* mention …?": the speaker's speech, its "'s" dropped.
        let owned_speech = folded.windows(2).filter_map(|w| {
            (self.index.is_proper(&self.analyzer.term(w[0])) && mention::is_speech_noun(w[1]))
                .then_some(&w[1])
        });
        let said_in = said_in.chain(owned_speech);
        let saying: HashSet<String> = folded
            .iter()
            .filter(|w| SAY_VERBS.contains(w) || SPEECH_VERBS.contains(w))
            .chain(said_in)
            .map(|w| self.analyzer.term(w))
            .collect();
        let quantified: HashSet<String> = folded
            .iter()
            .enumerate()
            .filter_map(|(at, w)| {
                (SOMEONE.contains(w) || (at > 0 && SOME.contains(&folded[at - 1]))).then_some(*w)
            })
            .map(|w| self.analyzer.term(w))
            .collect();
        let claim_terms: HashSet<String> = if claimed.is_some() {
            folded
                .iter()
                .filter(|w| {
                    w.chars().all(|c| c.is_ascii_digit() || c == '.')
                        || crate::numbers::is_number_word(w)
                        || TIME_UNITS.contains(w)
                })
                // "*fewer than* 1,000 years": the comparison is the claim's.
                .chain(
                    folded
                        .windows(2)
                        .filter(|pair| pair[1] == "than")
                        .map(|pair| &pair[0]),
                )
                // "*at least* 3,000", "*up to* five": so is a bound's phrase.
                .chain(bound_words_before_numbers(&folded))
                .map(|w| self.analyzer.term(w))
                .collect()
        } else {
            HashSet::new()
        };
        let lexical = self.lexical_alternatives(&folded);
        let asks_definition = asks_definition(&folded, intent, |w| self.analyzer.is_stopword(w));
        let tones = if intent == Intent::YesNo {
            self.tone_claims(&folded)
        } else {
            Vec::new()
        };
        let mention = (intent == Intent::YesNo)
            .then(|| mention::mention_in(&words))
            .flatten()
            .unwrap_or_default();
        let mentioned: Vec<analyze::Word> =
            mention.object.iter().map(|&at| words[at].clone()).collect();
        // "Did *Russia* say anything about the treaty?": who spoke, when
        // named; pronouns and the article itself name no one.
        let mention_subject: Vec<String> = mention
            .subject
            .iter()
            .map(|&at| words[at].text.as_str())
            // "Did Xi's *speech* mention …?": the speech is where its
            // speaker said it, so the speaker is who must be named.
            .filter(|w| {
                !self.analyzer.is_stopword(w)
                    && !request::names_the_text(w)
                    && !mention::is_speech_noun(w)
            })
            .map(|w| self.analyzer.term(w))
            .collect();
        // "What was the last treaty … *before this one*?": another of the
        // kind, which no fact is about.
        let before_this_one = folded.windows(2).enumerate().any(|(at, pair)| {
            matches!(pair[0], "before" | "preceding" | "than")
                && matches!(pair[1], "this" | "that")
                && matches!(folded.get(at + 2).copied(), None | Some("one"))
        });
        let picks_from = folded.windows(4).find_map(|run| {
            (matches!(run[0], "which" | "who" | "what") && run[1] == "of" && run[2] == "the")
                .then(|| crate::numbers::parse_number_words(run[3]).or_else(|| run[3].parse().ok()))
                .flatten()
                .filter(|n: &f64| n.fract() == 0.0 && (2.0..100.0).contains(n))
                .map(|n| n as usize)
        });
        let superlative = (intent != Intent::YesNo)
            .then(|| {
                folded
                    .windows(2)
                    .find_map(|pair| (pair[0] == "the").then(|| self.superlative_bases(pair[1]))?)
            })
            .flatten();
        let asks_place_in_series = intent != Intent::YesNo
            && folded
                .windows(2)
                .any(|pair| pair[0] == "the" && matches!(pair[1], "series" | "sequence"));
        let offered_ordinals = ordinals_offered_openly(&self.analyzer, &folded, intent);
        let words = self
            .analyzer
            .rewrite_phrases(self.without_redundant_series_words(words));
        let presupposed_counts = self.presupposed_counts(&words);
        let included = if intent == Intent::HowMany {
            self.included_in_count(&words)
        } else {
            Vec::new()
        };
        // Each word's term, in order: read once for the sets and phrases
        // below that need them.
        let word_terms: Vec<String> = words.iter().map(|w| self.analyzer.term(&w.text)).collect();
        let all_terms: HashSet<String> = word_terms.iter().cloned().collect();
        let name_parts = self.name_parts(question, &all_terms);
        let placed = placed_in(self.facts.places(), question);
        // Only beside a city the article never names: a claim about one
        // it names ("in Astana, Uzbekistan") keeps the country to judge.
        let place_names: Vec<&str> = self.place_names.iter().map(String::as_str).collect();
        let locating = request::locating_names(question, &place_names);
        let locating = if placed
            .iter()
            .all(|place| locating.contains(&crate::lang::words(&place.name).concat()))
        {
            locating
        } else {
            Vec::new()
        };
        let context = TermContext {
            intent,
            type_noun,
            claimed_duration: claimed.as_ref().is_some_and(|c| c.duration().is_some()),
            lexical: &lexical,
            asked_head: asked_head.as_deref(),
            content_about,
            term_facts: &term_facts,
            asks_stance,
            asks_mention: !mentioned.is_empty(),
            locating: &locating,
        };
        let QueryTerms {
            terms,
            ordinal_terms,
            choices,
            options,
            option_runs,
            names_other_in_series,
            subject_matter,
        } = self.query_terms(&words, &context);
        let unknown_modifiers = self.unknown_modifiers(&terms);
        let unmentioned = self.unmentioned(question, &mentioned, &terms);
        // "The first or the second?" offers it as one option.
        let other_in_series = (names_other_in_series || before_this_one)
            && choices.is_empty()
            && offered_ordinals.is_empty();
        let defines = asks_definition
            .then(|| {
                let roles = ROLE_NOUNS.iter().map(|w| self.analyzer.term(w)).collect();
                definiendum(&terms, &roles)
            })
            .flatten();
        let offered = ordinal_offered(&self.analyzer, question);
        let (stances, object_judgements) = if intent == Intent::YesNo {
            stance_claims(&self.analyzer, question, true)
        } else {
            (Vec::new(), Vec::new())
        };
        let (group_labels, group_claims) = group_labels(&words, &word_terms);
        Query {
            intent,
            several,
            specific_kind,
            asked_sets,
            asked,
            whose,
            closing_preposition,
            subject_verb,
            they_act,
            doer,
            kind_noun,
            asked_after_wh,
            kind_of,
            asked_place,
            ordinal_modifies: !offered && ordinal_modifies(&self.analyzer, question),
            ordinal_offered: offered,
            ordinals: question_ordinals
                .into_iter()
                .chain(words.iter().filter_map(|w| self.analyzer.ordinal(&w.text)))
                .filter(|ordinal| !offered_ordinals.contains(ordinal))
                .collect(),
            about,
            overview,
            opinion,
            past,
            not_future,
            says,
            negated,
            conditional,
            how_verb,
            alone,
            name_of,
            judged_by_negation,
            units,
            terms,
            all_terms,
            name_parts,
            asks,
            term_keys,
            term_facts,
            asked_word: asked_word.map(str::to_string),
            subject_matter,
            ordinal_terms,
            choices,
            options,
            option_runs,
            chooses: false,
            asks_mention: !mentioned.is_empty(),
            mention_subject,
            describer,
            unmentioned,
            asks_stance,
            doer_verb,
            side_terms,
            name_runs: self.name_runs(&words),
            placed_terms: placed
                .iter()
                .flat_map(|place| self.analyzer.words(&place.name))
                .map(|word| self.analyzer.term(&word.text))
                .collect(),
            place_modifier_terms: self.place_modifier_terms(question),
            owner_terms: self.owner_terms(question),
            claimed_location: placed
                .first()
                .filter(|_| intent == Intent::YesNo)
                .filter(|place| !self.placed_as_the_article_places(question, place))
                .filter(|place| !self.place_modifies_a_noun(question, place))
                .map(|p| p.name.clone())
                .or(claimed_host),
            restrictive,
            repeats,
            next_time: request::asks_next_time(question),
            claims_share,
            asks_origin,
            asks_time_taken,
            asks_within: (intent != Intent::YesNo)
                .then(|| where_inside(self.facts.places(), question))
                .flatten(),
            bounded_terms,
            locative,
            confirms,
            open_choice: !offered_ordinals.is_empty(),
            future,
            asks_if_done,
            distributive,
            tones,
            other_in_series,
            asks_place_in_series,
            picks_from,
            superlative,
            periods: request::periods(question),
            years: request::years_in(question).into_iter().collect(),
            summary: false,
            aside: HashSet::new(),
            saying,
            quantified,
            claimed_nouns: claimed
                .as_ref()
                .and_then(|claimed| claimed.unit.as_deref())
                .map(|unit| counts::counted_nouns(unit, self.lexicon))
                .unwrap_or_default(),
            claim_terms,
            claimed,
            stated_amounts,
            order,
            named_one_order,
            counts: counts::counts_in(question, self.lexicon),
            presupposed_counts,
            included,
            counted,
            origins: origins_in(&self.analyzer, &self.place_terms, &word_terms),
            whose_people: self.whose_people(&words, &word_terms),
            group_labels,
            group_claims,
            purpose,
            proposed_acts,
            named_as_items,
            unknown_modifiers,
            purpose_terms,
            defines,
            described,
            stances,
            object_judgements,
        }
    }

    /// The polarity phrases of the article the words hold ("low
    /// priority"), each with its tone and content terms.
    fn tone_claims(&self, words: &[&str]) -> Vec<(Polarity, HashSet<String>)> {
        /// The longest phrase looked for, in words.
        const LONGEST: usize = 5;
        let mut found = Vec::new();
        for start in 0..words.len() {
            for end in start + 1..=(start + LONGEST).min(words.len()) {
                let phrase = &words[start..end];
                let tone = self.facts.polarity(&phrase.join(" "));
                if tone == Polarity::Neutral {
                    continue;
                }
                let terms = phrase
                    .iter()
                    .filter(|w| !self.analyzer.is_stopword(w))
                    .map(|w| self.analyzer.term(w))
                    .collect();
                found.push((tone, terms));
            }
        }
        // "a *minor* concern", "*low* priority": a word that ranks the
        // noun after it low claims the other tone of "a key priority".
        // It denies a statement ranking something first ("a *key*
        // priority") whatever noun it ranks ("concern", "priority").
        let classes = crate::lang::rewordings::WordClasses::embedded();
        for pair in words.windows(2) {
            if classes.lesser.iter().any(|w| w == pair[0]) && !self.analyzer.is_stopword(pair[1]) {
                let terms = pair
                    .iter()
                    .copied()
                    .chain(classes.importance.iter().map(String::as_str))
                    .map(|w| self.analyzer.term(w))
                    .collect();
                found.push((Polarity::Negative, terms));
            }
        }
        found
    }

    /// Whether the fact is of the other tone than a phrase the yes/no
    /// question claims and states a word of it: "a key priority" settles
    /// "is it *a low priority*?" with "no".
    fn of_the_other_tone(&self, query: &Query, doc: usize) -> bool {
        let record = &self.records[doc];
        record.polarity != Polarity::Neutral
            && query.tones.iter().any(|(tone, terms)| {
                *tone != Polarity::Neutral
                    && *tone != record.polarity
                    && terms.iter().any(|t| record.statement_terms.contains(t))
            })
    }

    /// The item of a yes/no question that a list fact leaves out, when the
    /// article never uses its words and the fact's statement holds every
    /// other word that counts: "was a *healthcare* centre launched?" of
    /// the centres' list asks whether it is among the items, and the
    /// list, which names them all, says it is not. The item is one word
    /// or a run of adjacent ones ("was *space exploration* a focus
    /// area?"); empty when there is none.
    fn not_among_items<'q>(&self, query: &'q Query, doc: usize) -> &'q [QueryTerm] {
        if query.intent != Intent::YesNo || self.records[doc].list_len.is_none_or(|n| n < 2) {
            return &[];
        }
        let mut missing: Option<(usize, usize)> = None;
        // The fact holds some other word that counts: the item is what the
        // question asks of it, not the whole question.
        let mut held_other = false;
        let (mut run_has_unknown, mut run_has_known) = (false, false);
        for (at, term) in query.terms.iter().enumerate() {
            if term.weight < UNSETTLED_MIN_WEIGHT {
                continue;
            }
            let [statement, questions, sentence] = self.fields_with(doc, term);
            // "Is there a center for *health* among them?" of a list whose
            // sentence holds only a loose WordNet neighbour of it, none of
            // the items ("better integrated"): an item the list leaves out.
            let loose_outside = !query.group_labels.is_empty()
                && self.only_loosely(doc, term)
                && !term
                    .loose
                    .iter()
                    .any(|alt| self.records[doc].answer_terms.contains(alt));
            let [statement, questions, sentence] = if loose_outside {
                [false; 3]
            } else {
                [statement, questions, sentence]
            };
            // "one of *the three* centres": a count its sentence gives;
            // "the *refined* mechanism", "the *new* centres": what the
            // sentence says of the list's subject.
            let presupposed = sentence && query.presupposed_counts.contains(&term.term);
            let described_subject = sentence && term.adjective && !term.name;
            if statement || questions || presupposed || described_subject {
                held_other = true;
                continue;
            }
            if self.listing_terms.contains(&term.term) {
                continue;
            }
            let outside = !sentence
                && !term.name
                && (term.alternatives.is_empty() || loose_outside)
                // A count ("*four* centres") is not an item the list
                // could hold.
                && !term.term.chars().any(|c| c.is_ascii_digit())
                && term.known.number_word.is_none()
                // A word no dictionary knows is a slip for one it cannot
                // tell ("goverments"), not an item the list leaves out,
                // unless no word is one slip from it ("cybersecurity"); an
                // adverb ("did Xi *personally* attend?") says how, not what.
                && query
                    .term_facts
                    .get(&term.term)
                    .is_some_and(|t| (t.verb.is_some() && !t.adverb_only) || t.coined);
            // A word the article uses elsewhere ("*energy*") is an item the
            // list leaves out only beside one it never uses ("nuclear
            // energy").
            let unknown = outside && !self.index.knows(&term.term);
            missing = match missing {
                None if outside => Some((at, at + 1)),
                // The next word of the same item ("space *exploration*").
                Some((start, end)) if outside && end == at && term.adjacent => {
                    Some((start, at + 1))
                }
                _ => return &[],
            };
            run_has_unknown |= unknown;
            run_has_known |= outside && !unknown;
        }
        let Some((start, end)) = missing else {
            return &[];
        };
        if !run_has_unknown || self.names_an_item(query, doc) {
            return &[];
        }
        // An action ("*spread*") is not an item either, unless it is the
        // act proposed ("did Xi propose *scrapping* it?" of what he
        // proposed); in a run only the last word is the head ("*space*
        // exploration" is a noun's modifier).
        let head = &query.terms[end - 1];
        let item = !head.known.verb
            || query.proposed_acts.contains(&head.term)
            || query.named_as_items.contains(&head.term);
        // With a word the article uses elsewhere, the run must be an item
        // named by a noun ("nuclear *energy*"), not how something is
        // ("trading *easier*").
        let named = query
            .term_facts
            .get(&head.term)
            .is_some_and(|t| t.noun || t.coined);
        if run_has_known && !named {
            return &[];
        }
        if !item || (end - start > 1 && !held_other) {
            return &[];
        }
        &query.terms[start..end]
    }

    /// Whether the question names a whole item of the fact's list: then a
    /// word the article never uses is where it asks the item is ("is
    /// *modern agriculture* on the *agenda*?"), not an item left out.
    fn names_an_item(&self, query: &Query, doc: usize) -> bool {
        self.records[doc].answer_items.iter().any(|item| {
            !item.is_empty()
                && item.iter().all(|term| {
                    query
                        .terms
                        .iter()
                        .any(|q| &q.term == term || q.alternatives.contains(term))
                })
        })
    }

    /// [`Query::whose_people`] of the question's words: a name right
    /// after a people word and "of", or right before a people word.
    fn whose_people(&self, words: &[analyze::Word], terms: &[String]) -> HashSet<String> {
        let people = |at: usize| terms.get(at).is_some_and(|t| self.people_words.contains(t));
        let name =
            |at: usize| self.index.is_proper(&terms[at]) && self.place_terms.contains(&terms[at]);
        (0..terms.len())
            .filter(|&at| name(at))
            .filter(|&at| {
                let after_of = at >= 2 && words[at - 1].text == "of" && people(at - 2);
                after_of || people(at + 1)
            })
            .map(|at| terms[at].clone())
            .collect()
    }

    /// Whether two capitalised question words (not opening it) form a name
    /// the article never writes, neither of them one of its names:
    /// "United States", not "Second China" (the article has "second
    /// China") nor "Road Initiative" ("Road" is a name of the article).
    fn unknown_name_pair(
        &self,
        position: usize,
        word: &analyze::Word,
        next: &analyze::Word,
    ) -> bool {
        position > 0
            && word.capitalized
            && next.capitalized
            && !word.is_numeric()
            && !next.is_numeric()
            && !self.index.is_proper(&self.analyzer.term(&word.text))
            && !self.index.is_proper(&self.analyzer.term(&next.text))
            && !self
                .word_pairs
                .contains(&format!("{} {}", word.text, next.text))
    }

    /// Part of the question word, not content: "how *long*", "what
    /// *time*" (a time of day, which the intent already asks for), the
    /// noun of "what type of" the article never uses, a period noun of a
    /// how-long question or a claimed duration, an opening list verb.
    /// [`Query::name_parts`]: the terms of the parts of each hyphenated
    /// word of `question` that the article writes too (dashes alike) and
    /// that holds a name, less those the question also writes on their
    /// own.
    fn name_parts(&self, question: &str, all_terms: &HashSet<String>) -> HashSet<String> {
        let mut parts = HashSet::new();
        let mut alone = HashSet::new();
        for token in question.split_whitespace() {
            let Some(word) = hyphenated_word(token) else {
                let word = token.trim_matches(|c: char| !c.is_alphanumeric());
                alone.insert(self.analyzer.term(&word.to_lowercase()));
                continue;
            };
            let terms: Vec<String> = word
                .split('-')
                .map(|part| self.analyzer.term(part))
                .collect();
            // A name's, not an ordinary compound's ("long-term").
            if self.hyphenated.contains(&word) && terms.iter().any(|t| self.index.is_proper(t)) {
                parts.extend(terms);
            }
        }
        parts.retain(|t| all_terms.contains(t) && !alone.contains(t));
        parts
    }

    fn is_frame_word(
        &self,
        words: &[analyze::Word],
        position: usize,
        context: &TermContext<'_>,
    ) -> bool {
        let word = words[position].text.as_str();
        let after_how = position > 0 && words[position - 1].text == "how";
        let second_of_how = position > 1
            && words[position - 2].text == "how"
            && intent::HOW_SECOND_WORDS.contains(&(words[position - 1].text.as_str(), word));
        (after_how && intent::HOW_MODIFIERS.contains(&word))
            || second_of_how
            || (context.type_noun == Some(word) && !self.index.knows(&self.analyzer.term(word)))
            || ((context.intent == Intent::HowLong || context.claimed_duration)
                && intent::is_period_noun(word))
            // "*Which period* is it for, this year or later?": read as a
            // choice, the wh-word's own period noun is still no claim.
            || (intent::is_period_noun(word)
                && position > 0
                && matches!(words[position - 1].text.as_str(), "which" | "what"))
            // "during how long (a) time?": the question word's own noun.
            || (context.intent == Intent::HowLong && word == "time")
            // "on which place …?": where's own noun, as "time" is above.
            || (context.intent == Intent::Where && word == "place")
            // "what is the *full* name of the president?": how much of a
            // person's name, no word a fact must hold. (Of a thing, "the
            // full name of the summit" asks for more than its short name.)
            || (context.intent == Intent::Who
                && NAME_PRECISION.contains(&word)
                && words
                    .get(position + 1)
                    .is_some_and(|next| matches!(next.text.as_str(), "name" | "names")))

            || (position == 0 && intent::is_list_verb(word))
            || (context.asks_stance && STANCE_ASKING.contains(&word))
            || (context.asks_mention && mention::is_mention_verb(word))
            || context.locating.iter().any(|name| name == word)
            || (context.intent == Intent::HowMany
                && (adds_to_count(words, position) || COUNT_SCOPES.contains(&word)))
            // "Is trade *part of* the focus?" asks membership, as "among"
            // does: the list holds its items, not the word "part".
            || (context.intent == Intent::YesNo
                && word == "part"
                && words.get(position + 1).is_some_and(|next| next.text == "of"))
    }

    /// The option a term before "or" offers, as its last word before
    /// `position` writes it: "were the *leaders* presidents or …" offers
    /// "presidents".
    fn option_before(
        &self,
        words: &[analyze::Word],
        position: usize,
        term: &QueryTerm,
    ) -> ChoiceOption {
        let at = words[..position]
            .iter()
            .rposition(|w| self.analyzer.term(&w.text) == term.term);
        ChoiceOption {
            term: term.term.clone(),
            word: at.map_or_else(|| term.term.clone(), |at| option_phrase(words, at)),
            preposition: at.and_then(|at| preposition_before(words, at)),
            alternatives: term.alternatives.clone(),
        }
    }

    /// The article's terms a question word may also match (its family and
    /// WordNet relatives, then its lexicon alternatives), and of those the
    /// ones it reaches through a synonym only.
    fn alternatives_of(
        &self,
        word: &str,
        term: &str,
        context: &TermContext<'_>,
    ) -> (Vec<String>, Vec<String>) {
        let mut alternatives: Vec<String> = self
            .analyzer
            .related(word)
            .iter()
            .filter(|alt| alt.as_str() != term && self.index.knows(alt))
            .cloned()
            .collect();
        let mut loose: Vec<String> = Vec::new();
        for (alt, by_synonym) in context.lexical.get(word).into_iter().flatten() {
            if alt.as_str() != term && !alternatives.contains(alt) && self.index.knows(alt) {
                alternatives.push(alt.clone());
                if *by_synonym {
                    loose.push(alt.clone());
                }
            }
        }
        (alternatives, loose)
    }

    /// A term's weight: its IDF, less for glue, more for a name or a word
    /// the article never uses (which nothing can cover).
    fn term_weight(&self, word: &str, term: &str, known: bool, name: bool) -> f64 {
        let idf = self.index.idf(term);
        let glue = self.analyzer.is_glue(word);
        if known && glue && !name {
            idf * GLUE
        } else if known {
            idf
        } else if name {
            idf * UNKNOWN_NAME
        } else if glue {
            idf * UNKNOWN_GLUE
        } else {
            idf * UNKNOWN_WORD
        }
    }

    /// The question's content words as weighted query terms: names and
    /// unknown words weigh more, glue less; the words of the question
    /// frame ("how *long*") are left out; "A or B" is one term of either;
    /// each term carries its WordNet and lexicon alternatives.
    fn query_terms(&self, words: &[analyze::Word], context: &TermContext<'_>) -> QueryTerms {
        let mut terms: Vec<QueryTerm> = Vec::new();
        let mut ordinal_terms: HashSet<String> = HashSet::new();
        let mut choices: HashSet<String> = HashSet::new();
        let mut options: Vec<ChoiceOption> = Vec::new();
        let offers_choice = words.iter().any(|w| w.text == "or");
        let mut last_term_at: Option<usize> = None;
        let mut skip_next = false;
        let mut names_other_in_series = false;
        let mut or_joint: Option<usize> = None;
        let mut last_base_verb: Option<usize> = None;
        let mut subject_matter_term: Option<String> = None;
        for (position, word) in words.iter().enumerate() {
            // A negation ("*didn't*", "*never*") is read as the query's
            // negation, not as a word a fact must hold.
            // "cut *back*", "slide *back*": the particle is part of its
            // verb, no word of its own a fact must hold. (Others turn the
            // verb's meaning, "stay *away*", "give *up*", and are kept.)
            let particle = word.text == "back"
                && position > 0
                && crate::lang::stance::is_particle_after(&words[position - 1].text, &word.text);
            // "is it *going to* take five years?": the future, as "will".
            let future_going = word.text == "going"
                && words.get(position + 1).is_some_and(|w| w.text == "to")
                && words
                    .get(position + 2)
                    .is_some_and(|w| self.lexicon.is_base_verb(&w.text));
            if std::mem::take(&mut skip_next)
                || future_going
                || self.analyzer.is_stopword(&word.text)
                || self.analyzer.is_generic(&word.text)
                || NEGATIONS.contains(&word.text.as_str())
                || particle
            {
                continue;
            }
            // "the United States": a two-word name the article never
            // writes is one unknown name, not the article's "united".
            if let Some(next) = words.get(position + 1)
                && self.unknown_name_pair(position, word, next)
            {
                let term = format!("{} {}", word.text, next.text);
                terms.push(QueryTerm {
                    weight: self.index.idf(&term) * UNKNOWN_NAME,
                    term,
                    alternatives: Vec::new(),
                    loose: Vec::new(),
                    predicate: false,
                    name: true,
                    adjective: false,
                    adjacent: false,
                    known: TermTraits::default(),
                    held: Vec::new(),
                });
                skip_next = true;
                last_term_at = Some(position + 1);
                continue;
            }
            if self.is_frame_word(words, position, context)
                // "Who *first* came up with …?" asks who originated it:
                // a claim only a fact about a first can settle.
                || (self.adverbial_ordinal(words, position) && context.intent != Intent::Who)
            {
                continue;
            }
            let term = self.analyzer.term(&word.text);
            if terms.iter().any(|t| t.term == term) {
                // "Is the *money* a loan or a *grant*?": an option the
                // subject already names (the article's money is its grant)
                // is still the other option of the term before "or".
                let right_after_or = position > 0 && words[position - 1].text == "or"
                    || position > 1
                        && words[position - 2].text == "or"
                        && intent::DETERMINERS.contains(&words[position - 1].text.as_str());
                if right_after_or
                    && options.is_empty()
                    && let Some(other) = terms.last_mut().filter(|last| last.term != term)
                {
                    options.push(self.option_before(words, position, other));
                    options.push(ChoiceOption {
                        term: term.clone(),
                        word: option_phrase(words, position),
                        preposition: preposition_before(words, position),
                        alternatives: Vec::new(),
                    });
                    choices.insert(other.term.clone());
                    choices.insert(term.clone());
                    other.alternatives.push(term);
                }
                continue;
            }
            let (mut alternatives, loose) = self.alternatives_of(&word.text, &term, context);
            // "the *President*": the one person the article so titles
            // ("the country *president*" qualifies it, so is not that).
            if position > 0 && words[position - 1].text == "the" {
                alternatives.extend(self.titled.get(&word.text).cloned());
            }
            let known = self.index.knows(&term);
            // An ordinal or series word the article never uses ("the
            // *first* summit", "the *previous* one") names another of the
            // series: as telling as an unknown name.
            let other_in_series = !known
                && (self.analyzer.ordinal(&word.text).is_some()
                    || SERIES_WORDS.contains(&word.text.as_str()));
            names_other_in_series |= other_in_series;
            // The asked noun is as telling as a name, but not the
            // adjectives before it ("which *big* … initiative").
            // An asked noun the article words its own way ("on what
            // *footing*" for "basis") names no other thing.
            let reworded = !known && (!alternatives.is_empty() || !loose.is_empty());
            // "which *big* projects …": a word that can only be an
            // adjective, taken for the head only because the noun after it
            // may be a verb, describes the thing asked for and names none.
            let describer = !known
                && self.lexicon.can_be_adjective(&word.text) == Some(true)
                && self.lexicon.can_be_noun(&word.text) != Some(true)
                && self.lexicon.can_be_verb(&word.text) != Some(true);
            // "focus on *what topics*?": a noun of subject matter the
            // article never uses asks for a list of them, which any list
            // fact's items are (see below); to any other fact it is as
            // telling as a name.
            let subject_matter = !known
                && context.asked_head == Some(word.text.as_str())
                && SUBJECT_MATTER_NOUNS.contains(&word.text.as_str());
            if subject_matter {
                subject_matter_term = Some(term.clone());
            }
            let name = (context.asked_head == Some(word.text.as_str()) && !reworded && !describer)
                || other_in_series
                || word.is_numeric()
                || self.index.is_proper(&term)
                || (word.capitalized && position > 0 && !known)
                // "was it held in *tashkent*?": a member of a set WordNet
                // lists (cities, countries, months) typed in lower case,
                // if WordNet writes it as a name: "*sector*", "*form*"
                // and "*sent*" (a coin) are common words.
                // Nor a verb typed in lower case ("split apart", not the
                // Croatian city).
                || (!known
                    && self.lexicon.is_name(&word.text)
                    && self.lexicon.sets_of(&word.text).next().is_some()
                    && (word.capitalized || self.lexicon.can_be_verb(&word.text) != Some(true)));
            let weight = self.term_weight(&word.text, &term, known, name);
            let ordinal = self.analyzer.ordinal(&word.text).is_some();
            if ordinal {
                ordinal_terms.insert(term.clone());
            }
            // "A or B": either answers, so they are one term (and "the
            // first, second or third" one term of its ordinals). Words the
            // options share are asked once ("1.5 billion yuan or 1.5
            // billion dollars": "yuan" or "dollars").
            // The first new term after "or" is the second option's, however
            // many words that make none come between ("or just *a
            // statement of* intent").
            let or_at = words[..position].iter().rposition(|w| w.text == "or");
            let after_or = or_at.is_some_and(|or_at| last_term_at.is_some_and(|at| at < or_at));
            // "deepen the cooperation with Beijing *or reduce* it": a verb
            // after "or" is the other option of the last verb before it.
            let base_verb = |text: &str| {
                self.lexicon.is_base_verb(text)
                    && self.lexicon.can_be_noun(text) == Some(false)
                    && self.lexicon.can_be_adjective(text) == Some(false)
            };
            let verb_option = last_base_verb
                .filter(|&at| after_or && at + 1 < terms.len() && base_verb(&word.text));
            // "an *Astana* Declaration or a *Beijing* Declaration": the
            // options share their head, and differ in the words before it.
            let shared_head = after_or
                && terms.len() >= 2
                && terms.last().is_some_and(|head| {
                    head.adjacent
                        && words[position + 1..]
                            .iter()
                            .take(2)
                            .any(|w| self.analyzer.term(&w.text) == head.term)
                });
            let other_option = if shared_head {
                terms.get(terms.len() - 2)
            } else {
                terms.last()
            };
            let joins = verb_option.or_else(|| {
                terms.iter().position(|t| {
                    (after_or && other_option.is_some_and(|l| l.term == t.term))
                        || (ordinal && offers_choice && ordinal_terms.contains(&t.term))
                })
            });
            if let Some(at) = joins {
                if after_or && at + 1 == terms.len() {
                    or_joint = Some(at);
                }
                let joined = &mut terms[at];
                if !options.iter().any(|o| o.term == joined.term) {
                    options.push(self.option_before(words, position, joined));
                }
                // "in Astana or Beijing": the first option's preposition
                // is the second's too.
                let preposition = preposition_before(words, position)
                    .or_else(|| options.first().and_then(|o| o.preposition.clone()));
                options.push(ChoiceOption {
                    term: term.clone(),
                    word: option_phrase(words, position),
                    preposition,
                    alternatives: alternatives.clone(),
                });
                choices.insert(joined.term.clone());
                choices.insert(term.clone());
                joined.alternatives.push(term);
                joined.alternatives.extend(alternatives);
                joined.loose.extend(loose);
                joined.weight = joined.weight.min(weight);
                joined.name = joined.name && name;
                last_term_at = Some(position);
                continue;
            }
            if base_verb(&word.text) {
                last_base_verb = Some(terms.len());
            }
            terms.push(QueryTerm {
                term,
                alternatives,
                loose,
                predicate: position > 0
                    && (predicates(&words[position - 1].text, &word.text)
                        || self.adjective_before_preposition(words, position)),
                weight,
                name,
                // "are *bringing* benefits": an "-ing" form after a form of
                // "be" is the verb of a progressive, not a modifier.
                adjective: self.modifies(&word.text)
                    && !(word.text.ends_with("ing")
                        && position > 0
                        && crate::lang::is_form_of_be(&words[position - 1].text)),
                adjacent: position > 0 && last_term_at == Some(position - 1),
                known: TermTraits::default(),
                held: Vec::new(),
            });
            last_term_at = Some(position);
        }
        if context.content_about && !terms.is_empty() {
            let alternatives: Vec<String> = CONTENT_TERMS
                .iter()
                .map(|word| self.analyzer.term(word))
                .filter(|term| self.index.knows(term))
                .collect();
            if let Some((first, rest)) = alternatives.split_first() {
                terms.push(QueryTerm {
                    term: first.clone(),
                    alternatives: rest.to_vec(),
                    loose: Vec::new(),
                    predicate: false,
                    weight: PARTIAL,
                    name: false,
                    adjective: false,
                    adjacent: false,
                    known: TermTraits::default(),
                    held: Vec::new(),
                });
            }
        }
        // One word of the fact answers one word of the question: "what
        // *language* was his speech in?" is not matched by "speech" as
        // a synonym of "language" when "speech" is asked for itself.
        // An option the subject names ("is the *money* a loan or a
        // *grant*?") still answers its choice.
        let own: HashSet<String> = terms.iter().map(|t| t.term.clone()).collect();
        for term in &mut terms {
            let mine = term.term.clone();
            let chosen = |a: &String| choices.contains(&mine) && choices.contains(a);
            term.alternatives
                .retain(|a| *a == mine || !own.contains(a) || chosen(a));
            term.loose.retain(|a| *a == mine || !own.contains(a));
        }
        for term in &mut terms {
            term.known = TermTraits {
                number_word: crate::numbers::parse_number_words(&term.term),
                idf: self.index.idf(&term.term),
                proper: self.index.is_proper(&term.term),
                verb: context
                    .term_facts
                    .get(&term.term)
                    .is_some_and(|t| t.verb == Some(true)),
                noun_here: context
                    .term_facts
                    .get(&term.term)
                    .is_some_and(|t| t.after_modifier),
            };
            term.held = self.held_fields(term);
            if subject_matter_term.as_ref() == Some(&term.term) {
                for (doc, held) in term.held.iter_mut().enumerate() {
                    if self.lists_things(doc) {
                        *held = [true; 3];
                    }
                }
            }
        }
        QueryTerms {
            option_runs: or_joint.and_then(|joint| OptionRuns::around(&terms, joint)),
            terms,
            ordinal_terms,
            choices,
            options,
            names_other_in_series,
            subject_matter: subject_matter_term,
        }
    }

    /// For each question word, the index terms of article words of its
    /// family or its meaning (WordNet): "reducing" → "reduction",
    /// "farming" → "agriculture". A two-word phrase ("speed up") lends
    /// its meanings to its first word.
    /// The one dictionary word a slip from `word` (not itself a word)
    /// that stems as it does, when the article knows that stem
    /// ("importent" → "important"), or else whose own stem the article
    /// knows ("sucessful" → "successful"). Skips words the article
    /// cannot use.
    fn respelling(&self, word: &str) -> Option<String> {
        if word.len() < 5 || self.lexicon.is_word(word) || self.index.has_word(word) {
            return None;
        }
        let term = self.analyzer.term(word);
        let same_family = self.index.knows(&term);
        if same_family && self.index.is_proper(&term) {
            return None;
        }
        let first = word.chars().next();
        // Of a slip whose stem the article does not know ("sucessful"),
        // the word meant is of a family the article uses ("success").
        let mut found = self
            .lexicon
            .words_one_slip_away(word)
            .into_iter()
            .filter(|candidate| candidate.chars().next() == first)
            .filter(|candidate| {
                let known = self.analyzer.term(candidate);
                if same_family {
                    known == term
                } else {
                    self.index.knows(&known) && !self.index.is_proper(&known)
                }
            });
        match (found.next(), found.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    }

    fn lexical_alternatives(&self, words: &[&str]) -> HashMap<String, Vec<(String, bool)>> {
        let mut found: HashMap<String, Vec<(String, bool)>> = HashMap::new();
        for (at, word) in words.iter().enumerate() {
            if self.analyzer.is_stopword(word) {
                continue;
            }
            let mut keys = vec![self.lexicon.key(word)];
            // "centre" as the analyzer spells it ("center"), whose family
            // holds "central".
            let spelled = self
                .lexicon
                .key_of_stem(&self.analyzer.term(word))
                .to_string();
            if !keys.contains(&spelled) {
                keys.push(spelled);
            }
            if let Some(next) = words.get(at + 1) {
                keys.push(self.lexicon.key(&format!("{word} {next}")));
            }
            // "Who *spoke*?": the family of the lemma an irregular form
            // inflects ("speak", "speech"), which no stemmer reaches.
            if let Some(base) = self.lexicon.irregular_base(word) {
                let key = self.lexicon.key(base);
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
            // Synonyms bridge a gap in wording: a word the article uses
            // means what the article means by it ("lead" is not "preside").
            let known = self.index.in_text(&self.analyzer.term(word))
                || self
                    .family_terms
                    .get(&self.lexicon.key(word))
                    .is_some_and(|terms| terms.iter().any(|term| self.index.in_text(term)));
            let mut terms: Vec<(String, bool)> = Vec::new();
            let mut add = |term: &String, loose: bool| {
                if !terms.iter().any(|(t, _)| t == term) {
                    terms.push((term.clone(), loose));
                }
            };
            // "a *top* priority": the words that rank a thing first stand
            // for one another before a noun the article uses, whatever
            // else WordNet relates them to ("top" / "summit"); not in a
            // compound of another noun ("*prime* minister").
            let importance = &crate::lang::rewordings::WordClasses::embedded().importance;
            let ranks_first = !known
                && importance.iter().any(|w| w == word)
                && words
                    .get(at + 1)
                    .is_some_and(|next| self.index.in_text(&self.analyzer.term(next)));
            if ranks_first {
                for other in importance {
                    let term = self.analyzer.term(other);
                    if self.index.in_text(&term) {
                        add(&term, false);
                    }
                }
            }
            // A word the article never uses may be one WordNet relation
            // from one it does ("increasing" / "grows").
            if !known && !ranks_first {
                for near in crate::lang::related::Related::embedded().near(word) {
                    add(
                        &self.analyzer.term(near),
                        !self.lexicon.same_family(word, near),
                    );
                }
            }
            // The word's own family first: a synonym reaches a term only
            // when the family does not.
            for key in &keys {
                for term in self.family_terms.get(key.as_str()).into_iter().flatten() {
                    add(term, false);
                }
            }
            for key in keys.iter().filter(|_| !known) {
                for meaning in self.lexicon.synonyms_of(key) {
                    for term in self.family_terms.get(meaning).into_iter().flatten() {
                        add(term, true);
                    }
                }
            }
            if !terms.is_empty() {
                found.insert((*word).to_string(), terms);
            }
        }
        found
    }

    /// A word the article never uses, corrected to the nearest word it
    /// does use when that is one typo away (two for long words) and starts
    /// with the same letter: "Astna" → "paris", "traety" → "treaty".
    fn corrected(&self, word: analyze::Word) -> analyze::Word {
        let text = &word.text;
        // "3rd" as the article writes it ("third").
        if word.is_numeric()
            && let Some(spelt) = self
                .analyzer
                .ordinal(text)
                .and_then(|n| self.ordinal_words.get(&n))
        {
            return analyze::Word {
                text: spelt.clone(),
                capitalized: word.capitalized,
            };
        }
        // "four centres" of an article that never writes "four": the
        // count in figures, as "4 centres" is read.
        if crate::numbers::is_number_word(text)
            && crate::numbers::parse_ordinal(text).is_none()
            && !self.index.knows(&self.analyzer.term(text))
            && let Some(value) = crate::numbers::parse_number_words(text)
            && value.fract() == 0.0
            // "*One* of the centres" picks one out; it claims no count.
            && (2.0..1e6).contains(&value)
        {
            return analyze::Word {
                text: (value as u64).to_string(),
                capitalized: word.capitalized,
            };
        }
        // "whos" is "who's" typed without its apostrophe.
        if text == "whos" {
            return analyze::Word {
                text: "who".to_string(),
                capitalized: word.capitalized,
            };
        }
        let length = text.chars().count();
        if length < 4
            || word.is_numeric()
            || crate::numbers::is_number_word(text)
            || self.analyzer.is_stopword(text)
            || self.analyzer.is_generic(text)
            || self.analyzer.is_not_typo(text)
            || intent::WH_WORDS.contains(&text.as_str())
            // "wasnt" is "wasn't" typed without its apostrophe, not "want".
            || NEGATIONS.contains(&text.as_str())
        {
            return word;
        }
        // "importent" stems as "important" does, but only the word it
        // misspells has the lexicon's relations ("key").
        if let Some(spelt) = self.respelling(text) {
            return analyze::Word {
                text: spelt,
                capitalized: word.capitalized,
            };
        }
        if self.index.knows(&self.analyzer.term(text)) {
            return word;
        }
        // "made" is "make" to a question about what the article makes.
        if let Some(base) = self.lexicon.irregular_base(text)
            && self.index.knows(&self.analyzer.term(base))
        {
            return analyze::Word {
                text: base.to_string(),
                capitalized: word.capitalized,
            };
        }
        // Another spelling of an article word ("Kazakstan"): WordNet
        // relates the two, and they are a slip or two apart.
        if let Some(variant) = crate::lang::related::Related::embedded()
            .near(text)
            .iter()
            .find(|near| {
                near.chars().next() == text.chars().next()
                    && self.index.has_word(near)
                    && crate::lang::within_edits(text, near, 2)
                    // "longer" is a form of "long", not its spelling.
                    && !near.starts_with(text.as_str())
                    && !text.starts_with(near.as_str())
            })
        {
            return analyze::Word {
                text: variant.clone(),
                capitalized: word.capitalized,
            };
        }
        // A common English word is what the learner meant, not a slip for
        // an article word a letter away: "went" is no "want".
        if self.lexicon.is_word(text) && !self.lexicon.is_rare(text) {
            return word;
        }
        let limit = if length >= 8 { 2 } else { 1 };
        let first = text.chars().next();
        let best = self
            .index
            .words()
            .chain(intent::WH_WORDS.iter().copied())
            // "What minerals are *mentoined*?": the question's own frame
            // words are misspelt as often as the article's.
            .chain(self.analyzer.generic_words())
            .filter(|candidate| candidate.chars().next() == first)
            .map(|candidate| (strsim::damerau_levenshtein(text, candidate), candidate))
            .filter(|(distance, _)| *distance <= limit)
            // Equally near: the one sharing the longer prefix ("wher" is
            // "where", not "when").
            .min_by(|a, b| {
                a.0.cmp(&b.0)
                    .then(
                        strsim::jaro_winkler(text, b.1).total_cmp(&strsim::jaro_winkler(text, a.1)),
                    )
                    .then(a.1.cmp(b.1))
            });
        // A common English word is no slip for a derivation of it:
        // "professions" are not the article's "professionals".
        let best = best.filter(|(_, candidate)| {
            let derived = candidate.starts_with(crate::lang::stem(text).as_str())
                || text.starts_with(crate::lang::stem(candidate).as_str());
            let common = self.lexicon.is_word(text) && !self.lexicon.is_rare(text);
            !derived || inflects(text, candidate) || !common
        });
        match best {
            Some((_, candidate)) => analyze::Word {
                text: candidate.to_string(),
                capitalized: word.capitalized,
            },
            None => word,
        }
    }

    /// The terms of counts a definite noun phrase takes as given ("was one
    /// of *the three* centres for health?"): they restate what the
    /// article counts, and claim nothing.
    /// The terms of the name right after a word that adds it to a count
    /// ("how many presidents, *including Xi*, took part?").
    fn included_in_count(&self, words: &[analyze::Word]) -> Vec<String> {
        let mut included = Vec::new();
        for (at, _) in words.iter().enumerate() {
            if !adds_to_count(words, at) {
                continue;
            }
            included.extend(
                words[at + 1..]
                    .iter()
                    .map(|w| (w, self.analyzer.term(&w.text)))
                    .take_while(|(w, term)| self.names_a_thing(w, term))
                    .map(|(_, term)| term),
            );
        }
        // "…, China included?": the name comes first.
        for (at, word) in words.iter().enumerate() {
            if word.text != "included" {
                continue;
            }
            let named: Vec<String> = words[..at]
                .iter()
                .rev()
                .map(|w| (w, self.analyzer.term(&w.text)))
                .take_while(|(w, term)| self.names_a_thing(w, term))
                .map(|(_, term)| term)
                .collect();
            included.extend(named);
        }
        included
    }

    /// Whether `term` is a noun a "how many" question counts anything
    /// with ("how many *elements* …?", see [`GENERIC_COUNTED`]).
    fn counts_generically(&self, query: &Query, term: &str) -> bool {
        query.intent == Intent::HowMany
            && query.counted.iter().any(|noun| {
                GENERIC_COUNTED.contains(&noun.as_str()) && self.analyzer.term(noun) == term
            })
    }

    /// Whether a word of a question is part of a name: capitalized as
    /// written, or a name of the article's (learners type "china").
    fn names_a_thing(&self, word: &analyze::Word, term: &str) -> bool {
        !self.analyzer.is_stopword(&word.text) && (word.capitalized || self.index.is_proper(term))
    }

    fn presupposed_counts(&self, words: &[analyze::Word]) -> HashSet<String> {
        words
            .windows(2)
            .filter(|pair| {
                DEFINITE_DETERMINERS.contains(&pair[0].text.as_str())
                    && (pair[1].is_numeric()
                        || crate::numbers::parse_number_words(&pair[1].text).is_some())
            })
            .map(|pair| self.analyzer.term(&pair[1].text))
            .collect()
    }

    /// The words without a series word an ordinal right after it restates:
    /// "the next (third) summit" is the third summit, as the ordinal says.
    fn without_redundant_series_words(&self, words: Vec<analyze::Word>) -> Vec<analyze::Word> {
        let is_ordinal = |word: &analyze::Word| {
            !DEICTIC_SERIES_WORDS.contains(&word.text.as_str())
                && self.analyzer.ordinal(&word.text).is_some()
        };
        // "The next one, the third summit": the ordinal in apposition
        // restates it too.
        let restated = |at: usize| {
            DEICTIC_SERIES_WORDS.contains(&words[at].text.as_str())
                && words.get(at + 1).is_some_and(|next| {
                    is_ordinal(next)
                        || (next.text == "one" && words[at + 2..].iter().any(is_ordinal))
                })
        };
        let keep: Vec<bool> = (0..words.len()).map(|at| !restated(at)).collect();
        words
            .into_iter()
            .zip(keep)
            .filter_map(|(word, keep)| keep.then_some(word))
            .collect()
    }

    /// The runs of two or more capitalized words that are no stopwords,
    /// past the question's first word, as terms.
    fn name_runs(&self, words: &[analyze::Word]) -> Vec<Vec<String>> {
        let mut runs: Vec<Vec<String>> = Vec::new();
        let mut run: Vec<String> = Vec::new();
        for word in words.iter().skip(1) {
            if word.capitalized && !self.analyzer.is_stopword(&word.text) {
                run.push(self.analyzer.term(&word.text));
            } else if run.len() >= 2 {
                runs.push(std::mem::take(&mut run));
            } else {
                run.clear();
            }
        }
        if run.len() >= 2 {
            runs.push(run);
        }
        runs
    }

    /// Whether the fact's sentence holds the whole name of several words
    /// that `term` is part of: "the *China-Central Asia* treaty" of a
    /// sentence about the China-Central Asia Summit names nothing else.
    fn sentence_holds_name_of(&self, query: &Query, doc: usize, term: &str) -> bool {
        let sentence = &self.records[doc].sentence_words;
        query
            .name_runs
            .iter()
            .filter(|run| run.iter().any(|t| t == term))
            .any(|run| {
                sentence
                    .windows(run.len())
                    .any(|window| window == run.as_slice())
            })
    }

    /// How the fact's answer settles the place the question claims, when
    /// the answer is the place of the event the question numbers as the
    /// fact does: "will the *next* summit be *in China*?" of "at the Astana
    /// summit, … China would host the *third* summit" is settled by its
    /// answer, not by where the agreement was made. `Some(Some(true))`
    /// when the answer is the place, `Some(None)` when the place lies
    /// within it (a city of the answer's country), `Some(Some(false))`
    /// for any other place; `None` when the answer says no such place.
    fn place_of_asked_event(&self, query: &Query, doc: usize, place: &str) -> Option<Option<bool>> {
        let fact = &self.facts.facts()[doc];
        let fact_ordinals = &self.records[doc].ordinals;
        let numbered_alike = !fact_ordinals.is_empty()
            && !query.ordinals.is_empty()
            && query.ordinals.iter().all(|o| fact_ordinals.contains(o));
        let places = self.facts.places();
        let answer = places
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(fact.answer.trim()))?;
        if !numbered_alike || fact.answer_kind != AnswerKind::Place {
            return None;
        }
        if answer.name == place {
            return Some(Some(true));
        }
        let within_answer = located_at(places, &format!("in {place}")).contains(&answer.name);
        Some((!within_answer).then_some(false))
    }

    /// Whether a fact about the same subject as `doc` ("the second
    /// China-Central Asia Summit") puts it in `place` or in a place within
    /// it.
    fn subject_located_at(&self, doc: usize, place: &str) -> bool {
        let facts = self.facts.facts();
        let subject = &facts[doc].subject;
        facts.iter().zip(&self.records).any(|(fact, record)| {
            fact.subject.eq_ignore_ascii_case(subject) && record.located_at.contains(place)
        })
    }

    /// Whether the question's verb is in the past with no auxiliary to
    /// make it a participle, as a learner writes "the summit *held*
    /// where?": it tells of what happened, as "was held" does. A future
    /// word or an ordinal ("the *next* summit held where?") says otherwise.
    fn past_verb_alone(&self, folded: &[&str]) -> bool {
        let past_form = |word: &str| {
            let irregular = self
                .lexicon
                .irregular_base(word)
                .is_some_and(|base| base != word && self.lexicon.can_be_verb(base) == Some(true));
            irregular
                || (word.len() > 4
                    && word.ends_with("ed")
                    && self.lexicon.can_be_verb(word) == Some(true))
        };
        !folded.iter().any(|w| {
            intent::AUXILIARIES.contains(w)
                || FUTURE_WORDS.contains(w)
                || DEICTIC_SERIES_WORDS.contains(w)
                || self.analyzer.ordinal(w).is_some()
        }) && folded.iter().any(|w| past_form(w))
    }

    /// Scores one fact against the question.
    fn judge(&self, query: &Query, doc: usize, bm25: f64) -> Candidate {
        let record = &self.records[doc];
        let words = self.cover(query, doc);
        let coverage = if words.total > 0.0 {
            words.covered / words.total
        } else {
            0.0
        };
        // "Was it signed in Astana *only*?" of "… took place in Astana":
        // an answer the question names whole restricts nothing away.
        let answer_named_whole = !record.answer_terms.is_empty()
            && record
                .answer_terms
                .iter()
                .all(|t| query.all_terms.contains(t));
        let restricted = query.restrictive && !record.restrictive && !answer_named_whole;
        // "Was the summit in China?" of a fact that puts nothing anywhere
        // ("China" is in the summit's name) settles nothing; of one that
        // puts it in Astana, it is "no".
        let (location_open, location_contradicts) = match &query.claimed_location {
            None => (false, false),
            Some(place) if let Some(held) = self.place_of_asked_event(query, doc, place) => {
                (held.is_none(), held == Some(false))
            }
            // "Was the president of Tajikistan in Astana?" of a fact
            // about the summit that another fact holds in Astana.
            Some(place) if record.located_at.is_empty() => {
                (!self.subject_located_at(doc, place), false)
            }
            Some(place) => (false, !record.located_at.contains(place)),
        };
        // "Will the grant be given *again* next year?": a fact that tells of
        // it once neither confirms nor denies a repeat.
        let repeat_unstated =
            (query.repeats && !record.repeats) || (query.next_time && !record.future);
        let share_unstated = query.claims_share && !record.tells_share;
        let unsettled = query.intent == Intent::YesNo
            && (repeat_unstated
                || share_unstated
                || location_open
                || words.open_word
                || words.content_missed
                || words.noun_missed
                || (restricted && words.heavy_missed)
                || self.modifier_differs(query, doc)
                || self.origin_differs(query, doc)
                // "Did the Central Asian presidents announce the grant?"
                // of "the grant *Xi* announced": another's act settles
                // nothing about theirs.
                || self.someone_unnamed_does_it(query, doc)
                || self.mention_subject_missed(query, doc)
                // "Are the diplomatic ties over 2,000 years old?" of
                // "over 2,000 years of historical exchanges, … decades of
                // diplomatic ties": the amount is another span's.
                || (query.claimed.is_some()
                    && words.other_span
                    && words.other_span_named >= record.other_spans.len().min(2)));
        let answer = &record.answer_terms;
        let named = |t: &String| query.all_terms.contains(t) && !query.name_parts.contains(t);
        let quantity = matches!(
            query.intent,
            Intent::HowMany | Intent::HowMuch | Intent::HowLong
        );
        // "In which *year* …?" of "this year": the noun of the kind asked
        // for is no part of the answer the question gives away.
        // The fact must hold every other weighty word: of "what year was
        // this summit?", the grant's "this year" holds only the kind.
        let asked_kind_only = query.intent == Intent::When
            && answer.iter().all(|t| query.asked.as_ref() == Some(t))
            && self.facts.facts()[doc].answer_kind == AnswerKind::DateTime
            && query
                .terms
                .iter()
                .filter(|t| query.asked.as_ref() != Some(&t.term))
                .filter(|t| t.weight >= UNSETTLED_MIN_WEIGHT)
                .all(|t| self.fields_with(doc, t)[0]);
        let contained = !answer.is_empty()
            && !asked_kind_only
            && answer.iter().all(named)
            && (quantity || !record.answer_is_name || self.names_the_answer_whole(query, doc));
        // The question names part of the answer ("what does unilateralism
        // lead to?" vs. "unilateralism and hegemonic behavior"): it asks
        // about that, not for it, so the span is no lead and ranks lower.
        // Naming only a modifier of the answer's head ("what is growing
        // *globally*?" of "global uncertainty") still asks for it; a "why"
        // question naming any of it asks why that is.
        let echoed = !contained
            && !quantity
            && answer.iter().any(|t| {
                named(t)
                    && query.asked.as_ref() != Some(t)
                    && (query.intent == Intent::Why || !record.answer_modifiers.contains(t))
            });
        // A yes/no question is answered by the statement that settles it:
        // "Five." is no reply to "Did China sign a treaty?".
        let mut lead = !contained
            && !echoed
            && !query.about
            && !query.asks_stance
            && query.intent != Intent::YesNo
            && self.leads_well(query, doc);
        let option = self.stated_option(query, doc);
        let (fit, other_ordinal) = self.fit(query, doc, &words, contained, option, &mut lead);
        // "Why … *while the world is so unsure*?": the circumstance the
        // question gives is not the reason it asks for.
        let echoed_in_other_words = || {
            record
                .answer_terms
                .iter()
                .any(|t| query.terms.iter().any(|q| q.alternatives.contains(t)))
        };
        // Nor is the thing it asks about: "what is the point of putting it
        // into *a legally binding agreement*?" is not answered by one.
        let fit = if query.intent == Intent::Why && (contained || echoed || echoed_in_other_words())
        {
            fit * MISMATCH
        } else {
            fit
        };
        let fit = if self.doer_verb_elsewhere(query, doc) {
            fit * MISMATCH
        } else {
            fit
        };
        let strength = 1.0 - (-words.evidence / EVIDENCE_SCALE).exp();
        let slot = self.slot_fit(query, doc, &words);
        if slot == slots::SlotFit::InStatement {
            lead = false;
        }
        // "The *first* summit was held in *Xi'an*?" of a fact about the
        // second summit in Astana: the ordinal names another event, and a
        // place the fact does not put it in is a claim about that one,
        // which the fact leaves open.
        let about_another_event = query.intent == Intent::YesNo
            && other_ordinal
            && (location_contradicts || self.names_a_place_the_fact_lacks(query, doc));
        let unsettled = unsettled || about_another_event;
        // An amount the question claims is settled by comparing it with
        // the fact's, not by its digits: "more than 200 million US
        // dollars?" of "$209 million" is "yes".
        let compared = query
            .claimed
            .as_ref()
            .and_then(|claimed| self.settle_claim(query, claimed, doc, &record.quantities));
        // A quantity is the fact's own: words of the question found only
        // in its sentence, half of its weight or more ("how long was the
        // *speech*?" of "over 2,000 years" in a sentence about a speech),
        // or a name it does not hold
        // means the question counts something else.
        let counts_another = quantity
            && (words.sentence_only_weight * 2.0 > words.total.max(f64::MIN_POSITIVE)
                || words.name_missed
                || words.other_span
                || self.answer_counts_other_things(query, doc));
        let span_against_period = self.span_against_period(query, doc);
        // "Only for *ten years*?" of "permanent": the span is the claim
        // the fact denies, not an amount it should state.
        let bound_denied = query
            .bounded_terms
            .iter()
            .any(|term| self.bounded_against_endless(query, doc, term));
        let amount_unstated = !span_against_period
            && !bound_denied
            && query.stated_amounts.iter().any(|amount| {
                !states_amount(amount, &record.stated_quantities, query.asks_mention)
            });
        let settles = Settling {
            compared,
            slot,
            restricted,
            other_ordinal,
        };
        // "Did they talk about trade wars?" asks only whether the article
        // mentions them: a fact naming them says yes, whatever its claim,
        // unless the thing is an item its list leaves out.
        let contradicted = if query.asks_mention {
            !words.not_among.is_empty()
        } else if about_another_event {
            false
        } else {
            location_contradicts
                || span_against_period
                || self.contradicted(query, doc, &settles, &words)
        };
        let confidence = if slot == slots::SlotFit::Refused
            || compared == Some(None)
            || self.lists_for_another_name(query, doc)
            || counts_another
            || amount_unstated
            || (!contradicted && self.stance_unsettled(query, doc))
        {
            0.0
        } else if words.choice_missed
            || location_open
            || self.names_another_thing(query, doc)
            || (query.asks_stance && record.stances.is_empty() && record.judgements.is_empty())
        {
            (coverage * fit * strength * MISMATCH).clamp(0.0, 1.0)
        } else {
            (coverage * fit * strength).clamp(0.0, 1.0)
        };
        let confidence = if self.describer_missed(query, doc) {
            confidence * MISMATCH
        } else {
            confidence
        };
        // "More than three presidents?" is settled by the list of five
        // and by the fact that says "the five": the one that says the
        // number is the better reply.
        let confidence = if self.claim_counted_by_items(query, doc).is_some() {
            confidence * ITEM_COUNT_TIEBREAK
        } else {
            confidence
        };
        let confidence = match self.definition_fit(query, doc) {
            Some(Definition::Describes(strength)) => {
                // The name is covered: the rest is a role noun at most.
                lead = false;
                confidence.max(strength)
            }
            Some(Definition::Other) => confidence * MISMATCH,
            None => confidence,
        };
        let hint = self.rerank_hint(query, doc, contained, echoed);
        Candidate {
            doc,
            confidence,
            rank: bm25,
            bm25,
            lead,
            hint,
            yes_no: query.intent == Intent::YesNo || query.confirms,
            contradicted: contradicted && !query.confirms,
            sentence_only: words.sentence_only,
            unsettled,
            option,
            coverage,
            slot_refused: slot == slots::SlotFit::Refused,
            fit_and_strength: [fit, strength],
        }
    }

    /// How far the fact's fields hold the question's words, each by its
    /// weight, and which telling words it misses.
    /// Whether the fact's statement judges something as bad, as the
    /// question's verb against it asks ("which policies did Xi
    /// *criticise*?" of "… will backfire", "… benefit no one"). Not "for":
    /// "what did they *praise*?" is no question of what they would deepen.
    fn takes_side(&self, doc: usize, side: Stance) -> bool {
        side == Stance::Against
            && self.records[doc]
                .judgements
                .iter()
                .any(|(stance, _)| *stance == side)
    }

    /// Where in a yes/no question the first word stands whose opposite
    /// the fact's statement says ("*temporary*" of "permanent"), when the
    /// fact holds every word before it.
    fn first_opposed_term(&self, query: &Query, doc: usize) -> Option<usize> {
        if query.intent != Intent::YesNo {
            return None;
        }
        let held = |term: &QueryTerm| self.fields_with(doc, term).contains(&true);
        let at = query.terms.iter().position(|term| {
            !held(term)
                && !query.ordinal_terms.contains(&term.term)
                && self.opposed_in_statement(query, doc, &term.term)
        })?;
        // Only of a claim about what the fact is about: the words before
        // the denied one are the fact's, and there are some. An ordinal
        // names another of a series, which the series checks weigh.
        (at > 0 && query.terms[..at].iter().all(held)).then_some(at)
    }

    /// Whether the question's word at `at` only goes on about a claim the
    /// fact denies, after the first word it opposes (`first_opposed`): "is
    /// the treaty a *temporary* arrangement *with a set end date*?" is
    /// false in its first part, so the rest is neither weighed nor
    /// settled. A name or a number is still read: the slot checks weigh
    /// what it claims.
    fn elaborates_denied_claim(
        &self,
        doc: usize,
        term: &QueryTerm,
        at: usize,
        first_opposed: Option<usize>,
    ) -> bool {
        // A name the dictionary does not know as a common word ("Russia",
        // not "date", which a set of times holds).
        let named =
            term.name && (self.lexicon.is_name(&term.term) || !self.lexicon.is_word(&term.term));
        first_opposed.is_some_and(|opposed| at > opposed)
            && !(named
                || term.known.proper
                || self.index.is_proper(&term.term)
                || term.known.number_word.is_some()
                || term.term.chars().any(|c| c.is_ascii_digit()))
            && !self.fields_with(doc, term).contains(&true)
    }

    fn cover<'q>(&self, query: &'q Query, doc: usize) -> WordCoverage<'q> {
        let mut words = WordCoverage {
            not_among: self.not_among_items(query, doc),
            first_opposed: self.first_opposed_term(query, doc),
            why_purpose: query.intent == Intent::Why && self.records[doc].purpose,
            ..WordCoverage::default()
        };
        let unsaid = query
            .option_runs
            .as_ref()
            .filter(|_| query.chooses)
            .and_then(|runs| {
                runs.unsaid(&query.terms, |term| {
                    self.fields_with(doc, term).contains(&true)
                })
            })
            .unwrap_or(0..0);
        let first_opposed = words.first_opposed;
        for (at, term) in query.terms.iter().enumerate() {
            // The words of the option the fact does not say.
            if unsaid.contains(&at) {
                continue;
            }
            if self.elaborates_denied_claim(doc, term, at, first_opposed) {
                continue;
            }
            // "Were three *presidents* there?": "three centers" does not
            // hold the question's number, whatever its digits.
            let other_count = self.counts_another_thing(query, doc, &term.term);
            let mut fields = if other_count {
                [false; 3]
            } else {
                self.fields_with(doc, term)
            };
            // "Which policies did Xi criticise?" of "… will backfire":
            // the fact takes the side the verb asks about.
            fields[0] |= query
                .side_terms
                .get(&term.term)
                .is_some_and(|side| self.takes_side(doc, *side));
            let counted = !other_count && self.settles_term(query, doc, term, &words, fields[2]);
            let loose_only = (fields[0] || fields[1]) && !counted && self.only_loosely(doc, term);
            let [statement, questions, sentence] = fields;
            let hold = TermHold {
                statement,
                questions,
                sentence,
                counted,
                loose_only,
            };
            self.record_term(query, doc, term, &mut words, hold);
        }
        words
    }

    /// Whether the fact answers or settles the question's `term` without
    /// holding the word: by counting it, by being what is asked, or by
    /// settling a yes/no question about it. `sentence`: the fact's
    /// sentence holds the word.
    fn settles_term(
        &self,
        query: &Query,
        doc: usize,
        term: &QueryTerm,
        words: &WordCoverage<'_>,
        sentence: bool,
    ) -> bool {
        let not_among = words.not_among;
        self.records[doc].items.is_some_and(|items| {
            let count = term.known.number_word.or_else(|| term.term.parse::<f64>().ok());
            count == Some(items as f64)
        })
            || self.answer_is_asked(query, doc, &term.term)
            // "How many *elements* …?" of a list: its items are counted.
            || (self.records[doc].list_len.is_some() && self.counts_generically(query, &term.term))
            || self.ordinal_settled(query, doc, term)
            // "What two *aims* …?": a fact telling a purpose covers it.
            || (self.records[doc].purpose && query.purpose_terms.contains(&term.term))
            // "Which summit, by *number*": an ordinal or number answers.
            || (term.term == self.number_term && self.records[doc].answer_numeric)
            // "Was a *healthcare* centre launched?" is settled ("no")
            // by the list of centres.
            || not_among.iter().any(|t| t.term == term.term)
            // "Was it meant to be *temporary*?" is settled ("no") by a
            // fact saying the opposite ("permanent").
            || (query.intent == Intent::YesNo
                && (self.opposed_in_statement(query, doc, &term.term)
                    || self.bounded_against_endless(query, doc, &term.term)
                    || (query.tones.iter().any(|(_, terms)| terms.contains(&term.term))
                        && self.of_the_other_tone(query, doc))
                    || (term.name && self.in_a_named_group(doc, &term.term))
                    || self.said_or_quantified(query, doc, &term.term)))
            || (query.intent != Intent::YesNo && self.placed_where_its_subject_is(query, doc, term))
            // "Was it signed in *Beijing*?" is settled ("no") by a fact
            // naming another city where the question names one.
            // Only where its sentence does not name it ("was Kyrgyzstan
            // there?" of a fact about "the five presidents").
            || (query.intent == Intent::YesNo
                && !sentence
                && (term.name || term.known.proper)
                && (self.same_kind_as_answer(query, &term.term, doc)
                    || self.counts_the_same_things_otherwise(query, doc, &term.term)))
    }

    /// Whether `term` names a place the question puts something in or at,
    /// and a fact about this fact's subject puts it there: "who signed the
    /// treaty *in Astana*?" of the signatories' fact, whose sibling says
    /// where the signing was.
    fn placed_where_its_subject_is(&self, query: &Query, doc: usize, term: &QueryTerm) -> bool {
        !query.asked_place
            && query.intent != Intent::Where
            && query.placed_terms.contains(&term.term)
            && self.records[doc].subject_located_terms.contains(&term.term)
    }

    /// Adds `term` to `words`: its weight, the credit its matches earn
    /// (by where and how the fact holds it, `hold`), and the telling
    /// misses it makes.
    fn record_term(
        &self,
        query: &Query,
        doc: usize,
        term: &QueryTerm,
        words: &mut WordCoverage<'_>,
        hold: TermHold,
    ) {
        let TermHold {
            statement,
            questions,
            sentence,
            counted,
            loose_only,
        } = hold;
        let yes_no = query.intent == Intent::YesNo;
        let held = statement || questions || counted;
        let anywhere = held || sentence;
        let heavy = term.weight >= UNSETTLED_MIN_WEIGHT;
        words.sentence_only |= !held && sentence && term.weight >= SENTENCE_ONLY_MIN_WEIGHT;
        // "Did the president of *Turkmenistan* attend?" is settled by
        // "the five presidents", but only the sentence shows the name.
        words.sentence_only |= yes_no
            && term.name
            && sentence
            && !(statement || questions)
            && term.weight >= SENTENCE_ONLY_MIN_WEIGHT;
        // A word the article never uses at all ("is the grant for
        // *military* projects?") is a claim no fact of it confirms.
        words.open_word |= yes_no
            && !anywhere
            && !term.name
            && heavy
            && (self.leans_the_other_way(doc, &term.term)
                || query.proposed_acts.contains(&term.term)
                || query.unknown_modifiers.contains(&term.term));
        words.name_missed |= !(statement || questions || sentence)
            && term.known.proper
            && heavy
            && query.asked.as_ref() != Some(&term.term)
            && !query.place_modifier_terms.contains(&term.term)
            && !self.placed_where_its_subject_is(query, doc, term);
        let spans = &self.records[doc].other_spans;
        words.other_span_named += usize::from(spans.contains(&term.term));
        if !held && sentence {
            words.sentence_only_weight += term.weight;
            let weighty = term.weight >= SENTENCE_ONLY_MIN_WEIGHT;
            words.other_span |= weighty
                && std::iter::once(&term.term)
                    .chain(&term.alternatives)
                    .any(|t| spans.contains(t));
        }
        let missed = !anywhere && !term.name && heavy;
        words.verb_missed |= missed
            && term.known.verb
            && !term.known.noun_here
            && !self.light_verb_terms.contains(&term.term);
        words.heavy_missed |= yes_no && missed && !term.known.verb;
        // "Why did Xi *insist* …?" of "Xi argued that …": a verb of
        // saying is what a reported purpose covers.
        let said = self.records[doc].reported && self.saying_terms.contains(&term.term);
        words.reason_missed |= words.why_purpose && missed && !said;
        // A verb around the options ("do they *want* to deepen or
        // reduce it?") is the learner's own wording of the fact's.
        let verb_here = term.known.verb && !term.known.noun_here;
        words.choice_missed |=
            query.chooses && missed && !verb_here && !query.choices.contains(&term.term);
        words.content_missed |= yes_no && missed && term.predicate;
        words.noun_missed |= yes_no
            && missed
            && term.known.verb
            && term.known.noun_here
            && self.index.in_text(&term.term);
        let credit = match (held, sentence, term.name) {
            (true, _, _) if loose_only => LOOSE,
            (true, _, _) => 1.0,
            // A reason names what it is the reason for only in its
            // sentence ("*these values* are key to peace"): the
            // sentence speaks for the purpose fact in full.
            (false, true, _) if words.why_purpose => 1.0,
            (false, true, false) => PARTIAL,
            (false, true, true) => PARTIAL * PARTIAL,
            // "Is the grant *spread* over five years?": an amount or span
            // is the claim, and the verb around it the learner's own.
            (false, false, false)
                if yes_no && term.known.verb && self.span_against_period(query, doc) =>
            {
                PARTIAL
            }
            (false, false, _) => 0.0,
        };
        words.total += term.weight;
        words.covered += term.weight * credit;
        words.evidence += term.known.idf * credit;
    }

    /// How well the fact's answer fits what is asked (its kind, place,
    /// ordinal, verb, names and offered choices), and whether it is about
    /// another ordinal than the question's. Clears `lead` where the
    /// answer span should not open the reply, sets it where an offered
    /// choice is the answer.
    fn fit(
        &self,
        query: &Query,
        doc: usize,
        words: &WordCoverage<'_>,
        contained: bool,
        option: Option<usize>,
        lead: &mut bool,
    ) -> (f64, bool) {
        let fact = &self.facts.facts()[doc];
        let (verb_missed, name_missed, reason_missed) =
            (words.verb_missed, words.name_missed, words.reason_missed);
        let fit = if query.intent == Intent::Clock {
            if self.records[doc].answer_has_clock {
                1.0
            } else {
                query.intent.fit(fact.answer_kind)
            }
        } else if query.intent == Intent::YesNo {
            1.0
        } else if self.group_asked(query, doc).is_some() {
            // "Which countries signed?" of "… with the five Central Asian
            // nations": the group's members are the list, though the
            // question names the fact's answer ("… with China?"); a list
            // that names them itself is better still.
            *lead = false;
            GROUP_FIT
        } else if contained {
            self.contained_fit(query, doc)
        } else if query.intent == Intent::Who
            && query
                .whose
                .as_ref()
                .is_some_and(|noun| self.records[doc].answer_terms.contains(noun))
        {
            // "Whose interests …?" of "global interests": the answer says
            // whose, whoever the statement names as acting.
            1.0
        } else if self.who_of_an_echoed_answer(query, doc)
            || self.country_of_an_echoed_answer(query, doc)
        {
            // Its statement offers who: the span is no answer.
            *lead = false;
            CONTAINED
        } else if query.several
            && fact.answer_kind == AnswerKind::List
            && (query.intent != Intent::Who || self.list_names_someone(doc))
        {
            1.0
        } else if query.several && query.intent == Intent::Open {
            // "Name the focus areas": one item's detail is not the list.
            if self.records[doc].part_of_a_list {
                MISMATCH
            } else {
                0.85
            }
        } else if query.intent == Intent::Who && self.place_after_closing_preposition(query, doc) {
            // "Who do they want to deepen cooperation *with*?" of "…
            // cooperation *with Beijing*": the place is who they act with.
            1.0
        } else if query.intent == Intent::Who {
            let fit = self.who_fit(doc);
            if fit < CONTAINED && self.agent_is_news(query, doc) {
                // "Who called China a dependable friend?": the statement's
                // subject answers, not the fact's answer span.
                *lead = false;
                CONTAINED
            } else {
                fit
            }
        } else if self.counts_the_items(query, doc).is_some() {
            // "How many focus areas?" of the list of them: its length.
            1.0
        } else if self.gives_origin_asked(query, doc) {
            // "Where are the professionals from?" of "professionals from
            // Central Asia": the answer names where they come from.
            1.0
        } else if query.intent == Intent::HowLong
            && !query.asks_time_taken
            && self.records[doc].lasting.is_some()
        {
            // "How long will the treaty last?" of "*permanent*
            // good-neighborliness": the word says it.
            *lead = false;
            1.0
        } else if query.intent == Intent::HowLong && !self.records[doc].answer_units.is_empty() {
            // "Decades of diplomatic ties" says how long, though less
            // squarely than a duration does.
            query.intent.fit(fact.answer_kind).max(CONTAINED)
        } else {
            query.intent.fit(fact.answer_kind)
        };
        // "Who *are* the leaders?": one name is less than the list asked.
        let fit =
            if query.several && query.intent == Intent::Who && fact.answer_kind != AnswerKind::List
            {
                fit * ONE_OF_SEVERAL
            } else {
                fit
            };
        // "How many *projects* will the grant fund?" is not counted in
        // yuan: a sum of money counts only money.
        let counts_things_in_money = query.intent == Intent::HowMany
            && fact.answer_kind == AnswerKind::Money
            && !query.counted.is_empty()
            && !query
                .counted
                .iter()
                .any(|noun| crate::numbers::Currency::from_word(noun).is_some() || noun == "money");
        let fit = if counts_things_in_money
            || self.wrong_kind_of_place(query, doc)
            || self.names_no_reason(query, doc)
            || self.counts_fewer(query, doc)
            || self.misses_the_kind_asked(query, doc)
            || self.person_for_a_thing(query, doc)
        {
            fit * MISMATCH
        } else {
            fit
        };
        // "Which city will host the *third* summit?" is not answered by a
        // fact about the second one.
        let fact_ordinals = &self.records[doc].ordinals;
        let other_ordinal = !query.ordinals.is_empty()
            && !fact_ordinals.is_empty()
            && query.ordinals.is_disjoint(fact_ordinals);
        // … but it settles "was it the *first* summit?" with "no".
        let ordinal_fit = if other_ordinal && query.intent != Intent::YesNo {
            MISMATCH
        } else {
            1.0
        };
        let fit = fit * ordinal_fit;
        // Of a choice, only an ordinal ordering a thing and not itself an
        // option ("the first summit or a later one?") narrows what is asked.
        let ordinal_fit =
            if query.ordinal_modifies && query.ordinal_terms.is_disjoint(&query.choices) {
                ordinal_fit
            } else {
                1.0
            };
        // "*In* which country was it signed?" is not answered by the one
        // who signed ("China signed …").
        let record = &self.records[doc];
        let fit = if query.locative
            && fact.answer_kind == AnswerKind::Place
            && record.answer_leads
            && !record.answer_traits.locative
        {
            fit * MISMATCH
        } else {
            fit
        };
        // The answer is who acted, but in another action than the one asked.
        let fit = if verb_missed
            && (record.answer_leads || record.answer_acts)
            && query.intent != Intent::YesNo
        {
            fit * MISMATCH
        } else {
            fit
        };
        // A name of the article the fact never mentions ("the commitments
        // in the Astana *Declaration*" of the treaty's): it tells of
        // another named thing.
        let fit = if (name_missed && query.intent != Intent::YesNo) || reason_missed {
            fit * MISMATCH
        } else {
            fit
        };

        // "Which summit was it, the first or the second?": the fact whose
        // answer is one of the options answers; the others only talk
        // about them.
        let offered = !query.choices.is_empty()
            && query.intent != Intent::YesNo
            && record
                .answer_terms
                .iter()
                .any(|t| query.choices.contains(t))
            && !self.option_in_another_role(query, doc);
        if offered {
            *lead = true;
        } else if option.is_some() {
            // The option opens the reply; the span is no answer.
            *lead = false;
        }
        // A choice is still of the summit asked about: "was the *first*
        // summit held in Xi'an or Astana?" is not answered by the second.
        let fit = if query.choices.is_empty() || query.intent == Intent::YesNo || query.open_choice
        {
            fit
        } else if offered {
            ordinal_fit
        } else if option.is_some() {
            // Below an answer span that is the option, which says it
            // outright.
            STATED_OPTION_FIT * ordinal_fit
        } else {
            fit * MISMATCH
        };
        let fit = fit * self.mismatch(query, doc);
        // "Which green *minerals* did Xi mention?" of a list with the item
        // "green minerals": the fact names the kind, not its members.
        let fit = if self.names_only_the_kind(query, doc) {
            fit * MISMATCH
        } else {
            fit
        };
        (fit, other_ordinal)
    }

    /// Whether the fact's answer puts an option after another preposition
    /// than the question does: "training *in* China or *in* Central
    /// Asia?" is not answered by "professionals *from* Central Asia".
    fn option_in_another_role(&self, query: &Query, doc: usize) -> bool {
        let answer = crate::lang::words(&self.facts.facts()[doc].answer);
        query.options.iter().any(|option| {
            let Some(asked) = &option.preposition else {
                return false;
            };
            answer.iter().enumerate().any(|(at, word)| {
                option.names(&self.analyzer.term(word))
                    && answer[..at]
                        .iter()
                        .rev()
                        .find(|w| !intent::DETERMINERS.contains(&w.as_str()))
                        .is_some_and(|before| {
                            before != asked && OPTION_PREPOSITIONS.contains(&before.as_str())
                        })
            })
        })
    }

    /// The one option a choice question offers that the fact's statement
    /// holds, by its word or an alternative, where the answer span holds
    /// none: "as global uncertainty *grows*" chooses "increasing" of
    /// "increasing or decreasing?". None when it holds two or none.
    fn stated_option(&self, query: &Query, doc: usize) -> Option<usize> {
        // Only a question put as yes/no asks to pick ("is it A or B?"):
        // "what did they commit to *uphold or defend*?" asks for objects,
        // and "which is bigger, A or B?" for a comparison.
        if !query.chooses || query.options.is_empty() || query.intent == Intent::YesNo {
            return None;
        }
        let record = &self.records[doc];
        if record
            .answer_terms
            .iter()
            .any(|t| query.choices.contains(t))
        {
            return None;
        }
        let statement = crate::lang::words(&self.facts.facts()[doc].statement);
        let mut held = query.options.iter().enumerate().filter(|(_, option)| {
            let stated = std::iter::once(&option.term)
                .chain(&option.alternatives)
                .any(|t| record.statement_terms.contains(t));
            // "Did Xi speak *in* Chinese or English?" is not answered by
            // "the China-Central Asia Summit": the option fills another
            // role there.
            stated
                && option.preposition.as_ref().is_none_or(|preposition| {
                    statement.iter().enumerate().any(|(at, word)| {
                        word == preposition
                            && statement[at + 1..]
                                .iter()
                                .take(3)
                                .any(|next| option.names(&self.analyzer.term(next)))
                    })
                })
        });
        match (held.next(), held.next()) {
            (Some((at, _)), None) => Some(at),
            _ => None,
        }
    }

    /// Whether the fact settles a yes/no question (or the claim a question
    /// makes) with "no": an amount or order that does not hold, a slot it
    /// contradicts, an item its list leaves out, another ordinal, an
    /// unrestricted fact for a restricted question, or the other tone or
    /// side.
    /// Whether a yes/no question puts a word the article never uses, and
    /// no word of it, after a modifier the fact's statement puts another
    /// word after: "a strategic *rival*" of "a strategic *partner*".
    fn other_head_after(&self, query: &Query, doc: usize) -> bool {
        let sequence = &self.records[doc].statement_sequence;
        let asked = |term: &String| query.terms.iter().any(|t| &t.term == term);
        query.terms.windows(2).any(|pair| {
            let (modifier, head) = (&pair[0], &pair[1]);
            head.adjacent
                && modifier.adjective
                && !modifier.name
                && !self.index.is_proper(&modifier.term)
                && !head.name
                && (!head.known.verb || head.known.noun_here)
                && head.alternatives.is_empty()
                && !self.index.knows(&head.term)
                && sequence
                    .windows(2)
                    .any(|w| w[0] == modifier.term && !asked(&w[1]))
        })
    }

    fn contradicted(
        &self,
        query: &Query,
        doc: usize,
        settles: &Settling,
        words: &WordCoverage<'_>,
    ) -> bool {
        let Settling {
            compared,
            slot,
            restricted,
            other_ordinal,
        } = *settles;
        let fact_ordinals = &self.records[doc].ordinals;
        // "Was there a *first* summit before this one?" of a fact about
        // the second: the named one set against the fact's.
        if let Some(order) = query.named_one_order.filter(|_| other_ordinal) {
            let holds = query
                .ordinals
                .iter()
                .all(|named| fact_ordinals.iter().all(|f| named.cmp(f) == order));
            return !holds || slot == slots::SlotFit::Contradicts || restricted;
        }
        // "Before the third summit?" of a fact about the second: the
        // order settles it, not the ordinals' difference.
        let in_order = query
            .order
            .filter(|_| !query.ordinals.is_empty() && !fact_ordinals.is_empty())
            .map(|order| {
                // "Will the *third* summit come after the *second*?": the
                // fact's own ordinal is the one set against the other.
                let anchors: Vec<&u64> = query
                    .ordinals
                    .iter()
                    .filter(|q| !fact_ordinals.contains(q))
                    .collect();
                let anchors = if anchors.is_empty() {
                    query.ordinals.iter().collect()
                } else {
                    anchors
                };
                fact_ordinals
                    .iter()
                    .all(|f| anchors.iter().all(|q| f.cmp(q) == order))
            });
        match (compared, in_order) {
            // "Is the 1.5 billion yuan grant for *next year*?": the amount
            // holds, the period does not.
            (Some(Some(holds)), _) => !holds || slot == slots::SlotFit::Contradicts,
            (_, Some(holds)) if query.intent == Intent::YesNo => {
                !holds || slot == slots::SlotFit::Contradicts || restricted
            }
            _ => {
                slot == slots::SlotFit::Contradicts
                    || !words.not_among.is_empty()
                    || (query.intent == Intent::YesNo
                        && (other_ordinal
                            || self.future_deed_asked_as_done(query, doc)
                            || (restricted && !words.heavy_missed)
                            || self.of_the_other_tone(query, doc)
                            || self.other_head_after(query, doc)
                            || self.takes_the_other_side(query, doc) == Some(true)))
            }
        }
    }

    /// Whether a yes/no question asks whether the deed the fact says will
    /// happen is done ("did China host the third summit?" of "China would
    /// host the third summit"), not about what frames it ("did they
    /// *agree* …?"): the fact says no.
    fn future_deed_asked_as_done(&self, query: &Query, doc: usize) -> bool {
        query.asks_if_done
            && self.records[doc]
                .future_deed
                .as_ref()
                .is_some_and(|future| {
                    !future.deed.is_disjoint(&query.all_terms)
                        && future.frame.is_disjoint(&query.all_terms)
                })
    }

    /// Whether the question puts the place right after a noun that a fact
    /// puts there ("did Xi attend *the summit in Astana*?" of "the summit
    /// was held in Astana"): the phrase names the thing, as the article
    /// does, and claims nothing a fact about the thing must settle again.
    fn placed_as_the_article_places(&self, question: &str, place: &crate::facts::Place) -> bool {
        let words = crate::lang::words(question);
        place_phrases(self.facts.places(), &words)
            .into_iter()
            .any(|(at, named)| {
                let Some(noun) = at.checked_sub(1).map(|before| words[before].as_str()) else {
                    return false;
                };
                named.name == place.name
                    && self.lexicon.can_be_noun(noun) == Some(true)
                    // A noun, not a verb: "the *summit* in", not "*signed* in".
                    && (self.lexicon.can_be_verb(noun) != Some(true)
                        || at.checked_sub(2).is_some_and(|before| {
                            intent::DETERMINERS.contains(&words[before].as_str())
                        }))
                    && {
                        let head = self.analyzer.term(noun);
                        self.records.iter().any(|record| {
                            record.located_at.contains(&place.name)
                                && record.statement_terms.contains(&head)
                        })
                    }
            })
    }

    /// The place a where-question's answer holds inside it, when the
    /// fact's statement names one the question does not and the question
    /// asks no kind of place ("which *country*" wants the country): the
    /// nearer place is the fuller answer.
    fn place_inside_answer(&self, query: &Query, doc: usize) -> Option<String> {
        let fact = &self.facts.facts()[doc];
        if query.intent != Intent::Where
            || query.asked_place
            || fact.answer_kind != AnswerKind::Place
        {
            return None;
        }
        let places = self.facts.places();
        places
            .iter()
            .filter(|inner| fact.statement.contains(inner.name.as_str()))
            .filter(|inner| lies_within(places, &inner.name, &fact.answer))
            .find(|inner| {
                crate::lang::words(&inner.name)
                    .iter()
                    .all(|word| !query.all_terms.contains(&self.analyzer.term(word)))
            })
            .map(|inner| inner.name.clone())
    }

    /// The terms of each place the question names right before a noun
    /// that a fact puts in that place: "the *Astana* summit" of "the
    /// summit was held in Astana".
    /// The terms of the names `question` writes as owners: a possessive
    /// ("*China's* grant") or a word the lexicon folds into a name of
    /// another stem ("*Chinese* yuan").
    fn owner_terms(&self, question: &str) -> HashSet<String> {
        let mut owners = HashSet::new();
        for token in question.split_whitespace() {
            let bare = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            let (word, possessive) = match confirm::possessive_owner(bare) {
                Some(owner) => (confirm::fold(owner), true),
                None => (confirm::fold(bare), false),
            };
            let term = self.analyzer.term(&word);
            if self.index.is_proper(&term) && (possessive || crate::lang::stem(&word) != term) {
                owners.insert(term);
            }
        }
        owners
    }

    fn place_modifier_terms(&self, question: &str) -> HashSet<String> {
        let words = crate::lang::words(question);
        let mut found = HashSet::new();
        for place in self.facts.places() {
            let name = crate::lang::words(&place.name);
            let Some(len) = (!name.is_empty()).then_some(name.len()) else {
                continue;
            };
            let modifies = (0..words.len().saturating_sub(len)).any(|at| {
                words[at..at + len] == name[..] && {
                    let head = self.analyzer.term(&words[at + len]);
                    self.records.iter().any(|record| {
                        record.located_at.contains(&place.name)
                            && record.statement_terms.contains(&head)
                    })
                }
            });
            if modifies {
                found.extend(name.iter().map(|word| self.analyzer.term(word)));
            }
        }
        found
    }

    /// Whether the place after "in" only modifies the noun after it, as
    /// a learner writes it without the possessive ("a key priority *in
    /// China neighborhood diplomacy*"): the phrase is about the noun, and
    /// puts nothing in the place. A noun of places or a name after it
    /// ("in Kazakhstan capital", "in Astana Tuesday") still places.
    fn place_modifies_a_noun(&self, question: &str, place: &crate::facts::Place) -> bool {
        let words = crate::lang::words(question);
        let name_len = crate::lang::words(&place.name).len();
        place_phrases(self.facts.places(), &words)
            .into_iter()
            .filter(|(_, named)| named.name == place.name)
            .all(|(at, _)| {
                let after = at + 1 + usize::from(words.get(at + 1).is_some_and(|w| w == "the"));
                words.get(after + name_len).is_some_and(|next| {
                    let next = next.as_str();
                    !self.analyzer.is_stopword(next)
                        && !Intent::is_place_noun(next)
                        && !self.lexicon.is_name(next)
                        && self.lexicon.can_be_noun(next) == Some(true)
                        && self.lexicon.can_be_verb(next) != Some(true)
                        && self.lexicon.can_be_adjective(next) != Some(true)
                        && self.lexicon.can_be_adverb(next) != Some(true)
                })
            })
    }

    /// The adjectives a folded word is the superlative of, when it ranks
    /// something above the rest: "richest" → rich, "largest" → large;
    /// none for "most", "least", "best" and "worst". `None` for any other
    /// word.
    fn superlative_bases(&self, word: &str) -> Option<Vec<String>> {
        if matches!(word, "most" | "least" | "best" | "worst") {
            return Some(Vec::new());
        }
        let base = word.strip_suffix("est").filter(|base| base.len() >= 2)?;
        // "richest" → rich, "largest" → large, "biggest" → big, "easiest" → easy.
        let bases = [
            base.to_string(),
            format!("{base}e"),
            base.strip_suffix('i')
                .map(|b| format!("{b}y"))
                .unwrap_or_default(),
            base.get(..base.len() - 1).unwrap_or_default().to_string(),
        ];
        let bases: Vec<String> = bases
            .into_iter()
            .filter(|b| b.len() >= 2 && self.lexicon.can_be_adjective(b) == Some(true))
            .collect();
        (self.lexicon.can_be_adjective(word) != Some(false)
            && self.lexicon.can_be_noun(word) != Some(true)
            && !bases.is_empty())
        .then_some(bases)
    }

    /// Whether the question names a city or a country (a WordNet place)
    /// that neither the fact nor its sentence holds: "held in *Xi'an*".
    fn names_a_place_the_fact_lacks(&self, query: &Query, doc: usize) -> bool {
        query.terms.iter().any(|term| {
            query.term_facts.get(&term.term).is_some_and(|facts| {
                facts
                    .sets
                    .iter()
                    .any(|set| matches!(*set, "city" | "capital" | "country"))
            }) && !self.fields_with(doc, term).iter().any(|held| *held)
        })
    }

    /// The re-ranking bonus (or malus) of the fact among those that cover
    /// the question alike: question words inside its answer, a purpose or
    /// description asked for, and less for an echoed answer or the wrong
    /// tense.
    fn rerank_hint(&self, query: &Query, doc: usize, contained: bool, echoed: bool) -> f64 {
        (if contained || query.terms.is_empty() {
            0.0
        } else {
            self.answer_hint(query, doc)
        }) + if (query.purpose && self.records[doc].purpose)
            || (query.described.is_some() && query.described == self.records[doc].before_answer)
        {
            RERANK
        } else {
            0.0
        } + if self.states_the_claimed_currency(query, doc) {
            RERANK
        } else {
            0.0
        } - self.subject_miss(query, doc)
            - if echoed { RERANK } else { 0.0 }
            - if (query.past && self.records[doc].future)
                || (query.future && !self.records[doc].future && query.intent != Intent::YesNo)
            {
                RERANK
            } else {
                0.0
            }
    }

    /// Whether the fact states an amount in the currency the question's
    /// claimed amount is in ("worth about *$300 million*?" of the fact
    /// that gives the grant in dollars): its figure is the one to compare.
    fn states_the_claimed_currency(&self, query: &Query, doc: usize) -> bool {
        query
            .claimed
            .as_ref()
            .and_then(|claimed| claimed.currency)
            .is_some_and(|currency| {
                self.records[doc]
                    .stated_quantities
                    .iter()
                    .any(|q| q.currency == Some(currency))
            })
    }

    /// What is left of the fit when the fact answers another question than
    /// the one asked, though its words match: a future fact for what
    /// happened, a non-statement for what someone said, a list for one of
    /// its items, an affirmation for a negated question, or a period in
    /// another unit. 1.0 when none applies.
    fn mismatch(&self, query: &Query, doc: usize) -> f64 {
        let mut left = 1.0;
        // "Will China host it *if* Kazakhstan agrees?": neither yes nor no
        // without a fact stating the condition.
        if query.conditional && !self.records[doc].conditional {
            left *= MISMATCH;
        }
        if query.intent == Intent::YesNo {
            return left;
        }
        if self.misses_the_how_verb(query, doc) || self.answer_is_not_its_name(query, doc) {
            left *= MISMATCH;
        }
        if (query.not_future && self.records[doc].future)
            || (query.next_time && !self.records[doc].future)
        {
            left *= MISMATCH;
        }
        if query.says && !self.records[doc].reported {
            left *= MISMATCH;
        }
        if query.negated && !self.records[doc].negated {
            left *= MISMATCH;
        }

        if query.distributive && !self.records[doc].distributive {
            left *= MISMATCH;
        }
        if query.other_in_series {
            left *= MISMATCH;
        }
        if query.asks_place_in_series
            && self
                .analyzer
                .ordinal(&self.facts.facts()[doc].answer)
                .is_none()
        {
            left *= MISMATCH;
        }
        if query.picks_from.is_some() && query.picks_from == self.records[doc].list_len {
            left *= MISMATCH;
        }
        // "The *newest* platform" of "a new platform": the sentence may
        // hold the adjective itself.
        if let Some(bases) = &query.superlative {
            let sentence = crate::lang::words(&self.facts.facts()[doc].citation.text);
            if !sentence
                .iter()
                .any(|word| bases.contains(word) || self.superlative_bases(word).is_some())
            {
                left *= MISMATCH;
            }
        }
        // "List the projects the grant will fund" of the grant's amount:
        // a request for several things is not answered by a quantity.
        if query.several
            && matches!(query.intent, Intent::Open | Intent::Who | Intent::Where)
            && self.facts.facts()[doc].answer_kind.is_numeric()
        {
            left *= MISMATCH;
        }
        if self.agent_differs(query, doc)
            || self.origin_differs(query, doc)
            || self.someone_else_does_it(query, doc)
        {
            left *= MISMATCH;
        }
        // "What kind of community …?" of a fact that names no community,
        // nor another word for it ("what type of *farming*" of "modern
        // *agriculture*").
        if query
            .kind_noun
            .as_ref()
            .is_some_and(|noun| !self.holds_asked(query, doc, noun))
        {
            left *= MISMATCH;
        }
        // "What kind of *agreement* …?" of "the *long-term* friendship":
        // the modifier the fact gives is of another noun.
        if let Some(noun) = query.kind_noun.as_ref()
            && self.modifies_another_noun(query, doc, noun)
        {
            left *= MISMATCH;
        }
        // What a question sets aside ("what else, apart from the
        // centres?") is neither the answer nor what the fact is about; an
        // answer that lists it among others still has something else.
        let record = &self.records[doc];
        let answer = &record.answer_terms;
        let only_aside = !answer.is_empty()
            && answer
                .iter()
                .all(|t| query.aside.contains(t) || query.all_terms.contains(t));
        // … unless the question counts the others ("how many presidents
        // besides Xi …?" of the list of those Xi joined).
        let about_aside = query
            .aside
            .iter()
            .any(|t| record.statement_terms.contains(t) && !answer.contains(t))
            && self.counts_the_items(query, doc).is_none();
        if !query.aside.is_empty() && (only_aside || about_aside) {
            left *= MISMATCH;
        }
        // "Which *summit* will China host?" is not answered by a place
        // where the summit the statement names was held.
        let fact = &self.facts.facts()[doc];
        if fact.answer_kind == AnswerKind::Place
            && !query.asked_place
            && query.asked.as_ref().is_some_and(|asked| {
                record.statement_terms.contains(asked) && !record.answer_terms.contains(asked)
            })
        {
            left *= MISMATCH;
        }
        let units = &self.records[doc].answer_units;
        if !query.units.is_empty() && !units.is_empty() && query.units.is_disjoint(units) {
            left *= MISMATCH;
        }
        // "How many training places …?" counts things, not years.
        if query.intent == Intent::HowMany && query.units.is_empty() && !units.is_empty() {
            left *= MISMATCH;
        }
        // An offered choice ("Kyrgyzstan or Afghanistan?") is what is
        // asked, not one member the question is about.
        let in_answer_list = self.records[doc].list_len.is_some_and(|items| items >= 2)
            && query.terms.iter().any(|t| {
                self.index.is_proper(&t.term)
                    && answer.contains(&t.term)
                    && !query.choices.contains(&t.term)
            });
        if !query.several && in_answer_list || self.one_of_many(query, &self.records[doc].listed) {
            left *= MISMATCH;
        }
        left
    }

    /// Whether a what/which question asks for members of a kind that the
    /// fact's list gives as one item, whole, in the question's own words,
    /// or whose whole answer is the asked kind as the question names it.
    fn names_only_the_kind(&self, query: &Query, doc: usize) -> bool {
        let Some(asked) = query.asked.as_ref() else {
            return false;
        };
        let record = &self.records[doc];
        // "Which Belt and Road projects, specifically?" of "Belt and Road
        // projects": the answer is the question's own kind, naming none.
        let names_the_asked_kind = query.choices.is_empty()
            && record.answer_terms.len() >= 2
            && record.answer_terms.contains(asked)
            && record.answer_terms.is_subset(&query.all_terms)
            && (!record.answer_is_name || self.names_the_answer_whole(query, doc));
        // "Which specific livelihood projects …?" of "livelihood and
        // development projects", or of an amount: no member is named.
        let fact = &self.facts.facts()[doc];
        let names_no_member = !query.specific_kind.is_empty()
            && query.choices.is_empty()
            && (!record.answer_terms.is_disjoint(&query.specific_kind)
                || matches!(
                    fact.answer_kind,
                    AnswerKind::Money
                        | AnswerKind::Number
                        | AnswerKind::Duration
                        | AnswerKind::DateTime
                ));
        query.intent == Intent::Open
            && (names_the_asked_kind
                || names_no_member
                || (!query.several
                    && record
                        .answer_items
                        .iter()
                        .any(|item| item.contains(asked) && item.is_subset(&query.all_terms))))
    }

    /// Whether the fact's answer is a modifier of a noun that is not
    /// `noun` (the term of N in "what kind of N"), nor another word for it.
    fn modifies_another_noun(&self, query: &Query, doc: usize, noun: &str) -> bool {
        let record = &self.records[doc];
        if !record.answer_is_modifier
            || record.after_answer.is_empty()
            || self.facts.facts()[doc].answer_kind == AnswerKind::List
        {
            return false;
        }
        let words_for_noun: Vec<&String> = query
            .terms
            .iter()
            .filter(|t| t.term == noun)
            .flat_map(|t| std::iter::once(&t.term).chain(&t.alternatives))
            .collect();
        // "volatile *global* environment": a modifier between them says
        // nothing of which noun the answer goes with.
        let a_noun_follows = record.after_answer.iter().all(|next| {
            self.lexicon.can_be_noun(next) == Some(true)
                && self.lexicon.can_be_adjective(next) != Some(true)
                && self.lexicon.can_be_verb(next) != Some(true)
        });
        !words_for_noun.is_empty()
            && a_noun_follows
            && !words_for_noun
                .iter()
                .any(|word| record.after_answer.contains(*word))
    }

    /// The item of the fact's list answer that holds the one option a
    /// choice question offers ("green minerals" of "tourism or green
    /// minerals?"), as the article words it; `None` for a yes/no question,
    /// or when the list holds none or several of the options.
    fn option_among_items(&self, query: &Query, doc: usize) -> Option<String> {
        let fact = &self.facts.facts()[doc];
        // Options of several words ("amity and inclusiveness or …") are
        // told by the option runs, not item by item.
        if query.intent == Intent::YesNo
            || query.option_runs.is_some()
            || self.records[doc].answer_items.len() < 2
        {
            return None;
        }
        let items = answer_traits::list_item_texts(fact);
        let holds = |item: &str, option: &ChoiceOption| {
            self.analyzer.index_terms(item).contains(&option.term)
        };
        let mut held = query
            .options
            .iter()
            .filter(|option| items.iter().any(|item| holds(item, option)));
        let only = match (held.next(), held.next()) {
            (Some(only), None) => only,
            _ => return None,
        };
        items
            .iter()
            .find(|item| holds(item, only))
            .map(|item| (*item).to_string())
    }

    /// The members of a group the fact's statement names that a question
    /// asking for several things of the group's sort ("which *countries*")
    /// asks for.
    fn group_asked(&self, query: &Query, doc: usize) -> Option<&[String]> {
        if !query.several || !matches!(query.intent, Intent::Open | Intent::Where) {
            return None;
        }
        self.records[doc]
            .group_members
            .iter()
            .find(|(sort, _)| query.asked_sets.contains(sort))
            .map(|(_, members)| members.as_slice())
    }

    /// Whether "which"/"what" asks for a plural noun after its modifiers:
    /// "which Central Asian *countries* …" asks for several, though its
    /// first word is no plural.
    fn plural_after_modifiers(&self, folded: &[&str]) -> bool {
        /// Modifiers skipped before the noun.
        const MOST_MODIFIERS: usize = 3;
        let Some(wh) = folded.iter().position(|w| matches!(*w, "which" | "what")) else {
            return false;
        };
        let modifier = |w: &str| {
            let term = self.analyzer.term(w);
            self.index.is_proper(&term) || self.lexicon.can_be_adjective(w) == Some(true)
        };
        let rest = &folded[wh + 1..];
        let skipped = rest
            .iter()
            .take(MOST_MODIFIERS)
            .take_while(|w| modifier(w))
            .count();
        skipped > 0
            && rest.get(skipped).is_some_and(|noun| {
                intent::looks_plural(noun) && self.lexicon.can_be_noun(noun) == Some(true)
            })
    }

    /// The terms of the kind a "which *specific* N …" question asks for
    /// members of: the wh-phrase's words after the specificity word, up to
    /// its verb. Empty for any other question.
    fn specific_kind(&self, folded: &[&str]) -> HashSet<String> {
        let Some(wh) = folded.iter().position(|w| matches!(*w, "which" | "what")) else {
            return HashSet::new();
        };
        let phrase = &folded[wh + 1..];
        let Some(at) = phrase.iter().position(|w| SPECIFICITY_WORDS.contains(w)) else {
            return HashSet::new();
        };
        // A kind is a few words ("livelihood projects"); more reach into
        // the clause ("countries signed the treaty").
        const MOST_KIND_WORDS: usize = 3;
        let kind: Vec<&str> = phrase[at + 1..]
            .iter()
            .take_while(|w| !phrasing::is_auxiliary(w))
            .take(MOST_KIND_WORDS)
            .filter(|w| !self.analyzer.is_stopword(w))
            .copied()
            .collect();
        // "Which specific *day* …": a time or an amount is a member.
        if kind.iter().any(|w| intent::names_a_kind(w)) {
            return HashSet::new();
        }
        kind.iter().map(|w| self.analyzer.term(w)).collect()
    }

    /// Whether `term` is a word of the question's claim that something
    /// lasts a bounded time and the fact says it lasts for good ("only for
    /// a *few years*?" of "*permanent* good-neighborliness").
    fn bounded_against_endless(&self, query: &Query, doc: usize, term: &str) -> bool {
        query.bounded_terms.contains(term)
            && self.records[doc]
                .lasting
                .as_deref()
                .is_some_and(|word| ENDLESS_WORDS.contains(&word))
    }

    /// Whether `term` names a country whose leader the fact's statement
    /// names as acting for it ([`Asker::leaders`]).
    fn led_in_statement(&self, doc: usize, term: &str) -> bool {
        self.leaders.get(term).is_some_and(|people| {
            people
                .iter()
                .any(|person| self.records[doc].statement_terms.contains(person))
        })
    }

    /// Whether `term` names a place of the article that lies within a
    /// group the fact's statement names, of its own sort: "Turkmenistan"
    /// is one of "the five Central Asian nations".
    fn in_a_named_group(&self, doc: usize, term: &str) -> bool {
        let groups = &self.records[doc].groups;
        if groups.is_empty() {
            return false;
        }
        let places = self.facts.places();
        places
            .iter()
            .filter(|place| self.analyzer.term(&crate::text::normalize(&place.name)) == term)
            .any(|place| {
                groups
                    .iter()
                    .any(|(outer, sort)| *sort == place.sort && lies_in(places, place, outer))
            })
    }

    /// Whether `term`, absent from this fact, is a word the article uses
    /// only of things of the other tone: "hurt" of unilateralism, asked
    /// of a fact about benefits. The question then says what the fact
    /// does not, so the fact cannot confirm it.
    fn leans_the_other_way(&self, doc: usize, term: &str) -> bool {
        let own = self.records[doc].polarity;
        if own == Polarity::Neutral {
            return false;
        }
        let mut tones = self
            .records
            .iter()
            .filter(|record| record.statement_terms.contains(term))
            .map(|record| record.polarity)
            .filter(|tone| *tone != Polarity::Neutral)
            .peekable();
        tones.peek().is_some() && tones.all(|tone| tone != own)
    }

    /// Whether a question word can modify the noun after it: an
    /// adjective, or a verb's "-ing" form ("is it *losing* importance?"
    /// of "the *growing* importance"), which a fact's other modifier of
    /// the same noun leaves unsettled.
    /// The verb a wh-question asks the doer of: "what *is growing*",
    /// "what *grows*", as its term. Only a verb right
    /// after the wh-word (and a tense auxiliary) whose doer the wh-word
    /// is; "what did Xi *say*" asks for the object.
    fn doer_verb(&self, folded: &[&str]) -> Option<String> {
        let (first, rest) = folded.split_first()?;
        // Not "who": a person's name sits beside their verb in the whole
        // sentence, whatever the fact's own answer is.
        if !matches!(*first, "what" | "whats") {
            return None;
        }
        let (progressive, verb) = match rest {
            [aux, verb, ..] if matches!(*aux, "is" | "are" | "was" | "were") => (true, *verb),
            [verb, ..] if *first == "whats" => (true, *verb),
            [verb, ..] => (false, *verb),
            [] => return None,
        };
        // Without an auxiliary, "what *values* …" opens a noun phrase.
        let verb_form = if progressive {
            verb.len() > 5 && verb.ends_with("ing")
        } else {
            verb.len() > 3
                && (verb.ends_with('s') || verb.ends_with("ed"))
                && self.lexicon.can_be_noun(verb) != Some(true)
        };
        (verb_form
            && self.lexicon.can_be_verb(verb) == Some(true)
            && !self.analyzer.is_stopword(verb))
        .then(|| self.analyzer.term(verb))
    }

    /// The fact holds [`Query::doer_verb`] (or a word it may stand for)
    /// in the rest of its sentence but not in its statement: its answer
    /// is no doer of that verb.
    fn doer_verb_elsewhere(&self, query: &Query, doc: usize) -> bool {
        let Some(verb) = &query.doer_verb else {
            return false;
        };
        let Some(term) = query.terms.iter().find(|t| &t.term == verb) else {
            return false;
        };
        let record = &self.records[doc];
        let in_statement = std::iter::once(&term.term)
            .chain(&term.alternatives)
            .any(|t| record.statement_terms.contains(t));
        !in_statement && self.fields_with(doc, term)[2]
    }

    fn modifies(&self, word: &str) -> bool {
        self.lexicon.can_be_adjective(word) == Some(true)
            || (word.len() > 5
                && word.ends_with("ing")
                && self.lexicon.can_be_verb(word) == Some(true))
    }

    /// The question's adjectives the article never uses, with nothing of
    /// their meaning in the article either, right before another word:
    /// "is the grant for *military* projects?" claims a kind of project
    /// that no fact can confirm.
    fn unknown_modifiers(&self, terms: &[QueryTerm]) -> HashSet<String> {
        terms
            .windows(2)
            .filter(|pair| pair[1].adjacent)
            .map(|pair| &pair[0])
            .filter(|term| {
                term.adjective
                    && term.alternatives.is_empty()
                    && term.known.number_word.is_none()
                    && !self.index.knows(&term.term)
            })
            .map(|term| term.term.clone())
            .collect()
    }

    /// Whether a yes/no question puts a word the fact's statement lacks
    /// right before one of its words, where the statement has another
    /// adjective:
    /// "is it a *low* priority?" of "a *key* priority". Verbs of saying
    /// are how the question is put, not what it asks.
    fn modifier_differs(&self, query: &Query, doc: usize) -> bool {
        let record = &self.records[doc];
        query.terms.windows(2).any(|pair| {
            let [modifier, head] = pair else {
                return false;
            };
            let lacks = |t: &String| !record.statement_terms.contains(t);
            modifier.weight >= UNSETTLED_MIN_WEIGHT
                && modifier.adjective
                && head.adjacent
                && !modifier.name
                && lacks(&modifier.term)
                && modifier.alternatives.iter().all(lacks)
                && !query.saying.contains(&modifier.term)
                // A claimed amount is settled by comparing amounts.
                && !query.claim_terms.contains(&modifier.term)
                && record
                    .adjectives_before
                    .get(&head.term)
                    .is_some_and(|before| !before.is_empty() && !before.contains(&modifier.term))
        })
    }

    /// Whether a yes/no question's word is settled by how the fact is
    /// told rather than by its words: a verb of saying by a fact that
    /// reports ("did Xi *argue* that …" of "Xi cautioned that …"), "some
    /// countries" by a fact that says "no one".
    fn said_or_quantified(&self, query: &Query, doc: usize, term: &str) -> bool {
        let record = &self.records[doc];
        (query.stances.iter().any(|(_, word, _)| word == term)
            && self.takes_the_other_side(query, doc).is_some())
            || (record.reported && query.saying.contains(term))
            || (record.of_no_one && query.quantified.contains(term))
            || (query.claim_terms.contains(term)
                && query.claimed.as_ref().is_some_and(|claimed| {
                    self.settle_claim(query, claimed, doc, &record.stated_quantities)
                        .is_some()
                }))
    }

    /// [`Self::compare_claim`] of `amounts`, or else of the number of
    /// items the fact's list names when the claim counts them: "more than
    /// five focus areas?" of the six areas Xi listed, a list that gives no
    /// number of its own.
    fn settle_claim(
        &self,
        query: &Query,
        claimed: &crate::numbers::Quantity,
        doc: usize,
        amounts: &[crate::numbers::Quantity],
    ) -> Option<Option<bool>> {
        self.compare_claim(query, claimed, amounts)
            .or_else(|| Some(self.compare_item_count(query, claimed, doc)?.1))
    }

    /// The number of the fact's list items and [`compare_amounts`] of the
    /// claim against it, when the claim counts them and names no sum,
    /// span or rank.
    fn compare_item_count(
        &self,
        query: &Query,
        claimed: &crate::numbers::Quantity,
        doc: usize,
    ) -> Option<(usize, Option<bool>)> {
        if claimed.currency.is_some() || claimed.duration().is_some() || claimed.ordinal {
            return None;
        }
        let items = self.items_counted(query, doc, &query.claimed_nouns)?;
        let count = crate::numbers::Quantity {
            value: items as f64,
            currency: None,
            unit: None,
            qualifier: None,
            ordinal: false,
        };
        Some((items, compare_amounts(claimed, &[count], |_| true)?))
    }

    /// The number of the fact's items, when they, not an amount the fact
    /// states, settle the amount a yes/no question claims
    /// ([`Self::settle_claim`]).
    fn claim_counted_by_items(&self, query: &Query, doc: usize) -> Option<usize> {
        let claimed = query.claimed.as_ref()?;
        let record = &self.records[doc];
        if self
            .compare_claim(query, claimed, &record.quantities)
            .is_some()
        {
            return None;
        }
        Some(self.compare_item_count(query, claimed, doc)?.0)
    }

    /// [`compare_amounts`] of the fact's amounts that count what the
    /// claim counts: "more than three presidents" is not settled by
    /// "three centers".
    fn compare_claim(
        &self,
        query: &Query,
        claimed: &crate::numbers::Quantity,
        amounts: &[crate::numbers::Quantity],
    ) -> Option<Option<bool>> {
        // A bare number ("the second *one*") counts nothing the claim
        // names.
        let alike = |amount: &crate::numbers::Quantity| match amount.unit.as_ref() {
            None => query.claimed_nouns.is_empty(),
            Some(unit) => self.unit_nouns.get(unit).is_none_or(|nouns| {
                counts::alike(&self.analyzer, self.lexicon, nouns, &query.claimed_nouns)
            }),
        };
        compare_amounts(claimed, amounts, alike)
    }

    /// Whether the fact's answer may be the number `term` names: a count
    /// of what the question counts, or of things unnamed ("three
    /// *presidents*" is not settled by "over 2,000 years" or by "three
    /// centers").
    fn answer_counts_alike(&self, query: &Query, doc: usize, term: &str) -> bool {
        let Ok(value) = term.parse::<f64>() else {
            return true;
        };
        let asked: Vec<&counts::Count> = query
            .counts
            .iter()
            .filter(|count| {
                crate::numbers::values_equal(count.value, value) && !count.nouns.is_empty()
            })
            .collect();
        if asked.is_empty() {
            return true;
        }
        // "about 20 *articles*" is no weekday or name.
        let Some(answer) = crate::numbers::parse_quantity(&self.facts.facts()[doc].answer) else {
            return false;
        };
        if answer.ordinal || answer.currency.is_some() || answer.duration().is_some() {
            return false;
        }
        asked.iter().all(|count| {
            !counts::counts_other_things(
                &self.analyzer,
                self.lexicon,
                &self.records[doc].counts,
                answer.value,
                &count.nouns,
            )
        })
    }

    /// Whether a "what kind of X" question's X, a word of the article,
    /// is nowhere in the fact: "what kind of *future* did he argue for?"
    /// is not answered by what the values are key to, whatever verb the
    /// two share.
    fn misses_the_kind_asked(&self, query: &Query, doc: usize) -> bool {
        query.kind_of
            && !query.several
            && query.asked.as_ref().is_some_and(|head| {
                self.index.knows(head)
                    && query
                        .terms
                        .iter()
                        .find(|t| &t.term == head)
                        .is_some_and(|t| self.fields_with(doc, t).iter().all(|held| !held))
            })
    }

    /// Whether a what/which question asks for a thing ("what *language*
    /// did the leaders talk in?") and the fact's answer is a person: no
    /// person is a language, whatever words the two share.
    fn person_for_a_thing(&self, query: &Query, doc: usize) -> bool {
        query.intent == Intent::Open
            && query.asked_after_wh
            && self.facts.facts()[doc].answer_kind == AnswerKind::Person
            && query.asked.as_ref().is_some_and(|asked| {
                let asked_word = query.asked_word.as_deref().unwrap_or(asked);
                !intent::is_person_noun(asked_word)
                    && !self.people_words.contains(asked)
                    && !self.people.contains(asked)
            })
    }

    /// Whether a why-question meets a fact whose answer is a concept's
    /// name: "why was Astana chosen?" is not answered by "the leaders
    /// signed the Astana Declaration", whatever words the two share.
    fn names_no_reason(&self, query: &Query, doc: usize) -> bool {
        query.intent == Intent::Why
            && self.facts.facts()[doc].answer_kind == AnswerKind::Concept
            && self.records[doc].answer_is_name
    }

    /// How many items the fact's list names, when a "how many" question
    /// counts them: "how many focus areas did Xi list?" of the list of
    /// areas, which gives no number of its own. The counted noun must be
    /// the fact's own (its statement or questions hold it), and the fact's
    /// text must count nothing, lest a stated count be second-guessed.
    fn counts_the_items(&self, query: &Query, doc: usize) -> Option<usize> {
        if query.intent != Intent::HowMany || query.counted.is_empty() {
            return None;
        }
        self.items_counted(query, doc, &query.counted)
    }

    /// How many items the fact's list names, when they are what `counted`
    /// names (none: whatever the list names), the list's own nouns, and
    /// the fact's text counts nothing of its own.
    fn items_counted(&self, query: &Query, doc: usize, counted: &[String]) -> Option<usize> {
        let record = &self.records[doc];
        let items = record.list_len.filter(|n| *n >= 2)?;
        if !record.counts.is_empty() {
            return None;
        }
        let own_noun = |noun: &String| {
            // "How many *things* …?" counts whatever the list names.
            if GENERIC_COUNTED.contains(&noun.as_str()) {
                return true;
            }
            let term = self.analyzer.term(noun);
            query
                .terms
                .iter()
                .find(|t| t.term == term)
                .is_some_and(|t| {
                    let [statement, questions, _] = self.fields_with(doc, t);
                    statement || questions
                })
        };
        if !counted.iter().all(own_noun) {
            return None;
        }
        // "How many countries were at the summit?" of the five countries
        // whose presidents Xi joined: the statement names another of the
        // kind counted (China), so the list need not be all of them,
        // unless the question includes it ("including China").
        let counted_terms: Vec<String> = counted
            .iter()
            .map(|noun| self.analyzer.term(noun))
            .collect();
        // A rival the question sets aside ("how many presidents *besides
        // Xi* …?") is not counted, by any part of the name.
        let set_aside = self.names_set_aside(query);
        let rival_in = |kind: &HashSet<String>| {
            record.statement_terms.iter().any(|term| {
                kind.contains(term)
                    && !record.answer_terms.contains(term)
                    && !counted_terms.contains(term)
                    && !set_aside.contains(term)
            })
        };
        let counts_people = counted.iter().any(|noun| intent::is_person_noun(noun));
        let counts_places = counted.iter().any(|noun| {
            Intent::is_place_noun(noun) || noun.strip_suffix('s').is_some_and(Intent::is_place_noun)
        });
        // "How many presidents …?" of what "the Central Asian presidents"
        // noted ("strength and prosperity"): a list of neither people
        // nor the places they lead counts no one.
        let names_someone = |item: &HashSet<String>| {
            item.iter().any(|term| {
                self.people.contains(term)
                    || self.places.contains(term)
                    || self.place_terms.contains(term)
                    || self.people_words.contains(term)
            })
        };
        if counts_people && !record.answer_items.iter().any(names_someone) {
            return None;
        }
        let rivals = (counts_people && rival_in(&self.people))
            || (counts_places && (rival_in(&self.places) || rival_in(&self.place_terms)));
        (!query.included.is_empty() || !rivals || self.items_lie_in_the_asked_place(query, doc))
            .then_some(items)
    }

    /// Whether the question asks for the subject matter of something the
    /// list fact's sentence names beside it ("what topics does the *Astana
    /// Declaration* cover?" of the centres' list): the list is another's.
    fn lists_for_another_name(&self, query: &Query, doc: usize) -> bool {
        query.subject_matter.is_some()
            && self.lists_things(doc)
            && query.terms.iter().any(|term| {
                let [statement, questions, sentence] = self.fields_with(doc, term);
                term.known.proper && sentence && !statement && !questions
            })
    }

    /// Whether the fact's answer lists two or more things, each named by
    /// a noun ("poverty reduction, education exchange"), not qualities
    /// ("more results-driven and better integrated").
    fn lists_things(&self, doc: usize) -> bool {
        if self.records[doc].list_len.is_none_or(|n| n < 2) {
            return false;
        }
        let answer = &self.facts.facts()[doc].answer;
        let quality = |item: &str| {
            let head = item.split_whitespace().last().unwrap_or_default();
            let head = crate::text::normalize(head.rsplit('-').next().unwrap_or(head));
            self.lexicon.can_be_noun(&head) != Some(true)
                && (self.lexicon.can_be_adjective(&head) == Some(true)
                    || self.lexicon.can_be_verb(&head) == Some(true))
        };
        !answer
            .split([',', ';'])
            .flat_map(|part| part.split(" and "))
            .flat_map(|part| part.split(" or "))
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .any(quality)
    }

    /// The terms a question sets aside, with every term of the names of
    /// people they are part of ("besides *Xi*": Xi Jinping).
    fn names_set_aside(&self, query: &Query) -> HashSet<String> {
        let mut terms = query.aside.clone();
        if terms.is_empty() {
            return terms;
        }
        for fact in self.facts.facts() {
            if fact.answer_kind == AnswerKind::Person {
                let name = self.analyzer.index_terms(&fact.answer);
                if name.iter().any(|t| query.aside.contains(t)) {
                    terms.extend(name);
                }
            }
        }
        terms
    }

    /// Whether every item of the fact's list is a place of the article
    /// lying in a place the question names: "how many *Central Asian*
    /// presidents …?" counts the list's five countries, whoever else the
    /// statement names.
    fn items_lie_in_the_asked_place(&self, query: &Query, doc: usize) -> bool {
        let places = self.facts.places();
        let named = |name: &str| {
            let terms = self.analyzer.index_terms(name);
            !terms.is_empty() && terms.iter().all(|t| query.all_terms.contains(t))
        };
        let asked: Vec<&crate::facts::Place> =
            places.iter().filter(|place| named(&place.name)).collect();
        let items = &self.records[doc].answer_items;
        !asked.is_empty()
            && !items.is_empty()
            && items.iter().all(|item| {
                places.iter().any(|place| {
                    let terms: HashSet<String> =
                        self.analyzer.index_terms(&place.name).into_iter().collect();
                    !terms.is_empty()
                        && terms.is_subset(item)
                        && asked
                            .iter()
                            .any(|outer| lies_in(places, place, &outer.name))
                })
            })
    }

    /// The count a "how many" reply leads with when the fact's answer span
    /// alone is not it: the length of a list ([`Self::counts_the_items`]),
    /// or the fact's count (listed or stated) plus each thing the question
    /// includes that the statement names apart from what it counts ("how
    /// many countries signed, including China?" of "China and the five
    /// Central Asian nations signed": six). `None` when the statement does
    /// not name something included.
    fn count_to_lead(&self, query: &Query, doc: usize) -> Option<usize> {
        let listed = self.counts_the_items(query, doc);
        if query.included.is_empty() {
            return listed;
        }
        let (base, extra) = self.count_and_included(query, doc, listed)?;
        Some(base + extra)
    }

    /// The fact's count (`listed`, or the number its answer states) and
    /// how many of the things the question includes its statement names
    /// apart from what it counts; `None` without a count, or when the
    /// statement does not name one of them.
    fn count_and_included(
        &self,
        query: &Query,
        doc: usize,
        listed: Option<usize>,
    ) -> Option<(usize, usize)> {
        let record = &self.records[doc];
        let base = listed.or_else(|| {
            let stated = crate::numbers::parse_quantity(&self.facts.facts()[doc].answer)?;
            let whole = stated.value.fract() == 0.0 && (1.0..1e6).contains(&stated.value);
            let count = !stated.ordinal && stated.currency.is_none() && stated.duration().is_none();
            (whole && count).then_some(stated.value as usize)
        })?;
        let mut extra = 0;
        for term in &query.included {
            if record.answer_terms.contains(term) {
                continue;
            }
            if !record.statement_terms.contains(term) {
                return None;
            }
            extra += 1;
        }
        Some((base, extra))
    }

    /// Whether the fact's answer is a count only of other things than the
    /// "how many" question counts: "three centers" for "how many
    /// presidents?".
    fn answer_counts_other_things(&self, query: &Query, doc: usize) -> bool {
        if query.counted.is_empty() {
            return false;
        }
        let Some(answer) = crate::numbers::parse_quantity(&self.facts.facts()[doc].answer) else {
            return false;
        };
        // "Third" counts nothing.
        answer.ordinal
            || answer.currency.is_none()
                && answer.duration().is_none()
                && counts::counts_other_things(
                    &self.analyzer,
                    self.lexicon,
                    &self.records[doc].counts,
                    answer.value,
                    &query.counted,
                )
    }

    /// Whether the fact counts the number `term` names, but of other
    /// things than the question counts: "were three *presidents* there?"
    /// of "three *centers* were launched".
    fn counts_another_thing(&self, query: &Query, doc: usize, term: &str) -> bool {
        if query.counts.is_empty() {
            return false;
        }
        let Ok(value) = term.parse::<f64>() else {
            return false;
        };
        query
            .counts
            .iter()
            .filter(|count| crate::numbers::values_equal(count.value, value))
            .any(|count| {
                !count.nouns.is_empty()
                    && counts::counts_other_things(
                        &self.analyzer,
                        self.lexicon,
                        &self.records[doc].counts,
                        value,
                        &count.nouns,
                    )
            })
    }

    /// Whether the fact's answer is a place its statement puts right
    /// after the preposition that closes the question ("cooperation
    /// *with Beijing*" for "… cooperation *with*?").
    fn place_after_closing_preposition(&self, query: &Query, doc: usize) -> bool {
        let fact = &self.facts.facts()[doc];
        let Some(preposition) = &query.closing_preposition else {
            return false;
        };
        let statement = fact.statement.to_lowercase();
        let answer = fact.answer.to_lowercase();
        fact.answer_kind == AnswerKind::Place
            && [
                format!("{preposition} {answer}"),
                format!("{preposition} the {answer}"),
            ]
            .iter()
            .any(|phrase| statement.contains(phrase.as_str()))
    }

    /// Whether the question asks where something comes from and the fact's
    /// answer gives the origin of a thing the question names.
    fn gives_origin_asked(&self, query: &Query, doc: usize) -> bool {
        query.asks_origin
            && self.records[doc].origins.iter().any(|origin| {
                query.all_terms.contains(&origin.noun)
                    && self.records[doc].answer_terms.contains(&origin.noun)
                    && origin
                        .places
                        .iter()
                        .all(|place| self.records[doc].answer_terms.contains(place))
            })
    }

    /// Whether the question's things come from another place than the
    /// fact's ("*Chinese* professionals" of "professionals *from Central
    /// Asia*"): the fact tells of the others, the roles reversed.
    fn origin_differs(&self, query: &Query, doc: usize) -> bool {
        let record = &self.records[doc];
        query.origins.iter().any(|asked| {
            let other = record.origins.iter().any(|stated| {
                stated.noun == asked.noun && asked.places.iter().all(|p| !stated.places.contains(p))
            });
            // "Who will host the third *China-Central Asia* summit?" of
            // "… host the third summit" after "the Astana summit": the
            // article names the series so.
            let named_so = || {
                self.article_origins.iter().any(|stated| {
                    stated.noun == asked.noun
                        && asked.places.iter().all(|p| stated.places.contains(p))
                })
            };
            // "the *Astana* summit" of a fact about the summit held there:
            // the place names the same one.
            let placed_there = || {
                asked.places.iter().all(|p| {
                    query.place_modifier_terms.contains(p)
                        || query.place_modifier_terms.contains(&self.analyzer.term(p))
                })
            };
            other && !named_so() && !placed_there()
        })
    }

    /// Whether the fact takes the other side than the question on the same
    /// thing ("against multilateralism" of "support multilateralism"):
    /// `Some(true)`; `Some(false)` when it takes the same side; `None`
    /// when it takes no side on what the question does.
    fn takes_the_other_side(&self, query: &Query, doc: usize) -> Option<bool> {
        let record = &self.records[doc];
        let mut verdict = None;
        for (asked, _, targets) in &query.stances {
            for (stated, on) in &record.stances {
                // A word of what the question takes a side on, and no other
                // article word the fact's side leaves out: "free trade" is
                // not "trade wars" (names and the verb of saying before a
                // judged subject do not count).
                let other_thing = |t: &String| {
                    !on.contains(t)
                        && self.index.knows(t)
                        && !self.index.is_proper(t)
                        && !query.saying.contains(t)
                };
                if targets.iter().any(|t| on.contains(t)) && !targets.iter().any(other_thing) {
                    if asked != stated {
                        return Some(true);
                    }
                    verdict = Some(false);
                }
            }
        }
        verdict.or_else(|| self.judged_side(query, doc))
    }

    /// [`Asker::takes_the_other_side`] by the fact's judgements: "oppose
    /// protectionist policies" of "protectionist policies benefit no
    /// one" takes the same side. Every term the question takes a side on
    /// must be of the judged subject, by WordNet family or synonym
    /// ("protectionism", "protectionist"; "behaviour"): a subject shares words with
    /// much else ("trade talks", "trade wars").
    /// Who a wh-question asks to have described something: the head of
    /// the subject between "did" ("do", "does") and a verb of describing
    /// ("how did the *leaders* describe …", "what did *Xi* call …"), as
    /// a term.
    fn describer(&self, folded: &[&str]) -> Vec<String> {
        let opens = folded.first().is_some_and(|w| matches!(*w, "how" | "what"))
            && folded
                .get(1)
                .is_some_and(|w| matches!(*w, "did" | "do" | "does"));
        let verb = folded
            .iter()
            .position(|w| DESCRIBING_VERBS.contains(w))
            .filter(|&at| opens && at > 2);
        // The subject's head, its last word: "the Central Asian
        // *leaders*", not the place they are from.
        verb.and_then(|at| {
            folded[2..at]
                .iter()
                .rfind(|w| !self.analyzer.is_stopword(w) && !matches!(**w, "they" | "he" | "she"))
        })
        // "How does *the article* describe …?" names the text, no one in it.
        .filter(|head| !request::names_the_text(head))
        .map(|head| vec![self.analyzer.term(head)])
        .unwrap_or_default()
    }

    /// Whether the question names who described something
    /// ([`Query::describer`]) and the fact's statement names none of
    /// them (nor a country they lead): "the grant Xi announced is for
    /// livelihood projects" is not how the leaders described it.
    fn describer_missed(&self, query: &Query, doc: usize) -> bool {
        !query.describer.is_empty()
            && query
                .describer
                .iter()
                .all(|term| !self.statement_names(query, doc, term))
    }

    /// Whether the fact's statement names who the question says acted
    /// (by the question's own term and its alternatives, when it has one),
    /// or a country they lead.
    fn statement_names(&self, query: &Query, doc: usize, term: &str) -> bool {
        let in_statement = match query.terms.iter().find(|t| t.term == term) {
            Some(asked) => self.fields_with(doc, asked)[0],
            None => self.index.fields_with(doc, term)[0],
        };
        in_statement || self.led_in_statement(doc, term)
    }

    /// Whether a mention question names who mentioned the thing ("did
    /// *Russia* say anything about the treaty?") and the fact's statement
    /// does not name them: it tells of another's words.
    fn mention_subject_missed(&self, query: &Query, doc: usize) -> bool {
        query.asks_mention
            && query
                .mention_subject
                .iter()
                .any(|term| !self.statement_names(query, doc, term))
    }

    fn judged_side(&self, query: &Query, doc: usize) -> Option<bool> {
        let record = &self.records[doc];
        let mut verdict = None;
        for (asked, _, targets) in query.stances.iter().chain(&query.object_judgements) {
            // "Did *Xi say* protectionism can help?": the speaker and the
            // verb of saying before the judged subject are not of it.
            let judged_words: Vec<&String> = targets
                .iter()
                .filter(|t| !self.index.is_proper(t) && !query.saying.contains(*t))
                .collect();
            for (judged, subject) in &record.judgements {
                let within = !judged_words.is_empty()
                    && judged_words.iter().all(|t| {
                        let key = self.lexicon.key_of_stem(t);
                        subject.contains(key)
                            || self.lexicon.synonyms_of(key).any(|k| subject.contains(k))
                    });
                if within {
                    if asked != judged {
                        return Some(true);
                    }
                    verdict = Some(false);
                }
            }
        }
        verdict
    }

    /// Whether a yes/no question and the fact differ in negation, so the
    /// fact settles it with "no". A side taken on what the question asks
    /// about settles it instead: "trade wars benefit *no one*" is
    /// against them, so "*Didn't* Xi oppose trade wars?" is "yes"; the
    /// negation a judgement turns on, and a question's opening negated
    /// auxiliary, say nothing more.
    fn negation_differs(&self, query: &Query, doc: usize) -> bool {
        let record = &self.records[doc];
        let asked_negated = query.negated;
        match self.takes_the_other_side(query, doc) {
            Some(_) => {
                (asked_negated && !query.judged_by_negation)
                    != (record.negated && !record.judged_by_negation)
            }
            // "Did Xi oppose the law of the jungle?" of "urged humanity
            // *not* to revert to it": what the negation means for the
            // side is not read, so it settles nothing.
            None if self.stance_unsettled(query, doc) => false,
            None => asked_negated != record.negated,
        }
    }

    /// Whether a yes/no question takes a side ("did Xi *oppose* …") the
    /// fact neither takes nor names (in its statement, questions or
    /// sentence): the side is the claim, so the fact cannot confirm it,
    /// however many other words it shares.
    fn stance_unsettled(&self, query: &Query, doc: usize) -> bool {
        let record = &self.records[doc];
        query.intent == Intent::YesNo
            && !query.stances.is_empty()
            && self.takes_the_other_side(query, doc).is_none()
            && !query.stances.iter().any(|(_, word, _)| {
                record.statement_terms.contains(word)
                    || self.index.fields_with(doc, word).contains(&true)
            })
    }

    /// Whether a yes/no question gives a span of time the fact does not
    /// state, while the fact places what it is about in a period of that
    /// scale: "is the grant spread over *five years*?" of a grant "this
    /// year" is settled by it, with "no". So is one against another span of the same scale the fact states
    /// exactly: "will the training take *five years*?" of "over the next
    /// two years".
    fn span_against_period(&self, query: &Query, doc: usize) -> bool {
        let record = &self.records[doc];
        let scale = |unit: &str| crate::numbers::time_unit(unit).map(|(scale, _)| scale);
        let exact_span_of = |asked| {
            record.stated_quantities.iter().any(|given| {
                !given.ordinal
                    && given
                        .qualifier
                        .is_none_or(|q| q == crate::numbers::Qualifier::Exactly)
                    && given.duration().map(|(scale, _)| scale) == Some(asked)
            })
        };
        query.intent == Intent::YesNo
            && query.stated_amounts.iter().any(|amount| {
                !states_amount(amount, &record.stated_quantities, false)
                    && amount.unit.as_deref().and_then(scale).is_some_and(|asked| {
                        record.periods.iter().any(|p| scale(p.unit) == Some(asked))
                            || exact_span_of(asked)
                    })
            })
    }

    /// Whether the ordinal at `position` says when something was done,
    /// not which of a series: "Kazakhstan *first* proposed the treaty",
    /// between a subject and its past-tense verb ("the *first* signed
    /// copy" has a determiner before it).
    fn adverbial_ordinal(&self, words: &[analyze::Word], position: usize) -> bool {
        let (Some(before), Some(next)) = (
            position.checked_sub(1).and_then(|at| words.get(at)),
            words.get(position + 1),
        ) else {
            return false;
        };
        let past = (next.text.ends_with("ed")
            && self.lexicon.can_be_verb(&next.text) == Some(true))
            || self
                .lexicon
                .irregular_base(&next.text)
                .is_some_and(|base| self.lexicon.is_base_verb(base));
        past && self.analyzer.ordinal(&words[position].text).is_some()
            && !intent::DETERMINERS.contains(&before.text.as_str())
            && !before.text.ends_with("'s")
            && !before.text.ends_with("’s")
    }

    /// Whether `term` is an ordinal of the question and the fact is about
    /// one of a series: the fact settles it, agreeing or not.
    fn ordinal_settled(&self, query: &Query, doc: usize, term: &QueryTerm) -> bool {
        // "Who proposed the treaty *first*, China or …?": an ordinal set
        // off as an adverb orders acts, not a series the fact numbers.
        // "… the first *or* some other?": an ordinal offered as an option
        // still asks which of the series.
        let orders_a_series = query.intent == Intent::YesNo
            || query.ordinal_modifies
            || query.choices.contains(&term.term)
            || query.ordinal_offered;
        orders_a_series
            && query.ordinal_terms.contains(&term.term)
            && !self.records[doc].ordinals.is_empty()
    }

    /// Whether the question, asking about one thing, names it by a name
    /// the text gives only as one of an enumeration ("the president of
    /// *Spain*" vs. "the presidents of France, …, and
    /// Spain"): what the text says of the group is no answer about
    /// that one member.
    fn one_of_many(&self, query: &Query, listed: &HashSet<String>) -> bool {
        !query.several
            && query.terms.iter().any(|t| {
                self.index.is_proper(&t.term)
                    && listed.contains(&t.term)
                    && !query.choices.contains(&t.term)
            })
    }

    /// Whether the question asks for a kind of place ("which *city*") that
    /// this fact never calls its answer and its answer is not (WordNet puts
    /// "Astana" among capitals), though other facts use the word:
    /// "China would host the third summit" names a country, so it does not
    /// say which city will. A kind no fact uses ("which town") is left to
    /// coverage, like any unknown word.
    fn wrong_kind_of_place(&self, query: &Query, doc: usize) -> bool {
        let Some(asked) = query.asked.as_deref() else {
            return false;
        };
        query.intent == Intent::Where
            && query.asked_place
            && self.index.knows(asked)
            && !self.country_of_an_echoed_answer(query, doc)
            && !query.asks.set.as_ref().is_some_and(|set| {
                let slots = &self.records[doc].slots;
                slots.locates(set) || slots.answer_is_a(set)
            })
            && query
                .terms
                .iter()
                .find(|t| t.term == asked)
                .is_some_and(|term| {
                    let [statement, questions, _] = self.fields_with(doc, term);
                    !statement && !questions
                })
    }

    /// Whether the fact counts only some of the things a how-many question
    /// asks about: "how many countries were there?" of "the five *Central
    /// Asian* nations", whose qualifying names the question leaves out.
    fn counts_fewer(&self, query: &Query, doc: usize) -> bool {
        // "How many nations signed, including China?" of "China and the
        // five Central Asian nations": the one named apart makes it whole.
        let completed = !query.included.is_empty()
            && self
                .count_and_included(query, doc, None)
                .is_some_and(|(_, extra)| extra > 0);
        query.intent == Intent::HowMany
            && !completed
            && self.records[doc]
                .count_qualifiers
                .iter()
                .any(|term| !query.all_terms.contains(term))
            && !self.records[doc].groups.iter().any(|(place, _)| {
                let terms = self.analyzer.index_terms(place);
                !terms.is_empty() && terms.iter().all(|t| query.all_terms.contains(t))
            })
    }

    /// Whether the answer span reads well on its own before the statement:
    /// a noun phrase does ("Livelihood and development projects."), a lone
    /// verb or modifier does not ("Backfire.", "United.") unless the
    /// question asks for a modifier ("what kind of …").
    fn leads_well(&self, query: &Query, doc: usize) -> bool {
        let fact = &self.facts.facts()[doc];
        // "Xi urged humanity not to revert to the law of the jungle": the
        // span alone would say the opposite.
        !self.records[doc].span_reversed
            && !self.span_is_no_reason(query, doc)
            && !self.span_is_another_role(query, doc)
            && (query.kind_of
                || fact.answer_kind != AnswerKind::Concept
                || self.records[doc].answer_terms.len() > 1
                || !self.records[doc].answer_is_modifier)
    }

    /// Whether a "what" question would lead with a span the statement
    /// gives after a preposition the question never uses: "what did Xi
    /// promise?" is not "Professionals from Central Asia." (the training
    /// is *for* them).
    /// So is a span that is only the purpose of the thing the question
    /// asks for: "what was launched?" is not "Smooth trade." (a platform
    /// *to promote* smooth trade was launched).
    fn span_is_another_role(&self, query: &Query, doc: usize) -> bool {
        let record = &self.records[doc];
        query.intent == Intent::Open
            && !query.kind_of
            && (record
                .answer_preposition
                .as_ref()
                .is_some_and(|preposition| !query.all_terms.contains(preposition))
                || record
                    .purpose_of_subject
                    .as_ref()
                    .is_some_and(|verb| query.all_terms.contains(verb)))
    }

    /// Whether a why-question would lead with a span that is no reason:
    /// "No one." does not say why trade wars are bad; "trade wars benefit
    /// no one" does. A fact telling a purpose leads with it.
    fn span_is_no_reason(&self, query: &Query, doc: usize) -> bool {
        query.intent == Intent::Why && !self.records[doc].purpose
    }

    /// Whether `doc`'s statement and questions hold the term only through
    /// an alternative reached by synonymy, not the word or its family.
    fn only_loosely(&self, doc: usize, term: &QueryTerm) -> bool {
        !term.loose.is_empty()
            && !std::iter::once(&term.term)
                .chain(term.alternatives.iter().filter(|a| !term.loose.contains(a)))
                .any(|t| {
                    let [statement, questions, _] = self.index.fields_with(doc, t);
                    statement || questions
                })
    }

    /// [`Asker::fields_with`] of every fact at once, from the facts each
    /// term is indexed under: the term's row of `held`.
    fn held_fields(&self, term: &QueryTerm) -> Vec<[bool; 3]> {
        let mut held = vec![[false; 3]; self.index.len()];
        for (nth, t) in std::iter::once(&term.term)
            .chain(&term.alternatives)
            .enumerate()
        {
            for &doc in self.index.docs_with(t) {
                if nth > 0 && self.alternative_names_only(term, doc, t) {
                    continue;
                }
                let found = self.index.fields_with(doc, t);
                let fields = &mut held[doc];
                *fields = [
                    fields[0] || found[0],
                    fields[1] || found[1],
                    fields[2] || found[2],
                ];
            }
        }
        held
    }

    /// `question` with each hyphenated word made only of stop words
    /// ("one-on-one", "all-in") written as one word: split, it would
    /// vanish, and the claim it makes ("*one-on-one* meetings") with it.
    fn stopword_compounds_joined<'q>(&self, question: &'q str) -> std::borrow::Cow<'q, str> {
        let compound = |token: &str| {
            let parts: Vec<&str> = token
                .trim_matches(|c: char| !c.is_alphanumeric())
                .split('-')
                .collect();
            parts.len() >= 2
                && parts
                    .iter()
                    .all(|part| !part.is_empty() && self.analyzer.is_stopword(&part.to_lowercase()))
        };
        if !question.split_whitespace().any(compound) {
            return std::borrow::Cow::Borrowed(question);
        }
        let joined: Vec<String> = question
            .split_whitespace()
            .map(|token| {
                if compound(token) {
                    token.replace('-', "")
                } else {
                    token.to_string()
                }
            })
            .collect();
        std::borrow::Cow::Owned(joined.join(" "))
    }

    /// Whether `alternative`, another word for the question's common word
    /// `term`, is only part of a name in fact `doc`: "centers" is of
    /// "central"'s family, but names no part of "Central Asia".
    fn alternative_names_only(&self, term: &QueryTerm, doc: usize, alternative: &str) -> bool {
        !term.name && self.index.names_only(doc, alternative)
    }

    /// Whether the question names a thing in several words ("which
    /// country will host the *poverty reduction cooperation center*?")
    /// that another fact's statement holds whole and this fact holds none
    /// of: this fact is about something else, however much of the rest it
    /// covers.
    fn names_another_thing(&self, query: &Query, doc: usize) -> bool {
        let missed_here = |term: &QueryTerm| !self.fields_with(doc, term).iter().any(|held| *held);
        let stated_by = |other: usize, term: &QueryTerm| self.fields_with(other, term)[0];
        let terms = &query.terms;
        let mut start = 0;
        while start < terms.len() {
            let end = start
                + 1
                + terms[start + 1..]
                    .iter()
                    .take_while(|term| term.adjacent)
                    .count();
            // The run's words this fact misses: a loose match of one of
            // them ("center" for a capital) does not make it this fact's.
            let missed: Vec<&QueryTerm> = terms[start..end]
                .iter()
                .filter(|term| term.weight >= UNSETTLED_MIN_WEIGHT && missed_here(term))
                .collect();
            if missed.len() >= 2
                && (0..self.records.len())
                    .any(|other| other != doc && missed.iter().all(|term| stated_by(other, term)))
            {
                return true;
            }
            start = end;
        }
        false
    }

    /// The fields of `doc` holding the term or one of its alternatives.
    fn fields_with(&self, doc: usize, term: &QueryTerm) -> [bool; 3] {
        if let Some(held) = term.held.get(doc) {
            return *held;
        }
        self.fields_in_index(doc, term)
    }

    /// [`Asker::fields_with`], looked up in the index.
    fn fields_in_index(&self, doc: usize, term: &QueryTerm) -> [bool; 3] {
        std::iter::once(&term.term)
            .chain(
                term.alternatives
                    .iter()
                    .filter(|t| !self.alternative_names_only(term, doc, t)),
            )
            .map(|t| self.index.fields_with(doc, t))
            .fold([false; 3], |acc, f| {
                [acc[0] || f[0], acc[1] || f[1], acc[2] || f[2]]
            })
    }

    /// Whether the fact's statement has the question's verb done by none
    /// of those the question says do it: "what did China and Central Asia
    /// sign?" is not answered by what "the leaders signed".
    fn someone_else_does_it(&self, query: &Query, doc: usize) -> bool {
        let Some((doer, verb)) = &query.doer else {
            return false;
        };
        self.records[doc]
            .doers
            .get(verb)
            .is_some_and(|theirs| !theirs.is_empty() && theirs.is_disjoint(doer))
    }

    /// Whether the fact's doers of the question's verb are only a word for
    /// people, with nothing that qualifies them ("*the leaders* signed"):
    /// anyone the question names may be one of them.
    fn done_by_people_unqualified(&self, query: &Query, doc: usize) -> bool {
        let Some((_, verb)) = &query.doer else {
            return false;
        };
        !query.alone
            && self.records[doc].doers.get(verb).is_some_and(|theirs| {
                !theirs.is_empty() && theirs.iter().all(|t| self.people_words.contains(t))
            })
    }

    /// Whether another does the question's verb in the fact, and the
    /// question's doer holds a word the fact has nowhere: "did the
    /// Central Asian *presidents* announce the grant?" of "the grant Xi
    /// announced". A name is left out of it, as the fact may name its
    /// group instead ("did Kyrgyzstan sign?" of "the five nations
    /// signed").
    fn someone_unnamed_does_it(&self, query: &Query, doc: usize) -> bool {
        let Some((doer, _)) = &query.doer else {
            return false;
        };
        self.someone_else_does_it(query, doc)
            && doer
                .iter()
                .any(|term| !self.index.is_proper(term) && !self.holds_asked(query, doc, term))
    }

    /// Whether the question asks for the name of a thing ("the name of
    /// the treaty") and the fact's answer, no person or place, leaves out
    /// the thing's noun ("the second China-Central Asia *Summit*").
    fn answer_is_not_its_name(&self, query: &Query, doc: usize) -> bool {
        let Some(thing) = &query.name_of else {
            return false;
        };
        let fact = &self.facts.facts()[doc];
        let alternatives = query
            .terms
            .iter()
            .find(|t| &t.term == thing)
            .map_or(&[][..], |t| t.alternatives.as_slice());
        let answer = &self.records[doc].answer_terms;
        !matches!(fact.answer_kind, AnswerKind::Person | AnswerKind::Place)
            && !answer.contains(thing)
            && !alternatives.iter().any(|t| answer.contains(t))
    }

    /// The means a fact's sentence gives for the act a how-question asks
    /// about, where the fact's statement leaves it out: "through a legally
    /// binding agreement" after "solidifying their long-term friendship"
    /// for "how does the treaty solidify the friendship?". The act is a
    /// word of the question (or of its word family) at most
    /// [`MAX_MEANS_DISTANCE`] words before "through", "via" or "by means
    /// of"; the means runs to the next punctuation.
    fn means_in_sentence(&self, query: &Query, doc: usize) -> Option<String> {
        if query.intent != Intent::How {
            return None;
        }
        let fact = &self.facts.facts()[doc];
        let tokens: Vec<&str> = fact.citation.text.split_whitespace().collect();
        let folded: Vec<String> = tokens.iter().map(|t| confirm::fold(t)).collect();
        let asked: Vec<&String> = query
            .terms
            .iter()
            .filter(|t| !t.name && !self.analyzer.is_stopword(&t.term))
            .map(|t| &t.term)
            .collect();
        let acts = |word: &str| {
            let term = self.analyzer.term(word);
            asked
                .iter()
                .any(|a| **a == term || self.lexicon.same_family(a, word))
        };
        let (opens, skip) = folded.iter().enumerate().find_map(|(at, w)| {
            let skip = match w.as_str() {
                "through" | "via" => 1,
                "by" if folded.get(at + 1..at + 3) == Some(&["means".into(), "of".into()]) => 3,
                _ => return None,
            };
            let act_before = folded[at.saturating_sub(MAX_MEANS_DISTANCE)..at]
                .iter()
                .any(|w| !self.analyzer.is_stopword(w) && acts(w));
            act_before.then_some((at, skip))
        })?;
        // A statement giving a means of its own answers by it.
        if fact
            .statement
            .split_whitespace()
            .any(|w| matches!(confirm::fold(w).as_str(), "through" | "via"))
        {
            return None;
        }
        let start = opens + skip;
        let end = (start..tokens.len())
            .find(|&at| tokens[at].ends_with([',', '.', ';', ':']))
            .map_or(tokens.len(), |at| at + 1);
        if end <= start || end - start > MAX_MEANS_WORDS {
            return None;
        }
        let means = tokens[opens..end]
            .join(" ")
            .trim_end_matches([',', '.', ';', ':'])
            .to_string();
        Some(means)
    }

    /// Whether a "how" question's closing verb is nowhere in the fact,
    /// nor another word for it.
    fn misses_the_how_verb(&self, query: &Query, doc: usize) -> bool {
        query
            .how_verb
            .as_ref()
            .is_some_and(|verb| !self.holds_asked(query, doc, verb))
    }

    /// Whether the fact holds a term of the question anywhere (its
    /// statement, questions or sentence), or another word the question's
    /// word may stand for.
    fn holds_asked(&self, query: &Query, doc: usize, term: &str) -> bool {
        let fields = match query.terms.iter().find(|t| t.term == term) {
            Some(asked) => self.fields_with(doc, asked),
            None => self.index.fields_with(doc, term),
        };
        fields.contains(&true)
    }

    /// Whether the statement opens with one person the question does not
    /// name, who acts in it ("Xi *suggested refining* …", "Xi *listed*
    /// …"): not several ("Xi and Putin …", "The leaders …"), nor one
    /// who reports what others do ("Xi *said* China has pursued …", "Xi
    /// *proposed that* the mechanism focus …"). Only "they" questions ask.
    fn one_person_acts(&self, query: &Query, doc: usize) -> bool {
        self.records[doc]
            .lone_actor
            .as_ref()
            .is_some_and(|first| self.people.contains(first) && !query.all_terms.contains(first))
    }

    /// Whether the statement opens with people the question does not name
    /// ("Xi said …", "The Central Asian leaders called …").
    fn agent_is_news(&self, query: &Query, doc: usize) -> bool {
        self.records[doc]
            .leading_terms
            .iter()
            .any(|term| self.people.contains(term) && !query.all_terms.contains(term))
    }

    /// Whether the question names people the fact's statement does not,
    /// and the statement opens with someone the question does not name:
    /// what "the Central Asian *leaders* want" is not what "*Xi*
    /// suggested". The people a who-question asks for ("which *leader*
    /// warned …?") are the ones the statement opens with, not others.
    fn agent_differs(&self, query: &Query, doc: usize) -> bool {
        let record = &self.records[doc];
        let asked_for =
            |t: &QueryTerm| query.intent == Intent::Who && query.asked.as_ref() == Some(&t.term);
        // "What do *they* want …?" is not what one person ("Xi suggested
        // …") wants.
        let one_for_many = query.they_act && self.one_person_acts(query, doc);
        one_for_many
            || self.agent_is_news(query, doc)
                && query.terms.iter().any(|t| {
                    self.people.contains(&t.term)
                        && !asked_for(t)
                        && !record.statement_terms.contains(&t.term)
                        && !t
                            .alternatives
                            .iter()
                            .any(|a| record.statement_terms.contains(a))
                })
    }

    /// How well this fact's answer can be a "who": a concept only when it
    /// names people ("professionals", "humanity"), a place only when it
    /// acts ("China signed") rather than locates ("signed in Paris").
    fn who_fit(&self, doc: usize) -> f64 {
        /// A place that acts in the statement answers "who" nearly as a
        /// person does.
        const ACTING_PLACE_FIT: f64 = 0.9;
        let fact = &self.facts.facts()[doc];
        let fit = Intent::Who.fit(fact.answer_kind);
        let record = &self.records[doc];
        match fact.answer_kind {
            AnswerKind::Concept if !record.answer_traits.names_people => 0.4,
            AnswerKind::Place if record.answer_traits.locative => 0.3,
            // "Who signed the treaty with the five nations?": the country
            // that signs is who did it.
            AnswerKind::Place if record.answer_leads || record.answer_acts => ACTING_PLACE_FIT,
            _ => fit,
        }
    }

    /// Whether a list answer can say who: it gives names ("Kazakhstan,
    /// Kyrgyzstan, …") or people ("leaders and officials"). "Which
    /// leaders came?" is not answered by what they called China ("a
    /// strategic partner and dependable friend").
    fn list_names_someone(&self, doc: usize) -> bool {
        let record = &self.records[doc];
        record.slots.gives_a_name() || record.answer_traits.names_people
    }

    /// How directly the question points at this fact's answer.
    fn answer_hint(&self, query: &Query, doc: usize) -> f64 {
        let answer = &self.records[doc].answer_terms;
        let mut hint = 0.0;
        if matches!(
            query.intent,
            Intent::HowMany | Intent::HowMuch | Intent::HowLong
        ) {
            let units = query
                .terms
                .iter()
                .filter(|t| answer.contains(&t.term))
                .count();
            hint += RERANK * units as f64 / query.terms.len() as f64;
        } else if query
            .asked
            .as_ref()
            .is_some_and(|noun| answer.contains(noun))
        {
            hint += RERANK;
        }
        if query.kind_of
            && query
                .terms
                .iter()
                .any(|t| self.records[doc].after_answer.contains(&t.term))
        {
            hint += RERANK;
        }
        // "What was growing?" of "global uncertainty grows": the answer
        // does what is asked about.
        if query
            .subject_verb
            .as_ref()
            .is_some_and(|verb| self.records[doc].after_answer.contains(verb))
        {
            hint += RERANK;
        }
        hint
    }

    /// The share (by IDF) of the fact's subject the question leaves out,
    /// scaled to [`RERANK`].
    fn subject_miss(&self, query: &Query, doc: usize) -> f64 {
        let subject = &self.records[doc].subject_terms;
        let total: f64 = subject.iter().map(|(_, idf)| idf).sum();
        if total <= 0.0 {
            return 0.0;
        }
        let missed: f64 = subject
            .iter()
            .filter(|(term, _)| !query.all_terms.contains(term))
            .map(|(_, idf)| idf)
            .sum();
        RERANK * missed / total
    }

    /// What a fact tells of the name a "who/what is X?" question asks to
    /// have described: it describes X when its statement gives X a title
    /// ("President Xi Jinping") or an apposition ("Astana, the capital of
    /// Kazakhstan"), or its answer is X itself (the person or place in
    /// full, or X's things: "Belt and Road projects"); otherwise it only
    /// mentions X, or names another thing after it ("the Astana
    /// Declaration"), and does not say what X is.
    fn definition_fit(&self, query: &Query, doc: usize) -> Option<Definition> {
        let name = query.defines.as_ref()?;
        let fact = &self.facts.facts()[doc];
        let answer = &self.records[doc].answer_terms;
        let adds_names = || {
            answer
                .iter()
                .any(|t| !name.contains(t) && self.index.is_proper(t))
        };
        let names_it = answer.is_superset(name);
        if describes_name(&self.analyzer, &fact.statement, name) {
            Some(Definition::Describes(DESCRIBES))
        } else if names_it
            && (matches!(fact.answer_kind, AnswerKind::Person | AnswerKind::Place) || !adds_names())
        {
            Some(Definition::Describes(NAMES))
        } else {
            Some(Definition::Other)
        }
    }

    /// How well a fact whose answer the question already names can still
    /// answer it: only if its statement holds something of the kind asked
    /// for that the question does not.
    fn contained_fit(&self, query: &Query, doc: usize) -> f64 {
        let news: Vec<&String> = self.records[doc]
            .statement_terms
            .iter()
            .filter(|term| !query.all_terms.contains(*term))
            .collect();
        let offers = |wanted: &HashSet<String>| news.iter().any(|term| wanted.contains(*term));
        let has = match query.intent {
            // "Xi advocated a shared future for whom?": all of mankind.
            Intent::Who => {
                offers(&self.people)
                    || offers(&self.people_words)
                    || offers(&self.records[doc].countries_alone)
            }
            // A place the statement names only inside another name ("the
            // China-*Central Asia* Summit") is where nothing is.
            Intent::Where => offers(&self.places) && !self.records[doc].located_at.is_empty(),
            Intent::When => offers(&self.dates),
            Intent::Clock => news.iter().any(|term| is_clock_word(term)),
            // "How long has Xi been president?" is not told by "the
            // *second* summit" or "the *five* countries": only a span is.
            Intent::HowLong => {
                // The span must be the statement's own: "3,000 training
                // opportunities" does not say how long, though the
                // sentence it cites goes on "over the next two years".
                news.iter()
                    .any(|term| term.chars().any(|c| c.is_ascii_digit()))
                    && self.records[doc]
                        .stated_quantities
                        .iter()
                        .any(|quantity| quantity.duration().is_some())
            }
            Intent::HowMany | Intent::HowMuch => news
                .iter()
                .any(|term| term.chars().any(|c| c.is_ascii_digit())),
            Intent::Open | Intent::Why | Intent::How | Intent::YesNo => {
                return if news.is_empty() {
                    MISMATCH * MISMATCH
                } else {
                    CONTAINED
                };
            }
        };
        if has { CONTAINED } else { MISMATCH * MISMATCH }
    }

    /// Whether the question writes a name the answer is as one phrase:
    /// "the declaration the leaders signed *in Astana*" names a place and
    /// a kind, not "the Astana Declaration", so it still asks for it.
    fn names_the_answer_whole(&self, query: &Query, doc: usize) -> bool {
        let name = self.analyzer.index_terms(&self.facts.facts()[doc].answer);
        let asked: Vec<&str> = query.terms.iter().map(|t| t.term.as_str()).collect();
        name.is_empty()
            || asked
                .windows(name.len())
                .any(|run| run.iter().zip(&name).all(|(a, n)| a == n))
    }

    /// Whether a who-question names part of the fact's answer and its
    /// statement names someone else ("who did they call *a strategic
    /// partner*?" of "… called *China* a strategic partner and dependable
    /// friend"): who is asked about, not what.
    fn who_of_an_echoed_answer(&self, query: &Query, doc: usize) -> bool {
        query.intent == Intent::Who
            && self.who_fit(doc) < CONTAINED
            && self.records[doc]
                .answer_terms
                .iter()
                .any(|t| query.all_terms.contains(t) && !query.name_parts.contains(t))
            && self.contained_fit(query, doc) >= CONTAINED
    }

    /// Whether a which-country question names part of the fact's answer
    /// and its statement names a country the question does not ("which
    /// country did they call *a strategic partner*?" of "… called *China*
    /// a strategic partner …"): the country is asked about, not where.
    fn country_of_an_echoed_answer(&self, query: &Query, doc: usize) -> bool {
        let record = &self.records[doc];
        query.intent == Intent::Where
            && query
                .asked
                .as_ref()
                .is_some_and(|asked| self.lexicon.set_named(asked).is_some())
            && record
                .answer_terms
                .iter()
                .any(|t| query.all_terms.contains(t) && !query.name_parts.contains(t))
            && record
                .countries_alone
                .iter()
                .any(|country| !query.all_terms.contains(country))
    }

    /// Whether the best candidate answers a yes/no question (its slot
    /// verdict was taken as one).
    fn yes_no_asked(&self, best: Candidate) -> bool {
        best.yes_no
    }

    fn answered(&self, query: &Query, ranked: &[Candidate], best: Candidate) -> Answer {
        let facts = self.facts.facts();
        let chosen: Vec<&Candidate> = ranked
            .iter()
            .filter(|c| c.confidence >= THRESHOLD && c.confidence >= best.confidence - 0.05)
            .take(MAX_FACTS)
            .collect();
        let mut citations: Vec<Citation> = Vec::new();
        for candidate in &chosen {
            let citation = &facts[candidate.doc].citation;
            if !citations.contains(citation) {
                citations.push(citation.clone());
            }
        }
        // "In a sentence or two, …" asks for the account, not a span. A
        // who-question asks for whom the statement names, which the
        // sentence may leave to a pronoun ("*He* cautioned …").
        let goes_on = self.records[best.doc].answer_goes_on
            && !self.yes_no_asked(best)
            && query.intent != Intent::Who;
        let counted_items = self.count_to_lead(query, best.doc);
        let group = self
            .group_asked(query, best.doc)
            .filter(|_| !self.yes_no_asked(best));
        let reply = if let Some(members) = group {
            format!(
                "{}. {}",
                article_list(members),
                phrasing::phrase(&facts[best.doc], false)
            )
        } else if query.summary || best.sentence_only || goes_on {
            phrasing::sentence_reply(&facts[best.doc])
        } else if counted_items.is_some() {
            // The count leads; the statement names the items.
            phrasing::phrase(&facts[best.doc], false)
        } else if let Some(list) = self
            .list_around(ranked, best)
            .filter(|_| best.lead && !self.yes_no_asked(best))
        {
            phrasing::phrase_in(&facts[best.doc], list)
        } else {
            phrasing::phrase(&facts[best.doc], best.lead)
        };
        // A yes/no question opens with its answer, then the sentence that
        // settles it.
        let reply = if self.yes_no_asked(best) {
            let verdict = if best.contradicted { "No" } else { "Yes" };
            match self.claim_counted_by_items(query, best.doc) {
                // "More than three presidents?" of the list of them: the
                // count the list makes follows the verdict.
                Some(items) => format!("{verdict}. {}. {reply}", spelled_count(items)),
                None => format!("{verdict}. {reply}"),
            }
        } else if let Some(items) = counted_items {
            format!("{}. {reply}", spelled_count(items))
        } else if let Some(option) = best.option.and_then(|at| query.options.get(at)) {
            format!("{}. {reply}", crate::text::capitalize_first(&option.word))
        } else if let Some(lasting) = self.records[best.doc]
            .lasting
            .as_ref()
            .filter(|_| query.intent == Intent::HowLong && !best.lead)
        {
            format!(
                "{}. {}",
                crate::text::capitalize_first(lasting),
                phrasing::phrase(&facts[best.doc], false)
            )
        } else if let Some(means) = self.means_in_sentence(query, best.doc) {
            // "How does the treaty solidify the friendship?": the sentence
            // says by what means, where the statement does not.
            format!(
                "{}. {}",
                crate::text::capitalize_first(&means),
                phrasing::sentence_reply(&facts[best.doc])
            )
        } else if let Some(inner) = self
            .place_inside_answer(query, best.doc)
            .filter(|_| best.lead)
        {
            // "Where was the summit held?": "Astana, Kazakhstan", not
            // only the country its fact is about.
            format!(
                "{inner}, {}. {}",
                facts[best.doc].answer,
                phrasing::phrase(&facts[best.doc], false)
            )
        } else if let Some(item) = self.option_among_items(query, best.doc) {
            // "Kyrgyzstan or Afghanistan?" of the list of who attended:
            // the option it holds, then the statement.
            format!(
                "{}. {}",
                crate::text::capitalize_first(&item),
                phrasing::phrase(&facts[best.doc], false)
            )
        } else {
            reply
        };
        Answer {
            answered: true,
            answer: reply,
            confidence: best.confidence,
            citations,
            fact_ids: chosen.iter().map(|c| facts[c.doc].id.clone()).collect(),
            suggestions: Vec::new(),
        }
    }

    fn abstain(
        &self,
        question: &str,
        query: &Query,
        ranked: &[Candidate],
        confidence: Option<f64>,
        source_id: Option<&str>,
    ) -> Answer {
        let facts = self.facts.facts();
        let mut picked: Vec<usize> = Vec::new();
        let mut topics: HashSet<&str> = HashSet::new();
        // Related facts first, one per topic, then the defaults.
        for doc in ranked
            .iter()
            .map(|c| c.doc)
            .chain(self.default_suggestions.iter().copied())
            .filter(|&doc| source_id.is_none_or(|id| facts[doc].source_id == id))
        {
            if picked.len() == MAX_SUGGESTIONS {
                break;
            }
            let fact = &facts[doc];
            if fact.questions.is_empty() || !topics.insert(fact.topic.as_str()) {
                continue;
            }
            picked.push(doc);
        }
        let suggestions: Vec<String> = picked
            .iter()
            .map(|&doc| facts[doc].questions[0].clone())
            .collect();
        let topic_names: Vec<String> = picked
            .iter()
            .take(3)
            .map(|&doc| phrasing::topic_phrase(&self.facts, &facts[doc].topic))
            .collect();
        let why = if query.opinion {
            Abstention::Opinion
        } else if let Some(thing) = &query.unmentioned {
            Abstention::NeverMentioned(thing)
        } else if query.terms.is_empty() {
            Abstention::NotAQuestion
        } else if query.terms.iter().all(|t| !self.index.knows(&t.term)) {
            Abstention::Unmentioned
        } else {
            Abstention::NotSaid
        };
        let answer = phrasing::abstention(why, question, &self.analyzer, &self.index, &topic_names);
        Answer {
            answered: false,
            answer,
            confidence: confidence.unwrap_or(0.0).clamp(0.0, 1.0),
            citations: Vec::new(),
            fact_ids: Vec::new(),
            suggestions,
        }
    }
}

/// The names (as terms) `text` gives as items of an enumeration of three
/// or more capitalised words joined by commas, "and" or "or" ("France,
/// Italy, …, and Spain"). Two ("Paris, France's capital")
/// are rather an apposition.
/// For each content term of `text`, the adjectives right before it.
/// A question with no wh-word whose first word is one slip from one
/// ("wich summit …") opens with that wh-word: the word itself may be in
/// the dictionary, but a question opening with it rarely is. Not a
/// stopword: "were they …" asks yes or no.
/// The one lower-case noun the statements write right after an ordinal
/// ("the third *summit*"), or `None` when they number none or several.
fn series_noun(analyzer: &Analyzer, facts: &[Fact]) -> Option<String> {
    let mut nouns: HashSet<String> = HashSet::new();
    for fact in facts {
        let tokens: Vec<&str> = fact.statement.split_whitespace().collect();
        for pair in tokens.windows(2) {
            let noun = confirm::fold(pair[1]);
            let lower = pair[1].starts_with(|c: char| c.is_lowercase());
            if lower
                && analyzer.ordinal(&confirm::fold(pair[0])).is_some()
                && analyzer.ordinal(&noun).is_none()
                // "the second *one*" names no noun.
                && !analyzer.is_stopword(&noun)
                && noun.chars().all(char::is_alphabetic)
            {
                nouns.insert(noun);
            }
        }
    }
    let mut nouns = nouns.into_iter();
    match (nouns.next(), nouns.next()) {
        (Some(noun), None) => Some(noun),
        _ => None,
    }
}

fn wh_opening(
    mut words: Vec<analyze::Word>,
    is_stopword: impl Fn(&str) -> bool,
) -> Vec<analyze::Word> {
    if words
        .iter()
        .any(|w| intent::WH_WORDS.contains(&w.text.as_str()))
    {
        return words;
    }
    let Some(first) = words.first_mut().filter(|w| !is_stopword(&w.text)) else {
        return words;
    };
    let near = intent::WH_WORDS.iter().find(|wh| {
        wh.len() >= 4
            && first.text.chars().next() == wh.chars().next()
            && strsim::damerau_levenshtein(&first.text, wh) == 1
    });
    if let Some(wh) = near {
        first.text = wh.to_string();
    }
    words
}

/// True when one folded word is the other with a regular inflection
/// ("explains" / "explain", "signed" / "sign").
/// What a fact tells of a name a question asks to have described.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Definition {
    /// It gives the name a title or apposition, or is about it by name:
    /// the confidence that earns.
    Describes(f64),
    /// It only mentions the name, or its answer is another thing named
    /// after it ("the Astana Declaration" of Astana).
    Other,
}

/// The confidence a fact that describes the name asked about gets: the
/// question's only words are the name, so it is fully covered, however
/// often the name occurs elsewhere (which makes its evidence weak).
const DESCRIBES: f64 = 0.9;
/// What is left of the fit of one name when a question asks who several
/// people or things are: enough to answer, less than a list.
const ONE_OF_SEVERAL: f64 = 0.8;
/// The confidence a fact whose answer is the name asked about gets: it
/// tells something of it, though no description.
const NAMES: f64 = 0.8;

/// Whether a question only asks what or who something is: the wh-word,
/// a copula and a name of one to four words ("who is Xi Jinping?", "what
/// is the Belt and Road?"), nothing else ("who was *there for* China?").
fn asks_definition(folded: &[&str], intent: Intent, is_stopword: impl Fn(&str) -> bool) -> bool {
    let [wh, copula, rest @ ..] = folded else {
        return false;
    };
    let rest = without_closing_text_locator(rest);
    let joins = |w: &str| matches!(w, "the" | "a" | "an" | "and" | "of") || ROLE_NOUNS.contains(&w);
    let named = rest.iter().filter(|w| !joins(w)).count();
    matches!(intent, Intent::Who | Intent::Open)
        && matches!(*wh, "who" | "what")
        && matches!(*copula, "is" | "are" | "was" | "were")
        && (1..=4).contains(&named)
        && rest.iter().all(|w| joins(w) || !is_stopword(w))
}

/// `words` without a closing phrase that only says the thing asked about
/// is in the text: "what is Astana *here*?", "… *in this article*?",
/// "… *in the text*?" ask what it is as much as "what is Astana?" does.
fn without_closing_text_locator<'a, 'w>(words: &'a [&'w str]) -> &'a [&'w str] {
    match words {
        [rest @ .., "here"] => rest,
        [rest @ .., "in", "the" | "this", text] if request::names_the_text(text) => rest,
        _ => words,
    }
}

/// The terms of the name a question that [`asks_definition`] asks about,
/// when every content term of it is a name the article only writes
/// capitalised.
fn definiendum(terms: &[QueryTerm], role_terms: &HashSet<String>) -> Option<HashSet<String>> {
    let name: Vec<&QueryTerm> = terms
        .iter()
        .filter(|t| !role_terms.contains(&t.term))
        .collect();
    (!name.is_empty() && name.iter().all(|t| t.known.proper))
        .then(|| name.iter().map(|t| t.term.clone()).collect())
}

/// Nouns that ask what someone is ("what is Xi's *job*?"): a title the
/// article gives the name describes it.
const ROLE_NOUNS: &[&str] = &[
    "job",
    "role",
    "title",
    "position",
    "occupation",
    "profession",
    "post",
];

/// Whether `statement` describes the name whose terms are `name`: a
/// capitalised title right before it ("President Xi Jinping") or an
/// apposition right after it ("Astana, the capital of Kazakhstan",
/// "Astana, Kazakhstan's capital").
fn describes_name(analyzer: &Analyzer, statement: &str, name: &HashSet<String>) -> bool {
    let tokens: Vec<&str> = statement.split_whitespace().collect();
    let term_of = |token: &str| {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        (!word.is_empty() && !analyzer.is_stopword(&word.to_lowercase()))
            .then(|| analyzer.term(&word.to_lowercase()))
    };
    let in_name = |token: &str| term_of(token).is_none_or(|term| name.contains(&term));
    for start in 0..tokens.len() {
        if !term_of(tokens[start]).is_some_and(|t| name.contains(&t)) {
            continue;
        }
        let mut end = start;
        let mut found: HashSet<String> = HashSet::new();
        while end < tokens.len() && in_name(tokens[end]) {
            found.extend(term_of(tokens[end]));
            if found.len() == name.len() {
                break;
            }
            end += 1;
        }
        if found.len() != name.len() || end >= tokens.len() {
            continue;
        }
        let titled = start > 0
            && tokens[start - 1]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && tokens[start - 1].chars().all(char::is_alphanumeric)
            && term_of(tokens[start - 1]).is_some_and(|t| !name.contains(&t));
        let next = tokens.get(end + 1).copied().unwrap_or("");
        let apposed = tokens[end].ends_with(',')
            && (matches!(next, "the" | "a" | "an")
                || next.ends_with("'s")
                || next.ends_with("\u{2019}s"));
        if titled || apposed {
            return true;
        }
    }
    false
}

/// Whether a wh-question asks what something is, in the simple present
/// ("where *is* the summit?"), not what is going on ("where *is* it
/// *being held*?", "where *is* China *going* to host it?").
fn asks_what_is(folded: &[&str]) -> bool {
    let opens_wh = folded.first().is_some_and(|w| intent::WH_WORDS.contains(w));
    let copula = folded.iter().position(|w| matches!(*w, "is" | "are"));
    opens_wh
        && copula.is_some_and(|at| {
            !folded[at + 1..]
                .iter()
                .any(|w| w.len() > 4 && w.ends_with("ing"))
        })
}

fn inflects(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    long == short
        || ["s", "es", "ed", "d", "ing"]
            .iter()
            .any(|suffix| long.strip_suffix(suffix) == Some(short))
}

fn adjectives_before(
    analyzer: &Analyzer,
    lexicon: &Lexicon,
    text: &str,
) -> HashMap<String, HashSet<String>> {
    let mut before: HashMap<String, HashSet<String>> = HashMap::new();
    let mut last: Option<String> = None;
    for word in analyzer.words(text) {
        // Only a word right before another modifies it: "development
        // *and* stability" puts nothing before "stability".
        if analyzer.is_stopword(&word.text) {
            last = None;
            continue;
        }
        let term = analyzer.term(&word.text);
        let entry = before.entry(term.clone()).or_default();
        if let Some(previous) = last.take() {
            entry.insert(previous);
        }
        // A noun in front ("*cooperation* centers") classifies; only an
        // adjective can be contradicted by another.
        if lexicon.can_be_adjective(&word.text) == Some(true) {
            last = Some(term);
        }
    }
    before
}

/// Whether `amounts` state `amount` exactly: the same sum in the same
/// currency, or the same span in any unit ("two years", "24 months").
/// `named` is enough when the question only asks whether the amount is
/// mentioned: "did Xi mention 2,000 years?" of "over 2,000 years".
fn states_amount(
    amount: &crate::numbers::Quantity,
    amounts: &[crate::numbers::Quantity],
    named: bool,
) -> bool {
    let span = |q: &crate::numbers::Quantity| q.duration();
    amounts.iter().any(|given| {
        !given.ordinal
            && (named
                || given
                    .qualifier
                    .is_none_or(|q| q == crate::numbers::Qualifier::Exactly))
            && given.currency == amount.currency
            && match (span(given), span(amount)) {
                (Some((a, x)), Some((b, y))) => a == b && crate::numbers::values_equal(x, y),
                (None, None) => crate::numbers::values_equal(given.value, amount.value),
                _ => false,
            }
    })
}

/// A count as a reply opens with it: "Six".
fn spelled_count(items: usize) -> String {
    let count = crate::numbers::spell(items as i64, false).unwrap_or_else(|| items.to_string());
    crate::text::capitalize_first(&count)
}

/// The words of each qualifier phrase right before a number ("*at least*
/// 3,000", "*up to* five"): they bound the claim, name nothing.
fn bound_words_before_numbers<W: AsRef<str>>(folded: &[W]) -> Vec<&W> {
    let is_number = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_ascii_digit()) || crate::numbers::is_number_word(w)
    };
    (0..folded.len())
        .filter_map(|at| {
            let len = crate::numbers::qualifier_phrase_len(folded, at)?;
            folded
                .get(at + len)
                .is_some_and(|next| is_number(next.as_ref()))
                .then(|| &folded[at..at + len])
        })
        .flatten()
        .collect()
}

/// Settles the amount a yes/no question claims against the fact's amounts
/// of the same sort (same currency, same kind of period): `None` when the
/// fact gives none to compare with, `Some(None)` when its amount cannot
/// settle the claim ("more than 3,000 years?" of "over 2,000 years"),
/// else whether the claim holds.
fn compare_amounts(
    claimed: &crate::numbers::Quantity,
    amounts: &[crate::numbers::Quantity],
    counts_alike: impl Fn(&crate::numbers::Quantity) -> bool,
) -> Option<Option<bool>> {
    use crate::numbers::{Qualifier, values_equal};
    let scale = |q: &crate::numbers::Quantity| q.duration();
    let value = |q: &crate::numbers::Quantity| scale(q).map_or(q.value, |(_, v)| v);
    let comparable = |q: &&crate::numbers::Quantity| {
        !q.ordinal
            && q.currency == claimed.currency
            && scale(q).map(|(s, _)| s) == scale(claimed).map(|(s, _)| s)
            && counts_alike(q)
    };
    let fact = amounts.iter().find(comparable)?;
    let (wanted, given) = (value(claimed), value(fact));
    // The range the article's amount allows.
    let (low, high) = match fact.qualifier.map(Qualifier::direction) {
        Some(1) => (given, f64::INFINITY),
        Some(-1) => (f64::NEG_INFINITY, given),
        _ => (given, given),
    };
    let exact = fact.qualifier.is_none_or(|q| q == Qualifier::Exactly);
    // "More than 2,000 years" of "over 2,000 years": the same bound.
    let same_bound = claimed.qualifier.zip(fact.qualifier).is_some_and(|(c, f)| {
        c.direction() != 0 && c.direction() == f.direction() && values_equal(given, wanted)
    });
    if same_bound {
        return Some(Some(true));
    }
    Some(match claimed.qualifier {
        Some(Qualifier::MoreThan) if low > wanted => Some(true),
        Some(Qualifier::AtLeast) if low >= wanted => Some(true),
        Some(Qualifier::MoreThan | Qualifier::AtLeast) if high <= wanted => Some(false),
        Some(Qualifier::LessThan) if high < wanted => Some(true),
        Some(Qualifier::AtMost) if high <= wanted => Some(true),
        Some(Qualifier::LessThan | Qualifier::AtMost) if low >= wanted => Some(false),
        Some(Qualifier::About) if (given - wanted).abs() <= 0.1 * wanted.abs() => Some(true),
        None | Some(Qualifier::Exactly) if exact && values_equal(given, wanted) => Some(true),
        _ if wanted < low || wanted > high => Some(false),
        _ => None,
    })
}

/// The term of the content word right before `answer` in `statement`,
/// past an article: "called *China* a strategic partner".
fn word_before(analyzer: &Analyzer, statement: &str, answer: &str) -> Option<String> {
    let words: Vec<String> = analyzer.word_texts(statement);
    let answer: Vec<String> = analyzer.word_texts(answer);
    let at = (!answer.is_empty())
        .then(|| {
            words
                .windows(answer.len())
                .position(|w| w == answer.as_slice())
        })
        .flatten()?;
    words[..at]
        .iter()
        .rev()
        .find(|w| !matches!(w.as_str(), "the" | "a" | "an"))
        .filter(|w| !analyzer.is_stopword(w))
        .map(|w| analyzer.term(w))
}

/// Whether the fact's answer goes on in its sentence with "and" and a word
/// no fact of that sentence states: "landmark treaty for *cooperation in
/// the region* and promote development" where no fact holds "promote".
fn answer_goes_on(analyzer: &Analyzer, facts: &FactBase, fact: &Fact) -> bool {
    let sentence: Vec<String> = analyzer.word_texts(&fact.citation.text);
    let answer: Vec<String> = analyzer.word_texts(&fact.answer);
    let Some(end) = (!answer.is_empty())
        .then(|| {
            sentence
                .windows(answer.len())
                .position(|w| w == answer.as_slice())
        })
        .flatten()
        .map(|at| at + answer.len())
    else {
        return false;
    };
    if sentence.get(end).is_none_or(|w| w != "and") {
        return false;
    }
    let stated: HashSet<String> = facts
        .facts()
        .iter()
        .filter(|other| other.citation == fact.citation)
        .flat_map(|other| analyzer.index_terms(&other.statement))
        .collect();
    sentence[end + 1..]
        .iter()
        .take(4)
        .filter(|w| !analyzer.is_stopword(w))
        .any(|w| !stated.contains(&analyzer.term(w)))
}

/// Whether an ordinal word of `question` comes right before another word
/// of its clause ("the *first* China-Central Asia Summit"), not at a
/// comma or the end ("which does it mention *first*, …").
/// Words that leave a choice open ("the first *or some other*?").
const OPEN_ALTERNATIVES: &[&str] = &["other", "another", "else", "different", "later"];

/// The ordinals a question offers as one option of an open choice ("which
/// summit was it, the *first* or some other?"): what is asked, not which
/// event the question is about. Yes/no questions offer none.
fn ordinals_offered_openly(analyzer: &Analyzer, folded: &[&str], intent: Intent) -> Vec<u64> {
    if intent == Intent::YesNo {
        return Vec::new();
    }
    folded
        .windows(2)
        .enumerate()
        .filter(|(at, pair)| {
            pair[1] == "or"
                && folded[at + 2..]
                    .iter()
                    .take(3)
                    .any(|w| OPEN_ALTERNATIVES.contains(w))
        })
        .filter_map(|(_, pair)| analyzer.ordinal(pair[0]))
        .collect()
}

/// Whether the question offers another place in a series after "or"
/// ("the first summit *or a later* one?", "the first *or some other*?").
fn ordinal_offered(analyzer: &Analyzer, question: &str) -> bool {
    /// Words offering another place in a series ("or *a later* one").
    const SERIES_ALTERNATIVES: &[&str] = &[
        "later",
        "earlier",
        "another",
        "other",
        "different",
        "previous",
        "next",
        "subsequent",
    ];
    // Most questions offer nothing: the fold waits for an "or".
    if !question
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("or"))
    {
        return false;
    }
    let folded: Vec<String> = question.split_whitespace().map(confirm::fold).collect();
    folded.iter().enumerate().any(|(at, w)| {
        w == "or"
            && folded[at + 1..]
                .iter()
                .find(|w| !matches!(w.as_str(), "a" | "an" | "the" | "some" | "any"))
                .is_some_and(|next| {
                    SERIES_ALTERNATIVES.contains(&next.as_str()) || analyzer.ordinal(next).is_some()
                })
    })
}

/// Whether an ordinal of the question stands right before a content
/// word; the caller has ruled out an ordinal offered as an option ("the
/// first summit or a later one?").
fn ordinal_modifies(analyzer: &Analyzer, question: &str) -> bool {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    tokens.iter().enumerate().any(|(at, token)| {
        let set_off = token.ends_with(|c: char| !c.is_alphanumeric());
        analyzer.ordinal(&confirm::fold(token)).is_some()
            && !set_off
            && tokens
                .get(at + 1)
                .is_some_and(|next| !analyzer.is_stopword(&confirm::fold(next)))
    })
}

/// Where the things `text` names come from: a run of place words right
/// before a noun ("*Central Asian* professionals", "*Chinese* experts")
/// or after it with "from" ("professionals *from Central Asia*").
fn origins(analyzer: &Analyzer, place_terms: &HashSet<String>, text: &str) -> Vec<Origin> {
    let terms: Vec<String> = analyzer
        .words(text)
        .iter()
        .map(|word| analyzer.term(&word.text))
        .collect();
    origins_in(analyzer, place_terms, &terms)
}

/// [`origins`] of text already read into its words' terms.
fn origins_in(analyzer: &Analyzer, place_terms: &HashSet<String>, terms: &[String]) -> Vec<Origin> {
    let is_place = |at: usize| terms.get(at).is_some_and(|t| place_terms.contains(t));
    let is_noun = |at: usize| {
        terms
            .get(at)
            .is_some_and(|t| !analyzer.is_stopword(t) && !place_terms.contains(t))
    };
    let run_from = |start: usize| {
        let end = (start..terms.len())
            .find(|&at| !is_place(at))
            .unwrap_or(terms.len());
        (end, terms[start..end].to_vec())
    };
    let mut found = Vec::new();
    let mut at = 0;
    while at < terms.len() {
        if is_place(at) {
            let (end, places) = run_from(at);
            if is_noun(end) {
                found.push(Origin {
                    noun: terms[end].clone(),
                    places,
                });
            }
            at = end;
            continue;
        }
        if is_noun(at) && terms.get(at + 1).is_some_and(|t| t == "from") {
            let start = at + 2 + usize::from(terms.get(at + 2).is_some_and(|t| t == "the"));
            let (_, places) = run_from(start);
            if !places.is_empty() {
                found.push(Origin {
                    noun: terms[at].clone(),
                    places,
                });
            }
        }
        at += 1;
    }
    found
}

/// A side taken: the stance, the term of its word, and the terms it
/// takes a side on.
type Side = (Stance, String, Vec<String>);

/// The sides `text` takes, each with the term of its stance word and the
/// terms it takes a side on; then, apart, the judgements read from a verb
/// with an object ("unilateralism *serves* global interests"), which
/// settle a question against a fact that judges the same subject but ask
/// no side of one that does not.
fn stance_claims(analyzer: &Analyzer, text: &str, question: bool) -> (Vec<Side>, Vec<Side>) {
    let words = crate::lang::words(text);
    // Through the analyzer's rewordings, as the question's terms are.
    let terms = |targets: &[&str]| -> Vec<String> {
        targets
            .iter()
            .flat_map(|w| analyzer.index_terms(w))
            .collect()
    };
    let stance_words = StanceWords::embedded();
    // "Did they criticise China's *growing* strength?": a participle
    // after a possessive or a determiner modifies its noun; the question
    // takes that as given and claims no side with it. A statement's
    // ("the growing importance") still says what it says.
    let after_possessive = after_possessives(text);
    let modifier = |at: usize| {
        words[at].ends_with("ing")
            && (after_possessive.contains(&at)
                || at
                    .checked_sub(1)
                    .is_some_and(|before| intent::DETERMINERS.contains(&words[before].as_str())))
    };
    let mut sides: Vec<Side> = stance_words
        .claims(&words)
        .into_iter()
        .filter(|(_, at, _)| !(question && modifier(*at)))
        .map(|(stance, at, targets)| (stance, analyzer.term(&words[at]), terms(&targets)))
        .collect();
    // "Would hegemonic behaviour *succeed*?" judges its subject as "will
    // ultimately backfire" does, the other way.
    let mut with_object = Vec::new();
    for judgement in stance_words.judgements(&words) {
        let side = (
            judgement.stance,
            analyzer.term(judgement.verb),
            terms(&judgement.subject),
        );
        if judgement.with_object {
            with_object.push(side);
        } else {
            sides.push(side);
        }
    }
    (sides, with_object)
}

/// The positions in `crate::lang::words(text)` of the words right after a
/// possessive token ("China's *growing* …").
fn after_possessives(text: &str) -> HashSet<usize> {
    let mut at = 0;
    let mut after = HashSet::new();
    for token in text.split_whitespace() {
        at += crate::lang::words(token).len();
        if confirm::possessive_owner(
            token.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'),
        )
        .is_some()
        {
            after.insert(at);
        }
    }
    after
}

/// The sides `text` takes by judging a subject ("trade wars *benefit no
/// one*"), each with the family keys of the subject's terms.
fn judgements(
    analyzer: &Analyzer,
    lexicon: &Lexicon,
    text: &str,
) -> Vec<(Stance, HashSet<String>)> {
    let words = crate::lang::words(text);
    StanceWords::embedded()
        .judgements(&words)
        .into_iter()
        .map(|judgement| {
            let keys = judgement
                .subject
                .iter()
                .flat_map(|w| analyzer.index_terms(w))
                .map(|term| lexicon.key_of_stem(&term).to_string())
                .collect();
            (judgement.stance, keys)
        })
        .collect()
}

/// Whether `text` negates only in what its judgements turn on ("trade
/// wars benefit *no* one"), so the negation is the side it takes. An
/// opening negated auxiliary ("*didn't* Xi say …") asks to confirm and
/// is not counted.
fn judged_by_negation(text: &str) -> bool {
    let mut words = crate::lang::words(text);
    if words
        .first()
        .is_some_and(|first| NEGATED_OPENERS.contains(&first.as_str()))
    {
        words.remove(0);
    }
    let judged = StanceWords::embedded()
        .judgements(&words)
        .iter()
        .filter(|judgement| judgement.by_negation)
        .count();
    let negations = words
        .iter()
        .filter(|w| NEGATIONS.contains(&w.as_str()))
        .count();
    judged > 0 && judged == negations
}

/// Whether the question opens with a negated auxiliary ("*Didn't* Xi
/// oppose …?", "*Isn't* it …?"): a request to confirm.
fn opens_with_negated_auxiliary(folded: &[&str]) -> bool {
    folded
        .first()
        .is_some_and(|first| NEGATED_OPENERS.contains(first))
}

/// The order a word claims of one of a series against another: "before"
/// the third is less than three.
fn claimed_order(word: &str) -> Option<std::cmp::Ordering> {
    match word {
        "before" | "earlier" | "prior" | "preceding" | "preceded" | "ahead" => {
            Some(std::cmp::Ordering::Less)
        }
        "after" | "later" | "following" | "followed" | "subsequent" | "since" => {
            Some(std::cmp::Ordering::Greater)
        }
        _ => None,
    }
}

/// A whitespace token as a hyphenated word: trimmed of punctuation,
/// lowercased, en and em dashes as hyphens ("China–Central" →
/// "china-central"); `None` when it holds no dash.
fn hyphenated_word(token: &str) -> Option<String> {
    let word = token
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .replace(['\u{2013}', '\u{2014}'], "-");
    word.contains('-').then_some(word)
}

/// [`Asker::leaders`]: for each description that names a country and
/// stands for one of `people` ("leader of China" → Xi), the country's term
/// and the person's.
fn leaders_of(
    analyzer: &Analyzer,
    places: &[crate::facts::Place],
    people: &HashSet<String>,
) -> HashMap<String, HashSet<String>> {
    let countries: Vec<String> = places
        .iter()
        .filter(|place| place.sort == "country")
        .map(|place| analyzer.term(&crate::text::normalize(&place.name)))
        .collect();
    let mut leaders: HashMap<String, HashSet<String>> = HashMap::new();
    for description in &AskWords::embedded().descriptions {
        let person = analyzer.term(&crate::text::normalize(&description.into));
        if !people.contains(&person) {
            continue;
        }
        for word in &description.words {
            let term = analyzer.term(word);
            if countries.contains(&term) {
                leaders.entry(term).or_default().insert(person.clone());
            }
        }
    }
    leaders
}

/// The titles the article writes capitalized before the name of one of
/// its people ("*President* Xi Jinping"), each with the term of the one
/// person it is given to; a title given to two people is left out.
fn titled_people(analyzer: &Analyzer, facts: &[Fact]) -> HashMap<String, String> {
    let names: HashSet<&str> = facts
        .iter()
        .filter(|fact| fact.answer_kind == AnswerKind::Person)
        .filter_map(|fact| fact.answer.split_whitespace().next())
        .collect();
    let mut titled: HashMap<String, HashSet<String>> = HashMap::new();
    for fact in facts {
        let tokens: Vec<&str> = fact.citation.text.split_whitespace().collect();
        for pair in tokens.windows(2) {
            let (title, name) = (
                pair[0],
                pair[1].trim_end_matches(|c: char| !c.is_alphanumeric()),
            );
            if names.contains(name)
                && title.starts_with(char::is_uppercase)
                && title.chars().all(char::is_alphabetic)
            {
                titled
                    .entry(title.to_lowercase())
                    .or_default()
                    .insert(analyzer.term(&name.to_lowercase()));
            }
        }
    }
    titled
        .into_iter()
        .filter(|(title, people)| people.len() == 1 && !crate::lang::is_stopword(title))
        .filter_map(|(title, people)| people.into_iter().next().map(|person| (title, person)))
        .collect()
}

/// The places of the article that `text` puts something *in* or *at*
/// ("signed in Astana"), in the order it names them.
fn placed_in<'p>(places: &'p [crate::facts::Place], text: &str) -> Vec<&'p crate::facts::Place> {
    let mut found: Vec<&crate::facts::Place> = Vec::new();
    for (_, place) in place_phrases(places, &crate::lang::words(text)) {
        if !found.contains(&place) {
            found.push(place);
        }
    }
    found
}

/// Nouns for a site inside a town: "the *venue* in Astana".
const SITE_NOUNS: &[&str] = &[
    "venue",
    "venues",
    "building",
    "buildings",
    "hall",
    "halls",
    "hotel",
    "hotels",
    "palace",
    "site",
    "spot",
    "room",
    "street",
    "district",
    "square",
    "arena",
];

/// The place a question asks inside: "where *in Astana*", "where
/// exactly in Kazakhstan", "which building in Astana".
fn where_inside(places: &[crate::facts::Place], question: &str) -> Option<String> {
    let words = crate::lang::words(question);
    place_phrases(places, &words)
        .into_iter()
        .find(|(at, _)| {
            let before: Vec<&str> = words[..*at]
                .iter()
                .rev()
                .take(2)
                .map(String::as_str)
                .collect();
            match before.as_slice() {
                ["where", ..] => true,
                [adverb, "where"] => matches!(*adverb, "exactly" | "precisely" | "just"),
                // "which *building in* Astana hosted it?": a site the
                // place holds.
                [site, ..] => SITE_NOUNS.contains(site),
                _ => false,
            }
        })
        .map(|(_, place)| place.name.clone())
}

/// Whether the data puts `inner` inside `outer`, however many places
/// lie between them.
fn lies_within(places: &[crate::facts::Place], inner: &str, outer: &str) -> bool {
    let mut at = inner;
    // The data is a tree; the bound keeps a cycle in it from looping.
    for _ in 0..places.len() {
        let Some(within) = places
            .iter()
            .find(|place| place.name == at)
            .and_then(|place| place.within.as_deref())
        else {
            return false;
        };
        if within == outer {
            return true;
        }
        at = within;
    }
    false
}

/// Each place of `places` named right after "in" or "at" (and an
/// optional "the") in the folded `words`, with where that preposition
/// stands.
fn place_phrases<'p>(
    places: &'p [crate::facts::Place],
    words: &[String],
) -> Vec<(usize, &'p crate::facts::Place)> {
    let mut found = Vec::new();
    for (at, word) in words.iter().enumerate() {
        if !matches!(word.as_str(), "in" | "at") {
            continue;
        }
        let rest = &words[at + 1..];
        let rest = rest.strip_prefix(&["the".to_string()][..]).unwrap_or(rest);
        for place in places {
            let name = crate::lang::words(&place.name);
            if !name.is_empty() && rest.starts_with(&name) {
                found.push((at, place));
            }
        }
    }
    found
}

/// The terms of the countries `statement` names on their own, not
/// inside another name ("the second *China*-Central Asia Summit" names a
/// summit): a country that acts or is acted on answers "who".
fn countries_named_alone(
    analyzer: &Analyzer,
    places: &[crate::facts::Place],
    statement: &str,
) -> HashSet<String> {
    let mut found = HashSet::new();
    for place in places.iter().filter(|p| p.sort == "country") {
        let alone = statement
            .match_indices(place.name.as_str())
            .any(|(at, name)| {
                let before = statement[..at].chars().next_back();
                let after = statement[at + name.len()..].chars().next();
                !matches!(before, Some('-' | '–'))
                    && !matches!(after, Some('-' | '–'))
                    && !after.is_some_and(char::is_alphanumeric)
            });
        if alone {
            found.extend(analyzer.index_terms(&place.name));
        }
    }
    found
}

/// The names of the places `text` puts something in or at, and of the
/// places those lie in ("in Astana": Astana, Kazakhstan, Central Asia).
fn located_at(places: &[crate::facts::Place], text: &str) -> HashSet<String> {
    let mut names = HashSet::new();
    for place in placed_in(places, text) {
        let mut current = Some(place);
        // Bounded by the number of places, so a cycle cannot loop forever.
        for _ in 0..=places.len() {
            let Some(here) = current else { break };
            if !names.insert(here.name.clone()) {
                break;
            }
            current = here
                .within
                .as_ref()
                .and_then(|outer| places.iter().find(|p| p.name == *outer));
        }
    }
    names
}

/// True when `place` lies, directly or not, in the place named `outer`.
fn lies_in(places: &[crate::facts::Place], place: &crate::facts::Place, outer: &str) -> bool {
    let mut current = place;
    // Bounded by the number of places, so a cycle cannot loop forever.
    for _ in 0..places.len() {
        let Some(within) = &current.within else {
            return false;
        };
        if within == outer {
            return true;
        }
        match places.iter().find(|p| p.name == *within) {
            Some(next) => current = next,
            None => return false,
        }
    }
    false
}

/// The groups `text` names by a place of the article followed by a noun
/// for a kind of place ("Central Asian *nations*": Central Asia,
/// country), as place name and sort.
fn named_groups(
    analyzer: &Analyzer,
    lexicon: &Lexicon,
    places: &[crate::facts::Place],
    text: &str,
) -> Vec<(String, String)> {
    let words = analyzer.words(text);
    let terms: Vec<String> = words.iter().map(|w| analyzer.term(&w.text)).collect();
    let mut groups = Vec::new();
    for place in places {
        let name: Vec<String> = analyzer
            .words(&place.name)
            .iter()
            .map(|w| analyzer.term(&w.text))
            .collect();
        if name.is_empty() {
            continue;
        }
        for (at, window) in terms.windows(name.len()).enumerate() {
            let sort = words
                .get(at + name.len())
                .and_then(|noun| lexicon.set_named(&noun.text));
            if window == name.as_slice()
                && let Some(sort) = sort
            {
                groups.push((place.name.clone(), sort.to_string()));
            }
        }
    }
    groups
}

/// The members of each group `statement` names ([`named_groups`]), by
/// sort: the places of that sort within the group's place. A group whose
/// count the statement gives ("the *five* Central Asian nations") must
/// have that many; groups of fewer than two are left out.
fn group_members(
    groups: &[(String, String)],
    places: &[crate::facts::Place],
    statement: &str,
) -> Vec<(String, Vec<String>)> {
    let lower = statement.to_lowercase();
    groups
        .iter()
        .filter_map(|(outer, sort)| {
            let members: Vec<String> = places
                .iter()
                .filter(|place| place.sort == *sort && lies_in(places, place, outer))
                .map(|place| place.name.clone())
                .collect();
            let counted = lower
                .find(&outer.to_lowercase())
                .and_then(|at| lower[..at].split_whitespace().last())
                .and_then(|word| {
                    crate::numbers::parse_number_words(word).or_else(|| word.parse().ok())
                });
            let fits = counted.is_none_or(|count| count == members.len() as f64);
            (members.len() >= 2 && fits).then(|| (sort.clone(), members))
        })
        .collect()
}

/// Words that say how long something lasts without a span of time
/// (general English).
const LASTING_WORDS: &[&str] = &[
    "permanent",
    "long-term",
    "short-term",
    "lasting",
    "everlasting",
    "perpetual",
    "eternal",
    "lifelong",
    "temporary",
    "indefinite",
];

/// [`LASTING_WORDS`] that set no end.
const ENDLESS_WORDS: &[&str] = &[
    "permanent",
    "everlasting",
    "perpetual",
    "eternal",
    "lifelong",
    "indefinite",
];

/// Words that say a span of time is bounded ("a *few* years", "a
/// *limited* time"), and the spans they bound.
const BOUNDING_WORDS: &[&str] = &["few", "limited", "couple", "several", "certain"];
const BOUNDED_SPANS: &[&str] = &[
    "years", "year", "months", "decades", "weeks", "time", "period", "while",
];
/// Words that say something comes to an end.
const ENDING_WORDS: &[&str] = &["expire", "expires", "expired", "expiry", "expiration"];

/// Openings of a question whose main verb comes bare after the subject
/// ("*will* the treaty *last* …").
const DO_AUXILIARIES_AND_MODALS: &[&str] = &[
    "will", "would", "does", "do", "did", "can", "could", "should", "may", "might",
];

/// The words of a claim that something lasts a bounded time: "a *few
/// years*", "a *limited time*", "*expire*".
fn bounded_time<'w>(folded: &[&'w str]) -> Vec<&'w str> {
    let mut found: Vec<&str> = folded
        .iter()
        .copied()
        .filter(|word| ENDING_WORDS.contains(word))
        .collect();
    for (at, pair) in folded.windows(2).enumerate() {
        // "a *few years*", "a *time limited* pact"; a count only when
        // "only" bounds it or a term follows ("for *only ten years*", "a
        // *10 yr* term"): "for the next two years" sets no end.
        // So does the verb "last" ("meant *to last ten years*", "will
        // the treaty *last for 50 years*").
        let verb_at = if at >= 1 && folded[at - 1] == "for" {
            at - 1
        } else {
            at
        };
        let lasts_for = verb_at >= 2
            && (matches!(folded[verb_at - 1], "lasts" | "lasted")
                || (folded[verb_at - 1] == "last"
                    && (position::BEFORE_LAST_VERB.contains(&folded[verb_at - 2])
                        || DO_AUXILIARIES_AND_MODALS.contains(&folded[0]))));
        let counted = !pair[0].is_empty()
            && pair[0].bytes().all(|b| b.is_ascii_digit())
            && (folded[at.saturating_sub(2)..at].contains(&"only")
                || lasts_for
                || folded.get(at + 2) == Some(&"term"));
        let bounds = BOUNDING_WORDS.contains(&pair[0]) || counted;
        let spans = BOUNDED_SPANS.contains(&pair[1]) || matches!(pair[1], "decade" | "yr" | "yrs");
        if (bounds && spans) || (BOUNDED_SPANS.contains(&pair[0]) && pair[1] == "limited") {
            found.extend(pair);
        }
    }
    found
}

/// The first of [`LASTING_WORDS`] `statement` uses, folded.
fn lasting_word(statement: &str) -> Option<String> {
    statement
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .find(|word| LASTING_WORDS.contains(&word.as_str()))
}

/// The words of a wh-question after a dash that ends `question` ("What
/// does 'backfire' mean *- who gets hurt*?"), when there is one.
fn after_dash_question(question: &str) -> Option<Vec<String>> {
    let tail = [" - ", " – ", " — "]
        .iter()
        .filter_map(|dash| question.rsplit_once(dash).map(|(_, tail)| tail))
        .min_by_key(|tail| tail.len())?;
    let mut words = crate::lang::words(tail);
    // "when's" folds to "whens".
    let first = words.first_mut()?;
    if let Some(wh) = first
        .strip_suffix('s')
        .filter(|wh| intent::WH_WORDS.contains(wh))
    {
        *first = wh.to_string();
    }
    intent::WH_WORDS
        .contains(&words[0].as_str())
        .then_some(words)
}

/// Whether `question` is a yes/no question with its opening "is" or "was"
/// left out: no wh-word, ended by "?", and a predicate after its subject,
/// either a noun phrase ("green minerals *a* focus?") or a participle
/// ("treaty *signed* in Astana?"). A bare noun phrase ("Kazakhstan's
/// capital?") asks what it is, and stays open.
fn is_verbless_yes_no(question: &str, folded: &[&str], subject_and_bare_verb: bool) -> bool {
    /// Words that open a request, not a claim ("name the …").
    const REQUESTS: &[&str] = &[
        "name", "list", "tell", "explain", "describe", "give", "show",
    ];
    /// Adverbs that only a claim holds ("the treaty *only* temporary?").
    const CLAIM_ADVERBS: &[&str] = &["only", "still", "really", "also", "already", "never", "not"];
    // "treaty is only a temporary agreement?", "the treaty is binding?": a
    // statement asked with a question mark, its verb after a short subject
    // and a claim after the verb.
    let predicate = subject_and_bare_verb
        || declares(folded)
        || folded.iter().enumerate().skip(1).any(|(at, word)| {
            matches!(*word, "a" | "an")
                || CLAIM_ADVERBS.contains(word)
                || (at >= 1 && word.len() > 4 && word.ends_with("ed"))
                // "the treaty *legally* binding?": an adverb before what
                // it qualifies.
                || (word.len() > 5 && word.ends_with("ly") && at + 1 < folded.len())
                // "this *the* first summit?": a pointer, then a noun.
                || (at == 1 && *word == "the" && matches!(folded[0], "this" | "that" | "it"))
                // "the president of Turkmenistan *at* summit?"
                || (at >= 2 && *word == "at")
                // "green minerals *among* the focus sectors?", "farming
                // *one of* the areas?": a claim that a thing belongs.
                || *word == "among"
                // ("the focus *of one of* the centers" only describes).
                || (*word == "one"
                    && folded.get(at + 1) == Some(&"of")
                    && !CLAIM_PREPOSITIONS.contains(&folded[at - 1])
                    && folded[at - 1] != "of")
        });
    question.trim_end().ends_with('?')
        && folded.len() >= 3
        && !folded.iter().any(|w| intent::WH_WORDS.contains(w))
        && !folded.first().is_some_and(|w| REQUESTS.contains(w))
        && predicate
}

/// Whether `folded` asks a purpose as "what … for?" around an act and
/// its object ("what did they sign *the treaty* for?"): a why question.
/// "What is the grant for?" asks what a thing is for, which the thing's
/// own fact says, and a verb right before "for" ("what did Xi *push
/// for*?") is a phrasal verb asking its object. `base_verb` tells a verb
/// in its base form.
fn asks_what_for(folded: &[&str], base_verb: impl Fn(&str) -> bool) -> bool {
    let [.., before, last] = folded else {
        return false;
    };
    // "What is the *point of putting* it in a treaty?", "what was the
    // purpose of refining it?": the reason for doing something.
    if let ["what", "is" | "was" | "s", "the", aim, "of", act, ..] = folded
        && PURPOSE_NOUNS.contains(aim)
        && act.len() > 4
        && act.ends_with("ing")
    {
        return true;
    }
    folded.len() >= 5
        && folded[0] == "what"
        && matches!(folded[1], "did" | "do" | "does")
        && *last == "for"
        && !base_verb(before)
}

/// Nouns that ask what doing something is for ("the *point* of putting
/// it in writing").
const PURPOSE_NOUNS: &[&str] = &["point", "purpose", "aim", "goal", "object", "idea"];

/// The most words of the subject before the auxiliary of a question put
/// as a statement: "*this summit in Astana* was the first one?".
const MAX_DECLARED_SUBJECT_WORDS: usize = 5;

/// Prepositions a question may close on, asking for what stands after
/// them ("who did they sign it *with*?").
const CLOSING_PREPOSITIONS: &[&str] = &["with", "to", "from", "for", "by", "against"];

/// Nouns that ask for a sort of the noun after "of": "what *kinds* of
/// green minerals".
const KIND_WORDS: &[&str] = &["kind", "kinds", "sort", "sorts", "type", "types"];

/// Verbs whose noun carries the meaning ("*make* a speech", "*give* a
/// speech", "*take* part", "*hold* talks"): one stands for another, and
/// none names an act of its own.
const LIGHT_VERBS: &[&str] = &[
    "make", "made", "give", "gave", "take", "took", "have", "had", "hold", "held", "do", "did",
];

/// Whether `folded` is put as a statement: an auxiliary after a short
/// subject, and a claim after it ("treaty *is* for short time only?").
fn declares(folded: &[&str]) -> bool {
    folded
        .iter()
        .take(MAX_DECLARED_SUBJECT_WORDS + 1)
        .position(|w| intent::AUXILIARIES.contains(w))
        .is_some_and(|at| at >= 1 && folded.len() >= at + 2)
}

/// Prepositions after a bare verb that open what a claim says of it
/// ("treaty sign *on* friday?").
const CLAIM_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "with", "for", "to", "by", "before", "after", "during", "from", "into",
];

/// The most words a subject is read from at the start of a question that
/// drops its auxiliary ("central asian leaders want …?").
const MAX_SUBJECT_WORDS: usize = 4;

/// [`FactRecord::lone_actor`] of a statement's words.
fn lone_actor(analyzer: &Analyzer, index: &Index, words: &[analyze::Word]) -> Option<String> {
    let terms: Vec<String> = words.iter().map(|w| analyzer.term(&w.text)).collect();
    let name = terms
        .iter()
        .take_while(|term| index.is_proper(term))
        .count();
    let verb = words.get(name)?;
    let next = words.get(name + 1).map_or("", |w| w.text.as_str());
    let reports_a_clause = SPEECH_VERBS.contains(&verb.text.as_str()) && !next.ends_with("ing");
    (name >= 1 && verb.text != "and" && !reports_a_clause).then(|| terms[0].clone())
}

/// [`FactRecord::answer_acts`]: the answer is the subject of the
/// statement's own clause, right before a verb that acts (past
/// auxiliaries and adverbs in "-ly"): "President *Xi Jinping* joined".
/// Not before a preposition ("the platform *for* enhancing") or a copula
/// ("Central Asia *remains*"), nor in a reported clause ("Xi said *that*
/// …"), whose subject another verb of the question may report.
fn answer_acts(analyzer: &Analyzer, lexicon: &Lexicon, statement: &str, answer: &str) -> bool {
    let words: Vec<String> = analyzer.word_texts(statement);
    let answer: Vec<String> = analyzer.word_texts(answer);
    if answer.is_empty() {
        return false;
    }
    words
        .windows(answer.len())
        .enumerate()
        .filter(|(_, window)| *window == answer.as_slice())
        .any(|(at, _)| {
            let reported = words[..at]
                .iter()
                .any(|w| w == "that" || SPEECH_VERBS.contains(&w.as_str()));
            let next = words[at + answer.len()..].iter().find(|w| {
                !(AUXILIARIES_BEFORE_VERB.contains(&w.as_str())
                    || (w.ends_with("ly") && w.len() > 4))
            });
            !reported
                && next.is_some_and(|verb| {
                    !analyzer.is_stopword(verb)
                        && !COPULAS.contains(&verb.as_str())
                        && lexicon.can_be_verb(verb) == Some(true)
                })
        })
}

/// Verbs that link a subject to what it is rather than say what it does.
const COPULAS: &[&str] = &[
    "remain", "remains", "remained", "become", "becomes", "became", "seem", "seems", "seemed",
];

/// Auxiliaries between a subject and its verb ("China *would* host").
const AUXILIARIES_BEFORE_VERB: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have",
    "had", "did", "does", "do",
];

/// Words that say someone acted alone: "on his *own*", "by *himself*".
const ALONE_WORDS: &[&str] = &[
    "alone",
    "own",
    "himself",
    "herself",
    "itself",
    "themselves",
    "only",
    "solely",
    "single",
];

/// Words that open a condition.
const CONDITIONS: &[&str] = &["if", "unless"];

/// Words after "if" that make it no condition on what is asked: a
/// courtesy ("*if you* would", "*if I* may", "*if possible*") or a
/// choice ("*if any*", "*if so*").
const NOT_A_CONDITION_AFTER_IF: &[&str] = &[
    "you", "i", "we", "possible", "any", "so", "not", "ever", "anything", "at",
];

/// Whether a question asks what happens under a condition: "what
/// happens *if* one side breaks it?", "*unless* China pays, …?".
fn asks_under_a_condition(folded: &[&str]) -> bool {
    folded.iter().enumerate().any(|(at, word)| match *word {
        "unless" => true,
        "if" => folded
            .get(at + 1)
            .is_some_and(|next| !NOT_A_CONDITION_AFTER_IF.contains(next)),
        _ => false,
    })
}

/// [`FactRecord::doers`] of a statement.
fn doers(
    analyzer: &Analyzer,
    lexicon: &Lexicon,
    statement: &str,
) -> HashMap<String, HashSet<String>> {
    let mut doers: HashMap<String, HashSet<String>> = HashMap::new();
    for clause in statement.split([',', ';']) {
        let words = analyzer.words(clause);
        let mut before: HashSet<String> = HashSet::new();
        for (at, word) in words.iter().enumerate() {
            let term = analyzer.term(&word.text);
            // "The summit *was held* in Astana": before a passive verb
            // stands what is done to, not who does it.
            let passive = at.checked_sub(1).is_some_and(|b| {
                matches!(
                    words[b].text.as_str(),
                    "is" | "are" | "was" | "were" | "be" | "been" | "being"
                )
            });
            // "the *Summit*", "a *focus*": a name's word or a word after
            // a determiner is a noun.
            let noun = (at > 0 && word.capitalized)
                || at.checked_sub(1).is_some_and(|b| {
                    matches!(words[b].text.as_str(), "the" | "a" | "an" | "its" | "their")
                });
            if !passive
                && !noun
                && !analyzer.is_stopword(&word.text)
                && lexicon.can_be_verb(&word.text) == Some(true)
            {
                doers
                    .entry(term.clone())
                    .or_default()
                    .extend(before.iter().cloned());
            }
            if !analyzer.is_stopword(&word.text) {
                before.insert(term);
            }
        }
    }
    doers
}

/// Whether every content word of `answer` is capitalised, and there is
/// one: "Astana Declaration", "Belt and Road", not "the shared future".
fn answer_is_name(analyzer: &Analyzer, answer: &str) -> bool {
    // Read from the text itself: a phrase all in capitals marks no name
    // for the analyzer's words, but an answer is written as the article
    // writes it.
    let mut content = answer
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|token| token.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|token| !token.is_empty() && !analyzer.is_stopword(&token.to_lowercase()))
        .peekable();
    content.peek().is_some() && content.all(|token| token.starts_with(char::is_uppercase))
}

/// "A, B, and C", as the article writes a list.
fn article_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first, second] => format!("{first} and {second}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

/// The tone of what a fact says: its answer's, or else that of the
/// phrases of the article's polarity lists its statement holds, where they
/// agree ("unilateralism and hegemonic behavior will backfire" is
/// negative).
fn tone_of(facts: &FactBase, fact: &Fact) -> Polarity {
    /// The longest polarity phrase looked for, in words.
    const LONGEST: usize = 8;
    let answer = facts.polarity(&fact.answer);
    if answer != Polarity::Neutral {
        return answer;
    }
    let words: Vec<&str> = fact.statement.split_whitespace().collect();
    let mut tones = (0..words.len())
        .flat_map(|start| {
            (start + 1..=(start + LONGEST).min(words.len())).map(move |end| (start, end))
        })
        .map(|(start, end)| facts.polarity(&words[start..end].join(" ")))
        .filter(|tone| *tone != Polarity::Neutral);
    match tones.next() {
        Some(first) if tones.all(|tone| tone == first) => first,
        _ => Polarity::Neutral,
    }
}

/// Marks each record whose answer lies inside one item of a list that
/// another fact of the same sentence gives ([`FactRecord::part_of_a_list`]).
fn mark_parts_of_lists(facts: &[Fact], mut records: Vec<FactRecord>) -> Vec<FactRecord> {
    let marks: Vec<bool> = (0..records.len())
        .map(|doc| {
            let answer = &records[doc].answer_terms;
            facts[doc].answer_kind != AnswerKind::List
                && !answer.is_empty()
                && facts.iter().enumerate().any(|(other, fact)| {
                    other != doc
                        && fact.answer_kind == AnswerKind::List
                        && fact.citation == facts[doc].citation
                        && records[other]
                            .answer_items
                            .iter()
                            .any(|item| answer.is_subset(item))
                })
        })
        .collect();
    for (record, mark) in records.iter_mut().zip(marks) {
        record.part_of_a_list = mark;
    }
    records
}

/// Sets each record's [`FactRecord::subject_located_terms`]: the terms of
/// the places the facts about its subject put it in or at, named as they
/// name them ("in Astana" is not "in Kazakhstan": a question about
/// somewhere else in the country asks of something else).
fn mark_subject_locations(
    facts: &[Fact],
    places: &[crate::facts::Place],
    analyzer: &Analyzer,
    mut records: Vec<FactRecord>,
) -> Vec<FactRecord> {
    // Each statement's places once, then gathered by subject.
    let mut by_subject: HashMap<String, HashSet<String>> = HashMap::new();
    for fact in facts {
        by_subject
            .entry(fact.subject.to_lowercase())
            .or_default()
            .extend(
                placed_in(places, &fact.statement)
                    .into_iter()
                    .flat_map(|place| analyzer.words(&place.name))
                    .map(|word| analyzer.term(&word.text)),
            );
    }
    let located: Vec<HashSet<String>> = facts
        .iter()
        .map(|fact| {
            by_subject
                .get(&fact.subject.to_lowercase())
                .cloned()
                .unwrap_or_default()
        })
        .collect();
    for (record, terms) in records.iter_mut().zip(located) {
        record.subject_located_terms = terms;
    }
    records
}

fn listed_names(analyzer: &Analyzer, text: &str) -> HashSet<String> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut listed = HashSet::new();
    let mut run: Vec<&str> = Vec::new();
    let mut close = |run: &mut Vec<&str>| {
        if run.len() >= 3 {
            listed.extend(run.iter().map(|word| analyzer.term(&word.to_lowercase())));
        }
        run.clear();
    };
    for (at, token) in tokens.iter().enumerate() {
        let word = token.trim_end_matches([',', '.', ';', ':']);
        if matches!(word, "and" | "or") && !run.is_empty() {
            continue;
        }
        let capital = at > 0 && word.chars().next().is_some_and(char::is_uppercase);
        if !capital {
            close(&mut run);
            continue;
        }
        run.push(word);
        let joined = token.ends_with(',')
            || tokens
                .get(at + 1)
                .is_some_and(|next| matches!(*next, "and" | "or"));
        if !joined {
            close(&mut run);
        }
    }
    close(&mut run);
    listed
}

impl ChoiceOption {
    /// Whether `term` is this option, by its word or an alternative.
    fn names(&self, term: &str) -> bool {
        self.term == term || self.alternatives.iter().any(|a| a == term)
    }
}

/// Prepositions that give an offered option its role ("*in* Chinese or
/// *in* English").
const OPTION_PREPOSITIONS: &[&str] = &["in", "at", "from", "to", "for", "with", "by", "into"];

/// The preposition right before the word at `at`, when it is one of
/// [`OPTION_PREPOSITIONS`] (a determiner may come between: "in *the*
/// Central Asian countries").
fn preposition_before(words: &[analyze::Word], at: usize) -> Option<String> {
    let mut before = words[..at].iter().rev();
    let mut word = before.next()?;
    if intent::DETERMINERS.contains(&word.text.as_str()) {
        word = before.next()?;
    }
    OPTION_PREPOSITIONS
        .contains(&word.text.as_str())
        .then(|| word.text.clone())
}

/// The option that opens at `at`, as written: the word and, when it opens
/// a name, the capitalised words after it ("Central Asia").
fn option_phrase(words: &[analyze::Word], at: usize) -> String {
    if !words[at].capitalized {
        return words[at].text.clone();
    }
    std::iter::once(&words[at])
        .chain(words[at + 1..].iter().take_while(|w| w.capitalized))
        .map(|w| crate::text::capitalize_first(&w.text))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a yes/no question's word after `before` is what it says of
/// its subject: a noun after "a" ("is the grant *a loan*?") or a verb
/// in "-ing" after "is" ("is uncertainty *shrinking*?").
fn predicates(before: &str, word: &str) -> bool {
    matches!(before, "a" | "an")
        || (matches!(before, "is" | "are" | "was" | "were")
            && word.len() > 5
            && word.ends_with("ing")
            // A linking verb: its complement says what is predicated.
            && !matches!(
                word,
                "becoming" | "getting" | "turning" | "going" | "seeming" | "looking" | "being"
            ))
}

/// The time units `text` names, as terms ("decades" → "decad").
/// The terms of what the spans of `sentence` ("decades *of diplomatic
/// ties*") are spans of, for each span whose things `statement` does not
/// name.
fn other_spans(analyzer: &Analyzer, statement: &str, sentence: &str) -> HashSet<String> {
    /// The most words read after "of".
    const LONGEST: usize = 3;
    let stated: HashSet<String> = analyzer.index_terms(statement).into_iter().collect();
    let words = analyzer.words(sentence);
    let mut found = HashSet::new();
    for (at, pair) in words.windows(2).enumerate() {
        if !(TIME_UNITS.contains(&pair[0].text.as_str()) && pair[1].text == "of") {
            continue;
        }
        let things: Vec<String> = words[at + 2..]
            .iter()
            .take(LONGEST)
            .take_while(|w| !analyzer.is_stopword(&w.text))
            .map(|w| analyzer.term(&w.text))
            .collect();
        if !things.iter().any(|t| stated.contains(t)) {
            found.extend(things);
        }
    }
    found
}

fn time_units(analyzer: &Analyzer, text: &str) -> HashSet<String> {
    time_units_in(analyzer, &analyzer.words(text))
}

/// [`time_units`] of text already split into words.
fn time_units_in(analyzer: &Analyzer, words: &[analyze::Word]) -> HashSet<String> {
    words
        .iter()
        .filter(|w| TIME_UNITS.contains(&w.text.as_str()))
        .map(|w| analyzer.term(&w.text))
        .collect()
}

/// The shortest word [`Asker::real_word_slips_mended`] mends: shorter
/// real words lie one slip from too many others.
const SHORTEST_MENDED_WORD: usize = 5;

/// The terms of the countries `statement` names by a city of theirs named
/// as a party to what is done ("cooperation *with* Beijing"): the city
/// stands for the country, as a capital stands for its government. A
/// city named as where something happens ("the Astana summit") stands
/// for no one.
fn countries_of_party_cities(
    analyzer: &Analyzer,
    places: &[crate::facts::Place],
    statement: &str,
) -> HashSet<String> {
    const PARTY_WORDS: &[&str] = &["with", "by", "for", "against", "toward", "towards"];
    let words = crate::lang::words(statement);
    places
        .iter()
        .filter(|city| city.sort == "city")
        .filter_map(|city| {
            let country = city.within.as_deref()?;
            let is_country = places
                .iter()
                .any(|p| p.name == country && p.sort == "country");
            let name = confirm::fold(&city.name);
            let as_party = words
                .windows(2)
                .any(|pair| PARTY_WORDS.contains(&pair[0].as_str()) && pair[1] == name);
            (is_country && as_party).then(|| analyzer.term(&confirm::fold(country)))
        })
        .collect()
}

/// Each of `words` with one letter left out, mapped to the words it is
/// ("treat" → "treaty", "stana" → "astana"). Words of letters a-z only.
fn shortened_words<'w>(words: impl Iterator<Item = &'w str>) -> HashMap<String, Vec<String>> {
    let mut shortened: HashMap<String, Vec<String>> = HashMap::new();
    for word in words.filter(|w| w.bytes().all(|b| b.is_ascii_lowercase())) {
        for at in 0..word.len() {
            let short = format!("{}{}", &word[..at], &word[at + 1..]);
            let known = shortened.entry(short).or_default();
            if !known.iter().any(|k| k == word) {
                known.push(word.to_string());
            }
        }
    }
    shortened
}

/// The most words of a reply's opening phrase that is the answer itself
/// ("Astana. The signing …").
const SHORT_REPLY_WORDS: usize = 4;

/// The answer a reply opens with when it opens with a short phrase before
/// its sentence ("Astana" of "Astana. The signing took place in Astana.").
fn short_reply(reply: &str) -> Option<&str> {
    let (head, rest) = reply.split_once(". ")?;
    let words = head.split_whitespace().count();
    (words <= SHORT_REPLY_WORDS && !rest.is_empty() && !matches!(head, "Yes" | "No"))
        .then_some(head)
}

/// `first` and `second` replied together: `second_text` (its answer, or
/// the part of it worth repeating) after `first`'s, with the citations
/// and facts of both, each once, and the lower confidence.
fn joined(mut first: Answer, second: Answer, second_text: &str) -> Answer {
    first.answer = format!("{} {second_text}", first.answer);
    first.confidence = first.confidence.min(second.confidence);
    for citation in second.citations {
        if !first.citations.contains(&citation) {
            first.citations.push(citation);
        }
    }
    for id in second.fact_ids {
        if !first.fact_ids.contains(&id) {
            first.fact_ids.push(id);
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asks each question and checks that its reply opens as given
    /// ("No.", "Yes.").
    fn assert_each_opens_with(cases: &[(&str, &str)]) {
        let asker = asker();
        for (question, opening) in cases {
            let answer = asker.ask(question, None);
            assert!(answer.answer.starts_with(opening), "{question}: {answer:?}");
        }
    }

    /// Asks each question and checks that it is refused.
    fn assert_each_refused(questions: &[&str]) {
        let asker = asker();
        for question in questions {
            let answer = asker.ask(question, None);
            assert!(!answer.answered, "{question}: {answer:?}");
        }
    }

    fn asker() -> Asker {
        Asker::new(Arc::new(FactBase::embedded().expect("valid facts")))
    }

    /// Asks each question and checks the reply is an answer holding the
    /// phrase.
    fn assert_each_answer_holds(cases: &[(&str, &str)]) {
        let asker = asker();
        for (question, phrase) in cases {
            let answer = asker.ask(question, None);
            assert!(
                answer.answered && answer.answer.contains(phrase),
                "{question}: {answer:?}"
            );
        }
    }

    #[test]
    fn a_claimed_amount_is_answered_by_the_fact_in_its_currency() {
        assert_each_answer_holds(&[
            ("Is the grant worth about $300 million?", "No. "),
            ("Is the grant worth about $300 million?", "$209 million"),
            ("the grant is $290 million right?", "$209 million"),
        ]);
    }

    #[test]
    fn an_owner_named_by_its_leader_s_deed_is_held_and_the_story_around_a_question_is_set_aside() {
        assert_each_answer_holds(&[
            (
                "Is China's grant to Central Asia given in Chinese yuan?",
                "Yes.",
            ),
            (
                "My daughter read this article aloud to me and my hearing aid may have garbled it. Did Xi promise 30,000 training places for professionals from the region?",
                "No.",
            ),
            (
                "I thought he said the links between China and Central Asia went back about 500 years. Is that correct, or am I muddling it up?",
                "No.",
            ),
            (
                "Which of these was NOT a focus of the new centers: poverty reduction, education exchange, or public health?",
                "Public health.",
            ),
        ]);
    }

    #[test]
    fn how_much_of_a_persons_name_is_asked_for_is_no_word_a_fact_must_hold() {
        assert_each_answer_holds(&[
            (
                "what is the exact name of the Chinese president?",
                "Xi Jinping",
            ),
            (
                "what is full name of china president in this text",
                "Xi Jinping",
            ),
        ]);
    }

    #[test]
    fn what_is_doing_something_is_answered_by_the_fact_whose_answer_does_it() {
        // The verb sits in the values' sentence too, but only the
        // uncertainty's statement makes its answer the one growing; naming
        // the answer's modifier ("globally") does not make it an echo.
        assert_each_answer_holds(&[
            (
                "What is growing in the world when Xi made this emphasis?",
                "uncertainty",
            ),
            ("what's growing globally according to xi", "uncertainty"),
            ("What grows, as Xi says, in the world today?", "uncertainty"),
        ]);
        // "What values …" opens a noun phrase, no verb.
        assert_each_answer_holds(&[(
            "What values did Xi say must stay central to global cooperation?",
            "fairness",
        )]);
    }

    #[test]
    fn a_place_another_fact_gives_the_same_subject_does_not_hide_the_answer() {
        assert_each_answer_holds(&[
            ("Who signed the treaty in Astana?", "China"),
            (
                "Who is signing treaty at summit in Astana?",
                "Central Asian",
            ),
        ]);
        // Somewhere else in the country is not where the subject is.
        assert_each_refused(&["Which other cities in Kazakhstan did Xi visit?"]);
    }

    #[test]
    fn a_claim_of_what_a_fact_rules_out_is_answered_no() {
        assert_verdicts(
            &asker(),
            &[
                ("did the central asian leaders call china a rival?", "No. "),
                ("Did the leaders say they'd back protectionism?", "No. "),
                ("Money from China is loan or not?", "No. "),
                ("Is the treaty for a fixed period?", "No. "),
                ("Didn't Turkmenistan skip the summit?", "No. "),
                (
                    "Was the trade platform already existing before this summit?",
                    "No. ",
                ),
            ],
        );
        // The "No" cites the fact that rules the claim out.
        assert_each_answer_holds(&[(
            "Is the cooperation between China and Central Asia a recent thing?",
            "2,000 years",
        )]);
        // Taking the side against it agrees with the fact, which does not
        // say so; a question about something else than the fact is not
        // settled by it.
        for question in [
            "Did the Central Asian leaders oppose protectionism?",
            "Apart from the grant, did China offer any loans to Central Asia?",
        ] {
            let reply = asker().ask(question, None);
            assert!(!reply.answer.starts_with("No"), "{question}: {reply:?}");
        }
    }

    #[test]
    fn a_count_that_adds_someone_counts_them_in() {
        assert_each_opens_with(&[
            (
                "how many presidents were at the summit in total if u count xi",
                "Six.",
            ),
            (
                "How many countries signed the treaty if you count China?",
                "Six.",
            ),
        ]);
    }

    #[test]
    fn a_claim_closed_by_a_truth_word_with_no_comma_is_judged() {
        assert_verdicts(
            &asker(),
            &[
                ("summit was held in tashkent uzbekistan right?", "No. "),
                ("the treaty is legally binding right?", "Yes. "),
            ],
        );
    }

    #[test]
    fn the_title_the_article_gives_one_person_names_that_person() {
        assert_each_answer_holds(&[
            (
                "What drives the cooperation in the modern era, according to the President",
                "mutual trust",
            ),
            (
                "How called the Central Asian leaders China;",
                "strategic partner",
            ),
        ]);
        assert_verdicts(
            &asker(),
            &[
                (
                    "Kindly inform me whether the grant is to be spent over the next ten years.",
                    "No. ",
                ),
                (
                    "does xi think trade wars help at least some countries?",
                    "No. ",
                ),
            ],
        );
    }

    #[test]
    fn a_phrasal_verbs_particle_is_part_of_the_verb() {
        assert_each_opens_with(&[(
            "Do the Central Asian leaders want to cut back cooperation with Beijing?",
            "No.",
        )]);
        // A particle that turns the verb's meaning is kept.
        let asker = asker();
        let reply = asker.ask(
            "Didn't the president of Turkmenistan stay away from the summit?",
            None,
        );
        assert!(!reply.answer.starts_with("Yes."), "{reply:?}");
    }

    #[test]
    fn a_no_for_a_name_outside_a_group_cites_the_list_of_its_members() {
        assert_each_answer_holds(&[(
            "Was the president of Mongolia one of the leaders who joined Xi at the summit?",
            "Kyrgyzstan",
        )]);
    }

    #[test]
    fn a_period_noun_after_the_wh_word_is_no_claim_when_options_follow() {
        assert_each_opens_with(&[
            (
                "Which period is the grant for, this year or later?",
                "This year.",
            ),
            (
                "The grant is for which period, this year or the next years?",
                "This year.",
            ),
        ]);
    }

    #[test]
    fn a_word_missing_one_letter_of_an_article_word_is_read_as_it() {
        let asker = asker();
        let shortened = shortened_words(["treaty", "astana"].into_iter());
        assert_eq!(shortened.get("treat"), Some(&vec!["treaty".to_string()]));
        assert_eq!(shortened.get("stana"), Some(&vec!["astana".to_string()]));
        assert_eq!(shortened.get("tread"), None);
        assert_eq!(
            asker
                .real_word_slips_mended("what does the treat commit them to?")
                .as_deref(),
            Some("what does the treaty commit them to?")
        );
        // A changed or added letter, an inflection, a short word: kept.
        for question in [
            "Instead of splitting apart, what did Xi want mankind to build?",
            "By what means will the centre be funded?",
            "Was the plan good?",
        ] {
            assert_eq!(asker.real_word_slips_mended(question), None, "{question}");
        }
        assert_each_answer_holds(&[
            (
                "Isn't the treat supposed to be only temporary?",
                "permanent",
            ),
            (
                "what is the treat supposed to solidify?",
                "long-term friendship",
            ),
        ]);
    }

    #[test]
    fn a_country_is_settled_by_its_city_named_as_a_party_not_as_a_place() {
        assert_each_opens_with(&[
            (
                "Do the Central Asian leaders want to deepen cooperation with China?",
                "Yes. ",
            ),
            ("Will Kazakhstan host the third summit?", "No. "),
        ]);
    }

    #[test]
    fn two_claims_or_two_parts_of_one_question_are_answered_together() {
        assert_each_opens_with(&[
            (
                "Is it right that a platform for smooth trade was launched and that China hosts the third summit?",
                "Yes. ",
            ),
            (
                "Is it true that the treaty is legally binding and that Kazakhstan hosts the third summit?",
                "No. ",
            ),
        ]);
        assert_each_answer_holds(&[
            (
                "In which city they signed the treaty, and this city is capital of which country?",
                "Kazakhstan",
            ),
            (
                "How many presidents from Central Asia attended the summit, and in which capital was it?",
                "Astana",
            ),
        ]);
    }

    #[test]
    fn statements_asked_with_the_topic_first_get_a_yes_or_no() {
        assert_each_opens_with(&[
            ("Tajikistan president, he attend the summit?", "Yes"),
            (
                "Central Asian leaders, they want deepen cooperation with Beijing?",
                "Yes",
            ),
            ("Law of the jungle, Xi want humanity go back to it?", "No"),
            ("Xi wants humanity to go back to law of the jungle?", "No"),
            // WordNet's unilateral / multilateral, carried to the -isms.
            ("Do CA leaders support unilateralism?", "No"),
            (
                "Can you confirm one of the new centres is focusing on healthcare?",
                "No",
            ),
        ]);
    }

    #[test]
    fn a_claim_restricted_to_one_part_of_a_sentence_is_denied_by_the_part_it_leaves_out() {
        assert_each_opens_with(&[(
            "Did Xi say the ties with Central Asia only go back a few decades?",
            "No",
        )]);
        assert_each_answer_holds(&[(
            "Did Xi say the ties with Central Asia only go back a few decades?",
            "2,000 years",
        )]);
    }

    #[test]
    fn the_askers_asides_and_a_dropped_auxiliary_do_not_hide_the_question() {
        assert_each_answer_holds(&[
            (
                "Which values he said must stay at the center of global cooperation? I want to write them in my little notebook.",
                "fairness",
            ),
            (
                "Besides trade, what kind of investment was in the list of focus? My son works in a factory, so he will want to know.",
                "industrial investment",
            ),
            (
                "what document leaders sign at the summit besides treaty",
                "Astana Declaration",
            ),
            (
                "what central asian leaders commit to do with china",
                "free trade",
            ),
            (
                "Who was the one who announced this grant? One of the presidents from there or the Chinese one?",
                "Xi",
            ),
            (
                "In his speech he talked about history, no? How many years of exchanges did he say they have, because I love history and this number impressed me.",
                "2,000",
            ),
        ]);
    }

    #[test]
    fn chat_fillers_hedges_and_an_attributed_speech_are_read_past() {
        assert_each_answer_holds(&[
            ("so like where was the thing even held", "Astana"),
            ("bruh who actually gets the training thing", "rofessionals"),
            ("yo what did xi promise em money-wise", "1.5 billion"),
            (
                "What is the grant for, according to the speech?",
                "ivelihood",
            ),
        ]);
    }

    #[test]
    fn what_doing_something_is_for_is_not_answered_by_the_thing_itself() {
        assert_each_answer_holds(&[(
            "What is the purpose of refining the China-Central Asia cooperation mechanism?",
            "results-driven",
        )]);
        let answer = asker().ask(
            "What is the point of putting it into a legally binding agreement?",
            None,
        );
        assert!(
            !answer
                .answer
                .starts_with("The treaty is a legally binding agreement"),
            "{answer:?}"
        );
    }

    #[test]
    fn the_ask48_readings_answer_as_the_plain_questions_do() {
        assert_each_answer_holds(&[
            // An adjective only before a noun that may be a verb.
            (
                "Which big projects Xi wants to accelerate?",
                "Belt and Road",
            ),
            // "what" as the object of a preposition, not a determiner.
            (
                "Into what the leaders want to turn the mechanism?",
                "regional model",
            ),
            (
                "To what exactly the countries commit themselves in this pact?",
                "good-neighborliness",
            ),
            // A guess after a wh-question.
            (
                "Who announced the grant and the training opportunities, was it the Kazakh president?",
                "Xi",
            ),
            // A request wrapped in courtesy.
            (
                "I humbly wish to learn which principles guide China when it deals with Central Asia.",
                "amity",
            ),
        ]);
        assert_each_opens_with(&[
            // The learner's own label for a list.
            (
                "Is desertification control among the topics of the specialized cooperation centers?",
                "Yes. ",
            ),
            (
                "Is people-to-people ties part of the planned focus?",
                "Yes. ",
            ),
            // A judging adjective after a modal and "be".
            ("Did Xi say trade wars can be good for somebody?", "No. "),
            // An item held only by a loose neighbour outside the list.
            (
                "Is there a center for health cooperation among the three new centers?",
                "No. ",
            ),
            ("Is health one of the focus areas?", "No. "),
            ("Is farming one of the focus areas?", "Yes. "),
            (
                "Is one of the new centres about poverty reduction?",
                "Yes. ",
            ),
            // A place another fact gives the same subject.
            ("Was the president of Tajikistan in Astana?", "Yes. "),
            // A rival clause in a statement's order.
            (
                "Was this really the first China-Central Asia gathering, or there was one before?",
                "No. ",
            ),
            (
                "Did they really call China a reliable friend, or it is exaggeration?",
                "Yes. ",
            ),
        ]);
    }

    #[test]
    fn a_membership_claim_after_the_groups_label_must_be_held() {
        let asker = asker();
        for question in [
            "Is one of the centres about trade?",
            "Was one of the new centres about medicine?",
        ] {
            let answer = asker.ask(question, None);
            assert!(!answer.answer.starts_with("Yes"), "{question}: {answer:?}");
        }
    }

    #[test]
    fn two_amounts_compared_are_each_found_and_the_larger_named() {
        assert_each_opens_with(&[
            (
                "Which is bigger: the number of training opportunities or the number of new cooperation centres?",
                "Training opportunities (3,000, against three). ",
            ),
            (
                "which number is bigger, the training opportunities or the grant in millions of dollars",
                "The training opportunities (3,000, against $209 million). ",
            ),
            (
                "Which is smaller, the number of new cooperation centres or the number of Central Asian nations that signed the treaty?",
                "New cooperation centres (three, against five). ",
            ),
        ]);
    }

    #[test]
    fn the_ask41_readings_answer_as_the_plain_questions_do() {
        assert_each_opens_with(&[
            ("Did Xi say anything about trade wars?", "Yes. "),
            (
                "Did Xi also say that hegemonic behavior, not just unilateralism, will backfire?",
                "Yes. ",
            ),
            (
                "Kindly tell which number summit this was, first one or second one?",
                "Second. ",
            ),
            (
                "What is the amount of grant China is giving, kindly share the figure.",
                "1.5 billion yuan",
            ),
            (
                "What did the leaders say they want to turn the mechanism into?",
                "A regional model for collaboration. ",
            ),
            ("Has China promised any money?", "Yes. "),
            (
                "Is the grant supposed to be spread over the next five years?",
                "No. ",
            ),
            ("Who will host the summit next?", "China. "),
            (
                "Were the Central Asian leaders presidents or prime ministers?",
                "Presidents. ",
            ),
            (
                "What did the Central Asian leaders call China?",
                "Strategic partner and dependable friend. ",
            ),
        ]);
    }

    #[test]
    fn what_the_article_does_not_hold_is_not_answered_in_the_ask41_readings() {
        assert_each_refused(&[
            "Did Russia say anything about the treaty?",
            "Will the third summit be held in 2027?",
            "Who will sign treaty next, other countries too?",
            "The trade platform launched at the summit is called the what?",
            "The article mentions a new platform to promote smooth trade and I'm wondering, what is that platform actually called?",
            "List the Belt and Road projects that Xi wants to speed up.",
            "Name the green minerals China and Central Asia plan to work on.",
            "How did the Central Asian leaders describe the 1.5 billion yuan grant?",
        ]);
    }

    #[test]
    fn what_the_article_does_not_hold_is_not_answered_in_the_ask42_readings() {
        assert_each_refused(&[
            // A count of things no fact counts is not denied by a weekday.
            "I read the treaty has about 20 articles, is that right?",
            // Who used a phrase is not who first came up with it.
            "Who first came up with the phrase 'community with a shared future'?",
        ]);
    }

    #[test]
    fn what_number_a_series_member_has_is_its_ordinal() {
        for question in [
            "What number will the next summit have?",
            "Which number will the next summit be?",
        ] {
            let answer = asker().ask(question, None);
            assert!(answer.answered, "{question}: {answer:?}");
            assert!(answer.answer.contains("third"), "{question}: {answer:?}");
        }
    }

    #[test]
    fn a_saying_verb_in_the_progressive_frames_the_claim() {
        assert_each_opens_with(&[
            ("Was Xi saying that trade wars benefit somebody?", "No. "),
            (
                "Xi was saying that trade wars can bring benefit to somebody?",
                "No. ",
            ),
        ]);
    }

    #[test]
    fn a_question_after_a_stated_scene_is_answered_about_the_scene() {
        assert_each_opens_with(&[
            (
                "The second summit is finished now. Will China host the third one?",
                "Yes. ",
            ),
            (
                "This summit is part of a series. Which one in the series was it?",
                "Second. ",
            ),
        ]);
    }

    #[test]
    fn a_fact_with_its_own_period_is_not_read_by_its_sentences_other_period() {
        // The sentence gives the grant "this year"; the training's own
        // period is two years.
        assert_each_opens_with(&[(
            "Will all 3,000 training opportunities be given in just this year?",
            "No. ",
        )]);
    }

    #[test]
    fn two_durations_compared_are_each_found_and_the_longer_named() {
        assert_each_opens_with(&[
            (
                "Which is older according to Xi, the historical exchanges or the diplomatic ties?",
                "The historical exchanges (over 2,000 years, against decades of diplomatic ties). ",
            ),
            (
                "Which covers a longer period, the grant or the training offer?",
                "The training offer (two years, against this year). ",
            ),
        ]);
    }

    #[test]
    fn the_next_one_is_the_next_of_the_series_the_article_numbers() {
        assert_each_answer_holds(&[("who is going to host the next one", "China")]);
    }

    #[test]
    fn a_choice_set_before_the_question_is_the_choice_it_offers() {
        assert_each_opens_with(&[(
            "Between Tajikistan and Mongolia, which one's president was at the summit?",
            "Tajikistan. ",
        )]);
    }

    #[test]
    fn what_kind_of_place_a_name_is_comes_from_the_sets_and_a_sentence_naming_it() {
        assert_each_opens_with(&[
            ("Is Astana a country or a city?", "City. "),
            ("Is Astana a country?", "No. "),
            ("is astana a capital?", "Yes. "),
        ]);
        // The article never says what Beijing is: no claim either way.
        let answer = asker().ask("Is Beijing a city?", None);
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn two_wh_questions_joined_by_and_get_both_answers() {
        let asker = asker();
        for (question, phrases) in [
            ("Who signed the treaty and where?", ["China", "Astana"]),
            (
                "Which summit will China host, and which one was held in Astana?",
                ["third", "second"],
            ),
            (
                "Where was the summit held and which number summit was it?",
                ["Astana", "second"],
            ),
        ] {
            let answer = asker.ask(question, None);
            assert!(
                answer.answered && phrases.iter().all(|p| answer.answer.contains(p)),
                "{question}: {answer:?}"
            );
            assert!(answer.fact_ids.len() >= 2, "{question}: {answer:?}");
        }
    }

    #[test]
    fn a_statement_with_a_longer_subject_asked_with_a_question_mark_is_yes_or_no() {
        assert_each_opens_with(&[
            (
                "This summit in Astana was the first one between China and Central Asia?",
                "No",
            ),
            ("The summit held in Astana was the second one?", "Yes"),
        ]);
    }

    #[test]
    fn kinds_of_a_kind_the_article_names_only_whole_are_not_given() {
        let asker = asker();
        let answer = asker.ask(
            "What kinds of green minerals are they planning to cooperate on?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn a_who_question_closing_on_a_preposition_is_answered_by_the_place_after_it() {
        assert_each_answer_holds(&[(
            "Who do the Central Asian leaders want to deepen cooperation with?",
            "Beijing",
        )]);
    }

    #[test]
    fn a_why_question_in_british_spelling_finds_the_reported_reason() {
        // "centre" reaches "central" as "center" does; "insist" is a
        // verb of saying, which "Xi argued that …" covers.
        assert_each_answer_holds(&[
            (
                "Why does Xi say fairness, justice and mutual benefit must stay at the centre of global cooperation?",
                "peace",
            ),
            (
                "Why did Xi insist that fairness, justice and mutual benefit stay at the centre of global cooperation?",
                "peace",
            ),
        ]);
    }

    #[test]
    fn a_true_or_false_question_is_answered_true_or_false() {
        let asker = asker();
        let answer = asker.ask("True or false: the treaty was signed in Astana.", None);
        assert!(answer.answer.starts_with("True. "), "{answer:?}");
        let answer = asker.ask("The treaty was signed in Almaty - true or false?", None);
        assert!(answer.answer.starts_with("False. "), "{answer:?}");
        let answer = asker.ask("Was the treaty signed in Astana?", None);
        assert!(answer.answer.starts_with("Yes. "), "{answer:?}");
    }

    #[test]
    fn what_goes_on_about_a_denied_claim_is_denied_with_it() {
        let asker = asker();
        let answer = asker.ask(
            "Is the treaty a temporary arrangement with a set end date?",
            None,
        );
        assert!(answer.answer.starts_with("No. "), "{answer:?}");
        // An opposed word with nothing of the fact's before it settles
        // nothing: the question may be about something else entirely.
        let answer = asker.ask(
            "Do the national parliaments have to ratify the treaty before it takes effect?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn only_restricts_nothing_away_from_an_answer_the_question_names_whole() {
        let asker = asker();
        let answer = asker.ask("Treaty was signed in Astana only?", None);
        assert!(answer.answer.starts_with("Yes. "), "{answer:?}");
        // The grant is for development projects too.
        let answer = asker.ask("Is the grant only for livelihood projects?", None);
        assert!(answer.answer.starts_with("No. "), "{answer:?}");
    }

    #[test]
    fn an_ordinal_offered_beside_some_other_asks_which_one_it_was() {
        let answer = asker().ask("Which summit was this one, the first or some other?", None);
        assert!(answer.answered, "{answer:?}");
        assert!(answer.answer.contains("second"), "{answer:?}");
    }

    #[test]
    fn a_where_question_is_not_answered_by_a_sentence_that_puts_nothing_anywhere() {
        assert_each_refused(&[
            "where will the three cooperation centers be based",
            "where will the three cooperation centres be based",
        ]);
    }

    #[test]
    fn a_light_verb_stands_for_another_before_its_noun() {
        // "made the speech" of "gave a speech".
        assert_each_answer_holds(&[(
            "Who was the president that made the speech in the summit?",
            "Xi",
        )]);
    }

    #[test]
    fn a_yes_no_claim_about_a_noun_the_fact_never_names_is_not_confirmed() {
        let asker = asker();
        // "Announced" is settled by a fact reporting what the leaders
        // said; "the grant" (a noun here, though it can be a verb) is
        // not theirs.
        for question in [
            "Was it the Central Asian presidents who announced the grant?",
            "The Central Asian presidents announced the grant, right?",
        ] {
            let answer = asker.ask(question, None);
            assert!(!answer.answer.starts_with("Yes"), "{question}: {answer:?}");
        }
    }

    #[test]
    fn a_count_of_people_is_not_read_off_a_list_of_things_they_said() {
        let asker = asker();
        let answer = asker.ask("How many presidents besides Xi were at the summit?", None);
        assert!(!answer.answer.starts_with("Two"), "{answer:?}");
    }

    #[test]
    fn an_option_after_a_preposition_is_chosen_only_where_the_fact_puts_it_after_that_preposition()
    {
        assert_each_refused(&[
            // The summit's name holds "China", not the speech's language.
            "Did Xi give his speech in Chinese or in English?",
            // The trainees come *from* Central Asia; where the training
            // is, the article does not say.
            "Will the training happen in China or in Central Asia?",
        ]);
        assert_each_answer_holds(&[
            ("Was the treaty signed in Astana or Beijing?", "Astana."),
            (
                "Will the next summit be in China or in Kazakhstan?",
                "China.",
            ),
        ]);
    }

    #[test]
    fn an_offered_option_that_opens_a_name_is_the_whole_name() {
        let word = |text: &str, capitalized: bool| analyze::Word {
            text: text.to_string(),
            capitalized,
        };
        let words = [
            word("in", false),
            word("central", true),
            word("asia", true),
            word("or", false),
            word("europe", true),
        ];
        assert_eq!(option_phrase(&words, 1), "Central Asia");
        assert_eq!(option_phrase(&words, 4), "Europe");
        assert_eq!(preposition_before(&words, 1).as_deref(), Some("in"));
        assert_eq!(preposition_before(&words, 4), None);
    }

    #[test]
    fn a_claim_to_judge_followed_by_a_request_for_the_correction_is_judged_by_the_fact_that_corrects_it()
     {
        assert_each_opens_with(&[(
            "True or false: Xi announced a grant of 1.5 billion dollars. If it's false, what currency is it really?",
            "False.",
        )]);
        assert_each_answer_holds(&[
            (
                "True or false: Xi announced a grant of 1.5 billion dollars. If it's false, what currency is it really?",
                "yuan",
            ),
            (
                "True or false: the leaders signed a document called the Beijing Declaration. What was it really called?",
                "Astana Declaration",
            ),
        ]);
    }

    #[test]
    fn being_present_at_the_summit_is_attending_it() {
        assert_each_answer_holds(&[(
            "What is the name of the president of China who was present at the summit?",
            "Xi Jinping",
        )]);
    }

    #[test]
    fn asking_what_things_are_for_is_no_use_verb_but_asking_what_they_will_pay_for_is() {
        assert_each_answer_holds(&[
            ("What are the new centers for?", "poverty reduction"),
            ("What will the grant pay for?", "livelihood"),
        ]);
    }

    #[test]
    fn a_when_question_that_offers_periods_picks_the_one_the_fact_states() {
        assert_each_answer_holds(&[
            (
                "When is the grant for, this year or next year?",
                "This year.",
            ),
            (
                "Grant money is for projects when, this year or next year?",
                "this year",
            ),
        ]);
    }

    #[test]
    fn options_set_off_after_a_wh_question_ask_which_of_them() {
        assert_each_answer_holds(&[
            (
                "Who attended the summit, presidents or prime ministers?",
                "Presidents.",
            ),
            ("Which city hosted the summit, Astana or Almaty?", "Astana."),
            ("What did Xi announce, a grant or a loan?", "Grant."),
        ]);
    }

    #[test]
    fn how_much_time_and_since_when_ask_how_long() {
        assert_each_answer_holds(&[
            ("How much time will the training take?", "two years"),
            (
                "Since when do the exchanges between China and Central Asia exist?",
                "2,000 years",
            ),
        ]);
    }

    #[test]
    fn who_spoke_of_or_talked_about_something_asks_who_mentioned_it() {
        assert_each_answer_holds(&[
            ("Who spoke of 'decades of diplomatic ties'?", "Xi"),
            ("Who talked about the law of the jungle?", "Xi"),
        ]);
    }

    #[test]
    fn a_capital_the_answer_is_answers_which_capital_though_the_statement_never_says_capital() {
        assert_each_answer_holds(&[
            ("Which capital was the treaty signed in?", "Astana"),
            (
                "What is the name of the capital where was signed the treaty?",
                "Astana",
            ),
        ]);
        let answer = asker().ask("Which capital will host the third summit?", None);
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn what_an_act_was_done_for_is_its_purpose_not_its_place() {
        let verb = |w: &str| matches!(w, "sign" | "push");
        assert!(asks_what_for(
            &["what", "did", "they", "sign", "it", "for"],
            verb
        ));
        assert!(!asks_what_for(&["what", "is", "the", "grant", "for"], verb));
        assert!(asks_what_for(
            &[
                "what", "is", "the", "point", "of", "putting", "it", "in", "a", "treaty"
            ],
            verb
        ));
        assert!(!asks_what_for(
            &["what", "is", "the", "purpose", "of", "the", "grant"],
            verb
        ));
        assert!(!asks_what_for(
            &["what", "did", "the", "leaders", "push", "for"],
            verb
        ));
        let asker = asker();
        // "Push for" asks what he pushed, not what anything is for.
        let answer = asker.ask(
            "Instead of division or regression, what did Xi push for?",
            None,
        );
        assert!(!answer.answer.contains("rofessionals"), "{answer:?}");
        let answer = asker.ask("What did they sign the treaty for?", None);
        assert!(!answer.answer.contains("took place"), "{answer:?}");
        assert_each_answer_holds(&[
            ("What did China launch the platform for?", "smooth trade"),
            ("What did Xi announce the grant for?", "livelihood"),
        ]);
    }

    #[test]
    fn a_why_question_is_not_answered_by_the_circumstance_it_gives() {
        let answer = asker().ask(
            "Why did Xi say countries should hold on to fairness and justice while the world is so unsure?",
            None,
        );
        assert!(
            !(answer.answered && answer.answer.contains("uncertainty grows")),
            "{answer:?}"
        );
    }

    #[test]
    fn an_amount_claimed_of_another_span_of_the_sentence_is_not_confirmed() {
        // "over 2,000 years of historical exchanges, … decades of
        // diplomatic ties": the ties are not the 2,000 years.
        let answer = asker().ask(
            "Is it true Xi said diplomatic ties between China and Central Asia are over 2,000 years old?",
            None,
        );
        assert!(!answer.answer.starts_with("Yes"), "{answer:?}");
        // The exchanges' own span, in other words, still is confirmed.
        assert_each_opens_with(&[(
            "does xi say the historical links go back more than a thousand years?",
            "Yes",
        )]);
    }

    #[test]
    fn a_claimed_change_the_fact_never_states_is_not_confirmed() {
        // The sentence has uncertainty growing, never shrinking.
        let answer = asker().ask(
            "True or false: Xi said global uncertainty is shrinking.",
            None,
        );
        assert!(!answer.answer.starts_with("True"), "{answer:?}");
        assert!(predicates("is", "shrinking") && predicates("a", "loan"));
        // "Becoming" only links what follows it.
        assert!(!predicates("is", "becoming") && !predicates("the", "loan"));
    }

    #[test]
    fn a_list_is_counted_by_a_generic_noun_and_an_included_name_after_it() {
        assert_each_opens_with(&[
            (
                "How many elements make up the spirit Xi credited for the success of the ties?",
                "Four.",
            ),
            ("How many things was the spirit based on?", "Four."),
            (
                "How many countries in total signed the treaty, China included?",
                "Six.",
            ),
        ]);
    }

    #[test]
    fn the_last_of_several_questions_is_answered_in_the_scene_the_others_set() {
        assert_each_answer_holds(&[
            (
                "Really? Xi thinks trade wars can help somebody? Who benefits from them according to him?",
                "No one",
            ),
            (
                "Xi was happy with the cooperation mechanism as it is, wasn't he? What change did he actually suggest?",
                "results-driven",
            ),
            // The last only points back: the one before settles it.
            (
                "It wasn't the first China-Central Asia Summit, was it? Which one was it?",
                "second",
            ),
            (
                "Astana isn't the capital of Uzbekistan, is it? Whose capital is it?",
                "Kazakhstan",
            ),
        ]);
    }

    #[test]
    fn everyday_words_reach_the_articles_own() {
        assert_each_answer_holds(&[
            (
                "what does xi want all the people in the world to build together?",
                "shared future",
            ),
            ("what big plan did xi want to move faster?", "Belt and Road"),
        ]);
    }

    #[test]
    fn an_amount_the_fact_names_with_a_bound_is_mentioned() {
        // "over 2,000 years" names 2,000 years.
        assert_each_opens_with(&[(
            "Did Xi mention 2,000 years of historical exchanges?",
            "Yes.",
        )]);
    }

    #[test]
    fn the_question_after_a_dash_is_the_one_asked() {
        let tail = |q: &str| after_dash_question(q).map(|words| words.join(" "));
        assert_eq!(
            tail("What does 'backfire' mean - who gets hurt?").as_deref(),
            Some("who gets hurt")
        );
        assert_eq!(
            tail("Grant timeframe - when's the money for?").as_deref(),
            Some("when the money for")
        );
        // A dash inside a question that goes on asks nothing new.
        assert_eq!(tail("Who proposed it first - China or Kazakhstan?"), None);
        assert_eq!(tail("Who hosted the China-Central Asia summit?"), None);
    }

    #[test]
    fn a_round_of_fresh_readers_questions_is_answered() {
        assert_each_answer_holds(&[
            // The subject of another verb ("Xi Jinping joined") does
            // not answer what the presidents praised; "the presidents of
            // the five states" are five presidents.
            (
                "What did the presidents of the five Central Asian states praise?",
                "platform",
            ),
            // The article calls the series the China-Central Asia Summit:
            // no other summit's origin.
            (
                "Who will host the third China-Central Asia Summit?",
                "China",
            ),
            // "Stay", a word only our own questions use, is the
            // article's "remain" to a learner.
            (
                "Why does Xi think fairness, justice and mutual benefit must stay central?",
                "peace",
            ),
            (
                "Whose interests did Xi say unilateralism would end up harming?",
                "global interests",
            ),
            (
                "Where does Central Asia rank in China's neighborhood diplomacy?",
                "key priority",
            ),
        ]);
        assert_each_opens_with(&[
            // Shorthand that asks for yes or no makes a fragment one.
            ("Green minerals on the mechanism's focus list? y/n", "Yes"),
            ("Training offered over five years? y/n", "No"),
            // A word the article never uses after the fact's modifier.
            (
                "Did the Central Asian leaders describe China as a strategic rival?",
                "No",
            ),
            // "Name of X?" asks for a name the article never gives.
            ("Name of the new trade platform?", "The article doesn't say"),
            // The same bound in other words.
            (
                "Didn't Xi say the ties go back more than 2,000 years?",
                "Yes",
            ),
            // A good verb with an object against a fact judging its
            // subject bad.
            (
                "Did Xi argue that unilateralism serves global interests?",
                "No",
            ),
        ]);
    }

    #[test]
    fn the_fields_read_once_per_question_are_those_the_index_gives() {
        let asker = asker();
        for question in [
            "where did they sign the pact",
            "Who is the president of Kazakhstan?",
            "Was the treaty signed in Astana or Almaty?",
            "what is the treaty about",
        ] {
            let query = asker.analyze(question);
            assert!(!query.terms.is_empty(), "{question}");
            for term in &query.terms {
                assert_eq!(term.held.len(), asker.index.len(), "{question}");
                for doc in 0..asker.index.len() {
                    assert_eq!(
                        asker.fields_with(doc, term),
                        asker.fields_in_index(doc, term),
                        "{question}: {} in fact {doc}",
                        term.term
                    );
                }
            }
        }
    }

    #[test]
    fn enumerated_names_are_told_from_an_apposition() {
        let analyzer = Analyzer::new();
        let listed = listed_names(
            &analyzer,
            "Xi joined the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan.",
        );
        assert!(listed.contains(&analyzer.term("uzbekistan")), "{listed:?}");
        assert_eq!(listed.len(), 4, "{listed:?}");
        let apposition = listed_names(&analyzer, "It was signed in Astana, Kazakhstan's capital.");
        assert!(apposition.is_empty(), "{apposition:?}");
    }

    #[test]
    fn answers_that_answer_another_question_abstain() {
        let asker = asker();
        for question in [
            // One member of a group the article only lists.
            "what did the president of uzbekistan say",
            // Decades asked, years given.
            "for how many decades have there been diplomatic ties",
            // No fact counts documents: "according to Xi" in a fact's
            // question is no accord.
            "How many documents in total were signed at the summit?",
        ] {
            let answer = asker.ask(question, None);
            assert!(!answer.answered, "{question:?}: {answer:?}");
        }
        // Past tense: where they met, not where they will meet.
        let met = asker.ask("whre did the leeders meet", None);
        assert!(met.answer.contains("Astana"), "{met:?}");
        assert_ne!(
            met.fact_ids.first().map(String::as_str),
            Some("third-summit-host")
        );
        // The negation is matched.
        let none = asker.ask("what benefits no one", None);
        assert_eq!(
            none.fact_ids.first().map(String::as_str),
            Some("what-benefits-no-one")
        );
    }

    #[test]
    fn a_question_asking_for_several_things_gets_the_list_not_one_items_detail() {
        let answer = asker().ask(
            "Name the focus areas Xi listed for the cooperation mechanism.",
            None,
        );
        assert!(answer.answered, "{answer:?}");
        assert_eq!(answer.fact_ids[0], "mechanism-focus-areas", "{answer:?}");
        // One area still gets its own fact.
        let answer = asker().ask(
            "What kind of agriculture did Xi list as a focus area?",
            None,
        );
        assert_eq!(answer.fact_ids[0], "modern-agriculture", "{answer:?}");
    }

    #[test]
    fn a_common_word_is_not_matched_by_its_family_inside_a_name() {
        // "centers" and "Central" share a family; "Central Asia" is a name.
        let answer = asker().ask("What are the cooperation centers about?", None);
        assert!(answer.answer.contains("poverty reduction"), "{answer:?}");
        let answer = asker().ask(
            "In which cities will the three cooperation centers be?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
        // The wh-word left in place asks the same as "what is it about".
        let answer = asker().ask("the treaty is about what?", None);
        assert!(answer.answer.contains("good-neighborliness"), "{answer:?}");
    }

    #[test]
    fn a_count_of_a_phrase_the_article_words_otherwise_counts_the_articles_noun() {
        // "heads of state" are the article's presidents.
        for (question, count) in [
            ("How many heads of state joined Xi?", "Five."),
            (
                "Counting Xi, how many heads of state were at the summit altogether?",
                "Six.",
            ),
        ] {
            let answer = asker().ask(question, None);
            assert!(answer.answer.starts_with(count), "{question}: {answer:?}");
        }
        let answer = asker().ask(
            "Was the document the leaders signed called the Beijing Declaration?",
            None,
        );
        assert!(answer.answer.starts_with("No."), "{answer:?}");
    }

    #[test]
    fn which_specific_members_of_a_kind_are_not_named_by_the_kind_or_an_amount() {
        assert_each_refused(&[
            "Which specific livelihood projects will the grant fund?",
            "Which specific livelihood and development projects will the 1.5 billion yuan grant fund?",
        ]);
        let answer = asker().ask("Which projects will the grant fund?", None);
        assert!(
            answer.answer.contains("livelihood and development"),
            "{answer:?}"
        );
        let answer = asker().ask("On which specific day was the treaty signed?", None);
        assert!(answer.answer.starts_with("Tuesday"), "{answer:?}");
    }

    #[test]
    fn which_countries_of_a_group_the_fact_names_are_its_members_from_the_places() {
        for question in [
            "Which five countries signed the treaty with China?",
            "Which Central Asian countries signed the treaty with China?",
            "Name the countries that signed the treaty",
        ] {
            let answer = asker().ask(question, None);
            assert!(
                answer.answer.starts_with(
                    "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, and Uzbekistan."
                ),
                "{question}: {answer:?}"
            );
        }
        // One country is not the group.
        let answer = asker().ask(
            "Which country signed the treaty with the five nations?",
            None,
        );
        assert!(answer.answer.starts_with("China"), "{answer:?}");
    }

    #[test]
    fn a_group_has_members_only_when_its_count_is_theirs() {
        let places = FactBase::embedded().expect("valid facts").places().to_vec();
        let groups = vec![("Central Asia".to_string(), "country".to_string())];
        let five = group_members(&groups, &places, "Xi met the five Central Asian nations.");
        assert_eq!(five.len(), 1);
        assert_eq!(five[0].1.len(), 5);
        let three = group_members(&groups, &places, "Xi met three Central Asian nations.");
        assert!(three.is_empty(), "{three:?}");
        assert_eq!(
            article_list(&["A".to_string(), "B".to_string(), "C".to_string()]),
            "A, B, and C"
        );
    }

    #[test]
    fn a_choice_between_list_items_leads_with_the_item_the_list_holds() {
        for (question, lead) in [
            (
                "Which of these took part: Kyrgyzstan or Afghanistan?",
                "Kyrgyzstan.",
            ),
            (
                "Which country took part, Kyrgyzstan or Afghanistan?",
                "Kyrgyzstan.",
            ),
        ] {
            let answer = asker().ask(question, None);
            assert!(answer.answer.starts_with(lead), "{question}: {answer:?}");
        }
    }

    #[test]
    fn how_long_is_answered_by_a_word_of_lasting_never_by_a_day() {
        for question in [
            "How long will the treaty last?",
            "How long is the good-neighborliness meant to last?",
        ] {
            let answer = asker().ask(question, None);
            assert!(
                answer.answer.starts_with("Permanent."),
                "{question}: {answer:?}"
            );
        }
        assert_eq!(
            lasting_word("the long-term friendship").as_deref(),
            Some("long-term")
        );
        assert_eq!(lasting_word("signed on Tuesday"), None);
    }

    #[test]
    fn what_kind_of_a_noun_is_not_answered_by_a_modifier_of_another_noun() {
        let answer = asker().ask(
            "What kind of agreement makes the friendship more solid?",
            None,
        );
        assert!(!answer.answer.starts_with("Long-term"), "{answer:?}");
        assert!(answer.answer.contains("legally binding"), "{answer:?}");
        let answer = asker().ask("What kind of friendship does the treaty solidify?", None);
        assert!(answer.answer.starts_with("Long-term."), "{answer:?}");
        // A modifier between them ("volatile global environment") hides
        // nothing.
        let answer = asker().ask("What kind of environment did the presidents mention?", None);
        assert!(answer.answer.starts_with("Volatile."), "{answer:?}");
    }

    #[test]
    fn a_hyphenated_word_of_stop_words_is_one_claim_not_nothing() {
        let asker = asker();
        assert_eq!(
            asker.stopword_compounds_joined("Did Xi hold one-on-one talks?"),
            "Did Xi hold oneonone talks?"
        );
        assert_eq!(
            asker.stopword_compounds_joined("Was it win-win?"),
            "Was it win-win?"
        );
        let answer = asker.ask("did xi hold one-on-one meetings with each president", None);
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn a_count_of_people_from_a_place_counts_the_listed_places_within_it() {
        assert_each_opens_with(&[
            ("How many Central Asian presidents attended?", "Five."),
            (
                "How many Central Asian leaders were at the summit?",
                "Five.",
            ),
        ]);
        // Xi is a president too: without the place, the list is not all.
        let answer = asker().ask("how many presidents attended", None);
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn a_place_named_only_inside_another_name_says_where_nothing_is() {
        let answer = asker().ask(
            "Where exactly will the three specialized cooperation centers for poverty reduction, \
             education exchange and desertification control be located?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
        let answer = asker().ask("Where was the treaty signed?", None);
        assert!(answer.answer.starts_with("Astana."), "{answer:?}");
    }

    #[test]
    fn a_question_judging_what_the_fact_judges_the_other_way_is_answered_no() {
        assert_each_opens_with(&[
            ("Did Xi say protectionism can help a country?", "No."),
            (
                "Did Xi say protectionist policies can help some countries come out ahead?",
                "No.",
            ),
            ("Did Xi encourage division?", "No."),
        ]);
    }

    #[test]
    fn a_span_of_years_is_settled_by_the_period_the_fact_places_it_in() {
        assert_each_opens_with(&[
            ("Is the grant spread over five years?", "No."),
            ("Is that money going to be spread over five years?", "No."),
            (
                "Are the training places spread over the next five years?",
                "No.",
            ),
            ("Is the grant for this year?", "Yes."),
        ]);
    }

    #[test]
    fn a_yes_no_question_without_its_verb_is_still_answered_yes_or_no() {
        assert_each_opens_with(&[
            ("green minerals a focus?", "Yes."),
            ("tourism a focus area?", "No."),
            ("treaty signed in Almaty?", "No."),
            // The subject and a bare verb, its "did" dropped.
            (
                "xi say china treat the region on basis of equality?",
                "Yes.",
            ),
            ("Xi Jinping call for slowing Belt and Road projects?", "No."),
            // A word that only stresses the subject between it and the verb.
            ("Xi himself go to summit?", "Yes."),
            // A statement whose noun names a kind of answer ("time").
            ("Treaty is for short time only?", "No."),
            // Words for people, with what qualifies them.
            ("central asian leaders call china partner?", "Yes."),
            // A statement asked with a question mark.
            ("treaty is only temporary agreement?", "No."),
            ("The treaty is temporary?", "No."),
            (
                "central asia still key priority for china neighborhood diplomacy?",
                "Yes.",
            ),
        ]);
        // A bare noun phrase asks what it is.
        let answer = asker().ask("Kazakhstan's capital?", None);
        assert!(!answer.answer.starts_with("Yes"), "{answer:?}");
        assert!(answer.answer.contains("Astana"), "{answer:?}");
    }

    #[test]
    fn what_they_want_is_not_what_one_person_suggested() {
        let answer = asker().ask("what do they want the mechanism to become", None);
        assert!(answer.answer.contains("regional model"), "{answer:?}");
        // One who reports what others do is no lone actor.
        let answer = asker().ask(
            "Through what kind of development are they modernizing?",
            None,
        );
        assert!(answer.answer.contains("high-quality"), "{answer:?}");
    }

    #[test]
    fn what_kind_of_n_is_answered_by_a_fact_naming_another_word_for_n() {
        let answer = asker().ask(
            "According to the headline, what kind of document did China and Central Asia sign?",
            None,
        );
        assert!(
            answer.answer.to_lowercase().contains("treaty"),
            "{answer:?}"
        );
    }

    #[test]
    fn what_some_did_is_not_what_others_did_with_the_same_verb() {
        let answer = asker().ask("wat did china and central asia sign", None);
        assert!(answer.answer.contains("treaty"), "{answer:?}");
        let answer = asker().ask("what did the leaders sign at the summit", None);
        assert!(answer.answer.contains("Astana Declaration"), "{answer:?}");
    }

    #[test]
    fn who_does_each_verb_is_read_from_its_clause_but_not_before_a_passive_or_a_noun() {
        let asker = asker();
        let doers = doers(
            &asker.analyzer,
            asker.lexicon,
            "At the second Summit, the leaders signed the declaration, which was signed quickly.",
        );
        let sign = asker.analyzer.term("signed");
        let leaders: HashSet<String> = [asker.analyzer.term("leaders")].into_iter().collect();
        assert_eq!(doers.get(&sign), Some(&leaders));
        assert!(!doers.contains_key(&asker.analyzer.term("summit")));
    }

    #[test]
    fn which_year_is_answered_by_a_time_named_by_its_year() {
        assert_each_opens_with(&[
            (
                "In which year is the 1.5 billion yuan grant to be given?",
                "This year.",
            ),
            ("grant for which year?", "This year."),
        ]);
        // The grant's year is no summit's.
        let answer = asker().ask("what year was this summit?", None);
        assert!(!answer.answer.contains("this year"), "{answer:?}");
    }

    #[test]
    fn a_how_question_is_answered_by_the_means_its_sentence_gives() {
        assert_each_opens_with(&[
            (
                "How does the treaty solidify the long-term friendship?",
                "Through a legally binding agreement. China and the five",
            ),
            // The statement gives the means itself: its answer leads.
            (
                "How did both sides pursue modernization?",
                "High-quality development.",
            ),
        ]);
    }

    #[test]
    fn a_count_of_things_is_not_answered_by_a_sum_of_money() {
        let answer = asker().ask("How many projects will the grant fund?", None);
        assert!(!answer.answered, "{answer:?}");
        assert_each_answer_holds(&[
            ("How many yuan is the grant?", "1.5 billion yuan"),
            ("How many US dollars was the grant worth?", "$209 million"),
        ]);
    }

    #[test]
    fn a_choice_answered_by_an_option_is_answered_whatever_its_sentence_leaves_to_others() {
        assert_each_answer_holds(&[(
            "Is the grant for projects this year or next year?",
            "this year",
        )]);
    }

    #[test]
    fn a_choice_is_still_of_the_thing_the_question_names() {
        assert_each_refused(&[
            // The article never says where the first summit was.
            "Was the first China-Central Asia Summit held in Xi'an or in Astana?",
            // Options that are names end with them: proposing is asked of both.
            "Did Kazakhstan or Uzbekistan first propose the treaty?",
        ]);
        assert_each_opens_with(&[(
            "Was the second summit held in Astana or Beijing?",
            "Astana.",
        )]);
        // The ordinal is an option here.
        assert_each_answer_holds(&[(
            "Was this the first China-Central Asia Summit or a later one?",
            "second",
        )]);
    }

    #[test]
    fn what_quoted_words_refer_to_is_told_from_the_sentence_they_point_back_to() {
        // No fact of "To support this vision, …" says what the vision is;
        // the sentence before proposes it.
        let answer = asker().ask(
            "What does 'this vision' refer to in 'To support this vision'?",
            None,
        );
        assert!(answer.answered, "{answer:?}");
        assert!(
            answer.answer.contains("points back to sentence 10"),
            "{answer:?}"
        );
        assert!(answer.answer.contains("mechanism"), "{answer:?}");
    }

    #[test]
    fn a_pointing_phrase_is_answered_with_what_a_statement_writes_in_its_place() {
        let asker = asker();
        for (question, meant) in [
            (
                "In the sentence 'They committed to working closely with China', who does 'They' refer to?",
                "the Central Asian leaders",
            ),
            (
                "What does 'the region' refer to in the part about the grant and training?",
                "Central Asia",
            ),
            (
                "What is meant by 'this mechanism' whose importance is growing?",
                "China-Central Asia cooperation mechanism",
            ),
            (
                "When Xi calls for carrying forward 'this cooperative spirit', what does he mean?",
                "mutual respect",
            ),
            (
                "What does 'Beijing' stand for in 'deepen comprehensive cooperation with Beijing'?",
                "stands for China",
            ),
        ] {
            let answer = asker.ask(question, None);
            assert!(
                answer.answered && answer.answer.contains(meant),
                "{question}: {answer:?}"
            );
        }
        // A city named as where something happened stands for itself.
        let answer = asker.ask("What does 'Astana' refer to?", None);
        assert!(!answer.answer.contains("stands for"), "{answer:?}");
    }

    #[test]
    fn a_why_question_is_not_answered_by_a_name() {
        let answer = asker().ask(
            "Why was Astana chosen to host the second China-Central Asia Summit?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
        let answer = asker().ask("Why do fairness and justice matter, according to Xi?", None);
        assert!(answer.answer.contains("peace"), "{answer:?}");
    }

    #[test]
    fn a_remark_before_the_question_is_no_part_of_what_is_asked() {
        let answer = asker().ask(
            "I doubt it - did Xi really claim the ties go back less than a thousand years?",
            None,
        );
        assert!(answer.answer.starts_with("No."), "{answer:?}");
    }

    #[test]
    fn a_what_question_asks_for_the_subject_of_the_verb_right_after_it() {
        let asker = asker();
        let grow = Some(asker.analyzer.term("growing"));
        assert_eq!(asker.subject_verb(&["what", "was", "growing"]), grow);
        assert_eq!(asker.subject_verb(&["what", "grows"]), grow);
        assert_eq!(asker.subject_verb(&["what", "did", "xi", "say"]), None);
        // What someone says does it: the verb after their words.
        for reported in [
            &["what", "does", "xi", "say", "is", "growing"][..],
            &["what", "xi", "is", "saying", "is", "growing"],
        ] {
            assert_eq!(asker.subject_verb(reported), grow, "{reported:?}");
        }
        assert_eq!(
            asker.subject_verb(&["what", "is", "the", "grant", "for"]),
            None
        );
        assert_eq!(
            asker.subject_verb(&["what", "priorities", "did", "xi", "set"]),
            None
        );
    }

    #[test]
    fn a_plain_question_is_answered_with_its_fact_and_sentence() {
        let answer = asker().ask("Where was the treaty signed?", None);
        assert!(answer.answered, "{answer:?}");
        assert_eq!(answer.fact_ids[0], "treaty-signing-city");
        assert!(answer.answer.starts_with("Astana."), "{}", answer.answer);
        assert_eq!(answer.citations[0].sentence_index, 2);
        assert!(answer.suggestions.is_empty());
    }

    #[test]
    fn the_president_of_kazakhstan_is_not_named_so_it_abstains() {
        let answer = asker().ask("Who is the president of Kazakhstan?", None);
        assert!(!answer.answered, "{answer:?}");
        assert!(
            answer
                .answer
                .starts_with("The article doesn't say who the president of Kazakhstan is."),
            "{}",
            answer.answer
        );
        assert!((3..=4).contains(&answer.suggestions.len()));
        assert!(answer.citations.is_empty() && answer.fact_ids.is_empty());
    }

    #[test]
    fn a_who_question_about_what_was_said_is_answered_by_who_said_it() {
        let answer = asker().ask("Who called China a dependable friend?", None);
        assert!(answer.answered, "{answer:?}");
        assert_eq!(answer.fact_ids[0], "china-partner-and-friend");
        assert!(
            answer
                .answer
                .starts_with("The Central Asian leaders called China"),
            "{}",
            answer.answer
        );
    }

    #[test]
    fn a_city_is_not_a_who() {
        let answer = asker().ask("Who signed the treaty?", None);
        assert!(answer.answered, "{answer:?}");
        assert_eq!(answer.fact_ids[0], "treaty-partner-country");
    }

    #[test]
    fn every_fact_answers_its_own_first_question() {
        let asker = asker();
        let base = FactBase::embedded().expect("valid facts");
        let mut misses = Vec::new();
        for fact in base.facts() {
            let question = &fact.questions[0];
            let answer = asker.ask(question, None);
            if !answer.answered {
                misses.push(format!(
                    "{}: {question} ({:.2})",
                    fact.id, answer.confidence
                ));
            }
        }
        assert!(misses.is_empty(), "unanswered: {misses:#?}");
    }

    #[test]
    fn suggestions_are_questions_the_asker_answers() {
        let asker = asker();
        for question in ["What is the capital of France?", "asdf qwerty", "??"] {
            let answer = asker.ask(question, None);
            assert!(!answer.answered);
            for suggestion in &answer.suggestions {
                assert!(asker.ask(suggestion, None).answered, "{suggestion}");
            }
        }
    }

    #[test]
    fn another_source_has_no_facts_to_answer_from() {
        let answer = asker().ask("Where was the treaty signed?", Some("no-such-source"));
        assert!(!answer.answered);
    }

    #[test]
    fn a_lead_never_echoes_the_question_or_says_the_opposite() {
        let asker = asker();
        let answer = asker.ask("what does unilateralism lead to?", None);
        assert!(answer.answered, "{answer:?}");
        assert!(
            answer.answer.starts_with("Xi stressed"),
            "{}",
            answer.answer
        );
        let answer = asker.ask("What did Xi urge humanity to do?", None);
        assert!(answer.answer.starts_with("Xi urged"), "{}", answer.answer);
        let answer = asker.ask("what did xi say about the law of the jungle?", None);
        assert!(answer.answer.starts_with("Xi urged"), "{}", answer.answer);
        // A noun phrase that answers still leads.
        let answer = asker.ask("what is the grant for", None);
        assert!(
            answer
                .answer
                .starts_with("Livelihood and development projects. "),
            "{}",
            answer.answer
        );
    }

    #[test]
    fn a_who_question_the_facts_miss_is_answered_with_the_sentence() {
        // "highlighted" and "speech" are the sentence's words, no fact's.
        let answer = asker().ask(
            "who highlighted the historical exchanges in a speech?",
            None,
        );
        assert!(answer.answered, "{answer:?}");
        assert!(
            answer
                .answer
                .starts_with("In his speech at the summit, President Xi")
        );
        assert_eq!(answer.citations.len(), 1);
        assert_eq!(answer.citations[0].sentence_index, 3);
        assert!(!answer.fact_ids.is_empty(), "{answer:?}");
        // Who gave the speech is a fact of its own.
        let answer = asker().ask("Did Xi give a speech at the summit?", None);
        assert!(
            answer.answer.starts_with("Yes. President Xi gave a speech"),
            "{answer:?}"
        );
    }

    #[test]
    fn a_request_to_name_several_things_gets_the_whole_list() {
        let asker = asker();
        for (question, id) in [
            (
                "Name the three cooperation centres that were launched",
                "cooperation-centres-focus",
            ),
            (
                "name the five central asian countries",
                "summit-central-asian-countries",
            ),
        ] {
            let answer = asker.ask(question, None);
            assert!(answer.answered, "{question}: {answer:?}");
            assert_eq!(answer.fact_ids[0], id, "{question}");
        }
    }

    #[test]
    fn of_equally_good_answers_the_fullest_is_given_unless_the_question_narrows_it() {
        let asker = asker();
        let answer = asker.ask("What did the Central Asian leaders commit to?", None);
        assert_eq!(answer.fact_ids[0], "regional-commitments");
        let answer = asker.ask("what did the leaders commit to uphold", None);
        assert_eq!(answer.fact_ids[0], "uphold-free-trade");
    }

    #[test]
    fn the_asker_gives_no_opinion_of_its_own() {
        let asker = asker();
        for question in [
            "Do you think the treaty is a good idea?",
            "what's your view on the grant?",
            "do you agree with Xi about trade wars",
        ] {
            let answer = asker.ask(question, None);
            assert!(!answer.answered, "{question}: {answer:?}");
            assert!(
                answer
                    .answer
                    .starts_with("The article reports what was said"),
                "{}",
                answer.answer
            );
        }
        // Xi's opinion is in the article.
        assert!(
            asker
                .ask("What does Xi think about trade wars?", None)
                .answered
        );
    }

    #[test]
    fn a_place_does_not_answer_which_of_something_else() {
        let asker = asker();
        let answer = asker.ask("wich summit will china host?", None);
        assert!(!answer.answer.contains("Kazakhstan"), "{answer:?}");
        let answer = asker.ask(
            "Which Central Asian country gets the biggest share of the grant?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn a_sentence_that_leaves_out_the_named_speaker_is_no_reply() {
        let answer = asker().ask(
            "What did Turkmenistan's president say in his own speech at the summit?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn what_a_question_sets_aside_is_not_its_answer() {
        let asker = asker();
        let answer = asker.ask("What else was launched apart from the centres?", None);
        assert!(!answer.answer.contains("desertification"), "{answer:?}");
        let answer = asker.ask(
            "Besides unilateralism, what kind of behaviour did Xi say would backfire?",
            None,
        );
        assert!(answer.answer.contains("hegemonic"), "{answer:?}");
    }

    #[test]
    fn who_did_one_thing_is_not_answered_by_who_did_another() {
        let answer = asker().ask(
            "Which country first proposed the treaty on permanent good-neighborliness?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn a_country_does_not_answer_which_city() {
        let asker = asker();
        let answer = asker.ask("Which city will host the third summit?", None);
        assert!(!answer.answered, "{answer:?}");
        let answer = asker.ask("Which country will host the third summit?", None);
        assert_eq!(
            answer.fact_ids.first().map(String::as_str),
            Some("third-summit-host")
        );
        let answer = asker.ask("Which city hosted the summit?", None);
        assert!(
            answer.answered && answer.answer.contains("Astana"),
            "{answer:?}"
        );
    }

    #[test]
    fn a_claimed_amount_is_compared_with_the_article_s_in_its_currency() {
        let amounts = |text: &str| -> Vec<crate::numbers::Quantity> {
            crate::numbers::find_quantities(text)
                .into_iter()
                .map(|f| f.quantity)
                .collect()
        };
        let claim = |text: &str| amounts(text).remove(0);
        let article = amounts("a 1.5 billion yuan ($209 million) grant over 2,000 years");
        assert_eq!(
            compare_amounts(&claim("more than 200 million US dollars"), &article, |_| {
                true
            }),
            Some(Some(true))
        );
        assert_eq!(
            compare_amounts(&claim("less than $100 million"), &article, |_| true),
            Some(Some(false))
        );
        assert_eq!(
            compare_amounts(&claim("more than 2 billion yuan"), &article, |_| true),
            Some(Some(false))
        );
        // "over 2,000 years" cannot say whether it is over 3,000.
        let over = amounts("over 2,000 years");
        assert_eq!(
            compare_amounts(&claim("more than 3,000 years"), &over, |_| true),
            Some(None)
        );
        assert_eq!(
            compare_amounts(&claim("more than 1,000 years"), &over, |_| true),
            Some(Some(true))
        );
        // The same bound in other words says what the article says.
        assert_eq!(
            compare_amounts(&claim("more than 2,000 years"), &over, |_| true),
            Some(Some(true))
        );
        assert_eq!(
            compare_amounts(&claim("under 2,000 years"), &over, |_| true),
            Some(Some(false))
        );
        // No amount in euros to compare with.
        assert_eq!(
            compare_amounts(&claim("over 5 million euros"), &article, |_| true),
            None
        );
    }

    /// Asks each question and checks the reply opens with its verdict.
    #[test]
    fn a_bound_before_a_number_is_the_claim_s_not_a_word_the_fact_must_hold() {
        assert_verdicts(
            &asker(),
            &[
                ("Are the training chances at least 3,000?", "Yes. "),
                ("Were at least 3,000 training places promised?", "Yes. "),
                ("Is the grant at most 100 million dollars?", "No. "),
                // "Up to" asks whether the amount reaches it.
                ("Is the grant up to 300 million dollars?", "No. "),
                ("Were the centres up to five?", "No. "),
                ("Were the training places up to 3,000?", "Yes. "),
            ],
        );
    }

    #[test]
    fn a_claimed_count_of_a_list_s_items_is_settled_by_counting_them() {
        assert_verdicts(
            &asker(),
            &[
                (
                    "Are the focus areas Xi listed for the mechanism more than five?",
                    "Yes. Six. ",
                ),
                (
                    "Is that spirit based on less than three things?",
                    "No. Four. ",
                ),
                ("Did Xi name fewer than three focus areas?", "No. Six. "),
            ],
        );
        // A fact that states the number is the better reply.
        let reply = asker().ask("Were more than six countries at the summit?", None);
        assert!(reply.answer.starts_with("No. "), "{reply:?}");
        assert!(reply.answer.contains("five"), "{reply:?}");
    }

    #[test]
    fn going_to_and_hedges_are_no_words_a_fact_must_hold() {
        assert_verdicts(
            &asker(),
            &[
                // "going to" is the future, as "will" is.
                ("Is the training going to take five years?", "No. "),
                (
                    "Are the Central Asian leaders going to work closely with China?",
                    "Yes. ",
                ),
                ("Was signing maybe in Bishkek?", "No. "),
                ("Was the treaty perhaps signed on Tuesday?", "Yes. "),
            ],
        );
        // Scots: "aye or no?" asks yes or no.
        assert_verdicts(
            &asker(),
            &[
                (
                    "Did Turkmenistan's president turn up to the summit, aye or no?",
                    "Yes. ",
                ),
                (
                    "Did Xi want the mechanism to be more results-driven, aye or no?",
                    "Yes. ",
                ),
            ],
        );
        assert_each_opens_with(&[(
            "Who is the Chinese president wey went for the summit?",
            "Xi Jinping",
        )]);
    }

    #[test]
    fn a_noun_of_subject_matter_asks_for_a_list_of_things() {
        assert_each_answer_holds(&[
            (
                "The cooperation centers focus on what topic?",
                "poverty reduction",
            ),
            (
                "What fields do the cooperation centers focus on?",
                "Poverty reduction",
            ),
            (
                "Which sectors did Xi want the cooperation mechanism to focus on?",
                "green minerals",
            ),
        ]);
        // A count, a list of qualities, or a list another name's sentence
        // holds answers no "which fields".
        assert_each_refused(&[
            "What fields will the 3,000 professionals be trained in?",
            "What topics does the Astana Declaration cover?",
        ]);
    }

    #[test]
    fn an_option_the_subject_already_names_still_answers_the_choice() {
        assert_each_opens_with(&[
            ("Is the money a loan or a grant?", "Grant."),
            ("This money China give is loan or grant?", "Grant."),
        ]);
    }

    #[test]
    fn complaining_about_what_the_fact_praises_is_answered_no() {
        assert_verdicts(
            &asker(),
            &[(
                "Did the Central Asian presidents complain about the China-Central Asia platform?",
                "No. ",
            )],
        );
    }

    fn assert_verdicts(asker: &Asker, cases: &[(&str, &str)]) {
        for (question, verdict) in cases {
            let reply = asker.ask(question, None);
            assert!(
                reply.answered && reply.answer.starts_with(verdict),
                "{question}: {reply:?}"
            );
        }
    }

    #[test]
    fn a_stance_question_is_answered_by_the_side_the_fact_takes_by_judging() {
        // "X benefits no one" and "X will backfire" are against X: the
        // question's side times the fact's, not the fact's negation.
        assert_verdicts(
            &asker(),
            &[
                ("Did Xi oppose protectionist policies?", "Yes."),
                ("Is Xi against trade wars?", "Yes."),
                ("Did Xi criticize protectionism?", "Yes."),
                ("Does Xi support unilateralism?", "No."),
                ("Did Xi condemn hegemonic behavior?", "Yes."),
                ("Does Xi favour trade wars?", "No."),
                ("Did Xi reject unilateralism?", "Yes."),
                ("Did Xi endorse protectionist policies?", "No."),
            ],
        );
    }

    #[test]
    fn an_either_or_question_is_answered_by_naming_the_option_never_with_yes() {
        let asker = asker();
        for (question, option) in [
            (
                "Is the importance of the mechanism growing or shrinking?",
                "growing",
            ),
            (
                "was this the first or the second summit between china and central asia",
                "second",
            ),
            (
                "is the grant for this year or spread over several years?",
                "this year",
            ),
            // Options sharing their head differ in the words before it.
            (
                "Is the treaty about temporary cooperation or permanent cooperation?",
                "permanent",
            ),
        ] {
            let answer = asker.ask(question, None);
            assert!(answer.answered, "{question}: {answer:?}");
            assert!(
                !answer.answer.starts_with("Yes") && !answer.answer.starts_with("No"),
                "{question}: {}",
                answer.answer
            );
            assert!(
                answer.answer.to_lowercase().contains(option),
                "{question}: {}",
                answer.answer
            );
        }
        // The options are places, but the question is about the training,
        // which the fact about who hosts the next summit does not hold.
        let answer = asker.ask(
            "Will the training take place in China or in the Central Asian countries?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn asking_where_someone_stands_on_something_asks_for_their_side_not_a_place() {
        let asker = asker();
        let answer = asker.ask(
            "where do the central asian leaders stand on multilateralism",
            None,
        );
        assert!(answer.answered, "{answer:?}");
        assert_eq!(answer.fact_ids[0], "regional-commitments");
        assert!(
            answer.answer.contains("support multilateralism"),
            "{}",
            answer.answer
        );
        // The side is told by the statement, not by a span of it.
        let answer = asker.ask("What is Xi's stance on trade wars?", None);
        assert!(answer.answered, "{answer:?}");
        assert!(
            answer.answer.starts_with("Xi cautioned"),
            "{}",
            answer.answer
        );
        // "What position does X hold" asks for a standing, not a side.
        let answer = asker.ask(
            "What position does Central Asia hold in China's neighborhood diplomacy?",
            None,
        );
        assert!(
            answer.answer.starts_with("A key priority."),
            "{}",
            answer.answer
        );
    }

    #[test]
    fn what_a_speaker_criticised_is_what_the_fact_judges_bad() {
        let asker = asker();
        let answer = asker.ask(
            "besides trade wars what kind of policies did he criticize",
            None,
        );
        assert!(answer.answered, "{answer:?}");
        assert!(answer.answer.contains("protectionist"), "{}", answer.answer);
        // Praise is no licence for any fact that is "for" something.
        let answer = asker.ask("What did the Central Asian presidents praise?", None);
        assert!(answer.answer.contains("platform"), "{}", answer.answer);
    }

    #[test]
    fn a_misspelt_word_keeps_the_meanings_of_the_word_it_misspells() {
        // "importent" stems as "important", but only "important" is
        // related to the article's "key".
        let answer = asker().ask(
            "why does xi think fairness and justice are so importent",
            None,
        );
        assert!(answer.answered, "{answer:?}");
        assert!(answer.answer.contains("peace"), "{}", answer.answer);
    }

    #[test]
    fn a_yes_no_question_naming_who_acts_is_not_confirmed_by_anothers_act() {
        let asker = asker();
        for question in [
            "Did the Central Asian presidents announce the 1.5 billion yuan grant?",
            "Was it one of the Central Asian presidents who announced the 1.5 billion yuan grant?",
        ] {
            let reply = asker.ask(question, None);
            assert!(!reply.answer.starts_with("Yes"), "{question}: {reply:?}");
        }
        // A name may stand for one of the group the fact says acted.
        assert_each_opens_with(&[
            ("did kyrgyzstan sign the treaty too", "Yes"),
            ("Did Xi announce the 1.5 billion yuan grant?", "Yes"),
        ]);
    }

    #[test]
    fn a_question_under_a_condition_the_article_never_states_is_refused() {
        let asker = asker();
        for question in [
            "What happens if one of the countries breaks the treaty?",
            "Will China host the third summit if Kazakhstan agrees?",
        ] {
            assert!(!asker.ask(question, None).answered, "{question}");
        }
        // A courtesy is no condition.
        assert_each_answer_holds(&[(
            "Could you tell me, if you would, how much the grant is worth?",
            "1.5 billion yuan",
        )]);
    }

    #[test]
    fn asking_what_a_phrase_refers_to_is_asking_what_it_is() {
        assert_each_answer_holds(&[
            (
                "What does 'the mechanism' refer to in the article?",
                "China-Central Asia cooperation mechanism",
            ),
            ("$209 million refers to what", "grant"),
            ("Whose capital city is Astana?", "Kazakhstan"),
            (
                "Whose speech described Central Asia as a key priority?",
                "Xi",
            ),
            ("Who's lined up to host the next summit?", "China"),
        ]);
    }

    #[test]
    fn a_how_question_is_not_answered_by_a_fact_that_never_does_its_verb() {
        let asker = asker();
        for question in [
            "How will the desertification control center be funded?",
            "Explain how the 3,000 trainees will be selected.",
        ] {
            assert!(!asker.ask(question, None).answered, "{question}");
        }
        assert_each_answer_holds(&[
            (
                "By what means will China fund livelihood and development projects in Central Asia this year?",
                "grant",
            ),
            (
                "In what way was the long-term friendship between the two sides solidified by the treaty?",
                "legally binding",
            ),
        ]);
    }

    #[test]
    fn the_name_of_a_thing_is_a_name_holding_its_noun_or_a_persons_or_a_places() {
        assert!(
            !asker()
                .ask("What is the name of the treaty?", None)
                .answered
        );
        assert_each_answer_holds(&[
            ("What is the name of the declaration?", "Astana Declaration"),
            ("What is the name of the Chinese president?", "Xi Jinping"),
        ]);
    }

    #[test]
    fn the_point_of_a_thing_is_what_it_is_for() {
        assert_each_answer_holds(&[
            ("What's the point of the grant?", "is for livelihood"),
            (
                "What was the point of the platform?",
                "promote smooth trade",
            ),
            ("For what projects is the grant destined?", "livelihood"),
        ]);
    }

    #[test]
    fn a_group_acting_is_no_no_to_one_who_may_be_among_them() {
        let asker = asker();
        let reply = asker.ask("Did Xi sign the Astana Declaration?", None);
        assert!(!reply.answer.starts_with("No"), "{reply:?}");
        assert_each_opens_with(&[
            ("Did Xi sign the Astana Declaration on his own?", "No"),
            // The group qualified leaves him out.
            ("Did Xi call China a strategic partner?", "No"),
        ]);
    }

    #[test]
    fn a_topic_set_off_by_a_comma_is_read_into_its_question() {
        assert_each_opens_with(&[(
            "The training opportunities, will they be offered for five years?",
            "No",
        )]);
    }

    #[test]
    fn a_place_a_yes_no_question_puts_something_in_is_settled_only_by_a_fact_that_locates_it() {
        let asker = asker();
        // "China" is in the summit's name, which puts nothing in China.
        let reply = asker.ask("was the summit in China?", None);
        assert!(
            reply.answered && reply.answer.starts_with("No."),
            "{reply:?}"
        );
        assert!(reply.answer.contains("Astana"), "{reply:?}");
        // Astana lies in Kazakhstan.
        let reply = asker.ask("was the summit in Kazakhstan?", None);
        assert!(
            reply.answered && reply.answer.starts_with("Yes."),
            "{reply:?}"
        );
        let reply = asker.ask("Is the grant for projects in Central Asia?", None);
        assert!(
            reply.answered && reply.answer.starts_with("Yes."),
            "{reply:?}"
        );
    }

    #[test]
    fn who_with_a_past_tense_verb_asks_what_happened_not_what_will() {
        let asker = asker();
        let reply = asker.ask("who hosted?", None);
        assert!(reply.answer.starts_with("Kazakhstan."), "{reply:?}");
        let reply = asker.ask("who agreed to host the next summit?", None);
        assert!(reply.answer.starts_with("China."), "{reply:?}");
    }

    #[test]
    fn a_question_opening_with_a_negated_auxiliary_asks_to_confirm() {
        assert_verdicts(
            &asker(),
            &[
                ("Didn't Xi oppose protectionist policies?", "Yes."),
                ("Doesn't Xi support unilateralism?", "No."),
                ("Didn't the treaty get signed in Astana?", "Yes."),
            ],
        );
    }

    #[test]
    fn a_side_the_fact_neither_takes_nor_names_is_not_settled() {
        let asker = asker();
        for question in [
            // The fact harms global interests; it takes no side on them.
            "Did Xi oppose global interests?",
            // "not to revert to" is against it, but that is not read.
            "Did Xi oppose the law of the jungle?",
        ] {
            let reply = asker.ask(question, None);
            assert!(
                !reply.answer.starts_with("Yes.") && !reply.answer.starts_with("No."),
                "{question}: {reply:?}"
            );
        }
    }

    #[test]
    fn a_why_question_is_answered_by_the_reason_not_the_span() {
        let reply = asker().ask("Why are trade wars bad according to Xi?", None);
        assert!(
            reply.answered
                && reply.answer.starts_with("Xi cautioned")
                && reply.answer.contains("benefit no one"),
            "{reply:?}"
        );
    }

    #[test]
    fn yes_no_questions_that_name_another_place_or_amount_are_settled() {
        let asker = asker();
        let reply = asker.ask("Was the treaty signed in Beijing?", None);
        assert!(
            reply.answered && reply.answer.starts_with("No."),
            "{reply:?}"
        );
        let reply = asker.ask("Is the grant worth more than 200 million US dollars?", None);
        assert!(
            reply.answered && reply.answer.starts_with("Yes."),
            "{reply:?}"
        );
        let reply = asker.ask("What did Xi say about the United States?", None);
        assert!(!reply.answered, "{reply:?}");
    }

    #[test]
    fn a_period_the_article_does_not_give_is_refused_or_denied() {
        let asker = asker();
        let reply = asker.ask("How much did China pledge to Central Asia last year?", None);
        assert!(!reply.answered, "{reply:?}");
        let reply = asker.ask("Will the grant be provided next year?", None);
        assert!(
            reply.answered && reply.answer.starts_with("No.") && reply.answer.contains("this year"),
            "{reply:?}"
        );
    }

    #[test]
    fn a_claimed_period_is_compared_with_the_article_s_in_any_unit() {
        let asker = asker();
        for question in [
            "Do the historical exchanges go back more than a thousand years?",
            "Will the training opportunities be offered over more than 18 months?",
        ] {
            let reply = asker.ask(question, None);
            assert!(
                reply.answered && reply.answer.starts_with("Yes."),
                "{question}: {reply:?}"
            );
        }
    }

    #[test]
    fn a_sum_or_span_the_question_adds_to_its_claim_must_be_stated_before_a_yes() {
        let asker = asker();
        // The grant's sum is right, but the article gives it for this
        // year, not over years.
        for question in [
            "is the 1.5 billion yuan to be spent over ten years?",
            "Was the grant 1.5 billion yuan over three years?",
            "Is the grant for ten years?",
        ] {
            let reply = asker.ask(question, None);
            assert!(!reply.answer.starts_with("Yes."), "{question}: {reply:?}");
        }
        let stated = asker.ask("Was the grant 1.5 billion yuan?", None);
        assert!(stated.answer.starts_with("Yes."), "{stated:?}");
    }

    #[test]
    fn a_date_is_not_answered_by_a_weekday_or_an_event() {
        let asker = asker();
        // The article gives the weekday and the occasion, never a date.
        assert_each_refused(&[
            "On what date did the summit take place?",
            "What date was the treaty signed?",
        ]);
        let day = asker.ask("On which day was the treaty signed?", None);
        assert!(day.answered && day.answer.starts_with("Tuesday"), "{day:?}");
    }

    #[test]
    fn a_place_within_a_group_the_fact_names_is_one_of_them() {
        let asker = asker();
        for question in [
            "Is Turkmenistan one of the countries in the treaty?",
            "Did Kazakhstan sign the treaty?",
        ] {
            let reply = asker.ask(question, None);
            assert!(
                reply.answered && reply.answer.starts_with("Yes."),
                "{question}: {reply:?}"
            );
        }
    }

    #[test]
    fn before_or_after_one_of_a_series_is_settled_by_the_order() {
        let asker = asker();
        for (question, verdict) in [
            (
                "Did the treaty signing happen before the third summit?",
                "Yes.",
            ),
            ("Was the treaty signed after the first summit?", "Yes."),
            ("Was the treaty signed before the second summit?", "No."),
        ] {
            let reply = asker.ask(question, None);
            assert!(
                reply.answered && reply.answer.starts_with(verdict),
                "{question}: {reply:?}"
            );
        }
    }

    #[test]
    fn a_word_the_article_uses_only_of_the_other_tone_is_not_confirmed() {
        let reply = asker().ask(
            "did the central asian presidents say china's prosperity is hurting its neighbors",
            None,
        );
        assert!(!reply.answer.starts_with("Yes"), "{reply:?}");
    }

    #[test]
    fn a_quantity_of_something_else_than_the_fact_counts_is_refused() {
        assert_each_refused(&[
            // The sentence mentions a speech; its figure is the history's.
            "how long was xi's speech",
            // The figure is for the whole region, not one country's share.
            "how many of the 3,000 training places are for Kyrgyz professionals",
        ]);
    }

    #[test]
    fn what_some_people_want_is_not_answered_by_what_another_proposed() {
        let reply = asker().ask(
            "what do the central asian leaders want the mechanism to become",
            None,
        );
        assert!(
            reply.answered && reply.answer.contains("regional model"),
            "{reply:?}"
        );
    }

    #[test]
    fn a_noun_a_yes_no_question_predicates_that_the_fact_never_holds_is_not_confirmed() {
        let reply = asker().ask("is the 1.5 billion yuan a loan?", None);
        assert!(!reply.answer.starts_with("Yes"), "{reply:?}");
    }

    #[test]
    fn a_place_claimed_for_another_summit_than_the_facts_is_left_open() {
        let asker = asker();
        assert_each_refused(&[
            "The first summit was held in Xi'an, correct?",
            "Was the first summit held in Beijing?",
        ]);
        // The same summit in another place is denied, and the summit held
        // in Astana was not the first.
        for question in [
            "Was the second summit held in Xi'an?",
            "Was the first summit held in Astana?",
        ] {
            let reply = asker.ask(question, None);
            assert!(
                reply.answered && reply.answer.starts_with("No."),
                "{question}: {reply:?}"
            );
        }
    }

    #[test]
    fn a_claim_that_an_amount_goes_the_other_way_than_the_fact_says_is_answered_no() {
        assert_each_answer_holds(&[
            ("Is the mechanism getting less important?", "No."),
            (
                "Did the Central Asian leaders want to reduce their cooperation with Beijing?",
                "No.",
            ),
            ("Is global uncertainty shrinking?", "No."),
            (
                "did xi say they should slow down belt and road projects",
                "No.",
            ),
            ("Did they agree to deepen cooperation?", "Yes."),
        ]);
    }

    #[test]
    fn a_claim_that_something_happens_again_is_settled_only_by_a_repeat_or_another_doer() {
        assert_each_refused(&[
            "Will the training opportunities be offered again?",
            "Will the grant be given again next year?",
            "Will the 3,000 training opportunities be offered again after the two years?",
        ]);
        assert_each_answer_holds(&[("Will Kazakhstan host the next summit again?", "No.")]);
    }

    #[test]
    fn a_country_acts_through_its_leader_and_hosts_where_it_holds_a_meeting() {
        assert_each_answer_holds(&[
            ("Did China promise 30,000 training places?", "No."),
            (
                "Did China promise training opportunities for professionals from Central Asia?",
                "Yes.",
            ),
            ("Did China host the summit?", "No."),
            ("Did Kazakhstan host the summit?", "Yes."),
            ("Will China host the next summit?", "Yes."),
        ]);
        // A country the question does not make the doer claims nothing.
        let reply = asker().ask(
            "Trade between China and Central Asia is over 90 billion dollars a year, yes?",
            None,
        );
        assert!(!reply.answered, "{reply:?}");
    }

    #[test]
    fn where_something_comes_from_is_answered_by_the_origin_a_fact_gives_it() {
        assert_each_answer_holds(&[
            ("Where are the professionals from?", "Central Asia"),
            ("Where do the professionals come from?", "Central Asia"),
            (
                "From where are the professionals who will receive training?",
                "Central Asia",
            ),
        ]);
    }

    #[test]
    fn calling_good_what_the_article_says_benefits_no_one_is_answered_no() {
        assert_each_answer_holds(&[
            ("Did Xi say trade wars are good for some countries?", "No."),
            (
                "Are protectionist policies good for anybody, in Xi's view?",
                "No.",
            ),
            (
                "Does Xi think hegemonic behavior is good for global interests?",
                "No.",
            ),
            ("Are trade wars harmful?", "Yes."),
        ]);
    }

    #[test]
    fn a_bounded_time_claimed_of_what_lasts_for_good_is_answered_no() {
        assert_each_answer_holds(&[
            ("Is the treaty only for a few years?", "No."),
            (
                "Is the treaty supposed to last only for a limited time?",
                "No.",
            ),
            ("Is it that the treaty will expire after some years?", "No."),
            ("Is the treaty permanent?", "Yes."),
        ]);
        assert_eq!(
            bounded_time(&["only", "for", "a", "few", "years"]),
            vec!["few", "years"]
        );
        assert!(bounded_time(&["for", "the", "next", "two", "years"]).is_empty());
        assert!(bounded_time(&["for", "the", "next", "2", "years"]).is_empty());
        assert_eq!(
            bounded_time(&["for", "only", "10", "years"]),
            vec!["10", "years"]
        );
        assert_eq!(bounded_time(&["a", "10", "yr", "term"]), vec!["10", "yr"]);
        // The verb "last" bounds the count it takes.
        assert_eq!(
            bounded_time(&["was", "it", "meant", "to", "last", "10", "years"]),
            vec!["10", "years"]
        );
        assert_eq!(
            bounded_time(&["will", "the", "treaty", "last", "for", "50", "years"]),
            vec!["50", "years"]
        );
        assert!(
            bounded_time(&["was", "it", "signed", "in", "the", "last", "2", "years"]).is_empty()
        );
    }

    #[test]
    fn a_frame_typed_together_or_with_letters_swapped_is_read_as_meant() {
        assert_each_answer_holds(&[
            ("who will host teh third summit", "China"),
            (
                "whatdid the leaders sign besides the treaty",
                "Astana Declaration",
            ),
            ("howmuch is teh grant", "1.5 billion yuan"),
            ("where wasthe summit", "Astana"),
        ]);
    }

    #[test]
    fn the_meaning_of_a_phrase_the_article_only_lists_is_not_given() {
        let asker = asker();
        assert_each_refused(&[
            "What does 'green minerals' mean?",
            "What does 'green minerals' mean exactly - which minerals are included?",
        ]);
        // A phrase a statement holds outside a list is shown where it
        // stands, as a phrase the article uses without defining it.
        let reply = asker.ask("What does 'win-win' mean?", None);
        assert!(!reply.answered, "{reply:?}");
        assert!(
            reply.answer.contains("does not say what it means")
                && reply.answer.contains("win-win collaboration"),
            "{reply:?}"
        );
        // What a referring phrase stands for is the article's to say.
        assert_each_answer_holds(&[("What does 'both sides' mean?", "China and Central Asia")]);
    }

    #[test]
    fn an_event_set_after_this_one_or_after_another_ordinal_is_ordered_from_it() {
        assert_each_answer_holds(&[
            ("Will there be another summit after this one?", "Yes."),
            ("Will the third summit come after the second?", "Yes."),
            ("Was the second summit held after the third?", "No."),
            ("Was the treaty signed before the third summit?", "Yes."),
            ("Was the treaty signed after the third summit?", "No."),
            ("Was there a first summit before this one?", "Yes."),
            (
                "Did a first China-Central Asia summit happen before this treaty was signed?",
                "Yes.",
            ),
            (
                "Will the third summit be held before the treaty is signed?",
                "No.",
            ),
        ]);
    }

    #[test]
    fn an_ing_form_after_be_is_the_verb_not_a_differing_adjective() {
        assert_each_answer_holds(&[(
            "Did the Central Asian leaders say that China's prosperity is bringing benefits to its neighbours?",
            "Yes.",
        )]);
    }

    #[test]
    fn a_verb_in_the_past_with_no_auxiliary_tells_of_what_happened() {
        assert_each_answer_holds(&[
            ("The summit held where?", "Astana"),
            ("The summit held where ah?", "Astana"),
            ("The next summit held where?", "China"),
        ]);
    }

    #[test]
    fn a_statement_offered_with_or_not_is_a_yes_no_question() {
        assert_each_answer_holds(&[
            ("The treaty is signed already or not?", "Yes."),
            ("The treaty got legally binding or not ah?", "Yes."),
            ("Was the treaty signed already?", "Yes."),
        ]);
    }

    #[test]
    fn the_place_of_a_numbered_event_is_settled_by_the_answer_naming_it_not_where_it_was_agreed() {
        assert_each_answer_holds(&[
            ("Will the next summit be in China?", "Yes."),
            ("Is the third summit going to be held in China?", "Yes."),
            ("Will the next summit be in Astana?", "No."),
            ("Will the third summit be held in Kazakhstan?", "No."),
            ("Was the summit held in China?", "No."),
        ]);
        // A city of the host country is a place the article never gives.
        let reply = asker().ask("Will the next summit be in Beijing?", None);
        assert!(!reply.answered, "{reply:?}");
    }

    #[test]
    fn a_yes_no_question_after_a_scene_or_in_statement_order_says_yes_or_no() {
        assert_each_answer_holds(&[
            (
                "Xi announced a grant. Is it for projects this year?",
                "Yes.",
            ),
            ("The leaders want more cooperation with Beijing?", "Yes."),
            // The lexicon's "closer" for the article's "deepen".
            (
                "Do the Central Asian leaders want closer cooperation with Beijing?",
                "Yes.",
            ),
            ("were the presidents positive about the platform?", "Yes."),
        ]);
        // Not a reply that reads as an answer but says neither.
        let reply = asker().ask(
            "The Central Asian leaders want less cooperation with Beijing?",
            None,
        );
        assert!(
            !reply.answered || reply.answer.starts_with("No."),
            "{reply:?}"
        );
    }

    #[test]
    fn a_place_named_with_the_thing_the_article_puts_there_claims_nothing_new() {
        assert_each_answer_holds(&[("Did Xi Jinping attend the summit in Astana?", "Yes.")]);
        // The act's own place is still a claim to settle.
        assert_each_answer_holds(&[("Was the treaty signed in Beijing?", "No.")]);
        let reply = asker().ask("Did Xi attend the summit in Beijing?", None);
        assert!(!reply.answer.starts_with("Yes"), "{reply:?}");
    }

    #[test]
    fn the_reason_asked_for_is_the_facts_cause_and_one_it_lacks_is_refused() {
        assert_each_answer_holds(&[
            (
                "What is the reason China's neighbours are seeing tangible benefits?",
                "strength and prosperity",
            ),
            (
                "What reason did the leaders give for the mechanism growing in importance?",
                "volatile",
            ),
        ]);
        let reply = asker().ask(
            "What is the reason the training offer is limited to 3,000 places?",
            None,
        );
        assert!(!reply.answered, "{reply:?}");
    }

    #[test]
    fn a_place_in_a_list_is_answered_with_the_item_there() {
        assert_each_answer_holds(&[
            (
                "What is the first area of focus Xi listed for the improved cooperation mechanism?",
                "Trade.",
            ),
            (
                "Which area comes last in Xi's list of focus areas for the cooperation mechanism?",
                "People-to-people ties.",
            ),
            (
                "What does the first of the three new centers focus on?",
                "Poverty reduction.",
            ),
        ]);
        // A list of other things than the question names gives no place.
        let reply = asker().ask("Which cooperation center is listed second?", None);
        assert!(!reply.answer.starts_with("Industrial"), "{reply:?}");
    }

    #[test]
    fn which_one_of_a_series_this_was_is_told_by_the_reported_events_ordinal() {
        assert_each_answer_holds(&[
            (
                "Which China-Central Asia Summit was this one: the first, the second or the third?",
                "Second.",
            ),
            (
                "Which summit in the series was this — the first, second or third?",
                "Second.",
            ),
        ]);
        // A place in a series is an ordinal, never some other answer.
        let reply = asker().ask(
            "This summit is part of a series. Which one in the series was it?",
            None,
        );
        assert!(
            !reply.answered || reply.answer.starts_with("Second"),
            "{reply:?}"
        );
    }

    #[test]
    fn one_picked_from_a_group_by_a_measure_the_article_never_gives_is_refused() {
        assert_each_refused(&[
            "Which of the five Central Asian countries trades the most with China?",
            "Which of the five countries is richest?",
            "Which Central Asian country is the largest?",
            "What was the last treaty China signed with Central Asia before this one?",
        ]);
        // One the article does pick, or a superlative of its own word.
        assert_each_answer_holds(&[
            (
                "Which of the five Central Asian countries hosted the summit?",
                "Kazakhstan",
            ),
            (
                "What was the newest platform launched at the summit meant to promote?",
                "smooth trade",
            ),
        ]);
    }

    #[test]
    fn whose_thing_is_answered_by_the_fact_naming_it_whatever_pronoun_asks() {
        assert_each_answer_holds(&[
            ("Whose interests did he say it harms?", "global interests"),
            (
                "Xi said unilateralism only harms China, correct? Whose interests did he say it harms?",
                "global interests",
            ),
        ]);
    }

    #[test]
    fn a_persons_name_the_article_never_gives_is_refused_however_asked() {
        assert_each_refused(&[
            "Kazakhstan president name what?",
            "Kazakhstan president, his name what is?",
            "Xi met five presidents. What are their names?",
        ]);
        assert_each_answer_holds(&[("Chinese president name what?", "Xi Jinping")]);
    }

    #[test]
    fn an_opposite_in_a_fact_about_something_else_denies_nothing() {
        // WordNet opposes "recent" to "future", but "a shared future" is
        // not when the cooperation started.
        let reply = asker().ask("did xi say the cooperation only started recently?", None);
        assert!(
            !reply.answered || !reply.answer.contains("shared future"),
            "{reply:?}"
        );
    }

    #[test]
    fn a_purpose_of_something_else_is_no_reason_why() {
        // The leaders' aim for the mechanism does not say why it matters
        // more; the volatile world does.
        let reply = asker().ask("why is the mechanism becoming more important?", None);
        assert!(
            !reply.answered || !reply.answer.contains("regional model"),
            "{reply:?}"
        );
    }

    #[test]
    fn important_is_read_as_the_article_s_key() {
        let reply = asker().ask(
            "is central asia important in china's neighborhood diplomacy?",
            None,
        );
        assert!(
            reply.answer.starts_with("Yes") && reply.answer.contains("key priority"),
            "{reply:?}"
        );
    }

    #[test]
    fn a_yes_settled_by_a_group_shows_the_sentence_naming_the_member() {
        let reply = asker().ask("Was Kyrgyzstan at the summit?", None);
        assert!(
            reply.answer.starts_with("Yes") && reply.answer.contains("Kyrgyzstan"),
            "{reply:?}"
        );
    }

    #[test]
    fn a_synonym_alone_does_not_carry_a_fact() {
        // "continue" meets "uphold" only as a WordNet synonym.
        let reply = asker().ask("how should the cooperative spirit be continued?", None);
        assert!(
            !reply.answered || !reply.answer.contains("free trade"),
            "{reply:?}"
        );
    }

    #[test]
    fn a_yes_no_claim_the_fact_contradicts_is_answered_no() {
        let asker = asker();
        for question in [
            // WordNet: "temporary" is the opposite of "permanent".
            "Is the good-neighborliness the treaty commits to temporary?",
            // "benefit no one" denies "some countries".
            "Did Xi say protectionist policies benefit some countries?",
        ] {
            let reply = asker.ask(question, None);
            assert!(
                reply.answered && reply.answer.starts_with("No."),
                "{question}: {reply:?}"
            );
        }
    }

    #[test]
    fn a_name_set_aside_is_not_counted_and_a_manner_is_asked_as_how() {
        assert_each_answer_holds(&[
            ("How many presidents besides Xi joined the summit?", "Five"),
            ("how many presidents attended apart from xi", "Five"),
            (
                "In which manner did the Central Asian leaders call China?",
                "strategic partner",
            ),
            (
                "In Astana, by the leaders which declaration was signed?",
                "Astana Declaration",
            ),
            (
                "Did the Central Asian presidents want to deepen the cooperation with Beijing or reduce it?",
                "Deepen.",
            ),
        ]);
    }

    #[test]
    fn a_deed_the_article_says_will_happen_is_not_done_yet() {
        assert_each_opens_with(&[
            (
                "Has the third China-Central Asia Summit already taken place?",
                "No.",
            ),
            ("Did China host the third summit?", "No."),
            ("Will China host the third summit?", "Yes."),
            (
                "Was it agreed that China would host the third summit?",
                "Yes.",
            ),
            (
                "Did Xi say that Central Asia is no longer important in China's neighborhood diplomacy?",
                "No.",
            ),
            (
                "Is Central Asia still a key priority in China's neighborhood diplomacy today?",
                "Yes.",
            ),
        ]);
        // A prediction is no plan: "has it backfired?" is not denied.
        let reply = asker().ask("Has unilateralism backfired?", None);
        assert!(!reply.answer.starts_with("No"), "{reply:?}");
    }

    #[test]
    fn an_adjective_the_fact_never_says_of_its_subject_is_not_confirmed() {
        let reply = asker().ask(
            "Was any of the five Central Asian presidents absent from the summit?",
            None,
        );
        assert!(!reply.answer.starts_with("Yes"), "{reply:?}");
    }

    #[test]
    fn names_of_people_the_article_never_names_are_refused() {
        assert_each_refused(&[
            "What are the names of the Central Asian leaders?",
            "what were the names of the presidents at the summit",
            "what are the names of the five central asian presidents",
            // The sentence naming their countries names none of them.
            "What are the names of the presidents of Kazakhstan and Uzbekistan who attended the summit?",
        ]);
    }

    #[test]
    fn a_list_naming_no_one_does_not_say_which_people() {
        let asker = asker();
        for question in [
            "which leaders besides xi came to the summit",
            "which leaders besides xi praised the platform",
        ] {
            let reply = asker.ask(question, None);
            assert!(
                !reply.answered || !reply.answer.contains("friend"),
                "{question}: {reply:?}"
            );
        }
    }

    #[test]
    fn an_ing_word_before_a_noun_the_fact_qualifies_otherwise_is_not_confirmed() {
        let asker = asker();
        // The fact says "the *growing* importance".
        for question in [
            "do the leaders think the mechanism is losing importance",
            "do the presidents see the mechanism's shrinking importance",
            "did the leaders speak of the declining importance of the mechanism",
        ] {
            let reply = asker.ask(question, None);
            assert!(!reply.answer.starts_with("Yes"), "{question}: {reply:?}");
        }
    }

    #[test]
    fn a_yes_no_question_that_qualifies_a_word_otherwise_is_not_confirmed() {
        let asker = asker();
        // The fact says "a key priority": "low" is not confirmed by it.
        let reply = asker.ask(
            "is central asia a low priority in china's neighborhood diplomacy?",
            None,
        );
        assert!(!reply.answer.starts_with("Yes"), "{reply:?}");
        // A noun in front classifies; "new" contradicts nothing there.
        let reply = asker.ask("was one of the new centers about desertification?", None);
        assert!(reply.answer.starts_with("Yes."), "{reply:?}");
        // An adjective the article never uses claims a kind no fact gives.
        for (question, confirmed) in [
            (
                "Is the 1.5 billion yuan grant meant for military projects?",
                false,
            ),
            ("Is the grant for development projects?", true),
        ] {
            let reply = asker.ask(question, None);
            assert_eq!(reply.answer.starts_with("Yes. "), confirmed, "{reply:?}");
        }
    }

    #[test]
    fn how_far_back_asks_for_a_span_of_time() {
        let reply = asker().ask(
            "how far back do china's exchanges with central asia go?",
            None,
        );
        assert!(
            reply.answered && reply.answer.contains("2,000"),
            "{reply:?}"
        );
    }

    #[test]
    fn a_relative_clause_in_a_request_to_name_things_is_not_the_question() {
        let reply = asker().ask(
            "Name the five Central Asian countries whose presidents were at the summit.",
            None,
        );
        assert!(
            reply.answered && reply.answer.contains("Kyrgyzstan"),
            "{reply:?}"
        );
    }

    #[test]
    fn members_of_a_kind_that_a_list_names_whole_are_not_given() {
        let reply = asker().ask("which green minerals did xi mention", None);
        assert!(!reply.answered, "{reply:?}");
    }

    #[test]
    fn a_request_for_a_short_account_is_answered_with_the_sentence() {
        let reply = asker().ask(
            "Briefly, what did Xi announce to support this vision?",
            None,
        );
        assert!(reply.answered, "{reply:?}");
        assert_eq!(reply.answer, reply.citations[0].text.trim(), "{reply:?}");
    }

    #[test]
    fn a_stopword_is_never_read_as_a_currency() {
        // "at" is also a Laotian coin in WordNet.
        let answer = asker().ask(
            "Which values did Xi say must stay at the heart of global cooperation?",
            None,
        );
        assert!(answer.answered, "{answer:?}");
        assert!(answer.answer.contains("fairness"), "{}", answer.answer);
    }

    #[test]
    fn one_of_a_series_the_article_never_names_is_not_the_article_s() {
        assert_each_refused(&[
            "How many training opportunities did China offer at the first summit?",
            "How many training opportunities did China offer Central Asian professionals at the previous summit?",
        ]);
        // Offered as an option, it is one of the choices.
        let answer = asker().ask(
            "at which summit was the treaty signed, the first or the second one?",
            None,
        );
        assert!(answer.answer.contains("second"), "{answer:?}");
    }

    #[test]
    fn a_claimed_span_is_settled_by_the_article_s_amount_whatever_the_words_around_it() {
        assert_each_opens_with(&[
            (
                "Did Xi say the historical exchanges go back less than a thousand years?",
                "No.",
            ),
            (
                "Did Xi claim the two sides' exchanges go back fewer than 1,000 years?",
                "No.",
            ),
            (
                "Did Xi say the historical contacts go back more than a thousand years?",
                "Yes.",
            ),
        ]);
    }

    #[test]
    fn a_question_about_the_wording_asks_for_the_words() {
        for (question, want) in [
            (
                "What adjective does the headline use for the treaty?",
                "landmark",
            ),
            (
                "What two labels did the Central Asian leaders use to describe China?",
                "dependable friend",
            ),
        ] {
            let answer = asker().ask(question, None);
            assert!(answer.answer.contains(want), "{question}: {answer:?}");
        }
    }

    #[test]
    fn a_claim_of_the_other_tone_than_the_fact_is_answered_no() {
        for question in [
            "is central asia a low priority in china's neighborhood diplomacy?",
            "did xi describe the region as a low priority for china",
        ] {
            let answer = asker().ask(question, None);
            assert!(answer.answer.starts_with("No."), "{question}: {answer:?}");
            assert!(answer.answer.contains("key priority"), "{answer:?}");
        }
        // Of someone the article does not speak of, it is not said.
        let answer = asker().ask("Is Central Asia a low priority for Russia?", None);
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn an_item_named_whole_is_not_read_as_left_out_of_its_list() {
        // "agenda" is where the question puts the item, not an item.
        let answer = asker().ask("Is modern agriculture on the cooperation agenda?", None);
        assert!(!answer.answer.starts_with("No"), "{answer:?}");
    }

    #[test]
    fn a_place_the_sentence_puts_the_event_in_settles_a_yes_no_question() {
        assert_each_opens_with(&[
            ("was the treaty signed in Kazakhstan?", "Yes."),
            // WordNet's other spelling of the article's name.
            ("was the treaty signed in Kazakstan?", "Yes."),
        ]);
    }

    #[test]
    fn a_place_named_inside_an_events_name_is_not_another_answer_of_its_kind() {
        // "China" in "the second China-Central Asia Summit" does not make
        // the summit a country.
        let answer = asker().ask("Did the leaders of Kazakhstan sign the treaty?", None);
        assert!(!answer.answer.starts_with("No"), "{answer:?}");
        // Beside the same head, another place is another name.
        assert_each_opens_with(&[(
            "Was the document the leaders signed called the Beijing Declaration?",
            "No.",
        )]);
    }

    #[test]
    fn a_topic_set_before_the_question_is_read_into_it() {
        assert_each_opens_with(&[
            ("What about Uzbekistan - was its president there?", "Yes."),
            (
                "How about global fairness - did the leaders pledge to defend it?",
                "Yes.",
            ),
            (
                "According to the article, was this the first China-Central Asia Summit?",
                "No.",
            ),
        ]);
        assert_each_answer_holds(&[(
            "What about the new centers - how many were launched?",
            "Three",
        )]);
        let answer = asker().ask("Name the president of Kazakhstan.", None);
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn a_request_for_a_topic_gets_the_fullest_fact_about_it() {
        assert_each_answer_holds(&[
            ("Tell me about the treaty.", "good-neighborliness"),
            ("tell me about the grant", "1.5 billion yuan"),
        ]);
    }

    #[test]
    fn slips_and_idioms_of_time_are_read_as_meant() {
        assert_each_answer_holds(&[
            (
                "What spirrit did Xi say made China-Central Asia ties sucessful?",
                "mutual respect",
            ),
            (
                "Training opportunities happen during how long time?",
                "two years",
            ),
            ("who is set to host the next summit?", "China"),
        ]);
        assert_each_opens_with(&[(
            "Will the training program run longer than a single year?",
            "Yes.",
        )]);
    }

    #[test]
    fn who_is_asked_of_part_of_an_answer_the_country_the_statement_names() {
        assert_each_answer_holds(&[
            ("who did the presidents call a strategic partner?", "China"),
            (
                "Whom did the Central Asian presidents describe as a strategic partner?",
                "China",
            ),
        ]);
        // "China" inside the summit's name names no one.
        let answer = asker().ask(
            "Who came up with the idea for the desertification control center?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn assisting_to_an_event_is_attending_it() {
        // The false friend of Spanish and French speakers (lexicon data).
        assert_each_answer_holds(&[(
            "How many presidents of Central Asia assisted to the summit?",
            "Five",
        )]);
    }

    #[test]
    fn the_name_of_a_thing_asks_for_the_name_whatever_its_kind() {
        assert_each_answer_holds(&[(
            "what is the name of the thing they signed at the summit besides the treaty",
            "Astana Declaration",
        )]);
    }

    #[test]
    fn a_participle_the_question_takes_as_given_claims_no_side() {
        // "growing" only modifies "strength": the question's side is the
        // criticism, which no fact tells of.
        let answer = asker().ask(
            "Did the Central Asian leaders criticise China's growing strength?",
            None,
        );
        assert!(!answer.answer.starts_with("Yes"), "{answer:?}");
        // A statement's own participle still says the importance grows.
        assert_each_opens_with(&[(
            "Is it true that the leaders said the mechanism is losing importance?",
            "No",
        )]);
    }

    #[test]
    fn a_share_of_a_whole_is_left_open_by_facts_that_tell_of_none() {
        assert_each_refused(&[
            "Isn't most of the grant going to Kazakhstan?",
            "Is half of the grant for Kazakhstan?",
        ]);
    }

    #[test]
    fn what_name_asks_for_a_name_the_platform_never_has() {
        let answer = asker().ask(
            "What name does the article give the new trade platform?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
        assert_each_answer_holds(&[("What name does the declaration have?", "Astana Declaration")]);
    }

    #[test]
    fn which_country_asks_for_the_country_the_statement_names() {
        // The question gives the fact's answer; the country it names is
        // what is asked, not a place anything happened.
        assert_each_answer_holds(&[
            (
                "Which country did the Central Asian leaders call a strategic partner?",
                "China",
            ),
            (
                "Which country's neighbors are said to get tangible benefits from its strength?",
                "China",
            ),
            // A member of a group the article names is no kind it
            // leaves unnamed.
            (
                "Which Central Asian country hosted the summit?",
                "Kazakhstan",
            ),
        ]);
    }

    #[test]
    fn a_name_the_question_spells_out_apart_is_still_asked_for() {
        // "the declaration … signed in Astana" names a kind and a place,
        // not "the Astana Declaration".
        assert_each_answer_holds(&[
            (
                "What is the name of the declaration the leaders signed in Astana?",
                "Astana Declaration",
            ),
            (
                "what was the declaration signed in Astana called?",
                "Astana Declaration",
            ),
        ]);
    }

    #[test]
    fn a_thing_a_list_leaves_out_is_not_among_its_items() {
        for question in [
            // What the sentence says of the list's subject ("refined",
            // "new") is no item.
            "Was space exploration listed among the focus areas of the refined mechanism?",
            "Was one of the new centres focused on tourism?",
            "was a healthcare cooperation centre launched?",
            "Did Xi name military cooperation as a focus area for the mechanism?",
            "Was space exploration listed as one of the focus areas of the mechanism?",
            // A noun the dictionary spells as a verb too ("to coal a
            // ship"), put as one thing among others.
            "did Xi name coal as one of the mechanism's focus areas?",
            "was coal one of the focus areas?",
        ] {
            let answer = asker().ask(question, None);
            assert!(answer.answer.starts_with("No."), "{question}: {answer:?}");
        }
        // A count or an action is no item: the list does not settle it.
        let answer = asker().ask(
            "Was a centre for fighting the spread of deserts set up?",
            None,
        );
        assert!(!answer.answer.starts_with("No."), "{answer:?}");
    }

    #[test]
    fn the_opposite_in_a_statement_says_no_though_its_sentence_holds_the_word_s_family() {
        let answer = asker().ask("does xi want the world divided", None);
        assert!(answer.answer.starts_with("No."), "{answer:?}");
        assert!(answer.answer.contains("united"), "{answer:?}");
    }

    #[test]
    fn a_thing_another_fact_names_is_not_answered_by_a_fact_without_it() {
        // The summit's host country covers "country" and "host", but the
        // centre the question asks about is another fact's.
        let answer = asker().ask(
            "Which country will host the poverty reduction cooperation center?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn for_whom_a_statement_names_people_by_a_general_word_is_answered_with_it() {
        let answer = asker().ask("Xi advocated building a shared future for whom?", None);
        assert!(answer.answer.contains("mankind"), "{answer:?}");
    }

    #[test]
    fn a_question_judging_what_a_fact_judges_the_other_way_is_answered_no() {
        assert_verdicts(
            &asker(),
            &[
                ("Did Xi say hegemonic behaviour would succeed?", "No."),
                // "In the end" only says when, as "ultimately" does.
                (
                    "Did Xi say hegemonic behaviour would succeed in the end?",
                    "No.",
                ),
                ("Did Xi say unilateralism will eventually backfire?", "Yes."),
                // "In favour of" takes a side as "support" does.
                ("Xi spoke in favour of hegemonic behavior, right?", "No."),
            ],
        );
        // "Free trade" is not "trade wars": their judgement says nothing
        // of it.
        let answer = asker().ask("Did Xi speak in favor of free trade?", None);
        assert!(!answer.answer.starts_with("No."), "{answer:?}");
    }

    #[test]
    fn a_negation_a_question_judges_by_is_its_side_not_a_denial() {
        assert_verdicts(
            &asker(),
            &[
                ("Did Xi say protectionist policies benefit no one?", "Yes."),
                // An opening negated auxiliary only asks to confirm.
                (
                    "Didn't Xi say protectionist policies benefit no one?",
                    "Yes.",
                ),
                ("Do trade wars benefit anyone?", "No."),
                ("Didn't Xi oppose trade wars?", "Yes."),
            ],
        );
    }

    #[test]
    fn a_name_the_sentence_does_not_give_is_not_answered_by_the_sentence() {
        let answer = asker().ask(
            "What is the name of the new platform launched at the summit to promote smooth trade?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
        let answer = asker().ask("what's the name of the declaration", None);
        assert!(answer.answer.contains("Astana Declaration"), "{answer:?}");
    }

    #[test]
    fn which_members_of_a_kind_the_article_only_names_is_not_answered() {
        let answer = asker().ask(
            "Which green minerals did Xi mention as a focus of China-Central Asia cooperation?",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
        // The kind itself is the answer to a question about something else.
        let answer = asker().ask("What is the 1.5 billion yuan grant meant for?", None);
        assert!(answer.answer.contains("livelihood"), "{answer:?}");
    }

    #[test]
    fn a_negated_opener_typed_without_its_apostrophe_is_no_typo_of_another_word() {
        assert_verdicts(
            &asker(),
            &[
                ("Wasn't the treaty signed in Beijing?", "No."),
                ("wasnt the treaty signed in astana", "Yes."),
                ("Is it true that the treaty was signed in Beijing?", "No."),
                // "non-" negates what it is written before.
                ("Is the treaty non-binding?", "No."),
            ],
        );
    }

    #[test]
    fn a_count_in_a_word_the_article_never_writes_is_read_as_its_figure() {
        assert_verdicts(
            &asker(),
            &[
                (
                    "Were four specialized cooperation centres launched at the summit?",
                    "No.",
                ),
                ("were 4 centers launched?", "No."),
                ("were three centers launched?", "Yes."),
                // "One of" picks one out and stays a word.
                (
                    "Is one of the new centers about fighting desertification?",
                    "Yes.",
                ),
            ],
        );
    }

    #[test]
    fn a_how_many_question_of_a_list_is_answered_with_its_length() {
        let answer = asker().ask("how many focus areas did xi list for the mechanism?", None);
        assert!(answer.answer.starts_with("Six. "), "{answer:?}");
        assert!(answer.answer.contains("modern agriculture"), "{answer:?}");
    }

    #[test]
    fn a_count_including_someone_named_apart_adds_them() {
        for question in [
            "How many presidents in total, including Xi, took part in the summit?",
            "how many countries signed the treaty including China?",
        ] {
            let answer = asker().ask(question, None);
            assert!(answer.answer.starts_with("Six. "), "{question}: {answer:?}");
        }
        // Someone the count already holds adds nothing.
        let answer = asker().ask(
            "How many Central Asian nations signed the treaty, including Kazakhstan?",
            None,
        );
        assert!(!answer.answer.starts_with("Six"), "{answer:?}");
    }

    #[test]
    fn a_how_many_question_is_not_answered_by_a_count_of_other_things() {
        let answer = asker().ask("how many other presidents did xi meet there", None);
        assert!(!answer.answer.starts_with("Three."), "{answer:?}");
        let answer = asker().ask("how many presidents were there?", None);
        assert!(
            !answer.answer.starts_with("Three.") && !answer.answer.starts_with("Third."),
            "{answer:?}"
        );
    }

    #[test]
    fn a_what_kind_of_question_is_not_answered_by_a_fact_without_that_kind() {
        let answer = asker().ask("what kind of future did he argue for", None);
        assert!(
            !answer.answer.starts_with("Maintaining peace"),
            "{answer:?}"
        );
    }

    #[test]
    fn a_what_question_does_not_lead_with_a_span_in_a_role_it_never_asks_for() {
        let answer = asker().ask("what did Xi promise?", None);
        assert!(answer.answer.starts_with("Xi announced"), "{answer:?}");
        let answer = asker().ask("who is the training for?", None);
        assert!(answer.answer.starts_with("Professionals"), "{answer:?}");
    }

    #[test]
    fn what_the_article_is_about_is_answered_by_its_opening_sentence() {
        for question in ["What is the article about?", "whats the main news here?"] {
            let answer = asker().ask(question, None);
            assert!(answer.answered, "{question}: {answer:?}");
            assert!(answer.answer.starts_with("In short: "), "{answer:?}");
            assert_eq!(answer.citations[0].sentence_index, 0, "{answer:?}");
        }
        assert!(!asker().ask("who wrote the article?", None).answered);
    }

    #[test]
    fn how_long_is_told_only_by_a_span() {
        let answer = asker().ask("how long has xi been china's president", None);
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn a_closing_yes_or_no_is_no_choice_offered() {
        let answer = asker().ask("is china hosting the next one yes or no", None);
        assert!(answer.answer.starts_with("Yes."), "{answer:?}");
    }

    #[test]
    fn a_time_of_day_is_not_a_date() {
        let answer = asker().ask("what time did the summit start?", None);
        assert!(!answer.answered, "{answer:?}");
        assert!(
            answer
                .answer
                .starts_with("The article doesn't say what time the summit started."),
            "{}",
            answer.answer
        );
    }

    #[test]
    fn abstentions_restore_the_article_s_names_and_read_topics_as_phrases() {
        let answer = asker().ask("who is the president of uzbekistan", None);
        assert!(!answer.answered);
        assert!(
            answer
                .answer
                .starts_with("The article doesn't say who the president of Uzbekistan is."),
            "{}",
            answer.answer
        );
        let answer = asker().ask("when was the first summit held", None);
        assert!(
            answer
                .answer
                .starts_with("The article doesn't say when the first summit was held."),
            "{}",
            answer.answer
        );
        let base = FactBase::embedded().expect("valid facts");
        for question in [
            "how much money did uzbekistan spend",
            "what is the gdp of china",
        ] {
            let answer = asker().ask(question, None);
            assert!(!answer.answered, "{question}");
            // Topics are named by their titles from the fact data.
            assert!(
                base.topics().iter().any(|topic| answer
                    .answer
                    .contains(&format!("It can tell you about {}", topic.title))),
                "{}",
                answer.answer
            );
            for raw in [
                "support",
                "regional views",
                "global cooperation",
                "outcomes",
            ] {
                assert!(
                    !answer.answer.contains(&format!(" {raw},"))
                        && !answer.answer.contains(&format!(" {raw} and"))
                        && !answer.answer.contains(&format!(" {raw};")),
                    "{}",
                    answer.answer
                );
            }
        }
    }

    #[test]
    fn a_count_is_settled_only_by_a_fact_counting_the_same_things() {
        let asker = asker();
        // "three centers" counts centers, not presidents; "the five
        // presidents who joined Xi" settles it.
        let reply = asker.ask(
            "Were more than three presidents from Central Asia present at the summit?",
            None,
        );
        assert!(
            reply.answer.starts_with("Yes.") && reply.answer.to_lowercase().contains("five"),
            "{reply:?}"
        );
        let reply = asker.ask("were three presidents at the summit?", None);
        assert!(!reply.answer.contains("centers"), "{reply:?}");
    }

    #[test]
    fn taking_the_other_side_than_the_fact_is_answered_no() {
        let reply = asker().ask(
            "did the central asian leaders come out against multilateralism",
            None,
        );
        assert!(
            reply.answer.starts_with("No.") && reply.answer.contains("support multilateralism"),
            "{reply:?}"
        );
    }

    #[test]
    fn things_from_another_place_than_the_fact_s_are_not_counted_by_it() {
        let reply = asker().ask(
            "How many Chinese professionals will be trained in Central Asia?",
            None,
        );
        assert!(!reply.answered, "{reply:?}");
    }

    #[test]
    fn an_answer_that_only_repeats_the_asked_kind_names_none_of_it() {
        let reply = asker().ask(
            "which belt and road projects specifically will be sped up",
            None,
        );
        assert!(!reply.answered, "{reply:?}");
    }

    #[test]
    fn a_purpose_question_gets_the_whole_purpose_its_sentence_gives() {
        let asker = asker();
        for question in [
            "according to the headline, what is the treaty meant to do?",
            "according to the headline, what two aims does the treaty have",
        ] {
            let reply = asker.ask(question, None);
            assert!(
                reply.answer.contains("cooperation") && reply.answer.contains("development"),
                "{question}: {reply:?}"
            );
        }
    }

    #[test]
    fn an_answer_s_other_names_are_words_of_its_fact() {
        // "Belt and Road Initiative" is one of the answer's aliases.
        let reply = asker().ask("which initiative did xi want to speed up", None);
        assert!(reply.answer.starts_with("Belt and Road"), "{reply:?}");
    }

    #[test]
    fn an_adjective_before_the_asked_noun_is_not_the_asked_noun() {
        let asker = asker();
        let query = asker.analyze("which big initiative did xi want to speed up");
        let big = query
            .terms
            .iter()
            .find(|t| t.term == asker.analyzer.term("big"));
        assert!(big.is_some_and(|t| !t.name), "{:?}", query.terms);
        let initiative = asker.analyzer.term("initiative");
        let head = query.terms.iter().find(|t| t.term == initiative);
        assert!(head.is_some_and(|t| t.name), "{:?}", query.terms);
    }

    #[test]
    fn a_name_the_fact_never_mentions_tells_of_another_named_thing() {
        // The treaty's commitments are not the declaration's.
        let reply = asker().ask("What does the Astana Declaration commit them to?", None);
        assert!(
            !reply.fact_ids.contains(&"treaty-commitment".to_string()),
            "{reply:?}"
        );
    }

    #[test]
    fn a_why_question_is_answered_by_the_purpose_its_sentence_names_the_subject_of() {
        // The statement gives the purpose; only its sentence says "values".
        let reply = asker().ask("why do the values matter so much to xi", None);
        assert!(reply.answer.contains("peace"), "{reply:?}");
    }

    #[test]
    fn the_title_of_an_article_is_its_headline() {
        let reply = asker().ask("What does the title call the treaty?", None);
        assert!(reply.answer.contains("landmark"), "{reply:?}");
    }

    #[test]
    fn the_verb_before_a_closing_for_asks_what_a_thing_is_for() {
        let reply = asker().ask("what will the grant pay for", None);
        assert!(reply.answer.contains("livelihood"), "{reply:?}");
    }

    #[test]
    fn a_light_word_the_article_uses_weighs_less_than_a_content_word() {
        let asker = asker();
        let query = asker.analyze("what kind of future does xi want to build");
        let weight = |word: &str| {
            let term = asker.analyzer.term(word);
            query
                .terms
                .iter()
                .find(|t| t.term == term)
                .map(|t| t.weight)
        };
        let (want, idf) = (
            weight("want"),
            asker.index.idf(&asker.analyzer.term("want")),
        );
        assert!(want.is_some_and(|w| w < idf), "{:?}", query.terms);
    }

    #[test]
    fn a_misspelt_frame_word_is_read_as_the_frame_word() {
        let asker = asker();
        let query = asker.analyze("which minerals are mentoined");
        let terms: Vec<&str> = query.terms.iter().map(|t| t.term.as_str()).collect();
        assert!(!terms.iter().any(|t| t.starts_with("ment")), "{terms:?}");
    }

    #[test]
    fn a_common_word_is_not_corrected_into_another_of_its_family() {
        // The article names professionals, not their professions.
        let reply = asker().ask("which professions is the training for?", None);
        assert!(!reply.answered, "{reply:?}");
        assert!(inflects("explains", "explain") && !inflects("professions", "professionals"));
    }

    #[test]
    fn a_slip_no_dictionary_knows_is_not_an_item_a_list_leaves_out() {
        let reply = asker().ask("do the central asian goverments support free trade", None);
        assert!(!reply.answer.starts_with("No"), "{reply:?}");
    }

    #[test]
    fn an_act_someone_is_asked_to_have_proposed_must_be_the_one_proposed() {
        let reply = asker().ask("did xi propose scrapping the cooperation mechanism?", None);
        assert!(!reply.answer.starts_with("Yes"), "{reply:?}");
    }

    #[test]
    fn a_span_of_other_things_its_sentence_gives_is_not_the_fact_s_span() {
        let asker = asker();
        let reply = asker.ask(
            "how many years have china and these countries had diplomatic relations",
            None,
        );
        assert!(!reply.answered, "{reply:?}");
        let reply = asker.ask("how many years of exchanges are there", None);
        assert!(reply.answer.contains("2,000"), "{reply:?}");
    }

    #[test]
    fn a_name_its_sentence_gives_itself_is_no_other_one_of_its_kind() {
        // The sentence calls China a partner and names Beijing: China is
        // not another country than the one asked about.
        let reply = asker().ask(
            "what type of cooperation do they want to deepen with china",
            None,
        );
        assert!(reply.answer.contains("Comprehensive"), "{reply:?}");
    }

    #[test]
    fn an_item_a_question_narrows_a_list_to_is_told_in_the_whole_list() {
        let reply = asker().ask("what did the leaders commit to uphold", None);
        assert_eq!(reply.fact_ids[0], "uphold-free-trade");
        assert!(reply.answer.starts_with("Free trade."), "{reply:?}");
        assert!(
            reply.answer.contains("support multilateralism"),
            "{reply:?}"
        );
    }

    #[test]
    fn how_someone_described_a_thing_is_what_the_statement_says_right_after_it() {
        let reply = asker().ask("How did the Central Asian leaders describe China?", None);
        assert!(reply.answer.contains("strategic partner"), "{reply:?}");
    }

    #[test]
    fn where_something_is_now_is_not_answered_by_where_it_will_be() {
        // "China would host the third summit" tells of a coming one.
        for question in ["where is the summit", "Where is Astana?"] {
            let reply = asker().ask(question, None);
            assert!(reply.answered, "{question}: {reply:?}");
            assert!(
                !reply.fact_ids.contains(&"third-summit-host".to_string()),
                "{question}: {reply:?}"
            );
        }
        let reply = asker().ask("where is the next summit", None);
        assert!(reply.answer.starts_with("China"), "{reply:?}");
    }

    #[test]
    fn what_money_is_spent_on_is_its_purpose() {
        let reply = asker().ask("What will the grant money be spent on?", None);
        assert!(reply.answer.contains("livelihood"), "{reply:?}");
    }

    #[test]
    fn who_or_what_a_name_is_is_told_by_the_statement_that_describes_it() {
        let asker = asker();
        for (question, told) in [
            ("Who is Xi?", "President Xi Jinping"),
            ("What is Astana?", "the capital of Kazakhstan"),
            (
                "what is the astana declaration",
                "signed the Astana Declaration",
            ),
        ] {
            let reply = asker.ask(question, None);
            assert!(reply.answered, "{question}: {reply:?}");
            assert!(reply.answer.contains(told), "{question}: {reply:?}");
        }
    }

    #[test]
    fn another_thing_named_after_a_name_does_not_say_what_the_name_is() {
        let reply = asker().ask("What is Astana?", None);
        assert!(!reply.answer.starts_with("Astana Declaration"), "{reply:?}");
    }

    #[test]
    fn a_question_with_more_than_a_name_after_the_copula_asks_no_definition() {
        let analyzer = Analyzer::new();
        let stop = |w: &str| analyzer.is_stopword(w);
        assert!(asks_definition(&["who", "is", "xi"], Intent::Who, stop));
        assert!(asks_definition(
            &["what", "is", "astana", "here"],
            Intent::Open,
            stop
        ));
        assert!(asks_definition(
            &["what", "is", "astana", "in", "this", "article"],
            Intent::Open,
            stop
        ));
        assert!(asks_definition(
            &["what", "is", "the", "belt", "and", "road"],
            Intent::Open,
            stop
        ));
        assert!(!asks_definition(
            &["who", "was", "there", "for", "china"],
            Intent::Who,
            stop
        ));
        assert!(!asks_definition(
            &["where", "is", "astana"],
            Intent::Where,
            stop
        ));
    }

    #[test]
    fn a_title_before_a_name_or_an_apposition_after_it_describes_it() {
        let analyzer = Analyzer::new();
        let name = |words: &[&str]| -> HashSet<String> {
            words.iter().map(|w| analyzer.term(w)).collect()
        };
        let xi = name(&["xi", "jinping"]);
        assert!(describes_name(
            &analyzer,
            "There, President Xi Jinping spoke.",
            &xi
        ));
        // A capitalised word ending a clause is no title.
        assert!(!describes_name(
            &analyzer,
            "At the Summit, Xi Jinping spoke.",
            &xi
        ));
        let astana = name(&["astana"]);
        assert!(describes_name(
            &analyzer,
            "It was held in Astana, the capital.",
            &astana
        ));
        assert!(describes_name(
            &analyzer,
            "It was held in Astana, Kazakhstan\u{2019}s capital.",
            &astana
        ));
        assert!(!describes_name(
            &analyzer,
            "They signed the Astana Declaration.",
            &astana
        ));
    }

    #[test]
    fn a_count_of_only_the_named_ones_is_no_count_of_them_all() {
        let asker = asker();
        let all = asker.ask("how many countries were at the summit?", None);
        assert!(!all.answer.starts_with("Five"), "{all:?}");
        let named = asker.ask("how many central asian countries signed the treaty", None);
        assert!(named.answer.starts_with("Five"), "{named:?}");
    }

    #[test]
    fn who_are_asks_for_everyone_a_list_names() {
        for question in [
            "Who are the five Central Asian nations?",
            "Who are the Central Asian leaders?",
        ] {
            let reply = asker().ask(question, None);
            assert!(
                reply.answer.starts_with("Kazakhstan, Kyrgyzstan"),
                "{question}: {reply:?}"
            );
        }
    }

    #[test]
    fn a_role_noun_after_a_name_asks_for_its_title() {
        let reply = asker().ask("what is Xi's job", None);
        assert!(reply.answer.contains("President Xi"), "{reply:?}");
    }

    #[test]
    fn a_claim_that_something_is_losing_what_the_fact_says_grows_is_answered_no() {
        let reply = asker().ask(
            "do the leaders think the mechanism is losing importance",
            None,
        );
        assert!(reply.answer.starts_with("No."), "{reply:?}");
    }

    #[test]
    fn what_a_question_puts_instead_of_the_answer_leaves_the_answer_asked() {
        let reply = asker().ask(
            "what does xi want people to build instead of division",
            None,
        );
        assert!(reply.answer.starts_with("A shared future"), "{reply:?}");
    }

    #[test]
    fn an_adverb_says_how_and_is_never_an_item_a_list_leaves_out() {
        let asker = asker();
        // "personally" stems like "person", which no list item is; it
        // used to settle the question "No" from the presidents' list.
        for question in [
            "Did Xi Jinping personally attend the summit?",
            "Was Xi personally there?",
        ] {
            let reply = asker.ask(question, None);
            assert!(!reply.answer.starts_with("No"), "{question}: {reply:?}");
        }
        // A noun the list leaves out still settles it, and so does a word
        // the dictionary lacks that is no slip of one.
        assert_verdicts(
            &asker,
            &[
                ("was a healthcare centre launched?", "No."),
                ("Was a cooperation center on cybersecurity launched?", "No."),
                // A word used elsewhere in the article, beside one never
                // used, in a run that names a thing.
                (
                    "Did Xi list nuclear energy among the focus areas of the mechanism?",
                    "No.",
                ),
            ],
        );
        let reply = asker.ask("was something launched to make trading easier", None);
        assert!(!reply.answer.starts_with("No"), "{reply:?}");
    }

    #[test]
    fn an_option_of_several_words_need_not_be_held_by_a_fact_saying_the_other() {
        let asker = asker();
        for (question, said) in [
            (
                "Did Xi describe modern-era cooperation as zero-sum or win-win?",
                "win-win",
            ),
            (
                "Is China's engagement guided by amity and inclusiveness or by competition and rivalry?",
                "Amity",
            ),
            // One word each side: the verb before them is both options'.
            (
                "do they back multilateralism or unilateralism",
                "multilateralism",
            ),
        ] {
            let reply = asker.ask(question, None);
            assert!(reply.answered, "{question}: {reply:?}");
            assert!(reply.answer.contains(said), "{question}: {reply:?}");
        }
        let query = asker.analyze("is it legally binding or just a statement of intent");
        let runs = query.option_runs.expect("two options of two words");
        assert_eq!((runs.before.len(), runs.after.len()), (2, 2));
        assert_eq!(
            runs.before.end - 1,
            runs.after.start,
            "the joined term is both's"
        );
        assert!(
            asker
                .analyze("do they back multilateralism or unilateralism")
                .option_runs
                .is_none()
        );
    }

    #[test]
    fn a_country_after_a_city_the_article_never_names_only_locates_it() {
        let asker = asker();
        assert_verdicts(
            &asker,
            &[
                ("Was the summit held in Tashkent, Uzbekistan?", "No."),
                ("Was the summit held in Astana, Kazakhstan?", "Yes."),
                // A city typed in lower case is still a city.
                ("was the summit held in tashkent?", "No."),
            ],
        );
    }

    #[test]
    fn which_one_it_was_points_at_the_reported_event_not_a_coming_one() {
        let reply = asker().ask(
            "Which summit was it: the first, second or third China-Central Asia Summit?",
            None,
        );
        assert!(reply.answer.starts_with("Second"), "{reply:?}");
        // The options may follow with no article.
        let reply = asker().ask(
            "Which edition of the China-Central Asia Summit was this — first, second or third?",
            None,
        );
        assert!(reply.answer.starts_with("Second"), "{reply:?}");
    }

    #[test]
    fn the_parts_of_a_hyphenated_name_the_article_writes_name_no_answer_alone() {
        let asker = asker();
        let term = |word: &str| asker.analyzer.term(word);
        let query = asker.analyze("Who will host the third China-Central Asia Summit?");
        assert!(
            query.name_parts.contains(&term("china")),
            "{:?}",
            query.name_parts
        );
        // Written on its own too, it names it.
        let query = asker.analyze("Will China host the third China-Central Asia Summit?");
        assert!(!query.name_parts.contains(&term("china")));
        // An ordinary compound is no name.
        let query = asker.analyze("What cements the long-term friendship?");
        assert!(query.name_parts.is_empty());
    }

    #[test]
    fn a_kind_of_a_noun_is_asked_of_facts_naming_the_noun_not_what_it_is_for() {
        let asker = asker();
        for question in [
            "What kind of regional community is Xi aiming for?",
            "what kind of regional community is xi pushing for",
        ] {
            let reply = asker.ask(question, None);
            assert!(
                reply.answer.contains("shared future"),
                "{question}: {reply:?}"
            );
        }
        let reply = asker.ask(
            "Besides trade wars, what other kind of policies did he say benefit no one?",
            None,
        );
        assert!(reply.answer.contains("protectionist"), "{reply:?}");
        // "What … for?" without a kind asks what for.
        assert!(asker.analyze("What is the grant for?").purpose);
        let words = ["what", "kind", "of", "regional", "community", "is", "it"];
        assert_eq!(slots::kind_noun(&words, asker.lexicon), Some("community"));
        assert_eq!(slots::kind_noun(&["what", "is", "it"], asker.lexicon), None);
    }

    #[test]
    fn a_word_or_its_negation_asks_yes_or_no_about_the_word() {
        let asker = asker();
        assert_verdicts(
            &asker,
            &[
                ("Is the treaty binding or non-binding?", "Yes."),
                ("Is the treaty legally binding or not?", "Yes."),
            ],
        );
    }

    #[test]
    fn a_who_question_is_answered_with_whom_the_statement_names() {
        let asker = asker();
        for question in [
            // The people asked for are not others the statement lacks.
            "Which president announced the grant?",
            // The sentence's "He" is named from the statement.
            "Who warned that hegemonic behavior will backfire?",
        ] {
            let reply = asker.ask(question, None);
            assert!(reply.answered, "{question}: {reply:?}");
            assert!(reply.answer.starts_with("Xi "), "{question}: {reply:?}");
        }
    }

    #[test]
    fn a_polite_request_for_a_list_asks_what_the_list_verb_asks() {
        let asker = asker();
        // "whose" opens a relative clause after "list", not a Who question.
        let reply = asker.ask(
            "Can you list the countries whose presidents joined Xi at the summit?",
            None,
        );
        assert!(
            reply.answered && reply.answer.contains("Uzbekistan"),
            "{reply:?}"
        );
        let reply = asker.ask("could you please name the three centres?", None);
        assert!(
            reply.answered && reply.answer.contains("desertification"),
            "{reply:?}"
        );
    }

    #[test]
    fn an_ordinal_right_after_a_series_word_says_which_one() {
        assert_verdicts(
            &asker(),
            &[
                ("Will Kazakhstan host the next (third) summit too?", "No."),
                ("who will host the next (third) summit", "China."),
                // In apposition: "the next one, the third summit".
                ("who hosts the next one, the third summit?", "China."),
            ],
        );
    }

    #[test]
    fn periods_offered_as_options_are_chosen_between() {
        assert_verdicts(
            &asker(),
            &[
                ("Is the grant for this year or next year?", "This year."),
                (
                    "Is the 1.5 billion yuan grant for this year or for next year?",
                    "This year.",
                ),
                // Not offered as options, another period still says no,
                // though the amount the question states holds.
                ("is the grant for next year?", "No."),
                ("Is the 1.5 billion yuan grant for next year?", "No."),
                // A statement ending in options asks which as well.
                (
                    "grant 1.5 billion yuan is for this year or next year??",
                    "This year.",
                ),
            ],
        );
    }

    #[test]
    fn an_option_the_statement_says_in_other_words_is_chosen_and_opens_the_reply() {
        let asker = asker();
        assert_verdicts(
            &asker,
            &[
                (
                    "Is global uncertainty increasing or decreasing?",
                    "Increasing. ",
                ),
                ("Is the 1.5 billion yuan a loan or a grant?", "Grant. "),
            ],
        );
        // Verbs joined by "or" in a wh-question are what was done, not
        // options: the reply names what, not "Uphold.".
        let reply = asker.ask(
            "What did the Central Asian leaders commit to uphold or defend with China?",
            None,
        );
        assert!(
            reply.answered && !reply.answer.starts_with("Uphold. "),
            "{reply:?}"
        );
    }

    #[test]
    fn the_next_summit_called_by_its_name_is_the_third() {
        let asker = asker();
        assert_verdicts(
            &asker,
            &[
                (
                    "Which country hosts the next China-Central Asia summit?",
                    "China. ",
                ),
                (
                    "Who will host the next China-Central Asia summit?",
                    "China. ",
                ),
            ],
        );
        let reply = asker.ask(
            "Will Kazakhstan host the next China-Central Asia summit?",
            None,
        );
        assert!(
            reply.answer.starts_with("No. ") && reply.answer.contains("third"),
            "{reply:?}"
        );
    }

    #[test]
    fn where_the_sentence_puts_the_event_is_no_other_name_of_its_list() {
        let asker = asker();
        let reply = asker.ask(
            "Which Chinese leader attended the summit in Kazakhstan?",
            None,
        );
        assert!(reply.answered && reply.answer.contains("Xi"), "{reply:?}");
        let reply = asker.ask(
            "Which president from Portugal went to the summit in Kazakhstan?",
            None,
        );
        assert!(!reply.answered, "{reply:?}");
    }

    #[test]
    fn an_ordinal_in_figures_is_the_articles_word() {
        assert_verdicts(
            &asker(),
            &[
                ("who will host the 3rd summit", "China. "),
                ("whos going to host the 3rd sumit", "China. "),
            ],
        );
    }

    #[test]
    fn the_articles_own_name_of_several_words_is_held_by_its_sentence() {
        assert_verdicts(
            &asker(),
            &[
                (
                    "Where was the China-Central Asia treaty signed?",
                    "Astana. ",
                ),
                (
                    "Where was the China–Central Asia treaty signed?",
                    "Astana. ",
                ),
            ],
        );
    }

    #[test]
    fn a_modified_person_noun_asks_who() {
        let reply = asker().ask("Which Chinese leader attended the summit?", None);
        assert!(
            reply.answered && reply.answer.starts_with("Xi Jinping"),
            "{reply:?}"
        );
    }

    #[test]
    fn options_that_share_their_opening_words_are_one_choice() {
        let reply = asker().ask(
            "is the grant 1.5 billion yuan or 1.5 billion dollars?",
            None,
        );
        assert!(
            reply.answered && reply.answer.starts_with("1.5 billion yuan"),
            "{reply:?}"
        );
    }

    #[test]
    fn a_noun_named_in_the_article_is_asked_about_not_its_naming() {
        let asker = asker();
        let reply = asker.ask("Who is the Chinese president named in the article?", None);
        assert!(reply.answer.starts_with("Xi Jinping"), "{reply:?}");
        // Whether the article mentions something is still asked.
        let reply = asker.ask("was Russia mentioned in the article?", None);
        assert!(
            reply.answer.starts_with("No: the article doesn't mention"),
            "{reply:?}"
        );
    }

    #[test]
    fn a_count_a_definite_phrase_takes_as_given_claims_nothing() {
        // "the three centres" restates the article's count; the list of
        // what they focus on settles the question.
        assert_verdicts(
            &asker(),
            &[
                (
                    "Was one of the three cooperation centers for healthcare?",
                    "No.",
                ),
                ("were the three centres about poverty reduction", "Yes."),
            ],
        );
    }

    #[test]
    fn what_was_launched_is_not_led_by_the_purpose_of_what_was_launched() {
        let asker = asker();
        let reply = asker.ask("what was launched at the summit?", None);
        assert!(
            reply.answered && reply.answer.starts_with("A new platform"),
            "{reply:?}"
        );
        // Asked for the purpose, the span leads.
        let reply = asker.ask("what does the new platform promote?", None);
        assert!(reply.answer.starts_with("Smooth trade."), "{reply:?}");
    }

    #[test]
    fn this_as_a_pronoun_points_at_the_event_the_article_reports() {
        // The third summit is the next one, not the one reported.
        assert_verdicts(
            &asker(),
            &[
                (
                    "Which China-Central Asia Summit was this — the first, second or third?",
                    "Second.",
                ),
                ("was this the first or the second summit?", "Second."),
                ("which summit will china host", "Third."),
            ],
        );
        let folded = |q: &str| -> Vec<String> { crate::lang::words(q) };
        let pointed = |q: &str| {
            let words = folded(q);
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            points_at_the_reported_event(&words)
        };
        assert!(pointed("which summit was this?"));
        assert!(!pointed("was this summit the second?"));
    }

    #[test]
    fn how_something_is_split_among_several_needs_each_ones_share() {
        let asker = asker();
        assert_each_refused(&[
            "How will the 1.5 billion yuan grant be divided among the five countries?",
            "how is the grant split between the countries",
        ]);
        // How it is used is what it is for.
        let reply = asker.ask("how will the grant be used?", None);
        assert!(
            reply.answered
                && reply
                    .answer
                    .starts_with("Livelihood and development projects"),
            "{reply:?}"
        );
    }

    #[test]
    fn a_place_before_a_noun_without_its_possessive_puts_nothing_in_the_place() {
        assert_each_opens_with(&[
            (
                "Did Xi say Central Asia is key priority in China neighborhood diplomacy?",
                "Yes.",
            ),
            ("Was the treaty signed in Kazakhstan capital?", "Yes."),
        ]);
    }

    #[test]
    fn where_a_speaker_said_it_is_part_of_the_saying() {
        assert_each_opens_with(&[
            ("Did Xi mention the Belt and Road in his speech?", "Yes."),
            ("Has Xi in his speech Russia mentioned?", "No: "),
            ("Has Russia been mentioned?", "No: "),
        ]);
    }

    #[test]
    fn a_named_subject_and_its_verb_with_a_question_mark_ask_yes_or_no() {
        assert_each_opens_with(&[
            ("Xi support unilateralism?", "No."),
            ("Xi supports unilateralism?", "No."),
        ]);
        // A fragment closing on the kind of answer still asks for it.
        assert_each_answer_holds(&[("China grant amount?", "1.5 billion")]);
    }

    #[test]
    fn where_inside_a_place_is_answered_only_by_a_place_inside_it() {
        assert_each_refused(&[
            "Where in Astana was the summit held?",
            "Where exactly in Astana was the treaty signed?",
            "Which building in Astana hosted the summit?",
            "What was the name of the venue in Astana where the summit was held?",
        ]);
        assert_each_answer_holds(&[("Where in Kazakhstan was the summit held?", "Astana")]);
    }

    #[test]
    fn an_ordinal_set_off_as_an_adverb_numbers_no_summit() {
        assert_each_refused(&[
            "Which country proposed the treaty first, China or Kazakhstan?",
            "Who propose this treaty first, China or Kazakhstan?",
        ]);
        assert_each_answer_holds(&[
            (
                "Which number of summit was this one, the first or some other?",
                "second",
            ),
            (
                "was this the first china central asia summit or a later one",
                "second",
            ),
        ]);
    }

    #[test]
    fn quiz_prompts_and_verb_final_wordings_reach_their_facts() {
        assert_each_opens_with(&[
            (
                "Six letters: the city where the treaty signed was?",
                "Astana.",
            ),
            (
                "Seven letters: the weekday on which the treaty signed was?",
                "Tuesday.",
            ),
            (
                "May I know what the leaders hope to turn the mechanism into?",
                "A regional model for collaboration.",
            ),
        ]);
        assert_each_refused(&[
            "Quick one: when will the summit third take place?",
            "May I know the name of the new platform for smooth trade?",
        ]);
    }

    #[test]
    fn before_or_after_is_answered_with_the_side() {
        assert_each_opens_with(&[(
            "Was the Astana summit held before or after the first China-Central Asia Summit?",
            "After.",
        )]);
    }

    #[test]
    fn a_polite_kindly_asks_nothing_of_its_own() {
        let answer = asker().ask(
            "Kindly tell the exact date on which the treaty was signed.",
            None,
        );
        assert!(!answer.answered, "{answer:?}");
    }

    #[test]
    fn terse_and_verb_final_wordings_reach_their_facts() {
        assert_each_answer_holds(&[
            ("Who will receive these trainings?", "rofessionals"),
            ("Xi Jinping role?", "President"),
            ("grant time frame", "this year"),
            (
                "How many focus areas Xi mentioned for the cooperation mechanism?",
                "Six",
            ),
        ]);
    }

    #[test]
    fn where_a_fact_about_a_country_names_a_city_in_it_the_city_leads() {
        assert_each_opens_with(&[("Where was the summit held?", "Astana, Kazakhstan.")]);
        assert_each_opens_with(&[("In which country was the summit held?", "Kazakhstan.")]);
    }
}
