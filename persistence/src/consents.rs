//! Consents, and the end of the access they gave when they are withdrawn.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::consent::{Consent, ConsentTerms};
use skupaj_domain::language::LanguageCode;
use skupaj_domain::notification::on_platform_cancel;
use skupaj_domain::referral::{CancelReason, ReferralAction, ReferralStatus};
use uuid::Uuid;

use crate::entity::{consent, referral};
use crate::error::{from_json, parse_stored, to_json};
use crate::referrals::{ActedBy, Step, write_step};
use crate::{Database, PersistenceError};
use skupaj_domain::access::platform_job;

pub async fn record(
    db: &Database,
    _permit: Permit,
    participant_id: Uuid,
    terms: &ConsentTerms,
    recorded_by: Uuid,
) -> Result<Consent, PersistenceError> {
    let consent = Consent {
        id: Uuid::now_v7(),
        participant_id,
        purpose: terms.purpose,
        covered_organisations: terms.covered_organisations.clone(),
        covered_kinds: terms.covered_kinds.clone(),
        field_groups: terms.field_groups.clone(),
        method: terms.method,
        language: terms.language.clone(),
        given_at: Utc::now(),
        expires_at: terms.expires_at,
        withdrawn_at: None,
    };
    let txn = crate::database::begin_write(db).await?;
    let row = columns(&consent, recorded_by).insert(&txn).await?;
    crate::audit::created(consent.id);
    crate::audit::commit(txn).await?;
    to_domain(row)
}

/// The row of a consent (also what `bulk` loads).
pub(crate) fn columns(c: &Consent, recorded_by: Uuid) -> consent::ActiveModel {
    consent::ActiveModel {
        id: Set(c.id),
        participant_id: Set(c.participant_id),
        purpose: Set(c.purpose.to_string()),
        covered_organisations: Set(to_json(&c.covered_organisations)),
        covered_kinds: Set(to_json(&c.covered_kinds)),
        field_groups: Set(to_json(&c.field_groups)),
        method: Set(c.method.to_string()),
        language: Set(c.language.to_string()),
        given_at: Set(c.given_at),
        expires_at: Set(c.expires_at),
        withdrawn_at: Set(c.withdrawn_at),
        recorded_by: Set(recorded_by),
    }
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<Consent>, PersistenceError> {
    consent::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_domain)
        .transpose()
}

/// Every consent of a participant, newest first.
pub async fn of_participant(
    db: &Database,
    participant_id: Uuid,
) -> Result<Vec<Consent>, PersistenceError> {
    consent::Entity::find()
        .filter(consent::Column::ParticipantId.eq(participant_id))
        .order_by_desc(consent::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// Withdraws a consent and, in the same transaction, cancels every open referral that relied
/// on it (reason `CONSENT_WITHDRAWN`, recorded in each referral's history). Returns the consent
/// and the ids of the cancelled referrals. Withdrawing twice changes nothing the second time.
pub async fn withdraw(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    acted_by: ActedBy,
    now: DateTime<Utc>,
) -> Result<(Consent, Vec<Uuid>), PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let withdrawn = consent::Entity::update_many()
        .col_expr(consent::Column::WithdrawnAt, Some(now).into())
        .filter(consent::Column::Id.eq(id))
        .filter(consent::Column::WithdrawnAt.is_null())
        .exec(&txn)
        .await?;
    let mut cancelled = Vec::new();
    if withdrawn.rows_affected == 1 {
        let open: Vec<referral::Model> = referral::Entity::find()
            .filter(referral::Column::ConsentId.eq(id))
            .filter(referral::Column::Status.is_in(open_statuses()))
            .all(&txn)
            .await?;
        for row in open {
            if cancel_open_referral(
                &txn,
                row.id,
                acted_by,
                CancelReason::ConsentWithdrawn,
                "consent withdrawn",
                now,
            )
            .await?
            {
                cancelled.push(row.id);
            }
        }
    }
    crate::audit::commit(txn).await?;
    let consent = get(db, id).await?.ok_or(PersistenceError::NotFound)?;
    Ok((consent, cancelled))
}

/// Cancels one open referral for a reason the platform sets (a withdrawn consent, an erased
/// record), with `comment` in its history. The UPDATE is guarded by the status and version just
/// read; if the referral changed meanwhile it is read again, so a concurrent accept is neither
/// overwritten nor missed. Returns whether it was cancelled.
pub(crate) async fn cancel_open_referral(
    txn: &impl ConnectionTrait,
    id: Uuid,
    acted_by: ActedBy,
    reason: CancelReason,
    comment: &str,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    for _ in 0..5 {
        let Some(current) = crate::referrals::get(txn, id).await? else {
            return Ok(false);
        };
        if !current.status.is_open() {
            return Ok(false);
        }
        let mut step = Step::new(
            &current,
            ReferralAction::Cancel,
            ReferralStatus::Cancelled,
            acted_by,
        );
        step.cancel_reason = Some(reason);
        step.comment = Some(comment.to_owned());
        step.at = now;
        // The platform sets these reasons: the cancellation follows from the withdrawal or the
        // erasure that was allowed, not from a decision of its own.
        match write_step(txn, platform_job(), &step).await {
            Ok(()) => {
                crate::notifications::raise(
                    txn,
                    &on_platform_cancel(
                        id,
                        current.from_user_id,
                        current.to_organisation_id,
                        reason,
                    ),
                )
                .await?;
                return Ok(true);
            }
            Err(PersistenceError::Stale) => continue,
            Err(other) => return Err(other),
        }
    }
    Err(PersistenceError::Stale)
}

pub(crate) fn open_statuses() -> Vec<String> {
    [
        ReferralStatus::Draft,
        ReferralStatus::Sent,
        ReferralStatus::Accepted,
        ReferralStatus::InProgress,
        ReferralStatus::OnHold,
    ]
    .iter()
    .filter(|status| status.is_open())
    .map(ToString::to_string)
    .collect()
}

fn to_domain(row: consent::Model) -> Result<Consent, PersistenceError> {
    Ok(Consent {
        id: row.id,
        participant_id: row.participant_id,
        purpose: parse_stored("consents.purpose", &row.purpose)?,
        covered_organisations: from_json(
            "consents.covered_organisations",
            &row.covered_organisations,
        )?,
        covered_kinds: from_json("consents.covered_kinds", &row.covered_kinds)?,
        field_groups: from_json("consents.field_groups", &row.field_groups)?,
        method: parse_stored("consents.method", &row.method)?,
        language: LanguageCode::parse("language", &row.language)
            .map_err(|e| PersistenceError::Corrupt(e.to_string()))?,
        given_at: row.given_at,
        expires_at: row.expires_at,
        withdrawn_at: row.withdrawn_at,
    })
}
