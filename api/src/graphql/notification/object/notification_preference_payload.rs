//! `NotificationPreferencePayload`: the preference a mutation saved.

use async_graphql::SimpleObject;

use crate::graphql::notification::NotificationKind;

/// The preference a mutation saved.
#[derive(SimpleObject, Debug)]
pub struct NotificationPreferencePayload {
    /// The kind.
    pub kind: NotificationKind,
    /// Whether an e-mail is sent.
    pub email: bool,
}
