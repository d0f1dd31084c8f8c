//! Participants: who may see whom ([`visibility`]), and the use cases on a participant's
//! record: finding and listing them, registering, editing, merging and erasing.

mod visibility;

pub use visibility::ParticipantView;
pub(crate) use visibility::visible;

use std::collections::BTreeSet;

use chrono::Utc;
use skupaj_domain::DomainError;
use skupaj_domain::access::{
    ParticipantFacet, caseload_organisation, edit_participant, erase_participant,
    manage_participant, merge_participants, participant_scope, register_participant, view_history,
};
use skupaj_domain::enrolment::Enrolment;
use skupaj_domain::erasure::ErasureReason;
use skupaj_domain::mentorship::Mentorship;
use skupaj_domain::participant::{Participant, ParticipantInput};
use skupaj_domain::placement::Placement;
use skupaj_domain::search::Search;
use skupaj_persistence::page::Page;
use skupaj_persistence::referrals::Actor as ActedBy;
use skupaj_persistence::{
    audit, enrolments, erasure, mentorships, participant_merge, participants, placements,
};
use uuid::Uuid;

pub use skupaj_persistence::erasure::Erased;

use crate::{AppResult, Handle};

/// What registering a participant did: the new record (none when possible duplicates were
/// found and the registration was not confirmed), and the people the organisation already
/// holds whom it may describe again.
#[derive(Debug)]
pub struct Registration {
    pub participant: Option<ParticipantView>,
    /// (id, reference code) of each possible duplicate.
    pub possible_duplicates: Vec<(Uuid, String)>,
}

