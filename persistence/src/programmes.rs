//! Programmes: storing them, the public search (filtered in SQL), partners and sessions.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::programme::{
    Eligibility, LanguageRequirement, LocalisedText, PartnerRole, Programme, ProgrammeKind,
    ProgrammeProfile, ProgrammeSession, ProgrammeStatus,
};
use uuid::Uuid;

use crate::entity::programme::{self, Column};
use crate::entity::programme_attribute::{self as attribute, LANGUAGE, OCCUPATION, SKILL};
use crate::entity::{
    enrolment, participant, programme_partner as partner, programme_session as session,
};
use crate::error::{from_json, parse_stored, to_json};
use crate::page::Page;
use crate::{Database, PersistenceError};
use skupaj_domain::enrolment::EnrolmentStatus;
use skupaj_domain::notification::{NotificationKind, on_session_change};

/// What the public search narrows programmes to; every present criterion must hold.
#[derive(Debug, Clone, Default)]
pub struct ProgrammeFilter {
    pub kinds: Vec<ProgrammeKind>,
    pub municipality: Option<String>,
    pub language: Option<LanguageCode>,
    pub childcare: Option<bool>,
    pub interpretation: Option<bool>,
    pub skill: Option<String>,
    /// Starting on or after this date.
    pub starts_from: Option<NaiveDate>,
    /// Lower-cased words that must all appear in a title, description or skill.
    pub words: Vec<String>,
    /// `Some(org)`: the programmes this organisation leads or partners, in any status. `None`:
    /// published and running programmes only (the public view).
    pub organised_by: Option<Uuid>,
}

/// Opens a draft programme led by `lead`, with its partners, in one transaction.
pub async fn create(
    db: &Database,
    _permit: Permit,
    lead: Uuid,
    partners: &[(Uuid, PartnerRole)],
    profile: &ProgrammeProfile,
) -> Result<Programme, PersistenceError> {
    let id = Uuid::now_v7();
    let now = Utc::now();
    let txn = crate::database::begin_write(db).await?;
    let mut row = profile_columns(profile);
    row.id = Set(id);
    row.lead_organisation_id = Set(lead);
    row.status = Set(ProgrammeStatus::Draft.to_string());
    row.enrolled_count = Set(0);
    row.created_at = Set(now);
    row.updated_at = Set(now);
    row.insert(&txn).await?;
    write_attributes(&txn, id, profile).await?;
    if !partners.is_empty() {
        partner::Entity::insert_many(partners.iter().map(|(organisation, role)| {
            partner::ActiveModel {
                programme_id: Set(id),
                organisation_id: Set(*organisation),
                role: Set(role.to_string()),
            }
        }))
        .exec(&txn)
        .await
        .map_err(|err| PersistenceError::unique(err, "this partner"))?;
    }
    crate::audit::created(id);
    crate::audit::commit(txn).await?;
    get(db, id).await?.ok_or(PersistenceError::NotFound)
}

/// Moves a programme to `to` if it is still in `from` (with the audit entry of the mutation,
/// in one transaction).
pub async fn set_status(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    from: ProgrammeStatus,
    to: ProgrammeStatus,
) -> Result<Programme, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let updated = programme::Entity::update_many()
        .col_expr(Column::Status, to.to_string().into())
        .col_expr(Column::UpdatedAt, Utc::now().into())
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(from.to_string()))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(PersistenceError::Stale);
    }
    crate::audit::commit(txn).await?;
    get(db, id).await?.ok_or(PersistenceError::NotFound)
}

/// What `update` did: the programme as it now is and the enrolments promoted from the waitlist,
/// in arrival order.
#[derive(Debug, Clone)]
pub struct Updated {
    pub programme: Programme,
    pub promoted: Vec<Uuid>,
}

