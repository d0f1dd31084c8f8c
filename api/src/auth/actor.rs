//! From a bearer token to the `Actor` the access policy judges. Everything that can change
//! after a token was issued (the user deactivated, the session revoked, the membership removed
//! or its role changed) is read from the database on every request.

use skupaj_domain::access::{ActingMembership, Actor};
use skupaj_persistence::{Database, PersistenceError, organisations, sessions, users};
use uuid::Uuid;

use crate::auth::tokens::TokenService;

/// The signed-in user of one request.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub actor: Actor,
    pub session_id: Uuid,
}

/// Resolves a bearer token; `Ok(None)` means the token is not (or no longer) good.
pub async fn resolve(
    db: &Database,
    tokens: &TokenService,
    bearer: &str,
) -> Result<Option<Viewer>, PersistenceError> {
    let Some(claims) = tokens.verify(bearer) else {
        return Ok(None);
    };
    let session = sessions::live(db, claims.sid).await?;
    if session.is_none_or(|s| s.user_id != claims.sub) {
        return Ok(None);
    }
    viewer_for(db, claims.sub, claims.sid, claims.org).await
}

/// The viewer for a user acting in `organisation`, or `None` when the user is inactive or not
/// a member there.
pub async fn viewer_for(
    db: &Database,
    user_id: Uuid,
    session_id: Uuid,
    organisation: Option<Uuid>,
) -> Result<Option<Viewer>, PersistenceError> {
    let Some(user) = users::get(db, user_id).await?.filter(|u| u.active) else {
        return Ok(None);
    };
    let acting = match organisation {
        None => None,
        Some(organisation_id) => {
            let Some(membership) = users::membership(db, user_id, organisation_id).await? else {
                return Ok(None);
            };
            let Some(organisation) = organisations::get(db, organisation_id).await? else {
                return Ok(None);
            };
            Some(ActingMembership {
                organisation_id,
                organisation_kind: organisation.profile.kind,
                organisation_municipality: organisation.profile.municipality,
                role: membership.role,
            })
        }
    };
    Ok(Some(Viewer {
        actor: Actor {
            user_id,
            platform_role: user.platform_role,
            acting,
        },
        session_id,
    }))
}
