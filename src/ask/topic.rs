//! A topic a learner sets before the question about it ("*What about
//! Uzbekistan* - was its president there?", "*As for the grant*, how much
//! is it?", "*According to the article*, who signed it?"), folded into the
//! question so that it is read whole: "was Uzbekistan's president there?";
//! and the other roundabout ways a question is put, read as the plain
//! question they ask: what a phrase "refers to" as what it is, "by what
//! means" as how, "whose speech said …" as who said it.
//!
//! General English only: the openers that set a topic, the pronouns that
//! point back at it and the roundabout phrasings, never an article's
//! words.

use super::confirm::{fold, possessive_owner};
use super::courtesy::{LEADING_PREPOSITIONS, StartsWithWords};
use super::intent::{AUXILIARIES, WH_WORDS};
use super::phrasing::QUOTES;
use crate::lang::Lexicon;

/// Openers that set a topic for the question after them.
const TOPIC_OPENERS: &[&[&str]] = &[
    &["and", "what", "about"],
    &["and", "how", "about"],
    &["what", "about"],
    &["how", "about"],
    &["as", "for"],
    &["as", "to"],
    &["as", "regards"],
    &["regarding"],
    &["concerning"],
    &["speaking", "of"],
    &["turning", "to"],
    &["on", "the", "subject", "of"],
    &["with", "regard", "to"],
    &["with", "respect", "to"],
    // "About the grant, …" (not "about how much …": no topic comes first).
    &["about"],
    &["whats", "the", "deal", "with"],
    &["what", "is", "the", "deal", "with"],
    &["whats", "the", "story", "with"],
];

/// Words that say the source itself is what the question is about:
/// "*according to the article*, …" asks what the article says, which is
/// what every question asks.
const SOURCE_NOUNS: &[&str] = &[
    "article",
    "text",
    "story",
    "report",
    "passage",
    "piece",
    "news",
    "author",
    "writer",
    "reporter",
    "journalist",
];

/// Openers that attribute a question to its source: "*according to* the
/// article", "*in* the text", "*based on* the story".
const SOURCE_OPENERS: &[&[&str]] = &[
    &["according", "to"],
    &["based", "on"],
    &["going", "by"],
    &["in"],
    &["from"],
    &["per"],
];

/// Pronouns that point back at a topic, and whether each is possessive.
const BACK_POINTERS: &[(&str, bool)] = &[
    ("it", false),
    ("its", true),
    ("they", false),
    ("them", false),
    ("their", true),
];

/// Pronouns that point back at a named topic (a person).
const PERSONAL_BACK_POINTERS: &[(&str, bool)] = &[
    ("he", false),
    ("him", false),
    ("his", true),
    ("she", false),
    ("her", true),
];

/// Determiners a topic may open with, dropped where the topic is put
/// after "how many": "how many *new centres* were launched".
const DETERMINERS: &[&str] = &["the", "a", "an"];

/// A question split once, for every re-reading below.
struct Words<'q> {
    tokens: Vec<&'q str>,
    folded: Vec<String>,
}

