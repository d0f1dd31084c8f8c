//! The outbox worker: claims due e-mails, renders them in the recipient's language, sends them,
//! and records the result. Temporary failures are retried with exponential backoff until the
//! deadline; permanent ones, and those past the deadline, stay as dead letters with the last
//! error. Every attempt of one row carries the same `Message-ID`.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use lettre::Message;
use lettre::message::{Mailbox, MultiPart};
use prometheus::IntCounter;
use skupaj_domain::notification::{DeliveryStatus, backoff_seconds, message_id};
use skupaj_persistence::notifications::{self, OutboxItem};
use skupaj_persistence::{Database, PersistenceError};
use uuid::Uuid;

use crate::mailer::{Mailer, SendError};
use crate::templates::Templates;

/// How the worker behaves.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// How often to look for due e-mails.
    pub poll: Duration,
    /// How many to claim at once.
    pub batch: u64,
    /// How long a claim lasts: a worker that dies mid-send gives its rows back after this.
    pub lease: chrono::Duration,
    /// How long after it was written an e-mail may still be retried.
    pub deadline: chrono::Duration,
    /// The first retry waits twice this, the next four times, and so on (capped at 3600 units).
    pub backoff_unit: chrono::Duration,
    /// The sender address.
    pub from: String,
    /// Links point at `{link_base}/notifications/{id}`.
    pub link_base: String,
}

/// What the worker has done since start (Prometheus counters, registered by the server).
#[derive(Debug, Clone)]
pub struct DeliveryCounters {
    pub sent: IntCounter,
    pub retried: IntCounter,
    pub dead: IntCounter,
}

impl DeliveryCounters {
    /// Counters registered nowhere (a worker run outside a server, as in tests).
    pub fn unregistered() -> prometheus::Result<Self> {
        Ok(Self {
            sent: IntCounter::new("sent", "sent")?,
            retried: IntCounter::new("retried", "retried")?,
            dead: IntCounter::new("dead", "dead")?,
        })
    }
}

/// Everything the worker needs.
#[derive(Debug, Clone)]
pub struct Worker {
    pub db: Database,
    pub mailer: Mailer,
    pub templates: Arc<Templates>,
    pub settings: WorkerSettings,
    pub counters: DeliveryCounters,
}

impl Worker {
    /// Delivers what is due now; returns how many e-mails it handled.
    pub async fn drain_once(&self) -> Result<usize, PersistenceError> {
        let token = Uuid::now_v7();
        let claimed_at = Utc::now();
        let items =
            notifications::claim(&self.db, token, self.settings.lease, self.settings.batch).await?;
        let mut handled = 0;
        for item in items {
            // A slow SMTP server must not carry a send past the lease, when another instance
            // may claim the same row: what is left goes back when the lease runs out.
            if Utc::now() - claimed_at > self.settings.lease / 2 {
                tracing::info!("half the lease is gone; leaving the rest of the batch");
                break;
            }
            self.deliver(token, item).await?;
            handled += 1;
        }
        Ok(handled)
    }

    async fn deliver(&self, token: Uuid, item: OutboxItem) -> Result<(), PersistenceError> {
        let outcome = match self.message(&item) {
            Ok(message) => self.mailer.send(message, &item.id.to_string()).await,
            Err(err) => Err(SendError::Permanent(err.to_string())),
        };
        let now = Utc::now();
        match outcome {
            Ok(()) => {
                if notifications::finish(&self.db, item.id, token, DeliveryStatus::Sent, None)
                    .await?
                {
                    self.counters.sent.inc();
                } else {
                    tracing::warn!(outbox_id = %item.id, "sent after the claim was lost; the resend carries the same Message-ID");
                }
            }
            Err(SendError::Permanent(error)) => {
                tracing::warn!(outbox_id = %item.id, error = %error, "e-mail refused for good");
                self.give_up(token, &item, error).await?;
            }
            Err(SendError::Transient(error)) => {
                let next = now
                    + self.settings.backoff_unit
                        * i32::try_from(backoff_seconds(item.attempts + 1)).unwrap_or(i32::MAX);
                if next > item.created_at + self.settings.deadline {
                    tracing::warn!(outbox_id = %item.id, error = %error, "e-mail undeliverable by its deadline");
                    self.give_up(token, &item, error).await?;
                } else {
                    notifications::retry_later(&self.db, item.id, token, next, error).await?;
                    self.counters.retried.inc();
                }
            }
        }
        Ok(())
    }

    /// Keeps the row as a dead letter with its last error.
    async fn give_up(
        &self,
        token: Uuid,
        item: &OutboxItem,
        error: String,
    ) -> Result<(), PersistenceError> {
        notifications::finish(&self.db, item.id, token, DeliveryStatus::Dead, Some(error)).await?;
        self.counters.dead.inc();
        Ok(())
    }

    /// The e-mail for an outbox row: the recipient's language, a short text and a link.
    pub fn message(&self, item: &OutboxItem) -> anyhow::Result<Message> {
        let link = format!(
            "{}/notifications/{}",
            self.settings.link_base.trim_end_matches('/'),
            item.notification_id
        );
        let rendered = self.templates.render(item.kind, &item.locale, &link);
        let to = Mailbox::new(Some(item.display_name.clone()), item.to_address.parse()?);
        Ok(Message::builder()
            .from(self.settings.from.parse()?)
            .to(to)
            .subject(rendered.subject)
            .message_id(Some(message_id(item.id)))
            .multipart(MultiPart::alternative_plain_html(
                rendered.text,
                rendered.html,
            ))?)
    }

    /// Runs the worker on the current Tokio runtime until the process ends.
    pub fn spawn(self) {
        tokio::spawn(async move {
            loop {
                match self.drain_once().await {
                    Ok(handled) if handled > 0 => continue,
                    Ok(_) => {}
                    Err(err) => tracing::warn!(error = %err, "outbox worker failed a round"),
                }
                tokio::time::sleep(self.settings.poll).await;
            }
        });
    }
}
