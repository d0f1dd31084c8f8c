//! Case work: caseloads, referral assignment and follow-up tasks.

pub(crate) mod mutation;
pub mod object;
pub(crate) mod query;

pub use object::*;
