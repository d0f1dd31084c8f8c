//! Enrolments in the API: the `Enrolment` type (`object`), its enums (`enums`) and its mutations
//! (`mutation`, with their inputs and payloads). Each resolver parses, calls
//! `skupaj_app::enrolment` and wraps.

pub mod enums;
pub mod mutation;
pub mod object;

pub use enums::*;
pub use object::*;
