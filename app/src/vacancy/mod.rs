//! Vacancies: labour demand that labour agencies and companies post and close, and that every
//! signed-in user reads.

use chrono::{NaiveDate, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access::{close_vacancy, post_vacancy};
use skupaj_domain::language::LanguageCode;
use skupaj_domain::participant::CefrLevel;
use skupaj_domain::programme::LanguageRequirement;
use skupaj_domain::vacancy::{Vacancy, check_vacancy};
use skupaj_persistence::audit;
use skupaj_persistence::page::Page;
use skupaj_persistence::vacancies::{self, VacancyFilter};
use uuid::Uuid;

use crate::{AppResult, Handle};

/// A vacancy as the poster typed it.
#[derive(Debug, Clone)]
pub struct VacancyPost {
    pub occupation: String,
    pub skills: Vec<String>,
    /// A minimum language (ISO 639) and level.
    pub min_language: Option<(String, CefrLevel)>,
    pub municipality: String,
    pub openings: u32,
    /// The last day it is open (today or later).
    pub valid_until: NaiveDate,
}

/// What to narrow the vacancy list to.
#[derive(Debug, Clone, Default)]
pub struct VacancySearch {
    pub occupation: Option<String>,
    pub municipality: Option<String>,
    pub skill: Option<String>,
    /// Also those whose validity has ended (otherwise only those open today).
    pub include_closed: bool,
}

/// The use cases of vacancies.
#[derive(Debug, Clone, Copy)]
pub struct Vacancies<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Vacancies.
    pub fn vacancies(self) -> Vacancies<'a> {
        Vacancies(self)
    }
}

impl Vacancies<'_> {
    /// Posts labour demand for the actor's organisation (case workers of a labour agency or
    /// company).
    pub async fn post(&self, post: VacancyPost) -> AppResult<Vacancy> {
        audit::about("Vacancy", None);
        let (permit, organisation) = post_vacancy(self.0.actor())?;
        let (occupation, skills, municipality) = check_vacancy(
            &post.occupation,
            &post.skills,
            &post.municipality,
            post.openings,
            post.valid_until,
            Utc::now().date_naive(),
        )?;
        let min_language = post
            .min_language
            .map(|(language, level)| {
                Ok::<_, DomainError>(LanguageRequirement {
                    language: LanguageCode::parse("minLanguage.language", &language)?,
                    level,
                })
            })
            .transpose()?;
        Ok(vacancies::create(
            self.0.db(),
            permit,
            organisation,
            occupation,
            skills,
            min_language,
            municipality,
            post.openings,
            post.valid_until,
        )
        .await?)
    }

    /// Closes one of the actor's organisation's vacancies: its validity ends yesterday.
    /// Another organisation's is `NOT_FOUND`.
    pub async fn close(&self, id: Uuid) -> AppResult<Vacancy> {
        let db = self.0.db();
        audit::about("Vacancy", Some(id));
        let vacancy = vacancies::get(db, id).await?;
        let permit = close_vacancy(self.0.actor(), vacancy.as_ref())?;
        let yesterday = Utc::now().date_naive().pred_opt().unwrap_or_default();
        Ok(vacancies::set_valid_until(db, permit, id, yesterday).await?)
    }

    /// A page of vacancies, newest first (any signed-in user).
    pub async fn list(
        &self,
        search: VacancySearch,
        after: Option<Uuid>,
        first: u64,
    ) -> AppResult<Page<Vacancy>> {
        let filter = VacancyFilter {
            occupation: search.occupation.map(|o| o.trim().to_lowercase()),
            municipality: search.municipality.map(|m| m.trim().to_owned()),
            skill: search.skill.map(|s| s.trim().to_lowercase()),
            valid_on: (!search.include_closed).then(|| Utc::now().date_naive()),
        };
        Ok(vacancies::list(self.0.db(), &filter, after, first).await?)
    }
}
