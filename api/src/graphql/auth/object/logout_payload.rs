//! `LogoutPayload`: what signing out did.

use async_graphql::SimpleObject;

/// What signing out did.
#[derive(SimpleObject, Debug)]
pub struct LogoutPayload {
    /// How many sessions were ended.
    pub ended_sessions: i32,
}
