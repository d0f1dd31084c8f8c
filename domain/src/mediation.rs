//! Mediation requests: an interpreter or intercultural mediator for a language, a time and a
//! place (or remote), taken by a mediator who speaks the language.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::language::LanguageCode;
use crate::{DomainError, ValidationError, text};

closed_set! {
/// Where a mediation request stands.
pub enum MediationStatus {
    Requested,
    Assigned,
    Done,
    Cancelled,
}
}

closed_set! {
/// A step of a mediation request.
pub enum MediationAction {
    Take,
    Complete,
    Cancel,
}
}

/// `REQUESTED → ASSIGNED → DONE`, or `CANCELLED` before it is done.
pub fn mediation_transition(
    status: MediationStatus,
    action: MediationAction,
) -> Result<MediationStatus, DomainError> {
    use MediationAction as A;
    use MediationStatus as S;
    match (status, action) {
        (S::Requested, A::Take) => Ok(S::Assigned),
        (S::Assigned, A::Complete) => Ok(S::Done),
        (S::Requested | S::Assigned, A::Cancel) => Ok(S::Cancelled),
        _ => Err(DomainError::InvalidTransition(format!(
            "a {status} mediation request cannot take that step"
        ))),
    }
}

/// A request for an interpreter or mediator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediationRequest {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub requested_by: Uuid,
    pub language: LanguageCode,
    pub starts_at: DateTime<Utc>,
    pub place: Option<String>,
    pub remote: bool,
    pub referral_id: Option<Uuid>,
    pub session_id: Option<Uuid>,
    pub participant_id: Option<Uuid>,
    pub notes: Option<String>,
    pub status: MediationStatus,
    pub mediator_user_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
}

/// Checks the where and when of a request: in the future, and either remote or at a place.
pub fn check_request(
    starts_at: DateTime<Utc>,
    place: Option<&str>,
    remote: bool,
    notes: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(Option<String>, Option<String>), ValidationError> {
    crate::calendar::instant("startsAt", starts_at)?;
    if starts_at <= now {
        return Err(ValidationError::new("startsAt", "must be in the future"));
    }
    let place = text::optional("place", place, 300)?;
    if place.is_none() && !remote {
        return Err(ValidationError::new(
            "place",
            "give a place, or mark the request remote",
        ));
    }
    Ok((place, text::optional("notes", notes, 1000)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn the_status_machine() {
        use MediationAction as A;
        use MediationStatus as S;
        assert_eq!(mediation_transition(S::Requested, A::Take), Ok(S::Assigned));
        assert_eq!(mediation_transition(S::Assigned, A::Complete), Ok(S::Done));
        assert_eq!(
            mediation_transition(S::Assigned, A::Cancel),
            Ok(S::Cancelled)
        );
        assert!(mediation_transition(S::Requested, A::Complete).is_err());
        assert!(mediation_transition(S::Done, A::Cancel).is_err());
    }

    #[test]
    fn a_request_needs_a_future_time_and_a_place_or_remote() {
        let now = Utc::now();
        assert_eq!(
            check_request(now, Some("Koper"), false, None, now)
                .unwrap_err()
                .field,
            "startsAt"
        );
        let later = now + Duration::hours(2);
        assert_eq!(
            check_request(later, None, false, None, now)
                .unwrap_err()
                .field,
            "place"
        );
        assert!(check_request(later, None, true, None, now).is_ok());
    }
}
