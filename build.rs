//! Compiles `proto/summit/v1/*.proto` with protox (a pure-Rust protobuf
//! compiler), so a fresh machine needs no system `protoc`. The encoded
//! descriptor set is also written to `OUT_DIR` for gRPC reflection.

use std::{env, fs, path::PathBuf};

use prost::Message;

const PROTOS: &[&str] = &[
    "proto/summit/v1/facts.proto",
    "proto/summit/v1/quiz.proto",
    "proto/summit/v1/export.proto",
    "proto/summit/v1/learner.proto",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed=proto");
    let descriptors = protox::compile(PROTOS, ["proto"])?;
    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    fs::write(
        out_dir.join("summit_descriptor.bin"),
        descriptors.encode_to_vec(),
    )?;
    tonic_prost_build::configure()
        // Written by hand so a server can send parts it encoded once; the
        // same messages on the wire (see src/service/reply/).
        .extern_path(
            ".summit.v1.GenerateQuestionsResponse",
            "crate::service::reply::GenerateQuestionsResponse",
        )
        .extern_path(
            ".summit.v1.GetFactResponse",
            "crate::service::reply::GetFactResponse",
        )
        .extern_path(
            ".summit.v1.CheckAnswerResponse",
            "crate::service::reply::CheckAnswerResponse",
        )
        .build_client(true)
        .build_server(true)
        .compile_fds(descriptors)?;
    Ok(())
}
