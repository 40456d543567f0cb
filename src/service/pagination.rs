//! Opaque page tokens for ListFacts (AIP-158).
//!
//! The server keeps no cursor state, so a token carries the offset of the
//! next page. It also carries a checksum over that offset, the request's
//! filters and the fact set's fingerprint, so that a token replayed with
//! other filters, against another fact set, or edited by hand is refused as
//! `INVALID_ARGUMENT` instead of silently returning the wrong page. The
//! checksum catches mistakes; it is not a security boundary.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

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
