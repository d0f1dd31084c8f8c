//! The organisation directory: storing profiles and listing them by filter, page by page.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::cwcs::{CwcsProfile, Offering, SpaceType};
use skupaj_domain::email::Email;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::organisation::{
    Coordinates, Organisation, OrganisationKind, OrganisationProfile,
};
use uuid::Uuid;

use crate::entity::organisation::{self, Column};
use crate::entity::organisation_attribute::{self as attribute, LANGUAGE, OFFERING, SPACE_TYPE};
use crate::error::parse_stored;
use crate::page::Page;
use crate::{Database, PersistenceError};

/// What the directory can be narrowed to. Every present criterion must hold.
#[derive(Debug, Clone, Default)]
pub struct OrganisationFilter {
    /// Any of these kinds; empty means every kind.
    pub kinds: Vec<OrganisationKind>,
    pub municipality: Option<String>,
    pub region: Option<String>,
    pub space_type: Option<SpaceType>,
    pub offering: Option<Offering>,
    pub language: Option<LanguageCode>,
}

/// Where a page starts: just after the last row of the previous page, in the list's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrganisationKeyset {
    /// Alphabetical order: by name, then id to break ties.
    ByName { after: Option<(String, Uuid)> },
    /// Registration order: ids are UUIDv7, so they sort by creation time.
    ByCreation { after: Option<Uuid> },
}

/// Lists organisations matching `filter`, `first` at a time. Two statements, whatever the page
/// size: the page of organisations, then all their languages, space types and offerings.
pub async fn list(
    db: &Database,
    filter: &OrganisationFilter,
    keyset: &OrganisationKeyset,
    first: u64,
) -> Result<Page<Organisation>, PersistenceError> {
    let mut query = organisation::Entity::find().filter(filter_condition(filter));
    query = match keyset {
        OrganisationKeyset::ByName { after } => {
            if let Some((name, id)) = after {
                query = query.filter(
                    Condition::any().add(Column::Name.gt(name.as_str())).add(
                        Condition::all()
                            .add(Column::Name.eq(name.as_str()))
                            .add(Column::Id.gt(*id)),
                    ),
                );
            }
            query.order_by_asc(Column::Name).order_by_asc(Column::Id)
        }
        OrganisationKeyset::ByCreation { after } => {
            if let Some(id) = after {
                query = query.filter(Column::Id.gt(*id));
            }
            query.order_by_asc(Column::Id)
        }
    };
    let rows = query.limit(first + 1).all(db).await?;
    let page = Page::from_overfetch(rows, first);
    let attributes = load_attributes(db, page.items.iter().map(|row| row.id)).await?;
    let mut organisations = Vec::with_capacity(page.items.len());
    for row in page.items {
        let attrs = attributes.get(&row.id).map(Vec::as_slice).unwrap_or(&[]);
        organisations.push(to_domain(row, attrs)?);
    }
    Ok(Page {
        items: organisations,
        has_next_page: page.has_next_page,
    })
}

