//! Organisations: every kind that works on migrant inclusion, with the CWCS profile for spaces.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::cwcs::CwcsProfile;
use crate::email::Email;
use crate::language::LanguageCode;
use crate::{ValidationError, text};

closed_set! {
/// What an organisation is.
pub enum OrganisationKind {
    Cwcs,
    Municipality,
    Ngo,
    LabourAgency,
    Education,
    Company,
    CommunityAssociation,
    SocialWorkCentre,
    HealthCentre,
    YouthCentre,
    HousingInitiative,
    TradeUnion,
    Other,
}
}

closed_set! {
/// Who runs an organisation.
pub enum OrganisationSector {
    Public,
    Private,
    Informal,
}
}

/// A point on the map, in WGS 84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coordinates {
    pub latitude: f64,
    pub longitude: f64,
}

/// An organisation's profile as someone typed it, before the rules have looked at it. Creating
/// an organisation validates one of these; editing overlays the changes on the current profile
/// and validates the result, so both paths obey the same rules.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationInput {
    pub kind: OrganisationKind,
    pub name: String,
    pub description: Option<String>,
    pub municipality: String,
    pub region: Option<String>,
    pub address: Option<String>,
    pub coordinates: Option<Coordinates>,
    pub contact_email: Option<String>,
    pub working_languages: Vec<String>,
    pub sector: OrganisationSector,
    pub cwcs: Option<CwcsProfile>,
}

/// A validated organisation profile.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationProfile {
    pub kind: OrganisationKind,
    pub name: String,
    pub description: Option<String>,
    pub municipality: String,
    pub region: Option<String>,
    pub address: Option<String>,
    pub coordinates: Option<Coordinates>,
    pub contact_email: Option<Email>,
    pub working_languages: Vec<LanguageCode>,
    pub sector: OrganisationSector,
    /// Present exactly when the kind is `CWCS`.
    pub cwcs: Option<CwcsProfile>,
}

/// A stored organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub id: Uuid,
    pub profile: OrganisationProfile,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl OrganisationInput {
    pub const NAME_MAX: usize = 200;
    pub const DESCRIPTION_MAX: usize = 4000;
    pub const PLACE_MAX: usize = 100;
    pub const ADDRESS_MAX: usize = 300;
    pub const LANGUAGES_MAX: usize = 30;

    pub fn validate(self) -> Result<OrganisationProfile, ValidationError> {
        if self.working_languages.len() > Self::LANGUAGES_MAX {
            return Err(ValidationError::new(
                "workingLanguages",
                format!("must list at most {} languages", Self::LANGUAGES_MAX),
            ));
        }
        let cwcs = match (self.kind, self.cwcs) {
            (OrganisationKind::Cwcs, profile) => Some(
                profile
                    .unwrap_or_default()
                    .normalised()
                    .map_err(|e| e.within("cwcs"))?,
            ),
            (_, None) => None,
            (_, Some(_)) => {
                return Err(ValidationError::new(
                    "cwcs",
                    "only an organisation of kind CWCS has a CWCS profile",
                ));
            }
        };
        Ok(OrganisationProfile {
            kind: self.kind,
            name: text::required("name", &self.name, Self::NAME_MAX)?,
            description: text::optional(
                "description",
                self.description.as_deref(),
                Self::DESCRIPTION_MAX,
            )?,
            municipality: text::required("municipality", &self.municipality, Self::PLACE_MAX)?,
            region: text::optional("region", self.region.as_deref(), Self::PLACE_MAX)?,
            address: text::optional("address", self.address.as_deref(), Self::ADDRESS_MAX)?,
            coordinates: self.coordinates.map(validate_coordinates).transpose()?,
            contact_email: text::optional("contactEmail", self.contact_email.as_deref(), 254)?
                .map(|raw| Email::parse("contactEmail", &raw))
                .transpose()?,
            working_languages: LanguageCode::parse_list(
                "workingLanguages",
                &self.working_languages,
            )?,
            sector: self.sector,
            cwcs,
        })
    }
}

