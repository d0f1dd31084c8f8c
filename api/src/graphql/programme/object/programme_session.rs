//! `ProgrammeSession`: one session of a programme.

use async_graphql::{ID, SimpleObject};
use chrono::{DateTime, Utc};
use skupaj_domain::programme;

/// One session of a programme.
#[derive(SimpleObject, Debug, Clone)]
pub struct ProgrammeSession {
    /// The session's id.
    pub id: ID,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
    /// When it ends.
    pub ends_at: DateTime<Utc>,
    /// Where, when not at the programme's venue.
    pub place: Option<String>,
}

impl From<programme::ProgrammeSession> for ProgrammeSession {
    fn from(session: programme::ProgrammeSession) -> Self {
        Self {
            id: ID(session.id.to_string()),
            starts_at: session.starts_at,
            ends_at: session.ends_at,
            place: session.place,
        }
    }
}
