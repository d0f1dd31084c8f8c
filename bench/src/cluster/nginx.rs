//! nginx as the cluster run's balancer: `deploy/nginx.conf` with this run's ports, run in the
//! foreground, read back from its JSON access log, and (with `--rolling upstream` only) made to
//! take an instance out of rotation by marking it `down` and reloading.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use serde_json::Value;

use super::{Instance, PROXY_ADDRESS, Request, signal};
use crate::run;

/// nginx's site configuration, the one `deploy/` ships.
const NGINX_SITE: &str = include_str!("../../../deploy/nginx.conf");

/// nginx in the foreground; stopped with SIGQUIT (a SIGKILL would leave its workers behind).
pub struct Nginx {
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

/// Writes nginx's configuration (`deploy/nginx.conf` with this run's ports and paths inside a
/// main file of our own) and starts it in the foreground.
pub fn start(
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
    pub async fn set_down(&mut self, down: Option<usize>) -> anyhow::Result<()> {
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

    /// Every request of nginx's access log (`log_format skupaj` of `deploy/nginx.conf`).
    pub fn requests(&self) -> anyhow::Result<Vec<Request>> {
        let log = std::fs::read_to_string(self.dir.join("access.log"))?;
        Ok(log
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .map(|entry| {
                let ended = entry["time"].as_f64().unwrap_or(0.0);
                Request {
                    ended,
                    began: ended - entry["request_time"].as_f64().unwrap_or(0.0),
                    status: entry["status"].as_u64().unwrap_or(0),
                    graphql: entry["uri"] == "/graphql",
                    upstream: entry["upstream"].as_str().unwrap_or_default().to_owned(),
                    // The last status nginx got from an instance (after any retries) was an
                    // answer.
                    answered: entry["upstream_status"]
                        .as_str()
                        .and_then(|statuses| statuses.rsplit(", ").next())
                        .is_some_and(|status| status.starts_with('2')),
                    request_id: entry["request_id"].as_str().map(str::to_owned),
                }
            })
            .collect())
    }
}
