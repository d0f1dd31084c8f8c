//! The output types of indicators, one per file.

mod duration_figures;
mod indicator_row;
mod indicator_table;
mod indicators;
mod programme_outcome;

pub use duration_figures::*;
pub use indicator_row::*;
pub use indicator_table::*;
pub use indicators::*;
pub use programme_outcome::*;
