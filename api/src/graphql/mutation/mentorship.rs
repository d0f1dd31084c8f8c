//! Staff profiles, mentorships and their meetings.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{NaiveDate, Utc};
use skupaj_domain::access::{
    end_mentorship, keep_staff_profile, log_mentorship, manage_participant,
};
use skupaj_domain::calendar;
use skupaj_domain::consent::ConsentPurpose;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::mentorship::{check_mentor_capacity, staff_profile};
use skupaj_domain::text;
use skupaj_persistence::{consents, mentorships, organisations, users};
use uuid::Uuid;

use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::visible_participant;
use crate::graphql::pagination::parse_id;
use crate::graphql::types::mentorship::{Mentorship, MentorshipMeeting, StaffProfile};

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

impl AuditedPayload for StaffProfilePayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.profile.0.user_id)
    }
}

impl AuditedPayload for MentorshipPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.mentorship.0.id)
    }
}

impl AuditedPayload for MentorshipMeetingPayload {
    fn audited_id(&self) -> Option<Uuid> {
        None
    }
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
        audited("User", None, async {
            let actor = actor(ctx)?;
            keep_staff_profile(actor)?;
            let profile = staff_profile(
                actor.user_id,
                &input.expertise,
                &input.languages,
                input.max_mentees,
            )?;
            mentorships::save_profile(db(ctx), &profile).await?;
            Ok(StaffProfilePayload {
                profile: StaffProfile(profile),
            })
        })
        .await
    }

    /// Pairs a mentor with a participant (the owning organisation's case workers). `CAPACITY`
    /// when the mentor already has as many mentees as they take.
    async fn create_mentorship(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The pairing.")] input: CreateMentorshipInput,
    ) -> ApiResult<MentorshipPayload> {
        audited("Mentorship", None, async {
            let actor = actor(ctx)?;
            let view =
                visible_participant(ctx, parse_id("participantId", &input.participant_id)?).await?;
            manage_participant(actor, view.participant.owner_organisation_id)?;
            let mentor = parse_id("mentorUserId", &input.mentor_user_id)?;
            let db = db(ctx);
            let is_mentor = users::memberships_of(db, mentor)
                .await?
                .iter()
                .any(|m| m.role == MembershipRole::Mentor);
            let profile = mentorships::profile(db, mentor)
                .await?
                .filter(|_| is_mentor)
                .ok_or_else(|| {
                    ApiError::validation("mentorUserId", "is not a mentor with a profile")
                })?;
            check_mentor_capacity(&profile, mentorships::active_mentees(db, mentor).await?)?;
            // A mentor from another organisation sees the mentee's name, languages and skills:
            // that needs a consent covering one of the mentor's organisations.
            let owner = view.participant.owner_organisation_id;
            let mentor_organisations = users::organisations_of(db, mentor).await?;
            if !mentor_organisations.contains(&owner) {
                let consents = consents::of_participant(db, view.participant.id).await?;
                let now = Utc::now();
                let mut covered = false;
                for organisation in &mentor_organisations {
                    if let Some(kind) = organisations::kind_of(db, *organisation).await? {
                        covered |= consents.iter().any(|c| {
                            c.purpose != ConsentPurpose::Statistics
                                && c.is_active(now)
                                && c.covers(*organisation, kind)
                        });
                    }
                }
                if !covered {
                    return Err(ApiError::ConsentRequired);
                }
            }
            let goals = text::required("goals", &input.goals, 2000)?;
            let organisation = actor.organisation_id().ok_or(ApiError::Forbidden)?;
            let mentorship =
                mentorships::create(db, mentor, view.participant.id, organisation, goals).await?;
            Ok(MentorshipPayload {
                mentorship: Mentorship(mentorship),
            })
        })
        .await
    }

    /// Logs a meeting (the mentor).
    async fn log_mentorship_meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting.")] input: LogMentorshipMeetingInput,
    ) -> ApiResult<MentorshipMeetingPayload> {
        audited(
            "Mentorship",
            parse_id("mentorshipId", &input.mentorship_id).ok(),
            async {
                let mentorship =
                    mentorships::get(db(ctx), parse_id("mentorshipId", &input.mentorship_id)?)
                        .await?
                        .ok_or(ApiError::NotFound)?;
                log_mentorship(actor(ctx)?, &mentorship).map_err(|_| ApiError::NotFound)?;
                calendar::date("heldOn", input.held_on)?;
                if input.held_on > Utc::now().date_naive() {
                    return Err(ApiError::validation("heldOn", "must not be in the future"));
                }
                let notes = text::required("notes", &input.notes, 2000)?;
                let meeting =
                    mentorships::log_meeting(db(ctx), mentorship.id, input.held_on, notes).await?;
                Ok(MentorshipMeetingPayload {
                    meeting: MentorshipMeeting {
                        id: ID(meeting.id.to_string()),
                        held_on: meeting.held_on,
                        notes: meeting.notes,
                    },
                })
            },
        )
        .await
    }

    /// Ends a mentorship (the mentor or the arranging organisation).
    async fn end_mentorship(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The mentorship.")] input: EndMentorshipInput,
    ) -> ApiResult<MentorshipPayload> {
        audited("Mentorship", parse_id("id", &input.id).ok(), async {
            let mentorship = mentorships::get(db(ctx), parse_id("id", &input.id)?)
                .await?
                .ok_or(ApiError::NotFound)?;
            end_mentorship(actor(ctx)?, &mentorship).map_err(|_| ApiError::NotFound)?;
            let mentorship = mentorships::end(db(ctx), mentorship.id).await?;
            Ok(MentorshipPayload {
                mentorship: Mentorship(mentorship),
            })
        })
        .await
    }
}
