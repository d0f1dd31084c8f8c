//! The closed values of indicators: what figures are broken down by.

use async_graphql::Enum;
use skupaj_domain::indicators;

/// What referrals are counted by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "indicators::ReferralDimension")]
pub enum ReferralDimension {
    /// What the receiving organisation was asked to help with (every need listed).
    NeedDomain,
    /// Where the referral stands now (every status but `DRAFT`).
    Status,
    /// The month it was sent, `YYYY-MM` (from the first month with a referral to the last).
    Month,
    /// The kind of the referring organisation (every kind listed).
    ReferringOrganisationKind,
    /// The kind of the receiving organisation (every kind listed).
    ReceivingOrganisationKind,
    /// The participant's gender (every value listed, then `UNKNOWN`).
    Gender,
    /// The participant's age in years when it was sent: `0-17`, `18-24`, `25-34`, `35-44`,
    /// `45-54`, `55-64`, `65+`, `UNKNOWN`.
    AgeBand,
}

/// What programme outcomes are grouped by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "indicators::ProgrammeDimension")]
pub enum ProgrammeDimension {
    /// The programme's kind (every kind listed).
    ProgrammeKind,
    /// The year of enrolment (every year from the first enrolment to the last).
    Cohort,
}