/// The organisations with these ids, in no particular order; unknown ids are left out.
pub async fn get_many(db: &Database, ids: &[Uuid]) -> Result<Vec<Organisation>, PersistenceError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = organisation::Entity::find()
        .filter(Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let attributes = load_attributes(db, rows.iter().map(|row| row.id)).await?;
    rows.into_iter()
        .map(|row| {
            let attrs = attributes.get(&row.id).map(Vec::as_slice).unwrap_or(&[]);
            to_domain(row, attrs)
        })
        .collect()
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<Organisation>, PersistenceError> {
    Ok(get_many(db, &[id]).await?.pop())
}

/// The kind of an organisation, for the access policy; `None` when it does not exist.
pub async fn kind_of(
    db: &Database,
    id: Uuid,
) -> Result<Option<OrganisationKind>, PersistenceError> {
    let kind: Option<String> = organisation::Entity::find_by_id(id)
        .select_only()
        .column(Column::Kind)
        .into_tuple()
        .one(db)
        .await?;
    kind.map(|kind| parse_stored("organisations.kind", &kind))
        .transpose()
}

/// Finds an organisation by its exact name and municipality (used to keep demo data idempotent).
pub async fn find_by_name(
    db: &Database,
    name: &str,
    municipality: &str,
) -> Result<Option<Uuid>, PersistenceError> {
    Ok(organisation::Entity::find()
        .filter(Column::Name.eq(name))
        .filter(Column::Municipality.eq(municipality))
        .select_only()
        .column(Column::Id)
        .into_tuple()
        .one(db)
        .await?)
}

pub async fn create(
    db: &Database,
    _permit: Permit,
    profile: &OrganisationProfile,
) -> Result<Organisation, PersistenceError> {
    let id = Uuid::now_v7();
    let now = Utc::now();
    let txn = crate::database::begin_write(db).await?;
    let mut row = profile_columns(profile);
    row.id = Set(id);
    row.created_at = Set(now);
    row.updated_at = Set(now);
    row.insert(&txn).await?;
    write_attributes(&txn, id, profile).await?;
    crate::audit::created(id);
    crate::audit::commit(txn).await?;
    get(db, id).await?.ok_or(PersistenceError::NotFound)
}

/// Replaces the profile of organisation `id`.
pub async fn update(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    profile: &OrganisationProfile,
) -> Result<Organisation, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let mut row = profile_columns(profile);
    row.id = sea_orm::Unchanged(id);
    row.updated_at = Set(Utc::now());
    row.update(&txn).await.map_err(|err| match err {
        sea_orm::DbErr::RecordNotUpdated => PersistenceError::NotFound,
        other => other.into(),
    })?;
    attribute::Entity::delete_many()
        .filter(attribute::Column::OrganisationId.eq(id))
        .exec(&txn)
        .await?;
    write_attributes(&txn, id, profile).await?;
    crate::audit::commit(txn).await?;
    get(db, id).await?.ok_or(PersistenceError::NotFound)
}

