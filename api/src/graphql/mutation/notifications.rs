//! Marking notifications read and choosing which kinds send e-mail.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use skupaj_persistence::notifications;

use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{actor, db};
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

impl AuditedPayload for MarkNotificationsReadPayload {
    fn audited_id(&self) -> Option<uuid::Uuid> {
        None
    }
}

impl AuditedPayload for NotificationPreferencePayload {
    fn audited_id(&self) -> Option<uuid::Uuid> {
        None
    }
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
        audited(ctx, "markNotificationsRead", "Notification", None, async {
            let user = actor(ctx)?.user_id;
            let db = db(ctx);
            let marked = match (input.all, &input.ids) {
                (true, _) => notifications::mark_read(db, user, None).await?,
                (false, Some(ids)) => {
                    if ids.len() > 100 {
                        return Err(ApiError::validation(
                            "ids",
                            "at most 100 at a time (or set all)",
                        ));
                    }
                    let ids = ids
                        .iter()
                        .enumerate()
                        .map(|(i, id)| parse_id(&format!("ids[{i}]"), id))
                        .collect::<ApiResult<Vec<_>>>()?;
                    notifications::mark_read(db, user, Some(&ids)).await?
                }
                (false, None) => {
                    return Err(ApiError::validation(
                        "ids",
                        "name the notifications, or set all",
                    ));
                }
            };
            let unread = notifications::unread_count(db, user).await?;
            Ok(MarkNotificationsReadPayload { marked, unread })
        })
        .await
    }

    /// Turns e-mail on or off for one kind of notification.
    async fn set_notification_preference(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The kind and the choice.")] input: SetNotificationPreferenceInput,
    ) -> ApiResult<NotificationPreferencePayload> {
        audited(ctx, "setNotificationPreference", "User", None, async {
            let user = actor(ctx)?.user_id;
            if skupaj_domain::notification::NotificationKind::from(input.kind).email_always() {
                return Err(ApiError::validation(
                    "kind",
                    "this kind's e-mail is always sent and cannot be turned off",
                ));
            }
            notifications::set_email(db(ctx), user, input.kind.into(), input.email).await?;
            Ok(NotificationPreferencePayload {
                kind: input.kind,
                email: input.email,
            })
        })
        .await
    }
}
