//! `AuthPayload`: what signing in or refreshing hands out.

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
