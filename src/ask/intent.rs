//! What kind of answer a question wants, read from its wh-word.
//!
//! "Who" wants a person, "where" a place, "how much" an amount of money. The
//! fit between that and a fact's [`AnswerKind`] re-ranks candidates, and a
//! poor fit lowers confidence until the asker abstains: "Who is the
//! president of France?" must not be answered with a list of countries
//! just because the words match.

use crate::facts::AnswerKind;

/// The answer a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    Who,
    Where,
    When,
    /// "What time …?": a time of day, which a date does not answer.
    Clock,
    HowMany,
    HowMuch,
    HowLong,
    Why,
    How,
    /// "Was the treaty signed in Paris?": any fact that settles it.
    YesNo,
    /// "What …?", "Which …?" or no wh-word: any kind of answer.
    Open,
}

// "Place" is left out: "what place does X hold" asks for a standing.
const PLACE_NOUNS: &[&str] = &[
    "country",
    "countries",
    "city",
    "cities",
    "capital",
    "region",
    "nation",
    "location",
    "venue",
    "town",
];
pub(super) const TIME_NOUNS: &[&str] = &["day", "date", "year", "month", "time", "week", "weekday"];
/// Nouns asking for a time of day ("what time", "what hour").
const CLOCK_NOUNS: &[&str] = &["time", "hour"];
const PERIOD_NOUNS: &[&str] = &[
    "period",
    "duration",
    "timeframe",
    "timeline",
    "span",
    "length",
    "long",
];
/// Nouns after "time" that make it a period, not a clock time: "time
/// *frame*", "time *span*".
const TIME_COMPOUND_HEADS: &[&str] = &["frame", "span", "period", "scale", "line", "horizon"];
const AMOUNT_NOUNS: &[&str] = &[
    "amount", "sum", "value", "worth", "price", "cost", "figure", "size", "budget", "total",
    "expense", "expenses", "fee", "fees",
];
const PERSON_NOUNS: &[&str] = &["person", "leader", "president", "official", "man", "woman"];
/// Words that may open a yes/no question.
pub(super) const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will",
    "would", "should", "shall", "may", "might", "isnt", "wasnt", "didnt", "doesnt", "arent",
    "werent", "dont", "hasnt", "havent", "hadnt", "wont", "wouldnt", "cant", "couldnt", "shouldnt",
];
/// Words skipped between "what"/"which" and the noun that says what is
/// wanted: "what kind of country", "which of the cities".
/// "Name" too: "what is the *name* of the president" asks for a
/// president, which "who" answers.
const NOUN_FILLERS: &[&str] = &[
    "kind", "kinds", "type", "types", "sort", "sorts", "name", "names", "of", "the", "exact",
    "exactly", "is", "are", "was", "were", "will", "would", "do", "does", "did", "has", "have",
    "had",
];
/// Verbs that open a request for a list: "*name* the three centres".
const LIST_VERBS: &[&str] = &["name", "list", "enumerate"];
/// Words that end the noun phrase a list request asks for: "name the
/// centres *that* were launched", "list the areas *of* focus".
const PHRASE_ENDS: &[&str] = &[
    "that", "which", "who", "whose", "at", "in", "on", "by", "for", "from", "with", "of", "to",
    "is", "are", "was", "were", "did", "does", "do", "and", "or",
];

/// Whether a word opens a request for a list ("*list* what they pledged"):
/// the request, not its content.
pub fn is_list_verb(word: &str) -> bool {
    LIST_VERBS.contains(&word)
}

/// Whether a noun names a period ("span", "duration", "timeframe").
pub fn is_period_noun(noun: &str) -> bool {
    PERIOD_NOUNS.contains(&noun) || noun == "frame"
}

/// Whether a noun names a person or people ("president", "leaders"):
/// "which *leaders* came?" asks for people as "which leader" does.
pub fn is_person_noun(noun: &str) -> bool {
    PERSON_NOUNS.contains(&noun)
        || noun
            .strip_suffix('s')
            .is_some_and(|one| PERSON_NOUNS.contains(&one))
}

/// Words that, right after "how", are part of the question word rather
/// than content: "how *long*", "how *old*".
///
/// The second words of a span-of-time question word: "how far *back*",
/// "how long *ago*" (content neither).
pub const HOW_SECOND_WORDS: &[(&str, &str)] = &[("far", "back"), ("long", "ago")];

pub const HOW_MODIFIERS: &[&str] = &[
    "long", "old", "far", "often", "soon", "big", "large", "early", "late",
];

/// Prepositions that can open an embedded "how" clause ("important *in*
/// how …", "worried *about* how …").
const CLAUSE_PREPOSITIONS: &[&str] = &["in", "on", "about", "of", "to", "with", "for", "by"];

/// The wh-words, for typo correction of questions.
pub const WH_WORDS: &[&str] = &[
    "who", "whom", "whose", "what", "which", "where", "when", "why", "how",
];

/// Words that own a name and stand for people: "*his* name".
const PERSONAL_POSSESSIVES: &[&str] = &["his", "her", "their"];

