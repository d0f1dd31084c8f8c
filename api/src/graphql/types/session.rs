//! Payloads of signing in and refreshing.

use async_graphql::SimpleObject;
use chrono::{DateTime, Utc};

use crate::graphql::account::object::me::Me;

/// What signing in or refreshing hands out.
#[derive(SimpleObject, Debug)]
pub struct AuthPayload {
    /// A short-lived JWT: send it as `Authorization: Bearer <token>`.
    pub access_token: String,
    /// When the access token stops working.
    pub access_token_expires_at: DateTime<Utc>,
    /// An opaque token for `refreshSession`. It works once: each use returns a new one, and
    /// using an old one again ends the whole session.
    pub refresh_token: String,
    /// Who signed in, and where they act.
    pub me: Me,
}

/// What switching organisation hands out.
#[derive(SimpleObject, Debug)]
pub struct SwitchOrganisationPayload {
    /// A new access token naming the new organisation.
    pub access_token: String,
    /// When the new access token stops working.
    pub access_token_expires_at: DateTime<Utc>,
    /// Who is signed in, now acting in the new organisation.
    pub me: Me,
}

/// What signing out did.
#[derive(SimpleObject, Debug)]
pub struct LogoutPayload {
    /// How many sessions were ended.
    pub ended_sessions: i32,
}
