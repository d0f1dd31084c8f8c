//! An organisation's members: inviting them, their answers, their roles, and deactivating
//! accounts.

pub mod enums;
pub mod inputs;
pub(crate) mod mutation;
pub mod object;

pub use enums::*;
pub use inputs::*;
pub use object::*;
