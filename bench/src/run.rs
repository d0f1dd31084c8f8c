//! `skupaj-bench run`: the whole suite. For each database (SQLite, and PostgreSQL when a server
//! is given) and each size (small: 10,000 referrals and programmes; large: 1,000,000 referrals
//! and 100,000 programmes), it seeds a fresh database, starts the real `skupaj` server and the
//! baselines as separate processes, drives every workload with wrk at each concurrency, reads
//! the server's statement counter and peak memory, then measures the outbox's e-mail delivery
//! (`outbox`) on each database, and writes the report.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::report::{Dataset, Report, Row};
use crate::seed::{self, Cast, Scale};
use crate::{load, peer};

#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// Where the report goes.
    #[arg(long, default_value = "BENCHMARKS.md")]
    pub out: PathBuf,
    /// Which sizes to run (`small`, `large`).
    #[arg(long, value_delimiter = ',', default_value = "small,large")]
    pub sizes: Vec<String>,
    /// Which workloads to run (`W1,W5`, say); all of them when not given. The outbox runs only
    /// with all of them.
    #[arg(long, value_delimiter = ',')]
    pub workloads: Vec<String>,
    /// Where databases, logs and request files go.
    #[arg(long, default_value = "target/bench")]
    pub work_dir: PathBuf,
    /// Seconds of load per measurement. W1, B1, P1 and P2 are measured in turns instead, in
    /// `--rounds` rounds of half as long each (at least 3 s).
    #[arg(long, default_value_t = 10)]
    pub seconds: u32,
    /// Rounds of the measurements W1 is compared by (each workload's median round counts).
    #[arg(long, default_value_t = 3)]
    pub rounds: u32,
    /// Open connections of each measurement.
    #[arg(
        id = "connections",
        long = "concurrency",
        value_delimiter = ',',
        default_value = "1,8,32"
    )]
    pub concurrency: Vec<u32>,
    /// A PostgreSQL server to run on as well (`postgres://user@host:port/postgres`); the suite
    /// creates and drops its own databases there.
    #[arg(long, env = "SKUPAJ_BENCH_POSTGRES_URL")]
    pub postgres_url: Option<String>,
    /// The `skupaj` binary (by default the one built next to this one).
    #[arg(long)]
    pub skupaj: Option<PathBuf>,
    #[arg(long, default_value_t = 1_000)]
    pub organisations: usize,
    /// Participants of the small dataset (W5 searches them at both sizes).
    #[arg(long, default_value_t = 10_000)]
    pub small_participants: usize,
    #[arg(long, default_value_t = 100_000)]
    pub large_participants: usize,
    #[arg(long, default_value_t = 10_000)]
    pub small_programmes: usize,
    #[arg(long, default_value_t = 10_000)]
    pub small_referrals: usize,
    #[arg(long, default_value_t = 100_000)]
    pub large_programmes: usize,
    #[arg(long, default_value_t = 1_000_000)]
    pub large_referrals: usize,
    /// PostGraphile's command (`scripts/bench.sh` installs it); when given, it answers W1's page
    /// on the PostgreSQL datasets beside Skupaj (P1, P2).
    #[arg(long, env = "SKUPAJ_BENCH_POSTGRAPHILE")]
    pub postgraphile: Option<PathBuf>,
    /// Worker processes of PostGraphile's cluster (Skupaj's worker count on this machine).
    #[arg(long, default_value_t = 2)]
    pub postgraphile_workers: u32,
    #[command(flatten)]
    pub outbox: crate::outbox::Load,
}

impl Options {
    /// How long each round of the workloads measured in turns lasts.
    pub fn round_seconds(&self) -> u32 {
        (self.seconds / 2).max(3)
    }
}

/// What a workload sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workload {
    B0,
    B1,
    P1,
    P2,
    W1,
    W2,
    W3,
    W4,
    W5,
}

impl Workload {
    /// W1 and what it is compared with (the baseline and the peer): they run first, in turns.
    pub const COMPARED: [Self; 4] = [Self::B1, Self::P1, Self::P2, Self::W1];

