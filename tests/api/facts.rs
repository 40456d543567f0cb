//! FactService over real gRPC: the happy paths and pagination.

use std::collections::BTreeSet;

use summit_quiz::proto::{
    GetFactRequest, GetSourceRequest, ListFactsRequest, ListSourcesRequest, ListTopicsRequest,
};

use crate::helpers::{FACTS, spawn_app};

fn main_source_id() -> String {
    FACTS.sources()[0].id.clone()
}

#[tokio::test]
async fn list_sources_reports_every_article_with_sentence_and_fact_counts() {
    let mut app = spawn_app().await;
    let sources = app
        .facts
        .list_sources(ListSourcesRequest {})
        .await
        .expect("ListSources")
        .into_inner()
        .sources;
    assert_eq!(sources.len(), FACTS.sources().len());
    let total_facts: u32 = sources.iter().map(|s| s.fact_count).sum();
    assert_eq!(total_facts as usize, FACTS.facts().len());
    for source in &sources {
        assert!(!source.title.is_empty());
        assert!(source.sentence_count > 0);
    }
}

#[tokio::test]
async fn get_source_returns_the_numbered_sentences_in_order() {
    let mut app = spawn_app().await;
    let response = app
        .facts
        .get_source(GetSourceRequest {
            id: main_source_id(),
        })
        .await
        .expect("GetSource")
        .into_inner();
    let source = response.source.expect("source summary");
    assert_eq!(source.sentence_count as usize, response.sentences.len());
    let numbers: Vec<u32> = response.sentences.iter().map(|s| s.index).collect();
    let expected: Vec<u32> = (1..=source.sentence_count).collect();
    assert_eq!(numbers, expected);
}

#[tokio::test]
async fn get_fact_returns_the_fact_with_its_citation() {
    let mut app = spawn_app().await;
    let known = &FACTS.facts()[0];
    let fact = app
        .facts
        .get_fact(GetFactRequest {
            id: known.id.clone(),
        })
        .await
        .expect("GetFact")
        .into_inner()
        .fact
        .expect("fact");
    assert_eq!(fact.id, known.id);
    assert_eq!(fact.answer, known.answer);
    let citation = fact.citation.expect("citation");
    assert_eq!(citation.sentence_index, known.citation.sentence_index);
    assert_eq!(citation.text, known.citation.text);
}

#[tokio::test]
async fn paging_through_list_facts_visits_every_fact_once_in_id_order() {
    let mut app = spawn_app().await;
    let mut seen = Vec::new();
    let mut token = String::new();
    let mut pages = 0;
    loop {
        let page = app
            .facts
            .list_facts(ListFactsRequest {
                page_size: 7,
                page_token: token.clone(),
                ..Default::default()
            })
            .await
            .expect("ListFacts")
            .into_inner();
        assert_eq!(page.total_size as usize, FACTS.facts().len());
        assert!(page.facts.len() <= 7);
        seen.extend(page.facts.into_iter().map(|fact| fact.id));
        pages += 1;
        assert!(pages <= FACTS.facts().len() + 1, "pagination does not end");
        if page.next_page_token.is_empty() {
            break;
        }
        token = page.next_page_token;
    }
    let expected: Vec<String> = FACTS.facts().iter().map(|f| f.id.clone()).collect();
    assert_eq!(seen, expected);
    assert_eq!(pages, FACTS.facts().len().div_ceil(7));
}

#[tokio::test]
async fn page_size_zero_means_twenty_and_over_a_hundred_means_a_hundred() {
    let mut app = spawn_app().await;
    let total = FACTS.facts().len();
    for (asked, expected) in [(0, 20), (1000, 100)] {
        let page = app
            .facts
            .list_facts(ListFactsRequest {
                page_size: asked,
                ..Default::default()
            })
            .await
            .expect("ListFacts")
            .into_inner();
        assert_eq!(page.facts.len(), expected.min(total), "page_size {asked}");
        assert_eq!(page.next_page_token.is_empty(), total <= expected);
    }
}

#[tokio::test]
async fn list_facts_filters_by_topic_and_source() {
    let mut app = spawn_app().await;
    let topic = FACTS.facts()[0].topic.clone();
    let page = app
        .facts
        .list_facts(ListFactsRequest {
            topic: topic.clone(),
            source_id: main_source_id(),
            page_size: 100,
            ..Default::default()
        })
        .await
        .expect("ListFacts")
        .into_inner();
    let expected = FACTS
        .facts()
        .iter()
        .filter(|f| f.topic == topic && f.source_id == main_source_id())
        .count();
    assert!(expected > 0);
    assert_eq!(page.total_size as usize, expected);
    assert_eq!(page.facts.len(), expected);
    assert!(page.facts.iter().all(|fact| fact.topic == topic));
}

#[tokio::test]
async fn list_topics_counts_facts_per_topic_and_by_source_and_gives_their_titles() {
    let mut app = spawn_app().await;
    for source_id in [String::new(), main_source_id()] {
        let topics = app
            .facts
            .list_topics(ListTopicsRequest {
                source_id: source_id.clone(),
            })
            .await
            .expect("ListTopics")
            .into_inner()
            .topics;
        let names: BTreeSet<&str> = topics.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names.len(), FACTS.topics().len());
        for topic in &topics {
            let expected = FACTS
                .facts()
                .iter()
                .filter(|f| f.topic == topic.name)
                .filter(|f| source_id.is_empty() || f.source_id == source_id)
                .count();
            assert_eq!(topic.fact_count as usize, expected, "topic {}", topic.name);
            assert!(!topic.description.is_empty());
            let title = FACTS.topic(&topic.name).map(|t| t.title.as_str());
            assert_eq!(Some(topic.title.as_str()), title, "topic {}", topic.name);
        }
    }
}
