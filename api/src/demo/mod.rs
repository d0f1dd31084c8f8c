//! Demo data: fictional organisations of every kind in six Slovenian municipalities, and a user
//! for every role. Running it again adds only what is missing, so a second run changes nothing.

use skupaj_domain::access::platform_job;
use skupaj_domain::cwcs::{CwcsProfile, Offering, Setting, SpaceType};
use skupaj_domain::membership::{MembershipRole, PlatformRole};
use skupaj_domain::organisation::{
    Coordinates, OrganisationInput, OrganisationKind as Kind, OrganisationSector as Sector,
};
use skupaj_domain::password::NewPassword;
use skupaj_domain::user::NewUser;
use skupaj_persistence::{Database, organisations, users};
use uuid::Uuid;

use crate::accounts::ensure_platform_user;
use crate::auth::password;

mod cases;
mod programmes;

/// Every demo account signs in with this password. Demo data is for development only.
pub const DEMO_PASSWORD: &str = "skupaj-demo-2026";

/// A demo login to print.
#[derive(Debug, Clone)]
pub struct DemoLogin {
    pub email: &'static str,
    pub role: &'static str,
    pub organisation: Option<&'static str>,
}

/// What seeding did.
#[derive(Debug, Clone)]
pub struct DemoReport {
    pub organisations_created: usize,
    pub users_created: usize,
    pub participants_created: usize,
    pub referrals_created: usize,
    pub programmes_created: usize,
    pub logins: Vec<DemoLogin>,
}

struct DemoOrganisation {
    name: &'static str,
    kind: Kind,
    sector: Sector,
    municipality: &'static str,
    languages: &'static [&'static str],
    cwcs: Option<(&'static [SpaceType], Setting, &'static [Offering], u32)>,
}

const REGIONS: [(&str, &str, f64, f64); 6] = [
    ("Ljubljana", "Osrednjeslovenska", 46.0511, 14.5051),
    ("Koper", "Obalno-kraška", 45.5481, 13.7302),
    ("Nova Gorica", "Goriška", 45.9560, 13.6480),
    ("Ajdovščina", "Goriška", 45.8870, 13.9080),
    ("Kranj", "Gorenjska", 46.2389, 14.3556),
    ("Novo mesto", "Jugovzhodna Slovenija", 45.8030, 15.1689),
];

