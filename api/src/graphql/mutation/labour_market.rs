//! Posting and closing vacancies.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{NaiveDate, Utc};
use skupaj_domain::access::post_vacancy;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::programme::LanguageRequirement;
use skupaj_domain::vacancy::check_vacancy;
use skupaj_persistence::vacancies;
use uuid::Uuid;

use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::mutation::programmes::LanguageRequirementInput;
use crate::graphql::pagination::parse_id;
use crate::graphql::types::vacancy::Vacancy;

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

impl AuditedPayload for VacancyPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.vacancy.0.id)
    }
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
        audited("Vacancy", None, async {
            let organisation = post_vacancy(actor(ctx)?)?;
            let (occupation, skills, municipality) = check_vacancy(
                &input.occupation,
                &input.skills,
                &input.municipality,
                input.openings,
                input.valid_until,
                Utc::now().date_naive(),
            )?;
            let min_language = input
                .min_language
                .map(|r| {
                    Ok::<_, ApiError>(LanguageRequirement {
                        language: LanguageCode::parse("minLanguage.language", &r.language)?,
                        level: r.level.into(),
                    })
                })
                .transpose()?;
            let vacancy = vacancies::create(
                db(ctx),
                organisation,
                occupation,
                skills,
                min_language,
                municipality,
                input.openings,
                input.valid_until,
            )
            .await?;
            Ok(VacancyPayload {
                vacancy: Vacancy(vacancy),
            })
        })
        .await
    }

    /// Closes a vacancy of the caller's organisation.
    async fn close_vacancy(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The vacancy.")] input: CloseVacancyInput,
    ) -> ApiResult<VacancyPayload> {
        audited("Vacancy", parse_id("id", &input.id).ok(), async {
            let organisation = post_vacancy(actor(ctx)?)?;
            let vacancy = vacancies::get(db(ctx), parse_id("id", &input.id)?)
                .await?
                .filter(|v| v.organisation_id == organisation)
                .ok_or(ApiError::NotFound)?;
            let vacancy = vacancies::close(db(ctx), vacancy.id).await?;
            Ok(VacancyPayload {
                vacancy: Vacancy(vacancy),
            })
        })
        .await
    }
}
