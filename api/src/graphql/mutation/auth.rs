//! Signing in and out, refreshing, and switching the acting organisation.

use async_graphql::{Context, ID, InputObject, Object};
use skupaj_domain::email::Email;
use skupaj_persistence::sessions::{self, Rotation};
use skupaj_persistence::{auth_attempts, users};
use uuid::Uuid;

use crate::auth::actor::{Viewer, viewer_for};
use crate::auth::rate_limit::{self, account_key, address_key};
use crate::auth::{password, refresh};
use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{db, rate_limits, request, tokens, viewer};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::parse_id;
use crate::graphql::types::me::Me;
use crate::graphql::types::session::{AuthPayload, LogoutPayload, SwitchOrganisationPayload};

/// The one answer to every failed sign-in, whatever the reason, so that nobody can learn
/// whether an address has an account.
const BAD_CREDENTIALS: &str = "the e-mail address or the password is not correct";

/// Credentials to sign in with.
#[derive(InputObject)]
pub struct LoginInput {
    /// The account's e-mail address.
    pub email: String,
    /// The account's password.
    #[graphql(secret)]
    pub password: String,
    /// The organisation to act in; by default the user's oldest membership.
    pub organisation_id: Option<ID>,
}

/// A refresh token to exchange.
#[derive(InputObject)]
pub struct RefreshSessionInput {
    /// The refresh token from the last `login` or `refreshSession`.
    #[graphql(secret)]
    pub refresh_token: String,
}

/// How far to sign out.
#[derive(InputObject)]
pub struct LogoutInput {
    /// End every session of the user on every device, not only this one.
    #[graphql(default = false)]
    pub everywhere: bool,
}

/// The organisation to act in from now on.
#[derive(InputObject)]
pub struct SwitchOrganisationInput {
    /// An organisation the user is a member of.
    pub organisation_id: ID,
}

#[derive(Default)]
pub struct AuthMutation;

#[Object]
impl AuthMutation {
    /// Signs in. A wrong password, an unknown address and a deactivated account all get the
    /// same `UNAUTHENTICATED` answer.
    async fn login(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The credentials.")] input: LoginInput,
    ) -> ApiResult<AuthPayload> {
        audited("User", None, async {
            let db = db(ctx);
            let requested_organisation = input
                .organisation_id
                .as_ref()
                .map(|id| parse_id("organisationId", id))
                .transpose()?;
            let limits = rate_limits(ctx);
            let keys = [
                (account_key(&input.email), limits.per_account),
                (
                    address_key(request(ctx).client_address.as_deref()),
                    limits.per_address,
                ),
            ];
            rate_limit::check(db, limits, &keys).await?;
            let credentials = match Email::parse("email", &input.email) {
                Ok(email) => users::find_credentials(db, &email).await?,
                Err(_) => None,
            };
            let password = input.password;
            // argon2 is deliberately slow: keep it off the async workers.
            let user = tokio::task::spawn_blocking(move || match credentials {
                Some(c) => (password::verify(&password, &c.password_hash) && c.user.active)
                    .then_some(c.user),
                None => {
                    password::verify_decoy(&password);
                    None
                }
            })
            .await
            .map_err(ApiError::internal)?;
            let Some(user) = user else {
                rate_limit::fail(db, limits, &keys).await?;
                return Err(ApiError::Unauthenticated(BAD_CREDENTIALS));
            };
            auth_attempts::clear(db, &keys[0].0).await?;

            let memberships = users::memberships_of(db, user.id).await?;
            let organisation = match requested_organisation {
                Some(id) if memberships.iter().any(|m| m.organisation_id == id) => Some(id),
                Some(_) => return Err(ApiError::Forbidden),
                None => memberships.first().map(|m| m.organisation_id),
            };
            let (refresh_token, refresh_hash) = refresh::generate();
            let session = sessions::start(
                db,
                user.id,
                organisation,
                refresh_hash,
                tokens(ctx).refresh_expiry(),
            )
            .await?;
            tracing::info!(user_id = %user.id, session_id = %session.id, "signed in");
            issue(ctx, user.id, session.id, organisation, refresh_token).await
        })
        .await
    }

