//! Opaque, stateless question ids.
//!
//! An id encodes how to rebuild its question, never the answer: the fact-set
//! revision it was issued against, the source (article) it asks about, the
//! kind, the difficulty, the facts asked about *by their ids* (a 32-bit hash
//! of each fact id, not a position) and the rendering seed. Any replica, or
//! the same server after a restart, rebuilds the identical question from it
//! and can grade it without storing anything. Because facts are named by id,
//! adding an article or editing one fact leaves every other fact's ids
//! rebuildable; the revision lets a server that keeps older fact sets (see
//! `crate::revisions`) rebuild an edited fact's old question exactly. A
//! checksum tells a mistyped or truncated id (malformed) from one naming a
//! fact no fact set has (unknown).
//!
//! [`IdParts`] is the id itself; [`QuestionSpec`] is the same question with
//! facts as positions in one fact base, what generation works with.
//! `FactBase::encode_spec` and `FactBase::decode_spec` convert.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use thiserror::Error;

use crate::question::{Difficulty, QuestionKind};

/// Every id starts with this, so ids are recognisable in logs.
const PREFIX: &str = "q1_";
/// Layout version inside the payload: 2 names facts by id hashes.
const VERSION: u8 = 2;
/// Fixed part: version, revision, source, kind, difficulty, seed, fact count.
const HEADER_LEN: usize = 1 + 4 + 2 + 1 + 1 + 4 + 1;
const CHECKSUM_LEN: usize = 4;
/// Matching questions use at most five facts; leave room for growth.
pub const MAX_FACTS: usize = 8;
/// Longer strings cannot be ids; refuse them before decoding anything.
/// (Eight facts make 70 characters.)
pub const MAX_ID_LEN: usize = 80;

/// One question as generation sees it: facts as positions in one fact base.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct QuestionSpec {
    /// The fact-set revision the id was (or will be) issued against.
    pub fingerprint: u32,
    pub kind: QuestionKind,
    pub difficulty: Difficulty,
    /// Indices into `FactBase::facts`, main fact first.
    pub facts: Vec<u16>,
    /// Seeds the choice of wording, distractors and option order.
    pub seed: u32,
}

impl QuestionSpec {
    /// A spec over facts given by their positions in the fact base; a
    /// position no id can hold (over `u16::MAX`) is left out.
    pub fn over(
        fingerprint: u32,
        kind: QuestionKind,
        difficulty: Difficulty,
        positions: impl IntoIterator<Item = usize>,
        seed: u32,
    ) -> QuestionSpec {
        QuestionSpec {
            fingerprint,
            kind,
            difficulty,
            facts: positions
                .into_iter()
                .filter_map(|i| u16::try_from(i).ok())
                .collect(),
            seed,
        }
    }
}

/// What an id says, decoded: everything needed to rebuild one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdParts {
    /// The fact set's revision ([`crate::facts::FactBase::fingerprint`]).
    pub revision: u32,
    /// [`source_key`] of the main fact's source.
    pub source: u16,
    pub kind: QuestionKind,
    pub difficulty: Difficulty,
    /// [`fact_key`] of each fact, main fact first.
    pub facts: Vec<u32>,
    pub seed: u32,
}

/// A fact's name inside ids: FNV-1a of its id. Fact bases refuse two ids
/// with one key, so within a base the key names one fact.
pub fn fact_key(fact_id: &str) -> u32 {
    checksum(fact_id.as_bytes())
}

/// A source's name inside ids: the low 16 bits of FNV-1a of its id.
pub fn source_key(source_id: &str) -> u16 {
    (checksum(source_id.as_bytes()) & 0xffff) as u16
}

/// Why a string is not a question id.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum IdError {
    #[error("the id is empty")]
    Empty,
    #[error("the id is longer than {MAX_ID_LEN} characters")]
    TooLong,
    #[error("question ids start with `{PREFIX}`")]
    BadPrefix,
    #[error("the id is not valid base64url")]
    BadEncoding,
    #[error("the id is truncated or has extra characters")]
    BadLength,
    #[error("the id's checksum does not match (mistyped or altered)")]
    BadChecksum,
    #[error("the id has an unknown layout version")]
    BadVersion,
    #[error("the id names an unknown question kind or difficulty")]
    BadEnum,
}

impl IdParts {
    /// Encodes the parts as an opaque id.
    ///
    /// ```
    /// use summit_quiz::question::{Difficulty, QuestionKind};
    /// use summit_quiz::question_id::{IdParts, fact_key, source_key};
    ///
    /// let parts = IdParts {
    ///     revision: 7,
    ///     source: source_key("summit"),
    ///     kind: QuestionKind::ShortAnswer,
    ///     difficulty: Difficulty::Hard,
    ///     facts: vec![fact_key("treaty-city")],
    ///     seed: 42,
    /// };
    /// let id = parts.encode();
    /// assert!(id.starts_with("q1_"));
    /// assert_eq!(IdParts::decode(&id), Ok(parts));
    /// ```
    pub fn encode(&self) -> String {
        let facts = &self.facts[..self.facts.len().min(MAX_FACTS)];
        let mut bytes = Vec::with_capacity(HEADER_LEN + facts.len() * 4 + CHECKSUM_LEN);
        bytes.push(VERSION);
        bytes.extend_from_slice(&self.revision.to_be_bytes());
        bytes.extend_from_slice(&self.source.to_be_bytes());
        bytes.push(self.kind.code());
        bytes.push(self.difficulty.code());
        bytes.extend_from_slice(&self.seed.to_be_bytes());
        bytes.push(u8::try_from(facts.len()).unwrap_or(0));
        for fact in facts {
            bytes.extend_from_slice(&fact.to_be_bytes());
        }
        let checksum = checksum(&bytes);
        bytes.extend_from_slice(&checksum.to_be_bytes());
        format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
    }

