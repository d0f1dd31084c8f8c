//! `skupaj-bench cluster` (run by `bash scripts/cluster.sh`): the reference deployment of
//! `deploy/`, exercised on one machine. Three `skupaj serve` instances on one PostgreSQL behind
//! a balancer, nginx (configured by `deploy/nginx.conf` itself, ports rewritten; `nginx.rs`) or
//! HAProxy (`deploy/haproxy.cfg`; `haproxy.rs`), an SMTP sink on loopback that counts every
//! `Message-ID`, and a WebSocket subscriber connected through the balancer. Under mixed load
//! from wrk (dashboard reads, referral writes) it runs three phases:
//!
//! 1. steady: nothing happens to the instances;
//! 2. kill: one instance is killed with SIGKILL mid-load and started again;
//! 3. rolling restart: every instance in turn gets SIGTERM, stops, and is started again.
//!
//! Then it waits for the outbox to empty and checks: every referral whose creation was
//! acknowledged is in the database with its `ALLOWED` audit entry (naming the client the
//! balancer forwarded for, not the balancer); every e-mail the outbox marked sent reached the
//! sink, duplicates only under the same `Message-ID`; the subscriber kept receiving
//! notifications across the restarts. Failures of the kill phase are checked against the
//! balancer's request log: each must be a request that was in flight on the killed instance
//! when it died. It prints a table and writes it to its balancer's section of `CLUSTER.md`.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::Context as _;
use futures_util::{SinkExt, StreamExt};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde::Deserialize;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use uuid::Uuid;

use crate::run::{self, Backend, W1_QUERY, W3_QUERY};
use crate::seed::{self, Cast, Scale};
use crate::sink::Sink;

mod haproxy;
mod nginx;

/// The wrk script of the cluster run.
const SCRIPT: &str = include_str!("../../wrk/cluster.lua");
/// The address the balancer connects to the instances from: the instances trust it alone, so
/// the client's own address (127.0.0.1) reaches them only as its `X-Forwarded-For`.
const PROXY_ADDRESS: &str = "127.0.0.3";
const CLIENT_ADDRESS: &str = "127.0.0.1";
const INSTANCES: usize = 3;

#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// Where the table is written: its balancer's section (between `<!-- cluster:nginx -->` and
    /// `<!-- /cluster:nginx -->`, say) is replaced, or added at the end.
    #[arg(long, default_value = "CLUSTER.md")]
    pub out: PathBuf,
    /// Where the balancer's configuration, logs and request files go.
    #[arg(long, default_value = "target/cluster")]
    pub work_dir: PathBuf,
    /// The PostgreSQL server (`postgres://user@host:port/postgres`); a database
    /// `skupaj_cluster` is created there afresh.
    #[arg(long, env = "SKUPAJ_BENCH_POSTGRES_URL")]
    pub postgres_url: String,
    /// The `skupaj` binary (by default the one built next to this one).
    #[arg(long)]
    pub skupaj: Option<PathBuf>,
    /// The balancer in front of the instances.
    #[arg(long, value_enum, default_value_t = BalancerKind::Nginx)]
    pub balancer: BalancerKind,
    /// The nginx binary.
    #[arg(long, default_value = "nginx")]
    pub nginx: PathBuf,
    /// The haproxy binary.
    #[arg(long, default_value = "haproxy")]
    pub haproxy: PathBuf,
    /// Seconds of load in each phase (the rolling restart runs until every instance is back,
    /// and at least this long).
    #[arg(long, default_value_t = 15)]
    pub seconds: u64,
    /// wrk's open connections.
    #[arg(long, default_value_t = 16)]
    pub connections: u32,
    /// The instances' `SKUPAJ_SHUTDOWN_DRAIN_SECONDS`.
    #[arg(long, default_value_t = 2)]
    pub drain_seconds: u64,
    /// How the rolling restart runs, by default as `deploy/README.md`'s upgrade procedure for
    /// the balancer says: `passive` behind nginx (SIGTERM alone; nginx sends a refused
    /// connection elsewhere), `upstream` behind HAProxy (`maint` through its runtime API before
    /// the SIGTERM, `ready` once ready). `upstream` behind nginx marks the instance `down` and
    /// reloads nginx, which closes clients' idle keep-alive connections.
    #[arg(long, value_enum)]
    pub rolling: Option<Rolling>,
}

impl Options {
    /// The rolling restart's mode: the one asked for, or the balancer's upgrade procedure.
    fn rolling(&self) -> Rolling {
        self.rolling.unwrap_or(match self.balancer {
            BalancerKind::Nginx => Rolling::Passive,
            BalancerKind::Haproxy => Rolling::Upstream,
        })
    }
}

/// How the rolling restart takes an instance out of rotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Rolling {
    /// Out of the balancer's rotation before the SIGTERM (nginx: `down` in its upstream and a
    /// reload; HAProxy: `maint` through its runtime API); back after it is ready.
    Upstream,
    /// SIGTERM alone: the balancer notices the instance is gone when it refuses connections
    /// (or, HAProxy, when its `/readyz` checks fail).
    Passive,
}

/// Which balancer the run puts in front of the instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BalancerKind {
    /// nginx with `deploy/nginx.conf`: SIGTERM alone, a refused connection goes elsewhere.
    Nginx,
    /// HAProxy with `deploy/haproxy.cfg`: out of rotation through its runtime API, no reload.
    Haproxy,
}

impl BalancerKind {
    /// How the tables name it.
    fn name(self) -> &'static str {
        match self {
            Self::Nginx => "nginx",
            Self::Haproxy => "HAProxy",
        }
    }

    /// The `CLUSTER.md` section it writes.
    fn key(self) -> &'static str {
        match self {
            Self::Nginx => "nginx",
            Self::Haproxy => "haproxy",
        }
    }
}

/// The balancer, running.
enum Balancer {
    Nginx(nginx::Nginx),
    Haproxy(haproxy::Haproxy),
}

impl Balancer {
    /// Every request of its log so far.
    fn requests(&self) -> anyhow::Result<Vec<Request>> {
        match self {
            Self::Nginx(nginx) => nginx.requests(),
            Self::Haproxy(haproxy) => haproxy.requests(),
        }
    }
}

/// One request as the balancer logged it.
#[derive(Debug, Clone)]
struct Request {
    /// When it ended and began (Unix seconds, millisecond resolution).
    ended: f64,
    began: f64,
    /// The status the balancer answered.
    status: u64,
    /// A request to `/graphql`.
    graphql: bool,
    /// The instance it last went to (`127.0.0.1:port`), if any.
    upstream: String,
    /// An instance answered it with a 2xx.
    answered: bool,
    /// The balancer's request id (sent to the instance as `X-Request-Id`).
    request_id: Option<String>,
}

