//! The spoken fillers a learner types around a question, taken off so
//! that the question itself is read: "*ok so* what day did they sign it,
//! *do we even know*?", "*hmm so* was this *like* the very first summit
//! *or nah*?", "*so like,* how far back do the ties go?".
//!
//! General English only: interjections, discourse markers and the tags
//! that ask nothing of their own, never an article's words.

use super::confirm::fold;
use super::intent::{AUXILIARIES, WH_WORDS};

/// Words that open a typed remark without asking anything.
const OPENING_FILLERS: &[&str] = &[
    "so", "ok", "okay", "k", "hmm", "hm", "hmmm", "um", "umm", "uh", "er", "erm", "wait", "well",
    "oh", "hey", "alright", "anyway", "anyways", "yeah", "like", "yo", "bruh", "bro", "dude",
    "ngl", "tbh", "lol", "lmao", "omg", "btw",
];

/// Hedges and intensifiers a chatty learner drops anywhere in a question
/// without changing what it asks: "where was it *even* held", "who
/// *actually* gets the training", "what does it mean *exactly*".
const HEDGES: &[&str] = &[
    "even",
    "actually",
    "really",
    "literally",
    "basically",
    "exactly",
    // "Was the signing *maybe* in Bishkek?": how sure the asker is.
    "maybe",
    "perhaps",
    "probably",
];

/// The most words a closing doubt has after its "or" ("…, or *is that
/// an exaggeration*?").
const LONGEST_DOUBT: usize = 5;

/// Auxiliaries that open a closing doubt: "…, or *is* that wrong?", "or
/// *did* I dream that up?".
const DOUBT_AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "did", "do", "does", "am", "have", "has",
];

/// Pronouns a closing doubt asks of: the claim ("is *that* wrong?"), its
/// source ("are *they* havering?") or the asker ("did *I* dream it up?").
/// A name ("or did *Xi* call it a key priority?") offers another claim.
const DOUBT_SUBJECTS: &[&str] = &[
    "that", "it", "this", "they", "i", "he", "she", "you", "someone", "somebody", "people",
];

/// Words before "or" that close a claim put for confirming ("…. *True*,
/// or is that an exaggeration?").
const DOUBTED_TAGS: &[&str] = &["right", "true", "correct", "so"];

/// "Did they *go as far as* calling China a partner?", "*go so far as
/// to* call …": the idiom says how bold the act was, and asks of the act.
const AS_FAR_AS: &[&[&str]] = &[
    &["go", "as", "far", "as"],
    &["go", "so", "far", "as", "to"],
    &["go", "so", "far", "as"],
    &["went", "as", "far", "as"],
    &["went", "so", "far", "as", "to"],
    &["gone", "as", "far", "as"],
    &["gone", "so", "far", "as", "to"],
];

/// Whether the word at `at` is part of an [`AS_FAR_AS`] idiom.
fn in_as_far_as(folded: &[String], at: usize) -> bool {
    AS_FAR_AS.iter().any(|idiom| {
        (0..idiom.len()).any(|offset| {
            at.checked_sub(offset).is_some_and(|start| {
                folded.len() > start + idiom.len()
                    && idiom.iter().zip(&folded[start..]).all(|(w, f)| w == f)
            })
        })
    })
}

/// Words after "at least" that make it a hedge on a vague amount, not a
/// bound on a number: "do trade wars help *at least some* countries?"
/// asks whether they help some.
const LOOSE_AMOUNTS: &[&str] = &["some", "somewhat", "partly", "partially", "several", "a"];

/// Whether the word at `at` is the "at" or "least" of "at least" before a
/// vague amount ([`LOOSE_AMOUNTS`]).
fn loose_at_least(folded: &[String], at: usize) -> bool {
    let opens_at = |start: usize| {
        folded.get(start).is_some_and(|w| w == "at")
            && folded.get(start + 1).is_some_and(|w| w == "least")
            && folded
                .get(start + 2)
                .is_some_and(|w| LOOSE_AMOUNTS.contains(&w.as_str()))
    };
    opens_at(at) || at.checked_sub(1).is_some_and(opens_at)
}

/// Words that put a present-tense question in the present, which a
/// statement in the present tense covers without saying so: "is it
/// still a priority *today*?".
const PRESENT_TIME: &[&str] = &["today", "nowadays", "currently", "presently"];