    /// Exchanges a refresh token for a new access token and a new refresh token. Presenting a
    /// refresh token that was already used ends the whole session (it was copied).
    async fn refresh_session(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The refresh token to exchange.")] input: RefreshSessionInput,
    ) -> ApiResult<AuthPayload> {
        audited("User", None, async {
            let db = db(ctx);
            let limits = rate_limits(ctx);
            let keys = [(
                address_key(request(ctx).client_address.as_deref()),
                limits.per_address,
            )];
            rate_limit::check(db, limits, &keys).await?;
            let (refresh_token, refresh_hash) = refresh::generate();
            let rotation = sessions::rotate(
                db,
                &refresh::digest(&input.refresh_token),
                refresh_hash,
                tokens(ctx).refresh_expiry(),
            )
            .await?;
            match rotation {
                Rotation::Rotated(session) => {
                    issue(
                        ctx,
                        session.user_id,
                        session.id,
                        session.organisation_id,
                        refresh_token,
                    )
                    .await
                }
                Rotation::ReuseDetected => {
                    rate_limit::fail(db, limits, &keys).await?;
                    tracing::warn!("refresh token reused; session revoked");
                    Err(ApiError::Unauthenticated(
                        "this refresh token was already used; the session has been ended",
                    ))
                }
                Rotation::Invalid => {
                    rate_limit::fail(db, limits, &keys).await?;
                    Err(ApiError::Unauthenticated(
                        "the refresh token is invalid, expired or revoked",
                    ))
                }
            }
        })
        .await
    }

    /// Signs out: ends this session (or every session of the user), so that its refresh token
    /// and its access tokens stop working at once.
    async fn logout(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How far to sign out.")] input: LogoutInput,
    ) -> ApiResult<LogoutPayload> {
        audited("Session", None, async {
            let viewer = viewer(ctx)?;
            let ended = if input.everywhere {
                sessions::revoke_all_for_user(db(ctx), viewer.actor.user_id).await?
            } else {
                sessions::revoke(db(ctx), viewer.session_id).await?;
                1
            };
            Ok(LogoutPayload {
                ended_sessions: i32::try_from(ended).unwrap_or(i32::MAX),
            })
        })
        .await
    }

    /// Acts in another organisation the user belongs to. Returns an access token that names it;
    /// the session's refresh token keeps working and now refreshes into that organisation.
    async fn switch_organisation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The organisation to act in.")] input: SwitchOrganisationInput,
    ) -> ApiResult<SwitchOrganisationPayload> {
        audited("Session", None, async {
            let current = viewer(ctx)?;
            let organisation_id = parse_id("organisationId", &input.organisation_id)?;
            let db = db(ctx);
            let Some(next) = viewer_for(
                db,
                current.actor.user_id,
                current.session_id,
                Some(organisation_id),
            )
            .await?
            else {
                return Err(ApiError::Forbidden);
            };
            sessions::set_organisation(db, current.session_id, Some(organisation_id)).await?;
            let (access_token, access_token_expires_at) = tokens(ctx).issue(
                current.actor.user_id,
                current.session_id,
                Some(organisation_id),
            )?;
            Ok(SwitchOrganisationPayload {
                access_token,
                access_token_expires_at,
                me: Me(next),
            })
        })
        .await
    }
}

/// Issues an access token for a session and describes who it belongs to.
async fn issue(
    ctx: &Context<'_>,
    user_id: Uuid,
    session_id: Uuid,
    organisation: Option<Uuid>,
    refresh_token: String,
) -> ApiResult<AuthPayload> {
    let db = db(ctx);
    let Some(viewer): Option<Viewer> = viewer_for(db, user_id, session_id, organisation).await?
    else {
        // Deactivated, or no longer a member where the session acts: the session is over.
        sessions::revoke(db, session_id).await?;
        return Err(ApiError::Unauthenticated(
            "the account is deactivated or no longer a member of the organisation",
        ));
    };
    let (access_token, access_token_expires_at) =
        tokens(ctx).issue(user_id, session_id, organisation)?;
    Ok(AuthPayload {
        access_token,
        access_token_expires_at,
        refresh_token,
        me: Me(viewer),
    })
}

impl AuditedPayload for AuthPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.me.0.actor.user_id)
    }
}

impl AuditedPayload for SwitchOrganisationPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.me.0.session_id)
    }
}

impl AuditedPayload for LogoutPayload {
    fn audited_id(&self) -> Option<Uuid> {
        None
    }
}