    /// Every workload; those not in [`Self::COMPARED`] run after them, in this order. W3 runs
    /// last: its thousands of new referrals leave e-mails for the outbox worker to send, which
    /// would otherwise weigh on whatever ran next. P1 and P2 run only on PostgreSQL, when
    /// PostGraphile is installed.
    pub const ALL: [Self; 9] = [
        Self::B0,
        Self::B1,
        Self::P1,
        Self::P2,
        Self::W1,
        Self::W2,
        Self::W5,
        Self::W4,
        Self::W3,
    ];

    /// Whether the measurement is of another process than the server.
    pub fn is_beside_the_server(self) -> bool {
        matches!(self, Self::B0 | Self::B1 | Self::P1 | Self::P2)
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::B0 => "B0 bare handler, W1's bytes",
            Self::B1 => "B1 W1's SQL + serde, no GraphQL",
            Self::P1 => "P1 PostGraphile 4.14.1, W1's page",
            Self::P2 => "P2 PostGraphile 4.14.1 with JWT claims, W1's page",
            Self::W1 => "W1 dashboard: referrals(first: 50)",
            Self::W2 => "W2 matchProgrammes(first: 10)",
            Self::W3 => "W3 create and send a referral",
            Self::W4 => "W4 mix 90% W1, 9% W2, 1% W3",
            Self::W5 => "W5 participants(filter: { search }), a case worker",
        }
    }

    pub fn short(self) -> &'static str {
        match self {
            Self::B0 => "B0",
            Self::B1 => "B1",
            Self::P1 => "P1",
            Self::P2 => "P2",
            Self::W1 => "W1",
            Self::W2 => "W2",
            Self::W3 => "W3",
            Self::W4 => "W4",
            Self::W5 => "W5",
        }
    }
}

pub const W1_QUERY: &str = "query Dashboard($filter: ReferralFilterInput, $first: Int) { \
    referrals(filter: $filter, first: $first) { edges { node { id status needDomain priority \
    respondBy createdAt participantCode fromOrganisation { id name } toOrganisation { id name } \
    programme { id titleIn(language: \"sl\") } } } pageInfo { hasNextPage endCursor } } }";

pub const W2_QUERY: &str = "query Match($participant: ID!) { matchProgrammes(participantId: \
    $participant, first: 10) { score reasons programme { id titleIn(language: \"sl\") } } }";

pub const W3_QUERY: &str = "mutation Refer($input: CreateReferralInput!) { createReferral(input: \
    $input) { referral { id status } } }";

pub const W5_QUERY: &str = "query Find($search: String) { participants(filter: { search: \
    $search }, first: 20) { edges { node { id referenceCode givenName familyName } } } }";

/// What case workers type to find someone: family names without their diacritics, a first and
/// a last name, a name in capitals, the start of a phone number, and a name nobody has.
const W5_SEARCHES: &[&str] = &[
    "saric",
    "kovacevic",
    "HODZIC",
    "kovalenko",
    "amina haddad",
    "djordjevic",
    "zupancic",
    "yilmaz",
    "+386 41",
    "nobody-by-this-name",
];

/// The `skupaj` binary: `given`, or the one built next to this one.
pub fn skupaj_binary(given: Option<&Path>) -> anyhow::Result<PathBuf> {
    let skupaj = match given {
        Some(path) => path.to_owned(),
        None => std::env::current_exe()?.with_file_name("skupaj"),
    };
    anyhow::ensure!(
        skupaj.exists(),
        "{} not found: build it first (cargo build --release -p skupaj-api)",
        skupaj.display()
    );
    Ok(skupaj)
}

