//! Erasing a participant's record (`domain::erasure`), in one write transaction: open referrals
//! cancelled (both sides notified), every personal value replaced or cleared, free texts about the person replaced by
//! `[erased]`, dates of their life coarsened to the month, and who erased and why kept in
//! `erasures` (the audit row points there, not at the person). A failure leaves everything as it
//! was; erasing again is refused as not found.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::erasure::{ERASED, ErasureReason, month_of};
use skupaj_domain::participant::ParticipantProfile;
use skupaj_domain::referral::CancelReason;
use uuid::Uuid;

use crate::consents::{cancel_open_referral, open_statuses};
use crate::entity::{
    erasure, life_entry, life_entry_revision, life_goal, mediation_request, mentorship,
    mentorship_meeting, participant, placement, referral, referral_event, referral_note,
    referral_note_revision, task,
};
use crate::participants::{profile_columns, reference_code};
use crate::referrals::Actor;
use crate::{Database, PersistenceError};

/// What erasing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erased {
    pub at: DateTime<Utc>,
    /// The open referrals it cancelled (reason `PARTICIPANT_ERASED`).
    pub cancelled_referrals: Vec<Uuid>,
}

/// Erases the live record `id` owned by `owner`, as the access policy allowed `actor` to.
pub async fn erase(
    db: &Database,
    permit: Permit,
    id: Uuid,
    owner: Uuid,
    actor: Actor,
    reason: &ErasureReason,
    now: DateTime<Utc>,
) -> Result<Erased, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let erased = erase_in(&txn, permit, id, owner, actor, reason, now).await?;
    crate::audit::commit(txn).await?;
    Ok(erased)
}

/// [`erase`] inside the caller's write transaction (retention checks, in the same transaction,
/// that the record is still due). The record's row is locked first (PostgreSQL), so of two
/// transactions erasing it at once the second finds it erased and answers `NotFound`.
pub(crate) async fn erase_in(
    txn: &impl ConnectionTrait,
    _permit: Permit,
    id: Uuid,
    owner: Uuid,
    actor: Actor,
    reason: &ErasureReason,
    now: DateTime<Utc>,
) -> Result<Erased, PersistenceError> {
    let record = participant::Entity::find_by_id(id)
        .filter(participant::Column::OwnerOrganisationId.eq(owner))
        .filter(participant::Column::MergedInto.is_null())
        .filter(participant::Column::ErasedAt.is_null())
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or(PersistenceError::NotFound)?;

    let referrals: Vec<(Uuid, String)> = referral::Entity::find()
        .select_only()
        .column(referral::Column::Id)
        .column(referral::Column::Status)
        .filter(referral::Column::ParticipantId.eq(id))
        .into_tuple()
        .all(txn)
        .await?;
    let referral_ids: Vec<Uuid> = referrals.iter().map(|(id, _)| *id).collect();
    // Texts first, so that the cancellations' own history entries stay.
    erase_referral_texts(txn, &referral_ids).await?;
    let open = open_statuses();
    let mut cancelled_referrals = Vec::new();
    for (referral_id, status) in &referrals {
        if open.contains(status)
            && cancel_open_referral(
                txn,
                *referral_id,
                actor,
                CancelReason::ParticipantErased,
                "record erased",
                now,
            )
            .await?
        {
            cancelled_referrals.push(*referral_id);
        }
    }

    anonymise_profile(txn, record, now).await?;
    erase_life_card(txn, id).await?;
    erase_support(txn, id).await?;
    erase_work(txn, id, &referral_ids).await?;
    crate::emergency_access::erase(txn, id, now).await?;

    let erasure_id = Uuid::now_v7();
    erasure::ActiveModel {
        id: Set(erasure_id),
        organisation_id: Set(owner),
        erased_by: Set(actor.user_id.unwrap_or_default()),
        reason: Set(reason.as_str().to_owned()),
        at: Set(now),
    }
    .insert(txn)
    .await?;
    crate::audit::created(erasure_id);
    Ok(Erased {
        at: now,
        cancelled_referrals,
    })
}

/// The profile of nobody: the preferred language stays (it identifies no one and the record
/// needs one), everything else goes, and the reference code is replaced by a fresh one so that
/// lists and exports made before cannot be joined to what stays.
async fn anonymise_profile(
    txn: &impl ConnectionTrait,
    record: participant::Model,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let kept = crate::participants::to_domain(record.clone())?;
    let nobody = ParticipantProfile {
        given_name: ERASED.to_owned(),
        family_name: None,
        birth_year: None,
        gender: None,
        email: None,
        phone: None,
        legal_status: None,
        country_of_origin: None,
        arrival_date: None,
        preferred_language: kept.profile.preferred_language,
        languages: Vec::new(),
        slovenian_level: None,
        education_level: None,
        skills: Vec::new(),
        interests: Vec::new(),
        needs: Vec::new(),
        location_preference: None,
        max_travel_km: None,
        municipality: None,
    };
    let mut row = profile_columns(&nobody);
    row.id = sea_orm::Unchanged(record.id);
    row.reference_code = Set(reference_code());
    row.erased_at = Set(Some(now));
    row.updated_at = Set(now);
    row.update(txn).await?;
    Ok(())
}

