//! Emergency access ("break-the-glass"): asking for temporary access to the parts of a
//! participant's record the consent does not share, and listing the grants. What a grant opens
//! is applied where participants are read (`participant::visible`); the reads under it are
//! audited with its reason by whoever shows the fields.

use chrono::{SubsecRound, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access::{emergency_grant_scope, request_emergency_access};
use skupaj_domain::emergency_access::{EmergencyGrant, EmergencyReason};
use skupaj_persistence::audit;
use skupaj_persistence::emergency_access;
/// One grant as the list shows it (the repository's row, handed to the API as is).
pub use skupaj_persistence::emergency_access::GrantListing;
use skupaj_persistence::page::Page;
use uuid::Uuid;

use crate::{AppResult, Handle};

/// The use cases of emergency access.
#[derive(Debug, Clone, Copy)]
pub struct EmergencyAccess<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Emergency access to participants' records.
    pub fn emergency_access(self) -> EmergencyAccess<'a> {
        EmergencyAccess(self)
    }
}

impl EmergencyAccess<'_> {
    /// Grants the actor emergency access to participant `participant_id` for the configured
    /// duration, and tells the owning organisation's admins and the platform auditors.
    /// `Forbidden` (whether or not the participant exists) unless the actor is a case worker
    /// of an organisation other than the owner holding an open referral for them;
    /// `Validation` on `reason` when it is missing or too short.
    pub async fn request(&self, participant_id: Uuid, reason: &str) -> AppResult<EmergencyGrant> {
        audit::about("EmergencyAccessGrant", None);
        let actor = self.0.actor();
        let db = self.0.db();
        let owner = emergency_access::owner_of(db, participant_id).await?;
        let engaged = match (owner, actor.organisation_id()) {
            (Some(_), Some(organisation)) => {
                emergency_access::engaged_through_open_referral(db, participant_id, organisation)
                    .await?
            }
            _ => false,
        };
        let permit = request_emergency_access(actor, owner, engaged)?;
        let (Some(owner), Some(organisation)) = (owner, actor.organisation_id()) else {
            return Err(DomainError::Forbidden.into());
        };
        let reason = EmergencyReason::parse(reason).map_err(DomainError::from)?;
        // Microseconds, as both databases keep them: the grant answered now reads the same
        // as the grant listed later.
        let granted_at = Utc::now().trunc_subsecs(6);
        let grant = EmergencyGrant {
            id: Uuid::now_v7(),
            participant_id,
            user_id: actor.user_id,
            organisation_id: organisation,
            reason: reason.as_str().to_owned(),
            granted_at,
            expires_at: self.0.grant_duration().expiry(granted_at),
        };
        emergency_access::grant(db, permit, &grant, owner).await?;
        Ok(grant)
    }

    /// A page of grants, newest first: every grant for platform auditors, those to the
    /// participants of their organisation for org admins; `Forbidden` for everyone else.
    pub async fn list(&self, after: Option<Uuid>, first: u64) -> AppResult<Page<GrantListing>> {
        let scope = emergency_grant_scope(self.0.actor())?;
        Ok(emergency_access::list(self.0.db(), scope, after, first).await?)
    }
}
