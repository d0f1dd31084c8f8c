//! Posting and closing vacancies.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use skupaj_app::vacancy::VacancyPost;

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;
use crate::graphql::programme::LanguageRequirementInput;
use crate::graphql::vacancy::Vacancy;

/// A vacancy to post.
#[derive(InputObject, Debug)]
pub struct PostVacancyInput {
    /// The occupation.
    pub occupation: String,
    /// Skills asked for, as tags.
    #[graphql(default)]
    pub skills: Vec<String>,
    /// A minimum language level.
    pub min_language: Option<LanguageRequirementInput>,
    /// Where the work is.
    pub municipality: String,
    /// How many positions (1 to 10,000).
    pub openings: u32,
    /// The last day it is open (today or later).
    pub valid_until: NaiveDate,
}

/// The vacancy to close.
#[derive(InputObject, Debug)]
pub struct CloseVacancyInput {
    /// The vacancy.
    pub id: ID,
}

/// The vacancy a mutation posted or closed.
#[derive(SimpleObject, Debug)]
pub struct VacancyPayload {
    /// The vacancy.
    pub vacancy: Vacancy,
}

#[derive(Default)]
pub struct LabourMarketMutation;

#[Object]
impl LabourMarketMutation {
    /// Posts labour demand (case workers of a labour agency or company).
    async fn post_vacancy(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The vacancy.")] input: PostVacancyInput,
    ) -> ApiResult<VacancyPayload> {
        let vacancies = app(ctx)?.vacancies();
        let post = VacancyPost {
            occupation: input.occupation,
            skills: input.skills,
            min_language: input.min_language.map(|r| (r.language, r.level.into())),
            municipality: input.municipality,
            openings: input.openings,
            valid_until: input.valid_until,
        };
        Ok(VacancyPayload {
            vacancy: Vacancy(vacancies.post(post).await?),
        })
    }

    /// Closes a vacancy of the caller's organisation.
    async fn close_vacancy(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The vacancy.")] input: CloseVacancyInput,
    ) -> ApiResult<VacancyPayload> {
        let vacancies = app(ctx)?.vacancies();
        let vacancy = vacancies.close(parse_id("id", &input.id)?).await?;
        Ok(VacancyPayload {
            vacancy: Vacancy(vacancy),
        })
    }
}
