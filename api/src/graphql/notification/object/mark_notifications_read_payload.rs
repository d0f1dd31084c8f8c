//! `MarkNotificationsReadPayload`: what marking notifications read did.

use async_graphql::SimpleObject;

/// What marking did.
#[derive(SimpleObject, Debug)]
pub struct MarkNotificationsReadPayload {
    /// How many notifications became read.
    pub marked: u64,
    /// How many are still unread.
    pub unread: u64,
}
