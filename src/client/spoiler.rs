//! Keeping Ask from answering the open quiz question for the learner.
//!
//! While a question is open the learner may ask about the article, but a
//! reply that shows what the question asks hands over the answer (and then
//! full credit). A reply is withheld only when it would show the open
//! question's key: when it is phrased from the very fact the question tests,
//! or when its answer line shows that fact's answer (or one of its items).
//! A cited sentence that shows the key is left out of the reply rather than
//! withholding the whole of it, so asking about something else in the same
//! sentence is still answered. A key the open question's prompt itself
//! prints (a figure's other currency) shows nothing the learner cannot
//! see, except in a true/false statement. An abstention ("the article doesn't say") is
//! never withheld: refusing it would hint that the question touches the
//! open one. Keys are compared by folded, stemmed words; nothing here knows
//! any article.

use std::collections::HashSet;

use crate::proto::{AskResponse, Fact, Question, QuestionKind};

/// What the learner is told instead of an answer that gives the open
/// question away.
pub const WITHHELD: &str =
    "That would give away the question you're on \u{2014} answer it first (or type hint).";

/// The open question's facts and the keys a reply must not show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenFacts {
    fact_ids: HashSet<String>,
    /// Each key (a fact's answer, alias or list item) as its stemmed
    /// content words; a text shows the key when it has all of them.
    keys: Vec<Vec<String>>,
}

impl OpenFacts {
    /// The facts `question` tests, with the keys of `facts` (those facts as
    /// GetFact gives them; one it could not give still guards by its id).
    /// A key the question's own prompt prints gives nothing away ("the 1.5
    /// billion yuan grant" asked in US dollars: the yuan figure is an alias
    /// of the dollar one), except in a true/false statement, where whether
    /// the printed key is the article's is the question.
    pub fn new<'a>(question: &Question, facts: impl IntoIterator<Item = &'a Fact>) -> Self {
        let true_false = question.kind == QuestionKind::TrueFalse as i32;
        let printed: HashSet<String> = content_stems(&question.prompt).into_iter().collect();
        let keys = facts
            .into_iter()
            .flat_map(|fact| {
                std::iter::once(&fact.answer)
                    .chain(&fact.aliases)
                    .chain(&fact.items)
            })
            .map(|key| content_stems(key))
            .filter(|stems| !stems.is_empty())
            .filter(|stems| true_false || !stems.iter().all(|stem| printed.contains(stem)))
            .collect();
        OpenFacts {
            fact_ids: question.fact_ids.iter().cloned().collect(),
            keys,
        }
    }

    /// Whether showing `reply` would answer the open question: it is an
    /// answer phrased from one of the question's facts, or its answer line
    /// shows one of their keys. An abstention never does.
    pub fn given_away_by(&self, reply: &AskResponse) -> bool {
        reply.answered
            && (reply
                .fact_ids
                .first()
                .is_some_and(|id| self.fact_ids.contains(id))
                || self.shows_a_key(&reply.answer))
    }

    /// `reply` as it may be shown while the question is open: `None` when it
    /// gives the question away, otherwise without the cited sentences that
    /// would show a key.
    pub fn guard(&self, mut reply: AskResponse) -> Option<AskResponse> {
        if self.given_away_by(&reply) {
            return None;
        }
        reply
            .citations
            .retain(|cited| !self.shows_a_key(&cited.text));
        Some(reply)
    }

    /// Whether `reply` gives the question away or cites a sentence showing
    /// its key: a suggestion whose reply does is not offered.
    pub fn touches(&self, reply: &AskResponse) -> bool {
        self.given_away_by(reply)
            || (reply.answered
                && reply
                    .citations
                    .iter()
                    .any(|cited| self.shows_a_key(&cited.text)))
    }

    /// Whether `text` has every content word of one of the keys.
    fn shows_a_key(&self, text: &str) -> bool {
        let shown: HashSet<String> = content_stems(text).into_iter().collect();
        self.keys
            .iter()
            .any(|key| key.iter().all(|word| shown.contains(word)))
    }
}

