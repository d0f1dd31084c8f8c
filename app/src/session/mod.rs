//! Sign-in sessions: signing in, refreshing, signing out and switching the acting
//! organisation. Issuing the access token stays with the API (HTTP and JWT plumbing); these use
//! cases answer what the token needs.

mod limits;
pub mod refresh;

pub(crate) use limits::Attempt;
pub use limits::{RateLimits, account_key, address_key};

use chrono::{DateTime, Utc};
use skupaj_domain::access::{self, Actor};
use skupaj_domain::email::Email;
use skupaj_persistence::sessions::{self, Rotation};
use skupaj_persistence::{Database, audit, users, viewers};
use uuid::Uuid;

use crate::account::password;
use crate::{AppError, AppResult, Handle, Public};

/// The one answer to every failed sign-in, whatever the reason, so that nobody can learn
/// whether an address has an account.
pub const BAD_CREDENTIALS: &str = "the e-mail address or the password is not correct";

/// A session that may have an access token issued for it.
#[derive(Debug, Clone)]
pub struct Started {
    /// Who the session acts as, as the policy sees them.
    pub actor: Actor,
    pub session_id: Uuid,
    /// The organisation the session acts in (the access token names it).
    pub organisation_id: Option<Uuid>,
    /// The refresh token to hand to the client (its hash is stored).
    pub refresh_token: String,
}

/// Someone signing in.
#[derive(Debug)]
pub struct SignIn<'s> {
    pub email: &'s str,
    pub password: String,
    /// The organisation to act in; by default the oldest membership.
    pub organisation_id: Option<Uuid>,
    /// The client's address, for the rate limit.
    pub client_address: Option<&'s str>,
}

/// The use cases of sessions that need no signed-in user.
#[derive(Debug, Clone, Copy)]
pub struct SessionStarts<'a>(Public<'a>);

impl<'a> Public<'a> {
    /// Signing in and refreshing.
    pub fn sessions(self) -> SessionStarts<'a> {
        SessionStarts(self)
    }
}

impl SessionStarts<'_> {
    /// Signs in: checks the rate limits, the password (spending the same work on an unknown
    /// address) and that the account is active, then starts a session acting in the chosen
    /// organisation. Every failure is the same `UNAUTHENTICATED` and counts against the account
    /// and the client address.
    pub async fn sign_in(
        &self,
        sign_in: SignIn<'_>,
        limits: &RateLimits,
        refresh_expires_at: DateTime<Utc>,
    ) -> AppResult<Started> {
        audit::about("User", None);
        let db = self.0.db();
        let attempt = Attempt::new(
            limits,
            vec![
                (account_key(sign_in.email), limits.per_account),
                (address_key(sign_in.client_address), limits.per_address),
            ],
        );
        attempt.check(db).await?;
        let credentials = match Email::parse("email", sign_in.email) {
            Ok(email) => users::find_credentials(db, &email).await?,
            Err(_) => None,
        };
        let given = sign_in.password;
        // argon2 is deliberately slow: keep it off the async workers.
        let user = tokio::task::spawn_blocking(move || match credentials {
            Some(c) => {
                (password::verify(&given, &c.password_hash) && c.user.active).then_some(c.user)
            }
            None => {
                password::verify_decoy(&given);
                None
            }
        })
        .await
        .map_err(anyhow::Error::from)?;
        let Some(user) = user else {
            attempt.fail(db).await?;
            return Err(AppError::Unauthenticated(BAD_CREDENTIALS));
        };
        attempt.clear_first(db).await?;

        let memberships: Vec<Uuid> = users::memberships_of(db, user.id)
            .await?
            .into_iter()
            .map(|m| m.organisation_id)
            .collect();
        let (organisation, permit) = access::start_session(&memberships, sign_in.organisation_id)?;
        let (refresh_token, refresh_hash) = refresh::generate();
        let session = sessions::start(
            db,
            permit,
            user.id,
            organisation,
            refresh_hash,
            refresh_expires_at,
        )
        .await?;
        tracing::info!(user_id = %user.id, session_id = %session.id, "signed in");
        started(db, user.id, session.id, organisation, refresh_token).await
    }

    /// Exchanges a refresh token for a new one. A token already used ends its whole session (it
    /// was copied); an unknown, expired or revoked one is refused. Both count against the
    /// client address.
    pub async fn refresh(
        &self,
        presented: &str,
        client_address: Option<&str>,
        limits: &RateLimits,
        refresh_expires_at: DateTime<Utc>,
    ) -> AppResult<Started> {
        audit::about("User", None);
        let db = self.0.db();
        let attempt = Attempt::new(
            limits,
            vec![(address_key(client_address), limits.per_address)],
        );
        attempt.check(db).await?;
        let (refresh_token, refresh_hash) = refresh::generate();
        let rotation = sessions::rotate(
            db,
            access::refresh_session(),
            &refresh::digest(presented),
            refresh_hash,
            refresh_expires_at,
        )
        .await?;
        match rotation {
            Rotation::Rotated(session) => {
                let user = session.user_id;
                let result =
                    started(db, user, session.id, session.organisation_id, refresh_token).await;
                if result.is_ok() {
                    audit::created(user);
                }
                result
            }
            Rotation::ReuseDetected => {
                attempt.fail(db).await?;
                tracing::warn!("refresh token reused; session revoked");
                Err(AppError::Unauthenticated(
                    "this refresh token was already used; the session has been ended",
                ))
            }
            Rotation::Invalid => {
                attempt.fail(db).await?;
                Err(AppError::Unauthenticated(
                    "the refresh token is invalid, expired or revoked",
                ))
            }
        }
    }
}

