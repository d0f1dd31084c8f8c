//! Indicators: published figures for municipal officers, analysts and platform admins.

mod enums;
mod inputs;
mod object;
mod query;

pub use enums::*;
pub use inputs::*;
pub use object::*;
pub use query::*;
