//! The outbox worker: claims due e-mails, renders them in the recipient's language, sends them,
//! and records the result. Several e-mails are in flight at once (`concurrency`), each on its
//! own SMTP connection of the mailer's pool; the worker claims only as many rows as it can start
//! sending now, so every row it holds is in flight. Temporary failures are retried with
//! exponential backoff until the deadline (the last attempt at the deadline itself); permanent
//! ones, and those failing at the deadline, stay as dead letters with the last error. Every
//! attempt of one row carries the same `Message-ID`. A row is marked (sent, retry, dead) only by
//! the holder of its claim.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::Message;
use lettre::message::{Mailbox, MultiPart};
use prometheus::IntCounter;
use skupaj_domain::notification::{DeliveryStatus, message_id, next_attempt};
use skupaj_persistence::notifications::{self, OutboxItem};
use skupaj_persistence::{Database, PersistenceError};
use tokio::sync::watch;
use tokio::task::JoinSet;
use uuid::Uuid;

use crate::mailer::{Mailer, SendError};
use crate::templates::Templates;

/// How the worker behaves.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// How often to look for due e-mails.
    pub poll: Duration,
    /// How many [`Worker::drain_once`] claims at once (the running worker claims only as many
    /// as it can start sending).
    pub batch: u64,
    /// How many e-mails are sent at once (each on its own SMTP connection).
    pub concurrency: usize,
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
    /// Claims up to `batch` due e-mails and delivers them, `concurrency` at a time; returns how
    /// many it handled. (The running worker, [`Worker::spawn`], keeps claiming as it sends.)
    pub async fn drain_once(&self) -> Result<usize, PersistenceError> {
        let token = Uuid::now_v7();
        let claimed_at = Utc::now();
        let items =
            notifications::claim(&self.db, token, self.settings.lease, self.settings.batch).await?;
        let worker = Arc::new(self.clone());
        let mut in_flight = JoinSet::new();
        let mut handled = 0;
        let mut failed = None;
        for item in items {
            while in_flight.len() >= self.settings.concurrency.max(1) {
                if let Some(result) = in_flight.join_next().await {
                    handled += 1;
                    failed = failed.or(delivered(result).err());
                }
            }
            // A slow SMTP server must not carry a send past the lease, when another instance
            // may claim the same row: what is left goes back when the lease runs out.
            if Utc::now() - claimed_at > self.settings.lease / 2 {
                tracing::info!("half the lease is gone; leaving the rest of the batch");
                break;
            }
            let worker = worker.clone();
            in_flight.spawn(async move { worker.deliver(token, item).await });
        }
        while let Some(result) = in_flight.join_next().await {
            handled += 1;
            failed = failed.or(delivered(result).err());
        }
        failed.map_or(Ok(handled), Err)
    }

    async fn deliver(&self, token: Uuid, item: OutboxItem) -> Result<(), PersistenceError> {
        let outcome = match self.message(&item) {
            Ok(message) => self.mailer.send(message, &item.id.to_string()).await,
            Err(err) => Err(SendError::Permanent(err.to_string())),
        };
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
            Err(SendError::Transient(error)) => match self.retry_at(&item, Utc::now()) {
                Some(next) => {
                    notifications::retry_later(&self.db, item.id, token, next, error).await?;
                    self.counters.retried.inc();
                }
                None => {
                    tracing::warn!(outbox_id = %item.id, error = %error, "e-mail undeliverable by its deadline");
                    self.give_up(token, &item, error).await?;
                }
            },
        }
        Ok(())
    }

    /// When to try again after this attempt failed at `now` (`None`: the deadline has come).
    fn retry_at(&self, item: &OutboxItem, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        next_attempt(
            now,
            item.created_at,
            self.settings.deadline,
            self.settings.backoff_unit,
            item.attempts + 1,
        )
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

    /// Runs the worker on the current Tokio runtime until it is stopped through the returned
    /// handle (dropping the handle does not stop it). It keeps up to `concurrency` e-mails in
    /// flight: whenever at least half of its places are free (or none is taken) it claims as
    /// many due rows as it has free places, and starts sending each at once; when nothing is
    /// due it looks again after `poll`.
    pub fn spawn(self) -> WorkerHandle {
        let (stop, stop_asked) = watch::channel(false);
        let (done, stopped) = watch::channel(false);
        let worker = Arc::new(self);
        tokio::spawn(async move {
            worker.run(stop_asked).await;
            worker.mailer.close().await;
            let _ = done.send(true);
        });
        WorkerHandle {
            stop: Arc::new(stop),
            stopped,
        }
    }

    async fn run(self: &Arc<Self>, mut stop: watch::Receiver<bool>) {
        let concurrency = self.settings.concurrency.max(1);
        let mut in_flight: JoinSet<Result<(), PersistenceError>> = JoinSet::new();
        // Nothing was due at the last look: wait for `poll` before the next.
        let mut idle = false;
        let mut stop_open = true;
        while !*stop.borrow() {
            let free = concurrency - in_flight.len();
            if !idle && (in_flight.is_empty() || free * 2 >= concurrency) {
                let token = Uuid::now_v7();
                let limit = u64::try_from(free).unwrap_or(u64::MAX);
                match notifications::claim(&self.db, token, self.settings.lease, limit).await {
                    Ok(items) => {
                        idle = items.is_empty();
                        for item in items {
                            let worker = self.clone();
                            in_flight.spawn(async move { worker.deliver(token, item).await });
                        }
                    }
                    Err(err) => {
                        tracing::warn!(error = %err, "outbox worker could not claim e-mails");
                        idle = true;
                    }
                }
                continue;
            }
            tokio::select! {
                changed = stop.changed(), if stop_open => stop_open = changed.is_ok(),
                Some(result) = in_flight.join_next(), if !in_flight.is_empty() => {
                    log_failure(delivered(result));
                }
                () = tokio::time::sleep(self.settings.poll), if idle => idle = false,
            }
        }
        // Stopping: claim nothing more, but see every e-mail held through to its mark.
        while let Some(result) = in_flight.join_next().await {
            log_failure(delivered(result));
        }
    }
}

