//! The server as a process of its own (`src/bin/skupaj-test-server.rs`), for tests that kill it,
//! signal it or read its log. Integration tests pass the binary's path
//! (`env!("CARGO_BIN_EXE_skupaj-test-server")`), which only they know.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use crate::TEST_JWT_SECRET;

/// A running server process and the port it listens on.
pub struct ServerProcess {
    pub child: Child,
    pub port: u16,
}

impl ServerProcess {
    /// Starts `binary` on `database_url` (existing and migrated) with the test settings and
    /// `env` on top; its standard error goes to `stderr`.
    pub fn start(binary: &str, database_url: &str, env: &[(&str, &str)], stderr: Stdio) -> Self {
        let mut command = Command::new(binary);
        command
            .env("SKUPAJ_DATABASE_URL", database_url)
            .env("SKUPAJ_BIND_ADDRESS", "127.0.0.1:0")
            .env("SKUPAJ_JWT_SECRET", TEST_JWT_SECRET)
            .env("SKUPAJ_SCHEDULE_INTERVAL_SECONDS", "0")
            .env("SKUPAJ_RETENTION_INTERVAL_SECONDS", "0")
            .env("SKUPAJ_MAIL_FOLDER", "")
            .env("SKUPAJ_LOG_FILTER", "error")
            .env_remove("RUST_LOG")
            .stdout(Stdio::piped())
            .stderr(stderr);
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("start the test server");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the port line");
        let port = line
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("the server did not start: {line:?}"));
        Self { child, port }
    }

    pub fn address(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Sends SIGTERM, as a service manager does.
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -TERM failed");
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
