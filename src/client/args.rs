//! The command line of `summit-quiz`, and its mapping to a `StartQuiz` request.

use clap::{Parser, ValueEnum};

use crate::proto::{Difficulty, QuestionKind, StartQuizRequest};

/// Shown under `--help`: the flags are easiest to learn from examples.
const EXAMPLES: &str = "\
EXAMPLES:
  summit-quiz                                   10 questions, server built in
  summit-quiz --name Ana --count 5              a short quiz that greets you by name
  summit-quiz --name Ana --review               Ana's due facts first, then new ones
  summit-quiz --topic treaty,outcomes           only questions about these topics
  summit-quiz --difficulty hard --kinds short-answer,fill-in-the-blank
  summit-quiz --seed 7                          the same questions every time (on this machine)
  summit-quiz --server localhost:50051          use a running summit-server
  printf 'B\\nhint\\nquit\\n' | summit-quiz       scripted: plain text, one line per answer
  summit-quiz export --format gift -o quiz.txt  questions for Moodle (also moodle-xml, anki)

WHILE YOU PLAY:
  Answer with a letter (B), a number (2) or your own words.
  hint, skip, repeat, score, help, quit   (also with a slash: /hint)
  Where was the treaty signed?            a line ending in ? asks about the article
  ask who hosted the summit               so does a line starting with ask

EXIT STATUS:
  0 the quiz ended (or you quit); 1 the quiz could not go on (server lost,
  quiz expired); 2 it could not start (bad flags, server unreachable or refusing).";

/// Command-line flags of `summit-quiz`.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "summit-quiz",
    version,
    about = "A chat-style reading quiz on the China–Central Asia Summit article.",
    long_about = "A chat-style reading quiz on the China–Central Asia Summit article. \
                  It asks one question at a time, explains every answer with the \
                  article's own sentence, and answers your questions about the article.",
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true
)]
pub struct Args {
    /// `export` writes questions as a file instead of running a quiz.
    #[command(subcommand)]
    pub command: Option<super::export::Command>,

    /// Quiz server to use, as HOST:PORT, http://HOST:PORT or https://HOST:PORT. Without it, a
    /// server runs inside this program.
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,

    /// TLS and API key settings for --server.
    #[command(flatten)]
    pub connect: super::remote::ConnectArgs,

    /// How many questions to ask (the server allows 1 to 50).
    #[arg(
        long,
        default_value_t = 10,
        value_name = "N",
        allow_negative_numbers = true,
        value_parser = question_count
    )]
    pub count: i32,

    /// Which questions: topics, difficulty, formats and seed.
    #[command(flatten)]
    pub filters: QuestionFilters,

    /// Your name: the greeting, the summary, and your progress across runs
    /// (what is due for review, unfinished quizzes). Default: your login
    /// name, so progress carries over with no flags; `--name ""` plays
    /// anonymously and keeps no progress.
    #[arg(long, env = "SUMMIT_LEARNER")]
    pub name: Option<String>,

    /// Review: the facts you are due to revisit come first, asked
    /// differently from last time, then new ones. Needs a learner
    /// (--name, or the login name).
    #[arg(long)]
    pub review: bool,

    /// Where the built-in server keeps quizzes and your progress (ignored
    /// with --server): sqlite://PATH, sqlite::memory: or postgres://…
    /// Default: summit-quiz/summit.db in your data directory, so progress
    /// survives between runs.
    #[arg(long, env = "SUMMIT_DATABASE_URL", value_name = "URL")]
    pub database_url: Option<crate::store::DatabaseUrl>,
}

/// The flags that choose questions, shared by the quiz and `export`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct QuestionFilters {
    /// Only ask about these topics; repeat the flag or separate with commas.
    #[arg(long = "topic", value_name = "TOPIC", value_delimiter = ',')]
    pub topics: Vec<String>,

    /// How hard the questions are (default: medium).
    #[arg(long, value_enum)]
    pub difficulty: Option<DifficultyArg>,

    /// Question formats to use, separated by commas (default: a mix).
    #[arg(long, value_enum, value_name = "KINDS", value_delimiter = ',')]
    pub kinds: Vec<KindArg>,

    /// Makes the questions repeatable: the same seed gives the same questions
    /// again from the same server (a quiz's seed is keyed with the server's
    /// secret, so another machine's quiz with that seed differs and its
    /// answers cannot be looked up elsewhere).
    #[arg(long)]
    pub seed: Option<u64>,
}