    /// Decodes an id. Only structure is checked here; whether the facts
    /// exist is for a fact base to say.
    pub fn decode(id: &str) -> Result<IdParts, IdError> {
        let id = id.trim();
        if id.is_empty() {
            return Err(IdError::Empty);
        }
        if id.len() > MAX_ID_LEN {
            return Err(IdError::TooLong);
        }
        let body = id.strip_prefix(PREFIX).ok_or(IdError::BadPrefix)?;
        let bytes = URL_SAFE_NO_PAD
            .decode(body)
            .map_err(|_| IdError::BadEncoding)?;
        if bytes.len() < HEADER_LEN + CHECKSUM_LEN {
            return Err(IdError::BadLength);
        }
        let (payload, sum) = bytes.split_at(bytes.len() - CHECKSUM_LEN);
        if sum != checksum(payload).to_be_bytes() {
            return Err(IdError::BadChecksum);
        }
        if payload[0] != VERSION {
            return Err(IdError::BadVersion);
        }
        let fact_count = usize::from(payload[HEADER_LEN - 1]);
        if fact_count == 0 || fact_count > MAX_FACTS || payload.len() != HEADER_LEN + fact_count * 4
        {
            return Err(IdError::BadLength);
        }
        let kind = QuestionKind::from_code(payload[7]).ok_or(IdError::BadEnum)?;
        let difficulty = Difficulty::from_code(payload[8]).ok_or(IdError::BadEnum)?;
        let facts = payload[HEADER_LEN..]
            .chunks_exact(4)
            .map(|four| u32::from_be_bytes([four[0], four[1], four[2], four[3]]))
            .collect();
        Ok(IdParts {
            revision: u32::from_be_bytes([payload[1], payload[2], payload[3], payload[4]]),
            source: u16::from_be_bytes([payload[5], payload[6]]),
            kind,
            difficulty,
            facts,
            seed: u32::from_be_bytes([payload[9], payload[10], payload[11], payload[12]]),
        })
    }
}

/// FNV-1a; catches typos and truncation, not a security measure (forging an
/// id only yields a question the service would have asked anyway).
fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5_u32, |hash, &byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn spec() -> IdParts {
        IdParts {
            revision: 0xdead_beef,
            source: 0xbeef,
            kind: QuestionKind::Matching,
            difficulty: Difficulty::Hard,
            facts: vec![3, 17, 42, 7, u32::MAX],
            seed: 123_456,
        }
    }

    #[test]
    fn an_encoded_spec_decodes_to_itself() {
        let id = spec().encode();
        assert!(id.starts_with("q1_"));
        assert!(id.len() <= MAX_ID_LEN);
        assert_eq!(IdParts::decode(&id), Ok(spec()));
    }

    #[test]
    fn a_mistyped_id_fails_its_checksum() {
        let id = spec().encode();
        let mut chars: Vec<char> = id.chars().collect();
        let last = chars.len() - 3;
        chars[last] = if chars[last] == 'A' { 'B' } else { 'A' };
        let altered: String = chars.into_iter().collect();
        assert!(matches!(
            IdParts::decode(&altered),
            Err(IdError::BadChecksum | IdError::BadEncoding)
        ));
    }

    #[test]
    fn strings_that_are_not_ids_are_told_apart() {
        assert_eq!(IdParts::decode(""), Err(IdError::Empty));
        assert_eq!(IdParts::decode("hello"), Err(IdError::BadPrefix));
        assert_eq!(IdParts::decode("q1_***"), Err(IdError::BadEncoding));
        assert_eq!(IdParts::decode("q1_AAAA"), Err(IdError::BadLength));
        assert_eq!(IdParts::decode(&"q".repeat(81)), Err(IdError::TooLong));
    }

    proptest! {
        #[test]
        fn any_spec_round_trips(
            revision in any::<u32>(),
            source in any::<u16>(),
            kind in 0usize..6,
            difficulty in 0usize..3,
            facts in proptest::collection::vec(any::<u32>(), 1..=MAX_FACTS),
            seed in any::<u32>(),
        ) {
            let spec = IdParts {
                revision,
                source,
                kind: QuestionKind::ALL[kind],
                difficulty: Difficulty::ALL[difficulty],
                facts,
                seed,
            };
            let id = spec.encode();
            prop_assert!(id.len() <= MAX_ID_LEN);
            prop_assert_eq!(IdParts::decode(&id), Ok(spec));
        }

        #[test]
        fn decoding_arbitrary_text_never_panics(text in "\\PC{0,90}") {
            let _ = IdParts::decode(&text);
        }
    }
}
