//! Placements: jobs participants started, and what the statistics and a participant's history
//! read of them.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::SelectStatement;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::placement::{Employer, Placement, PlacementDetails};
use uuid::Uuid;

use crate::entity::placement::{self, Column};
use crate::error::parse_stored;
use crate::{Database, PersistenceError};

/// A placement to record.
#[derive(Debug, Clone)]
pub struct NewPlacement {
    pub participant_id: Uuid,
    pub enrolment_id: Option<Uuid>,
    pub programme_id: Option<Uuid>,
    pub details: PlacementDetails,
    pub recorded_by_organisation_id: Uuid,
    pub recorded_by_user_id: Uuid,
}

/// Records a placement.
pub async fn record(
    db: &Database,
    _permit: Permit,
    new: NewPlacement,
) -> Result<Placement, PersistenceError> {
    let (employer_organisation_id, employer_name) = match new.details.employer {
        Employer::Organisation(id) => (Some(id), None),
        Employer::Named(name) => (None, Some(name)),
    };
    let txn = crate::database::begin_write(db).await?;
    let row = placement::ActiveModel {
        id: Set(Uuid::now_v7()),
        participant_id: Set(new.participant_id),
        enrolment_id: Set(new.enrolment_id),
        programme_id: Set(new.programme_id),
        employer_organisation_id: Set(employer_organisation_id),
        employer_name: Set(employer_name),
        occupation: Set(new.details.occupation),
        contract_type: Set(new.details.contract_type.to_string()),
        hours_per_week: Set(i32::try_from(new.details.hours_per_week).unwrap_or(i32::MAX)),
        starts_on: Set(new.details.starts_on),
        uses_training: Set(new.details.uses_training),
        recorded_by_organisation_id: Set(new.recorded_by_organisation_id),
        recorded_by_user_id: Set(new.recorded_by_user_id),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    crate::audit::created(row.id);
    crate::audit::commit(txn).await?;
    to_domain(row)
}

/// A participant's placements, newest start first.
pub async fn of_participant(
    db: &Database,
    participant_id: Uuid,
) -> Result<Vec<Placement>, PersistenceError> {
    placement::Entity::find()
        .filter(Column::ParticipantId.eq(participant_id))
        .order_by_desc(Column::StartsOn)
        .order_by_desc(Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// The start dates of the placements of the participants `participants` selects (a subquery
/// of participant ids), by participant: one statement.
pub(crate) async fn starts_by_participant(
    db: &impl sea_orm::ConnectionTrait,
    participants: SelectStatement,
) -> Result<HashMap<Uuid, Vec<NaiveDate>>, PersistenceError> {
    let mut starts: HashMap<Uuid, Vec<NaiveDate>> = HashMap::new();
    let rows: Vec<(Uuid, NaiveDate)> = placement::Entity::find()
        .select_only()
        .columns([Column::ParticipantId, Column::StartsOn])
        .filter(Column::ParticipantId.in_subquery(participants))
        .into_tuple()
        .all(db)
        .await?;
    for (participant, on) in rows {
        starts.entry(participant).or_default().push(on);
    }
    Ok(starts)
}

fn to_domain(row: placement::Model) -> Result<Placement, PersistenceError> {
    let employer = match (row.employer_organisation_id, row.employer_name) {
        (Some(id), _) => Employer::Organisation(id),
        (None, Some(name)) => Employer::Named(name),
        (None, None) => {
            return Err(PersistenceError::Corrupt(format!(
                "placement {} has no employer",
                row.id
            )));
        }
    };
    Ok(Placement {
        id: row.id,
        participant_id: row.participant_id,
        enrolment_id: row.enrolment_id,
        programme_id: row.programme_id,
        employer,
        occupation: row.occupation,
        contract_type: parse_stored("placements.contract_type", &row.contract_type)?,
        hours_per_week: u32::try_from(row.hours_per_week).unwrap_or(0),
        starts_on: row.starts_on,
        uses_training: row.uses_training,
        recorded_by_organisation_id: row.recorded_by_organisation_id,
        created_at: row.created_at,
    })
}
