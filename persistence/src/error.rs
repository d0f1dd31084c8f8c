//! What can go wrong in storage, in terms the API can map to its error codes.

use sea_orm::{DbErr, SqlErr};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum PersistenceError {
    #[error("not found")]
    NotFound,
    /// A uniqueness rule refused the write (an e-mail already in use, a repeated membership).
    #[error("{0} already exists")]
    Duplicate(&'static str),
    /// A limit of places or people is reached.
    #[error("full: {0}")]
    Full(String),
    /// The consent an operation relies on was withdrawn or has expired.
    #[error("the consent is no longer active")]
    ConsentGone,
    /// The row changed since the caller read it (optimistic locking refused the write).
    #[error("the record was changed by someone else")]
    Stale,
    /// A stored value no longer parses into the domain: a bug or a manual edit, never user input.
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    /// A rule of the domain refused the write on what the transaction read (a merge that would
    /// show someone more than before, say); nothing was written.
    #[error(transparent)]
    Refused(#[from] skupaj_domain::DomainError),
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl PersistenceError {
    /// Turns a unique-constraint violation into `Duplicate(what)`, leaving other errors as they are.
    pub(crate) fn unique(err: DbErr, what: &'static str) -> Self {
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => Self::Duplicate(what),
            _ => Self::Database(err),
        }
    }
}

/// Parses a stored closed-set value back into its domain type.
pub(crate) fn parse_stored<T: std::str::FromStr>(
    column: &str,
    value: &str,
) -> Result<T, PersistenceError> {
    value
        .parse()
        .map_err(|_| PersistenceError::Corrupt(format!("{column} holds an unknown value")))
}

/// Encodes a list for a JSON text column.
pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".to_owned())
}

/// Decodes a JSON text column.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(
    column: &str,
    value: &str,
) -> Result<T, PersistenceError> {
    serde_json::from_str(value)
        .map_err(|_| PersistenceError::Corrupt(format!("{column} is not the expected JSON")))
}

/// Parses an optional stored closed-set value.
pub(crate) fn parse_optional<T: std::str::FromStr>(
    column: &str,
    value: Option<&str>,
) -> Result<Option<T>, PersistenceError> {
    value.map(|v| parse_stored(column, v)).transpose()
}
