//! `LanguageRequirement`: a minimum level in one language.

use async_graphql::SimpleObject;

use crate::graphql::participant::CefrLevel;

/// A minimum level in one language.
#[derive(SimpleObject, Debug, Clone)]
pub struct LanguageRequirement {
    /// ISO 639 code.
    pub language: String,
    /// The minimum CEFR level.
    pub level: CefrLevel,
}