fn filter_condition(filter: &OrganisationFilter) -> Condition {
    let mut condition = Condition::all();
    if !filter.kinds.is_empty() {
        condition = condition.add(Column::Kind.is_in(filter.kinds.iter().map(|k| k.to_string())));
    }
    if let Some(municipality) = &filter.municipality {
        condition = condition.add(Column::Municipality.eq(municipality.as_str()));
    }
    if let Some(region) = &filter.region {
        condition = condition.add(Column::Region.eq(region.as_str()));
    }
    let attribute_criteria = [
        (SPACE_TYPE, filter.space_type.map(|v| v.to_string())),
        (OFFERING, filter.offering.map(|v| v.to_string())),
        (LANGUAGE, filter.language.as_ref().map(ToString::to_string)),
    ];
    for (name, value) in attribute_criteria {
        if let Some(value) = value {
            condition = condition.add(
                Column::Id.in_subquery(
                    Query::select()
                        .column(attribute::Column::OrganisationId)
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

fn profile_columns(profile: &OrganisationProfile) -> organisation::ActiveModel {
    let cwcs = profile.cwcs.as_ref();
    organisation::ActiveModel {
        kind: Set(profile.kind.to_string()),
        name: Set(profile.name.clone()),
        description: Set(profile.description.clone()),
        municipality: Set(profile.municipality.clone()),
        region: Set(profile.region.clone()),
        address: Set(profile.address.clone()),
        latitude: Set(profile.coordinates.map(|c| c.latitude)),
        longitude: Set(profile.coordinates.map(|c| c.longitude)),
        contact_email: Set(profile
            .contact_email
            .as_ref()
            .map(|e| e.as_str().to_owned())),
        sector: Set(profile.sector.to_string()),
        cwcs_setting: Set(cwcs.and_then(|c| c.setting).map(|s| s.to_string())),
        cwcs_member_count: Set(cwcs
            .and_then(|c| c.member_count)
            .map(|count| i32::try_from(count).unwrap_or(i32::MAX))),
        ..Default::default()
    }
}

async fn write_attributes(
    txn: &impl ConnectionTrait,
    organisation_id: Uuid,
    profile: &OrganisationProfile,
) -> Result<(), PersistenceError> {
    let mut rows = Vec::new();
    let mut push = |name: &str, values: Vec<String>| {
        for (position, value) in values.into_iter().enumerate() {
            rows.push(attribute::ActiveModel {
                organisation_id: Set(organisation_id),
                attribute: Set(name.to_owned()),
                value: Set(value),
                position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            });
        }
    };
    push(
        LANGUAGE,
        profile
            .working_languages
            .iter()
            .map(ToString::to_string)
            .collect(),
    );
    if let Some(cwcs) = &profile.cwcs {
        push(
            SPACE_TYPE,
            cwcs.space_types.iter().map(ToString::to_string).collect(),
        );
        push(
            OFFERING,
            cwcs.offerings.iter().map(ToString::to_string).collect(),
        );
    }
    if !rows.is_empty() {
        attribute::Entity::insert_many(rows).exec(txn).await?;
    }
    Ok(())
}

async fn load_attributes(
    db: &Database,
    ids: impl Iterator<Item = Uuid>,
) -> Result<HashMap<Uuid, Vec<attribute::Model>>, PersistenceError> {
    let ids: Vec<Uuid> = ids.collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = attribute::Entity::find()
        .filter(attribute::Column::OrganisationId.is_in(ids))
        .order_by_asc(attribute::Column::Position)
        .all(db)
        .await?;
    let mut by_organisation: HashMap<Uuid, Vec<attribute::Model>> = HashMap::new();
    for row in rows {
        by_organisation
            .entry(row.organisation_id)
            .or_default()
            .push(row);
    }
    Ok(by_organisation)
}

fn values_of<T: std::str::FromStr>(
    attributes: &[attribute::Model],
    name: &str,
) -> Result<Vec<T>, PersistenceError> {
    attributes
        .iter()
        .filter(|row| row.attribute == name)
        .map(|row| parse_stored("organisation_attributes.value", &row.value))
        .collect()
}

/// An organisation from its row alone: working languages and the CWCS lists (kept in the
/// attributes table) are left empty. For views that show neither, such as a list's names.
pub(crate) fn without_attributes(
    row: organisation::Model,
) -> Result<Organisation, PersistenceError> {
    to_domain(row, &[])
}

fn to_domain(
    row: organisation::Model,
    attributes: &[attribute::Model],
) -> Result<Organisation, PersistenceError> {
    let kind: OrganisationKind = parse_stored("organisations.kind", &row.kind)?;
    let cwcs = if kind == OrganisationKind::Cwcs {
        Some(CwcsProfile {
            space_types: values_of(attributes, SPACE_TYPE)?,
            setting: row
                .cwcs_setting
                .as_deref()
                .map(|s| parse_stored("organisations.cwcs_setting", s))
                .transpose()?,
            offerings: values_of(attributes, OFFERING)?,
            member_count: row.cwcs_member_count.and_then(|c| u32::try_from(c).ok()),
        })
    } else {
        None
    };
    let working_languages = attributes
        .iter()
        .filter(|row| row.attribute == LANGUAGE)
        .map(|row| {
            LanguageCode::parse("language", &row.value)
                .map_err(|e| PersistenceError::Corrupt(e.to_string()))
        })
        .collect::<Result<_, _>>()?;
    let contact_email = row
        .contact_email
        .as_deref()
        .map(|raw| {
            Email::parse("contactEmail", raw).map_err(|e| PersistenceError::Corrupt(e.to_string()))
        })
        .transpose()?;
    let coordinates = match (row.latitude, row.longitude) {
        (Some(latitude), Some(longitude)) => Some(Coordinates {
            latitude,
            longitude,
        }),
        _ => None,
    };
    Ok(Organisation {
        id: row.id,
        profile: OrganisationProfile {
            kind,
            name: row.name,
            description: row.description,
            municipality: row.municipality,
            region: row.region,
            address: row.address,
            coordinates,
            contact_email,
            working_languages,
            sector: parse_stored("organisations.sector", &row.sector)?,
            cwcs,
        },
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}
