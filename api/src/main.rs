//! `skupaj`: run the server, migrate the database, print the schema, seed demo data, open the
//! first platform administrator account, verify the audit log's chain, or run retention.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use skupaj_api::demo::{self, DEMO_PASSWORD};
use skupaj_api::settings::Settings;
use skupaj_api::{Application, accounts, graphql, telemetry};
use skupaj_domain::membership::PlatformRole;
use skupaj_domain::password::NewPassword;
use skupaj_domain::user::NewUser;

#[derive(Parser)]
#[command(
    name = "skupaj",
    version,
    about = "Skupaj: coordination platform for migrant inclusion"
)]
struct Cli {
    /// A TOML settings file (values in the environment override it).
    #[arg(long, global = true, env = "SKUPAJ_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP server (migrating the database first).
    Serve {
        /// Fill an empty database with fictional demo data and print the logins.
        #[arg(long)]
        demo: bool,
    },
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// Print the GraphQL schema (SDL) to standard output.
    Schema,
    /// Create the demo data (idempotent), print the logins, then exit.
    SeedDemo,
    /// Open a platform administrator (or auditor) account. The password is read from
    /// SKUPAJ_ADMIN_PASSWORD or, when that is not set, from the first line of standard input.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Preferred language (ISO 639).
        #[arg(long, default_value = "en")]
        locale: String,
        /// Open an auditor account instead of an administrator.
        #[arg(long)]
        auditor: bool,
    },
    /// Work with the audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Remove what the retention periods (SKUPAJ_RETENTION_*) say has expired, once, and print
    /// how many of each kind went (counts only, never names). Exit status: 0 done, 1 a step
    /// failed (what went stays gone; run again to finish), 2 bad arguments or settings, 3
    /// another instance is running retention now (nothing was done).
    Retention {
        /// Print what would go, and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Act as if it were this moment (RFC 3339, e.g. 2031-01-01T00:00:00Z) rather than
        /// now: to see what will expire by then.
        #[arg(long, value_parser = parse_moment)]
        now: Option<chrono::DateTime<chrono::Utc>>,
    },
}

fn parse_moment(text: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|moment| moment.with_timezone(&chrono::Utc))
        .map_err(|err| format!("not an RFC 3339 moment ({err}), e.g. 2031-01-01T00:00:00Z"))
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the audit log's hash chain: prints OK, or the first broken link (entry id and
    /// time) and exits with status 1.
    Verify,
}

/// mimalloc rather than the system allocator: a GraphQL answer is many small allocations, and
/// glibc's malloc spent about a tenth of the server's time in them under load (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    skupaj_api::runtime::main_runtime()?.block_on(run())
}

async fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    if let Command::Schema = cli.command {
        write_stdout(&graphql::sdl())?;
        return Ok(());
    }
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(settings) => settings,
        Err(err) if matches!(cli.command, Command::Retention { .. }) => {
            eprintln!("error: {err}");
            std::process::exit(2);
        }
        Err(err) => return Err(err.into()),
    };
    telemetry::init(&settings.log_filter, settings.log_format);
    match cli.command {
        Command::Schema => Ok(()),
        Command::Migrate => {
            let db = open(&settings).await?;
            tracing::info!(
                database = skupaj_persistence::database::backend_name(&db),
                "schema up to date"
            );
            Ok(())
        }
        Command::SeedDemo => {
            let db = open(&settings).await?;
            seed_demo(&settings, &db).await
        }
        Command::CreateAdmin {
            email,
            name,
            locale,
            auditor,
        } => {
            let db = open(&settings).await?;
            let new_user = NewUser::parse(&email, &name, &locale)?;
            let password = NewPassword::parse("password", &read_admin_password()?)?;
            let role = if auditor {
                PlatformRole::Auditor
            } else {
                PlatformRole::PlatformAdmin
            };
            let user = accounts::ensure_platform_user(&db, &new_user, &password, role).await?;
            write_stdout(&format!("{role} account ready: {}\n", user.email))?;
            Ok(())
        }
        Command::Audit {
            command: AuditCommand::Verify,
        } => {
            let db = open(&settings).await?;
            let (intact, report) = skupaj_api::audit_chain::verify(&db).await?;
            write_stdout(&report)?;
            if !intact {
                std::process::exit(1);
            }
            Ok(())
        }
        Command::Retention { dry_run, now } => {
            let db = open(&settings).await?;
            let now = now.unwrap_or_else(chrono::Utc::now);
            let (text, status) =
                skupaj_api::retention_cli::run(&db, settings.retention_policy(), now, dry_run)
                    .await?;
            write_stdout(&text)?;
            if status != 0 {
                std::process::exit(status);
            }
            Ok(())
        }
        Command::Serve { demo } => {
            let db = open(&settings).await?;
            if demo {
                seed_demo(&settings, &db).await?;
            }
            let application = Application::build_with_database(settings.clone(), db)?;
            let base = settings.public_url.clone().unwrap_or_else(|| {
                format!("http://{}", display_address(&settings, application.port()))
            });
            tracing::info!(port = application.port(), "listening");
            let mut hint = format!(
                "Skupaj is serving GraphQL at {base}/graphql\n\
                 Notification e-mails go to {}\n",
                application.mail_goes_to()
            );
            if !settings.is_production() {
                hint.push_str(&format!("GraphiQL: {base}/graphiql\n"));
            }
            write_stdout(&hint)?;
            application.run_until_stopped().await?;
            Ok(())
        }
    }
}

async fn open(settings: &Settings) -> anyhow::Result<skupaj_persistence::Database> {
    let db = skupaj_persistence::connect(&settings.database_url)
        .await
        .context("cannot open the database (check DATABASE_URL)")?;
    skupaj_persistence::migrate(&db)
        .await
        .context("cannot migrate the database")?;
    Ok(db)
}

async fn seed_demo(settings: &Settings, db: &skupaj_persistence::Database) -> anyhow::Result<()> {
    if settings.is_production() {
        anyhow::bail!("demo data is for development only; refusing in production");
    }
    let report = demo::seed(db).await?;
    let mut out = format!(
        "Demo data: {} organisations, {} users, {} participants, {} referrals and {} programmes \
         created (what already exists is left as it is).\n\
         Every demo login uses the password: {DEMO_PASSWORD}\n",
        report.organisations_created,
        report.users_created,
        report.participants_created,
        report.referrals_created,
        report.programmes_created
    );
    for login in &report.logins {
        out.push_str(&format!(
            "  {:<42} {:<14} {}\n",
            login.email,
            login.role,
            login.organisation.unwrap_or("(platform)")
        ));
    }
    write_stdout(&out)
}

fn display_address(settings: &Settings, port: u16) -> String {
    let host = settings
        .bind_address
        .rsplit_once(':')
        .map(|(host, _)| host)
        .unwrap_or("127.0.0.1");
    let host = if host == "0.0.0.0" { "localhost" } else { host };
    format!("{host}:{port}")
}

fn read_admin_password() -> anyhow::Result<String> {
    if let Ok(password) = std::env::var("SKUPAJ_ADMIN_PASSWORD") {
        return Ok(password);
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// The CLI's output to the person running it (not a log line).
fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(())
}
