//! Participants, and which of them an organisation is related to.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use rand::Rng;
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr, Query, SelectStatement};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};
use serde::{Deserialize, Serialize};
use skupaj_domain::access::Permit;
use skupaj_domain::access::{ParticipantRelation, ParticipantScope};
use skupaj_domain::consent::FieldGroup;
use skupaj_domain::email::Email;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::mediation::MediationStatus;
use skupaj_domain::mentorship::MentorshipStatus;
use skupaj_domain::participant::{CefrLevel, LanguageSkill, Participant, ParticipantProfile};
use skupaj_domain::referral::ReferralStatus;
use skupaj_domain::search::{Search, SearchKeys, fold, phone_digits, possible_duplicate};
use uuid::Uuid;

use crate::entity::participant::{self, Column};
use crate::entity::{caseload, consent, mediation_request, mentorship, referral};
use crate::error::{from_json, parse_optional, to_json};
use crate::page::Page;
use crate::{Database, PersistenceError};

#[derive(Serialize, Deserialize)]
struct StoredSkill {
    language: String,
    level: CefrLevel,
}

/// Registers a participant owned by `owner`, with a fresh random reference code, in the
/// caseload of `case_worker` when given (whoever registers them, by default).
pub async fn create(
    db: &Database,
    _permit: Permit,
    owner: Uuid,
    profile: &ParticipantProfile,
    case_worker: Option<Uuid>,
) -> Result<Participant, PersistenceError> {
    let now = Utc::now();
    let id = Uuid::now_v7();
    // A collision of 40 random bits is rare; retry a few times rather than fail.
    for _ in 0..5 {
        let mut row = profile_columns(profile);
        row.id = Set(id);
        row.reference_code = Set(reference_code());
        row.owner_organisation_id = Set(owner);
        row.created_at = Set(now);
        row.updated_at = Set(now);
        // One transaction per try: on PostgreSQL a failed insert ends its transaction.
        let txn = crate::database::begin_write(db).await?;
        match row.insert(&txn).await {
            Ok(row) => {
                if let Some(user) = case_worker {
                    caseload::ActiveModel {
                        participant_id: Set(id),
                        user_id: Set(user),
                        assigned_at: Set(now),
                    }
                    .insert(&txn)
                    .await?;
                }
                crate::audit::created(id);
                crate::audit::commit(txn).await?;
                return to_domain(row);
            }
            Err(err) => match PersistenceError::unique(err, "reference code") {
                PersistenceError::Duplicate(_) => continue,
                other => return Err(other),
            },
        }
    }
    Err(PersistenceError::Duplicate("reference code"))
}

/// The participants `owner` holds that `profile` may describe again (`search::possible_duplicate`),
/// at most ten, oldest first. One statement narrows by the stored search keys.
pub async fn possible_duplicates(
    db: &Database,
    owner: Uuid,
    profile: &ParticipantProfile,
) -> Result<Vec<Participant>, PersistenceError> {
    let keys = SearchKeys::of(profile);
    let mut any = Condition::any().add(Column::SearchName.eq(keys.name.clone()));
    if let Some(phone) = profile
        .phone
        .as_deref()
        .map(|phone| phone_digits(phone).trim_start_matches('0').to_owned())
        && !phone.is_empty()
    {
        any = any.add(Column::SearchContact.like(contains(&phone)));
    }
    if let Some(email) = &profile.email {
        any = any.add(Column::SearchContact.like(contains(&fold(email.as_str()))));
    }
    let rows = participant::Entity::find()
        .filter(Column::OwnerOrganisationId.eq(owner))
        .filter(Column::MergedInto.is_null())
        .filter(Column::ErasedAt.is_null())
        .filter(any)
        .order_by_asc(Column::Id)
        .limit(50)
        .all(db)
        .await?;
    let mut duplicates = Vec::new();
    for row in rows {
        let held = to_domain(row)?;
        if possible_duplicate(profile, &held.profile) {
            duplicates.push(held);
        }
    }
    duplicates.truncate(10);
    Ok(duplicates)
}