/// The session as the policy sees it now; a session whose user was deactivated, or is no
/// longer a member where it acts, is over.
async fn started(
    db: &Database,
    user_id: Uuid,
    session_id: Uuid,
    organisation: Option<Uuid>,
    refresh_token: String,
) -> AppResult<Started> {
    let Some(actor) = viewers::actor(db, session_id, user_id, organisation).await? else {
        sessions::revoke(db, access::end_lapsed_session(), session_id).await?;
        return Err(AppError::Unauthenticated(
            "the account is deactivated or no longer a member of the organisation",
        ));
    };
    Ok(Started {
        actor,
        session_id,
        organisation_id: organisation,
        refresh_token,
    })
}

/// The use cases of the signed-in user's own sessions.
#[derive(Debug, Clone, Copy)]
pub struct Sessions<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// The actor's own sessions.
    pub fn sessions(self) -> Sessions<'a> {
        Sessions(self)
    }
}

impl Sessions<'_> {
    /// Signs out of `session_id` (the request's), or out of every session of the actor;
    /// answers how many sessions ended.
    pub async fn sign_out(&self, session_id: Uuid, everywhere: bool) -> AppResult<u64> {
        audit::about("Session", None);
        let actor = self.0.actor();
        let permit = access::manage_own_account(actor);
        if everywhere {
            Ok(sessions::revoke_all_for_user(self.0.db(), permit, actor.user_id).await?)
        } else {
            sessions::revoke(self.0.db(), permit, session_id).await?;
            Ok(1)
        }
    }

    /// Moves session `session_id` (the request's) to act in `organisation_id`, where the actor
    /// must be a member (`FORBIDDEN` otherwise); answers the actor as they now act.
    pub async fn switch_organisation(
        &self,
        session_id: Uuid,
        organisation_id: Uuid,
    ) -> AppResult<Actor> {
        audit::about("Session", None);
        let db = self.0.db();
        let user = self.0.actor().user_id;
        let next = viewers::actor(db, session_id, user, Some(organisation_id)).await?;
        let permit = access::act_in(next.is_some())?;
        let next = next.ok_or(AppError::Refused(skupaj_domain::DomainError::Forbidden))?;
        sessions::set_organisation(db, permit, session_id, Some(organisation_id)).await?;
        audit::created(session_id);
        Ok(next)
    }
}
