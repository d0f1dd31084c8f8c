//! HAProxy as the cluster run's balancer: `deploy/haproxy.cfg` with this run's ports and paths,
//! run in the foreground (`-db`), its request log (one JSON object a line on its standard output)
//! copied to a file, and instances taken out of rotation and put back through its runtime API
//! (the stats socket), without a reload.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use serde_json::Value;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use super::{Instance, PROXY_ADDRESS, Request, signal};

/// HAProxy's configuration, the one `deploy/` ships.
const HAPROXY_CFG: &str = include_str!("../../../deploy/haproxy.cfg");
/// The backend of `deploy/haproxy.cfg`; its servers are named `s1`, `s2`, ….
const BACKEND: &str = "skupaj";

/// HAProxy in the foreground; stopped with SIGUSR1 (a soft stop), then SIGKILL.
pub struct Haproxy {
    child: Option<Child>,
    /// The thread copying its standard output (the request log) to `access.log`.
    copier: Option<std::thread::JoinHandle<()>>,
    /// Its configuration, socket and logs.
    dir: PathBuf,
    /// Its runtime API.
    socket: PathBuf,
}

impl Drop for Haproxy {
    fn drop(&mut self) {
        let Some(child) = self.child.as_mut() else {
            return;
        };
        signal(child.id(), "USR1");
        let mut stopped = false;
        for _ in 0..30 {
            if let Ok(Some(_)) = child.try_wait() {
                stopped = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        if !stopped {
            let _ = child.kill();
            let _ = child.wait();
        }
        if let Some(copier) = self.copier.take() {
            let _ = copier.join();
        }
    }
}
/// One server's load as `show stat` counts it.
#[derive(Debug, Clone, Copy)]
pub struct ServerLoad {
    /// The requests (streams) on it now (`scur`); a WebSocket through it counts as one.
    pub current: u64,
    /// The requests given to it since HAProxy started (`stot`).
    pub total: u64,
}

/// HAProxy's counters of its frontend (`show stat`), since it started.
#[derive(Debug, Clone, Copy)]
pub struct Counters {
    /// HTTP requests received (`req_tot`).
    pub requests: u64,
    /// Answers sent, whatever their status, HAProxy's own included (`hrsp_1xx` … `hrsp_5xx`,
    /// `hrsp_other`). A request it closes the client's connection on without an answer is in
    /// `requests` and not here.
    pub answers: u64,
}

/// What an instance looked like in HAProxy when it was taken out of rotation.
#[derive(Debug, Clone, Copy)]
pub struct Out {
    /// From `set server … state maint` until `show servers state` showed it.
    pub confirmed: Duration,
    /// Requests (streams) HAProxy still had on it when the run went on to SIGTERM it.
    pub in_flight: u64,
    /// How long the run waited for those to end.
    pub waited: Duration,
}

/// Writes HAProxy's configuration (`deploy/haproxy.cfg` with this run's ports and paths), checks
/// it and starts HAProxy in the foreground.
pub fn start(
    binary: &Path,
    work: &Path,
    port: u16,
    instances: &[Instance],
) -> anyhow::Result<Haproxy> {
    let dir = work.join("haproxy");
    std::fs::create_dir_all(&dir)?;
    let socket = dir.join("admin.sock");
    let config = dir.join("haproxy.cfg");
    std::fs::write(&config, configuration(port, &socket, instances)?)?;
    let check = Command::new(binary)
        .arg("-c")
        .arg("-q")
        .arg("-f")
        .arg(&config)
        .output()
        .context("cannot run haproxy (scripts/cluster.sh installs it)")?;
    anyhow::ensure!(
        check.status.success(),
        "haproxy refuses the configuration: {}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    let mut child = Command::new(binary)
        .arg("-db")
        .arg("-f")
        .arg(&config)
        .stdout(Stdio::piped())
        .stderr(Stdio::from(std::fs::File::create(dir.join("stderr.log"))?))
        .spawn()
        .context("start haproxy")?;
    // Its log goes to a pipe (HAProxy writes it without blocking), and from there to a file.
    let mut stdout = child.stdout.take().context("haproxy's standard output")?;
    let mut log = std::fs::File::create(dir.join("access.log"))?;
    let copier = std::thread::spawn(move || {
        let _ = std::io::copy(&mut stdout, &mut log);
        let _ = log.flush();
    });
    Ok(Haproxy {
        child: Some(child),
        copier: Some(copier),
        dir,
        socket,
    })
}

/// `deploy/haproxy.cfg` for this run: its listening port, its own stats socket, the instances'
/// ports (and the address HAProxy connects from, the one the instances trust); no chroot and no
/// change of user (a throwaway process of whoever runs the suite).
fn configuration(port: u16, socket: &Path, instances: &[Instance]) -> anyhow::Result<String> {
    let mut config = String::new();
    let mut servers = instances.iter();
    for line in HAPROXY_CFG.lines() {
        let trimmed = line.trim_start();
        let words: Vec<&str> = trimmed.split_whitespace().collect();
        match words.as_slice() {
            ["chroot", ..] | ["user", ..] | ["group", ..] => continue,
            ["stats", "socket", _, rest @ ..] => config.push_str(&format!(
                "    stats socket {} {}",
                socket.display(),
                rest.join(" ")
            )),
            ["bind", ":80", ..] => config.push_str(&format!("    bind 127.0.0.1:{port}")),
            ["server", _, _, rest @ ..] => {
                let instance = servers
                    .next()
                    .context("deploy/haproxy.cfg lists more instances than the run starts")?;
                config.push_str(&format!(
                    "    server s{} 127.0.0.1:{} {} source {PROXY_ADDRESS}",
                    instance.index + 1,
                    instance.port,
                    rest.join(" ")
                ));
            }
            _ => config.push_str(line),
        }
        config.push('\n');
    }
    anyhow::ensure!(
        servers.next().is_none(),
        "deploy/haproxy.cfg lists fewer instances than the run starts"
    );
    Ok(config)
}

/// One server's line of `show servers state`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct State {
    /// 0 stopped, 1 starting, 2 running, 3 stopping.
    operational: u32,
    /// A mask; 0x01: forced into maintenance (`maint`), 0x08: forced to drain.
    administrative: u32,
}

impl Haproxy {
    /// One command on the runtime API; answers what HAProxy said.
    async fn command(&self, command: &str) -> anyhow::Result<String> {
        let mut stream = tokio::net::UnixStream::connect(&self.socket)
            .await
            .with_context(|| format!("haproxy's stats socket {}", self.socket.display()))?;
        stream.write_all(format!("{command}\n").as_bytes()).await?;
        let mut answer = String::new();
        tokio::time::timeout(Duration::from_secs(5), stream.read_to_string(&mut answer))
            .await
            .context("haproxy's stats socket did not answer")??;
        Ok(answer)
    }

    /// `show servers state` for server `s{index + 1}`.
    async fn state(&self, index: usize) -> anyhow::Result<State> {
        let answer = self
            .command(&format!("show servers state {BACKEND}"))
            .await?;
        let name = format!("s{}", index + 1);
        // be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state …
        answer
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| line.split_whitespace().collect::<Vec<_>>())
            .find(|fields| fields.len() > 6 && fields[1] == BACKEND && fields[3] == name)
            .and_then(|fields| {
                Some(State {
                    operational: fields[5].parse().ok()?,
                    administrative: fields[6].parse().ok()?,
                })
            })
            .with_context(|| format!("no server {name} in `show servers state`: {answer}"))
    }

    /// Requests HAProxy has on server `s{index + 1}`: its current and queued streams
    /// (`scur` + `qcur` of `show stat`). A WebSocket upgraded through it counts as one.
    async fn in_flight(&self, index: usize) -> anyhow::Result<u64> {
        let answer = self.command("show stat").await?;
        let name = format!("s{}", index + 1);
        answer
            .lines()
            .map(|line| line.split(',').collect::<Vec<_>>())
            .find(|fields| fields.len() > 4 && fields[0] == BACKEND && fields[1] == name)
            .and_then(|fields| {
                Some(fields[2].parse::<u64>().ok()? + fields[4].parse::<u64>().ok()?)
            })
            .with_context(|| format!("no server {name} in `show stat`"))
    }

    /// `show stat` as rows of named columns.
    async fn stat(&self) -> anyhow::Result<Vec<HashMap<String, String>>> {
        let answer = self.command("show stat").await?;
        let mut lines = answer.lines();
        let header: Vec<&str> = lines
            .next()
            .and_then(|line| line.strip_prefix("# "))
            .context("`show stat` has no header line")?
            .split(',')
            .collect();
        Ok(lines
            .filter(|line| !line.trim().is_empty())
            .map(|line| {
                header
                    .iter()
                    .zip(line.split(','))
                    .map(|(name, value)| ((*name).to_owned(), value.to_owned()))
                    .collect()
            })
            .collect())
    }

    /// The frontend's requests and answers so far.
    pub async fn counters(&self) -> anyhow::Result<Counters> {
        let rows = self.stat().await?;
        let row = rows
            .iter()
            .find(|row| row.get("svname").map(String::as_str) == Some("FRONTEND"))
            .context("no FRONTEND in `show stat`")?;
        let number = |name: &str| -> u64 {
            row.get(name)
                .and_then(|value| value.parse().ok())
                .unwrap_or(0)
        };
        Ok(Counters {
            requests: number("req_tot"),
            answers: [
                "hrsp_1xx",
                "hrsp_2xx",
                "hrsp_3xx",
                "hrsp_4xx",
                "hrsp_5xx",
                "hrsp_other",
            ]
            .iter()
            .map(|name| number(name))
            .sum(),
        })
    }

    /// What HAProxy has on server `s{index + 1}` now and has given it so far (`show stat`).
    pub async fn on_server(&self, index: usize) -> anyhow::Result<ServerLoad> {
        let name = format!("s{}", index + 1);
        let rows = self.stat().await?;
        let row = rows
            .iter()
            .find(|row| {
                row.get("pxname").map(String::as_str) == Some(BACKEND)
                    && row.get("svname") == Some(&name)
            })
            .with_context(|| format!("no server {name} in `show stat`"))?;
        let number = |column: &str| -> anyhow::Result<u64> {
            row.get(column)
                .and_then(|value| value.parse().ok())
                .with_context(|| format!("no {column} for server {name} in `show stat`"))
        };
        Ok(ServerLoad {
            current: number("scur")?,
            total: number("stot")?,
        })
    }

    /// Log lines HAProxy dropped since it started (`show info`, `DroppedLogs`): its log goes to
    /// a pipe it writes without blocking, so a line is lost when the pipe is full.
    pub async fn dropped_logs(&self) -> anyhow::Result<u64> {
        let answer = self.command("show info").await?;
        answer
            .lines()
            .find_map(|line| line.strip_prefix("DroppedLogs:"))
            .and_then(|value| value.trim().parse().ok())
            .context("no DroppedLogs in `show info`")
    }

    /// `set server skupaj/sN state …`; HAProxy answers nothing when it did it.
    async fn set_state(&self, index: usize, state: &str) -> anyhow::Result<()> {
        let answer = self
            .command(&format!(
                "set server {BACKEND}/s{} state {state}",
                index + 1
            ))
            .await?;
        anyhow::ensure!(
            answer.trim().is_empty(),
            "haproxy refused `set server … state {state}`: {answer}"
        );
        Ok(())
    }

    /// What an operator does before stopping an instance: `maint` (no new request goes to it;
    /// its connections elsewhere, and the clients', stay as they are), until `show servers
    /// state` shows it; then waits until HAProxy has no request in flight on it, for at most
    /// `at_most` (a subscriber's WebSocket through it stays until the instance closes it with
    /// 1012, and a request that outlasts the wait is still answered: the instance keeps
    /// serving for its drain period after the SIGTERM and finishes what is in flight).
    pub async fn take_out(&self, index: usize, at_most: Duration) -> anyhow::Result<Out> {
        let asked = Instant::now();
        self.set_state(index, "maint").await?;
        loop {
            if self.state(index).await?.administrative & 0x01 != 0 {
                break;
            }
            anyhow::ensure!(
                asked.elapsed() < Duration::from_secs(5),
                "haproxy did not show s{} in maintenance within 5 s",
                index + 1
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let confirmed = asked.elapsed();
        let waiting = Instant::now();
        let mut in_flight = self.in_flight(index).await?;
        while in_flight > 0 && waiting.elapsed() < at_most {
            tokio::time::sleep(Duration::from_millis(20)).await;
            in_flight = self.in_flight(index).await?;
        }
        Ok(Out {
            confirmed,
            in_flight,
            waited: waiting.elapsed(),
        })
    }

    /// Puts an instance (ready by its own /readyz) back: `ready`, until `show servers state`
    /// shows it running and out of maintenance.
    pub async fn put_back(&self, index: usize) -> anyhow::Result<()> {
        let asked = Instant::now();
        self.set_state(index, "ready").await?;
        loop {
            let state = self.state(index).await?;
            if state.administrative & 0x01 == 0 && state.operational == 2 {
                return Ok(());
            }
            anyhow::ensure!(
                asked.elapsed() < Duration::from_secs(10),
                "haproxy did not show s{} running within 10 s ({state:?})",
                index + 1
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Every request of HAProxy's log (`log-format` of `deploy/haproxy.cfg`) so far.
    pub fn requests(&self) -> anyhow::Result<Vec<Request>> {
        let log = std::fs::read_to_string(self.dir.join("access.log"))?;
        Ok(log
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .map(|entry| {
                let ended = entry["time"].as_f64().unwrap_or(0.0) / 1000.0;
                let status = entry["status"].as_u64().unwrap_or(0);
                let server = entry["server"].as_str().unwrap_or_default();
                Request {
                    ended,
                    began: ended - entry["active"].as_f64().unwrap_or(0.0).max(0.0) / 1000.0,
                    status,
                    graphql: entry["uri"] == "/graphql",
                    upstream: entry["upstream"].as_str().unwrap_or_default().to_owned(),
                    // An instance answered (HAProxy's own answers name no server, or end in
                    // a termination state other than `--`).
                    answered: (200..300).contains(&status)
                        && server != "<NOSRV>"
                        && entry["termination"]
                            .as_str()
                            .is_some_and(|state| state.starts_with("--")),
                    request_id: entry["request_id"].as_str().map(str::to_owned),
                }
            })
            .collect())
    }
}