/// Whether the question asks for a name that people own: "the
/// *president's name*", "*president name*", "*their names*".
fn asks_a_persons_name(words: &[&str]) -> bool {
    let owned = words.windows(2).any(|pair| {
        let owner = pair[0].trim_end_matches(['s', '\'', '’']);
        matches!(pair[1], "name" | "names")
            && (PERSONAL_POSSESSIVES.contains(&pair[0])
                || is_person_noun(pair[0])
                || is_person_noun(owner))
    });
    // "the names *of the Kazakh and Uzbek presidents*": the noun phrase
    // after "of" ends on a word for people (before another determiner
    // opens a phrase of its own: "the name of the platform *the*
    // presidents praised").
    let of_people = words.windows(2).enumerate().any(|(at, pair)| {
        matches!(pair[0], "name" | "names")
            && pair[1] == "of"
            && words[at + 2..]
                .iter()
                .skip_while(|w| matches!(**w, "the" | "a" | "an"))
                .take(LONGEST_NAMED_PHRASE)
                .take_while(|w| !DETERMINERS.contains(w) && !WH_WORDS.contains(w))
                .any(|w| is_person_noun(w))
    });
    owned || of_people
}

/// The most words read after "the names of" for the people named.
const LONGEST_NAMED_PHRASE: usize = 4;

/// Whether a question is a fragment without a wh-word or an auxiliary
/// ("third summit city?"): its last noun says what it asks for.
pub(super) fn is_fragment(words: &[&str]) -> bool {
    !words
        .iter()
        .any(|w| WH_WORDS.contains(w) || AUXILIARIES.contains(w))
}

/// Words a relative "who" follows in a question about them: "among
/// *those* who attended", "*anyone* who spoke".
const RELATIVE_ANTECEDENTS: &[&str] = &[
    "those",
    "ones",
    "one",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "people",
    "all",
];

impl Intent {
    /// Reads the intent from a question's folded words.
    pub fn detect(words: &[&str]) -> Intent {
        // "Name the countries *whose* presidents came": after a request
        // for a list, a wh-word opens a relative clause, not the question.
        if words.first().is_some_and(|w| is_list_verb(w)) {
            return Intent::of_list_request(words);
        }
        let asking = asking_wh_word(words).filter(|&at| !opens_relative_clause(words, at));
        let Some(at) = asking else {
            return match words.first() {
                Some(first) if AUXILIARIES.contains(first) => Intent::YesNo,
                // "third summit *city*?", "treaty *venue*?": a fragment
                // closing on a kind of place asks where.
                _ if is_fragment(words)
                    && words.last().is_some_and(|w| PLACE_NOUNS.contains(w)) =>
                {
                    Intent::Where
                }
                // "kazakh *president's name*?": a person's name is who.
                _ if is_fragment(words) && asks_a_persons_name(words) => Intent::Who,
                // "grant *time frame*?": a period, not a time of day.
                _ if words
                    .windows(2)
                    .any(|pair| pair[0] == "time" && TIME_COMPOUND_HEADS.contains(&pair[1])) =>
                {
                    Intent::HowLong
                }
                // "grant amount?", "the treaty signing date": the noun
                // says what is wanted.
                _ => words
                    .iter()
                    .rev()
                    .find_map(|w| Intent::of_type_noun(w))
                    .unwrap_or(Intent::Open),
            };
        };
        let next = |offset: usize| words.get(at + offset).copied().unwrap_or("");
        // "Kazakhstan president, his name what is?", "What are their
        // names?": a person's name is who, wherever "what" stands.
        if words[at] == "what" && asks_a_persons_name(words) {
            return Intent::Who;
        }
        // "Is a regional model *what* the leaders want?": a claim that a
        // thing is what a clause names ("is it known what …" still asks).
        if words[at] == "what"
            && at >= 3
            && words
                .first()
                .is_some_and(|w| matches!(*w, "is" | "was" | "are" | "were"))
            && !matches!(words[1], "it" | "there")
            && !CLAUSE_PREPOSITIONS.contains(&words[at - 1])
            && !matches!(
                words[at - 1],
                "known" | "clear" | "said" | "stated" | "mentioned" | "explained" | "told" | "sure"
            )
        {
            return Intent::YesNo;
        }
        // "Is Central Asia important *in how* China deals with its
        // neighbours?": a clause after a preposition is part of a yes/no
        // question, not what it asks ("is it *in which* country?" still
        // asks which).
        if words[at] == "how"
            && words.first().is_some_and(|w| AUXILIARIES.contains(w))
            && at > 0
            && CLAUSE_PREPOSITIONS.contains(&words[at - 1])
            && !matches!(next(1), "many" | "much")
            && !HOW_MODIFIERS.contains(&next(1))
        {
            return Intent::YesNo;
        }
        // "Was the president of Turkmenistan among *those who*
        // attended?", "Is Uzbekistan one of the *countries whose*
        // president came?": a relative clause of a yes/no question.
        if matches!(words[at], "who" | "whom" | "whose" | "which")
            && at >= 3
            && words.first().is_some_and(|w| AUXILIARIES.contains(w))
            && (RELATIVE_ANTECEDENTS.contains(&words[at - 1])
                || is_person_noun(words[at - 1])
                || (words[at] != "who" && looks_plural(words[at - 1]))
                // "Is *the treaty which they* signed binding?": a clause
                // with its own subject after a noun with its article.
                || (words[at] == "which"
                    && matches!(words[at - 2], "the" | "a" | "an" | "this" | "that")
                    && (matches!(next(1), "they" | "he" | "she" | "we" | "it" | "the")
                        || AUXILIARIES.contains(&next(1)))))
        {
            return Intent::YesNo;
        }
        match words[at] {
            "who" | "whom" | "whose" => Intent::Who,
            // "Where does Central Asia *stand* (*rank*) in China's
            // diplomacy?" asks for a standing, not a place.
            "where"
                if words[at + 1..].iter().any(|w| {
                    matches!(
                        *w,
                        "stand" | "stands" | "stood" | "standing" | "rank" | "ranks" | "ranked"
                    )
                }) =>
            {
                Intent::Open
            }
            "where" => Intent::Where,
            "when" => Intent::When,
            "why" => Intent::Why,
            "how" => Intent::of_how(next(1), next(2)),
            _ => Intent::of_wh_noun(words, at),
        }
    }

