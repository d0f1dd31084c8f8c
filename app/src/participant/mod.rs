//! Participants: who may see whom ([`visibility`]), and the use cases on a participant's
//! record.

mod visibility;

pub use visibility::ParticipantView;
pub(crate) use visibility::visible;

use chrono::Utc;
use uuid::Uuid;

use crate::{AppResult, Handle};

/// The use cases on participants' records.
#[derive(Debug, Clone, Copy)]
pub struct Participants<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Participants, as the actor may see them.
    pub fn participants(self) -> Participants<'a> {
        Participants(self)
    }
}

impl Participants<'_> {
    /// These participants as the actor may see them; those the actor may not see at all are
    /// left out.
    pub async fn views_of(&self, ids: &[Uuid]) -> AppResult<Vec<ParticipantView>> {
        let found = skupaj_persistence::participants::get_many(self.0.db(), ids).await?;
        Ok(visible(self.0.db(), self.0.actor(), found, Utc::now()).await?)
    }
}
