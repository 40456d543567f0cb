//! `summit-quiz`: a chat-style reading quiz in the terminal.
//!
//! Everything but argument parsing and logging lives in the library
//! ([`summit_quiz::client`]); the tests drive this binary with piped scripts.

use std::io::Write;
use std::process::ExitCode;

use summit_quiz::client::{self, Args};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse_with_topics();
    // Quiet by default: the terminal belongs to the conversation. RUST_LOG
    // turns on logs (client and built-in server) on stderr.
    if let Ok(filter) = EnvFilter::try_from_default_env() {
        tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_writer(std::io::stderr)
            .with_ansi(false)
            .init();
    }
    match client::run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        // `summit-quiz | head`: the reader stopped reading; a quiet end.
        Err(error) if error.is_broken_pipe() => ExitCode::SUCCESS,
        Err(error) => {
            // Server words may be in it: no control characters. Written
            // with `writeln!`, as a closed stderr must not panic.
            let message = summit_quiz::quote::printable(&error.to_string());
            let _ = writeln!(std::io::stderr(), "error: {message}");
            ExitCode::from(error.exit_code())
        }
    }
}
