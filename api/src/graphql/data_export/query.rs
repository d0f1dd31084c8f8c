//! `participantDataExport`: everything held about one person, as one JSON document.
//!
//! A `JSON` scalar rather than a tree of GraphQL types: the document is a file to hand to the
//! person (or to another controller) whole, versioned on its own (`formatVersion`), and a
//! data protection officer checks it field by field against the record of processing; letting
//! a client select parts of it would make "everything held" a matter of the query written.
//! The download (`GET /exports/participants/{id}/data.json`) is the same document.

use async_graphql::{Context, ID, Json, Object};
use skupaj_app::data_export::RequestOrigin;

use crate::graphql::audit::trail;
use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;

#[derive(Default)]
pub struct DataExportQuery;

#[Object]
impl DataExportQuery {
    /// Everything held about a participant, as one machine-readable JSON document (GDPR
    /// arts. 15 and 20): profile, consents, referrals with their history and notes (and the
    /// notes' earlier texts), enrolments with attendance and outcomes, placements, the life
    /// card (goals, entries and their earlier texts), mentorships and their meetings,
    /// mediation requests, tasks about them, and which organisations in which role read or
    /// changed their records and when. The document carries `format`, `formatVersion` and
    /// `generatedAt`; staff are named by organisation, never by person. Only the owning
    /// organisation's case managers and org admins: `NOT_FOUND` when the viewer does not see
    /// the participant at all, `FORBIDDEN` when they see them but may not export. Every
    /// export, and every refusal, is in the audit log (`participantDataExport`).
    async fn participant_data_export(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The participant whose data to export.")] participant_id: ID,
    ) -> ApiResult<Option<Json<serde_json::Value>>> {
        let exports = app(ctx)?.data_exports();
        let id = parse_id("participantId", &participant_id)?;
        let trail = trail(ctx);
        let origin = RequestOrigin {
            client_address: trail.client_address().map(str::to_owned),
            request_id: trail.request_id().map(str::to_owned),
        };
        let document = exports.participant(id, &origin).await?;
        Ok(Some(Json(document.to_json())))
    }
}
