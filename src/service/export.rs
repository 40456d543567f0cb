//! `summit.v1.ExportService`: questions as a Moodle GIFT, Moodle XML or
//! Anki file.
//!
//! The questions come from one of three places: fresh generation (the
//! GenerateQuestions filters, parsed by the same code), question ids a
//! client already holds, or a quiz kept on this server. Rendering is the
//! pure [`crate::export`] core.

use std::sync::Arc;

use tonic::{Request, Response, Status};

use crate::export::{self, Format, MAX_QUESTIONS};
use crate::proto;
use crate::proto::export_service_server::ExportService;
use crate::question::Question;
use crate::quiz_key::QuizKey;
use crate::revisions::Revisions;
use crate::service::error::{self, ApiError, Invalid};
use crate::service::input::{self, QuestionId};
use crate::service::quiz::{QuizApi, off_the_workers};
use crate::session::QuizSession;
use crate::store::QuizStore;

/// Exports from the served revisions (new questions from the current one,
/// ids and quizzes from the revision that issued them); quizzes are read
/// from `store`, the same store the quiz service keeps them in.
#[derive(Debug, Clone)]
pub struct ExportApi {
    revisions: Arc<Revisions>,
    store: Arc<dyn QuizStore>,
    /// Parses the generation filters exactly as GenerateQuestions does.
    quiz: QuizApi,
}

/// Where the questions to export come from, once parsed.
enum Selection {
    Generate(proto::GenerateQuestionsRequest),
    Ids(Vec<QuestionId>),
    Quiz(crate::session::QuizId),
}

/// Where the questions come from once any quiz has been read from the
/// store (the only step that waits on the database).
enum Loaded {
    Generate(proto::GenerateQuestionsRequest),
    Ids(Vec<Question>),
    Quiz(Box<QuizSession>),
}

/// The questions to export, and for generated ones the seed and note.
struct Chosen {
    questions: Vec<Question>,
    seed: u64,
    note: String,
}

impl ExportApi {
    /// `key` is the quiz service's: a quiz's sealed question ids export
    /// once their quiz has the answer.
    pub fn new(revisions: Arc<Revisions>, store: Arc<dyn QuizStore>, key: QuizKey) -> ExportApi {
        let quiz =
            QuizApi::with_revisions(Arc::clone(&revisions), Arc::clone(&store)).with_key(key);
        ExportApi {
            revisions,
            store,
            quiz,
        }
    }

    /// Parses the request and reads the quiz it names, if any.
    async fn load(
        &self,
        request: proto::ExportQuestionsRequest,
    ) -> Result<(Format, Loaded), ApiError> {
        let (format, selection) = match (format(request.format), selection(request)) {
            (Ok(format), Ok(selection)) => (format, selection),
            (format, selection) => {
                return Err(Invalid::merge([format.err(), selection.err()]).into());
            }
        };
        let loaded = match selection {
            Selection::Generate(request) => Loaded::Generate(request),
            Selection::Ids(ids) => Loaded::Ids(self.questions_for(&ids).await?),
            Selection::Quiz(id) => {
                let stored = self
                    .store
                    .load(&id)
                    .await
                    .map_err(|error| ApiError::store(error, self.store.limits().ttl))?;
                let session = stored.session;
                // An export carries every answer: exporting an open quiz
                // would answer its remaining questions.
                if !session.is_finished() {
                    return Err(ApiError::FailedPrecondition(format!(
                        "quiz `{id}` is not finished ({} of {} answered); an export shows the \
                         answers, so a quiz can be exported once every question is answered",
                        session.outcomes().len(),
                        session.question_ids().len()
                    )));
                }
                Loaded::Quiz(Box::new(session))
            }
        };
        Ok((format, loaded))
    }

