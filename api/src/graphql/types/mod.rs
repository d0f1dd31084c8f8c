//! GraphQL object types: one file per domain concept, each wrapping a domain value.

pub use crate::graphql::audit_log as audit_entry;
pub mod consent;
pub use crate::graphql::enrolment;
/// The shared enums, now kept by their features (shim until the lead removes it).
pub mod enums {
    pub use crate::graphql::account::enums::*;
    pub use crate::graphql::member::enums::*;
    pub use crate::graphql::organisation::enums::*;
}
pub use crate::graphql::indicator as indicators;
pub use crate::graphql::member::object::invitation;
pub mod life_card;
pub use crate::graphql::account::object::me;
pub mod mediation;
pub use crate::graphql::member::object::membership;
pub mod mentorship;
pub use crate::graphql::notification;
pub use crate::graphql::organisation::object as organisation;
pub mod participant;
pub mod participant_enums;
pub use crate::graphql::placement;
pub mod programme;
pub mod programme_enums;
pub mod programme_match;
pub use crate::graphql::referral;
pub use crate::graphql::referral as referral_enums;
pub mod revision;
pub mod session;
pub mod stakeholder_group;
pub mod support_enums;
pub mod task;
pub use crate::graphql::account::object::user;
pub mod vacancy;
