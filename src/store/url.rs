//! Which database to use: `--database-url` parsed once, and the default
//! SQLite file in the user's data directory.

use std::fmt;
use std::path::{Path, PathBuf};

use thiserror::Error;

/// A database URL the store can open: `sqlite://PATH` (the file is created
/// with its directory), `sqlite::memory:` (a throwaway database private to
/// this process) or `postgres://…` / `postgresql://…`.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    url: String,
    kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    SqliteFile,
    SqliteMemory,
    Postgres,
}

/// Why a database URL was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DatabaseUrlError {
    #[error(
        "`{0}` is not a database URL this server opens: use sqlite://PATH, sqlite::memory: or postgres://USER@HOST/DB"
    )]
    Scheme(String),
    #[error("`sqlite://` needs a file path after it, such as sqlite:///var/lib/summit/summit.db")]
    NoPath,
    #[error(
        "no data directory is known for this user (set XDG_DATA_HOME or HOME), so give --database-url"
    )]
    NoDataDir,
    #[error("cannot create the database directory `{path}`: {reason}")]
    CreateDir { path: PathBuf, reason: String },
}

impl DatabaseUrl {
    /// The throwaway in-memory database.
    pub fn memory() -> DatabaseUrl {
        DatabaseUrl {
            url: "sqlite::memory:".into(),
            kind: Kind::SqliteMemory,
        }
    }

    /// A SQLite file at `path`, created when first opened.
    pub fn sqlite_file(path: &Path) -> DatabaseUrl {
        DatabaseUrl {
            url: format!("sqlite://{}", path.display()),
            kind: Kind::SqliteFile,
        }
    }

    /// `summit-quiz/summit.db` in the user's data directory
    /// (`$XDG_DATA_HOME`, else `~/.local/share` on Linux), the directory
    /// created if missing.
    pub fn default_file() -> Result<DatabaseUrl, DatabaseUrlError> {
        let dir = data_dir().ok_or(DatabaseUrlError::NoDataDir)?;
        Ok(DatabaseUrl::sqlite_file(&dir.join("summit.db")))
    }

    pub fn parse(raw: &str) -> Result<DatabaseUrl, DatabaseUrlError> {
        let raw = raw.trim();
        if raw == "sqlite::memory:" || raw == "sqlite://:memory:" {
            return Ok(DatabaseUrl::memory());
        }
        if let Some(path) = raw
            .strip_prefix("sqlite://")
            .or(raw.strip_prefix("sqlite:"))
        {
            let path = path.split('?').next().unwrap_or_default();
            if path.is_empty() {
                return Err(DatabaseUrlError::NoPath);
            }
            return Ok(DatabaseUrl {
                url: raw.to_string(),
                kind: Kind::SqliteFile,
            });
        }
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            return Ok(DatabaseUrl {
                url: raw.to_string(),
                kind: Kind::Postgres,
            });
        }
        Err(DatabaseUrlError::Scheme(redact(raw)))
    }

    pub fn is_sqlite(&self) -> bool {
        self.kind != Kind::Postgres
    }

    pub fn is_memory(&self) -> bool {
        self.kind == Kind::SqliteMemory
    }

    /// The URL to connect with: a SQLite file gets `mode=rwc` (create it if
    /// missing) unless it names a mode itself.
    pub(crate) fn connect_url(&self) -> String {
        match self.kind {
            Kind::SqliteFile if !self.url.contains("mode=") => {
                let separator = if self.url.contains('?') { '&' } else { '?' };
                format!("{}{separator}mode=rwc", self.url)
            }
            _ => self.url.clone(),
        }
    }

    /// Creates the directory a SQLite file goes in.
    pub(crate) fn create_parent_dir(&self) -> Result<(), DatabaseUrlError> {
        if self.kind != Kind::SqliteFile {
            return Ok(());
        }
        let path = self
            .url
            .strip_prefix("sqlite://")
            .or(self.url.strip_prefix("sqlite:"))
            .unwrap_or_default();
        let path = Path::new(path.split('?').next().unwrap_or_default());
        match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => {
                std::fs::create_dir_all(dir).map_err(|error| DatabaseUrlError::CreateDir {
                    path: dir.to_path_buf(),
                    reason: error.to_string(),
                })
            }
            _ => Ok(()),
        }
    }
}

/// The URL with any password replaced by `***`, for logs and errors.
/// `summit-quiz` in the user's data directory (`$XDG_DATA_HOME`, else
/// `~/.local/share` on Linux): the default database's directory, where the
/// chat client also keeps its line history.
pub fn data_dir() -> Option<std::path::PathBuf> {
    dirs::data_dir().map(|dir| dir.join("summit-quiz"))
}

fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.chars().take(200).collect();
    };
    let (authority, tail) = match rest.find('/') {
        Some(at) => rest.split_at(at),
        None => (rest, ""),
    };
    let authority = match authority.rsplit_once('@') {
        Some((user_info, host)) => match user_info.split_once(':') {
            Some((user, _password)) => format!("{user}:***@{host}"),
            None => format!("{user_info}@{host}"),
        },
        None => authority.to_string(),
    };
    format!("{scheme}://{authority}{tail}")
        .chars()
        .take(200)
        .collect()
}

impl fmt::Display for DatabaseUrl {
    /// Never shows a password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact(&self.url))
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({self})")
    }
}

impl std::str::FromStr for DatabaseUrl {
    type Err = DatabaseUrlError;

    fn from_str(raw: &str) -> Result<DatabaseUrl, DatabaseUrlError> {
        DatabaseUrl::parse(raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_kinds_of_url_parse_and_anything_else_is_refused() {
        assert!(DatabaseUrl::parse("sqlite::memory:").is_ok_and(|u| u.is_memory()));
        let file = DatabaseUrl::parse("sqlite:///tmp/x/summit.db").expect("file");
        assert!(file.is_sqlite() && !file.is_memory());
        assert_eq!(file.connect_url(), "sqlite:///tmp/x/summit.db?mode=rwc");
        let pg = DatabaseUrl::parse("postgres://quiz:secret@db:5432/quiz").expect("pg");
        assert!(!pg.is_sqlite());
        assert_eq!(pg.to_string(), "postgres://quiz:***@db:5432/quiz");
        assert_eq!(
            DatabaseUrl::parse("sqlite://"),
            Err(DatabaseUrlError::NoPath)
        );
        let refused = DatabaseUrl::parse("mysql://root:hunter2@db/x").expect_err("mysql");
        assert!(!refused.to_string().contains("hunter2"), "{refused}");
    }
}
