//! The signed-in user.

use async_graphql::connection::Connection;
use async_graphql::{Context, Object};

use crate::graphql::account::Me;
use crate::graphql::context::{app, viewer};
use crate::graphql::error::ApiResult;
use crate::graphql::member::Invitation;
use crate::graphql::pagination::page_of;

#[derive(Default)]
pub struct AccountQuery;

#[Object]
impl AccountQuery {
    /// The signed-in user and the organisation they act in; `null` with `UNAUTHENTICATED`
    /// without a valid access token.
    async fn me(&self, ctx: &Context<'_>) -> ApiResult<Option<Me>> {
        Ok(Some(Me(viewer(ctx)?.clone())))
    }

    /// The invitations the signed-in user can still answer (pending, not expired), newest
    /// first; `null` with `UNAUTHENTICATED` without a valid access token.
    async fn my_invitations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last invitation of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, Invitation>>> {
        let open = app(ctx)?.invitations().open_for_me().await?;
        let items = open.into_iter().map(Invitation).collect();
        Ok(Some(page_of(items, |i: &Invitation| i.0.id, first, after)?))
    }
}
