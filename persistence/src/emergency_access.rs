//! Emergency access grants ("break-the-glass"): granting one (with its notifications and its
//! audit entry, in one transaction), the active grants of a reader for the participants a read
//! shows (one statement), the list auditors and owners read, and what erasure and merging do to
//! grants.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use skupaj_domain::access::{GrantScope, Permit};
use skupaj_domain::emergency_access::EmergencyGrant;
use skupaj_domain::erasure::ERASED;
use skupaj_domain::notification::on_emergency_access;
use skupaj_domain::referral::ReferralStatus;
use uuid::Uuid;

use crate::entity::emergency_access_grant::{self as grant, Column};
use crate::entity::{participant, referral};
use crate::page::Page;
use crate::{Database, PersistenceError};

/// A grant as lists show it: with the participant's reference code and owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantListing {
    pub grant: EmergencyGrant,
    pub reference_code: String,
    pub owner_organisation_id: Uuid,
}

/// The referral statuses that engage both sides: sent and not yet closed.
fn open_statuses() -> Vec<String> {
    [
        ReferralStatus::Sent,
        ReferralStatus::Accepted,
        ReferralStatus::InProgress,
        ReferralStatus::OnHold,
    ]
    .iter()
    .map(ToString::to_string)
    .collect()
}

/// `referrals` of `organisation` (either side) that are open.
fn open_referral_of(organisation: Uuid) -> Condition {
    Condition::all()
        .add(
            Condition::any()
                .add(referral::Column::FromOrganisationId.eq(organisation))
                .add(referral::Column::ToOrganisationId.eq(organisation)),
        )
        .add(referral::Column::Status.is_in(open_statuses()))
}

/// The live participant `id` (neither merged nor erased): its owning organisation.
pub async fn owner_of(db: &Database, id: Uuid) -> Result<Option<Uuid>, PersistenceError> {
    Ok(participant::Entity::find_by_id(id)
        .filter(participant::Column::MergedInto.is_null())
        .filter(participant::Column::ErasedAt.is_null())
        .select_only()
        .column(participant::Column::OwnerOrganisationId)
        .into_tuple()
        .one(db)
        .await?)
}

/// Whether `organisation` holds an open (sent, not closed) referral for `participant`, as
/// sender or receiver.
pub async fn engaged_through_open_referral(
    db: &Database,
    participant: Uuid,
    organisation: Uuid,
) -> Result<bool, PersistenceError> {
    let found: Option<Uuid> = referral::Entity::find()
        .select_only()
        .column(referral::Column::Id)
        .filter(referral::Column::ParticipantId.eq(participant))
        .filter(open_referral_of(organisation))
        .into_tuple()
        .one(db)
        .await?;
    Ok(found.is_some())
}

/// Writes `grant` and raises its notification (the owner's org admins, the platform
/// auditors) in one transaction with the mutation's audit entry.
pub async fn grant(
    db: &Database,
    _permit: Permit,
    grant: &EmergencyGrant,
    owner: Uuid,
) -> Result<(), PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    grant::ActiveModel {
        id: Set(grant.id),
        participant_id: Set(grant.participant_id),
        user_id: Set(grant.user_id),
        organisation_id: Set(grant.organisation_id),
        reason: Set(grant.reason.clone()),
        granted_at: Set(grant.granted_at),
        expires_at: Set(grant.expires_at),
    }
    .insert(&txn)
    .await?;
    crate::notifications::raise(&txn, &[on_emergency_access(grant.id, owner)]).await?;
    crate::audit::created(grant.id);
    crate::audit::commit(txn).await?;
    Ok(())
}

