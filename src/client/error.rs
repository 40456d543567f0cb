//! Why the client stopped, as one line a learner can act on, and the exit
//! code a script can test.

use std::fmt;

use tonic::{Code, Status};
use tonic_types::{FieldViolation, StatusExt};

use super::args::flag_for_field;

/// Everything that can end a quiz early. Each variant's message is a full
/// sentence printed after `error: `; none carries a backtrace.
#[derive(Debug)]
pub enum ClientError {
    /// A flag is wrong in a way clap cannot see (an unknown topic, a bad URL).
    Usage(String),
    /// Nothing answers at the server address.
    Unreachable { url: String, reason: String },
    /// The server refused to start the quiz (e.g. `--count 500`).
    Refused(String),
    /// The server went away in the middle of the quiz.
    ConnectionLost { url: String, reason: String },
    /// The server no longer knows the quiz (it expired while idle).
    Expired,
    /// The built-in server could not start.
    Embedded(String),
    /// The server answered with an error the client has no better words for.
    Server(String),
    /// The terminal could not be read or written.
    Io(std::io::Error),
}

impl ClientError {
    /// 2 when the quiz could not start (bad flags, server unreachable or
    /// refusing), 1 when it could not go on.
    pub fn exit_code(&self) -> u8 {
        match self {
            ClientError::Usage(_)
            | ClientError::Unreachable { .. }
            | ClientError::Refused(_)
            | ClientError::Embedded(_) => 2,
            ClientError::ConnectionLost { .. }
            | ClientError::Expired
            | ClientError::Server(_)
            | ClientError::Io(_) => 1,
        }
    }

    /// Whether the reader of the output went away (`summit-quiz | head`):
    /// nothing is wrong, and there is no one left to tell.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, ClientError::Io(error) if error.kind() == std::io::ErrorKind::BrokenPipe)
    }

    /// A failed call in the middle of a quiz: a transport failure means the
    /// server is gone; anything else is reported with the server's words.
    pub fn from_status(status: &Status, url: &str) -> ClientError {
        match status.code() {
            Code::Unavailable | Code::Cancelled | Code::DeadlineExceeded | Code::Unknown => {
                ClientError::ConnectionLost {
                    url: url.to_string(),
                    reason: status_reason(status),
                }
            }
            Code::NotFound => ClientError::Expired,
            Code::InvalidArgument => ClientError::Refused(violations(status)),
            _ => ClientError::Server(format!(
                "the quiz server answered {:?}: {}",
                status.code(),
                status.message()
            )),
        }
    }
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::Usage(message) => f.write_str(message),
            ClientError::Unreachable { url, reason } => {
                write!(
                    f,
                    "cannot reach the quiz server at {url} ({reason}); is it running?"
                )
            }
            ClientError::Refused(message) => {
                write!(f, "the quiz server refused the quiz: {message}")
            }
            ClientError::ConnectionLost { url, reason } => write!(
                f,
                "lost the connection to the quiz server at {url} ({reason}); the quiz cannot go on"
            ),
            ClientError::Expired => f.write_str(
                "the server no longer knows this quiz (quizzes expire after a while unused); \
                 run summit-quiz again to start a new one",
            ),
            ClientError::Embedded(message) => {
                write!(f, "cannot start the built-in quiz server: {message}")
            }
            ClientError::Server(message) => f.write_str(message),
            ClientError::Io(error) => write!(f, "cannot use the terminal: {error}"),
        }
    }
}

impl std::error::Error for ClientError {}

impl From<std::io::Error> for ClientError {
    fn from(error: std::io::Error) -> ClientError {
        ClientError::Io(error)
    }
}

/// The innermost cause of an error, which is the useful part of a transport
/// failure ("Connection refused (os error 111)", not "transport error").
pub fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = error;
    while let Some(source) = cause.source() {
        cause = source;
    }
    cause.to_string()
}

/// Why a call failed at the transport level, in the fewest honest words.
fn status_reason(status: &Status) -> String {
    match std::error::Error::source(status) {
        Some(source) => root_cause(source),
        None if status.message().is_empty() => format!("{:?}", status.code()),
        None => status.message().to_string(),
    }
}

/// An INVALID_ARGUMENT's field violations, each named by the flag to change
/// ("--count: must be between 1 and 50, got 500"); its message otherwise.
pub fn violations(status: &Status) -> String {
    joined_violations(status, |v| {
        let flag = flag_for_field(&v.field);
        let description = crate::quote::printable(&v.description);
        format!("{flag}: {}", without_unset_count(flag, &description))
    })
}