/// Replaces a participant's profile.
pub async fn update(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    profile: &ParticipantProfile,
) -> Result<Participant, PersistenceError> {
    let mut row = profile_columns(profile);
    row.id = sea_orm::Unchanged(id);
    row.updated_at = Set(Utc::now());
    let txn = crate::database::begin_write(db).await?;
    let row = row.update(&txn).await.map_err(|err| match err {
        sea_orm::DbErr::RecordNotUpdated => PersistenceError::NotFound,
        other => other.into(),
    })?;
    crate::audit::commit(txn).await?;
    to_domain(row)
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<Participant>, PersistenceError> {
    participant::Entity::find_by_id(id)
        .filter(Column::MergedInto.is_null())
        .one(db)
        .await?
        .map(to_domain)
        .transpose()
}

/// The record a merged participant was merged into (followed to the end of the chain).
pub async fn merged_into(db: &Database, id: Uuid) -> Result<Option<Uuid>, PersistenceError> {
    let mut current = id;
    let mut survivor = None;
    // A chain is as long as the merges made one after the other; bounded against a cycle that a
    // manual edit could make.
    for _ in 0..16 {
        let next: Option<Option<Uuid>> = participant::Entity::find_by_id(current)
            .select_only()
            .column(Column::MergedInto)
            .into_tuple()
            .one(db)
            .await?;
        match next.flatten() {
            Some(next) => {
                survivor = Some(next);
                current = next;
            }
            None => break,
        }
    }
    Ok(survivor)
}

pub async fn get_many(db: &Database, ids: &[Uuid]) -> Result<Vec<Participant>, PersistenceError> {
    participant::Entity::find()
        .filter(Column::Id.is_in(ids.iter().copied()))
        .filter(Column::MergedInto.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// Reference codes by participant id: all a pseudonymised view needs, in one statement.
pub async fn reference_codes(
    db: &Database,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, String>, PersistenceError> {
    let rows: Vec<(Uuid, String)> = participant::Entity::find()
        .filter(Column::Id.is_in(ids.iter().copied()))
        .select_only()
        .column(Column::Id)
        .column(Column::ReferenceCode)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// The participants in `scope` (an organisation's owned and engaged ones, a mentor's mentees, a
/// mediator's requests), oldest first, `first` at a time.
pub async fn list_related(
    db: &Database,
    scope: ParticipantScope,
    search: Option<&Search>,
    now: DateTime<Utc>,
    after: Option<Uuid>,
    first: u64,
) -> Result<Page<Participant>, PersistenceError> {
    let condition = scope_condition(scope, now);
    let mut query = participant::Entity::find()
        .filter(condition)
        .order_by_asc(Column::Id);
    if let Some(search) = search {
        query = query.filter(search_condition(search));
    }
    if let Some(after) = after {
        query = query.filter(Column::Id.gt(after));
    }
    let rows = query.limit(first + 1).all(db).await?;
    Page::from_overfetch(rows, first).try_map(to_domain)
}

/// The live participants in `scope` (never a merged or an erased record), as a condition on
/// `participants`.
fn scope_condition(scope: ParticipantScope, now: DateTime<Utc>) -> Condition {
    let related = match scope {
        ParticipantScope::Organisation(organisation) => Condition::any()
            .add(Column::OwnerOrganisationId.eq(organisation))
            .add(Column::Id.in_subquery(engaged_participants(organisation, now))),
        ParticipantScope::Mentees(user) => {
            Condition::all().add(Column::Id.in_subquery(mentees(user)))
        }
        ParticipantScope::Mediated(user) => {
            Condition::all().add(Column::Id.in_subquery(mediated(user)))
        }
        ParticipantScope::Nothing => Condition::all().add(Column::Id.is_null()),
    };
    Condition::all()
        .add(related)
        .add(Column::MergedInto.is_null())
        .add(Column::ErasedAt.is_null())
}

/// The participants in `user`'s caseload that are also in `scope` (so a case worker who moved
/// on, or whose organisation lost sight of someone, no longer lists them), oldest first.
pub async fn list_caseload(
    db: &Database,
    scope: ParticipantScope,
    user: Uuid,
    now: DateTime<Utc>,
    after: Option<Uuid>,
    first: u64,
) -> Result<Page<Participant>, PersistenceError> {
    let mine = Query::select()
        .column(caseload::Column::ParticipantId)
        .from(caseload::Entity)
        .and_where(caseload::Column::UserId.eq(user))
        .to_owned();
    let mut query = participant::Entity::find()
        .filter(scope_condition(scope, now))
        .filter(Column::Id.in_subquery(mine))
        .order_by_asc(Column::Id);
    if let Some(after) = after {
        query = query.filter(Column::Id.gt(after));
    }
    let rows = query.limit(first + 1).all(db).await?;
    Page::from_overfetch(rows, first).try_map(to_domain)
}

/// Participants that may match `search` anywhere in their record. The caller keeps only those
/// that match in what the viewer sees (`Search::matches`): this only narrows in SQL.
fn search_condition(search: &Search) -> Condition {
    let name = search.words.iter().fold(Condition::all(), |all, word| {
        all.add(Column::SearchName.like(contains(word)))
    });
    let mut any = Condition::any()
        .add(
            Expr::expr(Func::lower(Expr::col(Column::ReferenceCode))).like(contains(&search.whole)),
        )
        .add(name)
        .add(Column::SearchContact.like(contains(&search.whole)));
    if let Some(digits) = &search.phone {
        any = any.add(Column::SearchContact.like(contains(digits)));
    }
    if let Some(year) = search.year {
        any = any.add(Column::BirthYear.eq(year));
    }
    any
}

/// A LIKE pattern matching any text that holds `text`, its wildcards taken literally.
fn contains(text: &str) -> LikeExpr {
    LikeExpr::new(format!("%{}%", escape_like(text))).escape('\\')
}

/// `text` with LIKE's wildcards and its escape character taken literally.
fn escape_like(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// How a viewer in `scope` relates to each of these participants, in at most two statements.
pub async fn relations(
    db: &impl sea_orm::ConnectionTrait,
    scope: ParticipantScope,
    participants: &[Participant],
    now: DateTime<Utc>,
) -> Result<HashMap<Uuid, ParticipantRelation>, PersistenceError> {
    let organisation = match scope {
        ParticipantScope::Organisation(organisation) => organisation,
        ParticipantScope::Mentees(user) | ParticipantScope::Mediated(user) => {
            let (subquery, relation) = match scope {
                ParticipantScope::Mentees(_) => (mentees(user), ParticipantRelation::Mentee),
                _ => (mediated(user), ParticipantRelation::Mediated),
            };
            let ids = participants.iter().map(|p| p.id);
            let related: Vec<Uuid> = participant::Entity::find()
                .select_only()
                .column(Column::Id)
                .filter(Column::Id.is_in(ids))
                .filter(Column::Id.in_subquery(subquery))
                .into_tuple()
                .all(db)
                .await?;
            return Ok(participants
                .iter()
                .map(|p| {
                    let r = if related.contains(&p.id) {
                        relation.clone()
                    } else {
                        ParticipantRelation::Unrelated
                    };
                    (p.id, r)
                })
                .collect());
        }
        ParticipantScope::Nothing => {
            return Ok(participants
                .iter()
                .map(|p| (p.id, ParticipantRelation::Unrelated))
                .collect());
        }
    };
    let mut relations: HashMap<Uuid, ParticipantRelation> = participants
        .iter()
        .map(|p| {
            let relation = if p.owner_organisation_id == organisation {
                ParticipantRelation::Owner
            } else {
                ParticipantRelation::Unrelated
            };
            (p.id, relation)
        })
        .collect();
    let others: Vec<Uuid> = participants
        .iter()
        .filter(|p| p.owner_organisation_id != organisation)
        .map(|p| p.id)
        .collect();
    if others.is_empty() {
        return Ok(relations);
    }
    let rows: Vec<(Uuid, String)> = referral::Entity::find()
        .select_only()
        .column(referral::Column::ParticipantId)
        .column_as(
            Expr::col((consent::Entity, consent::Column::FieldGroups)),
            "field_groups",
        )
        .join(
            sea_orm::JoinType::InnerJoin,
            referral::Entity::belongs_to(consent::Entity)
                .from(referral::Column::ConsentId)
                .to(consent::Column::Id)
                .into(),
        )
        .filter(engaging_referral(organisation, now))
        .filter(referral::Column::ParticipantId.is_in(others))
        .into_tuple()
        .all(db)
        .await?;
    for (participant_id, groups) in rows {
        let groups: Vec<FieldGroup> = from_json("consents.field_groups", &groups)?;
        let entry = relations
            .entry(participant_id)
            .or_insert(ParticipantRelation::Unrelated);
        match entry {
            ParticipantRelation::Engaged { shared } => shared.extend(groups),
            ParticipantRelation::Unrelated => {
                *entry = ParticipantRelation::Engaged {
                    shared: groups.into_iter().collect::<BTreeSet<_>>(),
                }
            }
            ParticipantRelation::Owner
            | ParticipantRelation::Mentee
            | ParticipantRelation::Mediated => {}
        }
    }
    Ok(relations)
}

/// Moves ownership (an accepted transfer) from `from` to `to`, inside the caller's transaction.
/// `Stale` when `from` no longer owns the participant (another transfer was accepted first).
pub async fn transfer(
    db: &impl sea_orm::ConnectionTrait,
    _permit: skupaj_domain::access::Permit,
    id: Uuid,
    from: Uuid,
    to: Uuid,
) -> Result<(), PersistenceError> {
    let moved = participant::Entity::update_many()
        .col_expr(Column::OwnerOrganisationId, to.into())
        .col_expr(Column::UpdatedAt, Utc::now().into())
        .filter(Column::Id.eq(id))
        .filter(Column::OwnerOrganisationId.eq(from))
        .exec(db)
        .await?;
    if moved.rows_affected != 1 {
        return Err(PersistenceError::Stale);
    }
    Ok(())
}

/// The condition on `referrals` (joined with `consents`) under which a referral gives its
/// receiver access: open and sent, to `organisation`, relying on an active consent.
fn engaging_referral(organisation: Uuid, now: DateTime<Utc>) -> Condition {
    Condition::all()
        .add(referral::Column::ToOrganisationId.eq(organisation))
        .add(referral::Column::Status.is_in(engaging_statuses()))
        .add(Expr::col((consent::Entity, consent::Column::WithdrawnAt)).is_null())
        .add(
            Condition::any()
                .add(Expr::col((consent::Entity, consent::Column::ExpiresAt)).is_null())
                .add(Expr::col((consent::Entity, consent::Column::ExpiresAt)).gt(now)),
        )
}

fn engaging_statuses() -> Vec<String> {
    [
        ReferralStatus::Sent,
        ReferralStatus::Accepted,
        ReferralStatus::InProgress,
        ReferralStatus::OnHold,
    ]
    .iter()
    .filter(|status| status.engages_receiver())
    .map(ToString::to_string)
    .collect()
}

/// `SELECT participant_id FROM referrals JOIN consents … WHERE <engaging>`, for `IN (…)`.
pub(crate) fn engaged_participants(organisation: Uuid, now: DateTime<Utc>) -> SelectStatement {
    Query::select()
        .column((referral::Entity, referral::Column::ParticipantId))
        .from(referral::Entity)
        .inner_join(
            consent::Entity,
            Expr::col((referral::Entity, referral::Column::ConsentId))
                .equals((consent::Entity, consent::Column::Id)),
        )
        .cond_where(engaging_referral(organisation, now))
        .to_owned()
}

/// `SELECT participant_id FROM mentorships WHERE mentor = user AND ACTIVE`.
fn mentees(user: Uuid) -> SelectStatement {
    Query::select()
        .column(mentorship::Column::ParticipantId)
        .from(mentorship::Entity)
        .and_where(mentorship::Column::MentorUserId.eq(user))
        .and_where(mentorship::Column::Status.eq(MentorshipStatus::Active.to_string()))
        .to_owned()
}

/// `SELECT participant_id FROM mediation_requests WHERE mediator = user AND ASSIGNED`.
fn mediated(user: Uuid) -> SelectStatement {
    Query::select()
        .column(mediation_request::Column::ParticipantId)
        .from(mediation_request::Entity)
        .and_where(mediation_request::Column::MediatorUserId.eq(user))
        .and_where(mediation_request::Column::Status.eq(MediationStatus::Assigned.to_string()))
        .and_where(mediation_request::Column::ParticipantId.is_not_null())
        .to_owned()
}

/// `P-` and eight characters of Crockford base32: 40 random bits, derived from nothing personal,
/// easy to read aloud (no I, L, O, U).
pub(crate) fn reference_code() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut rng = rand::rng();
    let code: String = (0..8)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect();
    format!("P-{}-{}", &code[..4], &code[4..])
}

pub(crate) fn profile_columns(profile: &ParticipantProfile) -> participant::ActiveModel {
    let languages: Vec<StoredSkill> = profile
        .languages
        .iter()
        .map(|skill| StoredSkill {
            language: skill.language.to_string(),
            level: skill.level,
        })
        .collect();
    let search = SearchKeys::of(profile);
    participant::ActiveModel {
        search_name: Set(search.name),
        search_contact: Set(search.contact),
        given_name: Set(profile.given_name.clone()),
        family_name: Set(profile.family_name.clone()),
        birth_year: Set(profile.birth_year),
        gender: Set(profile.gender.map(|g| g.to_string())),
        email: Set(profile.email.as_ref().map(|e| e.as_str().to_owned())),
        phone: Set(profile.phone.clone()),
        legal_status: Set(profile.legal_status.map(|s| s.to_string())),
        country_of_origin: Set(profile.country_of_origin.clone()),
        arrival_date: Set(profile.arrival_date),
        preferred_language: Set(profile.preferred_language.to_string()),
        languages: Set(to_json(&languages)),
        slovenian_level: Set(profile.slovenian_level.map(|l| l.to_string())),
        education_level: Set(profile.education_level.map(|l| l.to_string())),
        skills: Set(to_json(&profile.skills)),
        interests: Set(to_json(&profile.interests)),
        needs: Set(to_json(&profile.needs)),
        location_preference: Set(profile.location_preference.map(|l| l.to_string())),
        max_travel_km: Set(profile
            .max_travel_km
            .map(|km| i32::try_from(km).unwrap_or(i32::MAX))),
        municipality: Set(profile.municipality.clone()),
        ..Default::default()
    }
}

fn corrupt(err: impl std::fmt::Display) -> PersistenceError {
    PersistenceError::Corrupt(err.to_string())
}

pub(crate) fn to_domain(row: participant::Model) -> Result<Participant, PersistenceError> {
    let stored: Vec<StoredSkill> = from_json("participants.languages", &row.languages)?;
    let languages = stored
        .into_iter()
        .map(|skill| {
            Ok(LanguageSkill {
                language: LanguageCode::parse("language", &skill.language).map_err(corrupt)?,
                level: skill.level,
            })
        })
        .collect::<Result<_, PersistenceError>>()?;
    Ok(Participant {
        id: row.id,
        reference_code: row.reference_code,
        owner_organisation_id: row.owner_organisation_id,
        profile: ParticipantProfile {
            given_name: row.given_name,
            family_name: row.family_name,
            birth_year: row.birth_year,
            gender: parse_optional("participants.gender", row.gender.as_deref())?,
            email: row
                .email
                .as_deref()
                .map(|e| Email::parse("email", e).map_err(corrupt))
                .transpose()?,
            phone: row.phone,
            legal_status: parse_optional("participants.legal_status", row.legal_status.as_deref())?,
            country_of_origin: row.country_of_origin,
            arrival_date: row.arrival_date,
            preferred_language: LanguageCode::parse("preferredLanguage", &row.preferred_language)
                .map_err(corrupt)?,
            languages,
            slovenian_level: parse_optional(
                "participants.slovenian_level",
                row.slovenian_level.as_deref(),
            )?,
            education_level: parse_optional(
                "participants.education_level",
                row.education_level.as_deref(),
            )?,
            skills: from_json("participants.skills", &row.skills)?,
            interests: from_json("participants.interests", &row.interests)?,
            needs: from_json("participants.needs", &row.needs)?,
            location_preference: parse_optional(
                "participants.location_preference",
                row.location_preference.as_deref(),
            )?,
            max_travel_km: row.max_travel_km.and_then(|km| u32::try_from(km).ok()),
            municipality: row.municipality,
        },
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_codes_have_the_documented_shape() {
        let code = reference_code();
        assert_eq!(code.len(), 11);
        assert!(code.starts_with("P-"));
        assert_ne!(reference_code(), reference_code());
    }

    #[test]
    fn statuses_parse_from_storage() {
        assert_eq!(
            crate::error::parse_stored::<ReferralStatus>("s", "ON_HOLD").ok(),
            Some(ReferralStatus::OnHold)
        );
    }
}
