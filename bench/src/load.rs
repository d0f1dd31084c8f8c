//! Load from wrk: one run at a fixed concurrency, every answer checked by the Lua script.

use std::path::Path;
use std::process::Command;

use anyhow::Context as _;
use serde::Deserialize;

/// The script wrk runs (written next to the bodies before the first run).
pub const SCRIPT: &str = include_str!("../wrk/graphql.lua");

/// What one wrk run measured.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Measured {
    pub requests: u64,
    pub duration_us: u64,
    /// Answers that were not a 200, or had GraphQL `errors`.
    pub bad: u64,
    /// Connections refused, reads and writes failed, requests timed out.
    pub socket_errors: u64,
    pub p50_us: u64,
    pub p99_us: u64,
}

impl Measured {
    pub fn per_second(&self) -> f64 {
        self.requests as f64 / (self.duration_us.max(1) as f64 / 1e6)
    }

    pub fn errors(&self) -> u64 {
        self.bad + self.socket_errors
    }
}

/// Runs wrk against `url` with `connections` open connections for `seconds`, sending the
/// lines of `bodies` (see the script).
pub fn wrk(
    url: &str,
    script: &Path,
    bodies: &Path,
    connections: u32,
    seconds: u32,
) -> anyhow::Result<Measured> {
    let threads = connections.clamp(1, 2);
    let output = Command::new("wrk")
        .arg(format!("-t{threads}"))
        .arg(format!("-c{connections}"))
        .arg(format!("-d{seconds}s"))
        // Well under the measurement, so that a stuck request counts as a timeout error.
        .arg("--timeout=3s")
        .arg("-s")
        .arg(script)
        .arg(url)
        .env("BENCH_BODIES", bodies)
        .output()
        .context("cannot run wrk (is it installed? scripts/bench.sh installs it)")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find_map(|line| line.strip_prefix("RESULT "))
        .with_context(|| {
            format!(
                "wrk printed no result: {stdout}{}",
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
    Ok(serde_json::from_str(line)?)
}
