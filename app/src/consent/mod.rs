//! Consents: recording what a participant agreed to share, withdrawing it, and reading them.

use chrono::{DateTime, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access::{edit_participant, manage_participant};
use skupaj_domain::consent::{Consent, ConsentMethod, ConsentPurpose, ConsentTerms, FieldGroup};
use skupaj_domain::organisation::OrganisationKind;
use skupaj_persistence::referrals::Actor as ActedBy;
use skupaj_persistence::{audit, consents};
use uuid::Uuid;

use crate::{AppResult, Handle};

/// A consent as the case worker recorded it, before the domain checks it.
#[derive(Debug, Clone)]
pub struct NewConsent {
    pub purpose: ConsentPurpose,
    pub covered_organisations: Vec<Uuid>,
    pub covered_kinds: Vec<OrganisationKind>,
    pub field_groups: Vec<FieldGroup>,
    pub method: ConsentMethod,
    /// ISO 639.
    pub language: String,
    pub expires_at: Option<DateTime<Utc>>,
}

/// The use cases of participants' consents.
#[derive(Debug, Clone, Copy)]
pub struct Consents<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Participants' consents.
    pub fn consents(self) -> Consents<'a> {
        Consents(self)
    }
}

impl Consents<'_> {
    /// Records a consent the participant gave (the owner's case workers).
    pub async fn record(&self, participant_id: Uuid, new: NewConsent) -> AppResult<Consent> {
        audit::about("Consent", None);
        let participant = self.0.participants().get(participant_id).await?;
        let actor = self.0.actor();
        let permit = edit_participant(actor, participant.participant.owner_organisation_id)?;
        let now = Utc::now();
        let terms = ConsentTerms::parse(
            new.purpose,
            new.covered_organisations,
            new.covered_kinds,
            new.field_groups,
            new.method,
            &new.language,
            new.expires_at,
            now,
        )?;
        let consent =
            consents::record(self.0.db(), permit, participant_id, &terms, actor.user_id).await?;
        Ok(consent)
    }

    /// Withdraws a consent; every open referral relying on it is cancelled
    /// (`CONSENT_WITHDRAWN`). Answers the consent and the cancelled referrals.
    pub async fn withdraw(&self, consent_id: Uuid) -> AppResult<(Consent, Vec<Uuid>)> {
        audit::about("Consent", Some(consent_id));
        let db = self.0.db();
        let actor = self.0.actor();
        let consent = consents::get(db, consent_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let participant = self
            .0
            .participants()
            .get(consent.participant_id)
            .await
            .map_err(|_| DomainError::NotFound)?;
        let permit = edit_participant(actor, participant.participant.owner_organisation_id)?;
        let by = ActedBy {
            user_id: Some(actor.user_id),
            organisation_id: actor.organisation_id(),
        };
        Ok(consents::withdraw(db, permit, consent_id, by, Utc::now()).await?)
    }

    /// The consents recorded for a participant, newest first: for the owner's case workers.
    pub async fn of_participant(&self, participant: Uuid, owner: Uuid) -> AppResult<Vec<Consent>> {
        manage_participant(self.0.actor(), owner)?;
        Ok(consents::of_participant(self.0.db(), participant).await?)
    }
}

#[cfg(test)]
mod tests;
