//! `skupaj-bench cluster` (run by `bash scripts/cluster.sh`): the reference deployment of
//! `deploy/`, exercised on one machine. Three `skupaj serve` instances on one PostgreSQL behind
//! nginx (configured by `deploy/nginx.conf` itself, ports rewritten), an SMTP sink on loopback
//! that counts every `Message-ID`, and a WebSocket subscriber connected through nginx. Under
//! mixed load from wrk (dashboard reads, referral writes) it runs three phases:
//!
//! 1. steady: nothing happens to the instances;
//! 2. kill: one instance is killed with SIGKILL mid-load and started again;
//! 3. rolling restart: every instance in turn gets SIGTERM, stops, and is started again.
//!
//! Then it waits for the outbox to empty and checks: every referral whose creation was
//! acknowledged is in the database with its `ALLOWED` audit entry (naming the client nginx
//! forwarded for, not nginx); every e-mail the outbox marked sent reached the sink, duplicates
//! only under the same `Message-ID`; the subscriber kept receiving notifications across the
//! restarts. Failures of the kill phase are checked against nginx's access log: each must be a
//! request that was in flight on the killed instance when it died. It prints a table and writes
//! it to `CLUSTER.md`.

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

/// nginx's site configuration, the one `deploy/` ships.
const NGINX_SITE: &str = include_str!("../../deploy/nginx.conf");
/// The wrk script of the cluster run.
const SCRIPT: &str = include_str!("../wrk/cluster.lua");
/// The address nginx connects to the instances from: the instances trust it alone, so the
/// client's own address (127.0.0.1) reaches them only as nginx's `X-Forwarded-For`.
const PROXY_ADDRESS: &str = "127.0.0.3";
const CLIENT_ADDRESS: &str = "127.0.0.1";
const INSTANCES: usize = 3;

#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// Where the table is written (replaced whole).
    #[arg(long, default_value = "CLUSTER.md")]
    pub out: PathBuf,
    /// Where the nginx configuration, logs and request files go.
    #[arg(long, default_value = "target/cluster")]
    pub work_dir: PathBuf,
    /// The PostgreSQL server (`postgres://user@host:port/postgres`); a database
    /// `skupaj_cluster` is created there afresh.
    #[arg(long, env = "SKUPAJ_BENCH_POSTGRES_URL")]
    pub postgres_url: String,
    /// The `skupaj` binary (by default the one built next to this one).
    #[arg(long)]
    pub skupaj: Option<PathBuf>,
    /// The nginx binary.
    #[arg(long, default_value = "nginx")]
    pub nginx: PathBuf,
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
    /// How the rolling restart runs: `upstream` takes each instance out of nginx's upstream
    /// (`down`, `nginx -s reload`) before its SIGTERM and puts it back once it is ready, as
    /// `deploy/README.md`'s upgrade procedure does; `passive` only sends SIGTERM and leaves it
    /// to nginx's passive failover (which can fail a `POST`: see `deploy/README.md`).
    #[arg(long, value_enum, default_value_t = Rolling::Upstream)]
    pub rolling: Rolling,
}

/// How the rolling restart takes an instance out of rotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Rolling {
    /// `down` in nginx's upstream and a reload before the SIGTERM; back after it is ready.
    Upstream,
    /// SIGTERM alone: nginx notices the instance is gone when it refuses connections.
    Passive,
}

/// What wrk measured in one phase.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
struct Measured {
    requests: u64,
    /// Answers that were not a 200, or carried GraphQL `errors`.
    bad: u64,
    /// Connections refused, reads and writes failed, requests timed out.
    socket_errors: u64,
    /// Of those, reads that failed (a connection closed or reset before the answer).
    #[serde(default)]
    read_errors: u64,
    p50_us: u64,
    p99_us: u64,
    /// Referral creations acknowledged.
    acked: u64,
}

impl Measured {
    fn failures(&self) -> u64 {
        self.bad + self.socket_errors
    }
}

