//! Live fan-out of new notifications to subscribers of this instance. On PostgreSQL every
//! instance LISTENs to the channel that `raise` NOTIFYs in the writing transaction, so an event
//! raised on one instance reaches subscribers on all; on SQLite (one instance) a poller reads
//! new rows. Either way only committed notifications are announced.

use std::time::Duration;

use sea_orm::DbBackend;
use skupaj_persistence::Database;
use skupaj_persistence::notifications::{self, CHANNEL};
use tokio::sync::broadcast;
use uuid::Uuid;

/// A new notification: whose it is, and its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Announcement {
    pub user_id: Uuid,
    pub notification_id: Uuid,
}

/// The announcements of this instance.
#[derive(Debug, Clone)]
pub struct Hub {
    sender: broadcast::Sender<Announcement>,
}

impl Default for Hub {
    fn default() -> Self {
        Self::new()
    }
}

impl Hub {
    pub fn new() -> Self {
        Self {
            sender: broadcast::channel(1024).0,
        }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Announcement> {
        self.sender.subscribe()
    }

    fn publish(&self, announcement: Announcement) {
        // No subscribers is fine: nobody is listening live.
        let _ = self.sender.send(announcement);
    }

    /// Starts feeding the hub from the database.
    pub fn feed(&self, db: Database, database_url: String, poll: Duration) {
        let hub = self.clone();
        if db.get_database_backend() == DbBackend::Postgres {
            tokio::spawn(async move {
                loop {
                    if let Err(err) = hub.listen(&database_url).await {
                        tracing::warn!(error = %err, "notification listener stopped; reconnecting");
                    }
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            });
        } else {
            tokio::spawn(async move {
                let mut last = notifications::latest_id(&db).await.ok().flatten();
                loop {
                    tokio::time::sleep(poll).await;
                    match notifications::since(&db, last, 500).await {
                        Ok(new) => {
                            for notification in new {
                                last = Some(notification.id);
                                hub.publish(Announcement {
                                    user_id: notification.user_id,
                                    notification_id: notification.id,
                                });
                            }
                        }
                        Err(err) => tracing::warn!(error = %err, "notification poll failed"),
                    }
                }
            });
        }
    }

    async fn listen(&self, database_url: &str) -> anyhow::Result<()> {
        let mut listener = sea_orm::sqlx::postgres::PgListener::connect(database_url).await?;
        listener.listen(CHANNEL).await?;
        loop {
            let notice = listener.recv().await?;
            let Some((user, notification)) = notice.payload().split_once('|') else {
                continue;
            };
            if let (Ok(user_id), Ok(notification_id)) =
                (Uuid::parse_str(user), Uuid::parse_str(notification))
            {
                self.publish(Announcement {
                    user_id,
                    notification_id,
                });
            }
        }
    }
}
