//! Enrolling participants, the waitlist, attendance, completion and follow-up outcomes: each
//! resolver parses its input and calls the use case (`skupaj_app::enrolment`).

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use uuid::Uuid;

use crate::graphql::audit::AuditedPayload;
use crate::graphql::context::app;
use crate::graphql::enrolment::Enrolment;
use crate::graphql::enrolment::enums::{AttendanceStatus, FollowUpOutcome};
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;

/// A participant to enrol.
#[derive(InputObject, Debug)]
pub struct EnrolParticipantInput {
    /// The programme.
    pub programme_id: ID,
    /// The participant.
    pub participant_id: ID,
    /// The accepted referral this enrolment answers; the referral then follows the enrolment.
    pub referral_id: Option<ID>,
}

/// An enrolment to end before completion.
#[derive(InputObject, Debug)]
pub struct WithdrawEnrolmentInput {
    /// The enrolment.
    pub id: ID,
    /// `true` when the participant stopped coming (`DROPPED_OUT`) rather than withdrew.
    #[graphql(default = false)]
    pub dropped_out: bool,
}

/// One participant's attendance at a session.
#[derive(InputObject, Debug)]
pub struct AttendanceEntryInput {
    /// The enrolment.
    pub enrolment_id: ID,
    /// Present, absent or excused.
    pub status: AttendanceStatus,
}

/// Attendance at one session (replaces what was recorded for these enrolments).
#[derive(InputObject, Debug)]
pub struct RecordAttendanceInput {
    /// The session.
    pub session_id: ID,
    /// One entry per participant.
    pub entries: Vec<AttendanceEntryInput>,
}

/// Completing an enrolment.
#[derive(InputObject, Debug)]
pub struct CompleteEnrolmentInput {
    /// The enrolment.
    pub id: ID,
    /// Modules completed (each one of the programme's).
    #[graphql(default)]
    pub modules_completed: Vec<String>,
    /// Whether the certificate was awarded.
    #[graphql(default)]
    pub certificate_awarded: bool,
    /// The day it was completed (today by default; not in the future): recorded late, it keeps
    /// the follow-up windows right.
    pub completed_on: Option<NaiveDate>,
}

/// What a participant did after completing.
#[derive(InputObject, Debug)]
pub struct RecordFollowUpOutcomeInput {
    /// The completed enrolment.
    pub enrolment_id: ID,
    /// The outcome.
    pub outcome: FollowUpOutcome,
    /// When (on or after completion, not in the future).
    pub on: NaiveDate,
}

/// The enrolment a mutation created or changed.
#[derive(SimpleObject, Debug)]
pub struct EnrolmentPayload {
    /// The enrolment as it now is.
    pub enrolment: Enrolment,
    /// Whoever a freed place went to, first of the waitlist.
    pub promoted: Option<Enrolment>,
}

/// What recording attendance did.
#[derive(SimpleObject, Debug)]
pub struct AttendancePayload {
    /// How many entries were recorded.
    pub recorded: i32,
}

impl AuditedPayload for EnrolmentPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.enrolment.0.id)
    }
}

impl AuditedPayload for AttendancePayload {
    fn audited_id(&self) -> Option<Uuid> {
        None
    }
}

#[derive(Default)]
pub struct EnrolmentMutation;

#[Object]
impl EnrolmentMutation {
    /// Enrols a participant (case workers of the lead or a partner): `ENROLLED` while places
    /// remain, `WAITLISTED` after. Eligibility is checked, and a refusal names the rule
    /// (`VALIDATION` on `eligibility.legalStatus`, `eligibility.minLanguage`, …).
    async fn enrol_participant(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Who, where, and from which referral.")] input: EnrolParticipantInput,
    ) -> ApiResult<EnrolmentPayload> {
        let handle = app(ctx)?;
        let programme_id = parse_id("programmeId", &input.programme_id)?;
        let participant_id = parse_id("participantId", &input.participant_id)?;
        let referral_id = input
            .referral_id
            .as_ref()
            .map(|id| parse_id("referralId", id))
            .transpose()?;
        let enrolment = handle
            .enrolments()
            .enrol(programme_id, participant_id, referral_id)
            .await?;
        Ok(EnrolmentPayload {
            enrolment: Enrolment(enrolment),
            promoted: None,
        })
    }

    /// Ends an enrolment before completion; a freed place goes to the first of the waitlist.
    async fn withdraw_enrolment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The enrolment.")] input: WithdrawEnrolmentInput,
    ) -> ApiResult<EnrolmentPayload> {
        let id = parse_id("id", &input.id)?;
        let (enrolment, promoted) = app(ctx)?
            .enrolments()
            .withdraw(id, input.dropped_out)
            .await?;
        Ok(EnrolmentPayload {
            enrolment: Enrolment(enrolment),
            promoted: promoted.map(Enrolment),
        })
    }

    /// Records attendance at a session (case workers of the lead or a partner). A session that
    /// has not started yet is refused (`VALIDATION` on `sessionId`).
    async fn record_attendance(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The session and who came.")] input: RecordAttendanceInput,
    ) -> ApiResult<AttendancePayload> {
        let session_id = parse_id("sessionId", &input.session_id)?;
        let handle = app(ctx)?;
        let mut entries = Vec::with_capacity(input.entries.len());
        for (index, entry) in input.entries.iter().enumerate() {
            let field = format!("entries[{index}].enrolmentId");
            entries.push((parse_id(&field, &entry.enrolment_id)?, entry.status.into()));
        }
        let recorded = handle
            .enrolments()
            .record_attendance(session_id, entries)
            .await?;
        Ok(AttendancePayload {
            recorded: i32::try_from(recorded).unwrap_or(i32::MAX),
        })
    }

    /// Completes an enrolment: refused (`VALIDATION` on `attendance`) below the programme's
    /// minimum attendance, counted over every session held while the participant had a place
    /// and every session at which their attendance was recorded. A referral into the programme
    /// completes with it.
    async fn complete_enrolment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The enrolment, modules and certificate.")] input: CompleteEnrolmentInput,
    ) -> ApiResult<EnrolmentPayload> {
        let id = parse_id("id", &input.id)?;
        let completed = app(ctx)?
            .enrolments()
            .complete(
                id,
                &input.modules_completed,
                input.certificate_awarded,
                input.completed_on,
            )
            .await?;
        Ok(EnrolmentPayload {
            enrolment: Enrolment(completed),
            promoted: None,
        })
    }

    /// Records what a participant did after completing (employed, self-employed, …).
    async fn record_follow_up_outcome(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The enrolment and the outcome.")] input: RecordFollowUpOutcomeInput,
    ) -> ApiResult<EnrolmentPayload> {
        let id = parse_id("enrolmentId", &input.enrolment_id)?;
        let enrolment = app(ctx)?
            .enrolments()
            .record_outcome(id, input.outcome.into(), input.on)
            .await?;
        Ok(EnrolmentPayload {
            enrolment: Enrolment(enrolment),
            promoted: None,
        })
    }
}
