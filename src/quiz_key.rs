//! The server's quiz key: what binds a quiz's questions to that quiz.
//!
//! A plain question id (`q1_…`) is stateless: anyone holding it can grade
//! it with CheckAnswer or get a hint. Inside an open quiz that would be a
//! cheat (ask CheckAnswer for the current question's answer, then submit
//! it), so a quiz never hands out plain ids:
//! - every question a quiz serves carries a *sealed* id (`qz1_…`): the quiz
//!   id and the plain id, encrypted and authenticated under this key
//!   ([`QuizKey::seal`]). It reveals nothing, cannot be forged or edited,
//!   and opens ([`QuizKey::open`]) only on a server holding the key, which
//!   then asks the store whether the quiz has recorded that answer yet;
//! - a quiz's questions are generated from a keyed derivation of its seed
//!   ([`QuizKey::quiz_seed`]), so GenerateQuestions with the seed a quiz
//!   reports does not reproduce its plain ids either.
//!
//! The construction is SIV-style with HMAC-SHA-256 only: the tag is a MAC
//! of the plaintext, and the keystream is a MAC of the tag, so sealing is
//! deterministic (the same question in the same quiz always has the same
//! id, which resends rely on) and any change to the id fails the tag.
//! Replicas must share the key: see `--quiz-key` and the store's key.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::session::QuizId;

type HmacSha256 = Hmac<Sha256>;

/// Every sealed id starts with this.
const PREFIX: &str = "qz1_";
/// Plain ids start with this; their base64 body is what gets sealed.
const PLAIN_PREFIX: &str = "q1_";
const TAG_LEN: usize = 16;
const QUIZ_LEN: usize = 16;
/// Far above any sealed id (a plain id is at most 80 characters).
pub const MAX_SEALED_LEN: usize = 200;

/// A 256-bit secret. `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct QuizKey([u8; 32]);

impl std::fmt::Debug for QuizKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("QuizKey(<secret>)")
    }
}

/// Why a configured secret was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum QuizKeyError {
    #[error(
        "the quiz key must be at least {MIN_SECRET_BYTES} bytes (e.g. 32 random bytes as hex), got {0}"
    )]
    TooShort(usize),
}

/// The shortest secret accepted from configuration.
pub const MIN_SECRET_BYTES: usize = 16;

/// Why a string is not a sealed id of this server.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SealError {
    #[error("it is not a quiz question id (those start with `{PREFIX}`)")]
    NotSealed,
    #[error(
        "it is not a quiz question id this server issued (altered, truncated, or sealed under another key)"
    )]
    Invalid,
}

/// What a sealed id says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// The quiz that served the question.
    pub quiz: QuizId,
    /// The plain question id, for rebuilding the question.
    pub question_id: String,
}

impl QuizKey {
    /// A key derived from a configured secret (any text of at least
    /// [`MIN_SECRET_BYTES`] bytes; every replica must be given the same).
    pub fn from_secret(secret: &str) -> Result<QuizKey, QuizKeyError> {
        let secret = secret.trim();
        if secret.len() < MIN_SECRET_BYTES {
            return Err(QuizKeyError::TooShort(secret.len()));
        }
        let mut hasher = Sha256::new();
        hasher.update(b"summit-quiz quiz key v1\0");
        hasher.update(secret.as_bytes());
        Ok(QuizKey(hasher.finalize().into()))
    }

    /// A fresh random key (for a database that has none yet, or a
    /// throwaway in-memory server).
    pub fn random() -> QuizKey {
        QuizKey(rand::random())
    }

