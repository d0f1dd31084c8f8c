//! Mentorship: staff profiles of mentors and mediators, pairing a mentor with a participant,
//! the meeting log, and ending a pairing.

use chrono::{NaiveDate, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access::{
    arrange_mentorship, end_mentorship, find_mentors, keep_staff_profile, log_mentorship,
    mentor_may_see_mentee, read_mentorship_log,
};
use skupaj_domain::calendar;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::mentorship::{
    Mentorship, MentorshipMeeting, MentorshipStatus, StaffProfile, check_mentor_capacity,
    staff_profile,
};
use skupaj_domain::text;
use skupaj_persistence::mentorships::{self, NewMentorship};
use skupaj_persistence::{audit, consents, organisations, participants, users};
use uuid::Uuid;

use crate::participant::visible;
use crate::{AppResult, Handle};

/// The use cases of mentorship.
#[derive(Debug, Clone, Copy)]
pub struct Mentorships<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Staff profiles, mentorships and their meetings.
    pub fn mentorships(self) -> Mentorships<'a> {
        Mentorships(self)
    }
}

impl Mentorships<'_> {
    /// Saves the actor's own profile as a mentor or mediator.
    pub async fn save_profile(
        &self,
        expertise: &[String],
        languages: &[String],
        max_mentees: u32,
    ) -> AppResult<StaffProfile> {
        let actor = self.0.actor();
        audit::about("User", Some(actor.user_id));
        let permit = keep_staff_profile(actor)?;
        let profile = staff_profile(actor.user_id, expertise, languages, max_mentees)?;
        mentorships::save_profile(self.0.db(), permit, &profile).await?;
        Ok(profile)
    }

    /// Mentors and mediators (case workers only), with this expertise tag and speaking this
    /// language when given; by user id.
    pub async fn find_mentors(
        &self,
        expertise: Option<&str>,
        language: Option<&str>,
    ) -> AppResult<Vec<StaffProfile>> {
        find_mentors(self.0.actor())?;
        let language = language
            .map(|l| LanguageCode::parse("language", l))
            .transpose()?;
        let expertise = expertise.map(|e| e.trim().to_lowercase());
        Ok(mentorships::profiles(self.0.db())
            .await?
            .into_iter()
            .filter(|p| expertise.as_ref().is_none_or(|e| p.expertise.contains(e)))
            .filter(|p| language.as_ref().is_none_or(|l| p.languages.contains(l)))
            .collect())
    }

    /// The actor's own mentorships as a mentor, newest first.
    pub async fn mine(&self) -> AppResult<Vec<Mentorship>> {
        Ok(mentorships::of_mentor(self.0.db(), self.0.actor().user_id).await?)
    }

    /// Pairs a mentor with a participant the actor's organisation owns. `NOT_FOUND` for a
    /// participant the actor may not see, `VALIDATION` (`mentorUserId`) for someone who is no
    /// mentor with a profile, `CAPACITY` when the mentor has as many mentees as they take,
    /// `CONSENT_REQUIRED` when a mentor from another organisation is not covered by a consent.
    pub async fn arrange(
        &self,
        participant: Uuid,
        mentor: Uuid,
        goals: &str,
    ) -> AppResult<Mentorship> {
        let (db, actor) = (self.0.db(), self.0.actor());
        audit::about("Mentorship", None);
        let now = Utc::now();
        let found = participants::get_many(db, &[participant]).await?;
        let view = visible(db, actor, found, now)
            .await?
            .into_iter()
            .next()
            .ok_or(DomainError::NotFound)?;
        let owner = view.participant.owner_organisation_id;
        let (permit, organisation) = arrange_mentorship(actor, owner)?;
        let is_mentor = users::memberships_of(db, mentor)
            .await?
            .iter()
            .any(|m| m.role == MembershipRole::Mentor);
        let profile = mentorships::profile(db, mentor)
            .await?
            .filter(|_| is_mentor)
            .ok_or_else(|| {
                DomainError::validation("mentorUserId", "is not a mentor with a profile")
            })?;
        check_mentor_capacity(&profile, mentorships::active_mentees(db, mentor).await?)?;
        let mentor_organisations = users::organisations_of(db, mentor).await?;
        if !mentor_organisations.contains(&owner) {
            let mut kinds = Vec::with_capacity(mentor_organisations.len());
            for organisation in mentor_organisations {
                kinds.push((
                    organisation,
                    organisations::kind_of(db, organisation).await?,
                ));
            }
            let consents = consents::of_participant(db, view.participant.id).await?;
            mentor_may_see_mentee(owner, &kinds, &consents, now)?;
        }
        let goals = text::required("goals", goals, 2000)?;
        Ok(mentorships::create(
            db,
            permit,
            NewMentorship {
                mentor,
                participant: view.participant.id,
                organisation,
                goals,
                started_on: now.date_naive(),
            },
        )
        .await?)
    }

    /// Logs a meeting held on a day up to today (the mentor only; to anyone else the
    /// mentorship is `NOT_FOUND`).
    pub async fn log_meeting(
        &self,
        id: Uuid,
        held_on: NaiveDate,
        notes: &str,
    ) -> AppResult<MentorshipMeeting> {
        let db = self.0.db();
        audit::about("Mentorship", Some(id));
        let mentorship = mentorships::get(db, id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let permit = log_mentorship(self.0.actor(), &mentorship)?;
        calendar::date("heldOn", held_on)?;
        if held_on > Utc::now().date_naive() {
            return Err(DomainError::validation("heldOn", "must not be in the future").into());
        }
        let notes = text::required("notes", notes, 2000)?;
        Ok(mentorships::log_meeting(db, permit, mentorship.id, held_on, notes).await?)
    }

    /// Ends a mentorship (the mentor or the arranging organisation's case workers; to anyone
    /// else it is `NOT_FOUND`).
    pub async fn end(&self, id: Uuid) -> AppResult<Mentorship> {
        let db = self.0.db();
        audit::about("Mentorship", Some(id));
        let mentorship = mentorships::get(db, id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let permit = end_mentorship(self.0.actor(), &mentorship)?;
        Ok(mentorships::set_status(db, permit, mentorship.id, MentorshipStatus::Ended).await?)
    }

    /// The meetings of a mentorship, oldest first: for the mentor and the arranging
    /// organisation's case workers (`FORBIDDEN` for anyone else).
    pub async fn meetings(&self, mentorship: &Mentorship) -> AppResult<Vec<MentorshipMeeting>> {
        read_mentorship_log(self.0.actor(), mentorship)?;
        Ok(mentorships::meetings(self.0.db(), mentorship.id).await?)
    }
}
