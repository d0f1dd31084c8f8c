//! The subscription root: `notificationReceived`, over graphql-transport-ws at `/graphql/ws`.

use async_graphql::{Context, Subscription};
use futures_util::Stream;
use skupaj_app::App;
use skupaj_notifier::live::Hub;
use tokio::sync::broadcast::error::RecvError;

use crate::graphql::context::{actor, viewer};
use crate::graphql::error::ApiError;
use crate::graphql::notification::Notification;
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
        let actor = actor(ctx)?.clone();
        let user = actor.user_id;
        let session = viewer(ctx)?.session_id;
        let app = ctx.data_unchecked::<App>().clone();
        // Database work runs on the application runtime, not on the HTTP worker serving the
        // socket (see `runtime::AppRuntime`).
        let runtime = ctx
            .data_opt::<AppRuntime>()
            .cloned()
            .unwrap_or_else(AppRuntime::current);
        let language = {
            let (app, actor) = (app.clone(), actor.clone());
            runtime
                .run(async move { app.acting_as(&actor).notifications().language().await })
                .await
                .ok_or_else(|| ApiError::internal(anyhow::anyhow!("subscription setup failed")))?
                .map_err(ApiError::from)?
        };
        let receiver = ctx.data_unchecked::<Hub>().subscribe();
        Ok(futures_util::stream::unfold(
            receiver,
            move |mut receiver| {
                let app = app.clone();
                let actor = actor.clone();
                let language = language.clone();
                let runtime = runtime.clone();
                async move {
                    loop {
                        match receiver.recv().await {
                            Ok(announcement) if announcement.user_id == user => {
                                // The token was checked once, at connection_init: a logout or
                                // a deactivation since ends the stream before anything more
                                // is delivered.
                                let (app, actor) = (app.clone(), actor.clone());
                                let id = announcement.notification_id;
                                let found = runtime
                                    .run(async move {
                                        let notifications = app.acting_as(&actor).notifications();
                                        if notifications.still_signed_in(session).await {
                                            Some(notifications.own(id).await)
                                        } else {
                                            None
                                        }
                                    })
                                    .await
                                    .flatten()?;
                                // The announcement named the user; the stored row must agree.
                                if let Ok(Some(notification)) = found {
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