    /// The intent of a request for a list ("name the countries …"): the
    /// noun phrase right after the verb says what is wanted.
    fn of_list_request(words: &[&str]) -> Intent {
        let phrase_end = words
            .iter()
            .skip(1)
            .position(|w| PHRASE_ENDS.contains(w))
            .map_or(words.len(), |end| end + 1);
        words[1..phrase_end]
            .iter()
            .rev()
            .find_map(|w| Intent::of_type_noun(w))
            .unwrap_or(Intent::Open)
    }

    /// The intent of a "how" question, by the two words after "how".
    fn of_how(first: &str, second: &str) -> Intent {
        match first {
            "many"
                if matches!(
                    second,
                    "years" | "months" | "days" | "weeks" | "decades" | "centuries"
                ) =>
            {
                Intent::HowLong
            }
            // "How many *is* the grant?": a count is of plural things, so
            // "many" before a singular verb asks how much.
            "many" if matches!(second, "is" | "was" | "does" | "costs" | "cost") => Intent::HowMuch,
            "many" => Intent::HowMany,
            // "How much time …?" asks how long.
            "much" if second == "time" => Intent::HowLong,
            "much" | "big" | "large" => Intent::HowMuch,
            "long" | "old" => Intent::HowLong,
            // "How far back do the exchanges go?" asks for a span of time.
            "far" if second == "back" => Intent::HowLong,
            "often" | "soon" => Intent::When,
            _ => Intent::How,
        }
    }

    /// The intent of a what/which question (the wh-word at `at`), by the
    /// noun it asks about: "what time" a clock time, "which city" a
    /// place, "what amount" an amount.
    fn of_wh_noun(words: &[&str], at: usize) -> Intent {
        let noun = asked_noun(words, at);
        let noun_at = words.iter().skip(at + 1).position(|w| *w == noun);
        let of_follows = noun_at
            .and_then(|p| words.get(at + 2 + p))
            .is_some_and(|w| *w == "of");
        // "What time span": a period, not a time of day.
        let period_follows = noun_at
            .and_then(|p| words.get(at + 2 + p))
            .is_some_and(|w| is_period_noun(w));
        if period_follows {
            Intent::HowLong
        } else if CLOCK_NOUNS.contains(&noun) && !of_follows {
            // "What time did it start?"; "what time of year" is a date.
            Intent::Clock
        } else if PLACE_NOUNS.contains(&noun) || (noun == "place" && placed_at_or_held(words, at)) {
            Intent::Where
        } else if TIME_NOUNS.contains(&noun) {
            Intent::When
        } else if PERIOD_NOUNS.contains(&noun) {
            Intent::HowLong
        } else if (AMOUNT_NOUNS.contains(&noun)
            // "Which value must stay central?" picks one of several
            // things; "what value" and "which sum of …" ask an amount.
            && (words[at] != "which" || of_follows))
            || words
                .iter()
                .any(|w| matches!(*w, "worth" | "cost" | "costs"))
        {
            Intent::HowMuch
        } else if noun == "number" && of_follows {
            // "What number of presidents …?" counts; "what number will
            // the next summit have?" may ask for its place in a series.
            Intent::HowMany
        } else if matches!(noun, "reason" | "reasons") {
            Intent::Why
        } else if is_person_noun(noun) {
            Intent::Who
        } else {
            Intent::Open
        }
    }

    /// The intent a question without a wh-word asks by naming the kind of
    /// answer ("signing *date*", "grant *amount*"). Places and people are
    /// left out: "name the countries" asks for a list, not a location.
    pub(super) fn of_type_noun(word: &str) -> Option<Intent> {
        if matches!(word, "time" | "hour") {
            Some(Intent::Clock)
        } else if TIME_NOUNS.contains(&word) {
            Some(Intent::When)
        } else if PERIOD_NOUNS.contains(&word) && word != "long" {
            Some(Intent::HowLong)
        } else if AMOUNT_NOUNS.contains(&word) {
            Some(Intent::HowMuch)
        } else if word == "number" {
            Some(Intent::HowMany)
        } else if matches!(word, "reason" | "reasons") {
            // "What is the *reason* …?", "what reason did they give?"
            Some(Intent::Why)
        } else {
            None
        }
    }

