//! What the use-case tests of this crate share: a fresh SQLite file database per test, and
//! organisations and people acting in them, made through the repositories.

use skupaj_domain::access::{ActingMembership, Actor};
use skupaj_domain::email::Email;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::organisation::{OrganisationInput, OrganisationKind, OrganisationSector};
use skupaj_domain::participant::ParticipantInput;
use skupaj_domain::user::NewUser;
use skupaj_persistence::database::{connect, migrate};
use skupaj_persistence::{Database, organisations, users};
use uuid::Uuid;

use crate::App;

/// A migrated database in a file of its own under the temporary folder.
pub(crate) async fn database() -> Database {
    let path = std::env::temp_dir()
        .join("skupaj-app-tests")
        .join(format!("{}.db", Uuid::now_v7()));
    let db = connect(&format!("sqlite://{}?mode=rwc", path.display()))
        .await
        .expect("a database");
    migrate(&db).await.expect("migrated");
    db
}

/// The world of one test: its application and database.
pub(crate) struct World {
    pub app: App,
    pub db: Database,
}

impl World {
    pub(crate) async fn new() -> Self {
        let db = database().await;
        Self {
            app: App::new(db.clone()),
            db,
        }
    }

    /// A new NGO in Ljubljana.
    pub(crate) async fn organisation(&self, name: &str) -> Uuid {
        let profile = OrganisationInput {
            kind: OrganisationKind::Ngo,
            name: name.to_owned(),
            description: None,
            municipality: "Ljubljana".to_owned(),
            region: None,
            address: None,
            coordinates: None,
            contact_email: None,
            working_languages: vec!["sl".to_owned()],
            sector: OrganisationSector::Informal,
            cwcs: None,
        }
        .validate()
        .expect("a valid organisation");
        organisations::create(&self.db, skupaj_domain::access::platform_job(), &profile)
            .await
            .expect("organisation")
            .id
    }

    /// A new user with `role` in `organisation`, acting there.
    pub(crate) async fn member(&self, organisation: Uuid, role: MembershipRole) -> Actor {
        let id = Uuid::now_v7();
        let new = NewUser {
            email: Email::parse("email", &format!("{id}@example.test")).expect("e-mail"),
            display_name: "Someone".to_owned(),
            preferred_locale: LanguageCode::parse("locale", "sl").expect("language"),
        };
        let user = users::create(&self.db, &new, "x".to_owned(), None)
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
                organisation_kind: OrganisationKind::Ngo,
                organisation_municipality: "Ljubljana".to_owned(),
                role,
            }),
        }
    }

    /// Registers a participant as `by` (confirmed, whatever duplicates there are).
    pub(crate) async fn participant(&self, by: &Actor, given_name: &str) -> Uuid {
        self.app
            .acting_as(by)
            .participants()
            .register(profile(given_name), true)
            .await
            .expect("registered")
            .participant
            .expect("a participant")
            .participant
            .id
    }
}

/// A profile with a name and a language.
pub(crate) fn profile(given_name: &str) -> ParticipantInput {
    ParticipantInput {
        given_name: given_name.to_owned(),
        preferred_language: "ar".to_owned(),
        ..ParticipantInput::default()
    }
}
