//! Who is acting, read in one statement per request.
//!
//! Everything that can change after a token was issued (the session revoked, the user
//! deactivated, the membership removed or its role changed) is read from the database on every
//! request: there is no cache that could serve a revoked session. Reading the session, the user,
//! the membership and the organisation with one joined statement makes that rule cost one round
//! trip instead of four.

use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use skupaj_domain::access::{ActingMembership, Actor};
use uuid::Uuid;

use crate::entity::{membership, organisation, session, user};
use crate::error::parse_stored;
use crate::{Database, PersistenceError};

/// The actor of a live session: the session must not be revoked and must belong to `user_id`,
/// the user must be active and, when `organisation` is given, a member there. `None` when any of
/// that does not hold.
pub async fn actor(
    db: &Database,
    session_id: Uuid,
    user_id: Uuid,
    organisation: Option<Uuid>,
) -> Result<Option<Actor>, PersistenceError> {
    let mut select = Query::select();
    select
        .expr_as(
            Expr::col((user::Entity, user::Column::PlatformRole)),
            Alias::new("platform_role"),
        )
        .from(session::Entity)
        .inner_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((session::Entity, session::Column::UserId)),
        )
        .and_where(Expr::col((session::Entity, session::Column::Id)).eq(session_id))
        .and_where(Expr::col((session::Entity, session::Column::UserId)).eq(user_id))
        .and_where(Expr::col((session::Entity, session::Column::RevokedAt)).is_null())
        .and_where(Expr::col((user::Entity, user::Column::Active)).eq(true));
    if let Some(organisation_id) = organisation {
        select
            .expr_as(
                Expr::col((membership::Entity, membership::Column::Role)),
                Alias::new("role"),
            )
            .expr_as(
                Expr::col((organisation::Entity, organisation::Column::Kind)),
                Alias::new("kind"),
            )
            .expr_as(
                Expr::col((organisation::Entity, organisation::Column::Municipality)),
                Alias::new("municipality"),
            )
            .inner_join(
                membership::Entity,
                Expr::col((membership::Entity, membership::Column::UserId))
                    .equals((user::Entity, user::Column::Id))
                    .and(
                        Expr::col((membership::Entity, membership::Column::OrganisationId))
                            .eq(organisation_id),
                    ),
            )
            .inner_join(
                organisation::Entity,
                Expr::col((organisation::Entity, organisation::Column::Id))
                    .equals((membership::Entity, membership::Column::OrganisationId)),
            );
    }
    let Some(row) = db.query_one(&select).await? else {
        return Ok(None);
    };
    let platform_role = row
        .try_get::<Option<String>>("", "platform_role")?
        .map(|role| parse_stored("users.platform_role", &role))
        .transpose()?;
    let acting = match organisation {
        None => None,
        Some(organisation_id) => Some(ActingMembership {
            organisation_id,
            organisation_kind: parse_stored(
                "organisations.kind",
                &row.try_get::<String>("", "kind")?,
            )?,
            organisation_municipality: row.try_get("", "municipality")?,
            role: parse_stored("memberships.role", &row.try_get::<String>("", "role")?)?,
        }),
    };
    Ok(Some(Actor {
        user_id,
        platform_role,
        acting,
    }))
}
