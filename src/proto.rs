//! The generated `summit.v1` protobuf and gRPC types.

#![allow(clippy::all, missing_docs)]

tonic::include_proto!("summit.v1");

/// Written by hand (see `build.rs`), so they are not among the generated types.
pub use crate::service::reply::{CheckAnswerResponse, GenerateQuestionsResponse, GetFactResponse};

/// The encoded descriptor set of `summit.v1`, served by gRPC reflection.
pub const FILE_DESCRIPTOR_SET: &[u8] = tonic::include_file_descriptor_set!("summit_descriptor");
