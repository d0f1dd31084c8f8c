//! The outbox benchmark (`skupaj-bench outbox`, and part of `run`): how fast one `skupaj`
//! instance's outbox worker delivers e-mails to an SMTP server, beside how fast that server
//! takes the same messages from a plain SMTP client on one connection (the baseline: the most
//! the sink can do for one sender).
//!
//! In one run, on a fresh database: an SMTP sink starts on loopback (`sink`) and a `skupaj`
//! server (release build, `SKUPAJ_SMTP_URL` at the sink); then, in each of a few rounds, a plain
//! client (lettre's SMTP conversation on one connection with `TCP_NODELAY`) sends the sink the
//! e-mails one after another, and then the same number of e-mails are committed to the
//! server's outbox at once and the clock runs until every row is marked sent. The best round of
//! each counts (the machine is shared: a round can be slowed by anything else running).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use sea_orm::TransactionTrait;
use skupaj_domain::notification::{Audience, Event, NotificationKind};
use skupaj_domain::user::NewUser;
use skupaj_notifier::mailer::Mailer;
use skupaj_notifier::smtp::SmtpPool;
use skupaj_notifier::templates::Templates;
use skupaj_notifier::worker::{DeliveryCounters, Worker, WorkerSettings};
use skupaj_persistence::notifications::{self, OutboxItem};
use uuid::Uuid;

use crate::run::{self, Backend};
use crate::sink::Sink;

/// How much e-mail, sent how.
#[derive(Debug, Clone, clap::Args)]
pub struct Load {
    /// E-mails per outbox measurement.
    #[arg(long = "outbox-emails", default_value_t = 5_000)]
    pub emails: usize,
    /// The server's `SKUPAJ_OUTBOX_CONCURRENCY` in the outbox measurement.
    #[arg(
        id = "outbox_concurrency",
        long = "outbox-concurrency",
        default_value_t = 8
    )]
    pub concurrency: usize,
    /// Rounds, each measuring the sink alone and then the outbox (fresh e-mails each time);
    /// the best of each counts.
    #[arg(id = "outbox_rounds", long = "outbox-rounds", default_value_t = 3)]
    pub rounds: usize,
}

/// `skupaj-bench outbox`: the outbox measurement alone.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// The report whose outbox section is written (the rest of it is kept).
    #[arg(long, default_value = "BENCHMARKS.md")]
    pub out: PathBuf,
    /// Where databases and logs go.
    #[arg(long, default_value = "target/bench")]
    pub work_dir: PathBuf,
    /// A PostgreSQL server to measure on as well (`postgres://user@host:port/postgres`).
    #[arg(long, env = "SKUPAJ_BENCH_POSTGRES_URL")]
    pub postgres_url: Option<String>,
    /// The `skupaj` binary (by default the one built next to this one).
    #[arg(long)]
    pub skupaj: Option<PathBuf>,
    #[command(flatten)]
    pub load: Load,
}

/// One outbox measurement: `rounds` of the sink alone and the outbox, taken in turn.
#[derive(Debug, Clone)]
pub struct Figures {
    pub backend: &'static str,
    pub emails: usize,
    pub concurrency: usize,
    /// The plain client's time for all the e-mails, one connection, in each round.
    pub sink_seconds: Vec<f64>,
    /// From the commit of the e-mails until each is marked sent, in each round.
    pub outbox_seconds: Vec<f64>,
}

/// The best (shortest) of several times.
fn best(seconds: &[f64]) -> f64 {
    seconds.iter().copied().fold(f64::INFINITY, f64::min)
}

impl Figures {
    /// The sink's best rate over the rounds.
    pub fn sink_per_second(&self) -> f64 {
        self.emails as f64 / best(&self.sink_seconds).max(f64::MIN_POSITIVE)
    }

    /// The outbox's best rate over the rounds.
    pub fn outbox_per_second(&self) -> f64 {
        self.emails as f64 / best(&self.outbox_seconds).max(f64::MIN_POSITIVE)
    }

    /// The sink's rate in each round.
    pub fn sink_rates(&self) -> Vec<f64> {
        self.rates(&self.sink_seconds)
    }

