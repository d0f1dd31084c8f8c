//! Opening the database: an SQLite file by default, PostgreSQL when the URL says so.

use std::path::Path;
use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, ConnectionTrait, DatabaseConnection, DbBackend, DbErr};
use sea_orm_migration::MigratorTrait;

use crate::migration::Migrator;

/// The open database, shared by every request.
pub type Database = DatabaseConnection;

/// How long a writer waits for SQLite's single write lock before giving up.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Connects to `url`. For SQLite the file and its folder are created when missing, and every
/// connection runs in WAL mode with foreign keys enforced and a busy timeout, so that readers
/// never block the writer and a short write burst waits instead of failing.
pub async fn connect(url: &str) -> Result<Database, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    // Statement logging would put parameter values, which can be personal data, into the log.
    options.sqlx_logging(false);
    if is_sqlite(url) {
        ensure_sqlite_folder(url)?;
        options.max_connections(8).map_sqlx_sqlite_opts(|opts| {
            opts.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(SQLITE_BUSY_TIMEOUT)
        });
    } else {
        options.max_connections(16);
    }
    sea_orm::Database::connect(options).await
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
