//! The courtesy a learner wraps around a question, taken off so that the
//! question itself is read: "*I was wondering, could you tell me* who it
//! was that represented China?", "*I'd be most grateful if you could tell
//! me* what …", "how many centres were launched, *if you would be so
//! kind*", "*Am I right in thinking that* Xi said …?", "Did *Mr* Xi, *as I
//! understand it*, suggest …?".
//!
//! General English only: request verbs, hedges and titles, never an
//! article's words.

use super::confirm::fold;
use super::intent::WH_WORDS;

/// `question` without the courtesy around it, or `None` when it has none.
/// A request that wraps an embedded question keeps only that question
/// ("… could you tell me *whether* X" asks "is it true that X?"); an
/// opening that asks whether the asker is right ("am I right in thinking
/// that X?") becomes "is it true that X?".
pub(super) fn unwrapped(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let kept = without_courteous_opening(&without_trailing_courtesy(&without_hedges(
        &without_titles(&tokens),
    )));
    let folded: Vec<String> = kept.iter().map(|t| fold(t)).collect();
    let text = if let Some(claim) = right_in_thinking(&folded) {
        format!("is it true that {}", kept[claim..].join(" "))
    } else if let Some(asked) = person_to_name(&kept, &folded) {
        asked
    } else if let Some(asked) = thing_to_tell(&kept, &folded) {
        asked
    } else if let Some(claim) = claim_to_confirm(&folded).or_else(|| evidence_for(&folded)) {
        format!("is it true that {}", kept[claim..].join(" "))
    } else if let Some((start, whether)) = embedded_question(&kept, &folded) {
        // "… a new platform … and I'm wondering, what is *that platform*
        // called?": what the wrapped question points back at.
        let rest = super::confirm::with_remark_named(&kept[..start], &kept[start..]);
        if whether {
            format!("is it true that {rest}")
        } else {
            rest
        }
    } else {
        kept.join(" ")
    };
    let text = text.trim_end_matches([',', ';', ':', ' ']).to_string();
    let text = if question.trim_end().ends_with('?') && !text.ends_with('?') {
        format!("{text}?")
    } else {
        text
    };
    (text != question.trim()).then_some(text)
}

/// Prepositions that open a phrase saying where in the text words stand.
const LOCATOR_PREPOSITIONS: &[&str] = &["in", "at", "near", "from", "towards", "toward"];

/// Parts of a text a locator names: "in the first *paragraph*".
const TEXT_PARTS: &[&str] = &["paragraph", "paragraphs", "sentence", "line", "passage"];

/// Ends of a text: "mentioned at the *end*".
const TEXT_ENDS: &[&str] = &["end", "beginning", "start", "top", "bottom"];

/// `question` without a phrase that only says where in the text the
/// words it quotes stand ("What does 'a legally binding agreement' refer
/// to *in the first paragraph*?", "the 'Astana Declaration' mentioned *at
/// the end*"): it names nothing to look for. An end of something else
/// stays ("launched at the end *of the summit*"). `None` when it has
/// none.
pub(super) fn without_text_locator(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let word = |at: usize| folded.get(at).map_or("", String::as_str);
    // Where the locator stops: the question's end, a punctuation mark
    // after its last word, or "of the article".
    let closes = |last: usize| {
        let of_the_text = word(last + 1) == "of"
            && word(last + 2) == "the"
            && super::request::names_the_text(word(last + 3));
        let end = if of_the_text { last + 3 } else { last };
        let punctuated = tokens[end].ends_with(|c: char| c.is_ascii_punctuation());
        (end + 1 == tokens.len() || punctuated).then_some(end)
    };
    let (start, end) = (0..tokens.len()).find_map(|at| {
        if !LOCATOR_PREPOSITIONS.contains(&word(at)) {
            return None;
        }
        // "in paragraph 3"
        if TEXT_PARTS.contains(&word(at + 1)) && tokens.get(at + 2).is_some() {
            return closes(at + 2).map(|end| (at, end));
        }
        if word(at + 1) != "the" {
            return None;
        }
        let noun_at = if TEXT_PARTS.contains(&word(at + 2)) || TEXT_ENDS.contains(&word(at + 2)) {
            at + 2
        } else if TEXT_PARTS.contains(&word(at + 3)) {
            // "the first / last / opening paragraph"
            at + 3
        } else {
            return None;
        };
        closes(noun_at).map(|end| (at, end))
    })?;
    let mut kept: Vec<&str> = tokens[..start].to_vec();
    kept.extend_from_slice(&tokens[end + 1..]);
    if kept.len() < 2 {
        return None;
    }
    let text = kept
        .join(" ")
        .trim_end_matches([',', ';', ':', ' '])
        .to_string();
    let tail: String = tokens[end]
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_punctuation())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .filter(|c| matches!(c, '?' | '.' | '!'))
        .collect();
    Some(
        if end + 1 == tokens.len() && !text.ends_with(['?', '.', '!']) {
            format!("{text}{tail}")
        } else {
            text
        },
    )
}