/// Whether the word at `at` only says "now" in a question in the present
/// tense ("is Central Asia still a key priority *today*?", "*these*
/// *days*"); in a question of the past or future ("was it signed
/// today?") it claims a time.
fn present_time(folded: &[String], at: usize) -> bool {
    let present = folded.iter().any(|w| {
        matches!(
            w.as_str(),
            "is" | "are"
                | "am"
                | "isnt"
                | "arent"
                | "remain"
                | "remains"
                | "does"
                | "do"
                | "has"
                | "have"
        )
    }) && !folded.iter().any(|w| {
        matches!(
            w.as_str(),
            "was" | "were" | "did" | "will" | "would" | "wasnt" | "werent" | "didnt" | "wont"
        )
    });
    let these_days = |at: usize| {
        folded.get(at).is_some_and(|w| w == "these")
            && folded.get(at + 1).is_some_and(|w| w == "days")
    };
    // "something about *today*": a noun after a preposition is talked
    // about, not a time.
    let after_preposition = at.checked_sub(1).is_some_and(|before| {
        matches!(
            folded[before].as_str(),
            "about" | "of" | "for" | "until" | "since" | "from" | "to" | "than" | "till"
        )
    });
    present
        && !after_preposition
        && (PRESENT_TIME.contains(&folded[at].as_str())
            || these_days(at)
            || at.checked_sub(1).is_some_and(these_days))
}

/// Whether the word at `at` is the "supposed" of "is the grant *supposed*
/// to be spread …": what is planned, asked as what will be ("is the grant
/// to be spread …"). Only in a yes/no question: "what is the treaty *supposed* to
/// strengthen?" asks its purpose.
fn supposed_to(folded: &[String], at: usize) -> bool {
    let yes_no = folded.first().is_some_and(|first| {
        matches!(
            first.as_str(),
            "is" | "are" | "was" | "were" | "isnt" | "arent" | "wasnt" | "werent"
        )
    });
    yes_no
        && folded[at] == "supposed"
        && folded.get(at + 1).is_some_and(|next| next == "to")
        && at
            .checked_sub(1)
            .is_some_and(|before| !matches!(folded[before].as_str(), "i" | "you" | "we"))
}

/// Words after which an opening "so" is an adverb of degree, not a
/// filler ("*so many* people?", "*so far*, …").
const DEGREE_WORDS: &[&str] = &["many", "much", "far", "long", "few", "little", "called"];

/// Closing tags that ask nothing of their own: "…, do we even know?",
/// "… or nah?". Those opening with "or" need no comma before them.
const CLOSING_TAGS: &[&[&str]] = &[
    &["or", "nah"],
    &["or", "not"],
    &["or", "no"],
    &["or", "what"],
    &["or", "something"],
    &["anyway"],
    &["anyways"],
    // Sentence-final particles of Singapore and Malaysian English:
    // "The summit held where *ah*?", "Got sign treaty or not *lah*?".
    &["ah"],
    &["lah"],
    &["leh"],
    &["lor"],
    &["meh"],
    &["hor"],
    &["you", "know"],
    &["do", "we", "even", "know"],
    &["do", "we", "know"],
    &["does", "it", "say"],
    &["i", "wonder"],
    &["i", "guess"],
    &["and", "stuff"],
    &["tho"],
    &["though"],
    // "what was growing in the world *rn*", "is farming part of it *at
    // all*": "right now" typed short, and an intensifier.
    &["rn"],
    &["at", "all"],
    &["lol"],
    &["lmao"],
    &["tbh"],
    &["ngl"],
    &["bro"],
    &["bruh"],
    // "Tajikistan's president was there too *right*?": only after a
    // statement and no comma (see `closing_tag`); "is that right?" asks it.
    &["right"],
];

/// The words a closing "or …" tag offers as the other answer: the tag
/// makes a statement before it a yes/no question ("The treaty is signed
/// already *or not*?").
const OTHER_ANSWERS: &[&str] = &["not", "no", "nah"];

/// Words after which "like" is a filler ("was this *like* the first?",
/// "is it *like* forever?"), not a verb or a preposition ("what would
/// they *like*", "a partner *like* China").
const BEFORE_FILLER_LIKE: &[&str] = &["is", "was", "are", "were", "this", "it", "that", "its"];

/// The fewest words a question keeps once its fillers are off.
const SHORTEST_QUESTION: usize = 2;

