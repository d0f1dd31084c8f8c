//! GraphQL object types: one file per domain concept, each wrapping a domain value.

pub mod enums;
pub mod me;
pub mod membership;
pub mod organisation;
pub mod session;
pub mod user;
