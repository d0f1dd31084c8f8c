//! Look-ups by id for the API's dataloaders: records as stored, many at a time, so a page of N
//! items costs a fixed number of statements. They decide nothing: the field that shows a
//! record asks the policy first (a participant goes through `participant::visible` instead).

use std::collections::HashMap;

use skupaj_domain::organisation::Organisation;
use skupaj_domain::programme::Programme;
use skupaj_domain::rectification::Revision;
use skupaj_domain::user::User;
use skupaj_persistence::{Database, caseloads, organisations, participants, programmes};
use skupaj_persistence::{rectification, users};
use uuid::Uuid;

pub use skupaj_persistence::referral_page::ListedReferral;

use crate::{AppResult, Public};

/// Records by id, for the dataloaders of one request.
#[derive(Debug, Clone, Copy)]
pub struct Lookups<'a>(&'a Database);

impl<'a> Public<'a> {
    /// Records by id, for dataloaders (which serve signed-in and anonymous requests alike).
    pub fn lookups(self) -> Lookups<'a> {
        Lookups(self.db())
    }
}

impl Lookups<'_> {
    /// Organisations, with their attributes.
    pub async fn organisations(&self, ids: &[Uuid]) -> AppResult<Vec<Organisation>> {
        Ok(organisations::get_many(self.0, ids).await?)
    }

    /// Programmes, with their partners.
    pub async fn programmes(&self, ids: &[Uuid]) -> AppResult<Vec<Programme>> {
        Ok(programmes::get_many(self.0, ids).await?)
    }

    /// Users.
    pub async fn users(&self, ids: &[Uuid]) -> AppResult<Vec<User>> {
        Ok(users::get_many(self.0, ids).await?)
    }

    /// The revisions of life-card entries, oldest first, by entry.
    pub async fn life_entry_revisions(
        &self,
        ids: &[Uuid],
    ) -> AppResult<HashMap<Uuid, Vec<Revision>>> {
        Ok(rectification::life_entry_revisions(self.0, ids).await?)
    }

    /// The revisions of referral notes, oldest first, by note.
    pub async fn referral_note_revisions(
        &self,
        ids: &[Uuid],
    ) -> AppResult<HashMap<Uuid, Vec<Revision>>> {
        Ok(rectification::referral_note_revisions(self.0, ids).await?)
    }

    /// Participants' reference codes, by participant.
    pub async fn reference_codes(&self, ids: &[Uuid]) -> AppResult<HashMap<Uuid, String>> {
        Ok(participants::reference_codes(self.0, ids).await?)
    }

    /// The case worker (a user id) of participants that have one, by participant.
    pub async fn case_workers(&self, ids: &[Uuid]) -> AppResult<HashMap<Uuid, Uuid>> {
        Ok(caseloads::case_workers(self.0, ids).await?)
    }

    /// The assignee (a user id) of incoming referrals that have one, by referral.
    pub async fn referral_assignees(&self, ids: &[Uuid]) -> AppResult<HashMap<Uuid, Uuid>> {
        Ok(caseloads::referral_assignees(self.0, ids).await?)
    }
}