impl QuestionFilters {
    /// The `--topic` values as the server names topics: trimmed, lower case,
    /// without empties or repeats (`--topic "treaty, "` is just `treaty`).
    pub fn topic_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for topic in &self.topics {
            let name = topic.trim().to_lowercase();
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }

    /// The `--kinds` values as proto kinds, without repeats.
    pub fn kind_numbers(&self) -> Vec<i32> {
        let mut kinds: Vec<i32> = Vec::new();
        for kind in &self.kinds {
            let kind = QuestionKind::from(*kind) as i32;
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        kinds
    }

    /// `--difficulty` as the proto number (unspecified means medium).
    pub fn difficulty_number(&self) -> i32 {
        self.difficulty
            .map_or(Difficulty::Unspecified, Difficulty::from) as i32
    }

    /// `--seed`, or 0: the server picks one.
    pub fn seed_or_zero(&self) -> u64 {
        self.seed.unwrap_or(0)
    }
}

/// `--count`: a whole number of at least one. The upper bound is the
/// server's to set (and to explain); 0 must not fall through to the
/// server, which reads an unset count as its default.
fn question_count(value: &str) -> Result<i32, String> {
    match value.trim().parse::<i32>() {
        Ok(count) if count >= 1 => Ok(count),
        Ok(_) => Err("a quiz needs at least 1 question (the server allows 1 to 50)".into()),
        Err(_) => Err("expected a whole number of questions, 1 to 50".into()),
    }
}

/// A word as a shell reads it: as is when it is plain, else in single
/// quotes (a quote inside written `'\''`).
fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-:/@+,=".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// The first login name the environment gives that a learner id can hold
/// (short, printable), so a bare `summit-quiz` keeps the user's progress.
fn login_name(candidates: [Option<String>; 3]) -> String {
    candidates
        .into_iter()
        .flatten()
        .map(|name| name.trim().to_string())
        .find(|name| {
            !name.is_empty() && name.chars().count() <= 64 && !name.chars().any(char::is_control)
        })
        .unwrap_or_default()
}

/// `--difficulty` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DifficultyArg {
    Easy,
    Medium,
    Hard,
}

/// `--kinds` values, named as a learner would say them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    MultipleChoice,
    TrueFalse,
    FillInTheBlank,
    ShortAnswer,
    SelectAll,
    Matching,
}

impl From<DifficultyArg> for Difficulty {
    fn from(arg: DifficultyArg) -> Difficulty {
        match arg {
            DifficultyArg::Easy => Difficulty::Easy,
            DifficultyArg::Medium => Difficulty::Medium,
            DifficultyArg::Hard => Difficulty::Hard,
        }
    }
}

impl From<KindArg> for QuestionKind {
    fn from(arg: KindArg) -> QuestionKind {
        match arg {
            KindArg::MultipleChoice => QuestionKind::MultipleChoice,
            KindArg::TrueFalse => QuestionKind::TrueFalse,
            KindArg::FillInTheBlank => QuestionKind::FillInTheBlank,
            KindArg::ShortAnswer => QuestionKind::ShortAnswer,
            KindArg::SelectAll => QuestionKind::MultiSelect,
            KindArg::Matching => QuestionKind::Matching,
        }
    }
}

impl Args {
    /// The learner's name, trimmed: `--name`, else the login name; empty
    /// (anonymous) when `--name ""` is given or no usable login name exists.
    pub fn learner(&self) -> String {
        match &self.name {
            Some(name) => name.trim().to_string(),
            None => login_name(["USER", "USERNAME", "LOGNAME"].map(|var| std::env::var(var).ok())),
        }
    }

