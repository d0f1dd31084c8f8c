//! The output types of programmes, one per file.

mod eligibility;
mod language_requirement;
mod localised_string;
mod programme;
mod programme_partner;
mod programme_session;
mod programme_stats;

pub use eligibility::*;
pub use language_requirement::*;
pub use localised_string::*;
pub use programme::*;
pub use programme_partner::*;
pub use programme_session::*;
pub use programme_stats::*;
