//! Recording job outcomes as placements.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{NaiveDate, Utc};
use skupaj_domain::access::record_placement;
use skupaj_domain::placement::{PlacementInput, check_link};
use skupaj_persistence::placements::{self, NewPlacement};
use skupaj_persistence::{enrolments, organisations, programmes};
use uuid::Uuid;

use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, loader_error};
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

impl AuditedPayload for PlacementPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.placement.0.id)
    }
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
        audited("Placement", None, record(ctx, input)).await
    }
}

async fn record(ctx: &Context<'_>, input: RecordPlacementInput) -> ApiResult<PlacementPayload> {
    let actor = actor(ctx)?;
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
    let db = db(ctx);
    let sees_participant = ctx
        .data_unchecked::<Loaders>()
        .participants
        .load_one(participant_id)
        .await
        .map_err(loader_error)?
        .is_some();
    let enrolment = match enrolment_id {
        Some(id) => enrolments::get(db, id).await?,
        None => None,
    };
    // The programme the caller would record it as organiser of: the enrolment's, or the one named.
    let linked = enrolment.as_ref().map(|e| e.programme_id).or(programme_id);
    let programme = match linked {
        Some(id) => programmes::get(db, id).await?,
        None => None,
    };
    if let Err(refused) = record_placement(actor, sees_participant, programme.as_ref()) {
        if !sees_participant {
            return Err(ApiError::NotFound);
        }
        return Err(refused.into());
    }
    if enrolment_id.is_some() && enrolment.is_none() {
        return Err(ApiError::validation("enrolmentId", "no such enrolment"));
    }
    let mut enrolment_link = enrolment
        .as_ref()
        .map(|e| (e.participant_id, e.programme_id));
    let mut enrolment_id = enrolment.as_ref().map(|e| e.id);
    if enrolment.is_none()
        && let Some(programme_id) = programme_id
    {
        // A programme named alone: the participant's latest enrolment in it.
        let theirs = enrolments::of_participant(db, participant_id)
            .await?
            .into_iter()
            .rfind(|e| e.programme_id == programme_id);
        let Some(theirs) = theirs else {
            return Err(ApiError::validation(
                "programmeId",
                "the participant has no enrolment in this programme",
            ));
        };
        enrolment_link = Some((theirs.participant_id, theirs.programme_id));
        enrolment_id = Some(theirs.id);
    }
    let programme_id = check_link(participant_id, enrolment_link, programme_id)?;
    if let Some(id) = employer_organisation_id
        && organisations::kind_of(db, id).await?.is_none()
    {
        return Err(ApiError::validation(
            "employerOrganisationId",
            "must be an organisation on the platform",
        ));
    }
    let details = PlacementInput {
        employer_organisation_id,
        employer_name: input.employer_name,
        occupation: input.occupation,
        contract_type: input.contract_type.into(),
        hours_per_week: input.hours_per_week,
        starts_on: input.starts_on,
        uses_training: input.uses_training,
    }
    .validate(Utc::now().date_naive())?;
    let placement = placements::record(
        db,
        NewPlacement {
            participant_id,
            enrolment_id,
            programme_id,
            details,
            recorded_by_organisation_id: actor.organisation_id().ok_or(ApiError::Forbidden)?,
            recorded_by_user_id: actor.user_id,
        },
    )
    .await?;
    Ok(PlacementPayload {
        placement: Placement(placement),
    })
}
