//! Typed settings: defaults, then an optional TOML file, then `SKUPAJ_*` environment variables
//! (and the conventional `DATABASE_URL`). Secrets are `SecretString`s: their `Debug` prints
//! `[REDACTED]`, so logging the settings never leaks them.

use std::path::Path;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use skupaj_domain::retention::RetentionPolicy;
use skupaj_domain::suppression::MinCell;

/// Where the server runs; production is strict, development is convenient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    /// Ephemeral JWT key when none is set, GraphiQL and introspection on, any localhost origin.
    #[default]
    Development,
    /// Refuses to start without a JWT key; GraphiQL, introspection and suggestions are off.
    Production,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub environment: Environment,
    /// `sqlite://path?mode=rwc` (the default, a file under `./data/`) or `postgres://…`.
    pub database_url: String,
    /// Address and port to listen on; port 0 picks a free one.
    pub bind_address: String,
    /// The address people reach the server at, used in printed hints and, later, e-mail links.
    pub public_url: Option<String>,
    /// HMAC key for access tokens (HS256), at least 32 bytes.
    pub jwt_secret: Option<SecretString>,
    pub jwt_issuer: String,
    pub jwt_audience: String,
    pub access_token_ttl_seconds: u64,
    pub refresh_token_ttl_seconds: u64,
    /// Browser origins allowed to call the API (CORS). In development any localhost origin is.
    pub cors_allowed_origins: Vec<String>,
    /// The largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// A `tracing` filter, e.g. `info` or `skupaj=debug,info`.
    pub log_filter: String,
    /// How often to expire referrals past their respond-by date and send the scheduled notices
    /// (session tomorrow, consent expiring, follow-up due); 0 turns the scan off.
    pub schedule_interval_seconds: u64,
    /// How many working days (Monday to Friday) before a referral's respond-by date the
    /// receiving organisation is reminded to answer; 0 turns the reminder off.
    pub respond_by_reminder_working_days: u32,
    /// Failed sign-ins allowed per account within the window before `RATE_LIMITED`.
    pub auth_failures_per_account: u64,
    /// Failed sign-ins and refreshes allowed per client address within the window.
    pub auth_failures_per_address: u64,
    /// The window of the two limits above, in seconds.
    pub auth_failure_window_seconds: u64,
    /// Where e-mail goes: `smtp://host:port` (no TLS), `smtp://user:pass@host:587?tls=required`
    /// (STARTTLS) or `smtps://user:pass@host:465`. Holds credentials, so it is a secret.
    pub smtp_url: Option<SecretString>,
    /// Without `smtp_url`: the folder e-mails are written to as `.eml` files (development), or
    /// none to only log them.
    pub mail_folder: Option<String>,
    /// The sender of every e-mail.
    pub mail_from: String,
    /// Links in notifications point at `{notification_link_base}/notifications/{id}` (the
    /// frontend); by default the public URL.
    pub notification_link_base: Option<String>,
    /// How often the outbox worker looks for due e-mails, in milliseconds.
    pub outbox_poll_ms: u64,
    /// How long a worker's claim on an e-mail lasts, in seconds (a crashed worker's e-mails are
    /// due again after it).
    pub outbox_lease_seconds: u64,
    /// How long after it was written an e-mail is retried before it becomes a dead letter.
    pub outbox_deadline_seconds: u64,
    /// How often a single SQLite instance looks for new notifications to push live, in ms.
    pub live_poll_ms: u64,
    /// The unit of the outbox's exponential backoff, in ms: retries wait 2, 4, 8, … units.
    pub outbox_backoff_ms: u64,
    /// On SIGTERM, how long requests in flight may take to finish, in seconds, before their
    /// connections are cut.
    pub shutdown_grace_seconds: u64,
    /// HTTP worker threads; 0 means one per CPU core.
    pub http_workers: usize,
    /// On SIGTERM, how long to keep serving with `/readyz` answering 503, so that a proxy takes
    /// the instance out of rotation before it stops accepting, in seconds.
    pub shutdown_drain_seconds: u64,
    /// Reverse proxies (addresses or networks, e.g. `10.0.0.5` or `10.0.0.0/8`) whose
    /// `Forwarded` / `X-Forwarded-For` and `X-Request-Id` headers are believed. None by default.
    pub trusted_proxies: Vec<String>,
    /// `text` (default) or `json`: one JSON object per log line.
    pub log_format: LogFormat,
    /// How many e-mails one instance sends at once, each on its own SMTP connection
    /// (`SKUPAJ_OUTBOX_CONCURRENCY`, at least 1).
    pub outbox_concurrency: usize,
    /// k of small-cell suppression: the smallest group of people an aggregate shown to someone
    /// not entitled to its rows may describe (`SKUPAJ_SUPPRESSION_MIN_CELL`, default 5, at
    /// least 3).
    pub suppression_min_cell: u32,
    /// How often retention runs (`SKUPAJ_RETENTION_INTERVAL_SECONDS`, default a day); 0 turns
    /// it off (`skupaj retention` still runs it by hand).
    pub retention_interval_seconds: u64,
    /// A participant with no open referral, no enrolment holding or waiting for a place and no
    /// activity for this many months is anonymised (`SKUPAJ_RETENTION_PARTICIPANT_MONTHS`,
    /// default 24; 0: never).
    pub retention_participant_months: u32,
    /// Audit entries older than this many years are deleted (`SKUPAJ_RETENTION_AUDIT_YEARS`,
    /// default 6; 0: never).
    pub retention_audit_years: u32,
    /// Sent e-mails leave the outbox this many days after sending
    /// (`SKUPAJ_RETENTION_SENT_EMAIL_DAYS`, default 30; 0: never).
    pub retention_sent_email_days: u32,
    /// Dead letters leave the outbox this many days after they were written
    /// (`SKUPAJ_RETENTION_DEAD_LETTER_DAYS`, default 90; 0: never).
    pub retention_dead_letter_days: u32,
    /// How long an emergency access ("break-the-glass") grant lasts, in seconds
    /// (`SKUPAJ_EMERGENCY_ACCESS_SECONDS`, default 86 400: 24 hours; at least 1).
    pub emergency_access_seconds: u64,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines; coloured only when standard error is a terminal.
    #[default]
    Text,
    /// One JSON object per line (time, level, message and the request's fields).
    Json,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            environment: Environment::Development,
            database_url: "sqlite://data/skupaj.db?mode=rwc".to_owned(),
            bind_address: "127.0.0.1:8080".to_owned(),
            public_url: None,
            jwt_secret: None,
            jwt_issuer: "skupaj".to_owned(),
            jwt_audience: "skupaj-api".to_owned(),
            access_token_ttl_seconds: 15 * 60,
            refresh_token_ttl_seconds: 30 * 24 * 60 * 60,
            cors_allowed_origins: Vec::new(),
            max_body_bytes: 64 * 1024,
            log_filter: "info".to_owned(),
            schedule_interval_seconds: 300,
            respond_by_reminder_working_days:
                skupaj_domain::schedule::DEFAULT_RESPOND_BY_REMINDER_WORKING_DAYS,
            auth_failures_per_account: 10,
            auth_failures_per_address: 100,
            auth_failure_window_seconds: 15 * 60,
            smtp_url: None,
            mail_folder: Some("data/mail".to_owned()),
            mail_from: "Skupaj <no-reply@skupaj.invalid>".to_owned(),
            notification_link_base: None,
            outbox_poll_ms: 1000,
            outbox_lease_seconds: 120,
            outbox_deadline_seconds: 24 * 60 * 60,
            live_poll_ms: 500,
            outbox_backoff_ms: 1000,
            shutdown_grace_seconds: 30,
            http_workers: 0,
            shutdown_drain_seconds: 0,
            trusted_proxies: Vec::new(),
            log_format: LogFormat::Text,
            outbox_concurrency: 8,
            suppression_min_cell: MinCell::DEFAULT.get(),
            retention_interval_seconds: 24 * 60 * 60,
            retention_participant_months: RetentionPolicy::DEFAULT_INACTIVE_MONTHS,
            retention_audit_years: RetentionPolicy::DEFAULT_AUDIT_YEARS,
            retention_sent_email_days: RetentionPolicy::DEFAULT_SENT_EMAIL_DAYS,
            retention_dead_letter_days: RetentionPolicy::DEFAULT_DEAD_LETTER_DAYS,
            emergency_access_seconds: 24 * 60 * 60,
        }
    }
}