pub async fn run(options: Options) -> anyhow::Result<()> {
    let skupaj = skupaj_binary(options.skupaj.as_deref())?;
    std::fs::create_dir_all(&options.work_dir)?;
    let work = options.work_dir.canonicalize()?;
    let script = work.join("graphql.lua");
    std::fs::write(&script, load::SCRIPT)?;
    let mut report = Report::new(&options);
    // What the export's run and people wrote there (see `report::keeping_sections`).
    let existing = std::fs::read_to_string(&options.out).unwrap_or_default();
    let backends = Backend::all(options.postgres_url.as_deref());
    for backend in &backends {
        for size in [Size::Small, Size::Large] {
            if !options.sizes.iter().any(|s| s == size.label()) {
                continue;
            }
            let scale = size.scale(&options);
            eprintln!(
                "== {} · {} referrals, {} programmes",
                backend.name(),
                scale.referrals,
                scale.programmes
            );
            let dataset = measure(&options, &work, &script, &skupaj, backend, size, scale).await?;
            report.datasets.push(dataset);
            // Write as we go, so an interrupted run still leaves its figures.
            std::fs::write(&options.out, keeping(&existing, &report))?;
        }
    }
    for backend in backends.iter().filter(|_| options.workloads.is_empty()) {
        let figures = crate::outbox::measure(&skupaj, &work, backend, &options.outbox).await?;
        report.outbox.push(figures);
        std::fs::write(&options.out, keeping(&existing, &report))?;
    }
    std::fs::write(&options.out, keeping(&existing, &report))?;
    eprintln!("{}", report.render());
    eprintln!("written to {}", options.out.display());
    Ok(())
}

/// A database to measure on.
#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

impl Backend {
    /// SQLite, and PostgreSQL when a server is given.
    pub fn all(postgres_url: Option<&str>) -> Vec<Self> {
        let mut backends = vec![Self::Sqlite];
        if let Some(url) = postgres_url {
            backends.push(Self::Postgres(url.to_owned()));
        }
        backends
    }

    pub fn name(&self) -> &'static str {
        match self {
            Self::Sqlite => "SQLite",
            Self::Postgres(_) => "PostgreSQL",
        }
    }

    /// A fresh, empty database called `name` (a file in `work` for SQLite), and its URL.
    pub async fn fresh(&self, work: &Path, name: &str) -> anyhow::Result<String> {
        match self {
            Self::Sqlite => {
                let path = work.join(format!("{name}.db"));
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
                Ok(format!("sqlite://{}?mode=rwc", path.display()))
            }
            Self::Postgres(admin_url) => {
                let admin = skupaj_persistence::connect(admin_url).await?;
                admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
                    .await?;
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await?;
                admin.close().await?;
                let (base, _) = admin_url
                    .rsplit_once('/')
                    .context("the PostgreSQL URL names no database")?;
                Ok(format!("{base}/{name}"))
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Small,
    Large,
}

impl Size {
    fn label(self) -> &'static str {
        match self {
            Self::Small => "small",
            Self::Large => "large",
        }
    }

    fn scale(self, options: &Options) -> Scale {
        let (participants, programmes, referrals) = match self {
            Self::Small => (
                options.small_participants,
                options.small_programmes,
                options.small_referrals,
            ),
            Self::Large => (
                options.large_participants,
                options.large_programmes,
                options.large_referrals,
            ),
        };
        Scale {
            organisations: options.organisations,
            participants,
            programmes,
            referrals,
            seed: 2026,
            one_municipality: false,
        }
    }
}

/// A child process that is killed when dropped.
pub struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Process {
    pub fn spawn(command: &mut Command) -> std::io::Result<Self> {
        command.spawn().map(Self)
    }

    pub fn id(&self) -> u32 {
        self.0.id()
    }

    /// The most memory the process has held (`VmHWM`), in KiB.
    fn peak_memory_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.0.id())).ok()?;
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmHWM:"))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
    }
}

pub fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// The JWT key the server and the baselines share (generated data only; never a real key).
const BENCH_JWT_SECRET: &str = "skupaj-bench-key-not-for-production-use-0123456789";

pub fn server_env(command: &mut Command, database_url: &str) {
    command
        .env("DATABASE_URL", database_url)
        .env("SKUPAJ_JWT_SECRET", BENCH_JWT_SECRET)
        .env("SKUPAJ_ACCESS_TOKEN_TTL_SECONDS", "14400")
        // The scan and the workers would add their own statements to the count per request;
        // they run rarely here, and e-mails go to the log.
        .env("SKUPAJ_SCHEDULE_INTERVAL_SECONDS", "0")
        .env("SKUPAJ_RETENTION_INTERVAL_SECONDS", "0")
        .env("SKUPAJ_OUTBOX_POLL_MS", "60000")
        .env("SKUPAJ_LIVE_POLL_MS", "60000")
        .env("SKUPAJ_MAIL_FOLDER", "")
        .env("SKUPAJ_LOG_FILTER", "info")
        .env("SKUPAJ_AUTH_FAILURES_PER_ADDRESS", "100000");
}