    /// The questions `ids` name, a quiz's sealed id as CheckAnswer takes
    /// it: once its quiz has recorded the answer (an export shows the
    /// answer). Every malformed id is reported at once, each under its own
    /// `question_ids[i]`, before an open quiz's question or an unknown id.
    async fn questions_for(&self, ids: &[QuestionId]) -> Result<Vec<Question>, ApiError> {
        let mut questions = Vec::with_capacity(ids.len());
        let (mut bad, mut refusal) = (Vec::new(), None);
        for (index, id) in ids.iter().enumerate() {
            let rebuilt = match self.quiz.gradable(id).await {
                Ok(plain) => self
                    .revisions
                    .rebuild(&plain)
                    .map_err(|error| error::rebuild_error(id.as_str(), error)),
                Err(error) => Err(error),
            };
            match rebuilt {
                Ok(question) => questions.push(question),
                Err(ApiError::InvalidArgument(invalid)) => bad.push(at_index(invalid, index)),
                Err(ApiError::FailedPrecondition(why)) => {
                    refusal.get_or_insert(ApiError::FailedPrecondition(format!(
                        "question_ids[{index}]: {why}"
                    )));
                }
                Err(ApiError::NotFound { .. }) if refusal.is_some() => {}
                Err(error @ ApiError::NotFound { .. }) => refusal = Some(error),
                Err(error) => return Err(error),
            }
        }
        if !bad.is_empty() {
            return Err(Invalid::merge(bad.into_iter().map(Some)).into());
        }
        match refusal {
            Some(error) => Err(error),
            None => Ok(questions),
        }
    }

    fn export(
        &self,
        format: Format,
        loaded: Loaded,
    ) -> Result<proto::ExportQuestionsResponse, ApiError> {
        let chosen = self.choose(loaded)?;
        let file = export::export(format, &chosen.questions)?;
        Ok(proto::ExportQuestionsResponse {
            content: file.bytes,
            file_name: file.file_name.to_string(),
            media_type: file.media_type.to_string(),
            question_count: i32::try_from(file.count).unwrap_or(i32::MAX),
            seed: chosen.seed,
            note: chosen.note,
        })
    }

    fn choose(&self, loaded: Loaded) -> Result<Chosen, ApiError> {
        let questions = match loaded {
            Loaded::Generate(request) => {
                let request = self.quiz.parse_generate(request).map_err(under_generate)?;
                let generated = self.revisions.current().generate(&request)?;
                return Ok(Chosen {
                    questions: generated.questions,
                    seed: generated.seed,
                    note: generated.note.unwrap_or_default(),
                });
            }
            Loaded::Ids(questions) => questions,
            Loaded::Quiz(session) => session.review(&*self.revisions)?.questions().to_vec(),
        };
        Ok(Chosen {
            questions,
            seed: 0,
            note: String::new(),
        })
    }
}

/// `invalid`'s violations of `question_id` as the `index`th of
/// `question_ids`.
fn at_index(Invalid(violations): Invalid, index: usize) -> Invalid {
    Invalid(
        violations
            .into_iter()
            .map(|mut violation| {
                violation.field = format!("question_ids[{index}]");
                violation
            })
            .collect(),
    )
}

/// The format asked for: a known one, never `UNSPECIFIED`.
fn format(raw: i32) -> Result<Format, Invalid> {
    let known = || {
        let names: Vec<&str> = Format::ALL
            .into_iter()
            .map(|f| proto_format(f).as_str_name())
            .collect();
        format!("known formats: {}", names.join(", "))
    };
    match proto::ExportFormat::try_from(raw) {
        Ok(proto::ExportFormat::Gift) => Ok(Format::Gift),
        Ok(proto::ExportFormat::MoodleXml) => Ok(Format::MoodleXml),
        Ok(proto::ExportFormat::Anki) => Ok(Format::Anki),
        Ok(proto::ExportFormat::Unspecified) => Err(Invalid::field(
            "format",
            format!("is required; {}", known()),
        )),
        Err(_) => Err(Invalid::field(
            "format",
            format!("unknown format {raw}; {}", known()),
        )),
    }
}

fn proto_format(format: Format) -> proto::ExportFormat {
    match format {
        Format::Gift => proto::ExportFormat::Gift,
        Format::MoodleXml => proto::ExportFormat::MoodleXml,
        Format::Anki => proto::ExportFormat::Anki,
    }
}

