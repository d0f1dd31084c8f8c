//! The export benchmark (`skupaj-bench export`, `bash scripts/bench.sh --only export`): the
//! server's `GET /exports/referrals.csv` of about a million referrals on PostgreSQL, its time and
//! the server's peak memory above its idle memory, beside PostgreSQL's own
//! `COPY (SELECT …) TO STDOUT` of the same rows (the export's own statement, from
//! `persistence::exports::referral_export_sql`) through `psql`, in the same run.
//!
//! The data: the generator with `--one-municipality`, so the dashboard's officer (an analyst of
//! Ljubljana's office) tracks every sent referral. The officer is the viewer: their scope is the
//! export's costliest (correlated look-ups of both organisations and the participant's
//! residence), and COPY runs the same conditions.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use sea_orm::ConnectionTrait;
use skupaj_domain::access::ReferralScope;
use skupaj_persistence::referrals::ReferralFilter;

use crate::run::{self, Backend, Process};
use crate::seed::{self, Scale};

/// `skupaj-bench export`.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// The report whose export section is written (the rest of it is kept).
    #[arg(long, default_value = "BENCHMARKS.md")]
    pub out: PathBuf,
    /// Where logs go.
    #[arg(long, default_value = "target/bench")]
    pub work_dir: PathBuf,
    /// The PostgreSQL server (`postgres://user@host:port/postgres`).
    #[arg(long, env = "SKUPAJ_BENCH_POSTGRES_URL")]
    pub postgres_url: String,
    /// The `skupaj` binary (by default the one built next to this one).
    #[arg(long)]
    pub skupaj: Option<PathBuf>,
    /// Referrals generated; about 95% are sent, and those are what the officer exports.
    #[arg(long, default_value_t = 1_053_000)]
    pub referrals: usize,
    /// Participants generated.
    #[arg(long, default_value_t = 100_000)]
    pub participants: usize,
    /// Timed runs of each (the best is reported; one untimed run of COPY warms the cache).
    #[arg(long, default_value_t = 2)]
    pub repeat: usize,
}

/// One export measurement.
#[derive(Debug, Clone)]
pub struct Figures {
    pub seeded: usize,
    /// How the server and this suite were built (the suite is built with the server).
    pub build: &'static str,
    /// Data rows of the export (without the header).
    pub rows: u64,
    pub export_bytes: u64,
    pub export_seconds: f64,
    pub copy_rows: u64,
    pub copy_bytes: u64,
    pub copy_seconds: f64,
    /// The server's resident memory before the export (signed in, after a small export).
    pub idle_kib: u64,
    /// The most it held during the exports (sampled every 10 ms).
    pub peak_kib: u64,
}

impl Figures {
    pub fn export_rows_per_second(&self) -> f64 {
        self.rows as f64 / self.export_seconds.max(f64::MIN_POSITIVE)
    }

    pub fn copy_rows_per_second(&self) -> f64 {
        self.copy_rows as f64 / self.copy_seconds.max(f64::MIN_POSITIVE)
    }

    pub fn ratio(&self) -> f64 {
        self.export_rows_per_second() / self.copy_rows_per_second().max(f64::MIN_POSITIVE)
    }

    pub fn extra_mib(&self) -> f64 {
        self.peak_kib.saturating_sub(self.idle_kib) as f64 / 1024.0
    }
}

/// Targets: at least half of COPY's rate, at most 20 MiB above the idle server.
pub const TARGET_RATIO: f64 = 0.5;
pub const TARGET_EXTRA_MIB: f64 = 20.0;

/// Seeds, measures, and writes the export section of the report.
pub async fn run_alone(options: Options) -> anyhow::Result<()> {
    let skupaj = run::skupaj_binary(options.skupaj.as_deref())?;
    std::fs::create_dir_all(&options.work_dir)?;
    let work = options.work_dir.canonicalize()?;
    let figures = measure(&skupaj, &work, &options).await?;
    let section = crate::report::render_export(&figures);
    let existing = std::fs::read_to_string(&options.out).unwrap_or_default();
    std::fs::write(
        &options.out,
        crate::report::with_section(&existing, crate::report::EXPORT_HEADING, &section),
    )?;
    eprintln!("{section}");
    eprintln!("written to {}", options.out.display());
    Ok(())
}

/// The resident memory of a process now (`VmRSS`), in KiB.
fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Samples a process's resident memory every 10 ms until stopped; the most it saw.
struct Sampler {
    stop: Arc<AtomicBool>,
    peak: Arc<AtomicU64>,
    thread: std::thread::JoinHandle<()>,
}

impl Sampler {
    fn start(pid: u32) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let peak = Arc::new(AtomicU64::new(0));
        let thread = {
            let (stop, peak) = (stop.clone(), peak.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    if let Some(kib) = rss_kib(pid) {
                        peak.fetch_max(kib, Ordering::Relaxed);
                    }
                    std::thread::sleep(Duration::from_millis(10));
                }
            })
        };
        Self { stop, peak, thread }
    }

    fn finish(self) -> u64 {
        self.stop.store(true, Ordering::Relaxed);
        let _ = self.thread.join();
        self.peak.load(Ordering::Relaxed)
    }
}

