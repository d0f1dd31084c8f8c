//! Opening programmes, moving them through their status, and scheduling sessions.

use async_graphql::{Context, ID, MaybeUndefined, Object, SimpleObject};
use skupaj_app::programme::{NewProgramme, SessionMove};
use skupaj_domain::programme::{
    EligibilityChange, ProgrammeAction, ProgrammeChanges, ProgrammeInput,
};

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;
use crate::graphql::programme::inputs::{
    AddProgrammeSessionInput, CancelSessionInput, CreateProgrammeInput, EligibilityInput,
    LocalisedStringInput, ProgrammeStepInput, UpdateProgrammeInput, UpdateSessionInput,
};
use crate::graphql::programme::object::{Programme, ProgrammeSession};

/// What `updateProgramme` did.
#[derive(SimpleObject, Debug)]
pub struct UpdateProgrammePayload {
    /// The programme as it now is.
    pub programme: Programme,
    /// The enrolments that got a place because the capacity rose, first to arrive first.
    pub promoted: Vec<crate::graphql::enrolment::Enrolment>,
}

/// What `cancelSession` did.
#[derive(SimpleObject, Debug)]
pub struct CancelSessionPayload {
    /// The session that was cancelled (it no longer exists).
    pub cancelled_session_id: ID,
    /// Its programme, as it now is.
    pub programme: Programme,
}

fn overlay<T>(change: MaybeUndefined<T>) -> Option<Option<T>> {
    match change {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(value) => Some(Some(value)),
    }
}

fn pairs(texts: Vec<LocalisedStringInput>) -> Vec<(String, String)> {
    texts.into_iter().map(|t| (t.language, t.text)).collect()
}

fn eligibility_change(input: EligibilityInput) -> EligibilityChange {
    EligibilityChange {
        legal_statuses: input.legal_statuses.into_iter().map(Into::into).collect(),
        min_language: input.min_language.map(|r| (r.language, r.level.into())),
        min_age: input.min_age,
        max_age: input.max_age,
    }
}

/// The programme a mutation created or changed.
#[derive(SimpleObject, Debug)]
pub struct ProgrammePayload {
    /// The programme as it now is.
    pub programme: Programme,
}

/// The session a mutation scheduled.
#[derive(SimpleObject, Debug)]
pub struct ProgrammeSessionPayload {
    /// The session.
    pub session: ProgrammeSession,
}

#[derive(Default)]
pub struct ProgrammeMutation;

#[Object]
impl ProgrammeMutation {
    /// Opens a programme as a draft, led by the caller's organisation (case workers only).
    async fn create_programme(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The programme.")] input: CreateProgrammeInput,
    ) -> ApiResult<ProgrammePayload> {
        let programmes = app(ctx)?.programmes();
        let mut partners = Vec::with_capacity(input.partners.len());
        for (index, partner) in input.partners.iter().enumerate() {
            let field = format!("partners[{index}].organisationId");
            partners.push((
                parse_id(&field, &partner.organisation_id)?,
                partner.role.into(),
            ));
        }
        let stakeholder_group_id = input
            .stakeholder_group_id
            .as_ref()
            .map(|id| parse_id("stakeholderGroupId", id))
            .transpose()?;
        let profile = ProgrammeInput {
            kind: Some(input.kind.into()),
            title: pairs(input.title),
            description: pairs(input.description),
            modules: input.modules,
            skills_taught: input.skills_taught,
            target_occupations: input.target_occupations,
            certificate: input.certificate,
            venue: input.venue,
            municipality: input.municipality,
            capacity: input.capacity,
            legal_statuses: input
                .eligibility
                .legal_statuses
                .into_iter()
                .map(Into::into)
                .collect(),
            min_language: input
                .eligibility
                .min_language
                .map(|r| (r.language, r.level.into())),
            min_age: input.eligibility.min_age,
            max_age: input.eligibility.max_age,
            languages_of_instruction: input.languages_of_instruction,
            interpretation: input.interpretation,
            childcare: input.childcare,
            step_free_access: input.step_free_access,
            cost_cents: input.cost_cents,
            min_attendance_percent: input.min_attendance_percent,
            starts_on: input.starts_on,
            ends_on: input.ends_on,
            stakeholder_group_id,
            partners_may_add_sessions: input.partners_may_add_sessions,
        };
        let programme = programmes
            .create(NewProgramme { profile, partners })
            .await?;
        Ok(ProgrammePayload {
            programme: Programme(programme),
        })
    }

    /// Publishes a draft: it becomes public and open for enrolment (lead organisation).
    async fn publish_programme(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The programme.")] input: ProgrammeStepInput,
    ) -> ApiResult<ProgrammePayload> {
        step(ctx, ProgrammeAction::Publish, &input.id).await
    }