/// Exactly one source of questions, each within its limits.
fn selection(request: proto::ExportQuestionsRequest) -> Result<Selection, Invalid> {
    const ONE_OF: &str = "set exactly one of generate, question_ids or quiz_id";
    let set = [
        request.generate.is_some(),
        !request.question_ids.is_empty(),
        !request.quiz_id.is_empty(),
    ];
    match set {
        [true, false, false] => Ok(Selection::Generate(request.generate.unwrap_or_default())),
        [false, true, false] => question_ids(request.question_ids).map(Selection::Ids),
        [false, false, true] => input::quiz_id("quiz_id", &request.quiz_id).map(Selection::Quiz),
        [false, false, false] => Err(Invalid::field("generate", ONE_OF)),
        _ => Err(Invalid::merge(
            ["generate", "question_ids", "quiz_id"]
                .into_iter()
                .zip(set)
                .map(|(field, set)| set.then(|| Invalid::field(field, ONE_OF))),
        )),
    }
}

/// At most [`MAX_QUESTIONS`] ids, each non-blank and of a sane length.
fn question_ids(raw: Vec<String>) -> Result<Vec<QuestionId>, Invalid> {
    if raw.len() > MAX_QUESTIONS {
        return Err(Invalid::field(
            "question_ids",
            format!(
                "an export holds at most {MAX_QUESTIONS} questions; got {} ids",
                raw.len()
            ),
        ));
    }
    let mut ids = Vec::with_capacity(raw.len());
    let mut bad = Vec::new();
    for (index, id) in raw.into_iter().enumerate() {
        match QuestionId::parse(id) {
            Ok(id) => ids.push(id),
            Err(invalid) => bad.extend(at_index(invalid, index).0),
        }
    }
    if bad.is_empty() {
        Ok(ids)
    } else {
        Err(Invalid(bad))
    }
}

/// The generation filters sit under `generate`, so their refusals name
/// `generate.count`, not `count`.
fn under_generate(error: ApiError) -> ApiError {
    match error {
        ApiError::InvalidArgument(Invalid(violations)) => ApiError::InvalidArgument(Invalid(
            violations
                .into_iter()
                .map(|mut v| {
                    v.field = format!("generate.{}", v.field);
                    v
                })
                .collect(),
        )),
        other => other,
    }
}

#[tonic::async_trait]
impl ExportService for ExportApi {
    async fn export_questions(
        &self,
        request: Request<proto::ExportQuestionsRequest>,
    ) -> Result<Response<proto::ExportQuestionsResponse>, Status> {
        let (format, loaded) = self.load(request.into_inner()).await?;
        // Generation and rendering up to 100 questions: blocking-pool work.
        let api = self.clone();
        let exported =
            off_the_workers("exporting questions", move || api.export(format, loaded)).await?;
        Ok(Response::new(exported))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(invalid: Invalid) -> Vec<String> {
        invalid.0.into_iter().map(|v| v.field).collect()
    }

    #[test]
    fn an_unknown_or_missing_format_lists_the_formats() {
        for raw in [0, 99] {
            let invalid = format(raw).expect_err("refused");
            let description = &invalid.0[0].description;
            assert!(
                description
                    .contains("EXPORT_FORMAT_GIFT, EXPORT_FORMAT_MOODLE_XML, EXPORT_FORMAT_ANKI"),
                "{description}"
            );
        }
        assert_eq!(format(2), Ok(Format::MoodleXml));
    }

    #[test]
    fn exactly_one_source_of_questions_is_set() {
        let none = proto::ExportQuestionsRequest::default();
        assert!(matches!(selection(none).map_err(fields), Err(f) if f == ["generate"]));
        let both = proto::ExportQuestionsRequest {
            question_ids: vec!["a".into()],
            quiz_id: "b".into(),
            ..Default::default()
        };
        assert!(
            matches!(selection(both).map_err(fields), Err(f) if f == ["question_ids", "quiz_id"])
        );
    }

    #[test]
    fn more_ids_than_an_export_holds_are_refused_with_the_cap_named() {
        let ids = vec!["x".to_string(); MAX_QUESTIONS + 1];
        let invalid = question_ids(ids).expect_err("too many");
        assert!(
            invalid.0[0].description.contains("at most 100"),
            "{invalid:?}"
        );
        let blank = question_ids(vec!["ok".into(), " ".into()]).expect_err("blank");
        assert_eq!(fields(blank), ["question_ids[1]"]);
    }
}