/// The stems of `text`'s words other than stopwords (all of them when it
/// has nothing else, so a key such as "over" still counts).
fn content_stems(text: &str) -> Vec<String> {
    let words = crate::lang::words(text);
    let content: Vec<&String> = words
        .iter()
        .filter(|word| !crate::lang::is_stopword(word))
        .collect();
    let kept: Vec<&String> = if content.is_empty() {
        words.iter().collect()
    } else {
        content
    };
    kept.into_iter()
        .map(|word| crate::lang::stem(word))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::Citation;

    fn cited(index: u32, text: &str) -> Citation {
        Citation {
            source_id: "s".into(),
            sentence_index: index,
            text: text.into(),
        }
    }

    /// A question on where a treaty was signed; its sentence also says the
    /// treaty is binding.
    fn open() -> OpenFacts {
        let question = Question {
            fact_ids: vec!["signing-city".into()],
            ..Question::default()
        };
        let fact = Fact {
            id: "signing-city".into(),
            answer: "Riverton".into(),
            aliases: vec!["the city of Riverton".into()],
            citation: Some(cited(5, "The binding treaty was signed in Riverton.")),
            ..Fact::default()
        };
        OpenFacts::new(&question, [&fact])
    }

    fn reply(fact: &str, answer: &str, citation: Citation) -> AskResponse {
        AskResponse {
            answered: true,
            answer: answer.into(),
            fact_ids: vec![fact.into()],
            citations: vec![citation],
            ..AskResponse::default()
        }
    }

    #[test]
    fn a_reply_phrased_from_the_open_questions_fact_gives_it_away() {
        let own = reply(
            "signing-city",
            "It was signed there.",
            cited(9, "Elsewhere."),
        );
        assert!(open().given_away_by(&own));
        assert_eq!(open().guard(own), None);
    }

    #[test]
    fn a_reply_whose_answer_shows_the_key_gives_it_away_whatever_its_fact() {
        let other = reply(
            "host-city",
            "Riverton. The next summit is in Riverton.",
            cited(7, "The next summit is in Riverton."),
        );
        assert!(open().given_away_by(&other));
    }

    #[test]
    fn a_key_is_shown_by_its_words_in_any_form() {
        let question = Question {
            fact_ids: vec!["aims".into()],
            ..Question::default()
        };
        let fact = Fact {
            items: vec!["reducing poverty".into()],
            ..Fact::default()
        };
        let open = OpenFacts::new(&question, [&fact]);
        assert!(open.given_away_by(&reply("x", "It reduces poverty.", cited(1, "No."))));
        assert!(!open.given_away_by(&reply("x", "Poverty persists.", cited(1, "No."))));
    }

    #[test]
    fn asking_about_something_else_in_the_same_sentence_is_answered_without_that_sentence() {
        let binding = reply(
            "treaty-binding",
            "Yes. The treaty is binding.",
            cited(5, "The binding treaty was signed in Riverton."),
        );
        assert!(!open().given_away_by(&binding));
        let shown = open().guard(binding).expect("answered");
        assert_eq!(shown.answer, "Yes. The treaty is binding.");
        assert!(shown.citations.is_empty());
    }

    #[test]
    fn a_reply_from_other_facts_and_sentences_is_shown_whole() {
        let free = reply(
            "host-city",
            "Lakeside.",
            cited(7, "The next summit is in Lakeside."),
        );
        assert_eq!(open().guard(free.clone()), Some(free.clone()));
        assert!(!open().touches(&free));
    }

    #[test]
    fn a_suggestion_whose_reply_quotes_the_key_is_not_offered() {
        let binding = reply(
            "treaty-binding",
            "Yes.",
            cited(5, "The binding treaty was signed in Riverton."),
        );
        assert!(open().touches(&binding));
    }

    #[test]
    fn an_abstention_gives_nothing_away_even_if_it_names_the_open_fact() {
        let abstained = AskResponse {
            answered: false,
            answer: "The article doesn't say whether Riverton is big.".into(),
            fact_ids: vec!["signing-city".into()],
            citations: vec![cited(5, "The binding treaty was signed in Riverton.")],
            ..AskResponse::default()
        };
        assert!(!open().given_away_by(&abstained));
        assert!(open().guard(abstained).is_some());
    }

    /// A question on a grant's value in dollars whose prompt prints its
    /// value in yuan, an alias of the same fact.
    fn in_dollars(kind: QuestionKind) -> OpenFacts {
        let question = Question {
            kind: kind as i32,
            prompt: "What was the US dollar value of the 1.5 billion yuan grant?".into(),
            fact_ids: vec!["grant-dollars".into()],
            ..Question::default()
        };
        let fact = Fact {
            id: "grant-dollars".into(),
            answer: "$209 million".into(),
            aliases: vec!["1.5 billion yuan".into()],
            ..Fact::default()
        };
        OpenFacts::new(&question, [&fact])
    }

    #[test]
    fn a_key_the_prompt_already_prints_gives_nothing_away() {
        let grant = "A 1.5 billion yuan ($209 million) grant was announced.";
        let in_yuan = reply(
            "grant-yuan",
            "1.5 billion yuan. A 1.5 billion yuan grant was announced.",
            cited(3, grant),
        );
        let open = in_dollars(QuestionKind::ShortAnswer);
        let shown = open.guard(in_yuan.clone()).expect("not withheld");
        assert!(shown.citations.is_empty(), "the sentence shows the dollars");
        let in_dollars_reply = reply("grant-other", "$209 million.", cited(3, grant));
        assert!(open.guard(in_dollars_reply).is_none());
        // In a true/false statement the printed figure is what is asked.
        assert!(in_dollars(QuestionKind::TrueFalse).guard(in_yuan).is_none());
    }

    #[test]
    fn a_fact_getfact_could_not_give_still_guards_by_its_id() {
        let question = Question {
            fact_ids: vec!["signing-city".into()],
            ..Question::default()
        };
        let open = OpenFacts::new(&question, []);
        assert!(open.given_away_by(&reply("signing-city", "Riverton.", cited(5, "x"))));
        assert!(!open.given_away_by(&reply("host-city", "Lakeside.", cited(5, "x"))));
    }
}
