//! Authentication: password hashes, access tokens, refresh tokens, and turning a bearer token
//! into the `Actor` the access policy judges.

pub mod actor;
pub mod password;
pub mod rate_limit;
pub mod refresh;
pub mod tokens;
