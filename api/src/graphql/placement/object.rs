//! `Placement`: a job a participant started, and `ParticipantHistory`.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use skupaj_domain::placement::{self, Employer};

use super::ContractType;
use crate::graphql::enrolment::Enrolment;
use crate::graphql::error::ApiResult;
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::organisation::object::Organisation;

/// A placement.
#[derive(Debug, Clone)]
pub struct Placement(pub placement::Placement);

/// A job a participant started: employer, occupation, contract, hours and start date. It counts
/// in the employment rates of the programmes the participant completed (see `ProgrammeStats`).
#[Object]
impl Placement {
    /// The placement's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The participant's id.
    async fn participant_id(&self) -> ID {
        ID(self.0.participant_id.to_string())
    }

    /// The enrolment it follows, if any.
    async fn enrolment_id(&self) -> Option<ID> {
        self.0.enrolment_id.map(|id| ID(id.to_string()))
    }

    /// The programme it follows, if any.
    async fn programme_id(&self) -> Option<ID> {
        self.0.programme_id.map(|id| ID(id.to_string()))
    }

    /// The employer when it is an organisation on the platform.
    async fn employer_organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        match self.0.employer {
            Employer::Organisation(id) => Ok(ctx
                .data_unchecked::<Loaders>()
                .organisations
                .load_one(id)
                .await
                .map_err(loader_error)?
                .map(Organisation)),
            Employer::Named(_) => Ok(None),
        }
    }

    /// The employer's name when it is not on the platform.
    async fn employer_name(&self) -> Option<&str> {
        match &self.0.employer {
            Employer::Named(name) => Some(name),
            Employer::Organisation(_) => None,
        }
    }

    /// The occupation (lower-cased, like vacancies').
    async fn occupation(&self) -> &str {
        &self.0.occupation
    }

    /// The kind of contract.
    async fn contract_type(&self) -> ContractType {
        self.0.contract_type.into()
    }

    /// Hours a week.
    async fn hours_per_week(&self) -> u32 {
        self.0.hours_per_week
    }

    /// The first day of work.
    async fn starts_on(&self) -> NaiveDate {
        self.0.starts_on
    }

    /// Whether the job uses what the programme trained.
    async fn uses_training(&self) -> bool {
        self.0.uses_training
    }

    /// The organisation that recorded it.
    async fn recorded_by_organisation_id(&self) -> ID {
        ID(self.0.recorded_by_organisation_id.to_string())
    }

    /// When it was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A participant's programmes and jobs across cohorts.
#[derive(SimpleObject, Debug, Clone)]
pub struct ParticipantHistory {
    /// Every enrolment, in any programme and status, oldest first.
    pub enrolments: Vec<Enrolment>,
    /// Every placement, the latest start first.
    pub placements: Vec<Placement>,
}
