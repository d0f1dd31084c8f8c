//! `Revision`: what a corrected text said before (rectification).

use async_graphql::{ID, Object};
use chrono::{DateTime, Utc};
use skupaj_domain::rectification;

/// A text a correction replaced.
#[derive(Debug, Clone)]
pub struct Revision(pub rectification::Revision);

/// What a life-card entry or referral note said before a correction, who corrected it and when.
/// Shown to whoever sees the record.
#[Object]
impl Revision {
    /// The revision's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The text before the correction.
    async fn text(&self) -> &str {
        &self.0.text
    }

    /// When it was replaced.
    async fn replaced_at(&self) -> DateTime<Utc> {
        self.0.replaced_at
    }

    /// The user who corrected it.
    async fn replaced_by_user_id(&self) -> ID {
        ID(self.0.replaced_by_user_id.to_string())
    }

    /// The organisation they corrected it for.
    async fn replaced_by_organisation_id(&self) -> ID {
        ID(self.0.replaced_by_organisation_id.to_string())
    }
}

/// The revisions of a record from one of the request's loaders.
pub(crate) fn revisions(found: Option<Vec<rectification::Revision>>) -> Vec<Revision> {
    found
        .unwrap_or_default()
        .into_iter()
        .map(Revision)
        .collect()
}
