//! Finding mentors, and a mentor's own mentorships.

use async_graphql::connection::Connection;
use async_graphql::{Context, Object};

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::mentorship::{Mentorship, StaffProfile};
use crate::graphql::pagination::page_of;

#[derive(Default)]
pub struct MentorshipQuery;

#[Object]
impl MentorshipQuery {
    /// Mentors and mediators, optionally with an expertise or a language. Case workers only.
    async fn mentors(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "With this expertise tag.")] expertise: Option<String>,
        #[graphql(desc = "Speaking this language (ISO 639).")] language: Option<String>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last profile of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, StaffProfile>>> {
        let profiles = app(ctx)?
            .mentorships()
            .find_mentors(expertise.as_deref(), language.as_deref())
            .await?
            .into_iter()
            .map(StaffProfile)
            .collect();
        page_of(profiles, |p| p.0.user_id, first, after).map(Some)
    }

    /// The signed-in mentor's mentorships, newest first.
    async fn my_mentorships(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last mentorship of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, Mentorship>>> {
        let items = app(ctx)?
            .mentorships()
            .mine()
            .await?
            .into_iter()
            .map(Mentorship)
            .collect();
        page_of(items, |m| m.0.id, first, after).map(Some)
    }
}
