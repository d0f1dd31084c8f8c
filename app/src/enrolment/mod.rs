//! Enrolments: enrolling participants (and the referral that asked for it), the waitlist,
//! attendance, completion and follow-up outcomes. A referral into the programme follows each
//! change through the referral step ([`crate::referral::EnrolmentFollower`]).

use chrono::{NaiveDate, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access::{
    ParticipantFacet, acting_side, can_view_referral, change_enrolment, view_programme,
};
use skupaj_domain::calendar;
use skupaj_domain::enrolment::{
    AttendanceStatus, Enrolment, EnrolmentStatus, FollowUpOutcome, check_attendance_time,
    check_completion, check_eligibility,
};
use skupaj_domain::programme::Programme;
use skupaj_domain::referral::{ReferralStatus, Side};
use skupaj_persistence::enrolments::{self, NewEnrolment};
use skupaj_persistence::referrals::ActedBy;
use skupaj_persistence::{PersistenceError, audit, participants, programmes, referrals};
use uuid::Uuid;

use crate::{AppResult, Handle};

/// The use cases on enrolments, for one actor.
#[derive(Debug, Clone, Copy)]
pub struct Enrolments<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Enrolments in the programmes the actor's organisation runs.
    pub fn enrolments(self) -> Enrolments<'a> {
        Enrolments(self)
    }
}

