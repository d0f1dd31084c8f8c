//! The enums of placements.

use async_graphql::Enum;
use skupaj_domain::placement;

/// The kind of contract of a placement.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "placement::ContractType")]
pub enum ContractType {
    /// Open-ended employment.
    Permanent,
    /// Employment for a fixed term.
    FixedTerm,
    /// Work through a temporary-work agency.
    AgencyWork,
    /// Seasonal work.
    Seasonal,
    /// An apprenticeship or paid traineeship.
    Apprenticeship,
    /// Working on one's own account.
    SelfEmployed,
}
