//! Notifications: the signed-in user's inbox, marking read, e-mail preferences (the live
//! subscription is `graphql::subscription`).

mod enums;
mod inputs;
mod mutation;
mod object;
mod query;

pub use enums::*;
pub use inputs::*;
pub use mutation::*;
pub use object::*;
pub use query::*;
