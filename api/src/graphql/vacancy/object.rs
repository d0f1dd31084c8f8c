//! `Vacancy`.

use async_graphql::{Context, ID, Object};
use chrono::NaiveDate;
use skupaj_domain::vacancy;

use crate::graphql::error::ApiResult;
use crate::graphql::organisation::object::{Organisation, load_organisation};
use crate::graphql::programme::LanguageRequirement;

/// A vacancy.
#[derive(Debug, Clone)]
pub struct Vacancy(pub vacancy::Vacancy);

/// Labour demand posted by a labour agency or company: an occupation, skills, a minimum
/// language level, where, how many, until when.
#[Object]
impl Vacancy {
    /// The vacancy's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The occupation (lower case).
    async fn occupation(&self) -> &str {
        &self.0.occupation
    }

    /// Skills asked for, as tags.
    async fn skills(&self) -> &[String] {
        &self.0.skills
    }

    /// The minimum language level, if any.
    async fn min_language(&self) -> Option<LanguageRequirement> {
        self.0.min_language.as_ref().map(|r| LanguageRequirement {
            language: r.language.to_string(),
            level: r.level.into(),
        })
    }

    /// Where the work is.
    async fn municipality(&self) -> &str {
        &self.0.municipality
    }

    /// How many positions.
    async fn openings(&self) -> u32 {
        self.0.openings
    }

    /// The last day it is open.
    async fn valid_until(&self) -> NaiveDate {
        self.0.valid_until
    }

    /// Who posted it.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        load_organisation(ctx, self.0.organisation_id).await
    }
}
