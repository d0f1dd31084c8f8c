//! The output types of members: memberships and invitations.

pub mod invitation;
pub mod membership;

pub use invitation::*;
pub use membership::*;
