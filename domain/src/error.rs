//! Errors the rules of the domain can produce. The API maps each to one code of its closed list.

use thiserror::Error;

/// An input that breaks a rule, naming the input field it concerns (as the API spells it, e.g.
/// `contactEmail` or `workingLanguages[2]`) so a frontend can show the message next to it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{field}: {message}")]
pub struct ValidationError {
    pub field: String,
    pub message: String,
}

impl ValidationError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The same error seen from an enclosing input, e.g. `name` inside `cwcs` becomes `cwcs.name`.
    pub fn within(self, parent: &str) -> Self {
        Self {
            field: format!("{parent}.{}", self.field),
            message: self.message,
        }
    }
}

/// Why the domain refused an operation.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    #[error("invalid input: {0}")]
    Validation(#[from] ValidationError),
    /// The actor may not do this. Callers must not reveal more than that.
    #[error("not allowed")]
    Forbidden,
    /// The thing does not exist, or the actor may not know that it exists.
    #[error("not found")]
    NotFound,
    /// The operation clashes with the current state (a duplicate, a stale version).
    #[error("conflict: {0}")]
    Conflict(String),
    /// A state machine refused the step from the current status.
    #[error("invalid transition: {0}")]
    InvalidTransition(String),
    /// A limit of places or people is reached.
    #[error("capacity: {0}")]
    Capacity(String),
    /// Personal data would move without an active consent that covers it.
    #[error("consent required")]
    ConsentRequired,
}

impl DomainError {
    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation(ValidationError::new(field, message))
    }
}
