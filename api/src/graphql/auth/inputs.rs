//! The inputs of signing in and out, refreshing and switching the acting organisation.

use async_graphql::{ID, InputObject};

/// Credentials to sign in with.
#[derive(InputObject)]
pub struct LoginInput {
    /// The account's e-mail address.
    pub email: String,
    /// The account's password.
    #[graphql(secret)]
    pub password: String,
    /// The organisation to act in; by default the user's oldest membership.
    pub organisation_id: Option<ID>,
}

/// A refresh token to exchange.
#[derive(InputObject)]
pub struct RefreshSessionInput {
    /// The refresh token from the last `login` or `refreshSession`.
    #[graphql(secret)]
    pub refresh_token: String,
}

/// How far to sign out.
#[derive(InputObject)]
pub struct LogoutInput {
    /// End every session of the user on every device, not only this one.
    #[graphql(default = false)]
    pub everywhere: bool,
}

/// The organisation to act in from now on.
#[derive(InputObject)]
pub struct SwitchOrganisationInput {
    /// An organisation the user is a member of.
    pub organisation_id: ID,
}
