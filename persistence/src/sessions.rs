//! Sign-in sessions and their rotating refresh tokens.
//!
//! A session is a family: every refresh hands out a new token and marks the old one used.
//! Presenting a used token again means it was copied, so the whole family is revoked. The
//! "mark used" step is a conditional UPDATE, so two racing refreshes cannot both win.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use skupaj_domain::access::Permit;
use uuid::Uuid;

use crate::entity::{refresh_token, session};
use crate::{Database, PersistenceError};

/// A live session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: Uuid,
    pub user_id: Uuid,
    pub organisation_id: Option<Uuid>,
}

/// What presenting a refresh token led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rotation {
    /// The token was current: it is now used, and the new one is stored.
    Rotated(Session),
    /// The token had been used before: its whole family is now revoked.
    ReuseDetected,
    /// Unknown, expired, or from a revoked session.
    Invalid,
}

/// Opens a session with its first refresh token.
pub async fn start(
    db: &Database,
    _permit: Permit,
    user_id: Uuid,
    organisation_id: Option<Uuid>,
    token_hash: String,
    expires_at: DateTime<Utc>,
) -> Result<Session, PersistenceError> {
    let now = Utc::now();
    let id = Uuid::now_v7();
    let txn = crate::database::begin_write(db).await?;
    session::ActiveModel {
        id: Set(id),
        user_id: Set(user_id),
        organisation_id: Set(organisation_id),
        created_at: Set(now),
        revoked_at: Set(None),
    }
    .insert(&txn)
    .await?;
    insert_token(&txn, id, token_hash, now, expires_at).await?;
    crate::audit::created(user_id);
    crate::audit::commit(txn).await?;
    Ok(Session {
        id,
        user_id,
        organisation_id,
    })
}

/// Exchanges the token with hash `presented` for a new one with hash `replacement`.
pub async fn rotate(
    db: &Database,
    _permit: Permit,
    presented: &str,
    replacement: String,
    expires_at: DateTime<Utc>,
) -> Result<Rotation, PersistenceError> {
    let now = Utc::now();
    let txn = crate::database::begin_write(db).await?;
    // Claim first: the conditional UPDATE is the transaction's first statement, so on SQLite it
    // takes the write lock (waiting its turn) rather than failing a read-to-write upgrade, and
    // of two racing refreshes exactly one claims the token.
    let claimed = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::UsedAt, Some(now).into())
        .filter(refresh_token::Column::TokenHash.eq(presented))
        .filter(refresh_token::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    let Some(token) = refresh_token::Entity::find_by_id(presented.to_owned())
        .one(&txn)
        .await?
    else {
        return Ok(Rotation::Invalid);
    };
    if claimed.rows_affected == 0 {
        revoke_in(&txn, token.session_id, now).await?;
        txn.commit().await?;
        return Ok(Rotation::ReuseDetected);
    }
    let live_session = session::Entity::find_by_id(token.session_id)
        .filter(session::Column::RevokedAt.is_null())
        .one(&txn)
        .await?;
    let Some(live_session) = live_session.filter(|_| token.expires_at > now) else {
        txn.commit().await?;
        return Ok(Rotation::Invalid);
    };
    insert_token(&txn, live_session.id, replacement, now, expires_at).await?;
    crate::audit::commit(txn).await?;
    Ok(Rotation::Rotated(Session {
        id: live_session.id,
        user_id: live_session.user_id,
        organisation_id: live_session.organisation_id,
    }))
}

/// The session, when it exists and has not been revoked.
pub async fn live(db: &Database, id: Uuid) -> Result<Option<Session>, PersistenceError> {
    Ok(session::Entity::find_by_id(id)
        .filter(session::Column::RevokedAt.is_null())
        .one(db)
        .await?
        .map(|row| Session {
            id: row.id,
            user_id: row.user_id,
            organisation_id: row.organisation_id,
        }))
}

/// Ends a session: its refresh tokens stop working, and so do access tokens that name it.
pub async fn revoke(db: &Database, _permit: Permit, id: Uuid) -> Result<(), PersistenceError> {
    revoke_in(db, id, Utc::now()).await
}

/// Records which organisation the session now acts in, so a refresh keeps it.
pub async fn set_organisation(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    organisation_id: Option<Uuid>,
) -> Result<(), PersistenceError> {
    session::Entity::update_many()
        .col_expr(session::Column::OrganisationId, organisation_id.into())
        .filter(session::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

async fn revoke_in(
    db: &impl sea_orm::ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Some(now).into())
        .filter(session::Column::Id.eq(id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

async fn insert_token(
    db: &impl sea_orm::ConnectionTrait,
    session_id: Uuid,
    token_hash: String,
    issued_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    refresh_token::ActiveModel {
        token_hash: Set(token_hash),
        session_id: Set(session_id),
        issued_at: Set(issued_at),
        expires_at: Set(expires_at),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Ends every live session of a user ("sign out everywhere"); returns how many there were.
pub async fn revoke_all_for_user(
    db: &Database,
    _permit: Permit,
    user_id: Uuid,
) -> Result<u64, PersistenceError> {
    let result = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Some(Utc::now()).into())
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}