#[allow(clippy::too_many_arguments)]
async fn measure(
    options: &Options,
    work: &Path,
    script: &Path,
    skupaj: &Path,
    backend: &Backend,
    size: Size,
    scale: Scale,
) -> anyhow::Result<Dataset> {
    let database_url = backend
        .fresh(work, &format!("skupaj_bench_{}", size.label()))
        .await?;
    let seeded = Instant::now();
    let db = skupaj_persistence::connect(&database_url).await?;
    skupaj_persistence::migrate(&db).await?;
    let cast = seed::seed(&db, scale).await?;
    // A database that has been in use has statistics; one just bulk-loaded has those of its
    // empty tables until autovacuum wakes (within a minute, at a time of its choosing), and
    // PostgreSQL plans with them: W1's page then joined every organisation against every
    // referral it found (about 600,000 comparisons) and ran at half its speed at 8
    // connections. Analyse now, so that no measurement depends on when autovacuum woke, and
    // PostGraphile, measured later on the same data, has no advantage. (SQLite keeps no
    // statistics unless asked, and a running Skupaj never asks, so it is left as it runs.)
    if matches!(backend, Backend::Postgres(_)) {
        db.execute_unprepared("ANALYZE").await?;
    }
    db.close().await?;
    let seed_seconds = seeded.elapsed().as_secs_f64();
    eprintln!("  seeded in {seed_seconds:.0} s");

    let port = free_port()?;
    let log = std::fs::File::create(work.join(format!(
        "server-{}-{}.log",
        backend.name(),
        size.label()
    )))?;
    let mut command = Command::new(skupaj);
    command
        .arg("serve")
        .env("SKUPAJ_BIND_ADDRESS", format!("127.0.0.1:{port}"))
        .stdout(Stdio::from(log.try_clone()?))
        .stderr(Stdio::from(log));
    server_env(&mut command, &database_url);
    let server = Process(command.spawn().context("start skupaj serve")?);
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    wait_until_ready(&client, &format!("{base}/readyz")).await?;

    let officer = login(&client, &base, &cast.officer_email).await?;
    let case_manager = login(&client, &base, &cast.case_manager_email).await?;
    let bodies = Bodies::write(work, &cast, &officer, &case_manager)?;

    // W5 must find people, or it measures nothing.
    let found = post(
        &client,
        &format!("{base}/graphql"),
        &case_manager,
        &json!({ "query": W5_QUERY, "variables": { "search": W5_SEARCHES[0] } }),
    )
    .await?;
    anyhow::ensure!(
        found.get("errors").is_none()
            && found["data"]["participants"]["edges"]
                .as_array()
                .is_some_and(|edges| !edges.is_empty()),
        "W5 found nobody: {found}"
    );

    // B0 answers the bytes of a real W1 answer, which must be a full page.
    let w1_answer = post(
        &client,
        &format!("{base}/graphql"),
        &officer,
        &w1_body(&cast, 50),
    )
    .await?;
    let edges = w1_answer["data"]["referrals"]["edges"]
        .as_array()
        .map_or(0, Vec::len);
    anyhow::ensure!(
        w1_answer.get("errors").is_none() && edges > 0,
        "W1 answered {w1_answer}"
    );
    let b0_body = work.join("b0-body.json");
    std::fs::write(&b0_body, serde_json::to_vec(&w1_answer)?)?;

    let baseline_port = free_port()?;
    let mut command = Command::new(std::env::current_exe()?);
    command
        .arg("baselines")
        .arg("--bind")
        .arg(format!("127.0.0.1:{baseline_port}"))
        .arg("--b0-body")
        .arg(&b0_body)
        .arg("--municipality")
        .arg(&cast.municipality)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    server_env(&mut command, &database_url);
    let baselines = Process(command.spawn().context("start the baselines")?);
    let baseline_base = format!("http://127.0.0.1:{baseline_port}");
    wait_until_answers(&client, &format!("{baseline_base}/b0")).await?;
    // B1 must answer exactly what W1 answers, or the comparison means nothing.
    let b1_answer = post(
        &client,
        &format!("{baseline_base}/b1"),
        &officer,
        &json!({}),
    )
    .await?;
    anyhow::ensure!(
        b1_answer == w1_answer,
        "B1 and W1 disagree:\nB1 {b1_answer}\nW1 {w1_answer}"
    );

    // The peer answers W1's page on the same PostgreSQL data, checked to hold the same
    // referrals as Skupaj's answer.
    let mut peer = match (backend, &options.postgraphile) {
        (Backend::Postgres(_), Some(postgraphile)) => Some(
            start_peer(
                options,
                work,
                postgraphile,
                &database_url,
                &cast,
                &w1_answer,
                &client,
            )
            .await?,
        ),
        _ => None,
    };

    // Reading /metrics runs statements of its own (the outbox gauges): measure them, to leave
    // them out of the counts below.
    let scrape_cost = {
        let a = scrape(&client, &base).await?;
        let b = scrape(&client, &base).await?;
        b.statements - a.statements
    };
    // Statements per W1 request, by page size, with nothing else running.
    let mut statements_by_page = Vec::new();
    for first in [5, 50] {
        let before = scrape(&client, &base).await?;
        for _ in 0..20 {
            post(
                &client,
                &format!("{base}/graphql"),
                &officer,
                &w1_body(&cast, first),
            )
            .await?;
        }
        let after = scrape(&client, &base).await?;
        let ran = after
            .statements
            .saturating_sub(before.statements)
            .saturating_sub(scrape_cost);
        statements_by_page.push((first, ran as f64 / 20.0));
    }

    // Warm both sides the same way before measuring, so neither meets a colder cache.
    load::wrk(&format!("{baseline_base}/b1"), script, &bodies.w1, 1, 2)?;
    load::wrk(&format!("{base}/graphql"), script, &bodies.w1, 1, 2)?;

    let mut rows = Vec::new();
    let chosen = |workload: Workload| {
        options.workloads.is_empty() || options.workloads.iter().any(|w| w == workload.short())
    };
    let target = |workload: Workload, peer: Option<&PeerRun>| -> Option<(String, PathBuf)> {
        Some(match (workload, peer) {
            (Workload::B0, _) => (format!("{baseline_base}/b0"), bodies.w1.clone()),
            (Workload::B1, _) => (format!("{baseline_base}/b1"), bodies.w1.clone()),
            (Workload::P1, Some(peer)) => (peer.peer.url.clone(), peer.plain.clone()),
            (Workload::P2, Some(peer)) => (peer.peer.url.clone(), peer.claims.clone()),
            (Workload::P1 | Workload::P2, None) => return None,
            (Workload::W1, _) => (format!("{base}/graphql"), bodies.w1.clone()),
            (Workload::W2, _) => (format!("{base}/graphql"), bodies.w2.clone()),
            (Workload::W3, _) => (format!("{base}/graphql"), bodies.w3.clone()),
            (Workload::W4, _) => (format!("{base}/graphql"), bodies.w4.clone()),
            (Workload::W5, _) => (format!("{base}/graphql"), bodies.w5.clone()),
        })
    };
    // The baselines' load goes to their own process, the peer's to its own processes.
    let peak_memory = |workload: Workload, peer: Option<&PeerRun>| match (workload, peer) {
        (Workload::P1 | Workload::P2, Some(peer)) => peer.peer.peak_memory_kib(),
        (w, _) if w.is_beside_the_server() => None,
        _ => server.peak_memory_kib(),
    };
    let probe = Probe {
        client: &client,
        base: &base,
        script,
        scrape_cost,
    };
    // W1 and what it is compared with take turns: at each concurrency, `rounds` rounds of each
    // (each round starting with the next one), so that a machine whose speed drifts within the
    // run weighs on all of them alike. The report takes each one's median round.
    let compared: Vec<Workload> = Workload::COMPARED
        .into_iter()
        .filter(|w| chosen(*w) && target(*w, peer.as_ref()).is_some())
        .collect();
    let round_seconds = options.round_seconds();
    for &connections in &options.concurrency {
        for round in 1..=options.rounds.max(1) {
            for i in 0..compared.len() {
                let workload = compared[(i + round as usize - 1) % compared.len()];
                if let Some(target) = target(workload, peer.as_ref()) {
                    let mut row = probe
                        .run(workload, target, connections, round_seconds, round)
                        .await?;
                    row.peak_memory_kib = peak_memory(workload, peer.as_ref());
                    rows.push(row);
                }
            }
        }
    }
    // Done with the peer: its memory, then out of the way of the server's other runs.
    let peer_memory_kib = peer.take().and_then(|done| done.peer.peak_memory_kib());
    for workload in Workload::ALL
        .into_iter()
        .filter(|w| chosen(*w) && !Workload::COMPARED.contains(w))
    {
        for &connections in &options.concurrency {
            if let Some(target) = target(workload, None) {
                let mut row = probe
                    .run(workload, target, connections, options.seconds, 0)
                    .await?;
                row.peak_memory_kib = peak_memory(workload, None);
                rows.push(row);
            }
        }
    }
    let peak_memory_kib = server.peak_memory_kib();
    drop(peer);
    drop(baselines);
    drop(server);
    Ok(Dataset {
        peer_memory_kib,
        backend: backend.name(),
        size,
        scale,
        seed_seconds,
        peak_memory_kib,
        statements_by_page,
        rows,
    })
}

