//! The audit log, for auditors (what is written to it is `graphql::audit`).

mod inputs;
mod object;
mod query;

pub use inputs::*;
pub use object::*;
pub use query::*;
