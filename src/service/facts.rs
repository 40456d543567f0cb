//! `summit.v1.FactService`: read-only access to the articles and their facts.

use std::sync::{Arc, OnceLock};

use prost::bytes::Bytes;
use tonic::{Request, Response, Status};

use crate::ask::Asker;
use crate::facts::{Fact, FactBase};
use crate::proto;
use crate::proto::fact_service_server::FactService;
use crate::service::convert;
use crate::service::error::{ApiError, Invalid};
use crate::service::input::{self, AskQuestion, PageSize, PageStart, RequiredId};
use crate::service::pagination::PageScope;
use crate::service::reply;

/// Serves the fact base. Cheap to clone: the facts and the Ask index are
/// shared, never copied.
#[derive(Debug, Clone)]
pub struct FactApi {
    facts: Arc<FactBase>,
    /// Built once (it indexes every fact, tens of milliseconds), then only
    /// read: by [`FactApi::warm`], which servers run on a blocking thread
    /// right after start so health says SERVING sooner, or by the first Ask
    /// if that comes first (a value is the same whoever builds it).
    asker: Arc<OnceLock<Asker>>,
    /// Replies already given, by question and source filter. Answering is
    /// a pure function of the (immutable) fact base and the question, and
    /// learners ask the same few questions again and again: a repeat costs
    /// a lookup instead of a scan of the index (tens of microseconds).
    /// Bounded in entries, and each key is at most
    /// [`AskQuestion::MAX_BYTES`], so a flood of distinct questions only
    /// churns it.
    replies: Arc<quick_cache::sync::Cache<(String, Option<String>), proto::AskResponse>>,
    /// GetFact's reply for each fact, by its position in the fact base,
    /// encoded on its first request (see [`reply::encode_fact`]): the
    /// facts never change, so neither do their replies. One slot a fact.
    encoded_facts: Arc<[OnceLock<Bytes>]>,
}

/// How many Ask replies [`FactApi`] keeps: a few MB at most.
const REPLY_CAPACITY: usize = 4096;

impl FactApi {
    pub fn new(facts: Arc<FactBase>) -> FactApi {
        FactApi {
            encoded_facts: facts.facts().iter().map(|_| OnceLock::new()).collect(),
            facts,
            asker: Arc::new(OnceLock::new()),
            replies: Arc::new(quick_cache::sync::Cache::new(REPLY_CAPACITY)),
        }
    }

    /// Builds the Ask index now, so no Ask call waits for it.
    pub fn warm(&self) {
        self.asker();
    }

    fn asker(&self) -> &Asker {
        self.asker
            .get_or_init(|| Asker::new(Arc::clone(&self.facts)))
    }

    fn answer(&self, request: proto::AskRequest) -> Result<proto::AskResponse, ApiError> {
        let question = AskQuestion::parse(request.question)?;
        let source_id = input::source_filter(&self.facts, &request.source_id)?;
        let key = (question.into_string(), source_id);
        if let Some(reply) = self.replies.get(&key) {
            return Ok(reply);
        }
        let answer = self.asker().ask(&key.0, key.1.as_deref());
        let reply = convert::ask_answer(&answer);
        self.replies.insert(key, reply.clone());
        Ok(reply)
    }

    fn page_of_facts(
        &self,
        request: proto::ListFactsRequest,
    ) -> Result<proto::ListFactsResponse, ApiError> {
        let base = &*self.facts;
        let scope = PageScope {
            source_id: &request.source_id,
            topic: &request.topic,
            fingerprint: base.fingerprint(),
        };
        let topic = if request.topic.is_empty() {
            Ok(None)
        } else {
            input::topic(base, "topic".to_string(), &request.topic).map(Some)
        };
        let (page_size, start, topic) = match (
            PageSize::parse(request.page_size),
            PageStart::parse(&request.page_token, &scope),
            topic,
        ) {
            (Ok(size), Ok(start), Ok(topic)) => (size, start, topic),
            (size, start, topic) => {
                return Err(Invalid::merge([size.err(), start.err(), topic.err()]).into());
            }
        };
        let source_id = input::source_filter(base, &request.source_id)?;

        let matching: Vec<&Fact> = base
            .facts()
            .iter()
            .filter(|fact| source_id.as_ref().is_none_or(|id| &fact.source_id == id))
            .filter(|fact| topic.is_none_or(|topic| fact.topic == topic.name))
            .collect();
        let total = matching.len();
        let from = usize::try_from(start.offset())
            .unwrap_or(usize::MAX)
            .min(total);
        let to = from.saturating_add(page_size.get() as usize).min(total);
        let next_page_token = if to < total {
            scope.token_for(u32::try_from(to).unwrap_or(u32::MAX))
        } else {
            String::new()
        };
        Ok(proto::ListFactsResponse {
            facts: matching[from..to]
                .iter()
                .map(|fact| convert::fact(fact))
                .collect(),
            next_page_token,
            total_size: convert::count_i32(total),
        })
    }

    fn topics_with_counts(
        &self,
        request: proto::ListTopicsRequest,
    ) -> Result<proto::ListTopicsResponse, ApiError> {
        let base = &*self.facts;
        let source_id = input::source_filter(base, &request.source_id)?;
        let topics = base
            .topics()
            .iter()
            .map(|topic| {
                let count = base
                    .facts()
                    .iter()
                    .filter(|fact| fact.topic == topic.name)
                    .filter(|fact| source_id.as_ref().is_none_or(|id| &fact.source_id == id))
                    .count();
                convert::topic(topic, count)
            })
            .collect();
        Ok(proto::ListTopicsResponse { topics })
    }

