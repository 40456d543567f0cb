//! Slot checks: whether a fact holds the kind of thing a question asks
//! for, and whether it settles a yes/no question one way or the other.
//!
//! All general: WordNet's member sets say what a month, a currency or a
//! city is; the article's own words say which names it gives. "What is the
//! capital of Spain?" is refused by a fact about France's capital
//! because the fact never names Spain; "In which month …?" by a fact
//! whose answer is a weekday; "How many euros …?" by one in yuan; "What is
//! the platform called?" by one whose answer names nothing.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use super::intent::{Intent, is_person_noun};
use super::{Asker, Query, QueryTerm, WordCoverage};
use crate::facts::{AnswerKind, Fact};
use crate::lang::stance::Stance;
use crate::lang::{self, Lexicon};
use crate::numbers::{Currency, parse_quantity};

/// What a fact's answer and text hold, for slot checks; built once.
#[derive(Debug, Default)]
pub(super) struct Slots {
    /// The WordNet sets the answer's words belong to ("tuesday": weekday).
    sets: HashSet<String>,
    /// The WordNet sets of the words in the statement and the sentence,
    /// each with those words: what kinds of thing the fact names (a
    /// country, a city) and which.
    text_sets: HashMap<String, Vec<String>>,
    /// The answer gives a proper name (a capitalised word).
    proper: bool,
    /// The answer gives a year: a four-digit number or the word "year".
    year: bool,
    /// Stems of the answer's and statement's words.
    stems: HashSet<String>,
    /// The currency the answer is in ("$209 million": US dollars).
    currency: Option<Currency>,
    /// Lexicon family keys of the statement's and sentence's words.
    keys: HashSet<String>,
    /// Lexicon family keys of the statement's words alone: what the fact
    /// itself says, not the rest of its sentence.
    statement_keys: HashSet<String>,
    /// The fact's contrasts ([`crate::facts::Fact::contrasts`]), each as
    /// the family keys of its words: a question claiming one claims what
    /// the fact rules out.
    contrasts: Vec<Vec<String>>,
    /// The place sets of the words the statement locates with "in" ("held
    /// *in Paris*, the capital of France": city, capital): the statement
    /// answers "which city" though its answer span is the country.
    located_sets: HashSet<String>,
    /// The head of an answer that is a name of its own kind ("the second
    /// China-Central Asia *Summit*", "the Astana *Declaration*"): the
    /// places it names are its modifiers, and another of their kind
    /// is another answer only beside the same head ("the *Beijing*
    /// Declaration").
    named_head: Option<String>,
    /// The WordNet sets of the answer span as a whole ("Astana": capital,
    /// city), not of a word inside it.
    whole_sets: HashSet<String>,
}

/// The sets a statement may fill for "which city / country" questions
/// when its answer span is another place.
const PLACE_SETS: &[&str] = &["city", "capital", "country"];

impl Slots {
    /// Whether the statement locates something of `set` ("in Paris": a
    /// city) that its answer span is not.
    pub(super) fn locates(&self, set: &str) -> bool {
        !self.sets.contains(set) && self.located_sets.contains(set)
    }

    /// Whether the answer span, whole, is a thing of `set` ("Astana": a
    /// capital; "the China-Central Asia Summit" is no country).
    pub(super) fn answer_is_a(&self, set: &str) -> bool {
        self.whole_sets.contains(set)
    }

    /// Whether the answer span, whole, is of any WordNet set (a cheap
    /// test before naming one).
    pub(super) fn answer_is_of_a_set(&self) -> bool {
        !self.whole_sets.is_empty()
    }

    /// Whether the answer gives a proper name.
    pub(super) fn gives_a_name(&self) -> bool {
        self.proper
    }

    pub(super) fn of(fact: &Fact, lexicon: &Lexicon) -> Slots {
        let answer_words = lang::words(&fact.answer);
        let mut sets = HashSet::new();
        let named_head = answer_words
            .last()
            .filter(|head| {
                fact.answer.split_whitespace().count() > 1
                    && fact
                        .answer
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                    && lexicon.sets_of(head).next().is_none()
            })
            .cloned();
        for word in &answer_words {
            sets.extend(lexicon.sets_of(word).map(str::to_string));
        }
        for pair in answer_words.windows(2) {
            sets.extend(lexicon.sets_of(&pair.join(" ")).map(str::to_string));
        }
        let proper = fact
            .answer
            .split_whitespace()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase));
        let year = answer_words
            .iter()
            .any(|w| w == "year" || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())));
        let stems = answer_words
            .iter()
            .chain(&lang::words(&fact.statement))
            .map(|w| lang::stem(w))
            .collect();
        let text_words: Vec<String> = lang::words(&fact.statement)
            .into_iter()
            .chain(lang::words(&fact.citation.text))
            .filter(|w| !lang::is_stopword(w))
            .collect();
        let keys = text_words.iter().map(|w| lexicon.key(w)).collect();
        let statement_keys = lang::words(&fact.statement)
            .iter()
            .filter(|w| !lang::is_stopword(w))
            .map(|w| lexicon.key(w))
            .collect();
        let mut text_sets: HashMap<String, Vec<String>> = HashMap::default();
        for word in &text_words {
            for set in lexicon.sets_of(word) {
                let words = text_sets.entry(set.to_string()).or_default();
                if !words.contains(word) {
                    words.push(word.clone());
                }
            }
        }
        let currency = parse_quantity(&fact.answer).and_then(|q| q.currency);
        let statement_words = lang::words(&fact.statement);
        let located_sets = statement_words
            .windows(2)
            .filter(|pair| pair[0] == "in")
            .flat_map(|pair| lexicon.sets_of(&pair[1]))
            .filter(|set| PLACE_SETS.contains(set))
            .map(str::to_string)
            .collect();
        let whole_sets = lexicon
            .sets_of(&answer_words.join(" "))
            .map(str::to_string)
            .collect();
        let contrasts = fact
            .contrasts
            .iter()
            .map(|contrast| {
                lang::words(contrast)
                    .iter()
                    .filter(|w| !lang::is_stopword(w))
                    .map(|w| lexicon.key(w))
                    .collect()
            })
            .filter(|keys: &Vec<String>| !keys.is_empty())
            .collect();
        Slots {
            contrasts,
            whole_sets,
            named_head,
            located_sets,
            text_sets,
            currency,
            sets,
            proper,
            year,
            stems,
            keys,
            statement_keys,
        }
    }
}