/// The server under load, and how to count what it did around a wrk run.
struct Probe<'a> {
    client: &'a reqwest::Client,
    base: &'a str,
    script: &'a Path,
    /// Statements a scrape of `/metrics` runs itself, left out of the counts.
    scrape_cost: u64,
}

impl Probe<'_> {
    /// One wrk run of `workload` at `connections` against `url`, with the server's statements
    /// and answers counted around it (its memory is filled in by the caller). `round` is 0 for
    /// a workload measured once.
    async fn run(
        &self,
        workload: Workload,
        (url, file): (String, PathBuf),
        connections: u32,
        seconds: u32,
        round: u32,
    ) -> anyhow::Result<Row> {
        // Requests the previous run left in flight still finish on the server after wrk stops;
        // wait for them, or they would be counted here.
        let before = settled(self.client, self.base).await?;
        let measured = load::wrk(&url, self.script, &file, connections, seconds)?;
        let after = scrape(self.client, self.base).await?;
        let served = after.requests.saturating_sub(before.requests);
        let statements = (!workload.is_beside_the_server() && served > 0).then(|| {
            let ran = after
                .statements
                .saturating_sub(before.statements)
                .saturating_sub(self.scrape_cost);
            ran as f64 / served as f64
        });
        let round_label = if round > 0 {
            format!(" round {round}")
        } else {
            String::new()
        };
        eprintln!(
            "  {:<3} c={connections:<3}{round_label} {:>8.0} req/s  p50 {:>7.2} ms  p99 {:>7.2} ms  errors {}",
            workload.short(),
            measured.per_second(),
            measured.p50_us as f64 / 1e3,
            measured.p99_us as f64 / 1e3,
            measured.errors()
        );
        Ok(Row {
            workload,
            connections,
            round,
            measured,
            statements,
            peak_memory_kib: None,
            served: (!workload.is_beside_the_server()).then_some(served),
        })
    }
}

