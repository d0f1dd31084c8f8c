//! A fresh SQLite file database with the organisations and people the support use cases need.

#![allow(dead_code)]

use skupaj_app::App;
use skupaj_domain::access::{ActingMembership, Actor};
use skupaj_domain::email::Email;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::organisation::{OrganisationKind, OrganisationProfile, OrganisationSector};
use skupaj_domain::user::NewUser;
use skupaj_persistence::{Database, database, organisations, users};
use uuid::Uuid;

pub struct World {
    pub db: Database,
    pub app: App,
}

impl World {
    pub async fn new() -> Self {
        let path = std::env::temp_dir()
            .join(format!("skupaj-app-support-{}", Uuid::now_v7()))
            .join("test.db");
        let db = database::connect(&format!("sqlite://{}?mode=rwc", path.display()))
            .await
            .expect("connect");
        database::migrate(&db).await.expect("migrate");
        Self {
            app: App::new(db.clone()),
            db,
        }
    }

    /// An organisation of this kind in Ljubljana.
    pub async fn organisation(&self, name: &str, kind: OrganisationKind) -> Uuid {
        let profile = OrganisationProfile {
            kind,
            name: name.to_owned(),
            description: None,
            municipality: "Ljubljana".to_owned(),
            region: None,
            address: None,
            coordinates: None,
            contact_email: None,
            working_languages: vec![LanguageCode::parse("l", "sl").unwrap()],
            sector: OrganisationSector::Private,
            cwcs: None,
        };
        organisations::create(&self.db, skupaj_domain::access::platform_job(), &profile)
            .await
            .expect("organisation")
            .id
    }

    /// A user with one membership, as the policy sees them acting in it.
    pub async fn member(
        &self,
        email: &str,
        organisation: Uuid,
        kind: OrganisationKind,
        role: MembershipRole,
    ) -> Actor {
        let user = users::create(
            &self.db,
            &NewUser {
                email: Email::parse("email", email).unwrap(),
                display_name: email.to_owned(),
                preferred_locale: LanguageCode::parse("l", "en").unwrap(),
            },
            "not a hash".to_owned(),
            None,
        )
        .await
        .expect("user");
        users::add_membership(&self.db, user.id, organisation, role)
            .await
            .expect("membership");
        Actor {
            user_id: user.id,
            platform_role: None,
            acting: Some(ActingMembership {
                organisation_id: organisation,
                organisation_kind: kind,
                organisation_municipality: "Ljubljana".to_owned(),
                role,
            }),
        }
    }
}

impl World {
    /// A participant owned by `owner`.
    pub async fn participant(&self, owner: Uuid, given_name: &str) -> Uuid {
        let profile = skupaj_domain::participant::ParticipantProfile {
            given_name: given_name.to_owned(),
            family_name: None,
            birth_year: Some(1990),
            gender: None,
            email: None,
            phone: None,
            legal_status: None,
            country_of_origin: None,
            arrival_date: None,
            preferred_language: LanguageCode::parse("l", "ar").unwrap(),
            languages: vec![],
            slovenian_level: None,
            education_level: None,
            skills: vec![],
            interests: vec![],
            needs: vec![],
            location_preference: None,
            max_travel_km: None,
            municipality: Some("Ljubljana".to_owned()),
        };
        skupaj_persistence::participants::create(
            &self.db,
            skupaj_domain::access::platform_job(),
            owner,
            &profile,
            None,
        )
        .await
        .expect("participant")
        .id
    }
}