const ORGANISATIONS: &[DemoOrganisation] = &[
    org(
        "Urad za vključevanje, Ljubljana",
        Kind::Municipality,
        Sector::Public,
        "Ljubljana",
        &["sl", "en"],
        None,
    ),
    org(
        "Skupni Prostor coworking",
        Kind::Cwcs,
        Sector::Private,
        "Ljubljana",
        &["sl", "en", "uk"],
        Some((
            &[
                SpaceType::Coworking,
                SpaceType::Collaborative,
                SpaceType::Educational,
            ],
            Setting::Urban,
            &[
                Offering::Workspace,
                Offering::Workshops,
                Offering::Community,
                Offering::Mentorship,
                Offering::Translation,
            ],
            140,
        )),
    ),
    org(
        "Društvo Most",
        Kind::Ngo,
        Sector::Private,
        "Ljubljana",
        &["sl", "en", "ar", "fa"],
        None,
    ),
    org(
        "Zaposlitveni center Ljubljana",
        Kind::LabourAgency,
        Sector::Public,
        "Ljubljana",
        &["sl", "en"],
        None,
    ),
    org(
        "Center za socialno delo Bežigrad",
        Kind::SocialWorkCentre,
        Sector::Public,
        "Ljubljana",
        &["sl"],
        None,
    ),
    org(
        "Ljudska šola jezikov",
        Kind::Education,
        Sector::Public,
        "Ljubljana",
        &["sl", "en", "uk", "ar"],
        None,
    ),
    org(
        "Sindikat delavcev migrantov",
        Kind::TradeUnion,
        Sector::Private,
        "Ljubljana",
        &["sl", "bs", "sr"],
        None,
    ),
    org(
        "Urad za skupnost, Koper",
        Kind::Municipality,
        Sector::Public,
        "Koper",
        &["sl", "it"],
        None,
    ),
    org(
        "Obalni FabLab",
        Kind::Cwcs,
        Sector::Private,
        "Koper",
        &["sl", "it", "en"],
        Some((
            &[SpaceType::FabLab, SpaceType::MakerSpace],
            Setting::Urban,
            &[
                Offering::Workshops,
                Offering::TechnicalAdvice,
                Offering::Internships,
            ],
            60,
        )),
    ),
    org(
        "Zdravstveni dom Obala",
        Kind::HealthCentre,
        Sector::Public,
        "Koper",
        &["sl", "it", "en"],
        None,
    ),
    org(
        "Ladjedelnica Obala",
        Kind::Company,
        Sector::Private,
        "Koper",
        &["sl", "en"],
        None,
    ),
    org(
        "Urad za mlade in skupnost, Nova Gorica",
        Kind::Municipality,
        Sector::Public,
        "Nova Gorica",
        &["sl", "it"],
        None,
    ),
    org(
        "Kreativni hub Soča",
        Kind::Cwcs,
        Sector::Private,
        "Nova Gorica",
        &["sl", "it", "en"],
        Some((
            &[SpaceType::CreativeHub, SpaceType::ArtsScienceLab],
            Setting::Urban,
            &[
                Offering::Community,
                Offering::ArtistResidence,
                Offering::Workshops,
            ],
            45,
        )),
    ),
    org(
        "Mladinski center Goriška",
        Kind::YouthCentre,
        Sector::Public,
        "Nova Gorica",
        &["sl", "en"],
        None,
    ),
    org(
        "Urad za razvoj, Ajdovščina",
        Kind::Municipality,
        Sector::Public,
        "Ajdovščina",
        &["sl"],
        None,
    ),
    org(
        "Podjetniški inkubator Vipava",
        Kind::Cwcs,
        Sector::Public,
        "Ajdovščina",
        &["sl", "en"],
        Some((
            &[SpaceType::Incubator, SpaceType::Accelerator],
            Setting::NonUrban,
            &[
                Offering::ProfessionalSupport,
                Offering::LegalAdvice,
                Offering::Mentorship,
                Offering::Childcare,
            ],
            25,
        )),
    ),
    org(
        "Skupnost Ukrajincev Vipavske doline",
        Kind::CommunityAssociation,
        Sector::Informal,
        "Ajdovščina",
        &["uk", "sl", "ru"],
        None,
    ),
    org(
        "Urad za družbene dejavnosti, Kranj",
        Kind::Municipality,
        Sector::Public,
        "Kranj",
        &["sl"],
        None,
    ),
    org(
        "Tkalnica coworking",
        Kind::Cwcs,
        Sector::Private,
        "Kranj",
        &["sl", "en"],
        Some((
            &[SpaceType::Coworking],
            Setting::Urban,
            &[Offering::Workspace, Offering::Community],
            80,
        )),
    ),
    org(
        "Stanovanjska zadruga Gorenjska",
        Kind::HousingInitiative,
        Sector::Private,
        "Kranj",
        &["sl"],
        None,
    ),
    org(
        "Urad za sociale, Novo mesto",
        Kind::Municipality,
        Sector::Public,
        "Novo mesto",
        &["sl"],
        None,
    ),
    org(
        "Dolenjska solidarnost",
        Kind::Ngo,
        Sector::Private,
        "Novo mesto",
        &["sl", "en", "ar"],
        None,
    ),
    org(
        "Zavod Povezovalnica",
        Kind::Other,
        Sector::Private,
        "Novo mesto",
        &["sl", "en"],
        None,
    ),
];

