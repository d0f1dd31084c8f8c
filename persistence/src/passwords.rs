//! Changing a password and resetting a forgotten one. Each change ends sessions and voids the
//! reset tokens still open in the transaction that writes the new hash, so no copy of an old
//! credential works after it commits.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use skupaj_domain::access::Permit;
use skupaj_domain::notification::{Audience, Event, NotificationKind};
use uuid::Uuid;

use crate::entity::{password_reset, session, user};
use crate::{Database, PersistenceError, notifications};

/// Records a reset request for an active account, with the SHA-256 of its token, and raises
/// its `PASSWORD_RESET` notification (whose e-mail carries the link) in the same transaction.
/// `false` when the user is not active (nothing is written).
pub async fn request_reset(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    user_id: Uuid,
    token_hash: String,
    expires_at: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let active = user::Entity::find_by_id(user_id)
        .filter(user::Column::Active.eq(true))
        .one(&txn)
        .await?
        .is_some();
    if !active {
        return Ok(false);
    }
    password_reset::ActiveModel {
        id: Set(id),
        user_id: Set(user_id),
        token_hash: Set(token_hash),
        created_at: Set(Utc::now()),
        expires_at: Set(expires_at),
        used_at: Set(None),
    }
    .insert(&txn)
    .await?;
    notifications::raise(
        &txn,
        &[Event::new(
            NotificationKind::PasswordReset,
            id,
            vec![Audience::User(user_id)],
        )],
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// Uses the reset token with hash `token_hash`: when it is unused, unexpired and its account
/// active, it is marked used (a conditional UPDATE, so of two racing uses one wins), the
/// password becomes `password_hash`, every session of the account ends and its other open
/// tokens are voided, in one transaction. Returns the account, or `None` (nothing changed).
pub async fn reset(
    db: &Database,
    _permit: Permit,
    token_hash: &str,
    password_hash: String,
) -> Result<Option<Uuid>, PersistenceError> {
    let now = Utc::now();
    let txn = crate::database::begin_write(db).await?;
    let claimed = password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Some(now).into())
        .filter(password_reset::Column::TokenHash.eq(token_hash))
        .filter(password_reset::Column::UsedAt.is_null())
        .filter(password_reset::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok(None);
    }
    let Some(request) = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(token_hash))
        .one(&txn)
        .await?
    else {
        return Ok(None);
    };
    let updated = user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, password_hash.into())
        .col_expr(user::Column::UpdatedAt, now.into())
        .filter(user::Column::Id.eq(request.user_id))
        .filter(user::Column::Active.eq(true))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        // Deactivated since the request: the token is spent, nothing else changes.
        txn.commit().await?;
        return Ok(None);
    }
    end_sessions(&txn, request.user_id, None, now).await?;
    crate::audit::created(request.user_id);
    crate::audit::commit(txn).await?;
    Ok(Some(request.user_id))
}

/// Sets a new password for `user_id` and ends every other session of theirs (`keep` stays);
/// open reset tokens are voided. Returns how many sessions ended.
pub async fn change(
    db: &Database,
    _permit: Permit,
    user_id: Uuid,
    password_hash: String,
    keep: Uuid,
) -> Result<u64, PersistenceError> {
    let now = Utc::now();
    let txn = crate::database::begin_write(db).await?;
    let updated = user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, password_hash.into())
        .col_expr(user::Column::UpdatedAt, now.into())
        .filter(user::Column::Id.eq(user_id))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(PersistenceError::NotFound);
    }
    let ended = end_sessions(&txn, user_id, Some(keep), now).await?;
    crate::audit::commit(txn).await?;
    Ok(ended)
}

/// Revokes the user's live sessions but `keep` (their refresh tokens stop working with them)
/// and voids their open reset tokens.
async fn end_sessions(
    txn: &impl ConnectionTrait,
    user_id: Uuid,
    keep: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<u64, PersistenceError> {
    let mut revoke = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Some(now).into())
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null());
    if let Some(keep) = keep {
        revoke = revoke.filter(session::Column::Id.ne(keep));
    }
    let ended = revoke.exec(txn).await?.rows_affected;
    password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Some(now).into())
        .filter(password_reset::Column::UserId.eq(user_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(txn)
        .await?;
    Ok(ended)
}
