//! Marking notifications read and choosing which kinds send e-mail.

use async_graphql::{Context, Object};
use skupaj_app::notification::Marking;

use crate::graphql::context::app;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::notification::{
    MarkNotificationsReadInput, MarkNotificationsReadPayload, NotificationPreferencePayload,
    SetNotificationPreferenceInput,
};
use crate::graphql::pagination::parse_id;

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
