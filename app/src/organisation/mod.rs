//! Organisations: the public directory, opening and editing an organisation, and its members.

use skupaj_domain::DomainError;
use skupaj_domain::access;
use skupaj_domain::cwcs::CwcsProfile;
use skupaj_domain::membership::Membership;
use skupaj_domain::organisation::{
    Coordinates, Organisation, OrganisationInput, OrganisationSector,
};
use skupaj_domain::user::User;
use skupaj_persistence::page::Page;
use skupaj_persistence::{audit, organisations, users};
use uuid::Uuid;

pub use skupaj_persistence::organisations::{OrganisationFilter, OrganisationKeyset};

use crate::{AppResult, Handle, Public};

/// A search of an organisation's members is 1 to this many characters.
pub const MEMBER_SEARCH_AT_MOST: usize = 100;

/// A point given as two separate inputs: both or neither.
pub fn coordinates(
    latitude: Option<f64>,
    longitude: Option<f64>,
) -> Result<Option<Coordinates>, DomainError> {
    match (latitude, longitude) {
        (Some(latitude), Some(longitude)) => Ok(Some(Coordinates {
            latitude,
            longitude,
        })),
        (None, None) => Ok(None),
        (None, Some(_)) => Err(DomainError::validation(
            "latitude",
            "give it with longitude",
        )),
        (Some(_), None) => Err(DomainError::validation(
            "longitude",
            "give it with latitude",
        )),
    }
}

/// A change of an optional value: `None` keeps it, `Some(None)` clears it, `Some(Some(v))`
/// sets it.
pub type Overlay<T> = Option<Option<T>>;

fn overlay<T>(current: Option<T>, change: Overlay<T>) -> Option<T> {
    match change {
        None => current,
        Some(new) => new,
    }
}

/// Changes to an organisation's profile; what is absent stays as it is.
#[derive(Debug, Default)]
pub struct OrganisationChanges {
    pub name: Option<String>,
    pub description: Overlay<String>,
    pub municipality: Option<String>,
    pub region: Overlay<String>,
    pub address: Overlay<String>,
    pub latitude: Overlay<f64>,
    pub longitude: Overlay<f64>,
    pub contact_email: Overlay<String>,
    /// Replaces the whole list.
    pub working_languages: Option<Vec<String>>,
    pub sector: Option<OrganisationSector>,
    /// Replaces the whole space profile.
    pub cwcs: Option<CwcsProfile>,
}

impl OrganisationChanges {
    /// The profile with these changes laid over it, before the rules have looked at it.
    fn over(self, current: OrganisationInput) -> Result<OrganisationInput, DomainError> {
        let mut draft = current;
        if let Some(name) = self.name {
            draft.name = name;
        }
        if let Some(municipality) = self.municipality {
            draft.municipality = municipality;
        }
        if let Some(languages) = self.working_languages {
            draft.working_languages = languages;
        }
        if let Some(sector) = self.sector {
            draft.sector = sector;
        }
        if let Some(cwcs) = self.cwcs {
            draft.cwcs = Some(cwcs);
        }
        draft.description = overlay(draft.description, self.description);
        draft.region = overlay(draft.region, self.region);
        draft.address = overlay(draft.address, self.address);
        draft.contact_email = overlay(draft.contact_email, self.contact_email);
        draft.coordinates = coordinates(
            overlay(draft.coordinates.map(|c| c.latitude), self.latitude),
            overlay(draft.coordinates.map(|c| c.longitude), self.longitude),
        )?;
        Ok(draft)
    }
}

/// The public directory: what anyone may read, signed in or not.
#[derive(Debug, Clone, Copy)]
pub struct Directory<'a>(Public<'a>);

impl<'a> Public<'a> {
    /// The organisation directory.
    pub fn directory(self) -> Directory<'a> {
        Directory(self)
    }
}

impl Directory<'_> {
    /// A page of organisations matching `filter`, in the keyset's order.
    pub async fn list(
        &self,
        filter: &OrganisationFilter,
        keyset: &OrganisationKeyset,
        first: u64,
    ) -> AppResult<Page<Organisation>> {
        Ok(organisations::list(self.0.db(), filter, keyset, first).await?)
    }

    /// One organisation; `NOT_FOUND` when there is none.
    pub async fn one(&self, id: Uuid) -> AppResult<Organisation> {
        organisations::get(self.0.db(), id)
            .await?
            .ok_or_else(|| DomainError::NotFound.into())
    }
}

/// The use cases on organisations of a signed-in actor.
#[derive(Debug, Clone, Copy)]
pub struct Organisations<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Organisations, as the actor may manage them.
    pub fn organisations(self) -> Organisations<'a> {
        Organisations(self)
    }
}

impl Organisations<'_> {
    /// Opens a new organisation (platform administrators only). `coordinates` of `draft` are
    /// taken from `latitude` and `longitude`, which go together.
    pub async fn create(
        &self,
        draft: OrganisationInput,
        latitude: Option<f64>,
        longitude: Option<f64>,
    ) -> AppResult<Organisation> {
        audit::about("Organisation", None);
        let permit = access::create_organisation(self.0.actor())?;
        let profile = OrganisationInput {
            coordinates: coordinates(latitude, longitude)?,
            ..draft
        }
        .validate()?;
        Ok(organisations::create(self.0.db(), permit, &profile).await?)
    }

    /// Edits an organisation's profile: the changes laid over the current profile obey the
    /// same rules as a new one.
    pub async fn update(&self, id: Uuid, changes: OrganisationChanges) -> AppResult<Organisation> {
        audit::about("Organisation", Some(id));
        let permit = access::edit_organisation(self.0.actor(), id)?;
        let current = organisations::get(self.0.db(), id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let profile = changes
            .over(OrganisationInput::from(&current.profile))?
            .validate()?;
        Ok(organisations::update(self.0.db(), permit, id, &profile).await?)
    }

    /// A page of an organisation's members, in the order they joined (its own members and
    /// platform administrators only).
    pub async fn members(
        &self,
        organisation_id: Uuid,
        after: Option<Uuid>,
        first: u64,
    ) -> AppResult<Page<(Membership, User)>> {
        access::view_members(self.0.actor(), organisation_id)?;
        Ok(users::members_of(self.0.db(), organisation_id, after, first).await?)
    }

    /// Every member of an organisation whose name or e-mail address contains `search`,
    /// ignoring case and diacritics, in the order they joined.
    pub async fn members_matching(
        &self,
        organisation_id: Uuid,
        search: &str,
    ) -> AppResult<Vec<(Membership, User)>> {
        access::view_members(self.0.actor(), organisation_id)?;
        let wanted = skupaj_domain::search::fold(search.trim());
        if wanted.is_empty() || search.chars().count() > MEMBER_SEARCH_AT_MOST {
            return Err(DomainError::validation(
                "search",
                "must be 1 to 100 characters besides spaces",
            )
            .into());
        }
        // An organisation's members are bounded by its work: read whole and filtered in
        // memory (with one fold, as participant search does).
        Ok(users::all_members_of(self.0.db(), organisation_id)
            .await?
            .into_iter()
            .filter(|(_, user)| {
                skupaj_domain::search::fold(&user.display_name).contains(&wanted)
                    || skupaj_domain::search::fold(user.email.as_str()).contains(&wanted)
            })
            .collect())
    }
}
