//! CheckAnswer's reply type, `summit.v1.CheckAnswerResponse`, written by
//! hand so that a server can send the parts of a grade its question gives
//! (the canonical answer, the explanation and the cited sentences: most of
//! the reply's bytes) as encoded once per question, and map and encode
//! only what the answer decides (correct, score, feedback). A client
//! decodes it into [`CheckAnswerResponse::grade`] as before.

use prost::Message;
use prost::bytes::{Buf, BufMut, Bytes};
use prost::encoding::{DecodeContext, WireType};

use crate::proto::Grade;

/// The reply's field number (see `proto/summit/v1/quiz.proto`).
const GRADE: u32 = 1;
/// `summit.v1.Grade`'s fields that an answer decides.
const CORRECT: u32 = 1;
const SCORE: u32 = 2;
const FEEDBACK: u32 = 4;

/// The fields of a grade its question gives, encoded as `summit.v1.Grade`
/// fields: the canonical answer (field 3) and, after the feedback, the
/// explanation, the citation and the citations (fields 5 to 7). The same
/// for every answer to the question. Cheap to clone.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct GradeParts {
    canonical_answer: Bytes,
    after_feedback: Bytes,
}

impl GradeParts {
    /// The question's parts of `grade` (its `correct`, `score` and
    /// `feedback` are not read), encoded.
    pub fn of(grade: &Grade) -> GradeParts {
        let canonical_answer = Grade {
            canonical_answer: grade.canonical_answer.clone(),
            ..Grade::default()
        };
        let after_feedback = Grade {
            explanation: grade.explanation.clone(),
            citation: grade.citation.clone(),
            citations: grade.citations.clone(),
            ..Grade::default()
        };
        GradeParts {
            canonical_answer: Bytes::from(canonical_answer.encode_to_vec()),
            after_feedback: Bytes::from(after_feedback.encode_to_vec()),
        }
    }
}

/// A grade as an answer's verdict on top of its question's encoded parts.
#[derive(Clone, PartialEq, Debug)]
struct Marked {
    correct: bool,
    score: f64,
    feedback: String,
    parts: GradeParts,
}

impl Marked {
    /// The length of the grade's own encoding (without field 1's key and
    /// length). Fields at their default are not sent, as prost does.
    fn grade_len(&self) -> usize {
        let correct = if self.correct {
            prost::encoding::bool::encoded_len(CORRECT, &self.correct)
        } else {
            0
        };
        let score = if self.score == 0.0 {
            0
        } else {
            prost::encoding::double::encoded_len(SCORE, &self.score)
        };
        let feedback = if self.feedback.is_empty() {
            0
        } else {
            prost::encoding::string::encoded_len(FEEDBACK, &self.feedback)
        };
        correct
            + score
            + self.parts.canonical_answer.len()
            + feedback
            + self.parts.after_feedback.len()
    }

    /// Field 1 of the reply, in field order as prost writes a `Grade`.
    fn encode(&self, buf: &mut impl BufMut) {
        prost::encoding::encode_key(GRADE, WireType::LengthDelimited, buf);
        prost::encoding::encode_varint(self.grade_len() as u64, buf);
        if self.correct {
            prost::encoding::bool::encode(CORRECT, &self.correct, buf);
        }
        if self.score != 0.0 {
            prost::encoding::double::encode(SCORE, &self.score, buf);
        }
        buf.put_slice(&self.parts.canonical_answer);
        if !self.feedback.is_empty() {
            prost::encoding::string::encode(FEEDBACK, &self.feedback, buf);
        }
        buf.put_slice(&self.parts.after_feedback);
    }

    fn encoded_len(&self) -> usize {
        let len = self.grade_len();
        prost::encoding::key_len(GRADE) + prost::encoding::encoded_len_varint(len as u64) + len
    }
}

/// Response for CheckAnswer.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct CheckAnswerResponse {
    /// The verdict. `None` in a reply built by
    /// [`CheckAnswerResponse::with_parts`].
    pub grade: Option<Grade>,
    marked: Option<Marked>,
}

impl CheckAnswerResponse {
    /// A reply whose grade is the verdict `correct`, `score`, `feedback`
    /// on a question whose parts are `parts`; it encodes to the same bytes
    /// as one holding that whole grade.
    pub fn with_parts(
        correct: bool,
        score: f64,
        feedback: String,
        parts: GradeParts,
    ) -> CheckAnswerResponse {
        CheckAnswerResponse {
            grade: None,
            marked: Some(Marked {
                correct,
                score,
                feedback,
                parts,
            }),
        }
    }
}