/// Words opening a closing clause that says when or how the thing asked
/// about happened: "what did they call China *when they spoke so warmly
/// of it*?".
const CIRCUMSTANCE_OPENERS: &[&str] = &["when", "while", "as", "whilst"];

/// Subjects of such a clause that point back at the question's own.
const BACK_POINTING_SUBJECTS: &[&str] = &["they", "he", "she", "it", "we"];

/// `question` without a closing clause that only retells the circumstance
/// of what it asks with words the article never uses ("… *when they
/// spoke so warmly of it*?"): it names nothing to look for, only words to
/// miss. `content` tells an article word. `None` when it has none, or
/// when the question asks "when" itself.
pub(super) fn without_idle_clause(
    question: &str,
    content: impl Fn(&str) -> bool,
) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let asks = folded.first().map_or("", String::as_str);
    if !WH_WORDS.contains(&asks) || asks == "when" {
        return None;
    }
    let opens = (3..folded.len().saturating_sub(2)).find(|&at| {
        CIRCUMSTANCE_OPENERS.contains(&folded[at].as_str())
            && BACK_POINTING_SUBJECTS.contains(&folded[at + 1].as_str())
    })?;
    let idle = folded[opens..].iter().all(|w| w.is_empty() || !content(w))
        && !tokens[..opens].iter().any(|t| t.contains('?'));
    idle.then(|| {
        let kept = tokens[..opens].join(" ");
        let kept = kept.trim_end_matches([',', ';', ':']).to_string();
        if question.trim_end().ends_with('?') {
            format!("{kept}?")
        } else {
            kept
        }
    })
}

/// Titles written before a name ("Mr Xi"): the name alone says who.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mister", "dr", "sir", "madam", "messrs",
];

/// `tokens` without a title right before a capitalized name.
fn without_titles<'t>(tokens: &[&'t str]) -> Vec<&'t str> {
    let names_follow = |at: usize| {
        tokens
            .get(at + 1)
            .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase))
    };
    (0..tokens.len())
        .filter(|&at| {
            let title = TITLES.contains(&fold(tokens[at]).as_str())
                && !tokens[at].ends_with([',', '?', '!', ';', ':']);
            !(title && names_follow(at))
        })
        .map(|at| tokens[at])
        .collect()
}

/// Openings of a hedge set off by commas inside a question ("did Xi, *as
/// I understand it*, suggest …", "*if I remember rightly*"): they say how
/// sure the asker is, not what is asked.
const HEDGE_OPENINGS: &[&[&str]] = &[
    &["as", "i"],
    &["if", "i"],
    &["as", "far", "as", "i"],
    &["i", "believe"],
    &["i", "think"],
    &["i", "gather"],
    &["i", "suppose"],
    &["if", "you", "would"],
    &["if", "you", "will"],
    &["if", "you", "please"],
    &["if", "you", "dont", "mind"],
    &["please"],
    &["by", "any", "chance"],
    &["by", "the", "way"],
];

/// The most words a hedge between commas has.
const LONGEST_HEDGE: usize = 6;

/// `tokens` without hedges set off by commas inside them; the comma
/// before the hedge is dropped with it.
fn without_hedges<'t>(tokens: &[&'t str]) -> Vec<&'t str> {
    let mut kept: Vec<&'t str> = Vec::with_capacity(tokens.len());
    let mut at = 0;
    while at < tokens.len() {
        let opens_after_comma = at > 0 && tokens[at - 1].ends_with(',');
        let hedge_end = opens_after_comma
            .then(|| {
                let end = (at..tokens.len().min(at + LONGEST_HEDGE))
                    .find(|&end| tokens[end].ends_with(','))?;
                let folded: Vec<String> = tokens[at..=end].iter().map(|t| fold(t)).collect();
                HEDGE_OPENINGS
                    .iter()
                    .any(|opening| folded.starts_with_words(opening))
                    .then_some(end)
            })
            .flatten();
        match hedge_end {
            Some(end) => {
                if let Some(last) = kept.last_mut() {
                    *last = last.trim_end_matches(',');
                }
                at = end + 1;
            }
            None => {
                kept.push(tokens[at]);
                at += 1;
            }
        }
    }
    kept
}