/// What wrk measured in one phase.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
struct Measured {
    /// Whole answers received.
    requests: u64,
    /// Answers that were not a 200, or carried GraphQL `errors`.
    bad: u64,
    /// Of those, answers that were not a 2xx (the rest are 2xx answers with `errors`).
    non_2xx: u64,
    /// Connections refused, reads and writes failed, requests timed out: the sum of the four
    /// below.
    socket_errors: u64,
    /// A connection to the balancer could not be opened.
    connect_errors: u64,
    /// A connection was closed or reset (or sent bytes that were not HTTP) before the whole
    /// answer came: the request is lost.
    read_errors: u64,
    /// Sending a request failed: the request is lost.
    write_errors: u64,
    /// Answers that came after wrk's `--timeout` (counted in `requests` too).
    timeout_errors: u64,
    p50_us: u64,
    p99_us: u64,
    /// Referral creations acknowledged.
    acked: u64,
}

impl Measured {
    fn failures(&self) -> u64 {
        self.bad + self.socket_errors
    }

    /// Requests sent: whole answers, and the requests lost with a connection (a timeout is an
    /// answer, late).
    fn sent(&self) -> u64 {
        self.requests + self.connect_errors + self.read_errors + self.write_errors
    }
}

/// One phase's line of the table.
#[derive(Debug, Clone)]
struct Phase {
    name: &'static str,
    measured: Measured,
    /// The requests the balancer had in flight on the killed instance when it died (its own
    /// records), for the SIGKILL phase.
    in_flight: Option<u64>,
    /// What the phase allows to fail, and what the check found.
    verdict: String,
    ok: bool,
}

/// An instance of `skupaj serve`: its port and, while it runs, its process.
struct Instance {
    index: usize,
    port: u16,
    child: Option<Child>,
}