impl<'q> Words<'q> {
    fn of(question: &'q str) -> Words<'q> {
        let tokens: Vec<&str> = question.split_whitespace().collect();
        let folded = tokens.iter().map(|t| fold(t)).collect();
        Words { tokens, folded }
    }
}

/// `question` read another way when it asks in a roundabout way, or
/// `None`: an opening naming the source dropped, a topic set before it
/// folded in, what a phrase refers to asked as what it is, "by what
/// means" as how, or "whose" of the owner. The result is read again, so
/// these combine.
pub(super) fn reread(question: &str, lexicon: &Lexicon) -> Option<String> {
    let words = Words::of(question);
    without_source_attribution(&words)
        .or_else(|| topic_folded_in(&words))
        .or_else(|| reference_as_what_is(&words))
        .or_else(|| manner_as_how(&words))
        .or_else(|| choice_set_before(&words))
        .or_else(|| whose_as_who(&words))
        .or_else(|| view_as_said(&words))
        .or_else(|| auxiliary_restored(&words))
        .or_else(|| object_auxiliary_restored(&words, lexicon))
        .or_else(|| fronted_phrase_moved_last(&words))
        .or_else(|| saying_dropped(&words))
        .or_else(|| listing_as_which(&words))
        .or_else(|| kind_of_people_as_who(&words))
        .or_else(|| comparative_made_as_verb(&words, lexicon))
        .or_else(|| wh_refined_after_comma(&words))
        .or_else(|| in_question_order(&words, lexicon))
}

/// The most words of a wh-phrase that narrows a question after its
/// comma ("…, *at what event*?").
const LONGEST_REFINEMENT: usize = 4;

/// "When did Xi give his speech, *at what event*?" → "at what event did
/// Xi give his speech?": a short wh-phrase after a comma says what the
/// question's opening wh-word asks for, so it takes that word's place.
/// `None` unless the question opens with a wh-word and closes on such a
/// phrase.
fn wh_refined_after_comma(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    if !WH_WORDS.contains(&folded.first()?.as_str()) {
        return None;
    }
    let comma = tokens.iter().rposition(|t| t.ends_with(','))?;
    let tail = &folded[comma + 1..];
    let preposition = usize::from(
        tail.first()
            .is_some_and(|w| LEADING_PREPOSITIONS.contains(&w.as_str())),
    );
    let refines = tail.len() > preposition + 1
        && tail.len() <= LONGEST_REFINEMENT
        && matches!(tail[preposition].as_str(), "what" | "which")
        && !tail[preposition + 1..]
            .iter()
            .any(|w| AUXILIARIES.contains(&w.as_str()) || WH_WORDS.contains(&w.as_str()));
    let head = &tokens[1..=comma];
    (refines && head.len() >= 2).then(|| {
        joined_question(&[
            &tokens[comma + 1..].join(" "),
            head.join(" ").trim_end_matches(','),
        ])
    })
}

/// The most words between "make" and the comparative it makes.
const MAX_MADE_GAP: usize = 4;

/// "make cooperation *deeper*" → "*deepen* cooperation": making a thing
/// more of a quality is the verb English builds from the adjective with
/// "-en" (deepen, widen, broaden, tighten), where the dictionary has it.
/// `None` when the question makes nothing so.
fn comparative_made_as_verb(words: &Words<'_>, lexicon: &Lexicon) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    let make = folded
        .iter()
        .position(|w| matches!(w.as_str(), "make" | "makes" | "made" | "making"))?;
    let (at, verb) = (make + 1..folded.len().min(make + 2 + MAX_MADE_GAP)).find_map(|at| {
        let base = folded[at].strip_suffix("er").filter(|b| b.len() >= 3)?;
        let verb = format!("{base}en");
        lexicon.is_base_verb(&verb).then_some((at, verb))
    })?;
    let closing = &tokens[at][tokens[at].trim_end_matches(['?', '.', ',', '!']).len()..];
    let mut out: Vec<String> = tokens[..make].iter().map(|t| t.to_string()).collect();
    out.push(verb);
    out.extend(tokens[make + 1..at].iter().map(|t| t.to_string()));
    if let Some(last) = out.last_mut() {
        last.push_str(closing);
    }
    out.extend(tokens[at + 1..].iter().map(|t| t.to_string()));
    Some(out.join(" "))
}

/// The most words of a kind a listing request names.
const LONGEST_LISTED_KIND: usize = 5;

/// "Name the green minerals they plan to work on" → "which green
/// minerals they plan to work on?": a request to list a kind's members
/// asks which they are, so a fact that names only the kind answers
/// nothing. Only for a plural kind after "the": "name the treaty" asks
/// for its name.
fn listing_as_which(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    if !matches!(folded.first()?.as_str(), "list" | "name" | "enumerate") || folded.get(1)? != "the"
    {
        return None;
    }
    // The kind's words run to a relative or a preposition ("the Belt
    // and Road projects *that* …").
    let plural = folded[2..]
        .iter()
        .take_while(|w| {
            !matches!(
                w.as_str(),
                "that"
                    | "which"
                    | "who"
                    | "whom"
                    | "to"
                    | "of"
                    | "in"
                    | "at"
                    | "for"
                    | "from"
                    | "with"
                    | "on"
                    | "by"
            )
        })
        .take(LONGEST_LISTED_KIND)
        .any(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
    (plural && tokens.len() > 2).then(|| {
        let rest = tokens[2..].join(" ");
        let rest = rest.trim_end_matches(['.', '!', '?']);
        format!("which {rest}?")
    })
}

/// Verbs of saying, thinking and wanting whose "do" a learner drops:
/// "what leaders *say* …?".
const BARE_SAYING_VERBS: &[&str] = &["say", "think", "want", "hope", "believe", "mean", "expect"];

/// The most words of a subject between "what" and its bare verb.
const LONGEST_BARE_SUBJECT: usize = 4;

/// "What leaders say China's prosperity is giving …?" → "what do leaders
/// say …?": a learner's dropped "do" before a subject and a bare verb of
/// saying or thinking, which would otherwise read "what leaders" as
/// "which leaders". `None` for any other question.
fn auxiliary_restored(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    if folded.first()? != "what" {
        return None;
    }
    let verb = (2..folded.len().min(2 + LONGEST_BARE_SUBJECT))
        .find(|&at| BARE_SAYING_VERBS.contains(&folded[at].as_str()))?;
    let subject_ok = folded[1..verb].iter().all(|w| {
        !AUXILIARIES.contains(&w.as_str())
            && !WH_WORDS.contains(&w.as_str())
            && !matches!(w.as_str(), "you" | "i" | "to")
    });
    (subject_ok && folded.len() > verb + 2)
        .then(|| format!("{} do {}", tokens[0], tokens[1..].join(" ")))
}

/// The most words of a phrase set before a question in a statement's
/// order ("*Together with China*, leaders commit to …?").
const LONGEST_FRONTED_PHRASE: usize = 5;

/// Words that open a phrase of circumstance besides the prepositions:
/// "*together* with China", "*along* with Xi".
const PHRASE_OPENERS: &[&str] = &["together", "along", "alongside", "besides"];

/// "Together with China, leaders commit to defend what?" → "leaders
/// commit to defend what together with China?": a phrase of circumstance
/// set before a question asked in a statement's order (its wh-word in
/// place, or none) goes after it, where the question's reading of its
/// subject and verb expects it. `None` for any other question.
fn fronted_phrase_moved_last(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    let first = folded.first()?.as_str();
    if !LEADING_PREPOSITIONS.contains(&first) && !PHRASE_OPENERS.contains(&first) {
        return None;
    }
    let comma = tokens
        .iter()
        .take(LONGEST_FRONTED_PHRASE)
        .position(|t| t.ends_with(','))?;
    let rest = &tokens[comma + 1..];
    let rest_folded = &folded[comma + 1..];
    let opens_question = rest_folded
        .first()
        .is_some_and(|w| WH_WORDS.contains(&w.as_str()) || AUXILIARIES.contains(&w.as_str()));
    if comma == 0 || rest.len() < 3 || opens_question || !rest.last()?.ends_with('?') {
        return None;
    }
    let phrase: Vec<&str> = tokens[..=comma]
        .iter()
        .map(|t| t.trim_end_matches(','))
        .collect();
    let asked = rest.join(" ");
    let mut phrase = phrase.join(" ");
    if let Some(opening) = phrase.get(..1) {
        phrase = format!("{}{}", opening.to_lowercase(), &phrase[1..]);
    }
    Some(format!("{} {phrase}?", asked.trim_end_matches('?')))
}

/// Prepositions a question may close on, the object it asks for left
/// out before them ("what did they praise it *for*?").
const STRANDED_PREPOSITIONS: &[&str] =
    &["for", "with", "about", "to", "on", "in", "at", "from", "of"];

/// Pronouns a dropped auxiliary may come before: "what *they* sign?".
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we"];

/// "what document leaders sign at the summit?" → "what document did
/// leaders sign …?", "what central asian leaders commit to do?" → "what
/// did central asian leaders commit to do?": a learner's dropped auxiliary
/// before a subject of people and its verb, when what is asked is the
/// verb's object: a noun of its own comes between "what" and the subject,
/// or the question leaves the object out ("… to do", "… the platform
/// *for*"). "What leaders attended?" asks which leaders, and stays.
fn object_auxiliary_restored(words: &Words<'_>, lexicon: &Lexicon) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    // "At summit, what …": the question after a comma.
    let what = folded
        .iter()
        .position(|w| w == "what")
        .filter(|&at| at == 0 || tokens[at - 1].ends_with(','))?;
    let head = (what + 1..folded.len().min(what + 2 + LONGEST_BARE_SUBJECT)).find(|&at| {
        super::intent::is_person_noun(&folded[at])
            || SUBJECT_PRONOUNS.contains(&folded[at].as_str())
    })?;
    let verb = folded.get(head + 1)?.as_str();
    let plain_word = |w: &String| {
        !AUXILIARIES.contains(&w.as_str())
            && !WH_WORDS.contains(&w.as_str())
            && !crate::lang::is_stopword(w)
    };
    if !plain_word(&folded[head + 1])
        || lexicon.can_be_verb(verb) != Some(true)
        || !folded[what + 1..head]
            .iter()
            .all(|w| plain_word(w) || DISLOCATION_DETERMINERS.contains(&w.as_str()))
    {
        return None;
    }
    // A news article reports what was done: "did", whatever the verb's
    // form.
    let auxiliary = "did";
    // "what *document* leaders sign": the asked noun, then the subject.
    // "what *day* they sign …" asks when, which the question reads as is.
    let object_noun = head > what + 1
        && !super::intent::is_person_noun(&folded[what + 1])
        && super::intent::Intent::of_type_noun(&folded[what + 1]).is_none()
        && lexicon.can_be_noun(&folded[what + 1]) == Some(true)
        && lexicon.can_be_adjective(&folded[what + 1]) != Some(true);
    let object_left_out = folded
        .last()
        .is_some_and(|w| STRANDED_PREPOSITIONS.contains(&w.as_str()))
        || folded[head + 2..]
            .windows(2)
            .any(|pair| pair[0] == "to" && pair[1] == "do");
    let at = if object_noun {
        what + 2
    } else if object_left_out {
        what + 1
    } else {
        return None;
    };
    let mut read: Vec<&str> = tokens[what..].to_vec();
    read.insert(at - what, auxiliary);
    Some(read.join(" "))
}

/// Verbs of saying a wh-question may wrap its subject's own wish or
/// plan in: "what did the leaders *say* they want …".
const WRAPPING_SAYING_VERBS: &[&str] = &["say", "said", "says", "state", "stated", "claim"];

/// Verbs that cannot follow a dropped "say they" ("what did they say
/// they *would* do" keeps its saying: "did they would" reads as nothing).
const MODALS: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
];

/// "What did the leaders say they want to turn the mechanism into?" →
/// "What did the leaders want to turn the mechanism into?": the saying
/// around the subject's own act, taken up by a pronoun, asks nothing of
/// its own; the article reports the act, not the saying. Only in a
/// wh-question whose auxiliary comes before the subject. `None` for any
/// other question.
fn saying_dropped(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    if !WH_WORDS.contains(&folded.first()?.as_str())
        || !folded
            .get(1)
            .is_some_and(|w| matches!(w.as_str(), "did" | "do" | "does"))
    {
        return None;
    }
    let say = folded
        .iter()
        .position(|w| WRAPPING_SAYING_VERBS.contains(&w.as_str()))
        .filter(|&at| at >= 3)?;
    let pronoun = say + usize::from(folded.get(say + 1).is_some_and(|w| w == "that")) + 1;
    let verb = folded.get(pronoun + 1)?;
    // The pronoun must take up the subject, not someone else: "what did
    // Xi say *they* want?" asks the others' wish.
    let subject_plural = folded[say - 1].ends_with('s') && !folded[say - 1].ends_with("ss")
        || matches!(folded[say - 1].as_str(), "they" | "we" | "people");
    let taken_up = match folded.get(pronoun)?.as_str() {
        "they" | "we" => subject_plural,
        "he" | "she" | "it" => !subject_plural,
        _ => false,
    };
    if !taken_up
        || MODALS.contains(&verb.as_str())
        || tokens[..=pronoun].iter().any(|t| t.ends_with([',', '?']))
    {
        return None;
    }
    let kept: Vec<&str> = tokens[..say]
        .iter()
        .chain(&tokens[pronoun + 1..])
        .copied()
        .collect();
    Some(kept.join(" "))
}

/// Nouns for people in general: "what kind of *people*" asks who.
const PEOPLE_NOUNS: &[&str] = &["people", "person", "persons", "individuals", "folks"];

/// "What kind of people will get the training?" → "who will get the
/// training?": the sort of people is who they are, as the article names
/// them. `None` for any other opening.
fn kind_of_people_as_who(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    let kind = matches!(
        folded.get(1).map(String::as_str),
        Some("kind" | "kinds" | "type" | "types" | "sort" | "sorts")
    );
    let skip = if matches!(folded.first().map(String::as_str), Some("what" | "which"))
        && kind
        && folded.get(2).is_some_and(|w| w == "of")
        && folded
            .get(3)
            .is_some_and(|w| PEOPLE_NOUNS.contains(&w.as_str()))
    {
        4
    } else {
        return None;
    };
    (tokens.len() > skip + 1).then(|| format!("who {}", tokens[skip..].join(" ")))
}

/// Verbs that ask how someone regards a thing: "how does Xi *feel*
/// about …", "how do the leaders *see* China".
const VIEWING_VERBS: &[&str] = &[
    "feel", "think", "view", "see", "regard", "perceive", "consider",
];

/// Nouns that name how someone regards a thing: "Xi's *view* of …".
const VIEW_NOUNS: &[&str] = &[
    "view",
    "views",
    "opinion",
    "opinions",
    "stance",
    "position",
    "attitude",
    "take",
    "thoughts",
    "feelings",
    "perspective",
    "assessment",
];

/// Prepositions between a view and what it is of.
const VIEW_OBJECTS: &[&str] = &[
    "about",
    "of",
    "on",
    "toward",
    "towards",
    "regarding",
    "concerning",
];

/// `question` about what someone thinks of a thing read as what they said
/// of it, the only view an article reports, or `None`:
/// - "How does Xi feel about protectionism?", "What do the leaders think
///   of China?", "How do the leaders see China?" → "what did Xi say about
///   protectionism?";
/// - "What is Xi's view of the region?" → "what did Xi say about the
///   region?";
/// - "Does Xi think hegemony helps anyone?" → "did Xi say that hegemony
///   helps anyone?".
fn view_as_said(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    // "Do you think …?" asks the asker's own opinion, which an article
    // does not hold.
    if folded
        .iter()
        .any(|w| matches!(w.as_str(), "you" | "your" | "yours"))
    {
        return None;
    }
    let first = folded.first()?.as_str();
    let do_aux = |at: usize| {
        folded
            .get(at)
            .is_some_and(|w| matches!(w.as_str(), "do" | "does" | "did"))
    };
    let verb_after = |from: usize| {
        (from + 1..folded.len().min(from + 1 + MAX_NOUN_PHRASE))
            .find(|&at| VIEWING_VERBS.contains(&folded[at].as_str()))
    };
    let said_about = |holder: &[&str], rest: &[&str]| {
        (!holder.is_empty() && !rest.is_empty()).then(|| {
            joined_question(&["what did", &holder.join(" "), "say about", &rest.join(" ")])
        })
    };
    match first {
        // "how do X feel about Y", "what does X think of Y", "how do X see Y"
        "how" | "what" if do_aux(1) => {
            let verb = verb_after(1)?;
            let holder = &tokens[2..verb];
            let preposition = folded
                .get(verb + 1)
                .is_some_and(|w| VIEW_OBJECTS.contains(&w.as_str()));
            let rest_from = verb + 1 + usize::from(preposition);
            let thinks_of = matches!(folded[verb].as_str(), "feel" | "think");
            // "what does X think of Y" / "how does X feel about Y", or a
            // verb with its object ("how do X see Y"; "what do X see" asks
            // what they saw).
            let fits = if thinks_of {
                preposition
            } else {
                first == "how"
            };
            fits.then(|| said_about(holder, &tokens[rest_from..]))?
        }
        // "what is the view of X about Y"
        "what"
            if folded.get(1).is_some_and(|w| COPULAS.contains(&w.as_str()))
                && folded.get(2).is_some_and(|w| w == "the")
                && folded
                    .get(3)
                    .is_some_and(|w| VIEW_NOUNS.contains(&w.as_str()))
                && folded.get(4).is_some_and(|w| w == "of") =>
        {
            let object = (6..folded.len().saturating_sub(1))
                .find(|&at| folded[at] != "of" && VIEW_OBJECTS.contains(&folded[at].as_str()))?;
            said_about(&tokens[5..object], &tokens[object + 1..])
        }
        // "what is X's view of Y"
        "what" if folded.get(1).is_some_and(|w| COPULAS.contains(&w.as_str())) => {
            let noun = (3..folded.len().saturating_sub(1))
                .find(|&at| VIEW_NOUNS.contains(&folded[at].as_str()))?;
            let owner = possessive_owner(tokens[noun - 1])?;
            if !VIEW_OBJECTS.contains(&folded[noun + 1].as_str()) {
                return None;
            }
            let mut holder: Vec<&str> = tokens[2..noun - 1].to_vec();
            holder.push(owner);
            said_about(&holder, &tokens[noun + 2..])
        }
        // "does X think (that) Y"
        "do" | "does" | "did" => {
            let verb = verb_after(0)?;
            if !matches!(folded[verb].as_str(), "think" | "feel" | "consider") {
                return None;
            }
            let that = usize::from(folded.get(verb + 1).is_some_and(|w| w == "that"));
            let claim = &tokens[verb + 1 + that..];
            (verb >= 2 && claim.len() >= 2).then(|| {
                joined_question(&[
                    "did",
                    &tokens[1..verb].join(" "),
                    "say that",
                    &claim.join(" "),
                ])
            })
        }
        _ => None,
    }
}

/// `question` in the word order of a plain question, or `None`: a passive
/// put active ("By whom was the treaty signed?" → "who signed the
/// treaty?"; "What was announced by Xi?" → "what did Xi announce?"), and
/// a question in the order of a statement, as an embedded one is
/// ("[tell me] what the countries committed to" → "what did the countries
/// commit to").
fn in_question_order(words: &Words<'_>, lexicon: &Lexicon) -> Option<String> {
    by_whom_as_who(words, lexicon)
        .or_else(|| done_by_as_active(words, lexicon))
        .or_else(|| statement_order_as_question(words, lexicon))
}

/// [`in_question_order`] of a question not yet split.
pub(super) fn reordered(question: &str, lexicon: &Lexicon) -> Option<String> {
    in_question_order(&Words::of(question), lexicon)
}

/// Forms of "be" a passive is built on, and the do-auxiliary of the same
/// tense and number.
const PASSIVE_BE: &[(&str, &str)] = &[
    ("was", "did"),
    ("were", "did"),
    ("is", "does"),
    ("are", "do"),
];

/// The most words an agent after "by" or a subject before the verb may
/// have.
const MAX_NOUN_PHRASE: usize = 5;

/// Words that end an agent after "by": what follows says where, when or
/// how ("by Xi *in* his speech").
const AFTER_AGENT: &[&str] = &[
    "in", "at", "during", "on", "for", "with", "to", "about", "when", "while", "after", "before",
    "as",
];

/// `parts` joined by spaces (empty ones left out), with a closing
/// question mark.
fn joined_question(parts: &[&str]) -> String {
    let text = parts
        .iter()
        .map(|p| p.trim_end_matches(['?', '.']))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let text = text.trim_end_matches(['?', '.', ' ']);
    format!("{text}?")
}

/// Where the past participle of a passive is, among `folded[from..]`
/// after at least one word of its subject.
fn participle_at(folded: &[String], from: usize, lexicon: &Lexicon) -> Option<usize> {
    (from + 1..folded.len().min(from + 1 + MAX_NOUN_PHRASE))
        .find(|&at| lexicon.past_verb_base(&folded[at]).is_some())
}

/// "By whom was the treaty signed?" / "Who was the treaty signed by?" →
/// "who signed the treaty?".
fn by_whom_as_who(words: &Words<'_>, lexicon: &Lexicon) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    let is_be = |w: &str| PASSIVE_BE.iter().any(|(be, _)| *be == w);
    let (subject, end) = if starts_with(folded, &["by", "whom"]) && folded.len() > 4 {
        (3, folded.len())
    } else if matches!(folded.first().map(String::as_str), Some("who" | "whom"))
        && folded.last().map(String::as_str) == Some("by")
        && folded.len() > 4
    {
        (2, folded.len() - 1)
    } else {
        return None;
    };
    if !is_be(&folded[subject - 1]) {
        return None;
    }
    let participle = participle_at(&folded[..end], subject, lexicon)?;
    let written = tokens[participle].trim_end_matches(['?', '.', ',', '!']);
    let verb = if folded[participle].ends_with("ed") {
        written.to_string()
    } else {
        format!("has {written}")
    };
    let object = tokens[subject..participle].join(" ");
    let rest = tokens[participle + 1..end].join(" ");
    Some(joined_question(&["who", &verb, &object, &rest]))
}

/// "What was cautioned against by Xi in his speech?" → "what did Xi
/// caution against in his speech?": a what- or which-question in the
/// passive with its agent after "by".
fn done_by_as_active(words: &Words<'_>, lexicon: &Lexicon) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    if !matches!(folded.first().map(String::as_str), Some("what" | "which")) {
        return None;
    }
    let (be, aux) = (1..=3.min(folded.len().saturating_sub(1))).find_map(|at| {
        let (_, aux) = PASSIVE_BE.iter().find(|(be, _)| *be == folded[at])?;
        Some((at, *aux))
    })?;
    let participle = be + 1;
    let base = lexicon.past_verb_base(folded.get(participle)?)?;
    let by = (participle + 1..folded.len().min(participle + 4)).find(|&at| folded[at] == "by")?;
    let agent_end = (by + 2..folded.len())
        .find(|&at| AFTER_AGENT.contains(&folded[at].as_str()))
        .unwrap_or(folded.len());
    if agent_end - (by + 1) > MAX_NOUN_PHRASE || agent_end <= by + 1 {
        return None;
    }
    let asked = tokens[..be].join(" ");
    let particles = tokens[participle + 1..by].join(" ");
    let agent = tokens[by + 1..agent_end].join(" ");
    let rest = tokens[agent_end..].join(" ");
    Some(joined_question(&[
        &asked, aux, &agent, &base, &particles, &rest,
    ]))
}

