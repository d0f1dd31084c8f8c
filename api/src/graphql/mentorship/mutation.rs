//! Staff profiles, mentorships and their meetings.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::loaders::visible_participant;
use crate::graphql::mentorship::{Mentorship, MentorshipMeeting, StaffProfile};
use crate::graphql::pagination::parse_id;

/// The caller's own profile as a mentor or mediator.
#[derive(InputObject, Debug)]
pub struct UpdateStaffProfileInput {
    /// Expertise, as tags.
    #[graphql(default)]
    pub expertise: Vec<String>,
    /// Languages spoken (ISO 639).
    pub languages: Vec<String>,
    /// How many mentees at most (0 to 50; mediators leave it 0).
    #[graphql(default)]
    pub max_mentees: u32,
}

/// A new mentorship.
#[derive(InputObject, Debug)]
pub struct CreateMentorshipInput {
    /// The participant (owned by the caller's organisation).
    pub participant_id: ID,
    /// The mentor (a user with the `MENTOR` role somewhere and a staff profile).
    pub mentor_user_id: ID,
    /// What the pairing aims at (1 to 2000 characters).
    pub goals: String,
}

/// A meeting to log.
#[derive(InputObject, Debug)]
pub struct LogMentorshipMeetingInput {
    /// The mentorship.
    pub mentorship_id: ID,
    /// When it was held (today or earlier).
    pub held_on: NaiveDate,
    /// What was discussed (1 to 2000 characters).
    pub notes: String,
}

/// The mentorship to end.
#[derive(InputObject, Debug)]
pub struct EndMentorshipInput {
    /// The mentorship.
    pub id: ID,
}

/// The profile a mutation saved.
#[derive(SimpleObject, Debug)]
pub struct StaffProfilePayload {
    /// The profile.
    pub profile: StaffProfile,
}

/// The mentorship a mutation created or changed.
#[derive(SimpleObject, Debug)]
pub struct MentorshipPayload {
    /// The mentorship.
    pub mentorship: Mentorship,
}

/// The meeting a mutation logged.
#[derive(SimpleObject, Debug)]
pub struct MentorshipMeetingPayload {
    /// The meeting.
    pub meeting: MentorshipMeeting,
}

#[derive(Default)]
pub struct MentorshipMutation;

#[Object]
impl MentorshipMutation {
    /// Saves the caller's profile as a mentor or mediator.
    async fn update_staff_profile(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The profile.")] input: UpdateStaffProfileInput,
    ) -> ApiResult<StaffProfilePayload> {
        let profile = app(ctx)?
            .mentorships()
            .save_profile(&input.expertise, &input.languages, input.max_mentees)
            .await?;
        Ok(StaffProfilePayload {
            profile: StaffProfile(profile),
        })
    }

    /// Pairs a mentor with a participant (the owning organisation's case workers). `CAPACITY`
    /// when the mentor already has as many mentees as they take.
    async fn create_mentorship(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The pairing.")] input: CreateMentorshipInput,
    ) -> ApiResult<MentorshipPayload> {
        let mentorships = app(ctx)?.mentorships();
        // Through the loader first, so that a participant out of sight is recorded as a
        // refused read; the use case checks again.
        let participant =
            visible_participant(ctx, parse_id("participantId", &input.participant_id)?)
                .await?
                .participant
                .id;
        let mentor = parse_id("mentorUserId", &input.mentor_user_id)?;
        let mentorship = mentorships
            .arrange(participant, mentor, &input.goals)
            .await?;
        Ok(MentorshipPayload {
            mentorship: Mentorship(mentorship),
        })
    }

    /// Logs a meeting (the mentor).
    async fn log_mentorship_meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting.")] input: LogMentorshipMeetingInput,
    ) -> ApiResult<MentorshipMeetingPayload> {
        let mentorships = app(ctx)?.mentorships();
        let id = parse_id("mentorshipId", &input.mentorship_id)?;
        let meeting = mentorships
            .log_meeting(id, input.held_on, &input.notes)
            .await?;
        Ok(MentorshipMeetingPayload {
            meeting: MentorshipMeeting {
                id: ID(meeting.id.to_string()),
                held_on: meeting.held_on,
                notes: meeting.notes,
            },
        })
    }

    /// Ends a mentorship (the mentor or the arranging organisation).
    async fn end_mentorship(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The mentorship.")] input: EndMentorshipInput,
    ) -> ApiResult<MentorshipPayload> {
        let mentorships = app(ctx)?.mentorships();
        let mentorship = mentorships.end(parse_id("id", &input.id)?).await?;
        Ok(MentorshipPayload {
            mentorship: Mentorship(mentorship),
        })
    }
}
