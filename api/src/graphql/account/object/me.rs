//! `Me`: the signed-in user and the organisation they act in.

use async_graphql::{Context, Object};

use crate::auth::actor::Viewer;
use crate::graphql::account::User;
use crate::graphql::account::enums::PlatformRole;
use crate::graphql::context::app;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::member::Membership;
use crate::graphql::member::enums::MembershipRole;
use crate::graphql::organisation::{Organisation, load_organisation};

/// The signed-in user, the organisation they are acting in, and where else they could act.
#[derive(Debug, Clone)]
pub struct Me(pub Viewer);

/// The signed-in user, the organisation they are acting in, and where else they could act.
#[Object]
impl Me {
    /// The signed-in user's account.
    async fn user(&self, ctx: &Context<'_>) -> ApiResult<User> {
        ctx.data_unchecked::<Loaders>()
            .users
            .load_one(self.0.actor.user_id)
            .await
            .map_err(loader_error)?
            .map(User)
            .ok_or(ApiError::NotFound)
    }

    /// The organisation the user is acting in (named by the access token); `null` for platform
    /// roles acting outside any organisation.
    async fn acting_organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        let Some(acting) = &self.0.actor.acting else {
            return Ok(None);
        };
        load_organisation(ctx, acting.organisation_id).await
    }

    /// The user's role in the acting organisation.
    async fn acting_role(&self) -> Option<MembershipRole> {
        self.0
            .actor
            .acting
            .as_ref()
            .map(|acting| acting.role.into())
    }

    /// The user's platform role, if any.
    async fn platform_role(&self) -> Option<PlatformRole> {
        self.0.actor.platform_role.map(Into::into)
    }

    /// Every organisation the user belongs to, oldest membership first: the choices for
    /// `switchOrganisation`.
    async fn memberships(&self, ctx: &Context<'_>) -> ApiResult<Vec<Membership>> {
        Ok(app(ctx)?
            .memberships()
            .mine()
            .await?
            .into_iter()
            .map(Membership::new)
            .collect())
    }
}
