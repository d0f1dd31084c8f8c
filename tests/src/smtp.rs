//! A small SMTP server for the tests, on loopback: it speaks enough SMTP for lettre (EHLO, MAIL,
//! RCPT, DATA, RSET, NOOP, QUIT), keeps every message it accepts, and can be told to answer
//! `MAIL FROM` with a temporary (451) or permanent (550) refusal, or to take its time before
//! accepting a message.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// How the server answers `MAIL FROM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Accept,
    /// 451: try again later.
    Temporary,
    /// 550: never.
    Permanent,
}

/// A message as received.
#[derive(Debug, Clone)]
pub struct Received {
    pub raw: String,
}

impl Received {
    fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(self.raw.as_bytes())
            .expect("a parsable message")
    }

    pub fn message_id(&self) -> String {
        self.parsed().message_id().unwrap_or_default().to_owned()
    }

    pub fn to(&self) -> String {
        self.parsed()
            .to()
            .and_then(|to| to.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_owned()
    }

    pub fn subject(&self) -> String {
        self.parsed().subject().unwrap_or_default().to_owned()
    }

    /// The plain-text body, decoded.
    pub fn text(&self) -> String {
        self.parsed()
            .body_text(0)
            .map(|t| t.into_owned())
            .unwrap_or_default()
    }

    /// The HTML body, decoded.
    pub fn html(&self) -> String {
        self.parsed()
            .body_html(0)
            .map(|t| t.into_owned())
            .unwrap_or_default()
    }
}

/// The server's state, shared with the test.
#[derive(Debug, Clone)]
pub struct SmtpServer {
    pub port: u16,
    mode: Arc<Mutex<Mode>>,
    received: Arc<Mutex<Vec<Received>>>,
    /// When each `MAIL FROM` was refused.
    refused: Arc<Mutex<Vec<Instant>>>,
    /// Messages whose data has begun to arrive.
    started: Arc<Mutex<u32>>,
    /// How long to wait before accepting a message's data.
    delay: Arc<Mutex<Duration>>,
}

impl SmtpServer {
    /// Starts a server on a free loopback port.
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("address").port();
        Self::serve(listener, port)
    }

    /// Starts a server on `port` (which must be free now).
    pub async fn start_on(port: u16) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind the port");
        Self::serve(listener, port)
    }

    /// A free port with nothing listening on it (the server is "down").
    pub fn closed_port() -> u16 {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    }

    fn serve(listener: TcpListener, port: u16) -> Self {
        let server = Self {
            port,
            mode: Arc::new(Mutex::new(Mode::Accept)),
            received: Arc::new(Mutex::new(Vec::new())),
            refused: Arc::new(Mutex::new(Vec::new())),
            started: Arc::new(Mutex::new(0)),
            delay: Arc::new(Mutex::new(Duration::ZERO)),
        };
        let state = server.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let state = state.clone();
                tokio::spawn(async move {
                    let _ = state.session(socket).await;
                });
            }
        });
        server
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn set_mode(&self, mode: Mode) {
        *self.mode.lock().expect("lock") = mode;
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().expect("lock").clone()
    }

    /// How many `MAIL FROM` were refused.
    pub fn refused(&self) -> u32 {
        u32::try_from(self.refused.lock().expect("lock").len()).unwrap_or(u32::MAX)
    }

    /// When each `MAIL FROM` was refused, in order.
    pub fn refused_at(&self) -> Vec<Instant> {
        self.refused.lock().expect("lock").clone()
    }

    /// How many messages have begun to arrive (`DATA` answered), accepted yet or not.
    pub fn started(&self) -> u32 {
        *self.started.lock().expect("lock")
    }

    /// Makes the server wait this long after a message's final `.` before accepting it.
    pub fn set_delay(&self, delay: Duration) {
        *self.delay.lock().expect("lock") = delay;
    }

    async fn session(&self, socket: tokio::net::TcpStream) -> std::io::Result<()> {
        let (reader, mut writer) = socket.into_split();
        let mut lines = BufReader::new(reader).lines();
        writer.write_all(b"220 skupaj-test ESMTP\r\n").await?;
        while let Some(line) = lines.next_line().await? {
            let command = line.to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") {
                b"250-skupaj-test\r\n250 8BITMIME\r\n"
            } else if command.starts_with("HELO")
                || command.starts_with("RSET")
                || command.starts_with("NOOP")
            {
                b"250 OK\r\n"
            } else if command.starts_with("MAIL FROM") {
                let mode = *self.mode.lock().expect("lock");
                match mode {
                    Mode::Accept => b"250 OK\r\n",
                    Mode::Temporary => {
                        self.refused.lock().expect("lock").push(Instant::now());
                        b"451 4.3.0 try again later\r\n"
                    }
                    Mode::Permanent => {
                        self.refused.lock().expect("lock").push(Instant::now());
                        b"550 5.7.1 not accepted\r\n"
                    }
                }
            } else if command.starts_with("RCPT TO") {
                b"250 OK\r\n"
            } else if command.starts_with("DATA") {
                writer.write_all(b"354 go ahead\r\n").await?;
                *self.started.lock().expect("lock") += 1;
                let mut raw = String::new();
                while let Some(data) = lines.next_line().await? {
                    if data == "." {
                        break;
                    }
                    let data = data
                        .strip_prefix('.')
                        .filter(|_| data.starts_with(".."))
                        .unwrap_or(&data);
                    raw.push_str(data);
                    raw.push_str("\r\n");
                }
                let delay = *self.delay.lock().expect("lock");
                if !delay.is_zero() {
                    tokio::time::sleep(delay).await;
                }
                self.received.lock().expect("lock").push(Received { raw });
                b"250 OK queued\r\n"
            } else if command.starts_with("QUIT") {
                writer.write_all(b"221 bye\r\n").await?;
                return Ok(());
            } else {
                b"500 unknown command\r\n"
            };
            writer.write_all(reply).await?;
        }
        Ok(())
    }
}
