//! One's own account: changing the password, and resetting a forgotten one by e-mail.

use async_graphql::{Context, InputObject, Object, SimpleObject};
use chrono::{Duration, Utc};
use skupaj_domain::email::Email;
use skupaj_domain::password::NewPassword;
use skupaj_notifier::reset::{self, ResetKey};
use skupaj_persistence::{Database, auth_attempts, passwords, users};
use uuid::Uuid;

use crate::auth::password;
use crate::auth::rate_limit::{self, account_key, address_key};
use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{db, rate_limits, request, viewer};
use crate::graphql::error::{ApiError, ApiResult};

/// How long a reset link works.
pub const RESET_VALID_MINUTES: i64 = 30;

/// The current password and the new one.
#[derive(InputObject)]
pub struct ChangePasswordInput {
    /// The password the account has now.
    #[graphql(secret)]
    pub old_password: String,
    /// The new password (at least 12 characters).
    #[graphql(secret)]
    pub new_password: String,
}

/// What changing the password did.
#[derive(SimpleObject, Debug)]
pub struct ChangePasswordPayload {
    /// How many other sessions of the account were ended (this one stays signed in).
    pub ended_sessions: i32,
}

/// The address of the account whose password was forgotten.
#[derive(InputObject)]
pub struct RequestPasswordResetInput {
    /// The account's e-mail address.
    pub email: String,
}

/// The answer to a reset request: the same whether or not the address has an account.
#[derive(SimpleObject, Debug)]
pub struct RequestPasswordResetPayload {
    /// How many minutes a link sent now works (if the address has an active account, a link
    /// is on its way to it; the answer never says whether it has).
    pub valid_for_minutes: i32,
}

/// A reset token from the e-mailed link and the new password.
#[derive(InputObject)]
pub struct ResetPasswordInput {
    /// The token from the link (`/reset#token=…`).
    #[graphql(secret)]
    pub token: String,
    /// The new password (at least 12 characters).
    #[graphql(secret)]
    pub new_password: String,
}

/// What resetting the password did.
#[derive(SimpleObject, Debug)]
pub struct ResetPasswordPayload {
    /// Always `true`: the password is changed and every session of the account has ended, so
    /// sign in with the new password.
    pub password_changed: bool,
}

#[derive(Default)]
pub struct AccountMutation;