    /// The key as 64 hex digits, for storing it.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Reads [`QuizKey::to_hex`] back.
    pub fn from_hex(hex: &str) -> Option<QuizKey> {
        let hex = hex.trim();
        if hex.len() != 64 {
            return None;
        }
        let mut key = [0u8; 32];
        for (i, byte) in key.iter_mut().enumerate() {
            *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(QuizKey(key))
    }

    fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        // HMAC takes keys of any length; this cannot fail.
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&self.0).expect("HMAC takes any key");
        for part in parts {
            mac.update(part);
        }
        mac.finalize().into_bytes().into()
    }

    /// The seed a quiz's questions are generated from, given the seed the
    /// quiz reports: unpredictable without the key, never 0.
    pub fn quiz_seed(&self, seed: u64) -> u64 {
        let mac = self.mac(&[b"seed", &seed.to_be_bytes()]);
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&mac[..8]);
        u64::from_be_bytes(eight).max(1)
    }

    fn keystream_xor(&self, tag: &[u8], data: &mut [u8]) {
        for (block, chunk) in data.chunks_mut(32).enumerate() {
            let stream = self.mac(&[b"enc", tag, &[u8::try_from(block).unwrap_or(u8::MAX)]]);
            for (byte, key) in chunk.iter_mut().zip(stream) {
                *byte ^= key;
            }
        }
    }

    /// The id quiz `quiz` serves for the plain question id `question_id`.
    /// `None` only if `question_id` is not a plain id (a bug upstream).
    pub fn seal(&self, quiz: &QuizId, question_id: &str) -> Option<String> {
        let body = question_id.strip_prefix(PLAIN_PREFIX)?;
        let plain = URL_SAFE_NO_PAD.decode(body).ok()?;
        let quiz_bits = u128::from_str_radix(quiz.as_str().strip_prefix("quiz_")?, 16).ok()?;
        let mut data = Vec::with_capacity(QUIZ_LEN + plain.len());
        data.extend_from_slice(&quiz_bits.to_be_bytes());
        data.extend_from_slice(&plain);
        let tag = self.mac(&[b"tag", &data]);
        let tag = &tag[..TAG_LEN];
        self.keystream_xor(tag, &mut data);
        let mut sealed = Vec::with_capacity(TAG_LEN + data.len());
        sealed.extend_from_slice(tag);
        sealed.extend_from_slice(&data);
        Some(format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(sealed)))
    }

    /// Whether `id` has the form of a sealed id (it may still not open).
    pub fn looks_sealed(id: &str) -> bool {
        id.trim().starts_with(PREFIX)
    }

    /// Opens a sealed id, checking it was sealed under this key unchanged.
    pub fn open(&self, id: &str) -> Result<Sealed, SealError> {
        let id = id.trim();
        let body = id.strip_prefix(PREFIX).ok_or(SealError::NotSealed)?;
        if id.len() > MAX_SEALED_LEN {
            return Err(SealError::Invalid);
        }
        let bytes = URL_SAFE_NO_PAD
            .decode(body)
            .map_err(|_| SealError::Invalid)?;
        if bytes.len() <= TAG_LEN + QUIZ_LEN {
            return Err(SealError::Invalid);
        }
        let (tag, data) = bytes.split_at(TAG_LEN);
        let mut data = data.to_vec();
        self.keystream_xor(tag, &mut data);
        let mut check = <HmacSha256 as Mac>::new_from_slice(&self.0).expect("HMAC takes any key");
        check.update(b"tag");
        check.update(&data);
        check
            .verify_truncated_left(tag)
            .map_err(|_| SealError::Invalid)?;
        let (quiz, plain) = data.split_at(QUIZ_LEN);
        let mut sixteen = [0u8; QUIZ_LEN];
        sixteen.copy_from_slice(quiz);
        let quiz = QuizId::parse(&format!("quiz_{:032x}", u128::from_be_bytes(sixteen)))
            .map_err(|_| SealError::Invalid)?;
        Ok(Sealed {
            quiz,
            question_id: format!("{PLAIN_PREFIX}{}", URL_SAFE_NO_PAD.encode(plain)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::question::{Difficulty, QuestionKind};
    use crate::question_id::IdParts;

    fn plain(seed: u32) -> String {
        IdParts {
            revision: 7,
            source: 3,
            kind: QuestionKind::ShortAnswer,
            difficulty: Difficulty::Hard,
            facts: vec![1, 2, 3, 4, 5, 6, 7, 8],
            seed,
        }
        .encode()
    }

    #[test]
    fn a_sealed_id_opens_to_its_quiz_and_question_and_is_deterministic() {
        let key = QuizKey::random();
        let quiz = QuizId::new(std::time::SystemTime::now());
        let sealed = key.seal(&quiz, &plain(9)).expect("seals");
        assert!(sealed.starts_with("qz1_"));
        assert!(sealed.len() <= MAX_SEALED_LEN, "{}", sealed.len());
        assert_eq!(key.seal(&quiz, &plain(9)), Some(sealed.clone()));
        assert_eq!(
            key.open(&sealed),
            Ok(Sealed {
                quiz: quiz.clone(),
                question_id: plain(9)
            })
        );
        assert!(!sealed.contains(&plain(9)[3..]));
        assert_ne!(
            key.seal(&QuizId::new(std::time::SystemTime::now()), &plain(9)),
            Some(sealed)
        );
    }

    #[test]
    fn an_altered_or_foreign_sealed_id_does_not_open() {
        let key = QuizKey::random();
        let sealed = key
            .seal(&QuizId::new(std::time::SystemTime::now()), &plain(1))
            .expect("seals");
        assert_eq!(QuizKey::random().open(&sealed), Err(SealError::Invalid));
        let mut chars: Vec<char> = sealed.chars().collect();
        let i = chars.len() - 5;
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let altered: String = chars.into_iter().collect();
        assert_eq!(key.open(&altered), Err(SealError::Invalid));
        assert_eq!(key.open(&plain(1)), Err(SealError::NotSealed));
        assert_eq!(key.open("qz1_AAAA"), Err(SealError::Invalid));
    }

    #[test]
    fn keys_come_from_long_enough_secrets_and_round_trip_as_hex() {
        assert_eq!(
            QuizKey::from_secret("short"),
            Err(QuizKeyError::TooShort(5))
        );
        let a = QuizKey::from_secret("a shared secret of some length").expect("long enough");
        let b = QuizKey::from_secret("a shared secret of some length").expect("long enough");
        assert_eq!(a, b);
        assert_eq!(QuizKey::from_hex(&a.to_hex()), Some(a.clone()));
        assert_eq!(QuizKey::from_hex("zz"), None);
        assert!(!format!("{a:?}").contains(&a.to_hex()));
        assert_ne!(a.quiz_seed(5), 5);
        assert_eq!(a.quiz_seed(5), b.quiz_seed(5));
    }
}