/// Why the settings cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read settings: {0}")]
    Load(#[from] Box<figment::Error>),
    #[error("{0}")]
    Invalid(String),
}

/// The longest outbox lease or deadline accepted: ten years.
pub const MAX_PERIOD_SECONDS: u64 = 10 * 365 * 24 * 60 * 60;

/// The shortest HMAC key accepted: 256 bits, the strength of HS256 itself.
pub const MIN_JWT_SECRET_BYTES: usize = 32;

impl Settings {
    /// Reads the settings from `file` (when given and present) and the environment.
    pub fn load(file: Option<&Path>) -> Result<Self, SettingsError> {
        let mut figment = Figment::new();
        if let Some(file) = file {
            figment = figment.merge(Toml::file_exact(file));
        }
        let settings: Self = figment
            .merge(Env::prefixed("SKUPAJ_"))
            .merge(Env::raw().only(&["DATABASE_URL"]))
            .extract()
            .map_err(Box::new)?;
        settings.validate()?;
        Ok(settings)
    }

    /// Checks what no default can fix. Production without a strong JWT key is refused here.
    pub fn validate(&self) -> Result<(), SettingsError> {
        let secret_len = self
            .jwt_secret
            .as_ref()
            .map(|secret| secret.expose_secret().len());
        match (self.environment, secret_len) {
            (Environment::Production, None) => {
                return Err(SettingsError::Invalid(
                    "SKUPAJ_JWT_SECRET must be set in production".to_owned(),
                ));
            }
            (_, Some(len)) if len < MIN_JWT_SECRET_BYTES => {
                return Err(SettingsError::Invalid(format!(
                    "SKUPAJ_JWT_SECRET must be at least {MIN_JWT_SECRET_BYTES} bytes"
                )));
            }
            _ => {}
        }
        if self.is_production() && self.smtp_url.is_none() {
            // Without it e-mails would be written to files or the log and counted as sent.
            return Err(SettingsError::Invalid(
                "SKUPAJ_SMTP_URL must be set in production".to_owned(),
            ));
        }
        if self.outbox_concurrency == 0 {
            return Err(SettingsError::Invalid(
                "SKUPAJ_OUTBOX_CONCURRENCY must be at least 1".to_owned(),
            ));
        }
        // Durations are added to timestamps; beyond a few years they only overflow.
        if self.outbox_lease_seconds > MAX_PERIOD_SECONDS
            || self.outbox_deadline_seconds > MAX_PERIOD_SECONDS
        {
            return Err(SettingsError::Invalid(format!(
                "SKUPAJ_OUTBOX_LEASE_SECONDS and SKUPAJ_OUTBOX_DEADLINE_SECONDS must be at most \
                 {MAX_PERIOD_SECONDS}"
            )));
        }
        if MinCell::new(self.suppression_min_cell).is_err() {
            return Err(SettingsError::Invalid(format!(
                "SKUPAJ_SUPPRESSION_MIN_CELL must be at least {}",
                MinCell::FLOOR
            )));
        }
        // Periods are subtracted from now; beyond a few centuries they only overflow.
        if self.retention_participant_months > 1200
            || self.retention_audit_years > 100
            || self.retention_sent_email_days > 36_500
            || self.retention_dead_letter_days > 36_500
            || self.auth_failure_window_seconds > MAX_PERIOD_SECONDS
        {
            return Err(SettingsError::Invalid(
                "retention periods must be at most 100 years (SKUPAJ_RETENTION_*)".to_owned(),
            ));
        }
        if self.emergency_access_seconds == 0 || self.emergency_access_seconds > MAX_PERIOD_SECONDS
        {
            return Err(SettingsError::Invalid(format!(
                "SKUPAJ_EMERGENCY_ACCESS_SECONDS must be between 1 and {MAX_PERIOD_SECONDS}"
            )));
        }
        if self.access_token_ttl_seconds == 0 || self.refresh_token_ttl_seconds == 0 {
            return Err(SettingsError::Invalid(
                "token lifetimes must be positive".to_owned(),
            ));
        }
        Ok(())
    }

