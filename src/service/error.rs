//! Every way a request can fail, and the one place it becomes a `Status`.
//!
//! Handlers never build a `tonic::Status` for a refusal themselves: they
//! return an [`ApiError`], so the mapping from failure to gRPC code is
//! decided here once. User input can only ever produce `INVALID_ARGUMENT`,
//! `NOT_FOUND` or `FAILED_PRECONDITION` (and `RESOURCE_EXHAUSTED` when every
//! quiz slot is in use); nothing a client sends maps to
//! `UNKNOWN` or `INTERNAL`. (The one `INTERNAL` a handler can return is a
//! contained panic in generation: a server bug, not a refusal.)

use std::fmt;

use tonic::{Code, Status};
use tonic_types::{ErrorDetails, FieldViolation, StatusExt};

use crate::export::ExportError;
use crate::generation::{GenerateError, RebuildError};
use crate::quote::quote;
use crate::session::{QuizId, RetryError, SubmitError, Unavailable};
use crate::store::StoreError;

/// One or more malformed request fields, each named by its path in the
/// request message (`"count"`, `"kinds[1]"`), as `google.rpc.BadRequest` wants.
#[derive(Debug, Clone, Default)]
pub struct Invalid(pub Vec<FieldViolation>);

/// `FieldViolation` has no `PartialEq`; two refusals are equal when they
/// name the same fields with the same descriptions.
impl PartialEq for Invalid {
    fn eq(&self, other: &Invalid) -> bool {
        let key = |v: &FieldViolation| (v.field.clone(), v.description.clone());
        self.0.iter().map(key).eq(other.0.iter().map(key))
    }
}

impl Invalid {
    /// A single malformed field.
    pub fn field(field: impl Into<String>, description: impl Into<String>) -> Invalid {
        Invalid(vec![FieldViolation::new(field, description)])
    }

    /// Gathers the violations of several independently parsed fields, so a
    /// client learns about every bad field in one round trip.
    pub fn merge(parts: impl IntoIterator<Item = Option<Invalid>>) -> Invalid {
        Invalid(
            parts
                .into_iter()
                .flatten()
                .flat_map(|part| part.0)
                .collect(),
        )
    }
}

/// Why a request failed, in terms a client can act on.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The request itself is malformed; retrying it unchanged cannot succeed.
    InvalidArgument(Invalid),
    /// The request is well formed but names something that does not exist.
    NotFound {
        /// The proto type of the missing thing, e.g. `summit.v1.Fact`.
        resource_type: &'static str,
        /// The id the client sent, [`quote`]d.
        name: String,
        /// A sentence for humans, e.g. "fact `x` does not exist".
        description: String,
    },
    /// The request is valid but the fact base cannot satisfy it as it stands
    /// (e.g. the filters leave no fact to ask about), or a quiz is not in a
    /// state to take it (answering a question that is not the current one).
    FailedPrecondition(String),
    /// A server-wide quota is used up (every quiz slot is in use); the same
    /// request may succeed shortly.
    ResourceExhausted(String),
    /// The database cannot be reached or is locked; the same call may
    /// succeed shortly, and nothing was recorded.
    Unavailable(String),
    /// A server fault the client can do nothing about (a stored row that
    /// does not read back); logged in full.
    Internal(String),
}

impl ApiError {
    pub fn invalid(field: impl Into<String>, description: impl Into<String>) -> ApiError {
        ApiError::InvalidArgument(Invalid::field(field, description))
    }

    pub fn source_not_found(id: &str) -> ApiError {
        let id = quote(id);
        ApiError::NotFound {
            resource_type: "summit.v1.Source",
            description: format!("source `{id}` does not exist; see ListSources"),
            name: id,
        }
    }

    pub fn fact_not_found(id: &str) -> ApiError {
        let id = quote(id);
        ApiError::NotFound {
            resource_type: "summit.v1.Fact",
            description: format!("fact `{id}` does not exist; see ListFacts"),
            name: id,
        }
    }
}

impl ApiError {
    /// Expired, evicted and never-issued quizzes look the same to the server
    /// once gone, so the message covers all three and says what to do.
    pub fn quiz_not_found(id: &QuizId, ttl: std::time::Duration) -> ApiError {
        ApiError::NotFound {
            resource_type: "summit.v1.Quiz",
            name: id.to_string(),
            description: format!(
                "quiz `{id}` does not exist or has expired (quizzes are forgotten after {} without use); start a new one with StartQuiz",
                spoken_duration(ttl)
            ),
        }
    }