    /// The outbox's rate in each round.
    pub fn outbox_rates(&self) -> Vec<f64> {
        self.rates(&self.outbox_seconds)
    }

    fn rates(&self, seconds: &[f64]) -> Vec<f64> {
        seconds
            .iter()
            .map(|s| self.emails as f64 / s.max(f64::MIN_POSITIVE))
            .collect()
    }

    /// The outbox's rate as a share of the sink's.
    pub fn ratio(&self) -> f64 {
        self.outbox_per_second() / self.sink_per_second().max(f64::MIN_POSITIVE)
    }
}

/// The target: the outbox delivers at least half as fast as the sink accepts.
pub const TARGET_RATIO: f64 = 0.5;

/// Runs the outbox measurement on SQLite (and PostgreSQL when given) and writes its section of
/// the report.
pub async fn run_alone(options: Options) -> anyhow::Result<()> {
    let skupaj = run::skupaj_binary(options.skupaj.as_deref())?;
    std::fs::create_dir_all(&options.work_dir)?;
    let work = options.work_dir.canonicalize()?;
    let mut figures = Vec::new();
    for backend in Backend::all(options.postgres_url.as_deref()) {
        figures.push(measure(&skupaj, &work, &backend, &options.load).await?);
    }
    let section = crate::report::render_outbox(&figures);
    let existing = std::fs::read_to_string(&options.out).unwrap_or_default();
    std::fs::write(
        &options.out,
        crate::report::with_outbox_section(&existing, &section),
    )?;
    eprintln!("{section}");
    eprintln!("written to {}", options.out.display());
    Ok(())
}

