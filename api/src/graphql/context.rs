//! What every resolver can reach: the database, the token service, and who is asking.

use std::sync::Arc;

use async_graphql::Context;
use skupaj_app::{App, Handle, Public};
use skupaj_domain::access::Actor;
use skupaj_domain::suppression::MinCell;
use skupaj_persistence::Database;

use crate::auth::actor::Viewer;
use crate::auth::tokens::TokenService;
use crate::graphql::error::{ApiError, ApiResult};

/// Who sent this request.
#[derive(Debug, Clone, Default)]
pub struct RequestContext {
    pub viewer: Option<Viewer>,
    /// A bearer token came with the request but was not good (expired, tampered, revoked).
    pub token_rejected: bool,
    /// The client's IP address, for rate limits and the audit log: the socket's peer, or the
    /// address a trusted proxy forwarded for (`http::client::Client`).
    pub client_address: Option<String>,
}

/// The signed-in viewer's handle to data: the only way resolvers reach it (the policy's scopes
/// on every read, its permit on every write), or `UNAUTHENTICATED`.
pub fn app<'a>(ctx: &Context<'a>) -> ApiResult<Handle<'a>> {
    let actor = actor(ctx)?;
    Ok(ctx.data_unchecked::<App>().acting_as(actor))
}

/// The way to data for what needs no sign-in (signing in, invitations, password resets).
pub fn public<'a>(ctx: &Context<'a>) -> Public<'a> {
    ctx.data_unchecked::<App>().public()
}

/// The raw database, for resolvers not yet moved to the application layer (`app`); the
/// resolver check (`tests/src/tidy.rs`) lists them and lets no other reach it.
pub fn db<'a>(ctx: &Context<'a>) -> &'a Database {
    ctx.data_unchecked::<Database>()
}

pub fn tokens<'a>(ctx: &Context<'a>) -> &'a Arc<TokenService> {
    ctx.data_unchecked::<Arc<TokenService>>()
}

pub fn request<'a>(ctx: &Context<'a>) -> &'a RequestContext {
    ctx.data_unchecked::<RequestContext>()
}

/// The signed-in viewer, or `UNAUTHENTICATED`.
pub fn viewer<'a>(ctx: &Context<'a>) -> ApiResult<&'a Viewer> {
    let request = request(ctx);
    match &request.viewer {
        Some(viewer) => Ok(viewer),
        None if request.token_rejected => Err(ApiError::Unauthenticated(
            "the access token is invalid, expired or revoked",
        )),
        None => Err(ApiError::Unauthenticated("sign in first")),
    }
}

pub fn actor<'a>(ctx: &Context<'a>) -> ApiResult<&'a Actor> {
    viewer(ctx).map(|viewer| &viewer.actor)
}

/// k of small-cell suppression, from the settings.
pub fn min_cell(ctx: &Context<'_>) -> MinCell {
    *ctx.data_unchecked::<MinCell>()
}

pub fn rate_limits<'a>(ctx: &Context<'a>) -> &'a crate::auth::rate_limit::RateLimits {
    ctx.data_unchecked::<crate::auth::rate_limit::RateLimits>()
}
