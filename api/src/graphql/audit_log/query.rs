//! The audit log, for auditors.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Object};
use skupaj_app::AppError;
use skupaj_domain::DomainError;

use crate::graphql::audit_log::{AuditEntry, AuditFilterInput};
use crate::graphql::context::{actor, app};
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::{after_id, encode_cursor, page_size};

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// The audit log, newest first. Auditors only; anyone else gets `FORBIDDEN`.
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the log to.")] filter: Option<AuditFilterInput>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last entry of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, AuditEntry>>> {
        let audit_log = match app(ctx)?.audit_log().open() {
            Err(AppError::Refused(DomainError::Forbidden)) => {
                crate::graphql::audit::trail(ctx).record(
                    Some(actor(ctx)?),
                    "readAuditLog",
                    "AuditLog",
                    None,
                    skupaj_domain::audit::AuditOutcome::Denied,
                );
                return Err(DomainError::Forbidden.into());
            }
            opened => opened?,
        };
        let filter = filter.unwrap_or_default().into_filter()?;
        let first = page_size(first)?;
        let after = after_id(after)?;
        let page = audit_log.list(&filter, after, first).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(page.items.into_iter().map(|entry| {
            Edge::new(
                encode_cursor(&entry.entry.id.to_string()),
                AuditEntry(entry),
            )
        }));
        Ok(Some(connection))
    }
}
