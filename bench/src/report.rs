//! `BENCHMARKS.md`: the targets of issue 6 judged against the figures, then every figure, then
//! the outbox's e-mail delivery (issue 11) in a section of its own, which `skupaj-bench outbox`
//! rewrites alone.

use std::fmt::Write as _;

use crate::load::Measured;
use crate::run::{Options, Size, Workload};
use crate::seed::Scale;

/// One measurement.
pub struct Row {
    pub workload: Workload,
    pub connections: u32,
    /// Which round of a workload measured in turns (1, 2, …); 0 for one measured once.
    pub round: u32,
    pub measured: Measured,
    /// SQL statements the server ran per request it answered (not for the baselines).
    pub statements: Option<f64>,
    /// The server's peak memory so far, read right after this measurement.
    pub peak_memory_kib: Option<u64>,
    /// Requests the server counted as answered (not for the baselines): more than wrk's count
    /// plus the open connections means answers wrk never received.
    pub served: Option<u64>,
}

impl Row {
    /// Answers the server sent that wrk did not count (beyond those in flight at the end).
    fn unreceived(&self) -> u64 {
        self.served.map_or(0, |served| {
            served.saturating_sub(self.measured.requests + u64::from(self.connections))
        })
    }
}

/// The measurements on one database at one size.
pub struct Dataset {
    pub backend: &'static str,
    pub size: Size,
    pub scale: Scale,
    pub seed_seconds: f64,
    pub peak_memory_kib: Option<u64>,
    /// PostGraphile's peak memory (its processes added up), when it ran.
    pub peer_memory_kib: Option<u64>,
    /// (page size, statements per W1 request) with nothing else running.
    pub statements_by_page: Vec<(u32, f64)>,
    pub rows: Vec<Row>,
}

impl Dataset {
    /// The measurement of `workload` at `connections`: of one measured in rounds, the median
    /// round by throughput.
    fn row(&self, workload: Workload, connections: u32) -> Option<&Row> {
        let mut rounds: Vec<&Row> = self
            .rows
            .iter()
            .filter(|row| row.workload == workload && row.connections == connections)
            .collect();
        rounds.sort_by(|a, b| a.measured.per_second().total_cmp(&b.measured.per_second()));
        middle(&rounds).copied()
    }

    /// Every round's throughput of `workload` at `connections`, in the order they ran.
    fn rounds(&self, workload: Workload, connections: u32) -> Vec<f64> {
        self.rows
            .iter()
            .filter(|row| row.workload == workload && row.connections == connections)
            .filter(|row| row.round > 0)
            .map(|row| row.measured.per_second())
            .collect()
    }
}

/// The median of a sorted list: its lower middle when the length is even, so that it is
/// always one of the measurements. `None` when empty.
fn middle<T>(sorted: &[T]) -> Option<&T> {
    sorted.get(sorted.len().checked_sub(1)? / 2)
}

/// The median of `a[i] / b[i]` over the rounds both ran, or `None` when either ran none.
fn paired_ratio(a: &[f64], b: &[f64]) -> Option<f64> {
    let mut ratios: Vec<f64> = a
        .iter()
        .zip(b)
        .map(|(a, b)| a / b.max(f64::MIN_POSITIVE))
        .collect();
    ratios.sort_by(f64::total_cmp);
    middle(&ratios).copied()
}

pub struct Report {
    seconds: u32,
    rounds: u32,
    round_seconds: u32,
    concurrency: Vec<u32>,
    pub datasets: Vec<Dataset>,
    pub outbox: Vec<crate::outbox::Figures>,
}

/// Peak server memory allowed under load.
const MEMORY_LIMIT_KIB: u64 = 150 * 1024;

