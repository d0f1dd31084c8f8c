//! `skupaj audit verify`: checks the audit log's hash chain and says what it found.

use skupaj_persistence::audit::{self, ChainReport};

/// What `skupaj audit verify` prints, and whether the chain is intact (the command then exits
/// with 0, otherwise 1).
pub async fn verify(db: &skupaj_persistence::Database) -> anyhow::Result<(bool, String)> {
    Ok(match audit::verify(db).await? {
        ChainReport::Intact { entries, pruned: 0 } => (
            true,
            format!("OK: the audit log's {entries} entries form an unbroken chain\n"),
        ),
        ChainReport::Intact { entries, pruned } => (
            true,
            format!(
                "OK: the audit log's {entries} entries form an unbroken chain from the \
                 retention checkpoint (entries 1 to {pruned} were deleted by retention)\n"
            ),
        ),
        ChainReport::Broken {
            id,
            at,
            seq,
            problem,
        } => (
            false,
            format!(
                "BROKEN: the first broken link is entry {id} (at {}, number {}): {problem}\n",
                at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
                seq.map_or_else(|| "none".to_owned(), |seq| seq.to_string()),
            ),
        ),
    })
}
