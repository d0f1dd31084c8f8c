//! Stakeholder groups: a municipality's local partnerships.

mod mutation;
mod object;
mod query;

pub use mutation::*;
pub use object::*;
pub use query::*;