/// PostGraphile, running, and its request files.
struct PeerRun {
    peer: peer::Peer,
    plain: PathBuf,
    claims: PathBuf,
}

/// Prepares the database for PostGraphile, starts it, checks that both variants answer the
/// same referrals as Skupaj's W1 answer, and writes their request files.
#[allow(clippy::too_many_arguments)]
async fn start_peer(
    options: &Options,
    work: &Path,
    postgraphile: &Path,
    database_url: &str,
    cast: &Cast,
    w1_answer: &Value,
    client: &reqwest::Client,
) -> anyhow::Result<PeerRun> {
    let scope = officer_scope(database_url, cast).await?;
    let filter = skupaj_persistence::referrals::ReferralFilter {
        statuses: vec![skupaj_domain::referral::ReferralStatus::Sent],
        municipality: Some(cast.municipality.clone()),
        ..Default::default()
    };
    peer::prepare(database_url, &scope, &filter).await?;
    let peer = peer::Peer::start(
        postgraphile,
        database_url,
        options.postgraphile_workers,
        &work.join("postgraphile.log"),
    )
    .await?;
    let expected = peer::skupaj_referral_ids(w1_answer);
    let mut files = Vec::new();
    for (variant, name) in [
        (peer::Variant::Plain, "p1.txt"),
        (peer::Variant::Claims, "p2.txt"),
    ] {
        let token = peer::token(variant, &scope)?;
        let body = peer::body(variant, 50);
        let answer = post(client, &peer.url, &token, &body).await?;
        anyhow::ensure!(
            answer.get("errors").is_none() && peer::referral_ids(&answer) == expected,
            "PostGraphile ({variant:?}) and W1 disagree:\nPostGraphile {answer}\nW1's referrals {expected:?}"
        );
        let path = work.join(name);
        std::fs::write(&path, format!("{token}\t{body}\n"))?;
        files.push(path);
    }
    let claims = files.pop().context("no P2 file")?;
    let plain = files.pop().context("no P1 file")?;
    // Warm it as the others are warmed.
    load::wrk(&peer.url, &work.join("graphql.lua"), &plain, 1, 2)?;
    Ok(PeerRun {
        peer,
        plain,
        claims,
    })
}

