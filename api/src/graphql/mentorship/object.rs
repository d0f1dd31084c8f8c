//! `StaffProfile`, `Mentorship` and `MentorshipMeeting`.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::NaiveDate;
use skupaj_domain::mentorship;

use crate::graphql::account::object::user::User;
use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::mentorship::MentorshipStatus;
use crate::graphql::participant::{Participant, nested_participant};

/// A profile.
#[derive(Debug, Clone)]
pub struct StaffProfile(pub mentorship::StaffProfile);

/// What a mentor or intercultural mediator offers: expertise, languages, and for mentors how
/// many mentees they take.
#[Object]
impl StaffProfile {
    /// The person.
    async fn user(&self, ctx: &Context<'_>) -> ApiResult<Option<User>> {
        Ok(ctx
            .data_unchecked::<Loaders>()
            .users
            .load_one(self.0.user_id)
            .await
            .map_err(loader_error)?
            .map(User))
    }

    /// Expertise, as tags.
    async fn expertise(&self) -> &[String] {
        &self.0.expertise
    }

    /// Languages spoken (ISO 639).
    async fn languages(&self) -> Vec<String> {
        self.0.languages.iter().map(ToString::to_string).collect()
    }

    /// How many mentees at most.
    async fn max_mentees(&self) -> u32 {
        self.0.max_mentees
    }
}

/// A meeting.
#[derive(SimpleObject, Debug, Clone)]
pub struct MentorshipMeeting {
    /// The meeting's id.
    pub id: ID,
    /// When it was held.
    pub held_on: NaiveDate,
    /// What was discussed.
    pub notes: String,
}

/// A pairing.
#[derive(Debug, Clone)]
pub struct Mentorship(pub mentorship::Mentorship);

/// A mentor paired with a participant, with goals and a log of meetings.
#[Object]
impl Mentorship {
    /// The mentorship's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// Under way or ended.
    async fn status(&self) -> MentorshipStatus {
        self.0.status.into()
    }

    /// What the pairing aims at.
    async fn goals(&self) -> &str {
        &self.0.goals
    }

    /// When it started.
    async fn started_on(&self) -> NaiveDate {
        self.0.started_on
    }

    /// The mentor.
    async fn mentor(&self, ctx: &Context<'_>) -> ApiResult<Option<User>> {
        Ok(ctx
            .data_unchecked::<Loaders>()
            .users
            .load_one(self.0.mentor_user_id)
            .await
            .map_err(loader_error)?
            .map(User))
    }

    /// The mentee, as far as the viewer may see them.
    async fn participant(&self, ctx: &Context<'_>) -> ApiResult<Option<Participant>> {
        nested_participant(ctx, self.0.participant_id).await
    }

    /// The meetings, oldest first: for the mentor and the arranging organisation (anyone else
    /// gets `null` with `FORBIDDEN`).
    async fn meetings(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<MentorshipMeeting>>> {
        Ok(Some(
            app(ctx)?
                .mentorships()
                .meetings(&self.0)
                .await?
                .into_iter()
                .map(|m| MentorshipMeeting {
                    id: ID(m.id.to_string()),
                    held_on: m.held_on,
                    notes: m.notes,
                })
                .collect(),
        ))
    }
}
