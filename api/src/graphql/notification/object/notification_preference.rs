//! `NotificationPreference`: whether one kind of notification sends e-mail.

use async_graphql::SimpleObject;

use crate::graphql::notification::NotificationKind;

/// Whether e-mail is sent for one kind of notification (in-app is always on).
#[derive(SimpleObject, Debug, Clone)]
pub struct NotificationPreference {
    /// The kind.
    pub kind: NotificationKind,
    /// Whether an e-mail is sent.
    pub email: bool,
}
