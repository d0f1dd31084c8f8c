//! The outbox worker: claims due e-mails, renders them in the recipient's language, sends them,
//! and records the result. Several e-mails are in flight at once (`concurrency`), each on its
//! own SMTP connection of the mailer's pool. The worker claims due rows in batches (`batch`, one
//! statement each) and keeps them until a place is free; a row that waited half its lease
//! without being started is given back, as is every row not started when the worker stops.
//! Sent rows are marked in batches by one marker task (one statement per batch: whatever was
//! sent while the previous batch was written, gathered for at most [`MARK_LINGER`]); a row is
//! marked only while it is still claimed under the worker's token, so a row whose lease ran out
//! and that another worker took is that worker's to mark. Temporary failures are retried with
//! exponential backoff until the deadline (the last attempt at the deadline itself); permanent
//! ones, and those failing at the deadline, stay as dead letters with the last error. Every
//! attempt of one row carries the same `Message-ID`.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::Message;
use lettre::message::{Mailbox, MultiPart};
use prometheus::IntCounter;
use skupaj_domain::notification::{DeliveryStatus, NotificationKind, message_id, next_attempt};
use skupaj_persistence::notifications::{self, OutboxItem};
use skupaj_persistence::{Database, PersistenceError};
use tokio::sync::{mpsc, watch};
use tokio::task::{JoinHandle, JoinSet};
use uuid::Uuid;

use crate::mailer::{Mailer, SendError};
use crate::templates::Templates;

/// How long the marker gathers sent rows before it writes them (it writes at once when
/// [`MARK_BATCH`] are waiting, or when the worker stops).
pub const MARK_LINGER: Duration = Duration::from_millis(5);

/// The most rows one marking statement marks.
pub const MARK_BATCH: usize = 500;

/// How often the marker tries to write a batch before it gives up on it (the rows then go back
/// when their lease runs out, and are resent with the same `Message-ID`).
const MARK_TRIES: u32 = 3;

/// How the worker behaves.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// How often to look for due e-mails.
    pub poll: Duration,
    /// How many due e-mails one claim takes at most. The running worker claims again when fewer
    /// than half as many wait for a place; each row it holds is started within half its lease
    /// or given back.
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
    /// Links point at `{link_base}/notifications/{id}`; a password reset's at
    /// `{link_base}/reset#token=…`.
    pub link_base: String,
    /// Derives a password reset's token from its request id, for its link.
    pub reset_key: crate::reset::ResetKey,
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

/// A claimed row waiting for a place.
struct Held {
    token: Uuid,
    claimed_at: DateTime<Utc>,
    item: OutboxItem,
}

impl Worker {
    /// Claims up to `batch` due e-mails and delivers them, `concurrency` at a time, and returns
    /// once each is marked; returns how many it handled. Rows it could not start within half
    /// their lease are given back. (The running worker, [`Worker::spawn`], keeps claiming as it
    /// sends.)
    pub async fn drain_once(&self) -> Result<usize, PersistenceError> {
        let token = Uuid::now_v7();
        let claimed_at = Utc::now();
        let items =
            notifications::claim(&self.db, token, self.settings.lease, self.settings.batch).await?;
        let worker = Arc::new(self.clone());
        let marker = Marker::start(self.db.clone(), self.counters.sent.clone());
        let mut in_flight = JoinSet::new();
        let mut handled = 0;
        let mut failed = None;
        let mut items = items.into_iter();
        for item in items.by_ref() {
            while in_flight.len() >= self.settings.concurrency.max(1) {
                if let Some(result) = in_flight.join_next().await {
                    handled += 1;
                    failed = failed.or(delivered(result).err());
                }
            }
            // A slow SMTP server must not carry a send past the lease, when another instance
            // may claim the same row: what is left goes back.
            if self.is_stale(claimed_at) {
                tracing::info!("half the lease is gone; giving back the rest of the batch");
                let rest: Vec<Uuid> = std::iter::once(item.id)
                    .chain(items.by_ref().map(|item| item.id))
                    .collect();
                failed = failed.or(notifications::release(&self.db, &rest, token).await.err());
                break;
            }
            let worker = worker.clone();
            let marks = marker.sender.clone();
            in_flight.spawn(async move { worker.deliver(token, item, &marks).await });
        }
        while let Some(result) = in_flight.join_next().await {
            handled += 1;
            failed = failed.or(delivered(result).err());
        }
        marker.finish().await;
        failed.map_or(Ok(handled), Err)
    }

    /// Whether a row claimed at `claimed_at` has waited too long to be started: half its lease.
    fn is_stale(&self, claimed_at: DateTime<Utc>) -> bool {
        Utc::now() - claimed_at > self.settings.lease / 2
    }

