//! A real SQLite file database for use-case tests, and the people and records they act on.

#![allow(dead_code)]

use chrono::Utc;
use skupaj_app::App;
use skupaj_domain::access::{ActingMembership, Actor};
use skupaj_domain::email::Email;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::organisation::{OrganisationInput, OrganisationKind, OrganisationSector};
use skupaj_domain::participant::{CefrLevel, ParticipantInput};
use skupaj_domain::user::NewUser;
use skupaj_persistence::{Database, organisations, participants, users};
use uuid::Uuid;

/// A fresh, migrated database in its own file under the temp dir.
pub async fn database() -> (App, Database) {
    let path = std::env::temp_dir().join(format!("skupaj-app-{}.db", Uuid::now_v7()));
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let db = skupaj_persistence::connect(&url).await.expect("connect");
    skupaj_persistence::migrate(&db).await.expect("migrate");
    (App::new(db.clone()), db)
}

/// An organisation of `kind` in Kranj.
pub async fn organisation(db: &Database, kind: OrganisationKind, name: &str) -> Uuid {
    let profile = OrganisationInput {
        kind,
        name: name.to_owned(),
        description: None,
        municipality: "Kranj".to_owned(),
        region: None,
        address: None,
        coordinates: None,
        contact_email: None,
        working_languages: vec!["sl".to_owned()],
        sector: OrganisationSector::Public,
        cwcs: None,
    }
    .validate()
    .expect("organisation");
    organisations::create(db, skupaj_domain::access::platform_job(), &profile)
        .await
        .expect("create organisation")
        .id
}

/// A user with `role` in `organisation` (of `kind`), acting in it.
pub async fn member(
    db: &Database,
    organisation: Uuid,
    kind: OrganisationKind,
    role: MembershipRole,
) -> Actor {
    let email = format!("{}@example.org", Uuid::now_v7().simple());
    let user = users::create(
        db,
        &NewUser {
            email: Email::parse("email", &email).expect("email"),
            display_name: "Tester".to_owned(),
            preferred_locale: LanguageCode::parse("language", "sl").expect("language"),
        },
        "not a hash".to_owned(),
        None,
    )
    .await
    .expect("user");
    users::add_membership(db, user.id, organisation, role)
        .await
        .expect("membership");
    Actor {
        user_id: user.id,
        platform_role: None,
        acting: Some(ActingMembership {
            organisation_id: organisation,
            organisation_kind: kind,
            organisation_municipality: "Kranj".to_owned(),
            role,
        }),
    }
}

/// A participant of `owner` in Kranj who welds and speaks Ukrainian and some Slovenian.
pub async fn participant(db: &Database, owner: Uuid) -> Uuid {
    let profile = ParticipantInput {
        given_name: "Olena".to_owned(),
        preferred_language: "uk".to_owned(),
        languages: vec![
            ("uk".to_owned(), CefrLevel::Native),
            ("sl".to_owned(), CefrLevel::B1),
        ],
        skills: vec!["welding".to_owned()],
        municipality: Some("Kranj".to_owned()),
        ..ParticipantInput::default()
    }
    .validate(Utc::now().date_naive())
    .expect("participant");
    participants::create(
        db,
        skupaj_domain::access::platform_job(),
        owner,
        &profile,
        None,
    )
    .await
    .expect("create participant")
    .id
}

/// Runs `use_case` as the mutation `operation` of `actor` with its audit entry pending, like
/// the API does; answers its result and the entry when it was not written with a change.
pub async fn as_mutation<F: std::future::Future>(
    actor: &Actor,
    operation: &str,
    use_case: F,
) -> (F::Output, Option<skupaj_domain::audit::AuditRecord>) {
    let record = skupaj_domain::audit::AuditRecord {
        user_id: Some(actor.user_id),
        organisation_id: actor.organisation_id(),
        role: actor.role(),
        operation: operation.to_owned(),
        entity_type: None,
        entity_id: None,
        outcome: skupaj_domain::audit::AuditOutcome::Allowed,
        client_address: None,
        request_id: None,
        reason: None,
    };
    skupaj_persistence::audit::recording(record, use_case).await
}

/// The audit entries about `entity`.
pub async fn audit_entries(db: &Database, entity: Uuid) -> Vec<skupaj_domain::audit::AuditEntry> {
    let filter = skupaj_persistence::audit::AuditFilter {
        entity_id: Some(entity),
        ..Default::default()
    };
    skupaj_persistence::audit::list(db, &filter, None, 50)
        .await
        .expect("audit")
        .items
        .into_iter()
        .map(|line| line.entry)
        .collect()
}