/// What a question asks for, read once per question.
#[derive(Debug, Default)]
pub(super) struct Asks {
    /// The WordNet set the asked noun names ("which *month*": month).
    pub(super) set: Option<String>,
    /// "What *year* …": a year.
    year: bool,
    /// "What is it *called*", "the *name* of": a proper name.
    name: bool,
    /// "The name of France's *president*": a person.
    person: bool,
    /// The currency words the question names ("euros").
    currencies: Vec<String>,
    /// The sets of times the question names anywhere ("the date (day and
    /// *month*)"): a when-answer must be in each.
    time_sets: Vec<String>,
}

impl Asks {
    pub(super) fn read(words: &[&str], lexicon: &Lexicon) -> Asks {
        let asked = asked_head(words, lexicon);
        let set = asked
            .and_then(|noun| lexicon.set_named(noun))
            .map(str::to_string);
        let year = matches!(asked, Some("year" | "years"));
        // "What is it called?", "what is the name of …": not "what did
        // they call China", where the calling is what is asked about.
        let last = words.len().saturating_sub(1);
        let named_at = words.iter().enumerate().position(|(i, w)| {
            // "*Name of* the new platform?": the fragment asks for it;
            // "name the areas" asks to list them.
            // "*What name* does the article give it?" asks for one too.
            // "… is called *the what*?" closes on the wh-word.
            (matches!(*w, "called" | "named")
                && words[i + 1..]
                    .iter()
                    .all(|w| matches!(*w, "what" | "the" | "exactly" | "actually" | "again")))
                || (matches!(*w, "name" | "names")
                    && ((i > 0 && i == last)
                        || words.get(i + 1) == Some(&"of")
                        || (i > 0 && matches!(words[i - 1], "what" | "which"))))
        });
        // The head of "the name of [France's] president": the last
        // word before the verb or the end.
        let person = named_at.is_some_and(|at| {
            words[at + 1..]
                .iter()
                .skip_while(|w| matches!(**w, "of" | "the"))
                .take_while(|w| !lang::is_stopword(w))
                .last()
                .is_some_and(|head| is_person_noun(head))
        });
        // Not a stopword: "at" is a Laotian coin, and "*at* the heart of"
        // names no currency.
        let currencies = words
            .iter()
            .filter(|w| !lang::is_stopword(w) && lexicon.in_set("currency", w))
            .map(|w| w.to_string())
            .collect();
        let time_sets = words
            .iter()
            .filter(|w| super::intent::TIME_NOUNS.contains(w))
            .filter_map(|w| lexicon.set_named(w))
            .map(str::to_string)
            .collect();
        Asks {
            time_sets,
            set,
            year,
            name: named_at.is_some(),
            person,
            currencies,
        }
    }
}

/// The head of the noun phrase a what/which question asks about: past
/// the modifiers before it ("which *central asian* country gets …" asks
/// for a country). Each step goes from a word that can be an adjective to
/// a noun that cannot be a verb.
pub(super) fn asked_head<'a>(words: &[&'a str], lexicon: &Lexicon) -> Option<&'a str> {
    let noun = Intent::asked_noun(words)?;
    let wh = words
        .iter()
        .position(|w| matches!(*w, "what" | "which" | "who" | "whom"))?;
    let at = wh + words[wh..].iter().position(|w| *w == noun)?;
    Some(head_from(words, at, lexicon))
}

/// Where a question says "kind of" ("type of", "sort of", "*branch of*
/// diplomacy"): it asks for a kind, which a modifier names.
pub(super) fn kind_of_at(words: &[&str]) -> Option<usize> {
    words.windows(2).position(|pair| {
        matches!(
            pair[0],
            "kind"
                | "kinds"
                | "type"
                | "types"
                | "sort"
                | "branch"
                | "form"
                | "category"
                | "variety"
                | "style"
        ) && pair[1] == "of"
    })
}