/// Reads a whole export over HTTP: (data rows, bytes, seconds). No value holds a line break
/// in generated data, so rows are the line count less the header.
async fn export_once(
    client: &reqwest::Client,
    url: &str,
    token: &str,
) -> anyhow::Result<(u64, u64, f64)> {
    let started = Instant::now();
    let mut response = client.get(url).bearer_auth(token).send().await?;
    anyhow::ensure!(
        response.status().is_success(),
        "the export answered {}",
        response.status()
    );
    let (mut lines, mut bytes) = (0u64, 0u64);
    while let Some(chunk) = response.chunk().await? {
        bytes += chunk.len() as u64;
        lines += chunk.iter().filter(|b| **b == b'\n').count() as u64;
    }
    Ok((
        lines.saturating_sub(1),
        bytes,
        started.elapsed().as_secs_f64(),
    ))
}

/// `psql -c "COPY (…) TO STDOUT (FORMAT csv, HEADER)"`: (data rows, bytes, seconds).
fn copy_once(database_url: &str, sql: &str) -> anyhow::Result<(u64, u64, f64)> {
    let started = Instant::now();
    let mut child = Command::new("psql")
        .args([
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-d",
            database_url,
            "-c",
        ])
        .arg(format!("COPY ({sql}) TO STDOUT (FORMAT csv, HEADER)"))
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .context("run psql")?;
    let mut stdout = child.stdout.take().context("psql's output")?;
    let (mut lines, mut bytes) = (0u64, 0u64);
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let read = stdout.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        bytes += read as u64;
        lines += buffer[..read].iter().filter(|b| **b == b'\n').count() as u64;
    }
    anyhow::ensure!(child.wait()?.success(), "psql failed");
    Ok((
        lines.saturating_sub(1),
        bytes,
        started.elapsed().as_secs_f64(),
    ))
}

async fn measure(skupaj: &Path, work: &Path, options: &Options) -> anyhow::Result<Figures> {
    let backend = Backend::Postgres(options.postgres_url.clone());
    let database_url = backend.fresh(work, "skupaj_bench_export").await?;
    let db = skupaj_persistence::connect(&database_url).await?;
    skupaj_persistence::migrate(&db).await?;
    eprintln!(
        "== export · PostgreSQL · seeding {} referrals",
        options.referrals
    );
    let cast = seed::seed(
        &db,
        Scale {
            organisations: 1_000,
            participants: options.participants,
            programmes: 10_000,
            referrals: options.referrals,
            seed: 2026,
            one_municipality: true,
        },
    )
    .await?;
    db.execute_unprepared("VACUUM ANALYZE").await?;
    db.close().await?;

    let port = run::free_port()?;
    let log = std::fs::File::create(work.join("server-export.log"))?;
    let mut command = Command::new(skupaj);
    command
        .arg("serve")
        .env("SKUPAJ_BIND_ADDRESS", format!("127.0.0.1:{port}"))
        .stdout(Stdio::from(log.try_clone()?))
        .stderr(Stdio::from(log));
    run::server_env(&mut command, &database_url);
    let server = Process::spawn(&mut command).context("start skupaj serve")?;
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    run::wait_until_ready(&client, &format!("{base}/readyz")).await?;
    let token = run::login(&client, &base, &cast.officer_email).await?;
    // Warm up (and count as idle) the server's allocations for a small export.
    export_once(
        &client,
        &format!("{base}/exports/referrals.csv?statuses=ON_HOLD&createdFrom=2026-10-01T00:00:00Z"),
        &token,
    )
    .await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let idle_kib = rss_kib(server.id()).context("the server's memory")?;

    // The same statement the export pages through, whole.
    let scope = ReferralScope {
        organisation: None,
        municipality: Some(cast.municipality.clone()),
    };
    let sql = skupaj_persistence::exports::referral_export_sql(&scope, &ReferralFilter::default());
    copy_once(&database_url, &sql)?;
    let mut copy = (0, 0, f64::MAX);
    for _ in 0..options.repeat {
        let once = copy_once(&database_url, &sql)?;
        eprintln!(
            "  COPY: {} rows, {} bytes in {:.2} s",
            once.0, once.1, once.2
        );
        if once.2 < copy.2 {
            copy = once;
        }
    }
    let sampler = Sampler::start(server.id());
    let mut export = (0, 0, f64::MAX);
    for _ in 0..options.repeat {
        let once = export_once(&client, &format!("{base}/exports/referrals.csv"), &token).await?;
        eprintln!(
            "  export: {} rows, {} bytes in {:.2} s",
            once.0, once.1, once.2
        );
        if once.2 < export.2 {
            export = once;
        }
    }
    let peak_kib = sampler.finish().max(idle_kib);
    drop(server);
    anyhow::ensure!(
        export.0 == copy.0,
        "the export wrote {} rows and COPY {}: not the same rows",
        export.0,
        copy.0
    );
    let figures = Figures {
        seeded: options.referrals,
        build: if cfg!(debug_assertions) {
            "a **debug** build, our crates unoptimised and dependencies at opt-level 1: \
             not the release build the targets are for"
        } else {
            "release build"
        },
        rows: export.0,
        export_bytes: export.1,
        export_seconds: export.2,
        copy_rows: copy.0,
        copy_bytes: copy.1,
        copy_seconds: copy.2,
        idle_kib,
        peak_kib,
    };
    eprintln!(
        "  export {:.0} rows/s, COPY {:.0} rows/s ({:.0}%); memory {:.1} MiB idle, {:.1} MiB peak (+{:.1} MiB)",
        figures.export_rows_per_second(),
        figures.copy_rows_per_second(),
        figures.ratio() * 100.0,
        idle_kib as f64 / 1024.0,
        peak_kib as f64 / 1024.0,
        figures.extra_mib()
    );
    Ok(figures)
}
