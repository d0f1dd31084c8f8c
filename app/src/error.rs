//! What a use case can answer instead of its result.

use skupaj_domain::referral::TransitionError;
use skupaj_domain::{DomainError, ValidationError};
use skupaj_persistence::PersistenceError;

/// Why a use case did not do what was asked: the policy or a domain rule refused it, or
/// storage could not (not found, changed meanwhile, unavailable).
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Refused(#[from] DomainError),
    #[error(transparent)]
    Storage(#[from] PersistenceError),
    /// Signing in (or refreshing, or acting for an account) failed; the reason is worded so
    /// that it never tells whether an account exists.
    #[error("unauthenticated: {0}")]
    Unauthenticated(&'static str),
    /// Too many failed attempts from this account or address within the window.
    #[error("rate limited")]
    RateLimited,
    /// Something unexpected (a hash that cannot be computed, a task that died).
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// An input that breaks a rule is the domain's refusal, so a use case can `?` a validation.
impl From<ValidationError> for AppError {
    fn from(err: ValidationError) -> Self {
        Self::Refused(err.into())
    }
}

/// A referral step the state machine refuses (the other side's, or not from this status).
impl From<TransitionError> for AppError {
    fn from(err: TransitionError) -> Self {
        Self::Refused(err.into())
    }
}

/// The result of a use case.
pub type AppResult<T> = Result<T, AppError>;
