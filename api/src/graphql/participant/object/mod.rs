//! The output types of participants: `Participant` and `Consent`.

pub mod consent;
pub mod participant;

pub use consent::*;
pub use participant::*;
