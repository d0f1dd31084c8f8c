//! The output types of matching, one per file.

mod match_reason;
mod participant_match;
mod programme_match;
mod vacancy_match;

pub use match_reason::*;
pub use participant_match::*;
pub use programme_match::*;
pub use vacancy_match::*;