/// Words that open a subject before its verb.
const SUBJECT_OPENERS: &[&str] = &[
    "the", "this", "these", "those", "his", "her", "their", "its", "a", "an",
];

/// "What the countries committed to in the treaty" → "what did the
/// countries commit to in the treaty?": a wh-word, then a subject led by a
/// determiner, then a verb in the past, the order a question embedded in
/// a request keeps ("kindly tell me what …").
fn statement_order_as_question(words: &Words<'_>, lexicon: &Lexicon) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    let wh = folded.first()?.as_str();
    if !matches!(
        wh,
        "what" | "who" | "whom" | "where" | "when" | "why" | "how"
    ) {
        return None;
    }
    if !SUBJECT_OPENERS.contains(&folded.get(1)?.as_str()) {
        return None;
    }
    // A subject of two words at least: "the *specialized* centres" is no
    // verb after "the".
    let verb = (3..folded.len().min(2 + MAX_NOUN_PHRASE)).find(|&at| {
        !AUXILIARIES.contains(&folded[at].as_str()) && lexicon.past_verb_base(&folded[at]).is_some()
    })?;
    if folded[2..verb]
        .iter()
        .any(|w| AUXILIARIES.contains(&w.as_str()) || WH_WORDS.contains(&w.as_str()))
    {
        return None;
    }
    let base = lexicon.past_verb_base(&folded[verb])?;
    let subject = tokens[1..verb].join(" ");
    let rest = tokens[verb + 1..].join(" ");
    Some(joined_question(&[tokens[0], "did", &subject, &base, &rest]))
}