/// The noun "what kind of …" asks a kind of: the head of the noun phrase
/// after "kind of" ("community" of "what kind of *regional community*").
pub(super) fn kind_noun<'a>(words: &[&'a str], lexicon: &Lexicon) -> Option<&'a str> {
    let at = kind_of_at(words)? + 2;
    words
        .get(at)
        .filter(|w| !lang::is_stopword(w))
        .map(|_| head_from(words, at, lexicon))
}

/// The head of the noun phrase opening at `at`: past each adjective
/// followed by a noun ("*regional* community").
fn head_from<'a>(words: &[&'a str], mut at: usize, lexicon: &Lexicon) -> &'a str {
    while let Some(next) = words.get(at + 1) {
        let modifier = lexicon.can_be_adjective(words[at]) == Some(true);
        // "what big *plan* did …": a word that may be a verb is the noun
        // when an auxiliary follows it.
        let aux_follows = words
            .get(at + 2)
            .is_some_and(|w| super::intent::AUXILIARIES.contains(w));
        let head = !lang::is_stopword(next)
            && lexicon.can_be_noun(next) == Some(true)
            && (lexicon.can_be_verb(next) != Some(true) || aux_follows);
        if !(modifier && head) {
            break;
        }
        at += 1;
    }
    words[at]
}

/// What the question's words found in one fact, for
/// [`Asker::slot_verdict`].
#[derive(Default, Debug)]
struct TermTally {
    /// Something in the question the fact denies: it settles a yes/no
    /// question with "no".
    contradicts: bool,
    /// Words no fact word says, the yes/no question's verb among them.
    uncovered: usize,
    /// Words the question claims with that no fact word says ("a
    /// *temporary arrangement*").
    claims: usize,
    /// A word of the question means the opposite of the fact's.
    opposed: bool,
    /// The fact itself holds a content word of the question besides
    /// names: it is about what the question asks.
    shares_content: bool,
    /// A name of the question is only one member of a group the fact
    /// names ("Kazakhstan" of "the five Central Asian nations").
    group_member: bool,
    /// Uncovered words that say what was done, not that something is
    /// among others ("*proposed*", not "*part* of").
    uncovered_deeds: usize,
}

/// Words that say something is one of a group: "is Turkmenistan *part*
/// of the deal?" asks no more than a group the fact names answers.
pub(super) const MEMBERSHIP_WORDS: &[&str] = &[
    "part",
    "member",
    "members",
    "among",
    "included",
    "include",
    "includes",
    "involved",
    "participant",
    "participants",
    "party",
    "parties",
    "signatory",
    "signatories",
];

/// How a fact stands to the question's slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SlotFit {
    /// Nothing against it.
    Fits,
    /// It does not hold what is asked: never an answer.
    Refused,
    /// It settles a yes/no question with "no": it names another thing of
    /// the same kind, says the opposite, or negates what is asked.
    Contradicts,
    /// Its statement, not its answer span, holds what is asked ("which
    /// city" of "held in Paris, the capital of France"): the statement is
    /// the reply.
    InStatement,
}

impl Asker {
    /// Checks the fact at `doc` against what the question asks for, with
    /// what [`Asker::cover`] read of its words (`words`).
    pub(super) fn slot_fit(&self, query: &Query, doc: usize, words: &WordCoverage<'_>) -> SlotFit {
        let yes_no = query.intent == Intent::YesNo;
        let slots = &self.records[doc].slots;
        let located = !yes_no
            && (query
                .asks
                .set
                .as_ref()
                .is_some_and(|set| slots.locates(set))
                || self.country_of_an_echoed_answer(query, doc));
        if !yes_no && self.lacks_asked_kind(query, doc, located) {
            return SlotFit::Refused;
        }
        let Some(period_contradicts) = self.periods_fit(query, doc) else {
            return SlotFit::Refused;
        };
        let Some(mut tally) = self.tally_terms(query, doc, words) else {
            return SlotFit::Refused;
        };
        tally.contradicts |= period_contradicts;
        self.slot_verdict(query, doc, &tally, located)
    }

    /// Whether the fact lacks the kind of thing a wh-question asks for: a
    /// member of the asked set, an amount in the asked currency, a time of
    /// each asked kind, a year, a name or a person. `located`: the
    /// statement holds the asked set though the answer span does not.
    fn lacks_asked_kind(&self, query: &Query, doc: usize, located: bool) -> bool {
        let fact = &self.facts.facts()[doc];
        let slots = &self.records[doc].slots;
        let asks = &query.asks;
        let wrong_set = !located
            && asks
                .set
                .as_ref()
                .is_some_and(|set| !slots.sets.contains(set));
        // "How many euros …" of an amount in yuan: no conversion is
        // in the article.
        // The question may name the currency it converts from ("the
        // 1.5 billion yuan grant … in US dollars"): one must match.
        let wrong_unit = !asks.currencies.is_empty()
            && !asks.currencies.iter().any(|word| match slots.currency {
                Some(currency) => Currency::from_word(word) == Some(currency),
                None => slots.stems.contains(&lang::stem(word)),
            });
        let wrong_time = query.intent == Intent::When
            && asks.time_sets.iter().any(|set| !slots.sets.contains(set));
        // "Where in Astana was it held?" of "in Astana, Kazakhstan": the
        // answer must name a place inside the one asked about.
        let not_inside = query.asks_within.as_deref().is_some_and(|outer| {
            !self.facts.places().iter().any(|place| {
                (fact.answer.contains(place.name.as_str())
                    || fact.statement.contains(place.name.as_str()))
                    && super::lies_within(self.facts.places(), &place.name, outer)
            })
        });
        wrong_set
            || not_inside
            || wrong_time
            || (asks.year && !slots.year)
            || (asks.name && !slots.proper)
            || (asks.person && fact.answer_kind != AnswerKind::Person)
            || wrong_unit
            // "What number will the next summit have?": a number or an
            // ordinal, not who hosts it.
            || (query.intent == Intent::Open
                && query.asked_word.as_deref() == Some("number")
                && !self.records[doc].answer_numeric)
    }

