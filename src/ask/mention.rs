//! Yes/no questions about what the article mentions: "did they talk
//! about Russia?", "was the US mentioned?". Such a question asks about the
//! article itself, so a thing the article never names is answered "No: the
//! article doesn't mention …", where any other unanswered question only
//! abstains. Pure word work: which words are the thing asked about.

use super::analyze::Word;
use super::intent::AUXILIARIES;

/// Verbs that ask whether something came up, with the particle that must
/// follow them ("" when none): "mention X", "talk about X", "bring up X",
/// "say anything about X", "comment on X".
const MENTION_VERBS: &[(&str, &[&str])] = &[
    ("mention", &[""]),
    ("discuss", &[""]),
    ("talk", &["about", "of"]),
    ("speak", &["about", "of"]),
    ("spoke", &["about", "of"]),
    ("spoken", &["about", "of"]),
    ("say", &["about", "regarding"]),
    ("said", &["about", "regarding"]),
    ("comment", &["on", "about"]),
    ("remark", &["on", "about"]),
    ("refer", &["to"]),
    ("bring", &["up"]),
    ("brought", &["up"]),
];

/// Words that may stand between a mention verb and its particle: "say
/// *anything* about", "talk *much* about".
const SAID_AMOUNTS: &[&str] = &["anything", "something", "much", "a", "word", "words"];

/// Words that end the thing mentioned and start where or when it came up:
/// "did Xi mention Russia *in* his speech".
const OBJECT_ENDS: &[&str] = &[
    "in", "at", "during", "on", "when", "while", "before", "after", "as", "with", "to",
];

/// Words between the auxiliary and a passive verb that are not the thing
/// mentioned: "was Russia *ever* mentioned", "has it *been* discussed".
const PASSIVE_FILLERS: &[&str] = &["been", "ever", "even", "also", "actually", "really"];

/// Auxiliaries of an active question ("*has* Xi … mentioned"), where the
/// passive's are forms of "be".
const ACTIVE_AUXILIARIES: &[&str] = &["has", "have", "had", "did", "does", "do"];

/// Nouns for what someone said, as where a claim was made: "did Xi say
/// it *in his speech*?".
const SPEECH_NOUNS: &[&str] = &[
    "speech",
    "speeches",
    "remarks",
    "address",
    "statement",
    "statements",
    "comments",
    "words",
    "talk",
];

/// Whether three folded words say where someone said something: "*in
/// his speech*", "in their remarks" (see [`SPEECH_NOUNS`]).
pub(super) fn is_where_said(run: [&str; 3]) -> bool {
    run[0] == "in"
        && matches!(run[1], "his" | "her" | "their" | "the" | "its")
        && SPEECH_NOUNS.contains(&run[2])
}

/// Whether a folded word names something said ("speech", "remarks"):
/// after a speaker's name ("Xi speech") it says where that one said it.
pub(super) fn is_speech_noun(word: &str) -> bool {
    SPEECH_NOUNS.contains(&word)
}

/// Whether the word at `at` is part of "in his speech".
fn in_a_speech_phrase(words: &[Word], at: usize) -> bool {
    (at.saturating_sub(2)..=at).any(|start| {
        words
            .get(start..start + 3)
            .is_some_and(|run| is_where_said([&run[0].text, &run[1].text, &run[2].text]))
    })
}

/// A yes/no mention question's parts, as positions in its words.
#[derive(Debug, Default, Clone, PartialEq)]
pub(super) struct Mention {
    /// The thing asked about: "did Xi mention *Russia*".
    pub(super) object: Vec<usize>,
    /// Who is asked to have mentioned it, in an active question: "did *Xi*
    /// mention Russia". Empty for a passive one ("was Russia mentioned?").
    pub(super) subject: Vec<usize>,
}

/// The parts of a yes/no mention question; `None` for any other question.
pub(super) fn mention_in(words: &[Word]) -> Option<Mention> {
    let first = words.first()?;
    if !AUXILIARIES.contains(&first.text.as_str()) {
        return None;
    }
    let text = |at: usize| words.get(at).map(|w| w.text.as_str());
    let (verb_at, after) = words.iter().enumerate().skip(1).find_map(|(at, word)| {
        let particles = mention_particles(&word.text)?;
        if particles == [""] {
            return Some((at, at + 1));
        }
        // "say *anything* about", "say *a word* about".
        let skipped = (at + 1..words.len())
            .take_while(|&next| text(next).is_some_and(|w| SAID_AMOUNTS.contains(&w)))
            .count()
            .min(2);
        let particle_at = at + 1 + skipped;
        text(particle_at)
            .is_some_and(|p| particles.contains(&p))
            .then_some((at, particle_at + 1))
    })?;
    let active: Vec<usize> = (after..words.len())
        .take_while(|&at| !OBJECT_ENDS.contains(&words[at].text.as_str()))
        .collect();
    let before_verb: Vec<usize> = (1..verb_at)
        .filter(|&at| !PASSIVE_FILLERS.contains(&words[at].text.as_str()))
        .collect();
    // "Does *the 2,000 years* refer to diplomatic ties?" asks what a
    // figure stands for: only someone, or the text, refers in speech.
    let speaker = |at: &usize| {
        let word = words[*at].text.as_str();
        words[*at].capitalized
            || matches!(word, "he" | "she" | "they" | "you" | "we" | "the")
            || super::request::names_the_text(word)
    };
    if words[verb_at].text.starts_with("refer")
        && !active.is_empty()
        && !(1..verb_at).all(|at| speaker(&at))
    {
        return None;
    }
    let mention = if active.is_empty()
        && ACTIVE_AUXILIARIES.contains(&first.text.as_str())
        && !(1..verb_at).any(|at| words[at].text == "been")
        && let Some(subject_end) = (1..verb_at).find(|&at| !speaker(&at) || words[at].text == "the")
        && subject_end > 1
    {
        // "Has Xi in his speech Russia mentioned?": the verb last, as in
        // German; an active auxiliary says the speaker comes first, and
        // where it was said is not the thing.
        let object: Vec<usize> = (subject_end..verb_at)
            .filter(|&at| !PASSIVE_FILLERS.contains(&words[at].text.as_str()))
            .filter(|&at| !in_a_speech_phrase(words, at))
            .collect();
        Mention {
            object,
            subject: (1..subject_end).collect(),
        }
    } else if active.is_empty() {
        // "Was the US mentioned?": the subject is the thing.
        Mention {
            object: before_verb,
            subject: Vec::new(),
        }
    } else {
        Mention {
            object: active,
            subject: before_verb,
        }
    };
    (!mention.object.is_empty()).then_some(mention)
}

