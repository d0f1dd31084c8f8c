//! Vacancies: labour demand, searchable by occupation, skill and municipality.

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::programme::LanguageRequirement;
use skupaj_domain::vacancy::Vacancy;
use uuid::Uuid;

use crate::entity::vacancy::{self, Column};
use crate::entity::vacancy_skill;
use crate::error::{from_json, parse_stored, to_json};
use crate::page::Page;
use crate::{Database, PersistenceError};

/// What the vacancy list narrows to.
#[derive(Debug, Clone, Default)]
pub struct VacancyFilter {
    pub occupation: Option<String>,
    pub municipality: Option<String>,
    pub skill: Option<String>,
    /// Only those still valid on this day.
    pub valid_on: Option<NaiveDate>,
}

#[allow(clippy::too_many_arguments)]
pub async fn create(
    db: &Database,
    _permit: Permit,
    organisation_id: Uuid,
    occupation: String,
    skills: Vec<String>,
    min_language: Option<LanguageRequirement>,
    municipality: String,
    openings: u32,
    valid_until: NaiveDate,
) -> Result<Vacancy, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let row = vacancy::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(organisation_id),
        occupation: Set(occupation),
        skills: Set(to_json(&skills)),
        min_language_code: Set(min_language.as_ref().map(|r| r.language.to_string())),
        min_language_level: Set(min_language.as_ref().map(|r| r.level.to_string())),
        municipality: Set(municipality),
        openings: Set(i32::try_from(openings).unwrap_or(i32::MAX)),
        valid_until: Set(valid_until),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    let skills: Vec<String> = from_json("vacancies.skills", &row.skills)?;
    if !skills.is_empty() {
        vacancy_skill::Entity::insert_many(skills.into_iter().map(|skill| {
            vacancy_skill::ActiveModel {
                vacancy_id: Set(row.id),
                skill: Set(skill),
            }
        }))
        .exec(&txn)
        .await?;
    }
    crate::audit::created(row.id);
    crate::audit::commit(txn).await?;
    to_domain(row)
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<Vacancy>, PersistenceError> {
    vacancy::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_domain)
        .transpose()
}

/// Sets the last day a vacancy is open.
pub async fn set_valid_until(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    valid_until: NaiveDate,
) -> Result<Vacancy, PersistenceError> {
    vacancy::Entity::update_many()
        .col_expr(Column::ValidUntil, valid_until.into())
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    get(db, id).await?.ok_or(PersistenceError::NotFound)
}

/// Vacancies matching `filter`, newest first. Skills are matched exactly, through their table.
pub async fn list(
    db: &Database,
    filter: &VacancyFilter,
    after: Option<Uuid>,
    first: u64,
) -> Result<Page<Vacancy>, PersistenceError> {
    let mut condition = Condition::all();
    if let Some(occupation) = &filter.occupation {
        condition = condition.add(Column::Occupation.eq(occupation.as_str()));
    }
    if let Some(municipality) = &filter.municipality {
        condition = condition.add(Column::Municipality.eq(municipality.as_str()));
    }
    if let Some(skill) = &filter.skill {
        condition = condition.add(
            Column::Id.in_subquery(
                Query::select()
                    .column(vacancy_skill::Column::VacancyId)
                    .from(vacancy_skill::Entity)
                    .and_where(vacancy_skill::Column::Skill.eq(skill.as_str()))
                    .to_owned(),
            ),
        );
    }
    if let Some(day) = filter.valid_on {
        condition = condition.add(Column::ValidUntil.gte(day));
    }
    if let Some(after) = after {
        condition = condition.add(Column::Id.lt(after));
    }
    let rows = vacancy::Entity::find()
        .filter(condition)
        .order_by_desc(Column::Id)
        .limit(first + 1)
        .all(db)
        .await?;
    Page::from_overfetch(rows, first).try_map(to_domain)
}

/// Vacancies still valid on `today`, newest first, at most `limit`: in these municipalities, or
/// anywhere when `municipalities` is `None`. One statement.
pub async fn open_in(
    db: &Database,
    municipalities: Option<&[String]>,
    today: NaiveDate,
    limit: u64,
) -> Result<Vec<Vacancy>, PersistenceError> {
    let mut query = vacancy::Entity::find().filter(Column::ValidUntil.gte(today));
    if let Some(municipalities) = municipalities {
        query = query.filter(Column::Municipality.is_in(municipalities.iter().map(String::as_str)));
    }
    query
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

fn to_domain(row: vacancy::Model) -> Result<Vacancy, PersistenceError> {
    let min_language = match (
        row.min_language_code.as_deref(),
        row.min_language_level.as_deref(),
    ) {
        (Some(code), Some(level)) => Some(LanguageRequirement {
            language: LanguageCode::parse("language", code)
                .map_err(|e| PersistenceError::Corrupt(e.to_string()))?,
            level: parse_stored("vacancies.min_language_level", level)?,
        }),
        _ => None,
    };
    Ok(Vacancy {
        id: row.id,
        organisation_id: row.organisation_id,
        occupation: row.occupation,
        skills: from_json("vacancies.skills", &row.skills)?,
        min_language,
        municipality: row.municipality,
        openings: u32::try_from(row.openings).unwrap_or(0),
        valid_until: row.valid_until,
        created_at: row.created_at,
    })
}

/// Openings of vacancies still valid on `today` in `municipality`, summed per occupation as
/// stored. One grouped statement, whatever the number of vacancies.
pub async fn openings_by_occupation(
    db: &Database,
    municipality: &str,
    today: NaiveDate,
) -> Result<Vec<(String, u32)>, PersistenceError> {
    let rows: Vec<(String, Option<i64>)> = vacancy::Entity::find()
        .select_only()
        .column(Column::Occupation)
        .column_as(Column::Openings.sum(), "openings")
        .filter(Column::Municipality.eq(municipality))
        .filter(Column::ValidUntil.gte(today))
        .group_by(Column::Occupation)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(occupation, openings)| {
            (
                occupation,
                u32::try_from(openings.unwrap_or(0)).unwrap_or(0),
            )
        })
        .collect())
}
