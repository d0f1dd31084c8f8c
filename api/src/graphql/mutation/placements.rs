//! Recording job outcomes as placements.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use skupaj_app::placement::JobStarted;
use skupaj_domain::placement::PlacementInput;

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;
use crate::graphql::types::placement::{ContractType, Placement};

/// A job a participant started. Give the employer as an organisation on the platform or by
/// name (exactly one).
#[derive(InputObject, Debug)]
pub struct RecordPlacementInput {
    /// The participant.
    pub participant_id: ID,
    /// The enrolment the job follows (the participant's).
    pub enrolment_id: Option<ID>,
    /// The programme the job follows (the participant must have enrolled in it); implied by
    /// `enrolmentId`.
    pub programme_id: Option<ID>,
    /// The employer, when it is an organisation on the platform.
    pub employer_organisation_id: Option<ID>,
    /// The employer's name, when it is not on the platform.
    pub employer_name: Option<String>,
    /// The occupation.
    pub occupation: String,
    /// The kind of contract.
    pub contract_type: ContractType,
    /// Hours a week (1 to 60).
    pub hours_per_week: u32,
    /// The first day of work (at most a year ahead).
    pub starts_on: NaiveDate,
    /// Whether the job uses what the programme trained.
    #[graphql(default)]
    pub uses_training: bool,
}

/// The placement a mutation recorded.
#[derive(SimpleObject, Debug)]
pub struct PlacementPayload {
    /// The placement.
    pub placement: Placement,
}

#[derive(Default)]
pub struct PlacementMutation;

#[Object]
impl PlacementMutation {
    /// Records a job a participant started: by a case worker of a labour agency that sees the
    /// participant, or of an organiser of the programme it follows (name the enrolment). It
    /// counts in that programme's employment rates from its start date. `NOT_FOUND` for a
    /// participant the caller may not see and whose programme they do not organise.
    async fn record_placement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The participant, the job and what it follows.")]
        input: RecordPlacementInput,
    ) -> ApiResult<PlacementPayload> {
        let placements = app(ctx)?.placements();
        let participant_id = parse_id("participantId", &input.participant_id)?;
        let enrolment_id = input
            .enrolment_id
            .as_ref()
            .map(|id| parse_id("enrolmentId", id))
            .transpose()?;
        let programme_id = input
            .programme_id
            .as_ref()
            .map(|id| parse_id("programmeId", id))
            .transpose()?;
        let employer_organisation_id = input
            .employer_organisation_id
            .as_ref()
            .map(|id| parse_id("employerOrganisationId", id))
            .transpose()?;
        let placement = placements
            .record(JobStarted {
                participant_id,
                enrolment_id,
                programme_id,
                job: PlacementInput {
                    employer_organisation_id,
                    employer_name: input.employer_name,
                    occupation: input.occupation,
                    contract_type: input.contract_type.into(),
                    hours_per_week: input.hours_per_week,
                    starts_on: input.starts_on,
                    uses_training: input.uses_training,
                },
            })
            .await?;
        Ok(PlacementPayload {
            placement: Placement(placement),
        })
    }
}
