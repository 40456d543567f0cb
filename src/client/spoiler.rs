//! Keeping Ask from answering the open quiz question for the learner.
//!
//! While a question is open the learner may ask about the article, but an
//! answer that rests on the facts the question tests, or quotes a sentence
//! they come from, hands over the answer (and then full credit). The open
//! question's facts and cited sentences are compared with an Ask reply's
//! facts and citations, by id and sentence number, never by words: nothing
//! here knows any article.

use std::collections::HashSet;

use crate::proto::{AskResponse, Citation, Question};

/// What the learner is told instead of an answer that gives the open
/// question away.
pub const WITHHELD: &str =
    "That would give away the question you're on \u{2014} answer it first (or type hint).";

/// The open question's facts and the article sentences they are drawn from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenFacts {
    fact_ids: HashSet<String>,
    /// (source id, sentence number) of each cited sentence.
    sentences: HashSet<(String, u32)>,
}

impl OpenFacts {
    /// The facts `question` tests, with the sentences `citations` name
    /// (the citations of those facts, as GetFact gives them).
    pub fn new<'a>(question: &Question, citations: impl IntoIterator<Item = &'a Citation>) -> Self {
        OpenFacts {
            fact_ids: question.fact_ids.iter().cloned().collect(),
            sentences: citations.into_iter().map(sentence_key).collect(),
        }
    }

    /// Whether `reply` rests on the open question's facts or quotes one of
    /// their sentences: showing it would answer the question.
    pub fn given_away_by(&self, reply: &AskResponse) -> bool {
        reply.fact_ids.iter().any(|id| self.fact_ids.contains(id))
            || reply
                .citations
                .iter()
                .any(|cited| self.sentences.contains(&sentence_key(cited)))
    }
}

fn sentence_key(citation: &Citation) -> (String, u32) {
    (citation.source_id.clone(), citation.sentence_index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(index: u32) -> Citation {
        Citation {
            source_id: "s".into(),
            sentence_index: index,
            text: format!("Sentence {index}."),
        }
    }

    fn open() -> OpenFacts {
        let question = Question {
            fact_ids: vec!["signing-city".into()],
            ..Question::default()
        };
        OpenFacts::new(&question, &[cited(5)])
    }

    fn reply(fact: &str, sentence: u32) -> AskResponse {
        AskResponse {
            answered: true,
            answer: "Somewhere.".into(),
            fact_ids: vec![fact.into()],
            citations: vec![cited(sentence)],
            ..AskResponse::default()
        }
    }

    #[test]
    fn a_reply_from_the_open_questions_fact_gives_it_away() {
        assert!(open().given_away_by(&reply("signing-city", 9)));
    }

    #[test]
    fn a_reply_quoting_the_open_questions_sentence_gives_it_away_even_from_another_fact() {
        assert!(open().given_away_by(&reply("signing-date", 5)));
    }

    #[test]
    fn a_reply_from_other_facts_and_sentences_is_free_to_show() {
        assert!(!open().given_away_by(&reply("host-city", 7)));
        let same_number_other_article = AskResponse {
            citations: vec![Citation {
                source_id: "other".into(),
                ..cited(5)
            }],
            ..reply("host-city", 7)
        };
        assert!(!open().given_away_by(&same_number_other_article));
    }

    #[test]
    fn an_abstention_gives_nothing_away() {
        let abstained = AskResponse {
            answered: false,
            answer: "The article doesn't say.".into(),
            ..AskResponse::default()
        };
        assert!(!open().given_away_by(&abstained));
    }
}
