//! Where e-mails go: an SMTP server (lettre's async transport, pooled, TLS as the URL says), a
//! folder of `.eml` files, or the log (development without SMTP settings).

use std::path::PathBuf;
use std::time::Duration;

use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Why a message was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// Try again later: the server is down, busy, or answered 4xx.
    Transient(String),
    /// The server refused for good (5xx): retrying cannot help.
    Permanent(String),
}

/// The way out.
#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
    Log,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

impl Mailer {
    /// An SMTP mailer from a URL such as `smtp://host:2525` (no TLS, for a local relay),
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtps://user:pass@host:465`.
    pub fn smtp(url: &str, timeout: Duration) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
            .pool_config(PoolConfig::new().max_size(4))
            .timeout(Some(timeout))
            .build();
        Ok(Self::Smtp(transport))
    }

    /// What this mailer does, for operators (never the credentials).
    pub fn describe(&self) -> String {
        match self {
            Self::Smtp(_) => "SMTP".to_owned(),
            Self::Files(folder) => format!("files in {} (one .eml per e-mail)", folder.display()),
            Self::Log => "the log (no SMTP server or mail folder is set)".to_owned(),
        }
    }

    pub async fn send(&self, message: Message, file_name: &str) -> Result<(), SendError> {
        match self {
            Self::Smtp(transport) => transport.send(message).await.map(|_| ()).map_err(|err| {
                if err.is_permanent() {
                    SendError::Permanent(err.to_string())
                } else {
                    SendError::Transient(err.to_string())
                }
            }),
            Self::Files(folder) => {
                let path = folder.join(format!("{file_name}.eml"));
                tokio::fs::create_dir_all(folder)
                    .await
                    .and(tokio::fs::write(&path, message.formatted()).await)
                    .map_err(|err| SendError::Transient(err.to_string()))
            }
            Self::Log => {
                tracing::info!(message = file_name, "e-mail not sent: no SMTP configured");
                Ok(())
            }
        }
    }
}
