//! The Skupaj domain: the model of organisations, people and their work together, and the rules
//! that govern it. This crate does no IO and depends on no framework: every rule here is a pure
//! function that the persistence and API layers call, so it can be tested in isolation.

/// Declares a closed set of values (a kind, a role, a status) spelled in SCREAMING_SNAKE_CASE
/// everywhere: in the database, in JSON and in the API.
macro_rules! closed_set {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
            strum::Display, strum::EnumString, strum::IntoStaticStr, strum::EnumIter,
        )]
        #[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
        #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
        pub enum $name { $($(#[$variant_meta])* $variant),* }
    };
}

pub mod access;
pub mod audit;
pub mod calendar;
pub mod consent;
pub mod cwcs;
pub mod email;
pub mod emergency_access;
pub mod enrolment;
pub mod erasure;
pub mod error;
pub mod geography;
pub mod indicators;
pub mod invitation;
pub mod language;
pub mod life_card;
pub mod matching;
pub mod mediation;
pub mod membership;
pub mod mentorship;
pub mod notification;
pub mod organisation;
pub mod participant;
pub mod participant_merge;
pub mod password;
pub mod placement;
pub mod programme;
pub mod rectification;
pub mod referral;
pub mod retention;
pub mod schedule;
pub mod search;
pub mod stakeholder_group;
pub mod suppression;
pub mod task;
pub mod text;
pub mod user;
pub mod vacancy;

pub use error::{DomainError, ValidationError};
