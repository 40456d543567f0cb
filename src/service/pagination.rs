//! Opaque page tokens for ListFacts and ListAttempts (AIP-158).
//!
//! The server keeps no cursor state, so a token carries the offset of the
//! next page. It also carries a checksum over that offset, the request's
//! filters and the fact set's fingerprint, so that a token replayed with
//! other filters, against another fact set, or edited by hand is refused as
//! `INVALID_ARGUMENT` instead of silently returning the wrong page. The
//! checksum catches mistakes; it is not a security boundary.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::store::AttemptKey;

/// Bumped if the token layout ever changes, so old tokens are refused cleanly.
const VERSION: u8 = 1;
/// version (1) + offset (4) + checksum (8).
const TOKEN_BYTES: usize = 13;

/// What a page token is bound to: the filters and the fact set it was issued for.
#[derive(Debug, Clone, Copy)]
pub struct PageScope<'a> {
    pub source_id: &'a str,
    pub topic: &'a str,
    pub fingerprint: u32,
}

impl PageScope<'_> {
    /// FNV-1a over everything a token must agree with. Filters are
    /// length-prefixed so ("ab", "c") and ("a", "bc") differ.
    fn checksum(&self, offset: u32) -> u64 {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut feed = |bytes: &[u8]| {
            for &byte in bytes {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
            }
        };
        feed(&[VERSION]);
        feed(&offset.to_be_bytes());
        feed(&self.fingerprint.to_be_bytes());
        for filter in [self.source_id, self.topic] {
            feed(&(filter.len() as u64).to_be_bytes());
            feed(filter.as_bytes());
        }
        hash
    }

    /// The token for the page starting at `offset`.
    pub fn token_for(&self, offset: u32) -> String {
        let mut bytes = Vec::with_capacity(TOKEN_BYTES);
        bytes.push(VERSION);
        bytes.extend_from_slice(&offset.to_be_bytes());
        bytes.extend_from_slice(&self.checksum(offset).to_be_bytes());
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// The offset a token points at. An empty token is the first page.
    pub fn offset_of(&self, token: &str) -> Result<u32, PageTokenError> {
        if token.is_empty() {
            return Ok(0);
        }
        let bytes = URL_SAFE_NO_PAD
            .decode(token)
            .map_err(|_| PageTokenError::Garbled)?;
        let Ok(bytes) = <[u8; TOKEN_BYTES]>::try_from(bytes.as_slice()) else {
            return Err(PageTokenError::Garbled);
        };
        let [version, o0, o1, o2, o3, checksum @ ..] = bytes;
        if version != VERSION {
            return Err(PageTokenError::Garbled);
        }
        let offset = u32::from_be_bytes([o0, o1, o2, o3]);
        if u64::from_be_bytes(checksum) != self.checksum(offset) {
            return Err(PageTokenError::OtherQuery);
        }
        Ok(offset)
    }
}