    /// The noun that decided the intent, which is then no content word:
    /// "signing *date*", "what *time*", "grant *amount*".
    pub fn type_noun<'a>(words: &[&'a str]) -> Option<&'a str> {
        match words.iter().position(|w| WH_WORDS.contains(w)) {
            None if !words.first().is_some_and(|w| AUXILIARIES.contains(w)) => words
                .iter()
                .rev()
                .find(|w| Intent::of_type_noun(w).is_some())
                .copied(),
            None => None,
            Some(at) => {
                let noun = asked_noun(words, at);
                Intent::of_type_noun(noun).map(|_| noun)
            }
        }
    }

    /// Whether `noun` names a kind of place ("city", "country"): a place of
    /// another kind does not answer ("which city" is not "China").
    pub fn is_place_noun(noun: &str) -> bool {
        PLACE_NOUNS.contains(&noun)
    }

    /// Whether "what"/"which" asks for several things ("which countries",
    /// "what values"): a list then fits best.
    pub fn wants_several(words: &[&str]) -> bool {
        let plural = looks_plural;
        // "What *four* things …", "which two labels": a count of two or
        // more asks for a list.
        let counts_several = |word: Option<&&str>| {
            word.and_then(|w| {
                crate::numbers::parse_number_words(w).or_else(|| w.parse::<f64>().ok())
            })
            .is_some_and(|n| n >= 2.0)
        };
        match words.iter().position(|w| matches!(*w, "what" | "which")) {
            Some(at) if counts_several(words.get(at + 1)) => true,
            // "What are the *names* of …", "what *kinds* of …": a plural
            // filler asks for several as a plural noun does.
            Some(at) => {
                plural(asked_noun(words, at))
                    || words[at + 1..]
                        .iter()
                        .take_while(|w| NOUN_FILLERS.contains(w))
                        .any(|w| matches!(*w, "names" | "kinds" | "types" | "sorts"))
            }
            // "Who *are* the five Central Asian nations?": a plural subject.
            None if words
                .windows(2)
                .any(|pair| pair[0] == "who" && matches!(pair[1], "are" | "were")) =>
            {
                true
            }
            // "Name the three cooperation centres that were launched": a
            // plural in the noun phrase the request names.
            None if words.first().is_some_and(|w| LIST_VERBS.contains(w)) => words[1..]
                .iter()
                .skip_while(|w| {
                    matches!(**w, "the" | "all" | "me")
                        || crate::numbers::is_number_word(w)
                        || w.chars().all(|c| c.is_ascii_digit())
                })
                .take_while(|w| !PHRASE_ENDS.contains(w))
                .any(|w| plural(w)),
            None => false,
        }
    }

    /// The word a "what"/"which"/"who" question asks about ("what
    /// *future*", "who is the *president*"), if it has one.
    pub fn asked_noun<'a>(words: &[&'a str]) -> Option<&'a str> {
        let Some(at) = words
            .iter()
            .position(|w| matches!(*w, "what" | "which" | "who" | "whom"))
        else {
            // "third summit *city*?": a fragment closing on a kind of
            // place asks for one.
            return words
                .last()
                .copied()
                .filter(|_| is_fragment(words))
                .filter(|w| PLACE_NOUNS.contains(w));
        };
        Some(asked_noun(words, at)).filter(|noun| !noun.is_empty())
    }

    /// How well an answer of `kind` fits what the question asks, from 0
    /// to 1. Near misses keep some weight ("who will host?" → a country;
    /// "when?" → during an event), plain mismatches almost none.
    pub fn fit(self, kind: AnswerKind) -> f64 {
        use AnswerKind::*;
        match self {
            Intent::YesNo => 1.0,
            // "What" rarely wants a bare quantity: "what number", "what
            // amount" and "worth" are read as how many / how much.
            Intent::Open => match kind {
                Number | Money | Duration | DateTime => 0.8,
                _ => 1.0,
            },
            Intent::Who => match kind {
                Person => 1.0,
                Organization => 0.8,
                Concept => 0.8,
                // Countries act ("who will host?"), but cities do not.
                Place => 0.6,
                List => 0.35,
                Event => 0.3,
                Number | Money | DateTime | Duration => 0.1,
            },
            Intent::Where => match kind {
                Place => 1.0,
                Event => 0.7,
                Organization => 0.5,
                List => 0.45,
                Concept => 0.3,
                Person | Number | Money | DateTime | Duration => 0.1,
            },
            // Only a time of day answers, and the asker checks the answer's
            // text for one; a date or a period does not.
            Intent::Clock => match kind {
                DateTime => 0.3,
                _ => 0.1,
            },
            Intent::When => match kind {
                DateTime => 1.0,
                Duration => 0.7,
                Event => 0.6,
                Number => 0.3,
                _ => 0.15,
            },
            Intent::HowMany => match kind {
                Number => 1.0,
                Duration => 0.9,
                Money => 0.8,
                List => 0.4,
                _ => 0.15,
            },
            Intent::HowMuch => match kind {
                Money => 1.0,
                Number => 0.7,
                Duration => 0.5,
                _ => 0.15,
            },
            // A day or a count is no span of time: "how long will the
            // treaty last?" is not "Tuesday".
            Intent::HowLong => match kind {
                Duration => 1.0,
                DateTime | Number => 0.45,
                _ => 0.15,
            },
            Intent::Why => match kind {
                Concept => 1.0,
                // A list names things, and is a reason only now and then:
                // "why do these values matter?" is not answered by the
                // values themselves.
                List => 0.6,
                Event | Organization => 0.5,
                _ => 0.3,
            },
            Intent::How => match kind {
                Concept => 1.0,
                List => 0.9,
                Organization | Event => 0.6,
                _ => 0.35,
            },
        }
    }
}

