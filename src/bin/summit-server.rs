//! `summit-server`: serves the Summit Quiz gRPC API.
//!
//! Everything but argument parsing and logging setup lives in the library
//! ([`summit_quiz::server`]), where the integration tests exercise it.

use std::process::ExitCode;

use clap::Parser;
use summit_quiz::server::{self, Config};
use summit_quiz::telemetry;

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    telemetry::init_logging(config.telemetry.log_format);
    match server::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("summit-server: {error}");
            ExitCode::FAILURE
        }
    }
}
