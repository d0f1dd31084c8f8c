//! Invitations to join an organisation. Inviting an address opens its account when it has
//! none, so both cases leave the same trace: one pending invitation, notified in-app and by
//! e-mail. Accepting writes the membership in the same transaction.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use skupaj_domain::access::Permit;
use skupaj_domain::email::Email;
use skupaj_domain::invitation::{self, Invitation, InvitationStatus};
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::notification;
use skupaj_domain::user::NewUser;
use uuid::Uuid;

use crate::entity::{invitation as row, membership, notification as notification_row, user};
use crate::error::parse_stored;
use crate::{Database, PersistenceError, audit, notifications, users};

/// What an organisation admin asks for.
#[derive(Debug)]
pub struct NewInvitation<'a> {
    pub organisation_id: Uuid,
    pub email: &'a Email,
    pub role: MembershipRole,
    pub invited_by: Uuid,
    /// The account to open when the address has none, with its password's hash.
    pub new_account: (&'a NewUser, String),
}

/// The key that allows one open invitation per person and organisation.
fn open_key(organisation_id: Uuid, user_id: Uuid) -> String {
    format!("{organisation_id}:{user_id}")
}

/// Invites an address: opens its account if it has none, and makes a pending invitation, or
/// renews the one still pending (new role, new expiry, no second notification). An address
/// that is already a member is a `Duplicate`.
pub async fn invite(
    db: &Database,
    _permit: Permit,
    new: NewInvitation<'_>,
    now: DateTime<Utc>,
) -> Result<Invitation, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let existing_user = user::Entity::find()
        .filter(user::Column::Email.eq(new.email.as_str()))
        .one(&txn)
        .await?;
    let user_id = match existing_user {
        Some(found) => found.id,
        None => {
            let (new_user, hash) = new.new_account;
            users::create(&txn, new_user, hash, None)
                .await
                // Two invitations of one new address at once: say nothing about accounts.
                .map_err(|err| match err {
                    PersistenceError::Duplicate(_) => PersistenceError::Stale,
                    other => other,
                })?
                .id
        }
    };
    let member = membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .filter(membership::Column::OrganisationId.eq(new.organisation_id))
        .one(&txn)
        .await?;
    if member.is_some() {
        return Err(PersistenceError::Duplicate("this membership"));
    }
    let key = open_key(new.organisation_id, user_id);
    let open = row::Entity::find()
        .filter(row::Column::OpenKey.eq(key.clone()))
        .one(&txn)
        .await?;
    let expires_at = invitation::expiry_from(now);
    let saved = match open {
        Some(pending) if pending.expires_at > now => {
            let mut renewed: row::ActiveModel = pending.into();
            renewed.role = Set(new.role.to_string());
            renewed.email = Set(new.email.as_str().to_owned());
            renewed.expires_at = Set(expires_at);
            renewed.update(&txn).await?
        }
        lapsed => {
            if let Some(lapsed) = lapsed {
                // Expired unanswered: it stays as it reads (pending, past its expiry) but no
                // longer holds the place of the open invitation.
                let mut closed: row::ActiveModel = lapsed.into();
                closed.open_key = Set(None);
                closed.update(&txn).await?;
            }
            let id = Uuid::now_v7();
            let inserted = row::ActiveModel {
                id: Set(id),
                organisation_id: Set(new.organisation_id),
                user_id: Set(user_id),
                email: Set(new.email.as_str().to_owned()),
                role: Set(new.role.to_string()),
                status: Set(InvitationStatus::Pending.to_string()),
                invited_by: Set(Some(new.invited_by)),
                created_at: Set(now),
                expires_at: Set(expires_at),
                answered_at: Set(None),
                open_key: Set(Some(key)),
            }
            .insert(&txn)
            .await
            .map_err(|err| PersistenceError::unique(err, "an open invitation"))?;
            notifications::raise(&txn, &[notification::on_invitation(id, user_id)]).await?;
            inserted
        }
    };
    audit::created(saved.id);
    audit::commit(txn).await?;
    to_domain(saved)
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<Invitation>, PersistenceError> {
    row::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_domain)
        .transpose()
}

/// The invitations a user can still answer, newest first. One per organisation at most, so
/// the list is short.
pub async fn open_for(
    db: &Database,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Vec<Invitation>, PersistenceError> {
    row::Entity::find()
        .filter(row::Column::UserId.eq(user_id))
        .filter(row::Column::Status.eq(InvitationStatus::Pending.to_string()))
        .filter(row::Column::ExpiresAt.gt(now))
        .order_by_desc(row::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// Records the invited person's answer (`Accepted` or `Declined`) if the invitation is still
/// pending and unexpired at `now`, else `Stale`; accepting adds the membership in the same
/// transaction. The invitation's notification is marked read.
pub async fn answer(
    db: &Database,
    _permit: Permit,
    found: &Invitation,
    to: InvitationStatus,
    now: DateTime<Utc>,
) -> Result<Invitation, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let updated = row::Entity::update_many()
        .col_expr(row::Column::Status, to.to_string().into())
        .col_expr(row::Column::AnsweredAt, Some(now).into())
        .col_expr(row::Column::OpenKey, Option::<String>::None.into())
        .filter(row::Column::Id.eq(found.id))
        .filter(row::Column::Status.eq(InvitationStatus::Pending.to_string()))
        .filter(row::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await?;
    if updated.rows_affected == 0 {
        return Err(PersistenceError::Stale);
    }
    if to == InvitationStatus::Accepted {
        users::add_membership(&txn, found.user_id, found.organisation_id, found.role).await?;
    }
    notification_row::Entity::update_many()
        .col_expr(notification_row::Column::ReadAt, Some(now).into())
        .filter(notification_row::Column::UserId.eq(found.user_id))
        .filter(notification_row::Column::SubjectId.eq(found.id))
        .filter(notification_row::Column::ReadAt.is_null())
        .exec(&txn)
        .await?;
    audit::commit(txn).await?;
    get(db, found.id).await?.ok_or(PersistenceError::NotFound)
}

fn to_domain(saved: row::Model) -> Result<Invitation, PersistenceError> {
    Ok(Invitation {
        id: saved.id,
        organisation_id: saved.organisation_id,
        email: Email::parse("email", &saved.email)
            .map_err(|e| PersistenceError::Corrupt(e.to_string()))?,
        user_id: saved.user_id,
        role: parse_stored("invitations.role", &saved.role)?,
        stored_status: parse_stored("invitations.status", &saved.status)?,
        created_at: saved.created_at,
        expires_at: saved.expires_at,
        answered_at: saved.answered_at,
    })
}
