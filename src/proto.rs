//! The generated `summit.v1` protobuf and gRPC types.

#![allow(clippy::all, missing_docs)]

tonic::include_proto!("summit.v1");

/// The encoded descriptor set of `summit.v1`, served by gRPC reflection.
pub const FILE_DESCRIPTOR_SET: &[u8] = tonic::include_file_descriptor_set!("summit_descriptor");
