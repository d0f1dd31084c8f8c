//! Authentication: password hashes, access tokens, refresh tokens, and turning a bearer token
//! into the `Actor` the access policy judges.

pub mod actor;
pub use skupaj_app::account::password;
pub mod rate_limit;
pub use skupaj_app::session::refresh;
pub mod tokens;
