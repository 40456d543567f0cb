//! `summit.v1.FactService`: read-only access to the articles and their facts.

use std::sync::{Arc, OnceLock};

use tonic::{Request, Response, Status};

use crate::ask::Asker;
use crate::facts::{Fact, FactBase};
use crate::proto;
use crate::proto::fact_service_server::FactService;
use crate::service::convert;
use crate::service::error::{ApiError, Invalid};
use crate::service::input::{self, AskQuestion, PageSize, PageStart, RequiredId};
use crate::service::pagination::PageScope;

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
}

impl FactApi {
    pub fn new(facts: Arc<FactBase>) -> FactApi {
        FactApi {
            facts,
            asker: Arc::new(OnceLock::new()),
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
        let answer = self.asker().ask(question.as_str(), source_id.as_deref());
        Ok(convert::ask_answer(&answer))
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
        let fact = self
            .facts
            .fact(id.as_str())
            .ok_or_else(|| ApiError::fact_not_found(id.as_str()))?;
        Ok(proto::GetFactResponse {
            fact: Some(convert::fact(fact)),
        })
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
