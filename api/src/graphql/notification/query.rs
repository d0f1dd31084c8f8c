//! The signed-in user's inbox and e-mail preferences.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, Object};
use strum::IntoEnumIterator;
use uuid::Uuid;

use crate::graphql::context::app;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::notification::{Notification, NotificationPreference};
use crate::graphql::pagination::{decode_cursor, encode_cursor, page_size};

#[derive(Default)]
pub struct NotificationQuery;

#[Object]
impl NotificationQuery {
    /// The signed-in user's notifications: unread first, then newest first.
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only unread ones.", default = false)] unread_only: bool,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last notification of the previous page.")]
        after: Option<String>,
    ) -> ApiResult<Option<Connection<String, Notification>>> {
        let first = page_size(first)?;
        let after = after.map(|cursor| inbox_cursor(&cursor)).transpose()?;
        let (page, language) = app(ctx)?
            .notifications()
            .inbox(unread_only, after, first)
            .await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(page.items.into_iter().map(|n| {
            let cursor = encode_cursor(&format!("{}|{}", u8::from(n.read_at.is_some()), n.id));
            Edge::new(
                cursor,
                Notification {
                    inner: n,
                    language: language.clone(),
                },
            )
        }));
        Ok(Some(connection))
    }

    /// One of the signed-in user's notifications, as linked from its e-mail
    /// (`/notifications/{id}`). Someone else's is `NOT_FOUND`, like one that does not exist.
    async fn notification(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The notification's id.")] id: ID,
    ) -> ApiResult<Option<Notification>> {
        let notifications = app(ctx)?.notifications();
        let id = Uuid::parse_str(id.as_str()).map_err(|_| ApiError::NotFound)?;
        let Some((found, language)) = notifications.one(id).await? else {
            return Err(ApiError::NotFound);
        };
        Ok(Some(Notification {
            inner: found,
            language,
        }))
    }

    /// How many of the signed-in user's notifications are unread.
    async fn unread_notification_count(&self, ctx: &Context<'_>) -> ApiResult<Option<u64>> {
        Ok(Some(app(ctx)?.notifications().unread_count().await?))
    }

    /// For every kind of notification, whether the signed-in user gets an e-mail (kinds whose
    /// e-mail always goes out, `PASSWORD_RESET`, are not listed).
    async fn notification_preferences(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<Vec<NotificationPreference>>> {
        let off = app(ctx)?.notifications().email_off().await?;
        Ok(Some(
            skupaj_domain::notification::NotificationKind::iter()
                .filter(|kind| !kind.email_always())
                .map(|kind| NotificationPreference {
                    kind: kind.into(),
                    email: !off.contains(&kind),
                })
                .collect(),
        ))
    }
}

/// The (read, id) inside an inbox cursor.
fn inbox_cursor(cursor: &str) -> ApiResult<(bool, Uuid)> {
    let decoded = decode_cursor(cursor)?;
    let bad = || ApiError::validation("after", "is not a cursor of this list");
    let (read, id) = decoded.split_once('|').ok_or_else(bad)?;
    Ok((read == "1", Uuid::parse_str(id).map_err(|_| bad())?))
}
