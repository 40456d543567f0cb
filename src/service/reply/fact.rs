//! GetFact's reply type, `summit.v1.GetFactResponse`, written by hand so
//! that a server can send a fact it encoded once: a fact set is immutable,
//! so a fact's reply never changes, and mapping its nine fields to proto
//! and encoding them was the call's own work. A client decodes it into
//! [`GetFactResponse::fact`] as before.

use prost::Message;
use prost::bytes::{Buf, BufMut, Bytes};
use prost::encoding::{DecodeContext, WireType};

use crate::proto::Fact;

/// The reply's field number (see `proto/summit/v1/facts.proto`).
const FACT: u32 = 1;

/// Response for GetFact.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct GetFactResponse {
    /// The requested fact. `None` in a reply built by
    /// [`GetFactResponse::with_encoded`].
    pub fact: Option<Fact>,
    /// The fact already encoded as this message's field 1 (key and length
    /// included, see [`encode_fact`]).
    encoded_fact: Option<Bytes>,
}

impl GetFactResponse {
    /// A reply whose fact is already encoded (by [`encode_fact`]); it
    /// encodes to the same bytes as one holding that fact.
    pub fn with_encoded(encoded_fact: Bytes) -> GetFactResponse {
        GetFactResponse {
            fact: None,
            encoded_fact: Some(encoded_fact),
        }
    }
}

/// One fact as [`GetFactResponse`]'s field 1, for
/// [`GetFactResponse::with_encoded`].
pub fn encode_fact(fact: &Fact) -> Bytes {
    super::encoded_field(FACT, fact)
}

impl Message for GetFactResponse {
    fn encode_raw(&self, buf: &mut impl BufMut) {
        if let Some(fact) = &self.fact {
            prost::encoding::message::encode(FACT, fact, buf);
        }
        if let Some(encoded) = &self.encoded_fact {
            buf.put_slice(encoded);
        }
    }

    fn merge_field(
        &mut self,
        tag: u32,
        wire_type: WireType,
        buf: &mut impl Buf,
        ctx: DecodeContext,
    ) -> Result<(), prost::DecodeError> {
        super::merge_optional(FACT, &mut self.fact, tag, wire_type, buf, ctx)
    }

    fn encoded_len(&self) -> usize {
        super::optional_len(FACT, &self.fact) + self.encoded_fact.as_ref().map_or(0, Bytes::len)
    }

    fn clear(&mut self) {
        self.fact = None;
        self.encoded_fact = None;
    }
}

#[cfg(test)]
mod tests {
    use prost_types::field_descriptor_proto::{Label, Type};

    use super::*;
    use crate::proto::Citation;

    fn fact() -> Fact {
        Fact {
            id: "treaty-signing-city".into(),
            source_id: "summit".into(),
            topic: "treaty".into(),
            statement: "The treaty was signed in Astana.".into(),
            answer: "Astana".into(),
            answer_kind: 2,
            aliases: vec!["Nur-Sultan".into()],
            citation: Some(Citation {
                source_id: "summit".into(),
                sentence_index: 2,
                text: "The signing took place in Astana.".into(),
            }),
            items: Vec::new(),
        }
    }

    #[test]
    fn a_reply_of_an_encoded_fact_is_byte_for_byte_the_reply_of_the_fact() {
        for fact in [fact(), Fact::default()] {
            let plain = GetFactResponse {
                fact: Some(fact.clone()),
                ..GetFactResponse::default()
            };
            let encoded = GetFactResponse::with_encoded(encode_fact(&fact));
            assert_eq!(encoded.encode_to_vec(), plain.encode_to_vec());
            assert_eq!(encoded.encoded_len(), plain.encode_to_vec().len());
            let decoded = GetFactResponse::decode(&*encoded.encode_to_vec()).expect("decodes");
            assert_eq!(decoded, plain);
        }
    }

    #[test]
    fn a_reply_without_a_fact_is_empty_on_the_wire() {
        let reply = GetFactResponse::default();
        assert!(reply.encode_to_vec().is_empty());
        assert_eq!(
            GetFactResponse::decode(&[][..]).expect("decodes"),
            GetFactResponse::default()
        );
    }

    #[test]
    fn the_proto_file_declares_the_field_the_reply_encodes() {
        assert_eq!(
            super::super::declared_fields("GetFactResponse"),
            [(
                "fact".to_string(),
                1,
                Type::Message,
                Label::Optional,
                ".summit.v1.Fact".to_string()
            )]
        );
    }

    #[test]
    fn a_reply_encodes_as_the_message_the_proto_file_describes() {
        let bytes = GetFactResponse::with_encoded(encode_fact(&fact())).encode_to_vec();
        let inner = fact().encode_to_vec();
        // Key 0x0a (field 1, length-delimited), then the length as a varint.
        let mut expected = vec![0x0a];
        prost::encoding::encode_varint(inner.len() as u64, &mut expected);
        expected.extend(inner);
        assert_eq!(bytes, expected);
    }
}
