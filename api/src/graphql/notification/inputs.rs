//! What the notification mutations take.

use async_graphql::{ID, InputObject};

use crate::graphql::notification::NotificationKind;

/// Which notifications to mark read.
#[derive(InputObject, Debug)]
pub struct MarkNotificationsReadInput {
    /// These notifications, at most 100 (the caller's own; others are ignored).
    pub ids: Option<Vec<ID>>,
    /// Every unread notification of the caller.
    #[graphql(default = false)]
    pub all: bool,
}

/// E-mail on or off for one kind.
#[derive(InputObject, Debug)]
pub struct SetNotificationPreferenceInput {
    /// The kind.
    pub kind: NotificationKind,
    /// Whether to send an e-mail (in-app notifications are always on).
    pub email: bool,
}