/// The referral scope of W1's officer, as the server computes it.
async fn officer_scope(
    database_url: &str,
    cast: &Cast,
) -> anyhow::Result<skupaj_domain::access::ReferralScope> {
    use skupaj_persistence::{organisations, users};
    let db = skupaj_persistence::connect(database_url).await?;
    let email = skupaj_domain::email::Email::parse("email", &cast.officer_email)?;
    let user = users::find_by_email(&db, &email)
        .await?
        .context("W1's officer is not in the database")?;
    let membership = users::memberships_of(&db, user.id)
        .await?
        .into_iter()
        .next()
        .context("W1's officer has no membership")?;
    let organisation = organisations::get(&db, membership.organisation_id)
        .await?
        .context("W1's officer's organisation is missing")?;
    db.close().await?;
    let actor = skupaj_domain::access::Actor {
        user_id: user.id,
        platform_role: user.platform_role,
        acting: Some(skupaj_domain::access::ActingMembership {
            organisation_id: organisation.id,
            organisation_kind: organisation.profile.kind,
            organisation_municipality: organisation.profile.municipality,
            role: membership.role,
        }),
    };
    Ok(skupaj_domain::access::referral_scope(&actor))
}

/// The request files of the workloads, one "token<TAB>body" per line.
struct Bodies {
    w1: PathBuf,
    w2: PathBuf,
    w3: PathBuf,
    w4: PathBuf,
    w5: PathBuf,
}

fn w1_body(cast: &Cast, first: u32) -> Value {
    json!({
        "query": W1_QUERY,
        "variables": {
            "first": first,
            "filter": { "municipality": cast.municipality, "statuses": ["SENT"] }
        }
    })
}