    /// The periods the question places relative to now against the
    /// fact's: `None` when the fact is about another period and so
    /// answers nothing, else whether it settles a yes/no question with
    /// "no".
    fn periods_fit(&self, query: &Query, doc: usize) -> Option<bool> {
        let yes_no = query.intent == Intent::YesNo;
        let record = &self.records[doc];
        // "For this year or next year?" offers periods to choose from: the
        // fact that states one of them answers which.
        if query.chooses && query.periods.iter().any(|p| record.periods.contains(p)) {
            return Some(false);
        }
        let mut contradicts = false;
        for period in &query.periods {
            // The sentence's period is another fact's when the statement
            // gives its own ("this year" of the grant, beside training
            // "over the next two years").
            let own_stated = record.periods.iter().any(|p| p.unit == period.unit);
            if record.periods.contains(period)
                || (record.sentence_periods.contains(period) && !own_stated)
            {
                continue;
            }
            // "Next year" of a fact about this year: another period. Its
            // statement settles a yes/no question with "no"; a period only
            // its sentence gives is another fact's, and settles nothing.
            let stated = record.periods.iter().any(|p| p.unit == period.unit);
            // "Given *again* next year?" of a grant for this year: a repeat
            // in another period is neither confirmed nor denied.
            let repeat_unstated = query.repeats && !record.repeats;
            if stated && yes_no && !repeat_unstated {
                contradicts = true;
            } else if stated
                || record
                    .sentence_periods
                    .iter()
                    .any(|p| p.unit == period.unit)
            {
                return None;
            }
        }
        Some(contradicts)
    }

    /// The question's words against the fact's, tallied for
    /// [`Asker::slot_verdict`]; `None` when one of them shows the fact is
    /// about something else.
    fn tally_terms(
        &self,
        query: &Query,
        doc: usize,
        words: &WordCoverage<'_>,
    ) -> Option<TermTally> {
        let mut tally = TermTally::default();
        let not_among = words.not_among;
        let first_opposed = words.first_opposed;
        for (at, term) in query.terms.iter().enumerate() {
            if self.ordinal_settled(query, doc, term) {
                continue;
            }
            if not_among.iter().any(|t| t.term == term.term) {
                tally.contradicts = true;
                continue;
            }
            if self.elaborates_denied_claim(doc, term, at, first_opposed) {
                continue;
            }
            self.tally_term(query, doc, term, &mut tally)?;
        }
        Some(tally)
    }