/// `question` without an opening that names the source it is asked of
/// ("According to the article, was this the first summit?"), or `None`.
/// Attribution to anyone else ("according to Xi, …") narrows what is
/// asked and stays.
fn without_source_attribution(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    let opener = SOURCE_OPENERS
        .iter()
        .find(|opener| starts_with(folded, opener))?;
    let mut at = opener.len();
    if matches!(folded.get(at).map(String::as_str), Some("the" | "this")) {
        at += 1;
    }
    if !folded
        .get(at)
        .is_some_and(|noun| SOURCE_NOUNS.contains(&noun.as_str()))
    {
        return None;
    }
    let set_off = tokens[at].ends_with(',') || tokens[at].ends_with(':');
    let rest = &folded[at + 1..];
    let asks = rest
        .first()
        .is_some_and(|w| WH_WORDS.contains(&w.as_str()) || AUXILIARIES.contains(&w.as_str()));
    (rest.len() >= 2 && (set_off || asks)).then(|| tokens[at + 1..].join(" "))
}

/// Openings that ask "how" in more words: "*by what means* will trade
/// grow?", "*in what way* does the treaty help?".
const HOW_OPENERS: &[&[&str]] = &[
    &["by", "what", "means"],
    &["through", "what", "means"],
    &["in", "what", "way"],
    &["in", "what", "ways"],
    &["in", "what", "manner"],
    &["in", "which", "way"],
    &["in", "which", "ways"],
    &["in", "which", "manner"],
    &["by", "what", "method"],
    &["by", "which", "means"],
    &["by", "which", "method"],
];

/// `question` with an opening that asks "how" in more words put as "how"
/// ("By what means will China fund the projects?" → "how will China fund
/// the projects?"), or `None`.
fn manner_as_how(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    let opener = HOW_OPENERS
        .iter()
        .find(|opener| starts_with(folded, opener))?;
    let rest = &tokens[opener.len()..];
    (rest.len() >= 2).then(|| format!("how {}", rest.join(" ")))
}

