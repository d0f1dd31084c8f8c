//! The payloads of signing in and out, refreshing and switching organisation, one per file.

mod auth_payload;
mod logout_payload;
mod switch_organisation_payload;

pub use auth_payload::*;
pub use logout_payload::*;
pub use switch_organisation_payload::*;