    /// One word of the question against the fact: covered, a name of
    /// another thing of its kind (`None`: the fact is refused), or, in a
    /// yes/no question, a word the fact denies or leaves open.
    fn tally_term(
        &self,
        query: &Query,
        doc: usize,
        term: &QueryTerm,
        tally: &mut TermTally,
    ) -> Option<()> {
        let yes_no = query.intent == Intent::YesNo;
        let [statement, questions, sentence] = self.fields_with(doc, term);
        let proper = self.index.is_proper(&term.term) || term.name;
        // A loose WordNet neighbour ("bilateral" of "mutual") is no sign
        // the fact is about what the question asks.
        tally.shares_content |=
            (statement || questions) && !proper && !self.only_loosely(doc, term);
        // "Does Xi want the world *divided*?" of "… move forward
        // *united*": the statement says the opposite, whatever word of the
        // family the sentence holds too ("division").
        // "Is it *only for ten years*?" of "*permanent* good-neighborliness":
        // a bounded span against an endless one is as plain a "no".
        if yes_no
            && !(statement || questions)
            && (self.opposed_in_statement(query, doc, &term.term)
                || self.bounded_against_endless(query, doc, &term.term))
        {
            tally.contradicts = true;
            tally.opposed = true;
            return Some(());
        }
        if statement
            || questions
            || (sentence && !proper)
            || (yes_no && self.said_or_quantified(query, doc, &term.term))
        {
            return Some(());
        }
        if sentence
            && !yes_no
            && ((query.placed_terms.contains(&term.term)
                && self.records[doc]
                    .sentence_located_terms
                    .contains(&term.term))
                || self.sentence_holds_name_of(query, doc, &term.term))
        {
            // Where the sentence puts it: "which leader attended the
            // summit *in Kazakhstan*?" of the summit in Astana.
            return Some(());
        }
        if sentence
            && yes_no
            && query.placed_terms.contains(&term.term)
            && self.records[doc]
                .sentence_located_terms
                .contains(&term.term)
        {
            // "Was the treaty signed *in Kazakhstan*?" of a sentence that
            // puts the signing there: it settles where, whatever else of
            // the fact's kind the place's name shares.
            return Some(());
        }
        if sentence && !yes_no {
            // A name only the sentence gives ("the presidents of …,
            // Portugal, …") is not what the fact is about; it
            // answers about that name only if it names nothing else
            // of its kind.
            return (!self.names_another_of_its_kind(query, &term.term, doc)).then_some(());
        }
        // "Did *China* promise training?" of "*Xi* announced …": a country
        // that does what is asked acts through its leader.
        // The question's doer is this name: "did *China* promise …?".
        let named_doer = yes_no
            && proper
            && query
                .doer
                .as_ref()
                .is_some_and(|(doer, _)| doer.contains(&term.term));
        // "Is *China's* grant in yuan?", "a grant in *Chinese* yuan?" of
        // "*Xi* announced a 1.5 billion yuan grant": the leader's deed is
        // the country's.
        let acts_for_it = yes_no && query.owner_terms.contains(&term.term);
        if (named_doer || acts_for_it) && self.led_in_statement(doc, &term.term) {
            return Some(());
        }
        if yes_no && proper && self.in_a_named_group(doc, &term.term) {
            tally.group_member = true;
            return Some(());
        }
        if yes_no && sentence && query.presupposed_counts.contains(&term.term) {
            return Some(());
        }
        if named_doer && self.someone_else_does_it(query, doc) {
            // "Did *Xi* call China a friend?" of "the Central Asian
            // leaders called China …": another did what is asked, so no.
            // But "the leaders" alone may count the one named among them
            // ("did Xi sign the declaration?" of "the leaders signed"):
            // that settles nothing.
            if self.done_by_people_unqualified(query, doc) {
                return None;
            }
            tally.contradicts = true;
            return Some(());
        }
        if yes_no && query.years.contains(&term.term) {
            // "Will it be held *in 2027*?": only a fact that gives a year
            // settles a year; a count or a weekday does not.
            let dated = self.records[doc].slots.year;
            tally.contradicts |= dated;
            return dated.then_some(());
        }
        if yes_no && query.whose_people.contains(&term.term) {
            // "Was the president *of Uzbekistan* there?": the name says
            // whose leader, and denies no place the fact gives.
            return None;
        }
        if proper && self.records[doc].countries_by_city.contains(&term.term) {
            // "cooperation with *China*" of "cooperation with Beijing": a
            // city the country holds stands for it as a party.
            return Some(());
        }
        if yes_no && (proper || term.term.chars().all(|c| c.is_ascii_digit())) {
            // "Was it signed in Beijing?" of a fact in Paris: another
            // thing of the answer's kind says no; anything else is not
            // what the fact is about.
            let same_kind = self.same_kind_as_answer(query, &term.term, doc);
            // "Did *six* countries sign?" of "China and the *five Central
            // Asian* nations": a count of some of them denies no larger
            // count of all, and settles nothing.
            if same_kind && self.counts_a_narrower_set(query, doc, &term.term) {
                return None;
            }
            let settled =
                same_kind || self.counts_the_same_things_otherwise(query, doc, &term.term);
            tally.contradicts |= settled;
            return settled.then_some(());
        }
        if proper && self.names_another_of_its_kind(query, &term.term, doc) {
            // "The capital of Spain" of a fact about France's:
            // the fact is about another one of the kind.
            return None;
        }
        if yes_no {
            self.tally_open_word(query, doc, term, tally);
        }
        Some(())
    }

    /// A yes/no question's word that the fact does not hold: the opposite
    /// of the fact's (it settles the question with "no"), its verb worded
    /// its own way, or a claim of its own.
    fn tally_open_word(&self, query: &Query, doc: usize, term: &QueryTerm, tally: &mut TermTally) {
        // "Is it a *low* priority?" of "a key priority": the
        // article's tones oppose.
        let other_tone = query
            .tones
            .iter()
            .any(|(_, terms)| terms.contains(&term.term))
            && self.of_the_other_tone(query, doc);
        if other_tone
            || self.opposed(query, doc, &term.term)
            || self.bounded_against_endless(query, doc, &term.term)
        {
            tally.contradicts = true;
            tally.opposed = true;
            return;
        }
        // The one word a yes/no question may word its own way is
        // its verb ("held" for "signed"), never a claim of its own
        // ("a *good* deal").
        let verb = query.term_facts.get(&term.term).and_then(|t| t.verb);
        // "among the *topics* of …": the learner's name for the list. What
        // else a membership question says is its claim ("one of the
        // centres *about medicine*"), whatever else the word may be.
        let membership = !query.group_labels.is_empty();
        if query.group_labels.contains(&term.term) {
            tally.uncovered += 1;
        } else if verb == Some(false)
            || (membership && verb != Some(true))
            || query.group_claims.contains(&term.term)
        {
            tally.claims += 1;
        } else {
            tally.uncovered += 1;
            if !self.membership_terms.contains(&term.term) {
                tally.uncovered_deeds += 1;
            }
        }
    }

