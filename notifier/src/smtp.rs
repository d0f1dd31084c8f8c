//! Our SMTP client: lettre's SMTP conversation (`AsyncSmtpConnection`) over sockets we open
//! ourselves, with `TCP_NODELAY`, in a pool that several e-mails use at once.
//!
//! Why not lettre's `AsyncSmtpTransport`: lettre 0.11 opens its sockets without `TCP_NODELAY`
//! and writes a message and its final `.` in two writes. Nagle's algorithm then holds the `.`
//! back until the server acknowledges the message, and a server that delays its ACKs does so
//! after about 40 ms: every e-mail took 42–44 ms, whatever the server's speed. lettre's
//! connector cannot be replaced (its `Executor` trait is sealed), but its connection can be
//! built over a stream we give it (`AsyncSmtpConnection::connect_with_transport`). So this
//! module connects, sets `TCP_NODELAY`, and lets lettre speak SMTP: STARTTLS through lettre's
//! `starttls`, implicit TLS (`smtps://`) through lettre's `AsyncNetworkStream::upgrade_tls`
//! (public, though deprecated as "not meant to be public"), and authentication through
//! lettre's `auth` with its default mechanisms. The URL is read as lettre's `from_url` reads it.

use std::borrow::Cow;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, ready};
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
#[allow(deprecated)]
use lettre::transport::smtp::client::AsyncNetworkStream;
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// A connection that waited longer than this is checked with `NOOP` before it is used again
/// (servers close idle connections; a dead one would turn the next e-mail into a retry).
const CHECK_AFTER_IDLE: Duration = Duration::from_secs(5);

/// Where and how to connect.
struct Target {
    host: String,
    port: u16,
    tls: Tls,
    credentials: Option<Credentials>,
    hello: ClientId,
    /// For connecting (with greeting, TLS and authentication), and for sending one e-mail.
    timeout: Duration,
}

impl Target {
    /// Reads an `smtp://` or `smtps://` URL the way lettre's `AsyncSmtpTransport::from_url` does:
    /// `smtp://host:25`, `smtp://user:pass@host:587?tls=required` (or `opportunistic`),
    /// `smtps://user:pass@host:465`, a path naming the EHLO name.
    fn from_url(url: &str, timeout: Duration) -> anyhow::Result<Self> {
        let url = url::Url::parse(url)?;
        let host = url
            .host_str()
            .ok_or_else(|| anyhow::anyhow!("the SMTP URL names no host"))?
            .trim_matches(['[', ']'])
            .to_owned();
        let tls_mode = url
            .query_pairs()
            .find(|(key, _)| key == "tls")
            .map(|(_, value)| value.into_owned());
        let parameters = || TlsParameters::new(host.clone());
        let (port, tls) = match (url.scheme(), tls_mode.as_deref()) {
            ("smtp", None) => (url.port().unwrap_or(25), Tls::None),
            ("smtp", Some("required")) => (url.port().unwrap_or(587), Tls::Required(parameters()?)),
            ("smtp", Some("opportunistic")) => {
                (url.port().unwrap_or(587), Tls::Opportunistic(parameters()?))
            }
            ("smtps", _) => (url.port().unwrap_or(465), Tls::Wrapper(parameters()?)),
            (scheme, mode) => {
                anyhow::bail!("unknown SMTP URL scheme {scheme:?} or tls parameter {mode:?}")
            }
        };
        let hello = if url.path().len() > 1 {
            ClientId::Domain(url.path().trim_matches('/').to_owned())
        } else {
            ClientId::default()
        };
        let decode = |s: &str| -> anyhow::Result<String> {
            Ok(percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(Cow::into_owned)?)
        };
        let credentials = match url.password() {
            Some(password) => Some(Credentials::new(decode(url.username())?, decode(password)?)),
            None => None,
        };
        Ok(Self {
            host,
            port,
            tls,
            credentials,
            hello,
            timeout,
        })
    }

    /// A new connection, greeted, encrypted as asked and logged in.
    async fn connect(&self) -> Result<AsyncSmtpConnection, Failure> {
        let socket = TcpStream::connect((self.host.as_str(), self.port))
            .await
            .map_err(|err| Failure::Other(format!("cannot connect: {err}")))?;
        // The point of this module: each write leaves at once.
        socket
            .set_nodelay(true)
            .map_err(|err| Failure::Other(format!("cannot set TCP_NODELAY: {err}")))?;
        let stream: Box<dyn AsyncTokioStream> = match &self.tls {
            Tls::Wrapper(parameters) => {
                #[allow(deprecated)]
                let mut stream = AsyncNetworkStream::use_existing_tokio1(Box::new(socket));
                stream
                    .upgrade_tls(parameters.clone())
                    .await
                    .map_err(Failure::Smtp)?;
                Box::new(Encrypted(stream))
            }
            _ => Box::new(socket),
        };
        let mut connection = AsyncSmtpConnection::connect_with_transport(stream, &self.hello)
            .await
            .map_err(Failure::Smtp)?;
        match &self.tls {
            Tls::Required(parameters) => connection
                .starttls(parameters.clone(), &self.hello)
                .await
                .map_err(Failure::Smtp)?,
            Tls::Opportunistic(parameters) if connection.can_starttls() => connection
                .starttls(parameters.clone(), &self.hello)
                .await
                .map_err(Failure::Smtp)?,
            _ => {}
        }
        if let Some(credentials) = &self.credentials {
            connection
                .auth(DEFAULT_MECHANISMS, credentials)
                .await
                .map_err(Failure::Smtp)?;
        }
        Ok(connection)
    }
}