/// Replaces a programme's profile, under its row lock: a capacity below the places taken is
/// `Full` and changes nothing; a capacity above them gives the free places to the waitlist in
/// arrival order (`enrolments::fill_places`), in the same transaction.
pub async fn update(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    profile: &ProgrammeProfile,
    referral: &dyn crate::enrolments::FollowReferral,
) -> Result<Updated, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let locked = crate::enrolments::lock_programme(&txn, id).await?;
    let status: ProgrammeStatus = parse_stored("programmes.status", &locked.status)?;
    skupaj_domain::programme::check_editable(status).map_err(|_| PersistenceError::Stale)?;
    let taken = u32::try_from(locked.enrolled_count).unwrap_or(0);
    let free = skupaj_domain::programme::places_free(profile.capacity, taken).map_err(|err| {
        PersistenceError::Full(match err {
            skupaj_domain::DomainError::Capacity(why) => why,
            other => other.to_string(),
        })
    })?;
    let mut row = profile_columns(profile);
    row.id = Set(id);
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    attribute::Entity::delete_many()
        .filter(attribute::Column::ProgrammeId.eq(id))
        .exec(&txn)
        .await?;
    write_attributes(&txn, id, profile).await?;
    let promoted = if status.accepts_enrolment() {
        crate::enrolments::fill_places(&txn, id, free, referral).await?
    } else {
        Vec::new()
    };
    crate::audit::commit(txn).await?;
    Ok(Updated {
        programme: get(db, id).await?.ok_or(PersistenceError::NotFound)?,
        promoted,
    })
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<Programme>, PersistenceError> {
    Ok(get_many(db, &[id]).await?.pop())
}

/// The programmes with these ids (unknown ids are left out), with their partners: two statements.
pub async fn get_many(db: &Database, ids: &[Uuid]) -> Result<Vec<Programme>, PersistenceError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = programme::Entity::find()
        .filter(Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    with_partners(db, rows).await
}

/// Programmes matching `filter`, newest first, `first` at a time.
pub async fn search(
    db: &Database,
    filter: &ProgrammeFilter,
    after: Option<Uuid>,
    first: u64,
) -> Result<Page<Programme>, PersistenceError> {
    let mut query = programme::Entity::find()
        .filter(filter_condition(filter))
        .order_by_desc(Column::Id);
    if let Some(after) = after {
        query = query.filter(Column::Id.lt(after));
    }
    let rows = query.limit(first + 1).all(db).await?;
    let page = Page::from_overfetch(rows, first);
    let items = with_partners(db, page.items).await?;
    Ok(Page {
        items,
        has_next_page: page.has_next_page,
    })
}

/// The programmes of a stakeholder group, newest first.
pub async fn of_group(db: &Database, group: Uuid) -> Result<Vec<Programme>, PersistenceError> {
    let rows = programme::Entity::find()
        .filter(Column::StakeholderGroupId.eq(group))
        .order_by_desc(Column::Id)
        .all(db)
        .await?;
    with_partners(db, rows).await
}

/// Schedules a session (with the audit entry of the mutation, in one transaction).
pub async fn add_session(
    db: &Database,
    _permit: Permit,
    programme_id: Uuid,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    place: Option<String>,
) -> Result<ProgrammeSession, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let row = session::ActiveModel {
        id: Set(Uuid::now_v7()),
        programme_id: Set(programme_id),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        place: Set(place),
    }
    .insert(&txn)
    .await?;
    crate::audit::created(row.id);
    crate::audit::commit(txn).await?;
    Ok(session_to_domain(row))
}

/// Moves a session that has not started (`Stale` once it has, or when it is gone) and tells the
/// case workers of the participants with a place, in one transaction.
pub async fn move_session(
    db: &Database,
    _permit: Permit,
    session_id: Uuid,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    place: Option<String>,
) -> Result<ProgrammeSession, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let current = session::Entity::find_by_id(session_id)
        .one(&txn)
        .await?
        .ok_or(PersistenceError::NotFound)?;
    let updated = session::Entity::update_many()
        .col_expr(session::Column::StartsAt, starts_at.into())
        .col_expr(session::Column::EndsAt, ends_at.into())
        .col_expr(session::Column::Place, place.into())
        .filter(session::Column::Id.eq(session_id))
        .filter(session::Column::StartsAt.gt(Utc::now()))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(PersistenceError::Stale);
    }
    notify_session_change(&txn, NotificationKind::SessionMoved, current.programme_id).await?;
    crate::audit::commit(txn).await?;
    session(db, session_id)
        .await?
        .ok_or(PersistenceError::NotFound)
}

