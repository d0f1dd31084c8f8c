//! Rectification: a text corrected keeps what it said before as a revision.

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The text a correction replaced, who replaced it and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub id: Uuid,
    /// What the record said before the correction.
    pub text: String,
    pub replaced_at: DateTime<Utc>,
    pub replaced_by_user_id: Uuid,
    pub replaced_by_organisation_id: Uuid,
}