impl Report {
    pub fn new(options: &Options) -> Self {
        Self {
            seconds: options.seconds,
            rounds: options.rounds.max(1),
            round_seconds: options.round_seconds(),
            concurrency: options.concurrency.clone(),
            datasets: Vec::new(),
            outbox: Vec::new(),
        }
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# Benchmarks\n");
        let _ = writeln!(
            out,
            "Written by `bash scripts/bench.sh` (which runs `skupaj-bench run`) on {}, {}. \
             wrk drives the real `skupaj` server (release build) for {} s per measurement at \
             {} open connections, on the same machine as the server; every answer is checked \
             for a 200 status and no GraphQL `errors`. W1 and what it is compared with (B1, P1, \
             P2) take turns instead: at each number of connections, {} rounds of {} s each, \
             each round starting with the next of them, so that a drift in the machine's speed \
             weighs on all alike; their rows show the median round, and every round is listed. \
             A ratio between two of them (W1 over B1, W1 over PostGraphile) is the median of \
             the ratios round by round: each compares two measurements a few seconds apart. \
             The errors counted below are those of every round. B0 and B1 run in a separate process of \
             the same shape (actix-web, same worker count). P1 and P2 are the peer, PostGraphile \
             4.14.1 in cluster mode (as many workers, 16 connections in all), on the PostgreSQL \
             datasets: W1's page from an inlinable SQL function with the statement Skupaj's list \
             runs, its answer checked to hold the same referrals (P2 reads the officer's scope \
             from verified JWT claims); its memory is its processes' peaks added up. \
             Statements are the server's `skupaj_sql_statements_total` divided by the GraphQL \
             requests it answered.\n",
            chrono::Utc::now().format("%Y-%m-%d"),
            machine(),
            self.seconds,
            self.concurrency
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            self.rounds,
            self.round_seconds
        );
        self.render_targets(&mut out);
        for dataset in &self.datasets {
            render_dataset(&mut out, dataset);
        }
        if !self.outbox.is_empty() {
            out.push_str(&render_outbox(&self.outbox));
        }
        out
    }

    fn pair(&self, backend: &str) -> (Option<&Dataset>, Option<&Dataset>) {
        let find = |size| {
            self.datasets
                .iter()
                .find(|d| d.backend == backend && d.size == size)
        };
        (find(Size::Small), find(Size::Large))
    }

