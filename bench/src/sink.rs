//! An SMTP sink on loopback for the outbox benchmark: it speaks enough SMTP for lettre (EHLO,
//! MAIL, RCPT, DATA, RSET, NOOP, QUIT), answers every command at once, and only counts the
//! messages it accepts.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// A running sink.
#[derive(Debug, Clone)]
pub struct Sink {
    pub port: u16,
    accepted: Arc<AtomicU64>,
}

impl Sink {
    /// Starts a sink on a free loopback port, on the current runtime.
    pub async fn start() -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let sink = Self {
            port: listener.local_addr()?.port(),
            accepted: Arc::new(AtomicU64::new(0)),
        };
        let accepted = sink.accepted.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let accepted = accepted.clone();
                tokio::spawn(async move {
                    let _ = session(socket, &accepted).await;
                });
            }
        });
        Ok(sink)
    }

    /// `smtp://127.0.0.1:<port>` (no TLS).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Messages accepted so far, on every connection.
    pub fn accepted(&self) -> u64 {
        self.accepted.load(Ordering::Relaxed)
    }
}

async fn session(socket: TcpStream, accepted: &AtomicU64) -> std::io::Result<()> {
    socket.set_nodelay(true)?;
    let (reader, mut writer) = socket.into_split();
    let mut reader = BufReader::new(reader);
    let mut line = Vec::with_capacity(1024);
    writer.write_all(b"220 skupaj-bench-sink ESMTP\r\n").await?;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        let verb = line.get(..4).map(<[u8]>::to_ascii_uppercase);
        let reply: &[u8] = match verb.as_deref() {
            Some(b"EHLO") => b"250-skupaj-bench-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
            Some(b"HELO" | b"MAIL" | b"RCPT" | b"RSET" | b"NOOP") => b"250 OK\r\n",
            Some(b"DATA") => {
                writer.write_all(b"354 go ahead\r\n").await?;
                loop {
                    line.clear();
                    if reader.read_until(b'\n', &mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == b".\r\n" || line == b".\n" {
                        break;
                    }
                }
                accepted.fetch_add(1, Ordering::Relaxed);
                b"250 OK queued\r\n"
            }
            Some(b"QUIT") => {
                writer.write_all(b"221 bye\r\n").await?;
                return Ok(());
            }
            _ => b"500 unknown command\r\n",
        };
        writer.write_all(reply).await?;
    }
}
