//! GraphQL object types: one file per domain concept, each wrapping a domain value.

pub mod audit_entry;
pub mod consent;
pub mod enrolment;
pub mod enums;
pub mod indicators;
pub mod invitation;
pub mod life_card;
pub mod me;
pub mod mediation;
pub mod membership;
pub mod mentorship;
pub mod notification;
pub mod organisation;
pub mod participant;
pub mod participant_enums;
pub mod programme;
pub mod programme_enums;
pub mod programme_match;
pub mod referral;
pub mod referral_enums;
pub mod revision;
pub mod session;
pub mod stakeholder_group;
pub mod support_enums;
pub mod user;
pub mod vacancy;
