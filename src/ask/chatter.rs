//! Talk around a question that asks nothing of the article: sentences
//! addressed to the helper ("… signed the treaty? *Let's count them.*",
//! "*What do you think?*", "*Check again, honey.*") and a frame that
//! reports where the question comes from ("*The sheet asks* how much …",
//! "*Worksheet says:* how many …").
//!
//! General English only: pronouns and reporting verbs, never an
//! article's words. Whether a word names something of the article is
//! the caller's `content` test.

use super::confirm::fold;
use super::intent::{AUXILIARIES, WH_WORDS};

/// Words that address the helper or invite it along: a sentence holding
/// one talks to it rather than asking of the article.
const ADDRESSING: &[&str] = &["you", "your", "youre", "lets", "u", "ya"];

/// Words that say how to answer ("… ? *y/n*", "*True or false*: …"):
/// part of the question, never talk around it.
const CHOICE_WORDS: &[&str] = &[
    "yes", "no", "yn", "y/n", "true", "false", "or", "right", "wrong",
];

/// Verbs that report a question another source asks ("the sheet *asks*").
const REPORTING_VERBS: &[&str] = &["asks", "asked", "says", "said", "reads", "wants", "goes"];

/// Words that may follow a reporting verb before the question itself:
/// "the sheet wants *to know* …", "it goes *like*: …".
const AFTER_REPORTING: &[&str] = &["to", "know", "like", "this", "that"];

/// Pronouns that name who acts in the article ("*he* says …"), so a
/// sentence they open is a claim, not a frame.
const ACTORS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "who", "everyone",
];

/// Words that pick out which question a source asks, whatever the
/// article: "the *next one*", "question *7*", "the *last* question".
const SEQUENCE_WORDS: &[&str] = &[
    "next",
    "last",
    "first",
    "second",
    "third",
    "following",
    "previous",
    "one",
    "this",
    "other",
];

/// The most words a frame names its source in: "question 7", "the next
/// one on the sheet".
const MAX_SOURCE_WORDS: usize = 5;

/// `question` without its sentences that name nothing of the article,
/// when another sentence does; `None` when none is dropped. An idle
/// sentence goes when it addresses the helper ("Can you find it?") or
/// asks nothing ("Check again."); an idle question that points back
/// ("What is it for?", "Right?") stays, as it asks of the others. A
/// question mark the dropped sentences carried moves to the kept text.
pub(super) fn without_idle_sentences(
    question: &str,
    content: impl Fn(&str) -> bool,
) -> Option<String> {
    let sentences = sentences(question);
    if sentences.len() < 2 {
        return None;
    }
    let names_something = |sentence: &[&str]| sentence.iter().any(|t| content(&fold(t)));
    let idle = |sentence: &[&str]| {
        !names_something(sentence)
            && !sentence
                .iter()
                .any(|t| CHOICE_WORDS.contains(&fold(t).as_str()))
            && (!sentence.last().is_some_and(|t| t.ends_with('?'))
                || sentence
                    .iter()
                    .any(|t| ADDRESSING.contains(&fold(t).as_str())))
    };
    let kept: Vec<&[&str]> = sentences
        .iter()
        .map(Vec::as_slice)
        .filter(|s| !idle(s))
        .collect();
    if kept.len() == sentences.len() || !kept.iter().any(|s| names_something(s)) {
        return None;
    }
    let text = kept
        .iter()
        .map(|s| s.join(" "))
        .collect::<Vec<_>>()
        .join(" ");
    let asked = question.trim_end().ends_with('?');
    Some(if asked && !text.ends_with('?') {
        format!("{}?", text.trim_end_matches(['.', '!', ',', ';', ':']))
    } else {
        text
    })
}