/// Words of a courteous opening set off by a colon or a dash: "*I do
/// hope you can help me:* was …?", "*Quick question -* who …?".
const OPENING_COURTESY: &[&str] = &[
    "i", "do", "hope", "you", "can", "could", "would", "help", "me", "please", "quick", "question",
    "sorry", "to", "bother", "but", "one", "more", "a", "hi", "hello", "hey", "excuse", "pardon",
    "just", "thanks", "thank", "dear", "so", "ok", "okay", "well", "if", "may", "ask", "another",
];

/// The most words a courteous opening has.
const LONGEST_OPENING: usize = 8;

/// `tokens` without a courteous opening ending in a colon or a dash.
fn without_courteous_opening<'t>(tokens: &[&'t str]) -> Vec<&'t str> {
    let ends_opening = |t: &&str| t.ends_with(':') || matches!(*t, "-" | "–" | "—" | ":");
    let Some(end) = tokens
        .iter()
        .take(LONGEST_OPENING + 1)
        .position(ends_opening)
    else {
        return tokens.to_vec();
    };
    let opening = &tokens[..=end];
    let courteous = opening
        .iter()
        .map(|t| fold(t))
        .filter(|w| !w.is_empty())
        .all(|w| OPENING_COURTESY.contains(&w.as_str()));
    if courteous && tokens.len() > end + 3 {
        tokens[end + 1..].to_vec()
    } else {
        tokens.to_vec()
    }
}

/// Words of a closing courtesy after a comma: "…, *if you would be so
/// kind*", "…, *please*", "…, *thank you*".
const CLOSING_COURTESY: &[&str] = &[
    "if", "you", "would", "could", "will", "be", "so", "kind", "please", "dont", "mind", "thank",
    "thanks", "in", "advance", "very", "much", "a", "lot", "kindly",
];

/// Words of a closing request after "please" or "kindly": "…, *kindly
/// share the figure*", "…, *please clarify*", "…, *please let me know*".
const CLOSING_REQUEST: &[&str] = &[
    "tell", "share", "clarify", "explain", "confirm", "answer", "advise", "reply", "let", "me",
    "us", "know", "the", "figure", "number", "name", "details", "detail", "it", "this",
];

/// Whole closing conditions of courtesy: "…, *if it is not too much
/// trouble*", "…, *if possible*".
const CLOSING_CONDITIONS: &[&[&str]] = &[
    &["if", "it", "is", "not", "too", "much", "trouble"],
    &["if", "its", "not", "too", "much", "trouble"],
    &["if", "that", "is", "not", "too", "much", "trouble"],
    &["if", "possible"],
    &["if", "you", "can"],
];

/// Whether `tail` is a closing "if it is no trouble" in any of its
/// wordings: "if it is not trouble", "if that's no bother", "if it
/// isn't too much of a problem".
fn no_trouble(tail: &[String]) -> bool {
    const BETWEEN: &[&str] = &[
        "it", "its", "that", "thats", "this", "is", "isnt", "s", "not", "no", "too", "much", "of",
        "a", "any", "big", "would", "wouldnt", "be",
    ];
    match tail {
        [first, middle @ .., last] => {
            first == "if"
                && matches!(
                    last.as_str(),
                    "trouble" | "bother" | "problem" | "inconvenience"
                )
                && middle
                    .iter()
                    .any(|w| matches!(w.as_str(), "not" | "no" | "isnt" | "wouldnt"))
                && middle.iter().all(|w| BETWEEN.contains(&w.as_str()))
        }
        _ => false,
    }
}

/// The most words a closing request has, "please" or "kindly" with it.
const LONGEST_CLOSING_REQUEST: usize = 5;

/// `tokens` without a closing courtesy set off by a comma.
fn without_trailing_courtesy<'t>(tokens: &[&'t str]) -> Vec<&'t str> {
    let Some(comma) = tokens.iter().rposition(|t| t.ends_with(',')) else {
        return tokens.to_vec();
    };
    let tail: Vec<String> = tokens[comma + 1..].iter().map(|t| fold(t)).collect();
    let request = tail.len() <= LONGEST_CLOSING_REQUEST
        && tail
            .first()
            .is_some_and(|w| matches!(w.as_str(), "please" | "kindly"))
        && tail[1..]
            .iter()
            .all(|w| CLOSING_REQUEST.contains(&w.as_str()));
    let courteous = !tail.is_empty()
        && (request
            || tail.iter().all(|w| CLOSING_COURTESY.contains(&w.as_str()))
            || no_trouble(&tail)
            || CLOSING_CONDITIONS
                .iter()
                .any(|phrase| tail.as_slice() == *phrase));
    if !courteous {
        return tokens.to_vec();
    }
    let mut kept = tokens[..=comma].to_vec();
    if let Some(last) = kept.last_mut() {
        *last = last.trim_end_matches(',');
    }
    kept
}

