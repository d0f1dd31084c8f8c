//! Life cards: a participant's goals and progress entries.

pub(crate) mod mutation;
pub mod object;

pub use object::*;
