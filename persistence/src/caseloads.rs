//! Caseloads: a participant's case worker, and the staff member an incoming referral is
//! assigned to. An assignment and its notification commit in one transaction with the audit
//! entry.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use skupaj_domain::access::Permit;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::notification;
use uuid::Uuid;

use crate::entity::{caseload, membership, referral_assignment, user};
use crate::{Database, PersistenceError, notifications};

/// Whether `user` is active and carries cases (case manager, staff or admin) in
/// `organisation`: who may hold a caseload, an incoming referral or a task there.
pub async fn carries_cases_in(
    db: &Database,
    user_id: Uuid,
    organisation: Uuid,
) -> Result<bool, PersistenceError> {
    let member = membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .filter(membership::Column::OrganisationId.eq(organisation))
        .filter(membership::Column::Role.is_in([
            MembershipRole::CaseManager.to_string(),
            MembershipRole::Staff.to_string(),
            MembershipRole::OrgAdmin.to_string(),
        ]))
        .select_only()
        .column(membership::Column::UserId)
        .into_tuple::<Uuid>()
        .one(db)
        .await?;
    if member.is_none() {
        return Ok(false);
    }
    let active = user::Entity::find_by_id(user_id)
        .filter(user::Column::Active.eq(true))
        .select_only()
        .column(user::Column::Id)
        .into_tuple::<Uuid>()
        .one(db)
        .await?;
    Ok(active.is_some())
}

/// The case worker of each of these participants that has one, in one statement.
pub async fn case_workers(
    db: &Database,
    participants: &[Uuid],
) -> Result<HashMap<Uuid, Uuid>, PersistenceError> {
    let rows: Vec<(Uuid, Uuid)> = caseload::Entity::find()
        .filter(caseload::Column::ParticipantId.is_in(participants.iter().copied()))
        .select_only()
        .column(caseload::Column::ParticipantId)
        .column(caseload::Column::UserId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// The assignee of each of these referrals that has one, in one statement.
pub async fn referral_assignees(
    db: &Database,
    referrals: &[Uuid],
) -> Result<HashMap<Uuid, Uuid>, PersistenceError> {
    let rows: Vec<(Uuid, Uuid)> = referral_assignment::Entity::find()
        .filter(referral_assignment::Column::ReferralId.is_in(referrals.iter().copied()))
        .select_only()
        .column(referral_assignment::Column::ReferralId)
        .column(referral_assignment::Column::UserId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Makes `user_id` the case worker of `participant`, replacing any other, and tells them
/// (`CASE_ASSIGNED`) unless they already were.
pub async fn assign_case_worker(
    db: &Database,
    _permit: Permit,
    participant: Uuid,
    user_id: Uuid,
) -> Result<(), PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let current = caseload::Entity::find_by_id(participant)
        .one(&*txn)
        .await?
        .map(|row| row.user_id);
    if current != Some(user_id) {
        caseload::Entity::insert(caseload::ActiveModel {
            participant_id: Set(participant),
            user_id: Set(user_id),
            assigned_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::column(caseload::Column::ParticipantId)
                .update_columns([caseload::Column::UserId, caseload::Column::AssignedAt])
                .to_owned(),
        )
        .exec(&*txn)
        .await?;
        notifications::raise(
            &*txn,
            &[notification::on_case_assigned(participant, user_id)],
        )
        .await?;
    }
    crate::audit::commit(txn).await?;
    Ok(())
}

/// Assigns an incoming referral to `user_id`, replacing any other, and tells them
/// (`REFERRAL_ASSIGNED`) unless they already had it.
pub async fn assign_referral(
    db: &Database,
    _permit: Permit,
    referral: Uuid,
    user_id: Uuid,
) -> Result<(), PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let current = referral_assignment::Entity::find_by_id(referral)
        .one(&*txn)
        .await?
        .map(|row| row.user_id);
    if current != Some(user_id) {
        referral_assignment::Entity::insert(referral_assignment::ActiveModel {
            referral_id: Set(referral),
            user_id: Set(user_id),
            assigned_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::column(referral_assignment::Column::ReferralId)
                .update_columns([
                    referral_assignment::Column::UserId,
                    referral_assignment::Column::AssignedAt,
                ])
                .to_owned(),
        )
        .exec(&*txn)
        .await?;
        notifications::raise(
            &*txn,
            &[notification::on_referral_assigned(referral, user_id)],
        )
        .await?;
    }
    crate::audit::commit(txn).await?;
    Ok(())
}