/// Where the claim starts after an opening that asks whether the asker is
/// right ("*am I right in thinking that* X", "*would I be correct to say*
/// X"), if the question has one.
fn right_in_thinking(folded: &[String]) -> Option<usize> {
    let words: Vec<&str> = folded.iter().map(String::as_str).collect();
    let after_asker = match words.as_slice() {
        ["am", "i", ..] | ["was", "i", ..] => 2,
        ["would", "i", "be", ..] => 3,
        _ => return None,
    };
    if !matches!(
        words.get(after_asker),
        Some(&("right" | "correct" | "wrong" | "mistaken"))
    ) {
        return None;
    }
    let mut at = after_asker + 1;
    if matches!(words.get(at), Some(&("in" | "to"))) {
        let thinking = words.get(at + 1).is_some_and(|w| {
            matches!(
                *w,
                "thinking"
                    | "think"
                    | "saying"
                    | "say"
                    | "believing"
                    | "believe"
                    | "assuming"
                    | "assume"
                    | "understanding"
                    | "understand"
            )
        });
        if !thinking {
            return None;
        }
        at += 2;
    }
    if words.get(at) == Some(&"that") {
        at += 1;
    }
    (words.len() >= at + 3).then_some(at)
}

/// Verbs that ask for someone's name: "*name* the president of …".
const NAMING_VERBS: &[&str] = &["name", "identify"];

/// "Name the president of Kazakhstan" asked as "who is the president of
/// Kazakhstan": a request to name a person is a who-question, and reads as
/// one (a person the article never names is then not named). `None` when
/// the request does not name a person noun ("name the three centres").
fn person_to_name(tokens: &[&str], folded: &[String]) -> Option<String> {
    let verb = folded.first()?;
    let noun = folded.get(2)?;
    let determiner = folded.get(1)?;
    if !NAMING_VERBS.contains(&verb.as_str())
        || !matches!(determiner.as_str(), "the" | "a" | "an")
        || !super::intent::is_person_noun(noun)
    {
        return None;
    }
    Some(format!(
        "who {} {}",
        agreeing_be(noun),
        tokens[1..].join(" ")
    ))
}

/// "Tell me the three principles Xi named" asked as "what are the three
/// principles Xi named": a request for the thing itself, read as the
/// what-question it is; so is "Name the city where …". `None` unless it
/// opens "tell/give/show me the" or "name/identify/state the".
fn thing_to_tell(tokens: &[&str], folded: &[String]) -> Option<String> {
    // "Could you kindly *tell me the* name …": the request after words of
    // courtesy only.
    let request = folded
        .iter()
        .position(|w| !REQUEST_LEAD_INS.contains(&w.as_str()))?;
    let (tokens, folded) = (&tokens[request..], &folded[request..]);
    // "May *I know* the name …": the asker's request to be told.
    let knowing = request >= 1 && folded.first()? == "i" && folded.get(1)? == "know";
    // "*Walk me through* the focus areas": the podcast's "tell me".
    let through = matches!(folded.first()?.as_str(), "walk" | "take" | "run")
        && matches!(folded.get(1)?.as_str(), "me" | "us")
        && folded.get(2)? == "through";
    // "Kindly tell *the* names …": "me" may be left out.
    let the = if through {
        3
    } else if knowing || matches!(folded.get(1)?.as_str(), "me" | "us") {
        2
    } else {
        1
    };
    // "*Name the* city where …", "*Identify the* country that …": the
    // quiz-setter's imperative asks the same, with no "me".
    let naming = matches!(folded.first()?.as_str(), "name" | "identify" | "state") && the == 1;
    let opens = (knowing
        || through
        || naming
        || matches!(folded.first()?.as_str(), "tell" | "give" | "show" | "teach"))
        && folded.get(the)? == "the";
    if !opens || folded.len() < the + 3 {
        return None;
    }
    // "tell the *names of* the countries whose …": a list to name.
    if folded[the + 1] == "names" && folded[the + 2] == "of" {
        return Some(format!("name {}", tokens[the + 3..].join(" ")));
    }
    // The first word past the numbers says how many things are asked
    // ("the three *principles*").
    let head = folded[the + 1..]
        .iter()
        .find(|w| !w.chars().all(|c| c.is_ascii_digit()) && !crate::numbers::is_number_word(w))?;
    // "Name the three centres", "name the countries …" ask for a list,
    // which is read as one elsewhere; only one thing is asked here.
    if naming && (head != &folded[the + 1] || agreeing_be(head) == "are") {
        return None;
    }
    Some(format!(
        "what {} {}",
        agreeing_be(head),
        tokens[the..].join(" ")
    ))
}

