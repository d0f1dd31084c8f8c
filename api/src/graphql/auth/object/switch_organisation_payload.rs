//! `SwitchOrganisationPayload`: what switching organisation hands out.

use async_graphql::SimpleObject;
use chrono::{DateTime, Utc};

use crate::graphql::account::object::me::Me;

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
