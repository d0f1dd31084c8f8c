//! An SMTP sink on loopback for the outbox benchmark and the cluster run: it speaks enough SMTP
//! for lettre (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), answers every command at once, counts
//! the messages it accepts and how often it accepted each `Message-ID`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// A running sink.
#[derive(Debug, Clone)]
pub struct Sink {
    pub port: u16,
    accepted: Arc<AtomicU64>,
    message_ids: MessageIds,
}

/// How many times each `Message-ID` was accepted.
type MessageIds = Arc<Mutex<HashMap<String, u32>>>;

impl Sink {
    /// Starts a sink on a free loopback port, on the current runtime.
    pub async fn start() -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let sink = Self {
            port: listener.local_addr()?.port(),
            accepted: Arc::new(AtomicU64::new(0)),
            message_ids: MessageIds::default(),
        };
        let accepted = sink.accepted.clone();
        let message_ids = sink.message_ids.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let accepted = accepted.clone();
                let message_ids = message_ids.clone();
                tokio::spawn(async move {
                    let _ = session(socket, &accepted, &message_ids).await;
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

    /// Each `Message-ID` accepted so far, with how many times it was.
    pub fn message_ids(&self) -> HashMap<String, u32> {
        self.message_ids
            .lock()
            .map(|ids| ids.clone())
            .unwrap_or_default()
    }
}

async fn session(
    socket: TcpStream,
    accepted: &AtomicU64,
    message_ids: &Mutex<HashMap<String, u32>>,
) -> std::io::Result<()> {
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
                let mut in_headers = true;
                let mut message_id = None;
                loop {
                    line.clear();
                    if reader.read_until(b'\n', &mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == b".\r\n" || line == b".\n" {
                        break;
                    }
                    if in_headers {
                        let text = String::from_utf8_lossy(&line);
                        let text = text.trim_end();
                        if text.is_empty() {
                            in_headers = false;
                        } else if let Some((name, value)) = text.split_once(':')
                            && name.eq_ignore_ascii_case("message-id")
                        {
                            message_id = Some(value.trim().to_owned());
                        }
                    }
                }
                accepted.fetch_add(1, Ordering::Relaxed);
                if let Some(id) = message_id
                    && let Ok(mut ids) = message_ids.lock()
                {
                    *ids.entry(id).or_default() += 1;
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// One SMTP conversation sending `ids` (one message each), then QUIT.
    async fn send(port: u16, ids: &[&str]) {
        let socket = TcpStream::connect(("127.0.0.1", port))
            .await
            .expect("connect");
        let (reader, mut writer) = socket.into_split();
        let mut reader = BufReader::new(reader);
        let mut line = String::new();
        let mut expect = async |reader: &mut BufReader<_>, code: &str| {
            line.clear();
            // EHLO answers with several lines; read up to the last ("250 ").
            loop {
                line.clear();
                reader.read_line(&mut line).await.expect("reply");
                if line.get(3..4) != Some("-") {
                    break;
                }
            }
            assert!(line.starts_with(code), "expected {code}, got {line}");
        };
        expect(&mut reader, "220").await;
        writer.write_all(b"EHLO test\r\n").await.expect("write");
        expect(&mut reader, "250").await;
        for id in ids {
            writer
                .write_all(b"MAIL FROM:<a@test>\r\nRCPT TO:<b@test>\r\nDATA\r\n")
                .await
                .expect("write");
            expect(&mut reader, "250").await;
            expect(&mut reader, "250").await;
            expect(&mut reader, "354").await;
            let body = format!(
                "Subject: hi\r\nMessage-ID: {id}\r\n\r\nMessage-ID: <not-a-header@body>\r\n.\r\n"
            );
            writer.write_all(body.as_bytes()).await.expect("write");
            expect(&mut reader, "250").await;
        }
        writer.write_all(b"QUIT\r\n").await.expect("write");
        expect(&mut reader, "221").await;
    }

    #[tokio::test]
    async fn counts_each_message_id_from_the_headers_only() {
        let sink = Sink::start().await.expect("sink");
        send(sink.port, &["<1@skupaj.invalid>", "<2@skupaj.invalid>"]).await;
        send(sink.port, &["<1@skupaj.invalid>"]).await;
        assert_eq!(sink.accepted(), 3);
        let ids = sink.message_ids();
        assert_eq!(ids.len(), 2, "{ids:?}");
        assert_eq!(ids["<1@skupaj.invalid>"], 2);
        assert_eq!(ids["<2@skupaj.invalid>"], 1);
    }
}
