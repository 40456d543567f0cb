//! Reply messages written by hand (`build.rs` maps them here with
//! `extern_path`) so that a server can send parts it encoded once instead
//! of mapping and encoding them on every call. On the wire each is exactly
//! the message `proto/summit/v1/*.proto` declares, and a client decodes it
//! into the same public fields as the generated type would have.
//!
//! - [`GenerateQuestionsResponse`]: questions, each encoded once by id.
//! - [`GetFactResponse`]: a fact, encoded once per fact of the fact set.
//! - [`CheckAnswerResponse`]: a grade whose question parts (the answer,
//!   the explanation, the citations) were encoded once per question.

mod fact;
mod grade;
mod questions;

pub use fact::{GetFactResponse, encode_fact};
pub use grade::{CheckAnswerResponse, GradeParts};
pub use questions::{GenerateQuestionsResponse, encode_question};

/// The field numbers and types a message declares in the proto files, as
/// `(name, number, type, label, type name)`, for tests that check a
/// hand-written message against its declaration.
#[cfg(test)]
pub(crate) fn declared_fields(
    message: &str,
) -> Vec<(
    String,
    i32,
    prost_types::field_descriptor_proto::Type,
    prost_types::field_descriptor_proto::Label,
    String,
)> {
    use prost::Message;
    let set = prost_types::FileDescriptorSet::decode(crate::proto::FILE_DESCRIPTOR_SET)
        .expect("descriptor set decodes");
    let declared = set
        .file
        .iter()
        .flat_map(|file| &file.message_type)
        .find(|declared| declared.name() == message)
        .expect("declared");
    declared
        .field
        .iter()
        .map(|f| {
            (
                f.name().to_string(),
                f.number(),
                f.r#type(),
                f.label(),
                f.type_name().to_string(),
            )
        })
        .collect()
}