/// FNV-1a, as [`PageScope::checksum`] uses.
fn fnv(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &byte in *part {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// The layout version of ListAttempts tokens (ListFacts tokens are 1).
const ATTEMPTS_VERSION: u8 = 2;

/// A ListAttempts token: the key of the last attempt of the previous page
/// (pages resume after it, so answers recorded meanwhile shift nothing),
/// bound by checksum to the learner it was issued for.
pub fn attempts_token(learner: &str, key: &AttemptKey) -> String {
    let mut bytes = vec![ATTEMPTS_VERSION];
    bytes.extend_from_slice(&key.answered_ms.to_be_bytes());
    bytes.extend_from_slice(&key.position.to_be_bytes());
    bytes.extend_from_slice(key.quiz_id.as_bytes());
    let checksum = attempts_checksum(learner, &bytes);
    bytes.extend_from_slice(&checksum.to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

fn attempts_checksum(learner: &str, body: &[u8]) -> u64 {
    fnv(&[
        &(learner.len() as u64).to_be_bytes(),
        learner.as_bytes(),
        body,
    ])
}

/// Where a ListAttempts page resumes; `None` for an empty token (the first
/// page).
pub fn attempts_after(learner: &str, token: &str) -> Result<Option<AttemptKey>, PageTokenError> {
    if token.is_empty() {
        return Ok(None);
    }
    // Quiz ids are 37 bytes; anything much longer is not a token of ours.
    if token.len() > 128 {
        return Err(PageTokenError::Garbled);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(token)
        .map_err(|_| PageTokenError::Garbled)?;
    if bytes.len() < 1 + 8 + 8 + 8 || bytes[0] != ATTEMPTS_VERSION {
        return Err(PageTokenError::Garbled);
    }
    let (body, checksum) = bytes.split_at(bytes.len() - 8);
    let checksum = u64::from_be_bytes(checksum.try_into().map_err(|_| PageTokenError::Garbled)?);
    if checksum != attempts_checksum(learner, body) {
        return Err(PageTokenError::OtherLearner);
    }
    let number = |range: std::ops::Range<usize>| {
        body.get(range)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map(i64::from_be_bytes)
            .ok_or(PageTokenError::Garbled)
    };
    let quiz_id = std::str::from_utf8(&body[17..]).map_err(|_| PageTokenError::Garbled)?;
    Ok(Some(AttemptKey {
        answered_ms: number(1..9)?,
        position: number(9..17)?,
        quiz_id: quiz_id.to_string(),
    }))
}

/// Why a page token was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PageTokenError {
    #[error("not a page token this service issued; pass next_page_token back unchanged")]
    Garbled,
    #[error(
        "the page token belongs to a ListFacts call with other filters (or was altered); \
         repeat the filters of the call that returned it, or start again without a token"
    )]
    OtherQuery,
    #[error(
        "the page token belongs to a ListAttempts call for another learner (or was altered); \
         repeat the learner of the call that returned it, or start again without a token"
    )]
    OtherLearner,
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCOPE: PageScope<'static> = PageScope {
        source_id: "",
        topic: "grant",
        fingerprint: 7,
    };

    #[test]
    fn a_token_round_trips_to_its_offset() {
        assert_eq!(SCOPE.offset_of(&SCOPE.token_for(40)), Ok(40));
        assert_eq!(SCOPE.offset_of(""), Ok(0));
    }

    #[test]
    fn a_token_replayed_with_other_filters_is_refused() {
        let token = SCOPE.token_for(20);
        let other = PageScope {
            topic: "trade",
            ..SCOPE
        };
        assert_eq!(other.offset_of(&token), Err(PageTokenError::OtherQuery));
        let other_facts = PageScope {
            fingerprint: 8,
            ..SCOPE
        };
        assert_eq!(
            other_facts.offset_of(&token),
            Err(PageTokenError::OtherQuery)
        );
    }

    #[test]
    fn an_edited_token_is_refused() {
        let mut bytes = URL_SAFE_NO_PAD.decode(SCOPE.token_for(20)).expect("base64");
        bytes[4] ^= 1;
        let edited = URL_SAFE_NO_PAD.encode(bytes);
        assert_eq!(SCOPE.offset_of(&edited), Err(PageTokenError::OtherQuery));
    }

    #[test]
    fn an_attempts_token_round_trips_for_its_learner_only() {
        let key = AttemptKey {
            answered_ms: 1_800_000_000_123,
            quiz_id: "quiz_0123456789abcdef0123456789abcdef".into(),
            position: 7,
        };
        let token = attempts_token("Dana", &key);
        assert_eq!(attempts_after("Dana", &token), Ok(Some(key)));
        assert_eq!(attempts_after("Dana", ""), Ok(None));
        assert_eq!(
            attempts_after("Eli", &token),
            Err(PageTokenError::OtherLearner)
        );
        for garbage in ["!!!", "abc", &SCOPE.token_for(3), &"A".repeat(200)] {
            assert_eq!(
                attempts_after("Dana", garbage),
                Err(PageTokenError::Garbled),
                "{garbage}"
            );
        }
    }

    #[test]
    fn garbage_is_refused() {
        for garbage in ["!!!", "abc", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "é"] {
            assert_eq!(
                SCOPE.offset_of(garbage),
                Err(PageTokenError::Garbled),
                "{garbage}"
            );
        }
    }
}