    /// How the fact stands, once its words are tallied: refused when it
    /// leaves open more than the question may word its own way, else
    /// contradicting a yes/no question, answering in its statement, or
    /// fitting.
    fn slot_verdict(&self, query: &Query, doc: usize, tally: &TermTally, located: bool) -> SlotFit {
        let yes_no = query.intent == Intent::YesNo;
        let record = &self.records[doc];
        // A yes/no question is settled only by a fact that holds what it
        // asks, but for one word of its own ("held" for "signed"): "a good
        // deal?" is not settled by "legally binding". A fact that says the
        // opposite of its claim settles it whatever noun the claim is
        // worded around ("a *temporary* arrangement" of "permanent").
        // Only a fact about the same thing says the opposite of the claim:
        // "a shared *future*" does not deny that cooperation started
        // *recently*.
        if tally.opposed && !tally.shares_content {
            return SlotFit::Refused;
        }
        let open = tally.claims + tally.uncovered;
        // "Can protectionism *help* a country?" of "protectionist policies
        // *benefit no one*": the fact judges the same thing the other way,
        // and the judging verb and its object are the learner's words.
        let settled_by_opposite = (tally.opposed && open <= 1)
            || (yes_no && open <= 2 && self.takes_the_other_side(query, doc) == Some(true));
        // An amount the question claims that the fact's own amount settles
        // ("go back *fewer than 1,000 years*?" of "over 2,000 years") is
        // the claim; the words around it may be the learner's own ("the
        // two sides' *contacts*").
        let settled_by_amount = yes_no
            && open <= 2
            && query.claimed.as_ref().is_some_and(|claimed| {
                self.compare_claim(query, claimed, &record.stated_quantities)
                    .is_some_and(|v| v.is_some())
            });
        // A member of a group doing what the fact says the group did is
        // read from the group only when the deed is the fact's own:
        // "Kazakhstan *proposed* the treaty" is not settled by the five
        // nations signing it.
        let leaves_open = tally.claims > 0
            || tally.uncovered > 1
            || (tally.group_member && tally.uncovered_deeds > 0);
        if !settled_by_opposite && !settled_by_amount && leaves_open {
            return SlotFit::Refused;
        }
        if yes_no && (tally.contradicts || self.negation_differs(query, doc)) {
            return SlotFit::Contradicts;
        }
        if located {
            return SlotFit::InStatement;
        }
        SlotFit::Fits
    }

    /// Whether a word of the question means the opposite of a word of the
    /// fact ("temporary" of "permanent", by WordNet's antonyms): the fact
    /// settles a yes/no question about it with "no".
    pub(super) fn opposed(&self, query: &Query, doc: usize, term: &str) -> bool {
        self.opposed_in(&self.records[doc].slots.keys, query, term)
    }

    /// [`Asker::opposed`] by the fact's statement alone: the fact itself
    /// says the opposite, so it covers the word.
    pub(super) fn opposed_in_statement(&self, query: &Query, doc: usize, term: &str) -> bool {
        self.opposed_in(&self.records[doc].slots.statement_keys, query, term)
            || self.claims_a_contrast(query, doc, term)
    }

    /// Whether `term` belongs to one of the fact's contrasts the question
    /// names whole ("did they call China a *rival*?" of "a strategic
    /// partner", whose contrasts hold "rival"). Not where the question
    /// takes a side against something ("did they *oppose* protectionism?" of
    /// "uphold free trade"): that agrees with the fact, though the fact
    /// does not say it. Nor where the question sets the fact's subject
    /// aside.
    fn claims_a_contrast(&self, query: &Query, doc: usize, term: &str) -> bool {
        let contrasts = &self.records[doc].slots.contrasts;
        // This runs for every term of every fact: the cheap misses first.
        if contrasts.is_empty() {
            return false;
        }
        let Some(asked) = query.term_keys.get(term) else {
            return false;
        };
        let named = contrasts.iter().any(|keys| {
            keys.iter().any(|key| asked.contains(key))
                && keys
                    .iter()
                    .all(|key| query.term_keys.values().any(|held| held.contains(key)))
        });
        if !named {
            return false;
        }
        // Its targets are read through other rewordings than its terms
        // ("protection" for "protectionism"), so any side against
        // anything holds the contrast back.
        let against = query
            .stances
            .iter()
            .any(|(stance, _, targets)| *stance == Stance::Against && !targets.is_empty());
        // "Apart from the grant, did China offer any loans?": what the
        // fact is about is set aside, so it rules nothing out.
        let set_aside = query
            .aside
            .iter()
            .any(|t| self.records[doc].statement_terms.contains(t));
        !against && !set_aside
    }

    fn opposed_in(&self, keys: &HashSet<String>, query: &Query, term: &str) -> bool {
        query.term_keys.get(term).is_some_and(|asked| {
            asked
                .iter()
                .filter_map(|key| self.lexicon.opposites_of(key))
                .any(|opposites| {
                    // Walk the smaller set: this runs for every fact.
                    if opposites.len() < keys.len() {
                        opposites.iter().any(|opposite| keys.contains(opposite))
                    } else {
                        keys.iter().any(|key| opposites.contains(key))
                    }
                })
        })
    }

    /// Whether the fact names something of the kind `term` is (another
    /// country, another city) without naming `term`.
    fn names_another_of_its_kind(&self, query: &Query, term: &str, doc: usize) -> bool {
        let slots = &self.records[doc].slots;
        query.term_facts.get(term).is_some_and(|t| {
            t.sets.iter().any(|set| {
                slots.text_sets.get(*set).is_some_and(|words| {
                    // The sentence may name the thing itself ("calling
                    // *China* a partner"): only another one counts.
                    words.iter().any(|word| self.analyzer.term(word) != term)
                })
            })
        })
    }

