//! GraphQL object types: one file per domain concept, each wrapping a domain value.

pub use crate::graphql::audit_log as audit_entry;
pub use crate::graphql::enrolment;
pub use crate::graphql::participant as consent;
/// The shared enums, now kept by their features (shim until the lead removes it).
pub mod enums {
    pub use crate::graphql::account::enums::*;
    pub use crate::graphql::member::enums::*;
    pub use crate::graphql::organisation::enums::*;
}
pub use crate::graphql::account::object::me;
pub use crate::graphql::indicator as indicators;
pub use crate::graphql::life_card;
pub use crate::graphql::mediation;
pub use crate::graphql::member::object::invitation;
pub use crate::graphql::member::object::membership;
pub use crate::graphql::mentorship;
pub use crate::graphql::notification;
pub use crate::graphql::organisation::object as organisation;
pub use crate::graphql::participant;
pub use crate::graphql::participant as participant_enums;
pub use crate::graphql::placement;
pub mod programme;
pub mod programme_enums;
pub mod programme_match;
pub use crate::graphql::rectification as revision;
pub use crate::graphql::referral;
pub use crate::graphql::referral as referral_enums;
pub mod session;
pub use crate::graphql::stakeholder_group;
pub mod support_enums;
pub use crate::graphql::account::object::user;
pub use crate::graphql::caseload as task;
pub use crate::graphql::vacancy;