/// `question`'s tokens in sentences: a token closing in `?`, `!` or `.`
/// ends one, unless the `.` closes an abbreviation ("U.S.", "Mr.").
pub(super) fn sentences(question: &str) -> Vec<Vec<&str>> {
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    let tokens: Vec<&str> = question.split_whitespace().collect();
    for (at, token) in tokens.iter().enumerate() {
        current.push(*token);
        let bare = token.trim_end_matches(['"', '\'', ')', '”', '’']);
        // "the CA pres. praise …": a full stop ends a sentence only
        // before a capital.
        let capital_follows = tokens
            .get(at + 1)
            .is_some_and(|next| next.starts_with(|c: char| c.is_uppercase()));
        let ends = bare.ends_with(['?', '!'])
            || (bare.ends_with('.')
                && capital_follows
                && !abbreviation(bare.trim_end_matches('.')));
        if ends {
            sentences.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// Whether a word closed by `.` is an abbreviation rather than a
/// sentence's end: dotted letters ("U.S") or a title ("Mr").
fn abbreviation(word: &str) -> bool {
    word.contains('.')
        || matches!(
            word.to_lowercase().as_str(),
            "mr" | "mrs" | "ms" | "dr" | "st" | "prof" | "vs" | "etc"
        )
}

/// `question` without a frame naming where it comes from ("*The sheet
/// asks* how much …", "*Question 7:* …"), or `None` when it has none. A
/// frame's source names nothing of the article and is no pronoun; the
/// question it reports keeps at least three words. "… asks whether X"
/// asks "is it true that X".
pub(super) fn without_reporting_frame(
    question: &str,
    content: impl Fn(&str) -> bool,
) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let source_ends = (1..=MAX_SOURCE_WORDS.min(tokens.len())).find(|&end| {
        tokens[end - 1].ends_with(':') || REPORTING_VERBS.contains(&folded[end - 1].as_str())
    })?;
    let source = &folded[..source_ends];
    let plain_source = source.iter().all(|w| {
        !CHOICE_WORDS.contains(&w.as_str())
            && (!content(w) || SEQUENCE_WORDS.contains(&w.as_str()) || w.parse::<f64>().is_ok())
            && !WH_WORDS.contains(&w.as_str())
            && !AUXILIARIES.contains(&w.as_str())
            && !ACTORS.contains(&w.as_str())
    });
    // "Xi says …": a source of the article's makes a claim.
    if !plain_source || source.len() < 2 && !tokens[0].ends_with(':') {
        return None;
    }
    let mut start = source_ends;
    if !tokens[source_ends - 1].ends_with(':') {
        while folded
            .get(start)
            .is_some_and(|w| AFTER_REPORTING.contains(&w.as_str()))
            && !tokens[start - 1].ends_with(':')
        {
            start += 1;
        }
    }
    let whether = folded
        .get(start)
        .is_some_and(|w| matches!(w.as_str(), "whether" | "if"));
    let rest = &tokens[start + usize::from(whether)..];
    if rest.len() < 3 {
        return None;
    }
    let rest = rest.join(" ");
    Some(if whether {
        format!("is it true that {rest}")
    } else {
        rest
    })
}

/// Words that open the asker's reason for asking ("…, *because* I am not
/// sure", "… *since* my teacher asked").
const REASON_OPENERS: &[&str] = &["because", "since", "cause", "coz", "cuz"];

/// The asker speaking of themselves: a reason holding one is about the
/// asker, not the article ("because *I* don't remember the others").
pub(super) const FIRST_PERSON: &[&str] = &["i", "me", "my", "we", "us", "our", "im", "ive", "id"];

/// Verbs of an impression ("it *sounded* ominous"): a sentence opening
/// with one tells how the asker took something, not what to look up.
const IMPRESSION_VERBS: &[&str] = &[
    "sounded", "sounds", "seemed", "seems", "looked", "looks", "felt", "feels",
];

/// Verbs of an aside that reports what something is ("My neighbor *said*
/// it is about …").
const SAYING: &[&str] = &[
    "said", "says", "say", "read", "heard", "told", "think", "thought", "means",
];

/// The fewest words a question keeps before the reason dropped from it.
const SHORTEST_KEPT: usize = 3;

/// `question` without the asker's reason for asking after it ("… for how
/// long, *because I read two years but I am not sure*?", "… what it is
/// creating *because my teacher asked me*?"): a clause opened by
/// "because" or "since" that speaks of the asker, up to its sentence's
/// end. A reason that speaks of no one asking ("… because uncertainty
/// grows?") is a claim and stays. `None` when there is none.
pub(super) fn without_askers_reason(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let mut kept: Vec<String> = Vec::with_capacity(tokens.len());
    let mut at = 0;
    while at < tokens.len() {
        // The clause runs to its sentence's end.
        let end = (at..tokens.len())
            .find(|&end| tokens[end].ends_with(['?', '.', '!']))
            .unwrap_or(tokens.len() - 1);
        // "… because he says it backfires, but I want to know *who* is
        // harmed?": a wh-word in it may be what is asked.
        let clause = &folded[at..=end];
        let asker_s_reason = at >= SHORTEST_KEPT
            && REASON_OPENERS.contains(&folded[at].as_str())
            && clause.iter().any(|w| FIRST_PERSON.contains(&w.as_str()))
            && !clause.iter().any(|w| WH_WORDS.contains(&w.as_str()));
        if !asker_s_reason {
            kept.push(tokens[at].to_string());
            at += 1;
            continue;
        }
        // "How many years did he say, because I love history." is still a
        // question: its sentence opens as one.
        let opening = (0..at)
            .rev()
            .find(|&before| tokens[before].ends_with(['?', '.', '!']))
            .map_or(0, |before| before + 1);
        let asks = folded
            .get(opening)
            .is_some_and(|w| WH_WORDS.contains(&w.as_str()) || AUXILIARIES.contains(&w.as_str()));
        let mark = tokens[end]
            .chars()
            .last()
            .filter(|c| matches!(c, '?' | '.' | '!'))
            .map(|c| if asks { '?' } else { c });
        if let Some(last) = kept.last_mut() {
            let bare = last.trim_end_matches([',', ';', ':']).to_string();
            *last = bare;
            if let Some(mark) = mark {
                last.push(mark);
            }
        }
        at = end + 1;
    }
    (kept.len() < tokens.len()).then(|| kept.join(" "))
}

/// Words after a first-person opener that restate what is asked ("*I
/// mean* which people?", "*I am asking about* the grant"): a sentence they
/// open narrows the question rather than talking about the asker.
const RESTATING: &[&str] = &["mean", "meant", "asking", "ask"];

/// `question` without the asker's asides after it: once a sentence has
/// asked ("… must stay at the center of global cooperation?"), a later
/// sentence that speaks of the asker or their people and asks nothing
/// ("*I want to write them in my little notebook.*", "*My son works in a
/// factory, so he will want to know.*", "*I imagine it was the big boss
/// himself, no?*") tells why or what they guess, not what to look up. A
/// later sentence with a wh-word, or one that restates the question ("I
/// mean which people?"), stays, and so does one naming something of the
/// article after a question that asks of "it" ("What do they promise in
/// it? My neighbor said it is about being good neighbors."): it may be
/// what "it" is. `None` when there is no aside.
pub(super) fn without_askers_aside(
    question: &str,
    content: impl Fn(&str) -> bool,
) -> Option<String> {
    let sentences = sentences(question);
    let asked_at = first_asked(&sentences)?;
    let asks_of_it = sentences[..=asked_at]
        .iter()
        .flatten()
        .any(|t| fold(t) == "it");
    let aside = |sentence: &[&str]| {
        let folded: Vec<String> = sentence.iter().map(|t| fold(t)).collect();
        let restates = folded
            .windows(2)
            .any(|w| FIRST_PERSON.contains(&w[0].as_str()) && RESTATING.contains(&w[1].as_str()));
        let speaks_of_the_asker = folded.iter().any(|w| FIRST_PERSON.contains(&w.as_str()));
        let asks = folded.iter().any(|w| WH_WORDS.contains(&w.as_str()));
        // "It sounded rather ominous to me.": the asker's impression.
        let impression = matches!(
            folded.first().map(String::as_str),
            Some("it" | "that" | "this")
        ) && folded
            .get(1)
            .is_some_and(|w| IMPRESSION_VERBS.contains(&w.as_str()));
        if impression && !asks {
            return true;
        }
        // "I used to know my geography, but I've forgotten half of *it*"
        // says nothing of what "it" is: only a report of what someone
        // said or read may.
        let may_say_what_it_is = asks_of_it
            && folded.iter().any(|w| content(w))
            && folded.iter().any(|w| SAYING.contains(&w.as_str()));
        speaks_of_the_asker && !asks && !restates && !may_say_what_it_is
    };
    without_sentences(&sentences, |at| at > asked_at && aside(&sentences[at]))
}

/// The most words of options offered after a wh-question ("… announced
/// it? *One of the presidents from there or the Chinese one?*").
const MOST_OPTION_WORDS: usize = 10;

/// `question` without the options a learner offers after a wh-question
/// ("Who announced this grant? *One of the presidents or the Chinese
/// one?*", "… for whom, exactly? *Students, workers, professionals?*"):
/// a short sentence of alternatives, joined by "or" or commas, with no
/// question word or auxiliary of its own. The answer to the wh-question
/// picks among them. `None` when there are none.
pub(super) fn without_offered_options(question: &str) -> Option<String> {
    let sentences = sentences(question);
    let folded_of = |s: &[&str]| s.iter().map(|t| fold(t)).collect::<Vec<String>>();
    let offers = |at: usize| {
        let (before, sentence) = (&sentences[at - 1], &sentences[at]);
        let asked = folded_of(before)
            .iter()
            .any(|w| WH_WORDS.contains(&w.as_str()))
            && before.last().is_some_and(|t| t.ends_with('?'));
        let folded = folded_of(sentence);
        let alternatives = folded.iter().any(|w| w == "or")
            || sentence[..sentence.len() - 1]
                .iter()
                .any(|t| t.ends_with(','));
        asked
            && alternatives
            && sentence.len() <= MOST_OPTION_WORDS
            && sentence.last().is_some_and(|t| t.ends_with('?'))
            && !folded
                .iter()
                .any(|w| WH_WORDS.contains(&w.as_str()) || AUXILIARIES.contains(&w.as_str()))
    };
    without_sentences(&sentences, |at| at > 0 && offers(at))
}

/// `question` with the colon before its closing options made the comma a
/// choice is asked with ("Who praised the platform*:* ministers or
/// presidents?" → "…, ministers or presidents?"): a colon after a
/// question's wh-word or opening auxiliary, before a short tail of
/// alternatives joined by "or" that closes the question. `None` otherwise.
pub(super) fn options_after_colon(question: &str) -> Option<String> {
    let tokens: Vec<&str> = question.split_whitespace().collect();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let colon = tokens.iter().position(|t| t.ends_with(':'))?;
    let asks = folded[..colon]
        .iter()
        .any(|w| WH_WORDS.contains(&w.as_str()))
        || folded
            .first()
            .is_some_and(|w| AUXILIARIES.contains(&w.as_str()));
    let tail = &folded[colon + 1..];
    let offers = !tail.is_empty()
        && tail.len() <= MOST_OPTION_WORDS
        && tail.iter().any(|w| w == "or")
        && tokens.last().is_some_and(|t| t.ends_with('?'))
        && !tail
            .iter()
            .any(|w| WH_WORDS.contains(&w.as_str()) || AUXILIARIES.contains(&w.as_str()));
    if colon == 0 || !asks || !offers {
        return None;
    }
    let mut read: Vec<String> = tokens.iter().map(|t| t.to_string()).collect();
    read[colon] = format!("{},", tokens[colon].trim_end_matches(':'));
    Some(read.join(" "))
}

/// Where the first sentence that asks (ends in "?") stands.
pub(super) fn first_asked(sentences: &[Vec<&str>]) -> Option<usize> {
    sentences
        .iter()
        .position(|s| s.last().is_some_and(|t| t.ends_with('?')))
}

/// The sentences `drop` does not pick, joined again; `None` when it picks
/// none.
fn without_sentences(sentences: &[Vec<&str>], drop: impl Fn(usize) -> bool) -> Option<String> {
    let kept: Vec<String> = (0..sentences.len())
        .filter(|&at| !drop(at))
        .map(|at| sentences[at].join(" "))
        .collect();
    (kept.len() < sentences.len()).then(|| kept.join(" "))
}

/// `question` without the learner's own inference after it ("What is
/// growing in the world*, so these values matter more*?"): a clause opened
/// by "so" after a comma, closing a wh-question, that asks nothing itself.
/// "so that" (a purpose) and "so far" stay. `None` when there is none.
pub(super) fn without_inference(question: &str) -> Option<String> {
    let (tokens, folded) = super::confirm::wh_question_words(question)?;
    let so = (SHORTEST_KEPT..folded.len().saturating_sub(2)).find(|&at| {
        folded[at] == "so"
            && tokens[at - 1].ends_with(',')
            && !matches!(folded[at + 1].as_str(), "that" | "far" | "much" | "many")
    })?;
    // "…, so Xi, harm …" is an aside the question runs on after.
    if folded[so..].iter().any(|w| WH_WORDS.contains(&w.as_str()))
        || tokens[so..].iter().any(|t| t.ends_with([',', ';', ':']))
    {
        return None;
    }
    let mark = if question.trim_end().ends_with('?') {
        "?"
    } else {
        ""
    };
    let kept = tokens[..so].join(" ");
    Some(format!("{}{mark}", kept.trim_end_matches([',', ';', ':'])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_after_a_colon_are_offered_as_after_a_comma() {
        assert_eq!(
            options_after_colon("Who praised the platform: ministers or presidents?").as_deref(),
            Some("Who praised the platform, ministers or presidents?")
        );
        for question in [
            "Question 3: who praised the platform, ministers or presidents?",
            "Who praised it: was it the ministers or the presidents?",
            "Who praised the platform: the ministers?",
        ] {
            assert_eq!(options_after_colon(question), None, "{question}");
        }
    }

    #[test]
    fn the_learners_inference_after_a_wh_question_is_dropped() {
        assert_eq!(
            without_inference(
                "What is growing in the world, in Xi opinion, so these values matter more?"
            )
            .as_deref(),
            Some("What is growing in the world, in Xi opinion?")
        );
        for kept in [
            "What did Xi announce, so that the region can develop?",
            "Why did they sign it, so what changes?",
            "Did they sign it, so it binds them?",
            "Which two ways will, so Xi, harm global interests?",
        ] {
            assert_eq!(without_inference(kept), None, "{kept}");
        }
    }

    /// The article's words, as the asker's index would know them.
    fn content(word: &str) -> bool {
        [
            "central",
            "asian",
            "countries",
            "signed",
            "treaty",
            "china",
            "grant",
            "dollars",
            "summit",
            "training",
            "xi",
            "years",
            "first",
            "time",
            "platform",
            "next",
            "7",
        ]
        .contains(&word)
    }

    #[test]
    fn sentences_talking_to_the_helper_are_dropped() {
        for (question, asked) in [
            (
                "How many Central Asian countries signed the treaty? Let's count them.",
                "How many Central Asian countries signed the treaty?",
            ),
            (
                "How much is the grant in US dollars? Can you find it?",
                "How much is the grant in US dollars?",
            ),
            (
                "Was this the first time they had this summit. What do you think?",
                "Was this the first time they had this summit?",
            ),
            (
                "did Xi say the training is for three years? Check again honey.",
                "did Xi say the training is for three years?",
            ),
            ("Thanks! Who signed the treaty?", "Who signed the treaty?"),
        ] {
            assert_eq!(
                without_idle_sentences(question, content).as_deref(),
                Some(asked),
                "{question}"
            );
        }
    }

    #[test]
    fn questions_pointing_back_and_lone_sentences_stay() {
        for question in [
            "The grant isn't for weapons, I hope? What is it for?",
            "The treaty was signed in Astana. Right?",
            "Who signed the treaty?",
            "Did the U.S. sign the treaty?",
            "Can you tell me? I forgot.",
            "Green minerals on the focus list? y/n",
            "did the CA pres. praise the platform? y/n",
        ] {
            assert_eq!(
                without_idle_sentences(question, content),
                None,
                "{question}"
            );
        }
    }

    #[test]
    fn a_frame_reporting_the_question_is_dropped() {
        for (question, asked) in [
            (
                "The sheet asks how much the grant is in US dollars.",
                "how much the grant is in US dollars.",
            ),
            (
                "Worksheet says: how many countries signed the treaty?",
                "how many countries signed the treaty?",
            ),
            (
                "Next one asks was this the first summit?",
                "was this the first summit?",
            ),
            (
                "Question 7: who signed the treaty?",
                "who signed the treaty?",
            ),
            (
                "My teacher wants to know whether the grant is in dollars?",
                "is it true that the grant is in dollars?",
            ),
        ] {
            assert_eq!(
                without_reporting_frame(question, content).as_deref(),
                Some(asked),
                "{question}"
            );
        }
    }

    #[test]
    fn a_source_the_article_names_or_a_pronoun_makes_a_claim_not_a_frame() {
        for question in [
            "Xi says the grant is for two years?",
            "He says the training is for three years?",
            "Who says the treaty is binding?",
            "The summit says nothing?",
            "Summit: Astana?",
            "True or false: the grant is in dollars.",
        ] {
            assert_eq!(
                without_reporting_frame(question, content),
                None,
                "{question}"
            );
        }
    }

    #[test]
    fn options_offered_after_a_wh_question_are_dropped() {
        for (question, asked) in [
            (
                "Who announced this grant? One of the presidents from there or the Chinese one?",
                "Who announced this grant?",
            ),
            (
                "These trainings are for whom, exactly? Students, workers, professionals?",
                "These trainings are for whom, exactly?",
            ),
        ] {
            assert_eq!(
                without_offered_options(question).as_deref(),
                Some(asked),
                "{question}"
            );
        }
        for question in [
            "Who signed it? Was it Xi or Putin?",
            "Is it binding? Yes or no?",
            "How long is the training? Two years, I think.",
        ] {
            assert_eq!(without_offered_options(question), None, "{question}");
        }
    }

    #[test]
    fn the_asker_s_asides_after_the_question_are_dropped() {
        for (question, asked) in [
            (
                "Which values must stay central? I want to write them in my little notebook.",
                "Which values must stay central?",
            ),
            (
                "What kind of investment was in the list? My son works in a factory, so he will want to know.",
                "What kind of investment was in the list?",
            ),
            (
                "Who was representing China there? I imagine it was the big boss himself, no?",
                "Who was representing China there?",
            ),
            (
                "Who wins with trade wars? In my time we only had wars with guns, ha ha.",
                "Who wins with trade wars?",
            ),
            (
                "What did they sign? The treaty, I think.",
                "What did they sign?",
            ),
            (
                "What did they hope to turn it into? It sounded rather ambitious.",
                "What did they hope to turn it into?",
            ),
            (
                "How many signed it? I used to know my geography, but I've forgotten half of it.",
                "How many signed it?",
            ),
        ] {
            assert_eq!(
                without_askers_aside(question, content).as_deref(),
                Some(asked),
                "{question}"
            );
        }
    }

    #[test]
    fn sentences_before_the_question_and_restatements_stay() {
        for question in [
            "I read about the grant. Who announced it?",
            "Who did Xi join there? I mean which people he joined?",
            "What did they sign? I wonder which countries signed it?",
            "Who signed the treaty?",
            "What did they sign in it? I read it is about the treaty.",
        ] {
            assert_eq!(without_askers_aside(question, content), None, "{question}");
        }
    }

    #[test]
    fn the_asker_s_reason_for_asking_is_dropped_but_a_reason_claimed_stays() {
        for (question, plain) in [
            (
                "Which countries sent presidents because I don't remember the others?",
                "Which countries sent presidents?",
            ),
            (
                "What is it creating, because my teacher asked me? And when?",
                "What is it creating? And when?",
            ),
            (
                "Why is fairness important, because in Italian we say it differently?",
                "Why is fairness important?",
            ),
            (
                "How many years did he say, because I love history.",
                "How many years did he say?",
            ),
        ] {
            assert_eq!(without_askers_reason(question).as_deref(), Some(plain));
        }
        for question in [
            "Did Xi stress fairness because global uncertainty grows?",
            "Because I asked, who came?",
            "What will happen, because he says it backfires, but I want to know who is harmed?",
        ] {
            assert_eq!(without_askers_reason(question), None, "{question}");
        }
    }
}
