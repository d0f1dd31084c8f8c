//! The list of emergency access grants.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Object};
use skupaj_app::AppError;
use skupaj_domain::DomainError;
use skupaj_domain::audit::AuditOutcome;

use crate::graphql::context::{actor, app};
use crate::graphql::emergency_access::EmergencyAccessGrant;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::{after_id, encode_cursor, page_size};

#[derive(Default)]
pub struct EmergencyAccessQuery;

#[Object]
impl EmergencyAccessQuery {
    /// Emergency access grants, newest first, active or not: every grant for platform
    /// auditors, those to the participants of their organisation for org admins. Anyone else
    /// gets `FORBIDDEN` (and the refusal is audited).
    async fn emergency_access_grants(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last grant of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, EmergencyAccessGrant>>> {
        let first = page_size(first)?;
        let after = after_id(after)?;
        let page = match app(ctx)?.emergency_access().list(after, first).await {
            Err(refused @ AppError::Refused(DomainError::Forbidden)) => {
                crate::graphql::audit::trail(ctx).record(
                    Some(actor(ctx)?),
                    "readEmergencyAccessGrants",
                    "EmergencyAccessGrant",
                    None,
                    AuditOutcome::Denied,
                );
                return Err(refused.into());
            }
            listed => listed?,
        };
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection
            .edges
            .extend(page.items.into_iter().map(|listing| {
                Edge::new(
                    encode_cursor(&listing.grant.id.to_string()),
                    EmergencyAccessGrant::from(listing),
                )
            }));
        Ok(Some(connection))
    }
}
