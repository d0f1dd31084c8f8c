//! Signing in and out, refreshing, and switching the acting organisation.

pub mod inputs;
pub(crate) mod mutation;
pub mod object;

pub use inputs::*;
pub use object::*;
