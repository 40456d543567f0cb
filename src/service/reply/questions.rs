//! GenerateQuestions' reply type, `summit.v1.GenerateQuestionsResponse`,
//! written by hand (`build.rs` maps the message here) so that a server can
//! send questions it encoded once: pooled questions come back in batch after
//! batch, and mapping and encoding each one anew was a good part of the
//! call. On the wire it is exactly the generated message; a client decodes
//! it into [`GenerateQuestionsResponse::questions`] as before.

use prost::Message;
use prost::bytes::{Buf, BufMut, Bytes};
use prost::encoding::{DecodeContext, WireType};

use crate::proto::Question;

/// The reply's field numbers (see `proto/summit/v1/quiz.proto`).
const QUESTIONS: u32 = 1;
const SEED: u32 = 2;
const NOTE: u32 = 3;

/// Response for GenerateQuestions.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct GenerateQuestionsResponse {
    /// The generated questions. Fewer than count only when the filters
    /// leave too few facts; see note. Empty in a reply built by
    /// [`GenerateQuestionsResponse::with_encoded`].
    pub questions: Vec<Question>,
    /// The seed that was used; pass it back to get the same questions again.
    pub seed: u64,
    /// Why fewer questions than requested were returned; empty otherwise.
    pub note: String,
    /// Questions already encoded as this message's field 1 (key and length
    /// included, see [`encode_question`]), sent after `questions`.
    encoded_questions: Vec<Bytes>,
}

impl GenerateQuestionsResponse {
    /// A reply whose questions are already encoded (each by
    /// [`encode_question`]), in order; it encodes to the same bytes as one
    /// holding those questions.
    pub fn with_encoded(
        encoded_questions: Vec<Bytes>,
        seed: u64,
        note: String,
    ) -> GenerateQuestionsResponse {
        GenerateQuestionsResponse {
            questions: Vec::new(),
            seed,
            note,
            encoded_questions,
        }
    }
}

/// One question as [`GenerateQuestionsResponse`]'s field 1, for
/// [`GenerateQuestionsResponse::with_encoded`].
pub fn encode_question(question: &Question) -> Bytes {
    super::encoded_field(QUESTIONS, question)
}

impl Message for GenerateQuestionsResponse {
    fn encode_raw(&self, buf: &mut impl BufMut) {
        prost::encoding::message::encode_repeated(QUESTIONS, &self.questions, buf);
        for question in &self.encoded_questions {
            buf.put_slice(question);
        }
        if self.seed != 0 {
            prost::encoding::uint64::encode(SEED, &self.seed, buf);
        }
        if !self.note.is_empty() {
            prost::encoding::string::encode(NOTE, &self.note, buf);
        }
    }

    fn merge_field(
        &mut self,
        tag: u32,
        wire_type: WireType,
        buf: &mut impl Buf,
        ctx: DecodeContext,
    ) -> Result<(), prost::DecodeError> {
        match tag {
            QUESTIONS => {
                prost::encoding::message::merge_repeated(wire_type, &mut self.questions, buf, ctx)
            }
            SEED => prost::encoding::uint64::merge(wire_type, &mut self.seed, buf, ctx),
            NOTE => prost::encoding::string::merge(wire_type, &mut self.note, buf, ctx),
            _ => prost::encoding::skip_field(wire_type, tag, buf, ctx),
        }
    }

    fn encoded_len(&self) -> usize {
        prost::encoding::message::encoded_len_repeated(QUESTIONS, &self.questions)
            + self.encoded_questions.iter().map(Bytes::len).sum::<usize>()
            + if self.seed != 0 {
                prost::encoding::uint64::encoded_len(SEED, &self.seed)
            } else {
                0
            }
            + if self.note.is_empty() {
                0
            } else {
                prost::encoding::string::encoded_len(NOTE, &self.note)
            }
    }

    fn clear(&mut self) {
        self.questions.clear();
        self.seed = 0;
        self.note.clear();
        self.encoded_questions.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(n: i32) -> Question {
        Question {
            id: format!("q1_{n}"),
            prompt: format!("Prompt {n}?"),
            topic: "summit".into(),
            fact_ids: vec!["a".into(), "b".into()],
            kind: n % 6,
            ..Question::default()
        }
    }

    #[test]
    fn a_reply_of_encoded_questions_is_byte_for_byte_the_reply_of_the_questions() {
        for note in ["", "Only 2 of 10 questions"] {
            for seed in [0, 7, u64::MAX] {
                let questions: Vec<Question> = (0..4).map(question).collect();
                let plain = GenerateQuestionsResponse {
                    questions: questions.clone(),
                    seed,
                    note: note.into(),
                    ..GenerateQuestionsResponse::default()
                };
                let encoded = GenerateQuestionsResponse::with_encoded(
                    questions.iter().map(encode_question).collect(),
                    seed,
                    note.into(),
                );
                assert_eq!(encoded.encode_to_vec(), plain.encode_to_vec());
                assert_eq!(encoded.encoded_len(), plain.encode_to_vec().len());
                let decoded =
                    GenerateQuestionsResponse::decode(&*encoded.encode_to_vec()).expect("decodes");
                assert_eq!(decoded, plain);
            }
        }
    }

    #[test]
    fn the_proto_file_declares_the_fields_the_reply_encodes() {
        use prost_types::field_descriptor_proto::{Label, Type};
        let expected = [
            (
                "questions",
                1,
                Type::Message,
                Label::Repeated,
                ".summit.v1.Question",
            ),
            ("seed", 2, Type::Uint64, Label::Optional, ""),
            ("note", 3, Type::String, Label::Optional, ""),
        ]
        .map(|(name, number, kind, label, type_name)| {
            (name.to_string(), number, kind, label, type_name.to_string())
        });
        assert_eq!(
            super::super::declared_fields("GenerateQuestionsResponse"),
            expected
        );
    }

    #[test]
    fn a_reply_encodes_as_the_message_the_proto_file_describes() {
        // Field numbers and types as in quiz.proto, checked through the
        // generic prost types: a repeated message, a uint64, a string.
        let reply = GenerateQuestionsResponse {
            questions: vec![question(1)],
            seed: 300,
            note: "n".into(),
            ..GenerateQuestionsResponse::default()
        };
        let bytes = reply.encode_to_vec();
        let inner = question(1).encode_to_vec();
        let mut expected = vec![0x0a, u8::try_from(inner.len()).expect("short")];
        expected.extend(inner);
        expected.extend([0x10, 0xac, 0x02, 0x1a, 0x01, b'n']);
        assert_eq!(bytes, expected);
    }
}
