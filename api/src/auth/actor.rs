//! From a bearer token to the `Actor` the access policy judges. Everything that can change
//! after a token was issued (the user deactivated, the session revoked, the membership removed
//! or its role changed) is read from the database on every request.

use skupaj_domain::access::Actor;
use skupaj_persistence::{Database, PersistenceError, viewers};
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
    viewer_for(db, claims.sub, claims.sid, claims.org).await
}

/// The viewer for a user acting in `organisation` within a live session, or `None` when the
/// session was revoked, the user is inactive or not a member there. One statement.
pub async fn viewer_for(
    db: &Database,
    user_id: Uuid,
    session_id: Uuid,
    organisation: Option<Uuid>,
) -> Result<Option<Viewer>, PersistenceError> {
    Ok(viewers::actor(db, session_id, user_id, organisation)
        .await?
        .map(|actor| Viewer { actor, session_id }))
}
