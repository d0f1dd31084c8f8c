//! Life cards: a participant's goals and progress entries.

pub mod enums;
pub(crate) mod mutation;
pub mod object;

pub use enums::*;
pub use object::*;
