//! The asker's story around a question: sentences about themselves before
//! it ("*My daughter read this aloud to me.* Did Xi promise …?"), a
//! lead-in about themselves before a colon ("*I grew up on a farm, so this
//! caught my eye:* was farming …?"), and a claim they heard that a short
//! question points back at ("*I read that the grant was spread over ten
//! years.* Is that right?").
//!
//! General English only: pronouns, verbs of saying and believing, words
//! of truth. Whether a word names something of the article is the
//! caller's `content` test.

use super::chatter::{FIRST_PERSON, first_asked, sentences};
use super::confirm::fold;
use super::intent::{AUXILIARIES, WH_WORDS};

/// Verbs that report what someone said, read or believes: the claim a
/// learner wants checked follows the last of them ("a friend *told* me Xi
/// *said* …").
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "thought",
    "think",
    "thinks",
    "read",
    "heard",
    "saw",
    "claimed",
    "claims",
    "insists",
    "insisted",
    "believed",
    "believes",
    "reckons",
    "reckoned",
    "understood",
    "impression",
    "remember",
    "recall",
];

/// Words that ask whether something already said holds: "is *that*
/// *right*?", "did I read *that* *correctly*?".
const TRUTH_WORDS: &[&str] = &[
    "right",
    "rightly",
    "correct",
    "correctly",
    "true",
    "accurate",
    "so",
    "wrong",
    "mistaken",
    "says",
    "say",
    "said",
    "muddling",
    "mixing",
];

/// Words that point back at what was said before: "is *that* right?".
const POINTERS: &[&str] = &["that", "this", "it"];

/// The most words before a comma or "or" of a question that only points
/// back: "did I get that right, …".
const LONGEST_CHECK: usize = 7;

/// Pronouns that stand for something named earlier: a question holding
/// one may need the story before it ("I read about the grant. Who
/// announced *it*?").
const BACK_REFERENCES: &[&str] = &["it", "them", "those", "these", "they"];

/// `question` as the claim its asker wants checked, when a short question
/// only points back at a statement before it ("*I thought he said 500
/// years.* Is that correct, or am I muddling it up?"): "is it true that
/// …?" of what follows the statement's last verb of saying or believing.
/// `None` for any other question.
pub(super) fn claim_pointed_back_at(
    question: &str,
    content: impl Fn(&str) -> bool,
) -> Option<String> {
    let sentences = sentences(question);
    let asked_at = first_asked(&sentences)?;
    if asked_at == 0 || !only_points_back(&sentences[asked_at], content) {
        return None;
    }
    let statement = &sentences[asked_at - 1];
    let claim = reported_claim(statement)?;
    Some(format!("is it true that {claim}?"))
}

/// Whether `sentence` asks only whether what was said holds: up to its
/// first comma or "or", a few words holding a pointer and a truth word
/// and nothing of the article.
fn only_points_back(sentence: &[&str], content: impl Fn(&str) -> bool) -> bool {
    let mut head = Vec::new();
    for token in sentence {
        let word = fold(token);
        if word == "or" {
            break;
        }
        head.push(word);
        if token.ends_with(',') {
            break;
        }
    }
    let is = |list: &[&str], w: &String| list.contains(&w.as_str());
    head.len() <= LONGEST_CHECK
        && head.iter().any(|w| is(POINTERS, w))
        && head.iter().any(|w| is(TRUTH_WORDS, w))
        && !head
            .iter()
            .any(|w| content(w) && !is(TRUTH_WORDS, w) && !is(REPORTING, w))
}

/// What `statement` reports, after its last verb of saying or believing
/// and a "that" close after it ("I read somewhere, I think, *that* the
/// grant …"). A named speaker before the verb stays with the claim ("*Xi
/// said* protectionism …"); the asker does not ("I thought …"). `None`
/// when no verb reports a claim of at least three words.
fn reported_claim(statement: &[&str]) -> Option<String> {
    let folded: Vec<String> = statement.iter().map(|t| fold(t)).collect();
    let verb = (0..folded.len())
        .rev()
        .find(|&at| REPORTING.contains(&folded[at].as_str()) && folded.len() - at > 3)?;
    let mut start = verb + 1;
    while folded
        .get(start)
        .is_some_and(|w| matches!(w.as_str(), "me" | "us" | "him" | "her"))
    {
        start += 1;
    }
    if let Some(that) = folded[start..].iter().take(8).position(|w| w == "that") {
        start += that + 1;
    } else if verb > 0
        && statement[verb - 1].starts_with(char::is_uppercase)
        && !FIRST_PERSON.contains(&folded[verb - 1].as_str())
    {
        start = verb - 1;
    }
    let claim: Vec<&str> = statement[start..].to_vec();
    if claim.len() < 3 {
        return None;
    }
    let text = claim.join(" ");
    Some(text.trim_end_matches(['.', '!', ',', ';', ':']).to_string())
}

