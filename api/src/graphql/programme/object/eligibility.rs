//! `Eligibility`: who may take part in a programme.

use async_graphql::SimpleObject;

use crate::graphql::participant::LegalStatus;
use crate::graphql::programme::object::LanguageRequirement;

/// Who may take part. Empty lists and absent bounds mean anyone.
#[derive(SimpleObject, Debug, Clone)]
pub struct Eligibility {
    /// Legal statuses accepted; empty means any.
    pub legal_statuses: Vec<LegalStatus>,
    /// A minimum language level.
    pub min_language: Option<LanguageRequirement>,
    /// Minimum age in years.
    pub min_age: Option<u8>,
    /// Maximum age in years.
    pub max_age: Option<u8>,
}