/// The first word after the wh-word at `at` that is not a filler: the
/// noun saying what is asked for ("what kind of *country*").
///
/// Only a noun the question asks *for*: after a do-auxiliary the noun is
/// the subject ("what does *unilateralism* lead to?"), and "who" asks
/// about a noun only through a copula ("who is the *president*", not "who
/// *gave* the speech"). Nor the word right after the wh-word when a
/// determiner follows it: it is the verb ("what *drives* the
/// cooperation?"), though a noun may open a clause ("what was the
/// *date* the treaty was signed").
/// Whether "which place" asks where: "*on* which place …?", "which
/// place *hosted* it?". Alone, a place may be a rank ("what place does
/// it hold in their diplomacy?").
fn placed_at_or_held(words: &[&str], at: usize) -> bool {
    let preposition_before = at
        .checked_sub(1)
        .is_some_and(|before| matches!(words[before], "in" | "at" | "on"));
    preposition_before
        || words
            .iter()
            .any(|w| matches!(*w, "held" | "hosted" | "located" | "happen" | "happened"))
}

fn asked_noun<'a>(words: &[&'a str], at: usize) -> &'a str {
    let rest = words.get(at + 1..).unwrap_or_default();
    if matches!(words.get(at), Some(&("who" | "whom")))
        && !matches!(rest.first(), Some(&("is" | "are" | "was" | "were")))
    {
        return "";
    }
    // "*Into what the* leaders want to turn …?": after a preposition,
    // "what" before a determiner is the object itself, and the noun after
    // it opens the clause's subject (its auxiliary dropped).
    let object_of_preposition = at > 0
        && (CLAUSE_PREPOSITIONS.contains(&words[at - 1])
            || matches!(words[at - 1], "into" | "from" | "at" | "towards"))
        && matches!(rest.first(), Some(&("the" | "these" | "those" | "their")));
    // "*What the* leaders hope to turn it into?": "what" is never a
    // determiner before another, so it is the clause's object, its "do"
    // dropped, unless a closing "is" makes it a copula's ("what the
    // leader *is*").
    // Only a people noun misleads: it would ask who.
    let object_of_clause = words[at] == "what"
        && matches!(rest.first(), Some(&("the" | "these" | "those" | "their")))
        && !matches!(rest.last(), Some(&("is" | "are" | "was" | "were")))
        && rest
            .iter()
            .find(|w| !NOUN_FILLERS.contains(w))
            .is_some_and(|noun| is_person_noun(noun));
    if object_of_preposition || object_of_clause {
        return "";
    }
    for (n, word) in rest.iter().enumerate() {
        // "What *long-term* goal …?" asks for a goal: "long" before a noun
        // modifies it, as "term" after it does.
        let modifier = (*word == "long" || (*word == "term" && n > 0 && rest[n - 1] == "long"))
            && rest
                .get(n + 1)
                .is_some_and(|next| !NOUN_FILLERS.contains(next));
        if modifier {
            continue;
        }
        if !NOUN_FILLERS.contains(word) {
            // "Who is *going* to host …?", "what is *growing*?": a
            // progressive verb, not a noun the question asks for.
            let after_be = n > 0 && matches!(rest[n - 1], "is" | "are" | "was" | "were");
            if after_be && word.len() >= 5 && word.ends_with("ing") && *word != "thing" {
                return "";
            }
            // "What was *decided* about the next summit?": a passive verb
            // before what it is about, not a noun the question asks for.
            let topic_follows = rest
                .get(n + 1)
                .is_none_or(|next| matches!(*next, "about" | "regarding" | "concerning" | "on"));
            if after_be && word.len() >= 5 && word.ends_with("ed") && topic_follows {
                return "";
            }
            // "What are the countries *committing* themselves *to*?": the
            // noun is the subject of a progressive verb whose stranded
            // preposition the wh-word is the object of.
            let progressive_next = rest
                .get(n + 1)
                .is_some_and(|next| next.len() >= 5 && next.ends_with("ing"));
            let stranded = rest
                .last()
                .is_some_and(|last| CLAUSE_PREPOSITIONS.contains(last));
            let be_before = rest[..n]
                .iter()
                .any(|w| matches!(*w, "is" | "are" | "was" | "were"));
            if be_before && progressive_next && stranded {
                return "";
            }
            // "Which" is followed by its noun ("in which *city* the
            // centre will be …"); "what" may be followed by a verb.
            if n == 0
                && words[at] != "which"
                && Intent::of_type_noun(word).is_none()
                && rest.get(1).is_some_and(|next| DETERMINERS.contains(next))
            {
                return "";
            }
            // "Which *Chinese* leader …?", "which *Kazakh* city …?": a
            // modifier before a noun of a kind names that kind's asker.
            // After "kind of" the noun is the kind's ("which kind of
            // *cooperation* leaders want …", its "do" dropped).
            let after_kind_of = n >= 2
                && rest[n - 1] == "of"
                && matches!(
                    rest[n - 2],
                    "kind" | "kinds" | "type" | "types" | "sort" | "sorts"
                );
            if let Some(head) = rest
                .get(n + 1)
                .filter(|next| !after_kind_of && !names_a_kind(word) && names_a_kind(next))
            {
                return head;
            }
            return word;
        }
        if DO_AUXILIARIES.contains(word) {
            return "";
        }
    }
    ""
}

