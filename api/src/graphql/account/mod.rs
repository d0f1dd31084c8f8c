//! The signed-in user's account: who they are, their invitations, their password.

pub mod enums;
pub mod inputs;
pub(crate) mod mutation;
pub mod object;
pub(crate) mod query;

pub use enums::*;
pub use inputs::*;
pub use object::*;
