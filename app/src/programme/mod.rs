//! Programmes: opening them, moving them through their status, changing them, scheduling their
//! sessions ([`Programmes`]), and the catalogue anyone may read ([`Catalogue`]).

mod catalogue;

pub use catalogue::Catalogue;
pub use skupaj_persistence::programmes::ProgrammeFilter;

use chrono::{DateTime, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access::{
    create_programme, manage_programme, schedule_sessions, view_enrolments,
};
use skupaj_domain::enrolment::Enrolment;
use skupaj_domain::programme::{
    PartnerRole, Programme, ProgrammeAction, ProgrammeChanges, ProgrammeInput, ProgrammeSession,
    ProgrammeStatus, check_editable, check_session, programme_transition,
};
use skupaj_persistence::page::Page;
use skupaj_persistence::{
    PersistenceError, audit, enrolments, organisations, programmes, stakeholder_groups,
};
use uuid::Uuid;

use crate::{AppResult, Handle};

/// A programme to open: its profile (its stakeholder group is checked, not trusted) and its
/// partners, in the order given.
#[derive(Debug, Clone)]
pub struct NewProgramme {
    pub profile: ProgrammeInput,
    pub partners: Vec<(Uuid, PartnerRole)>,
}

/// What changing a programme did.
#[derive(Debug, Clone)]
pub struct ProgrammeUpdated {
    /// The programme as it now is.
    pub programme: Programme,
    /// The enrolments that got a place because the capacity rose, first to arrive first.
    pub promoted: Vec<Enrolment>,
}

/// A session's new times or place: `None` keeps what it has (`place: Some(None)` moves it back
/// to the programme's venue).
#[derive(Debug, Clone, Default)]
pub struct SessionMove {
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub place: Option<Option<String>>,
}

/// The use cases of the programmes an organisation runs.
#[derive(Debug, Clone, Copy)]
pub struct Programmes<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Programmes, as the actor may run them.
    pub fn programmes(self) -> Programmes<'a> {
        Programmes(self)
    }
}

