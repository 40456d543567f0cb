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

use prost::Message;
use prost::bytes::{Buf, Bytes};
use prost::encoding::{DecodeContext, WireType};

/// `message` encoded as field `tag` of the reply that carries it (key and
/// length included), so the reply can send it as it stands.
fn encoded_field<M: Message>(tag: u32, message: &M) -> Bytes {
    let mut buf = Vec::with_capacity(prost::encoding::message::encoded_len(tag, message));
    prost::encoding::message::encode(tag, message, &mut buf);
    Bytes::from(buf)
}

/// [`Message::merge_field`] of a reply whose one decoded field is the
/// optional message `slot`, numbered `field`; other fields are skipped.
fn merge_optional<M: Message + Default>(
    field: u32,
    slot: &mut Option<M>,
    tag: u32,
    wire_type: WireType,
    buf: &mut impl Buf,
    ctx: DecodeContext,
) -> Result<(), prost::DecodeError> {
    if tag == field {
        prost::encoding::message::merge(wire_type, slot.get_or_insert_with(M::default), buf, ctx)
    } else {
        prost::encoding::skip_field(wire_type, tag, buf, ctx)
    }
}

/// The encoded length of the optional message `slot` as field `tag`.
fn optional_len<M: Message>(tag: u32, slot: &Option<M>) -> usize {
    slot.as_ref().map_or(0, |message| {
        prost::encoding::message::encoded_len(tag, message)
    })
}

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