    /// A store refusal, for the quiz `id` the client named.
    pub fn store(error: StoreError, ttl: std::time::Duration) -> ApiError {
        match error {
            StoreError::NotFound(id) => ApiError::quiz_not_found(&id, ttl),
            StoreError::Full(_)
            | StoreError::AnonymousFull(_)
            | StoreError::Duplicate(_)
            | StoreError::TooManyOpen { .. } => ApiError::ResourceExhausted(error.to_string()),
            // Only reaches here when retries ran out under heavy contention.
            StoreError::Conflict | StoreError::Unavailable(_) => {
                ApiError::Unavailable(error.to_string())
            }
            StoreError::Corrupt(_) => ApiError::Internal(error.to_string()),
        }
    }
}

/// Answering out of turn is a state conflict, not a malformed request; an
/// answer the question cannot take ("E" for options A-D) is a bad `answer`.
impl From<SubmitError> for ApiError {
    fn from(error: SubmitError) -> ApiError {
        match error {
            SubmitError::Unreadable { feedback } => ApiError::invalid("answer", feedback),
            conflict => ApiError::FailedPrecondition(conflict.to_string()),
        }
    }
}

/// Retrying an unfinished or flawless quiz is a state conflict.
impl From<RetryError> for ApiError {
    fn from(error: RetryError) -> ApiError {
        ApiError::FailedPrecondition(error.to_string())
    }
}

/// A stored quiz whose questions no longer rebuild (its fact set changed)
/// cannot go on: a state conflict the message explains, not a server fault.
impl From<Unavailable> for ApiError {
    fn from(error: Unavailable) -> ApiError {
        ApiError::FailedPrecondition(error.to_string())
    }
}

impl From<Invalid> for ApiError {
    fn from(invalid: Invalid) -> ApiError {
        ApiError::InvalidArgument(invalid)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::InvalidArgument(Invalid(violations)) => {
                let fields: Vec<String> = violations
                    .iter()
                    .map(|v| format!("{}: {}", v.field, v.description))
                    .collect();
                write!(f, "invalid request: {}", fields.join("; "))
            }
            ApiError::NotFound { description, .. } => f.write_str(description),
            ApiError::FailedPrecondition(reason)
            | ApiError::ResourceExhausted(reason)
            | ApiError::Unavailable(reason)
            | ApiError::Internal(reason) => f.write_str(reason),
        }
    }
}

/// The most field violations one refusal lists; the rest are counted in
/// a last entry. A request may repeat a field thousands of times within
/// its 64 KiB, and trailers over 8 KiB are refused by standard clients.
const MAX_VIOLATIONS: usize = 8;
/// The most bytes (UTF-8) of a status message, a violation's description
/// or a resource's description. User text inside is already [`quote`]d
/// (64 characters, but an escaped character takes up to 10 bytes); this
/// bounds the whole, so `grpc-message` (percent-encoding at most triples
/// it) and its copy in `grpc-status-details-bin` stay a few KiB.
pub const MAX_MESSAGE_BYTES: usize = 768;
/// An INVALID_ARGUMENT's message only sums up its violations, which the
/// `BadRequest` detail lists in full, so it is shorter still.
const MAX_SUMMARY_BYTES: usize = 512;
/// The most bytes the listed violations take together (fields and
/// descriptions): when each quotes a long escaped value, fewer than
/// [`MAX_VIOLATIONS`] fit. The first is always listed.
const MAX_VIOLATION_BYTES: usize = 1200;
/// The most bytes of a violation's field path (`topics[12]`).
const MAX_FIELD_BYTES: usize = 100;

/// `text` cut to at most `max_bytes` bytes at a character boundary, with
/// "…(truncated)" after the cut.
fn bounded(text: String, max_bytes: usize) -> String {
    if text.len() <= max_bytes {
        return text;
    }
    let mut cut = max_bytes;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}…(truncated)", &text[..cut])
}

/// At most [`MAX_VIOLATIONS`] violations in at most
/// [`MAX_VIOLATION_BYTES`], each bounded, then one entry counting the
/// violations left out.
fn bounded_violations(violations: Vec<FieldViolation>) -> Vec<FieldViolation> {
    let total = violations.len();
    let listed = if total > MAX_VIOLATIONS {
        MAX_VIOLATIONS - 1
    } else {
        MAX_VIOLATIONS
    };
    let mut kept: Vec<FieldViolation> = Vec::with_capacity(listed + 1);
    let mut bytes = 0;
    for violation in violations.into_iter().take(listed) {
        let violation = FieldViolation::new(
            bounded(violation.field, MAX_FIELD_BYTES),
            bounded(violation.description, MAX_MESSAGE_BYTES),
        );
        let size = violation.field.len() + violation.description.len();
        if !kept.is_empty() && bytes + size > MAX_VIOLATION_BYTES {
            break;
        }
        bytes += size;
        kept.push(violation);
    }
    if total > kept.len() {
        kept.push(FieldViolation::new(
            "…",
            format!("{} more fields are invalid", total - kept.len()),
        ));
    }
    kept
}