    /// Whether a question word names a thing of the kind the fact's answer
    /// is: both in one WordNet set (two cities, two countries), or both
    /// numbers where the answer is a quantity or a time.
    /// Whether the fact's statement gives another number of the things
    /// the question counts with `term`: "were *four* presidents there?"
    /// of "the *five* presidents who joined Xi".
    pub(super) fn counts_the_same_things_otherwise(
        &self,
        query: &Query,
        doc: usize,
        term: &str,
    ) -> bool {
        let Ok(claimed) = term.parse::<f64>() else {
            return false;
        };
        let claimed_counts: Vec<&super::counts::Count> = query
            .counts
            .iter()
            .filter(|count| {
                crate::numbers::values_equal(count.value, claimed) && !count.nouns.is_empty()
            })
            .collect();
        self.records[doc].stated_counts.iter().any(|stated| {
            !stated.nouns.is_empty()
                && !crate::numbers::values_equal(stated.value, claimed)
                && claimed_counts.iter().any(|count| {
                    super::counts::alike(&self.analyzer, self.lexicon, &stated.nouns, &count.nouns)
                })
        })
    }

    /// Whether the number `term` is more than the fact's answer counts,
    /// and the fact narrows what it counts by a name the question lacks
    /// ("five *Central Asian* nations" against "six countries"; not
    /// "three *specialized* centers", which describes them all).
    fn counts_a_narrower_set(&self, query: &Query, doc: usize, term: &str) -> bool {
        let (Ok(claimed), Some(answer)) = (
            term.parse::<f64>(),
            crate::numbers::parse_quantity(&self.facts.facts()[doc].answer),
        ) else {
            return false;
        };
        claimed > answer.value
            && self.records[doc]
                .stated_quantities
                .iter()
                .filter(|q| crate::numbers::values_equal(q.value, answer.value))
                .filter_map(|q| q.unit.as_deref())
                .any(|unit| {
                    super::counts::modifiers(unit).iter().any(|word| {
                        let term = self.analyzer.term(word);
                        self.index.is_proper(&term) && !query.all_terms.contains(&term)
                    })
                })
    }

    pub(super) fn same_kind_as_answer(&self, query: &Query, term: &str, doc: usize) -> bool {
        let slots = &self.records[doc].slots;
        if term.chars().all(|c| c.is_ascii_digit()) {
            return (self.facts.facts()[doc].answer_kind.is_numeric()
                || self.facts.facts()[doc].answer_kind == AnswerKind::DateTime)
                && self.answer_counts_alike(query, doc, term);
        }
        let beside_head = slots
            .named_head
            .as_ref()
            .is_none_or(|head| query.all_terms.contains(&self.analyzer.term(head)));
        beside_head
            && query
                .term_facts
                .get(term)
                .is_some_and(|t| t.sets.iter().any(|set| slots.sets.contains(*set)))
    }
}

/// What the lexicon says of one question word, looked up once per question
/// rather than once per fact.
#[derive(Debug, Default)]
pub(super) struct TermFacts {
    /// The WordNet sets the word is a member of ("beijing": city, capital).
    pub(super) sets: Vec<&'static str>,
    /// Whether it can be a verb; `None` for no dictionary word.
    pub(super) verb: Option<bool>,
    /// A dictionary word that can only be an adverb ("personally"): it
    /// says how, never a thing a list could hold.
    pub(super) adverb_only: bool,
    /// No dictionary word and no slip of one ([`Lexicon::is_coined`]:
    /// "cybersecurity"): a real thing the dictionary lacks, which a list
    /// may leave out as it leaves out any other. Read in yes/no questions
    /// only, so false in any other.
    pub(super) coined: bool,
    /// Whether it can be a noun, as a list's item can ("energy", not
    /// "easier").
    pub(super) noun: bool,
    /// It stands after a determiner, a number or an adjective that is no
    /// verb ("the five Central Asian *states*"), so it is a noun there.
    pub(super) after_modifier: bool,
}

/// Words after which a word is a noun, not a verb.
const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "these", "those",
];

/// Prepositions after which a word that can be a noun is one ("at
/// *summit*"); not "to", which also opens an infinitive.
const NOUN_PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "of", "for", "with", "from", "about", "during", "by", "into", "among",
    "between", "through", "within", "across", "toward", "towards",
];

