//! Starting the notification services of one server: the mailer chosen by the settings, the
//! outbox worker, and the live hub fed from the database.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use secrecy::ExposeSecret;
use skupaj_notifier::live::Hub;
use skupaj_notifier::mailer::Mailer;
use skupaj_notifier::reset::ResetKey;
use skupaj_notifier::templates::Templates;
use skupaj_notifier::worker::{DeliveryCounters, Worker, WorkerHandle, WorkerSettings};
use skupaj_persistence::Database;

use crate::settings::Settings;

/// What the rest of the server needs from the notification services.
#[derive(Debug, Clone)]
pub struct NotificationServices {
    pub templates: Arc<Templates>,
    pub hub: Hub,
    /// Where e-mail goes, for the operator (no credentials).
    pub mail_goes_to: String,
    /// The running outbox worker. On shutdown, `outbox.stop().await` after the HTTP server has
    /// stopped (so no new e-mail is written meanwhile): it claims nothing more, finishes and
    /// marks the e-mails in flight, and returns when they are recorded (within about one SMTP
    /// timeout, 10 s). Dropping it does not stop the worker.
    pub outbox: WorkerHandle,
}

/// How long connecting to the SMTP server, and sending one e-mail, may take.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(10);

/// The mailer the settings ask for: SMTP when configured, else a folder of `.eml` files, else
/// the log.
pub fn mailer(settings: &Settings) -> anyhow::Result<Mailer> {
    Ok(match (&settings.smtp_url, &settings.mail_folder) {
        (Some(url), _) => Mailer::smtp(
            url.expose_secret(),
            SMTP_TIMEOUT,
            settings.outbox_concurrency.max(1),
        )?,
        // An empty folder (`SKUPAJ_MAIL_FOLDER=`) means "only log them".
        (None, Some(folder)) if !folder.is_empty() => Mailer::Files(PathBuf::from(folder)),
        (None, _) => Mailer::Log,
    })
}

/// Starts the worker and the live feed on the current runtime; the worker stops through
/// [`NotificationServices::outbox`].
pub fn start(
    settings: &Settings,
    db: &Database,
    counters: DeliveryCounters,
    reset_key: ResetKey,
) -> anyhow::Result<NotificationServices> {
    skupaj_notifier::mailer::check_sender(&settings.mail_from)?;
    let templates = Arc::new(Templates::load()?);
    let mailer = mailer(settings)?;
    let mail_goes_to = mailer.describe();
    let link_base = settings
        .notification_link_base
        .clone()
        .or_else(|| settings.public_url.clone())
        .unwrap_or_else(|| format!("http://{}", settings.bind_address));
    let seconds = |s: u64| chrono::Duration::seconds(i64::try_from(s).unwrap_or(i64::MAX));
    let outbox = Worker {
        db: db.clone(),
        mailer,
        templates: templates.clone(),
        settings: WorkerSettings {
            poll: Duration::from_millis(settings.outbox_poll_ms.max(10)),
            // Enough rows per claim that claiming costs little beside sending, few enough that
            // a slow SMTP server starts them well within the lease.
            batch: u64::try_from(settings.outbox_concurrency.max(1) * 32)
                .unwrap_or(u64::MAX)
                .clamp(32, 1_000),
            concurrency: settings.outbox_concurrency.max(1),
            lease: seconds(settings.outbox_lease_seconds),
            deadline: seconds(settings.outbox_deadline_seconds),
            backoff_unit: chrono::Duration::milliseconds(
                i64::try_from(settings.outbox_backoff_ms).unwrap_or(1000),
            ),
            from: settings.mail_from.clone(),
            link_base,
            reset_key,
        },
        counters,
    }
    .spawn();
    let hub = Hub::new();
    hub.feed(
        db.clone(),
        settings.database_url.clone(),
        Duration::from_millis(settings.live_poll_ms.max(10)),
    );
    Ok(NotificationServices {
        templates,
        hub,
        mail_goes_to,
        outbox,
    })
}