    /// The retention periods in force (the sign-in failures' window is the limits' own).
    pub fn retention_policy(&self) -> RetentionPolicy {
        RetentionPolicy {
            inactive_months: self.retention_participant_months,
            audit_years: self.retention_audit_years,
            sent_email_days: self.retention_sent_email_days,
            dead_letter_days: self.retention_dead_letter_days,
            rate_limit_window: chrono::Duration::seconds(
                i64::try_from(self.auth_failure_window_seconds).unwrap_or(i64::MAX / 1000),
            ),
        }
    }

    /// How long an emergency access grant lasts.
    pub fn grant_duration(&self) -> skupaj_domain::emergency_access::GrantDuration {
        skupaj_domain::emergency_access::GrantDuration::seconds(self.emergency_access_seconds)
    }

    /// k of small-cell suppression (checked by `validate`; the default if it was not).
    pub fn min_cell(&self) -> MinCell {
        MinCell::new(self.suppression_min_cell).unwrap_or_default()
    }

    pub fn is_production(&self) -> bool {
        self.environment == Environment::Production
    }
}

#[cfg(test)]
#[allow(clippy::result_large_err)] // figment's Jail closures return figment::Error
mod tests {
    use super::*;

    #[test]
    fn suppression_below_three_is_refused() {
        let mut settings = Settings {
            suppression_min_cell: 2,
            ..Settings::default()
        };
        assert!(settings.validate().is_err());
        settings.suppression_min_cell = 3;
        assert!(settings.validate().is_ok());
        assert_eq!(settings.min_cell().get(), 3);
        assert_eq!(Settings::default().min_cell().get(), 5);
    }

