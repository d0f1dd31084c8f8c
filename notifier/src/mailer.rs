//! Where e-mails go: an SMTP server (our pool of lettre connections with `TCP_NODELAY`, TLS as
//! the URL says; see `smtp`), a folder of `.eml` files, or the log (development without SMTP
//! settings).

use std::path::PathBuf;
use std::time::Duration;

use lettre::Message;

use crate::smtp::{Failure, SmtpPool};

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
    Smtp(SmtpPool),
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
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtps://user:pass@host:465`,
    /// keeping up to `connections` connections open between e-mails (as many as e-mails are
    /// sent at once).
    pub fn smtp(url: &str, timeout: Duration, connections: usize) -> anyhow::Result<Self> {
        Ok(Self::Smtp(SmtpPool::new(url, timeout, connections)?))
    }

    /// Closes what stays open between e-mails (SMTP connections say `QUIT`).
    pub async fn close(&self) {
        if let Self::Smtp(pool) = self {
            pool.close().await;
        }
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
            Self::Smtp(pool) => pool
                .send(message.envelope(), &message.formatted())
                .await
                .map_err(|failure| match failure {
                    Failure::Smtp(err) => {
                        let code = err.status().map(u16::from);
                        let text = without_addresses(&err.to_string());
                        if err.is_permanent() && !code.is_some_and(is_our_configuration) {
                            SendError::Permanent(text)
                        } else {
                            SendError::Transient(text)
                        }
                    }
                    Failure::Other(text) => SendError::Transient(without_addresses(&text)),
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

/// Checks the sender address at start, so a typo stops the server instead of turning every
/// e-mail into a dead letter.
pub fn check_sender(from: &str) -> anyhow::Result<()> {
    from.parse::<lettre::message::Mailbox>()
        .map(|_| ())
        .map_err(|err| anyhow::anyhow!("SKUPAJ_MAIL_FROM is not an e-mail address: {err}"))
}

/// Refusals that say our credentials or TLS settings are wrong (530 authentication or STARTTLS
/// required, 534/538 mechanism or encryption required, 535 bad credentials) are fixed by the
/// operator, not by giving up on the e-mail: they are retried until the deadline like an outage.
fn is_our_configuration(code: u16) -> bool {
    matches!(code, 530 | 534 | 535 | 538)
}

/// An SMTP error with every e-mail address replaced, so neither the log nor the stored last
/// error holds a recipient's address (servers echo it: "550 <olena@…> user unknown").
pub fn without_addresses(error: &str) -> String {
    error
        .split(' ')
        .map(|word| {
            if word.contains('@') {
                "<address>"
            } else {
                word
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_lose_their_addresses() {
        assert_eq!(
            without_addresses("550 5.1.1 <olena@fablab.test>: user unknown"),
            "550 5.1.1 <address> user unknown"
        );
    }

    #[test]
    fn credential_refusals_are_not_the_e_mails_fault() {
        assert!(is_our_configuration(535));
        assert!(!is_our_configuration(550));
    }
}