    async fn deliver(
        &self,
        token: Uuid,
        item: OutboxItem,
        marks: &mpsc::UnboundedSender<Mark>,
    ) -> Result<(), PersistenceError> {
        let outcome = match self.message(&item) {
            Ok(message) => self.mailer.send(message, &item.id.to_string()).await,
            Err(err) => Err(SendError::Permanent(err.to_string())),
        };
        match outcome {
            Ok(()) => {
                // The marker outlives every delivery: it stops only once the senders are gone.
                let _ = marks.send(Mark { token, id: item.id });
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
        let link = if item.kind == NotificationKind::PasswordReset {
            crate::reset::link(
                &self.settings.link_base,
                &self.settings.reset_key.token(item.subject_id),
            )
        } else {
            format!(
                "{}/notifications/{}",
                self.settings.link_base.trim_end_matches('/'),
                item.notification_id
            )
        };
        let rendered =
            self.templates
                .render_with(item.kind, &item.locale, &link, item.detail.as_deref());
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
    /// flight, started from the rows it holds; whenever fewer than half a `batch` wait, it
    /// claims up to a `batch` more (while it goes on sending); when nothing is due it looks
    /// again after `poll`.
    pub fn spawn(self) -> WorkerHandle {
        let (stop, stop_asked) = watch::channel(false);
        let (done, stopped) = watch::channel(false);
        let worker = Arc::new(self);
        tokio::spawn(async move {
            let marker = Marker::start(worker.db.clone(), worker.counters.sent.clone());
            worker.run(stop_asked, &marker.sender).await;
            // Every e-mail the server accepted is marked before `stop` returns.
            marker.finish().await;
            worker.mailer.close().await;
            let _ = done.send(true);
        });
        WorkerHandle {
            stop: Arc::new(stop),
            stopped,
        }
    }

    async fn run(
        self: &Arc<Self>,
        mut stop: watch::Receiver<bool>,
        marks: &mpsc::UnboundedSender<Mark>,
    ) {
        let concurrency = self.settings.concurrency.max(1);
        let batch = usize::try_from(self.settings.batch)
            .unwrap_or(usize::MAX)
            .max(1);
        let mut held: VecDeque<Held> = VecDeque::new();
        let mut in_flight: JoinSet<Result<(), PersistenceError>> = JoinSet::new();
        let mut claiming: Option<JoinHandle<Claimed>> = None;
        // Nothing was due at the last look: wait for `poll` before the next.
        let mut idle = false;
        let mut stop_open = true;
        while !*stop.borrow() {
            self.start_held(&mut held, &mut in_flight, concurrency, marks)
                .await;
            if claiming.is_none() && !idle && held.len() * 2 < batch {
                let worker = self.clone();
                let limit = u64::try_from(batch - held.len()).unwrap_or(u64::MAX);
                claiming = Some(tokio::spawn(async move { worker.claim(limit).await }));
            }
            tokio::select! {
                changed = stop.changed(), if stop_open => stop_open = changed.is_ok(),
                Some(result) = in_flight.join_next(), if !in_flight.is_empty() => {
                    log_failure(delivered(result));
                }
                claimed = async { claiming.as_mut().expect("a claim").await }, if claiming.is_some() => {
                    claiming = None;
                    idle = self.take_claimed(claimed, &mut held);
                }
                () = tokio::time::sleep(self.settings.poll), if idle && claiming.is_none() => idle = false,
            }
        }
        // Stopping: claim nothing more and give back what was not started, but see every
        // e-mail in flight through to its mark.
        if let Some(claim) = claiming {
            self.take_claimed(claim.await, &mut held);
        }
        self.give_back(held.drain(..)).await;
        while let Some(result) = in_flight.join_next().await {
            log_failure(delivered(result));
        }
    }

    /// Claims up to `limit` due rows under a new token.
    async fn claim(&self, limit: u64) -> Claimed {
        let token = Uuid::now_v7();
        let claimed_at = Utc::now();
        let items = notifications::claim(&self.db, token, self.settings.lease, limit).await;
        Claimed {
            token,
            claimed_at,
            items,
        }
    }

    /// Adds what a claim took to the rows held; `true` when nothing was due (or the claim
    /// failed), so the worker waits for `poll` before it looks again.
    fn take_claimed(
        &self,
        claimed: Result<Claimed, tokio::task::JoinError>,
        held: &mut VecDeque<Held>,
    ) -> bool {
        match claimed {
            Ok(Claimed {
                token,
                claimed_at,
                items: Ok(items),
            }) => {
                let nothing = items.is_empty();
                held.extend(items.into_iter().map(|item| Held {
                    token,
                    claimed_at,
                    item,
                }));
                nothing
            }
            Ok(Claimed {
                items: Err(err), ..
            }) => {
                tracing::warn!(error = %err, "outbox worker could not claim e-mails");
                true
            }
            Err(err) => {
                tracing::error!(error = %err, "an outbox claim panicked");
                true
            }
        }
    }

    /// Starts held rows while places are free; rows held for half their lease go back.
    async fn start_held(
        self: &Arc<Self>,
        held: &mut VecDeque<Held>,
        in_flight: &mut JoinSet<Result<(), PersistenceError>>,
        concurrency: usize,
        marks: &mpsc::UnboundedSender<Mark>,
    ) {
        let mut stale = Vec::new();
        while in_flight.len() < concurrency {
            let Some(next) = held.pop_front() else { break };
            if self.is_stale(next.claimed_at) {
                stale.push(next);
                continue;
            }
            let worker = self.clone();
            let marks = marks.clone();
            in_flight.spawn(async move { worker.deliver(next.token, next.item, &marks).await });
        }
        if !stale.is_empty() {
            tracing::info!(
                rows = stale.len(),
                "e-mails waited half their lease for a place; giving them back"
            );
            self.give_back(stale.into_iter()).await;
        }
    }

    /// Gives claimed rows back unsent (one statement per claim).
    async fn give_back(&self, rows: impl Iterator<Item = Held>) {
        let mut by_token: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for row in rows {
            by_token.entry(row.token).or_default().push(row.item.id);
        }
        for (token, ids) in by_token {
            if let Err(err) = notifications::release(&self.db, &ids, token).await {
                // They go back when their lease runs out.
                tracing::warn!(error = %err, "outbox worker could not give back e-mails");
            }
        }
    }
}

/// What one claim took.
struct Claimed {
    token: Uuid,
    claimed_at: DateTime<Utc>,
    items: Result<Vec<OutboxItem>, PersistenceError>,
}

/// A row the SMTP server accepted, to be marked sent.
#[derive(Debug, Clone, Copy)]
struct Mark {
    token: Uuid,
    id: Uuid,
}

/// The task that marks sent rows in batches.
struct Marker {
    sender: mpsc::UnboundedSender<Mark>,
    task: JoinHandle<()>,
}

impl Marker {
    fn start(db: Database, sent: IntCounter) -> Self {
        let (sender, receiver) = mpsc::unbounded_channel();
        let task = tokio::spawn(mark_sent(db, sent, receiver));
        Self { sender, task }
    }

    /// Marks what is left and returns; every other sender must be gone (or go) for this to end.
    async fn finish(self) {
        drop(self.sender);
        if let Err(err) = self.task.await {
            tracing::error!(error = %err, "the outbox marker panicked");
        }
    }
}

/// Marks sent rows until every sender is gone: it waits for a first row, gathers what else
/// arrives within [`MARK_LINGER`] (up to [`MARK_BATCH`] rows), and marks them in one statement
/// per claim token. It ends once every sender is dropped and everything received is marked.
async fn mark_sent(db: Database, sent: IntCounter, mut receiver: mpsc::UnboundedReceiver<Mark>) {
    let mut batch = Vec::with_capacity(MARK_BATCH);
    loop {
        if receiver.recv_many(&mut batch, MARK_BATCH).await == 0 {
            return;
        }
        let until = tokio::time::Instant::now() + MARK_LINGER;
        while batch.len() < MARK_BATCH {
            let room = MARK_BATCH - batch.len();
            match tokio::time::timeout_at(until, receiver.recv_many(&mut batch, room)).await {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
        }
        let mut by_token: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for mark in batch.drain(..) {
            by_token.entry(mark.token).or_default().push(mark.id);
        }
        for (token, ids) in by_token {
            mark_batch(&db, &sent, token, &ids).await;
        }
    }
}

/// Marks rows of one claim sent, trying a few times.
async fn mark_batch(db: &Database, sent: &IntCounter, token: Uuid, ids: &[Uuid]) {
    for attempt in 1..=MARK_TRIES {
        match notifications::finish_many(db, ids, token, DeliveryStatus::Sent, None).await {
            Ok(marked) => {
                sent.inc_by(u64::try_from(marked.len()).unwrap_or(u64::MAX));
                if marked.len() < ids.len() {
                    for id in ids.iter().filter(|id| !marked.contains(id)) {
                        tracing::warn!(outbox_id = %id, "sent after the claim was lost; the resend carries the same Message-ID");
                    }
                }
                return;
            }
            Err(err) if attempt < MARK_TRIES => {
                tracing::warn!(error = %err, "outbox worker could not mark e-mails sent; trying again");
                tokio::time::sleep(Duration::from_millis(100 * u64::from(attempt))).await;
            }
            Err(err) => {
                tracing::warn!(error = %err, rows = ids.len(), "outbox worker could not mark e-mails sent; they go back when their lease runs out");
            }
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
    /// more e-mails and gives back those it holds but has not started; each e-mail in flight
    /// (at most `concurrency`) is sent to the end and marked (sent, retry later or dead) before
    /// this returns, so a restart resends none of them; then its idle SMTP connections are
    /// closed with `QUIT`. How long it takes is bounded by one send (the mailer's timeout, for
    /// connecting and for sending) plus marking; a shutdown grace period should allow for that.
    /// Calling it again, or on a clone, waits for the same stop.
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
