//! The programme catalogue: what anyone may read of programmes, signed in or not. Published
//! (and running, completed) programmes are public; drafts and cancelled ones are seen by their
//! organisers only.

use chrono::Utc;
use skupaj_domain::access::{
    Actor, list_own_programmes, view_programme, view_programme_figures_in_full,
};
use skupaj_domain::enrolment::{ProgrammeFigures, programme_stats};
use skupaj_domain::programme::{Programme, ProgrammeSession};
use skupaj_domain::suppression::MinCell;
use skupaj_persistence::page::Page;
use skupaj_persistence::programmes::{self, ProgrammeFilter};
use skupaj_persistence::{Database, enrolments};
use uuid::Uuid;

use crate::{AppResult, Handle, Public};

/// Reading programmes as one viewer (or as someone not signed in).
#[derive(Debug, Clone, Copy)]
pub struct Catalogue<'a> {
    db: &'a Database,
    viewer: Option<&'a Actor>,
}

impl<'a> Handle<'a> {
    /// The programme catalogue as the actor sees it (drafts of their own organisation too).
    pub fn programme_catalogue(self) -> Catalogue<'a> {
        Catalogue {
            db: self.db(),
            viewer: Some(self.actor()),
        }
    }
}

impl<'a> Public<'a> {
    /// The programme catalogue as anyone sees it.
    pub fn programme_catalogue(self) -> Catalogue<'a> {
        Catalogue {
            db: self.db(),
            viewer: None,
        }
    }
}

impl Catalogue<'_> {
    /// One programme, if the viewer may see it.
    pub async fn get(&self, id: Uuid) -> AppResult<Option<Programme>> {
        Ok(programmes::get(self.db, id)
            .await?
            .filter(|programme| view_programme(self.viewer, programme)))
    }

    /// Programmes matching `filter`, newest first, `first` at a time: the public ones, or with
    /// `organised_by_me` those of the viewer's organisation in every status. The filter's
    /// `organised_by` is the policy's to set, not the caller's.
    pub async fn search(
        &self,
        mut filter: ProgrammeFilter,
        organised_by_me: bool,
        after: Option<Uuid>,
        first: u64,
    ) -> AppResult<Page<Programme>> {
        filter.organised_by = if organised_by_me {
            let viewer = self.viewer.ok_or(skupaj_domain::DomainError::Forbidden)?;
            Some(list_own_programmes(viewer)?)
        } else {
            None
        };
        Ok(programmes::search(self.db, &filter, after, first).await?)
    }

    /// A programme's sessions, in time order.
    pub async fn sessions(&self, programme: &Programme) -> AppResult<Vec<ProgrammeSession>> {
        Ok(programmes::sessions(self.db, programme.id).await?)
    }

    /// A programme's outcome figures: in full for its organisers; for anyone else every figure
    /// about fewer than `k` people is withheld.
    pub async fn figures(&self, programme: &Programme, k: MinCell) -> AppResult<ProgrammeFigures> {
        let (facts, attendance) = enrolments::facts(self.db, programme.id).await?;
        let stats = programme_stats(&facts, attendance, Utc::now().date_naive());
        Ok(if view_programme_figures_in_full(self.viewer, programme) {
            stats.in_full()
        } else {
            stats.suppressed(k)
        })
    }
}
