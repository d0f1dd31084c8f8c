//! The audit log: what auditors read, and the entries that requests outside `/graphql` (the
//! CSV exports) write themselves.

use skupaj_domain::access::read_audit_log;
use skupaj_domain::audit::AuditRecord;
use skupaj_persistence::Database;
use skupaj_persistence::audit;
use skupaj_persistence::page::Page;
use uuid::Uuid;

pub use skupaj_persistence::audit::{AuditFilter, AuditLine};

use crate::{AppResult, Handle};

/// The use cases of the audit log.
#[derive(Debug, Clone, Copy)]
pub struct AuditLog<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// The audit log, as the actor may read and write it.
    pub fn audit_log(self) -> AuditLog<'a> {
        AuditLog(self)
    }
}

impl<'a> AuditLog<'a> {
    /// The log opened for reading: auditors only, anyone else is refused with `Forbidden`
    /// (asked before the request's filter is even looked at).
    pub fn open(self) -> AppResult<AuditReader<'a>> {
        read_audit_log(self.0.actor())?;
        Ok(AuditReader(self.0))
    }

    /// Appends entries the actor's request made outside a GraphQL operation (an export), in
    /// one statement. Anyone's request is audited: this asks nothing of the policy.
    pub async fn append(&self, records: Vec<AuditRecord>) -> AppResult<()> {
        Ok(audit::append(self.0.db(), records).await?)
    }
}

/// The log opened by an auditor: made only by [`AuditLog::open`], once the policy said yes.
#[derive(Debug, Clone, Copy)]
pub struct AuditReader<'a>(Handle<'a>);

impl AuditReader<'_> {
    /// A page of the log, newest first, narrowed by `filter`.
    pub async fn list(
        &self,
        filter: &AuditFilter,
        after: Option<Uuid>,
        first: u64,
    ) -> AppResult<Page<AuditLine>> {
        Ok(audit::list(self.0.db(), filter, after, first).await?)
    }

    /// The entries `filter` keeps, for a CSV export. The export reads on after the request's
    /// handle is gone, so it holds its own database and filter.
    pub fn export(self, filter: AuditFilter) -> AuditExport {
        AuditExport {
            db: self.0.db().clone(),
            filter,
        }
    }
}

/// An export of the log the policy allowed: made only by [`AuditReader::export`].
#[derive(Debug, Clone)]
pub struct AuditExport {
    db: Database,
    filter: AuditFilter,
}

impl AuditExport {
    /// Up to `limit` entries after the one with id `after`, newest first, with the names of who
    /// acted: the pages of `auditLog` for the same filter. Three statements.
    pub async fn batch(&self, after: Option<Uuid>, limit: u64) -> AppResult<Page<AuditLine>> {
        Ok(audit::list(&self.db, &self.filter, after, limit).await?)
    }
}
