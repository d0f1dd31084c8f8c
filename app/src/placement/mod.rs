//! Placements: recording a job a participant started.

use chrono::Utc;
use skupaj_domain::DomainError;
use skupaj_domain::access::record_placement;
use skupaj_domain::placement::{Placement, PlacementInput, check_link};
use skupaj_persistence::placements::{self, NewPlacement};
use skupaj_persistence::{audit, enrolments, organisations, programmes};
use uuid::Uuid;

use crate::{AppResult, Handle};

/// A job to record: whose it is, what it follows (an enrolment, or a programme the participant
/// enrolled in; both optional) and the job itself.
#[derive(Debug, Clone)]
pub struct JobStarted {
    pub participant_id: Uuid,
    pub enrolment_id: Option<Uuid>,
    pub programme_id: Option<Uuid>,
    pub job: PlacementInput,
}

/// The use cases of placements.
#[derive(Debug, Clone, Copy)]
pub struct Placements<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Placements, as the actor may record them.
    pub fn placements(self) -> Placements<'a> {
        Placements(self)
    }
}

impl Placements<'_> {
    /// Records a job a participant started: by a case worker of a labour agency that sees the
    /// participant, or of an organiser of the programme it follows. `NOT_FOUND` for a
    /// participant the actor may not see and whose programme they do not organise.
    pub async fn record(&self, started: JobStarted) -> AppResult<Placement> {
        audit::about("Placement", None);
        let JobStarted {
            participant_id,
            enrolment_id,
            programme_id,
            job,
        } = started;
        let db = self.0.db();
        let sees_participant = !self
            .0
            .participants()
            .views_of(&[participant_id])
            .await?
            .is_empty();
        let enrolment = match enrolment_id {
            Some(id) => enrolments::get(db, id).await?,
            None => None,
        };
        // The programme the actor would record it as organiser of: the enrolment's, or the one
        // named.
        let linked = enrolment.as_ref().map(|e| e.programme_id).or(programme_id);
        let programme = match linked {
            Some(id) => programmes::get(db, id).await?,
            None => None,
        };
        let (recorded_by, permit) =
            match record_placement(self.0.actor(), sees_participant, programme.as_ref()) {
                Ok(allowed) => allowed,
                // Refusing would tell that the participant exists.
                Err(_) if !sees_participant => return Err(DomainError::NotFound.into()),
                Err(refused) => return Err(refused.into()),
            };
        if enrolment_id.is_some() && enrolment.is_none() {
            return Err(DomainError::validation("enrolmentId", "no such enrolment").into());
        }
        let mut enrolment_link = enrolment
            .as_ref()
            .map(|e| (e.participant_id, e.programme_id));
        let mut enrolment_id = enrolment.as_ref().map(|e| e.id);
        if enrolment.is_none()
            && let Some(programme_id) = programme_id
        {
            // A programme named alone: the participant's latest enrolment in it.
            let theirs = enrolments::of_participant(db, participant_id)
                .await?
                .into_iter()
                .rfind(|e| e.programme_id == programme_id);
            let Some(theirs) = theirs else {
                return Err(DomainError::validation(
                    "programmeId",
                    "the participant has no enrolment in this programme",
                )
                .into());
            };
            enrolment_link = Some((theirs.participant_id, theirs.programme_id));
            enrolment_id = Some(theirs.id);
        }
        let programme_id = check_link(participant_id, enrolment_link, programme_id)?;
        if let Some(id) = job.employer_organisation_id
            && organisations::kind_of(db, id).await?.is_none()
        {
            return Err(DomainError::validation(
                "employerOrganisationId",
                "must be an organisation on the platform",
            )
            .into());
        }
        let details = job.validate(Utc::now().date_naive())?;
        Ok(placements::record(
            db,
            permit,
            NewPlacement {
                participant_id,
                enrolment_id,
                programme_id,
                details,
                recorded_by_organisation_id: recorded_by,
                recorded_by_user_id: self.0.actor().user_id,
            },
        )
        .await?)
    }
}
