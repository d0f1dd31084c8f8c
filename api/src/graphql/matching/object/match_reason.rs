//! `MatchReason`: one reason behind a match, as a code with what it names.

use async_graphql::SimpleObject;
use skupaj_domain::matching::Reason;

use crate::graphql::matching::enums::MatchReasonCode;

/// One reason behind a match, as a code with what it names.
#[derive(SimpleObject)]
pub struct MatchReason {
    /// What kind of reason it is.
    pub code: MatchReasonCode,
    /// What it names: the interests or skills (`MATCHES_INTERESTS`, `BUILDS_ON_SKILLS`,
    /// `NEEDS_THEIR_SKILLS`, `IN_THEIR_INTERESTS`), the number of open jobs (`LABOUR_DEMAND`,
    /// `OPENINGS`), the distance in km (`WITHIN_REACH`), the language
    /// (`TAUGHT_IN_THEIR_LANGUAGE`, `SPEAKS_REQUIRED_LANGUAGE`) or the occupation
    /// (`TRAINED_FOR`); empty for the others.
    pub values: Vec<String>,
}

impl From<&Reason> for MatchReason {
    fn from(reason: &Reason) -> Self {
        Self {
            code: MatchReasonCode::of(reason),
            values: reason.values(),
        }
    }
}