/// One phase's line of the table.
#[derive(Debug, Clone)]
struct Phase {
    name: &'static str,
    measured: Measured,
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

/// nginx in the foreground; stopped with SIGQUIT (a SIGKILL would leave its workers behind).
struct Nginx {
    child: Option<Child>,
    binary: PathBuf,
    /// Its prefix: configuration, logs, temporary files.
    dir: PathBuf,
    main_path: PathBuf,
    /// Where clients reach it.
    port: u16,
    /// The instances of its upstream, in order.
    ports: Vec<u16>,
    /// Where it answers which configuration its workers run (`/generation`).
    control_port: u16,
    generation: u64,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let Some(child) = self.child.as_mut() else {
            return;
        };
        signal(child.id(), "QUIT");
        for _ in 0..50 {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = child.kill();
        let _ = child.wait();
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
    let nginx_port = run::free_port()?;
    let mut nginx = start_nginx(&options.nginx, &work, nginx_port, &instances)?;
    let base = format!("http://127.0.0.1:{nginx_port}");
    run::wait_until_ready(&client, &format!("{base}/readyz")).await?;
    eprintln!(
        "== cluster: nginx at {base}, instances at ports {:?}",
        instances.iter().map(|i| i.port).collect::<Vec<_>>()
    );

    let officer = login(&client, &base, &cast.officer_email).await?;
    let case_manager = login(&client, &base, &cast.case_manager_email).await?;
    let listener = login(&client, &base, &cast.receiver_emails[0]).await?;
    let bodies = write_bodies(&work, &cast, &officer, &case_manager)?;
    let script = work.join("cluster.lua");
    std::fs::write(&script, SCRIPT)?;
    let acks = work.join("acks");

    // The subscriber: through nginx, reconnecting whenever its socket closes.
    let subscriber = Subscriber::default();
    let stop_subscriber = Arc::new(AtomicBool::new(false));
    let subscribing = tokio::spawn(subscriber.clone().run(
        format!("ws://127.0.0.1:{nginx_port}/graphql/ws"),
        listener.clone(),
        stop_subscriber.clone(),
    ));
    tokio::time::sleep(Duration::from_secs(1)).await;
    anyhow::ensure!(
        subscriber.connections.load(Ordering::Relaxed) >= 1,
        "the subscriber did not connect through nginx"
    );

    let mut phases = Vec::new();
    let mut subscriber_marks = Vec::new();

    // 1. Steady load.
    eprintln!("== cluster: phase 1, steady load ({} s)", options.seconds);
    let steady = wrk(&base, &script, &bodies, &acks, &options, options.seconds).await?;
    phases.push(Phase {
        name: "steady",
        measured: steady,
        verdict: "0 failures allowed".to_owned(),
        ok: steady.failures() == 0,
    });
    subscriber_marks.push(("steady", subscriber.received()));

    // 2. SIGKILL one instance a third of the way in, start it again at two thirds.
    eprintln!(
        "== cluster: phase 2, SIGKILL of instance 2 mid-load ({} s)",
        options.seconds
    );
    let load = tokio::spawn(wrk_owned(
        base.clone(),
        script.clone(),
        bodies.clone(),
        acks.clone(),
        options.clone(),
        options.seconds,
    ));
    tokio::time::sleep(Duration::from_secs(options.seconds) / 3).await;
    let killed = &mut instances[1];
    let killed_at = unix_seconds();
    if let Some(child) = killed.child.as_mut() {
        child.kill()?;
        child.wait()?;
    }
    // Dead by now: a request that reached it before this moment was in flight when it died.
    let dead_by = unix_seconds();
    killed.child = None;
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
    let in_flight = failures_in_flight(&work, instances[1].port, killed_at, dead_by)?;
    phases.push(Phase {
        name: "SIGKILL one instance",
        measured: kill,
        verdict: format!(
            "{} failed; {} of them in flight on the killed instance at the kill",
            kill.failures(),
            in_flight.in_flight
        ),
        ok: kill.socket_errors == 0 && kill.bad == in_flight.failed && in_flight.others == 0,
    });
    subscriber_marks.push(("SIGKILL", subscriber.received()));

    // 3. Rolling restart: SIGTERM each instance in turn, wait for it to stop, start it again,
    // wait until it is ready, then the next.
    eprintln!("== cluster: phase 3, rolling restart with SIGTERM");
    let rolling_seconds = options
        .seconds
        .max(INSTANCES as u64 * (options.drain_seconds + 5) + 4);
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
    for instance in &mut instances {
        let index = instance.index;
        let Some(mut child) = instance.child.take() else {
            continue;
        };
        if options.rolling == Rolling::Upstream {
            // Out of rotation first (the one restarted before comes back in the same reload).
            nginx.set_down(Some(index)).await?;
        }
        let asked = Instant::now();
        // When it will stop accepting: the end of its drain.
        closes.push((instance.port, unix_seconds() + options.drain_seconds as f64));
        signal(child.id(), "TERM");
        let status = tokio::task::spawn_blocking(move || child.wait()).await??;
        stops.push((index, asked.elapsed(), status.success()));
        start(instance, &skupaj, &work, &database_url, &sink, &options)?;
        wait_ready(&client, instance.port).await?;
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    if options.rolling == Rolling::Upstream {
        nginx.set_down(None).await?;
    }
    let restarted_within = rolling_started.elapsed();
    let rolling = load.await??;
    anyhow::ensure!(
        restarted_within < Duration::from_secs(rolling_seconds),
        "the restarts took {restarted_within:?}, longer than the load ({rolling_seconds} s)"
    );
    let clean = stops.iter().all(|(_, _, success)| *success);
    phases.push(Phase {
        name: "rolling restart (SIGTERM)",
        measured: rolling,
        verdict: format!(
            "0 failures allowed{}; {}; stops took {}{}",
            if rolling.failures() == 0 {
                String::new()
            } else {
                let at_close = failures_at_close(&work, rolling_from, &closes)?;
                format!(
                    " ({} answers not 200 or with errors, {} socket errors of which {} reads; \
                     {at_close} of the failures nginx logged were requests sent to an instance \
                     within 0.5 s of the moment it stopped accepting)",
                    rolling.bad, rolling.socket_errors, rolling.read_errors
                )
            },
            match options.rolling {
                Rolling::Upstream => {
                    "each instance taken out of nginx's upstream (`down`, reload) before its \
                     SIGTERM, back once ready"
                }
                Rolling::Passive => "SIGTERM alone, nginx's passive failover",
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
    let traced = check_request_ids(&work)?;
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
    std::fs::write(&options.out, &text)?;
    eprintln!("{text}");
    eprintln!("written to {}", options.out.display());
    anyhow::ensure!(
        report.ok(),
        "the cluster run failed a check (see the table)"
    );
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

/// Writes nginx's configuration (`deploy/nginx.conf` with this run's ports and paths inside a
/// main file of our own) and starts it in the foreground.
fn start_nginx(
    nginx: &Path,
    work: &Path,
    port: u16,
    instances: &[Instance],
) -> anyhow::Result<Nginx> {
    let dir = work.join("nginx");
    std::fs::create_dir_all(dir.join("temp"))?;
    let mut nginx = Nginx {
        child: None,
        binary: nginx.to_owned(),
        main_path: dir.join("nginx.conf"),
        dir,
        port,
        ports: instances.iter().map(|i| i.port).collect(),
        control_port: run::free_port()?,
        generation: 0,
    };
    nginx.write_site(None)?;
    let dir = &nginx.dir;
    let temp = dir.join("temp");
    // As root, nginx's workers would run as `nobody`, who may not reach the work folder.
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0");
    let main = format!(
        "{user}daemon off;\nworker_processes 1;\npid {pid};\nerror_log {error} warn;\n\
         events {{ worker_connections 4096; }}\n\
         http {{\n    client_body_temp_path {temp}/body;\n    proxy_temp_path {temp}/proxy;\n\
         \x20   fastcgi_temp_path {temp}/fastcgi;\n    uwsgi_temp_path {temp}/uwsgi;\n\
         \x20   scgi_temp_path {temp}/scgi;\n\
         \x20   # Connect to the instances from the one address they trust.\n\
         \x20   proxy_bind {PROXY_ADDRESS};\n    include {site};\n\
         \x20   # The run's own: which configuration nginx's workers serve.\n\
         \x20   include {generation};\n}}\n",
        user = if root { "user root;\n" } else { "" },
        pid = dir.join("nginx.pid").display(),
        error = dir.join("error.log").display(),
        temp = temp.display(),
        site = dir.join("site.conf").display(),
        generation = dir.join("generation.conf").display(),
    );
    std::fs::write(&nginx.main_path, main)?;
    nginx.test()?;
    let child = Command::new(&nginx.binary)
        .arg("-p")
        .arg(&nginx.dir)
        .arg("-c")
        .arg(&nginx.main_path)
        .stdout(Stdio::null())
        .stderr(Stdio::from(std::fs::File::create(
            nginx.dir.join("stderr.log"),
        )?))
        .spawn()
        .context("start nginx")?;
    nginx.child = Some(child);
    Ok(nginx)
}

impl Nginx {
    /// Writes `site.conf` (`deploy/nginx.conf` with this run's ports, the instance `down` marked
    /// so) and `generation.conf` (a control server answering this configuration's number).
    fn write_site(&mut self, down: Option<usize>) -> anyhow::Result<()> {
        let mut site = String::new();
        let mut upstreams = self.ports.iter().enumerate();
        for line in NGINX_SITE.lines() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("server 127.0.0.1:") {
                let (index, port) = upstreams
                    .next()
                    .context("deploy/nginx.conf lists more instances than the run starts")?;
                let rest: Vec<&str> = trimmed.split_whitespace().skip(2).collect();
                let rest = rest.join(" ");
                let rest = rest.trim_end_matches(';');
                let down = if down == Some(index) { " down" } else { "" };
                site.push_str(&format!("    server 127.0.0.1:{port} {rest}{down};"));
            } else if trimmed.starts_with("listen 80;") {
                site.push_str(&format!("    listen 127.0.0.1:{};", self.port));
            } else if trimmed.starts_with("access_log ") {
                site.push_str(&format!(
                    "    access_log {} skupaj;",
                    self.dir.join("access.log").display()
                ));
            } else {
                site.push_str(line);
            }
            site.push('\n');
        }
        anyhow::ensure!(
            upstreams.next().is_none(),
            "deploy/nginx.conf lists fewer instances than the run starts"
        );
        std::fs::write(self.dir.join("site.conf"), site)?;
        std::fs::write(
            self.dir.join("generation.conf"),
            format!(
                "server {{\n    listen 127.0.0.1:{};\n    access_log off;\n    \
                 location = /generation {{ return 200 \"{}\"; }}\n}}\n",
                self.control_port, self.generation
            ),
        )?;
        Ok(())
    }

    fn test(&self) -> anyhow::Result<()> {
        let test = Command::new(&self.binary)
            .arg("-t")
            .arg("-q")
            .arg("-p")
            .arg(&self.dir)
            .arg("-c")
            .arg(&self.main_path)
            .output()
            .context("cannot run nginx (scripts/cluster.sh installs it)")?;
        anyhow::ensure!(
            test.status.success(),
            "nginx refuses the configuration: {}",
            String::from_utf8_lossy(&test.stderr)
        );
        Ok(())
    }

    /// What an operator does before stopping an instance (and after it is back, with `None`):
    /// mark it `down` in the upstream, check the configuration, `nginx -s reload`, and wait
    /// until nginx's new workers serve it (its old workers finish what they were doing and send
    /// nothing new to the instance). Returns when the reload has taken effect.
    async fn set_down(&mut self, down: Option<usize>) -> anyhow::Result<()> {
        self.generation += 1;
        self.write_site(down)?;
        self.test()?;
        let reload = Command::new(&self.binary)
            .arg("-p")
            .arg(&self.dir)
            .arg("-c")
            .arg(&self.main_path)
            .arg("-s")
            .arg("reload")
            .output()
            .context("nginx -s reload")?;
        anyhow::ensure!(
            reload.status.success(),
            "nginx -s reload failed: {}",
            String::from_utf8_lossy(&reload.stderr)
        );
        // A new connection each time: only a new worker answers the new number.
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .build()?;
        let url = format!("http://127.0.0.1:{}/generation", self.control_port);
        let want = self.generation.to_string();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(response) = client.get(&url).send().await
                && response.text().await.is_ok_and(|text| text == want)
            {
                return Ok(());
            }
            anyhow::ensure!(
                Instant::now() < deadline,
                "nginx did not take up configuration {want} within 10 s"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
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

/// What nginx's access log says about the kill phase's failures.
struct InFlight {
    /// Failed answers (5xx) nginx gave.
    failed: u64,
    /// Of those, requests that nginx had sent to the killed instance before it died and that
    /// ended after it: in flight there at the kill.
    in_flight: u64,
    /// Failures that were not in flight on the killed instance.
    others: u64,
}

fn failures_in_flight(
    work: &Path,
    killed_port: u16,
    killed_at: f64,
    dead_by: f64,
) -> anyhow::Result<InFlight> {
    let log = std::fs::read_to_string(work.join("nginx").join("access.log"))?;
    let killed = format!("127.0.0.1:{killed_port}");
    let mut result = InFlight {
        failed: 0,
        in_flight: 0,
        others: 0,
    };
    for line in log.lines() {
        let Ok(entry) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let status = entry["status"].as_u64().unwrap_or(0);
        if status < 500 || entry["uri"] != "/graphql" {
            continue;
        }
        result.failed += 1;
        let ended = entry["time"].as_f64().unwrap_or(0.0);
        let began = ended - entry["request_time"].as_f64().unwrap_or(0.0);
        let upstream = entry["upstream"].as_str().unwrap_or_default();
        // nginx's clock has millisecond resolution (and is read once per event loop turn).
        if upstream.contains(&killed) && began <= dead_by + 0.002 && ended >= killed_at - 0.002 {
            result.in_flight += 1;
        } else {
            result.others += 1;
            eprintln!(
                "a failure not in flight on the killed instance: began {:+.3} s, ended {:+.3} s \
                 from the kill (dead {:.3} s after it), upstream {upstream}",
                began - killed_at,
                ended - killed_at,
                dead_by - killed_at
            );
        }
    }
    Ok(result)
}

/// How many failed answers nginx logged since `from` were requests to an instance that ended
/// within half a second of the moment it stopped accepting (`closes`: port and moment).
fn failures_at_close(work: &Path, from: f64, closes: &[(u16, f64)]) -> anyhow::Result<u64> {
    let log = std::fs::read_to_string(work.join("nginx").join("access.log"))?;
    let mut found = 0;
    for line in log.lines() {
        let Ok(entry) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let ended = entry["time"].as_f64().unwrap_or(0.0);
        if ended < from || entry["status"].as_u64().unwrap_or(0) < 500 {
            continue;
        }
        let upstream = entry["upstream"].as_str().unwrap_or_default();
        if closes.iter().any(|(port, at)| {
            upstream.contains(&format!("127.0.0.1:{port}")) && (ended - at).abs() <= 0.5
        }) {
            found += 1;
        }
    }
    Ok(found)
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
    /// Audit entries that name another address than the client's (nginx's, say).
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

/// nginx's request ids against the instances' logs.
#[derive(Debug, Default)]
struct Traced {
    /// Requests an instance answered, by nginx's access log.
    answered: u64,
    /// Of those, found under nginx's id in an instance's JSON log.
    found: u64,
}

fn check_request_ids(work: &Path) -> anyhow::Result<Traced> {
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
    let access = std::fs::read_to_string(work.join("nginx").join("access.log"))?;
    for line in access.lines() {
        let Ok(entry) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        // The last status nginx got from an instance (after any retries) was an answer.
        let answered = entry["upstream_status"]
            .as_str()
            .and_then(|statuses| statuses.rsplit(", ").next())
            .is_some_and(|status| status.starts_with('2'));
        if answered && entry["uri"] == "/graphql" {
            traced.answered += 1;
            if entry["request_id"]
                .as_str()
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

/// A graphql-transport-ws client through nginx that reconnects whenever its socket closes.
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
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# Cluster: three instances behind nginx, restarted under load\n"
        );
        let _ = writeln!(
            out,
            "Written by `bash scripts/cluster.sh` ({} s in all on this machine: {}). Three \
             `skupaj serve` instances ({}) on one PostgreSQL, behind nginx configured \
             by `deploy/nginx.conf`, e-mail to an SMTP sink on loopback that counts every \
             `Message-ID`, and one WebSocket subscriber through nginx. wrk drives {} connections \
             of mixed load through nginx: nine dashboard reads (`referrals(first: 20)`) to one \
             referral created and sent. Instances drain for {} s on SIGTERM. {}\n",
            self.seconds,
            crate::report::machine(),
            self.build,
            self.options.connections,
            self.options.drain_seconds,
            match self.options.rolling {
                Rolling::Upstream => {
                    "The rolling restart follows the upgrade procedure of `deploy/README.md`: \
                     each instance is marked `down` in nginx's upstream and nginx reloaded \
                     (the run waits until nginx's new workers answer) before its SIGTERM, and \
                     it comes back in the next reload once its `/readyz` answers 200. \
                     The SIGKILL is unannounced: nginx fails over passively."
                }
                Rolling::Passive => {
                    "Run with `--rolling passive`: the rolling restart only sends SIGTERM, and \
                     nginx fails over passively (open-source nginx cannot poll `/readyz`; see \
                     `deploy/README.md`)."
                }
            },
        );
        let _ = writeln!(
            out,
            "| phase | requests | failed | p50 | p99 | writes acknowledged | check | passed |"
        );
        let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---|---|");
        for phase in &self.phases {
            let m = &phase.measured;
            let _ = writeln!(
                out,
                "| {} | {} | {} | {:.1} ms | {:.1} ms | {} | {} | {} |",
                phase.name,
                m.requests + m.socket_errors,
                m.failures(),
                m.p50_us as f64 / 1000.0,
                m.p99_us as f64 / 1000.0,
                m.acked,
                phase.verdict,
                yes(phase.ok)
            );
        }
        let _ = writeln!(out, "\n| afterwards | found | passed |");
        let _ = writeln!(out, "|---|---|---|");
        let _ = writeln!(
            out,
            "| acknowledged writes in the database, each with its `ALLOWED` audit entry naming the client (not nginx) | {} acknowledged ({} created in all), {} missing, {} without an audit entry, {} with another address | {} |",
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
            "| the subscriber (through nginx) keeps receiving across the kill and the restarts, reconnecting | {} connections (close codes {:?}); {} of the {} notifications raised for it received live ({marks}); the one raised after the last restart {} | {} |",
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
            "| one request id from nginx to the instance's log | {} of {} answered requests found under nginx's `$request_id` in an instance's JSON log | {} |",
            self.traced.found,
            self.traced.answered,
            yes(self.traced_ok())
        );
        let _ = writeln!(
            out,
            "\nFailures of the SIGKILL phase are matched against nginx's access log: each must be \
             a request nginx had sent to the killed instance before it died and that ended \
             after (in flight there). A notification raised while the subscriber was \
             reconnecting is not replayed on the socket (it is in the user's inbox), so \
             \"received live\" may fall short of \"raised\" by those. More referrals are \
             created than acknowledged: wrk drops the answers still in flight when a phase \
             ends, and a request in flight at the kill may have committed before the \
             instance died."
        );
        out
    }
}
