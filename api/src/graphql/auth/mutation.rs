//! Signing in and out, refreshing, and switching the acting organisation.

use async_graphql::{Context, Object};
use skupaj_app::session::{SignIn, Started};

use crate::auth::actor::Viewer;
use crate::graphql::account::Me;
use crate::graphql::auth::inputs::*;
use crate::graphql::auth::object::{AuthPayload, LogoutPayload, SwitchOrganisationPayload};
use crate::graphql::context::{app, public, rate_limits, request, tokens, viewer};
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;

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
        let organisation_id = input
            .organisation_id
            .as_ref()
            .map(|id| parse_id("organisationId", id))
            .transpose()?;
        let sign_in = SignIn {
            email: &input.email,
            password: input.password,
            organisation_id,
            client_address: request(ctx).client_address.as_deref(),
        };
        let started = public(ctx)
            .sessions()
            .sign_in(sign_in, rate_limits(ctx), tokens(ctx).refresh_expiry())
            .await?;
        issue(ctx, started)
    }

    /// Exchanges a refresh token for a new access token and a new refresh token. Presenting a
    /// refresh token that was already used ends the whole session (it was copied).
    async fn refresh_session(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The refresh token to exchange.")] input: RefreshSessionInput,
    ) -> ApiResult<AuthPayload> {
        let started = public(ctx)
            .sessions()
            .refresh(
                &input.refresh_token,
                request(ctx).client_address.as_deref(),
                rate_limits(ctx),
                tokens(ctx).refresh_expiry(),
            )
            .await?;
        issue(ctx, started)
    }

    /// Signs out: ends this session (or every session of the user), so that its refresh token
    /// and its access tokens stop working at once.
    async fn logout(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How far to sign out.")] input: LogoutInput,
    ) -> ApiResult<LogoutPayload> {
        let session_id = viewer(ctx)?.session_id;
        let ended = app(ctx)?
            .sessions()
            .sign_out(session_id, input.everywhere)
            .await?;
        Ok(LogoutPayload {
            ended_sessions: i32::try_from(ended).unwrap_or(i32::MAX),
        })
    }

    /// Acts in another organisation the user belongs to. Returns an access token that names it;
    /// the session's refresh token keeps working and now refreshes into that organisation.
    async fn switch_organisation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The organisation to act in.")] input: SwitchOrganisationInput,
    ) -> ApiResult<SwitchOrganisationPayload> {
        let current = viewer(ctx)?;
        let organisation_id = parse_id("organisationId", &input.organisation_id)?;
        let actor = app(ctx)?
            .sessions()
            .switch_organisation(current.session_id, organisation_id)
            .await?;
        let (access_token, access_token_expires_at) = tokens(ctx).issue(
            current.actor.user_id,
            current.session_id,
            Some(organisation_id),
        )?;
        Ok(SwitchOrganisationPayload {
            access_token,
            access_token_expires_at,
            me: Me(Viewer {
                actor,
                session_id: current.session_id,
            }),
        })
    }
}

/// Issues an access token for a started session and describes who it belongs to.
fn issue(ctx: &Context<'_>, started: Started) -> ApiResult<AuthPayload> {
    let (access_token, access_token_expires_at) = tokens(ctx).issue(
        started.actor.user_id,
        started.session_id,
        started.organisation_id,
    )?;
    Ok(AuthPayload {
        access_token,
        access_token_expires_at,
        refresh_token: started.refresh_token,
        me: Me(Viewer {
            actor: started.actor,
            session_id: started.session_id,
        }),
    })
}
