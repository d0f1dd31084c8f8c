//! `Membership`: a user's role in one organisation.

use async_graphql::{Context, ID, Object};
use skupaj_domain::{membership, user};

use crate::graphql::account::User;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::member::enums::MembershipRole;
use crate::graphql::organisation::Organisation;

/// A user's place in an organisation, with their role there.
#[derive(Debug, Clone)]
pub struct Membership {
    membership: membership::Membership,
    /// The user, when the query that produced this membership already loaded them.
    user: Option<user::User>,
}

impl Membership {
    pub fn new(membership: membership::Membership) -> Self {
        Self {
            membership,
            user: None,
        }
    }

    /// The membership's id, for the audit log.
    pub fn uuid(&self) -> uuid::Uuid {
        self.membership.id
    }

    pub fn with_user(membership: membership::Membership, user: user::User) -> Self {
        Self {
            membership,
            user: Some(user),
        }
    }

    /// The membership's id (a list's cursor).
    pub fn membership_id(&self) -> uuid::Uuid {
        self.membership.id
    }
}

/// A user's place in an organisation, with their role there.
#[Object]
impl Membership {
    /// The membership's id.
    async fn id(&self) -> ID {
        ID(self.membership.id.to_string())
    }

    /// The user's role in the organisation.
    async fn role(&self) -> MembershipRole {
        self.membership.role.into()
    }

    /// The organisation.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        ctx.data_unchecked::<Loaders>()
            .organisations
            .load_one(self.membership.organisation_id)
            .await
            .map_err(loader_error)?
            .map(Organisation)
            .ok_or(ApiError::NotFound)
    }

    /// The member.
    async fn user(&self, ctx: &Context<'_>) -> ApiResult<User> {
        if let Some(user) = &self.user {
            return Ok(User(user.clone()));
        }
        ctx.data_unchecked::<Loaders>()
            .users
            .load_one(self.membership.user_id)
            .await
            .map_err(loader_error)?
            .map(User)
            .ok_or(ApiError::NotFound)
    }
}