/// `question` without the fillers around it, or `None` when it has none.
pub(super) fn without_fillers(question: &str) -> Option<String> {
    if !may_hold_fillers(question) {
        return None;
    }
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    if let Some(refined) = refining_like_question(&tokens, &folded) {
        return Some(refined);
    }
    let start = opening_fillers(&tokens, &folded);
    // Tags may follow one another: "… or not ah?".
    let (mut end, mut offers_no) = (tokens.len(), false);
    while end > start {
        let tag = closing_tag(&tokens[start..end], &folded[start..end]);
        if tag == 0 {
            break;
        }
        offers_no |= folded[end - tag] == "or" && OTHER_ANSWERS.contains(&folded[end - 1].as_str());
        // "treaty signed in tashkent *right*": a bare "right" after a
        // claim (see `closing_tag`) asks whether it holds, as "or not" does.
        offers_no |= tag == 1 && folded[end - 1] == "right";
        end -= tag;
    }
    let end = end - closing_doubt(&tokens[start..end], &folded[start..end]);
    let end = end - closing_like_aside(&tokens[start..end], &folded[start..end]);
    let kept: Vec<&str> = (start..end)
        .filter(|&at| {
            !is_filler_like(&tokens, &folded, at, end)
                && !HEDGES.contains(&folded[at].as_str())
                && !supposed_to(&folded, at)
                && !present_time(&folded, at)
                && !in_as_far_as(&folded, at)
                && !loose_at_least(&folded, at)
        })
        .map(|at| tokens[at])
        .collect();
    if kept.len() == tokens.len() || kept.len() < SHORTEST_QUESTION {
        return None;
    }
    let text = kept.join(" ");
    let text = text.trim_end_matches([',', ';', ':', ' ', '?']);
    let closing = if question.trim_end().ends_with('?') {
        "?"
    } else {
        ""
    };
    if offers_no && states_a_claim(&folded[start..end]) {
        return Some(format!("is it that {text}?"));
    }
    Some(format!("{text}{closing}"))
}

/// Whether the words put a claim in statement order: no auxiliary opens
/// them ("*did* Xi sign it or not?" is a yes/no question already) and no
/// wh-word asks something else ("the summit held *where*, or not?").
fn states_a_claim(folded: &[String]) -> bool {
    folded
        .first()
        .is_some_and(|first| !AUXILIARIES.contains(&first.as_str()))
        && !folded
            .iter()
            .any(|w| WH_WORDS.contains(&w.as_str()) || w.starts_with("what"))
}

/// A cheap look at the text before it is split: most questions open with
/// no filler, hold no "like" and close with no tag.
fn may_hold_fillers(question: &str) -> bool {
    let lowered = question.to_lowercase();
    let first = lowered
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let closing = lowered.trim_end_matches(|c: char| !c.is_alphanumeric());
    OPENING_FILLERS.contains(&first)
        || lowered.contains("like")
        || lowered.contains(" or ")
        || lowered.contains("supposed to")
        || lowered.contains("these days")
        || lowered.contains(" far as ")
        || lowered.contains("at least")
        || lowered
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| PRESENT_TIME.contains(&word))
        || lowered
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| HEDGES.contains(&word))
        || CLOSING_TAGS
            .iter()
            .any(|tag| tag.last().is_some_and(|last| closing.ends_with(last)))
}

/// How many tokens open `tokens` as fillers: interjections and
/// discourse markers, and an "and" after them ("ok *and* what …").
fn opening_fillers(tokens: &[&str], folded: &[String]) -> usize {
    let mut at = 0;
    while at < tokens.len() {
        let word = folded[at].as_str();
        let degree = word == "so"
            && folded
                .get(at + 1)
                .is_some_and(|next| DEGREE_WORDS.contains(&next.as_str()));
        let linking_and = word == "and" && at > 0;
        if !(OPENING_FILLERS.contains(&word) && !degree || linking_and) {
            break;
        }
        at += 1;
    }
    at
}

/// How many tokens at the end of `tokens` are a closing tag.
fn closing_tag(tokens: &[&str], folded: &[String]) -> usize {
    CLOSING_TAGS
        .iter()
        .find(|tag| {
            let Some(from) = tokens.len().checked_sub(tag.len()) else {
                return false;
            };
            let set_off = from > 0 && tokens[from - 1].ends_with(',');
            // "… yes or no?" says the question is a yes/no one.
            let choice = from > 0 && fold(tokens[from - 1]) == "yes";
            // "…, right?" set off by a comma is read as a claim put for
            // confirming (see `confirm`); without the comma it is only a tag.
            let after_a_claim = **tag != ["right"] || (!set_off && states_a_claim(&folded[..from]));
            from >= SHORTEST_QUESTION
                && !choice
                && after_a_claim
                && folded[from..].iter().zip(tag.iter()).all(|(w, t)| w == t)
                && (set_off || tag[0] == "or" || tag.len() == 1 || **tag == ["at", "all"])
        })
        .map_or(0, |tag| tag.len())
}

