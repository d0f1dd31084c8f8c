//! Platform roles as GraphQL enums. `remote` ties each to its domain type, so the compiler fails here
//! when the domain gains or loses a value.

use async_graphql::Enum;
use skupaj_domain::membership;

/// A role on the platform itself, outside any organisation.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "membership::PlatformRole")]
pub enum PlatformRole {
    /// Manages organisations and accounts; sees no personal data of participants.
    PlatformAdmin,
    /// Reads the audit log.
    Auditor,
}