/// Stops a running outbox worker ([`Worker::spawn`]); clones stop the same worker.
#[derive(Debug, Clone)]
pub struct WorkerHandle {
    stop: Arc<watch::Sender<bool>>,
    stopped: watch::Receiver<bool>,
}

impl WorkerHandle {
    /// Stops the worker cleanly and returns once it has stopped: from the call on it claims no
    /// more e-mails; each e-mail it holds (at most `concurrency`, all already being sent) is
    /// sent to the end and marked (sent, retry later or dead) before this returns, so a restart
    /// resends none of them; then its idle SMTP connections are closed with `QUIT`. How long
    /// it takes is bounded by one send (the mailer's timeout, for connecting and for sending)
    /// plus marking it; a shutdown grace period should allow for that. Calling it again, or on
    /// a clone, waits for the same stop.
    pub async fn stop(&self) {
        self.stop.send_replace(true);
        let mut stopped = self.stopped.clone();
        // An error means the worker's task is gone (it panicked): stopped as well.
        let _ = stopped.wait_for(|stopped| *stopped).await;
    }

    /// Whether the worker has stopped.
    pub fn is_stopped(&self) -> bool {
        *self.stopped.borrow()
    }
}

/// The result of one delivery task.
fn delivered(
    result: Result<Result<(), PersistenceError>, tokio::task::JoinError>,
) -> Result<(), PersistenceError> {
    match result {
        Ok(result) => result,
        Err(err) => {
            tracing::error!(error = %err, "an outbox delivery panicked");
            Ok(())
        }
    }
}

fn log_failure(result: Result<(), PersistenceError>) {
    if let Err(err) = result {
        tracing::warn!(error = %err, "outbox worker could not record a delivery");
    }
}
