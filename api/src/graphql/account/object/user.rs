//! `User`: a person with an account.

use async_graphql::{ID, Object};
use chrono::{DateTime, Utc};
use skupaj_domain::user;

use crate::graphql::account::enums::PlatformRole;

/// A person with an account: staff of an organisation or a platform administrator. Never a
/// participant: participants do not sign in.
#[derive(Debug, Clone)]
pub struct User(pub user::User);

/// A person with an account: staff of an organisation or a platform administrator. Never a
/// participant: participants do not sign in.
#[Object]
impl User {
    /// The user's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The address the user signs in with and receives notifications at.
    async fn email(&self) -> &str {
        self.0.email.as_str()
    }

    /// The name shown to colleagues.
    async fn display_name(&self) -> &str {
        &self.0.display_name
    }

    /// The language (ISO 639) notifications and e-mails are written in.
    async fn preferred_locale(&self) -> &str {
        self.0.preferred_locale.as_str()
    }

    /// The user's role on the platform itself, if any.
    async fn platform_role(&self) -> Option<PlatformRole> {
        self.0.platform_role.map(Into::into)
    }

    /// False once the user has been deactivated: they can no longer sign in.
    async fn active(&self) -> bool {
        self.0.active
    }

    /// When the account was opened.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