/// [`TermFacts`] of the question's content words, by their index term.
/// `yes_no`: only a yes/no question reads [`TermFacts::coined`], which
/// costs a dictionary look-up per one-letter edit of a word no
/// dictionary holds.
pub(super) fn term_facts(
    words: &[&str],
    term_of: impl Fn(&str) -> String,
    lexicon: &'static Lexicon,
    yes_no: bool,
) -> HashMap<String, TermFacts> {
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| !lang::is_stopword(w))
        .map(|(at, w)| {
            // "the five Central Asian *states*": after a determiner, a
            // number or an adjective that is no verb, a word is a noun.
            let after_modifier = at.checked_sub(1).is_some_and(|before| {
                let prev = words[before];
                NOUN_MARKERS.contains(&prev)
                    // "signing it *at summit*": an article left out after
                    // a preposition; a gerund there is still a verb.
                    || (NOUN_PREPOSITIONS.contains(&prev)
                        && !w.ends_with("ing")
                        && lexicon.can_be_noun(w) == Some(true)
                        && lexicon.can_be_adjective(w) != Some(true))
                    || crate::numbers::parse_number_words(prev).is_some()
                    || (!lang::is_stopword(prev)
                        && lexicon.can_be_adjective(prev) == Some(true)
                        && lexicon.can_be_verb(prev) == Some(false)
                        && lexicon.can_be_noun(w) == Some(true))
            });
            let verb = lexicon.can_be_verb(w);
            let facts = TermFacts {
                sets: lexicon.sets_of(w).collect(),
                verb,
                adverb_only: verb == Some(false)
                    && lexicon.can_be_adverb(w) == Some(true)
                    && lexicon.can_be_noun(w) == Some(false)
                    && lexicon.can_be_adjective(w) == Some(false),
                coined: yes_no && verb.is_none() && lexicon.is_coined(w),
                noun: lexicon.can_be_noun(w) == Some(true),
                after_modifier,
            };
            (term_of(w), facts)
        })
        .collect()
}

/// Lexicon keys of the question's content words, by their index term: the
/// word's own, and the phrase it opens ("slowing down").
pub(super) fn term_keys(
    words: &[&str],
    term_of: impl Fn(&str) -> String,
    lexicon: &Lexicon,
) -> HashMap<String, Vec<String>> {
    let mut keys: HashMap<String, Vec<String>> = HashMap::new();
    for (at, word) in words.iter().enumerate() {
        if lang::is_stopword(word) {
            continue;
        }
        let entry = keys.entry(term_of(word)).or_default();
        entry.push(lexicon.key(word));
        if let Some(next) = words.get(at + 1) {
            entry.push(lexicon.key(&format!("{word} {next}")));
        }
    }
    keys
}

impl Asker {
    /// Whether `term` is the noun the question asks for and the fact's
    /// answer is one of it ("which *currency*": "yuan"): the answer covers
    /// it.
    pub(super) fn answer_is_asked(&self, query: &Query, doc: usize, term: &str) -> bool {
        let record = &self.records[doc];
        // "Which *capital* city …": a second kind noun the answer is one
        // of ("Beijing") is covered by it too.
        if query.asked.is_some()
            && record.slots.answer_is_of_a_set()
            && self
                .lexicon
                .set_named(term)
                .is_some_and(|set| record.slots.answer_is_a(set))
        {
            return true;
        }
        query.asked.as_deref() == Some(term)
            && (query.asks.set.as_ref().is_some_and(|set| {
                record.slots.sets.contains(set) || record.slots.located_sets.contains(set)
            })
                // "What *status* …": the answer is a kind of it ("a key
                // priority"), by WordNet's hypernyms. Only for a noun the
                // article never uses (else its text covers it), which also
                // keeps the lookups off most questions.
                || query.asked_word.as_deref().is_some_and(|noun| {
                    !self.index.knows(term)
                        && !super::TOP_KINDS.contains(&noun)
                        && record
                            .answer_words
                            .iter()
                            .any(|w| !lang::is_stopword(w) && self.lexicon.is_a(w, noun))
                }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_right_after_a_preposition_is_a_noun_there_without_its_article() {
        let lexicon = Lexicon::embedded();
        let after_modifier = |question: &str, word: &str| {
            let words: Vec<&str> = question.split_whitespace().collect();
            term_facts(&words, str::to_string, lexicon, false)[word].after_modifier
        };
        assert!(after_modifier("who is signing treaty at summit", "summit"));
        assert!(after_modifier(
            "who is signing the treaty at the summit",
            "summit"
        ));
        // A gerund after a preposition is still a verb; an adjective
        // describes what follows it.
        assert!(!after_modifier(
            "what did they gain by signing it",
            "signing"
        ));
        assert!(!after_modifier("is the promise for short time", "short"));
    }

    #[test]
    fn the_asked_head_is_the_noun_past_its_modifiers() {
        let lexicon = Lexicon::embedded();
        let head = |question: &str| {
            let words: Vec<&str> = question.split_whitespace().collect();
            asked_head(&words, lexicon).map(str::to_string)
        };
        assert_eq!(
            head("which central asian country gets the most").as_deref(),
            Some("country")
        );
        // A noun that may be a verb is the head when an auxiliary follows.
        assert_eq!(
            head("what big plan did xi want to move faster").as_deref(),
            Some("plan")
        );
    }

    #[test]
    fn a_question_closing_on_called_asks_for_a_name() {
        let lexicon = Lexicon::embedded();
        let asks_name = |question: &str| {
            let words: Vec<&str> = question.split_whitespace().collect();
            Asks::read(&words, lexicon).name
        };
        assert!(asks_name("what is the trade platform called"));
        assert!(asks_name("the trade platform is called the what"));
        assert!(asks_name("what is that platform actually called"));
        assert!(!asks_name("what did they call china"));
        assert!(!asks_name("what is called a model for collaboration"));
    }
}