    /// The command that comes back to this learner's quizzes: the
    /// `--name` and `--server` given (the login name needs no flag).
    pub fn rerun_command(&self) -> String {
        let mut command = String::from("summit-quiz");
        if let Some(name) = &self.name {
            command.push_str(&format!(" --name {}", shell_word(name.trim())));
        }
        if let Some(server) = &self.server {
            command.push_str(&format!(" --server {}", shell_word(server)));
        }
        command
    }

    /// The command line, its `--topic` help naming the built-in article's
    /// topics by the ids `--topic` takes, with their titles under `--help`
    /// (a summary heads its scores with the titles). A running `--server`
    /// may serve other articles: then `--topic` with an unknown id lists
    /// that server's.
    pub fn command_with_topics() -> clap::Command {
        let command = <Args as clap::CommandFactory>::command();
        let Ok(facts) = crate::facts::FactBase::embedded() else {
            return command;
        };
        let ids: Vec<&str> = facts.topics().iter().map(|t| t.name.as_str()).collect();
        let titled: Vec<String> = facts
            .topics()
            .iter()
            .map(|t| format!("  {:<20} {}", t.name, t.title))
            .collect();
        let short = format!(
            "Only ask about these topics; repeat the flag or separate with commas. \
             Built-in article: {}",
            ids.join(", ")
        );
        let long = format!(
            "Only ask about these topics; repeat the flag or separate with commas. \
             The built-in article's topics:\n{}",
            titled.join("\n")
        );
        command.mut_arg("topics", |arg| arg.help(short).long_help(long))
    }

    /// Parses the process's arguments as [`Args::command_with_topics`]
    /// describes them; exits with clap's message and status when they are
    /// not usable.
    pub fn parse_with_topics() -> Args {
        let matches = Args::command_with_topics().get_matches();
        <Args as clap::FromArgMatches>::from_arg_matches(&matches)
            .unwrap_or_else(|error| error.exit())
    }

    /// The `StartQuiz` request these flags ask for.
    pub fn start_request(&self) -> StartQuizRequest {
        StartQuizRequest {
            learner: self.learner(),
            count: self.count,
            kinds: self.filters.kind_numbers(),
            topics: self.filters.topic_names(),
            difficulty: self.filters.difficulty_number(),
            seed: self.filters.seed_or_zero(),
            source_id: String::new(),
            retry_of: String::new(),
            review: self.review,
        }
    }
}

