//! Reading referrals: one, a page, figures, history and notes, each as the policy lets the
//! actor see it.

use chrono::Utc;
use skupaj_domain::DomainError;
use skupaj_domain::access::{
    can_view_referral, may_read_referral_texts, referral_scope, texts_need_consent,
};
use skupaj_domain::organisation::Organisation;
use skupaj_domain::programme::Programme;
use skupaj_domain::referral::{Referral, ReferralEvent, ReferralNote};
use skupaj_persistence::page::Page;
use skupaj_persistence::{consents, organisations, programmes, referral_page, referrals};
use uuid::Uuid;

use super::{ListedReferral, ReferralFilter, ReferralStats, Referrals, Relations};
use crate::AppResult;

impl Referrals<'_> {
    /// The referral, if the actor may see it. `Refused(NotFound)` both when there is none and
    /// when the actor may not see it (the caller records the denied read).
    pub async fn find(&self, id: Uuid) -> AppResult<Referral> {
        let db = self.0.db();
        if let Some(referral) = referrals::get(db, id).await? {
            let places = referrals::places(db, &referral).await?;
            if can_view_referral(self.0.actor(), &referral, &places) {
                return Ok(referral);
            }
        }
        Err(DomainError::NotFound.into())
    }

    /// A page of the referrals the actor may see matching `filter`, newest first, with the
    /// relations asked for read in the same statement.
    pub async fn page(
        &self,
        filter: &ReferralFilter,
        after: Option<Uuid>,
        first: u64,
        relations: Relations,
    ) -> AppResult<Page<ListedReferral>> {
        let scope = referral_scope(self.0.actor());
        Ok(referral_page::list(self.0.db(), &scope, filter, after, first, relations).await?)
    }

    /// The organisations and programmes of listed referrals in full (with their attribute and
    /// partner rows), side by side: the organisations of both sides when `organisations`, the
    /// programmes when `programmes`. Which programmes the actor may see is decided per field.
    pub async fn in_full(
        &self,
        listed: &[&Referral],
        organisations: bool,
        programmes: bool,
    ) -> AppResult<(Vec<Organisation>, Vec<Programme>)> {
        let mut organisation_ids: Vec<Uuid> = if organisations {
            listed
                .iter()
                .flat_map(|r| [r.from_organisation_id, r.to_organisation_id])
                .collect()
        } else {
            Vec::new()
        };
        organisation_ids.sort_unstable();
        organisation_ids.dedup();
        let programme_ids: Vec<Uuid> = if programmes {
            listed.iter().filter_map(|r| r.programme_id).collect()
        } else {
            Vec::new()
        };
        let db = self.0.db();
        Ok(tokio::try_join!(
            organisations::get_many(db, &organisation_ids),
            programmes::get_many(db, &programme_ids),
        )?)
    }

    /// Counts per status and the median time to first response over the referrals the actor
    /// may see matching `filter`; and whether they must be small-cell suppressed (a municipal
    /// officer's span other organisations' work).
    pub async fn stats(&self, filter: &ReferralFilter) -> AppResult<(ReferralStats, bool)> {
        let scope = referral_scope(self.0.actor());
        let stats = referrals::stats(self.0.db(), &scope, filter).await?;
        Ok((stats, scope.municipality.is_some()))
    }

    /// Whether the actor may read the referral's free texts (reason, comments, notes).
    pub async fn may_read_texts(&self, referral: &Referral) -> AppResult<bool> {
        let actor = self.0.actor();
        let consent = match texts_need_consent(actor, referral) {
            Some(id) => consents::get(self.0.db(), id).await?,
            None => None,
        };
        Ok(may_read_referral_texts(
            actor,
            referral,
            consent.as_ref(),
            Utc::now(),
        ))
    }

    /// `Ok` when the actor may read the referral's free texts, else `Refused(Forbidden)`.
    pub async fn texts(&self, referral: &Referral) -> AppResult<()> {
        if self.may_read_texts(referral).await? {
            Ok(())
        } else {
            Err(DomainError::Forbidden.into())
        }
    }

    /// The referral's history, oldest first, and whether the actor may read its comments.
    pub async fn history(&self, referral: &Referral) -> AppResult<(Vec<ReferralEvent>, bool)> {
        let party = self.may_read_texts(referral).await?;
        Ok((referrals::events(self.0.db(), referral.id).await?, party))
    }

    /// The referral's notes, oldest first; `Refused(Forbidden)` for anyone but the two sides.
    pub async fn notes(&self, referral: &Referral) -> AppResult<Vec<ReferralNote>> {
        self.texts(referral).await?;
        Ok(referrals::notes(self.0.db(), referral.id).await?)
    }
}
