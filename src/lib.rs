//! Summit Quiz: a reading-comprehension quiz service over the facts of a news
//! article about the second China–Central Asia Summit in Astana.
//!
//! The crate is a pure core with thin adapters. The core loads and validates
//! curated facts, generates questions from them and grades typed answers; it
//! knows nothing of gRPC, sockets or files. The adapters map it to the
//! `summit.v1` gRPC API and run the server.
//!
//! # Layout
//!
//! Core (pure, unit- and property-tested directly):
//! - [`article`]: headline and numbered sentences of a stored article.
//! - [`facts`]: the fact model, loading and validation.
//! - [`text`]: text folding shared by validation, grading and generation.
//! - [`lang`]: stems, word families, stop words, the WordNet lexicon and the
//!   general word classes answers and questions may reword.
//! - [`numbers`]: reading quantities ("three thousand", "$209m", "1.5bn yuan").
//! - [`question`]: questions, answer keys and grades.
//! - [`question_id`]: opaque, stateless question ids naming facts by id.
//! - [`quiz_key`]: sealing a quiz's question ids to that quiz.
//! - [`quote`]: quoting untrusted text in messages, logs and terminals.
//! - [`revisions`]: the fact-set revisions a server rebuilds questions from.
//! - [`schedule`]: spaced review of a learner's facts with FSRS.
//! - [`learner`]: a learner across quizzes: progress, streaks, review quizzes.
//! - [`generation`]: question and distractor generation, and the variant pool
//!   new batches draw finished questions from.
//! - [`grading`]: grading typed answers.
//! - [`export`]: questions as Moodle GIFT, Moodle XML and Anki text files.
//!
//! Adapters:
//! - [`proto`]: the generated `summit.v1` types.
//! - [`service`]: the gRPC services; proto ↔ domain mapping and errors → `Status`.
//! - [`store`]: quiz sessions and answers in SQLite or PostgreSQL (sqlx).
//! - [`shield`]: load shedding, connection limits and timeouts, thread and
//!   descriptor limits, health watches that end at shutdown.
//! - [`server`]: health, reflection, limits and graceful shutdown.
//! - [`security`]: TLS, API keys and the per-client rate limit.
//! - [`telemetry`]: Prometheus metrics and the log format.

pub mod article;
pub mod ask;
pub mod client;
pub mod export;
pub mod facts;
pub mod generation;
pub mod grading;
pub mod hint;
pub mod lang;
pub mod learner;
pub mod numbers;
pub mod proto;
pub mod quality;
pub mod question;
pub mod question_id;
pub mod quiz_key;
pub mod quote;
pub mod revisions;
pub mod schedule;
pub mod security;
pub mod server;
pub mod service;
pub mod session;
pub mod shield;
pub mod status_message;
pub mod store;
pub mod telemetry;
pub mod text;
