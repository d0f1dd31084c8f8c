//! Each HTTP worker's own database pool.
//!
//! Why: a pooled connection belongs to the runtime that opened it, and each HTTP worker runs
//! on a runtime of its own that stops when the worker does (see [`crate::runtime`]). With one
//! pool for the whole process, a worker that stopped first during a shutdown broke the
//! connections other workers' requests were using, so every request handed its database work
//! to the application runtime and waited for it: two thread wake-ups per request, the largest
//! cost left on the dashboard at one connection (`BENCHMARKS.md`, "Where W1's time goes").
//! A worker's own pool connects on the worker's runtime and is used only by the queries that
//! worker serves. A worker stops only once its own requests have finished, so no connection
//! breaks under a request, and a query runs where it arrived. Mutations, and background work
//! (the outbox, the schedules, live subscriptions, exports), keep the application runtime and
//! its pool: a mutation must run to its end even when its client goes away or its worker
//! stops, and some leave work running after their answer.

use prometheus::IntCounter;
use skupaj_persistence::Database;
use tokio::sync::OnceCell;

/// The pool of one HTTP worker, made at its first query.
pub struct WorkerPool {
    url: String,
    max_connections: u32,
    /// Counts every statement, as the main pool's callback does.
    statements: IntCounter,
    pool: OnceCell<Database>,
}

impl WorkerPool {
    /// A pool of at most `max_connections` on `url`, not yet opened.
    pub fn new(url: String, max_connections: u32, statements: IntCounter) -> Self {
        Self {
            url,
            max_connections,
            statements,
            pool: OnceCell::new(),
        }
    }

    /// The pool, made on the calling (the worker's) runtime the first time. It connects at its
    /// first statement, so a database that does not answer fails that statement as it would on
    /// the main pool, and requests never queue behind a connection attempt here.
    pub async fn database(&self) -> anyhow::Result<&Database> {
        self.pool
            .get_or_try_init(|| async {
                let mut db =
                    skupaj_persistence::connect_lazily(&self.url, self.max_connections).await?;
                let statements = self.statements.clone();
                db.set_metric_callback(move |_| statements.inc());
                anyhow::Ok(db)
            })
            .await
    }
}

/// How many connections each worker's pool may open: the main pool's size shared out among
/// the workers (at least one each), so that adding workers does not multiply what the
/// database must accept.
pub fn per_worker(url: &str, workers: usize) -> u32 {
    let workers = u32::try_from(workers.max(1)).unwrap_or(u32::MAX);
    (skupaj_persistence::default_pool_size(url) / workers).max(1)
}

#[cfg(test)]
mod tests {
    use super::per_worker;

    #[test]
    fn shares_the_main_pool_size_among_the_workers() {
        assert_eq!(per_worker("postgres://db/skupaj", 2), 8);
        assert_eq!(per_worker("postgres://db/skupaj", 1), 16);
        assert_eq!(per_worker("sqlite://skupaj.db", 2), 4);
        assert_eq!(per_worker("sqlite://skupaj.db", 64), 1);
        assert_eq!(per_worker("postgres://db/skupaj", 0), 16);
    }
}