/// Whether a word is a verb asking whether something came up ("talked",
/// "mention"), whatever particle follows it.
pub(super) fn is_mention_verb(word: &str) -> bool {
    mention_particles(word).is_some()
}

/// The particles a mention verb (in any form) needs, if the word is one.
fn mention_particles(word: &str) -> Option<&'static [&'static str]> {
    MENTION_VERBS.iter().find_map(|(verb, particles)| {
        let inflected = word == *verb
            || ["s", "es", "ed", "d", "ing"]
                .iter()
                .any(|suffix| word.strip_prefix(verb).is_some_and(|rest| rest == *suffix));
        inflected.then_some(*particles)
    })
}

/// The words of `question` as the learner wrote them, from the first to
/// the last of `folded` (lower-case words, in order): the mentioned thing
/// echoed with its capitals ("the US"). Falls back to the folded words.
pub(super) fn as_written(question: &str, folded: &[&str]) -> String {
    let joined = folded.join(" ");
    if !question.is_ascii() || folded.is_empty() {
        return joined;
    }
    let lower = question.to_ascii_lowercase();
    let Some(start) = lower.find(folded[0]) else {
        return joined;
    };
    let mut end = start;
    for word in folded {
        match lower[end..].find(word) {
            Some(at) => end += at + word.len(),
            None => return joined,
        }
    }
    question[start..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Word> {
        text.split_whitespace()
            .map(|w| Word {
                text: w.to_lowercase(),
                capitalized: w.chars().next().is_some_and(char::is_uppercase),
            })
            .collect()
    }

    fn object(text: &str) -> Option<String> {
        let words = words(text);
        mention_in(&words).map(|mention| {
            mention
                .object
                .iter()
                .map(|&i| words[i].text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    #[test]
    fn an_active_mention_question_asks_about_what_follows_the_verb() {
        assert_eq!(
            object("did they talk about Russia").as_deref(),
            Some("russia")
        );
        assert_eq!(
            object("did Xi mention climate change in his speech").as_deref(),
            Some("climate change")
        );
        assert_eq!(object("was lithium discussed").as_deref(), Some("lithium"));
    }

    #[test]
    fn saying_anything_or_commenting_about_a_thing_is_mentioning_it() {
        assert_eq!(
            object("did Russia say anything about the treaty").as_deref(),
            Some("the treaty")
        );
        assert_eq!(
            object("did Xi comment on protectionism").as_deref(),
            Some("protectionism")
        );
        assert_eq!(object("did Xi say that trade wars help"), None);
        assert_eq!(
            object("does the 2,000 years refer to diplomatic ties"),
            None
        );
        assert_eq!(
            object("does the article refer to Russia").as_deref(),
            Some("russia")
        );
    }

    #[test]
    fn an_active_mention_question_names_who_mentioned_it() {
        let active = words("did Russia say anything about the treaty");
        let mention = mention_in(&active).expect("a mention question");
        assert_eq!(mention.subject, vec![1]);
        let passive = words("was Russia ever mentioned");
        assert_eq!(mention_in(&passive).map(|m| m.subject), Some(Vec::new()));
    }

    #[test]
    fn a_passive_mention_question_asks_about_its_subject() {
        assert_eq!(object("was the US mentioned").as_deref(), Some("the us"));
        assert_eq!(
            object("has Russia ever been mentioned").as_deref(),
            Some("russia")
        );
    }

    #[test]
    fn other_questions_are_no_mention_questions() {
        assert_eq!(object("what did they talk about"), None);
        assert_eq!(object("did they talk"), None);
        assert_eq!(object("was the summit in China"), None);
        assert_eq!(object("did the talks succeed"), None);
    }

    #[test]
    fn the_mentioned_thing_is_echoed_as_written() {
        assert_eq!(
            as_written("was the US mentioned?", &["the", "us"]),
            "the US"
        );
        assert_eq!(
            as_written("Did they talk about Russia?", &["russia"]),
            "Russia"
        );
    }
}
