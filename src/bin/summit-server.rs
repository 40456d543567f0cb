//! `summit-server`: serves the Summit Quiz gRPC API.
//!
//! Everything but argument parsing and logging setup lives in the library
//! ([`summit_quiz::server`]), where the integration tests exercise it.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use summit_quiz::server::{self, Config};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    match server::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("summit-server: {error}");
            ExitCode::FAILURE
        }
    }
}