impl Bodies {
    fn write(work: &Path, cast: &Cast, officer: &str, case_manager: &str) -> anyhow::Result<Self> {
        let line = |token: &str, body: &Value| format!("{token}\t{body}");
        let w1_line = line(officer, &w1_body(cast, 50));
        let w2_lines: Vec<String> = cast
            .participant_ids
            .iter()
            .map(|id| {
                line(
                    case_manager,
                    &json!({ "query": W2_QUERY, "variables": { "participant": id } }),
                )
            })
            .collect();
        let respond_by = (chrono::Utc::now().date_naive() + chrono::Duration::days(14)).to_string();
        let w3_lines: Vec<String> = cast
            .participant_ids
            .iter()
            .zip(cast.receiver_ids.iter().cycle())
            .map(|(participant, receiver)| {
                line(
                    case_manager,
                    &json!({ "query": W3_QUERY, "variables": { "input": {
                        "participantId": participant,
                        "toOrganisationId": receiver,
                        "needDomain": "EMPLOYMENT",
                        "reason": "Looking for vocational training (benchmark).",
                        "respondBy": respond_by,
                        "send": true
                    } } }),
                )
            })
            .collect();
        anyhow::ensure!(!w2_lines.is_empty(), "the case manager has no participants");
        // 100 requests: W2 at every eleventh place from the sixth, W3 in the middle, else W1.
        let w4_lines: Vec<String> = (0..100)
            .map(|i| match i {
                50 => w3_lines[0].clone(),
                i if i % 11 == 5 && i < 100 => w2_lines[i % w2_lines.len()].clone(),
                _ => w1_line.clone(),
            })
            .collect();
        let w5_lines: Vec<String> = W5_SEARCHES
            .iter()
            .map(|search| {
                line(
                    case_manager,
                    &json!({ "query": W5_QUERY, "variables": { "search": search } }),
                )
            })
            .collect();
        let write = |name: &str, lines: &[String]| -> anyhow::Result<PathBuf> {
            let path = work.join(name);
            std::fs::write(&path, lines.join("\n") + "\n")?;
            Ok(path)
        };
        Ok(Self {
            w1: write("w1.txt", std::slice::from_ref(&w1_line))?,
            w2: write("w2.txt", &w2_lines)?,
            w3: write("w3.txt", &w3_lines)?,
            w4: write("w4.txt", &w4_lines)?,
            w5: write("w5.txt", &w5_lines)?,
        })
    }
}

pub async fn wait_until_ready(client: &reqwest::Client, url: &str) -> anyhow::Result<()> {
    for _ in 0..600 {
        if let Ok(response) = client.get(url).send().await
            && response.status().is_success()
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anyhow::bail!("{url} did not become ready within a minute")
}

async fn wait_until_answers(client: &reqwest::Client, url: &str) -> anyhow::Result<()> {
    for _ in 0..600 {
        if client.post(url).send().await.is_ok() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anyhow::bail!("{url} did not answer within a minute")
}

async fn post(
    client: &reqwest::Client,
    url: &str,
    token: &str,
    body: &Value,
) -> anyhow::Result<Value> {
    let mut request = client.post(url);
    if !token.is_empty() {
        request = request.bearer_auth(token);
    }
    Ok(request.json(body).send().await?.json().await?)
}

pub async fn login(client: &reqwest::Client, base: &str, email: &str) -> anyhow::Result<String> {
    let answer: Value = client
        .post(format!("{base}/graphql"))
        .json(&json!({
            "query": "mutation($input: LoginInput!) { login(input: $input) { accessToken } }",
            "variables": { "input": { "email": email, "password": seed::PASSWORD } }
        }))
        .send()
        .await?
        .json()
        .await?;
    answer["data"]["login"]["accessToken"]
        .as_str()
        .map(str::to_owned)
        .with_context(|| format!("login of {email} failed: {answer}"))
}

/// The server's counters once no request has finished for a moment.
async fn settled(client: &reqwest::Client, base: &str) -> anyhow::Result<Counters> {
    let mut last = scrape(client, base).await?;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let now = scrape(client, base).await?;
        if now.requests == last.requests {
            return Ok(now);
        }
        last = now;
    }
    Ok(last)
}

/// The server's counters at one moment.
struct Counters {
    statements: u64,
    requests: u64,
}

async fn scrape(client: &reqwest::Client, base: &str) -> anyhow::Result<Counters> {
    let text = client
        .get(format!("{base}/metrics"))
        .send()
        .await?
        .text()
        .await?;
    let sum = |prefix: &str| -> u64 {
        text.lines()
            .filter(|line| line.starts_with(prefix))
            .filter_map(|line| line.rsplit(' ').next()?.parse::<f64>().ok())
            .sum::<f64>() as u64
    };
    Ok(Counters {
        statements: sum("skupaj_sql_statements_total"),
        requests: sum("skupaj_graphql_requests_total"),
    })
}

/// The report as rendered, with the sections this run does not write kept from the file.
fn keeping(existing: &str, report: &Report) -> String {
    crate::report::keeping_sections(existing, &report.render())
}