/// Cancels (removes) a session that has not started (`Stale` once it has) and tells the case
/// workers of the participants with a place, in one transaction. Returns its programme.
pub async fn cancel_session(
    db: &Database,
    _permit: Permit,
    session_id: Uuid,
) -> Result<Uuid, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let current = session::Entity::find_by_id(session_id)
        .one(&txn)
        .await?
        .ok_or(PersistenceError::NotFound)?;
    let deleted = session::Entity::delete_many()
        .filter(session::Column::Id.eq(session_id))
        .filter(session::Column::StartsAt.gt(Utc::now()))
        .exec(&txn)
        .await?;
    if deleted.rows_affected != 1 {
        return Err(PersistenceError::Stale);
    }
    notify_session_change(
        &txn,
        NotificationKind::SessionCancelled,
        current.programme_id,
    )
    .await?;
    crate::audit::commit(txn).await?;
    Ok(current.programme_id)
}

/// Raises a session change for the organisations owning the participants enrolled (with a
/// place) in the programme.
async fn notify_session_change(
    txn: &impl ConnectionTrait,
    kind: NotificationKind,
    programme_id: Uuid,
) -> Result<(), PersistenceError> {
    let owners: Vec<Uuid> = participant::Entity::find()
        .select_only()
        .column(participant::Column::OwnerOrganisationId)
        .distinct()
        .filter(
            participant::Column::Id.in_subquery(
                Query::select()
                    .column(enrolment::Column::ParticipantId)
                    .from(enrolment::Entity)
                    .and_where(enrolment::Column::ProgrammeId.eq(programme_id))
                    .and_where(enrolment::Column::Status.eq(EnrolmentStatus::Enrolled.to_string()))
                    .to_owned(),
            ),
        )
        .into_tuple()
        .all(txn)
        .await?;
    crate::notifications::raise(txn, &on_session_change(kind, programme_id, &owners)).await?;
    Ok(())
}

/// A programme's sessions, in time order.
pub async fn sessions(
    db: &Database,
    programme_id: Uuid,
) -> Result<Vec<ProgrammeSession>, PersistenceError> {
    Ok(session::Entity::find()
        .filter(session::Column::ProgrammeId.eq(programme_id))
        .order_by_asc(session::Column::StartsAt)
        .all(db)
        .await?
        .into_iter()
        .map(session_to_domain)
        .collect())
}

pub async fn session(
    db: &Database,
    id: Uuid,
) -> Result<Option<ProgrammeSession>, PersistenceError> {
    Ok(session::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(session_to_domain))
}

fn session_to_domain(row: session::Model) -> ProgrammeSession {
    ProgrammeSession {
        id: row.id,
        programme_id: row.programme_id,
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        place: row.place,
    }
}

fn filter_condition(filter: &ProgrammeFilter) -> Condition {
    let mut condition = Condition::all();
    match filter.organised_by {
        Some(organisation) => {
            let partnered = Query::select()
                .column(partner::Column::ProgrammeId)
                .from(partner::Entity)
                .and_where(partner::Column::OrganisationId.eq(organisation))
                .to_owned();
            condition = condition.add(
                Condition::any()
                    .add(Column::LeadOrganisationId.eq(organisation))
                    .add(Column::Id.in_subquery(partnered)),
            );
        }
        None => {
            condition = condition.add(Column::Status.is_in([
                ProgrammeStatus::Published.to_string(),
                ProgrammeStatus::Running.to_string(),
            ]));
        }
    }
    if !filter.kinds.is_empty() {
        condition = condition.add(Column::Kind.is_in(filter.kinds.iter().map(ToString::to_string)));
    }
    if let Some(municipality) = &filter.municipality {
        condition = condition.add(Column::Municipality.eq(municipality.as_str()));
    }
    if let Some(childcare) = filter.childcare {
        condition = condition.add(Column::Childcare.eq(childcare));
    }
    if let Some(interpretation) = filter.interpretation {
        condition = condition.add(Column::Interpretation.eq(interpretation));
    }
    if let Some(from) = filter.starts_from {
        condition = condition.add(Column::StartsOn.gte(from));
    }
    for word in &filter.words {
        condition = condition.add(Column::SearchText.contains(word.as_str()));
    }
    let attributes = [
        (LANGUAGE, filter.language.as_ref().map(ToString::to_string)),
        (SKILL, filter.skill.clone()),
    ];
    for (name, value) in attributes {
        if let Some(value) = value {
            condition = condition.add(
                Column::Id.in_subquery(
                    Query::select()
                        .column(attribute::Column::ProgrammeId)
                        .from(attribute::Entity)
                        .and_where(attribute::Column::Attribute.eq(name))
                        .and_where(attribute::Column::Value.eq(value))
                        .to_owned(),
                ),
            );
        }
    }
    condition
}

