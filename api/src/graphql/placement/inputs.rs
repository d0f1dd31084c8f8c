//! The inputs of placement mutations.

use async_graphql::{ID, InputObject};
use chrono::NaiveDate;

use super::ContractType;

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