/// One measurement on a fresh database of `backend`.
pub async fn measure(
    skupaj: &Path,
    work: &Path,
    backend: &Backend,
    load: &Load,
) -> anyhow::Result<Figures> {
    eprintln!(
        "== outbox · {} · {} e-mails, concurrency {}",
        backend.name(),
        load.emails,
        load.concurrency
    );
    let sink = Sink::start().await?;
    let database_url = backend.fresh(work, "skupaj_bench_outbox").await?;
    let db = skupaj_persistence::connect(&database_url).await?;
    skupaj_persistence::migrate(&db).await?;
    let recipient = skupaj_persistence::users::create(
        &db,
        &NewUser::parse("outbox@bench.skupaj.invalid", "Outbox Bench", "sl")?,
        // Nobody logs in as this user.
        "not-a-password-hash".to_owned(),
        None,
    )
    .await?;

    // The baseline: the same message, from a plain client on one connection.
    let templates = Arc::new(Templates::load()?);
    let renderer = Worker {
        db: db.clone(),
        mailer: Mailer::Log,
        templates,
        settings: WorkerSettings {
            poll: Duration::from_secs(1),
            batch: 1,
            concurrency: 1,
            lease: chrono::Duration::seconds(60),
            deadline: chrono::Duration::hours(1),
            backoff_unit: chrono::Duration::seconds(1),
            from: "Skupaj <no-reply@skupaj.invalid>".to_owned(),
            link_base: "http://127.0.0.1".to_owned(),
            reset_key: skupaj_notifier::reset::ResetKey::random(),
        },
        counters: DeliveryCounters::unregistered()?,
    };
    let message = renderer.message(&OutboxItem {
        id: Uuid::now_v7(),
        notification_id: Uuid::now_v7(),
        kind: NotificationKind::ReferralReceived,
        subject_id: Uuid::now_v7(),
        detail: None,
        to_address: recipient.email.as_str().to_owned(),
        display_name: recipient.display_name.clone(),
        locale: "sl".to_owned(),
        attempts: 0,
        created_at: chrono::Utc::now(),
    })?;
    let (envelope, bytes) = (message.envelope().clone(), message.formatted());
    let client = SmtpPool::new(&sink.url(), Duration::from_secs(10), 1)?;
    for _ in 0..100 {
        client.send(&envelope, &bytes).await.map_err(failed)?;
    }

    let port = run::free_port()?;
    let log = std::fs::File::create(work.join(format!("server-outbox-{}.log", backend.name())))?;
    let mut command = Command::new(skupaj);
    command
        .arg("serve")
        .env("SKUPAJ_BIND_ADDRESS", format!("127.0.0.1:{port}"))
        .stdout(Stdio::from(log.try_clone()?))
        .stderr(Stdio::from(log));
    run::server_env(&mut command, &database_url);
    command
        .env("SKUPAJ_SMTP_URL", sink.url())
        // The shortest poll: a burst is taken up within 10 ms, so the clock measures sending
        // rather than the idle worker's wait.
        .env("SKUPAJ_OUTBOX_POLL_MS", "10")
        .env("SKUPAJ_OUTBOX_CONCURRENCY", load.concurrency.to_string());
    let server = run::Process::spawn(&mut command).context("start skupaj serve")?;
    run::wait_until_ready(
        &reqwest::Client::new(),
        &format!("http://127.0.0.1:{port}/readyz"),
    )
    .await?;

    let emails = u64::try_from(load.emails)?;
    let mut sink_seconds = Vec::new();
    let mut outbox_seconds = Vec::new();
    for round in 1..=load.rounds.max(1) {
        // The sink alone: the same message from a plain client on one connection.
        let started = Instant::now();
        for _ in 0..load.emails {
            client.send(&envelope, &bytes).await.map_err(failed)?;
        }
        let sink_round = started.elapsed().as_secs_f64();
        sink_seconds.push(sink_round);

        // The outbox: every e-mail at once, as a burst of events leaves them.
        let events: Vec<Event> = (0..load.emails)
            .map(|_| {
                Event::new(
                    NotificationKind::ReferralReceived,
                    Uuid::now_v7(),
                    vec![Audience::User(recipient.id)],
                )
            })
            .collect();
        let arrived = sink.accepted() + emails;
        let txn = db.begin().await?;
        notifications::raise(&txn, &events).await?;
        txn.commit().await?;
        let committed = Instant::now();
        let deadline = committed + Duration::from_secs(600);
        // Until the sink has them all, watch its counter rather than the database: counting
        // the outbox's rows every few milliseconds would take time from the server measured
        // (on PostgreSQL a backend's CPU, on a machine of two cores).
        while sink.accepted() < arrived {
            anyhow::ensure!(
                Instant::now() < deadline,
                "the sink has not received the e-mails after 10 minutes"
            );
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        let outbox_round = loop {
            let (pending, sent, dead) = notifications::depth(&db).await?;
            anyhow::ensure!(dead == 0, "{dead} e-mails became dead letters");
            if sent >= emails * u64::try_from(round)? {
                break committed.elapsed().as_secs_f64();
            }
            anyhow::ensure!(
                Instant::now() < deadline,
                "the outbox still holds {pending} e-mails after 10 minutes"
            );
            tokio::time::sleep(Duration::from_millis(2)).await;
        };
        outbox_seconds.push(outbox_round);
        eprintln!(
            "  round {round}: sink alone {:.0} e-mails/s, outbox {:.0} e-mails/s ({} in {outbox_round:.2} s, {} bytes each)",
            load.emails as f64 / sink_round,
            load.emails as f64 / outbox_round,
            load.emails,
            bytes.len()
        );
    }
    client.close().await;
    drop(server);
    db.close().await?;
    let rounds = u64::try_from(sink_seconds.len())?;
    let reached = sink.accepted();
    anyhow::ensure!(
        reached >= 100 + 2 * emails * rounds,
        "the sink accepted {reached} messages, fewer than were sent"
    );
    let figures = Figures {
        backend: backend.name(),
        emails: load.emails,
        concurrency: load.concurrency,
        sink_seconds,
        outbox_seconds,
    };
    eprintln!(
        "  best of {rounds}: sink alone {:.0} e-mails/s, outbox {:.0} e-mails/s, {:.0}% of the sink's rate",
        figures.sink_per_second(),
        figures.outbox_per_second(),
        figures.ratio() * 100.0
    );
    Ok(figures)
}

fn failed(failure: skupaj_notifier::smtp::Failure) -> anyhow::Error {
    anyhow::anyhow!("the sink refused the baseline's e-mail: {failure:?}")
}
