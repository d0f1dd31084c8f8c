//! The subscription root: `notificationReceived`, over graphql-transport-ws at `/graphql/ws`.

use async_graphql::{Context, Subscription};
use futures_util::Stream;
use skupaj_notifier::live::Hub;
use skupaj_persistence::{Database, notifications, sessions, users};
use tokio::sync::broadcast::error::RecvError;

use crate::graphql::context::{actor, db, viewer};
use crate::graphql::error::ApiError;
use crate::graphql::types::notification::Notification;
use crate::runtime::AppRuntime;

/// Every subscription of the API.
#[derive(Default)]
pub struct SubscriptionRoot;

/// Live events over graphql-transport-ws at `/graphql/ws`; the access token is given in
/// `connection_init`.
#[Subscription]
impl SubscriptionRoot {
    /// The signed-in user's new notifications, as they are raised (on any instance). Never
    /// another user's.
    async fn notification_received(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = Notification> + use<>> {
        let user = actor(ctx)?.user_id;
        let session = viewer(ctx)?.session_id;
        let db = db(ctx).clone();
        // Database work runs on the application runtime, not on the HTTP worker serving the
        // socket (see `runtime::AppRuntime`).
        let runtime = ctx
            .data_opt::<AppRuntime>()
            .cloned()
            .unwrap_or_else(AppRuntime::current);
        let language = {
            let db = db.clone();
            runtime
                .run(async move { users::get(&db, user).await })
                .await
                .ok_or_else(|| ApiError::internal(anyhow::anyhow!("subscription setup failed")))?
                .map_err(ApiError::from)?
                .map(|u| u.preferred_locale.to_string())
                .unwrap_or_default()
        };
        let receiver = ctx.data_unchecked::<Hub>().subscribe();
        Ok(futures_util::stream::unfold(
            receiver,
            move |mut receiver| {
                let db = db.clone();
                let language = language.clone();
                let runtime = runtime.clone();
                async move {
                    loop {
                        match receiver.recv().await {
                            Ok(announcement) if announcement.user_id == user => {
                                // The token was checked once, at connection_init: a logout or
                                // a deactivation since ends the stream before anything more
                                // is delivered.
                                let db = db.clone();
                                let id = announcement.notification_id;
                                let found = runtime
                                    .run(async move {
                                        if still_signed_in(&db, session, user).await {
                                            Some(notifications::get_many(&db, &[id]).await)
                                        } else {
                                            None
                                        }
                                    })
                                    .await
                                    .flatten()?;
                                // The announcement named the user; the stored row must agree.
                                if let Ok(Some(notification)) = found
                                    .map(|mut n| n.pop())
                                    .map(|n| n.filter(|n| n.user_id == user))
                                {
                                    let item = Notification {
                                        inner: notification,
                                        language: language.clone(),
                                    };
                                    return Some((item, receiver));
                                }
                            }
                            Ok(_) | Err(RecvError::Lagged(_)) => {}
                            Err(RecvError::Closed) => return None,
                        }
                    }
                }
            },
        ))
    }
}

/// Whether the subscriber's session is still open and their account still active.
async fn still_signed_in(db: &Database, session: uuid::Uuid, user: uuid::Uuid) -> bool {
    let session_open = matches!(sessions::live(db, session).await, Ok(Some(_)));
    let active = matches!(users::get(db, user).await, Ok(Some(u)) if u.active);
    session_open && active
}
