//! Stakeholder groups with their members and coordinators.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::stakeholder_group::StakeholderGroup;
use uuid::Uuid;

use crate::entity::{
    stakeholder_group, stakeholder_group_coordinator as coordinator,
    stakeholder_group_member as member,
};
use crate::{Database, PersistenceError};

pub async fn create(
    db: &Database,
    _permit: Permit,
    name: String,
    convener: Uuid,
    members: &[Uuid],
    coordinators: &[Uuid],
) -> Result<StakeholderGroup, PersistenceError> {
    let id = Uuid::now_v7();
    let txn = crate::database::begin_write(db).await?;
    stakeholder_group::ActiveModel {
        id: Set(id),
        name: Set(name),
        convener_id: Set(convener),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    if !members.is_empty() {
        member::Entity::insert_many(members.iter().map(|organisation| member::ActiveModel {
            group_id: Set(id),
            organisation_id: Set(*organisation),
        }))
        .exec(&txn)
        .await?;
    }
    coordinator::Entity::insert_many(coordinators.iter().map(|user| coordinator::ActiveModel {
        group_id: Set(id),
        user_id: Set(*user),
    }))
    .exec(&txn)
    .await?;
    crate::audit::created(id);
    crate::audit::commit(txn).await?;
    get(db, id).await?.ok_or(PersistenceError::NotFound)
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<StakeholderGroup>, PersistenceError> {
    let Some(row) = stakeholder_group::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let member_ids: Vec<Uuid> = member::Entity::find()
        .filter(member::Column::GroupId.eq(id))
        .select_only()
        .column(member::Column::OrganisationId)
        .into_tuple()
        .all(db)
        .await?;
    let coordinator_ids: Vec<Uuid> = coordinator::Entity::find()
        .filter(coordinator::Column::GroupId.eq(id))
        .select_only()
        .column(coordinator::Column::UserId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(Some(StakeholderGroup {
        id: row.id,
        name: row.name,
        convener_id: row.convener_id,
        member_ids,
        coordinator_ids,
        created_at: row.created_at,
    }))
}

/// The groups an organisation convenes or belongs to, oldest first.
pub async fn of_organisation(
    db: &Database,
    organisation: Uuid,
) -> Result<Vec<StakeholderGroup>, PersistenceError> {
    let mut ids: Vec<Uuid> = member::Entity::find()
        .filter(member::Column::OrganisationId.eq(organisation))
        .select_only()
        .column(member::Column::GroupId)
        .into_tuple()
        .all(db)
        .await?;
    let convened: Vec<Uuid> = stakeholder_group::Entity::find()
        .filter(stakeholder_group::Column::ConvenerId.eq(organisation))
        .order_by_asc(stakeholder_group::Column::Id)
        .select_only()
        .column(stakeholder_group::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    ids.extend(convened);
    ids.sort();
    ids.dedup();
    let mut groups = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(group) = get(db, id).await? {
            groups.push(group);
        }
    }
    Ok(groups)
}

/// Finds a group by convener and name (keeps demo data idempotent).
pub async fn find_by_name(
    db: &Database,
    convener: Uuid,
    name: &str,
) -> Result<Option<Uuid>, PersistenceError> {
    Ok(stakeholder_group::Entity::find()
        .filter(stakeholder_group::Column::ConvenerId.eq(convener))
        .filter(stakeholder_group::Column::Name.eq(name))
        .select_only()
        .column(stakeholder_group::Column::Id)
        .into_tuple()
        .one(db)
        .await?)
}
