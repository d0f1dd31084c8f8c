//! Emergency access ("break-the-glass"): asking for temporary access to the parts of a
//! participant's record the consent does not share, and the list of grants for auditors and
//! the owning organisation's admins.

pub(crate) mod mutation;
pub mod object;
pub(crate) mod query;

pub use object::*;