/// A participant's programmes (every enrolment) and placements.
#[derive(Debug)]
pub struct History {
    pub enrolments: Vec<Enrolment>,
    pub placements: Vec<Placement>,
}

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
        let found = participants::get_many(self.0.db(), ids).await?;
        Ok(visible(self.0.db(), self.0.actor(), found, Utc::now()).await?)
    }

    /// One participant as the actor may see them, or `NotFound` (also when the actor may not
    /// see them, so that existence does not leak).
    pub async fn get(&self, id: Uuid) -> AppResult<ParticipantView> {
        self.views_of(&[id])
            .await?
            .pop()
            .ok_or_else(|| DomainError::NotFound.into())
    }

    /// One participant as the actor may see them; a record merged into another answers the
    /// record it was merged into, when the actor may see that one.
    pub async fn find(&self, id: Uuid) -> AppResult<Option<ParticipantView>> {
        if let Some(view) = self.views_of(&[id]).await?.pop() {
            return Ok(Some(view));
        }
        match participants::merged_into(self.0.db(), id).await? {
            Some(survivor) => Ok(self.views_of(&[survivor]).await?.pop()),
            None => Ok(None),
        }
    }

    /// A page of the participants the actor may see, oldest first, narrowed by `search` on
    /// what the actor sees of each (never on a part of a record they were not given).
    pub async fn list(
        &self,
        search: Option<&Search>,
        after: Option<Uuid>,
        first: u64,
    ) -> AppResult<Page<ParticipantView>> {
        let (db, actor, now) = (self.0.db(), self.0.actor(), Utc::now());
        let page =
            participants::list_related(db, participant_scope(actor), search, now, after, first)
                .await?;
        let views = visible(db, actor, page.items, now).await?;
        Ok(Page {
            items: views
                .into_iter()
                .filter(|view| {
                    search.is_none_or(|search| search.matches(&view.participant, &view.facets))
                })
                .collect(),
            has_next_page: page.has_next_page,
        })
    }

    /// A page of the actor's caseload (the participants whose case worker they are), oldest
    /// first, as far as they may still see them. `Forbidden` for roles that carry no cases.
    pub async fn caseload(
        &self,
        after: Option<Uuid>,
        first: u64,
    ) -> AppResult<Page<ParticipantView>> {
        let (db, actor, now) = (self.0.db(), self.0.actor(), Utc::now());
        caseload_organisation(actor)?;
        let scope = participant_scope(actor);
        let page = participants::list_caseload(db, scope, actor.user_id, now, after, first).await?;
        Ok(Page {
            items: visible(db, actor, page.items, now).await?,
            has_next_page: page.has_next_page,
        })
    }

    /// Registers a participant owned by the actor's organisation, with the actor as their case
    /// worker. When the organisation already holds people the profile may describe again, it
    /// answers them and registers nobody, unless `confirmed`.
    pub async fn register(
        &self,
        input: ParticipantInput,
        confirmed: bool,
    ) -> AppResult<Registration> {
        audit::about("Participant", None);
        let (owner, permit) = register_participant(self.0.actor())?;
        let profile = input.validate(Utc::now().date_naive())?;
        let db = self.0.db();
        let possible_duplicates: Vec<(Uuid, String)> =
            participants::possible_duplicates(db, owner, &profile)
                .await?
                .into_iter()
                .map(|held| (held.id, held.reference_code))
                .collect();
        if !possible_duplicates.is_empty() && !confirmed {
            return Ok(Registration {
                participant: None,
                possible_duplicates,
            });
        }
        let registrar = self.0.actor().user_id;
        let created = participants::create(db, permit, owner, &profile, Some(registrar)).await?;
        Ok(Registration {
            participant: Some(self.get(created.id).await?),
            possible_duplicates,
        })
    }

    /// Replaces a participant's profile (the owner's case workers).
    pub async fn update(&self, id: Uuid, input: ParticipantInput) -> AppResult<ParticipantView> {
        audit::about("Participant", Some(id));
        let current = self.get(id).await?;
        let permit = edit_participant(self.0.actor(), current.participant.owner_organisation_id)?;
        let profile = input.validate(Utc::now().date_naive())?;
        participants::update(self.0.db(), permit, id, &profile).await?;
        self.get(id).await
    }

    /// Merges `retired` into `survivor`, both owned by the actor's organisation; `Conflict`
    /// (and nothing moves) when the merge would show anyone more than before.
    pub async fn merge(&self, survivor: Uuid, retired: Uuid) -> AppResult<ParticipantView> {
        audit::about("Participant", Some(survivor));
        let kept = self.get(survivor).await?;
        let gone = self.get(retired).await?;
        let owner = kept.participant.owner_organisation_id;
        let permit = merge_participants(
            self.0.actor(),
            owner,
            gone.participant.owner_organisation_id,
        )?;
        participant_merge::merge(self.0.db(), permit, owner, survivor, retired, Utc::now()).await?;
        self.get(survivor).await
    }

    /// Erases a participant's record (the owner's admins). The audit entry points at the
    /// erasure, never at whom it erased.
    pub async fn erase(&self, id: Uuid, reason: &str) -> AppResult<Erased> {
        audit::about("Erasure", None);
        let actor = self.0.actor();
        let record = self.get(id).await?;
        let owner = record.participant.owner_organisation_id;
        let permit = erase_participant(actor, owner)?;
        let reason = ErasureReason::parse(reason)?;
        let by = ActedBy {
            user_id: Some(actor.user_id),
            organisation_id: actor.organisation_id(),
        };
        Ok(erasure::erase(self.0.db(), permit, id, owner, by, &reason, Utc::now()).await?)
    }

    /// The participant's mentorships, newest first: for the owner's case workers.
    pub async fn mentorships(&self, participant: &Participant) -> AppResult<Vec<Mentorship>> {
        manage_participant(self.0.actor(), participant.owner_organisation_id)?;
        Ok(mentorships::of_participant(self.0.db(), participant.id).await?)
    }

    /// The participant's programmes and placements, for viewers who see their circumstances.
    pub async fn history(
        &self,
        participant: Uuid,
        facets: &BTreeSet<ParticipantFacet>,
    ) -> AppResult<History> {
        view_history(facets)?;
        let (db, id) = (self.0.db(), participant);
        Ok(History {
            enrolments: enrolments::of_participant(db, id).await?,
            placements: placements::of_participant(db, id).await?,
        })
    }
}

#[cfg(test)]
mod tests;
