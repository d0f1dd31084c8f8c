//! Stakeholder groups: a municipality's local partnership of organisations with at least two
//! coordinators, its programmes and its referral figures.

use skupaj_domain::DomainError;
use skupaj_domain::access::{convene_group, list_organisation_groups, view_group, view_programme};
use skupaj_domain::programme::Programme;
use skupaj_domain::stakeholder_group::{StakeholderGroup, check_group};
use skupaj_persistence::referrals::ReferralStats;
use skupaj_persistence::{audit, organisations, programmes, referrals, stakeholder_groups, users};
use uuid::Uuid;

use crate::{AppResult, Handle};

/// The use cases of stakeholder groups.
#[derive(Debug, Clone, Copy)]
pub struct StakeholderGroups<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Stakeholder groups.
    pub fn stakeholder_groups(self) -> StakeholderGroups<'a> {
        StakeholderGroups(self)
    }
}

impl StakeholderGroups<'_> {
    /// Convenes a group of the actor's municipality (its admins and staff). Every member must
    /// exist (`VALIDATION` on `memberOrganisationIds[i]`), every coordinator work in the
    /// municipality or a member organisation (`VALIDATION` on `coordinatorUserIds[i]`).
    pub async fn convene(
        &self,
        name: &str,
        members: Vec<Uuid>,
        coordinators: Vec<Uuid>,
    ) -> AppResult<StakeholderGroup> {
        let db = self.0.db();
        audit::about("StakeholderGroup", None);
        let (permit, convener) = convene_group(self.0.actor())?;
        let (name, members, coordinators) = check_group(name, members, coordinators)?;
        for (i, member) in members.iter().enumerate() {
            if organisations::kind_of(db, *member).await?.is_none() {
                return Err(DomainError::validation(
                    format!("memberOrganisationIds[{i}]"),
                    "no such organisation",
                )
                .into());
            }
        }
        for (i, user) in coordinators.iter().enumerate() {
            let theirs = users::organisations_of(db, *user).await?;
            if !theirs.iter().any(|o| *o == convener || members.contains(o)) {
                return Err(DomainError::validation(
                    format!("coordinatorUserIds[{i}]"),
                    "must work in the municipality or a member organisation",
                )
                .into());
            }
        }
        Ok(stakeholder_groups::create(db, permit, name, convener, &members, &coordinators).await?)
    }

    /// The groups the actor's organisation convenes or belongs to, oldest first.
    pub async fn of_organisation(&self) -> AppResult<Vec<StakeholderGroup>> {
        let organisation = list_organisation_groups(self.0.actor())?;
        Ok(stakeholder_groups::of_organisation(self.0.db(), organisation).await?)
    }

    /// One group, for its members, convener and coordinators; `None` for anyone else, like
    /// one that does not exist.
    pub async fn one(&self, id: Uuid) -> AppResult<Option<StakeholderGroup>> {
        Ok(stakeholder_groups::get(self.0.db(), id)
            .await?
            .filter(|group| view_group(self.0.actor(), group)))
    }

    /// The group's programmes the actor may see (drafts only for their organisers), newest
    /// first.
    pub async fn programmes(&self, group: &StakeholderGroup) -> AppResult<Vec<Programme>> {
        let actor = self.0.actor();
        Ok(programmes::of_group(self.0.db(), group.id)
            .await?
            .into_iter()
            .filter(|programme| view_programme(Some(actor), programme))
            .collect())
    }

    /// The referral figures among the group's members and convener (counts only; the caller
    /// suppresses small cells before showing them).
    pub async fn referral_stats(&self, group: &StakeholderGroup) -> AppResult<ReferralStats> {
        let mut organisations = group.member_ids.clone();
        organisations.push(group.convener_id);
        Ok(referrals::stats_among(self.0.db(), &organisations).await?)
    }
}
