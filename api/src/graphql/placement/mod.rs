//! Placements: jobs participants started (`recordPlacement`) and a participant's history of
//! programmes and jobs.

pub mod enums;
pub mod inputs;
pub mod mutation;
pub mod object;

pub use enums::*;
pub use inputs::*;
pub use object::*;