/// The grants of `user` (acting in `organisation`) to `participants` that are active at `now`
/// and whose organisation still holds an open referral for the participant, by participant:
/// the newest such grant's reason. One statement.
pub async fn active_for(
    db: &impl ConnectionTrait,
    user: Uuid,
    organisation: Uuid,
    participants: &[Uuid],
    now: DateTime<Utc>,
) -> Result<HashMap<Uuid, String>, PersistenceError> {
    if participants.is_empty() {
        return Ok(HashMap::new());
    }
    let engaged = Query::select()
        .column(referral::Column::ParticipantId)
        .from(referral::Entity)
        .cond_where(open_referral_of(organisation))
        .to_owned();
    let rows: Vec<(Uuid, String)> = grant::Entity::find()
        .select_only()
        .column(Column::ParticipantId)
        .column(Column::Reason)
        .filter(Column::UserId.eq(user))
        .filter(Column::OrganisationId.eq(organisation))
        .filter(Column::ParticipantId.is_in(participants.iter().copied()))
        .filter(Column::ExpiresAt.gt(now))
        .filter(Column::ParticipantId.in_subquery(engaged))
        .order_by_asc(Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    // Ascending ids: the newest grant's reason is the one kept.
    Ok(rows.into_iter().collect())
}

/// A page of grants in `scope`, newest first; `after` is the id of the last grant of the
/// previous page.
pub async fn list(
    db: &Database,
    scope: GrantScope,
    after: Option<Uuid>,
    first: u64,
) -> Result<Page<GrantListing>, PersistenceError> {
    let mut query = grant::Entity::find().order_by_desc(Column::Id);
    if let GrantScope::OwnedBy(organisation) = scope {
        let owned = Query::select()
            .column(participant::Column::Id)
            .from(participant::Entity)
            .and_where(participant::Column::OwnerOrganisationId.eq(organisation))
            .to_owned();
        query = query.filter(Column::ParticipantId.in_subquery(owned));
    }
    if let Some(after) = after {
        query = query.filter(Column::Id.lt(after));
    }
    let rows = query.limit(first + 1).all(db).await?;
    let page = Page::from_overfetch(rows, first);
    let ids: Vec<Uuid> = page.items.iter().map(|row| row.participant_id).collect();
    let participants: HashMap<Uuid, (String, Uuid)> = participant::Entity::find()
        .select_only()
        .column(participant::Column::Id)
        .column(participant::Column::ReferenceCode)
        .column(participant::Column::OwnerOrganisationId)
        .filter(participant::Column::Id.is_in(ids))
        .into_tuple::<(Uuid, String, Uuid)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, code, owner)| (id, (code, owner)))
        .collect();
    page.try_map(|row| {
        let (reference_code, owner_organisation_id) = participants
            .get(&row.participant_id)
            .cloned()
            .ok_or(PersistenceError::NotFound)?;
        Ok(GrantListing {
            grant: to_domain(row),
            reference_code,
            owner_organisation_id,
        })
    })
}

fn to_domain(row: grant::Model) -> EmergencyGrant {
    EmergencyGrant {
        id: row.id,
        participant_id: row.participant_id,
        user_id: row.user_id,
        organisation_id: row.organisation_id,
        reason: row.reason,
        granted_at: row.granted_at,
        expires_at: row.expires_at,
    }
}

/// Erasure: the reasons of the grants to `participant` (free text that may describe the
/// person) read `[erased]`, and every grant to them ends now.
pub(crate) async fn erase(
    txn: &impl ConnectionTrait,
    participant: Uuid,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    end(txn, participant, now).await?;
    grant::Entity::update_many()
        .col_expr(Column::Reason, Expr::value(ERASED))
        .filter(Column::ParticipantId.eq(participant))
        .exec(txn)
        .await?;
    Ok(())
}

/// Merging `retired` into `survivor`: the grants to the retired record end now (a grant was
/// for one record's fields, and a merge never shows anyone more than before) and follow the
/// survivor, so lists still show them.
pub(crate) async fn merge(
    txn: &impl ConnectionTrait,
    retired: Uuid,
    survivor: Uuid,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    end(txn, retired, now).await?;
    grant::Entity::update_many()
        .col_expr(Column::ParticipantId, Expr::value(survivor))
        .filter(Column::ParticipantId.eq(retired))
        .exec(txn)
        .await?;
    Ok(())
}

/// Ends every grant to `participant` still running at `now`.
async fn end(
    txn: &impl ConnectionTrait,
    participant: Uuid,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    grant::Entity::update_many()
        .col_expr(Column::ExpiresAt, Expr::value(now))
        .filter(Column::ParticipantId.eq(participant))
        .filter(Column::ExpiresAt.gt(now))
        .exec(txn)
        .await?;
    Ok(())
}