impl Message for CheckAnswerResponse {
    fn encode_raw(&self, buf: &mut impl BufMut) {
        if let Some(grade) = &self.grade {
            prost::encoding::message::encode(GRADE, grade, buf);
        }
        if let Some(marked) = &self.marked {
            marked.encode(buf);
        }
    }

    fn merge_field(
        &mut self,
        tag: u32,
        wire_type: WireType,
        buf: &mut impl Buf,
        ctx: DecodeContext,
    ) -> Result<(), prost::DecodeError> {
        super::merge_optional(GRADE, &mut self.grade, tag, wire_type, buf, ctx)
    }

    fn encoded_len(&self) -> usize {
        super::optional_len(GRADE, &self.grade)
            + self.marked.as_ref().map_or(0, Marked::encoded_len)
    }

    fn clear(&mut self) {
        self.grade = None;
        self.marked = None;
    }
}

#[cfg(test)]
mod tests {
    use prost_types::field_descriptor_proto::{Label, Type};

    use super::*;
    use crate::proto::Citation;

    fn citation(n: u32) -> Citation {
        Citation {
            source_id: "summit".into(),
            sentence_index: n,
            text: format!("Sentence {n} of the article, {}.", "long ".repeat(30)),
        }
    }

    /// Grades with every field at its default or not, and long enough
    /// that the grade's length takes two bytes.
    fn grades() -> Vec<Grade> {
        let mut grades = Vec::new();
        for (correct, score) in [(true, 1.0), (false, 0.0), (false, 0.5)] {
            for feedback in ["", "Correct: minor spelling slip (you wrote \"Astna\")."] {
                for canonical_answer in ["", "Astana"] {
                    for citations in [vec![], vec![citation(2)], vec![citation(2), citation(5)]] {
                        grades.push(Grade {
                            correct,
                            score,
                            canonical_answer: canonical_answer.into(),
                            feedback: feedback.into(),
                            explanation: "The article says (sentence 2): ...".into(),
                            citation: citations.first().cloned(),
                            citations,
                        });
                    }
                }
            }
        }
        grades
    }

    #[test]
    fn a_reply_of_a_verdict_and_encoded_parts_is_byte_for_byte_the_reply_of_the_grade() {
        for grade in grades() {
            let plain = CheckAnswerResponse {
                grade: Some(grade.clone()),
                ..CheckAnswerResponse::default()
            };
            let parted = CheckAnswerResponse::with_parts(
                grade.correct,
                grade.score,
                grade.feedback.clone(),
                GradeParts::of(&grade),
            );
            assert_eq!(parted.encode_to_vec(), plain.encode_to_vec(), "{grade:?}");
            assert_eq!(parted.encoded_len(), plain.encode_to_vec().len());
            let decoded = CheckAnswerResponse::decode(&*parted.encode_to_vec()).expect("decodes");
            assert_eq!(decoded, plain);
        }
    }

    #[test]
    fn the_parts_of_a_grade_do_not_depend_on_its_verdict() {
        let grade = grades().remove(0);
        let wrong = Grade {
            correct: false,
            score: 0.0,
            feedback: "Not quite.".into(),
            ..grade.clone()
        };
        assert_eq!(GradeParts::of(&grade), GradeParts::of(&wrong));
    }

    #[test]
    fn the_proto_file_declares_the_fields_the_reply_encodes() {
        assert_eq!(
            super::super::declared_fields("CheckAnswerResponse"),
            [(
                "grade".to_string(),
                1,
                Type::Message,
                Label::Optional,
                ".summit.v1.Grade".to_string()
            )]
        );
        let grade: Vec<(String, i32, Type)> = super::super::declared_fields("Grade")
            .into_iter()
            .map(|(name, number, kind, _, _)| (name, number, kind))
            .collect();
        let expected = [
            ("correct", 1, Type::Bool),
            ("score", 2, Type::Double),
            ("canonical_answer", 3, Type::String),
            ("feedback", 4, Type::String),
            ("explanation", 5, Type::String),
            ("citation", 6, Type::Message),
            ("citations", 7, Type::Message),
        ]
        .map(|(name, number, kind)| (name.to_string(), number, kind));
        assert_eq!(grade, expected);
    }
}
