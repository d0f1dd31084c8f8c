//! Rectification (GDPR art. 16): correcting a life-card entry or a referral note. The text
//! replaced is kept as a revision, shown with the record to whoever sees it.

use skupaj_domain::DomainError;
use skupaj_domain::access::{correct_life_entry, correct_referral_note, visible_life_domains};
use skupaj_domain::life_card::LifeEntry;
use skupaj_domain::referral::{ReferralNote, required_text};
use skupaj_domain::text;
use skupaj_persistence::audit;
use skupaj_persistence::rectification::{self, Corrector};
use uuid::Uuid;

use crate::{AppResult, Handle};

/// The use cases of corrections.
#[derive(Debug, Clone, Copy)]
pub struct Corrections<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Correcting what was written.
    pub fn corrections(self) -> Corrections<'a> {
        Corrections(self)
    }
}

impl Corrections<'_> {
    /// Corrects a life-card entry's note. `NotFound` when the actor does not see the entry
    /// (participant and domain), `Forbidden` when they may not correct it, `Validation` on
    /// `note` (also when unchanged), `Stale` when someone corrected it meanwhile.
    pub async fn life_entry(&self, id: Uuid, note: &str) -> AppResult<LifeEntry> {
        audit::about("LifeEntry", Some(id));
        let actor = self.0.actor();
        let db = self.0.db();
        let entry = rectification::life_entry(db, id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let view = match self.0.participants().get(entry.participant_id).await {
            Ok(view) if visible_life_domains(actor, &view.relation).contains(&entry.domain) => view,
            Ok(_) | Err(crate::AppError::Refused(DomainError::NotFound)) => {
                return Err(DomainError::NotFound.into());
            }
            Err(other) => return Err(other),
        };
        let (organisation, permit) = correct_life_entry(
            actor,
            &entry,
            view.participant.owner_organisation_id,
            &view.relation,
        )?;
        let note = text::required("note", note, 2000)?;
        if note == entry.note {
            return Err(DomainError::validation("note", "is the note as it stands").into());
        }
        let by = Corrector {
            user_id: actor.user_id,
            organisation_id: organisation,
        };
        Ok(rectification::correct_life_entry(db, permit, &entry, note, by).await?)
    }

    /// Corrects a referral note. `NotFound` when the actor may not see the referral or read
    /// its notes, `Forbidden` when they may not correct this one, `Validation` on `body` (also
    /// when unchanged), `Stale` when someone corrected it meanwhile.
    pub async fn referral_note(&self, id: Uuid, body: &str) -> AppResult<ReferralNote> {
        audit::about("ReferralNote", Some(id));
        let actor = self.0.actor();
        let db = self.0.db();
        let note = rectification::referral_note(db, id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let referrals = self.0.referrals();
        let referral = referrals.find(note.referral_id).await?;
        if !referrals.may_read_texts(&referral).await? {
            return Err(DomainError::NotFound.into());
        }
        let (organisation, permit) = correct_referral_note(actor, &note, &referral)?;
        let body = required_text("body", body)?;
        if body == note.body {
            return Err(DomainError::validation("body", "is the note as it stands").into());
        }
        let by = Corrector {
            user_id: actor.user_id,
            organisation_id: organisation,
        };
        Ok(rectification::correct_referral_note(db, permit, &note, body, by).await?)
    }
}