impl Enrolments<'_> {
    /// Enrols a participant the actor may see (case workers of the lead or a partner):
    /// `ENROLLED` while places remain, `WAITLISTED` after. Eligibility may only look at what
    /// the actor may see (`ConsentRequired` otherwise); a referral it answers must be an
    /// accepted one of this participant to the actor's organisation, and follows it.
    pub async fn enrol(
        &self,
        programme_id: Uuid,
        participant_id: Uuid,
        referral_id: Option<Uuid>,
    ) -> AppResult<Enrolment> {
        audit::about("Enrolment", None);
        let actor = self.0.actor();
        let db = self.0.db();
        let programme = self.programme(programme_id).await?;
        let permit = change_enrolment(actor, &programme)?;
        if !programme.status.accepts_enrolment() {
            return Err(DomainError::InvalidTransition(format!(
                "a {} programme takes no enrolments",
                programme.status
            ))
            .into());
        }
        let view = self
            .0
            .participants()
            .views_of(&[participant_id])
            .await?
            .pop()
            .ok_or(DomainError::NotFound)?;
        let rules = &programme.profile.eligibility;
        let needed = [
            (!rules.legal_statuses.is_empty(), ParticipantFacet::Legal),
            (rules.min_language.is_some(), ParticipantFacet::Languages),
            (
                rules.min_age.is_some() || rules.max_age.is_some(),
                ParticipantFacet::Demographics,
            ),
        ];
        if needed
            .iter()
            .any(|(applies, facet)| *applies && !view.facets.contains(facet))
        {
            return Err(DomainError::ConsentRequired.into());
        }
        if let Some(referral_id) = referral_id {
            let referral = referrals::get(db, referral_id)
                .await?
                .ok_or(DomainError::NotFound)?;
            let places = referrals::places(db, &referral).await?;
            if !can_view_referral(actor, &referral, &places) {
                return Err(DomainError::NotFound.into());
            }
            if acting_side(actor, &referral)? != Side::Receiver
                || referral.participant_id != participant_id
            {
                return Err(DomainError::validation(
                    "referralId",
                    "must be a referral of this participant to your organisation",
                )
                .into());
            }
            if referral.programme_id.is_some_and(|p| p != programme_id) {
                return Err(
                    DomainError::validation("referralId", "refers into another programme").into(),
                );
            }
            if !matches!(
                referral.status,
                ReferralStatus::Accepted | ReferralStatus::InProgress | ReferralStatus::OnHold
            ) {
                return Err(DomainError::InvalidTransition(
                    "enrol from an accepted referral".to_owned(),
                )
                .into());
            }
        }
        let participant = participants::get(db, participant_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        check_eligibility(
            &programme.profile.eligibility,
            &participant.profile,
            Utc::now().date_naive(),
        )?;
        let new = NewEnrolment {
            programme_id,
            participant_id,
            referral_id,
            enrolled_by: self.acted_by(),
        };
        let follower = self.0.referral_follower();
        Ok(enrolments::enrol(db, permit, new, &follower).await?)
    }

    /// Ends an enrolment before completion (`DROPPED_OUT` when `dropped_out`, else
    /// `WITHDRAWN`); its referral closes, and a freed place goes to the first of the waitlist,
    /// whose referral resumes. Answers the enrolment as it now is and the promoted one.
    pub async fn withdraw(
        &self,
        id: Uuid,
        dropped_out: bool,
    ) -> AppResult<(Enrolment, Option<Enrolment>)> {
        audit::about("Enrolment", Some(id));
        let (enrolment, _, permit) = self.find_run(id).await?;
        let status = if dropped_out {
            EnrolmentStatus::DroppedOut
        } else {
            EnrolmentStatus::Withdrawn
        };
        let follower = self.0.referral_follower();
        enrolments::leave(self.0.db(), permit, enrolment.id, status, &follower)
            .await
            .map_err(|err| match err {
                PersistenceError::Stale => {
                    DomainError::InvalidTransition("the enrolment has already ended".to_owned())
                        .into()
                }
                other => other.into(),
            })
    }

    /// Records attendance at a session that has started (case workers of the lead or a
    /// partner): each entry a place in this programme. Answers how many were recorded.
    pub async fn record_attendance(
        &self,
        session_id: Uuid,
        entries: Vec<(Uuid, AttendanceStatus)>,
    ) -> AppResult<usize> {
        audit::about("ProgrammeSession", Some(session_id));
        let db = self.0.db();
        let session = programmes::session(db, session_id)
            .await?
            .ok_or(PersistenceError::NotFound)?;
        let programme = self.programme(session.programme_id).await?;
        let permit = change_enrolment(self.0.actor(), &programme)?;
        check_attendance_time(session.starts_at, Utc::now())?;
        for (index, (id, _)) in entries.iter().enumerate() {
            let enrolment = enrolments::get(db, *id).await?;
            if !enrolment.is_some_and(|e| {
                e.programme_id == programme.id
                    && matches!(
                        e.status,
                        EnrolmentStatus::Enrolled | EnrolmentStatus::Completed
                    )
            }) {
                return Err(DomainError::validation(
                    format!("entries[{index}].enrolmentId"),
                    "is not a place in this programme",
                )
                .into());
            }
        }
        enrolments::record_attendance(db, permit, session_id, &entries).await?;
        Ok(entries.len())
    }

    /// Completes an enrolment (`completed_on` today by default, not in the future), refused
    /// below the programme's minimum attendance; its referral completes with it.
    pub async fn complete(
        &self,
        id: Uuid,
        modules_completed: &[String],
        certificate_awarded: bool,
        completed_on: Option<NaiveDate>,
    ) -> AppResult<Enrolment> {
        audit::about("Enrolment", Some(id));
        let (enrolment, programme, permit) = self.find_run(id).await?;
        if enrolment.status != EnrolmentStatus::Enrolled {
            return Err(DomainError::InvalidTransition(format!(
                "only an enrolled participant completes; this enrolment is {}",
                enrolment.status
            ))
            .into());
        }
        for (index, module) in modules_completed.iter().enumerate() {
            if !programme.profile.modules.contains(module) {
                return Err(DomainError::validation(
                    format!("modulesCompleted[{index}]"),
                    "is not a module of this programme",
                )
                .into());
            }
        }
        let today = Utc::now().date_naive();
        let completed_on = calendar::date("completedOn", completed_on.unwrap_or(today))?;
        if completed_on > today {
            return Err(DomainError::validation("completedOn", "must not be in the future").into());
        }
        let db = self.0.db();
        let (present, sessions) = enrolments::attendance_of(db, &enrolment, Utc::now()).await?;
        check_completion(present, sessions, programme.profile.min_attendance_percent)?;
        let follower = self.0.referral_follower();
        Ok(enrolments::complete(
            db,
            permit,
            enrolment.id,
            modules_completed,
            certificate_awarded,
            completed_on,
            &follower,
        )
        .await?)
    }

    /// Records what a participant did after completing, on a day between completion and today.
    pub async fn record_outcome(
        &self,
        id: Uuid,
        outcome: FollowUpOutcome,
        on: NaiveDate,
    ) -> AppResult<Enrolment> {
        audit::about("Enrolment", Some(id));
        let (enrolment, _, permit) = self.find_run(id).await?;
        let Some(completed_on) = enrolment
            .completed_on
            .filter(|_| enrolment.status == EnrolmentStatus::Completed)
        else {
            return Err(DomainError::InvalidTransition(
                "outcomes follow a completed enrolment".to_owned(),
            )
            .into());
        };
        if on < completed_on || on > Utc::now().date_naive() {
            return Err(
                DomainError::validation("on", "must be between completion and today").into(),
            );
        }
        enrolments::record_outcome(self.0.db(), permit, enrolment.id, outcome, on).await?;
        Ok(enrolment)
    }

    /// The programme of an enrolment, when the actor may see it.
    pub async fn programme_of(&self, enrolment: &Enrolment) -> AppResult<Option<Programme>> {
        Ok(programmes::get(self.0.db(), enrolment.programme_id)
            .await?
            .filter(|p| view_programme(Some(self.0.actor()), p)))
    }

    /// The follow-up outcomes of an enrolment, oldest first.
    pub async fn follow_ups(
        &self,
        enrolment: &Enrolment,
    ) -> AppResult<Vec<(FollowUpOutcome, NaiveDate)>> {
        Ok(enrolments::outcomes(self.0.db(), enrolment.id).await?)
    }

    /// A programme the actor may see, else `Storage(NotFound)`.
    async fn programme(&self, id: Uuid) -> AppResult<Programme> {
        Ok(programmes::get(self.0.db(), id)
            .await?
            .filter(|programme| view_programme(Some(self.0.actor()), programme))
            .ok_or(PersistenceError::NotFound)?)
    }

    /// The enrolment, its programme and the permit to change it, if the actor's organisation
    /// runs the programme; `Storage(NotFound)` otherwise.
    async fn find_run(
        &self,
        id: Uuid,
    ) -> AppResult<(Enrolment, Programme, skupaj_domain::access::Permit)> {
        let enrolment = enrolments::get(self.0.db(), id)
            .await?
            .ok_or(PersistenceError::NotFound)?;
        let programme = self.programme(enrolment.programme_id).await?;
        let permit =
            change_enrolment(self.0.actor(), &programme).map_err(|_| PersistenceError::NotFound)?;
        Ok((enrolment, programme, permit))
    }

    fn acted_by(&self) -> ActedBy {
        let actor = self.0.actor();
        ActedBy {
            user_id: Some(actor.user_id),
            organisation_id: actor.organisation_id(),
        }
    }
}