    fn render_targets(&self, out: &mut String) {
        let _ = writeln!(out, "## Targets\n");
        let _ = writeln!(out, "| Target | Database | Measured | Met |");
        let _ = writeln!(out, "|---|---|---|---|");
        for backend in ["SQLite", "PostgreSQL"] {
            let (small, large) = self.pair(backend);
            if small.is_none() && large.is_none() {
                let _ = writeln!(out, "| all | {backend} | not run | |");
                continue;
            }
            for dataset in [small, large].into_iter().flatten() {
                let label = size_label(dataset);
                let ratios = self.ratios(dataset, Workload::W1, Workload::B1);
                target(
                    out,
                    &format!("W1 throughput ≥ 80% of B1 ({label})"),
                    backend,
                    &percentages(&ratios),
                    !ratios.is_empty() && ratios.iter().all(|(_, r)| *r >= 0.8),
                );
                let pages = &dataset.statements_by_page;
                let constant = pages.windows(2).all(|w| (w[0].1 - w[1].1).abs() < 0.5);
                target(
                    out,
                    &format!("SQL statements per W1 request ≤ 3, the same for 5 and 50 ({label})"),
                    backend,
                    &pages
                        .iter()
                        .map(|(first, n)| format!("first: {first} → {n:.1}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    !pages.is_empty() && constant && pages.iter().all(|(_, n)| *n <= 3.0),
                );
                self.render_peer_targets(out, dataset, &label);
                if backend == "SQLite" {
                    let tails: Vec<(u32, f64)> = [8, 32]
                        .into_iter()
                        .filter_map(|c| {
                            let m = &dataset.row(Workload::W3, c)?.measured;
                            Some((c, m.p99_us as f64 / m.p50_us.max(1) as f64))
                        })
                        .collect();
                    target(
                        out,
                        &format!("W3 p99 ≤ 5× its p50 at 8 and 32 connections ({label})"),
                        backend,
                        &tails
                            .iter()
                            .map(|(c, r)| format!("c={c}: {r:.1}×"))
                            .collect::<Vec<_>>()
                            .join(", "),
                        tails.len() == 2 && tails.iter().all(|(_, r)| *r <= 5.0),
                    );
                }
                let search: Vec<(u32, f64)> = self
                    .concurrency
                    .iter()
                    .filter_map(|&c| {
                        let w5 = dataset.row(Workload::W5, c)?.measured.p50_us as f64;
                        let w1 = dataset.row(Workload::W1, c)?.measured.p50_us.max(1) as f64;
                        Some((c, w5 / w1))
                    })
                    .collect();
                target(
                    out,
                    &format!(
                        "W5 search over {} participants: p50 in W1's order of time (≤ 10×) ({label})",
                        dataset.scale.participants
                    ),
                    backend,
                    &search
                        .iter()
                        .map(|(c, r)| format!("c={c}: {r:.2}×"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    !search.is_empty() && search.iter().all(|(_, r)| *r <= 10.0),
                );
                let errors: u64 = dataset.rows.iter().map(|r| r.measured.errors()).sum();
                let requests: u64 = dataset.rows.iter().map(|r| r.measured.requests).sum();
                // A measurement in which nothing completed hides its failures from wrk's counts.
                let stalled = dataset
                    .rows
                    .iter()
                    .filter(|r| r.measured.requests == 0)
                    .count();
                let unreceived: u64 = dataset.rows.iter().map(Row::unreceived).sum();
                target(
                    out,
                    &format!("No errors under load ({label})"),
                    backend,
                    &format!(
                        "{errors} of {requests} requests; {stalled} measurement(s) with none \
                         completed; {unreceived} answers never received"
                    ),
                    errors == 0 && stalled == 0 && unreceived == 0 && requests > 0,
                );
                if let Some(peak) = dataset.peak_memory_kib {
                    target(
                        out,
                        &format!("Peak server memory < 150 MiB ({label})"),
                        backend,
                        &format!("{:.1} MiB", peak as f64 / 1024.0),
                        peak < MEMORY_LIMIT_KIB,
                    );
                }
            }
            if let (Some(small), Some(large)) = (small, large) {
                let growth = |workload| {
                    self.concurrency
                        .iter()
                        .filter_map(|&c| {
                            let a = small.row(workload, c)?.measured.p50_us.max(1) as f64;
                            let b = large.row(workload, c)?.measured.p50_us as f64;
                            Some((c, b / a))
                        })
                        .collect::<Vec<_>>()
                };
                let w1 = growth(Workload::W1);
                target(
                    out,
                    &format!(
                        "W1 p50 at {} referrals ≤ 1.5× at {}",
                        large.scale.referrals, small.scale.referrals
                    ),
                    backend,
                    &w1.iter()
                        .map(|(c, r)| format!("c={c}: {r:.2}×"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    !w1.is_empty() && w1.iter().all(|(_, r)| *r <= 1.5),
                );
                let w2 = growth(Workload::W2);
                let linear = large.scale.programmes as f64 / small.scale.programmes.max(1) as f64;
                target(
                    out,
                    &format!(
                        "W2 p50 from {} to {} programmes grows ≤ linearly (≤ {linear:.0}×)",
                        small.scale.programmes, large.scale.programmes
                    ),
                    backend,
                    &w2.iter()
                        .map(|(c, r)| format!("c={c}: {r:.2}×"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    !w2.is_empty() && w2.iter().all(|(_, r)| *r <= linear),
                );
            }
        }
        let _ = writeln!(out);
    }
}

impl Report {
    /// Throughput of `a` over `b` at each concurrency both ran at: the median of the ratios
    /// round by round when both ran in rounds, so that each ratio compares two measurements
    /// taken seconds apart, under the same drift of the machine's speed; else the ratio of
    /// their rows.
    fn ratios(&self, dataset: &Dataset, a: Workload, b: Workload) -> Vec<(u32, f64)> {
        self.concurrency
            .iter()
            .filter_map(|&c| {
                let paired = paired_ratio(&dataset.rounds(a, c), &dataset.rounds(b, c));
                let ratio = match paired {
                    Some(ratio) => ratio,
                    None => {
                        let a = dataset.row(a, c)?.measured.per_second();
                        let b = dataset.row(b, c)?.measured.per_second();
                        a / b.max(f64::MIN_POSITIVE)
                    }
                };
                Some((c, ratio))
            })
            .collect()
    }

    /// Skupaj against PostGraphile, where it ran: throughput (at least 1.5× at one connection
    /// and 2× above, without JWT claims; with them, reported) and peak memory (at most a quarter).
    fn render_peer_targets(&self, out: &mut String, dataset: &Dataset, label: &str) {
        let plain = self.ratios(dataset, Workload::W1, Workload::P1);
        if plain.is_empty() {
            return;
        }
        let backend = dataset.backend;
        let times = |ratios: &[(u32, f64)]| {
            ratios
                .iter()
                .map(|(c, r)| format!("c={c}: {r:.2}×"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        target(
            out,
            &format!("W1 throughput ≥ 1.5× PostGraphile at c=1, ≥ 2× above ({label})"),
            backend,
            &times(&plain),
            plain
                .iter()
                .all(|(c, r)| *r >= if *c <= 1 { 1.5 } else { 2.0 }),
        );
        let claims = self.ratios(dataset, Workload::W1, Workload::P2);
        let _ = writeln!(
            out,
            "| W1 throughput against PostGraphile with JWT claims ({label}) | {backend} | {} | (reported) |",
            times(&claims)
        );
        if let (Some(ours), Some(theirs)) = (dataset.peak_memory_kib, dataset.peer_memory_kib) {
            target(
                out,
                &format!("Peak server memory ≤ ¼ of PostGraphile's ({label})"),
                backend,
                &format!(
                    "{:.1} MiB against {:.1} MiB",
                    ours as f64 / 1024.0,
                    theirs as f64 / 1024.0
                ),
                ours * 4 <= theirs,
            );
        }
    }
}

fn percentages(ratios: &[(u32, f64)]) -> String {
    ratios
        .iter()
        .map(|(c, r)| format!("c={c}: {:.0}%", r * 100.0))
        .collect::<Vec<_>>()
        .join(", ")
}

fn size_label(dataset: &Dataset) -> String {
    format!("{} referrals", dataset.scale.referrals)
}

fn target(out: &mut String, name: &str, backend: &str, measured: &str, met: bool) {
    let _ = writeln!(
        out,
        "| {name} | {backend} | {measured} | {} |",
        if met { "yes" } else { "**no**" }
    );
}

fn render_dataset(out: &mut String, dataset: &Dataset) {
    let scale = &dataset.scale;
    let _ = writeln!(
        out,
        "## {} · {} referrals, {} programmes\n",
        dataset.backend, scale.referrals, scale.programmes
    );
    let _ = writeln!(
        out,
        "{} organisations, {} participants (each with a consent), {} programmes, {} referrals; \
         generated by `skupaj-bench seed` in {:.0} s. Peak server memory: {}.\n",
        scale.organisations,
        scale.participants,
        scale.programmes,
        scale.referrals,
        dataset.seed_seconds,
        dataset
            .peak_memory_kib
            .map_or("unknown".to_owned(), |kib| format!(
                "{:.1} MiB",
                kib as f64 / 1024.0
            ))
    );
    let _ = writeln!(
        out,
        "| Workload | Connections | Requests/s | p50 ms | p99 ms | Errors | SQL/request | Peak MiB so far | Rounds, requests/s |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|---|");
    let mut shown: Vec<(Workload, u32)> = Vec::new();
    for row in &dataset.rows {
        let cell = (row.workload, row.connections);
        if shown.contains(&cell) {
            continue;
        }
        shown.push(cell);
        let Some(row) = dataset.row(cell.0, cell.1) else {
            continue;
        };
        let m = &row.measured;
        let rounds = dataset.rounds(cell.0, cell.1);
        let _ = writeln!(
            out,
            "| {} | {} | {:.0} | {:.2} | {:.2} | {} | {} | {} | {} |",
            row.workload.name(),
            row.connections,
            m.per_second(),
            m.p50_us as f64 / 1e3,
            m.p99_us as f64 / 1e3,
            m.errors(),
            row.statements.map_or("–".to_owned(), |n| format!("{n:.1}")),
            row.peak_memory_kib.map_or("–".to_owned(), |kib| format!(
                "{:.1}",
                kib as f64 / 1024.0
            )),
            if rounds.is_empty() {
                "–".to_owned()
            } else {
                rounds
                    .iter()
                    .map(|r| format!("{r:.0}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
    }
    let _ = writeln!(out);
}

/// The heading of the outbox section.
const OUTBOX_HEADING: &str = "## Outbox: e-mail delivery";

/// The outbox section: the outbox's rate beside the sink's, and the target judged.
pub fn render_outbox(figures: &[crate::outbox::Figures]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{OUTBOX_HEADING}\n");
    let _ = writeln!(
        out,
        "Written by `bash scripts/bench.sh` (alone: `bash scripts/bench.sh --only outbox`, which \
         runs `skupaj-bench outbox`) on {}, {}. One `skupaj` server (release build) delivers \
         e-mails already due in its outbox (committed at once, as a burst of events leaves \
         them) to an SMTP sink on loopback, a real SMTP conversation per e-mail, with \
         `SKUPAJ_OUTBOX_CONCURRENCY` as below; the time runs from the commit until every row is \
         marked sent. The sink's own rate is a plain SMTP client (lettre's conversation, \
         `TCP_NODELAY`) sending the same message as often to the same sink, one after another \
         on one connection. The two take turns, in several rounds on the same server and sink \
         (the outbox's e-mails fresh each round); the best round of each counts, and every \
         round's rate is listed. Target: the outbox delivers at least {:.0}% of the sink's \
         rate.\n",
        chrono::Utc::now().format("%Y-%m-%d"),
        machine(),
        crate::outbox::TARGET_RATIO * 100.0
    );
    let _ = writeln!(
        out,
        "| Database | E-mails a round | Concurrency | Sink alone, e-mails/s (best) | Outbox, e-mails/s (best) | Outbox / sink | Met | Rounds: sink alone | Rounds: outbox |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---|---|---|");
    let list = |rates: Vec<f64>| {
        rates
            .iter()
            .map(|rate| format!("{rate:.0}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for f in figures {
        let met = f.ratio() >= crate::outbox::TARGET_RATIO;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.0} | {:.0} | {:.0}% | {} | {} | {} |",
            f.backend,
            f.emails,
            f.concurrency,
            f.sink_per_second(),
            f.outbox_per_second(),
            f.ratio() * 100.0,
            if met { "yes" } else { "**no**" },
            list(f.sink_rates()),
            list(f.outbox_rates()),
        );
    }
    let _ = writeln!(out);
    out
}

/// `report` with its outbox section replaced by `section` (or `section` added at the end).
pub fn with_outbox_section(report: &str, section: &str) -> String {
    with_section(report, OUTBOX_HEADING, section)
}

/// The heading of the export section.
pub const EXPORT_HEADING: &str = "## Export: a million referrals as CSV";

/// The export section: the export's rate beside COPY's, its memory, and the targets judged.
pub fn render_export(f: &crate::export::Figures) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{EXPORT_HEADING}\n");
    let _ = writeln!(
        out,
        "Written by `bash scripts/bench.sh --only export` (`skupaj-bench export`) on {}, {}, \
         PostgreSQL with the suite's durable settings. {} referrals generated with \
         `--one-municipality` (every organisation but the offices, and every participant, in \
         Ljubljana), so Ljubljana's officer tracks every sent one; as that officer, one `skupaj` \
         server ({}) answers `GET /exports/referrals.csv` (no filter), read whole by \
         an HTTP client on loopback. Beside it, in the same run, `psql` runs \
         `COPY (…) TO STDOUT (FORMAT csv, HEADER)` of the export's own statement \
         (`persistence::exports::referral_export_sql`: the same columns, joins and scope) to \
         the same machine; both counted the same rows. The best of the timed runs of each \
         (after one untimed COPY to warm the cache). Memory: the server's resident memory \
         (`VmRSS`) sampled every 10 ms during the exports, against the same signed in and \
         idle after a small export. Targets: at least {:.0}% of COPY's rate, at most {:.0} MiB \
         above the idle server.\n",
        chrono::Utc::now().format("%Y-%m-%d"),
        machine(),
        f.seeded,
        f.build,
        crate::export::TARGET_RATIO * 100.0,
        crate::export::TARGET_EXTRA_MIB,
    );
    let _ = writeln!(
        out,
        "| What | Rows | MB | Seconds | Rows/s | Share of COPY | Met |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---|");
    let _ = writeln!(
        out,
        "| `COPY … TO STDOUT` (psql) | {} | {:.1} | {:.2} | {:.0} | 100% | |",
        f.copy_rows,
        f.copy_bytes as f64 / 1e6,
        f.copy_seconds,
        f.copy_rows_per_second()
    );
    let _ = writeln!(
        out,
        "| `GET /exports/referrals.csv` | {} | {:.1} | {:.2} | {:.0} | {:.0}% | {} |",
        f.rows,
        f.export_bytes as f64 / 1e6,
        f.export_seconds,
        f.export_rows_per_second(),
        f.ratio() * 100.0,
        if f.ratio() >= crate::export::TARGET_RATIO {
            "yes"
        } else {
            "**no**"
        }
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "| Server memory | Idle | Peak during the exports | Above idle | Met |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---|");
    let _ = writeln!(
        out,
        "| `VmRSS` | {:.1} MiB | {:.1} MiB | {:.1} MiB | {} |",
        f.idle_kib as f64 / 1024.0,
        f.peak_kib as f64 / 1024.0,
        f.extra_mib(),
        if f.extra_mib() <= crate::export::TARGET_EXTRA_MIB {
            "yes"
        } else {
            "**no**"
        }
    );
    let _ = writeln!(out);
    out
}

/// Where the time of W1 goes, from a profile: written by hand (a profiler's reading is not a
/// figure this program measures), kept by every run.
pub const PROFILE_HEADING: &str = "## Where W1's time goes";

/// `rendered` with the sections that other commands or people wrote into the `existing` report
/// (the export's, the profile's) carried over, since a run rewrites the file.
pub fn keeping_sections(existing: &str, rendered: &str) -> String {
    [EXPORT_HEADING, PROFILE_HEADING]
        .into_iter()
        .fold(rendered.to_owned(), |out, heading| {
            match section_of(existing, heading) {
                Some(section) => with_section(&out, heading, section),
                None => out,
            }
        })
}

/// The section under `heading`, up to the next `## ` heading.
fn section_of<'a>(report: &'a str, heading: &str) -> Option<&'a str> {
    let start = report.find(heading)?;
    let after = start + heading.len();
    let end = report[after..]
        .find("\n## ")
        .map_or(report.len(), |i| after + i + 1);
    Some(&report[start..end])
}

/// `report` with the section under `heading` replaced by `section` (or `section` added at the
/// end).
pub fn with_section(report: &str, heading: &str, section: &str) -> String {
    let Some(start) = report.find(heading) else {
        let mut out = report.trim_end().to_owned();
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(section);
        return out;
    };
    let end = start + section_of(report, heading).map_or(0, str::len);
    format!("{}{section}{}", &report[..start], &report[end..])
}

/// The CPU model, core count and memory of this machine, from /proc.
pub(crate) fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .map(|rest| rest.trim_start_matches([' ', '\t', ':']).trim().to_owned())
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory = meminfo
        .lines()
        .find_map(|line| line.strip_prefix("MemTotal:"))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<u64>()
                .ok()
        })
        .map_or("unknown memory".to_owned(), |kib| {
            format!("{:.0} GiB", kib as f64 / 1024.0 / 1024.0)
        });
    format!("{cores} cores ({model}), {memory}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ratio_pairs_the_rounds_that_ran_together() {
        // Each side's median round (200 and 150) was taken in a different round, at a
        // different speed of the machine; round by round the ratios are 1.5, 4 and 0.67.
        let w1 = [300.0, 200.0, 100.0];
        let peer = [200.0, 50.0, 150.0];
        assert_eq!(paired_ratio(&w1, &peer), Some(1.5));
        let w1 = [300.0, 600.0, 200.0];
        let peer = [100.0, 200.0, 100.0];
        assert_eq!(paired_ratio(&w1, &peer), Some(3.0));
        assert_eq!(paired_ratio(&[300.0, 100.0], &[100.0, 100.0]), Some(1.0));
        assert_eq!(paired_ratio(&[], &peer), None);
    }

    #[test]
    fn the_outbox_section_is_replaced_in_place_or_added() {
        let section = "## Outbox: e-mail delivery\n\nnew\n\n";
        let report =
            "# Benchmarks\n\n## A\n\na\n\n## Outbox: e-mail delivery\n\nold\n\n## B\n\nb\n";
        assert_eq!(
            with_outbox_section(report, section),
            "# Benchmarks\n\n## A\n\na\n\n## Outbox: e-mail delivery\n\nnew\n\n## B\n\nb\n"
        );
        assert_eq!(
            with_outbox_section("# Benchmarks\n\n## A\n", section),
            format!("# Benchmarks\n\n## A\n\n{section}")
        );
        assert_eq!(with_outbox_section("", section), section);
    }
}

#[cfg(test)]
mod keeping_tests {
    use super::*;

    #[test]
    fn a_run_keeps_the_export_and_profile_sections_and_replaces_the_rest() {
        let existing = format!(
            "# Benchmarks\n\nold figures\n\n{EXPORT_HEADING}\n\nexport figures\n\n\
             {PROFILE_HEADING}\n\nflame graph\n"
        );
        let rendered = "# Benchmarks\n\nnew figures\n";
        let kept = keeping_sections(&existing, rendered);
        assert!(kept.contains("new figures") && !kept.contains("old figures"));
        assert!(kept.contains("export figures\n\n## ") && kept.ends_with("flame graph\n"));
        assert_eq!(keeping_sections("", rendered), rendered);
    }
}