/// Words of courtesy that may come before "tell me the …": "*could you
/// kindly* tell me the name …".
const REQUEST_LEAD_INS: &[&str] = &[
    "could", "can", "would", "will", "may", "might", "you", "please", "kindly", "excuse", "me",
    "humbly", "just",
];

/// "are" for a noun plural by its "s" ("leaders", not "progress"), else
/// "is".
fn agreeing_be(noun: &str) -> &'static str {
    if noun.ends_with('s') && !noun.ends_with("ss") {
        "are"
    } else {
        "is"
    }
}

/// Request words that a wrapped question follows: "could you *tell me* …",
/// "I'm curious *to know* …", "I was *wondering* …", "do *you know* …",
/// "*not sure* who …", "kindly *confirm* whether …", "I'd like to
/// *understand* why …", "any *idea* where …".
const REQUEST_CUES: &[&[&str]] = &[
    &["tell", "me"],
    &["teach", "me"],
    &["kindly", "tell"],
    &["please", "tell"],
    &["kindly", "share"],
    &["please", "share"],
    &["remind", "me"],
    &["inform", "me"],
    &["advise", "me"],
    &["enlighten", "me"],
    &["let", "me", "know"],
    &["article", "say", "about"],
    &["text", "say", "about"],
    &["to", "know"],
    &["i", "know"],
    &["wonder"],
    &["wondered"],
    &["wondering"],
    &["you", "know"],
    &["explain", "to", "me"],
    &["explain"],
    &["identify"],
    &["describe"],
    &["ask"],
    &["learn"],
    &["curious"],
    &["sure"],
    &["unsure"],
    &["confirm"],
    &["clarify"],
    &["understand"],
    &["check"],
    &["verify"],
    &["idea"],
];

/// Words between a request cue and the question it wraps that ask
/// nothing: "tell me *roughly* how many …".
const CUE_FILLERS: &[&str] = &[
    "possibly",
    "please",
    "kindly",
    "humbly",
    "perhaps",
    "roughly",
    "exactly",
    "precisely",
    "again",
    "just",
    "briefly",
    "then",
    "now",
];

/// Prepositions a wrapped question may open with before its wh-word:
/// "tell me *with what* he wished …".
pub(super) const LEADING_PREPOSITIONS: &[&str] = &[
    "with", "in", "to", "for", "from", "by", "about", "on", "at", "of", "over", "during", "within",
    "until", "since",
];

/// Where the question wrapped by a request starts, and whether it is a
/// yes/no question ("… tell me *whether* …"), when the last request cue
/// in `folded` is followed by a wh-word (maybe after a preposition),
/// "whether" or "if". No question mark may come before the cue: that
/// would be a question of its own.
fn embedded_question(tokens: &[&str], folded: &[String]) -> Option<(usize, bool)> {
    let cue_end = (0..folded.len())
        .rev()
        .find_map(|at| {
            REQUEST_CUES.iter().find_map(|cue| {
                let end = at + cue.len();
                folded[at..]
                    .starts_with_words(cue)
                    .then_some(end)
                    .filter(|&end| end < folded.len())
            })
        })
        .filter(|&end| {
            !tokens[..end.saturating_sub(1)]
                .iter()
                .any(|t| t.contains('?'))
        })?;
    let start = cue_end
        + folded[cue_end..]
            .iter()
            .take_while(|w| CUE_FILLERS.contains(&w.as_str()))
            .count();
    let first = folded.get(start)?.as_str();
    let second = folded.get(start + 1).map_or("", String::as_str);
    let rest_len = folded.len() - start;
    if matches!(first, "whether" | "if") && rest_len >= 4 {
        return Some((start + 1, true));
    }
    let asks = WH_WORDS.contains(&first)
        || (LEADING_PREPOSITIONS.contains(&first) && WH_WORDS.contains(&second));
    (asks && rest_len >= 3).then_some((start, false))
}

/// Verbs a request asks to have a claim checked with: "can you
/// *confirm* the grant was …".
const CHECKING_VERBS: &[&str] = &["confirm", "verify"];