    fn source_with_sentences(
        &self,
        request: proto::GetSourceRequest,
    ) -> Result<proto::GetSourceResponse, ApiError> {
        let id = RequiredId::parse("id", request.id)?;
        let base = &*self.facts;
        let article = base
            .source(id.as_str())
            .ok_or_else(|| ApiError::source_not_found(id.as_str()))?;
        Ok(proto::GetSourceResponse {
            source: Some(convert::source(base, article)),
            sentences: convert::sentences(article),
        })
    }

    fn fact_by_id(
        &self,
        request: proto::GetFactRequest,
    ) -> Result<proto::GetFactResponse, ApiError> {
        let id = RequiredId::parse("id", request.id)?;
        let index = self
            .facts
            .fact_index(id.as_str())
            .ok_or_else(|| ApiError::fact_not_found(id.as_str()))?;
        let encoded = self.encoded_facts[index]
            .get_or_init(|| reply::encode_fact(&convert::fact(&self.facts.facts()[index])));
        Ok(proto::GetFactResponse::with_encoded(encoded.clone()))
    }
}

/// The trait methods only unwrap the request and map the error; the logic
/// lives in plain methods above, which return [`ApiError`].
#[tonic::async_trait]
impl FactService for FactApi {
    async fn list_sources(
        &self,
        _request: Request<proto::ListSourcesRequest>,
    ) -> Result<Response<proto::ListSourcesResponse>, Status> {
        let base = &*self.facts;
        let sources = base
            .sources()
            .iter()
            .map(|article| convert::source(base, article))
            .collect();
        Ok(Response::new(proto::ListSourcesResponse { sources }))
    }

    async fn get_source(
        &self,
        request: Request<proto::GetSourceRequest>,
    ) -> Result<Response<proto::GetSourceResponse>, Status> {
        Ok(Response::new(
            self.source_with_sentences(request.into_inner())?,
        ))
    }

    async fn list_facts(
        &self,
        request: Request<proto::ListFactsRequest>,
    ) -> Result<Response<proto::ListFactsResponse>, Status> {
        Ok(Response::new(self.page_of_facts(request.into_inner())?))
    }

    async fn get_fact(
        &self,
        request: Request<proto::GetFactRequest>,
    ) -> Result<Response<proto::GetFactResponse>, Status> {
        Ok(Response::new(self.fact_by_id(request.into_inner())?))
    }

    async fn list_topics(
        &self,
        request: Request<proto::ListTopicsRequest>,
    ) -> Result<Response<proto::ListTopicsResponse>, Status> {
        Ok(Response::new(
            self.topics_with_counts(request.into_inner())?,
        ))
    }

    /// Answering takes microseconds (a scan of the indexed facts), so it
    /// runs inline rather than on the blocking pool.
    async fn ask(
        &self,
        request: Request<proto::AskRequest>,
    ) -> Result<Response<proto::AskResponse>, Status> {
        Ok(Response::new(self.answer(request.into_inner())?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(api: &FactApi, question: &str, source_id: &str) -> proto::AskResponse {
        api.answer(proto::AskRequest {
            question: question.to_owned(),
            source_id: source_id.to_owned(),
        })
        .expect("a valid question is answered or declined")
    }

    #[test]
    fn every_facts_reply_is_the_encoding_of_the_fact_first_and_again() {
        use prost::Message;
        let base = Arc::new(FactBase::embedded().expect("embedded facts load"));
        let api = FactApi::new(Arc::clone(&base));
        for _ in 0..2 {
            for fact in base.facts() {
                let reply = api
                    .fact_by_id(proto::GetFactRequest {
                        id: fact.id.clone(),
                    })
                    .expect("a listed fact is found");
                let mut expected = proto::GetFactResponse::default();
                expected.fact = Some(convert::fact(fact));
                assert_eq!(reply.encode_to_vec(), expected.encode_to_vec());
                let decoded = proto::GetFactResponse::decode(&*reply.encode_to_vec())
                    .expect("the reply decodes");
                assert_eq!(decoded, expected);
            }
        }
    }

    #[test]
    fn an_unknown_or_blank_fact_id_is_refused_as_before() {
        let api = FactApi::new(Arc::new(FactBase::embedded().expect("embedded facts load")));
        for id in ["no-such-fact", "  "] {
            let refused = api
                .fact_by_id(proto::GetFactRequest { id: id.to_string() })
                .expect_err("no such fact");
            let status = Status::from(refused);
            let expected = if id.trim().is_empty() {
                tonic::Code::InvalidArgument
            } else {
                tonic::Code::NotFound
            };
            assert_eq!(status.code(), expected, "{id:?}: {status:?}");
        }
    }

    #[test]
    fn a_repeated_question_is_answered_from_memory_with_the_same_reply() {
        let base = Arc::new(FactBase::embedded().expect("embedded facts load"));
        let source = base.facts()[0].source_id.clone();
        let api = FactApi::new(base);
        let first = ask(&api, "where did they sign the pact", "");
        assert!(first.answered);
        assert_eq!(api.replies.len(), 1);
        assert_eq!(ask(&api, "where did they sign the pact", ""), first);
        assert_eq!(api.replies.len(), 1, "the repeat was a hit");
        // Another source filter is another question.
        assert_eq!(ask(&api, "where did they sign the pact", &source), first);
        assert_eq!(api.replies.len(), 2);
        let declined = ask(&api, "Who is the president of Kazakhstan?", "");
        assert!(!declined.answered);
        assert_eq!(
            ask(&api, "Who is the president of Kazakhstan?", ""),
            declined
        );
    }
}
