//! Marking notifications read and choosing which kinds send e-mail.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use skupaj_app::notification::Marking;

use crate::graphql::context::app;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::parse_id;
use crate::graphql::types::notification::NotificationKind;

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

/// What marking did.
#[derive(SimpleObject, Debug)]
pub struct MarkNotificationsReadPayload {
    /// How many notifications became read.
    pub marked: u64,
    /// How many are still unread.
    pub unread: u64,
}

/// The preference a mutation saved.
#[derive(SimpleObject, Debug)]
pub struct NotificationPreferencePayload {
    /// The kind.
    pub kind: NotificationKind,
    /// Whether an e-mail is sent.
    pub email: bool,
}

#[derive(Default)]
pub struct NotificationMutation;

#[Object]
impl NotificationMutation {
    /// Marks the caller's notifications read: the ones named, or all.
    async fn mark_notifications_read(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which ones.")] input: MarkNotificationsReadInput,
    ) -> ApiResult<MarkNotificationsReadPayload> {
        let marking = match (input.all, input.ids) {
            (true, _) => Marking::All,
            (false, Some(ids)) => Marking::These(
                ids.iter()
                    .enumerate()
                    .map(|(i, id)| parse_id(&format!("ids[{i}]"), id))
                    .collect::<ApiResult<Vec<_>>>()?,
            ),
            (false, None) => {
                return Err(ApiError::validation(
                    "ids",
                    "name the notifications, or set all",
                ));
            }
        };
        let (marked, unread) = app(ctx)?.notifications().mark_read(marking).await?;
        Ok(MarkNotificationsReadPayload { marked, unread })
    }

    /// Turns e-mail on or off for one kind of notification.
    async fn set_notification_preference(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The kind and the choice.")] input: SetNotificationPreferenceInput,
    ) -> ApiResult<NotificationPreferencePayload> {
        app(ctx)?
            .notifications()
            .set_email(input.kind.into(), input.email)
            .await?;
        Ok(NotificationPreferencePayload {
            kind: input.kind,
            email: input.email,
        })
    }
}
