//! Vacancies: labour demand posted by labour agencies and companies.

mod inputs;
mod mutation;
mod object;
mod query;

pub use inputs::*;
pub use mutation::*;
pub use object::*;
pub use query::*;
