//! Rectification: corrections of life-card entries and referral notes, and the revisions
//! they keep.

pub(crate) mod mutation;
pub mod object;

pub use object::*;