/// The most words of each option a choice set before a question names.
const LONGEST_OPTION: usize = 4;

/// "Between Tajikistan and Mongolia, which one's president was there?" →
/// "which one's president was there, Tajikistan or Mongolia?": two options
/// set before a which-question (after "between" or "of", and a comma) are
/// the choice it offers, put where a choice stands. `None` for any other
/// opening.
fn choice_set_before(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    if !matches!(folded.first()?.as_str(), "between" | "of") {
        return None;
    }
    // The first option's words stand between the opening word and the
    // comma ("*Of*, which …?" offers none).
    let comma = tokens.iter().position(|t| t.ends_with(','))?;
    let and = folded.get(1..comma)?.iter().position(|w| w == "and")? + 1;
    let first = &tokens[1..and];
    let second = &tokens[and + 1..=comma];
    let sized = |option: &[&str]| (1..=LONGEST_OPTION).contains(&option.len());
    let asked = &folded[comma + 1..];
    let which = asked
        .first()
        .is_some_and(|w| matches!(w.as_str(), "which" | "who" | "whose"));
    if !(sized(first) && sized(second) && which && asked.len() >= 2) {
        return None;
    }
    let question = tokens[comma + 1..]
        .join(" ")
        .trim_end_matches(['?', '.', ' '])
        .to_string();
    let second = second.join(" ");
    Some(format!(
        "{question}, {} or {}?",
        first.join(" "),
        second.trim_end_matches(',')
    ))
}

/// Copulas of a "whose N is X?" question.
const COPULAS: &[&str] = &["is", "was", "are", "were"];

/// `question` asked of the owner another way, or `None`:
/// - "Whose *speech described* Central Asia as a priority?" asks who
///   described it (the owner's noun, then a verb in the past);
/// - "Whose capital (city) is *Astana*?" asks what Astana is the capital
///   of (a name after the copula).
fn whose_as_who(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    if folded.first().map(String::as_str) != Some("whose") || tokens.len() < 4 {
        return None;
    }
    // The owner's noun: one or two words before the verb.
    let verb_at = (2..=3.min(tokens.len() - 2)).find(|&at| {
        COPULAS.contains(&folded[at].as_str())
            || (folded[at].len() > 4 && folded[at].ends_with("ed"))
    })?;
    let noun = tokens[1..verb_at].join(" ");
    let rest = &tokens[verb_at + 1..];
    if COPULAS.contains(&folded[verb_at].as_str()) {
        let named = rest
            .iter()
            .all(|t| t.chars().next().is_some_and(char::is_uppercase));
        let name = rest.join(" ");
        let name = name.trim_end_matches('?');
        return named.then(|| format!("{name} is the {noun} of what?"));
    }
    Some(format!("who {} {}", tokens[verb_at], rest.join(" ")))
}

/// Verbs (with the word after them) that ask what a phrase of the text
/// stands for: "what does 'the mechanism' *refer to*?".
const REFERENCE_VERBS: &[(&str, &str)] = &[
    ("refer", "to"),
    ("refers", "to"),
    ("referring", "to"),
    ("stand", "for"),
    ("stands", "for"),
];

/// `question` read as the "what is X?" it asks when it asks what a phrase
/// refers to or stands for ("What does 'the mechanism' refer to in the
/// article?" → "what is 'the mechanism' in the article?", "$209 million
/// refers to what" → "what is $209 million?"), or `None`.
fn reference_as_what_is(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    let verb = (1..folded.len().saturating_sub(1)).find(|&at| {
        REFERENCE_VERBS
            .iter()
            .any(|(verb, particle)| folded[at] == *verb && folded[at + 1] == *particle)
    })?;
    // "… refer to, *kindly*?": a closing courtesy asks nothing.
    let courteous = |t: &&&str| matches!(fold(t).as_str(), "kindly" | "please");
    let rest: Vec<&str> = tokens[verb + 2..]
        .iter()
        .filter(|t| !courteous(t))
        .copied()
        .collect();
    let rest = rest.as_slice();
    let wh = folded[0].as_str();
    let auxiliary = folded.get(1).map(String::as_str);
    // "What did Xi refer to (as a priority)?" asks what he named.
    let names_as = folded[verb + 2..].iter().any(|w| w == "as");
    // "… in 'To support this vision'?": the sentence quoted is where the
    // learner read the phrase, so it cannot be the answer, and only a
    // fact about the phrase is.
    let quotes_its_sentence = rest.iter().any(|t| t.starts_with(['\'', '"', '‘', '“']));
    // "What '$209 million' refer to?": the auxiliary left out before a
    // quoted phrase.
    let phrase_from = if matches!(auxiliary, Some("does" | "do" | "is" | "are")) {
        2
    } else if tokens.get(1).is_some_and(|t| t.starts_with(QUOTES)) {
        1
    } else {
        usize::MAX
    };
    if matches!(wh, "what" | "who" | "which")
        && verb > phrase_from
        && !names_as
        && !quotes_its_sentence
    {
        let asked = if wh == "who" { "who" } else { "what" };
        let phrase = tokens[phrase_from..verb].join(" ");
        let rest = rest.join(" ");
        let closing = if rest.ends_with('?') { "" } else { "?" };
        return Some(format!("{asked} is {phrase} {rest}{closing}").replace(" ?", "?"));
    }
    // "$209 million refers to what?"
    let asks_last = rest.len() == 1 && matches!(folded[verb + 2].as_str(), "what" | "who");
    (asks_last && !WH_WORDS.contains(&wh) && !AUXILIARIES.contains(&wh))
        .then(|| format!("{} is {}?", folded[verb + 2], tokens[..verb].join(" ")))
}

/// `question` with the topic set before it folded in where a pronoun
/// points back at it ("What about hegemony - did Xi say *it* pays off?"
/// → "did Xi say hegemony pays off?"), or after "how many" / "how much"
/// when the question goes straight on to its verb ("What about the new
/// centres - how many were launched?" → "how many new centres were
/// launched?"). `None` when the question sets no topic, or nothing in it
/// points back at one.
fn topic_folded_in(words: &Words<'_>) -> Option<String> {
    let (tokens, folded) = (&words.tokens, &words.folded);
    let Some(opener) = TOPIC_OPENERS
        .iter()
        .find(|opener| starts_with(folded, opener))
    else {
        return dislocated_topic_folded_in(tokens, folded);
    };
    let (topic, asked) = split_at_question(&tokens[opener.len()..], &folded[opener.len()..])?;
    let topic_words: Vec<&str> = topic
        .iter()
        .map(|t| t.trim_end_matches([',', ':', '-', '–', '—', '?']))
        .filter(|t| !t.is_empty())
        .collect();
    if topic_words.is_empty() {
        return None;
    }
    let named = topic_words
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    let folded_in = with_topic_for_pronoun(asked, &topic_words, named)
        .or_else(|| with_topic_after_how_many(asked, &topic_words))
        .or_else(|| with_topic_after_view(asked, &topic_words))?;
    Some(folded_in)
}

/// "About trade wars, what is the opinion of Xi?" → "what is the opinion
/// of Xi about trade wars?": a view asked of someone is of the topic.
fn with_topic_after_view(asked: &[&str], topic: &[&str]) -> Option<String> {
    let asks_a_view = asked.iter().any(|t| VIEW_NOUNS.contains(&fold(t).as_str()));
    asks_a_view.then(|| {
        let asked = asked.join(" ");
        format!(
            "{} about {}?",
            asked.trim_end_matches(['?', ' ', '.']),
            topic.join(" ")
        )
    })
}

/// The longest topic a question may set before its comma with no opener.
const MAX_DISLOCATED_TOPIC: usize = 8;

