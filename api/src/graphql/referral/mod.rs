//! Referrals in the API: the `Referral` type and its history, notes and figures (`object`), their
//! enums (`enums`), a list's nodes answered from what their page read (`listed`) and the page around them
//! (`listed_page`), the queries
//! (`query`) and the lifecycle's mutations (`mutation`, with their inputs and payloads). Each
//! resolver parses, calls `skupaj_app::referral` and wraps.

pub mod enums;
pub mod listed;
pub mod listed_page;
pub mod mutation;
pub mod object;
pub mod query;

pub use enums::*;
pub use object::*;
