//! Mentors and mentorships, mediation requests, vacancies, stakeholder groups.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, InputObject, Object};
use skupaj_app::vacancy::VacancySearch;

use crate::graphql::context::app;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::{after_id, encode_cursor, page_of, page_size, parse_id};
use crate::graphql::types::mediation::MediationRequest;
use crate::graphql::types::mentorship::{Mentorship, StaffProfile};
use crate::graphql::types::stakeholder_group::StakeholderGroup;
use crate::graphql::types::vacancy::Vacancy;

/// Narrows the vacancy list.
#[derive(InputObject, Debug, Default)]
pub struct VacancyFilterInput {
    /// This occupation.
    pub occupation: Option<String>,
    /// In this municipality.
    pub municipality: Option<String>,
    /// Asking for this skill.
    pub skill: Option<String>,
    /// Include vacancies whose validity has ended (default: only open ones).
    #[graphql(default)]
    pub include_closed: bool,
}

#[derive(Default)]
pub struct SupportQuery;

#[Object]
impl SupportQuery {
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
        let items = app(ctx)?
            .mediation()
            .open()
            .await?
            .into_iter()
            .map(MediationRequest)
            .collect();
        page_of(items, |r| r.0.id, first, after).map(Some)
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
        let items = app(ctx)?
            .mediation()
            .taken()
            .await?
            .into_iter()
            .map(MediationRequest)
            .collect();
        page_of(items, |r| r.0.id, first, after).map(Some)
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
        let items = app(ctx)?
            .mediation()
            .of_organisation()
            .await?
            .into_iter()
            .map(MediationRequest)
            .collect();
        page_of(items, |r| r.0.id, first, after).map(Some)
    }

    /// Labour demand: open vacancies, newest first. For signed-in users.
    async fn vacancies(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.")] filter: Option<VacancyFilterInput>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last vacancy of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, Vacancy>>> {
        let vacancies = app(ctx)?.vacancies();
        let filter = filter.unwrap_or_default();
        let search = VacancySearch {
            occupation: filter.occupation,
            municipality: filter.municipality,
            skill: filter.skill,
            include_closed: filter.include_closed,
        };
        let first = page_size(first)?;
        let after = after_id(after)?;
        let page = vacancies.list(search, after, first).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.items
                .into_iter()
                .map(|v| Edge::new(encode_cursor(&v.id.to_string()), Vacancy(v))),
        );
        Ok(Some(connection))
    }

    /// The stakeholder groups the caller's organisation convenes or belongs to.
    async fn stakeholder_groups(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last group of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, StakeholderGroup>>> {
        let items = app(ctx)?
            .stakeholder_groups()
            .of_organisation()
            .await?
            .into_iter()
            .map(StakeholderGroup)
            .collect();
        page_of(items, |g| g.0.id, first, after).map(Some)
    }

    /// One stakeholder group, for its members, convener and coordinators; `NOT_FOUND` otherwise.
    async fn stakeholder_group(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The group's id.")] id: ID,
    ) -> ApiResult<Option<StakeholderGroup>> {
        let groups = app(ctx)?.stakeholder_groups();
        let id = parse_id("id", &id)?;
        groups
            .one(id)
            .await?
            .map(StakeholderGroup)
            .ok_or(ApiError::NotFound)
            .map(Some)
    }
}