/// `question` without the asker's story before what it asks: statements
/// about themselves ("*I used to travel, so I noticed the currency.* Is
/// the grant in yuan?") and a lead-in about themselves before a colon
/// ("*so I wondered while reading this:* did Xi …?"). A story stays when
/// the question points back into it ("I read about the grant. Who
/// announced *it*?"). `None` when there is none.
pub(super) fn without_leading_story(
    question: &str,
    content: impl Fn(&str) -> bool,
) -> Option<String> {
    let sentences = sentences(question);
    let asked_at = first_asked(&sentences)?;
    let asked = &sentences[asked_at];
    let (lead_in, asked) = split_lead_in(asked).unwrap_or((0, asked));
    let names_something = asked.iter().any(|t| content(&fold(t)));
    let points_back = asked
        .iter()
        .any(|t| BACK_REFERENCES.contains(&fold(t).as_str()));
    let story_before = asked_at > 0
        && sentences[..asked_at].iter().all(|s| speaks_of_the_asker(s))
        && !points_back
        && !only_points_back(asked, &content);
    if !names_something || (lead_in == 0 && !story_before) {
        return None;
    }
    let kept = if story_before || asked_at == 0 {
        asked.to_vec()
    } else {
        // The lead-in is gone, but the story before the question stays.
        let mut kept: Vec<&str> = sentences[..asked_at].iter().flatten().copied().collect();
        kept.extend_from_slice(asked);
        kept
    };
    let text = kept.join(" ");
    Some(match text.split_once(' ') {
        Some((first, rest)) if matches!(fold(first).as_str(), "whether" | "if") => {
            format!("is it true that {rest}")
        }
        _ => text,
    })
}

/// Whether `sentence` is a statement that speaks of the asker ("My
/// daughter read this aloud to me."): a first-person word, and no
/// question mark.
fn speaks_of_the_asker(sentence: &[&str]) -> bool {
    !sentence.last().is_some_and(|t| t.ends_with('?'))
        && sentence
            .iter()
            .any(|t| FIRST_PERSON.contains(&fold(t).as_str()))
}

/// The question after a lead-in about the asker that ends in a colon ("I grew up on a farm, so this caught my eye while reading: *was
/// farming …?*"), with how many tokens the lead-in took: the lead-in
/// speaks of the asker, and the question opens with an auxiliary, a
/// wh-word, "whether" or "if".
fn split_lead_in<'s, 't>(sentence: &'s [&'t str]) -> Option<(usize, &'s [&'t str])> {
    // Not a dash: "I mix up the numbers - which one is …" sets off a
    // question that leans on the words before it.
    let colon = sentence.iter().position(|t| t.ends_with(':'))?;
    let rest = &sentence[colon + 1..];
    let lead_in = &sentence[..=colon];
    let opens = rest.first().map(|t| fold(t)).is_some_and(|w| {
        AUXILIARIES.contains(&w.as_str())
            || WH_WORDS.contains(&w.as_str())
            || matches!(w.as_str(), "whether" | "if")
    });
    let of_the_asker = lead_in
        .iter()
        .any(|t| FIRST_PERSON.contains(&fold(t).as_str()));
    (opens && of_the_asker && rest.len() >= 3).then_some((colon + 1, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words this test pretends the article uses.
    fn content(word: &str) -> bool {
        [
            "grant",
            "years",
            "xi",
            "treaty",
            "ten",
            "mongolia",
            "president",
            "farming",
            "agriculture",
            "currency",
            "yuan",
            "region",
            "priority",
            "basis",
            "links",
            "china",
            "promise",
            "training",
            "signing",
        ]
        .contains(&word)
    }

    #[test]
    fn a_claim_the_question_points_back_at_is_asked_as_a_claim() {
        for (question, claim) in [
            (
                "I read that the grant was spread over ten years. Is that right?",
                "is it true that the grant was spread over ten years?",
            ),
            (
                "I read somewhere in this article, I think, that the grant was to be spread over ten years. Was that right? My eyes do tend to skip lines these days.",
                "is it true that the grant was to be spread over ten years?",
            ),
            (
                "I thought he said the links went back about 500 years. Is that correct, or am I muddling it up with something I saw on the telly?",
                "is it true that the links went back about 500 years?",
            ),
            (
                "A friend at my bridge club told me Xi said Central Asia is only a minor concern. Is that what the article says?",
                "is it true that Xi said Central Asia is only a minor concern?",
            ),
            (
                "I thought I saw that Mongolia's president was among the leaders at the signing. Did I get that right, dear, or am I mixing it up with another story?",
                "is it true that Mongolia's president was among the leaders at the signing?",
            ),
        ] {
            assert_eq!(
                claim_pointed_back_at(question, content).as_deref(),
                Some(claim),
                "{question}"
            );
        }
    }

    #[test]
    fn a_question_of_its_own_is_not_a_check_of_what_came_before() {
        for question in [
            "I read about the grant. How much was it?",
            "I read that the grant was big. Is it true that Xi promised training?",
            "Is that right?",
            "The grant was spread over ten years. Was the treaty signed?",
        ] {
            assert_eq!(claim_pointed_back_at(question, content), None, "{question}");
        }
    }

    #[test]
    fn the_asker_s_story_before_the_question_is_dropped() {
        for (question, asked) in [
            (
                "My daughter read this article aloud to me and my hearing aid may have garbled it. Did Xi promise 30,000 training places?",
                "Did Xi promise 30,000 training places?",
            ),
            (
                "I'm always a little wary of big neighbours! On what basis did Xi say China engages with the region?",
                "On what basis did Xi say China engages with the region?",
            ),
            (
                "I grew up on a farm, so this caught my eye while reading: was farming or agriculture among the areas?",
                "was farming or agriculture among the areas?",
            ),
            (
                "My grandson loves rockets, so I wondered, after reading this: whether Xi made training a priority?",
                "is it true that Xi made training a priority?",
            ),
        ] {
            assert_eq!(
                without_leading_story(question, content).as_deref(),
                Some(asked),
                "{question}"
            );
        }
    }

    #[test]
    fn a_story_the_question_points_back_into_stays() {
        for question in [
            "I read about the grant. Who announced it?",
            "The grant is big. Did Xi promise training?",
            "Did Xi promise training?",
            "Xi said this: was the grant in yuan?",
        ] {
            assert_eq!(without_leading_story(question, content), None, "{question}");
        }
    }
}