/// Where the claim starts that a request asks to have checked ("*Can you
/// confirm* the grant was announced by …", "please verify *that* …"):
/// courtesy words, a checking verb, maybe "that", then a clause of at
/// least three words that is no wrapped question ("confirm *whether*",
/// "verify *who*" wrap one). Without "that" the clause must show its verb
/// by an auxiliary: "verify *the number of countries*" asks to look a
/// thing up, not to check a claim.
fn claim_to_confirm(folded: &[String]) -> Option<usize> {
    let verb = folded
        .iter()
        .position(|w| !REQUEST_LEAD_INS.contains(&w.as_str()))
        .filter(|&at| CHECKING_VERBS.contains(&folded[at].as_str()))?;
    let that = folded.get(verb + 1).is_some_and(|w| w == "that");
    let start = verb + 1 + usize::from(that);
    let first = folded.get(start)?.as_str();
    let wraps_a_question = WH_WORDS.contains(&first)
        || matches!(
            first,
            "whether" | "if" | "me" | "for" | "with" | "again" | "this" | "it"
        );
    let a_clause = that
        || folded[start..]
            .iter()
            .any(|w| super::intent::AUXILIARIES.contains(&w.as_str()));
    (!wraps_a_question && a_clause && folded.len() - start >= 3).then_some(start)
}

/// Nouns for what backs a claim: "what *evidence* is there that …".
const EVIDENCE_NOUNS: &[&str] = &[
    "evidence",
    "proof",
    "indication",
    "sign",
    "signs",
    "support",
];

/// Where the claim starts in a request for what backs it ("what
/// evidence does the article give *that* the treaty lasts?", "how do we
/// know that …", "what shows that …"): the fact that settles the claim
/// is the evidence, so it is asked as "is it true that …". `None` for
/// any other question.
fn evidence_for(folded: &[String]) -> Option<usize> {
    let opening = match folded {
        [what, noun, ..]
            if matches!(what.as_str(), "what" | "which")
                && EVIDENCE_NOUNS.contains(&noun.as_str()) =>
        {
            true
        }
        [how, _, _, know, ..] => how == "how" && matches!(know.as_str(), "know" | "tell"),
        _ => false,
    } || folded.starts_with_words(&["what", "shows"])
        || folded.starts_with_words(&["what", "proves"]);
    if !opening {
        return None;
    }
    // The claim follows the first "that" within the request's words.
    let that = folded.iter().take(9).position(|w| w == "that")?;
    (folded.len() - that > 3).then_some(that + 1)
}

/// Prefix tests on folded words.
pub(super) trait StartsWithWords {
    fn starts_with_words(&self, words: &[&str]) -> bool;
}