/// A topic set before the question with no opener, only a comma, and
/// taken up by a pronoun ("*The formations*, will they be offered for five
/// years?" → "will the formations be offered for five years?"): a phrase
/// led by a determiner, or a name. The question after the comma must
/// point back at it, so an opening adverb ("Also, did they …") or phrase
/// ("In 2025, who …") is never taken for a topic.
fn dislocated_topic_folded_in(tokens: &[&str], folded: &[String]) -> Option<String> {
    let comma = tokens.iter().position(|t| t.ends_with(','))?;
    let topic = &tokens[..=comma];
    let asked = &tokens[comma + 1..];
    let opens_question = folded
        .get(comma + 1)
        .is_some_and(|w| WH_WORDS.contains(&w.as_str()) || AUXILIARIES.contains(&w.as_str()));
    // "Tajikistan president, *he attend the summit?*": a statement asked
    // with its question mark, as languages that put the topic first do.
    let declared = !opens_question
        && asked.last().is_some_and(|t| t.ends_with('?'))
        && !folded[comma + 1..]
            .iter()
            .any(|w| WH_WORDS.contains(&w.as_str()) || AUXILIARIES.contains(&w.as_str()));
    if topic.len() > MAX_DISLOCATED_TOPIC || asked.len() < 2 || !(opens_question || declared) {
        return None;
    }
    let topic_words: Vec<String> = topic
        .iter()
        .map(|t| t.trim_end_matches(',').to_string())
        .filter(|t| !t.is_empty())
        .collect();
    let first = fold(topic_words.first()?);
    let led_by_determiner = DISLOCATION_DETERMINERS.contains(&first.as_str());
    let lexicon = crate::lang::Lexicon::embedded();
    // "*Anyway*, did they …": an opening adverb is no name.
    let adverb_only =
        |w: &str| lexicon.can_be_adverb(w) == Some(true) && lexicon.can_be_noun(w) != Some(true);
    let named = topic_words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !topic_words
            .iter()
            .any(|w| crate::lang::is_stopword(&fold(w)) || adverb_only(&fold(w)));
    // "*Treaty* which they signed, is it binding?": a noun whose article
    // the learner dropped, as some languages do.
    let bare_noun = !led_by_determiner
        && !named
        && !crate::lang::is_stopword(&first)
        && lexicon.can_be_noun(&first) == Some(true)
        && lexicon.can_be_adverb(&first) != Some(true)
        && lexicon.can_be_verb(&first) != Some(true);
    // "*Central Asian leaders*, they want …?", "*Industrial investment*,
    // Xi mention it …?": before a statement asked, a name or a describing
    // word may open the noun phrase too.
    let described = declared
        && !crate::lang::is_stopword(&first)
        && !adverb_only(&first)
        && (topic_words[0].starts_with(char::is_uppercase)
            || lexicon.can_be_adjective(&first) == Some(true))
        && lexicon.can_be_verb(&first) != Some(true);
    if !led_by_determiner && !named && !bare_noun && !described {
        return None;
    }
    // "Tajikistan *president*, he …": a word for a person may be "he".
    let named = named
        || topic_words
            .last()
            .is_some_and(|w| super::intent::is_person_noun(&fold(w)));
    let mut topic_words = topic_words;
    if led_by_determiner {
        topic_words[0] = first;
    } else if bare_noun {
        topic_words[0] = first;
        topic_words.insert(0, "the".to_string());
    }
    let topic_words: Vec<&str> = topic_words.iter().map(String::as_str).collect();
    // "The trainings for the professionals, how many are?"
    with_topic_for_pronoun(asked, &topic_words, named)
        .or_else(|| with_topic_after_how_many(asked, &topic_words))
}

/// Determiners that open a topic set before its question with only a
/// comma ("*The* presidents, did they …").
const DISLOCATION_DETERMINERS: &[&str] = &["the", "this", "that", "these", "those", "a", "an"];

/// The topic and the question after it: the question opens with a
/// wh-word or an auxiliary right after a dash, a comma, a colon or a
/// question mark.
fn split_at_question<'a>(
    tokens: &'a [&'a str],
    folded: &[String],
) -> Option<(&'a [&'a str], &'a [&'a str])> {
    let at = (1..tokens.len()).find(|&at| {
        let previous = tokens[at - 1];
        let set_off = previous.ends_with([',', ':', '?'])
            || matches!(previous, "-" | "–" | "—")
            || previous.ends_with(['-', '–', '—']);
        let asks =
            WH_WORDS.contains(&folded[at].as_str()) || AUXILIARIES.contains(&folded[at].as_str());
        set_off && asks
    })?;
    let topic: &[&str] = &tokens[..at];
    let topic = match topic.last() {
        Some(&"-" | &"–" | &"—") => &topic[..topic.len() - 1],
        _ => topic,
    };
    (!topic.is_empty() && tokens.len() - at >= 2).then(|| (topic, &tokens[at..]))
}

/// The question with its first back-pointing pronoun replaced by the
/// topic ("its" by the topic's possessive).
fn with_topic_for_pronoun(asked: &[&str], topic: &[&str], named: bool) -> Option<String> {
    let pointers = BACK_POINTERS
        .iter()
        .chain(PERSONAL_BACK_POINTERS.iter().filter(|_| named));
    let (at, possessive) = asked.iter().enumerate().find_map(|(at, token)| {
        let word = fold(token);
        pointers
            .clone()
            .find(|(pronoun, _)| *pronoun == word)
            .map(|(_, possessive)| (at, *possessive))
    })?;
    let token = asked[at];
    // The punctuation after the pronoun ("it?") stays after the topic.
    let trailing = &token[token.trim_end_matches(|c: char| !c.is_alphanumeric()).len()..];
    let mut topic_text = topic.join(" ");
    if possessive {
        topic_text.push_str("'s");
    }
    topic_text.push_str(trailing);
    let mut words: Vec<String> = asked.iter().map(|t| t.to_string()).collect();
    words[at] = topic_text;
    Some(words.join(" "))
}

/// "how many were launched" with the topic after "how many", its
/// determiner dropped.
fn with_topic_after_how_many(asked: &[&str], topic: &[&str]) -> Option<String> {
    let folded: Vec<String> = asked.iter().map(|t| fold(t)).collect();
    let counts = folded.first().is_some_and(|w| w == "how")
        && folded
            .get(1)
            .is_some_and(|w| matches!(w.as_str(), "many" | "much"));
    if !counts
        || !folded
            .get(2)
            .is_some_and(|w| AUXILIARIES.contains(&w.as_str()))
    {
        return None;
    }
    let topic = match topic.first() {
        Some(first) if DETERMINERS.contains(&fold(first).as_str()) => &topic[1..],
        _ => topic,
    };
    if topic.is_empty() {
        return None;
    }
    Some(format!(
        "{} {} {}",
        asked[..2].join(" "),
        topic.join(" "),
        asked[2..].join(" ")
    ))
}