const fn org(
    name: &'static str,
    kind: Kind,
    sector: Sector,
    municipality: &'static str,
    languages: &'static [&'static str],
    cwcs: Option<(&'static [SpaceType], Setting, &'static [Offering], u32)>,
) -> DemoOrganisation {
    DemoOrganisation {
        name,
        kind,
        sector,
        municipality,
        languages,
        cwcs,
    }
}

/// (email, display name, locale, organisation, role)
const MEMBERS: &[(&str, &str, &str, &str, MembershipRole)] = &[
    (
        "admin@skupni-prostor.example",
        "Maja Zupan",
        "sl",
        "Skupni Prostor coworking",
        MembershipRole::OrgAdmin,
    ),
    (
        "coordinator@skupni-prostor.example",
        "Luka Kranjc",
        "en",
        "Skupni Prostor coworking",
        MembershipRole::Staff,
    ),
    (
        "case.manager@most.example",
        "Nina Horvat",
        "sl",
        "Društvo Most",
        MembershipRole::CaseManager,
    ),
    (
        "admin@most.example",
        "Tomaž Novak",
        "sl",
        "Društvo Most",
        MembershipRole::OrgAdmin,
    ),
    (
        "mediator@most.example",
        "Olena Kovalenko",
        "uk",
        "Društvo Most",
        MembershipRole::Mediator,
    ),
    (
        "counsellor@zaposlitveni-center.example",
        "Petra Golob",
        "sl",
        "Zaposlitveni center Ljubljana",
        MembershipRole::Staff,
    ),
    (
        "officer@ljubljana.example",
        "Jure Vidmar",
        "sl",
        "Urad za vključevanje, Ljubljana",
        MembershipRole::Analyst,
    ),
    (
        "officer@koper.example",
        "Sara Bembič",
        "sl",
        "Urad za skupnost, Koper",
        MembershipRole::Staff,
    ),
    (
        "mentor@obalni-fablab.example",
        "Amir Hadžić",
        "en",
        "Obalni FabLab",
        MembershipRole::Mentor,
    ),
    (
        "case.manager@solidarnost.example",
        "Layla Haddad",
        "ar",
        "Dolenjska solidarnost",
        MembershipRole::CaseManager,
    ),
    (
        "hr@ladjedelnica-obala.example",
        "Boris Jerman",
        "sl",
        "Ladjedelnica Obala",
        MembershipRole::Staff,
    ),
    (
        "officer@nova-gorica.example",
        "Eva Černe",
        "sl",
        "Urad za mlade in skupnost, Nova Gorica",
        MembershipRole::Staff,
    ),
    (
        "coordinator@hub-soca.example",
        "Marco Bensa",
        "it",
        "Kreativni hub Soča",
        MembershipRole::Staff,
    ),
    (
        "officer@ajdovscina.example",
        "Rok Furlan",
        "sl",
        "Urad za razvoj, Ajdovščina",
        MembershipRole::Staff,
    ),
    (
        "coordinator@inkubator-vipava.example",
        "Tina Vidic",
        "sl",
        "Podjetniški inkubator Vipava",
        MembershipRole::Staff,
    ),
    (
        "officer@kranj.example",
        "Urška Kern",
        "sl",
        "Urad za družbene dejavnosti, Kranj",
        MembershipRole::Staff,
    ),
    (
        "coordinator@tkalnica.example",
        "Anže Jereb",
        "sl",
        "Tkalnica coworking",
        MembershipRole::Staff,
    ),
    (
        "officer@novo-mesto.example",
        "Mateja Zorko",
        "sl",
        "Urad za sociale, Novo mesto",
        MembershipRole::Staff,
    ),
];

const PLATFORM_USERS: &[(&str, &str, PlatformRole)] = &[
    (
        "platform.admin@skupaj.example",
        "Platform Admin",
        PlatformRole::PlatformAdmin,
    ),
    (
        "auditor@skupaj.example",
        "Audit Office",
        PlatformRole::Auditor,
    ),
];

