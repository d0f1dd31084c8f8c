//! The output types of accounts: the signed-in user and user accounts.

pub mod me;
pub mod user;

pub use me::*;
pub use user::*;
