//! `summit-server`: serves the Summit Quiz gRPC API.
//!
//! Everything but argument parsing and logging setup lives in the library
//! ([`summit_quiz::server`]), where the integration tests exercise it.

use std::process::ExitCode;

use clap::Parser;
use summit_quiz::server::{self, Config};
use summit_quiz::telemetry;

/// mimalloc: the server's hot paths allocate many short-lived buffers of a
/// few KiB (HTTP/2 frames, encoded replies), where glibc's allocator spent
/// about a fifth of the CPU of a CheckAnswer load run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let config = Config::parse();
    telemetry::init_logging(config.telemetry.log_format);
    // Bounded worker and blocking threads (see summit_quiz::shield::system).
    let runtime = match summit_quiz::shield::system::runtime() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("summit-server: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(server::run(config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("summit-server: {error}");
            ExitCode::FAILURE
        }
    }
}
