//! API tests: the whole `summit.v1` surface over real gRPC on loopback.
//!
//! One test binary (as in zero2prod) so the crate links once; each test
//! spawns its own server on `127.0.0.1:0`, so they run in parallel.

mod ask;
mod binary;
mod client;
mod dropped_streams;
mod durability;
mod errors;
mod export;
mod facts;
mod grpcurl;
mod hardening;
mod health;
mod helpers;
mod integrity;
mod learner_client;
mod learners;
mod overload;
mod production;
mod quiz;
mod reflection;
mod replicas;
mod revisions;
mod safe_messages;
mod security;
mod sessions;
mod streams;
