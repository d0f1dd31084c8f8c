//! Asking for emergency access.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use uuid::Uuid;

use crate::graphql::audit::AuditedPayload;
use crate::graphql::context::app;
use crate::graphql::emergency_access::EmergencyAccessGrant;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;

/// What an emergency access request names.
#[derive(InputObject, Debug)]
pub struct RequestEmergencyAccessInput {
    /// The participant.
    pub participant_id: ID,
    /// Why access outside the consent is needed now (15 to 1000 characters). It is shown to the
    /// owning organisation's admins and the auditors and written with every read under the
    /// grant: say what the emergency is, not who the person is.
    pub reason: String,
}

/// The grant made.
#[derive(SimpleObject, Debug)]
pub struct RequestEmergencyAccessPayload {
    /// The grant.
    pub grant: EmergencyAccessGrant,
}

impl AuditedPayload for RequestEmergencyAccessPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.grant.grant.id)
    }
}

#[derive(Default)]
pub struct EmergencyAccessMutation;

#[Object]
impl EmergencyAccessMutation {
    /// Asks for emergency access ("break-the-glass") to the parts of a participant's record the
    /// consent does not share. A case manager or staff member of an organisation other than the
    /// owner that holds an open referral for the participant (sent, accepted, in progress or on
    /// hold; either side) gets it at once, for the configured duration (24 hours by default);
    /// the owning organisation's admins and the platform auditors are notified, and every read
    /// under it is audited with the reason. `FORBIDDEN` for anyone else, whether or not the
    /// participant exists; `VALIDATION` on `reason` when it is missing or too short.
    async fn request_emergency_access(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The participant and the reason.")] input: RequestEmergencyAccessInput,
    ) -> ApiResult<RequestEmergencyAccessPayload> {
        let access = app(ctx)?.emergency_access();
        let participant = parse_id("participantId", &input.participant_id)?;
        let grant = access.request(participant, &input.reason).await?;
        Ok(RequestEmergencyAccessPayload {
            grant: EmergencyAccessGrant {
                grant,
                reference_code: None,
            },
        })
    }
}
