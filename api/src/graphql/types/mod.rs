//! The GraphQL types of programmes and matching, not yet in feature folders of their own
//! (`graphql/<feature>/`, where every other feature keeps its types).

pub mod programme;
pub mod programme_enums;
pub mod programme_match;
pub mod session;
pub mod support_enums;