/// How many tokens at the end of `tokens` are a doubt closing the
/// question after "or": "…, *or is that wrong*?", "…, *or did he say the
/// opposite*?", "is that right *or are they havering*?". It asks whether
/// the claim before it holds, which the answer to the claim says.
fn closing_doubt(tokens: &[&str], folded: &[String]) -> usize {
    let Some(or) = folded.iter().rposition(|w| w == "or") else {
        return 0;
    };
    let tail = &folded[or + 1..];
    // The asker's own doubt ("… or did *I* dream that up?") needs no
    // comma: no option is ever the asker.
    let set_off = or > 0
        && (tokens[or - 1].ends_with(',')
            || DOUBTED_TAGS.contains(&folded[or - 1].as_str())
            || tail.get(1).is_some_and(|subject| subject == "i"));
    let doubts = tail.len() >= 2
        && tail.len() <= LONGEST_DOUBT
        && DOUBT_AUXILIARIES.contains(&tail[0].as_str())
        && DOUBT_SUBJECTS.contains(&tail[1].as_str());
    if or >= SHORTEST_QUESTION && set_off && doubts {
        tokens.len() - or
    } else {
        0
    }
}

/// The most words an aside after "like" has ("…, like long term?").
const LONGEST_LIKE_ASIDE: usize = 3;

/// How many tokens at the end of `tokens` are an aside opened by "like"
/// after a comma ("what do they hope it ends up being, *like long
/// term*?"): it hedges the question and asks nothing itself. One asking
/// something ("…, like what's growing?") is the question put again, and
/// stays.
fn closing_like_aside(tokens: &[&str], folded: &[String]) -> usize {
    let Some(like) = tokens
        .iter()
        .rposition(|t| t.ends_with(','))
        .map(|at| at + 1)
    else {
        return 0;
    };
    let aside = &folded[like..];
    let asks = aside
        .iter()
        .any(|w| super::intent::WH_WORDS.contains(&w.as_str()) || w.starts_with("what"));
    // "…, like in yuan?" says what form the answer takes.
    let sets_a_form = aside
        .get(1)
        .is_some_and(|w| matches!(w.as_str(), "in" | "as" | "at" | "by" | "for" | "from"));
    let fits = aside.first().is_some_and(|w| w == "like")
        && !sets_a_form
        && aside.len() <= LONGEST_LIKE_ASIDE + 1
        && like >= SHORTEST_QUESTION
        && !asks;
    if fits { aside.len() } else { 0 }
}

/// The question a closing "…, like what …?" puts more exactly than the
/// one before it ("what's Xi saying about the world, *like what's
/// growing*?" asks what is growing), or `None`.
fn refining_like_question(tokens: &[&str], folded: &[String]) -> Option<String> {
    let like = tokens.iter().rposition(|t| t.ends_with(','))? + 1;
    let opens_a_question = folded.get(like + 1).is_some_and(|w| {
        super::intent::WH_WORDS.contains(&w.as_str()) || matches!(w.as_str(), "whats" | "whos")
    });
    let opens_with_like = folded.get(like).is_some_and(|w| w == "like");
    (opens_with_like && opens_a_question && tokens.len() > like + 2)
        .then(|| tokens[like + 1..].join(" "))
}