#[Object]
impl AccountMutation {
    /// Changes the signed-in user's password. The current password is required: a wrong one
    /// is `VALIDATION` on `oldPassword` and counts against the account's sign-in rate limit
    /// (`RATE_LIMITED` when used up). Every other session of the account ends, its refresh
    /// tokens with it; this session stays.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The current and the new password.")] input: ChangePasswordInput,
    ) -> ApiResult<ChangePasswordPayload> {
        audited("User", None, async {
            let current = viewer(ctx)?;
            let user_id = current.actor.user_id;
            let db = db(ctx);
            let limits = rate_limits(ctx);
            let Some(user) = users::get(db, user_id).await? else {
                return Err(ApiError::Unauthenticated("the account no longer exists"));
            };
            let keys = [
                (account_key(user.email.as_str()), limits.per_account),
                (
                    address_key(request(ctx).client_address.as_deref()),
                    limits.per_address,
                ),
            ];
            rate_limit::check(db, limits, &keys).await?;
            let new = NewPassword::parse("newPassword", &input.new_password)?;
            if input.new_password == input.old_password {
                return Err(ApiError::validation(
                    "newPassword",
                    "must differ from the current password",
                ));
            }
            let Some(credentials) = users::find_credentials(db, &user.email).await? else {
                return Err(ApiError::Unauthenticated("the account no longer exists"));
            };
            let old = input.old_password;
            let new_hash = tokio::task::spawn_blocking(move || {
                password::verify(&old, &credentials.password_hash)
                    .then(|| password::hash(new.expose()))
                    .transpose()
            })
            .await
            .map_err(ApiError::internal)?
            .map_err(ApiError::internal)?;
            let Some(new_hash) = new_hash else {
                rate_limit::fail(db, limits, &keys).await?;
                return Err(ApiError::validation(
                    "oldPassword",
                    "the current password is not correct",
                ));
            };
            let ended = passwords::change(db, user_id, new_hash, current.session_id).await?;
            auth_attempts::clear(db, &keys[0].0).await?;
            Ok(ChangePasswordPayload {
                ended_sessions: i32::try_from(ended).unwrap_or(i32::MAX),
            })
        })
        .await
    }

    /// Asks for a password reset link by e-mail. The answer is the same whether or not the
    /// address has an account, and is given before the address is looked up, so its timing
    /// tells nothing either. An active account gets an e-mail (always, whatever its
    /// preferences) with a link to the console holding a token that works once, for 30
    /// minutes. Rate-limited per address and per client like signing in (`RATE_LIMITED`).
    async fn request_password_reset(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's e-mail address.")] input: RequestPasswordResetInput,
    ) -> ApiResult<RequestPasswordResetPayload> {
        audited("User", None, async {
            let db = db(ctx);
            let limits = rate_limits(ctx);
            let keys = [
                (
                    format!("reset:{}", account_key(&input.email)),
                    limits.per_account,
                ),
                (
                    format!(
                        "reset:{}",
                        address_key(request(ctx).client_address.as_deref())
                    ),
                    limits.per_address,
                ),
            ];
            rate_limit::check(db, limits, &keys).await?;
            let email = Email::parse("email", &input.email)?;
            // Every request counts, whatever the address: the limit bounds the e-mails one
            // address or one client can cause.
            rate_limit::fail(db, limits, &keys).await?;
            let key = ctx.data_unchecked::<ResetKey>().clone();
            let db = db.clone();
            tokio::spawn(async move {
                if let Err(err) = send_reset(&db, &key, &email).await {
                    tracing::error!(error = ?err, "a password reset request was not recorded");
                }
            });
            Ok(RequestPasswordResetPayload {
                valid_for_minutes: i32::try_from(RESET_VALID_MINUTES).unwrap_or(30),
            })
        })
        .await
    }

    /// Sets a new password with the token of a reset link. It works once and within 30
    /// minutes; an unknown, used or expired token is `VALIDATION` on `token` and counts
    /// against the client's rate limit. Every session of the account ends.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The token and the new password.")] input: ResetPasswordInput,
    ) -> ApiResult<ResetPasswordPayload> {
        audited("User", None, async {
            let db = db(ctx);
            let limits = rate_limits(ctx);
            let keys = [(
                format!(
                    "reset:{}",
                    address_key(request(ctx).client_address.as_deref())
                ),
                limits.per_address,
            )];
            rate_limit::check(db, limits, &keys).await?;
            let new = NewPassword::parse("newPassword", &input.new_password)?;
            if input.token.is_empty() || input.token.len() > 100 {
                rate_limit::fail(db, limits, &keys).await?;
                return Err(invalid_token());
            }
            let new_hash = tokio::task::spawn_blocking(move || password::hash(new.expose()))
                .await
                .map_err(ApiError::internal)?
                .map_err(ApiError::internal)?;
            match passwords::reset(db, &reset::digest(&input.token), new_hash).await? {
                Some(_) => Ok(ResetPasswordPayload {
                    password_changed: true,
                }),
                None => {
                    rate_limit::fail(db, limits, &keys).await?;
                    Err(invalid_token())
                }
            }
        })
        .await
    }
}

fn invalid_token() -> ApiError {
    ApiError::validation(
        "token",
        "the link is not valid: it was used, has expired or was replaced; ask for a new one",
    )
}

/// Records a reset request for the address's active account, if there is one; its e-mail
/// goes through the outbox.
async fn send_reset(db: &Database, key: &ResetKey, email: &Email) -> anyhow::Result<()> {
    let Some(user) = users::find_by_email(db, email).await? else {
        return Ok(());
    };
    if !user.active {
        return Ok(());
    }
    let id = Uuid::now_v7();
    let token = key.token(id);
    passwords::request_reset(
        db,
        id,
        user.id,
        reset::digest(&token),
        Utc::now() + Duration::minutes(RESET_VALID_MINUTES),
    )
    .await?;
    Ok(())
}

impl AuditedPayload for ChangePasswordPayload {
    fn audited_id(&self) -> Option<Uuid> {
        None
    }
}

impl AuditedPayload for RequestPasswordResetPayload {
    fn audited_id(&self) -> Option<Uuid> {
        None
    }
}

impl AuditedPayload for ResetPasswordPayload {
    fn audited_id(&self) -> Option<Uuid> {
        None
    }
}
