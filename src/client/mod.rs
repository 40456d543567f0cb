//! The `summit-quiz` client: a chat-style tutor over the `summit.v1` API.
//!
//! It is a thin front end: questions, grading, hints, scores and answers to
//! the learner's own questions all come from the server, so another front
//! end (a web page, a chat bot) behaves the same. The client decides only
//! what a typed line means ([`command`]) and how replies read ([`render`]).
//!
//! - [`args`]: the command line.
//! - [`remote`] and [`embedded`]: the server to talk to, a remote one or
//!   the real service started in-process on a loopback port.
//! - [`conversation`]: the dialogue loop, over a [`terminal::LineSource`]
//!   and any `Write`.
//! - [`progress`]: the learner across runs: what is due, resuming,
//!   progress over time.
//! - [`spoiler`]: keeping Ask from answering the open quiz question.
//! - [`terminal`]: rustyline on a terminal (history kept in the data
//!   directory), plain lines from a pipe.
//! - [`words`]: the general English typed lines are read with
//!   (`data/client-words.txt`).
//! - [`export`]: `summit-quiz export`, questions as a Moodle or Anki file.
//! - [`error`]: one-line errors and exit codes.

pub mod args;
pub mod command;
pub mod conversation;
pub mod embedded;
pub mod error;
pub mod export;
pub mod progress;
pub mod remote;
pub mod render;
pub mod spoiler;
pub mod terminal;
pub mod words;

use std::io::IsTerminal;

pub use args::Args;
pub use error::ClientError;

use conversation::Tutor;
use embedded::Embedded;
use remote::{Remote, server_url};
use render::{Style, Width};

/// Runs `summit-quiz` with `args` on the process's stdin and stdout.
pub async fn run(args: Args) -> Result<(), ClientError> {
    if let Some(export::Command::Export(export)) = args.command {
        return export::run(export).await;
    }
    if args.review && args.learner().is_empty() {
        return Err(ClientError::Usage(
            "--review needs --name (no login name was found): a review asks the facts that learner is due to revisit".into(),
        ));
    }
    let no_color = std::env::var_os("NO_COLOR").map(|v| v.to_string_lossy().into_owned());
    let term = std::env::var("TERM").ok();
    let style = Style::detect(
        std::io::stdout().is_terminal(),
        no_color.as_deref(),
        term.as_deref(),
    );
    let (remote, embedded) = match &args.server {
        Some(given) => (
            Remote::connect(server_url(given)?, &args.connect).await?,
            None,
        ),
        None => {
            let server = Embedded::start(args.database_url.clone()).await?;
            match Remote::connect(server.url.clone(), &Default::default()).await {
                Ok(remote) => (remote, Some(server)),
                Err(error) => {
                    server.stop().await;
                    return Err(ClientError::Embedded(error.to_string()));
                }
            }
        }
    };
    let data_dir = crate::store::data_dir();
    let input = terminal::stdin_source(data_dir.as_deref());
    let width = Width::detect(std::io::stdout().is_terminal());
    let mut tutor =
        Tutor::new(remote, input, std::io::stdout(), style, width).rerun_with(args.rerun_command());
    let result = tutor.run(args.start_request()).await;
    // The tutor holds the connection; close it so the server drains at once.
    drop(tutor);
    if let Some(server) = embedded {
        server.stop().await;
    }
    result
}