/// Whether `folded` opens with `words` and goes on after them.
fn starts_with(folded: &[String], words: &[&str]) -> bool {
    folded.len() > words.len() && folded.starts_with_words(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_topic_set_before_a_statement_asked_takes_the_place_of_its_pronoun() {
        for (question, read) in [
            (
                "Tajikistan president, he attend the summit?",
                "the tajikistan president attend the summit?",
            ),
            (
                "Industrial investment, Xi mention it for the mechanism?",
                "Xi mention Industrial investment for the mechanism?",
            ),
            (
                "Central Asian leaders, they want deepen cooperation?",
                "the central Asian leaders want deepen cooperation?",
            ),
        ] {
            assert_eq!(
                topic_folded_in(&Words::of(question)).as_deref(),
                Some(read),
                "{question}"
            );
        }
        for question in ["Also, they signed it?", "In 2025, he went there?"] {
            assert_eq!(topic_folded_in(&Words::of(question)), None, "{question}");
        }
    }

    #[test]
    fn a_phrase_set_before_a_question_in_statement_order_goes_after_it() {
        for (question, read) in [
            (
                "Together with China, leaders commit to defend what?",
                "leaders commit to defend what together with China?",
            ),
            (
                "In Astana, they signed what?",
                "they signed what in Astana?",
            ),
        ] {
            assert_eq!(
                fronted_phrase_moved_last(&Words::of(question)).as_deref(),
                Some(read),
                "{question}"
            );
        }
        for question in [
            "In Astana, what did they sign?",
            "Together with China, did they sign it?",
            "Leaders, they signed what?",
        ] {
            assert_eq!(
                fronted_phrase_moved_last(&Words::of(question)),
                None,
                "{question}"
            );
        }
    }

    #[test]
    fn a_dropped_auxiliary_before_a_subject_of_people_is_restored_when_the_object_is_asked() {
        let lexicon = Lexicon::embedded();
        for (question, read) in [
            (
                "what document leaders sign at the summit",
                "what document did leaders sign at the summit",
            ),
            (
                "what central asian leaders commit to do with china",
                "what did central asian leaders commit to do with china",
            ),
            (
                "At summit, what declaration leaders signed?",
                "what declaration did leaders signed?",
            ),
            (
                "what the presidents praise the platform for",
                "what did the presidents praise the platform for",
            ),
        ] {
            assert_eq!(
                object_auxiliary_restored(&Words::of(question), lexicon).as_deref(),
                Some(read),
                "{question}"
            );
        }
        for question in [
            "What leaders attended the summit?",
            "What did the leaders sign?",
            "What leaders signed the treaty?",
            "What day the leaders sign the treaty?",
        ] {
            assert_eq!(
                object_auxiliary_restored(&Words::of(question), lexicon),
                None,
                "{question}"
            );
        }
    }

    #[test]
    fn a_topic_set_before_the_question_takes_the_place_of_its_pronoun() {
        for (question, read) in [
            (
                "What about Uzbekistan - was its president there?",
                "was Uzbekistan's president there?",
            ),
            (
                "What about hegemony - did Xi say it pays off?",
                "did Xi say hegemony pays off?",
            ),
            (
                "How about global fairness - did the leaders pledge to defend it?",
                "did the leaders pledge to defend global fairness?",
            ),
            (
                "As for the grant, how much is it?",
                "how much is the grant?",
            ),
            (
                "and what about Xi: what did he announce?",
                "what did Xi announce?",
            ),
            (
                "What about the treaty? Who signed it?",
                "Who signed the treaty?",
            ),
        ] {
            assert_eq!(
                topic_folded_in(&Words::of(question)).as_deref(),
                Some(read),
                "{question}"
            );
        }
    }

    #[test]
    fn a_request_to_list_a_plural_kind_asks_which() {
        assert_eq!(
            listing_as_which(&Words::of(
                "List the Belt and Road projects that Xi wants to speed up."
            ))
            .as_deref(),
            Some("which Belt and Road projects that Xi wants to speed up?")
        );
        assert_eq!(listing_as_which(&Words::of("Name the treaty.")), None);
        assert_eq!(listing_as_which(&Words::of("Name three centres.")), None);
    }

    #[test]
    fn a_dropped_do_before_a_subject_and_a_bare_verb_of_saying_is_restored() {
        assert_eq!(
            auxiliary_restored(&Words::of(
                "What leaders say China strength and prosperity is giving to neighbours?"
            ))
            .as_deref(),
            Some("What do leaders say China strength and prosperity is giving to neighbours?")
        );
        for question in [
            "What did leaders say about China?",
            "What does Xi want?",
            "What leaders attended the summit?",
            "What do you think they want?",
        ] {
            assert_eq!(auxiliary_restored(&Words::of(question)), None, "{question}");
        }
    }

    #[test]
    fn a_saying_that_takes_up_the_subject_is_dropped() {
        assert_eq!(
            saying_dropped(&Words::of(
                "What did the leaders say they want to turn the mechanism into?"
            ))
            .as_deref(),
            Some("What did the leaders want to turn the mechanism into?")
        );
        assert_eq!(
            saying_dropped(&Words::of("What did Xi say that he hopes for?")).as_deref(),
            Some("What did Xi hopes for?")
        );
        for question in [
            "What did Xi say they want?",
            "What did the leaders say they would do?",
            "What did Xi say about trade wars?",
            "Did the leaders say they want a model?",
        ] {
            assert_eq!(saying_dropped(&Words::of(question)), None, "{question}");
        }
    }

    #[test]
    fn the_kind_of_people_is_asked_as_who() {
        assert_eq!(
            kind_of_people_as_who(&Words::of(
                "What kind of people will get the 3,000 training opportunities?"
            ))
            .as_deref(),
            Some("who will get the 3,000 training opportunities?")
        );
        assert_eq!(
            kind_of_people_as_who(&Words::of("What kind of treaty was signed?")),
            None
        );
    }

    #[test]
    fn a_wh_phrase_after_the_comma_takes_the_opening_wh_words_place() {
        let read = |q: &str| wh_refined_after_comma(&Words::of(q));
        assert_eq!(
            read("When did Xi give his speech about trade wars, at what event?").as_deref(),
            Some("at what event did Xi give his speech about trade wars?")
        );
        assert_eq!(
            read("Who signed the treaty, which country?").as_deref(),
            Some("which country signed the treaty?")
        );
        assert_eq!(read("Who signed the treaty, and when was it?"), None);
        assert_eq!(read("Apart from China, which country signed?"), None);
    }

    #[test]
    fn making_a_thing_more_so_is_the_verb_built_with_en() {
        let lexicon = Lexicon::embedded();
        let read = |q: &str| comparative_made_as_verb(&Words::of(q), lexicon);
        assert_eq!(
            read("What kind of cooperation did they want to make deeper with China?").as_deref(),
            Some("What kind of cooperation did they want to deepen with China?")
        );
        assert_eq!(
            read("Did they make the ties deeper?").as_deref(),
            Some("Did they deepen the ties?")
        );
        assert_eq!(read("Who made the speech?"), None);
    }

    #[test]
    fn what_someone_thinks_of_a_thing_is_asked_as_what_they_said_of_it() {
        for (question, read) in [
            (
                "How does Xi feel about protectionism?",
                "what did Xi say about protectionism?",
            ),
            (
                "What did the Central Asian leaders think of China?",
                "what did the Central Asian leaders say about China?",
            ),
            (
                "How do the leaders see China?",
                "what did the leaders say about China?",
            ),
            (
                "What is China's view of Central Asia?",
                "what did China say about Central Asia?",
            ),
            (
                "Does Xi think that hegemony pays off?",
                "did Xi say that hegemony pays off?",
            ),
            (
                "What is the opinion of Xi about trade wars and protectionism?",
                "what did Xi say about trade wars and protectionism?",
            ),
        ] {
            assert_eq!(
                view_as_said(&Words::of(question)).as_deref(),
                Some(read),
                "{question}"
            );
        }
        for question in [
            "What did the leaders see as the goal?",
            "What does Xi think?",
            "What is the view of the leaders?",
            "How do the centres work?",
            "Do you think the treaty is a good idea?",
        ] {
            assert_eq!(view_as_said(&Words::of(question)), None, "{question}");
        }
    }

    #[test]
    fn a_passive_or_a_statement_order_is_put_in_question_order() {
        let lexicon = Lexicon::embedded();
        for (question, read) in [
            ("By whom was the treaty signed?", "who signed the treaty?"),
            (
                "Who was the grant announced by?",
                "who announced the grant?",
            ),
            ("By whom was the grant given?", "who has given the grant?"),
            (
                "What was cautioned against by Xi in his speech?",
                "What did Xi caution against in his speech?",
            ),
            (
                "Which grant was announced by Xi?",
                "Which grant did Xi announce?",
            ),
            (
                "what the countries committed to in the treaty.",
                "what did the countries commit to in the treaty?",
            ),
            (
                "where the leaders signed it",
                "where did the leaders sign it?",
            ),
        ] {
            assert_eq!(
                reordered(question, lexicon).as_deref(),
                Some(read),
                "{question}"
            );
        }
        for plain in [
            "Who signed the treaty?",
            "What was announced at the summit?",
            "what the specialized centres focus on",
            "Where was the summit held?",
            "what did the leaders sign?",
        ] {
            assert_eq!(reordered(plain, lexicon), None, "{plain}");
        }
    }

    #[test]
    fn whose_is_asked_of_the_owner() {
        for (question, read) in [
            (
                "Whose speech described Central Asia as a key priority?",
                "who described Central Asia as a key priority?",
            ),
            (
                "Whose capital city is Astana?",
                "Astana is the capital city of what?",
            ),
        ] {
            assert_eq!(
                whose_as_who(&Words::of(question)).as_deref(),
                Some(read),
                "{question}"
            );
        }
        for question in [
            "Whose interests will be harmed?",
            "Whose interests are global?",
            "Who described it?",
        ] {
            assert_eq!(whose_as_who(&Words::of(question)), None, "{question}");
        }
    }

    #[test]
    fn an_opening_that_asks_how_in_more_words_is_how() {
        assert_eq!(
            manner_as_how(&Words::of("By what means will China fund the projects?")).as_deref(),
            Some("how will China fund the projects?")
        );
        assert_eq!(
            manner_as_how(&Words::of("In what way does the treaty help?")).as_deref(),
            Some("how does the treaty help?")
        );
        assert_eq!(
            manner_as_how(&Words::of("In which manner did the leaders call China?")).as_deref(),
            Some("how did the leaders call China?")
        );
        assert_eq!(
            manner_as_how(&Words::of("In what city was it signed?")),
            None
        );
        assert_eq!(manner_as_how(&Words::of("What means 'the region'?")), None);
    }

    #[test]
    fn asking_what_a_phrase_refers_to_asks_what_it_is() {
        for (question, read) in [
            (
                "What does 'the mechanism' refer to in the article?",
                "what is 'the mechanism' in the article?",
            ),
            (
                "What does the $209 million figure refer to?",
                "what is the $209 million figure?",
            ),
            ("$209 million refers to what", "what is $209 million?"),
            (
                "What '$209 million' refer to in the article?",
                "what is '$209 million' in the article?",
            ),
            ("who does 'they' refer to", "who is 'they'?"),
            ("What does 'Beijing' stand for?", "what is 'Beijing'?"),
            (
                "What does the 'Astana Declaration' refer to, kindly?",
                "what is the 'Astana Declaration'?",
            ),
        ] {
            assert_eq!(
                reference_as_what_is(&Words::of(question)).as_deref(),
                Some(read),
                "{question}"
            );
        }
        for question in [
            "What does 'this vision' refer to in 'To support this vision'?",
            "Did Xi refer to the treaty?",
            "What did Xi refer to as a key priority?",
            "refer to what",
        ] {
            assert_eq!(
                reference_as_what_is(&Words::of(question)),
                None,
                "{question}"
            );
        }
    }

    #[test]
    fn a_topic_is_counted_after_how_many_when_no_pronoun_points_at_it() {
        assert_eq!(
            topic_folded_in(&Words::of(
                "What about the new centers - how many were launched?"
            ))
            .as_deref(),
            Some("how many new centers were launched?")
        );
    }

    #[test]
    fn a_topic_set_off_by_a_comma_alone_takes_the_place_of_its_pronoun() {
        for (question, read) in [
            (
                "The Central Asian presidents, do they wish to reduce the cooperation?",
                "do the Central Asian presidents wish to reduce the cooperation?",
            ),
            (
                "The formations, will they be offered during five years?",
                "will the formations be offered during five years?",
            ),
            (
                "The modern agriculture, is it part of the domains?",
                "is the modern agriculture part of the domains?",
            ),
            (
                "Xi Jinping, what did he announce?",
                "what did Xi Jinping announce?",
            ),
            (
                "The trainings for the professionals, how many are?",
                "how many trainings for the professionals are?",
            ),
            // An article dropped, as a Kazakh speaker may.
            (
                "Treaty which they signed, is it legally binding?",
                "is the treaty which they signed legally binding?",
            ),
        ] {
            assert_eq!(
                topic_folded_in(&Words::of(question)).as_deref(),
                Some(read),
                "{question}"
            );
        }
    }

    #[test]
    fn an_opening_word_or_phrase_before_a_comma_is_no_topic() {
        for question in [
            "Also, did they sign it?",
            "In Astana, what did they sign?",
            "So, who signed it?",
            "The treaty, was signed where?",
            "Well then, was it signed?",
            "The grant, how much?",
            "Anyway, did they sign it?",
            "Honestly, was it signed?",
        ] {
            assert_eq!(topic_folded_in(&Words::of(question)), None, "{question}");
        }
    }

    #[test]
    fn only_a_named_topic_takes_the_place_of_he_or_she() {
        assert_eq!(
            topic_folded_in(&Words::of("What about the grant - what did he announce?")),
            None
        );
    }

    #[test]
    fn a_choice_set_before_a_which_question_is_offered_after_it() {
        let read = |question: &str| choice_set_before(&Words::of(question));
        assert_eq!(
            read("Between Tajikistan and Mongolia, which one's president was at the summit?")
                .as_deref(),
            Some("which one's president was at the summit, Tajikistan or Mongolia?")
        );
        assert_eq!(
            read("Of the grant and the training, which is for professionals?").as_deref(),
            Some("which is for professionals, the grant or the training?")
        );
        assert_eq!(read("Between 2020 and 2025, what happened?"), None);
        assert_eq!(read("Of all the centres, which is newest?"), None);
        assert_eq!(read("Of, which one is it?"), None);
        assert_eq!(read("between and, which?"), None);
    }

    #[test]
    fn questions_that_set_no_topic_are_left_alone() {
        for question in [
            "what about the grant?",
            "what did Xi say about the grant?",
            "how about that?",
            "As for the grant, I liked it.",
            "who signed the treaty?",
        ] {
            assert_eq!(topic_folded_in(&Words::of(question)), None, "{question}");
        }
    }

    #[test]
    fn an_opening_that_names_the_source_itself_is_dropped() {
        for (question, read) in [
            (
                "According to the article, was this the first summit?",
                "was this the first summit?",
            ),
            (
                "In the text: who signed the treaty?",
                "who signed the treaty?",
            ),
            (
                "based on the story what did Xi announce?",
                "what did Xi announce?",
            ),
        ] {
            assert_eq!(
                without_source_attribution(&Words::of(question)).as_deref(),
                Some(read),
                "{question}"
            );
        }
    }

    #[test]
    fn attribution_to_anyone_but_the_source_stays() {
        for question in [
            "According to Xi, what should humanity do?",
            "In Astana, who signed the treaty?",
            "in the article",
        ] {
            assert_eq!(
                without_source_attribution(&Words::of(question)),
                None,
                "{question}"
            );
        }
    }
}