impl Programmes<'_> {
    /// Opens a programme as a draft, led by the actor's organisation (case workers only). The
    /// partners must be other existing organisations; the stakeholder group one the lead
    /// convenes or belongs to.
    pub async fn create(&self, new: NewProgramme) -> AppResult<Programme> {
        audit::about("Programme", None);
        let (lead, permit) = create_programme(self.0.actor())?;
        let db = self.0.db();
        for (index, (partner, _)) in new.partners.iter().enumerate() {
            if *partner == lead || organisations::kind_of(db, *partner).await?.is_none() {
                return Err(DomainError::validation(
                    format!("partners[{index}].organisationId"),
                    "must be another existing organisation",
                )
                .into());
            }
        }
        let profile = new.profile;
        if let Some(id) = profile.stakeholder_group_id {
            let group = stakeholder_groups::get(db, id).await?;
            if !group.is_some_and(|g| g.convener_id == lead || g.member_ids.contains(&lead)) {
                return Err(DomainError::validation(
                    "stakeholderGroupId",
                    "must be a group your organisation belongs to",
                )
                .into());
            }
        }
        let profile = profile.validate()?;
        Ok(programmes::create(db, permit, lead, &new.partners, &profile).await?)
    }

    /// Moves a programme on (publish, start, complete, cancel; lead organisation). Cancelling
    /// ends every active enrolment, and the referrals into it close with the participant
    /// withdrawn.
    pub async fn step(&self, id: Uuid, action: ProgrammeAction) -> AppResult<Programme> {
        audit::about("Programme", Some(id));
        let programme = self.visible(id).await?;
        let permit = manage_programme(self.0.actor(), &programme)?;
        let to = programme_transition(programme.status, action)?;
        let db = self.0.db();
        let programme = programmes::set_status(db, permit, id, programme.status, to).await?;
        if to == ProgrammeStatus::Cancelled {
            // Nobody waits for a cancelled programme.
            enrolments::end_all(db, id, &self.0.referral_follower()).await?;
        }
        Ok(programme)
    }

    /// Changes a programme's texts, dates, eligibility, capacity or settings (lead organisation;
    /// not once completed or cancelled). Raising the capacity gives the new places to the
    /// waitlist in arrival order; lowering it below the places taken is `CAPACITY`.
    pub async fn update(&self, id: Uuid, changes: ProgrammeChanges) -> AppResult<ProgrammeUpdated> {
        audit::about("Programme", Some(id));
        let programme = self.visible(id).await?;
        let permit = manage_programme(self.0.actor(), &programme)?;
        check_editable(programme.status)?;
        let profile = changes.apply(&programme.profile)?;
        let db = self.0.db();
        let updated = programmes::update(db, permit, id, &profile, &self.0.referral_follower())
            .await
            .map_err(|err| match err {
                PersistenceError::Stale => DomainError::InvalidTransition(
                    "the programme was completed or cancelled meanwhile".to_owned(),
                )
                .into(),
                other => crate::AppError::from(other),
            })?;
        let mut promoted = Vec::with_capacity(updated.promoted.len());
        for enrolment in updated.promoted {
            if let Some(enrolment) = enrolments::get(db, enrolment).await? {
                promoted.push(enrolment);
            }
        }
        Ok(ProgrammeUpdated {
            programme: updated.programme,
            promoted,
        })
    }

    /// Schedules a session (lead organisation, or a partner when the lead lets partners
    /// schedule sessions).
    pub async fn add_session(
        &self,
        programme_id: Uuid,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        place: Option<String>,
    ) -> AppResult<ProgrammeSession> {
        audit::about("ProgrammeSession", None);
        let programme = self.visible(programme_id).await?;
        let permit = schedule_sessions(self.0.actor(), &programme)?;
        let place = check_session(starts_at, ends_at, place.as_deref())?;
        Ok(
            programmes::add_session(self.0.db(), permit, programme_id, starts_at, ends_at, place)
                .await?,
        )
    }

    /// Moves a session that has not started to another time or place; the case workers of the
    /// participants with a place hear of it.
    pub async fn move_session(&self, id: Uuid, to: SessionMove) -> AppResult<ProgrammeSession> {
        audit::about("ProgrammeSession", Some(id));
        let (session, _, permit) = self.reschedulable(id).await?;
        let starts_at = to.starts_at.unwrap_or(session.starts_at);
        let ends_at = to.ends_at.unwrap_or(session.ends_at);
        let place = to.place.unwrap_or(session.place);
        let place = check_session(starts_at, ends_at, place.as_deref())?;
        if starts_at <= Utc::now() {
            return Err(DomainError::validation("startsAt", "must be in the future").into());
        }
        programmes::move_session(self.0.db(), permit, id, starts_at, ends_at, place)
            .await
            .map_err(session_started)
    }

    /// Cancels a session that has not started; the case workers of the participants with a
    /// place hear of it. Answers its programme.
    pub async fn cancel_session(&self, id: Uuid) -> AppResult<Programme> {
        audit::about("ProgrammeSession", Some(id));
        let (_, programme, permit) = self.reschedulable(id).await?;
        programmes::cancel_session(self.0.db(), permit, id)
            .await
            .map_err(session_started)?;
        Ok(programme)
    }

    /// A page of a programme's enrolments in arrival order (`after` is a position): its
    /// organisers' case workers and analysts only.
    pub async fn enrolments(
        &self,
        programme: &Programme,
        after: Option<i32>,
        first: u64,
    ) -> AppResult<Page<Enrolment>> {
        view_enrolments(self.0.actor(), programme)?;
        Ok(enrolments::of_programme(self.0.db(), programme.id, after, first).await?)
    }

    /// The programme if the actor may see it, else `NOT_FOUND`.
    async fn visible(&self, id: Uuid) -> AppResult<Programme> {
        self.0
            .programme_catalogue()
            .get(id)
            .await?
            .ok_or(DomainError::NotFound.into())
    }

    /// A session the actor may reschedule, not yet started, with its programme (still open to
    /// change) and the permit; `NOT_FOUND` when they may not see its programme.
    async fn reschedulable(
        &self,
        id: Uuid,
    ) -> AppResult<(ProgrammeSession, Programme, skupaj_domain::access::Permit)> {
        let session = programmes::session(self.0.db(), id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let programme = self.visible(session.programme_id).await?;
        let permit = schedule_sessions(self.0.actor(), &programme)?;
        check_editable(programme.status)?;
        if session.starts_at <= Utc::now() {
            return Err(DomainError::InvalidTransition(
                "the session has already started".to_owned(),
            )
            .into());
        }
        Ok((session, programme, permit))
    }
}

/// A session that has started can no longer move or be cancelled.
fn session_started(err: PersistenceError) -> crate::AppError {
    match err {
        PersistenceError::Stale => {
            DomainError::InvalidTransition("the session has already started".to_owned()).into()
        }
        other => other.into(),
    }
}