/// Whether the token at `at` is a "like" that only fills a pause: set off
/// by a comma, or between a subject or "be" and what follows it.
fn is_filler_like(tokens: &[&str], folded: &[String], at: usize, end: usize) -> bool {
    if folded[at] != "like" || at + 1 >= end {
        return false;
    }
    let set_off = tokens[at].ends_with(',') || (at > 0 && tokens[at - 1].ends_with(','));
    let after_be = at > 0 && BEFORE_FILLER_LIKE.contains(&folded[at - 1].as_str());
    set_off || after_be
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_in_a_present_tense_question_is_taken_off_but_claims_a_time_in_the_past() {
        assert_eq!(
            without_fillers("Is Central Asia still a key priority today?").as_deref(),
            Some("Is Central Asia still a key priority?")
        );
        assert_eq!(
            without_fillers("why is the mechanism more important these days?").as_deref(),
            Some("why is the mechanism more important?")
        );
        assert_eq!(without_fillers("Was the treaty signed today?"), None);
    }

    #[test]
    fn a_doubt_closing_the_question_after_or_is_taken_off() {
        for (question, plain) in [
            (
                "Is it true the leaders backed protectionism, or is that wrong?",
                "Is it true the leaders backed protectionism?",
            ),
            (
                "Is it true Xi said it would pay off, or did he say the opposite?",
                "Is it true Xi said it would pay off?",
            ),
            (
                "The summit was held in Beijing. Is that right or are they havering?",
                "The summit was held in Beijing. Is that right?",
            ),
            (
                "Was the grant a loan? True, or is that an exaggeration?",
                "Was the grant a loan? True?",
            ),
            (
                "Was the signing maybe in Bishkek?",
                "Was the signing in Bishkek?",
            ),
            (
                "Is green minerals one of the focus areas or did I dream that up?",
                "Is green minerals one of the focus areas?",
            ),
        ] {
            assert_eq!(
                without_fillers(question).as_deref(),
                Some(plain),
                "{question}"
            );
        }
        // Another claim after "or" is a question of its own.
        assert_eq!(
            without_fillers("Is it a side issue, or did Xi call it a key priority?"),
            None
        );
        assert_eq!(without_fillers("Is it a loan or a grant?"), None);
    }

    #[test]
    fn at_least_before_a_vague_amount_is_a_hedge_and_before_a_number_a_bound() {
        assert_eq!(
            without_fillers("Does Xi think trade wars help at least some countries?").as_deref(),
            Some("Does Xi think trade wars help some countries?")
        );
        assert_eq!(
            without_fillers("Are there at least 3,000 training places?"),
            None
        );
    }

    #[test]
    fn going_as_far_as_an_act_asks_of_the_act() {
        assert_eq!(
            without_fillers("Did the leaders really go as far as calling China a partner?")
                .as_deref(),
            Some("Did the leaders calling China a partner?")
        );
        assert_eq!(
            without_fillers("Did Xi go so far as to call it a model?").as_deref(),
            Some("Did Xi call it a model?")
        );
        assert_eq!(without_fillers("How far as a share did it go?"), None);
    }

    #[test]
    fn fillers_around_a_question_are_taken_off() {
        for (question, plain) in [
            (
                "ok and what day did they sign it, do we even know?",
                "what day did they sign it?",
            ),
            (
                "hmm so was this like the very first China-Central Asia summit or nah?",
                "was this the very first China-Central Asia summit?",
            ),
            (
                "so like, how far back do the ties go?",
                "how far back do the ties go?",
            ),
            (
                "tajikistan's president was there too right?",
                "is it that tajikistan's president was there too?",
            ),
            (
                "treaty signed in tashkent right",
                "is it that treaty signed in tashkent?",
            ),
            (
                "so the treaty, is it like forever?",
                "the treaty, is it forever?",
            ),
            ("wait, did Xi sign it or not?", "did Xi sign it?"),
            (
                "what was xi worried was growing in the world rn",
                "what was xi worried was growing in the world",
            ),
            (
                "is farming part of the plan at all",
                "is farming part of the plan",
            ),
            (
                "Is the grant supposed to be spread over the next five years?",
                "Is the grant to be spread over the next five years?",
            ),
            (
                "The treaty is signed already or not?",
                "is it that The treaty is signed already?",
            ),
            (
                "The treaty got legally binding or not ah?",
                "is it that The treaty got legally binding?",
            ),
            ("The summit held where ah?", "The summit held where?"),
            (
                "so what do they hope it ends up being, like long term?",
                "what do they hope it ends up being?",
            ),
            (
                "so how much money is Xi handing out, like in yuan?",
                "how much money is Xi handing out, in yuan?",
            ),
            (
                "so what's Xi saying about the world right now, like what's growing?",
                "what's growing?",
            ),
            (
                "What is the platform called, anyway?",
                "What is the platform called?",
            ),
            (
                "so like where was the thing even held",
                "where was the thing held",
            ),
            (
                "bruh who actually gets the training thing",
                "who gets the training thing",
            ),
            (
                "which countries presidents were there tho",
                "which countries presidents were there",
            ),
            (
                "did xi want ppl to go back to the law of the jungle lol",
                "did xi want ppl to go back to the law of the jungle",
            ),
            (
                "What does 'high-quality development' mean exactly?",
                "What does 'high-quality development' mean?",
            ),
        ] {
            assert_eq!(
                without_fillers(question).as_deref(),
                Some(plain),
                "{question}"
            );
        }
    }

    #[test]
    fn words_that_only_look_like_fillers_stay() {
        for question in [
            "So many people were trained?",
            "So far, how many summits were held?",
            "What would the leaders like to build?",
            "What was the summit like?",
            "Who is a partner like China?",
            "What did Xi say?",
            "Yes or no?",
            "what did Xi say, like,",
            "like,",
            "new trade platform launched yes or no",
            "is that right?",
            "did they get it right?",
        ] {
            assert_eq!(without_fillers(question), None, "{question}");
        }
    }
}