async fn erase_referral_texts(
    txn: &impl ConnectionTrait,
    referrals: &[Uuid],
) -> Result<(), PersistenceError> {
    if referrals.is_empty() {
        return Ok(());
    }
    referral::Entity::update_many()
        .col_expr(referral::Column::Reason, Expr::value(ERASED))
        .filter(referral::Column::Id.is_in(referrals.iter().copied()))
        .exec(txn)
        .await?;
    referral_note::Entity::update_many()
        .col_expr(referral_note::Column::Body, Expr::value(ERASED))
        .filter(referral_note::Column::ReferralId.is_in(referrals.iter().copied()))
        .exec(txn)
        .await?;
    // Corrected notes keep their earlier texts: those go too.
    let notes = referral_note::Entity::find()
        .select_only()
        .column(referral_note::Column::Id)
        .filter(referral_note::Column::ReferralId.is_in(referrals.iter().copied()))
        .into_tuple::<Uuid>()
        .all(txn)
        .await?;
    referral_note_revision::Entity::update_many()
        .col_expr(referral_note_revision::Column::Body, Expr::value(ERASED))
        .filter(referral_note_revision::Column::NoteId.is_in(notes))
        .exec(txn)
        .await?;
    referral_event::Entity::update_many()
        .col_expr(
            referral_event::Column::Comment,
            Expr::value(Option::<String>::None),
        )
        .filter(referral_event::Column::ReferralId.is_in(referrals.iter().copied()))
        .exec(txn)
        .await?;
    Ok(())
}

async fn erase_life_card(
    txn: &impl ConnectionTrait,
    participant: Uuid,
) -> Result<(), PersistenceError> {
    for goal in life_goal::Entity::find()
        .filter(life_goal::Column::ParticipantId.eq(participant))
        .all(txn)
        .await?
    {
        let target = goal.target_date.map(month_of);
        let mut row: life_goal::ActiveModel = goal.into();
        row.title = Set(ERASED.to_owned());
        row.target_date = Set(target);
        row.update(txn).await?;
    }
    for entry in life_entry::Entity::find()
        .filter(life_entry::Column::ParticipantId.eq(participant))
        .all(txn)
        .await?
    {
        let day = month_of(entry.occurred_on);
        life_entry_revision::Entity::update_many()
            .col_expr(life_entry_revision::Column::Note, Expr::value(ERASED))
            .filter(life_entry_revision::Column::EntryId.eq(entry.id))
            .exec(txn)
            .await?;
        let mut row: life_entry::ActiveModel = entry.into();
        row.note = Set(ERASED.to_owned());
        row.occurred_on = Set(day);
        row.update(txn).await?;
    }
    Ok(())
}

async fn erase_support(
    txn: &impl ConnectionTrait,
    participant: Uuid,
) -> Result<(), PersistenceError> {
    let pairings = mentorship::Entity::find()
        .filter(mentorship::Column::ParticipantId.eq(participant))
        .all(txn)
        .await?;
    let pairing_ids: Vec<Uuid> = pairings.iter().map(|m| m.id).collect();
    for pairing in pairings {
        let started: NaiveDate = month_of(pairing.started_on);
        let mut row: mentorship::ActiveModel = pairing.into();
        row.goals = Set(ERASED.to_owned());
        row.started_on = Set(started);
        row.update(txn).await?;
    }
    if !pairing_ids.is_empty() {
        for meeting in mentorship_meeting::Entity::find()
            .filter(mentorship_meeting::Column::MentorshipId.is_in(pairing_ids))
            .all(txn)
            .await?
        {
            let held = month_of(meeting.held_on);
            let mut row: mentorship_meeting::ActiveModel = meeting.into();
            row.notes = Set(ERASED.to_owned());
            row.held_on = Set(held);
            row.update(txn).await?;
        }
    }
    mediation_request::Entity::update_many()
        .col_expr(
            mediation_request::Column::Notes,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            mediation_request::Column::Place,
            Expr::value(Option::<String>::None),
        )
        .filter(mediation_request::Column::ParticipantId.eq(participant))
        .exec(txn)
        .await?;
    Ok(())
}

/// Tasks about the person or their referrals lose their titles; placements keep what they
/// count (occupation, contract, hours, whether the training was used) but not where the person
/// works, and start in their month.
async fn erase_work(
    txn: &impl ConnectionTrait,
    participant: Uuid,
    referrals: &[Uuid],
) -> Result<(), PersistenceError> {
    task::Entity::update_many()
        .col_expr(task::Column::Title, Expr::value(ERASED))
        .filter(
            sea_orm::Condition::any()
                .add(task::Column::ParticipantId.eq(participant))
                .add(task::Column::ReferralId.is_in(referrals.iter().copied())),
        )
        .exec(txn)
        .await?;
    for job in placement::Entity::find()
        .filter(placement::Column::ParticipantId.eq(participant))
        .all(txn)
        .await?
    {
        let starts = month_of(job.starts_on);
        let mut row: placement::ActiveModel = job.into();
        row.employer_organisation_id = Set(None);
        row.employer_name = Set(Some(ERASED.to_owned()));
        row.starts_on = Set(starts);
        row.update(txn).await?;
    }
    Ok(())
}