/// Whether a folded word looks like a plural noun by its ending
/// ("countries", not "class", "was" or "Xi's").
pub(super) fn looks_plural(noun: &str) -> bool {
    noun.len() > 3
        && noun.ends_with('s')
        && !noun.ends_with("ss")
        && !AUXILIARIES.contains(&noun)
        && noun != "xis"
        // "what *grows*": a verb the dictionary knows as no noun.
        && crate::lang::Lexicon::embedded().can_be_noun(noun) != Some(false)
}

/// Whether `noun` names a kind of answer: a place, a time, a period, an
/// amount or a person.
pub(super) fn names_a_kind(noun: &str) -> bool {
    PLACE_NOUNS.contains(&noun)
        || CLOCK_NOUNS.contains(&noun)
        || TIME_NOUNS.contains(&noun)
        || PERIOD_NOUNS.contains(&noun)
        || AMOUNT_NOUNS.contains(&noun)
        || is_person_noun(noun)
}

/// Words that open a noun phrase: the word before one is no noun the
/// question asks for, but its verb.
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our", "your",
];

/// Auxiliaries after which a what-question's noun is its subject.
const DO_AUXILIARIES: &[&str] = &["do", "does", "did", "will", "would", "has", "have", "had"];

/// Where the wh-word that asks stands: the first, unless it is "when"
/// joining a clause to a noun of time ("at a time *when* what is
/// growing?"), where a later wh-word asks.
/// Whether the wh-word at `at` opens a relative clause inside a yes/no
/// question: "Is connectivity one of *the areas where* the mechanism
/// will focus?", "Is Astana *the city which* hosted it?". The question
/// opens with an auxiliary, and a determiner and a word that can only be
/// a noun come right before the wh-word ("do you *know where* …" still
/// asks where).
fn opens_relative_clause(words: &[&str], at: usize) -> bool {
    let lexicon = crate::lang::Lexicon::embedded();
    at >= 3
        && words.first().is_some_and(|w| AUXILIARIES.contains(w))
        && matches!(words[at], "where" | "which" | "who" | "when")
        && lexicon.can_be_noun(words[at - 1]) == Some(true)
        && lexicon.can_be_verb(words[at - 1]) == Some(false)
        && DETERMINERS.contains(&words[at - 2])
}