fn search_text(profile: &ProgrammeProfile) -> String {
    profile
        .title
        .values()
        .chain(profile.description.values())
        .chain(profile.skills_taught.iter())
        .chain(profile.target_occupations.iter())
        .map(|text| text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" \u{1f} ")
}

pub(crate) fn profile_columns(profile: &ProgrammeProfile) -> programme::ActiveModel {
    let to_i32 = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    programme::ActiveModel {
        kind: Set(profile.kind.to_string()),
        title: Set(to_json(&stored_text(&profile.title))),
        description: Set(to_json(&stored_text(&profile.description))),
        modules: Set(to_json(&profile.modules)),
        skills_taught: Set(to_json(&profile.skills_taught)),
        target_occupations: Set(to_json(&profile.target_occupations)),
        certificate: Set(profile.certificate.clone()),
        venue: Set(profile.venue.clone()),
        municipality: Set(profile.municipality.clone()),
        capacity: Set(to_i32(profile.capacity)),
        legal_statuses: Set(to_json(&profile.eligibility.legal_statuses)),
        min_language_code: Set(profile
            .eligibility
            .min_language
            .as_ref()
            .map(|r| r.language.to_string())),
        min_language_level: Set(profile
            .eligibility
            .min_language
            .as_ref()
            .map(|r| r.level.to_string())),
        min_age: Set(profile.eligibility.min_age.map(i32::from)),
        max_age: Set(profile.eligibility.max_age.map(i32::from)),
        languages_of_instruction: Set(to_json(
            &profile
                .languages_of_instruction
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
        )),
        interpretation: Set(profile.interpretation),
        childcare: Set(profile.childcare),
        step_free_access: Set(profile.step_free_access),
        cost_cents: Set(to_i32(profile.cost_cents)),
        min_attendance_percent: Set(i32::from(profile.min_attendance_percent)),
        starts_on: Set(profile.starts_on),
        ends_on: Set(profile.ends_on),
        stakeholder_group_id: Set(profile.stakeholder_group_id),
        partners_may_add_sessions: Set(profile.partners_may_add_sessions),
        search_text: Set(search_text(profile)),
        ..Default::default()
    }
}

fn stored_text(text: &LocalisedText) -> HashMap<String, String> {
    text.iter()
        .map(|(l, t)| (l.to_string(), t.clone()))
        .collect()
}

pub(crate) fn parse_text(column: &str, raw: &str) -> Result<LocalisedText, PersistenceError> {
    let stored: HashMap<String, String> = from_json(column, raw)?;
    stored
        .into_iter()
        .map(|(language, text)| {
            Ok((
                LanguageCode::parse("language", &language)
                    .map_err(|e| PersistenceError::Corrupt(e.to_string()))?,
                text,
            ))
        })
        .collect()
}

async fn write_attributes(
    txn: &impl ConnectionTrait,
    id: Uuid,
    profile: &ProgrammeProfile,
) -> Result<(), PersistenceError> {
    let rows = attribute_rows(id, profile);
    if !rows.is_empty() {
        attribute::Entity::insert_many(rows).exec(txn).await?;
    }
    Ok(())
}

