//! `skupaj retention [--dry-run] [--now …]`: what it prints and its exit status (the tests call
//! it directly, as they do `audit_chain`).

use chrono::{DateTime, SecondsFormat, Utc};
use skupaj_app::retention::{RetentionReport, RetentionRun};
use skupaj_domain::retention::RetentionPolicy;

/// Exit status: done.
pub const DONE: i32 = 0;
/// Exit status: a step failed; what it removed stays removed, run again to finish.
pub const STEP_FAILED: i32 = 1;
/// Exit status: another instance is running retention now; nothing was done.
pub const BUSY: i32 = 3;

/// Runs (or, with `dry_run`, counts) retention at `now`; answers the text to print and the
/// exit status.
pub async fn run(
    db: &skupaj_persistence::Database,
    policy: RetentionPolicy,
    now: DateTime<Utc>,
    dry_run: bool,
) -> anyhow::Result<(String, i32)> {
    let app = skupaj_app::App::new(db.clone());
    let retention = app.retention(policy);
    let at = now.to_rfc3339_opts(SecondsFormat::Secs, true);
    if dry_run {
        let report = retention.dry_run(now).await?;
        return Ok((
            format!(
                "Dry run at {at}: nothing was changed. Would remove:\n{}",
                lines(&report)
            ),
            DONE,
        ));
    }
    Ok(match retention.run(now).await? {
        RetentionRun::Busy => (
            "Another instance is running retention now: nothing was done here.\n".to_owned(),
            BUSY,
        ),
        RetentionRun::Done(report) if report.failed.is_empty() => (
            format!("Retention at {at}. Removed:\n{}", lines(&report)),
            DONE,
        ),
        RetentionRun::Done(report) => (
            format!(
                "Retention at {at}. Removed:\n{}Failed (left as it was; run again): {}\n",
                lines(&report),
                report.failed.join(", ")
            ),
            STEP_FAILED,
        ),
    })
}

fn lines(report: &RetentionReport) -> String {
    report
        .counts()
        .iter()
        .map(|(what, count)| format!("  {what}: {count}\n"))
        .collect()
}