fn asking_wh_word(words: &[&str]) -> Option<usize> {
    let at = words.iter().position(|w| WH_WORDS.contains(w))?;
    let joins_time = words[at] == "when"
        && at > 0
        && matches!(
            words[at - 1],
            "time" | "times" | "moment" | "period" | "era" | "age" | "days"
        );
    let later = || {
        words[at + 1..]
            .iter()
            .position(|w| WH_WORDS.contains(w))
            .map(|offset| at + 1 + offset)
    };
    Some(if joins_time {
        later().unwrap_or(at)
    } else {
        at
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intent(question: &str) -> Intent {
        let lowered = question.to_lowercase().replace('?', "");
        let words: Vec<&str> = lowered.split_whitespace().collect();
        Intent::detect(&words)
    }

    #[test]
    fn the_names_of_people_are_asked_of_who() {
        assert_eq!(
            intent("what are the names of the kazakh & uzbek presidents"),
            Intent::Who
        );
        assert_ne!(
            intent("what is the name of the platform the presidents praised"),
            Intent::Who
        );
    }

    #[test]
    fn a_wh_word_opening_a_relative_clause_in_a_yes_no_question_asks_nothing() {
        for question in [
            "Is connectivity one of the areas where the mechanism will focus?",
            "Is Astana the city which hosted the summit?",
        ] {
            assert_eq!(intent(question), Intent::YesNo, "{question}");
        }
        assert_eq!(
            intent("Do you know where the treaty was signed?"),
            Intent::Where
        );
    }

    #[test]
    fn the_noun_after_kind_of_is_asked_though_a_subject_follows_it() {
        let words = [
            "which",
            "kind",
            "of",
            "cooperation",
            "leaders",
            "want",
            "to",
            "deepen",
        ];
        assert_eq!(Intent::asked_noun(&words), Some("cooperation"));
        let words = ["which", "chinese", "leader", "attended"];
        assert_eq!(Intent::asked_noun(&words), Some("leader"));
    }

    #[test]
    fn the_word_before_a_determiner_is_the_verb_not_the_asked_noun() {
        let words = ["what", "drives", "the", "cooperation"];
        assert_eq!(Intent::asked_noun(&words), None);
        assert!(!Intent::wants_several(&words));
        let words = [
            "what", "was", "the", "exact", "date", "the", "treaty", "was", "signed",
        ];
        assert_eq!(Intent::asked_noun(&words), Some("date"));
    }

    #[test]
    fn which_people_in_the_plural_asks_who_as_the_singular_does() {
        assert_eq!(intent("which leaders came to the summit"), Intent::Who);
        assert_eq!(intent("Which presidents signed the pact?"), Intent::Who);
        assert_eq!(intent("which officials spoke"), Intent::Who);
        assert_eq!(intent("which leader spoke first?"), Intent::Who);
        assert_eq!(intent("which chinese leader attended"), Intent::Who);
        assert_eq!(intent("which kazakh city hosted it"), Intent::Where);
        // A word that merely ends in "s" is no plural of a person noun.
        assert_eq!(intent("which cooperations began"), Intent::Open);
    }

    #[test]
    fn a_claim_that_a_thing_is_what_a_clause_names_is_yes_or_no() {
        assert_eq!(
            intent(
                "is a regional model for collaboration what the leaders want the mechanism to become"
            ),
            Intent::YesNo
        );
        assert_ne!(
            intent("is it known what month the summit was"),
            Intent::YesNo
        );
        assert_ne!(
            intent("is the article clear about what the grant is for"),
            Intent::YesNo
        );
    }

    #[test]
    fn a_relative_clause_after_a_plural_noun_keeps_a_question_yes_or_no() {
        assert_eq!(
            intent("Is Uzbekistan one of the countries whose president joined Xi at the summit?"),
            Intent::YesNo
        );
        assert_eq!(
            intent("Was Kazakhstan among the countries which signed the treaty?"),
            Intent::YesNo
        );
        assert_ne!(intent("Is it known which country hosts it?"), Intent::YesNo);
        assert_eq!(intent("Is it said whose idea it was?"), Intent::Who);
    }

    #[test]
    fn asking_for_the_reason_asks_why() {
        assert_eq!(intent("What is the reason for the grant?"), Intent::Why);
        assert_eq!(
            intent("What reason did the leaders give for the mechanism growing?"),
            Intent::Why
        );
        assert_eq!(intent("For what reason did they praise it?"), Intent::Why);
        assert_eq!(intent("grant reason?"), Intent::Why);
    }

    #[test]
    fn a_persons_name_is_asked_by_who_wherever_what_stands() {
        assert_eq!(intent("Kazakhstan president name what?"), Intent::Who);
        assert_eq!(
            intent("Kazakhstan president, his name what is?"),
            Intent::Who
        );
        assert_eq!(
            intent("Xi met five presidents. What are their names?"),
            Intent::Who
        );
        assert_eq!(intent("what is the kazakh presidents name"), Intent::Who);
        assert_eq!(intent("kazakh president's name?"), Intent::Who);
        // A name that is no person's is no "who".
        assert_ne!(intent("What is the name of the treaty?"), Intent::Who);
        assert_ne!(intent("What are the names of the centres?"), Intent::Who);
    }

    #[test]
    fn where_someone_stands_asks_for_a_standing_not_a_place() {
        assert_eq!(
            intent("Where does Central Asia stand in China's diplomacy?"),
            Intent::Open
        );
        assert_eq!(
            intent("where do the leaders stand on free trade"),
            Intent::Open
        );
        assert_eq!(
            intent("Where does Central Asia rank in China's neighborhood diplomacy?"),
            Intent::Open
        );
        assert_eq!(intent("Where did the leaders meet?"), Intent::Where);
        assert_eq!(intent("How many is the grant?"), Intent::HowMuch);
        assert_eq!(intent("How many are the countries?"), Intent::HowMany);
    }

    #[test]
    fn when_joining_a_clause_to_a_time_leaves_the_asking_to_a_later_wh_word() {
        assert_eq!(
            intent("Xi said justice must stay central at a time when what is growing?"),
            Intent::Open
        );
        assert_eq!(
            intent("At a time when trade grows, who spoke?"),
            Intent::Who
        );
        assert_eq!(intent("When did the leaders meet?"), Intent::When);
    }

    #[test]
    fn wh_words_say_what_is_wanted() {
        assert_eq!(intent("Who is the president of Kazakhstan?"), Intent::Who);
        assert_eq!(intent("In which city was it signed?"), Intent::Where);
        assert_eq!(intent("what day was it signed"), Intent::When);
        assert_eq!(intent("How many centres were launched?"), Intent::HowMany);
        assert_eq!(intent("How many years of exchanges?"), Intent::HowLong);
        assert_eq!(intent("for how many decades?"), Intent::HowLong);
        assert_eq!(intent("How much is the grant?"), Intent::HowMuch);
        assert_eq!(intent("What was the value of the grant?"), Intent::HowMuch);
        assert_eq!(
            intent("is the treaty which they signed legally binding?"),
            Intent::YesNo
        );
        assert_eq!(intent("Was the summit held in which city?"), Intent::Where);
        // "What number of …" counts; "what number" alone may ask a place
        // in a series.
        assert_eq!(
            intent("What number of centres were launched?"),
            Intent::HowMany
        );
        assert_eq!(
            intent("What number will the next summit have?"),
            Intent::Open
        );
        // A place is asked where only at, in or on it, or where held.
        assert_eq!(intent("On which place was the summit held?"), Intent::Where);
        assert_eq!(intent("Which place hosted the summit?"), Intent::Where);
        assert_eq!(
            intent("What place does Central Asia hold in China's diplomacy?"),
            Intent::Open
        );
        // "Which value" picks one of several things, not an amount.
        assert_eq!(
            intent("Which value must stay at the centre of global cooperation?"),
            Intent::Open
        );
        assert_eq!(intent("Over what period?"), Intent::HowLong);
        assert_eq!(intent("how old are the ties?"), Intent::HowLong);
        assert_eq!(intent("how far back do the ties go?"), Intent::HowLong);
        assert_eq!(intent("What long term goal did he name?"), Intent::Open);
        assert_eq!(intent("what long period of exchanges?"), Intent::HowLong);
        assert_eq!(
            intent("name the countries whose presidents came"),
            Intent::Open
        );
        assert_eq!(intent("what time did the summit start?"), Intent::Clock);
        assert_eq!(intent("at what time was it signed"), Intent::Clock);
        assert_eq!(intent("what time of year was it"), Intent::When);
        assert_eq!(intent("What kind of country hosted it?"), Intent::Where);
        assert_eq!(intent("What did Xi say?"), Intent::Open);
        assert_eq!(intent("Was the treaty signed in Astana?"), Intent::YesNo);
        assert_eq!(
            intent("Is Central Asia important in how China deals with its neighbours?"),
            Intent::YesNo
        );
        assert_eq!(intent("Is the grant for how many years?"), Intent::HowLong);
        assert_eq!(intent("treaty signing city"), Intent::Where);
        assert_eq!(intent("the treaty signing date"), Intent::When);
        assert_eq!(intent("grant amount?"), Intent::HowMuch);
        assert_eq!(intent("grant time frame"), Intent::HowLong);
        assert_eq!(
            intent("total budget for the three centres?"),
            Intent::HowMuch
        );
        assert_eq!(intent("What place does Central Asia hold?"), Intent::Open);
        assert_eq!(
            intent("What is the name of the president of Kazakhstan?"),
            Intent::Who
        );
    }

    #[test]
    fn plural_nouns_ask_for_several() {
        let several = |q: &str| {
            let lowered = q.to_lowercase();
            let words: Vec<&str> = lowered.split_whitespace().collect();
            Intent::wants_several(&words)
        };
        assert!(several("Which countries signed"));
        assert!(several("what are the names of the 5 presidents"));
        assert!(!several("what is the name of the declaration"));
        assert!(several("what values matter"));
        assert!(!several("what is the grant"));
        assert!(!several("what does xi say"));
        assert!(!several("what was agreed"));
        assert!(several(
            "name the three cooperation centres that were launched"
        ));
        assert!(several("list the five central asian countries"));
        assert!(!several("name the city that hosted the summit"));
        assert!(!several("name the host of the third summits"));
        // A verb right after "what" is no plural noun.
        assert!(!several("what grows in the world today"));
    }

    #[test]
    fn a_progressive_verb_after_is_is_not_the_asked_noun() {
        for question in [
            "who is going to host the summit",
            "what is growing in the world",
            "what are the countries committing themselves to",
        ] {
            let words: Vec<&str> = question.split_whitespace().collect();
            assert_eq!(Intent::asked_noun(&words), None, "{question}");
        }
        let words: Vec<&str> = "what is the country hosting the summit"
            .split_whitespace()
            .collect();
        assert_eq!(Intent::asked_noun(&words), Some("country"));
        let words: Vec<&str> = "what is the meaning of amity".split_whitespace().collect();
        assert_eq!(Intent::asked_noun(&words), Some("meaning"));
    }

    #[test]
    fn a_passive_verb_before_its_topic_is_not_the_asked_noun() {
        for question in [
            "what was decided about the next summit",
            "what was agreed on",
        ] {
            let words: Vec<&str> = question.split_whitespace().collect();
            assert_eq!(Intent::asked_noun(&words), None, "{question}");
        }
        let words: Vec<&str> = "what was the shared future".split_whitespace().collect();
        assert_eq!(Intent::asked_noun(&words), Some("shared"));
    }

    #[test]
    fn the_expected_kind_fits_best() {
        assert!(Intent::Who.fit(AnswerKind::Person) > Intent::Who.fit(AnswerKind::List));
        assert!(Intent::When.fit(AnswerKind::DateTime) > Intent::When.fit(AnswerKind::Place));
        assert!(Intent::HowMuch.fit(AnswerKind::Money) > Intent::HowMuch.fit(AnswerKind::Number));
        assert_eq!(Intent::Open.fit(AnswerKind::Concept), 1.0);
        assert!(Intent::Open.fit(AnswerKind::Number) < 1.0);
    }
}
