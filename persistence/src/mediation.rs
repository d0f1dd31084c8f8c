//! Mediation requests.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use skupaj_domain::access::Permit;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::mediation::{MediationRequest, MediationStatus};
use uuid::Uuid;

use crate::entity::mediation_request::{self, Column};
use crate::error::parse_stored;
use crate::{Database, PersistenceError, notifications};
use skupaj_domain::notification::Event;

/// A request to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRequest {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub requested_by: Uuid,
    pub language: LanguageCode,
    pub starts_at: DateTime<Utc>,
    pub place: Option<String>,
    pub remote: bool,
    pub referral_id: Option<Uuid>,
    pub session_id: Option<Uuid>,
    pub participant_id: Option<Uuid>,
    pub notes: Option<String>,
}

/// Stores a new request (status `REQUESTED`, no mediator) and raises `events` in the same
/// transaction.
pub async fn create(
    db: &Database,
    _permit: Permit,
    new: NewRequest,
    events: &[Event],
) -> Result<MediationRequest, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let row = mediation_request::ActiveModel {
        id: Set(new.id),
        organisation_id: Set(new.organisation_id),
        requested_by: Set(new.requested_by),
        language: Set(new.language.to_string()),
        starts_at: Set(new.starts_at),
        place: Set(new.place),
        remote: Set(new.remote),
        referral_id: Set(new.referral_id),
        session_id: Set(new.session_id),
        participant_id: Set(new.participant_id),
        notes: Set(new.notes),
        status: Set(MediationStatus::Requested.to_string()),
        mediator_user_id: Set(None),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    notifications::raise(&txn, events).await?;
    crate::audit::created(row.id);
    crate::audit::commit(txn).await?;
    to_domain(row)
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<MediationRequest>, PersistenceError> {
    mediation_request::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_domain)
        .transpose()
}

/// Moves a request from `from` to `to` (setting the mediator when given); `Stale` when someone
/// moved it first (two mediators taking the same request).
pub async fn set_status(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    from: MediationStatus,
    to: MediationStatus,
    mediator: Option<Uuid>,
) -> Result<MediationRequest, PersistenceError> {
    let mut update = mediation_request::Entity::update_many()
        .col_expr(Column::Status, to.to_string().into())
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(from.to_string()));
    if let Some(mediator) = mediator {
        update = update.col_expr(Column::MediatorUserId, Some(mediator).into());
    }
    if update.exec(db).await?.rows_affected != 1 {
        return Err(PersistenceError::Stale);
    }
    get(db, id).await?.ok_or(PersistenceError::NotFound)
}

/// Open requests in any of these languages, soonest first.
pub async fn open_in(
    db: &Database,
    languages: &[LanguageCode],
) -> Result<Vec<MediationRequest>, PersistenceError> {
    if languages.is_empty() {
        return Ok(Vec::new());
    }
    mediation_request::Entity::find()
        .filter(Column::Status.eq(MediationStatus::Requested.to_string()))
        .filter(Column::Language.is_in(languages.iter().map(ToString::to_string)))
        .filter(Column::StartsAt.gt(Utc::now()))
        .order_by_asc(Column::StartsAt)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// Requests a mediator took, soonest first.
pub async fn of_mediator(
    db: &Database,
    mediator: Uuid,
) -> Result<Vec<MediationRequest>, PersistenceError> {
    mediation_request::Entity::find()
        .filter(Column::MediatorUserId.eq(mediator))
        .order_by_asc(Column::StartsAt)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// Requests an organisation made, newest first.
pub async fn of_organisation(
    db: &Database,
    organisation: Uuid,
) -> Result<Vec<MediationRequest>, PersistenceError> {
    mediation_request::Entity::find()
        .filter(Column::OrganisationId.eq(organisation))
        .order_by_desc(Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

pub(crate) fn to_domain(
    row: mediation_request::Model,
) -> Result<MediationRequest, PersistenceError> {
    Ok(MediationRequest {
        id: row.id,
        organisation_id: row.organisation_id,
        requested_by: row.requested_by,
        language: LanguageCode::parse("language", &row.language)
            .map_err(|e| PersistenceError::Corrupt(e.to_string()))?,
        starts_at: row.starts_at,
        place: row.place,
        remote: row.remote,
        referral_id: row.referral_id,
        session_id: row.session_id,
        participant_id: row.participant_id,
        notes: row.notes,
        status: parse_stored("mediation_requests.status", &row.status)?,
        mediator_user_id: row.mediator_user_id,
        created_at: row.created_at,
    })
}