impl From<&OrganisationProfile> for OrganisationInput {
    fn from(profile: &OrganisationProfile) -> Self {
        Self {
            kind: profile.kind,
            name: profile.name.clone(),
            description: profile.description.clone(),
            municipality: profile.municipality.clone(),
            region: profile.region.clone(),
            address: profile.address.clone(),
            coordinates: profile.coordinates,
            contact_email: profile
                .contact_email
                .as_ref()
                .map(|e| e.as_str().to_owned()),
            working_languages: profile
                .working_languages
                .iter()
                .map(|code| code.as_str().to_owned())
                .collect(),
            sector: profile.sector,
            cwcs: profile.cwcs.clone(),
        }
    }
}

fn validate_coordinates(coordinates: Coordinates) -> Result<Coordinates, ValidationError> {
    if !(-90.0..=90.0).contains(&coordinates.latitude) {
        return Err(ValidationError::new(
            "latitude",
            "must be between -90 and 90",
        ));
    }
    if !(-180.0..=180.0).contains(&coordinates.longitude) {
        return Err(ValidationError::new(
            "longitude",
            "must be between -180 and 180",
        ));
    }
    Ok(coordinates)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cwcs::SpaceType;

    fn input(kind: OrganisationKind) -> OrganisationInput {
        OrganisationInput {
            kind,
            name: "Zavod Most".to_owned(),
            description: None,
            municipality: "Ljubljana".to_owned(),
            region: Some("Osrednjeslovenska".to_owned()),
            address: None,
            coordinates: Some(Coordinates {
                latitude: 46.05,
                longitude: 14.5,
            }),
            contact_email: Some("info@most.example".to_owned()),
            working_languages: vec!["sl".to_owned(), "en".to_owned()],
            sector: OrganisationSector::Private,
            cwcs: None,
        }
    }

    #[test]
    fn a_complete_profile_is_valid() {
        let profile = input(OrganisationKind::Ngo).validate().unwrap();
        assert_eq!(profile.working_languages.len(), 2);
        assert!(profile.cwcs.is_none());
    }

    #[test]
    fn a_cwcs_always_has_a_profile() {
        let profile = input(OrganisationKind::Cwcs).validate().unwrap();
        assert_eq!(profile.cwcs, Some(CwcsProfile::default()));
    }

    #[test]
    fn only_a_cwcs_may_have_a_cwcs_profile() {
        let mut ngo = input(OrganisationKind::Ngo);
        ngo.cwcs = Some(CwcsProfile {
            space_types: vec![SpaceType::FabLab],
            ..CwcsProfile::default()
        });
        assert_eq!(ngo.validate().unwrap_err().field, "cwcs");
    }

    /// A change that breaks one field of an otherwise valid input.
    type Breakage = Box<dyn Fn(&mut OrganisationInput)>;

    #[test]
    fn each_bad_field_is_named() {
        let cases: Vec<(&str, Breakage)> = vec![
            ("name", Box::new(|i| i.name = "  ".to_owned())),
            ("municipality", Box::new(|i| i.municipality = String::new())),
            (
                "contactEmail",
                Box::new(|i| i.contact_email = Some("not-an-address".to_owned())),
            ),
            (
                "workingLanguages[1]",
                Box::new(|i| i.working_languages = vec!["sl".to_owned(), "qq".to_owned()]),
            ),
            (
                "latitude",
                Box::new(|i| {
                    i.coordinates = Some(Coordinates {
                        latitude: 91.0,
                        longitude: 0.0,
                    })
                }),
            ),
            (
                "cwcs.memberCount",
                Box::new(|i| {
                    i.kind = OrganisationKind::Cwcs;
                    i.cwcs = Some(CwcsProfile {
                        member_count: Some(u32::MAX),
                        ..CwcsProfile::default()
                    });
                }),
            ),
        ];
        for (field, break_it) in cases {
            let mut broken = input(OrganisationKind::Ngo);
            break_it(&mut broken);
            assert_eq!(broken.validate().unwrap_err().field, field);
        }
    }

    #[test]
    fn a_profile_round_trips_through_its_input() {
        let profile = input(OrganisationKind::Ngo).validate().unwrap();
        let again = OrganisationInput::from(&profile).validate().unwrap();
        assert_eq!(profile, again);
    }
}