/// A count refusal without the API's note that 0 asks for the default
/// ("(or 0 for 10)"): `--count` itself takes 1 and up, so offering 0 there
/// would send the learner to a value the client refuses.
fn without_unset_count<'a>(flag: &str, description: &'a str) -> std::borrow::Cow<'a, str> {
    if flag != "--count" {
        return description.into();
    }
    let Some(start) = description.find(" (or 0 ") else {
        return description.into();
    };
    match description[start..].find(')') {
        Some(end) => format!(
            "{}{}",
            &description[..start],
            &description[start + end + 1..]
        )
        .into(),
        None => description.into(),
    }
}

/// An INVALID_ARGUMENT's violations as sentences to the learner, for
/// refusals of what they typed (no flag to name there). A description that
/// continues the field's name ("is 801 bytes; …") gets it back: "Your
/// question is 801 bytes; …"; a whole sentence ("Not an option: …") stands.
pub fn descriptions(status: &Status) -> String {
    joined_violations(status, |v| {
        // Server words, maybe quoting the learner: nothing that could
        // drive the terminal.
        let v = FieldViolation::new(v.field, crate::quote::printable(&v.description));
        if v.description.starts_with(char::is_lowercase) {
            let field = v.field.rsplit('.').next().unwrap_or_default();
            format!("Your {} {}", field.replace('_', " "), v.description)
        } else {
            v.description
        }
    })
}

/// An INVALID_ARGUMENT's field violations, each put in words by
/// `describe`, joined by "; "; its message when it names none. The one
/// place that reads the `BadRequest` details, so every refusal the client
/// shows falls back the same way.
pub fn joined_violations(
    status: &Status,
    describe: impl FnMut(FieldViolation) -> String,
) -> String {
    let described: Vec<String> = status
        .get_details_bad_request()
        .map(|bad| bad.field_violations)
        .unwrap_or_default()
        .into_iter()
        .map(describe)
        .collect();
    if described.is_empty() {
        status.message().to_string()
    } else {
        described.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use tonic_types::ErrorDetails;

    use super::*;

    #[test]
    fn a_refused_count_names_the_flag_and_the_servers_reason() {
        let status = Status::with_error_details(
            Code::InvalidArgument,
            "invalid request: count: must be between 1 and 50, got 500",
            ErrorDetails::with_bad_request(vec![FieldViolation::new(
                "count",
                "must be between 1 and 50, got 500",
            )]),
        );
        let error = ClientError::from_status(&status, "http://x");
        assert_eq!(
            error.to_string(),
            "the quiz server refused the quiz: --count: must be between 1 and 50, got 500"
        );
        assert_eq!(
            descriptions(&status),
            "Your count must be between 1 and 50, got 500"
        );
    }

    #[test]
    fn a_refused_count_does_not_offer_zero_which_the_count_flag_refuses() {
        let status = Status::with_error_details(
            Code::InvalidArgument,
            "invalid request: count: must be between 1 and 50 (or 0 for 10), got 60",
            ErrorDetails::with_bad_request(vec![FieldViolation::new(
                "count",
                "must be between 1 and 50 (or 0 for 10), got 60",
            )]),
        );
        assert_eq!(
            ClientError::from_status(&status, "http://x").to_string(),
            "the quiz server refused the quiz: --count: must be between 1 and 50, got 60"
        );
    }

    #[test]
    fn a_transport_failure_mid_quiz_is_a_lost_connection_with_exit_code_1() {
        let status = Status::unavailable("tcp connect error");
        let error = ClientError::from_status(&status, "http://127.0.0.1:9");
        assert!(matches!(error, ClientError::ConnectionLost { .. }));
        assert_eq!(error.exit_code(), 1);
        assert!(
            error
                .to_string()
                .contains("http://127.0.0.1:9 (tcp connect error)"),
            "{error}"
        );
    }

    #[test]
    fn an_unknown_quiz_means_it_expired() {
        let error = ClientError::from_status(&Status::not_found("quiz"), "u");
        assert!(matches!(error, ClientError::Expired));
        assert!(error.to_string().contains("start a new one"));
    }

    #[test]
    fn an_unreachable_server_is_a_start_failure_that_asks_if_it_runs() {
        let error = ClientError::Unreachable {
            url: "http://127.0.0.1:1".into(),
            reason: "Connection refused (os error 111)".into(),
        };
        assert_eq!(error.exit_code(), 2);
        assert_eq!(
            error.to_string(),
            "cannot reach the quiz server at http://127.0.0.1:1 (Connection refused (os error 111)); is it running?"
        );
    }
}
