//! Named API keys: the file format, its validation, and constant-time lookup.
//!
//! The file holds one key per line as `NAME:KEY`. Blank lines and lines
//! starting with `#` are ignored. Names are 1–64 characters of ASCII letters,
//! digits, `.`, `_` and `-`; keys are 32–256 visible ASCII characters (for
//! example `openssl rand -hex 32`). A name is what logs, rate limits and
//! metrics show; a key is never logged.

use std::fmt;
use std::sync::Arc;

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use thiserror::Error;

/// The shortest key accepted: 32 characters (128 bits as hex).
pub const MIN_KEY_LEN: usize = 32;
/// The longest key accepted, so a key always fits in a request header.
pub const MAX_KEY_LEN: usize = 256;
/// The longest key name: names become metric labels and log fields.
pub const MAX_NAME_LEN: usize = 64;

/// Why an API key file was refused. Messages name lines and key names, never
/// key material.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ApiKeysError {
    #[error("line {line}: expected NAME:KEY")]
    NoSeparator { line: usize },
    #[error("line {line}: the key name is empty")]
    EmptyName { line: usize },
    #[error(
        "line {line}: key name `{name}` must be at most {MAX_NAME_LEN} ASCII letters, digits, `.`, `_` or `-`"
    )]
    BadName { line: usize, name: String },
    #[error("line {line}: the key of `{name}` is shorter than {MIN_KEY_LEN} characters")]
    ShortKey { line: usize, name: String },
    #[error(
        "line {line}: the key of `{name}` is longer than {MAX_KEY_LEN} characters or has spaces or non-ASCII characters"
    )]
    BadKey { line: usize, name: String },
    #[error("line {line}: key name `{name}` is used twice")]
    DuplicateName { line: usize, name: String },
    #[error("line {line}: the key of `{name}` is the same as the key of `{first}`")]
    DuplicateKey {
        line: usize,
        name: String,
        first: String,
    },
    #[error("the file holds no keys")]
    Empty,
}

/// The name a request authenticated as: its key's name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KeyName(Arc<str>);

impl KeyName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for KeyName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One named key. Only its SHA-256 digest is kept, so comparisons take the
/// same time whatever the presented key's length, and the key itself is not
/// in memory after loading.
struct NamedKey {
    name: KeyName,
    digest: [u8; 32],
}

/// The valid keys of a server.
pub struct ApiKeys {
    keys: Vec<NamedKey>,
}

/// Never prints digests, only names.
impl fmt::Debug for ApiKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.keys.iter().map(|key| key.name.as_str()))
            .finish()
    }
}

fn digest(key: &str) -> [u8; 32] {
    Sha256::digest(key.as_bytes()).into()
}

fn valid_name(name: &str) -> bool {
    name.len() <= MAX_NAME_LEN
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

impl ApiKeys {
    /// Parses and validates a key file's text.
    pub fn parse(text: &str) -> Result<ApiKeys, ApiKeysError> {
        let mut keys: Vec<NamedKey> = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let (name, key) = trimmed
                .split_once(':')
                .ok_or(ApiKeysError::NoSeparator { line })?;
            let (name, key) = (name.trim(), key.trim());
            if name.is_empty() {
                return Err(ApiKeysError::EmptyName { line });
            }
            if !valid_name(name) {
                let name: String = name.chars().take(MAX_NAME_LEN).collect();
                return Err(ApiKeysError::BadName {
                    line,
                    name: name.escape_debug().to_string(),
                });
            }
            let name = name.to_string();
            if key.len() > MAX_KEY_LEN || !key.bytes().all(|b| b.is_ascii_graphic()) {
                return Err(ApiKeysError::BadKey { line, name });
            }
            if key.len() < MIN_KEY_LEN {
                return Err(ApiKeysError::ShortKey { line, name });
            }
            let digest = digest(key);
            if keys.iter().any(|k| k.name.as_str() == name) {
                return Err(ApiKeysError::DuplicateName { line, name });
            }
            if let Some(first) = keys.iter().find(|k| k.digest == digest) {
                let first = first.name.to_string();
                return Err(ApiKeysError::DuplicateKey { line, name, first });
            }
            keys.push(NamedKey {
                name: KeyName(name.into()),
                digest,
            });
        }
        if keys.is_empty() {
            return Err(ApiKeysError::Empty);
        }
        Ok(ApiKeys { keys })
    }

    /// The names of the keys, for the start-up log.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(|key| key.name.as_str())
    }

    /// The name of the key `presented`, if it is one. Every key is compared,
    /// in constant time, whether or not an earlier one matched.
    pub fn identify(&self, presented: &str) -> Option<KeyName> {
        let presented = digest(presented);
        let mut found = None;
        for key in &self.keys {
            if bool::from(key.digest.ct_eq(&presented)) {
                found = Some(key.name.clone());
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY_A: &str = "0123456789abcdef0123456789abcdef";
    const KEY_B: &str = "fedcba9876543210fedcba9876543210";

    #[test]
    fn a_key_file_maps_each_key_to_its_name_and_ignores_comments() {
        let keys = ApiKeys::parse(&format!(
            "# reporting jobs\nreports:{KEY_A}\n\n  web-app : {KEY_B}  \n"
        ))
        .expect("valid");
        assert_eq!(keys.names().collect::<Vec<_>>(), ["reports", "web-app"]);
        assert_eq!(
            keys.identify(KEY_A).map(|n| n.to_string()),
            Some("reports".into())
        );
        assert_eq!(
            keys.identify(KEY_B).map(|n| n.to_string()),
            Some("web-app".into())
        );
        assert_eq!(keys.identify(&KEY_A[1..]), None);
        assert_eq!(keys.identify(""), None);
    }

    #[test]
    fn bad_key_files_are_refused_with_the_line_and_without_the_key() {
        let cases = [
            (
                format!("reports {KEY_A}"),
                ApiKeysError::NoSeparator { line: 1 },
            ),
            (format!(":{KEY_A}"), ApiKeysError::EmptyName { line: 1 }),
            (
                format!("a b:{KEY_A}"),
                ApiKeysError::BadName {
                    line: 1,
                    name: "a b".into(),
                },
            ),
            (
                "reports:short".into(),
                ApiKeysError::ShortKey {
                    line: 1,
                    name: "reports".into(),
                },
            ),
            (
                format!("reports:{KEY_A} {KEY_B}"),
                ApiKeysError::BadKey {
                    line: 1,
                    name: "reports".into(),
                },
            ),
            (
                format!("a:{KEY_A}\n#\na:{KEY_B}"),
                ApiKeysError::DuplicateName {
                    line: 3,
                    name: "a".into(),
                },
            ),
            (
                format!("a:{KEY_A}\nb:{KEY_A}"),
                ApiKeysError::DuplicateKey {
                    line: 2,
                    name: "b".into(),
                    first: "a".into(),
                },
            ),
            ("# nothing\n\n".into(), ApiKeysError::Empty),
        ];
        for (text, expected) in cases {
            let error = ApiKeys::parse(&text).expect_err(&text);
            assert_eq!(error, expected, "{text}");
            let message = error.to_string();
            assert!(
                !message.contains(KEY_A) && !message.contains(KEY_B),
                "{message}"
            );
        }
    }

    #[test]
    fn debug_output_names_keys_but_shows_no_key_material() {
        let keys = ApiKeys::parse(&format!("reports:{KEY_A}")).expect("valid");
        let shown = format!("{keys:?}");
        assert_eq!(shown, "[\"reports\"]");
    }
}
