//! The runtime of the process's background work and of its main database pool.
//!
//! Why a runtime of our own: actix-web runs each worker on its own single-threaded Tokio runtime,
//! and a pooled database connection belongs to the runtime that opened it. When one worker
//! stops first during a shutdown, every connection it opened breaks, also while a request on
//! another worker is using it (seen on PostgreSQL as `INTERNAL` answers for requests that had
//! committed). So the main pool is used only on [`AppRuntime`], the process's main runtime,
//! which outlives the workers: mutations and the work that is not a worker's own request (a
//! subscription's stream, an export, the metrics' figures) are handed to it. A GraphQL query
//! runs on its worker, on that worker's own pool (`http::worker_pool`).

use std::future::Future;

use tokio::runtime::Handle;

/// The runtime that owns the database pool and runs all database work: the one that built the
/// application (the process's main runtime).
#[derive(Debug, Clone)]
pub struct AppRuntime(Handle);

impl AppRuntime {
    /// The runtime this is called on.
    pub fn current() -> Self {
        Self(Handle::current())
    }

    /// Starts `work` on the application runtime (a subscription's stream, say).
    pub fn spawn<F>(&self, work: F) -> tokio::task::JoinHandle<F::Output>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        self.0.spawn(work)
    }

    /// Runs `work` on the application runtime and waits for it. `None` when it panicked (or
    /// the runtime is gone), which the caller answers as an internal error.
    pub async fn run<F>(&self, work: F) -> Option<F::Output>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        match self.0.spawn(work).await {
            Ok(output) => Some(output),
            Err(err) => {
                tracing::error!(error = %err, "request task failed");
                None
            }
        }
    }
}

/// The stack of the main runtime's threads. A GraphQL request is a deep nest of futures, and an
/// unoptimised (debug) build needs more than Tokio's default 2 MiB for the deepest queries.
pub const THREAD_STACK_BYTES: usize = 8 * 1024 * 1024;

/// The process's main runtime, on which the server is built and its database work runs.
pub fn main_runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .thread_stack_size(THREAD_STACK_BYTES)
        .enable_all()
        .build()
}
