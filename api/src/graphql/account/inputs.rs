//! The inputs of changing and resetting a password.

use async_graphql::InputObject;

/// The current password and the new one.
#[derive(InputObject)]
pub struct ChangePasswordInput {
    /// The password the account has now.
    #[graphql(secret)]
    pub old_password: String,
    /// The new password (at least 12 characters).
    #[graphql(secret)]
    pub new_password: String,
}

/// The address of the account whose password was forgotten.
#[derive(InputObject)]
pub struct RequestPasswordResetInput {
    /// The account's e-mail address.
    pub email: String,
}

/// A reset token from the e-mailed link and the new password.
#[derive(InputObject)]
pub struct ResetPasswordInput {
    /// The token from the link (`/reset#token=…`).
    #[graphql(secret)]
    pub token: String,
    /// The new password (at least 12 characters).
    #[graphql(secret)]
    pub new_password: String,
}
