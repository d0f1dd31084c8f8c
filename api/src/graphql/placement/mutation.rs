//! `recordPlacement`: recording job outcomes as placements.

use async_graphql::{Context, Object, SimpleObject};
use skupaj_app::placement::JobStarted;
use skupaj_domain::placement::PlacementInput;

use super::{Placement, RecordPlacementInput};
use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;

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
