//! `skupaj-bench`: Skupaj's benchmark suite.
//!
//! - `seed` fills an empty database with generated data at a chosen scale;
//! - `baselines` serves B0 (fixed bytes) and B1 (W1's SQL through the persistence layer and
//!   serde, without GraphQL), to compare the server against;
//! - `run` does everything: seeds SQLite and PostgreSQL at both sizes, starts the real server and
//!   the baselines, drives them with wrk, measures the outbox and writes `BENCHMARKS.md`;
//! - `export` seeds a million referrals on PostgreSQL and measures the CSV export beside
//!   `COPY … TO STDOUT` of the same rows, rewriting that section of `BENCHMARKS.md`;
//! - `outbox` measures only the outbox's e-mail delivery against an SMTP sink and rewrites that
//!   section of `BENCHMARKS.md`;
//! - `cluster` runs the reference deployment (three instances behind nginx) under load through
//!   a SIGKILL and a rolling restart, checks that nothing was lost and writes `CLUSTER.md`
//!   (`bash scripts/cluster.sh`).
//!
//! `bash scripts/bench.sh` builds in release mode, installs wrk when missing and calls `run`.
//! The modules live in the library (`lib.rs`).

use std::path::PathBuf;
use std::time::Instant;

use clap::{Parser, Subcommand};

use skupaj_bench::{baselines, cluster, export, outbox, run, seed};

#[derive(Parser)]
#[command(name = "skupaj-bench", about = "Skupaj's benchmark suite")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Fills an empty database (migrated first) with generated data.
    Seed {
        /// The database, `sqlite://…?mode=rwc` or `postgres://…`.
        #[arg(long, env = "DATABASE_URL")]
        database_url: String,
        #[command(flatten)]
        scale: seed::Scale,
        /// Where to write the accounts and ids the workloads use (JSON).
        #[arg(long)]
        cast: Option<PathBuf>,
    },
    /// Serves the baselines: `POST /b0` answers W1's bytes, `POST /b1` runs W1's SQL.
    Baselines(baselines::Options),
    /// Runs the whole suite and writes the report.
    Run(run::Options),
    /// Measures the outbox's e-mail delivery against an SMTP sink (also part of `run`) and
    /// rewrites that section of the report.
    Outbox(outbox::Options),
    /// Measures `GET /exports/referrals.csv` of about a million referrals on PostgreSQL beside
    /// `COPY … TO STDOUT` of the same rows and rewrites that section of the report.
    Export(export::Options),
    /// Runs three instances behind nginx under load, kills one and restarts each in turn,
    /// checks that nothing was lost, and writes CLUSTER.md (`bash scripts/cluster.sh`).
    Cluster(cluster::Options),
}

/// The same allocator as the `skupaj` server, so that the baselines differ from it only in what
/// they leave out.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Baselines(options) => baselines::serve(options),
        Command::Run(options) => runtime()?.block_on(run::run(options)),
        Command::Outbox(options) => runtime()?.block_on(outbox::run_alone(options)),
        Command::Export(options) => runtime()?.block_on(export::run_alone(options)),
        Command::Cluster(options) => runtime()?.block_on(cluster::run(options)),
        Command::Seed {
            database_url,
            scale,
            cast,
        } => runtime()?.block_on(async move {
            let started = Instant::now();
            let db = skupaj_persistence::connect(&database_url).await?;
            skupaj_persistence::migrate(&db).await?;
            let generated = seed::seed(&db, scale).await?;
            if let Some(path) = cast {
                std::fs::write(&path, serde_json::to_vec_pretty(&generated)?)?;
            }
            eprintln!("seeded in {:.1} s", started.elapsed().as_secs_f64());
            Ok(())
        }),
    }
}

fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    /// Two flattened options sharing an id once made `run` demand a value it has a default for.
    /// (`export` needs a PostgreSQL server, so it has no command line without arguments.)
    #[test]
    fn the_suites_run_on_their_defaults() {
        for command in ["run", "outbox"] {
            let parsed = super::Cli::try_parse_from(["skupaj-bench", command]);
            assert!(parsed.is_ok(), "{command}: {}", parsed.err().unwrap());
        }
    }
}
