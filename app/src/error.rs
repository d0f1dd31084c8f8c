//! What a use case can answer instead of its result.

use skupaj_domain::DomainError;
use skupaj_persistence::PersistenceError;

/// Why a use case did not do what was asked: the policy or a domain rule refused it, or
/// storage could not (not found, changed meanwhile, unavailable).
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Refused(#[from] DomainError),
    #[error(transparent)]
    Storage(#[from] PersistenceError),
}

/// The result of a use case.
pub type AppResult<T> = Result<T, AppError>;
