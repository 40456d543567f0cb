//! The `summit.v1` gRPC services: a thin adapter over the pure core.
//!
//! Every request passes through the same three steps, each in its own module:
//! 1. [`input`] parses the raw proto fields into boundary types (parse, don't
//!    validate), so handlers only ever see values the core accepts;
//! 2. the handler ([`facts`], [`quiz`], [`export`], [`learner`]) calls the core;
//! 3. [`convert`] maps domain values back to proto messages, and [`error`]
//!    maps every failure to a `tonic::Status` in one place.
//!
//! Handlers hold the fact base behind an `Arc`: it is immutable once loaded,
//! so every request shares it without locking.

pub mod convert;
pub mod error;
pub mod export;
pub mod facts;
pub mod input;
pub mod learner;
pub mod pagination;
pub mod quiz;
pub mod reply;

pub use error::ApiError;
pub use export::ExportApi;
pub use facts::FactApi;
pub use learner::LearnerApi;
pub use quiz::QuizApi;