impl From<ApiError> for Status {
    fn from(error: ApiError) -> Status {
        let error = match error {
            ApiError::InvalidArgument(Invalid(violations)) => {
                ApiError::InvalidArgument(Invalid(bounded_violations(violations)))
            }
            other => other,
        };
        let budget = if matches!(error, ApiError::InvalidArgument(_)) {
            MAX_SUMMARY_BYTES
        } else {
            MAX_MESSAGE_BYTES
        };
        let message = bounded(error.to_string(), budget);
        let status = match error {
            ApiError::InvalidArgument(Invalid(violations)) => Status::with_error_details(
                Code::InvalidArgument,
                message,
                ErrorDetails::with_bad_request(violations),
            ),
            ApiError::NotFound {
                resource_type,
                name,
                description,
            } => Status::with_error_details(
                Code::NotFound,
                message,
                // `name` is quoted where the error is made: quoting it
                // again would double every backslash and misstate its length.
                ErrorDetails::with_resource_info(
                    resource_type,
                    name,
                    "",
                    bounded(description, MAX_MESSAGE_BYTES),
                ),
            ),
            ApiError::FailedPrecondition(_) => Status::failed_precondition(message),
            ApiError::ResourceExhausted(_) => Status::resource_exhausted(message),
            ApiError::Unavailable(_) => Status::unavailable(message),
            ApiError::Internal(_) => Status::internal(message),
        };
        tracing::info!(code = ?status.code(), "refused: {}", status.message());
        status
    }
}

/// The core re-checks what the adapter already parsed; should it still
/// refuse, the refusal maps to the same codes the adapter would have used.
impl From<GenerateError> for ApiError {
    fn from(error: GenerateError) -> ApiError {
        match &error {
            GenerateError::CountOutOfRange(_) => ApiError::invalid("count", error.to_string()),
            GenerateError::UnknownTopic { topic, known } => ApiError::invalid(
                "topics",
                format!(
                    "unknown topic `{}`; known topics: {}",
                    quote(topic),
                    known.join(", ")
                ),
            ),
            GenerateError::UnknownFact(id) => ApiError::fact_not_found(id),
            GenerateError::UnknownSource(id) => ApiError::source_not_found(id),
            GenerateError::NothingToAsk(_) => ApiError::FailedPrecondition(error.to_string()),
        }
    }
}

/// Too many questions is a malformed request (the service checks it
/// first, so this only restates it); an export over the byte cap or with
/// nothing in it is a valid request the content cannot satisfy.
impl From<ExportError> for ApiError {
    fn from(error: ExportError) -> ApiError {
        match error {
            ExportError::TooManyQuestions(_) => {
                ApiError::invalid("question_ids", error.to_string())
            }
            ExportError::Empty | ExportError::TooLarge { .. } => {
                ApiError::FailedPrecondition(error.to_string())
            }
        }
    }
}

/// A malformed id is the client's typo; a well-formed unknown one was
/// issued against another fact set (or names a fact since removed): the
/// question is just not here. `RebuildError` carries a reason, not the id,
/// so the id the client sent is passed in.
pub fn rebuild_error(id: &str, error: RebuildError) -> ApiError {
    let id = quote(id);
    match error {
        RebuildError::Malformed(reason) => ApiError::invalid(
            "question_id",
            format!("not a question id this service issues: {reason}"),
        ),
        RebuildError::Unknown(reason) => ApiError::NotFound {
            resource_type: "summit.v1.Question",
            description: format!(
                "question `{id}` was not issued against this fact set ({reason}); generate a new one"
            ),
            name: id,
        },
    }
}

