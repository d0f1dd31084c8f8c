//! One's own account: changing the password, and resetting a forgotten one by e-mail.

use async_graphql::{Context, Object, SimpleObject};
use skupaj_notifier::reset::{self, ResetKey};

use crate::graphql::account::inputs::*;
use crate::graphql::context::{app, public, rate_limits, request, viewer};
use crate::graphql::error::ApiResult;

/// What changing the password did.
#[derive(SimpleObject, Debug)]
pub struct ChangePasswordPayload {
    /// How many other sessions of the account were ended (this one stays signed in).
    pub ended_sessions: i32,
}

/// The answer to a reset request: the same whether or not the address has an account.
#[derive(SimpleObject, Debug)]
pub struct RequestPasswordResetPayload {
    /// How many minutes a link sent now works (if the address has an active account, a link
    /// is on its way to it; the answer never says whether it has).
    pub valid_for_minutes: i32,
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
        let session_id = viewer(ctx)?.session_id;
        let ended = app(ctx)?
            .accounts()
            .change_password(
                session_id,
                input.old_password,
                &input.new_password,
                request(ctx).client_address.as_deref(),
                rate_limits(ctx),
            )
            .await?;
        Ok(ChangePasswordPayload {
            ended_sessions: i32::try_from(ended).unwrap_or(i32::MAX),
        })
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
        let key = ctx.data_unchecked::<ResetKey>().clone();
        let minutes = public(ctx)
            .account_recovery()
            .request_reset(
                &input.email,
                request(ctx).client_address.as_deref(),
                rate_limits(ctx),
                move |id| reset::digest(&key.token(id)),
            )
            .await?;
        Ok(RequestPasswordResetPayload {
            valid_for_minutes: i32::try_from(minutes).unwrap_or(30),
        })
    }

    /// Sets a new password with the token of a reset link. It works once and within 30
    /// minutes; an unknown, used or expired token is `VALIDATION` on `token` and counts
    /// against the client's rate limit. Every session of the account ends.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The token and the new password.")] input: ResetPasswordInput,
    ) -> ApiResult<ResetPasswordPayload> {
        let well_formed = !input.token.is_empty() && input.token.len() <= 100;
        let token_digest = well_formed.then(|| reset::digest(&input.token));
        public(ctx)
            .account_recovery()
            .reset(
                token_digest,
                &input.new_password,
                request(ctx).client_address.as_deref(),
                rate_limits(ctx),
            )
            .await?;
        Ok(ResetPasswordPayload {
            password_changed: true,
        })
    }
}