/// The searchable attributes of a programme: languages of instruction, skills, occupations.
pub(crate) fn attribute_rows(id: Uuid, profile: &ProgrammeProfile) -> Vec<attribute::ActiveModel> {
    let mut rows = Vec::new();
    let mut push = |name: &str, values: Vec<String>| {
        for value in values {
            rows.push(attribute::ActiveModel {
                programme_id: Set(id),
                attribute: Set(name.to_owned()),
                value: Set(value),
            });
        }
    };
    push(
        LANGUAGE,
        profile
            .languages_of_instruction
            .iter()
            .map(ToString::to_string)
            .collect(),
    );
    push(SKILL, profile.skills_taught.clone());
    push(OCCUPATION, profile.target_occupations.clone());
    rows
}

pub(crate) async fn with_partners(
    db: &Database,
    rows: Vec<programme::Model>,
) -> Result<Vec<Programme>, PersistenceError> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let partners = partner::Entity::find()
        .filter(partner::Column::ProgrammeId.is_in(rows.iter().map(|r| r.id)))
        .all(db)
        .await?;
    let mut by_programme: HashMap<Uuid, Vec<(Uuid, PartnerRole)>> = HashMap::new();
    for row in partners {
        by_programme.entry(row.programme_id).or_default().push((
            row.organisation_id,
            parse_stored("programme_partners.role", &row.role)?,
        ));
    }
    rows.into_iter()
        .map(|row| {
            let partners = by_programme.remove(&row.id).unwrap_or_default();
            to_domain(row, partners)
        })
        .collect()
}

/// A programme from its row alone: its partners (kept in their own table) are left out. For
/// views of public programmes that do not show partners.
pub(crate) fn without_partners(row: programme::Model) -> Result<Programme, PersistenceError> {
    to_domain(row, Vec::new())
}

fn to_domain(
    row: programme::Model,
    partners: Vec<(Uuid, PartnerRole)>,
) -> Result<Programme, PersistenceError> {
    let corrupt = |e: skupaj_domain::ValidationError| PersistenceError::Corrupt(e.to_string());
    let languages: Vec<String> = from_json(
        "programmes.languages_of_instruction",
        &row.languages_of_instruction,
    )?;
    let min_language = match (
        row.min_language_code.as_deref(),
        row.min_language_level.as_deref(),
    ) {
        (Some(code), Some(level)) => Some(LanguageRequirement {
            language: LanguageCode::parse("language", code).map_err(corrupt)?,
            level: parse_stored("programmes.min_language_level", level)?,
        }),
        _ => None,
    };
    let to_u8 = |n: Option<i32>| n.and_then(|n| u8::try_from(n).ok());
    Ok(Programme {
        id: row.id,
        lead_organisation_id: row.lead_organisation_id,
        partners,
        status: parse_stored("programmes.status", &row.status)?,
        enrolled_count: u32::try_from(row.enrolled_count).unwrap_or(0),
        created_at: row.created_at,
        profile: ProgrammeProfile {
            kind: parse_stored("programmes.kind", &row.kind)?,
            title: parse_text("programmes.title", &row.title)?,
            description: parse_text("programmes.description", &row.description)?,
            modules: from_json("programmes.modules", &row.modules)?,
            skills_taught: from_json("programmes.skills_taught", &row.skills_taught)?,
            target_occupations: from_json(
                "programmes.target_occupations",
                &row.target_occupations,
            )?,
            certificate: row.certificate,
            venue: row.venue,
            municipality: row.municipality,
            capacity: u32::try_from(row.capacity).unwrap_or(0),
            eligibility: Eligibility {
                legal_statuses: from_json("programmes.legal_statuses", &row.legal_statuses)?,
                min_language,
                min_age: to_u8(row.min_age),
                max_age: to_u8(row.max_age),
            },
            languages_of_instruction: languages
                .iter()
                .map(|code| LanguageCode::parse("language", code).map_err(corrupt))
                .collect::<Result<_, _>>()?,
            interpretation: row.interpretation,
            childcare: row.childcare,
            step_free_access: row.step_free_access,
            cost_cents: u32::try_from(row.cost_cents).unwrap_or(0),
            min_attendance_percent: u8::try_from(row.min_attendance_percent).unwrap_or(100),
            starts_on: row.starts_on,
            ends_on: row.ends_on,
            stakeholder_group_id: row.stakeholder_group_id,
            partners_may_add_sessions: row.partners_may_add_sessions,
        },
    })
}
