//! Mediation requests: open ones for mediators, taken ones, and an organisation's own.

use async_graphql::connection::Connection;
use async_graphql::{Context, Object};

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::mediation::MediationRequest;
use crate::graphql::pagination::page_of;

#[derive(Default)]
pub struct MediationQuery;

#[Object]
impl MediationQuery {
    /// Open mediation requests in the signed-in mediator's languages, soonest first. Mediators
    /// only.
    async fn open_mediation_requests(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last request of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, MediationRequest>>> {
        page(app(ctx)?.mediation().open().await?, first, after)
    }

    /// The requests the signed-in mediator took, soonest first.
    async fn my_mediation_requests(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last request of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, MediationRequest>>> {
        page(app(ctx)?.mediation().taken().await?, first, after)
    }

    /// The requests the caller's organisation made, newest first.
    async fn mediation_requests(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last request of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, MediationRequest>>> {
        page(app(ctx)?.mediation().of_organisation().await?, first, after)
    }
}

/// A page of requests, in the order the use case gave them.
fn page(
    requests: Vec<skupaj_domain::mediation::MediationRequest>,
    first: Option<i32>,
    after: Option<String>,
) -> ApiResult<Option<Connection<String, MediationRequest>>> {
    let items = requests.into_iter().map(MediationRequest).collect();
    page_of(items, |r| r.0.id, first, after).map(Some)
}
