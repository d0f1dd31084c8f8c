//! Accounts and memberships.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::email::Email;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::membership::{Membership, MembershipRole, PlatformRole};
use skupaj_domain::user::{NewUser, User};
use uuid::Uuid;

use crate::entity::{membership, session, user};
use crate::error::parse_stored;
use crate::page::Page;
use crate::{Database, PersistenceError};

/// A user together with the hash their password must match.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: User,
    pub password_hash: String,
}

pub async fn create(
    db: &impl ConnectionTrait,
    new_user: &NewUser,
    password_hash: String,
    platform_role: Option<PlatformRole>,
) -> Result<User, PersistenceError> {
    let now = Utc::now();
    let row = user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(new_user.email.as_str().to_owned()),
        display_name: Set(new_user.display_name.clone()),
        preferred_locale: Set(new_user.preferred_locale.as_str().to_owned()),
        password_hash: Set(password_hash),
        platform_role: Set(platform_role.map(|r| r.to_string())),
        active: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await
    .map_err(|err| PersistenceError::unique(err, "an account with this e-mail"))?;
    to_domain(row)
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<User>, PersistenceError> {
    user::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_domain)
        .transpose()
}

pub async fn get_many(db: &Database, ids: &[Uuid]) -> Result<Vec<User>, PersistenceError> {
    user::Entity::find()
        .filter(user::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

pub async fn find_by_email(db: &Database, email: &Email) -> Result<Option<User>, PersistenceError> {
    Ok(find_credentials(db, email).await?.map(|c| c.user))
}

pub async fn find_credentials(
    db: &Database,
    email: &Email,
) -> Result<Option<Credentials>, PersistenceError> {
    let Some(row) = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let password_hash = row.password_hash.clone();
    Ok(Some(Credentials {
        user: to_domain(row)?,
        password_hash,
    }))
}

/// Deactivates or reactivates a user. Deactivation also revokes every session in the same
/// transaction, so no refresh token of theirs works afterwards.
pub async fn set_active(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    active: bool,
) -> Result<User, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let now = Utc::now();
    let updated = user::Entity::update_many()
        .col_expr(user::Column::Active, active.into())
        .col_expr(user::Column::UpdatedAt, now.into())
        .filter(user::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    if updated.rows_affected == 0 {
        return Err(PersistenceError::NotFound);
    }
    if !active {
        session::Entity::update_many()
            .col_expr(session::Column::RevokedAt, Some(now).into())
            .filter(session::Column::UserId.eq(id))
            .filter(session::Column::RevokedAt.is_null())
            .exec(&txn)
            .await?;
    }
    crate::audit::commit(txn).await?;
    get(db, id).await?.ok_or(PersistenceError::NotFound)
}

pub async fn set_password_hash(
    db: &Database,
    id: Uuid,
    password_hash: String,
) -> Result<(), PersistenceError> {
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, password_hash.into())
        .col_expr(user::Column::UpdatedAt, Utc::now().into())
        .filter(user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_platform_role(
    db: &Database,
    id: Uuid,
    role: Option<PlatformRole>,
) -> Result<(), PersistenceError> {
    user::Entity::update_many()
        .col_expr(
            user::Column::PlatformRole,
            role.map(|r| r.to_string()).into(),
        )
        .col_expr(user::Column::UpdatedAt, Utc::now().into())
        .filter(user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn add_membership(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    organisation_id: Uuid,
    role: MembershipRole,
) -> Result<Membership, PersistenceError> {
    let row = membership::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        organisation_id: Set(organisation_id),
        role: Set(role.to_string()),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
    .map_err(|err| PersistenceError::unique(err, "this membership"))?;
    membership_to_domain(row)
}

pub async fn change_role(
    db: &Database,
    _permit: Permit,
    user_id: Uuid,
    organisation_id: Uuid,
    role: MembershipRole,
) -> Result<Membership, PersistenceError> {
    let updated = membership::Entity::update_many()
        .col_expr(membership::Column::Role, role.to_string().into())
        .filter(membership::Column::UserId.eq(user_id))
        .filter(membership::Column::OrganisationId.eq(organisation_id))
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Err(PersistenceError::NotFound);
    }
    membership(db, user_id, organisation_id)
        .await?
        .ok_or(PersistenceError::NotFound)
}

pub async fn membership(
    db: &Database,
    user_id: Uuid,
    organisation_id: Uuid,
) -> Result<Option<Membership>, PersistenceError> {
    membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .filter(membership::Column::OrganisationId.eq(organisation_id))
        .one(db)
        .await?
        .map(membership_to_domain)
        .transpose()
}

/// Every membership of one user, oldest first.
pub async fn memberships_of(
    db: &Database,
    user_id: Uuid,
) -> Result<Vec<Membership>, PersistenceError> {
    membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .order_by_asc(membership::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(membership_to_domain)
        .collect()
}

/// The members of an organisation, in the order they joined, `first` at a time.
pub async fn members_of(
    db: &Database,
    organisation_id: Uuid,
    after: Option<Uuid>,
    first: u64,
) -> Result<Page<(Membership, User)>, PersistenceError> {
    let mut query = membership::Entity::find()
        .filter(membership::Column::OrganisationId.eq(organisation_id))
        .find_also_related(user::Entity)
        .order_by_asc(membership::Column::Id);
    if let Some(after) = after {
        query = query.filter(membership::Column::Id.gt(after));
    }
    let rows = query.limit(first + 1).all(db).await?;
    Page::from_overfetch(rows, first).try_map(|(membership_row, user_row)| {
        let user_row = user_row
            .ok_or_else(|| PersistenceError::Corrupt("membership without its user".to_owned()))?;
        Ok((membership_to_domain(membership_row)?, to_domain(user_row)?))
    })
}

/// Every member of an organisation, in the order they joined (a list bounded by one
/// organisation's staff, searched in memory).
pub async fn all_members_of(
    db: &Database,
    organisation_id: Uuid,
) -> Result<Vec<(Membership, User)>, PersistenceError> {
    membership::Entity::find()
        .filter(membership::Column::OrganisationId.eq(organisation_id))
        .find_also_related(user::Entity)
        .order_by_asc(membership::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|(membership_row, user_row)| {
            let user_row = user_row.ok_or_else(|| {
                PersistenceError::Corrupt("membership without its user".to_owned())
            })?;
            Ok((membership_to_domain(membership_row)?, to_domain(user_row)?))
        })
        .collect()
}

/// The organisations a user belongs to, for the access policy.
pub async fn organisations_of(db: &Database, user_id: Uuid) -> Result<Vec<Uuid>, PersistenceError> {
    Ok(membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .select_only()
        .column(membership::Column::OrganisationId)
        .into_tuple()
        .all(db)
        .await?)
}

fn to_domain(row: user::Model) -> Result<User, PersistenceError> {
    Ok(User {
        id: row.id,
        email: Email::parse("email", &row.email)
            .map_err(|e| PersistenceError::Corrupt(e.to_string()))?,
        display_name: row.display_name,
        preferred_locale: LanguageCode::parse("preferredLocale", &row.preferred_locale)
            .map_err(|e| PersistenceError::Corrupt(e.to_string()))?,
        platform_role: row
            .platform_role
            .as_deref()
            .map(|r| parse_stored("users.platform_role", r))
            .transpose()?,
        active: row.active,
        created_at: row.created_at,
    })
}

fn membership_to_domain(row: membership::Model) -> Result<Membership, PersistenceError> {
    Ok(Membership {
        id: row.id,
        user_id: row.user_id,
        organisation_id: row.organisation_id,
        role: parse_stored("memberships.role", &row.role)?,
    })
}

/// The user of an organisation's oldest case-manager membership, else of its oldest membership.
pub async fn case_worker_of(
    db: &Database,
    organisation_id: Uuid,
) -> Result<Option<Uuid>, PersistenceError> {
    let rows = membership::Entity::find()
        .filter(membership::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(membership::Column::Id)
        .all(db)
        .await?;
    let case_manager = MembershipRole::CaseManager.to_string();
    Ok(rows
        .iter()
        .find(|row| row.role == case_manager)
        .or_else(|| rows.first())
        .map(|row| row.user_id))
}
