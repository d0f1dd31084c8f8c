//! Mentorship: staff profiles of mentors and mediators, pairings and their meetings.

mod enums;
mod mutation;
mod object;
mod query;

pub use enums::*;
pub use mutation::*;
pub use object::*;
pub use query::*;
