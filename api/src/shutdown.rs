//! Stopping without failing anyone: the signal that starts a shutdown, and who is told.

use tokio::sync::watch;

/// Asks a running server to stop, and tells everyone that it is stopping. Cloning shares it.
#[derive(Debug, Clone)]
pub struct Shutdown {
    begun: watch::Sender<bool>,
    /// The drain is over: the listener closes and long-lived connections are let go.
    closing: watch::Sender<bool>,
}

impl Default for Shutdown {
    fn default() -> Self {
        Self {
            begun: watch::Sender::new(false),
            closing: watch::Sender::new(false),
        }
    }
}

impl Shutdown {
    /// Starts the shutdown: stop accepting, finish what is in flight, stop background work,
    /// close the pool. Calling it again does nothing more.
    pub fn begin(&self) {
        self.begun.send_replace(true);
    }

    /// Whether the shutdown has started (responses then close their connection, and the
    /// readiness probe says 503).
    pub fn has_begun(&self) -> bool {
        *self.begun.borrow()
    }

    /// Resolves once the shutdown has started.
    pub async fn begun(&self) {
        let mut receiver = self.begun.subscribe();
        // The sender lives in `self`, so waiting cannot fail.
        let _ = receiver.wait_for(|begun| *begun).await;
    }

    /// Marks the end of the drain: the server stops accepting connections now.
    pub fn close_connections(&self) {
        self.closing.send_replace(true);
    }

    /// Resolves once the server stops accepting connections (at once for a connection accepted
    /// after that). WebSockets then close, so their clients reconnect to another instance
    /// instead of holding this one up until the grace period runs out.
    pub async fn closing(&self) {
        let mut receiver = self.closing.subscribe();
        let _ = receiver.wait_for(|closing| *closing).await;
    }
}

/// Resolves at SIGTERM or SIGINT (Ctrl-C).
pub async fn termination_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = terminate.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(err) => {
                tracing::warn!(error = %err, "cannot listen for SIGTERM; only Ctrl-C stops");
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
