//! `summit-quiz export`: questions as a file to import into Moodle or Anki.
//!
//! The file comes from the server's ExportQuestions (the built-in server
//! unless `--server` is given) and goes to stdout, or to `-o FILE`.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args as ClapArgs, Subcommand, ValueEnum};
use tonic::Code;

use super::args::{QuestionFilters, flag_for_field};
use super::embedded::Embedded;
use super::error::{ClientError, joined_violations};
use super::remote::{ConnectArgs, Remote, server_url};
use crate::proto::{ExportFormat, ExportQuestionsRequest, GenerateQuestionsRequest};

/// Subcommands of `summit-quiz`; without one, it runs a quiz.
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Write questions as a Moodle GIFT, Moodle XML or Anki file.
    Export(ExportArgs),
}

/// Flags of `summit-quiz export`.
#[derive(Debug, Clone, ClapArgs)]
#[command(after_help = "\
EXAMPLES:
  summit-quiz export --format gift -o quiz.gift.txt        Moodle: Question bank > Import > GIFT
  summit-quiz export --format moodle-xml --count 100 -o quiz.xml
  summit-quiz export --format anki --kinds fill-in-the-blank,short-answer -o cards.txt
  summit-quiz export --format gift --topic treaty --seed 7 | less")]
pub struct ExportArgs {
    /// The file format.
    #[arg(long, value_enum)]
    pub format: FormatArg,

    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Quiz server to use, as HOST:PORT, http://HOST:PORT or https://HOST:PORT. Without it, a
    /// server runs inside this program.
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,

    /// TLS and API key settings for --server.
    #[command(flatten)]
    pub connect: super::remote::ConnectArgs,

    /// How many questions to export (1 to 100).
    #[arg(
        long,
        default_value_t = 20,
        value_name = "N",
        allow_negative_numbers = true
    )]
    pub count: i32,

    /// Which questions: topics, difficulty, formats and seed.
    #[command(flatten)]
    pub filters: QuestionFilters,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Moodle GIFT text.
    Gift,
    /// Moodle XML.
    MoodleXml,
    /// Anki tab-separated text.
    Anki,
}

impl ExportArgs {
    /// The ExportQuestions request these flags ask for.
    pub fn request(&self) -> ExportQuestionsRequest {
        let format = match self.format {
            FormatArg::Gift => ExportFormat::Gift,
            FormatArg::MoodleXml => ExportFormat::MoodleXml,
            FormatArg::Anki => ExportFormat::Anki,
        };
        ExportQuestionsRequest {
            format: format as i32,
            generate: Some(GenerateQuestionsRequest {
                count: self.count,
                kinds: self.filters.kind_numbers(),
                topics: self.filters.topic_names(),
                fact_ids: Vec::new(),
                difficulty: self.filters.difficulty_number(),
                seed: self.filters.seed_or_zero(),
                source_id: String::new(),
            }),
            question_ids: Vec::new(),
            quiz_id: String::new(),
        }
    }
}

/// Runs `summit-quiz export`.
pub async fn run(args: ExportArgs) -> Result<(), ClientError> {
    let (url, embedded) = match &args.server {
        Some(given) => (server_url(given)?, None),
        None => {
            // Export generates fresh questions and reads no quiz, so the
            // built-in server needs no file of the learner's.
            let server = Embedded::start(Some(crate::store::DatabaseUrl::memory())).await?;
            (server.url.clone(), Some(server))
        }
    };
    let result = export(&args, url, embedded.is_some()).await;
    if let Some(server) = embedded {
        server.stop().await;
    }
    result
}

async fn export(args: &ExportArgs, url: String, embedded: bool) -> Result<(), ClientError> {
    let options = if embedded {
        ConnectArgs::default()
    } else {
        args.connect.clone()
    };
    let remote = match Remote::connect(url, &options).await {
        Ok(remote) => remote,
        Err(error) if embedded => return Err(ClientError::Embedded(error.to_string())),
        Err(error) => return Err(error),
    };
    let response = remote
        .export
        .clone()
        .export_questions(args.request())
        .await
        .map_err(|status| refusal(&status, &remote.url))?
        .into_inner();
    if !response.note.is_empty() {
        eprintln!("note: {}", response.note);
    }
    match &args.output {
        Some(path) => {
            std::fs::write(path, &response.content).map_err(|error| {
                ClientError::Usage(format!("cannot write {}: {error}", path.display()))
            })?;
            eprintln!(
                "Wrote {} questions to {} ({}).",
                response.question_count,
                path.display(),
                response.media_type
            );
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&response.content)?;
            stdout.flush()?;
        }
    }
    Ok(())
}

/// A refused export names the flag to change; a lost server is reported as
/// during a quiz.
fn refusal(status: &tonic::Status, url: &str) -> ClientError {
    match status.code() {
        Code::InvalidArgument => {
            let message = joined_violations(status, |v| {
                let field = v.field.strip_prefix("generate.").unwrap_or(&v.field);
                format!("{}: {}", flag_for_field(field), v.description)
            });
            ClientError::Usage(format!("the server refused the export: {message}"))
        }
        Code::FailedPrecondition | Code::NotFound => ClientError::Usage(format!(
            "the server refused the export: {}",
            status.message()
        )),
        _ => ClientError::from_status(status, url),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::Args;
    use crate::proto::{Difficulty, QuestionKind};
    use clap::Parser;

    fn parse(args: &[&str]) -> Args {
        Args::try_parse_from(std::iter::once("summit-quiz").chain(args.iter().copied()))
            .expect("parses")
    }

    #[test]
    fn export_flags_reach_the_request() {
        let args = parse(&[
            "export",
            "--format",
            "moodle-xml",
            "--count",
            "7",
            "--kinds",
            "matching,select-all",
            "--topic",
            "Treaty",
            "--seed",
            "3",
            "--difficulty",
            "hard",
            "-o",
            "out.xml",
        ]);
        let Some(Command::Export(export)) = args.command else {
            panic!("no export subcommand");
        };
        assert_eq!(export.output, Some(PathBuf::from("out.xml")));
        let request = export.request();
        assert_eq!(request.format(), ExportFormat::MoodleXml);
        let generate = request.generate.expect("generate");
        assert_eq!(generate.count, 7);
        assert_eq!(
            generate.kinds,
            [
                QuestionKind::Matching as i32,
                QuestionKind::MultiSelect as i32
            ]
        );
        assert_eq!(generate.topics, ["treaty"]);
        assert_eq!(
            (generate.seed, generate.difficulty()),
            (3, Difficulty::Hard)
        );
    }

    #[test]
    fn an_unknown_format_is_a_usage_error_listing_the_formats() {
        let error = Args::try_parse_from(["summit-quiz", "export", "--format", "csv"])
            .expect_err("refused");
        assert_eq!(error.kind(), clap::error::ErrorKind::InvalidValue);
        let message = error.to_string();
        assert!(
            message.contains("gift") && message.contains("moodle-xml") && message.contains("anki"),
            "{message}"
        );
    }

    #[test]
    fn without_a_subcommand_the_quiz_runs() {
        assert!(parse(&[]).command.is_none());
    }
}
