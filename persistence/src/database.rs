//! Opening the database: an SQLite file by default, PostgreSQL when the URL says so.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    ExecResult, QueryResult, SqliteTransactionMode, Statement, TransactionOptions,
    TransactionTrait,
};
use sea_orm_migration::MigratorTrait;
use tokio::sync::OwnedMutexGuard;

use crate::migration::Migrator;

/// The open database, shared by every request.
pub type Database = DatabaseConnection;

/// How long a pooled connection may sit idle and still be handed out without a check. Under
/// load a connection is reused within milliseconds; a quiet pool checks nearly every time.
const IDLE_BEFORE_CHECK: Duration = Duration::from_secs(1);

/// How long a writer waits for SQLite's single write lock before giving up.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Connects to `url`. For SQLite the file and its folder are created when missing, and every
/// connection runs in WAL mode with foreign keys enforced and a busy timeout, so that readers
/// never block the writer and a short write burst waits instead of failing.
pub async fn connect(url: &str) -> Result<Database, DbErr> {
    connect_sized(url, default_pool_size(url)).await
}

/// How many connections a process's pool on `url` opens at most: 8 on SQLite, 16 on
/// PostgreSQL.
pub fn default_pool_size(url: &str) -> u32 {
    if is_sqlite(url) { 8 } else { 16 }
}

/// Connects to `url` as [`connect`] does, with a pool of at most `max_connections`.
pub async fn connect_sized(url: &str, max_connections: u32) -> Result<Database, DbErr> {
    sea_orm::Database::connect(options(url, max_connections)?).await
}

/// A pool as [`connect_sized`] opens it, which connects only at its first statement: opening
/// it cannot fail, and a database that does not answer fails that statement, as it would fail
/// any later one.
pub async fn connect_lazily(url: &str, max_connections: u32) -> Result<Database, DbErr> {
    let mut options = options(url, max_connections)?;
    options.connect_lazy(true);
    sea_orm::Database::connect(options).await
}

/// The options of every pool on `url`.
fn options(url: &str, max_connections: u32) -> Result<ConnectOptions, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options.max_connections(max_connections.max(1));
    // Statement logging would put parameter values, which can be personal data, into the log.
    options.sqlx_logging(false);
    // The driver checks every connection as it goes back to the pool; checking it again as it
    // comes out cost a round trip per statement (a third of the dashboard's round trips on
    // PostgreSQL). Only a connection left idle long enough for a restarted server, a proxy or a
    // firewall to have dropped it is checked before use.
    options.test_before_acquire_if_idle_for(IDLE_BEFORE_CHECK);
    if is_sqlite(url) {
        ensure_sqlite_folder(url)?;
        options.map_sqlx_sqlite_opts(|opts| {
            opts.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(SQLITE_BUSY_TIMEOUT)
        });
    }
    Ok(options)
}

/// Brings the schema up to date. Safe to run on every start.
pub async fn migrate(db: &Database) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// A trivial statement, for the readiness probe.
pub async fn ping(db: &Database) -> Result<(), DbErr> {
    db.execute_unprepared("SELECT 1").await.map(|_| ())
}

/// Which database this is, for messages to operators.
pub fn backend_name(db: &Database) -> &'static str {
    match db.get_database_backend() {
        DbBackend::Postgres => "PostgreSQL",
        DbBackend::Sqlite => "SQLite",
        _ => "unsupported",
    }
}

/// Whether every pool opened on `url` reaches the same data: not an in-memory SQLite database,
/// which each pool opens anew and empty.
pub fn pools_share_data(url: &str) -> bool {
    !(is_sqlite(url) && (url.contains(":memory:") || url.contains("mode=memory")))
}

fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

fn ensure_sqlite_folder(url: &str) -> Result<(), DbErr> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    match Path::new(path).parent() {
        Some(folder) if !folder.as_os_str().is_empty() => std::fs::create_dir_all(folder)
            .map_err(|err| DbErr::Custom(format!("cannot create {}: {err}", folder.display()))),
        _ => Ok(()),
    }
}

/// A transaction that writes. On SQLite it holds the process's write turn for its whole life:
/// SQLite lets one writer in at a time, and writers that found the lock taken used to sleep in
/// the busy handler's growing steps (up to 100 ms each), which gave W3 a p99 forty times its
/// p50. Writers now queue in arrival order on an async lock, then start with `BEGIN IMMEDIATE`,
/// so the write lock is theirs at once and a read never turns into a failed upgrade. Reads take
/// no turn and are never blocked (WAL). On PostgreSQL it is a plain transaction.
///
/// Take the turn before anything else in the transaction and never begin a second write
/// transaction on the database while holding one (it would wait for itself).
pub struct WriteTransaction {
    txn: DatabaseTransaction,
    _turn: Option<OwnedMutexGuard<()>>,
}

impl std::ops::Deref for WriteTransaction {
    type Target = DatabaseTransaction;

    fn deref(&self) -> &DatabaseTransaction {
        &self.txn
    }
}

/// Statements run inside the transaction, as on the transaction itself.
#[async_trait::async_trait]
impl ConnectionTrait for WriteTransaction {
    fn get_database_backend(&self) -> DbBackend {
        self.txn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.txn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.txn.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.txn.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.txn.query_all_raw(stmt).await
    }

    fn support_returning(&self) -> bool {
        self.txn.support_returning()
    }

    fn is_mock_connection(&self) -> bool {
        self.txn.is_mock_connection()
    }
}

impl WriteTransaction {
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }

    pub async fn rollback(self) -> Result<(), DbErr> {
        self.txn.rollback().await
    }
}

/// Begins a write transaction (see [`WriteTransaction`]).
pub async fn begin_write(db: &Database) -> Result<WriteTransaction, DbErr> {
    if db.get_database_backend() != DbBackend::Sqlite {
        return Ok(WriteTransaction {
            txn: db.begin().await?,
            _turn: None,
        });
    }
    let turn = write_turn(db).lock_owned().await;
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        })
        .await?;
    Ok(WriteTransaction {
        txn,
        _turn: Some(turn),
    })
}

/// The write turn of an SQLite database file, shared by every pool this process opens on it.
fn write_turn(db: &Database) -> Arc<tokio::sync::Mutex<()>> {
    static TURNS: OnceLock<std::sync::Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>> =
        OnceLock::new();
    let file = db
        .get_sqlite_connection_pool()
        .connect_options()
        .get_filename()
        .to_owned();
    let mut turns = TURNS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    turns.entry(file).or_default().clone()
}

#[cfg(test)]
mod tests {
    use super::pools_share_data;

    #[test]
    fn only_an_in_memory_database_is_not_shared_between_pools() {
        assert!(pools_share_data("postgres://postgres@127.0.0.1/skupaj"));
        assert!(pools_share_data("sqlite://data/skupaj.db?mode=rwc"));
        assert!(!pools_share_data("sqlite::memory:"));
        assert!(!pools_share_data("sqlite://file.db?mode=memory"));
    }
}
