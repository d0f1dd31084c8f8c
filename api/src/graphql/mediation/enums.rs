//! GraphQL enums of mediation, tied to their domain types.

use async_graphql::Enum;
use skupaj_domain::mediation;

/// Where a mediation request stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "mediation::MediationStatus")]
pub enum MediationStatus {
    /// Waiting for a mediator.
    Requested,
    /// A mediator took it.
    Assigned,
    /// It took place.
    Done,
    /// Called off.
    Cancelled,
}
