//! Stopping without failing anyone: the signal that starts a shutdown, and who is told.

use tokio::sync::watch;

/// Asks a running server to stop, and tells everyone that it is stopping. Cloning shares it.
#[derive(Debug, Clone)]
pub struct Shutdown {
    begun: watch::Sender<bool>,
}

impl Default for Shutdown {
    fn default() -> Self {
        Self {
            begun: watch::Sender::new(false),
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