/// Why an e-mail was not accepted.
#[derive(Debug)]
pub enum Failure {
    /// What lettre reports: the server's refusal (with its code) or a broken conversation.
    Smtp(lettre::transport::smtp::Error),
    /// Connecting failed, or the server took longer than the timeout.
    Other(String),
}

struct Parked {
    connection: AsyncSmtpConnection,
    since: Instant,
}

/// Connections to one SMTP server, opened when needed and kept for the next e-mail: as many
/// are open as e-mails are sent at once (at most `max_idle` stay open between them).
#[derive(Clone)]
pub struct SmtpPool {
    target: Arc<Target>,
    idle: Arc<Mutex<Vec<Parked>>>,
    max_idle: usize,
}

impl SmtpPool {
    /// A pool for the server of `url` (see [`Target::from_url`] for the forms), keeping up to
    /// `max_idle` connections open between e-mails.
    pub fn new(url: &str, timeout: Duration, max_idle: usize) -> anyhow::Result<Self> {
        Ok(Self {
            target: Arc::new(Target::from_url(url, timeout)?),
            idle: Arc::new(Mutex::new(Vec::new())),
            max_idle: max_idle.max(1),
        })
    }

    /// Sends one e-mail on a pooled connection (or a new one).
    pub async fn send(&self, envelope: &Envelope, email: &[u8]) -> Result<(), Failure> {
        let timeout = self.target.timeout;
        let mut connection = match self.reusable().await {
            Some(connection) => connection,
            None => tokio::time::timeout(timeout, self.target.connect())
                .await
                .map_err(|_| Failure::Other("timed out connecting".to_owned()))??,
        };
        match tokio::time::timeout(timeout, connection.send(envelope, email)).await {
            Ok(Ok(_)) => {
                self.park(connection);
                Ok(())
            }
            // lettre ends the conversation (QUIT) on any failure, so the connection is spent.
            Ok(Err(err)) => Err(Failure::Smtp(err)),
            Err(_) => Err(Failure::Other("timed out sending".to_owned())),
        }
    }

    /// Says goodbye (`QUIT`) on every idle connection.
    pub async fn close(&self) {
        let parked = std::mem::take(&mut *self.lock());
        for mut parked in parked {
            let _ = tokio::time::timeout(self.target.timeout, parked.connection.quit()).await;
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Parked>> {
        // A panic while holding the lock leaves a valid list.
        self.idle.lock().unwrap_or_else(|e| e.into_inner())
    }

    async fn reusable(&self) -> Option<AsyncSmtpConnection> {
        loop {
            let parked = self.lock().pop()?;
            let mut connection = parked.connection;
            if parked.since.elapsed() < CHECK_AFTER_IDLE
                || tokio::time::timeout(self.target.timeout, connection.test_connected())
                    .await
                    .unwrap_or(false)
            {
                return Some(connection);
            }
        }
    }

    fn park(&self, connection: AsyncSmtpConnection) {
        if connection.has_broken() {
            return;
        }
        let mut idle = self.lock();
        if idle.len() < self.max_idle {
            idle.push(Parked {
                connection,
                since: Instant::now(),
            });
        }
    }
}

/// lettre's TLS stream (futures-io) as the Tokio stream its connection is built over.
#[allow(deprecated)]
#[derive(Debug)]
struct Encrypted(AsyncNetworkStream);

impl AsyncRead for Encrypted {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let read = ready!(futures_io::AsyncRead::poll_read(
            Pin::new(&mut self.0),
            cx,
            buf.initialize_unfilled()
        ))?;
        buf.advance(read);
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for Encrypted {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        futures_io::AsyncWrite::poll_write(Pin::new(&mut self.0), cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        futures_io::AsyncWrite::poll_flush(Pin::new(&mut self.0), cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        futures_io::AsyncWrite::poll_close(Pin::new(&mut self.0), cx)
    }
}

impl AsyncTokioStream for Encrypted {
    fn peer_addr(&self) -> io::Result<SocketAddr> {
        self.0.peer_addr()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(url: &str) -> Target {
        Target::from_url(url, Duration::from_secs(1)).expect("a valid URL")
    }

    #[test]
    fn urls_are_read_as_lettre_reads_them() {
        let plain = target("smtp://127.0.0.1:2525");
        assert_eq!((plain.host.as_str(), plain.port), ("127.0.0.1", 2525));
        assert!(matches!(plain.tls, Tls::None));
        assert!(plain.credentials.is_none());

        let starttls = target("smtp://user:p%40ss@mail.example?tls=required");
        assert_eq!(starttls.port, 587);
        assert!(matches!(starttls.tls, Tls::Required(_)));
        assert_eq!(
            starttls.credentials,
            Some(Credentials::new("user".to_owned(), "p@ss".to_owned()))
        );

        let implicit = target("smtps://mail.example/relay.example");
        assert_eq!(implicit.port, 465);
        assert!(matches!(implicit.tls, Tls::Wrapper(_)));
        assert_eq!(implicit.hello, ClientId::Domain("relay.example".to_owned()));

        assert!(Target::from_url("http://mail.example", Duration::from_secs(1)).is_err());
        assert!(Target::from_url("smtp://mail.example?tls=maybe", Duration::from_secs(1)).is_err());
    }
}
