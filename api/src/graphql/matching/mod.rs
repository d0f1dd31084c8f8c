//! Matching in the API: programmes for a participant, participants for a programme and vacancies
//! for a participant, each with a score and its reasons (`object`, one type per file; the reason
//! codes in `enums`; the queries in `query`). Each resolver parses, calls `skupaj_app::matching`
//! and wraps.

pub mod enums;
pub mod object;
pub(crate) mod query;

pub use enums::*;
pub use object::*;