/// Creates whatever part of the demo data is missing.
pub async fn seed(db: &Database) -> anyhow::Result<DemoReport> {
    let mut organisations_created = 0;
    let mut ids = std::collections::HashMap::new();
    for demo in ORGANISATIONS {
        let id = match organisations::find_by_name(db, demo.name, demo.municipality).await? {
            Some(id) => id,
            None => {
                organisations_created += 1;
                organisations::create(db, platform_job(), &profile(demo)?.validate()?)
                    .await?
                    .id
            }
        };
        ids.insert(demo.name, id);
    }

    let mut users_created = 0;
    let mut logins = Vec::new();
    let demo_password = NewPassword::parse("password", DEMO_PASSWORD)?;
    for (email, name, role) in PLATFORM_USERS {
        let new_user = NewUser::parse(email, name, "en")?;
        if users::find_by_email(db, &new_user.email).await?.is_none() {
            ensure_platform_user(db, &new_user, &demo_password, *role).await?;
            users_created += 1;
        }
        logins.push(DemoLogin {
            email,
            role: role.into(),
            organisation: None,
        });
    }
    let hash = password::hash(DEMO_PASSWORD)?;
    for (email, name, locale, organisation, role) in MEMBERS {
        let new_user = NewUser::parse(email, name, locale)?;
        let user = match users::find_by_email(db, &new_user.email).await? {
            Some(user) => user,
            None => {
                users_created += 1;
                users::create(db, &new_user, hash.clone(), None).await?
            }
        };
        let organisation_id: Uuid = ids[organisation];
        if users::membership(db, user.id, organisation_id)
            .await?
            .is_none()
        {
            users::add_membership(db, user.id, organisation_id, *role).await?;
        }
        logins.push(DemoLogin {
            email,
            role: role.into(),
            organisation: Some(organisation),
        });
    }
    let (participants_created, referrals_created) = cases::seed(db, &ids).await?;
    let programmes_created = programmes::seed(db, &ids).await?;
    Ok(DemoReport {
        programmes_created,
        organisations_created,
        users_created,
        participants_created,
        referrals_created,
        logins,
    })
}

fn profile(demo: &DemoOrganisation) -> anyhow::Result<OrganisationInput> {
    let (_, region, latitude, longitude) = REGIONS
        .iter()
        .find(|(municipality, ..)| *municipality == demo.municipality)
        .ok_or_else(|| anyhow::anyhow!("no region for {}", demo.municipality))?;
    Ok(OrganisationInput {
        kind: demo.kind,
        name: demo.name.to_owned(),
        description: Some(format!(
            "A fictional {} for the Skupaj demo.",
            demo.kind.to_string().to_lowercase().replace('_', " ")
        )),
        municipality: demo.municipality.to_owned(),
        region: Some((*region).to_owned()),
        address: None,
        coordinates: Some(Coordinates {
            latitude: *latitude,
            longitude: *longitude,
        }),
        contact_email: Some(format!(
            "info@{}.example",
            demo.name
                .to_lowercase()
                .split_whitespace()
                .next()
                .unwrap_or("demo")
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        )),
        working_languages: demo.languages.iter().map(|l| (*l).to_owned()).collect(),
        sector: demo.sector,
        cwcs: demo
            .cwcs
            .map(|(space_types, setting, offerings, members)| CwcsProfile {
                space_types: space_types.to_vec(),
                setting: Some(setting),
                offerings: offerings.to_vec(),
                member_count: Some(members),
            }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use strum::IntoEnumIterator;

    #[test]
    fn every_kind_and_municipality_is_represented_and_valid() {
        let kinds: HashSet<_> = ORGANISATIONS.iter().map(|o| o.kind).collect();
        assert_eq!(kinds.len(), Kind::iter().count());
        for (municipality, ..) in REGIONS {
            assert!(ORGANISATIONS.iter().any(|o| o.municipality == municipality));
        }
        for demo in ORGANISATIONS {
            profile(demo).unwrap().validate().unwrap();
        }
    }
}