/// A whole-second duration as words, exactly: "30 minutes", "1 hour 30
/// minutes", "10 seconds" (a TTL of 10 s is not "1 minute").
fn spoken_duration(duration: std::time::Duration) -> String {
    let total = duration.as_secs();
    let parts = [
        (total / 3600, "hour"),
        (total / 60 % 60, "minute"),
        (total % 60, "second"),
    ];
    let spoken: Vec<String> = parts
        .iter()
        .filter(|(count, _)| *count > 0)
        .map(|(count, unit)| format!("{count} {unit}{}", if *count == 1 { "" } else { "s" }))
        .collect();
    if spoken.is_empty() {
        "0 seconds".to_string()
    } else {
        spoken.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quiz_ttl_is_spoken_exactly_not_rounded_to_minutes() {
        let spoken = |secs| spoken_duration(std::time::Duration::from_secs(secs));
        assert_eq!(spoken(10), "10 seconds");
        assert_eq!(spoken(90), "1 minute 30 seconds");
        assert_eq!(spoken(1800), "30 minutes");
        assert_eq!(spoken(3600), "1 hour");
        assert_eq!(spoken(86_400), "24 hours");
        assert_eq!(spoken(0), "0 seconds");
    }

    #[test]
    fn invalid_arguments_carry_a_bad_request_naming_every_field() {
        let error = ApiError::from(Invalid::merge([
            Some(Invalid::field("count", "too big")),
            None,
            Some(Invalid::field("kinds[1]", "unspecified")),
        ]));
        let status = Status::from(error);
        assert_eq!(status.code(), Code::InvalidArgument);
        let fields: Vec<String> = status
            .get_details_bad_request()
            .expect("bad request details")
            .field_violations
            .into_iter()
            .map(|v| v.field)
            .collect();
        assert_eq!(fields, ["count", "kinds[1]"]);
    }

    #[test]
    fn unknown_ids_are_not_found_with_the_resource_named() {
        let status = Status::from(ApiError::fact_not_found("nope"));
        assert_eq!(status.code(), Code::NotFound);
        let info = status.get_details_resource_info().expect("resource info");
        assert_eq!(info.resource_type, "summit.v1.Fact");
        assert_eq!(info.resource_name, "nope");
    }

    #[test]
    fn rebuild_errors_split_into_invalid_and_not_found() {
        let malformed = Status::from(rebuild_error("q", RebuildError::Malformed("x".into())));
        assert_eq!(malformed.code(), Code::InvalidArgument);
        let unknown = Status::from(rebuild_error("q", RebuildError::Unknown("x".into())));
        assert_eq!(unknown.code(), Code::NotFound);
        let info = unknown.get_details_resource_info().expect("resource info");
        assert_eq!(info.resource_name, "q");
    }

    #[test]
    fn quiz_refusals_map_to_not_found_failed_precondition_and_resource_exhausted() {
        let id = QuizId::new(std::time::SystemTime::now());
        let ttl = std::time::Duration::from_secs(1800);
        let gone = Status::from(ApiError::store(StoreError::NotFound(id.clone()), ttl));
        assert_eq!(gone.code(), Code::NotFound);
        assert!(gone.message().contains("expired"), "{}", gone.message());
        assert!(gone.message().contains("30 minutes"), "{}", gone.message());
        let info = gone.get_details_resource_info().expect("resource info");
        assert_eq!(info.resource_name, id.as_str());
        let full = Status::from(ApiError::store(StoreError::Full(3), ttl));
        assert_eq!(full.code(), Code::ResourceExhausted);
        let late = Status::from(ApiError::from(SubmitError::NotYetDue {
            number: 2,
            current: "x".into(),
        }));
        assert_eq!(late.code(), Code::FailedPrecondition);
    }

    #[test]
    fn an_export_over_its_cap_is_a_failed_precondition_naming_the_cap() {
        let status = Status::from(ApiError::from(ExportError::TooLarge {
            format: crate::export::Format::Gift,
            bytes: 3_000_000,
            cap: 2_097_152,
        }));
        assert_eq!(status.code(), Code::FailedPrecondition);
        assert!(
            status.message().contains("cap of 2097152 bytes"),
            "{}",
            status.message()
        );
    }

    #[test]
    fn quoted_ids_are_short_single_lines_and_details_stay_small() {
        let hostile = format!("a\n\u{1b}[2J{}", "x".repeat(60 * 1024));
        for status in [
            Status::from(ApiError::fact_not_found(&hostile)),
            Status::from(rebuild_error(&hostile, RebuildError::Unknown("x".into()))),
            Status::from(ApiError::source_not_found(&hostile)),
        ] {
            assert!(status.message().len() < 400, "{}", status.message());
            assert!(
                !status.message().contains(['\n', '\u{1b}']),
                "{}",
                status.message()
            );
            assert!(
                status.message().contains("truncated, 61446 bytes"),
                "{}",
                status.message()
            );
            assert!(status.details().len() < 1024);
        }
    }

    #[test]
    fn a_refusal_lists_at_most_eight_violations_and_counts_the_rest() {
        let many = Invalid(
            (0..5000)
                .map(|i| FieldViolation::new(format!("topics[{i}]"), "bad topic"))
                .collect(),
        );
        let status = Status::from(ApiError::from(many));
        let fields = status
            .get_details_bad_request()
            .expect("details")
            .field_violations;
        assert_eq!(fields.len(), MAX_VIOLATIONS);
        assert_eq!(fields[7].description, "4993 more fields are invalid");
        assert!(status.message().len() < MAX_SUMMARY_BYTES + 20);
    }

    #[test]
    fn long_violations_are_listed_within_a_byte_budget_and_the_rest_counted() {
        let many = Invalid(
            (0..5000)
                .map(|i| FieldViolation::new(format!("topics[{i}]"), "x".repeat(900)))
                .collect(),
        );
        let status = Status::from(ApiError::from(many));
        let fields = status
            .get_details_bad_request()
            .expect("details")
            .field_violations;
        assert_eq!(fields.len(), 2, "{fields:?}");
        assert!(fields[0].description.len() <= MAX_MESSAGE_BYTES + 20);
        assert_eq!(fields[1].description, "4999 more fields are invalid");
        assert!(
            status.details().len() < 2 * 1024,
            "{}",
            status.details().len()
        );
    }

    /// The encoded trailers tonic sends for `status`: `grpc-message` and
    /// `grpc-status-details-bin`, in bytes.
    fn encoded_trailer_bytes(status: &Status) -> usize {
        let mut trailers = tonic::codegen::http::HeaderMap::new();
        status.add_header(&mut trailers).expect("encodes");
        ["grpc-message", "grpc-status-details-bin"]
            .iter()
            .map(|name| trailers.get(*name).map_or(0, |value| value.len()))
            .sum()
    }

    #[test]
    fn three_hundred_topics_of_bidi_overrides_keep_the_encoded_trailers_under_four_kib() {
        let base = crate::facts::FactBase::embedded().expect("embedded facts");
        let raw: Vec<String> = (0..300)
            .map(|i| format!("{}{i}", "\u{202e}".repeat(60)))
            .collect();
        let invalid = crate::service::input::topics(&base, &raw).expect_err("unknown topics");
        let status = Status::from(ApiError::from(invalid));
        assert_eq!(status.code(), Code::InvalidArgument);
        let size = encoded_trailer_bytes(&status);
        assert!(size < 4 * 1024, "{size} bytes of trailers");
        let fields = status
            .get_details_bad_request()
            .expect("details")
            .field_violations;
        let listed = fields.len() - 1;
        assert!((1..MAX_VIOLATIONS).contains(&listed), "{fields:?}");
        assert_eq!(
            fields[listed].description,
            format!("{} more fields are invalid", 300 - listed)
        );
        assert!(fields[0].description.contains("\\u{202e}"));
        for text in fields
            .iter()
            .map(|v| &v.description)
            .chain([&status.message().to_string()])
        {
            assert!(!text.chars().any(crate::quote::is_unsafe), "{text}");
        }
    }

    #[test]
    fn a_not_found_name_is_escaped_once_and_keeps_the_length_sent() {
        let status = Status::from(ApiError::fact_not_found("a\\b\"c\nd"));
        let info = status.get_details_resource_info().expect("resource info");
        assert_eq!(info.resource_name, "a\\\\b\"c\\nd");
        assert!(
            status.message().contains("fact `a\\\\b\"c\\nd`"),
            "{}",
            status.message()
        );
        let long = "a".repeat(200);
        let status = Status::from(ApiError::fact_not_found(&long));
        let info = status.get_details_resource_info().expect("resource info");
        assert!(
            info.resource_name.ends_with("…(truncated, 200 bytes)"),
            "{}",
            info.resource_name
        );
    }

    #[test]
    fn long_non_ascii_messages_are_cut_at_a_character_boundary() {
        let status = Status::from(ApiError::FailedPrecondition("é".repeat(2000)));
        assert!(status.message().len() <= MAX_MESSAGE_BYTES + 20);
        assert!(status.message().ends_with("…(truncated)"));
        assert!(encoded_trailer_bytes(&status) < 4 * 1024);
    }

    #[test]
    fn nothing_to_ask_is_a_failed_precondition() {
        let status = Status::from(ApiError::from(GenerateError::NothingToAsk("x".into())));
        assert_eq!(status.code(), Code::FailedPrecondition);
    }
}
