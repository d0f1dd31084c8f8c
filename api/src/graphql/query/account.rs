//! The signed-in user.

use async_graphql::{Context, Object};

use crate::graphql::context::viewer;
use crate::graphql::error::ApiResult;
use crate::graphql::types::me::Me;

#[derive(Default)]
pub struct AccountQuery;

#[Object]
impl AccountQuery {
    /// The signed-in user and the organisation they act in; `null` with `UNAUTHENTICATED`
    /// without a valid access token.
    async fn me(&self, ctx: &Context<'_>) -> ApiResult<Option<Me>> {
        Ok(Some(Me(viewer(ctx)?.clone())))
    }
}
