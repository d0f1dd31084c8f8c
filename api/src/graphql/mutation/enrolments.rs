//! Enrolling participants, the waitlist, attendance, completion and follow-up outcomes.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{NaiveDate, Utc};
use skupaj_domain::access::{ParticipantFacet, acting_side, can_view_referral, run_programme};
use skupaj_domain::calendar;
use skupaj_domain::enrolment::{
    EnrolmentStatus as DomainStatus, check_attendance_time, check_completion, check_eligibility,
};
use skupaj_domain::referral::{ReferralStatus, Side};
use skupaj_persistence::enrolments::{self, NewEnrolment};
use skupaj_persistence::referrals::{self, Actor as EventActor};
use skupaj_persistence::{participants, programmes};
use uuid::Uuid;

use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::mutation::programmes::find;
use crate::graphql::pagination::parse_id;
use crate::graphql::types::enrolment::Enrolment;
use crate::graphql::types::programme_enums::{AttendanceStatus, FollowUpOutcome};

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
        audited("Enrolment", None, enrol(ctx, input)).await
    }

    /// Ends an enrolment before completion; a freed place goes to the first of the waitlist.
    async fn withdraw_enrolment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The enrolment.")] input: WithdrawEnrolmentInput,
    ) -> ApiResult<EnrolmentPayload> {
        let id = parse_id("id", &input.id);
        audited("Enrolment", id.clone().ok(), async {
            let enrolment = find_run(ctx, id?).await?;
            let status = if input.dropped_out {
                DomainStatus::DroppedOut
            } else {
                DomainStatus::Withdrawn
            };
            let (enrolment, promoted) =
                enrolments::leave(db(ctx), enrolment.id, status, event_actor(ctx)?)
                    .await
                    .map_err(|err| match err {
                        skupaj_persistence::PersistenceError::Stale => ApiError::InvalidTransition(
                            "the enrolment has already ended".to_owned(),
                        ),
                        other => other.into(),
                    })?;
            Ok(EnrolmentPayload {
                enrolment: Enrolment(enrolment),
                promoted: promoted.map(Enrolment),
            })
        })
        .await
    }

    /// Records attendance at a session (case workers of the lead or a partner). A session that
    /// has not started yet is refused (`VALIDATION` on `sessionId`).
    async fn record_attendance(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The session and who came.")] input: RecordAttendanceInput,
    ) -> ApiResult<AttendancePayload> {
        audited(
            "ProgrammeSession",
            parse_id("sessionId", &input.session_id).ok(),
            async {
                let session_id = parse_id("sessionId", &input.session_id)?;
                let db = db(ctx);
                let session = programmes::session(db, session_id)
                    .await?
                    .ok_or(ApiError::NotFound)?;
                let programme = find(ctx, session.programme_id).await?;
                run_programme(actor(ctx)?, &programme)?;
                check_attendance_time(session.starts_at, Utc::now())?;
                let mut entries = Vec::with_capacity(input.entries.len());
                for (index, entry) in input.entries.iter().enumerate() {
                    let field = format!("entries[{index}].enrolmentId");
                    let id = parse_id(&field, &entry.enrolment_id)?;
                    let enrolment = enrolments::get(db, id).await?;
                    if !enrolment.is_some_and(|e| {
                        e.programme_id == programme.id
                            && matches!(e.status, DomainStatus::Enrolled | DomainStatus::Completed)
                    }) {
                        return Err(ApiError::validation(
                            field,
                            "is not a place in this programme",
                        ));
                    }
                    entries.push((id, entry.status.into()));
                }
                enrolments::record_attendance(db, session_id, &entries).await?;
                Ok(AttendancePayload {
                    recorded: i32::try_from(entries.len()).unwrap_or(i32::MAX),
                })
            },
        )
        .await
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
        let id = parse_id("id", &input.id);
        audited("Enrolment", id.clone().ok(), async {
            let enrolment = find_run(ctx, id?).await?;
            let db = db(ctx);
            let programme = find(ctx, enrolment.programme_id).await?;
            if enrolment.status != DomainStatus::Enrolled {
                return Err(ApiError::InvalidTransition(format!(
                    "only an enrolled participant completes; this enrolment is {}",
                    enrolment.status
                )));
            }
            for (index, module) in input.modules_completed.iter().enumerate() {
                if !programme.profile.modules.contains(module) {
                    return Err(ApiError::validation(
                        format!("modulesCompleted[{index}]"),
                        "is not a module of this programme",
                    ));
                }
            }
            let today = Utc::now().date_naive();
            let completed_on = calendar::date("completedOn", input.completed_on.unwrap_or(today))?;
            if completed_on > today {
                return Err(ApiError::validation(
                    "completedOn",
                    "must not be in the future",
                ));
            }
            let (present, sessions) = enrolments::attendance_of(db, &enrolment, Utc::now()).await?;
            check_completion(present, sessions, programme.profile.min_attendance_percent)?;
            let completed = enrolments::complete(
                db,
                enrolment.id,
                &input.modules_completed,
                input.certificate_awarded,
                completed_on,
                event_actor(ctx)?,
            )
            .await?;
            Ok(EnrolmentPayload {
                enrolment: Enrolment(completed),
                promoted: None,
            })
        })
        .await
    }

    /// Records what a participant did after completing (employed, self-employed, …).
    async fn record_follow_up_outcome(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The enrolment and the outcome.")] input: RecordFollowUpOutcomeInput,
    ) -> ApiResult<EnrolmentPayload> {
        let id = parse_id("enrolmentId", &input.enrolment_id);
        audited("Enrolment", id.clone().ok(), async {
            let enrolment = find_run(ctx, id?).await?;
            let Some(completed_on) = enrolment
                .completed_on
                .filter(|_| enrolment.status == DomainStatus::Completed)
            else {
                return Err(ApiError::InvalidTransition(
                    "outcomes follow a completed enrolment".to_owned(),
                ));
            };
            if input.on < completed_on || input.on > Utc::now().date_naive() {
                return Err(ApiError::validation(
                    "on",
                    "must be between completion and today",
                ));
            }
            enrolments::record_outcome(db(ctx), enrolment.id, input.outcome.into(), input.on)
                .await?;
            Ok(EnrolmentPayload {
                enrolment: Enrolment(enrolment),
                promoted: None,
            })
        })
        .await
    }
}

