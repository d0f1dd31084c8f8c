//! Programmes in the API: the `Programme` type with its sessions, partners, eligibility and
//! figures (`object`, one type per file), their enums (`enums`), the search filter and the
//! mutations' inputs (`inputs`), the queries (`query`) and the mutations (`mutation`, with their
//! payloads). Each resolver parses, calls `skupaj_app::programme` and wraps.

pub mod enums;
pub mod inputs;
pub(crate) mod mutation;
pub mod object;
pub(crate) mod query;

pub use enums::*;
pub use inputs::*;
pub use object::*;
