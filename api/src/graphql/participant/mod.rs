//! Participants: their records as each viewer may see them, their consents, and registering,
//! editing, merging and erasing them.

pub mod enums;
pub(crate) mod mutation;
pub mod object;
pub(crate) mod query;

pub use enums::*;
pub use object::*;
