//! sea-orm entities: one module per table. They are the storage shape only; repositories turn
//! them into domain values, so nothing outside this crate sees them.

pub mod membership;
pub mod organisation;
pub mod organisation_attribute;
pub mod refresh_token;
pub mod session;
pub mod user;