impl StartsWithWords for [String] {
    fn starts_with_words(&self, words: &[&str]) -> bool {
        self.len() >= words.len() && self.iter().zip(words).all(|(w, p)| w == p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn where_in_the_text_quoted_words_stand_is_taken_off() {
        for (question, plain) in [
            (
                "What does 'a legally binding agreement' refer to in the first paragraph?",
                "What does 'a legally binding agreement' refer to?",
            ),
            (
                "What is the 'Astana Declaration' mentioned at the end?",
                "What is the 'Astana Declaration' mentioned?",
            ),
            (
                "In the first paragraph, what did they sign?",
                "what did they sign?",
            ),
            ("Who is named at the end of the article?", "Who is named?"),
        ] {
            assert_eq!(without_text_locator(question).as_deref(), Some(plain));
        }
        for question in [
            "What was launched at the end of the summit?",
            "Who spoke at the start of the talks?",
            "What is the first paragraph about?",
        ] {
            assert_eq!(without_text_locator(question), None, "{question}");
        }
    }

    #[test]
    fn a_request_to_confirm_a_claim_asks_whether_it_is_true() {
        for (question, asked) in [
            (
                "Can you confirm the grant was announced by Xi?",
                "is it true that the grant was announced by Xi?",
            ),
            (
                "Please verify that the treaty is binding.",
                "is it true that the treaty is binding.",
            ),
        ] {
            assert_eq!(unwrapped(question).as_deref(), Some(asked), "{question}");
        }
        for question in [
            "Can you confirm who signed the treaty?",
            "Can you verify the number of countries?",
            "Can you check the grant was announced by Xi?",
            "I confirm the grant was announced by Xi.",
        ] {
            let folded: Vec<String> = question.split_whitespace().map(fold).collect();
            assert_eq!(claim_to_confirm(&folded), None, "{question}");
        }
    }

    #[test]
    fn a_request_around_a_wh_question_keeps_only_the_question() {
        for (question, unwrapped_question) in [
            (
                "I was wondering, could you tell me who it was that represented China at this summit?",
                "who it was that represented China at this summit?",
            ),
            (
                "Forgive my ignorance, but could you tell me how many nations signed the treaty?",
                "how many nations signed the treaty?",
            ),
            (
                "I'd be most grateful if you could tell me what Xi said this cooperation has been strengthened by.",
                "what Xi said this cooperation has been strengthened by.",
            ),
            (
                "I'm curious to know how many centres were launched at the gathering, if you would be so kind.",
                "how many centres were launched at the gathering",
            ),
            (
                "Could you tell me, if you would, with what Xi wished this spirit to be carried forward?",
                "with what Xi wished this spirit to be carried forward?",
            ),
            (
                "Could you possibly tell me what the presidents called China?",
                "what the presidents called China?",
            ),
            (
                "I read that Xi spoke of a long history; could you remind me roughly how many years he meant?",
                "how many years he meant?",
            ),
            (
                "I do hope you can help me: was the president of Turkmenistan there?",
                "was the president of Turkmenistan there?",
            ),
            (
                "Quick question - who hosted the summit?",
                "who hosted the summit?",
            ),
            (
                "do you know where the treaty was signed?",
                "where the treaty was signed?",
            ),
            (
                "What does the article say about how long the diplomatic ties exist?",
                "how long the diplomatic ties exist?",
            ),
        ] {
            assert_eq!(
                unwrapped(question).as_deref(),
                Some(unwrapped_question),
                "{question}"
            );
        }
    }

    #[test]
    fn a_request_whether_something_holds_asks_if_it_is_true() {
        assert_eq!(
            unwrapped("Could you tell me whether the treaty is permanent?").as_deref(),
            Some("is it true that the treaty is permanent?")
        );
        assert_eq!(
            unwrapped("Am I right in thinking that Xi said the ties go back only a few decades?")
                .as_deref(),
            Some("is it true that Xi said the ties go back only a few decades?")
        );
        assert_eq!(
            unwrapped("Would I be right in thinking that the grant is for two years?").as_deref(),
            Some("is it true that the grant is for two years?")
        );
        assert_eq!(
            unwrapped("Kindly confirm if Xi wanted humanity to move forward united.").as_deref(),
            Some("is it true that Xi wanted humanity to move forward united.")
        );
        assert_eq!(
            unwrapped("I'm not sure whether the grant is for this year.").as_deref(),
            Some("is it true that the grant is for this year.")
        );
        assert_eq!(
            unwrapped("Kindly inform me whether the grant is for this year.").as_deref(),
            Some("is it true that the grant is for this year.")
        );
        assert_eq!(
            unwrapped("Please advise me in which city the treaty was signed.").as_deref(),
            Some("in which city the treaty was signed.")
        );
        assert_eq!(
            unwrapped("I read about the training and wondered over what period it runs?")
                .as_deref(),
            Some("over what period it runs?")
        );
    }

    #[test]
    fn a_doubt_or_a_wish_to_understand_wraps_a_question_too() {
        for (question, asked) in [
            (
                "Not sure who proposed the new initiatives",
                "who proposed the new initiatives",
            ),
            (
                "I'm curious what Xi said drives the cooperation.",
                "what Xi said drives the cooperation.",
            ),
            (
                "I'd like to understand why Xi thinks fairness matters.",
                "why Xi thinks fairness matters.",
            ),
            (
                "Any idea where the summit was held?",
                "where the summit was held?",
            ),
            (
                "What does the 'Astana Declaration' refer to, kindly?",
                "What does the 'Astana Declaration' refer to?",
            ),
        ] {
            assert_eq!(unwrapped(question).as_deref(), Some(asked), "{question}");
        }
        // "Sure" that is no request wraps nothing.
        assert_eq!(unwrapped("Are you sure the treaty is permanent?"), None);
    }

    #[test]
    fn titles_and_hedges_are_dropped() {
        assert_eq!(
            unwrapped("how many years was Mr Xi referring to?").as_deref(),
            Some("how many years was Xi referring to?")
        );
        assert_eq!(
            unwrapped("Did Mr Xi, as I understand it, suggest that nothing change?").as_deref(),
            Some("Did Xi suggest that nothing change?")
        );
        assert_eq!(
            unwrapped("what did Xi announce, please?").as_deref(),
            Some("what did Xi announce?")
        );
    }

    #[test]
    fn a_closing_clause_naming_nothing_of_the_article_is_dropped() {
        let article =
            |w: &str| matches!(w, "grant" | "announced" | "called" | "china" | "presidents");
        assert_eq!(
            without_idle_clause(
                "what did the presidents call China when they spoke so warmly of it?",
                article
            )
            .as_deref(),
            Some("what did the presidents call China?")
        );
        // The clause names what the article tells of: it says which.
        assert_eq!(
            without_idle_clause("what did Xi say when he announced the grant?", article),
            None
        );
        assert_eq!(
            without_idle_clause("when did they speak so warmly of it?", article),
            None
        );
    }

    #[test]
    fn a_request_to_be_told_a_thing_is_a_what_question() {
        assert_eq!(
            unwrapped("Tell me the three principles Xi named.").as_deref(),
            Some("what are the three principles Xi named.")
        );
        assert_eq!(
            unwrapped("give me the name of the treaty").as_deref(),
            Some("what is the name of the treaty")
        );
        assert_eq!(
            unwrapped("Could you kindly tell me the name of the new platform?").as_deref(),
            Some("what is the name of the new platform?")
        );
        assert_eq!(unwrapped("Tell me the truth"), None);
        assert_eq!(
            unwrapped("Name the city where the poverty reduction center will be located.")
                .as_deref(),
            Some("what is the city where the poverty reduction center will be located.")
        );
        assert_eq!(unwrapped("Name them"), None);
        assert_eq!(
            unwrapped("Kindly tell the names of the countries whose presidents came.").as_deref(),
            Some("name the countries whose presidents came.")
        );
    }

    #[test]
    fn a_wish_to_ask_or_learn_and_a_closing_condition_wrap_a_question() {
        assert_eq!(
            unwrapped("I would like to humbly ask what the treaty commits them to, if it is not too much trouble.")
                .as_deref(),
            Some("what the treaty commits them to")
        );
        assert_eq!(
            unwrapped("I humbly wish to learn which principles guide China.").as_deref(),
            Some("which principles guide China.")
        );
        assert_eq!(
            unwrapped("Could you please teach me how many countries signed?").as_deref(),
            Some("how many countries signed?")
        );
        for closing in [
            "if it is not trouble",
            "if that's no bother",
            "if it isn't too much of a problem",
        ] {
            let question =
                format!("Please tell me in which city the treaty was signed, {closing}.");
            assert_eq!(
                unwrapped(&question).as_deref(),
                Some("in which city the treaty was signed"),
                "{question}"
            );
        }
    }

    #[test]
    fn a_request_for_the_evidence_of_a_claim_asks_whether_it_holds() {
        for (question, read) in [
            (
                "What evidence does the article give that the platform helps regional stability?",
                "is it true that the platform helps regional stability?",
            ),
            (
                "How do we know that the treaty is binding?",
                "is it true that the treaty is binding?",
            ),
            (
                "What shows that the leaders value China?",
                "is it true that the leaders value China?",
            ),
        ] {
            assert_eq!(unwrapped(question).as_deref(), Some(read), "{question}");
        }
        for question in [
            "What evidence is there?",
            "What did Xi say that the leaders praised?",
        ] {
            let folded: Vec<String> = question.split_whitespace().map(fold).collect();
            assert_eq!(evidence_for(&folded), None, "{question}");
        }
    }

    #[test]
    fn walk_me_through_asks_for_the_thing_it_names() {
        assert_eq!(
            unwrapped("Walk me through the focus areas for the mechanism.").as_deref(),
            Some("what are the focus areas for the mechanism.")
        );
    }

    #[test]
    fn asking_may_i_know_is_a_request_to_be_told() {
        assert_eq!(
            unwrapped("May I know what the leaders hope to turn the mechanism into?").as_deref(),
            Some("what the leaders hope to turn the mechanism into?")
        );
        assert_eq!(
            unwrapped("May I know the name of the new platform?").as_deref(),
            Some("what is the name of the new platform?")
        );
    }

    #[test]
    fn a_request_to_name_a_person_is_a_who_question() {
        assert_eq!(
            unwrapped("Name the president of Kazakhstan.").as_deref(),
            Some("who is the president of Kazakhstan.")
        );
        assert_eq!(
            unwrapped("identify the leaders who signed the treaty").as_deref(),
            Some("who are the leaders who signed the treaty")
        );
        assert_eq!(
            unwrapped("Identify who represented China at the summit?").as_deref(),
            Some("who represented China at the summit?")
        );
        assert_eq!(unwrapped("name the three centres"), None);
    }

    #[test]
    fn questions_without_courtesy_are_left_alone() {
        for question in [
            "who signed the treaty?",
            "what did Xi tell the leaders?",
            "tell me about the grant",
            "Did Xi say the world must know the law of the jungle?",
            "what did they agree to, if anything?",
            "am I right?",
            "do you know?",
        ] {
            assert_eq!(unwrapped(question), None, "{question}");
        }
    }
}
