//! Mediation: requests for interpreters and intercultural mediators.

mod enums;
mod mutation;
mod object;
mod query;

pub use enums::*;
pub use mutation::*;
pub use object::*;
pub use query::*;