    #[test]
    fn environment_overrides_the_file_which_overrides_the_defaults() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "skupaj.toml",
                "bind_address = \"0.0.0.0:9000\"\nlog_filter = \"debug\"\naccess_token_ttl_seconds = 60",
            )?;
            jail.set_env("SKUPAJ_LOG_FILTER", "warn");
            jail.set_env("DATABASE_URL", "postgres://db.example/skupaj");
            let settings = Settings::load(Some(Path::new("skupaj.toml"))).expect("loads");
            assert_eq!(settings.bind_address, "0.0.0.0:9000");
            assert_eq!(settings.log_filter, "warn");
            assert_eq!(settings.access_token_ttl_seconds, 60);
            assert_eq!(settings.database_url, "postgres://db.example/skupaj");
            assert_eq!(settings.jwt_issuer, "skupaj");
            Ok(())
        });
    }

    #[test]
    fn production_from_the_environment_needs_a_key() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("SKUPAJ_ENVIRONMENT", "production");
            assert!(Settings::load(None).is_err());
            jail.set_env("SKUPAJ_JWT_SECRET", "0123456789abcdef0123456789abcdef");
            assert!(Settings::load(None).is_err(), "production also needs SMTP");
            jail.set_env("SKUPAJ_SMTP_URL", "smtp://mail.example:25");
            assert!(Settings::load(None).expect("loads").is_production());
            Ok(())
        });
    }

    #[test]
    fn production_refuses_to_start_without_a_key() {
        let settings = Settings {
            environment: Environment::Production,
            ..Settings::default()
        };
        assert!(settings.validate().is_err());
    }

    #[test]
    fn a_short_key_is_refused() {
        let settings = Settings {
            jwt_secret: Some(SecretString::from("too short")),
            ..Settings::default()
        };
        assert!(settings.validate().is_err());
    }

    #[test]
    fn the_outbox_concurrency_is_read_and_must_be_positive() {
        figment::Jail::expect_with(|jail| {
            assert_eq!(Settings::load(None).expect("loads").outbox_concurrency, 8);
            jail.set_env("SKUPAJ_OUTBOX_CONCURRENCY", "3");
            assert_eq!(Settings::load(None).expect("loads").outbox_concurrency, 3);
            jail.set_env("SKUPAJ_OUTBOX_CONCURRENCY", "0");
            assert!(Settings::load(None).is_err());
            jail.set_env("SKUPAJ_OUTBOX_CONCURRENCY", "many");
            assert!(Settings::load(None).is_err());
            Ok(())
        });
    }

    #[test]
    fn proxies_and_the_log_format_are_read_from_the_environment() {
        figment::Jail::expect_with(|jail| {
            let defaults = Settings::load(None).expect("loads");
            assert!(defaults.trusted_proxies.is_empty());
            assert_eq!(defaults.log_format, LogFormat::Text);
            jail.set_env("SKUPAJ_TRUSTED_PROXIES", "[10.0.0.5, 10.1.0.0/16]");
            jail.set_env("SKUPAJ_LOG_FORMAT", "json");
            let settings = Settings::load(None).expect("loads");
            assert_eq!(settings.trusted_proxies, ["10.0.0.5", "10.1.0.0/16"]);
            assert_eq!(settings.log_format, LogFormat::Json);
            Ok(())
        });
    }

    #[test]
    fn an_outbox_period_too_long_to_add_to_a_date_is_refused() {
        let settings = Settings {
            outbox_deadline_seconds: u64::MAX,
            ..Settings::default()
        };
        assert!(settings.validate().is_err());
        let settings = Settings {
            outbox_lease_seconds: MAX_PERIOD_SECONDS + 1,
            ..Settings::default()
        };
        assert!(settings.validate().is_err());
        assert!(Settings::default().validate().is_ok());
    }

    #[test]
    fn debug_output_never_shows_the_key() {
        let settings = Settings {
            jwt_secret: Some(SecretString::from("a-very-secret-key-of-at-least-32-bytes")),
            ..Settings::default()
        };
        assert!(!format!("{settings:?}").contains("very-secret"));
    }
}