fn event_actor(ctx: &Context<'_>) -> ApiResult<EventActor> {
    let actor = actor(ctx)?;
    Ok(EventActor {
        user_id: Some(actor.user_id),
        organisation_id: actor.organisation_id(),
    })
}

/// The enrolment, if the caller runs its programme; `NOT_FOUND` otherwise.
async fn find_run(ctx: &Context<'_>, id: Uuid) -> ApiResult<skupaj_domain::enrolment::Enrolment> {
    let actor = actor(ctx)?;
    let enrolment = enrolments::get(db(ctx), id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let programme = find(ctx, enrolment.programme_id).await?;
    run_programme(actor, &programme).map_err(|_| ApiError::NotFound)?;
    Ok(enrolment)
}

async fn enrol(ctx: &Context<'_>, input: EnrolParticipantInput) -> ApiResult<EnrolmentPayload> {
    let actor = actor(ctx)?;
    let programme_id = parse_id("programmeId", &input.programme_id)?;
    let participant_id = parse_id("participantId", &input.participant_id)?;
    let referral_id = input
        .referral_id
        .as_ref()
        .map(|id| parse_id("referralId", id))
        .transpose()?;
    let db = db(ctx);
    let programme = find(ctx, programme_id).await?;
    run_programme(actor, &programme)?;
    if !programme.status.accepts_enrolment() {
        return Err(ApiError::InvalidTransition(format!(
            "a {} programme takes no enrolments",
            programme.status
        )));
    }
    // The participant must be one the caller's organisation may see, and the eligibility rules
    // may only look at what the caller may see: a refusal would otherwise reveal it.
    let view = ctx
        .data_unchecked::<Loaders>()
        .participants
        .load_one(participant_id)
        .await
        .map_err(loader_error)?
        .ok_or(ApiError::NotFound)?;
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
        return Err(ApiError::ConsentRequired);
    }
    if let Some(referral_id) = referral_id {
        let referral = referrals::get(db, referral_id)
            .await?
            .ok_or(ApiError::NotFound)?;
        let places = referrals::places(db, &referral).await?;
        if !can_view_referral(actor, &referral, &places) {
            return Err(ApiError::NotFound);
        }
        if acting_side(actor, &referral)? != Side::Receiver
            || referral.participant_id != participant_id
        {
            return Err(ApiError::validation(
                "referralId",
                "must be a referral of this participant to your organisation",
            ));
        }
        if referral.programme_id.is_some_and(|p| p != programme_id) {
            return Err(ApiError::validation(
                "referralId",
                "refers into another programme",
            ));
        }
        if !matches!(
            referral.status,
            ReferralStatus::Accepted | ReferralStatus::InProgress | ReferralStatus::OnHold
        ) {
            return Err(ApiError::InvalidTransition(
                "enrol from an accepted referral".to_owned(),
            ));
        }
    }
    let participant = participants::get(db, participant_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    check_eligibility(
        &programme.profile.eligibility,
        &participant.profile,
        Utc::now().date_naive(),
    )?;
    let enrolment = enrolments::enrol(
        db,
        NewEnrolment {
            programme_id,
            participant_id,
            referral_id,
            enrolled_by: event_actor(ctx)?,
        },
    )
    .await?;
    Ok(EnrolmentPayload {
        enrolment: Enrolment(enrolment),
        promoted: None,
    })
}