/// The flag a request field came from, so a refusal names what to change.
pub fn flag_for_field(field: &str) -> &str {
    let base = field.split(['[', '.']).next().unwrap_or(field);
    match base {
        "count" => "--count",
        "topics" => "--topic",
        "kinds" => "--kinds",
        "difficulty" => "--difficulty",
        "seed" => "--seed",
        "learner" => "--name",
        _ => field,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Args {
        Args::try_parse_from(std::iter::once("summit-quiz").chain(args.iter().copied()))
            .expect("parses")
    }

    #[test]
    fn the_defaults_ask_ten_mixed_medium_questions_from_an_embedded_server() {
        let args = parse(&[]);
        assert_eq!(args.server, None);
        let request = args.start_request();
        assert_eq!(request.count, 10);
        assert!(request.kinds.is_empty() && request.topics.is_empty());
        assert_eq!(request.difficulty(), Difficulty::Unspecified);
        assert_eq!(request.seed, 0);
    }

    #[test]
    fn the_learner_defaults_to_the_first_usable_login_name_and_an_empty_name_is_anonymous() {
        let some = |name: &str| Some(name.to_string());
        assert_eq!(login_name([some("dana"), some("x"), None]), "dana");
        assert_eq!(login_name([None, some(" \u{1b}[2J"), some(" lee ")]), "lee");
        assert_eq!(login_name([Some("x".repeat(65)), None, None]), "");
        assert_eq!(parse(&["--name", ""]).start_request().learner, "");
        assert_eq!(parse(&["--name", " Dana "]).start_request().learner, "Dana");
    }

    #[test]
    fn topics_may_be_repeated_or_comma_separated_and_are_normalised() {
        let args = parse(&[
            "--topic",
            "Treaty, outcomes",
            "--topic",
            "treaty",
            "--topic",
            " ",
        ]);
        assert_eq!(args.filters.topic_names(), ["treaty", "outcomes"]);
    }

    #[test]
    fn kinds_use_learner_words_and_map_to_the_proto_kinds() {
        let args = parse(&[
            "--kinds",
            "select-all,true-false,select-all",
            "--kinds",
            "matching",
        ]);
        let request = args.start_request();
        assert_eq!(
            request.kinds,
            [
                QuestionKind::MultiSelect as i32,
                QuestionKind::TrueFalse as i32,
                QuestionKind::Matching as i32
            ]
        );
    }

    #[test]
    fn every_flag_reaches_the_request() {
        let args = parse(&[
            "--server",
            "localhost:1",
            "--count",
            "3",
            "--difficulty",
            "hard",
            "--seed",
            "7",
            "--name",
            " Ana ",
        ]);
        let request = args.start_request();
        assert_eq!(args.server.as_deref(), Some("localhost:1"));
        assert_eq!(request.count, 3);
        assert_eq!(request.difficulty(), Difficulty::Hard);
        assert_eq!(request.seed, 7);
        assert_eq!(request.learner, "Ana");
    }

    #[test]
    fn an_unknown_kind_or_difficulty_is_a_usage_error() {
        for bad in [&["--kinds", "essay"][..], &["--difficulty", "brutal"][..]] {
            let error =
                Args::try_parse_from(std::iter::once("summit-quiz").chain(bad.iter().copied()))
                    .expect_err("refused");
            assert_eq!(
                error.kind(),
                clap::error::ErrorKind::InvalidValue,
                "{bad:?}"
            );
        }
    }

    #[test]
    fn the_help_names_the_built_in_topics_by_the_ids_topic_takes() {
        let facts = crate::facts::FactBase::embedded().expect("embedded facts");
        let help = Args::command_with_topics().render_long_help().to_string();
        for topic in facts.topics() {
            assert!(
                help.contains(&topic.name),
                "{} missing from\n{help}",
                topic.name
            );
            assert!(help.contains(&topic.title), "{} missing", topic.title);
        }
    }

    #[test]
    fn a_count_below_one_is_a_usage_error_not_the_default() {
        for bad in ["0", "-3", "ten"] {
            let error = Args::try_parse_from(["summit-quiz", "--count", bad]).expect_err(bad);
            assert_eq!(
                error.kind(),
                clap::error::ErrorKind::ValueValidation,
                "{bad}"
            );
            assert_eq!(error.exit_code(), 2, "{bad}");
        }
        let zero = Args::try_parse_from(["summit-quiz", "--count", "0"])
            .expect_err("refused")
            .to_string();
        assert!(zero.contains("at least 1 question"), "{zero}");
        assert_eq!(parse(&["--count", "50"]).count, 50);
        assert_eq!(parse(&["--count", "500"]).count, 500, "the server's cap");
    }

    #[test]
    fn the_rerun_command_names_the_flags_that_find_the_quiz_again() {
        assert_eq!(parse(&[]).rerun_command(), "summit-quiz");
        assert_eq!(
            parse(&["--name", "Ana", "--server", "localhost:50051"]).rerun_command(),
            "summit-quiz --name Ana --server localhost:50051"
        );
        assert_eq!(
            parse(&["--name", "Ana Lee's"]).rerun_command(),
            "summit-quiz --name 'Ana Lee'\\''s'"
        );
    }

    #[test]
    fn the_help_shows_examples() {
        let help = <Args as clap::CommandFactory>::command()
            .render_long_help()
            .to_string();
        assert!(
            help.contains("EXAMPLES:") && help.contains("--seed 7"),
            "{help}"
        );
    }

    #[test]
    fn refused_fields_are_named_by_their_flags() {
        assert_eq!(flag_for_field("count"), "--count");
        assert_eq!(flag_for_field("topics[1]"), "--topic");
        assert_eq!(flag_for_field("learner"), "--name");
        assert_eq!(flag_for_field("retry_of"), "retry_of");
    }
}