    /// Marks a published programme as running (lead organisation).
    async fn start_programme(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The programme.")] input: ProgrammeStepInput,
    ) -> ApiResult<ProgrammePayload> {
        step(ctx, ProgrammeAction::Start, &input.id).await
    }

    /// Marks a running programme as completed (lead organisation).
    async fn complete_programme(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The programme.")] input: ProgrammeStepInput,
    ) -> ApiResult<ProgrammePayload> {
        step(ctx, ProgrammeAction::Complete, &input.id).await
    }

    /// Calls a programme off (lead organisation).
    async fn cancel_programme(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The programme.")] input: ProgrammeStepInput,
    ) -> ApiResult<ProgrammePayload> {
        step(ctx, ProgrammeAction::Cancel, &input.id).await
    }

    /// Changes a programme's texts, dates, eligibility, capacity or settings (lead organisation;
    /// not once completed or cancelled: `INVALID_TRANSITION`). Raising the capacity gives the
    /// new places to the waitlist in arrival order (`promoted`); lowering it below the places
    /// taken is `CAPACITY` and changes nothing.
    async fn update_programme(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The programme and the changes.")] input: UpdateProgrammeInput,
    ) -> ApiResult<UpdateProgrammePayload> {
        let id = parse_id("id", &input.id)?;
        let programmes = app(ctx)?.programmes();
        let changes = ProgrammeChanges {
            title: input.title.map(pairs),
            description: input.description.map(pairs),
            modules: input.modules,
            skills_taught: input.skills_taught,
            target_occupations: input.target_occupations,
            certificate: overlay(input.certificate),
            venue: overlay(input.venue),
            municipality: input.municipality,
            capacity: input.capacity,
            eligibility: input.eligibility.map(eligibility_change),
            languages_of_instruction: input.languages_of_instruction,
            interpretation: input.interpretation,
            childcare: input.childcare,
            step_free_access: input.step_free_access,
            cost_cents: input.cost_cents,
            min_attendance_percent: input.min_attendance_percent,
            starts_on: overlay(input.starts_on),
            ends_on: overlay(input.ends_on),
            partners_may_add_sessions: input.partners_may_add_sessions,
        };
        let updated = programmes.update(id, changes).await?;
        Ok(UpdateProgrammePayload {
            programme: Programme(updated.programme),
            promoted: updated
                .promoted
                .into_iter()
                .map(crate::graphql::enrolment::Enrolment)
                .collect(),
        })
    }

    /// Moves a session that has not started to another time or place (lead organisation, or a
    /// partner when the lead lets partners schedule sessions). The case workers of the
    /// participants with a place hear of it (`SESSION_MOVED`).
    async fn update_session(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The session and its new times or place.")] input: UpdateSessionInput,
    ) -> ApiResult<ProgrammeSessionPayload> {
        let id = parse_id("id", &input.id)?;
        let programmes = app(ctx)?.programmes();
        let to = SessionMove {
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            place: overlay(input.place),
        };
        let session = programmes.move_session(id, to).await?;
        Ok(ProgrammeSessionPayload {
            session: session.into(),
        })
    }

    /// Cancels a session that has not started (lead organisation, or a partner when the lead
    /// lets partners schedule sessions). The case workers of the participants with a place
    /// hear of it (`SESSION_CANCELLED`).
    async fn cancel_session(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The session.")] input: CancelSessionInput,
    ) -> ApiResult<CancelSessionPayload> {
        let id = parse_id("id", &input.id)?;
        let programmes = app(ctx)?.programmes();
        let programme = programmes.cancel_session(id).await?;
        Ok(CancelSessionPayload {
            cancelled_session_id: ID(id.to_string()),
            programme: Programme(programme),
        })
    }

    /// Schedules a session (lead organisation, or a partner when the lead lets partners
    /// schedule sessions).
    async fn add_programme_session(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The session.")] input: AddProgrammeSessionInput,
    ) -> ApiResult<ProgrammeSessionPayload> {
        let id = parse_id("programmeId", &input.programme_id)?;
        let programmes = app(ctx)?.programmes();
        let session = programmes
            .add_session(id, input.starts_at, input.ends_at, input.place)
            .await?;
        Ok(ProgrammeSessionPayload {
            session: session.into(),
        })
    }
}

async fn step(ctx: &Context<'_>, action: ProgrammeAction, id: &ID) -> ApiResult<ProgrammePayload> {
    let id = parse_id("id", id)?;
    let programmes = app(ctx)?.programmes();
    Ok(ProgrammePayload {
        programme: Programme(programmes.step(id, action).await?),
    })
}