impl Drop for Instance {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn signal(pid: u32, name: &str) {
    let _ = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .status();
}

fn unix_seconds() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

pub async fn run(options: Options) -> anyhow::Result<()> {
    let began = Instant::now();
    let skupaj = run::skupaj_binary(options.skupaj.as_deref())?;
    let _ = std::fs::remove_dir_all(&options.work_dir);
    std::fs::create_dir_all(&options.work_dir)?;
    let work = options.work_dir.canonicalize()?;

    eprintln!("== cluster: seeding PostgreSQL");
    let backend = Backend::Postgres(options.postgres_url.clone());
    let database_url = backend.fresh(&work, "skupaj_cluster").await?;
    let db = skupaj_persistence::connect(&database_url).await?;
    skupaj_persistence::migrate(&db).await?;
    let cast = seed::seed(
        &db,
        Scale {
            organisations: 100,
            participants: 5_000,
            programmes: 500,
            referrals: 5_000,
            seed: 2026,
            one_municipality: false,
        },
    )
    .await?;
    anyhow::ensure!(
        !cast.receiver_emails.is_empty(),
        "the generated data has no receiving organisation"
    );

    let sink = Sink::start().await?;
    let mut instances: Vec<Instance> = (0..INSTANCES)
        .map(|index| {
            Ok(Instance {
                index,
                port: run::free_port()?,
                child: None,
            })
        })
        .collect::<anyhow::Result<_>>()?;
    let client = reqwest::Client::new();
    for instance in &mut instances {
        start(instance, &skupaj, &work, &database_url, &sink, &options)?;
    }
    for instance in &instances {
        wait_ready(&client, instance.port).await?;
    }
    let balancer_port = run::free_port()?;
    let name = options.balancer.name();
    let mut balancer = match options.balancer {
        BalancerKind::Nginx => Balancer::Nginx(nginx::start(
            &options.nginx,
            &work,
            balancer_port,
            &instances,
        )?),
        BalancerKind::Haproxy => Balancer::Haproxy(haproxy::start(
            &options.haproxy,
            &work,
            balancer_port,
            &instances,
        )?),
    };
    let base = format!("http://127.0.0.1:{balancer_port}");
    run::wait_until_ready(&client, &format!("{base}/readyz")).await?;
    eprintln!(
        "== cluster: {name} at {base}, instances at ports {:?}",
        instances.iter().map(|i| i.port).collect::<Vec<_>>()
    );

    let officer = login(&client, &base, &cast.officer_email).await?;
    let case_manager = login(&client, &base, &cast.case_manager_email).await?;
    let listener = login(&client, &base, &cast.receiver_emails[0]).await?;
    let bodies = write_bodies(&work, &cast, &officer, &case_manager)?;
    let script = work.join("cluster.lua");
    std::fs::write(&script, SCRIPT)?;
    let acks = work.join("acks");

    // The subscriber: through the balancer, reconnecting whenever its socket closes.
    let subscriber = Subscriber::default();
    let stop_subscriber = Arc::new(AtomicBool::new(false));
    let subscribing = tokio::spawn(subscriber.clone().run(
        format!("ws://127.0.0.1:{balancer_port}/graphql/ws"),
        listener.clone(),
        stop_subscriber.clone(),
    ));
    tokio::time::sleep(Duration::from_secs(1)).await;
    anyhow::ensure!(
        subscriber.connections.load(Ordering::Relaxed) >= 1,
        "the subscriber did not connect through {name}"
    );

    let mut phases = Vec::new();
    let mut subscriber_marks = Vec::new();

    // 1. Steady load.
    eprintln!("== cluster: phase 1, steady load ({} s)", options.seconds);
    let steady_counters = counters(&balancer).await?;
    let steady = wrk(&base, &script, &bodies, &acks, &options, options.seconds).await?;
    let steady_counters = settle(&balancer, steady_counters).await?;
    phases.push(Phase {
        name: "steady",
        measured: steady,
        in_flight: None,
        verdict: format!(
            "0 failures allowed{}",
            unanswered_note(steady_counters, name)
        ),
        ok: steady.failures() == 0,
    });
    subscriber_marks.push(("steady", subscriber.received()));

    // 2. SIGKILL one instance a third of the way in, start it again at two thirds.
    eprintln!(
        "== cluster: phase 2, SIGKILL of instance 2 mid-load ({} s)",
        options.seconds
    );
    let kill_counters = counters(&balancer).await?;
    let load = tokio::spawn(wrk_owned(
        base.clone(),
        script.clone(),
        bodies.clone(),
        acks.clone(),
        options.clone(),
        options.seconds,
    ));
    tokio::time::sleep(Duration::from_secs(options.seconds) / 3).await;
    let closes_before_kill = subscriber.closes().len();
    // HAProxy's own count of the requests on the instance (`show stat`), read at the last
    // moment before the kill (nginx's are read from its log afterwards).
    let on_killed = match &balancer {
        Balancer::Haproxy(haproxy) => Some(haproxy.on_server(1).await?),
        Balancer::Nginx(_) => None,
    };
    let killed = &mut instances[1];
    let killed_at = unix_seconds();
    if let Some(child) = killed.child.as_mut() {
        child.kill()?;
        child.wait()?;
    }
    // Dead by now: a request that reached it before this moment was in flight when it died.
    let dead_by = unix_seconds();
    killed.child = None;
    let on_killed_after = match &balancer {
        Balancer::Haproxy(haproxy) => Some(haproxy.on_server(1).await?),
        Balancer::Nginx(_) => None,
    };
    tokio::time::sleep(Duration::from_secs(options.seconds) / 3).await;
    start(
        &mut instances[1],
        &skupaj,
        &work,
        &database_url,
        &sink,
        &options,
    )?;
    wait_ready(&client, instances[1].port).await?;
    let kill = load.await??;
    let kill_counters = settle(&balancer, kill_counters).await?;
    let in_flight =
        failures_in_flight(&balancer.requests()?, instances[1].port, killed_at, dead_by);
    // The subscriber's WebSocket, if it went through the killed instance, was one of the
    // requests HAProxy had on it (it reconnects; it is not one of wrk's).
    let subscriber_there = subscriber.closes()[closes_before_kill..].contains(&1006);
    let dropped_logs = match &balancer {
        Balancer::Haproxy(haproxy) => haproxy.dropped_logs().await?,
        Balancer::Nginx(_) => 0,
    };
    let kill_phase = match on_killed {
        // nginx logs every request it answered, failed ones too: each failure must be one it
        // had sent to the killed instance before it died and that ended after; none may be
        // lost without an answer.
        None => Phase {
            name: "SIGKILL one instance",
            measured: kill,
            in_flight: Some(in_flight.all),
            verdict: format!(
                "at most the requests in flight on the killed instance may fail: nginx's log \
                 shows {} sent to it before it died that ended after; {} failed, {} of them \
                 answers nginx logged as in flight there{}",
                in_flight.all,
                kill.failures(),
                in_flight.in_flight,
                if in_flight.others > 0 {
                    format!("; **{} failures nginx logged were not**", in_flight.others)
                } else {
                    String::new()
                }
            ),
            ok: kill.failures() <= in_flight.all
                && kill.socket_errors == 0
                && kill.bad == in_flight.failed
                && in_flight.others == 0,
        },
        // HAProxy does not log a request it loses on a reused client connection: when the
        // instance dies before answering, it closes the client's connection without an answer
        // (so that the client may resend), which wrk counts as a read error; only a request
        // that was the first on its connection gets a 502 and a log line. So the allowance
        // is HAProxy's own count of the requests it had on the instance at the kill.
        Some(before) => {
            // What it had at the last reading, and what HAProxy gave it between that reading
            // and its death (the reading cannot be at the very instant of the kill).
            let after = on_killed_after.unwrap_or(before);
            let given_since = after.total.saturating_sub(before.total);
            let allowed =
                (before.current + given_since).saturating_sub(u64::from(subscriber_there));
            let unanswered = kill_counters.map_or(0, |c| c.unanswered());
            Phase {
                name: "SIGKILL one instance",
                measured: kill,
                in_flight: Some(allowed),
                verdict: format!(
                    "at most the requests in flight on the killed instance may fail: HAProxy \
                     had {} on it at its last reading before the SIGKILL and gave it {given_since} \
                     more until it was dead (`show stat` `scur`, `stot`; {} on it just \
                     after){}; {} failed: {} answers HAProxy logged (all {} in flight there{}), \
                     {} connections closed without an answer (HAProxy's counters: {unanswered} \
                     requests it received and answered nothing), {} other socket errors; \
                     {dropped_logs} log lines dropped by HAProxy",
                    before.current,
                    after.current,
                    if subscriber_there {
                        ", one of them the subscriber's WebSocket"
                    } else {
                        ""
                    },
                    kill.failures(),
                    kill.bad,
                    in_flight.in_flight,
                    if in_flight.others > 0 {
                        format!("; **{} not**", in_flight.others)
                    } else {
                        String::new()
                    },
                    kill.read_errors,
                    kill.connect_errors + kill.write_errors + kill.timeout_errors,
                ),
                ok: kill.failures() <= allowed
                    && kill.bad == in_flight.failed
                    && in_flight.others == 0
                    && kill.connect_errors + kill.write_errors + kill.timeout_errors == 0,
            }
        }
    };
    phases.push(kill_phase);
    subscriber_marks.push(("SIGKILL", subscriber.received()));

    // 3. Rolling restart: SIGTERM each instance in turn, wait for it to stop, start it again,
    // wait until it is ready, then the next.
    eprintln!("== cluster: phase 3, rolling restart with SIGTERM");
    // Per instance: drain, stopping, starting, 2 s back in rotation, and up to 1 s waiting for
    // HAProxy to have nothing in flight on it.
    let rolling_seconds = options
        .seconds
        .max(INSTANCES as u64 * (options.drain_seconds + 7) + 4);
    let rolling_counters = counters(&balancer).await?;
    let load = tokio::spawn(wrk_owned(
        base.clone(),
        script.clone(),
        bodies.clone(),
        acks.clone(),
        options.clone(),
        rolling_seconds,
    ));
    let rolling_started = Instant::now();
    let rolling_from = unix_seconds();
    let mut closes: Vec<(u16, f64)> = Vec::new();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut stops = Vec::new();
    let mut outs = Vec::new();
    for instance in &mut instances {
        let index = instance.index;
        let Some(mut child) = instance.child.take() else {
            continue;
        };
        if options.rolling() == Rolling::Upstream {
            match &mut balancer {
                // Out of rotation first (the one restarted before comes back in the same
                // reload).
                Balancer::Nginx(nginx) => nginx.set_down(Some(index)).await?,
                // `maint`, no reload. Up to 1 s for what HAProxy already sent it to end: what
                // outlasts that is still answered, since the instance serves on through its
                // drain period after the SIGTERM (and a subscriber's WebSocket never ends
                // before the instance closes it).
                Balancer::Haproxy(haproxy) => {
                    outs.push(haproxy.take_out(index, Duration::from_secs(1)).await?);
                }
            }
        }
        let asked = Instant::now();
        // When it will stop accepting: the end of its drain.
        closes.push((instance.port, unix_seconds() + options.drain_seconds as f64));
        signal(child.id(), "TERM");
        let status = tokio::task::spawn_blocking(move || child.wait()).await??;
        stops.push((index, asked.elapsed(), status.success()));
        start(instance, &skupaj, &work, &database_url, &sink, &options)?;
        wait_ready(&client, instance.port).await?;
        if options.rolling() == Rolling::Upstream
            && let Balancer::Haproxy(haproxy) = &balancer
        {
            haproxy.put_back(index).await?;
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    if options.rolling() == Rolling::Upstream
        && let Balancer::Nginx(nginx) = &mut balancer
    {
        nginx.set_down(None).await?;
    }
    let restarted_within = rolling_started.elapsed();
    let rolling = load.await??;
    let rolling_counters = settle(&balancer, rolling_counters).await?;
    anyhow::ensure!(
        restarted_within < Duration::from_secs(rolling_seconds),
        "the restarts took {restarted_within:?}, longer than the load ({rolling_seconds} s)"
    );
    let clean = stops.iter().all(|(_, _, success)| *success);
    phases.push(Phase {
        name: "rolling restart (SIGTERM)",
        measured: rolling,
        in_flight: None,
        verdict: format!(
            "0 failures allowed{}{}; {}; stops took {}{}",
            unanswered_note(rolling_counters, name),
            if rolling.failures() == 0 {
                String::new()
            } else {
                let at_close = failures_at_close(&balancer.requests()?, rolling_from, &closes);
                format!(
                    " ({} answers not 200 or with errors, {} socket errors of which {} reads; \
                     {at_close} of the failures {name} logged were requests sent to an instance \
                     within 0.5 s of the moment it stopped accepting)",
                    rolling.bad, rolling.socket_errors, rolling.read_errors
                )
            },
            match (options.rolling(), options.balancer) {
                (Rolling::Upstream, BalancerKind::Nginx) => {
                    "each instance taken out of nginx's upstream (`down`, reload) before its \
                     SIGTERM, back once ready"
                        .to_owned()
                }
                (Rolling::Upstream, BalancerKind::Haproxy) => format!(
                    "each instance put in `maint` through HAProxy's runtime API (no reload) \
                     before its SIGTERM, `ready` once its `/readyz` answered 200; `maint` \
                     shown by `show servers state` after {}; requests HAProxy still had on it \
                     at the SIGTERM: {}",
                    outs.iter()
                        .map(|out| format!("{} ms", out.confirmed.as_millis()))
                        .collect::<Vec<_>>()
                        .join(", "),
                    outs.iter()
                        .map(|out| format!(
                            "{} (after {:.1} s)",
                            out.in_flight,
                            out.waited.as_secs_f64()
                        ))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                (Rolling::Passive, _) => format!("SIGTERM alone, {name}'s own failover"),
            },
            stops
                .iter()
                .map(|(_, took, _)| format!("{:.1} s", took.as_secs_f64()))
                .collect::<Vec<_>>()
                .join(", "),
            if clean {
                ""
            } else {
                "; an instance did not exit 0"
            }
        ),
        ok: rolling.failures() == 0 && clean,
    });
    subscriber_marks.push(("rolling restart", subscriber.received()));

    // A last referral for the subscriber after every instance was replaced.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let before_last = subscriber.received();
    let last = create_referral_for_listener(&client, &base, &case_manager, &cast).await?;
    let mut last_seen = false;
    for _ in 0..50 {
        if subscriber.has(&last) || subscriber.received() > before_last {
            last_seen = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    eprintln!("== cluster: waiting for the outbox to empty");
    let drained = wait_for_outbox(&db).await?;
    stop_subscriber.store(true, Ordering::Relaxed);
    let _ = tokio::time::timeout(Duration::from_secs(5), subscribing).await;

    eprintln!("== cluster: checking");
    let writes = check_writes(&db, &acks).await?;
    let mail = check_mail(&db, &sink).await?;
    let live = check_live(
        &db,
        &subscriber,
        &listener_id(&client, &base, &listener).await?,
    )
    .await?;
    let traced = check_request_ids(&work, &balancer.requests()?)?;
    db.close().await?;

    let report = Report {
        options: options.clone(),
        build: if skupaj
            .components()
            .any(|part| part.as_os_str() == "release")
        {
            "release build"
        } else {
            "not a release build"
        },
        phases,
        writes,
        mail,
        live,
        traced,
        last_seen,
        subscriber_marks,
        connections: subscriber.connections.load(Ordering::Relaxed),
        closes: subscriber.closes(),
        drained,
        seconds: began.elapsed().as_secs(),
    };
    let text = report.render();
    write_section(&options.out, options.balancer.key(), &text)?;
    eprintln!("{text}");
    eprintln!("written to {}", options.out.display());
    anyhow::ensure!(
        report.ok(),
        "the cluster run failed a check (see the table)"
    );
    Ok(())
}

/// HAProxy's frontend counters over a phase (nginx keeps none the run reads).
#[derive(Debug, Clone, Copy)]
struct Delta {
    /// HTTP requests it received.
    received: u64,
    /// Answers it sent (any status, its own included).
    answered: u64,
}

impl Delta {
    /// Requests it received and answered nothing: closed without an answer (or still in
    /// flight when the phase's counters were read).
    fn unanswered(&self) -> u64 {
        self.received.saturating_sub(self.answered)
    }
}

/// HAProxy's frontend counters now (`None` behind nginx).
async fn counters(balancer: &Balancer) -> anyhow::Result<Option<haproxy::Counters>> {
    match balancer {
        Balancer::Haproxy(haproxy) => Ok(Some(haproxy.counters().await?)),
        Balancer::Nginx(_) => Ok(None),
    }
}

/// After a phase: a second for what wrk left in flight to end, then HAProxy's counters since
/// `before`.
async fn settle(
    balancer: &Balancer,
    before: Option<haproxy::Counters>,
) -> anyhow::Result<Option<Delta>> {
    let Some(before) = before else {
        return Ok(None);
    };
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after = counters(balancer)
        .await?
        .context("HAProxy's counters went away")?;
    Ok(Some(Delta {
        received: after.requests.saturating_sub(before.requests),
        answered: after.answers.saturating_sub(before.answers),
    }))
}

/// What HAProxy's counters say it left unanswered in a phase, when it did.
fn unanswered_note(delta: Option<Delta>, name: &str) -> String {
    match delta {
        Some(delta) if delta.unanswered() > 0 => format!(
            " ({name}'s counters: {} requests received and answered nothing)",
            delta.unanswered()
        ),
        _ => String::new(),
    }
}

/// Replaces `balancer`'s section of the file `out` (between `<!-- cluster:{balancer} -->` and
/// `<!-- /cluster:{balancer} -->`) with `text`, or adds it at the end (to a new file, under a
/// title), so that each balancer's run keeps the other's table.
fn write_section(out: &Path, balancer: &str, text: &str) -> anyhow::Result<()> {
    let (open, close) = (
        format!("<!-- cluster:{balancer} -->"),
        format!("<!-- /cluster:{balancer} -->"),
    );
    let section = format!("{open}\n{text}{close}\n");
    let old = match std::fs::read_to_string(out) {
        Ok(old) => old,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            "# Cluster: three instances behind a balancer, restarted under load\n\n".to_owned()
        }
        Err(error) => return Err(error.into()),
    };
    let new = match (old.find(&open), old.find(&close)) {
        (Some(start), Some(end)) if start < end => {
            let end = end + close.len();
            let end = end + usize::from(old[end..].starts_with('\n'));
            format!("{}{section}{}", &old[..start], &old[end..])
        }
        _ => format!("{}\n{section}", old.trim_end().to_owned() + "\n"),
    };
    std::fs::write(out, new)?;
    Ok(())
}

/// Starts `skupaj serve` for `instance`, logging (JSON) to its file in `work`.
fn start(
    instance: &mut Instance,
    skupaj: &Path,
    work: &Path,
    database_url: &str,
    sink: &Sink,
    options: &Options,
) -> anyhow::Result<()> {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(work.join(format!("instance-{}.log", instance.index + 1)))?;
    let mut command = Command::new(skupaj);
    run::server_env(&mut command, database_url);
    command
        .arg("serve")
        .env(
            "SKUPAJ_BIND_ADDRESS",
            format!("127.0.0.1:{}", instance.port),
        )
        .env("SKUPAJ_TRUSTED_PROXIES", format!("[{PROXY_ADDRESS}]"))
        .env("SKUPAJ_LOG_FORMAT", "json")
        .env("SKUPAJ_SMTP_URL", sink.url())
        .env("SKUPAJ_OUTBOX_POLL_MS", "200")
        // After a SIGKILL, the e-mails the instance held go out again this soon.
        .env("SKUPAJ_OUTBOX_LEASE_SECONDS", "10")
        .env("SKUPAJ_LIVE_POLL_MS", "500")
        .env(
            "SKUPAJ_SHUTDOWN_DRAIN_SECONDS",
            options.drain_seconds.to_string(),
        )
        .env("SKUPAJ_SHUTDOWN_GRACE_SECONDS", "10")
        .env("SKUPAJ_HTTP_WORKERS", "2")
        .stdout(Stdio::from(log.try_clone()?))
        .stderr(Stdio::from(log));
    instance.child = Some(command.spawn().context("start skupaj serve")?);
    Ok(())
}

async fn wait_ready(client: &reqwest::Client, port: u16) -> anyhow::Result<()> {
    run::wait_until_ready(client, &format!("http://127.0.0.1:{port}/readyz")).await
}

async fn login(client: &reqwest::Client, base: &str, email: &str) -> anyhow::Result<String> {
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

fn referral_body(participant: Uuid, receiver: Uuid) -> Value {
    let respond_by = (chrono::Utc::now().date_naive() + chrono::Duration::days(14)).to_string();
    json!({ "query": W3_QUERY, "operationName": "Refer", "variables": { "input": {
        "participantId": participant,
        "toOrganisationId": receiver,
        "needDomain": "EMPLOYMENT",
        "reason": "Looking for vocational training (cluster run).",
        "respondBy": respond_by,
        "send": true
    } } })
}

/// The load: 1,000 lines, nine dashboard reads to one referral write (each write to the next
/// participant and receiving organisation, so the subscriber, one receiver's case manager, is
/// told of every twentieth).
fn write_bodies(
    work: &Path,
    cast: &Cast,
    officer: &str,
    case_manager: &str,
) -> anyhow::Result<PathBuf> {
    let read = json!({
        "query": W1_QUERY,
        "operationName": "Dashboard",
        "variables": {
            "first": 20,
            "filter": { "municipality": cast.municipality, "statuses": ["SENT"] }
        }
    });
    let lines: Vec<String> = (0..1000)
        .map(|i| {
            if i % 10 == 5 {
                let n = i / 10;
                let participant = cast.participant_ids[n % cast.participant_ids.len()];
                let receiver = cast.receiver_ids[n % cast.receiver_ids.len()];
                format!("{case_manager}\t{}", referral_body(participant, receiver))
            } else {
                format!("{officer}\t{read}")
            }
        })
        .collect();
    let path = work.join("bodies.txt");
    std::fs::write(&path, lines.join("\n") + "\n")?;
    Ok(path)
}

async fn wrk(
    base: &str,
    script: &Path,
    bodies: &Path,
    acks: &Path,
    options: &Options,
    seconds: u64,
) -> anyhow::Result<Measured> {
    wrk_owned(
        base.to_owned(),
        script.to_owned(),
        bodies.to_owned(),
        acks.to_owned(),
        options.clone(),
        seconds,
    )
    .await
}

async fn wrk_owned(
    base: String,
    script: PathBuf,
    bodies: PathBuf,
    acks: PathBuf,
    options: Options,
    seconds: u64,
) -> anyhow::Result<Measured> {
    tokio::task::spawn_blocking(move || {
        let output = Command::new("wrk")
            .arg("-t2")
            .arg(format!("-c{}", options.connections))
            .arg(format!("-d{seconds}s"))
            .arg("--timeout=10s")
            .arg("--latency")
            .arg("-s")
            .arg(&script)
            .arg(&base)
            .env("BENCH_BODIES", &bodies)
            .env("BENCH_ACKS", &acks)
            .output()
            .context("cannot run wrk (scripts/cluster.sh installs it)")?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        if !stderr.trim().is_empty() {
            eprintln!("{}", stderr.trim_end());
        }
        let line = stdout
            .lines()
            .find_map(|line| line.strip_prefix("RESULT "))
            .with_context(|| format!("wrk printed no result: {stdout}{stderr}"))?;
        Ok(serde_json::from_str(line)?)
    })
    .await?
}

/// What the balancer's log says about the kill phase's failures.
struct InFlight {
    /// Requests (failed or not) the balancer had sent to the killed instance before it died
    /// and that ended after: in flight there at the kill.
    all: u64,
    /// Failed answers (5xx) the balancer gave.
    failed: u64,
    /// Of those, requests that the balancer had sent to the killed instance before it died and
    /// that ended after it: in flight there at the kill.
    in_flight: u64,
    /// Failures that were not in flight on the killed instance.
    others: u64,
}

fn failures_in_flight(
    requests: &[Request],
    killed_port: u16,
    killed_at: f64,
    dead_by: f64,
) -> InFlight {
    let killed = format!("127.0.0.1:{killed_port}");
    let mut result = InFlight {
        all: 0,
        failed: 0,
        in_flight: 0,
        others: 0,
    };
    // Both balancers' clocks have millisecond resolution (and are read once per event loop
    // turn).
    let there = |request: &Request| {
        request.upstream.contains(&killed)
            && request.began <= dead_by + 0.002
            && request.ended >= killed_at - 0.002
    };
    for request in requests {
        if !request.graphql {
            continue;
        }
        if there(request) {
            result.all += 1;
        }
        if request.status < 500 {
            continue;
        }
        result.failed += 1;
        let (began, ended, upstream) = (request.began, request.ended, &request.upstream);
        if there(request) {
            result.in_flight += 1;
        } else {
            result.others += 1;
            eprintln!(
                "a failure not in flight on the killed instance: began {:+.3} s, ended {:+.3} s \
                 from the kill (dead {:.3} s after it), upstream {upstream}, status {}",
                began - killed_at,
                ended - killed_at,
                dead_by - killed_at,
                request.status
            );
        }
    }
    result
}

/// How many failed answers the balancer logged since `from` were requests to an instance that
/// ended within half a second of the moment it stopped accepting (`closes`: port and moment).
fn failures_at_close(requests: &[Request], from: f64, closes: &[(u16, f64)]) -> u64 {
    requests
        .iter()
        .filter(|request| request.ended >= from && request.status >= 500)
        .filter(|request| {
            closes.iter().any(|(port, at)| {
                request.upstream.contains(&format!("127.0.0.1:{port}"))
                    && (request.ended - at).abs() <= 0.5
            })
        })
        .count() as u64
}

/// A referral to the subscriber's organisation, sent; answers its id.
async fn create_referral_for_listener(
    client: &reqwest::Client,
    base: &str,
    case_manager: &str,
    cast: &Cast,
) -> anyhow::Result<String> {
    let answer: Value = client
        .post(format!("{base}/graphql"))
        .bearer_auth(case_manager)
        .json(&referral_body(
            cast.participant_ids[0],
            cast.receiver_ids[0],
        ))
        .send()
        .await?
        .json()
        .await?;
    answer["data"]["createReferral"]["referral"]["id"]
        .as_str()
        .map(str::to_owned)
        .with_context(|| format!("createReferral failed: {answer}"))
}

async fn listener_id(client: &reqwest::Client, base: &str, token: &str) -> anyhow::Result<String> {
    let answer: Value = client
        .post(format!("{base}/graphql"))
        .bearer_auth(token)
        .json(&json!({ "query": "{ me { user { id } } }" }))
        .send()
        .await?
        .json()
        .await?;
    answer["data"]["me"]["user"]["id"]
        .as_str()
        .map(str::to_owned)
        .with_context(|| format!("me failed: {answer}"))
}

/// Waits until no e-mail is pending (up to two minutes); answers whether it got there.
async fn wait_for_outbox(db: &skupaj_persistence::Database) -> anyhow::Result<bool> {
    for _ in 0..1200 {
        let pending = count(
            db,
            "SELECT count(*) AS n FROM email_outbox WHERE status = 'PENDING'",
        )
        .await?;
        if pending == 0 {
            return Ok(true);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(false)
}

async fn count(db: &skupaj_persistence::Database, sql: &str) -> anyhow::Result<u64> {
    let row = db
        .query_one_raw(Statement::from_string(DbBackend::Postgres, sql.to_owned()))
        .await?
        .context("no row")?;
    Ok(u64::try_from(row.try_get::<i64>("", "n")?).unwrap_or(0))
}

async fn strings(
    db: &skupaj_persistence::Database,
    sql: &str,
) -> anyhow::Result<Vec<(String, Option<String>)>> {
    let rows = db
        .query_all_raw(Statement::from_string(DbBackend::Postgres, sql.to_owned()))
        .await?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get::<String>("", "a")?,
                row.try_get::<Option<String>>("", "b")?,
            ))
        })
        .collect()
}

/// Acknowledged writes against the database and the audit log.
#[derive(Debug, Default)]
struct Writes {
    acknowledged: u64,
    /// Referrals created during the run, by the audit log: more than were acknowledged, since
    /// wrk drops the answers still in flight when a phase ends.
    committed: u64,
    missing: u64,
    without_audit: u64,
    /// Audit entries that name another address than the client's (the balancer's, say).
    wrong_address: u64,
}

async fn check_writes(db: &skupaj_persistence::Database, acks: &Path) -> anyhow::Result<Writes> {
    let mut acknowledged = HashSet::new();
    let parent = acks.parent().context("acks has a folder")?;
    let prefix = acks
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or_default()
        .to_owned();
    for entry in std::fs::read_dir(parent)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.starts_with(&prefix) && name.ends_with(".txt") {
            for line in std::fs::read_to_string(&path)?.lines() {
                if !line.trim().is_empty() {
                    acknowledged.insert(line.trim().to_owned());
                }
            }
        }
    }
    let present: HashSet<String> =
        strings(db, "SELECT id::text AS a, NULL::text AS b FROM referrals")
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
    let audited: HashMap<String, Option<String>> = strings(
        db,
        "SELECT entity_id::text AS a, client_address AS b FROM audit_log \
         WHERE operation = 'createReferral' AND outcome = 'ALLOWED' AND entity_id IS NOT NULL",
    )
    .await?
    .into_iter()
    .collect();
    let mut writes = Writes {
        acknowledged: acknowledged.len() as u64,
        committed: audited.len() as u64,
        ..Writes::default()
    };
    for id in &acknowledged {
        if !present.contains(id) {
            writes.missing += 1;
        }
        match audited.get(id) {
            None => writes.without_audit += 1,
            Some(address) if address.as_deref() != Some(CLIENT_ADDRESS) => {
                writes.wrong_address += 1;
            }
            Some(_) => {}
        }
    }
    Ok(writes)
}

/// The outbox against what the sink received.
#[derive(Debug, Default)]
struct Mail {
    /// Outbox rows marked sent.
    sent: u64,
    /// Rows still pending or dead at the end.
    pending: u64,
    dead: u64,
    /// Rows marked sent whose Message-ID the sink never saw.
    lost: u64,
    /// Messages the sink accepted.
    received: u64,
    /// Deliveries beyond the first of a Message-ID.
    duplicates: u64,
    /// Messages with a Message-ID the outbox does not know.
    unknown: u64,
}

async fn check_mail(db: &skupaj_persistence::Database, sink: &Sink) -> anyhow::Result<Mail> {
    let rows = strings(db, "SELECT id::text AS a, status AS b FROM email_outbox").await?;
    let seen = sink.message_ids();
    let mut mail = Mail {
        received: sink.accepted(),
        duplicates: seen.values().map(|n| u64::from(n.saturating_sub(1))).sum(),
        ..Mail::default()
    };
    let mut known = HashSet::new();
    for (id, status) in rows {
        let message_id = skupaj_domain::notification::message_id(id.parse()?);
        match status.as_deref() {
            Some("SENT") => {
                mail.sent += 1;
                if !seen.contains_key(&message_id) {
                    mail.lost += 1;
                }
            }
            Some("DEAD") => mail.dead += 1,
            _ => mail.pending += 1,
        }
        known.insert(message_id);
    }
    mail.unknown = seen.keys().filter(|id| !known.contains(*id)).count() as u64;
    Ok(mail)
}

/// The balancer's request ids against the instances' logs.
#[derive(Debug, Default)]
struct Traced {
    /// Requests an instance answered, by the balancer's log.
    answered: u64,
    /// Of those, found under the balancer's id in an instance's JSON log.
    found: u64,
}

fn check_request_ids(work: &Path, requests: &[Request]) -> anyhow::Result<Traced> {
    let mut logged = HashSet::new();
    for index in 1..=INSTANCES {
        let log = std::fs::read_to_string(work.join(format!("instance-{index}.log")))?;
        for line in log.lines() {
            if let Ok(entry) = serde_json::from_str::<Value>(line)
                && entry["message"] == "request finished"
                && let Some(id) = entry["request_id"].as_str()
            {
                logged.insert(id.to_owned());
            }
        }
    }
    let mut traced = Traced::default();
    for request in requests {
        if request.answered && request.graphql {
            traced.answered += 1;
            if request
                .request_id
                .as_deref()
                .is_some_and(|id| logged.contains(id))
            {
                traced.found += 1;
            }
        }
    }
    Ok(traced)
}

/// The subscriber's notifications against the inbox.
#[derive(Debug, Default)]
struct Live {
    /// Notifications raised for the subscriber while the run went on.
    raised: u64,
    /// Of those, received over the socket.
    received: u64,
}

async fn check_live(
    db: &skupaj_persistence::Database,
    subscriber: &Subscriber,
    user_id: &str,
) -> anyhow::Result<Live> {
    let Some(first) = subscriber.first_connected() else {
        return Ok(Live::default());
    };
    let raised = strings(
        db,
        &format!(
            "SELECT id::text AS a, NULL::text AS b FROM notifications \
             WHERE user_id = '{user_id}' AND created_at >= to_timestamp({first})"
        ),
    )
    .await?;
    let received = raised.iter().filter(|(id, _)| subscriber.has(id)).count() as u64;
    Ok(Live {
        raised: raised.len() as u64,
        received,
    })
}

/// A graphql-transport-ws client through the balancer that reconnects whenever its socket
/// closes.
#[derive(Debug, Clone, Default)]
struct Subscriber {
    received: Arc<Mutex<HashSet<String>>>,
    connections: Arc<AtomicU64>,
    /// Close codes it was sent (1012 when an instance restarts; 1006 when one was killed).
    close_codes: Arc<Mutex<Vec<u16>>>,
    first_connected: Arc<Mutex<Option<f64>>>,
}

impl Subscriber {
    fn received(&self) -> u64 {
        self.received.lock().map_or(0, |r| r.len() as u64)
    }

    fn has(&self, id: &str) -> bool {
        self.received.lock().is_ok_and(|r| r.contains(id))
    }

    fn closes(&self) -> Vec<u16> {
        self.close_codes
            .lock()
            .map(|c| c.clone())
            .unwrap_or_default()
    }

    fn first_connected(&self) -> Option<f64> {
        self.first_connected.lock().ok().and_then(|f| *f)
    }

    async fn run(self, url: String, token: String, stop: Arc<AtomicBool>) {
        while !stop.load(Ordering::Relaxed) {
            let code = self.session(&url, &token, &stop).await;
            if let Ok(mut codes) = self.close_codes.lock() {
                codes.push(code);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// One connection: answers the close code it ended with.
    async fn session(&self, url: &str, token: &str, stop: &AtomicBool) -> u16 {
        let Ok(mut request) = url.into_client_request() else {
            return 0;
        };
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            tokio_tungstenite::tungstenite::http::HeaderValue::from_static("graphql-transport-ws"),
        );
        let Ok((mut socket, _)) = tokio_tungstenite::connect_async(request).await else {
            return 1006;
        };
        let init = json!({ "type": "connection_init",
            "payload": { "Authorization": format!("Bearer {token}") } });
        let subscribe = json!({ "id": "1", "type": "subscribe", "payload": {
            "query": "subscription { notificationReceived { id kind subjectId } }" } });
        if socket
            .send(Message::Text(init.to_string().into()))
            .await
            .is_err()
        {
            return 1006;
        }
        let mut acked = false;
        loop {
            if stop.load(Ordering::Relaxed) {
                let _ = socket.close(None).await;
                return 1000;
            }
            let message =
                match tokio::time::timeout(Duration::from_millis(200), socket.next()).await {
                    Err(_) => continue,
                    Ok(None) | Ok(Some(Err(_))) => return 1006,
                    Ok(Some(Ok(message))) => message,
                };
            match message {
                Message::Text(text) => {
                    let Ok(message) = serde_json::from_str::<Value>(&text) else {
                        continue;
                    };
                    match message["type"].as_str() {
                        Some("connection_ack") if !acked => {
                            acked = true;
                            if socket
                                .send(Message::Text(subscribe.to_string().into()))
                                .await
                                .is_err()
                            {
                                return 1006;
                            }
                            self.connections.fetch_add(1, Ordering::Relaxed);
                            if let Ok(mut first) = self.first_connected.lock() {
                                first.get_or_insert_with(unix_seconds);
                            }
                        }
                        Some("next") => {
                            if let Some(id) =
                                message["payload"]["data"]["notificationReceived"]["id"].as_str()
                                && let Ok(mut received) = self.received.lock()
                            {
                                received.insert(id.to_owned());
                            }
                        }
                        Some("ping") => {
                            let pong = json!({ "type": "pong" }).to_string();
                            let _ = socket.send(Message::Text(pong.into())).await;
                        }
                        _ => {}
                    }
                }
                Message::Close(frame) => return frame.map_or(1005, |frame| frame.code.into()),
                _ => {}
            }
        }
    }
}

struct Report {
    options: Options,
    /// `release build` or `debug build`, from where the `skupaj` binary lies.
    build: &'static str,
    phases: Vec<Phase>,
    writes: Writes,
    mail: Mail,
    live: Live,
    traced: Traced,
    last_seen: bool,
    subscriber_marks: Vec<(&'static str, u64)>,
    connections: u64,
    closes: Vec<u16>,
    drained: bool,
    seconds: u64,
}

impl Report {
    fn writes_ok(&self) -> bool {
        self.writes.acknowledged > 0
            && self.writes.missing == 0
            && self.writes.without_audit == 0
            && self.writes.wrong_address == 0
    }

    fn mail_ok(&self) -> bool {
        self.drained
            && self.mail.sent > 0
            && self.mail.lost == 0
            && self.mail.pending == 0
            && self.mail.dead == 0
            && self.mail.unknown == 0
            && self.mail.received == self.mail.sent + self.mail.duplicates
    }

    fn live_ok(&self) -> bool {
        self.last_seen && self.connections > INSTANCES as u64 / 2 && self.live.received > 0
    }

    fn ok(&self) -> bool {
        self.phases.iter().all(|phase| phase.ok)
            && self.writes_ok()
            && self.mail_ok()
            && self.live_ok()
            && self.traced_ok()
    }

    fn traced_ok(&self) -> bool {
        self.traced.answered > 0 && self.traced.found == self.traced.answered
    }

    fn render(&self) -> String {
        let yes = |ok: bool| if ok { "yes" } else { "**NO**" };
        let name = self.options.balancer.name();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "## Behind {name}: `bash scripts/cluster.sh --balancer {}`\n",
            self.options.balancer.key()
        );
        let _ = writeln!(
            out,
            "Written by `bash scripts/cluster.sh --balancer {}` ({} s in all on this machine: \
             {}). Three `skupaj serve` instances ({}) on one PostgreSQL, behind {name} \
             configured by `deploy/{}`, e-mail to an SMTP sink on loopback that counts every \
             `Message-ID`, and one WebSocket subscriber through {name}. wrk drives {} \
             connections of mixed load through {name}: nine dashboard reads \
             (`referrals(first: 20)`) to one referral created and sent. Instances drain for {} s \
             on SIGTERM. {}\n",
            self.options.balancer.key(),
            self.seconds,
            crate::report::machine(),
            self.build,
            match self.options.balancer {
                BalancerKind::Nginx => "nginx.conf",
                BalancerKind::Haproxy => "haproxy.cfg",
            },
            self.options.connections,
            self.options.drain_seconds,
            match (self.options.rolling(), self.options.balancer) {
                (Rolling::Upstream, BalancerKind::Nginx) => {
                    "Run with `--rolling upstream`: \
                     each instance is marked `down` in nginx's upstream and nginx reloaded \
                     (the run waits until nginx's new workers answer) before its SIGTERM, and \
                     it comes back in the next reload once its `/readyz` answers 200. \
                     The SIGKILL is unannounced: nginx fails over passively."
                }
                (Rolling::Upstream, BalancerKind::Haproxy) => {
                    "The rolling restart follows the upgrade procedure of `deploy/README.md`: \
                     each instance is put in `maint` through HAProxy's runtime API (its stats \
                     socket; no reload, so no client connection is touched), and the run waits \
                     until `show servers state` shows it and `show stat` shows no request on \
                     it (at most 1 s) before its SIGTERM; once its `/readyz` answers 200 it is \
                     set `ready` again. The SIGKILL is unannounced: HAProxy sends a request \
                     whose connection is refused to another instance (`retry-on \
                     conn-failure`), and its `/readyz` checks take the instance out."
                }
                (Rolling::Passive, BalancerKind::Nginx) => {
                    "The rolling restart follows the upgrade procedure of `deploy/README.md`: \
                     each instance gets SIGTERM alone, and nginx is never reloaded (a reload \
                     closes clients' idle keep-alive connections). While it drains, the \
                     instance answers with `Connection: close`; then it stops the kernel from \
                     completing new connections, takes those already queued and closes its \
                     listener, so no connection nginx opened is reset, and nginx sends the \
                     requests whose connection is refused to another instance (the few whose \
                     first SYN went unanswered wait for their retry, about 1 s). The SIGKILL \
                     is unannounced: nginx fails over passively."
                }
                (Rolling::Passive, BalancerKind::Haproxy) => {
                    "Run with `--rolling passive`: the rolling restart only sends SIGTERM, and \
                     HAProxy takes the instance out when its `/readyz` checks fail or its \
                     connections are refused."
                }
            },
        );
        let _ = writeln!(
            out,
            "| phase | requests | failed | connect | read | write | timeout | not 2xx | 2xx with errors | in flight on the killed instance | p50 | p99 | writes acknowledged | check | passed |"
        );
        let _ = writeln!(
            out,
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
        );
        for phase in &self.phases {
            let m = &phase.measured;
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.1} ms | {:.1} ms | {} | {} | {} |",
                phase.name,
                m.sent(),
                m.failures(),
                m.connect_errors,
                m.read_errors,
                m.write_errors,
                m.timeout_errors,
                m.non_2xx,
                m.bad - m.non_2xx.min(m.bad),
                phase
                    .in_flight
                    .map_or_else(|| "–".to_owned(), |n| n.to_string()),
                m.p50_us as f64 / 1000.0,
                m.p99_us as f64 / 1000.0,
                m.acked,
                phase.verdict,
                yes(phase.ok)
            );
        }
        let _ = writeln!(
            out,
            "\nFailures by kind, as wrk counts them: `connect` (no connection to {name}), `read` \
             (the connection closed or reset before the whole answer: the request is lost), \
             `write` (sending failed), `timeout` (an answer later than 10 s), `not 2xx` and \
             `2xx with errors` (answers). \"In flight on the killed instance\" is {}.",
            match self.options.balancer {
                BalancerKind::Nginx =>
                    "what nginx's request log shows: requests it had sent to \
                    the instance before it died that ended after",
                BalancerKind::Haproxy =>
                    "HAProxy's own count (`show stat`): the requests it had on \
                    the instance at its last reading before the SIGKILL (`scur`) and those it \
                    gave it from then until it was dead (`stot`), less the subscriber's \
                    WebSocket when it was one of them",
            }
        );
        let _ = writeln!(out, "\n| afterwards | found | passed |");
        let _ = writeln!(out, "|---|---|---|");
        let _ = writeln!(
            out,
            "| acknowledged writes in the database, each with its `ALLOWED` audit entry naming the client (not {name}) | {} acknowledged ({} created in all), {} missing, {} without an audit entry, {} with another address | {} |",
            self.writes.acknowledged,
            self.writes.committed,
            self.writes.missing,
            self.writes.without_audit,
            self.writes.wrong_address,
            yes(self.writes_ok())
        );
        let _ = writeln!(
            out,
            "| e-mails: every one marked sent reached the sink; repeats only under the same Message-ID | {} sent, {} received by the sink, {} duplicates (same Message-ID), {} lost, {} pending, {} dead, {} unknown | {} |",
            self.mail.sent,
            self.mail.received,
            self.mail.duplicates,
            self.mail.lost,
            self.mail.pending,
            self.mail.dead,
            self.mail.unknown,
            yes(self.mail_ok())
        );
        let marks = self
            .subscriber_marks
            .iter()
            .map(|(phase, n)| format!("{n} after {phase}"))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            out,
            "| the subscriber (through {name}) keeps receiving across the kill and the restarts, reconnecting | {} connections (close codes {:?}); {} of the {} notifications raised for it received live ({marks}); the one raised after the last restart {} | {} |",
            self.connections,
            self.closes,
            self.live.received,
            self.live.raised,
            if self.last_seen {
                "arrived"
            } else {
                "**did not arrive**"
            },
            yes(self.live_ok())
        );
        let _ = writeln!(
            out,
            "| one request id from {name} to the instance's log | {} of {} answered requests found under {name}'s request id in an instance's JSON log | {} |",
            self.traced.found,
            self.traced.answered,
            yes(self.traced_ok())
        );
        let _ = writeln!(
            out,
            "\nThe SIGKILL phase passes when no more requests failed than were in flight on the \
             killed instance, and each failed answer in {name}'s request log is a request it \
             had sent there before the instance died that ended after. {}A notification raised \
             while the subscriber was \
             reconnecting is not replayed on the socket (it is in the user's inbox), so \
             \"received live\" may fall short of \"raised\" by those. More referrals are \
             created than acknowledged: wrk drops the answers still in flight when a phase \
             ends, and a request in flight at the kill may have committed before the \
             instance died.",
            match self.options.balancer {
                BalancerKind::Nginx => "",
                BalancerKind::Haproxy => {
                    "HAProxy answers such a request with a 502 only when it was the first on its \
                     client connection; on a reused one it closes the connection without an \
                     answer and logs nothing (by design, so that the client may resend: \
                     haproxy/haproxy#1109), which wrk counts as a read error, so those are \
                     counted against HAProxy's `show stat` and its frontend counters instead. "
                }
            }
        );
        out
    }
}
